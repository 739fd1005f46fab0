/**
 * Waits until the index has processed `block` (the block of a transaction's receipt), so
 * that lists re-read after a write show it. Returns false if it did not within the time.
 */
export async function waitForIndex(
  block: number,
  readHead: () => Promise<number | null>,
  options: { intervalMs?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  const { intervalMs = 500, timeoutMs = 60_000, signal } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (signal?.aborted) return false;
    const head = await readHead().catch(() => null);
    if (head !== null && head >= block) return true;
    if (Date.now() + intervalMs > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
