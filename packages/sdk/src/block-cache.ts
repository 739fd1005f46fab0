/**
 * Answers read from the chain, kept for the block they were read at: a page asked again while
 * the chain's head has not moved gets the same answer without reading the chain again, and
 * nothing read at an older block is ever served for a newer one. Bounded: at most `capacity`
 * answers, the least recently used dropped first.
 */
export class BlockCache<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly capacity: number = 256) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError("a block cache holds at least one answer");
    }
  }

  /** The answer to `key` read at `blockNumber`, if kept. */
  get(blockNumber: number, key: string): T | undefined {
    const id = `${blockNumber}:${key}`;
    const answer = this.answers.get(id);
    if (answer === undefined) return undefined;
    // Map keeps insertion order: moved to the end, it is the most recently used.
    this.answers.delete(id);
    this.answers.set(id, answer);
    return answer;
  }

  /** Keeps `answer`, the answer to `key` as read at `blockNumber`. */
  set(blockNumber: number, key: string, answer: T): void {
    const id = `${blockNumber}:${key}`;
    this.answers.delete(id);
    this.answers.set(id, answer);
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.capacity) break;
      this.answers.delete(oldest);
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.answers.size;
  }
}
