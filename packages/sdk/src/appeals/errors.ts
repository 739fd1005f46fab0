/**
 * Failures of the citizen's input and of the off-chain content, found before anything is
 * signed or written. Contract reverts stay `IshonchError`s (see ../errors.ts); these codes
 * have their words in @ishonch/i18n's appeals-words.ts.
 */
import { IshonchBaseError } from "../error-base.ts";

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

export class AppealInputError extends IshonchBaseError<AppealInputErrorCode> {
  override readonly name = "AppealInputError";

  constructor(code: AppealInputErrorCode, args: Record<string, unknown> = {}) {
    super(code, args);
  }
}
