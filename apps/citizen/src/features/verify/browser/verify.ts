/**
 * The verify page's script: reads a diploma from the QR code's link (the fragment holds the
 * id of its encrypted copy and the key), from a photo or the camera, or from its file;
 * decrypts and hashes it here, asks the server for the chain's verdict on the hash, and shows
 * the verdict with the holder's details. Personal data never leaves the browser.
 */
import {
  CertificateFormatError,
  decryptDocument,
  diplomaFieldNames,
  disclosedDiplomaFields,
  parseDiplomaDocument,
  parseDiplomaQr,
  type DiplomaDocument,
} from "@ishonch/sdk";
import type { BrowserWords } from "../browser-words.ts";
import { BROWSER_WORDS_ID } from "../scripts.ts";
import type { VerdictStatus } from "../verdict-view.ts";
import { fetchEncryptedDocument, requestVerdict } from "./api.ts";
import { byId, show } from "./dom.ts";
import type { CameraScan } from "./qr.ts";
import { checkingElement, holderElement, outcomeElement, problemElement } from "./render.ts";

const words = JSON.parse(byId(BROWSER_WORDS_ID).textContent ?? "{}") as BrowserWords;
const result = byId("verify-result");
const holder = byId("verify-holder");

/**
 * The QR reader (jsQR, most of this page's code) is loaded only for a photo or the camera:
 * an employer who opened the page from the QR code's link never downloads it.
 */
function loadQrReader(): Promise<typeof import("./qr.ts")> {
  return import("./qr.ts");
}

/** Verdicts whose document is the genuine one, so its details are worth showing. */
const genuine = new Set<VerdictStatus>(["valid", "revoked", "issuerNotAccredited"]);

function showProblem(problem: string, message: string): void {
  show(holder);
  show(result, problemElement(problem, message));
  result.scrollIntoView({ block: "nearest" });
}

function showFormatError(error: unknown): void {
  if (!(error instanceof CertificateFormatError)) throw error;
  showProblem(error.code, words.formatErrors[error.code]);
}

async function checkDocument(document: DiplomaDocument): Promise<void> {
  show(holder);
  show(result, checkingElement(words));
  const outcome = await requestVerdict(document, words.locale);
  if (outcome === null) return showProblem("chainUnavailable", words.page.chainUnavailable);
  show(result, outcomeElement(outcome, words));
  if (outcome.kind === "verdict" && genuine.has(outcome.verdict.status)) {
    show(holder, holderElement(disclosedDiplomaFields(document), diplomaFieldNames, words));
  }
  result.scrollIntoView({ block: "nearest" });
}

/** The diploma a QR link names: `#<id>.<key>` in this page's own address. */
async function openFromFragment(): Promise<void> {
  if (location.hash.length <= 1) return;
  let code: { id: string; key: string };
  try {
    code = parseDiplomaQr(location.href);
  } catch (error) {
    return showFormatError(error);
  }
  show(result, checkingElement(words));
  const stored = await fetchEncryptedDocument(code.id);
  if (stored.kind === "notStored")
    return showProblem("documentNotStored", words.page.documentNotStored);
  if (stored.kind === "unavailable")
    return showProblem("indexUnavailable", words.page.indexUnavailable);
  try {
    await checkDocument(await decryptDocument(stored.ciphertext, code.key, code.id));
  } catch (error) {
    showFormatError(error);
  }
}

/** A scanned text: an Ishonch link is opened here (its fragment), anything else is named. */
function openScannedText(text: string): void {
  let code: { id: string; key: string };
  try {
    code = parseDiplomaQr(text);
  } catch (error) {
    return showFormatError(error);
  }
  const fragment = `#${code.id}.${code.key}`;
  if (location.hash === fragment) void openFromFragment();
  else location.hash = fragment; // hashchange opens it, and Back returns to the page
}

async function onPhoto(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  show(result, checkingElement(words));
  const { readQrFromImageFile } = await loadQrReader();
  const text = await readQrFromImageFile(file);
  input.value = "";
  if (text === null) showProblem("unreadableImage", words.page.unreadableImage);
  else openScannedText(text);
}

async function onDocumentFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const text = await file.text();
  input.value = "";
  try {
    await checkDocument(parseDiplomaDocument(text));
  } catch (error) {
    showFormatError(error);
  }
}

function setUpCamera(): void {
  const toggle = byId<HTMLButtonElement>("scan-toggle");
  const video = byId<HTMLVideoElement>("scan-video");
  let scan: CameraScan | null = null;
  const stopped = () => {
    scan = null;
    toggle.textContent = words.page.scanStart;
  };
  toggle.addEventListener("click", () => {
    if (scan) {
      scan.stop();
      return stopped();
    }
    toggle.textContent = words.page.scanStop;
    loadQrReader()
      .then(({ scanWithCamera }) =>
        scanWithCamera(video, (text) => {
          stopped();
          openScannedText(text);
        }),
      )
      .then(
        (running) => (scan = running),
        () => {
          stopped();
          showProblem("cameraUnavailable", words.page.cameraUnavailable);
        },
      );
  });
}

function start(): void {
  byId("script-needed").hidden = true;
  for (const id of ["photo-section", "document-section"]) byId(id).hidden = false;
  // The camera needs a secure page (https or localhost) and a browser that offers it.
  if (window.isSecureContext && "mediaDevices" in navigator) {
    byId("scan-section").hidden = false;
    setUpCamera();
  }
  const photo = byId<HTMLInputElement>("photo-input");
  photo.addEventListener("change", () => void onPhoto(photo));
  const documentInput = byId<HTMLInputElement>("document-input");
  documentInput.addEventListener("change", () => void onDocumentFile(documentInput));
  window.addEventListener("hashchange", () => void openFromFragment());
  void openFromFragment();
}

start();
