import { format, wordsIn, type InLocale } from "@ishonch/i18n";
import { DataTable } from "@ishonch/web/DataTable";
import { Facts, Hash } from "../../shared/ui/Facts.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { StatusBadge } from "../../shared/ui/StatusBadge.tsx";
import { RecordFacts } from "./RecordFacts.tsx";
import type { IndexFactsView, OrganizationView } from "./view-models.ts";
import { organizationWords } from "./words.ts";

type OrganizationText = InLocale<typeof organizationWords>["organization"];

function BehindNote(props: {
  behind: { indexBlock: string; chainBlock: string } | null;
  o: OrganizationText;
}) {
  return props.behind ? <p className="muted">{format(props.o.indexBehind, props.behind)}</p> : null;
}

function IndexFacts({ index, o }: { index: IndexFactsView; o: OrganizationText }) {
  switch (index.kind) {
    case "unavailable":
      return <p className="notice notice-warning">{o.indexUnavailable}</p>;
    case "notIndexed":
      return (
        <>
          <p className="notice notice-warning" data-testid="not-indexed">
            {o.notIndexed}
          </p>
          <BehindNote behind={index.behind} o={o} />
        </>
      );
    case "indexed":
      return (
        <>
          {index.differences.length > 0 && (
            <div className="notice notice-warning" data-testid="index-mismatch">
              <h3>{o.mismatchTitle}</h3>
              <p>{o.mismatchText}</p>
              <DataTable className="differences" columns={[null, o.chainValue, o.indexValue]}>
                {index.differences.map((difference) => (
                  <tr key={difference.field}>
                    <th scope="row">{o.fields[difference.field]}</th>
                    <td>{difference.chain}</td>
                    <td>{difference.index}</td>
                  </tr>
                ))}
              </DataTable>
              <BehindNote behind={index.behind} o={o} />
            </div>
          )}
          <Facts
            facts={[
              {
                label: o.registrationTx,
                value: <Hash testId="registration-tx">{index.txHash}</Hash>,
              },
              { label: o.registrationBlock, value: index.blockNumber },
              { label: o.staffCount, value: index.staffRoles, testId: "staff-count" },
            ]}
          />
        </>
      );
  }
}

/** One organization: its record read from the chain, what the index says next to it. */
export function OrganizationPage(view: OrganizationView) {
  const { locale } = view.frame;
  const words = wordsIn(locale, organizationWords);
  const o = words.organization;
  const back = (
    <p>
      <a href={view.directoryHref}>{o.back}</a>
    </p>
  );
  switch (view.kind) {
    case "verified":
      return (
        <Layout frame={view.frame} title={view.record.name} back={back}>
          <p>
            <StatusBadge status={view.record.status} />
          </p>
          <section className="card card-chain" aria-labelledby="chain-heading">
            <h2 id="chain-heading">{o.chainHeading}</h2>
            <p className="verified" data-testid="chain-verified" data-block={view.blockNumber}>
              <span aria-hidden="true">✓ </span>
              {format(o.verifiedAt, { block: view.blockNumber })}
            </p>
            <RecordFacts record={view.record} locale={locale} />
            <Facts
              facts={[
                {
                  label: o.contract,
                  value: <Hash testId="registry-address">{view.contract}</Hash>,
                },
                { label: o.chainId, value: view.chainId },
              ]}
            />
            <p className="muted">{format(o.howToCheck, { id: view.record.id })}</p>
          </section>
          <section className="card card-index" aria-labelledby="index-heading">
            <h2 id="index-heading">{o.indexHeading}</h2>
            <p className="muted">{o.fromIndex}</p>
            <IndexFacts index={view.index} o={o} />
          </section>
        </Layout>
      );
    case "notFound":
      return (
        <Layout frame={view.frame} title={words.notFound.title}>
          <p className="notice" data-testid="organization-not-found">
            {format(words.notFound.text, { id: view.id })}
          </p>
          {view.listedByIndex && (
            <p className="notice notice-warning">{words.notFound.listedByIndex}</p>
          )}
          {back}
        </Layout>
      );
    case "chainUnavailable":
      return (
        <Layout frame={view.frame} title={format(o.title, { id: view.id })} back={back}>
          <div className="notice notice-error" data-testid="chain-unavailable">
            <h2>{o.chainUnavailableTitle}</h2>
            <p>{o.chainUnavailable}</p>
          </div>
          {view.indexed && (
            <section className="card card-index">
              <h2>{o.unverifiedIndexData}</h2>
              <RecordFacts record={view.indexed} locale={locale} />
            </section>
          )}
        </Layout>
      );
    case "failure":
      return (
        <Layout frame={view.frame} title={words.failure.title} back={back}>
          <p className="notice notice-error">{view.message}</p>
        </Layout>
      );
  }
}
