"use client";

import { checkServiceUpgrade, setServiceContractCall } from "@ishonch/sdk";
import { CodeField, SelectField, useProblemText } from "../../shared/ui/fields";
import { parseAccountField, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { proposeToCouncil } from "./propose";
import { serviceLabel } from "./setting-text";
import { councilWords } from "./words";

/**
 * A council member proposes that the directory name a new version of a service. The new
 * version is deployed beforehand; the address is checked to hold a contract that is not the
 * current one, then the council's approvals and the public delay do the rest.
 */
export function ProposeUpgradeForm({ services }: { services: readonly string[] }) {
  const m = useWords(councilWords);
  const form = useWriteForm<Record<"service" | "newContract", FieldProblem>>(useProblemText());

  async function submit(data: FormData) {
    const service = String(data.get("service") ?? "");
    const newContract = form.accept(
      parseAccountField("newContract", String(data.get("newContract") ?? "")),
    );
    if (!newContract) return;
    await form.write.run(async (contracts) => {
      // The directory would refuse a wrong address only when executing, after the delay.
      await checkServiceUpgrade(contracts, service, newContract);
      const directory = contracts.deployment.contracts.IshonchDirectory;
      const call = setServiceContractCall(directory, service, newContract);
      return proposeToCouncil(contracts, call, { upgrade: service, newContract });
    });
  }

  return (
    <WriteForm
      testId="upgrade"
      heading={m.upgradeHeading}
      intro={
        <p className="hint" id={form.idOf("hint")}>
          {m.upgradeHint}
        </p>
      }
      form={form}
      onSubmit={submit}
      submit={m.upgradeSubmit}
    >
      <SelectField {...form.field("service")} label={m.upgradeService} defaultValue={services[0]}>
        {services.map((service) => (
          <option key={service} value={service}>
            {serviceLabel(m, service)}
          </option>
        ))}
      </SelectField>
      <CodeField
        {...form.field("newContract")}
        label={m.upgradeAddress}
        describedBy={form.idOf("hint")}
      />
    </WriteForm>
  );
}
