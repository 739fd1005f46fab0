// Time to prepare a class of 5,000 the way the class page does, in Node: parse the CSV, salt
// and hash every diploma, build the Merkle tree and documents, encrypt each document for its
// QR code, then draw one PDF per diploma (with its QR code) into the zip. Only the chain
// transaction is left out (one signature, see contracts/bench/certificates-gas.ts). Run with
// `pnpm --filter @ishonch/officials run bench`.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import {
  diplomaQrUrl,
  encryptDocument,
  parseDiplomaCsv,
  planDiplomaBatch,
  prepareDiplomas,
  type Address,
} from "@ishonch/sdk";
import { classZip } from "../src/features/diplomas/pdf/class-package";
import { diplomaFontModule } from "../src/features/diplomas/pdf/diploma-font";

const CLASS_SIZE = 5_000;
const ORG_ID = 1;
const CITIZEN_URL = "https://ishonch.example.uz";
const ANCHOR = {
  chainId: 31337,
  contract: "0x0000000000000000000000000000000000000001" as Address,
};

/** A distinct made-up surname per row: names may not hold digits. */
function syntheticSurname(i: number): string {
  let letters = "";
  for (let rest = i; letters.length < 4; rest = Math.floor(rest / 26)) {
    letters += String.fromCharCode(97 + (rest % 26));
  }
  return `Sinov${letters}ova`;
}

/** A synthetic class CSV (made-up graduates), as a school's spreadsheet would export it. */
function syntheticClassCsv(size: number): string {
  const header =
    "full_name_latin;full_name_cyrillic;date_of_birth;student_id;faculty;programme;" +
    "degree_level;grade;graduation_date;series;number";
  const rows = Array.from(
    { length: size },
    (_, i) =>
      `Malika ${syntheticSurname(i)};Синов Битирувчи;0${(i % 9) + 1}.03.2002;BENCH-${i + 1};` +
      `Axborot texnologiyalari;Dasturiy injiniring;Bachelor;4,${i % 10};30.06.2024;` +
      `BN;${String(1_000_000 + i)}`,
  );
  return [header, ...rows].join("\n");
}

interface Stage {
  name: string;
  seconds: number;
}

async function timed<T>(stages: Stage[], name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  stages.push({ name, seconds: (performance.now() - start) / 1000 });
  return result;
}

const stages: Stage[] = [];
// What the browser downloads from the app once per page load; parsing it is timed below.
const fontBytes = await readFile(createRequire(import.meta.url).resolve(diplomaFontModule));
const csv = syntheticClassCsv(CLASS_SIZE);
const parsed = await timed(stages, "parse and check the CSV", () => parseDiplomaCsv(csv));
if (parsed.fileError || parsed.errors.length > 0 || parsed.rows.length !== CLASS_SIZE) {
  throw new Error(`the synthetic class does not parse: ${JSON.stringify(parsed.errors[0])}`);
}
const prepared = await timed(stages, "salt and hash the diplomas", () =>
  prepareDiplomas(
    ORG_ID,
    parsed.rows.map((row) => row.fields),
  ),
);
const { documents } = await timed(stages, "Merkle tree and documents", () =>
  planDiplomaBatch(ANCHOR, prepared),
);
const copies = await timed(stages, "encrypt the QR copies", () =>
  Promise.all(documents.map((document) => encryptDocument(document))),
);
const zip = await timed(stages, "PDFs with QR codes, zipped", () =>
  classZip(
    documents.map((document, i) => ({
      document,
      qrUrl: diplomaQrUrl(CITIZEN_URL, copies[i]!.id, copies[i]!.key),
    })),
    "Sinov universiteti",
    () => undefined,
    fontBytes,
  ),
);

const total = stages.reduce((sum, stage) => sum + stage.seconds, 0);
console.log(`Preparing a class of ${CLASS_SIZE} diplomas in Node ${process.version}`);
console.table(
  stages.map(({ name, seconds }) => ({
    stage: name,
    seconds: Number(seconds.toFixed(2)),
    "documents/s": Math.round(CLASS_SIZE / seconds),
  })),
);
console.log(
  `total ${total.toFixed(1)} s, ${Math.round(CLASS_SIZE / total)} documents/s, ` +
    `zip ${(zip.byteLength / 1024 / 1024).toFixed(1)} MiB`,
);
