/** Organization ids as the registry numbers them: 1 to 2^32 - 1 (a uint32), written in decimal. */
const MAX_ORGANIZATION_ID = 2 ** 32 - 1;

/** The id in a URL, or null for anything that cannot be an organization (then: not found). */
export function parseOrganizationId(param: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(param)) return null;
  const id = Number(param);
  return id <= MAX_ORGANIZATION_ID ? id : null;
}
