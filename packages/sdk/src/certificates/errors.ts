/**
 * Why a diploma document, its encrypted copy or a scanned code could not be read. These are
 * not contract errors (IshonchError covers those): the apps translate the code with
 * `certificateMessage` from @ishonch/i18n.
 */
import { IshonchBaseError } from "../error-base.ts";

export type CertificateFormatErrorCode =
  | "NotIshonchDocument"
  | "UnsupportedDocumentVersion"
  | "TruncatedDocument"
  | "MalformedDocument"
  | "UndecryptableDocument"
  | "NotIshonchCode";

export class CertificateFormatError extends IshonchBaseError<
  CertificateFormatErrorCode,
  Record<string, string | number>
> {
  override readonly name = "CertificateFormatError";

  constructor(code: CertificateFormatErrorCode, args: Record<string, string | number> = {}) {
    super(code, args);
  }
}
