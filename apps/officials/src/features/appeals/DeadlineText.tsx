import { format, wordsIn, type Locale } from "@ishonch/i18n";
import styles from "./appeals.module.css";
import type { DeadlineStanding } from "./deadline";
import { appealWords } from "./words";

/** The time left to the deadline, or how long it is overdue, with the overdue badge. */
export function DeadlineText({ standing, locale }: { standing: DeadlineStanding; locale: Locale }) {
  const words = wordsIn(locale, appealWords);
  const m = words.table;
  switch (standing.kind) {
    case "answered":
      return null;
    case "left":
      return <>{format(m.daysLeft, { days: standing.days })}</>;
    case "overdue":
      return (
        <>
          <span className={styles.overdueBadge} data-testid="overdue">
            {words.overdue}
          </span>{" "}
          {format(m.overdueBy, { days: standing.days })}
        </>
      );
  }
}
