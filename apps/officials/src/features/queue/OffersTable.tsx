import { formatDateTime, queueOfferStatusWords, wordsIn, type Locale } from "@ishonch/i18n";
import type { QueueOfferRow } from "@ishonch/index";
import type { OfferStatusName } from "@ishonch/sdk";
import { DataTable } from "../../shared/ui/DataTable";
import { tierLabel } from "./labels";
import { PassOnOffer } from "./PassOnOffer";
import { queueWords } from "./words";

/**
 * The district's allocations: every offer with its status and answer deadline; a pending
 * offer past its deadline (chain time) can be passed to the next child from here.
 */
export function OffersTable(props: {
  locale: Locale;
  offers: QueueOfferRow[];
  /** Chain time of the block the page was read at. */
  chainTime: Date;
}) {
  const { locale } = props;
  const queue = wordsIn(locale, queueWords);
  const m = queue.offers;
  if (props.offers.length === 0) return <p className="note">{m.empty}</p>;
  return (
    <DataTable
      testId="queue-offers"
      columns={[m.offer, m.application, m.kindergarten, m.ageGroup, m.order, m.status, m.expiresAt]}
    >
      {props.offers.map((offer) => {
        const expired = offer.status === "Pending" && offer.expiresAt < props.chainTime;
        return (
          <tr key={offer.id} data-testid={`offer-${offer.id}`}>
            <th scope="row">{offer.id}</th>
            <td data-testid="offer-application">{offer.application}</td>
            <td>{offer.kindergarten}</td>
            <td>{offer.ageGroup}</td>
            <td>{`${tierLabel(queue, offer.tier)}, #${offer.seq}`}</td>
            <td data-testid="offer-status">
              {queueOfferStatusWords[offer.status as OfferStatusName][locale]}
            </td>
            <td>
              {formatDateTime(locale, offer.expiresAt)}
              {expired && (
                <>
                  {` (${m.expired}) `}
                  <PassOnOffer offerId={offer.id} />
                </>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
