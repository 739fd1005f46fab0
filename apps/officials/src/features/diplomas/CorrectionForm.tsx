"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import {
  assertSupersedable,
  checkDiplomaFields,
  disclosedDiplomaFields,
  editableDiplomaFields,
  supersede,
  type DiplomaDocument,
  type DiplomaFieldError,
  type DiplomaFieldName,
  type IshonchContracts,
  type RawDiplomaFields,
} from "@ishonch/sdk";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useChainRoles } from "../../shared/wallet/use-chain-roles";
import { useIshonchWrite, writeOutcome, type WriteOutcome } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { DiplomaDownloads } from "./DiplomaDownloads";
import { DiplomaFieldInputs, emptyDiplomaFields } from "./DiplomaFieldInputs";
import { DocumentFileInput } from "./DocumentFileInput";
import { IssuerRoleNotice } from "./IssuerRoleNotice";
import { issueOneDiploma, type IssuedDiploma } from "./diploma-outputs";
import { diplomaWords } from "./words";

/**
 * Corrects a diploma: the earlier document file in, its fields edited, the corrected diploma
 * issued, then the earlier one superseded by it on chain (the contract keeps issuing and
 * replacing as two calls, so two signatures). If the second is refused, the correction stays
 * issued and the form only asks to link it again: nothing is issued twice.
 */
export function CorrectionForm({ citizenUrl }: { citizenUrl: string }) {
  const m = useWords(diplomaWords);
  const locale = useLocale();
  const chainRoles = useChainRoles();
  const write = useIshonchWrite();
  const id = useId();
  const [earlier, setEarlier] = useState<DiplomaDocument | null>(null);
  const [values, setValues] = useState<RawDiplomaFields>(emptyDiplomaFields);
  const [errors, setErrors] = useState<DiplomaFieldError[]>([]);
  /** Issued but not yet linked to the earlier diploma. */
  const [unlinked, setUnlinked] = useState<IssuedDiploma | null>(null);
  const [corrected, setCorrected] = useState<IssuedDiploma | null>(null);

  function onDocument(document: DiplomaDocument | null): void {
    setEarlier(document);
    setUnlinked(null);
    setCorrected(null);
    setErrors([]);
    write.reset();
    if (document) setValues(editableDiplomaFields(document));
  }

  function change(name: DiplomaFieldName, value: string): void {
    setValues((current) => ({ ...current, [name]: value }));
  }

  async function link(
    contracts: IshonchContracts,
    from: DiplomaDocument,
    correction: IssuedDiploma,
  ): Promise<WriteOutcome> {
    const receipt = await supersede(contracts, from, correction.diploma.document);
    setUnlinked(null);
    setCorrected(correction);
    const { series, number } = disclosedDiplomaFields(correction.diploma.document);
    return writeOutcome(receipt, () => format(m.corrected, { series, number }));
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!earlier) return;
    const pending = unlinked;
    if (pending) {
      void write.run((contracts) => link(contracts, earlier, pending));
      return;
    }
    const checked = checkDiplomaFields(values);
    setErrors(checked.errors);
    const fields = checked.fields;
    if (!fields) return;
    void write.run(async (contracts) => {
      await assertSupersedable(contracts, earlier);
      const { issued } = await issueOneDiploma(
        contracts,
        earlier.orgId,
        fields,
        citizenUrl,
        chainRoles.data,
        locale,
      );
      setUnlinked(issued);
      return link(contracts, earlier, issued);
    });
  }

  const issued = corrected ?? unlinked;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.correctionHeading}</h2>
      <p>{m.correctionHint}</p>
      <form data-testid="diploma-correction-form" onSubmit={submit} noValidate>
        <DocumentFileInput
          label={m.earlierDocumentLabel}
          testId="diploma-correction-file"
          onDocument={onDocument}
        />
        {earlier && (
          <>
            <IssuerRoleNotice orgId={earlier.orgId} roles={["DiplomaIssuer", "DiplomaRevoker"]} />
            {unlinked ? (
              <p className="warning" role="note" data-testid="diploma-correction-unlinked">
                {m.correctionNotLinked}
              </p>
            ) : (
              <DiplomaFieldInputs values={values} errors={errors} onChange={change} />
            )}
            {errors.length > 0 && (
              <p className="error" role="alert">
                {format(m.fieldProblems, { count: errors.length })}
              </p>
            )}
            <button type="submit" data-testid="diploma-correction-submit" disabled={write.busy}>
              {unlinked ? m.linkCorrection : m.signCorrection}
            </button>
          </>
        )}
      </form>
      <WriteStatus state={write.state} testId="diploma-correction" />
      {issued && <DiplomaDownloads {...issued} />}
    </section>
  );
}
