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
import { ChooseOption, InputField, SelectField, useProblemText } from "../../shared/ui/fields";
import { utf8Length, type FieldProblem } from "../../shared/ui/forms";
import { useLocale, useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { useIshonchWrite, type WriteOutcome } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { proposeToCouncil, useRegistrarRoute, type RegistrarRoute } from "../council/propose";
import { councilWords } from "../council/words";
import { parseRegisterForm, type RegisterInput } from "./forms";
import { RegistrarWarning } from "./RegistrarWarning";
import { organizationWords } from "./words";

type Problems = Partial<Record<keyof RegisterInput, FieldProblem>>;

/** The registrar registers the organization; the person is told its new id. */
async function registerDirectly(
  contracts: IshonchContracts,
  organization: NewOrganization,
  success: string,
): Promise<WriteOutcome> {
  const { id: newId, receipt } = await registerOrganization(contracts, organization);
  return {
    describe: () => {
      const [before, after] = success.split("{id}");
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
  const locale = useLocale();
  const council = useWords(councilWords);
  const m = useWords(organizationWords).register;
  const problemText = useProblemText();
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
      if (through === "registrar") return registerDirectly(contracts, organization, m.success);
      const registry = contracts.deployment.contracts.OrganizationRegistry;
      return proposeToCouncil(contracts, registerOrganizationCall(registry, organization), {
        registerOrganization: organization,
      });
    });
  }

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
        <SelectField
          id={`${id}-type`}
          name="orgType"
          label={m.orgType}
          defaultValue=""
          error={problemText(problems.orgType)}
        >
          <ChooseOption />
          {organizationTypeNames.map((type) => (
            <option key={type} value={type}>
              {label(locale, "OrganizationType", type)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-region`}
          name="region"
          label={m.region}
          defaultValue=""
          error={problemText(problems.region)}
        >
          <ChooseOption />
          {regionNames.map((region) => (
            <option key={region} value={region}>
              {label(locale, "Region", region)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-parent`}
          name="parentId"
          label={m.parent}
          defaultValue="0"
          error={problemText(problems.parentId)}
        >
          <option value="0">{m.noParent}</option>
          <OrganizationOptions />
        </SelectField>
        <InputField
          id={`${id}-name`}
          name="name"
          type="text"
          label={m.name}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          hint={
            <>
              {format(m.nameHint, { max: MAX_NAME_BYTES })}{" "}
              <span className={bytes > MAX_NAME_BYTES ? "over" : undefined}>
                {format(m.nameBytes, { bytes, max: MAX_NAME_BYTES })}
              </span>
            </>
          }
          error={problemText(problems.name)}
        />
        <button type="submit" disabled={write.busy}>
          {onCouncilPage ? council.proposeSubmit : through === "council" ? m.propose : m.submit}
        </button>
      </form>
      <WriteStatus state={write.state} testId={onCouncilPage ? "propose" : "register"} />
    </section>
  );
}
