"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

interface AgencyKeys {
  keyOf(agencyId: number): string | undefined;
  setKey(agencyId: number, privateKey: string): void;
}

const AgencyKeysContext = createContext<AgencyKeys | null>(null);

/**
 * The agencies' appeals private keys the officer entered in this tab. Kept in memory only
 * (never in storage, never sent to the server): closing the tab forgets them, and the
 * appeals layout keeps them while the officer moves between the inbox and the appeals.
 */
export function AgencyKeysProvider({ children }: { children: ReactNode }) {
  const [keys, setKeys] = useState<ReadonlyMap<number, string>>(new Map());
  const value: AgencyKeys = {
    keyOf: (agencyId) => keys.get(agencyId),
    setKey: (agencyId, privateKey) => setKeys((old) => new Map(old).set(agencyId, privateKey)),
  };
  return <AgencyKeysContext.Provider value={value}>{children}</AgencyKeysContext.Provider>;
}

export function useAgencyKeys(): AgencyKeys {
  const keys = useContext(AgencyKeysContext);
  if (!keys) throw new Error("useAgencyKeys outside AgencyKeysProvider");
  return keys;
}
