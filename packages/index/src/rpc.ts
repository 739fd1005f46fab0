/**
 * The few JSON-RPC calls the indexer makes, over plain fetch: every call has a timeout,
 * and every failure (node down, timeout, HTTP or JSON-RPC error) is retried with
 * exponential backoff until it succeeds or the indexer is stopped. Nothing here is fatal.
 */

export interface BlockHeader {
  number: number;
  hash: string;
  parentHash: string;
  timestamp: number;
}

export interface RpcLog {
  address: string;
  topics: string[];
  data: string;
  blockNumber: number;
  blockHash: string;
  transactionHash: string;
  logIndex: number;
}

export interface RpcClientOptions {
  url: string;
  signal?: AbortSignal;
  /** Called on each failed attempt, before waiting to retry. */
  onRetry?: (method: string, attempt: number, error: unknown, delayMs: number) => void;
  timeoutMs?: number;
  maxBackoffMs?: number;
}

interface RawLog {
  address: string;
  topics: string[];
  data: string;
  blockNumber: string;
  blockHash: string;
  transactionHash: string;
  logIndex: string;
}

interface RawBlock {
  number: string;
  hash: string;
  parentHash: string;
  timestamp: string;
}

const hex = (n: number): string => `0x${n.toString(16)}`;

function toHeader(raw: RawBlock): BlockHeader {
  return {
    number: Number(raw.number),
    hash: raw.hash,
    parentHash: raw.parentHash,
    timestamp: Number(raw.timestamp),
  };
}

interface RpcResponse<T> {
  id: number;
  result?: T;
  error?: { message: string };
}

export class RpcClient {
  private nextId = 1;

  constructor(private readonly options: RpcClientOptions) {}

  async blockNumber(): Promise<number> {
    return Number(await this.call<string>("eth_blockNumber", []));
  }

  /** The canonical block at `number`, or null when the chain is shorter. */
  async block(number: number): Promise<BlockHeader | null> {
    const raw = await this.call<RawBlock | null>("eth_getBlockByNumber", [hex(number), false]);
    return raw ? toHeader(raw) : null;
  }

  /** Several blocks in one JSON-RPC batch request (null where the chain is shorter). */
  async blocks(numbers: number[]): Promise<(BlockHeader | null)[]> {
    if (numbers.length === 0) return [];
    const raw = await this.callBatch<RawBlock | null>(
      "eth_getBlockByNumber",
      numbers.map((number) => [hex(number), false]),
    );
    return raw.map((block) => (block ? toHeader(block) : null));
  }

  async logs(addresses: string[], fromBlock: number, toBlock: number): Promise<RpcLog[]> {
    const raw = await this.call<RawLog[]>("eth_getLogs", [
      { address: addresses, fromBlock: hex(fromBlock), toBlock: hex(toBlock) },
    ]);
    return raw.map((log) => ({
      address: log.address,
      topics: log.topics,
      data: log.data,
      blockNumber: Number(log.blockNumber),
      blockHash: log.blockHash,
      transactionHash: log.transactionHash,
      logIndex: Number(log.logIndex),
    }));
  }

  private async call<T>(method: string, params: unknown[]): Promise<T> {
    const [result] = await this.withRetries(method, () => this.post<T>(method, [params]));
    return result as T;
  }

  private callBatch<T>(method: string, paramsList: unknown[][]): Promise<T[]> {
    return this.withRetries(method, () => this.post<T>(method, paramsList));
  }

  private async withRetries<T>(method: string, attempt: () => Promise<T>): Promise<T> {
    const { signal, onRetry, maxBackoffMs = 5_000 } = this.options;
    for (let failures = 0; ; failures++) {
      signal?.throwIfAborted();
      try {
        return await attempt();
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const delayMs = Math.min(maxBackoffMs, 200 * 2 ** failures);
        onRetry?.(method, failures + 1, error, delayMs);
        await sleep(delayMs, signal);
      }
    }
  }

  /** One HTTP request: a single call, or a JSON-RPC batch of calls of one method. */
  private async post<T>(method: string, paramsList: unknown[][]): Promise<T[]> {
    const { url, signal, timeoutMs = 10_000 } = this.options;
    const requests = paramsList.map((params) => ({
      jsonrpc: "2.0",
      id: this.nextId++,
      method,
      params,
    }));
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(requests.length === 1 ? requests[0] : requests),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
    const body = (await response.json()) as RpcResponse<T> | RpcResponse<T>[];
    const byId = new Map((Array.isArray(body) ? body : [body]).map((item) => [item.id, item]));
    return requests.map((request) => {
      const answer = byId.get(request.id);
      if (!answer) throw new Error(`${method}: no answer to request ${request.id}`);
      if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
      return answer.result as T;
    });
  }
}

/** Waits `ms`, or rejects with the abort reason as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
