import Link from "next/link";
import { wordsIn, type Locale } from "@ishonch/i18n";
import type { QueueCounters } from "@ishonch/sdk";
import { DataTable } from "../../shared/ui/DataTable";
import type { OrganizationChoice } from "../../shared/ui/OrganizationOptions";
import { ageGroupLabel, type AgeGroupOption } from "./labels";
import { auditPath } from "./paths";
import { queueWords } from "./words";

interface Props {
  locale: Locale;
  ageGroups: AgeGroupOption[];
  kindergartens: { kindergarten: OrganizationChoice; queues: QueueCounters[] }[];
}

/** Each kindergarten's groups with capacity, vacant, offered, enrolled and waiting seats. */
export function SeatsTable({ locale, ageGroups, kindergartens }: Props) {
  const words = wordsIn(locale, queueWords);
  const m = words.seats;
  const groupById = new Map(ageGroups.map((group) => [group.id, group]));
  if (kindergartens.length === 0) return <p className="note">{m.noKindergartens}</p>;
  return (
    <DataTable
      testId="queue-seats"
      columns={[
        m.kindergarten,
        m.ageGroup,
        m.capacity,
        m.vacant,
        m.offered,
        m.enrolled,
        m.waiting,
        m.audit,
      ]}
    >
      {kindergartens.flatMap(({ kindergarten, queues }) =>
        queues.length === 0
          ? [
              <tr key={kindergarten.id}>
                <th scope="row">{`${kindergarten.id} · ${kindergarten.name}`}</th>
                <td colSpan={7}>{m.notOffered}</td>
              </tr>,
            ]
          : queues.map((queue) => {
              const group = groupById.get(queue.ageGroup);
              return (
                <tr
                  key={`${kindergarten.id}-${queue.ageGroup}`}
                  data-testid={`seats-${kindergarten.id}-${queue.ageGroup}`}
                >
                  <th scope="row">{`${kindergarten.id} · ${kindergarten.name}`}</th>
                  <td>{group ? ageGroupLabel(words, group) : queue.ageGroup}</td>
                  <td data-testid="capacity">{queue.capacity}</td>
                  <td data-testid="vacant">{queue.vacantSeats}</td>
                  <td data-testid="offered">{queue.pendingOffers}</td>
                  <td data-testid="enrolled">{queue.enrolled}</td>
                  <td data-testid="waiting">{queue.waiting}</td>
                  <td>
                    <Link href={auditPath(kindergarten.id, queue.ageGroup)}>{m.auditLink}</Link>
                  </td>
                </tr>
              );
            }),
      )}
    </DataTable>
  );
}
