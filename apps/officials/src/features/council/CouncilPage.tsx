import { errorMessage, format, formatDateTime, wordsIn } from "@ishonch/i18n";
import { queueAgeGroups, queuePriorityCategories } from "@ishonch/index";
import {
  chainNow,
  decodeError,
  getCouncilMembership,
  getQueueSettings,
  listCouncilProposals,
  listDirectoryServices,
  type CouncilMembership,
  type CouncilProposal,
  type QueueSettings,
} from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../shared/server/deployment";
import { fromIndex } from "../../shared/server/index-db";
import { requestLocale } from "../../shared/server/locale";
import { RegisterOrganizationForm } from "../organizations/RegisterOrganizationForm";
import { CouncilProposals } from "./CouncilProposals";
import { ProposeQueueSettingForm } from "./ProposeQueueSettingForm";
import { ProposeUpgradeForm } from "./ProposeUpgradeForm";
import { councilWords } from "./words";

/** What the page reads from the chain, all at one moment of the chain's clock. */
interface CouncilView {
  membership: CouncilMembership;
  proposals: CouncilProposal[];
  /** The services the directory lists, for the upgrade form. */
  services: string[];
  /** The queue's settings the council decides, for the queue-setting form. */
  queueSettings: QueueSettings;
  now: number;
}

/**
 * The council's proposals read straight from the chain (the chain, not the index, decides
 * what may be executed), with the chain's clock for the time left.
 */
export async function CouncilPage() {
  const locale = await requestLocale();
  const m = wordsIn(locale, councilWords);
  const deployment = loadDeployment();
  if (!deployment.ok) return null;
  const contracts = connectReader(deployment.deployment);
  // The contract keeps no list of categories and age groups: their ids come from the index,
  // their definitions from the chain.
  const [categories, ageGroups] = await Promise.all([
    fromIndex((db) => queuePriorityCategories(db)),
    fromIndex((db) => queueAgeGroups(db)),
  ]);
  let view: CouncilView;
  try {
    const [membership, proposals, services, queueSettings, now] = await Promise.all([
      getCouncilMembership(contracts),
      listCouncilProposals(contracts),
      listDirectoryServices(contracts),
      getQueueSettings(contracts, {
        priorityCategories: (categories ?? []).map((category) => category.id),
        ageGroups: (ageGroups ?? []).map((group) => group.id),
      }),
      chainNow(contracts),
    ]);
    view = { membership, proposals, services, queueSettings, now: now.time };
  } catch (error) {
    return (
      <section className="panel" role="alert">
        <p className="error">
          {format(m.chainUnreachable, { reason: errorMessage(locale, decodeError(error)) })}
        </p>
      </section>
    );
  }
  const { membership, proposals, services, queueSettings, now } = view;
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
          targets={deployment.deployment.contracts}
          membership={membership}
          proposals={proposals}
          now={now}
        />
        <div>
          <RegisterOrganizationForm through="council" />
          <ProposeUpgradeForm services={services} />
          <ProposeQueueSettingForm current={queueSettings} />
        </div>
      </div>
    </>
  );
}
