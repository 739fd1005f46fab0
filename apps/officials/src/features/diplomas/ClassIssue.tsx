"use client";

import { useState, type ChangeEvent } from "react";
import {
  certificateMessage,
  certificateWords,
  format,
  type CertificateMessageCode,
} from "@ishonch/i18n";
import {
  diplomaCsvTemplate,
  issueBatch,
  parseDiplomaCsv,
  prepareDiplomas,
  type DiplomaCsvResult,
} from "@ishonch/sdk";
import { InputField } from "../../shared/ui/fields";
import { parseOrganizationId } from "../../shared/ui/forms";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useChainRoles } from "../../shared/wallet/use-chain-roles";
import { failureText, useIshonchWrite } from "../../shared/wallet/use-write";
import { classZip } from "./pdf/class-package";
import { CopiesNotStored } from "./CopiesNotStored";
import { requireSession } from "../session/session-client";
import { institutionName, publishDiplomas, saveFile, type StoredCopies } from "./diploma-outputs";
import { diplomaWords } from "./words";

type Stage =
  | { step: "choose" }
  | { step: "checked"; result: DiplomaCsvResult }
  | { step: "preparing"; done: number; total: number }
  | { step: "packaging"; done: number; total: number; tx: string }
  | { step: "ready"; zip: Blob; count: number; tx: string; copies: StoredCopies };

/** Issues a class from a CSV: every bad row before signing, one signature, then the zip. */
export function ClassIssue({ citizenUrl }: { citizenUrl: string }) {
  const locale = useLocale();
  const m = useWords(diplomaWords);
  const chainRoles = useChainRoles();
  const write = useIshonchWrite();
  const [orgId, setOrgId] = useState("");
  const [stage, setStage] = useState<Stage>({ step: "choose" });

  async function onFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    if (!file) return;
    setStage({ step: "checked", result: parseDiplomaCsv(await file.text()) });
  }

  const checked = stage.step === "checked" ? stage.result : null;
  const ready = checked && !checked.fileError && checked.errors.length === 0;
  const org = parseOrganizationId(orgId);

  async function issue(): Promise<void> {
    if (!checked || !ready || org === null) return;
    const issuer = org;
    const rows = checked.rows.map((row) => row.fields);
    const checkedStage: Stage = { step: "checked", result: checked };
    await write.run(async (contracts) => {
      try {
        return await issueAndPackage(contracts);
      } catch (error) {
        setStage(checkedStage);
        throw error;
      }
    });

    async function issueAndPackage(contracts: Parameters<typeof issueBatch>[0]) {
      // The copies need a session: without one, nothing is issued that could not be kept.
      await requireSession(contracts, locale);
      setStage({ step: "preparing", done: 0, total: rows.length });
      const prepared = await prepareDiplomas(issuer, rows, (done, total) =>
        setStage({ step: "preparing", done, total }),
      );
      const { documents, receipt } = await issueBatch(contracts, prepared);
      const tx = receipt.hash;
      setStage({ step: "packaging", done: 0, total: documents.length, tx });
      const { printable, copies } = await publishDiplomas(documents, citizenUrl);
      const zip = await classZip(
        printable,
        institutionName(chainRoles.data, issuer),
        (done, total) => setStage({ step: "packaging", done, total, tx }),
      );
      setStage({
        step: "ready",
        zip: new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
        count: documents.length,
        tx,
        copies,
      });
      return {
        describe: () => format(m.issued, { count: documents.length, tx }),
        transactionHash: tx,
        blockNumber: receipt.blockNumber,
      };
    }
  }

  const problem = (code: CertificateMessageCode, args: Record<string, unknown>): string =>
    certificateMessage(locale, code, args);

  return (
    <section className="panel" aria-labelledby="diploma-class-heading">
      <h2 id="diploma-class-heading">{m.classHeading}</h2>
      <p>
        <button
          type="button"
          data-testid="diploma-csv-template"
          onClick={() =>
            saveFile(
              "diplomas-template.csv",
              new Blob([`\uFEFF${diplomaCsvTemplate()}`], { type: "text/csv" }),
            )
          }
        >
          {m.template}
        </button>
      </p>
      <InputField
        id="diploma-org"
        label={m.orgLabel}
        data-testid="diploma-org"
        inputMode="numeric"
        value={orgId}
        onChange={(event) => setOrgId(event.target.value)}
      />
      <InputField
        id="diploma-csv"
        label={m.csvLabel}
        data-testid="diploma-csv-upload"
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => void onFile(event)}
      />
      {checked?.fileError && (
        <p className="error" role="alert" data-testid="diploma-csv-file-error">
          {m.fileProblem} {problem(checked.fileError.code, checked.fileError.args)}
        </p>
      )}
      {checked && checked.errors.length > 0 && (
        <div role="alert" data-testid="diploma-csv-errors">
          <p className="error">{format(m.rowProblems, { count: checked.errors.length })}</p>
          <ul>
            {checked.errors.map((error, i) => (
              <li key={i} data-testid="diploma-csv-error" data-row={error.rowNumber}>
                {format(m.row, { row: error.rowNumber })}
                {error.column ? ` · ${error.column}` : ""}: {problem(error.code, error.args)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {ready && (
        <div data-testid="diploma-csv-preview">
          <p>{format(m.preview, { count: checked.rows.length })}</p>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>{certificateWords.field.holderNameLatin[locale]}</th>
                <th>{certificateWords.field.programme[locale]}</th>
                <th>{certificateWords.field.number[locale]}</th>
              </tr>
            </thead>
            <tbody>
              {checked.rows.slice(0, 10).map((row) => (
                <tr key={row.rowNumber}>
                  <td>{row.rowNumber}</td>
                  <td>{row.fields.holderNameLatin}</td>
                  <td>{row.fields.programme}</td>
                  <td>{`${row.fields.series} ${row.fields.number}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            data-testid="diploma-issue-class"
            disabled={write.busy || org === null}
            onClick={() => void issue()}
          >
            {format(m.sign, { count: checked.rows.length })}
          </button>
        </div>
      )}
      {(stage.step === "preparing" || stage.step === "packaging") && (
        <p>
          <label htmlFor="diploma-progress">
            {stage.step === "preparing" ? m.preparing : m.packaging}
          </label>{" "}
          <progress
            id="diploma-progress"
            data-testid="diploma-progress"
            max={stage.total}
            value={stage.done}
          />
        </p>
      )}
      {write.state.phase === "failed" && (
        <p className="error" role="alert" data-testid="diploma-issue-error">
          {failureText(locale, write.state.error)}
        </p>
      )}
      {stage.step === "ready" && (
        <p data-testid="diploma-issued">
          {format(m.issued, { count: stage.count, tx: stage.tx })}{" "}
          <button
            type="button"
            data-testid="diploma-download-zip"
            onClick={() => saveFile("diplomas.zip", stage.zip)}
          >
            {m.download}
          </button>
        </p>
      )}
      {stage.step === "ready" && <CopiesNotStored copies={stage.copies} />}
    </section>
  );
}
