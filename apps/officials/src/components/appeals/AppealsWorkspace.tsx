"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createConfig, http, injected, WagmiProvider } from "wagmi";
import type { IshonchDeployment } from "@ishonch/sdk";
import { ishonchChain } from "../../lib/chain";
import { WorkspaceProvider, type Workspace } from "../workspace/context";
import { AgencyKeysProvider } from "./agency-keys";

/**
 * The wallet, the chain reads, the page text and the agency keys for the appeals pages:
 * the main workspace's providers, kept in the appeals layout so that moving between the
 * inbox and an appeal keeps the wallet connected and the keys entered.
 */
export function AppealsWorkspace({ children, ...workspace }: Workspace & { children: ReactNode }) {
  const [config] = useState(() => appealsWagmiConfig(workspace.deployment));
  const [queryClient] = useState(() => new QueryClient());
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <WorkspaceProvider value={workspace}>
          <AgencyKeysProvider>{children}</AgencyKeysProvider>
        </WorkspaceProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}

/** The same configuration as the main workspace's (which does not export its own). */
function appealsWagmiConfig(deployment: IshonchDeployment) {
  const chain = ishonchChain(deployment);
  return createConfig({
    chains: [chain],
    connectors: [injected()],
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: http(deployment.rpcUrl) },
    ssr: true,
  });
}
