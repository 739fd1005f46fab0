// The officials app as a user sees it (English UI): language switch, wallet panel, the
// registration and staff-role forms and what they report, directly or as council proposals.
import { expect, type Locator, type Page } from "@playwright/test";
import { testWalletInfo, type Address, type TestWallet } from "./wallet";

/** A write waits for the wallet, the chain and the index: slow on a loaded machine. */
export const writeTimeout = { timeout: 45_000 };

export interface OrganizationChoice {
  id: number;
  name: string;
}

export class OfficialsApp {
  constructor(
    readonly page: Page,
    private readonly url: string,
    private readonly wallet: TestWallet,
  ) {}

  /** Opens the app and switches it to English. */
  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.page.getByRole("button", { name: "English" }).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", "en");
  }

  /** Connects the test wallet, as found through EIP-6963. */
  async connectWallet(): Promise<void> {
    const connect = new RegExp(`connect ${testWalletInfo.name}`, "i");
    await this.page.getByRole("button", { name: connect }).click();
    await expect(this.page.getByTestId("connected-account")).toHaveText(
      new RegExp(`^${this.wallet.address}$`, "i"),
    );
  }

  /**
   * Signs in with the wallet for the server's records, as a person does when a write needs a
   * session: the wallet panel offers "Sign in with wallet" until this account is signed in.
   * Does nothing when it already is.
   */
  async signIn(): Promise<void> {
    const signedIn = this.page
      .getByTestId("session-state")
      .filter({ hasText: new RegExp(`signed in as ${this.wallet.address} until`, "i") });
    const offer = this.page.getByRole("button", { name: /sign in with wallet/i });
    await expect(signedIn.or(offer)).toBeVisible();
    if (await signedIn.isVisible()) return;
    await offer.click();
    await expect(signedIn).toBeVisible();
  }

  get registerForm(): Locator {
    return this.page.getByRole("region", { name: /register an organization/i });
  }

  get staffForm(): Locator {
    return this.page.getByRole("region", { name: /grant or revoke a staff role/i });
  }

  /**
   * Fills the registration form (fields left undefined stay as they are) and submits it:
   * "Register organization" for the registrar and others, "Propose to the council" for a
   * council member.
   */
  async submitRegistration(fields: {
    orgType?: string;
    region?: string;
    parent?: OrganizationChoice;
    name?: string;
  }): Promise<void> {
    const form = this.registerForm;
    if (fields.orgType) await form.getByLabel(/organization type/i).selectOption(fields.orgType);
    if (fields.region) await form.getByLabel(/region/i).selectOption(fields.region);
    if (fields.parent) {
      await form
        .getByLabel(/parent organization/i)
        .selectOption({ label: optionLabel(fields.parent) });
    }
    if (fields.name !== undefined) await form.getByLabel(/^name$/i).fill(fields.name);
    await form
      .getByRole("button", { name: /register organization|propose to the council/i })
      .click();
  }

  /** Fills the staff form and clicks "Grant role". */
  async submitGrant(grant: {
    organization: OrganizationChoice;
    role: string;
    account: Address;
  }): Promise<void> {
    const form = this.staffForm;
    const organization = form.getByLabel(/^organization$/i);
    // The choice list is server-rendered: a new organization appears once indexed.
    await expect(
      organization.getByRole("option", { name: optionLabel(grant.organization) }),
    ).toBeAttached();
    await organization.selectOption({ label: optionLabel(grant.organization) });
    await form.getByLabel(/^role$/i).selectOption({ label: grant.role });
    await form.getByLabel(/account address/i).fill(grant.account);
    await form.getByRole("button", { name: /grant role/i }).click();
  }

  /**
   * Switches the wallet to another node account and waits for the page to show it. Each
   * service has its own wallet provider, so after moving between services the page reconnects;
   * a switch during that reconnect is dropped by wagmi, so, like a person, it first waits for
   * the page to show the connected account.
   */
  async switchAccount(index: number): Promise<void> {
    await expect(this.page.getByTestId("connected-account")).toBeVisible();
    await this.wallet.useAccount(index);
    await expect(this.page.getByTestId("connected-account")).toHaveText(
      new RegExp(`^${this.wallet.address}$`, "i"),
    );
    await this.signIn();
  }

  /** Follows the link from a form's proposal report to the council page. */
  async followToCouncil(form: Locator): Promise<void> {
    await form.getByRole("link", { name: "Open the council page" }).click();
    await expect(this.page.getByRole("heading", { name: "Council of agencies" })).toBeVisible();
  }

  /** Follows the link from a service page (e.g. the council's) back to the main page. */
  async returnHome(): Promise<void> {
    await this.page.getByRole("link", { name: "Back to the main page" }).click();
    await expect(this.registerForm).toBeVisible();
  }

  /** The message a form shows when a write fails. */
  failureOf(form: Locator): Locator {
    return form.getByRole("alert");
  }
}

/**
 * The id of the proposal a form reports having made: a member's proposal counts its own
 * approval, so the local 2-of-3 council needs one more.
 */
export async function proposalIdIn(form: Locator): Promise<number> {
  const created = form.getByTestId("proposal-created");
  await expect(created).toHaveText(
    /^Proposal \d+ created: it needs 1 more approval\(s\), then waits out the public delay\.$/,
    writeTimeout,
  );
  return Number(/\d+/.exec((await created.textContent()) ?? "")![0]);
}

/** How the forms list an organization. */
function optionLabel(organization: OrganizationChoice): string {
  return `${organization.id} · ${organization.name}`;
}
