"use client";

import { useRef, useState, type FormEvent } from "react";
import { useConnection, useSignMessage } from "wagmi";
import { certificateWords, format, revocationReasonWords } from "@ishonch/i18n";
import {
  diplomaRecordRoles,
  revocationReasonName,
  staffAccessChallenge,
  staffAccessMessage,
  staffAccessTiming,
  type SignedStaffAccess,
} from "@ishonch/sdk";
import type { IssuedDiplomaStatus } from "@ishonch/records";
import { parseOrganizationId } from "../../../shared/ui/forms";
import { DataTable } from "../../../shared/ui/DataTable";
import { IndexListResult } from "../../../shared/ui/IndexList";
import { useLocale, useWords } from "../../../shared/ui/locale";
import { useChainRoles } from "../../../shared/wallet/use-chain-roles";
import {
  issuedDiplomaStatuses,
  type IssuedDiplomaFilters,
  type IssuedDiplomaSearchAnswer,
  type IssuedDiplomaSearchError,
  type IssuedDiplomaSearchFailure,
  type IssuedDiplomaSearchRequest,
} from "./search-api";
import { issuedDiplomaWords } from "./words";

type SearchState =
  | { phase: "idle" }
  | { phase: "signing" }
  | { phase: "searching" }
  | { phase: "done"; answer: IssuedDiplomaSearchAnswer }
  | { phase: "failed"; error: IssuedDiplomaSearchFailure };

/** A signature is reused only while it has at least this long to live on the server. */
const REUSE_MARGIN_MS = 60 * 1000;

/**
 * The school's own diplomas, searched by its staff: the wallet signs a challenge once, the
 * page keeps it in memory for its validity window, and the server checks it and the staff
 * role on chain for every search.
 */
export function IssuedDiplomaSearch() {
  const locale = useLocale();
  const m = useWords(issuedDiplomaWords);
  const { address, status } = useConnection();
  const roles = useChainRoles();
  const { mutateAsync: signMessage } = useSignMessage();
  const access = useRef<SignedStaffAccess | null>(null);
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
  const busy = state.phase === "signing" || state.phase === "searching";

  /** The kept signature if it still fits, else a new one from the wallet (null if refused). */
  async function signedAccess(orgId: number): Promise<SignedStaffAccess | null> {
    if (!address) return null;
    const kept = access.current;
    const soon = new Date(Date.now() + REUSE_MARGIN_MS);
    if (
      kept &&
      kept.orgId === orgId &&
      kept.account.toLowerCase() === address.toLowerCase() &&
      staffAccessTiming(kept.issuedAt, soon) === null
    ) {
      return kept;
    }
    const challenge = staffAccessChallenge(orgId, address, window.location.origin);
    setState({ phase: "signing" });
    try {
      const signature = await signMessage({
        account: address,
        message: staffAccessMessage(challenge),
      });
      access.current = { ...challenge, signature };
      return access.current;
    } catch {
      return null;
    }
  }

  async function search(filters: IssuedDiplomaFilters): Promise<void> {
    if (status !== "connected" || !address) {
      setState({ phase: "failed", error: "connectFirst" });
      return;
    }
    const orgId = parseOrganizationId(orgInput);
    if (orgId === null) {
      setState({ phase: "failed", error: "badOrganization" });
      return;
    }
    const signed = await signedAccess(orgId);
    if (!signed) {
      setState({ phase: "failed", error: "signRejected" });
      return;
    }
    setState({ phase: "searching" });
    setSearched(filters);
    const body: IssuedDiplomaSearchRequest = { orgId, access: signed, filters };
    const response = await fetch("/api/diplomas/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    }).catch(() => null);
    if (!response) {
      setState({ phase: "failed", error: "index" });
      return;
    }
    const answer = (await response.json().catch(() => ({ error: "index" }))) as
      IssuedDiplomaSearchAnswer | { error: IssuedDiplomaSearchError };
    if ("error" in answer) {
      // A refused signature is not kept: the next search asks the wallet again.
      access.current = null;
      setState({ phase: "failed", error: answer.error });
    } else {
      setState({ phase: "done", answer });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const typedYear = year.trim();
    if (typedYear && !/^\d{4}$/.test(typedYear)) {
      setState({ phase: "failed", error: "badYear" });
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
      {state.phase === "signing" && <p className="note">{m.signing}</p>}
      {state.phase === "searching" && <p className="note">{m.searching}</p>}
      {state.phase === "failed" && (
        <p className="error" role="alert">
          {m.errors[state.error]}
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
