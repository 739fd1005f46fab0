// The diploma PDFs as a graduate and an employer read them: the names exactly as written, in
// Uzbek Latin with its oʻ and ʼ and in Cyrillic, as text (copyable, searchable), and every PDF
// of the class zip with its own diploma.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { unzipSync } from "fflate";
import * as fontkit from "fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { extractText } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import {
  diplomaQrUrl,
  parseDiplomaCsv,
  planDiplomaBatch,
  prepareDiplomas,
  type Address,
  type DiplomaDocument,
} from "@ishonch/sdk";
import { classZip, diplomaPdf } from "../src/features/diplomas/pdf/class-package";
import { diplomaFontModule } from "../src/features/diplomas/pdf/diploma-font";

const CSV = [
  "full_name_latin;full_name_cyrillic;date_of_birth;student_id;faculty;programme;" +
    "degree_level;grade;graduation_date;series;number",
  "Oʻgʻiloy Maʼrufova;Ўғилой Маъруфова;01.03.2002;ST-1;Axborot texnologiyalari;" +
    "Dasturiy injiniring;Bachelor;4,5;30.06.2024;BT;1000001",
  "Hasan Qodirov;Ҳасан Қодиров;02.04.2002;ST-2;Iqtisodiyot;Moliya;Bachelor;4,0;30.06.2024;BT;1000002",
].join("\n");

let fontBytes: Uint8Array;
let documents: DiplomaDocument[];

beforeAll(async () => {
  fontBytes = await readFile(createRequire(import.meta.url).resolve(diplomaFontModule));
  const parsed = parseDiplomaCsv(CSV);
  expect(parsed.errors).toEqual([]);
  const prepared = await prepareDiplomas(
    7,
    parsed.rows.map((row) => row.fields),
  );
  const anchor = { chainId: 31337, contract: "0x0000000000000000000000000000000000000001" };
  ({ documents } = planDiplomaBatch({ ...anchor, contract: anchor.contract as Address }, prepared));
});

async function textOf(pdf: Uint8Array): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text;
}

/** How many glyphs of each TrueType font embedded in the PDF draw nothing at all. */
async function blankGlyphCounts(pdf: Uint8Array): Promise<number[]> {
  const { context } = await PDFDocument.load(pdf);
  const counts: number[] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (
      !(object instanceof PDFDict) ||
      object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")
    ) {
      continue;
    }
    const file = context.lookup(object.get(PDFName.of("FontFile2")));
    if (!(file instanceof PDFRawStream)) throw new Error("a font descriptor without its font");
    const font = fontkit.create(Buffer.from(decodePDFRawStream(file).decode())) as fontkit.Font;
    let blank = 0;
    for (let id = 0; id < font.numGlyphs; id++) {
      if (font.getGlyph(id).path.commands.length === 0) blank++;
    }
    counts.push(blank);
  }
  return counts;
}

describe("diploma PDFs", () => {
  it("print the holder's name in Uzbek Latin and in Cyrillic, and the institution, as text", async () => {
    const pdf = await diplomaPdf(
      { document: documents[0]!, qrUrl: "https://ishonch.example.uz/verify#a.b" },
      "Toshkent axborot texnologiyalari universiteti",
      fontBytes,
    );
    const text = await textOf(pdf);
    expect(text).toContain("Oʻgʻiloy Maʼrufova");
    expect(text).toContain("Ўғилой Маъруфова");
    expect(text).toContain("Toshkent axborot texnologiyalari universiteti");
    expect(text).toContain("Dasturiy injiniring");
    // Drawn, not only searchable: every letter has its shape; the space alone is blank.
    expect(await blankGlyphCounts(pdf)).toEqual([1]);
  });

  it("give each diploma of a class its own PDF, with its own names", async () => {
    const zip = await classZip(
      documents.map((document, i) => ({
        document,
        qrUrl: diplomaQrUrl("https://ishonch.example.uz", `id${i}`, `key${i}`),
      })),
      "Sinov universiteti",
      () => undefined,
      fontBytes,
    );
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      "BT1000001.json",
      "BT1000001.pdf",
      "BT1000002.json",
      "BT1000002.pdf",
    ]);
    const second = await textOf(files["BT1000002.pdf"]!);
    expect(second).toContain("Ҳасан Қодиров");
    expect(second).not.toContain("Маъруфова");
  });
});
