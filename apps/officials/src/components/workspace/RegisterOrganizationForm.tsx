"use client";

import { useId, useState, type FormEvent } from "react";
import type { ContractTransactionReceipt } from "ethers";
import { format, label } from "@ishonch/i18n";
import {
  MAX_NAME_BYTES,
  OrganizationType,
  Region,
  organizationTypeNames,
  proposeCouncilCall,
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
import type { Messages } from "../../messages";
import { councilMessagesFor } from "../../messages/council";
import { useWorkspace } from "./context";
import { FieldError, fieldAria } from "./FieldError";
import { OrganizationOptions } from "./OrganizationSelect";
import { RegistrarWarning } from "./RegistrarWarning";
import { useIshonchWrite } from "./use-write";
import { WriteStatus } from "./WriteStatus";

type Problems = Partial<Record<keyof RegisterInput, FieldProblem>>;

/** Who accredits: the registrar directly, or a council member by proposing it. */
type Accreditor = "registrar" | "council";

/** Sends the accreditation; returns the id the person is told and the receipt. */
async function accredit(
  through: Accreditor,
  contracts: IshonchContracts,
  organization: NewOrganization,
): Promise<{ id: number; receipt: ContractTransactionReceipt }> {
  if (through === "registrar") return registerOrganization(contracts, organization);
  const call = registerOrganizationCall(
    contracts.deployment.contracts.OrganizationRegistry,
    organization,
  );
  // The published text the members read; the chain keeps its hash.
  return proposeCouncilCall(contracts, call, JSON.stringify(organization));
}

/**
 * Accredits a new organization: the registrar signs it directly, or (`through="council"`)
 * a council member proposes it and the council approves it with a public delay.
 */
export function RegisterOrganizationForm({ through = "registrar" }: { through?: Accreditor }) {
  const { locale, messages } = useWorkspace();
  const council = councilMessagesFor(locale);
  const m = messages.register;
  const successText = (words: Messages) =>
    through === "registrar" ? words.register.success : council.proposed;
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
    await write.run(async (contracts) => {
      const { id: newId, receipt } = await accredit(through, contracts, {
        orgType: OrganizationType[value.orgType],
        region: Region[value.region],
        parentId: value.parentId,
        name: value.name,
      });
      return {
        describe: (words) => {
          const [before, after] = successText(words).split("{id}");
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
      <h2 id={`${id}-heading`}>{through === "registrar" ? m.heading : council.proposeHeading}</h2>
      {through === "registrar" ? <RegistrarWarning /> : null}
      <form
        onSubmit={submit}
        noValidate
        data-testid={through === "registrar" ? "register-form" : "propose-form"}
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
          {through === "registrar" ? m.submit : council.proposeSubmit}
        </button>
      </form>
      <WriteStatus state={write.state} testId={through === "registrar" ? "register" : "propose"} />
    </section>
  );
}
