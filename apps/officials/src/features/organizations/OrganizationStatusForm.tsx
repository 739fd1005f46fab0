"use client";

import { format } from "@ishonch/i18n";
import { setOrganizationStatus, setOrganizationStatusCall } from "@ishonch/sdk";
import { SelectField, useProblemText } from "../../shared/ui/fields";
import { appProblem, parseOrganizationId, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { proposeToCouncil, useRegistrarRoute } from "../council/propose";
import { RegistrarWarning } from "./RegistrarWarning";
import { organizationWords } from "./words";
import { writeOutcome } from "../../shared/wallet/use-write";

/**
 * The registrar suspends an organization (its staff can no longer act) or reactivates it; a
 * council member proposes it to the council.
 */
export function OrganizationStatusForm() {
  const words = useWords(organizationWords);
  const m = words.status;
  const form = useWriteForm<{ orgId: FieldProblem }>(useProblemText());
  const route = useRegistrarRoute();

  async function submit(data: FormData, pressed: string | null) {
    const status = pressed === "Active" ? "Active" : "Suspended";
    const parsed = parseOrganizationId(String(data.get("orgId") ?? ""));
    const orgId = form.accept(
      parsed === null
        ? { ok: false, problems: { orgId: appProblem("organizationRequired") } }
        : { ok: true, value: parsed },
    );
    if (orgId === null) return;
    await form.write.run(async (contracts) => {
      if (route === "council") {
        const registry = contracts.deployment.contracts.OrganizationRegistry;
        const call = setOrganizationStatusCall(registry, orgId, status);
        return proposeToCouncil(contracts, call, { setOrganizationStatus: { orgId, status } });
      }
      const receipt = await setOrganizationStatus(contracts, orgId, status);
      return writeOutcome(receipt, () =>
        format(status === "Active" ? m.reactivated : m.suspended, { id: orgId }),
      );
    });
  }

  return (
    <WriteForm
      testId="status"
      heading={m.heading}
      intro={<RegistrarWarning />}
      form={form}
      onSubmit={submit}
      submit={{ name: "status", choices: { Suspended: m.suspend, Active: m.reactivate } }}
    >
      <SelectField {...form.field("orgId")} label={m.organization} defaultValue="">
        <option value="">{words.staff.chooseOrganization}</option>
        <OrganizationOptions />
      </SelectField>
    </WriteForm>
  );
}
