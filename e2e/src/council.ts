// The officials app's council page as a member sees it (English UI): the proposal form and
// each proposal's approvals, time left, and its approve and execute buttons.
import { expect, type Locator, type Page } from "@playwright/test";
import {
  approveCouncilProposal,
  executeCouncilProposal,
  proposeCouncilCall,
  type CouncilCall,
} from "@ishonch/sdk";
import { advanceChainTime, contractsOf } from "./chain";
import { OfficialsApp, proposalIdIn, writeTimeout, type OrganizationChoice } from "./officials";
import type { PlatformInfo } from "./platform-info";
import type { TestWallet } from "./wallet";

/** The local demo council (contracts/ignition/modules/Council.ts): accounts 17-19, 2 of 3. */
export const councilMembers = [17, 18, 19] as const;
/** The local demo council's public delay (Council.ts). */
export const councilDelaySeconds = 3600;

/**
 * Carries out `call` through the council without the page: two members propose and approve,
 * the chain's clock passes the delay, and the second executes. For putting back what a spec
 * changed, so that later specs find the deployment as it was.
 */
export async function carryOutThroughCouncil(
  platform: PlatformInfo,
  call: CouncilCall,
  description: string,
): Promise<void> {
  const [proposer, approver] = await Promise.all([
    contractsOf(platform, councilMembers[0]),
    contractsOf(platform, councilMembers[1]),
  ]);
  try {
    const { id } = await proposeCouncilCall(proposer.contracts, call, description);
    await approveCouncilProposal(approver.contracts, id);
    await advanceChainTime(platform.rpcUrl, councilDelaySeconds);
    await executeCouncilProposal(approver.contracts, id);
  } finally {
    for (const member of [proposer, approver]) member.provider.destroy();
  }
}

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
  switchAccount(index: number): Promise<void> {
    return this.officials.switchAccount(index);
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
    return proposalIdIn(form);
  }

  /** One proposal's card. */
  proposal(id: number): Locator {
    return this.page.getByRole("article", { name: `Proposal ${id}` });
  }

  /** Clicks a proposal's button ("Approve", "Veto" or "Execute"). */
  async click(id: number, action: "Approve" | "Veto" | "Execute"): Promise<void> {
    await this.proposal(id).getByRole("button", { name: action, exact: true }).click();
  }

  /**
   * The rest of a proposal's way once its proposer approved: `approver` (the second of the
   * two needed) approves, the chain's clock (`rpcUrl`'s node) passes the time left that the
   * proposal's card shows, and the approver carries it out; returns once the index holds the
   * result (or the page gave up waiting for it).
   */
  async approveAndCarryOut(id: number, approver: number, rpcUrl: string): Promise<void> {
    await this.switchAccount(approver);
    const proposal = this.proposal(id);
    await this.click(id, "Approve");
    await expect(proposal.getByRole("status").first()).toContainText(
      `Approved proposal ${id}.`,
      writeTimeout,
    );
    await expect(proposal.getByTestId("proposal-state")).toHaveText(
      "Approved: waiting out the public delay",
    );
    const timeLeft = proposal.getByTestId("proposal-time-left");
    const shown = /Executable in (\d+):(\d\d):(\d\d)/.exec(await timeLeft.innerText());
    if (shown === null) throw new Error(`proposal ${id} shows no time left to wait`);
    const [hours, minutes, seconds] = shown.slice(1).map(Number) as [number, number, number];
    await advanceChainTime(rpcUrl, hours * 3600 + minutes * 60 + seconds + 1);
    // As a person would: refresh until the page shows the chain's new time.
    await expect(async () => {
      await this.page.reload();
      await expect(timeLeft).toHaveText("Executable now", {
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    // After the reload the wallet reconnects by itself; a person clicks once it shows.
    await expect(this.page.getByTestId("connected-account")).toBeVisible();
    await this.click(id, "Execute");
    await expect(proposal.getByRole("status").first()).toContainText(
      `Proposal ${id} carried out.`,
      writeTimeout,
    );
    // The page re-reads the chain once the index holds the block: the card then says so.
    await expect(proposal.getByTestId("proposal-state")).toHaveText("Carried out", writeTimeout);
  }
}
