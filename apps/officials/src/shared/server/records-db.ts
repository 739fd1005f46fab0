import { sharedRecords, type RecordsDatabase } from "@ishonch/records";

/**
 * Runs a read or write on the records; null when the records cannot be reached, so that a
 * page can say so instead of failing.
 */
export async function fromRecords<T>(
  work: (records: RecordsDatabase) => Promise<T>,
): Promise<T | null> {
  try {
    return await work(await sharedRecords());
  } catch (error) {
    console.error("officials: records query failed:", error);
    return null;
  }
}
