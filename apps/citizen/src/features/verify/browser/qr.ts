/** Reading a QR code from a photo or from the camera, in the browser (jsQR, no upload). */
import jsQR from "jsqr";

/**
 * Sizes (longest side, pixels) a photo is read at, largest first. A phone photo is far
 * larger than a QR code needs; a smaller copy is faster and often smooths out blur and
 * noise that defeat the full-size read.
 */
const PHOTO_SIDES = [1600, 800, 400];
/** The camera is read at this size, several times a second. */
const CAMERA_SIDE = 640;
const CAMERA_INTERVAL_MS = 200;

function pixelsOf(
  source: CanvasImageSource,
  width: number,
  height: number,
  longestSide: number,
): ImageData {
  const scale = Math.min(1, longestSide / Math.max(width, height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (context === null) throw new Error("no 2d canvas");
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

function decode(pixels: ImageData, thorough: boolean): string | null {
  const code = jsQR(pixels.data, pixels.width, pixels.height, {
    inversionAttempts: thorough ? "attemptBoth" : "dontInvert",
  });
  return code?.data ?? null;
}

/** The text of the QR code in an image file, or null when no code can be read in it. */
export async function readQrFromImageFile(file: Blob): Promise<string | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null; // not an image the browser can open
  }
  try {
    for (const side of PHOTO_SIDES) {
      const text = decode(pixelsOf(bitmap, bitmap.width, bitmap.height, side), true);
      if (text !== null) return text;
    }
    return null;
  } finally {
    bitmap.close();
  }
}

/** A running camera scan; `stop` turns the camera off. */
export interface CameraScan {
  stop(): void;
}

/**
 * Opens the back camera into `video` and reads frames until a QR code is found; then the
 * camera is turned off and `onCode` gets the text. Rejects when the camera cannot be opened.
 */
export async function scanWithCamera(
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<CameraScan> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: "environment" },
    audio: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
    video.hidden = true;
  };
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  const tick = () => {
    if (video.videoWidth > 0) {
      const text = decode(pixelsOf(video, video.videoWidth, video.videoHeight, CAMERA_SIDE), false);
      if (text !== null) {
        stop();
        onCode(text);
        return;
      }
    }
    timer = setTimeout(tick, CAMERA_INTERVAL_MS);
  };
  tick();
  return { stop };
}
