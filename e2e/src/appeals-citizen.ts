// The citizen app's appeals pages as a citizen uses them (English, no JavaScript): the form
// that files an appeal, the tracking page opened with number and secret (read, rate,
// escalate), and the public statistics.
import { expect, type Locator, type Page } from "@playwright/test";

/** A file the citizen picks in a file input. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface CitizenReceipt {
  id: number;
  secret: string;
}

export class CitizenAppealsPages {
  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {}

  /** Fills and sends the new-appeal form; the page answers with a receipt or an error. */
  async file(appeal: {
    appealType: "Statement" | "Proposal" | "Complaint";
    agencyId: number;
    text: string;
    files?: PickedFile[];
  }): Promise<void> {
    await this.page.goto(`${this.url}/en/appeals/new`);
    const form = this.page.getByTestId("appeal-form");
    await form.locator("#appealType").selectOption(appeal.appealType);
    await form.locator("#agencyId").selectOption(String(appeal.agencyId));
    await form.locator("#text").fill(appeal.text);
    if (appeal.files) await form.locator("input[type=file]").setInputFiles(appeal.files);
    await form.locator("button[type=submit]").click();
  }

  /** The receipt after filing: the tracking number and the secret, shown once. */
  async receipt(): Promise<CitizenReceipt> {
    const receipt = this.page.getByTestId("appeal-receipt");
    await expect(receipt).toBeVisible({ timeout: 30_000 });
    const id = Number(await receipt.getByTestId("tracking-number").innerText());
    const secret = (await receipt.getByTestId("appeal-secret").innerText()).trim();
    return { id, secret };
  }

  /** Opens the tracking page with a number and a secret. */
  async track(trackingNumber: string, secret: string): Promise<void> {
    await this.page.goto(`${this.url}/en/appeals/track`);
    const form = this.page.getByTestId("track-form");
    await form.locator("#trackingNumber").fill(trackingNumber);
    await form.locator("#secret").fill(secret);
    await form.locator("button[type=submit]").click();
  }

  status(): Locator {
    return this.page.getByTestId("appeal-status");
  }

  error(): Locator {
    return this.page.getByTestId("appeal-error");
  }

  async rate(rating: number): Promise<void> {
    const form = this.page.getByTestId("rate-form");
    await form.locator("#rating").selectOption(String(rating));
    await form.locator("button[type=submit]").click();
  }

  async escalate(complaint: string): Promise<void> {
    const form = this.page.getByTestId("escalate-form");
    await form.locator("#complaint").fill(complaint);
    await form.locator("button[type=submit]").click();
  }

  /** The public statistics' count of an agency's overdue appeals (0 if it has no row yet). */
  async overdueInStatistics(agencyId: number): Promise<number> {
    await this.page.goto(`${this.url}/en/appeals/statistics`);
    const row = this.page.getByTestId("appeals-stats").locator(`tr[data-agency-id="${agencyId}"]`);
    if ((await row.count()) === 0) return 0;
    return Number(await row.locator('[data-column="overdue"]').innerText());
  }
}
