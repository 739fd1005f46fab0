"use client";

import {
  OrganizationChoicesProvider,
  type OrganizationChoice,
} from "../../shared/ui/OrganizationOptions";
import { WalletPanel } from "../../shared/wallet/WalletPanel";
import { ChainRolesPanel } from "./ChainRolesPanel";
import { OrganizationStatusForm } from "./OrganizationStatusForm";
import { RegisterOrganizationForm } from "./RegisterOrganizationForm";
import { StaffRoleForm } from "./StaffRoleForm";

/** Everything that needs the wallet: connection, roles read from the chain, and the forms. */
export function OrganizationsWorkspace({ organizations }: { organizations: OrganizationChoice[] }) {
  return (
    <OrganizationChoicesProvider choices={organizations}>
      <div className="grid two">
        <WalletPanel />
        <ChainRolesPanel />
      </div>
      <div className="grid three">
        <RegisterOrganizationForm />
        <StaffRoleForm />
        <OrganizationStatusForm />
      </div>
    </OrganizationChoicesProvider>
  );
}
