import type {
  CertificateFormatErrorCode,
  DegreeLevel,
  DiplomaCsvErrorCode,
  DiplomaCsvFileErrorCode,
  DiplomaFieldName,
  DiplomaVerdictKind,
  RevocationReasonName,
} from "@ishonch/sdk";
import { format, type Locale, type Words } from "./locales.ts";
import words from "./certificates-words.json";

// Words of diplomas: the fields, the verdicts, the revocation reasons and every reason a CSV
// row, a document file or a scanned code is refused. Typed as complete records, so a new code
// cannot ship without its words in all three languages.

const field: Record<DiplomaFieldName, Words> = words.field;
const degree: Record<DegreeLevel, Words> = words.degree;
const verdict: Record<DiplomaVerdictKind, Words> = words.verdict;
const reason: Record<RevocationReasonName, Words> = words.reason;
const document: Record<CertificateFormatErrorCode, Words> = words.document;
const csv: Record<DiplomaCsvErrorCode | DiplomaCsvFileErrorCode, Words> = words.csv;

export const certificateWords = { field, degree, verdict, reason, document, csv } as const;

export type CertificateMessageCode =
  CertificateFormatErrorCode | DiplomaCsvErrorCode | DiplomaCsvFileErrorCode;

/** A sentence for a document, code or CSV problem, with its arguments filled in. */
export function certificateMessage(
  locale: Locale,
  code: CertificateMessageCode,
  args: Record<string, unknown> = {},
): string {
  const text =
    (document as Partial<Record<CertificateMessageCode, Words>>)[code] ??
    csv[code as keyof typeof csv];
  return format(text[locale], args);
}

/** The words of a revocation reason, "other (code N)" for codes without a name. */
export function revocationReasonWords(
  locale: Locale,
  name: RevocationReasonName,
  code: number,
): string {
  return format(reason[name][locale], { code });
}
