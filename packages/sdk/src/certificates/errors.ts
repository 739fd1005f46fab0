/**
 * Why a diploma document, its encrypted copy or a scanned code could not be read. These are
 * not contract errors (IshonchError covers those): the apps translate the code with
 * `certificateMessage` from @ishonch/i18n.
 */
export type CertificateFormatErrorCode =
  | "NotIshonchDocument"
  | "UnsupportedDocumentVersion"
  | "TruncatedDocument"
  | "MalformedDocument"
  | "UndecryptableDocument"
  | "NotIshonchCode";

export class CertificateFormatError extends Error {
  readonly code: CertificateFormatErrorCode;
  readonly args: Record<string, string | number>;

  constructor(code: CertificateFormatErrorCode, args: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(args).length ? ` ${JSON.stringify(args)}` : ""}`);
    this.name = "CertificateFormatError";
    this.code = code;
    this.args = args;
  }
}
