/** A school name no other test run uses, in the official Uzbek form. */
export function uniqueSchoolName(): string {
  const number = Date.now() % 1_000_000;
  return `Samarqand shahar ${number}-son umumiy oʻrta taʼlim maktabi`;
}
