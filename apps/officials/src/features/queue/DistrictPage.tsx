import { errorMessage, format, wordsIn, type Locale } from "@ishonch/i18n";
import { queueAgeGroups, searchQueueApplications, searchQueueOffers } from "@ishonch/index";
import { decodeError } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../shared/server/deployment";
import { fromIndex } from "../../shared/server/index-db";
import type { SearchParams } from "../../shared/server/lists";
import { requestLocale } from "../../shared/server/locale";
import { parseOrganizationId } from "../../shared/ui/forms";
import { IndexPanel } from "../../shared/ui/IndexPanel";
import type { OrganizationChoice } from "../../shared/ui/OrganizationOptions";
import { sharedWords } from "../../shared/ui/words";
import { ClaimsTable } from "./ClaimsTable";
import { GroupSeatsForm } from "./GroupSeatsForm";
import { OffersTable } from "./OffersTable";
import { queuePath } from "./paths";
import { RelayerForm } from "./RelayerForm";
import { SeatsTable } from "./SeatsTable";
import { districtChoices, kindergartensOf } from "./server/district";
import { districtSeats } from "./server/seats";
import { queueWords } from "./words";

/** One district's queues: seats per kindergarten and group, claims, releases, allocations. */
export async function DistrictPage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const shared = wordsIn(locale, sharedWords);
  const m = wordsIn(locale, queueWords);
  const params = await props.searchParams;
  const district = parseOrganizationId(String(params.district ?? ""));
  const districts = await districtChoices();

  return (
    <>
      <section className="panel" aria-labelledby="queue-district-heading">
        <h2 id="queue-district-heading">{m.district.label}</h2>
        {districts === null ? (
          <p className="error" role="alert">
            {shared.index.unavailable}
          </p>
        ) : districts.length === 0 ? (
          <p className="note">{m.district.none}</p>
        ) : (
          <form method="get" action={queuePath} className="search">
            <div className="field">
              <label htmlFor="queue-district">{m.district.choose}</label>
              <select id="queue-district" name="district" defaultValue={district ?? ""}>
                <option value="">{shared.form.choose}</option>
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
        <DistrictQueues locale={locale} district={district} />
      )}
    </>
  );
}

async function DistrictQueues({ locale, district }: { locale: Locale; district: number }) {
  const m = wordsIn(locale, queueWords);
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
        <SeatsTable locale={locale} ageGroups={groups} kindergartens={seats.kindergartens} />
      </section>
      <div className="grid three">
        <GroupSeatsForm purpose="capacity" kindergartens={kindergartens} ageGroups={groups} />
        <GroupSeatsForm purpose="release" kindergartens={kindergartens} ageGroups={groups} />
        <RelayerForm district={district} />
      </div>
      <IndexPanel
        locale={locale}
        id="queue-claims-heading"
        heading={m.claims.heading}
        rows={claims}
      >
        {(found) => <ClaimsTable locale={locale} claims={found.items} />}
      </IndexPanel>
      <IndexPanel
        locale={locale}
        id="queue-offers-heading"
        heading={m.offers.heading}
        rows={offers}
      >
        {(found) => <OffersTable locale={locale} offers={found} chainTime={chainTime} />}
      </IndexPanel>
    </>
  );
}
