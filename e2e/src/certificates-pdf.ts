// What an employer's phone sees on a printed diploma: the QR code image inside the PDF the
// officials app produced. The image is taken out of the PDF as its pixels (an image XObject,
// uncompressed or Flate-compressed: 1-bit or 8-bit, gray or RGB), enlarged without smoothing
// as a viewer or printer draws it on the page, and read with jsQR, in Node.
import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { diplomaCsvColumns, type DiplomaFields } from "@ishonch/sdk";
import { readQr } from "./certificates";

/** The files of a zip archive by name. */
export function filesOfZip(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}

/** An image as gray levels, 0 black to 255 white, row by row. */
interface GrayImage {
  width: number;
  height: number;
  gray: Uint8Array;
}

/** Pixels per image pixel when drawn: a QR code of one pixel per module is far too small. */
const DRAWN_SCALE = 8;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

function numberIn(dictionary: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

/** The gray level of every pixel of decompressed image samples (rows padded to whole bytes). */
function grayLevels(
  samples: Buffer,
  width: number,
  height: number,
  channels: number,
  bits: number,
): Uint8Array | null {
  const bytesPerRow = Math.ceil((width * channels * bits) / 8);
  if (samples.length !== bytesPerRow * height) return null;
  const sample = (row: number, index: number): number =>
    bits === 8
      ? samples[row * bytesPerRow + index]!
      : (samples[row * bytesPerRow + (index >> 3)]! >> (7 - (index & 7))) & 1
        ? 255
        : 0;
  const gray = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      gray[row * width + column] = sample(row, column * channels);
    }
  }
  return gray;
}

/** Every uncompressed or Flate-compressed gray or RGB image of a PDF, 1 or 8 bits a sample. */
function imagesOfPdf(pdf: Uint8Array): GrayImage[] {
  const text = latin1(pdf);
  const images: GrayImage[] = [];
  const streamStart = /(?<!end)stream\r?\n/g;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const dictionaryStart = text.lastIndexOf("obj", match.index);
    const dictionary = text.slice(dictionaryStart, match.index);
    const filter = /\/Filter\s*\/(\w+)/.exec(dictionary)?.[1];
    if (!/\/Subtype\s*\/Image/.test(dictionary) || (filter && filter !== "FlateDecode")) continue;
    const width = numberIn(dictionary, "Width");
    const height = numberIn(dictionary, "Height");
    const length = numberIn(dictionary, "Length");
    const bits = numberIn(dictionary, "BitsPerComponent");
    const channels = /\/DeviceRGB/.test(dictionary) ? 3 : /\/DeviceGray/.test(dictionary) ? 1 : 0;
    if (!width || !height || !length || !channels || (bits !== 1 && bits !== 8)) continue;
    const start = match.index + match[0].length;
    const stored = pdf.subarray(start, start + length);
    const samples = filter ? inflateSync(stored) : Buffer.from(stored);
    const gray = grayLevels(samples, width, height, channels, bits);
    if (gray) images.push({ width, height, gray });
  }
  return images;
}

/** The image enlarged by whole pixels, without smoothing, as RGBA for the QR reader. */
function drawnRgba({ width, height, gray }: GrayImage): Uint8ClampedArray {
  const drawnWidth = width * DRAWN_SCALE;
  const rgba = new Uint8ClampedArray(drawnWidth * height * DRAWN_SCALE * 4);
  for (let y = 0; y < height * DRAWN_SCALE; y++) {
    for (let x = 0; x < drawnWidth; x++) {
      const level = gray[Math.floor(y / DRAWN_SCALE) * width + Math.floor(x / DRAWN_SCALE)]!;
      rgba.fill(level, (y * drawnWidth + x) * 4, (y * drawnWidth + x) * 4 + 3);
      rgba[(y * drawnWidth + x) * 4 + 3] = 255;
    }
  }
  return rgba;
}

/** The texts of the QR codes printed in a PDF. */
export function qrTextsOfPdf(pdf: Uint8Array): string[] {
  const texts: string[] = [];
  for (const image of imagesOfPdf(pdf)) {
    const text = readQr(drawnRgba(image), image.width * DRAWN_SCALE, image.height * DRAWN_SCALE);
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
