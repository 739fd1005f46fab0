/** The two lists of the appeals page: the agency's own inbox, and complaints escalated to it. */
export const appealQueues = ["inbox", "escalations"] as const;
export type AppealQueue = (typeof appealQueues)[number];

/** The appeals page of one agency and queue. */
export function appealsPath(agencyId: number, queue: AppealQueue): string {
  const query = new URLSearchParams({ agency: String(agencyId) });
  if (queue !== "inbox") query.set("queue", queue);
  return `/appeals?${query.toString()}`;
}

/** One appeal, opened for the agency the officer acts for (where it returns to). */
export function appealPath(id: number, agencyId: number | null): string {
  return agencyId === null ? `/appeals/${id}` : `/appeals/${id}?agency=${agencyId}`;
}

/** The queue named by a query parameter; the inbox for anything else. */
export function parseQueue(value: string | string[] | undefined): AppealQueue {
  const text = Array.isArray(value) ? value[0] : value;
  return (appealQueues as readonly string[]).includes(text ?? "") ? (text as AppealQueue) : "inbox";
}
