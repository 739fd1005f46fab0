/**
 * Shared vocabulary for values that may come from the index as plain strings. `label`
 * falls back to the raw name for a value it does not know, so an index that is newer than
 * this app still renders.
 */
import { label, type Locale } from "@ishonch/i18n";
import type { OrganizationStatusName, OrganizationTypeName, RegionName } from "@ishonch/sdk";
import type { StatusView } from "../view-models.ts";

export function organizationTypeLabel(locale: Locale, name: string): string {
  return label(locale, "OrganizationType", name as OrganizationTypeName);
}

export function regionLabel(locale: Locale, name: string): string {
  return label(locale, "Region", name as RegionName);
}

export function statusView(locale: Locale, name: string): StatusView {
  return { name, label: label(locale, "OrganizationStatus", name as OrganizationStatusName) };
}
