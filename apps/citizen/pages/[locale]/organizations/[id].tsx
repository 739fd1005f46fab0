import type { GetServerSideProps, PageConfig } from "next";
import { Layout } from "../../../src/components/Layout.tsx";
import { RecordFacts } from "../../../src/components/RecordFacts.tsx";
import { StatusBadge } from "../../../src/components/StatusBadge.tsx";
import { messagesFor, type Messages } from "../../../src/i18n/messages/index.ts";
import { parseOrganizationId } from "../../../src/organization-id.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import { loadOrganization } from "../../../src/server/organization.ts";
import type { IndexFactsView, OrganizationView } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

/** Longest piece of a bad URL echoed back in a message. */
const MAX_ECHOED_ID = 24;

export const getServerSideProps: GetServerSideProps<OrganizationView> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const param = String(context.params?.id ?? "");
  const { view, status } = await loadOrganization(
    frame,
    param.slice(0, MAX_ECHOED_ID),
    parseOrganizationId(param),
  );
  context.res.statusCode = status;
  return { props: view };
};

function BehindNote({
  behind,
  m,
}: {
  behind: { indexBlock: string; chainBlock: string } | null;
  m: Messages;
}) {
  return behind ? (
    <p className="muted">{m.organization.indexBehind(behind.indexBlock, behind.chainBlock)}</p>
  ) : null;
}

function IndexFacts({ index, m }: { index: IndexFactsView; m: Messages }) {
  const o = m.organization;
  switch (index.kind) {
    case "unavailable":
      return <p className="notice notice-warning">{o.indexUnavailable}</p>;
    case "notIndexed":
      return (
        <>
          <p className="notice notice-warning" data-testid="not-indexed">
            {o.notIndexed}
          </p>
          <BehindNote behind={index.behind} m={m} />
        </>
      );
    case "indexed":
      return (
        <>
          {index.differences.length > 0 && (
            <div className="notice notice-warning" data-testid="index-mismatch">
              <h3>{o.mismatchTitle}</h3>
              <p>{o.mismatchText}</p>
              <table className="differences">
                <thead>
                  <tr>
                    <td />
                    <th scope="col">{o.chainValue}</th>
                    <th scope="col">{o.indexValue}</th>
                  </tr>
                </thead>
                <tbody>
                  {index.differences.map((difference) => (
                    <tr key={difference.field}>
                      <th scope="row">{o.fields[difference.field]}</th>
                      <td>{difference.chain}</td>
                      <td>{difference.index}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <BehindNote behind={index.behind} m={m} />
            </div>
          )}
          <dl className="facts">
            <dt>{o.registrationTx}</dt>
            <dd>
              <code className="hash" data-testid="registration-tx">
                {index.txHash}
              </code>
            </dd>
            <dt>{o.registrationBlock}</dt>
            <dd>{index.blockNumber}</dd>
            <dt>{o.staffCount}</dt>
            <dd data-testid="staff-count">{index.staffRoles}</dd>
          </dl>
        </>
      );
  }
}

export default function OrganizationPage(view: OrganizationView) {
  const m = messagesFor(view.frame.locale);
  const o = m.organization;
  const back = (
    <p>
      <a href={view.directoryHref}>{o.back}</a>
    </p>
  );
  switch (view.kind) {
    case "verified":
      return (
        <Layout frame={view.frame} title={view.record.name}>
          {back}
          <h1>{view.record.name}</h1>
          <p>
            <StatusBadge status={view.record.status} />
          </p>
          <section className="card card-chain" aria-labelledby="chain-heading">
            <h2 id="chain-heading">{o.chainHeading}</h2>
            <p className="verified" data-testid="chain-verified" data-block={view.blockNumber}>
              <span aria-hidden="true">✓ </span>
              {o.verifiedAt(view.blockNumber)}
            </p>
            <RecordFacts record={view.record} m={m} />
            <dl className="facts">
              <dt>{o.contract}</dt>
              <dd>
                <code className="hash" data-testid="registry-address">
                  {view.contract}
                </code>
              </dd>
              <dt>{o.chainId}</dt>
              <dd>{view.chainId}</dd>
            </dl>
            <p className="muted">{o.howToCheck(view.record.id)}</p>
          </section>
          <section className="card card-index" aria-labelledby="index-heading">
            <h2 id="index-heading">{o.indexHeading}</h2>
            <p className="muted">{o.fromIndex}</p>
            <IndexFacts index={view.index} m={m} />
          </section>
        </Layout>
      );
    case "notFound":
      return (
        <Layout frame={view.frame} title={m.notFound.title}>
          <h1>{m.notFound.title}</h1>
          <p className="notice" data-testid="organization-not-found">
            {m.notFound.text(view.id)}
          </p>
          {view.listedByIndex && (
            <p className="notice notice-warning">{m.notFound.listedByIndex}</p>
          )}
          {back}
        </Layout>
      );
    case "chainUnavailable":
      return (
        <Layout frame={view.frame} title={o.title(view.id)}>
          {back}
          <h1>{o.title(view.id)}</h1>
          <div className="notice notice-error" data-testid="chain-unavailable">
            <h2>{o.chainUnavailableTitle}</h2>
            <p>{o.chainUnavailable}</p>
          </div>
          {view.indexed && (
            <section className="card card-index">
              <h2>{o.unverifiedIndexData}</h2>
              <RecordFacts record={view.indexed} m={m} />
            </section>
          )}
        </Layout>
      );
    case "failure":
      return (
        <Layout frame={view.frame} title={m.failure.title}>
          {back}
          <h1>{m.failure.title}</h1>
          <p className="notice notice-error">{view.message}</p>
        </Layout>
      );
  }
}
