import type { AppealStatusName } from "@ishonch/sdk";

/** Statuses in which the holding agency still owes an answer (as the contract has them). */
const awaitingAnswer: readonly AppealStatusName[] = [
  "Registered",
  "InReview",
  "Forwarded",
  "Extended",
  "Overdue",
];

export function awaitsAnswer(status: AppealStatusName): boolean {
  return awaitingAnswer.includes(status);
}
