import Link from "next/link";
import { appealErrorMessage, format } from "@ishonch/i18n";
import { appealInbox, getOrganizationRow } from "@ishonch/index";
import { chainNow } from "@ishonch/sdk";
import { AgencyPicker } from "../../src/components/appeals/AgencyPicker";
import { AppealInbox } from "../../src/components/appeals/AppealInbox";
import styles from "../../src/components/appeals/appeals.module.css";
import { appealQueues, appealsPath, parseQueue } from "../../src/components/appeals/paths";
import { connectReader } from "@ishonch/sdk/node";
import { parseOrganizationId } from "../../src/lib/forms";
import type { SearchParams } from "../../src/lib/list-filters";
import { messagesFor } from "../../src/messages";
import { loadDeployment } from "../../src/server/deployment";
import { fromIndex } from "../../src/server/index-db";
import { requestLocale } from "../../src/server/locale";

export const dynamic = "force-dynamic";

/**
 * The inbox, or the escalation queue, of the agency named by `?agency=`: rows from the
 * index, overdue decided by the chain's time read now.
 */
export default async function AppealsPage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = messages.appeals;
  const params = await props.searchParams;
  const agencyId = parseOrganizationId(String(params.agency ?? ""));
  const queue = parseQueue(params.queue);
  const deployment = loadDeployment();
  const picker = <AgencyPicker agencyId={agencyId} queue={queue} />;
  if (agencyId === null || !deployment.ok) {
    return (
      <>
        {picker}
        <p className="note">{m.table.chooseAgency}</p>
      </>
    );
  }

  let now: Date;
  try {
    const { time } = await chainNow(connectReader(deployment.deployment));
    now = new Date(time * 1000);
  } catch (error) {
    return (
      <>
        {picker}
        <p className="error" role="alert">
          {appealErrorMessage(locale, error)}
        </p>
      </>
    );
  }
  const [agency, result] = await Promise.all([
    fromIndex((db) => getOrganizationRow(db, agencyId)),
    fromIndex((db) => appealInbox(db, { agencyId, now, escalationsOnly: queue === "escalations" })),
  ]);
  const agencyName = agency ? `${agency.id} · ${agency.name}` : String(agencyId);

  return (
    <>
      {picker}
      <section className="panel" aria-labelledby="appeals-queue-heading">
        <ul className={styles.queues}>
          {appealQueues.map((option) => (
            <li key={option}>
              <Link
                href={appealsPath(agencyId, option)}
                aria-current={option === queue ? "page" : undefined}
              >
                {m.queues[option]}
              </Link>
            </li>
          ))}
        </ul>
        <h2 id="appeals-queue-heading">
          {format(queue === "inbox" ? m.queues.inboxHeading : m.queues.escalationsHeading, {
            agency: agencyName,
          })}{" "}
          <span className="badge index">{messages.index.badge}</span>
        </h2>
        {queue === "escalations" && <p className="note">{m.queues.escalationsNote}</p>}
        {result === null ? (
          <p className="error" role="alert">
            {m.table.unavailable}
          </p>
        ) : (
          <AppealInbox
            agencyId={agencyId}
            result={result}
            chainNow={now}
            locale={locale}
            messages={m}
          />
        )}
      </section>
    </>
  );
}
