"use client";

import { useId, useState, type FormEvent } from "react";
import { checkServiceUpgrade, setServiceContractCall } from "@ishonch/sdk";
import { parseAccount, type FieldProblem } from "../../lib/forms";
import { councilMessagesFor, serviceLabel } from "../../messages/council";
import { proposeToCouncil } from "../workspace/council-route";
import { useWorkspace } from "../workspace/context";
import { FieldError, fieldAria } from "../workspace/FieldError";
import { useIshonchWrite } from "../workspace/use-write";
import { WriteStatus } from "../workspace/WriteStatus";

/**
 * A council member proposes that the directory name a new version of a service. The new
 * version is deployed beforehand; the address is checked to hold a contract that is not the
 * current one, then the council's approvals and the public delay do the rest.
 */
export function ProposeUpgradeForm({ services }: { services: readonly string[] }) {
  const { locale } = useWorkspace();
  const m = councilMessagesFor(locale);
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

  const ids = { service: `${id}-service`, address: `${id}-address`, hint: `${id}-hint` };
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.upgradeHeading}</h2>
      <p className="hint" id={ids.hint}>
        {m.upgradeHint}
      </p>
      <form onSubmit={submit} noValidate data-testid="upgrade-form">
        <div className="field">
          <label htmlFor={ids.service}>{m.upgradeService}</label>
          <select id={ids.service} name="service" defaultValue={services[0]}>
            {services.map((service) => (
              <option key={service} value={service}>
                {serviceLabel(m, service)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.address}>{m.upgradeAddress}</label>
          <input
            id={ids.address}
            name="newContract"
            type="text"
            autoComplete="off"
            className="mono"
            {...fieldAria(`${ids.address}-error`, problem, ids.hint)}
          />
          <FieldError id={`${ids.address}-error`} problem={problem} />
        </div>
        <button type="submit" disabled={write.busy}>
          {m.upgradeSubmit}
        </button>
      </form>
      <WriteStatus state={write.state} testId="upgrade" />
    </section>
  );
}
