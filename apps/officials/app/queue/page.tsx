import { errorMessage, format, type Locale } from "@ishonch/i18n";
import { queueAgeGroups, searchQueueApplications, searchQueueOffers } from "@ishonch/index";
import { decodeError } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { ClaimsTable } from "../../src/components/queue/ClaimsTable";
import { GroupSeatsForm } from "../../src/components/queue/GroupSeatsForm";
import { OffersTable } from "../../src/components/queue/OffersTable";
import { RelayerForm } from "../../src/components/queue/RelayerForm";
import { SeatsTable } from "../../src/components/queue/SeatsTable";
import { queuePath } from "../../src/components/queue/paths";
import type { OrganizationChoice } from "../../src/components/workspace/context";
import { parseOrganizationId } from "../../src/lib/forms";
import type { SearchParams } from "../../src/lib/list-filters";
import { messagesFor, type Messages } from "../../src/messages";
import { loadDeployment } from "../../src/server/deployment";
import { fromIndex } from "../../src/server/index-db";
import { requestLocale } from "../../src/server/locale";
import { districtChoices, kindergartensOf } from "./_server/district";
import { districtSeats } from "./_server/seats";

export const dynamic = "force-dynamic";

/** One district's queues: seats per kindergarten and group, claims, releases, allocations. */
export default async function QueuePage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = messages.queue;
  const params = await props.searchParams;
  const district = parseOrganizationId(String(params.district ?? ""));
  const districts = await districtChoices();

  return (
    <>
      <section className="panel" aria-labelledby="queue-district-heading">
        <h2 id="queue-district-heading">{m.district.label}</h2>
        {districts === null ? (
          <p className="error" role="alert">
            {messages.index.unavailable}
          </p>
        ) : districts.length === 0 ? (
          <p className="note">{m.district.none}</p>
        ) : (
          <form method="get" action={queuePath} className="search">
            <div className="field">
              <label htmlFor="queue-district">{m.district.choose}</label>
              <select id="queue-district" name="district" defaultValue={district ?? ""}>
                <option value="">{messages.form.choose}</option>
                {districts.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {`${choice.id} · ${choice.name}`}
                  </option>
                ))}
              </select>
            </div>
            <div className="actions">
              <button type="submit">{m.district.show}</button>
            </div>
          </form>
        )}
      </section>
      {district === null ? (
        <p className="note">{m.district.pick}</p>
      ) : (
        <DistrictQueues locale={locale} messages={messages} district={district} />
      )}
    </>
  );
}

async function DistrictQueues(props: { locale: Locale; messages: Messages; district: number }) {
  const { locale, messages, district } = props;
  const m = messages.queue;
  const deployment = loadDeployment();
  if (!deployment.ok) return null;
  const kindergartens: OrganizationChoice[] = (await kindergartensOf(district)) ?? [];
  const ids = kindergartens.map((kindergarten) => kindergarten.id);
  // Lists come from the index; the seats, which officers act on, from the chain.
  const [ageGroups, claims, offers] = await Promise.all([
    fromIndex((db) => queueAgeGroups(db)),
    fromIndex((db) =>
      searchQueueApplications(db, { district, claimStatus: "Pending", status: "Active" }),
    ),
    fromIndex(async (db) =>
      (await Promise.all(ids.map((kindergarten) => searchQueueOffers(db, { kindergarten }))))
        .flat()
        .sort((a, b) => b.id - a.id),
    ),
  ]);
  const contracts = connectReader(deployment.deployment);
  let chain;
  try {
    const seats = await districtSeats(contracts, kindergartens, ageGroups ?? []);
    const block = await contracts.kindergartenQueue.runner!.provider!.getBlock(seats.blockNumber);
    chain = { seats, chainTime: new Date((block?.timestamp ?? 0) * 1000) };
  } catch (error) {
    return (
      <p className="error" role="alert">
        {format(m.chainUnavailable, { reason: errorMessage(locale, decodeError(error)) })}
      </p>
    );
  }
  const { seats, chainTime } = chain;
  const groups = ageGroups ?? [];

  return (
    <>
      <section className="panel" aria-labelledby="queue-seats-heading">
        <h2 id="queue-seats-heading">
          {m.seats.heading}{" "}
          <span className="badge chain">
            {format(m.seats.source, { block: seats.blockNumber })}
          </span>
        </h2>
        <SeatsTable messages={messages} ageGroups={groups} kindergartens={seats.kindergartens} />
      </section>
      <div className="grid three">
        <GroupSeatsForm purpose="capacity" kindergartens={kindergartens} ageGroups={groups} />
        <GroupSeatsForm purpose="release" kindergartens={kindergartens} ageGroups={groups} />
        <RelayerForm district={district} />
      </div>
      <section className="panel" aria-labelledby="queue-claims-heading">
        <h2 id="queue-claims-heading">
          {m.claims.heading} <span className="badge index">{messages.index.badge}</span>
        </h2>
        {claims === null ? (
          <IndexUnavailable messages={messages} />
        ) : (
          <ClaimsTable locale={locale} messages={messages} claims={claims.items} />
        )}
      </section>
      <section className="panel" aria-labelledby="queue-offers-heading">
        <h2 id="queue-offers-heading">
          {m.offers.heading} <span className="badge index">{messages.index.badge}</span>
        </h2>
        {offers === null ? (
          <IndexUnavailable messages={messages} />
        ) : (
          <OffersTable locale={locale} messages={messages} offers={offers} chainTime={chainTime} />
        )}
      </section>
    </>
  );
}

function IndexUnavailable({ messages }: { messages: Messages }) {
  return (
    <p className="error" role="alert">
      {messages.index.unavailable}
    </p>
  );
}
