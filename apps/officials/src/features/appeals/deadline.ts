/**
 * Where an appeal stands against its legal deadline, by the chain's clock (never the
 * browser's or the server's: the contract decides overdue from `block.timestamp`, and on a
 * test chain the two differ).
 */
export type DeadlineStanding =
  { kind: "answered" } | { kind: "left"; days: number } | { kind: "overdue"; days: number };

const dayMs = 86_400_000;

/**
 * `answered`: the appeal no longer waits for an answer (answered, escalated or closed).
 * Overdue as the contract has it: strictly after the deadline second. Days are started
 * days of 86,400 s, so that an appeal filed now shows the law's "15 days" left.
 */
export function deadlineStanding(
  deadline: Date,
  chainNow: Date,
  answered: boolean,
): DeadlineStanding {
  if (answered) return { kind: "answered" };
  const remaining = deadline.getTime() - chainNow.getTime();
  if (remaining < 0) return { kind: "overdue", days: Math.max(1, Math.ceil(-remaining / dayMs)) };
  return { kind: "left", days: Math.max(1, Math.ceil(remaining / dayMs)) };
}
