"use client";

import { useState } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createConfig, http, injected, WagmiProvider } from "wagmi";
import type { IshonchDeployment } from "@ishonch/sdk";
import { ishonchChain } from "../../lib/chain";
import { ChainRolesPanel } from "./ChainRolesPanel";
import { WorkspaceProvider, type Workspace } from "./context";
import { OrganizationStatusForm } from "./OrganizationStatusForm";
import { RegisterOrganizationForm } from "./RegisterOrganizationForm";
import { StaffRoleForm } from "./StaffRoleForm";
import { WalletPanel } from "./WalletPanel";

/** wagmi's configuration for the one chain of this deployment, built in the browser. */
function wagmiConfig(deployment: IshonchDeployment) {
  const chain = ishonchChain(deployment);
  return createConfig({
    chains: [chain],
    connectors: [injected()],
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: http(deployment.rpcUrl) },
    ssr: true,
  });
}

/** Everything that needs the wallet: connection, roles read from the chain, and the forms. */
export function OfficialsWorkspace(props: Workspace) {
  const [config] = useState(() => wagmiConfig(props.deployment));
  const [queryClient] = useState(() => new QueryClient());
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <WorkspaceProvider value={props}>
          <div className="grid two">
            <WalletPanel />
            <ChainRolesPanel />
          </div>
          <div className="grid three">
            <RegisterOrganizationForm />
            <StaffRoleForm />
            <OrganizationStatusForm />
          </div>
        </WorkspaceProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
