// A browser wallet for tests: an EIP-1193 provider injected into the page (as
// `window.ethereum` and announced through EIP-6963) whose every request is answered on
// the Node side, by the local node and its unlocked accounts. The apps run their real
// injected-wallet code path; the test decides the account and the chain the wallet is on.
import type { Page } from "@playwright/test";
import { getAddress } from "ethers";

export type Address = `0x${string}`;

export interface WalletRequest {
  method: string;
  params?: unknown;
}

interface RpcError {
  code: number;
  message: string;
  data?: unknown;
}

type WalletReply = { result: unknown } | { error: RpcError };

/** How the wallet shows itself in the page (EIP-6963 provider info). */
export const testWalletInfo = {
  name: "Ishonch Test Wallet",
  rdns: "uz.ishonch.testwallet",
  icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/%3E",
};

const bindingName = "__ishonchTestWalletRequest";
const emitterName = "__ishonchTestWalletEmit";

// EIP-1193 / EIP-1474 error codes the apps may look at.
const unauthorized = 4100;
const unrecognizedChain = 4902;

export class TestWallet {
  /** Every request the page made, in order (what a test can check was or was not asked). */
  readonly requests: WalletRequest[] = [];
  private connected = false;

  private constructor(
    private readonly page: Page,
    private readonly rpcUrl: string,
    /** The chain the node actually runs. */
    readonly nodeChainId: number,
    private readonly nodeAccounts: Address[],
    private accountIndex: number,
    private walletChainId: number,
  ) {}

  /** Installs the wallet into `page`; call before the first navigation. */
  static async install(
    page: Page,
    options: { rpcUrl: string; accountIndex?: number },
  ): Promise<TestWallet> {
    const chainId = Number(await rpc<string>(options.rpcUrl, "eth_chainId", []));
    // Checksummed, as most wallets hand them out (the node answers in lower case).
    const accounts = (await rpc<string[]>(options.rpcUrl, "eth_accounts", [])).map(
      (account) => getAddress(account) as Address,
    );
    const wallet = new TestWallet(
      page,
      options.rpcUrl,
      chainId,
      accounts,
      options.accountIndex ?? 0,
      chainId,
    );
    await page.exposeBinding(bindingName, (_source, request: WalletRequest) =>
      wallet.answer(request),
    );
    await page.addInitScript(installProvider, {
      ...testWalletInfo,
      uuid: crypto.randomUUID(),
      bindingName,
      emitterName,
    });
    return wallet;
  }

  /** The account the wallet signs with. */
  get address(): Address {
    return this.accountAt(this.accountIndex);
  }

  /** The node's unlocked account `index` (see packages/devnet/src/demo-plan.ts for who holds what). */
  accountAt(index: number): Address {
    const account = this.nodeAccounts[index];
    if (account === undefined) throw new Error(`the node has no account ${index}`);
    return account;
  }

  /** The chain the wallet says it is on (by default the node's). */
  get chainId(): number {
    return this.walletChainId;
  }

  /** Transactions the page asked the wallet to send. */
  get sentTransactions(): WalletRequest[] {
    return this.requests.filter((request) => request.method === "eth_sendTransaction");
  }

  /** Switches the wallet's account, as the user would in the wallet's own window. */
  async useAccount(index: number): Promise<void> {
    this.accountIndex = index;
    if (this.connected) await this.emit("accountsChanged", [this.address]);
  }

  /** Puts the wallet on another chain (e.g. to test a wrong network). */
  async useChain(chainId: number): Promise<void> {
    this.walletChainId = chainId;
    await this.emit("chainChanged", toHex(chainId));
  }

  private async answer(request: WalletRequest): Promise<WalletReply> {
    this.requests.push(request);
    try {
      return { result: await this.handle(request) };
    } catch (error) {
      if (isRpcError(error)) return { error };
      return { error: { code: -32603, message: String(error) } };
    }
  }

