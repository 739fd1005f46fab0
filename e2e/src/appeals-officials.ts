// The officials app's appeals pages as an officer sees them (English UI): the agencies the
// wallet acts for, the inbox, one appeal opened with the agency key, and its actions.
import { expect, type Locator, type Page } from "@playwright/test";
import { ensureAppealsOfficer } from "./appeals-actors";
import { OfficialsApp, type OrganizationChoice } from "./officials";
import type { PlatformInfo } from "./platform-info";
import type { TestWallet } from "./wallet";

/** Outsiders of the demo data made appeals officers by their organizations' heads. */
export const departmentOfficer = 12;
export const ministryOfficer = 14;
export const day = 86_400;
/** A write waits for the wallet, the chain and the index: slow on a loaded machine. */
export const writeTimeout = { timeout: 45_000 };

/** The demo agencies of the story: who receives, who is competent, who is above it. */
export function agenciesOf(platform: PlatformInfo) {
  const officer = platform.demo.accounts.find((account) => account.role === "AppealsOfficer");
  const receiving = platform.demo.organizations.find((org) => org.id === officer?.orgId);
  const competent = platform.demo.organizations.find(
    (org) => org.orgType === "DistrictEducationDepartment" && org.name.includes("Chilonzor"),
  );
  const superior = platform.demo.organizations.find((org) => org.id === competent?.parentId);
  const head = (orgId: number | undefined) =>
    platform.demo.accounts.find(
      (account) => account.role === "OrganizationAdmin" && account.orgId === orgId,
    );
  const competentHead = head(competent?.id);
  const superiorHead = head(superior?.id);
  if (!officer || !receiving || !competent || !superior || !competentHead || !superiorHead) {
    throw new Error("the demo data lacks the appeals officer, the department or its ministry");
  }
  return { officer, receiving, competent, superior, competentHead, superiorHead };
}

/** The competent department and its ministry get the test wallet's officers. */
export async function appointStoryOfficers(
  platform: PlatformInfo,
  wallet: TestWallet,
  agencies: ReturnType<typeof agenciesOf>,
): Promise<void> {
  const { competent, competentHead, superior, superiorHead } = agencies;
  const department = wallet.accountAt(departmentOfficer);
  await ensureAppealsOfficer(platform, competentHead.index, competent.id, department);
  const ministry = wallet.accountAt(ministryOfficer);
  await ensureAppealsOfficer(platform, superiorHead.index, superior.id, ministry);
}

/**
 * The officers' part of the story: the receiving agency's officer sees the complaint in the
 * inbox with the law's 15 days, reads it and forwards it to the competent department, whose
 * officer finds it there as forwarded and answers.
 */
export async function forwardAndAnswer(
  officials: AppealsOfficials,
  agencies: ReturnType<typeof agenciesOf>,
  appeal: { id: number; text: RegExp; forwardReason: string; answer: string },
): Promise<void> {
  const { officer, receiving, competent } = agencies;
  const { id } = appeal;
  await officials.wallet.useAccount(officer.index);
  await officials.open();
  await officials.showAgency(receiving);
  await officials.expectRow(id, "Complaint");
  await expect(officials.row(id)).toContainText("15 d left");
  await officials.openAppeal(id);
  await expect(officials.page.getByTestId("appeal-text")).toHaveText(appeal.text);
  await officials.forward(competent, appeal.forwardReason);
  await expect(officials.action("appeal-forward").getByRole("status")).toContainText(
    `Appeal No. ${id} forwarded to agency ${competent.id}`,
    writeTimeout,
  );

  await officials.wallet.useAccount(departmentOfficer);
  await officials.open();
  await officials.showAgency(competent);
  await officials.expectRow(id, "Forwarded");
  await officials.openAppeal(id);
  await officials.answer(appeal.answer);
  await expect(officials.action("appeal-answer").getByRole("status")).toContainText(
    `Appeal No. ${id} answered`,
    writeTimeout,
  );
}

export class AppealsOfficials {
  private readonly app: OfficialsApp;
  private connected = false;

  constructor(
    readonly page: Page,
    url: string,
    readonly wallet: TestWallet,
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
    // Answers and reasons are stored sealed in the records before the chain names them.
    await this.app.signIn();
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

  /**
   * Waits until the list shows the appeal's row with `text`. Lists are read from the index,
   * which follows the chain a moment behind a write, so the page is reloaded as a person would.
   */
  async expectRow(id: number, text: string): Promise<void> {
    let attempts = 0;
    await expect(async () => {
      if (attempts++ > 0) await this.page.reload();
      await expect(this.row(id)).toContainText(text, { timeout: 1_000 });
    }).toPass({ timeout: 30_000, intervals: [500, 1_000] });
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
