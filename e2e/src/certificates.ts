// Diplomas for the end-to-end tests: a class issued by the seeded university's staff through
// the SDK, QR codes as images (made and read in Node), and the citizen app's verify page as
// an employer sees it.
import { expect, type Locator, type Page } from "@playwright/test";
import { closeRecords, openRecords, storeIssuedDiplomas } from "@ishonch/records";
import {
  connectIshonch,
  encryptDocument,
  issueBatch,
  prepareDiplomas,
  revokeCertificate,
  serializeDiplomaDocument,
  type DiplomaDocument,
  type DiplomaFields,
  type IshonchContracts,
} from "@ishonch/sdk";
import type { StaffRoleName } from "@ishonch/sdk";
import { JsonRpcProvider } from "ethers";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { openDiplomasPage } from "./diplomas-single";
import type { PlatformInfo } from "./platform-info";
import type { TestWallet } from "./wallet";

/** A class of synthetic graduates (invented names, with Uzbek letters and Cyrillic). */
export function graduatingClass(series: string, firstNumber: number): DiplomaFields[] {
  const people = [
    ["Dilnoza Gʻulomova", "Дилноза Гуломова", "2002-03-14"],
    ["Oʻtkir Rahimov", "Уткир Рахимов", "2001-11-02"],
    ["Shahzoda Qodirova", "", "2002-07-25"],
  ] as const;
  return people.map(([latin, cyrillic, birth], i) => ({
    holderNameLatin: latin,
    holderNameCyrillic: cyrillic,
    dateOfBirth: birth,
    studentId: `E2E-${firstNumber + i}`,
    faculty: "Amaliy matematika",
    programme: "Informatika va axborot texnologiyalari",
    degreeLevel: "Bachelor",
    grade: "4.5",
    graduationDate: "2026-06-30",
    series,
    number: String(firstNumber + i),
  }));
}

/** Four random Latin letters: a series (1-4 letters) that no earlier diploma of the chain has. */
export function uniqueSeries(): string {
  return Array.from({ length: 4 }, () =>
    String.fromCharCode(65 + Math.floor(Math.random() * 26)),
  ).join("");
}

/** The demo account holding `role` (and its organization), from the seeded demo data. */
export function demoStaff(platform: PlatformInfo, role: StaffRoleName) {
  const account = platform.demo.accounts.find((candidate) => candidate.role === role);
  if (account === undefined) throw new Error(`the demo data has no ${role}`);
  return account;
}

/** The contracts, signing as the node's unlocked account `index`; `close` ends the connection. */
export async function contractsAs(
  platform: PlatformInfo,
  index: number,
): Promise<{ contracts: IshonchContracts; close: () => void }> {
  const provider = new JsonRpcProvider(platform.rpcUrl, undefined, { staticNetwork: true });
  const signer = await provider.getSigner(index);
  return {
    contracts: connectIshonch(platform.deployment, signer),
    close: () => provider.destroy(),
  };
}

/**
 * The officials app's diplomas page with the university's diploma issuer connected and its
 * organization chosen, ready for a class file; returns the issuer.
 */
export async function openClassIssuePage(page: Page, wallet: TestWallet, platform: PlatformInfo) {
  const issuer = demoStaff(platform, "DiplomaIssuer");
  await openDiplomasPage(page, wallet, platform, issuer.index);
  await page.getByTestId("diploma-org").fill(String(issuer.orgId));
  return issuer;
}

/** Issues a class in one transaction as the university's diploma issuer; returns the documents. */
export async function issueClassWithSdk(
  platform: PlatformInfo,
  fields: DiplomaFields[],
): Promise<DiplomaDocument[]> {
  const issuer = demoStaff(platform, "DiplomaIssuer");
  const { contracts, close } = await contractsAs(platform, issuer.index);
  try {
    const prepared = await prepareDiplomas(issuer.orgId, fields);
    return (await issueBatch(contracts, prepared)).documents;
  } finally {
    close();
  }
}

/** Revokes one diploma as the university's diploma revoker. */
export async function revokeWithSdk(
  platform: PlatformInfo,
  document: DiplomaDocument,
  reason: number,
): Promise<void> {
  const revoker = demoStaff(platform, "DiplomaRevoker");
  const { contracts, close } = await contractsAs(platform, revoker.index);
  try {
    await revokeCertificate(contracts, document, reason);
  } finally {
    close();
  }
}

/**
 * Does what the officials app does after issuing: stores the diploma's number record and its
 * encrypted copy in the platform's records, and returns the id and key that its QR code
 * carries.
 */
export async function publishForQr(
  platform: PlatformInfo,
  document: DiplomaDocument,
): Promise<{ id: string; key: string }> {
  const encrypted = await encryptDocument(document);
  const records = await openRecords(platform.databases.records);
  try {
    // Only the id and the ciphertext: the key stays with the QR code.
    const copy = { id: encrypted.id, ciphertext: encrypted.ciphertext };
    await storeIssuedDiplomas(records, [{ document, copy }]);
  } finally {
    await closeRecords(records);
  }
  return { id: encrypted.id, key: encrypted.key };
}

/** The same document with one letter of the holder's name changed (salt and proof kept). */
export function withOneLetterChanged(document: DiplomaDocument): DiplomaDocument {
  const field = document.fields.holderNameLatin;
  if (!("value" in field)) throw new Error("the name is hidden");
  const value = field.value.replace(/a/, "o");
  if (value === field.value) throw new Error("no letter to change");
  return {
    ...document,
    fields: { ...document.fields, holderNameLatin: { ...field, value } },
  };
}

