import Link from "next/link";
import { errorMessage, format, wordsIn, type Locale } from "@ishonch/i18n";
import { decodeError, getOrganization } from "@ishonch/sdk";
import { connectPinnedReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../shared/server/deployment";
import type { SearchParams } from "../../shared/server/lists";
import { requestLocale } from "../../shared/server/locale";
import { FilterInput } from "../../shared/ui/filters";
import { parseOrganizationId } from "../../shared/ui/forms";
import { AuditTable } from "./AuditTable";
import { districtPath } from "./paths";
import { auditQueueOnChain, type QueueAuditReport } from "./server/audit";
import { queueWords } from "./words";

/** An age group id from the address: 0 to 255. */
function parseAgeGroup(input: string): number | null {
  if (!/^[0-9]{1,3}$/.test(input)) return null;
  const value = Number(input);
  return value <= 255 ? value : null;
}

/** The audit of one (kindergarten, age group) queue, read from the chain alone. */
export async function AuditPage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const queue = wordsIn(locale, queueWords);
  const m = queue.audit;
  const params = await props.searchParams;
  const kindergarten = parseOrganizationId(String(params.kindergarten ?? ""));
  const ageGroup = parseAgeGroup(String(params.ageGroup ?? ""));
  const deployment = loadDeployment();
  if (!deployment.ok) return null;

  let report: QueueAuditReport | null = null;
  let district: number | null = null;
  let failure: string | null = null;
  if (kindergarten !== null && ageGroup !== null) {
    try {
      const { contracts, blockNumber } = await connectPinnedReader(deployment.deployment);
      [report, district] = await Promise.all([
        auditQueueOnChain(contracts, kindergarten, ageGroup, blockNumber),
        getOrganization(contracts, kindergarten).then((organization) => organization.parentId),
      ]);
    } catch (error) {
      failure = format(queue.chainUnavailable, {
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
          <Link href={districtPath(district)}>{queue.backQueue}</Link>
        </p>
      )}
      <p className="note">{m.intro}</p>
      <form method="get" className="search" aria-label={m.choose}>
        {[
          { name: "kindergarten", label: queue.seats.kindergarten, value: kindergarten },
          { name: "ageGroup", label: queue.seats.ageGroup, value: ageGroup },
        ].map((field) => (
          <FilterInput
            key={field.name}
            type="text"
            numeric
            {...field}
            value={field.value ?? undefined}
          />
        ))}
        <div className="actions">
          <button type="submit">{m.show}</button>
        </div>
      </form>
      {failure !== null && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      {report !== null && <AuditReport locale={locale} report={report} />}
    </section>
  );
}

function AuditReport({ locale, report }: { locale: Locale; report: QueueAuditReport }) {
  const m = wordsIn(locale, queueWords).audit;
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
      <AuditTable locale={locale} rows={report.rows} />
    </>
  );
}
