"use client";

import { useId, useState, type FormEvent } from "react";
import { checkServiceUpgrade, setServiceContractCall } from "@ishonch/sdk";
import { InputField, SelectField, useProblemText } from "../../shared/ui/fields";
import { parseAccount, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { useIshonchWrite } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
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
  const problemText = useProblemText();
  const id = useId();
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const write = useIshonchWrite();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const service = String(data.get("service") ?? "");
    const account = parseAccount(String(data.get("newContract") ?? ""));
    if (!account.ok) {
      setProblem(account.problem);
      write.reset();
      return;
    }
    setProblem(undefined);
    const newContract = account.address;
    await write.run(async (contracts) => {
      // The directory would refuse a wrong address only when executing, after the delay.
      await checkServiceUpgrade(contracts, service, newContract);
      const directory = contracts.deployment.contracts.IshonchDirectory;
      const call = setServiceContractCall(directory, service, newContract);
      return proposeToCouncil(contracts, call, { upgrade: service, newContract });
    });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.upgradeHeading}</h2>
      <p className="hint" id={`${id}-hint`}>
        {m.upgradeHint}
      </p>
      <form onSubmit={submit} noValidate data-testid="upgrade-form">
        <SelectField
          id={`${id}-service`}
          name="service"
          label={m.upgradeService}
          defaultValue={services[0]}
        >
          {services.map((service) => (
            <option key={service} value={service}>
              {serviceLabel(m, service)}
            </option>
          ))}
        </SelectField>
        <InputField
          id={`${id}-address`}
          name="newContract"
          type="text"
          label={m.upgradeAddress}
          autoComplete="off"
          className="mono"
          describedBy={`${id}-hint`}
          error={problemText(problem)}
        />
        <button type="submit" disabled={write.busy}>
          {m.upgradeSubmit}
        </button>
      </form>
      <WriteStatus state={write.state} testId="upgrade" />
    </section>
  );
}
