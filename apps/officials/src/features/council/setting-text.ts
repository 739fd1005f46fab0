import { format, type InLocale, type Locale } from "@ishonch/i18n";
import type { councilWords } from "./words";

/** The council's words in one language. */
export type CouncilText = InLocale<typeof councilWords>;

/** A directory service in words (the contract's name for a service this page does not know). */
export function serviceLabel(m: CouncilText, service: string): string {
  return (m.services as Record<string, string | undefined>)[service] ?? service;
}

/** A priority category or an age group in words: as proposed, and as the chain holds it now. */
export function queueSettingWords(
  m: CouncilText,
  kind: "setPriorityCategory" | "setAgeGroup",
  setting: { active: boolean },
): string {
  return format(m.call[kind], {
    ...setting,
    active: setting.active ? m.call.active : m.call.inactive,
  });
}

/**
 * An offer period in words: whole days, else whole hours, else seconds (Intl's unit names
 * give each language its plural forms).
 */
export function periodWords(locale: Locale, seconds: number): string {
  const [value, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, "day"]
      : seconds % 3600 === 0
        ? [seconds / 3600, "hour"]
        : [seconds, "second"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
