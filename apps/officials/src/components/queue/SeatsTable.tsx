import Link from "next/link";
import type { Messages } from "../../messages";
import { ageGroupLabel, type AgeGroupOption } from "./labels";
import type { QueueCounters } from "@ishonch/sdk";
import type { OrganizationChoice } from "../workspace/context";
import { auditPath } from "./paths";

interface Props {
  messages: Messages;
  ageGroups: AgeGroupOption[];
  kindergartens: { kindergarten: OrganizationChoice; queues: QueueCounters[] }[];
}

/** Each kindergarten's groups with capacity, vacant, offered, enrolled and waiting seats. */
export function SeatsTable({ messages, ageGroups, kindergartens }: Props) {
  const m = messages.queue.seats;
  const groupById = new Map(ageGroups.map((group) => [group.id, group]));
  if (kindergartens.length === 0) return <p className="note">{m.noKindergartens}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="queue-seats">
        <thead>
          <tr>
            <th scope="col">{m.kindergarten}</th>
            <th scope="col">{m.ageGroup}</th>
            <th scope="col">{m.capacity}</th>
            <th scope="col">{m.vacant}</th>
            <th scope="col">{m.offered}</th>
            <th scope="col">{m.enrolled}</th>
            <th scope="col">{m.waiting}</th>
            <th scope="col">{m.audit}</th>
          </tr>
        </thead>
        <tbody>
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
                      <td>{group ? ageGroupLabel(messages.queue, group) : queue.ageGroup}</td>
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
        </tbody>
      </table>
    </div>
  );
}
