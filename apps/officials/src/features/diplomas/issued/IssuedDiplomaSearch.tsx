"use client";

import { useState, type FormEvent } from "react";
import { useConnection } from "wagmi";
import { certificateWords, format, revocationReasonWords } from "@ishonch/i18n";
import { diplomaRecordRoles, revocationReasonName } from "@ishonch/sdk";
import type { IssuedDiplomaStatus } from "@ishonch/records";
import type { RefusalBody } from "../../../shared/server/http";
import { parseOrganizationId } from "../../../shared/ui/forms";
import { DataTable } from "../../../shared/ui/DataTable";
import { IndexListResult } from "../../../shared/ui/IndexList";
import { useLocale, useWords } from "../../../shared/ui/locale";
import { useChainRoles } from "../../../shared/wallet/use-chain-roles";
import {
  issuedDiplomaStatuses,
  type IssuedDiplomaFilters,
  type IssuedDiplomaSearchAnswer,
  type IssuedDiplomaSearchFailure,
  type IssuedDiplomaSearchRequest,
} from "./search-api";
import { issuedDiplomaWords } from "./words";

type SearchState =
  | { phase: "idle" }
  | { phase: "searching" }
  | { phase: "done"; answer: IssuedDiplomaSearchAnswer }
  | { phase: "failed"; error: IssuedDiplomaSearchFailure };

/**
 * The school's own diplomas, searched by its staff: the server checks the signed-in session
 * (the sign-in panel) and the staff role on chain for every search.
 */
