"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createConfig, http, injected, WagmiProvider } from "wagmi";
import type { IshonchDeployment } from "@ishonch/sdk";
import { ishonchChain } from "../../lib/chain";
import { WorkspaceProvider, type Workspace } from "../workspace/context";

/**
 * The wallet and page text for the queue pages, kept in the queue layout so that moving
 * between a district and a queue's audit keeps the wallet connected.
 */
export function QueueWorkspace({ children, ...workspace }: Workspace & { children: ReactNode }) {
  const [config] = useState(() => queueWagmiConfig(workspace.deployment));
  const [queryClient] = useState(() => new QueryClient());
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <WorkspaceProvider value={workspace}>{children}</WorkspaceProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}

// TODO(report): the same configuration as OfficialsWorkspace's private wagmiConfig (and
// AppealsWorkspace's); one exported function in workspace/ would serve all three.
function queueWagmiConfig(deployment: IshonchDeployment) {
  const chain = ishonchChain(deployment);
  return createConfig({
    chains: [chain],
    connectors: [injected()],
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: http(deployment.rpcUrl) },
    ssr: true,
  });
}
