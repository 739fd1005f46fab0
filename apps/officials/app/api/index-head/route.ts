import { indexedBlock } from "../../../src/shared/server/index-db";

export const dynamic = "force-dynamic";

/** The last block the index has processed: polled after a write until it reaches the receipt. */
export async function GET(): Promise<Response> {
  return Response.json(
    { blockNumber: await indexedBlock() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
