"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { IshonchDeployment } from "@ishonch/sdk";
import type { Locale } from "@ishonch/i18n";
import type { Messages } from "../../messages";

/** An organization offered in the forms' lists (from the index). */
export interface OrganizationChoice {
  id: number;
  name: string;
  status: string;
}

export interface Workspace {
  deployment: IshonchDeployment;
  locale: Locale;
  messages: Messages;
  organizations: OrganizationChoice[];
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ value, children }: { value: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The deployment, language and page text every panel of the workspace needs. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace outside WorkspaceProvider");
  return workspace;
}
