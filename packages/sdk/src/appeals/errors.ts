/**
 * Failures of the citizen's input and of the off-chain content, found before anything is
 * signed or written. Contract reverts stay `IshonchError`s (see ../errors.ts); these codes
 * have their words in @ishonch/i18n's appeals-words.ts.
 */
export type AppealInputErrorCode =
  | "EmptyAppealText"
  | "AppealTextTooLong"
  | "TooManyAttachments"
  | "AttachmentTooLarge"
  | "AttachmentTypeNotAllowed"
  | "UnknownAppealType"
  | "MalformedTrackingNumber"
  | "MalformedSecret"
  | "WrongSecret"
  | "InvalidRatingInput"
  | "AgencyKeyMissing"
  | "ContentUnavailable"
  | "ContentTampered";

export class AppealInputError extends Error {
  readonly code: AppealInputErrorCode;
  readonly args: Record<string, unknown>;

  constructor(code: AppealInputErrorCode, args: Record<string, unknown> = {}) {
    super(`${code}${Object.keys(args).length ? ` ${JSON.stringify(args)}` : ""}`);
    this.name = "AppealInputError";
    this.code = code;
    this.args = args;
  }
}
