// The citizen app's queue pages as a parent uses them (English, no wallet, no script):
// the application form and its receipt, the position page with its offer forms, and the
// fairness page of an allocation.
import { expect, type Locator, type Page } from "@playwright/test";

export interface ParentReceipt {
  application: number;
  secret: string;
}

export interface ApplicationRequest {
  district: number;
  childId: string;
  /** Age in whole months at the wanted start date (the start date is the form's default). */
  ageInMonths: number;
  kindergartens: number[];
}

export class QueueCitizen {
  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {}

  /** Fills the application form and submits it; the page then shows a receipt or an error. */
  async submitApplication(request: ApplicationRequest): Promise<void> {
    await this.page.goto(`${this.url}/en/queue/apply?district=${request.district}`);
    const form = this.page.getByTestId("queue-apply-form");
    await form.getByLabel(/birth certificate number/i).fill(request.childId);
    const start = await form.getByLabel(/wanted start date/i).inputValue();
    await form.getByLabel(/date of birth/i).fill(birthDateFor(start, request.ageInMonths));
    for (const [rank, kindergarten] of request.kindergartens.entries()) {
      await form.getByLabel(`Choice ${rank + 1}`).selectOption(String(kindergarten));
    }
    await this.page.getByTestId("queue-apply-submit").click();
  }

  /**
   * Posts the application form as a browser would, but with every kindergarten of the
   * request (the form itself offers only MAX_PREFERENCES choices), and shows the answer.
   */
  async postApplication(request: ApplicationRequest): Promise<void> {
    const url = `${this.url}/en/queue/apply?district=${request.district}`;
    await this.page.goto(url);
    const startDate = await this.page
      .getByTestId("queue-apply-form")
      .getByLabel(/wanted start date/i)
      .inputValue();
    const form = new URLSearchParams({
      district: String(request.district),
      childId: request.childId,
      birthDate: birthDateFor(startDate, request.ageInMonths),
      startDate,
      category: "0",
    });
    for (const kindergarten of request.kindergartens) {
      form.append("kindergarten", String(kindergarten));
    }
    const response = await this.page.request.post(url, {
      data: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    await this.page.setContent(await response.text());
  }

  /** Applies and reads the receipt: the number and the secret the parent keeps. */
  async apply(request: ApplicationRequest): Promise<ParentReceipt> {
    await this.submitApplication(request);
    const receipt = this.page.getByTestId("queue-receipt");
    await expect(receipt).toBeVisible();
    return {
      application: Number(await receipt.getByTestId("queue-application-number").textContent()),
      secret: (await receipt.getByTestId("queue-secret").textContent())!.trim(),
    };
  }

  async openPosition(application: number | string): Promise<void> {
    await this.page.goto(`${this.url}/en/queue/position?number=${application}`);
  }

  preference(kindergarten: number): Locator {
    return this.page.getByTestId(`queue-preference-${kindergarten}`);
  }

  /** Children ahead in each kindergarten, as the position page shows them. */
  async aheadIn(kindergartens: number[]): Promise<number[]> {
    return Promise.all(
      kindergartens.map(async (kindergarten) =>
        Number(await this.preference(kindergarten).getByTestId("queue-ahead").textContent()),
      ),
    );
  }

  /** The offer shown for one kindergarten (its id is the `data-offer` attribute). */
  offerIn(kindergarten: number): Locator {
    return this.preference(kindergarten).getByTestId("queue-offer");
  }

  /** Answers an offer on the position page with the parent's secret. */
  async answerOffer(offerId: number, secret: string, answer: "Accept" | "Decline"): Promise<void> {
    const form = this.page.getByTestId(`queue-offer-form-${offerId}`);
    await form.getByTestId("queue-offer-secret").fill(secret);
    await form.getByTestId(answer === "Accept" ? "queue-accept" : "queue-decline").click();
  }

  async openFairness(offerId: number): Promise<void> {
    await this.page.goto(`${this.url}/en/queue/fairness?offer=${offerId}`);
  }

  /** The refusal a page shows, in words. */
  get error(): Locator {
    return this.page.getByTestId("queue-error");
  }
}

/** A birth date (YYYY-MM-DD) that makes the child `months` old on `start`, mid-month. */
export function birthDateFor(start: string, months: number): string {
  const [year, month] = start.split("-").map(Number) as [number, number];
  const birth = new Date(Date.UTC(year, month - 1 - months - 1, 15));
  return birth.toISOString().slice(0, 10);
}
