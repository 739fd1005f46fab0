import { appealTypeWords, type Locale } from "@ishonch/i18n";
import type { AppealTypeName } from "@ishonch/sdk";

/** An appeal's type in words; a name the words do not know (an index row's text) as it is. */
export function appealTypeText(locale: Locale, type: string): string {
  return appealTypeWords[type as AppealTypeName]?.[locale] ?? type;
}
