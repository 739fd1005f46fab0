"use client";

import { useState } from "react";
import { format } from "@ishonch/i18n";
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
  ChooseOption,
  InputField,
  SelectField,
  useProblemText,
  VocabularyOptions,
} from "../../shared/ui/fields";
import { utf8Length, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { OrganizationOptions } from "../../shared/ui/OrganizationOptions";
import { writeOutcome, type WriteOutcome } from "../../shared/wallet/use-write";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { proposeToCouncil, useRegistrarRoute, type RegistrarRoute } from "../council/propose";
import { councilWords } from "../council/words";
import { parseRegisterForm, type RegisterInput } from "./forms";
import { RegistrarWarning } from "./RegistrarWarning";
import { organizationWords } from "./words";

type Problems = Record<keyof RegisterInput, FieldProblem>;

/** The registrar registers the organization; the person is told its new id. */
async function registerDirectly(
  contracts: IshonchContracts,
  organization: NewOrganization,
  success: string,
): Promise<WriteOutcome> {
  const { id: newId, receipt } = await registerOrganization(contracts, organization);
  return writeOutcome(receipt, () => {
    const [before, after] = success.split("{id}");
    return (
      <>
        {before}
        <strong data-testid="new-organization-id">{newId}</strong>
        {after}
      </>
    );
  });
}

/**
 * Accredits a new organization: the registrar signs it directly; a council member (on the
 * main page, as the chain says; on the council page, always: `through="council"`) proposes it,
 * and the council approves it with a public delay.
 */
export function RegisterOrganizationForm({ through: fixedRoute }: { through?: RegistrarRoute }) {
  const council = useWords(councilWords);
  const m = useWords(organizationWords).register;
  const chainRoute = useRegistrarRoute();
  const through = fixedRoute ?? chainRoute;
  const onCouncilPage = fixedRoute === "council";
  const [name, setName] = useState("");
  const form = useWriteForm<Problems>(useProblemText());

  async function submit(data: FormData) {
    const value = form.accept(
      parseRegisterForm({
        orgType: String(data.get("orgType") ?? ""),
        region: String(data.get("region") ?? ""),
        parentId: String(data.get("parentId") ?? ""),
        name,
      }),
    );
    if (!value) return;
    const organization: NewOrganization = {
      orgType: OrganizationType[value.orgType],
      region: Region[value.region],
      parentId: value.parentId,
      name: value.name,
    };
    await form.write.run((contracts) => {
      if (through === "registrar") return registerDirectly(contracts, organization, m.success);
      const registry = contracts.deployment.contracts.OrganizationRegistry;
      return proposeToCouncil(contracts, registerOrganizationCall(registry, organization), {
        registerOrganization: organization,
      });
    });
  }

  const bytes = utf8Length(name.trim());

  return (
    <WriteForm
      testId={onCouncilPage ? "propose" : "register"}
      heading={onCouncilPage ? council.proposeHeading : m.heading}
      intro={onCouncilPage ? null : <RegistrarWarning />}
      form={form}
      onSubmit={submit}
      submit={onCouncilPage ? council.proposeSubmit : through === "council" ? m.propose : m.submit}
    >
      <SelectField {...form.field("orgType")} label={m.orgType} defaultValue="">
        <ChooseOption />
        <VocabularyOptions vocabulary="OrganizationType" names={organizationTypeNames} />
      </SelectField>
      <SelectField {...form.field("region")} label={m.region} defaultValue="">
        <ChooseOption />
        <VocabularyOptions vocabulary="Region" names={regionNames} />
      </SelectField>
      <SelectField {...form.field("parentId")} label={m.parent} defaultValue="0">
        <option value="0">{m.noParent}</option>
        <OrganizationOptions />
      </SelectField>
      <InputField
        {...form.field("name")}
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
      />
    </WriteForm>
  );
}
