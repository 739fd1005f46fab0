/** Which age group a child belongs to at the wanted start date (the contract's rule). */

/** An age group as the contract defines it: [minMonths, maxMonths) at the start date. */
export interface AgeGroupRange {
  id: number;
  minMonths: number;
  maxMonths: number;
}

/** Whole months of age on `on` (a child born on 31 Jan is one month old on 28/29 Feb). */
export function ageInMonths(birthDate: Date, on: Date): number {
  let months =
    (on.getUTCFullYear() - birthDate.getUTCFullYear()) * 12 +
    (on.getUTCMonth() - birthDate.getUTCMonth());
  const lastDayOfMonth = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() + 1, 0));
  const birthdayThisMonth = Math.min(birthDate.getUTCDate(), lastDayOfMonth.getUTCDate());
  if (on.getUTCDate() < birthdayThisMonth) months -= 1;
  return months;
}

/** The group whose range holds the child's age at the start date, or null if none does. */
export function ageGroupFor(
  groups: readonly AgeGroupRange[],
  birthDate: Date,
  startDate: Date,
): AgeGroupRange | null {
  const months = ageInMonths(birthDate, startDate);
  return groups.find((group) => months >= group.minMonths && months < group.maxMonths) ?? null;
}
