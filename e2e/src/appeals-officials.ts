// The officials app's appeals pages as an officer sees them (English UI): the agencies the
// wallet acts for, the inbox, one appeal opened with the agency key, and its actions.
import { expect, type Locator, type Page } from "@playwright/test";
import { OfficialsApp, type OrganizationChoice } from "./officials";
import type { TestWallet } from "./wallet";

export class AppealsOfficials {
  private readonly app: OfficialsApp;
  private connected = false;

  constructor(
    readonly page: Page,
    url: string,
    private readonly wallet: TestWallet,
  ) {
    this.app = new OfficialsApp(page, url, wallet);
  }

  /**
   * Opens the officials app and follows its link to the appeals; connects the wallet the
   * first time (the app reconnects by itself afterwards, with the wallet's current account).
   */
  async open(): Promise<void> {
    await this.app.open();
    await this.page.getByRole("link", { name: /citizens' appeals/i }).click();
    await expect(this.page).toHaveURL(/\/appeals$/);
    if (!this.connected) {
      await this.app.connectWallet();
      this.connected = true;
    }
    await expect(this.page.getByTestId("connected-account")).toHaveText(
      new RegExp(`^${this.wallet.address}$`, "i"),
    );
  }

  /** Chooses the agency (from the chain's roles) and, optionally, its escalation queue. */
  async showAgency(agency: OrganizationChoice, queue: "inbox" | "escalations" = "inbox") {
    const agencies = this.page.getByTestId("appeals-agencies");
    await agencies.getByRole("link", { name: `${agency.id} · ${agency.name}` }).click();
    await expect(this.page).toHaveURL(new RegExp(`agency=${agency.id}`));
    if (queue === "escalations") {
      await this.page.getByRole("link", { name: "Escalated to us" }).click();
      await expect(this.page).toHaveURL(/queue=escalations/);
    }
  }

  row(id: number): Locator {
    return this.page.getByTestId(`appeal-row-${id}`);
  }

  /** Opens an appeal from the list and decrypts it with the dev chain's agency key. */
  async openAppeal(id: number): Promise<void> {
    await this.page.getByRole("link", { name: `Open appeal No. ${id}` }).click();
    await expect(
      this.page.getByRole("heading", { name: new RegExp(`Appeal No. ${id}`) }),
    ).toBeVisible();
    await this.page.getByRole("button", { name: /use the demo key/i }).click();
    await expect(this.page.getByTestId("appeal-text")).toBeVisible();
  }

  action(testId: "appeal-answer" | "appeal-forward" | "appeal-extend" | "appeal-review") {
    return this.page.getByTestId(testId);
  }

  async forward(to: OrganizationChoice, reason: string): Promise<void> {
    const form = this.action("appeal-forward");
    await form.getByLabel("Competent agency").selectOption({ label: `${to.id} · ${to.name}` });
    await form.getByLabel(/reason for forwarding/i).fill(reason);
    await form.getByRole("button", { name: /forward/i }).click();
  }

  async answer(text: string): Promise<void> {
    const form = this.action("appeal-answer");
    await form.getByLabel("Answer to the citizen").fill(text);
    await form.getByRole("button", { name: "Answer" }).click();
  }
}
