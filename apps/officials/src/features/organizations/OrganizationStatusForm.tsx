"use client";

import { useId } from "react";
import { format } from "@ishonch/i18n";
import { setOrganizationStatus, setOrganizationStatusCall } from "@ishonch/sdk";
import { ChoiceButtons, pressedValue, SelectField, useProblemText } from "../../shared/ui/fields";
import { appProblem, parseOrganizationId, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { useIshonchWrite } from "../../shared/wallet/use-write";
import { useProblems, WriteForm } from "../../shared/wallet/WriteForm";
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
  const write = useIshonchWrite();
  const { problems, accept } = useProblems<{ orgId: FieldProblem }>(write);
  const route = useRegistrarRoute();

  async function submit(data: FormData, event: { nativeEvent: Event }) {
    const status = pressedValue(event) === "Active" ? "Active" : "Suspended";
    const parsed = parseOrganizationId(String(data.get("orgId") ?? ""));
    const orgId = accept(
      parsed === null
        ? { ok: false, problems: { orgId: appProblem("organizationRequired") } }
        : { ok: true, value: parsed },
    );
    if (orgId === null) return;
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
    <WriteForm
      testId="status"
      heading={m.heading}
      intro={<RegistrarWarning />}
      write={write}
      onSubmit={submit}
      submit={
        <ChoiceButtons
          name="status"
          busy={write.busy}
          choices={{ Suspended: m.suspend, Active: m.reactivate }}
        />
      }
    >
      <SelectField
        id={`${id}-org`}
        name="orgId"
        label={m.organization}
        defaultValue=""
        error={problemText(problems.orgId)}
      >
        <option value="">{words.staff.chooseOrganization}</option>
        <OrganizationOptions />
      </SelectField>
    </WriteForm>
  );
}
