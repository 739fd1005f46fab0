/** Where the index's copy of an organization differs from the chain's record. */
/** The fields both sources hold. */
export const comparedFields = ["name", "orgType", "region", "status", "parentId"] as const;
export type ComparedField = (typeof comparedFields)[number];

/** The compared fields, as both the SDK's Organization and the index's row hold them. */
export interface IndexedRecord {
  name: string;
  orgType: string;
  region: string;
  status: string;
  parentId: number | null;
}

/**
 * The fields on which the index disagrees with the chain, in display order. The chain is
 * the authority; a difference means the index is behind or wrong, and the page says so.
 */
export function recordDifferences(chain: IndexedRecord, index: IndexedRecord): ComparedField[] {
  return comparedFields.filter((field) => chain[field] !== index[field]);
}
