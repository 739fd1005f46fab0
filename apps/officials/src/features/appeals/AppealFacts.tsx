import { appealStatusWords, format, formatDateTime, wordsIn, type Locale } from "@ishonch/i18n";
import type { AppealView } from "@ishonch/sdk";
import { appealTypeText } from "./appeal-type";
import { deadlineStanding } from "./deadline";
import { DeadlineText } from "./DeadlineText";
import { appealPath } from "./paths";
import { appealWords } from "./words";

/** One appeal's record as the chain states it now, for an officer. */
export function AppealFacts({
  appeal,
  holderName,
  agencyId,
  locale,
}: {
  appeal: AppealView;
  holderName: string | null;
  /** The agency the officer acts for (kept in links to related appeals). */
  agencyId: number | null;
  locale: Locale;
}) {
  const m = wordsIn(locale, appealWords).detail;
  const when = (date: Date | null) => (date ? formatDateTime(locale, date) : m.none);
  const standing = deadlineStanding(appeal.deadline, appeal.chainTime, appeal.answeredAt !== null);
  return (
    <dl className="facts" data-testid="appeal-facts">
      <dt>{m.type}</dt>
      <dd>{appealTypeText(locale, appeal.appealType)}</dd>
      <dt>{m.status}</dt>
      <dd data-testid="appeal-status">{appealStatusWords[appeal.status][locale]}</dd>
      <dt>{m.holder}</dt>
      <dd data-testid="appeal-holder">
        {holderName ? `${appeal.agencyId} · ${holderName}` : appeal.agencyId}
      </dd>
      <dt>{m.registered}</dt>
      <dd>{when(appeal.registeredAt)}</dd>
      <dt>{m.received}</dt>
      <dd>{when(appeal.receivedAt)}</dd>
      <dt>{m.deadline}</dt>
      <dd data-testid="appeal-deadline">
        {when(appeal.deadline)} <DeadlineText standing={standing} locale={locale} />
      </dd>
      <dt>{m.answered}</dt>
      <dd>{when(appeal.answeredAt)}</dd>
      <dt>{m.forwards}</dt>
      <dd>{format(m.times, { count: appeal.forwardCount })}</dd>
      <dt>{m.extraChecking}</dt>
      <dd>{appeal.extraChecking ? m.yes : m.no}</dd>
      <dt>{m.extended}</dt>
      <dd>{appeal.extended ? m.yes : m.no}</dd>
      <dt>{m.rating}</dt>
      <dd>{appeal.rating ? format(m.ratingOf, { rating: appeal.rating }) : m.none}</dd>
      {appeal.escalatedFrom !== null && (
        <>
          <dt>{m.escalatedFrom}</dt>
          <dd>
            <a href={appealPath(appeal.escalatedFrom, agencyId)}>№ {appeal.escalatedFrom}</a>
          </dd>
        </>
      )}
      {appeal.escalatedTo !== null && (
        <>
          <dt>{m.escalatedTo}</dt>
          <dd>№ {appeal.escalatedTo}</dd>
        </>
      )}
    </dl>
  );
}
