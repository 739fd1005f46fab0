"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import { setOrganizationStatus, setOrganizationStatusCall } from "@ishonch/sdk";
import { ChoiceButtons, pressedValue, SelectField, useProblemText } from "../../shared/ui/fields";
import { parseOrganizationId, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { useIshonchWrite } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { proposeToCouncil, useRegistrarRoute } from "../council/propose";
import { RegistrarWarning } from "./RegistrarWarning";
import { organizationWords } from "./words";

/**
 * The registrar suspends an organization (its staff can no longer act) or reactivates it; a
 * council member proposes it to the council.
 */
export function OrganizationStatusForm() {
  const words = useWords(organizationWords);
  const m = words.status;
  const problemText = useProblemText();
  const id = useId();
  const [problem, setProblem] = useState<FieldProblem>();
  const write = useIshonchWrite();
  const route = useRegistrarRoute();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const status = pressedValue(event) === "Active" ? "Active" : "Suspended";
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
        describe: () => format(status === "Active" ? m.reactivated : m.suspended, { id: orgId }),
        transactionHash: receipt.hash,
        blockNumber: receipt.blockNumber,
      };
    });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <RegistrarWarning />
      <form onSubmit={submit} noValidate data-testid="status-form">
        <SelectField
          id={`${id}-org`}
          name="orgId"
          label={m.organization}
          defaultValue=""
          error={problemText(problem)}
        >
          <option value="">{words.staff.chooseOrganization}</option>
          <OrganizationOptions />
        </SelectField>
        <ChoiceButtons
          name="status"
          busy={write.busy}
          first={{ value: "Suspended", label: m.suspend }}
          second={{ value: "Active", label: m.reactivate }}
        />
      </form>
      <WriteStatus state={write.state} testId="status" />
    </section>
  );
}
