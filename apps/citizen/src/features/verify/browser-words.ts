/**
 * The words the verify page's script needs, in the page's language, handed to it as a JSON
 * data block: the script then carries no dictionary of its own.
 */
import { certificateWords, format, wordsIn, type InLocale, type Locale } from "@ishonch/i18n";
import {
  degreeLevels,
  diplomaFieldNames,
  type CertificateFormatErrorCode,
  type DegreeLevel,
  type DiplomaFieldName,
} from "@ishonch/sdk";
import { MAX_BULK_DIPLOMAS } from "./bulk-input.ts";
import { verifyWords } from "./words.ts";

type VerifyWords = InLocale<typeof verifyWords>;

const formatErrorCodes: readonly CertificateFormatErrorCode[] = [
  "NotIshonchDocument",
  "UnsupportedDocumentVersion",
  "TruncatedDocument",
  "MalformedDocument",
  "UndecryptableDocument",
  "NotIshonchCode",
];

export interface BrowserWords {
  locale: Locale;
  page: Pick<
    VerifyWords,
    | "scanStart"
    | "scanStop"
    | "cameraUnavailable"
    | "unreadableImage"
    | "checking"
    | "documentNotStored"
    | "chainUnavailable"
    | "indexUnavailable"
    | "holderHeading"
    | "hiddenField"
    | "evidenceHeading"
    | "bulkTooMany"
    | "bulkEmpty"
    | "bulkTotal"
    | "bulkValid"
    | "bulkDownload"
    | "bulkColumns"
  >;
  formatErrors: Record<CertificateFormatErrorCode, string>;
  fields: Record<DiplomaFieldName, string>;
  degrees: Record<DegreeLevel, string>;
}

function wordsOf<K extends string>(
  keys: readonly K[],
  words: (key: K) => string,
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, words(key)])) as Record<K, string>;
}

export function browserWords(locale: Locale): BrowserWords {
  const words = wordsIn(locale, verifyWords);
  return {
    locale,
    page: {
      scanStart: words.scanStart,
      scanStop: words.scanStop,
      cameraUnavailable: words.cameraUnavailable,
      unreadableImage: words.unreadableImage,
      checking: words.checking,
      documentNotStored: words.documentNotStored,
      chainUnavailable: words.chainUnavailable,
      indexUnavailable: words.indexUnavailable,
      holderHeading: words.holderHeading,
      hiddenField: words.hiddenField,
      evidenceHeading: words.evidenceHeading,
      bulkTooMany: format(words.bulkTooMany, { max: MAX_BULK_DIPLOMAS }),
      bulkEmpty: words.bulkEmpty,
      bulkTotal: words.bulkTotal,
      bulkValid: words.bulkValid,
      bulkDownload: words.bulkDownload,
      bulkColumns: words.bulkColumns,
    },
    formatErrors: wordsOf(formatErrorCodes, (code) => certificateWords.document[code][locale]),
    fields: wordsOf(diplomaFieldNames, (name) => certificateWords.field[name][locale]),
    degrees: wordsOf(degreeLevels, (level) => certificateWords.degree[level][locale]),
  };
}

/** JSON that is safe inside a `<script>` data block (no `</script>` can close it early). */
export function jsonDataBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
