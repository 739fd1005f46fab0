import { MAX_EXTENSION_DAYS } from "@ishonch/sdk";

/** Whole days of an extension, 1 to MAX_EXTENSION_DAYS, as typed; null otherwise. */
export function parseExtensionDays(input: string): number | null {
  const text = input.trim();
  if (!/^[0-9]{1,2}$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_EXTENSION_DAYS ? days : null;
}
