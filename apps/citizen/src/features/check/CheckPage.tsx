import { format, formatDateTime, wordsIn, type InLocale } from "@ishonch/i18n";
import { DataTable } from "@ishonch/web/DataTable";
import { Facts } from "../../shared/ui/Facts.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { ErrorNotice } from "../../shared/ui/Notice.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { checkKinds, type CheckKind } from "./kinds.ts";
import type { CheckResult, ContractsCheck } from "./server/check.ts";
import { checkWords } from "./words.ts";

type CheckText = InLocale<typeof checkWords>;

export interface CheckProps {
  frame: PageFrame;
  kind: CheckKind;
  idText: string;
  result: CheckResult | null;
  /** The site's contracts against the council's directory, when asked (`?contracts=1`). */
  contracts: ContractsCheck | null;
  error: string | null;
}

function Verdict({ agrees, text }: { agrees: boolean; text: string }) {
  return (
    <p
      className={`verdict ${agrees ? "verdict-valid" : "verdict-not"}`}
      data-testid="check-verdict"
      data-agrees={agrees ? "true" : "false"}
    >
      {text}
    </p>
  );
}

/** The configured contracts against the directory: a verdict, and each one that differs. */
function ContractsVerdict({ check, m }: { check: ContractsCheck; m: CheckText }) {
  const { mismatches } = check;
  const agrees = mismatches.length === 0;
  return (
    <>
      <Verdict
        agrees={agrees}
        text={agrees ? m.contractsAgree : format(m.contractsDiffer, { count: mismatches.length })}
      />
      <Facts
        className="card card-chain"
        facts={[
          { label: m.rpcUrl, value: check.rpcUrl },
          { label: m.directoryAddress, value: check.directory, testId: "check-directory" },
        ]}
      />
      {!agrees && (
        <DataTable testId="contracts-mismatches" columns={[m.service, m.configured, m.inDirectory]}>
          {mismatches.map((row) => (
            <tr key={row.service}>
              <td>{row.service}</td>
              <td>{row.configured ?? m.notConfigured}</td>
              <td>{row.current}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** What the chain says about one result, with the verdict of the re-count. */
function ResultDetails({
  result,
  frame,
  m,
}: {
  result: CheckResult;
  frame: PageFrame;
  m: CheckText;
}) {
  const date = (iso: string) => formatDateTime(frame.locale, new Date(iso));
  switch (result.kind) {
    case "application":
      return (
        <>
          <Verdict
            agrees={result.agrees}
            text={result.agrees ? m.positionAgrees : m.positionDiffers}
          />
          <DataTable testId="check-positions" columns={[m.kindergarten, m.reported, m.counted]}>
            {result.preferences.map((row) => (
              <tr key={row.kindergarten} data-agrees={row.agrees ? "true" : "false"}>
                <td>{row.kindergarten}</td>
                <td>{row.reportedAhead}</td>
                <td>{row.countedAhead}</td>
              </tr>
            ))}
          </DataTable>
        </>
      );
    case "offer":
      return (
        <Verdict
          agrees={result.fair}
          text={
            result.fair
              ? format(m.allocationFair, { checked: result.checked })
              : format(m.allocationUnfair, { skipped: result.skipped })
          }
        />
      );
    case "appeal":
      return (
        <>
          <Verdict
            agrees={result.agrees}
            text={result.agrees ? m.deadlineAgrees : m.deadlineDiffers}
          />
          <Facts
            className="card card-chain"
            facts={[
              { label: m.storedDeadline, value: date(result.storedDeadline) },
              { label: m.recomputedDeadline, value: date(result.recomputedDeadline) },
              { label: m.overdue, value: result.overdue ? m.yes : m.no },
            ]}
          />
        </>
      );
  }
}

/** The independent check: a number re-counted from the chain, or the site's contracts. */
export function CheckPage({ frame, kind, idText, result, contracts, error }: CheckProps) {
  const { locale } = frame;
  const m = wordsIn(locale, checkWords);
  return (
    <Layout frame={frame} title={m.title}>
      <form
        method="get"
        action={`/${locale}/check`}
        className="card search"
        data-testid="check-form"
      >
        <label htmlFor="kind">{m.what}</label>
        <select id="kind" name="kind" defaultValue={kind}>
          {checkKinds.map((option) => (
            <option key={option} value={option}>
              {m[option]}
            </option>
          ))}
        </select>
        <label htmlFor="id">{m.number}</label>
        <input id="id" name="id" inputMode="numeric" defaultValue={idText} required />
        <button type="submit">{m.check}</button>
      </form>
      {error && <ErrorNotice testId="check-error" message={error} />}
      {result && (
        <>
          <p className="verified" data-testid="check-source" data-block={result.source.blockNumber}>
            {format(m.source, { block: result.source.blockNumber })}
          </p>
          <Facts
            className="card card-chain"
            facts={[
              { label: m.rpcUrl, value: result.source.rpcUrl, testId: "check-rpc" },
              {
                label: m.contract,
                value: `${result.source.contractName} ${result.source.contractAddress}`,
                testId: "check-contract",
              },
            ]}
          />
          <ResultDetails result={result} frame={frame} m={m} />
        </>
      )}
      <section className="card" aria-labelledby="contracts-heading">
        <h2 id="contracts-heading">{m.contractsTitle}</h2>
        <p>{m.contractsText}</p>
        <form method="get" action={`/${locale}/check`} data-testid="contracts-form">
          <input type="hidden" name="contracts" value="1" />
          <button type="submit">{m.contractsCheck}</button>
        </form>
        {contracts && <ContractsVerdict check={contracts} m={m} />}
      </section>
    </Layout>
  );
}
