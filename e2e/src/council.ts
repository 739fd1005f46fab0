// The officials app's council page as a member sees it (English UI): the proposal form and
// each proposal's approvals, time left, and its approve and execute buttons.
import { expect, type Locator, type Page } from "@playwright/test";
import { OfficialsApp, type OrganizationChoice } from "./officials";
import type { TestWallet } from "./wallet";

export class CouncilPage {
  private readonly officials: OfficialsApp;

  constructor(
    readonly page: Page,
    private readonly officialsUrl: string,
    readonly wallet: TestWallet,
  ) {
    this.officials = new OfficialsApp(page, officialsUrl, wallet);
  }

  /** Opens the main page in English, connects the wallet and follows the link to the council. */
  async open(): Promise<void> {
    await this.officials.open();
    await this.officials.connectWallet();
    await this.page.getByRole("link", { name: /council of agencies/i }).click();
    await expect(this.page.getByRole("heading", { name: "Council of agencies" })).toBeVisible();
  }

  /** Switches the wallet to another node account and waits for the page to show it. */
  async switchAccount(index: number): Promise<void> {
    await this.wallet.useAccount(index);
    await expect(this.page.getByTestId("connected-account")).toHaveText(
      new RegExp(`^${this.wallet.address}$`, "i"),
    );
  }

  get proposeForm(): Locator {
    return this.page.getByRole("region", { name: /propose accrediting an organization/i });
  }

  /** Proposes accrediting an organization; returns the new proposal's id. */
  async proposeAccreditation(fields: {
    orgType: string;
    region: string;
    parent: OrganizationChoice;
    name: string;
  }): Promise<number> {
    const form = this.proposeForm;
    await form.getByLabel(/organization type/i).selectOption(fields.orgType);
    await form.getByLabel(/region/i).selectOption(fields.region);
    await form
      .getByLabel(/parent organization/i)
      .selectOption({ label: `${fields.parent.id} · ${fields.parent.name}` });
    await form.getByLabel(/^name$/i).fill(fields.name);
    await form.getByRole("button", { name: /^propose$/i }).click();
    await expect(form.getByRole("status").first()).toContainText(/proposal \d+ made/i);
    return Number(await form.getByTestId("new-organization-id").textContent());
  }

  /** One proposal's card. */
  proposal(id: number): Locator {
    return this.page.getByRole("article", { name: `Proposal ${id}` });
  }

  /** Clicks a proposal's button ("Approve" or "Execute"). */
  async click(id: number, action: "Approve" | "Execute"): Promise<void> {
    await this.proposal(id).getByRole("button", { name: action }).click();
  }
}
