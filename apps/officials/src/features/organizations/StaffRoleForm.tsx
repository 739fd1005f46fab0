"use client";

import { useId, useState } from "react";
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
  ChoiceButtons,
  ChooseOption,
  CodeField,
  pressedValue,
  SelectField,
  useProblemText,
  VocabularyOptions,
} from "../../shared/ui/fields";
import { parseOrganizationId, type FieldProblem } from "../../shared/ui/forms";
import { useLocale, useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { useIshonchWrite, type WriteOutcome } from "../../shared/wallet/use-write";
import { useProblems, WriteForm } from "../../shared/wallet/WriteForm";
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
  return {
    describe: () =>
      format(action === "grant" ? words.granted : words.revoked, {
        role: words.role,
        id: value.orgId,
      }),
    transactionHash: receipt.hash,
    blockNumber: receipt.blockNumber,
  };
}

/**
 * An organization's administrator grants or revokes its staff roles; administrators
 * themselves are appointed by the registrar, or by the council on a member's proposal.
 */
export function StaffRoleForm() {
  const locale = useLocale();
  const m = useWords(organizationWords).staff;
  const problemText = useProblemText();
  const id = useId();
  const [orgId, setOrgId] = useState("");
  const [role, setRole] = useState("");
  const write = useIshonchWrite();
  const { problems, accept } = useProblems<Problems>(write);
  const route = useRegistrarRoute();

  async function submit(data: FormData, event: { nativeEvent: Event }) {
    const action: Action = pressedValue(event) === "revoke" ? "revoke" : "grant";
    const value = accept(
      parseStaffForm({ orgId, role, account: String(data.get("account") ?? "") }),
    );
    if (!value) return;
    const words = { ...m, role: label(locale, "StaffRole", value.role) };
    await write.run((contracts) => changeStaff(contracts, route, action, value, words));
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
      write={write}
      onSubmit={submit}
      submit={
        <ChoiceButtons
          name="action"
          busy={write.busy}
          choices={{ grant: m.grant, revoke: m.revoke }}
        />
      }
    >
      <SelectField
        id={`${id}-org`}
        name="orgId"
        label={m.organization}
        value={orgId}
        onChange={(event) => setOrgId(event.target.value)}
        error={problemText(problems.orgId)}
      >
        <option value="">{m.chooseOrganization}</option>
        <OrganizationOptions />
      </SelectField>
      <SelectField
        id={`${id}-role`}
        name="role"
        label={m.role}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        hint={adminNote ? m.adminNote : undefined}
        error={problemText(problems.role)}
      >
        <ChooseOption />
        <VocabularyOptions vocabulary="StaffRole" names={staffRoleNames} />
      </SelectField>
      <CodeField
        id={`${id}-account`}
        name="account"
        label={m.account}
        placeholder="0x…"
        hint={m.accountHint}
        error={problemText(problems.account)}
      />
    </WriteForm>
  );
}
