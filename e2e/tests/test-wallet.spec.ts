// The harness's own wallet, checked on a blank page against the real node: the app tests
// rely on it behaving like a browser wallet.
import type { Page } from "@playwright/test";
import { expect, test } from "../src/fixtures";
import { testWalletInfo } from "../src/wallet";

const blankPage = "http://wallet.test/";

interface Eip1193 {
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): void;
}

/** One request through the page's `window.ethereum`; a rejection comes back as { code }. */
function ethereum(page: Page, method: string, params?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, params }) => {
      const provider = (window as unknown as { ethereum: Eip1193 }).ethereum;
      try {
        return await provider.request({ method, params });
      } catch (error) {
        return { code: (error as { code: number }).code };
      }
    },
    { method, params },
  );
}

test.beforeEach(async ({ page }) => {
  await page.route(blankPage, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" }),
  );
});

test("is announced through EIP-6963 and connects with the chosen node account", async ({
  page,
  wallet,
}) => {
  await wallet.useAccount(10);
  await page.goto(blankPage);
  const announced = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        window.addEventListener("eip6963:announceProvider", (event) =>
          resolve((event as CustomEvent<{ info: { name: string } }>).detail.info.name),
        );
        window.dispatchEvent(new Event("eip6963:requestProvider"));
      }),
  );
  expect(announced).toBe(testWalletInfo.name);

  expect(await ethereum(page, "eth_accounts")).toEqual([]);
  expect(await ethereum(page, "eth_requestAccounts")).toEqual([wallet.accountAt(10)]);
  expect(await ethereum(page, "eth_chainId")).toBe(`0x${wallet.nodeChainId.toString(16)}`);
});

test("sends a transaction from its account through the node", async ({ page, wallet }) => {
  await wallet.useAccount(10);
  await page.goto(blankPage);
  await ethereum(page, "eth_requestAccounts");
  const to = wallet.accountAt(11);
  const before = BigInt((await ethereum(page, "eth_getBalance", [to, "latest"])) as string);

  const hash = await ethereum(page, "eth_sendTransaction", [
    { from: wallet.address, to, value: "0x2a" },
  ]);
  expect(hash).toMatch(/^0x[0-9a-f]{64}$/);
  // Like a browser wallet, it answers with the hash once the node has the transaction; anvil
  // mines it a moment later, so the page waits for the receipt as a dapp does.
  const receipt = () =>
    ethereum(page, "eth_getTransactionReceipt", [hash]) as Promise<{
      status: string;
      from: string;
    } | null>;
  await expect.poll(async () => (await receipt())?.status).toBe("0x1");
  expect((await receipt())?.from).toBe(wallet.address.toLowerCase());
  const after = BigInt((await ethereum(page, "eth_getBalance", [to, "latest"])) as string);
  expect(after - before).toBe(42n);
});

test("on a wrong chain it tells the page, sends nothing, and switches back", async ({
  page,
  wallet,
}) => {
  await page.goto(blankPage);
  await ethereum(page, "eth_requestAccounts");
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    const provider = (window as unknown as { ethereum: Eip1193 }).ethereum;
    provider.on("chainChanged", (chainId) => seen.push(["chainChanged", chainId]));
    provider.on("accountsChanged", (accounts) => seen.push(["accountsChanged", accounts]));
  });

  await wallet.useChain(1);
  expect(await ethereum(page, "eth_chainId")).toBe("0x1");
  const refused = await ethereum(page, "eth_sendTransaction", [
    { from: wallet.address, to: wallet.accountAt(12), value: "0x1" },
  ]);
  expect(refused).toHaveProperty("code");
  expect(await ethereum(page, "wallet_switchEthereumChain", [{ chainId: "0x5" }])).toEqual({
    code: 4902,
  });

  const nodeChain = `0x${wallet.nodeChainId.toString(16)}`;
  expect(await ethereum(page, "wallet_switchEthereumChain", [{ chainId: nodeChain }])).toBeNull();
  expect(await ethereum(page, "eth_chainId")).toBe(nodeChain);
  await wallet.useAccount(13);
  expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
    ["chainChanged", "0x1"],
    ["chainChanged", nodeChain],
    ["accountsChanged", [wallet.accountAt(13)]],
  ]);
});
