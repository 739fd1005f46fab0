"use client";

import { label } from "@ishonch/i18n";
import type { OrganizationStatusName } from "@ishonch/sdk";
import { useWorkspace } from "./context";

/** The options of an organization list: id and name, with the status when not active. */
export function OrganizationOptions() {
  const { locale, organizations } = useWorkspace();
  return organizations.map((organization) => (
    <option key={organization.id} value={organization.id}>
      {`${organization.id} · ${organization.name}`}
      {organization.status !== "Active"
        ? ` (${label(locale, "OrganizationStatus", organization.status as OrganizationStatusName)})`
        : ""}
    </option>
  ));
}
