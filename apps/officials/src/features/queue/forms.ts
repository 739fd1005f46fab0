import type { queueWords } from "./words";

/** A problem with one queue form field: the words' key and the values they name. */
export interface QueueFieldProblem {
  key: keyof typeof queueWords.validation;
  values?: Record<string, number>;
}

export type QueueParsed<T, Field extends string> =
  { ok: true; value: T } | { ok: false; problems: Partial<Record<Field, QueueFieldProblem>> };

/** Most seats a group can have: the contract keeps capacities in 16 bits. */
export const MAX_GROUP_SEATS = 65_535;

export interface GroupInput {
  kindergarten: string;
  ageGroup: string;
  seats: string;
}

export interface GroupValue {
  kindergarten: number;
  ageGroup: number;
  seats: number;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^[0-9]{1,6}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

/**
 * The capacity and release forms: a kindergarten, an age group, and a number of seats
 * (0 allowed for a capacity, which closes the group; a release frees at least one).
 */
export function parseGroupForm(
  input: GroupInput,
  purpose: "capacity" | "release",
): QueueParsed<GroupValue, keyof GroupInput> {
  const problems: Partial<Record<keyof GroupInput, QueueFieldProblem>> = {};
  const kindergarten = wholeNumber(input.kindergarten, 1, 0xffffffff);
  if (kindergarten === null) problems.kindergarten = { key: "kindergartenRequired" };
  const ageGroup = wholeNumber(input.ageGroup, 0, 255);
  if (input.ageGroup.trim() === "" || ageGroup === null) {
    problems.ageGroup = { key: "ageGroupRequired" };
  }
  const min = purpose === "capacity" ? 0 : 1;
  const seats = wholeNumber(input.seats, min, MAX_GROUP_SEATS);
  if (seats === null) {
    problems.seats = {
      key: purpose === "capacity" ? "capacityInvalid" : "seatsInvalid",
      values: { max: MAX_GROUP_SEATS },
    };
  }
  if (kindergarten === null || ageGroup === null || seats === null || problems.ageGroup) {
    return { ok: false, problems };
  }
  return { ok: true, value: { kindergarten, ageGroup, seats } };
}
