"use client";

import { createContext, useContext, type ReactNode } from "react";
import { storedLabel } from "@ishonch/i18n";
import { useLocale } from "./locale";

/** An organization offered in the forms' lists (from the index). */
export interface OrganizationChoice {
  id: number;
  name: string;
  status: string;
}

const ChoicesContext = createContext<readonly OrganizationChoice[]>([]);

/** The organizations a service's forms offer, read from the index by its layout. */
export function OrganizationChoicesProvider(props: {
  choices: readonly OrganizationChoice[];
  children: ReactNode;
}) {
  return <ChoicesContext.Provider value={props.choices}>{props.children}</ChoicesContext.Provider>;
}

/** The options of an organization list: id and name, with the status when not active. */
export function OrganizationOptions() {
  const locale = useLocale();
  const organizations = useContext(ChoicesContext);
  return organizations.map((organization) => (
    <option key={organization.id} value={organization.id}>
      {`${organization.id} · ${organization.name}`}
      {organization.status !== "Active"
        ? ` (${storedLabel(locale, "OrganizationStatus", organization.status)})`
        : ""}
    </option>
  ));
}
