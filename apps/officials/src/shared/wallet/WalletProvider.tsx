"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createConfig, http, injected, WagmiProvider, type Config } from "wagmi";
import type { IshonchDeployment } from "@ishonch/sdk";
import { ishonchChain } from "./chain";

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

const DeploymentContext = createContext<IshonchDeployment | null>(null);

/**
 * The wallet and the chain reads, once for the whole app (the root layout): moving between
 * the services keeps the wallet connected, and an account switched in the wallet reaches
 * every page through this one connection.
 */
export function WalletProvider(props: { deployment: IshonchDeployment; children: ReactNode }) {
  const [config] = useState(() => wagmiConfig(props.deployment));
  const [queryClient] = useState(() => new QueryClient());
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <DeploymentContext.Provider value={props.deployment}>
          {props.children}
        </DeploymentContext.Provider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}

/** The deployment the wallet works with: its chain and contract addresses. */
export function useDeployment(): IshonchDeployment {
  const deployment = useContext(DeploymentContext);
  if (!deployment) throw new Error("useDeployment outside WalletProvider");
  return deployment;
}