  private async handle({ method, params }: WalletRequest): Promise<unknown> {
    switch (method) {
      case "eth_requestAccounts":
      case "wallet_requestPermissions":
        this.connected = true;
        return method === "eth_requestAccounts"
          ? [this.address]
          : [{ parentCapability: "eth_accounts" }];
      case "eth_accounts":
        return this.connected ? [this.address] : [];
      case "wallet_getPermissions":
        return this.connected ? [{ parentCapability: "eth_accounts" }] : [];
      case "wallet_revokePermissions":
        this.connected = false;
        return null;
      case "eth_chainId":
        return toHex(this.walletChainId);
      case "net_version":
        return String(this.walletChainId);
      case "wallet_switchEthereumChain":
      case "wallet_addEthereumChain":
        return this.switchChain(params);
      case "eth_sendTransaction":
      case "personal_sign":
      case "eth_signTypedData_v4":
        return this.sign(method, params);
      default:
        return rpc(this.rpcUrl, method, params);
    }
  }

  private async switchChain(params: unknown): Promise<null> {
    const wanted = Number((params as [{ chainId?: string }] | undefined)?.[0]?.chainId);
    if (wanted !== this.nodeChainId) {
      throw rpcError(unrecognizedChain, `Unrecognized chain ID ${wanted}`);
    }
    if (wanted !== this.walletChainId) await this.useChain(wanted);
    return null;
  }

  private async sign(method: string, params: unknown): Promise<unknown> {
    if (!this.connected) throw rpcError(unauthorized, "The wallet is not connected to this site");
    // A wallet on another network would send there, never to the test chain.
    if (this.walletChainId !== this.nodeChainId) {
      throw rpcError(-32000, `The test wallet is on chain ${this.walletChainId}: nothing sent`);
    }
    return rpc(this.rpcUrl, method, params);
  }

  private async emit(event: string, payload: unknown): Promise<void> {
    await this.page.evaluate(
      ({ emitterName, event, payload }) => {
        const emit = (window as unknown as Record<string, unknown>)[emitterName];
        if (typeof emit === "function") emit(event, payload);
      },
      { emitterName, event, payload },
    );
  }
}

/** One JSON-RPC call to the node; its error, if any, is passed on unchanged. */
async function rpc<T = unknown>(rpcUrl: string, method: string, params: unknown): Promise<T> {
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params ?? [] }),
  });
  const body = (await response.json()) as { result?: T; error?: RpcError };
  if (body.error !== undefined)
    throw rpcError(body.error.code, body.error.message, body.error.data);
  return body.result as T;
}

function rpcError(code: number, message: string, data?: unknown): RpcError {
  return data === undefined ? { code, message } : { code, message, data };
}

function isRpcError(value: unknown): value is RpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as RpcError).code === "number" &&
    typeof (value as RpcError).message === "string"
  );
}

function toHex(value: number): string {
  return `0x${value.toString(16)}`;
}

/**
 * Runs inside the page before its own scripts (serialized by Playwright: self-contained).
 * Defines the provider, sets `window.ethereum` and answers EIP-6963 discovery.
 */
function installProvider(options: {
  name: string;
  rdns: string;
  icon: string;
  uuid: string;
  bindingName: string;
  emitterName: string;
}): void {
  type Listener = (payload: unknown) => void;
  type Reply = { result: unknown } | { error: { code: number; message: string; data?: unknown } };
  const scope = window as unknown as Record<string, unknown>;
  const listeners = new Map<string, Set<Listener>>();

  const provider = {
    isIshonchTestWallet: true,
    async request(args: { method: string; params?: unknown }): Promise<unknown> {
      const send = scope[options.bindingName] as (request: unknown) => Promise<Reply>;
      const reply = await send({ method: args.method, params: args.params });
      if ("error" in reply) throw Object.assign(new Error(reply.error.message), reply.error);
      return reply.result;
    },
    on(event: string, listener: Listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return provider;
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return provider;
    },
  };

  scope[options.emitterName] = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  scope.ethereum = provider;

  const detail = Object.freeze({
    info: Object.freeze({
      uuid: options.uuid,
      name: options.name,
      icon: options.icon,
      rdns: options.rdns,
    }),
    provider,
  });
  const announce = () =>
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}
