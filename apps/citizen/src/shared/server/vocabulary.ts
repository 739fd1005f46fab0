/**
 * Shared vocabulary for values that come from the index as plain strings (`storedLabel`
 * shows a value it does not know as it is, so an index newer than this app still renders).
 */
import { storedLabel, type Locale } from "@ishonch/i18n";
import type { StatusView } from "../view-models.ts";

export function organizationTypeLabel(locale: Locale, name: string): string {
  return storedLabel(locale, "OrganizationType", name);
}

export function regionLabel(locale: Locale, name: string): string {
  return storedLabel(locale, "Region", name);
}

export function statusView(locale: Locale, name: string): StatusView {
  return { name, label: storedLabel(locale, "OrganizationStatus", name) };
}
