// The class as files for the school: one PDF per diploma with its QR code, and the JSON
// document files, in one zip. Runs in the browser, yielding between diplomas so that the
// progress bar moves.
//
// Speed: a class is thousands of PDFs, so everything that is the same for all of them is done
// once. The font is parsed and subset once per class (to the letters the whole class uses) and
// its finished PDF objects are copied into each PDF; the QR code is drawn as a 1-bit image of
// one pixel per module, which the viewer scales up without smoothing, instead of a PNG that
// would be encoded and decoded again.
import { zipSync, strToU8 } from "fflate";
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  moveText,
  PDFContentStream,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  setFontAndSize,
  showText,
  type PDFOperator,
  type PDFRef,
} from "pdf-lib";
import QRCode from "qrcode";
import {
  disclosedDiplomaFields,
  serializeDiplomaDocument,
  type DiplomaDocument,
} from "@ishonch/sdk";
import { DiplomaFont, downloadedDiplomaFont, nextTask } from "./pdf-font";

/** One diploma to print: its document and the link its QR code opens. */
export interface DiplomaToPrint {
  document: DiplomaDocument;
  qrUrl: string;
}

/** A line of text on the page, in points from the bottom left corner. */
interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

const PAGE_SIZE: [number, number] = [595, 842]; // A4
const QR_BOX = { x: 60, y: 180, size: 240 };
/** Light modules around the code, which scanners need to find it (the standard asks for 4). */
const QR_QUIET_ZONE = 4;

/** What is printed on a diploma: the fields as the document discloses them, unaltered. */
function diplomaLines({ document }: DiplomaToPrint, institution: string): TextLine[] {
  const shown = disclosedDiplomaFields(document);
  const body = [
    institution,
    shown.holderNameLatin ?? "",
    shown.holderNameCyrillic ?? "",
    `${shown.programme ?? ""} (${shown.degreeLevel ?? ""}), ${shown.faculty ?? ""}`,
    `Graduated ${shown.graduationDate ?? ""}, grade ${shown.grade ?? ""}`,
    `No. ${shown.series ?? ""} ${shown.number ?? ""}`,
  ].filter((text) => text !== "");
  return [
    { text: "DIPLOMA", x: 60, y: 760, size: 28 },
    ...body.map((text, i) => ({ text, x: 60, y: 700 - i * 28, size: 14 })),
    { text: "Scan to verify", x: 60, y: QR_BOX.y - 20, size: 11 },
  ];
}

/**
 * The QR code as an image XObject of one pixel per module (1 bit per pixel, 1 = light), with
 * Interpolate off so that viewers and printers keep the modules sharp when they scale it.
 */
function qrImage(pdf: PDFDocument, text: string): PDFRef {
  // One byte-mode segment: the link is mostly lowercase letters, so the library's search for
  // the shortest mix of modes (a graph search per code) would find nothing better.
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: "byte" }], {
    errorCorrectionLevel: "M",
  });
  const side = modules.size + 2 * QR_QUIET_ZONE;
  const bytesPerRow = Math.ceil(side / 8);
  const bits = new Uint8Array(bytesPerRow * side);
  for (let row = 0; row < side; row++) {
    for (let column = 0; column < side; column++) {
      const moduleRow = row - QR_QUIET_ZONE;
      const moduleColumn = column - QR_QUIET_ZONE;
      const inCode =
        moduleRow >= 0 &&
        moduleRow < modules.size &&
        moduleColumn >= 0 &&
        moduleColumn < modules.size;
      const dark = inCode && modules.get(moduleRow, moduleColumn) === 1;
      if (!dark) bits[row * bytesPerRow + (column >> 3)]! |= 0x80 >> (column & 7);
    }
  }
  // A few hundred bytes: compressing them would cost more time than the bytes are worth.
  const image = pdf.context.stream(bits, {
    Type: "XObject",
    Subtype: "Image",
    Width: side,
    Height: side,
    ColorSpace: "DeviceGray",
    BitsPerComponent: 1,
    Interpolate: false,
  });
  return pdf.context.register(image);
}

async function printedPdf(
  lines: readonly TextLine[],
  qrUrl: string,
  font: DiplomaFont,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage(PAGE_SIZE);
  const fontName = page.node.newFontDictionary("F", font.copyInto(pdf));
  const qrName = page.node.newXObject("QR", qrImage(pdf, qrUrl));
  const operators: PDFOperator[] = [];
  for (const line of lines) {
    operators.push(
      beginText(),
      setFontAndSize(fontName, line.size),
      moveText(line.x, line.y),
      showText(font.glyphCodes(line.text)),
      endText(),
    );
  }
  operators.push(
    pushGraphicsState(),
    concatTransformationMatrix(QR_BOX.size, 0, 0, QR_BOX.size, QR_BOX.x, QR_BOX.y),
    drawObject(qrName),
    popGraphicsState(),
  );
  // Uncompressed, like the image: under a kilobyte.
  page.node.addContentStream(
    pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false)),
  );
  // Object streams would deflate every PDF's few objects once more, for a few bytes.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/** The font covering every line to be printed (fetched from the app unless given). */
async function fontFor(
  lines: readonly (readonly TextLine[])[],
  fontBytes: Uint8Array | undefined,
): Promise<DiplomaFont> {
  const texts = lines.flatMap((printed) => printed.map((line) => line.text));
  return DiplomaFont.covering(fontBytes ?? (await downloadedDiplomaFont()), texts);
}

/**
 * The PDF of one diploma: the institution, the holder's name in Latin and (when given) in
 * Cyrillic, the programme, graduation, number, and the QR code of `qrUrl`. In the browser the
 * font is fetched from the app; elsewhere pass its bytes as `fontBytes`.
 */
export async function diplomaPdf(
  diploma: DiplomaToPrint,
  institution: string,
  fontBytes?: Uint8Array,
): Promise<Uint8Array> {
  const lines = diplomaLines(diploma, institution);
  return printedPdf(lines, diploma.qrUrl, await fontFor([lines], fontBytes));
}

/**
 * The zip of the class: `<series><number>.pdf` and `<series><number>.json` per diploma. In
 * the browser the font is fetched from the app; elsewhere pass its bytes as `fontBytes`.
 */
export async function classZip(
  diplomas: readonly DiplomaToPrint[],
  institution: string,
  onProgress: (done: number, total: number) => void,
  fontBytes?: Uint8Array,
): Promise<Uint8Array> {
  const lines = diplomas.map((diploma) => diplomaLines(diploma, institution));
  const font = await fontFor(lines, fontBytes);
  const files: Record<string, Uint8Array> = {};
  for (const [i, diploma] of diplomas.entries()) {
    const shown = disclosedDiplomaFields(diploma.document);
    const name = `${shown.series ?? ""}${shown.number ?? i}`;
    files[`${name}.pdf`] = await printedPdf(lines[i]!, diploma.qrUrl, font);
    files[`${name}.json`] = strToU8(serializeDiplomaDocument(diploma.document));
    onProgress(i + 1, diplomas.length);
    if (i % 20 === 19) await nextTask();
  }
  // The bulk of each PDF, its font, is compressed already.
  return zipSync(files, { level: 0 });
}
