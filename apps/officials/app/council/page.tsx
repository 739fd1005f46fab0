import { errorMessage, format } from "@ishonch/i18n";
import {
  chainNow,
  decodeError,
  getCouncilMembership,
  listCouncilProposals,
  type CouncilMembership,
  type CouncilProposal,
} from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { CouncilProposals } from "../../src/components/council/CouncilProposals";
import { RegisterOrganizationForm } from "../../src/components/workspace/RegisterOrganizationForm";
import { formatDateTime } from "../../src/lib/dates";
import { councilMessagesFor } from "../../src/messages/council";
import { loadDeployment } from "../../src/server/deployment";
import { requestLocale } from "../../src/server/locale";

/** What the page reads from the chain, all at one moment of the chain's clock. */
interface CouncilView {
  membership: CouncilMembership;
  proposals: CouncilProposal[];
  now: number;
}

/**
 * The council's proposals read straight from the chain (the chain, not the index, decides
 * what may be executed), with the chain's clock for the time left.
 */
export default async function CouncilPage() {
  const locale = await requestLocale();
  const m = councilMessagesFor(locale);
  const deployment = loadDeployment();
  if (!deployment.ok) return null;
  const contracts = connectReader(deployment.deployment);
  let view: CouncilView;
  try {
    const [membership, proposals, now] = await Promise.all([
      getCouncilMembership(contracts),
      listCouncilProposals(contracts),
      chainNow(contracts),
    ]);
    view = { membership, proposals, now: now.time };
  } catch (error) {
    return (
      <section className="panel" role="alert">
        <p className="error">
          {format(m.chainUnreachable, { reason: errorMessage(locale, decodeError(error)) })}
        </p>
      </section>
    );
  }
  const { membership, proposals, now } = view;
  return (
    <>
      <section className="panel">
        <p data-testid="council-rule">
          {format(m.rule, { threshold: membership.threshold, members: membership.members.length })}
        </p>
        <p className="note" data-testid="council-chain-time">
          {format(m.chainTime, { time: formatDateTime(locale, new Date(now * 1000)) })}
        </p>
      </section>
      <div className="grid two">
        <CouncilProposals
          locale={locale}
          registry={deployment.deployment.contracts.OrganizationRegistry}
          membership={membership}
          proposals={proposals}
          now={now}
        />
        <RegisterOrganizationForm through="council" />
      </div>
    </>
  );
}
