import type { IshonchError, IshonchErrorCode } from "@ishonch/sdk";
import { format, type Locale, type Words } from "./locales.ts";
import { accessErrorWords } from "./errors/access.ts";
import { appealErrorWords } from "./errors/appeals.ts";
import { certificateErrorWords } from "./errors/certificates.ts";
import { councilErrorWords } from "./errors/council.ts";
import { directoryErrorWords } from "./errors/directory.ts";
import { organizationErrorWords } from "./errors/organizations.ts";
import { queueErrorWords } from "./errors/queue.ts";
import { signatureErrorWords } from "./errors/signatures.ts";

/**
 * Words for every error code the SDK can report, one file per contract. Typed as a complete
 * record, so a new contract error cannot ship without its words in all three languages.
 */
export const errorWords: Readonly<Record<IshonchErrorCode, Words>> = {
  ...accessErrorWords,
  ...organizationErrorWords,
  ...certificateErrorWords,
  ...queueErrorWords,
  ...appealErrorWords,
  ...signatureErrorWords,
  ...councilErrorWords,
  ...directoryErrorWords,
};

/** A user-facing sentence for an SDK error (or its code), never hex. */
export function errorMessage(locale: Locale, error: IshonchError | IshonchErrorCode): string {
  const code = typeof error === "string" ? error : error.code;
  const args = typeof error === "string" ? {} : error.args;
  return format((errorWords[code] ?? errorWords.Unknown)[locale], args);
}
