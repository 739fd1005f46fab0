import { errorMessage, format, wordsIn } from "@ishonch/i18n";
import { getOrganizationRow } from "@ishonch/index";
import { appealKeyOf, loadSealedDocument, reconcileEscalations } from "@ishonch/records";
import { appealStatus, decodeError, type AppealView } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../shared/server/deployment";
import { fromIndex } from "../../shared/server/index-db";
import { fromRecords } from "../../shared/server/records-db";
import type { SearchParams } from "../../shared/server/lists";
import { requestLocale } from "../../shared/server/locale";
import { parseOrganizationId } from "../../shared/ui/forms";
import { sharedWords } from "../../shared/ui/words";
import { AppealFacts } from "./AppealFacts";
import { AppealWorkbench } from "./AppealWorkbench";
import { appealWords } from "./words";

/**
 * One appeal for an officer: its record and status read from the chain on every request
 * (never the index's copy), its sealed text from the records, opened in the browser.
 */
export async function AppealPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await requestLocale();
  const m = wordsIn(locale, appealWords);
  const { id: idText } = await props.params;
  const agencyParam = (await props.searchParams).agency;
  const agencyId = parseOrganizationId(String(agencyParam ?? ""));
  const deployment = loadDeployment();
  const id = /^[1-9][0-9]{0,14}$/.test(idText) ? Number(idText) : null;
  if (!deployment.ok || id === null) return null;

  const reader = connectReader(deployment.deployment);
  let appeal: AppealView;
  try {
    appeal = await appealStatus(reader, id);
  } catch (error) {
    return (
      <section className="panel" role="alert" data-testid="appeal-error">
        <p className="error">{errorMessage(locale, decodeError(error))}</p>
      </section>
    );
  }

  // The chain shows it escalated: the superior's key wraps count now, even if the
  // escalation's last records write was cut short (see @ishonch/records' escalations).
  if (appeal.escalatedTo !== null) {
    await fromRecords((records) =>
      reconcileEscalations(records, reader, { appealIds: [appeal.id] }),
    );
  }
  const [holder, sealedAppeal, sealedAnswer, holderKey] = await Promise.all([
    fromIndex((db) => getOrganizationRow(db, appeal.agencyId)),
    fromRecords((records) => loadSealedDocument(records, appeal.contentCommitment)),
    appeal.answerCommitment
      ? fromRecords((records) => loadSealedDocument(records, appeal.answerCommitment!))
      : null,
    fromRecords((records) => appealKeyOf(records, deployment.deployment.chainId, appeal.agencyId)),
  ]);

  return (
    <section className="panel" aria-labelledby="appeal-heading" data-testid="appeal">
      <h2 id="appeal-heading">
        {format(m.detail.heading, { id })} <span className="badge chain">{m.detail.fromChain}</span>
      </h2>
      <p className="source">
        {format(wordsIn(locale, sharedWords).chain.atBlock, { block: appeal.blockNumber })}
      </p>
      <AppealFacts
        appeal={appeal}
        holderName={holder?.name ?? null}
        agencyId={agencyId}
        locale={locale}
      />
      <AppealWorkbench
        appeal={appeal}
        actingAgencyId={agencyId ?? appeal.agencyId}
        sealedAppeal={sealedAppeal}
        sealedAnswer={sealedAnswer ?? null}
        holderKey={holderKey}
      />
    </section>
  );
}
