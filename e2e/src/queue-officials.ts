// The officials app's queue pages as a district officer sees them (English UI): the seats
// table, the capacity, release and relayer forms, the claims to review and the audit.
import { expect, type Locator, type Page } from "@playwright/test";
import { OfficialsApp } from "./officials";
import type { Address, TestWallet } from "./wallet";

export class QueueOfficials {
  private readonly officials: OfficialsApp;

  constructor(
    readonly page: Page,
    private readonly url: string,
    private readonly wallet: TestWallet,
  ) {
    this.officials = new OfficialsApp(page, url, wallet);
  }

  /** Opens the district's queues in English and connects the wallet. */
  async open(district: number): Promise<void> {
    await this.page.goto(`${this.url}/queue?district=${district}`);
    await this.page.getByRole("button", { name: "English" }).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", "en");
    await this.connectWallet();
  }

  /** Connects the test wallet unless wagmi has already reconnected it on this load. */
  async connectWallet(): Promise<void> {
    const connected = this.page.getByTestId("connected-account");
    const connect = this.page.getByRole("button", { name: /connect ishonch test wallet/i });
    await expect(connected.or(connect)).toBeVisible();
    if (await connect.isVisible()) await this.officials.connectWallet();
    await expect(connected).toHaveText(new RegExp(`^${this.wallet.address}$`, "i"));
  }

  /** Opens the audit of one queue (no wallet needed). */
  async openAudit(kindergarten: number, ageGroup: number): Promise<void> {
    await this.page.goto(
      `${this.url}/queue/audit?kindergarten=${kindergarten}&ageGroup=${ageGroup}`,
    );
  }

  seatsRow(kindergarten: number, ageGroup: number): Locator {
    return this.page.getByTestId(`seats-${kindergarten}-${ageGroup}`);
  }

  get capacityForm(): Locator {
    return this.page.getByRole("region", { name: /set a group's capacity/i });
  }

  get releaseForm(): Locator {
    return this.page.getByRole("region", { name: /declare free seats/i });
  }

  get relayerForm(): Locator {
    return this.page.getByRole("region", { name: /relayers of the district/i });
  }

  /** Fills a group form (kindergarten and group by id) and submits it. */
  private async submitGroupForm(
    form: Locator,
    kindergarten: number,
    ageGroup: number,
    seats: number,
    button: RegExp,
  ): Promise<void> {
    await form.getByLabel(/^kindergarten$/i).selectOption(String(kindergarten));
    await form.getByLabel(/^age group$/i).selectOption(String(ageGroup));
    await form.getByRole("textbox").fill(String(seats));
    await form.getByRole("button", { name: button }).click();
  }

  async setCapacity(kindergarten: number, ageGroup: number, capacity: number): Promise<void> {
    await this.submitGroupForm(
      this.capacityForm,
      kindergarten,
      ageGroup,
      capacity,
      /set capacity/i,
    );
  }

  async releaseSeats(kindergarten: number, ageGroup: number, seats: number): Promise<void> {
    await this.submitGroupForm(this.releaseForm, kindergarten, ageGroup, seats, /release seats/i);
  }

  /** The offers a successful release reports, in order: offer id and application. */
  async releasedOffers(): Promise<{ offerId: number; application: number }[]> {
    const offers = this.releaseForm.getByTestId("released-offer");
    await expect(offers.first()).toBeVisible();
    return (await offers.allTextContents()).map((text) => {
      const [, offerId, application] = /Offer (\d+) → Application (\d+)/.exec(text) ?? [];
      return { offerId: Number(offerId), application: Number(application) };
    });
  }

  /** The approve/reject form of one pending claim. */
  claim(application: number): Locator {
    return this.page.getByTestId(`claim-${application}`);
  }

  async decideClaim(application: number, reason: string, approve: boolean): Promise<void> {
    const form = this.claim(application);
    await form.getByLabel(/^reason$/i).selectOption({ label: reason });
    await form.getByRole("button", { name: approve ? /^approve$/i : /^reject$/i }).click();
  }

  async allowRelayer(account: Address): Promise<void> {
    await this.relayerForm.getByLabel(/relayer account/i).fill(account);
    await this.relayerForm.getByRole("button", { name: /^allow$/i }).click();
  }

  /** The offers table's row of one offer. */
  offerRow(offerId: number): Locator {
    return this.page.getByTestId(`offer-${offerId}`);
  }

  /**
   * Reloads until `check` passes: lists come from the index, which follows the chain a
   * moment behind a write made outside this page.
   */
  async afterIndexing(check: () => Promise<void>): Promise<void> {
    await expect(async () => {
      await this.page.reload();
      await check();
    }).toPass({ timeout: 20_000 });
  }
}
