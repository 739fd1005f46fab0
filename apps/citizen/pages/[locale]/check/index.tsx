import type { GetServerSideProps, PageConfig } from "next";
import { checkWord, errorMessage, type CheckPageWord } from "@ishonch/i18n";
import { IshonchError } from "@ishonch/sdk";
import { Layout } from "../../../src/components/Layout.tsx";
import { checkKinds, isCheckKind, type CheckKind } from "../../../src/check/kinds.ts";
import {
  checkContractsOnChain,
  checkOnChain,
  type CheckResult,
  type ContractsCheck,
} from "../../../src/check/server.ts";
import { parseNumber } from "../../../src/queue/input.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import { formatDateTime } from "../../../src/server/format.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface CheckProps {
  frame: PageFrame;
  kind: CheckKind;
  idText: string;
  result: CheckResult | null;
  /** The site's contracts against the council's directory, when asked (`?contracts=1`). */
  contracts: ContractsCheck | null;
  error: string | null;
}

export const getServerSideProps: GetServerSideProps<CheckProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const { locale } = frame;
  const kindText = context.query.kind;
  const idText = typeof context.query.id === "string" ? context.query.id : "";
  const kind: CheckKind = isCheckKind(kindText) ? kindText : "application";
  const props: CheckProps = { frame, kind, idText, result: null, contracts: null, error: null };
  if (context.query.contracts === "1") {
    try {
      props.contracts = await checkContractsOnChain();
    } catch {
      props.error = checkWord(locale, "chainUnavailable");
    }
    return { props };
  }
  if (idText === "") return { props };
  if (!isCheckKind(kindText)) {
    return { props: { ...props, error: checkWord(locale, "unknownKind") } };
  }
  const id = parseNumber(idText);
  if (id === null) return { props: { ...props, error: checkWord(locale, "notANumber") } };
  try {
    props.result = await checkOnChain(kind, id);
  } catch (error) {
    // A refusal (an unknown number) has its words; anything else means the node is down.
    props.error =
      error instanceof IshonchError
        ? errorMessage(locale, error)
        : checkWord(locale, "chainUnavailable");
  }
  return { props };
};

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

type Words = (word: CheckPageWord, values?: Record<string, unknown>) => string;

/** The configured contracts against the directory: a verdict, and each one that differs. */
function ContractsVerdict({ check, w }: { check: ContractsCheck; w: Words }) {
  const { mismatches } = check;
  const agrees = mismatches.length === 0;
  return (
    <>
      <Verdict
        agrees={agrees}
        text={agrees ? w("contractsAgree") : w("contractsDiffer", { count: mismatches.length })}
      />
      <dl className="facts card card-chain">
        <dt>{w("rpcUrl")}</dt>
        <dd>{check.rpcUrl}</dd>
        <dt>{w("directoryAddress")}</dt>
        <dd data-testid="check-directory">{check.directory}</dd>
      </dl>
      {!agrees && (
        <table data-testid="contracts-mismatches">
          <thead>
            <tr>
              <th>{w("service")}</th>
              <th>{w("configured")}</th>
              <th>{w("inDirectory")}</th>
            </tr>
          </thead>
          <tbody>
            {mismatches.map((row) => (
              <tr key={row.service}>
                <td>{row.service}</td>
                <td>{row.configured ?? w("notConfigured")}</td>
                <td>{row.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export default function CheckPage({ frame, kind, idText, result, contracts, error }: CheckProps) {
  const { locale } = frame;
  const w: Words = (word, values) => checkWord(locale, word, values);
  const date = (iso: string) => formatDateTime(locale, new Date(iso));
  return (
    <Layout frame={frame} title={w("title")}>
      <h1>{w("title")}</h1>
      <form
        method="get"
        action={`/${locale}/check`}
        className="card search"
        data-testid="check-form"
      >
        <label htmlFor="kind">{w("what")}</label>
        <select id="kind" name="kind" defaultValue={kind}>
          {checkKinds.map((option) => (
            <option key={option} value={option}>
              {w(option)}
            </option>
          ))}
        </select>
        <label htmlFor="id">{w("number")}</label>
        <input id="id" name="id" inputMode="numeric" defaultValue={idText} required />
        <button type="submit">{w("check")}</button>
      </form>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="check-error">
          <p>{error}</p>
        </div>
      )}
      {result && (
        <>
          <p className="verified" data-testid="check-source" data-block={result.source.blockNumber}>
            {w("source", { block: result.source.blockNumber })}
          </p>
          <dl className="facts card card-chain">
            <dt>{w("rpcUrl")}</dt>
            <dd data-testid="check-rpc">{result.source.rpcUrl}</dd>
            <dt>{w("contract")}</dt>
            <dd data-testid="check-contract">
              {result.source.contractName} {result.source.contractAddress}
            </dd>
          </dl>
          {result.kind === "application" && (
            <>
              <Verdict
                agrees={result.agrees}
                text={w(result.agrees ? "positionAgrees" : "positionDiffers")}
              />
              <table data-testid="check-positions">
                <thead>
                  <tr>
                    <th>{w("kindergarten")}</th>
                    <th>{w("reported")}</th>
                    <th>{w("counted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.preferences.map((row) => (
                    <tr key={row.kindergarten} data-agrees={row.agrees ? "true" : "false"}>
                      <td>{row.kindergarten}</td>
                      <td>{row.reportedAhead}</td>
                      <td>{row.countedAhead}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {result.kind === "offer" && (
            <Verdict
              agrees={result.fair}
              text={
                result.fair
                  ? w("allocationFair", { checked: result.checked })
                  : w("allocationUnfair", { skipped: result.skipped })
              }
            />
          )}
          {result.kind === "appeal" && (
            <>
              <Verdict
                agrees={result.agrees}
                text={w(result.agrees ? "deadlineAgrees" : "deadlineDiffers")}
              />
              <dl className="facts card card-chain">
                <dt>{w("storedDeadline")}</dt>
                <dd>{date(result.storedDeadline)}</dd>
                <dt>{w("recomputedDeadline")}</dt>
                <dd>{date(result.recomputedDeadline)}</dd>
                <dt>{w("overdue")}</dt>
                <dd>{w(result.overdue ? "yes" : "no")}</dd>
              </dl>
            </>
          )}
        </>
      )}
      <section className="card" aria-labelledby="contracts-heading">
        <h2 id="contracts-heading">{w("contractsTitle")}</h2>
        <p>{w("contractsText")}</p>
        <form method="get" action={`/${locale}/check`} data-testid="contracts-form">
          <input type="hidden" name="contracts" value="1" />
          <button type="submit">{w("contractsCheck")}</button>
        </form>
        {contracts && <ContractsVerdict check={contracts} w={w} />}
      </section>
    </Layout>
  );
}
