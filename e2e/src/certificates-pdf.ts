// What an employer's phone sees on a printed diploma: the QR code image inside the PDF the
// officials app produced. The image is taken out of the PDF as its pixels (pdf-lib stores an
// embedded PNG as a Flate-compressed RGB image XObject) and read with jsQR, in Node.
import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { diplomaCsvColumns, type DiplomaFields } from "@ishonch/sdk";
import { readQr } from "./certificates";

/** The files of a zip archive by name. */
export function filesOfZip(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}

interface PdfImage {
  width: number;
  height: number;
  channels: number;
  pixels: Buffer;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

function numberIn(dictionary: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

/** Every 8-bit RGB or gray image XObject of a PDF, decompressed. */
function imagesOfPdf(pdf: Uint8Array): PdfImage[] {
  const text = latin1(pdf);
  const images: PdfImage[] = [];
  const streamStart = /(?<!end)stream\r?\n/g;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const dictionaryStart = text.lastIndexOf("obj", match.index);
    const dictionary = text.slice(dictionaryStart, match.index);
    if (!/\/Subtype\s*\/Image/.test(dictionary) || !/\/FlateDecode/.test(dictionary)) continue;
    const width = numberIn(dictionary, "Width");
    const height = numberIn(dictionary, "Height");
    const length = numberIn(dictionary, "Length");
    const channels = /\/DeviceRGB/.test(dictionary) ? 3 : /\/DeviceGray/.test(dictionary) ? 1 : 0;
    if (
      !width ||
      !height ||
      !length ||
      !channels ||
      numberIn(dictionary, "BitsPerComponent") !== 8
    ) {
      continue;
    }
    const start = match.index + match[0].length;
    const pixels = inflateSync(pdf.subarray(start, start + length));
    if (pixels.length === width * height * channels)
      images.push({ width, height, channels, pixels });
  }
  return images;
}

/** The texts of the QR codes printed in a PDF. */
export function qrTextsOfPdf(pdf: Uint8Array): string[] {
  const texts: string[] = [];
  for (const image of imagesOfPdf(pdf)) {
    const rgba = new Uint8ClampedArray(image.width * image.height * 4);
    for (let i = 0; i < image.width * image.height; i++) {
      for (let c = 0; c < 3; c++) {
        rgba[i * 4 + c] = image.pixels[i * image.channels + (image.channels === 3 ? c : 0)] ?? 0;
      }
      rgba[i * 4 + 3] = 255;
    }
    const text = readQr(rgba, image.width, image.height);
    if (text !== null) texts.push(text);
  }
  return texts;
}

/** A class CSV as a school saves it from a spreadsheet: BOM, ";", DD.MM.YYYY, decimal comma. */
export function classCsvFile(fields: readonly DiplomaFields[]) {
  const columns = Object.keys(diplomaCsvColumns) as (keyof typeof diplomaCsvColumns)[];
  const cell = (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? value.split("-").reverse().join(".")
      : value.replace(/^(\d+)\.(\d+)$/, "$1,$2");
  const lines = [
    columns.join(";"),
    ...fields.map((row) => columns.map((column) => cell(row[diplomaCsvColumns[column]])).join(";")),
  ];
  const text = `\uFEFF${lines.join("\r\n")}\r\n`;
  return { name: "class.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}
