// The diploma font as PDF objects, made once for a whole class and copied into each PDF.
import type * as Fontkit from "fontkit";
import {
  PDFDocument,
  PDFObjectCopier,
  type PDFFont,
  type PDFHexString,
  type PDFRef,
} from "pdf-lib";
import { diplomaFontUrlPath } from "./diploma-font";

/**
 * fontkit for pdf-lib's font embedding. The fontkit fork pdf-lib ships writes a subset's glyph
 * offsets in 16 bits without padding glyphs of odd length (as Noto Sans has), so most letters
 * print blank. fontkit 2 keeps the font's offset format, but hands over the subset's bytes at
 * once, where pdf-lib 1.17 listens for a stream of them.
 */
function subsettingFontkit(fontkit: typeof Fontkit) {
  return {
    create(bytes: Uint8Array): Fontkit.Font {
      const font = fontkit.create(bytes as Buffer) as Fontkit.Font;
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => eventsOf(() => subset.encode()) });
      };
      return font;
    },
  } as unknown as Parameters<PDFDocument["registerFontkit"]>[0];
}

type Listener = (value?: unknown) => void;

/** An emitter of `data` then `end` (or `error`), as pdf-lib reads a subset's bytes. */
function eventsOf(encode: () => Uint8Array) {
  const listeners = new Map<string, Listener>();
  const events = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return events;
    },
  };
  // pdf-lib attaches its listeners right after the call: emit once it has.
  queueMicrotask(() => {
    try {
      listeners.get("data")?.(encode());
      listeners.get("end")?.();
    } catch (error) {
      listeners.get("error")?.(error);
    }
  });
  return events;
}

/** Resolves after the browser has had its turn (to repaint, to handle input). */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

let fontDownload: Promise<Uint8Array> | undefined;

/** The font file the build put into public/, fetched once per page load. */
export function downloadedDiplomaFont(): Promise<Uint8Array> {
  fontDownload ??= fetch(diplomaFontUrlPath).then(async (response) => {
    if (!response.ok) {
      fontDownload = undefined;
      throw new Error(`the diploma font ${diplomaFontUrlPath} answered ${response.status}`);
    }
    return new Uint8Array(await response.arrayBuffer());
  });
  return fontDownload;
}

/**
 * The font of a set of diplomas: parsed once, subset to every letter they use, and turned
 * into PDF objects once; each line's glyph codes are kept so that no PDF lays out text again.
 */
export class DiplomaFont {
  private constructor(
    private readonly source: PDFDocument,
    private readonly font: PDFFont,
    private readonly encoded: Map<string, PDFHexString>,
  ) {}

  static async covering(fontBytes: Uint8Array, texts: Iterable<string>): Promise<DiplomaFont> {
    const source = await PDFDocument.create();
    // fontkit (with its Unicode tables, 150 kB gzipped) loads only when PDFs are made.
    source.registerFontkit(subsettingFontkit(await import("fontkit")));
    const font = await source.embedFont(fontBytes, { subset: true });
    const encoded = new Map<string, PDFHexString>();
    for (const text of texts) {
      if (encoded.has(text)) continue;
      encoded.set(text, font.encodeText(text));
      // Laying out a class's names takes a moment: let the page repaint meanwhile.
      if (encoded.size % 1000 === 0) await nextTask();
    }
    // Writes the subset, its widths and its ToUnicode map (what makes the printed text
    // searchable and copyable) as PDF objects; no text may be encoded after this.
    await font.embed();
    return new DiplomaFont(source, font, encoded);
  }

  /** Copies the font's objects into a PDF; returns its font dictionary there. */
  copyInto(pdf: PDFDocument): PDFRef {
    return PDFObjectCopier.for(this.source.context, pdf.context).copy(this.font.ref);
  }

  /** The text as glyph codes of this font; only texts it was made for. */
  glyphCodes(text: string): PDFHexString {
    const codes = this.encoded.get(text);
    if (!codes) throw new Error(`the diploma font was not made for "${text}"`);
    return codes;
  }
}
