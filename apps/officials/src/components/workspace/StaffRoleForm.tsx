"use client";

import { useId, useState, type FormEvent } from "react";
import { format, label } from "@ishonch/i18n";
import {
  grantOrganizationAdmin,
  grantStaffRole,
  revokeOrganizationAdmin,
  revokeStaffRole,
  StaffRole,
  staffRoleNames,
  type IshonchContracts,
} from "@ishonch/sdk";
import {
  parseOrganizationId,
  parseStaffForm,
  type FieldProblem,
  type StaffInput,
  type StaffValue,
} from "../../lib/forms";
import { useWorkspace } from "./context";
import { FieldError, fieldAria } from "./FieldError";
import { OrganizationOptions } from "./OrganizationSelect";
import { RegistrarWarning } from "./RegistrarWarning";
import { useIshonchWrite } from "./use-write";
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

/** The registrar or an organization's administrator grants or revokes a staff role. */
export function StaffRoleForm() {
  const { locale, messages } = useWorkspace();
  const m = messages.staff;
  const id = useId();
  const [orgId, setOrgId] = useState("");
  const [role, setRole] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const write = useIshonchWrite();

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
    await write.run(async (contracts) => {
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
    });
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
      <RegistrarWarning unlessAdminOf={parseOrganizationId(orgId)} />
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
