// The issued-diplomas search of the officials app (English UI), and a sign-in made in Node
// for calling its server route directly.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { JsonRpcProvider } from "ethers";
import { SiweMessage } from "siwe";
import { openDiplomasPage } from "./diplomas-single";
import { OfficialsApp } from "./officials";
import type { PlatformInfo } from "./platform-info";
import type { TestWallet } from "./wallet";

export class DiplomaSearchPage {
  constructor(
    readonly page: Page,
    private readonly platform: PlatformInfo,
    private readonly wallet: TestWallet,
  ) {}

  /** Opens the search as the node's account `accountIndex`, wallet connected. */
  async open(accountIndex: number): Promise<void> {
    // The diplomas pages share one layout and its wallet: the connection outlives the link.
    await openDiplomasPage(this.page, this.wallet, this.platform, accountIndex);
    await this.page.getByRole("link", { name: /search the issued diplomas/i }).click();
    await expect(this.page).toHaveURL(/\/diplomas\/issued$/);
  }

  /** Switches the wallet to another account on the open page and waits for the page to show it. */
  switchAccount(accountIndex: number): Promise<void> {
    return new OfficialsApp(this.page, this.platform.appUrls.officials, this.wallet).switchAccount(
      accountIndex,
    );
  }

  get form(): Locator {
    return this.page.getByTestId("issued-diplomas-search");
  }

  /** The result table's rows. */
  get rows(): Locator {
    return this.page.getByTestId("issued-diplomas").locator("tbody tr");
  }

  /** What the page says when the search is refused or fails. */
  get refusal(): Locator {
    return this.page.getByRole("region", { name: /issued diplomas/i }).getByRole("alert");
  }

  /** Fills the organization and the name-or-number field and searches. */
  async search(orgId: number, text: string): Promise<void> {
    const organization = this.form.getByLabel(/organization id/i);
    await organization.fill(String(orgId));
    await this.form.getByLabel(/name, or series and number/i).fill(text);
    await expect(organization).toHaveValue(String(orgId));
    await this.form.getByRole("button", { name: /^search$/i }).click();
  }

  /** How many times the page asked the wallet to sign a message. */
  get signatureRequests(): number {
    return this.wallet.requests.filter((request) => request.method === "personal_sign").length;
  }
}

/**
 * Signs in to the officials app as the node's account `index`, the way its page does (a
 * nonce from the server, an EIP-4361 message, personal_sign), through `request`, which then
 * carries the session cookie.
 */
export async function signInThrough(
  request: APIRequestContext,
  platform: PlatformInfo,
  index: number,
): Promise<void> {
  const officials = platform.appUrls.officials;
  const challenge = (await (await request.post(`${officials}/api/session/nonce`)).json()) as {
    nonce: string;
    domain: string;
    uri: string;
    chainId: number;
  };
  const provider = new JsonRpcProvider(platform.rpcUrl, undefined, { staticNetwork: true });
  try {
    const signer = await provider.getSigner(index);
    const message = new SiweMessage({
      ...challenge,
      address: await signer.getAddress(),
      version: "1",
      issuedAt: new Date().toISOString(),
    }).prepareMessage();
    const response = await request.post(`${officials}/api/session`, {
      data: { message, signature: await signer.signMessage(message) },
    });
    expect(response.status()).toBe(200);
  } finally {
    provider.destroy();
  }
}
