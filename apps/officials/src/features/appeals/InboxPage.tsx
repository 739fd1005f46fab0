import Link from "next/link";
import { appealErrorMessage, format, wordsIn } from "@ishonch/i18n";
import { appealInbox, getOrganizationRow } from "@ishonch/index";
import { chainNow } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../shared/server/deployment";
import { fromIndex } from "../../shared/server/index-db";
import type { SearchParams } from "../../shared/server/lists";
import { requestLocale } from "../../shared/server/locale";
import { parseOrganizationId } from "../../shared/ui/forms";
import { sharedWords } from "../../shared/ui/words";
import { AgencyPicker } from "./AgencyPicker";
import { AppealInbox } from "./AppealInbox";
import styles from "./appeals.module.css";
import { appealQueues, appealsPath, parseQueue } from "./paths";
import { appealWords } from "./words";

/**
 * The inbox, or the escalation queue, of the agency named by `?agency=`: rows from the
 * index, overdue decided by the chain's time read now.
 */
export async function InboxPage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const m = wordsIn(locale, appealWords);
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
          <span className="badge index">{wordsIn(locale, sharedWords).index.badge}</span>
        </h2>
        {queue === "escalations" && <p className="note">{m.queues.escalationsNote}</p>}
        {result === null ? (
          <p className="error" role="alert">
            {m.table.unavailable}
          </p>
        ) : (
          <AppealInbox agencyId={agencyId} result={result} chainNow={now} locale={locale} />
        )}
      </section>
    </>
  );
}
