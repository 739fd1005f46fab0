import { format, formatDateTime, label, wordsIn, type Locale } from "@ishonch/i18n";
import {
  countingApprovals,
  decodeCouncilCall,
  secondsUntilExecutable,
  type CouncilCallTargets,
  type CouncilMembership,
  type CouncilProposal,
} from "@ishonch/sdk";
import { ProposalActions } from "./ProposalActions";
import { periodWords, queueSettingWords, serviceLabel, type CouncilText } from "./setting-text";
import { councilWords } from "./words";

/** A duration as h:mm:ss, the same in every language. */
function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `${hours}:${String(minutes).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
}

/** What the proposal's call would do, in words. */
function describeCall(
  locale: Locale,
  m: CouncilText,
  targets: CouncilCallTargets,
  proposal: CouncilProposal,
): string {
  const call = decodeCouncilCall(targets, proposal);
  switch (call.kind) {
    case "registerOrganization":
      return format(m.call.registerOrganization, {
        name: call.name,
        orgType: label(locale, "OrganizationType", call.orgType),
        region: label(locale, "Region", call.region),
        parent: call.parentId ?? m.call.noParent,
      });
    case "grantOrganizationAdmin":
      return format(m.call.grantOrganizationAdmin, call);
    case "revokeOrganizationAdmin":
      return format(m.call.revokeOrganizationAdmin, call);
    case "setOrganizationStatus":
      return format(m.call.setOrganizationStatus, {
        orgId: call.orgId,
        status: label(locale, "OrganizationStatus", call.status),
      });
    case "setServiceContract":
      return format(m.call.setServiceContract, {
        service: serviceLabel(m, call.service),
        newContract: call.newContract,
      });
    case "setOfferPeriod":
      return format(m.call.setOfferPeriod, { period: periodWords(locale, call.seconds) });
    case "setPriorityCategory":
    case "setAgeGroup":
      return queueSettingWords(m, call.kind, call);
    case "other":
      return format(m.call.other, call);
  }
}

/**
 * The council's proposals, newest first: what each would do, who approved it of whom, and
 * how long it still waits by the chain's clock; approve and execute from the wallet.
 */
export function CouncilProposals(props: {
  locale: Locale;
  /** The deployment's contracts whose calls are described in words. */
  targets: CouncilCallTargets;
  membership: CouncilMembership;
  proposals: CouncilProposal[];
  /** The chain's time (Unix seconds) the page was read at. */
  now: number;
}) {
  const { locale, targets, membership, proposals, now } = props;
  const m = wordsIn(locale, councilWords);
  return (
    <section className="panel" aria-labelledby="council-proposals-heading">
      <h2 id="council-proposals-heading">{m.proposalsHeading}</h2>
      {proposals.length === 0 ? <p>{m.noProposals}</p> : null}
      {proposals.map((proposal) => {
        const approvals = countingApprovals(proposal, membership.members);
        const secondsLeft = secondsUntilExecutable(proposal, now);
        return (
          <article
            key={proposal.id}
            className="proposal"
            aria-labelledby={`proposal-${proposal.id}-heading`}
            data-testid={`proposal-${proposal.id}`}
          >
            <h3 id={`proposal-${proposal.id}-heading`}>
              {format(m.proposal, { id: proposal.id })}
            </h3>
            <p>{describeCall(locale, m, targets, proposal)}</p>
            <p data-testid="proposal-state">{m.state[proposal.state]}</p>
            <p className="note">{format(m.proposedBy, { account: proposal.proposer })}</p>
            <p data-testid="proposal-approvals">
              {format(m.approvals, { count: approvals.length, threshold: membership.threshold })}
            </p>
            <ul className="mono">
              {approvals.map((approver) => (
                <li key={approver}>{approver}</li>
              ))}
            </ul>
            {proposal.state === "Scheduled" && secondsLeft !== null ? (
              <p data-testid="proposal-time-left">
                {secondsLeft === 0
                  ? m.executableNow
                  : format(m.timeLeft, {
                      time: formatDuration(secondsLeft),
                      at: formatDateTime(locale, new Date(proposal.executableAt! * 1000)),
                    })}
              </p>
            ) : null}
            {proposal.state === "Pending" || proposal.state === "Scheduled" ? (
              <ProposalActions proposalId={proposal.id} />
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
