// The council deployed as production deploys it (Production.ts with the Council module's
// local defaults: accounts 17-19, 2 of 3, one hour), and a helper that takes a proposal
// through every step, as the agencies would.
import { id as textHash } from "ethers";
import ProductionModule from "../ignition/modules/Production.js";
import { DEMO_COUNCIL_DELAY_SECONDS } from "../ignition/modules/Council.js";
import { contractsOf, ethers, ignition, namedAccounts, networkHelpers } from "./fixtures.js";
import type { IshonchCouncil } from "../types/index.js";

export const DELAY = BigInt(DEMO_COUNCIL_DELAY_SECONDS);
export const ProposalState = {
  None: 0,
  Pending: 1,
  Scheduled: 2,
  Executed: 3,
  Vetoed: 4,
  Expired: 5,
} as const;
/** The dev chain accounts that the local council uses (see Council.ts). */
const MEMBER_INDEXES = [17, 18, 19] as const;

export async function deployProduction() {
  const signers = await ethers.getSigners();
  const accounts = await namedAccounts(["deployer", "orgAdmin", "stranger", "newcomer"]);
  const members = MEMBER_INDEXES.map((index) => signers[index]!);
  const { manager, registry, council, appeals, queue, directory } = await contractsOf(
    await ignition.deploy(ProductionModule),
  );
  return { manager, registry, council, appeals, queue, directory, ...accounts, members };
}

type Signer = Awaited<ReturnType<typeof deployProduction>>["stranger"];

/** The id that `propose` will return next. */
export async function nextProposalId(council: IshonchCouncil): Promise<bigint> {
  return (await council.proposalCount()) + 1n;
}

/**
 * Proposes `data` on `target` by `approvers[0]`, approves by the others, waits out the
 * delay and executes as `executor` (anyone). Returns the proposal id.
 */
export async function passProposal(
  council: IshonchCouncil,
  target: string,
  data: string,
  approvers: Signer[],
  executor: Signer,
): Promise<bigint> {
  const id = await nextProposalId(council);
  const [proposer, ...others] = approvers;
  await council.connect(proposer!).propose(target, data, textHash(`proposal ${id}`));
  for (const member of others) await council.connect(member).approve(id);
  await networkHelpers.time.increase(DELAY);
  await council.connect(executor).execute(id);
  return id;
}
