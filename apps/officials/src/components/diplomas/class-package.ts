// The class as files for the school: one PDF per diploma with its QR code, and the JSON
// document files, in one zip. Runs in the browser, yielding between diplomas so that the
// progress bar moves.
import { zipSync, strToU8 } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import {
  disclosedDiplomaFields,
  serializeDiplomaDocument,
  type DiplomaDocument,
} from "@ishonch/sdk";

/** Helvetica (WinAnsi) cannot draw ʻ ʼ or Cyrillic: the PDF text uses plain look-alikes. */
function printable(text: string): string {
  return text.replace(/[ʻʼ‘’]/gu, "'").replace(/[^\x20-\x7E]/gu, "?");
}

async function diplomaPdf(document: DiplomaDocument, qrUrl: string, institution: string) {
  const shown = disclosedDiplomaFields(document);
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  page.drawText("DIPLOMA", { x: 60, y: 760, size: 28, font: bold });
  const lines = [
    institution,
    `${shown.holderNameLatin ?? ""}`,
    `${shown.programme ?? ""} (${shown.degreeLevel ?? ""}), ${shown.faculty ?? ""}`,
    `Graduated ${shown.graduationDate ?? ""}, grade ${shown.grade ?? ""}`,
    `No. ${shown.series ?? ""} ${shown.number ?? ""}`,
  ];
  lines.forEach((line, i) => {
    page.drawText(printable(line), { x: 60, y: 700 - i * 28, size: 14, font });
  });
  // The browser build of qrcode has no toBuffer: a PNG data URL is what pdf-lib embeds.
  const qr = await QRCode.toDataURL(qrUrl, { errorCorrectionLevel: "M", margin: 2, width: 360 });
  const image = await pdf.embedPng(qr);
  page.drawImage(image, { x: 60, y: 180, width: 240, height: 240 });
  page.drawText("Scan to verify", { x: 60, y: 160, size: 11, font });
  return pdf.save();
}

/** The zip of the class: `<series><number>.pdf` and `<series><number>.json` per diploma. */
export async function classZip(
  diplomas: readonly { document: DiplomaDocument; qrUrl: string }[],
  institution: string,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const [i, { document, qrUrl }] of diplomas.entries()) {
    const shown = disclosedDiplomaFields(document);
    const name = `${shown.series ?? ""}${shown.number ?? i}`;
    files[`${name}.pdf`] = await diplomaPdf(document, qrUrl, institution);
    files[`${name}.json`] = strToU8(serializeDiplomaDocument(document));
    onProgress(i + 1, diplomas.length);
    if (i % 20 === 19) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  // PDFs and PNGs are compressed already.
  return zipSync(files, { level: 0 });
}
