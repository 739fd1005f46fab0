/** The queue pages' addresses, so that links and tests agree. */
export const queuePath = "/queue";

export function districtPath(district: number): string {
  return `${queuePath}?district=${district}`;
}

export function auditPath(kindergarten: number, ageGroup: number): string {
  return `${queuePath}/audit?kindergarten=${kindergarten}&ageGroup=${ageGroup}`;
}
