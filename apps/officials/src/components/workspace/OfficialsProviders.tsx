"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createConfig, http, injected, WagmiProvider, type Config } from "wagmi";
import type { IshonchDeployment } from "@ishonch/sdk";
import { ishonchChain } from "../../lib/chain";
import { WorkspaceProvider, type Workspace } from "./context";

/** wagmi's configuration for the one chain of this deployment, built in the browser. */
function wagmiConfig(deployment: IshonchDeployment): Config {
  const chain = ishonchChain(deployment);
  return createConfig({
    chains: [chain],
    connectors: [injected()],
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: http(deployment.rpcUrl) },
    ssr: true,
  });
}

/**
 * The wallet, the chain reads and the page text every officials page needs. A service keeps
 * it in its layout, so that moving between that service's pages keeps the wallet connected.
 */
export function OfficialsProviders({
  children,
  ...workspace
}: Workspace & { children: ReactNode }) {
  const [config] = useState(() => wagmiConfig(workspace.deployment));
  const [queryClient] = useState(() => new QueryClient());
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <WorkspaceProvider value={workspace}>{children}</WorkspaceProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
