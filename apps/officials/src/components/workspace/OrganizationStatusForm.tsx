"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import { setOrganizationStatus, setOrganizationStatusCall } from "@ishonch/sdk";
import { parseOrganizationId, type FieldProblem } from "../../lib/forms";
import { proposeToCouncil, useRegistrarRoute } from "./council-route";
import { useWorkspace } from "./context";
import { FieldError, fieldAria } from "./FieldError";
import { OrganizationOptions } from "./OrganizationSelect";
import { RegistrarWarning } from "./RegistrarWarning";
import { useIshonchWrite } from "./use-write";
import { WriteStatus } from "./WriteStatus";

/**
 * The registrar suspends an organization (its staff can no longer act) or reactivates it; a
 * council member proposes it to the council.
 */
export function OrganizationStatusForm() {
  const { messages } = useWorkspace();
  const m = messages.status;
  const id = useId();
  const [problem, setProblem] = useState<FieldProblem>();
  const write = useIshonchWrite();
  const route = useRegistrarRoute();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const status = submitter?.getAttribute("value") === "Active" ? "Active" : "Suspended";
    const orgId = parseOrganizationId(String(new FormData(event.currentTarget).get("orgId") ?? ""));
    if (orgId === null) {
      setProblem({ kind: "app", key: "organizationRequired" });
      write.reset();
      return;
    }
    setProblem(undefined);
    await write.run(async (contracts) => {
      if (route === "council") {
        const registry = contracts.deployment.contracts.OrganizationRegistry;
        const call = setOrganizationStatusCall(registry, orgId, status);
        return proposeToCouncil(contracts, call, { setOrganizationStatus: { orgId, status } });
      }
      const receipt = await setOrganizationStatus(contracts, orgId, status);
      return {
        describe: (words) =>
          format(status === "Active" ? words.status.reactivated : words.status.suspended, {
            id: orgId,
          }),
        transactionHash: receipt.hash,
        blockNumber: receipt.blockNumber,
      };
    });
  }

  const fieldId = `${id}-org`;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <RegistrarWarning />
      <form onSubmit={submit} noValidate data-testid="status-form">
        <div className="field">
          <label htmlFor={fieldId}>{m.organization}</label>
          <select
            id={fieldId}
            name="orgId"
            defaultValue=""
            {...fieldAria(`${fieldId}-error`, problem)}
          >
            <option value="">{messages.staff.chooseOrganization}</option>
            <OrganizationOptions />
          </select>
          <FieldError id={`${fieldId}-error`} problem={problem} />
        </div>
        <div className="actions">
          <button type="submit" name="status" value="Suspended" disabled={write.busy}>
            {m.suspend}
          </button>
          <button
            type="submit"
            name="status"
            value="Active"
            className="secondary"
            disabled={write.busy}
          >
            {m.reactivate}
          </button>
        </div>
      </form>
      <WriteStatus state={write.state} testId="status" />
    </section>
  );
}