export function IssuedDiplomaSearch() {
  const locale = useLocale();
  const m = useWords(issuedDiplomaWords);
  const { address, status } = useConnection();
  const roles = useChainRoles();
  const [typedOrg, setTypedOrg] = useState("");
  const [text, setText] = useState("");
  const [year, setYear] = useState("");
  const [programme, setProgramme] = useState("");
  const [statusFilter, setStatusFilter] = useState<IssuedDiplomaStatus | "">("");
  const [searched, setSearched] = useState<IssuedDiplomaFilters>({});
  const [state, setState] = useState<SearchState>({ phase: "idle" });

  // The first organization where the wallet may read the records, offered as the field's
  // placeholder and used when it is left empty: never written into the field, where it could
  // arrive while a person types.
  const suggestedOrg = roles.data?.memberships.find((membership) =>
    membership.roles.some((role) => diplomaRecordRoles.includes(role)),
  )?.organization.id;
  const orgInput = typedOrg.trim() || (suggestedOrg === undefined ? "" : String(suggestedOrg));
  const busy = state.phase === "searching";

  async function search(filters: IssuedDiplomaFilters): Promise<void> {
    if (status !== "connected" || !address) {
      setState({ phase: "failed", error: { local: "connectFirst" } });
      return;
    }
    const orgId = parseOrganizationId(orgInput);
    if (orgId === null) {
      setState({ phase: "failed", error: { local: "badOrganization" } });
      return;
    }
    setState({ phase: "searching" });
    setSearched(filters);
    const body: IssuedDiplomaSearchRequest = { orgId, filters };
    const response = await fetch("/api/diplomas/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    }).catch(() => null);
    const answer = (await response?.json().catch(() => null)) as
      IssuedDiplomaSearchAnswer | RefusalBody | null | undefined;
    if (!answer) {
      setState({ phase: "failed", error: { local: "index" } });
    } else if ("error" in answer) {
      setState({ phase: "failed", error: { refused: answer } });
    } else {
      setState({ phase: "done", answer });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const typedYear = year.trim();
    if (typedYear && !/^\d{4}$/.test(typedYear)) {
      setState({ phase: "failed", error: { local: "badYear" } });
      return;
    }
    void search({
      text: text.trim() || undefined,
      year: typedYear ? Number(typedYear) : undefined,
      programme: programme || undefined,
      status: statusFilter || undefined,
      page: 1,
    });
  }

  function clearFilters(): void {
    setText("");
    setYear("");
    setProgramme("");
    setStatusFilter("");
  }

  const answer = state.phase === "done" ? state.answer : null;
  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1;
  const fields = certificateWords.field;

  return (
    <section className="panel" aria-labelledby="issued-diplomas-heading">
      <h2 id="issued-diplomas-heading">{m.heading}</h2>
      <p className="note">{m.intro}</p>
      <form data-testid="issued-diplomas-search" onSubmit={onSubmit}>
        <FilterField
          id="issued-org"
          label={m.orgLabel}
          value={typedOrg}
          onChange={setTypedOrg}
          numeric
          placeholder={suggestedOrg === undefined ? undefined : String(suggestedOrg)}
        />
        <FilterField id="issued-text" label={m.textLabel} value={text} onChange={setText} />
        <FilterField
          id="issued-year"
          label={m.yearLabel}
          value={year}
          onChange={setYear}
          numeric
          choices={answer?.years}
        />
        <FilterField
          id="issued-programme"
          label={m.programmeLabel}
          value={programme}
          onChange={setProgramme}
          choices={answer?.programmes}
        />
        <div className="field">
          <label htmlFor="issued-status">{m.statusLabel}</label>
          <select
            id="issued-status"
            value={statusFilter}
            onChange={(event) => setStatusFilter(event.target.value as IssuedDiplomaStatus | "")}
          >
            <option value="">{m.anyStatus}</option>
            {issuedDiplomaStatuses.map((choice) => (
              <option key={choice} value={choice}>
                {m.status[choice]}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {m.submit}
          </button>
          <button type="button" onClick={clearFilters}>
            {m.reset}
          </button>
        </div>
      </form>
      {state.phase === "searching" && <p className="note">{m.searching}</p>}
      {state.phase === "failed" && (
        <p className="error" role="alert">
          {"local" in state.error ? m.errors[state.error.local] : state.error.refused.message}
        </p>
      )}
      {answer && (
        <IndexListResult words={m} unavailable={m.errors.index} result={answer}>
          <DataTable
            testId="issued-diplomas"
            columns={[
              m.nameColumn,
              m.numberColumn,
              fields.programme[locale],
              m.yearColumn,
              m.statusLabel,
            ]}
          >
            {answer.items.map((row) => (
              <tr key={`${row.series}-${row.number}-${row.holderName}`}>
                <td>{row.holderName}</td>
                <td className="mono">{`${row.series} ${row.number}`}</td>
                <td>{row.programme}</td>
                <td>{row.graduationYear}</td>
                <td data-status={row.status}>
                  {m.status[row.status]}
                  {row.status === "Revoked" &&
                    row.revocationReason !== null &&
                    ` (${revocationReasonWords(
                      locale,
                      revocationReasonName(row.revocationReason),
                      row.revocationReason,
                    )})`}
                </td>
              </tr>
            ))}
          </DataTable>
          {pages > 1 && (
            <div className="actions">
              <button
                type="button"
                disabled={busy || answer.page <= 1}
                onClick={() => void search({ ...searched, page: answer.page - 1 })}
              >
                {m.previous}
              </button>
              <span>{format(m.pageOf, { page: answer.page, pages })}</span>
              <button
                type="button"
                disabled={busy || answer.page >= pages}
                onClick={() => void search({ ...searched, page: answer.page + 1 })}
              >
                {m.next}
              </button>
            </div>
          )}
        </IndexListResult>
      )}
    </section>
  );
}

/** One labelled filter; the organization's known values, once searched, are offered. */
function FilterField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  numeric?: boolean;
  placeholder?: string | undefined;
  choices?: readonly (string | number)[] | undefined;
}) {
  const listId = `${props.id}-choices`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        inputMode={props.numeric ? "numeric" : undefined}
        maxLength={100}
        placeholder={props.placeholder}
        list={props.choices ? listId : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.choices && (
        <datalist id={listId}>
          {props.choices.map((choice) => (
            <option key={choice} value={choice} />
          ))}
        </datalist>
      )}
    </div>
  );
}
