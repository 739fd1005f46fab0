/**
 * Words of citizens' appeals that both apps share: statuses and types, and the input and
 * content errors of the SDK's appeals module. Placeholders are `{name}`, filled by `format`.
 */
import {
  AppealInputError,
  IshonchError,
  type AppealInputErrorCode,
  type AppealStatusName,
  type AppealTypeName,
} from "@ishonch/sdk";
import { errorMessage } from "./errors.ts";
import { format, type Locale, type Words } from "./locales.ts";
import words from "./appeals-words.json";

export const appealStatusWords: Readonly<Record<AppealStatusName, Words>> = words.appealStatusWords;
export const appealTypeWords: Readonly<Record<AppealTypeName, Words>> = words.appealTypeWords;
export const appealInputErrorWords: Readonly<Record<AppealInputErrorCode, Words>> =
  words.appealInputErrorWords;

/** A sentence for any failure of an appeals action: input, content or contract. */
export function appealErrorMessage(locale: Locale, error: unknown): string {
  if (error instanceof AppealInputError) {
    return format(appealInputErrorWords[error.code][locale], error.args);
  }
  return errorMessage(locale, error instanceof IshonchError ? error : "Unknown");
}
