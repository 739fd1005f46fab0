import { format } from "@ishonch/i18n";
import type { AppealsMessages } from "../../messages/appeals/en";
import styles from "./appeals.module.css";
import type { DeadlineStanding } from "./deadline";

/** The time left to the deadline, or how long it is overdue, with the overdue badge. */
export function DeadlineText({
  standing,
  messages,
}: {
  standing: DeadlineStanding;
  messages: AppealsMessages;
}) {
  const m = messages.table;
  switch (standing.kind) {
    case "answered":
      return null;
    case "left":
      return <>{format(m.daysLeft, { days: standing.days })}</>;
    case "overdue":
      return (
        <>
          <span className={styles.overdueBadge} data-testid="overdue">
            {messages.overdue}
          </span>{" "}
          {format(m.overdueBy, { days: standing.days })}
        </>
      );
  }
}
