"use client";

import { useState } from "react";
import { format, label } from "@ishonch/i18n";
import {
  grantOrganizationAdmin,
  grantOrganizationAdminCall,
  grantStaffRole,
  revokeOrganizationAdmin,
  revokeOrganizationAdminCall,
  revokeStaffRole,
  StaffRole,
  staffRoleNames,
  type CouncilCall,
  type IshonchContracts,
} from "@ishonch/sdk";
import {
  ChooseOption,
  CodeField,
  SelectField,
  useProblemText,
  VocabularyOptions,
} from "../../shared/ui/fields";
import { parseOrganizationId, type FieldProblem } from "../../shared/ui/forms";
import { useLocale, useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { writeOutcome, type WriteOutcome } from "../../shared/wallet/use-write";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { proposeToCouncil, useRegistrarRoute, type RegistrarRoute } from "../council/propose";
import { parseStaffForm, type StaffInput, type StaffValue } from "./forms";
import { RegistrarWarning } from "./RegistrarWarning";
import { organizationWords } from "./words";

type Problems = Record<keyof StaffInput, FieldProblem>;
type Action = "grant" | "revoke";

/** OrganizationAdmin has its own registrar-only functions; the other roles share one pair. */
function sendStaffChange(contracts: IshonchContracts, action: Action, value: StaffValue) {
  const { orgId, role, account } = value;
  if (role === "OrganizationAdmin") {
    return action === "grant"
      ? grantOrganizationAdmin(contracts, orgId, account)
      : revokeOrganizationAdmin(contracts, orgId, account);
  }
  return action === "grant"
    ? grantStaffRole(contracts, orgId, StaffRole[role], account)
    : revokeStaffRole(contracts, orgId, StaffRole[role], account);
}

/** The council's call appointing or dismissing an organization's administrator. */
function organizationAdminCall(
  contracts: IshonchContracts,
  action: Action,
  { orgId, account }: StaffValue,
): CouncilCall {
  const registry = contracts.deployment.contracts.OrganizationRegistry;
  return action === "grant"
    ? grantOrganizationAdminCall(registry, orgId, account)
    : revokeOrganizationAdminCall(registry, orgId, account);
}

/**
 * Makes the change: an administrator's appointment or dismissal becomes a council proposal
 * for a council member; everything else is signed directly.
 */
async function changeStaff(
  contracts: IshonchContracts,
  route: RegistrarRoute,
  action: Action,
  value: StaffValue,
  words: { granted: string; revoked: string; role: string },
): Promise<WriteOutcome> {
  if (value.role === "OrganizationAdmin" && route === "council") {
    const { orgId, account } = value;
    const description = { [`${action}OrganizationAdmin`]: { orgId, account } };
    return proposeToCouncil(
      contracts,
      organizationAdminCall(contracts, action, value),
      description,
    );
  }
  const receipt = await sendStaffChange(contracts, action, value);
  return writeOutcome(receipt, () =>
    format(action === "grant" ? words.granted : words.revoked, {
      role: words.role,
      id: value.orgId,
    }),
  );
}

/**
 * An organization's administrator grants or revokes its staff roles; administrators
 * themselves are appointed by the registrar, or by the council on a member's proposal.
 */
export function StaffRoleForm() {
  const locale = useLocale();
  const m = useWords(organizationWords).staff;
  const [orgId, setOrgId] = useState("");
  const [role, setRole] = useState("");
  const form = useWriteForm<Problems>(useProblemText());
  const route = useRegistrarRoute();

  async function submit(data: FormData, pressed: string | null) {
    const action: Action = pressed === "revoke" ? "revoke" : "grant";
    const value = form.accept(
      parseStaffForm({ orgId, role, account: String(data.get("account") ?? "") }),
    );
    if (!value) return;
    const words = { ...m, role: label(locale, "StaffRole", value.role) };
    await form.write.run((contracts) => changeStaff(contracts, route, action, value, words));
  }

  const adminNote = role === "OrganizationAdmin";
  const change = adminNote
    ? ({ kind: "registrar" } as const)
    : ({ kind: "staff", orgId: parseOrganizationId(orgId) } as const);

  return (
    <WriteForm
      testId="staff"
      heading={m.heading}
      intro={<RegistrarWarning change={change} />}
      form={form}
      onSubmit={submit}
      submit={{ name: "action", choices: { grant: m.grant, revoke: m.revoke } }}
    >
      <SelectField
        {...form.field("orgId")}
        label={m.organization}
        value={orgId}
        onChange={(event) => setOrgId(event.target.value)}
      >
        <option value="">{m.chooseOrganization}</option>
        <OrganizationOptions />
      </SelectField>
      <SelectField
        {...form.field("role")}
        label={m.role}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        hint={adminNote ? m.adminNote : undefined}
      >
        <ChooseOption />
        <VocabularyOptions vocabulary="StaffRole" names={staffRoleNames} />
      </SelectField>
      <CodeField
        {...form.field("account")}
        label={m.account}
        placeholder="0x…"
        hint={m.accountHint}
      />
    </WriteForm>
  );
}
