import { queueOfferStatusWords, type Locale } from "@ishonch/i18n";
import type { QueueOfferRow } from "@ishonch/index";
import type { OfferStatusName } from "@ishonch/sdk";
import type { Messages } from "../../messages";
import { formatDateTime } from "../../lib/dates";
import { tierLabel } from "./labels";
import { PassOnOffer } from "./PassOnOffer";

/**
 * The district's allocations: every offer with its status and answer deadline; a pending
 * offer past its deadline (chain time) can be passed to the next child from here.
 */
export function OffersTable(props: {
  locale: Locale;
  messages: Messages;
  offers: QueueOfferRow[];
  /** Chain time of the block the page was read at. */
  chainTime: Date;
}) {
  const m = props.messages.queue;
  if (props.offers.length === 0) return <p className="note">{m.offers.empty}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="queue-offers">
        <thead>
          <tr>
            <th scope="col">{m.offers.offer}</th>
            <th scope="col">{m.offers.application}</th>
            <th scope="col">{m.offers.kindergarten}</th>
            <th scope="col">{m.offers.ageGroup}</th>
            <th scope="col">{m.offers.order}</th>
            <th scope="col">{m.offers.status}</th>
            <th scope="col">{m.offers.expiresAt}</th>
          </tr>
        </thead>
        <tbody>
          {props.offers.map((offer) => {
            const expired = offer.status === "Pending" && offer.expiresAt < props.chainTime;
            return (
              <tr key={offer.id} data-testid={`offer-${offer.id}`}>
                <th scope="row">{offer.id}</th>
                <td data-testid="offer-application">{offer.application}</td>
                <td>{offer.kindergarten}</td>
                <td>{offer.ageGroup}</td>
                <td>{`${tierLabel(m, offer.tier)}, #${offer.seq}`}</td>
                <td data-testid="offer-status">
                  {queueOfferStatusWords[offer.status as OfferStatusName][props.locale]}
                </td>
                <td>
                  {formatDateTime(props.locale, offer.expiresAt)}
                  {expired && (
                    <>
                      {` (${m.offers.expired}) `}
                      <PassOnOffer offerId={offer.id} />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
