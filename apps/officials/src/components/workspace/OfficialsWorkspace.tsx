"use client";

import { ChainRolesPanel } from "./ChainRolesPanel";
import type { Workspace } from "./context";
import { OfficialsProviders } from "./OfficialsProviders";
import { OrganizationStatusForm } from "./OrganizationStatusForm";
import { RegisterOrganizationForm } from "./RegisterOrganizationForm";
import { StaffRoleForm } from "./StaffRoleForm";
import { WalletPanel } from "./WalletPanel";

/** Everything that needs the wallet: connection, roles read from the chain, and the forms. */
export function OfficialsWorkspace(props: Workspace) {
  return (
    <OfficialsProviders {...props}>
      <div className="grid two">
        <WalletPanel />
        <ChainRolesPanel />
      </div>
      <div className="grid three">
        <RegisterOrganizationForm />
        <StaffRoleForm />
        <OrganizationStatusForm />
      </div>
    </OfficialsProviders>
  );
}
