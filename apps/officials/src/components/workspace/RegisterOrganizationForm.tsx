"use client";

import { useId, useState, type FormEvent } from "react";
import { format, label } from "@ishonch/i18n";
import {
  MAX_NAME_BYTES,
  OrganizationType,
  Region,
  organizationTypeNames,
  regionNames,
  registerOrganization,
  registerOrganizationCall,
  type IshonchContracts,
  type NewOrganization,
} from "@ishonch/sdk";
import {
  parseRegisterForm,
  utf8Length,
  type FieldProblem,
  type RegisterInput,
} from "../../lib/forms";
import { councilMessagesFor } from "../../messages/council";
import { proposeToCouncil, useRegistrarRoute, type RegistrarRoute } from "./council-route";
import { useWorkspace } from "./context";
import { FieldError, fieldAria } from "./FieldError";
import { OrganizationOptions } from "./OrganizationSelect";
import { RegistrarWarning } from "./RegistrarWarning";
import { useIshonchWrite, type WriteOutcome } from "./use-write";
import { WriteStatus } from "./WriteStatus";

type Problems = Partial<Record<keyof RegisterInput, FieldProblem>>;

/** The registrar registers the organization; the person is told its new id. */
async function registerDirectly(
  contracts: IshonchContracts,
  organization: NewOrganization,
): Promise<WriteOutcome> {
  const { id: newId, receipt } = await registerOrganization(contracts, organization);
  return {
    describe: (words) => {
      const [before, after] = words.register.success.split("{id}");
      return (
        <>
          {before}
          <strong data-testid="new-organization-id">{newId}</strong>
          {after}
        </>
      );
    },
    transactionHash: receipt.hash,
    blockNumber: receipt.blockNumber,
  };
}

/**
 * Accredits a new organization: the registrar signs it directly; a council member (on the
 * main page, as the chain says; on the council page, always: `through="council"`) proposes it,
 * and the council approves it with a public delay.
 */
export function RegisterOrganizationForm({ through: fixedRoute }: { through?: RegistrarRoute }) {
  const { locale, messages } = useWorkspace();
  const council = councilMessagesFor(locale);
  const m = messages.register;
  const chainRoute = useRegistrarRoute();
  const through = fixedRoute ?? chainRoute;
  const onCouncilPage = fixedRoute === "council";
  const id = useId();
  const [name, setName] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const write = useIshonchWrite();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = parseRegisterForm({
      orgType: String(data.get("orgType") ?? ""),
      region: String(data.get("region") ?? ""),
      parentId: String(data.get("parentId") ?? ""),
      name,
    });
    if (!parsed.ok) {
      setProblems(parsed.problems);
      write.reset();
      return;
    }
    setProblems({});
    const value = parsed.value;
    const organization: NewOrganization = {
      orgType: OrganizationType[value.orgType],
      region: Region[value.region],
      parentId: value.parentId,
      name: value.name,
    };
    await write.run((contracts) => {
      if (through === "registrar") return registerDirectly(contracts, organization);
      const registry = contracts.deployment.contracts.OrganizationRegistry;
      return proposeToCouncil(contracts, registerOrganizationCall(registry, organization), {
        registerOrganization: organization,
      });
    });
  }

  const ids = {
    orgType: `${id}-type`,
    region: `${id}-region`,
    parentId: `${id}-parent`,
    name: `${id}-name`,
    nameHint: `${id}-name-hint`,
  };
  const bytes = utf8Length(name.trim());

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{onCouncilPage ? council.proposeHeading : m.heading}</h2>
      {onCouncilPage ? null : <RegistrarWarning />}
      <form
        onSubmit={submit}
        noValidate
        data-testid={onCouncilPage ? "propose-form" : "register-form"}
      >
        <div className="field">
          <label htmlFor={ids.orgType}>{m.orgType}</label>
          <select
            id={ids.orgType}
            name="orgType"
            defaultValue=""
            {...fieldAria(`${ids.orgType}-error`, problems.orgType)}
          >
            <option value="">{messages.form.choose}</option>
            {organizationTypeNames.map((type) => (
              <option key={type} value={type}>
                {label(locale, "OrganizationType", type)}
              </option>
            ))}
          </select>
          <FieldError id={`${ids.orgType}-error`} problem={problems.orgType} />
        </div>
        <div className="field">
          <label htmlFor={ids.region}>{m.region}</label>
          <select
            id={ids.region}
            name="region"
            defaultValue=""
            {...fieldAria(`${ids.region}-error`, problems.region)}
          >
            <option value="">{messages.form.choose}</option>
            {regionNames.map((region) => (
              <option key={region} value={region}>
                {label(locale, "Region", region)}
              </option>
            ))}
          </select>
          <FieldError id={`${ids.region}-error`} problem={problems.region} />
        </div>
        <div className="field">
          <label htmlFor={ids.parentId}>{m.parent}</label>
          <select
            id={ids.parentId}
            name="parentId"
            defaultValue="0"
            {...fieldAria(`${ids.parentId}-error`, problems.parentId)}
          >
            <option value="0">{m.noParent}</option>
            <OrganizationOptions />
          </select>
          <FieldError id={`${ids.parentId}-error`} problem={problems.parentId} />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{m.name}</label>
          <input
            id={ids.name}
            name="name"
            type="text"
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            {...fieldAria(`${ids.name}-error`, problems.name, ids.nameHint)}
          />
          <p className="hint" id={ids.nameHint}>
            {format(m.nameHint, { max: MAX_NAME_BYTES })}{" "}
            <span className={bytes > MAX_NAME_BYTES ? "over" : undefined}>
              {format(m.nameBytes, { bytes, max: MAX_NAME_BYTES })}
            </span>
          </p>
          <FieldError id={`${ids.name}-error`} problem={problems.name} />
        </div>
        <button type="submit" disabled={write.busy}>
          {onCouncilPage ? council.proposeSubmit : through === "council" ? m.propose : m.submit}
        </button>
      </form>
      <WriteStatus state={write.state} testId={onCouncilPage ? "propose" : "register"} />
    </section>
  );
}
