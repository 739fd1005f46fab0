"use client";

import { useId, useState, type FormEvent } from "react";
import { format, label, type Locale } from "@ishonch/i18n";
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
  parseOrganizationId,
  parseStaffForm,
  type FieldProblem,
  type StaffInput,
  type StaffValue,
} from "../../lib/forms";
import { proposeToCouncil, useRegistrarRoute, type RegistrarRoute } from "./council-route";
import { useWorkspace } from "./context";
import { FieldError, fieldAria } from "./FieldError";
import { OrganizationOptions } from "./OrganizationSelect";
import { RegistrarWarning } from "./RegistrarWarning";
import { useIshonchWrite, type WriteOutcome } from "./use-write";
import { WriteStatus } from "./WriteStatus";

type Problems = Partial<Record<keyof StaffInput, FieldProblem>>;
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
  locale: Locale,
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
    describe: (words) =>
      format(action === "grant" ? words.staff.granted : words.staff.revoked, {
        role: label(locale, "StaffRole", value.role),
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
  const { locale, messages } = useWorkspace();
  const m = messages.staff;
  const id = useId();
  const [orgId, setOrgId] = useState("");
  const [role, setRole] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const write = useIshonchWrite();
  const route = useRegistrarRoute();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const action: Action = submitter?.getAttribute("value") === "revoke" ? "revoke" : "grant";
    const data = new FormData(event.currentTarget);
    const parsed = parseStaffForm({ orgId, role, account: String(data.get("account") ?? "") });
    if (!parsed.ok) {
      setProblems(parsed.problems);
      write.reset();
      return;
    }
    setProblems({});
    const value = parsed.value;
    await write.run((contracts) => changeStaff(contracts, route, action, value, locale));
  }

  const ids = {
    orgId: `${id}-org`,
    role: `${id}-role`,
    account: `${id}-account`,
    accountHint: `${id}-account-hint`,
    adminNote: `${id}-admin-note`,
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <RegistrarWarning
        change={
          role === "OrganizationAdmin"
            ? { kind: "registrar" }
            : { kind: "staff", orgId: parseOrganizationId(orgId) }
        }
      />
      <form onSubmit={submit} noValidate data-testid="staff-form">
        <div className="field">
          <label htmlFor={ids.orgId}>{m.organization}</label>
          <select
            id={ids.orgId}
            name="orgId"
            value={orgId}
            onChange={(event) => setOrgId(event.target.value)}
            {...fieldAria(`${ids.orgId}-error`, problems.orgId)}
          >
            <option value="">{m.chooseOrganization}</option>
            <OrganizationOptions />
          </select>
          <FieldError id={`${ids.orgId}-error`} problem={problems.orgId} />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{m.role}</label>
          <select
            id={ids.role}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
            {...fieldAria(
              `${ids.role}-error`,
              problems.role,
              role === "OrganizationAdmin" ? ids.adminNote : undefined,
            )}
          >
            <option value="">{messages.form.choose}</option>
            {staffRoleNames.map((name) => (
              <option key={name} value={name}>
                {label(locale, "StaffRole", name)}
              </option>
            ))}
          </select>
          {role === "OrganizationAdmin" && (
            <p className="hint" id={ids.adminNote}>
              {m.adminNote}
            </p>
          )}
          <FieldError id={`${ids.role}-error`} problem={problems.role} />
        </div>
        <div className="field">
          <label htmlFor={ids.account}>{m.account}</label>
          <input
            id={ids.account}
            name="account"
            type="text"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            placeholder="0x…"
            {...fieldAria(`${ids.account}-error`, problems.account, ids.accountHint)}
          />
          <p className="hint" id={ids.accountHint}>
            {m.accountHint}
          </p>
          <FieldError id={`${ids.account}-error`} problem={problems.account} />
        </div>
        <div className="actions">
          <button type="submit" name="action" value="grant" disabled={write.busy}>
            {m.grant}
          </button>
          <button
            type="submit"
            name="action"
            value="revoke"
            className="secondary"
            disabled={write.busy}
          >
            {m.revoke}
          </button>
        </div>
      </form>
      <WriteStatus state={write.state} testId="staff" />
    </section>
  );
}
