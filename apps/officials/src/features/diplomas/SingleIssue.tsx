"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import {
  checkDiplomaFields,
  type DiplomaFieldError,
  type DiplomaFieldName,
  type RawDiplomaFields,
} from "@ishonch/sdk";
import { parseOrganizationId } from "../../shared/ui/forms";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useChainRoles } from "../../shared/wallet/use-chain-roles";
import { useIshonchWrite, writeOutcome } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { DiplomaFieldInputs, emptyDiplomaFields } from "./DiplomaFieldInputs";
import { DiplomaDownloads } from "./DiplomaDownloads";
import { IssuerRoleNotice } from "./IssuerRoleNotice";
import { issueOneDiploma, type IssuedDiploma } from "./diploma-outputs";
import { diplomaWords } from "./words";

/**
 * Issues one diploma from a form: every field checked before signing (the class CSV's rules
 * and words), one signature, then its document file and its PDF with the QR code.
 */
export function SingleIssue({ citizenUrl }: { citizenUrl: string }) {
  const m = useWords(diplomaWords);
  const locale = useLocale();
  const write = useIshonchWrite();
  const chainRoles = useChainRoles();
  const id = useId();
  const [orgId, setOrgId] = useState("");
  const [values, setValues] = useState<RawDiplomaFields>(emptyDiplomaFields);
  const [errors, setErrors] = useState<DiplomaFieldError[]>([]);
  const [issued, setIssued] = useState<IssuedDiploma | null>(null);
  // Anything but an organization id leaves the form unsignable.
  const org = parseOrganizationId(orgId);

  function change(name: DiplomaFieldName, value: string): void {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const checked = checkDiplomaFields(values);
    setErrors(checked.errors);
    const fields = checked.fields;
    if (!fields || org === null) return;
    setIssued(null);
    void write.run(async (contracts) => {
      const one = await issueOneDiploma(
        contracts,
        org,
        fields,
        citizenUrl,
        chainRoles.data,
        locale,
      );
      setIssued(one.issued);
      return writeOutcome(one.receipt, () =>
        format(m.issuedOne, { series: fields.series, number: fields.number }),
      );
    });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.singleHeading}</h2>
      <form data-testid="diploma-single-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-org`}>{m.orgLabel}</label>
          <input
            id={`${id}-org`}
            data-testid="diploma-single-org"
            inputMode="numeric"
            value={orgId}
            onChange={(event) => setOrgId(event.target.value)}
          />
        </div>
        <IssuerRoleNotice orgId={org} roles={["DiplomaIssuer"]} />
        <DiplomaFieldInputs values={values} errors={errors} onChange={change} />
        {errors.length > 0 && (
          <p className="error" role="alert" data-testid="diploma-single-problems">
            {format(m.fieldProblems, { count: errors.length })}
          </p>
        )}
        <button
          type="submit"
          data-testid="diploma-single-submit"
          disabled={write.busy || org === null}
        >
          {m.signOne}
        </button>
      </form>
      <WriteStatus state={write.state} testId="diploma-single" />
      {issued && <DiplomaDownloads {...issued} />}
    </section>
  );
}