/** A document file as an employer would upload it. */
export function documentFile(name: string, document: DiplomaDocument | string) {
  const text = typeof document === "string" ? document : serializeDiplomaDocument(document);
  return { name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") };
}

/** A photo (PNG) of a QR code holding `text`. */
export async function qrPhoto(text: string) {
  const buffer = await QRCode.toBuffer(text, { type: "png", margin: 4, scale: 6 });
  return { name: "qr.png", mimeType: "image/png", buffer };
}

/** A PNG in which no QR code can be read: a QR code smeared beyond recognition. */
export async function blurredQrPhoto(text: string) {
  const sharp = PNG.sync.read(await QRCode.toBuffer(text, { type: "png", margin: 4, scale: 6 }));
  const blurred = new PNG({ width: sharp.width, height: sharp.height });
  const radius = 12;
  for (let y = 0; y < sharp.height; y++) {
    for (let x = 0; x < sharp.width; x++) {
      // A horizontal box blur wider than two modules: finder patterns disappear.
      let sum = 0;
      let count = 0;
      for (let dx = -radius; dx <= radius; dx++) {
        const sx = Math.min(sharp.width - 1, Math.max(0, x + dx));
        sum += sharp.data[(y * sharp.width + sx) * 4] ?? 0;
        count++;
      }
      const offset = (y * sharp.width + x) * 4;
      const gray = Math.round(sum / count);
      blurred.data[offset] = gray;
      blurred.data[offset + 1] = gray;
      blurred.data[offset + 2] = gray;
      blurred.data[offset + 3] = 255;
    }
  }
  return { name: "blurred.png", mimeType: "image/png", buffer: PNG.sync.write(blurred) };
}

/**
 * A photo of a QR code held crooked: the code turned by `degrees` about its centre on a white
 * canvas large enough for every angle (nearest-neighbour sampling, as a cheap camera would).
 */
export async function rotatedQrPhoto(text: string, degrees: number) {
  const upright = PNG.sync.read(await QRCode.toBuffer(text, { type: "png", margin: 4, scale: 6 }));
  const side = Math.ceil(Math.hypot(upright.width, upright.height));
  const turned = new PNG({ width: side, height: side });
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      // The source pixel that lands here: the inverse rotation about both centres.
      const [dx, dy] = [x - side / 2, y - side / 2];
      const sx = Math.floor(cos * dx + sin * dy + upright.width / 2);
      const sy = Math.floor(-sin * dx + cos * dy + upright.height / 2);
      const inside = sx >= 0 && sy >= 0 && sx < upright.width && sy < upright.height;
      const gray = inside ? (upright.data[(sy * upright.width + sx) * 4] ?? 255) : 255;
      const offset = (y * side + x) * 4;
      turned.data.fill(gray, offset, offset + 3);
      turned.data[offset + 3] = 255;
    }
  }
  return { name: `rotated-${degrees}.png`, mimeType: "image/png", buffer: PNG.sync.write(turned) };
}

/** The text of the QR code in RGBA pixels, as a phone would read it; null if none. */
export function readQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(rgba, width, height, { inversionAttempts: "attemptBoth" })?.data ?? null;
}

/** The verify page of the citizen app, in English. */
export class VerifyPage {
  constructor(
    readonly page: Page,
    private readonly citizenUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.citizenUrl}/en/verify`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Check a diploma");
  }

  /** Opens what a phone camera app opens: the QR code's link. */
  async openLink(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async uploadPhoto(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel("Choose a photo of the QR code").setInputFiles(file);
  }

  async uploadDocument(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel("Diploma file (.json)").setInputFiles(file);
  }

  async typeNumber(series: string, number: string): Promise<void> {
    await this.page.getByLabel("Series", { exact: true }).fill(series);
    await this.page.getByLabel("Number", { exact: true }).fill(number);
    await this.page.getByRole("button", { name: "Check", exact: true }).click();
  }

  get verdict(): Locator {
    return this.page.getByTestId("verdict");
  }

  get problem(): Locator {
    return this.page.getByTestId("verify-problem");
  }

  get holder(): Locator {
    return this.page.getByTestId("holder");
  }

  get verdictTitle(): Locator {
    return this.page.locator("#verdict-title");
  }

  fact(name: string): Locator {
    return this.verdict.locator(`[data-fact="${name}"]`);
  }
}

/**
 * A one-frame Y4M video of a QR code holding `text`: what Chromium's fake camera
 * (`--use-file-for-fake-video-capture`) shows the page, as a phone camera would.
 */
export async function qrVideo(text: string): Promise<Buffer> {
  const png = PNG.sync.read(await QRCode.toBuffer(text, { type: "png", margin: 4, scale: 4 }));
  // 4:2:0 needs even sides; the white margin absorbs the extra line.
  const width = png.width + (png.width % 2);
  const height = png.height + (png.height % 2);
  const luma = Buffer.alloc(width * height, 255);
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++)
      luma[y * width + x] = png.data[(y * png.width + x) * 4] ?? 255;
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128); // no colour
  const header = `YUV4MPEG2 W${width} H${height} F1:1 Ip A1:1 C420jpeg\nFRAME\n`;
  return Buffer.concat([Buffer.from(header, "ascii"), luma, chroma]);
}
