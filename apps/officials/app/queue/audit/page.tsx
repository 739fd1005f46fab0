import { errorMessage, format, type Locale } from "@ishonch/i18n";
import { decodeError } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import Link from "next/link";
import { AuditTable } from "../../../src/components/queue/AuditTable";
import { districtPath } from "../../../src/components/queue/paths";
import { parseOrganizationId } from "../../../src/lib/forms";
import type { SearchParams } from "../../../src/lib/list-filters";
import { messagesFor, type Messages } from "../../../src/messages";
import { loadDeployment } from "../../../src/server/deployment";
import { requestLocale } from "../../../src/server/locale";
import { auditQueueOnChain, type QueueAuditReport } from "../_server/audit";
import { getOrganization } from "@ishonch/sdk";

export const dynamic = "force-dynamic";

/** An age group id from the address: 0 to 255. */
function parseAgeGroup(input: string): number | null {
  if (!/^[0-9]{1,3}$/.test(input)) return null;
  const value = Number(input);
  return value <= 255 ? value : null;
}

/** The audit of one (kindergarten, age group) queue, read from the chain alone. */
export default async function QueueAuditPage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = messages.queue.audit;
  const params = await props.searchParams;
  const kindergarten = parseOrganizationId(String(params.kindergarten ?? ""));
  const ageGroup = parseAgeGroup(String(params.ageGroup ?? ""));
  const deployment = loadDeployment();
  if (!deployment.ok) return null;

  let report: QueueAuditReport | null = null;
  let district: number | null = null;
  let failure: string | null = null;
  if (kindergarten !== null && ageGroup !== null) {
    const contracts = connectReader(deployment.deployment);
    try {
      [report, district] = await Promise.all([
        auditQueueOnChain(contracts, kindergarten, ageGroup),
        getOrganization(contracts, kindergarten).then((organization) => organization.parentId),
      ]);
    } catch (error) {
      failure = format(messages.queue.chainUnavailable, {
        reason: errorMessage(locale, decodeError(error)),
      });
    }
  }

  return (
    <section className="panel" aria-labelledby="queue-audit-heading">
      <h2 id="queue-audit-heading">
        {m.heading}
        {kindergarten !== null && ageGroup !== null ? ` · ${kindergarten} / ${ageGroup}` : ""}
        {report && (
          <span className="badge chain">{format(m.source, { block: report.blockNumber })}</span>
        )}
      </h2>
      {district !== null && (
        <p>
          <Link href={districtPath(district)}>{messages.queue.backQueue}</Link>
        </p>
      )}
      <p className="note">{m.intro}</p>
      <form method="get" className="search" aria-label={m.choose}>
        <div className="field">
          <label htmlFor="audit-kindergarten">{messages.queue.seats.kindergarten}</label>
          <input
            id="audit-kindergarten"
            name="kindergarten"
            inputMode="numeric"
            defaultValue={kindergarten ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-age-group">{messages.queue.seats.ageGroup}</label>
          <input
            id="audit-age-group"
            name="ageGroup"
            inputMode="numeric"
            defaultValue={ageGroup ?? ""}
          />
        </div>
        <div className="actions">
          <button type="submit">{m.show}</button>
        </div>
      </form>
      {failure !== null && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      {report !== null && <AuditReport locale={locale} messages={messages} report={report} />}
    </section>
  );
}

function AuditReport(props: { locale: Locale; messages: Messages; report: QueueAuditReport }) {
  const { locale, messages, report } = props;
  const m = messages.queue.audit;
  if (report.counters.capacity === 0 && report.counters.lastSeq === 0) {
    return <p className="note">{m.unknownQueue}</p>;
  }
  if (report.rows.length === 0) return <p className="note">{m.empty}</p>;
  return (
    <>
      <p
        className={report.problems === 0 ? "success" : "error"}
        role="status"
        data-testid="audit-verdict"
      >
        {report.problems === 0
          ? format(m.verdictOk, { members: report.rows.length, offers: report.offersChecked })
          : format(m.verdictBad, { count: report.problems })}
      </p>
      {report.counters.lastSeq > report.rows.length && (
        <p className="note">
          {format(m.truncated, { shown: report.rows.length, total: report.counters.lastSeq })}
        </p>
      )}
      <AuditTable locale={locale} messages={messages} rows={report.rows} />
    </>
  );
}
