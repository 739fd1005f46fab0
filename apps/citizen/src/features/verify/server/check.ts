/**
 * The verdicts the server gives: always read from the chain through the SDK. The records only
 * find the proof for a typed number; the chain then decides, so records that lie about a
 * number cannot make a diploma valid.
 */
import type { Locale } from "@ishonch/i18n";
import {
  findDiplomasByNumber,
  findDiplomasByNumbers,
  sharedRecords,
  type DiplomaNumberRecord,
} from "@ishonch/records";
import {
  decodeError,
  diplomaNumberVerdict,
  verifyAnchoredCertificate,
  verifyDiplomaNumber,
  verifyDiplomaNumbers,
  type DiplomaVerdict,
  type IshonchContracts,
} from "@ishonch/sdk";
import { chainSnapshot } from "../../../shared/server/chain.ts";
import { isDiplomaNumber, type DiplomaNumber } from "../bulk-input.ts";
import type { DocumentClaim } from "../document-claim.ts";
import { problemOutcome, verdictView, type VerifyOutcome } from "../verdict-view.ts";

async function onChain(
  locale: Locale,
  read: (contracts: IshonchContracts) => Promise<DiplomaVerdict>,
): Promise<VerifyOutcome> {
  try {
    const { contracts } = await chainSnapshot();
    return { kind: "verdict", verdict: verdictView(locale, await read(contracts)) };
  } catch (error) {
    console.error("citizen: diploma check on chain failed:", decodeError(error));
    return problemOutcome(locale, "chainUnavailable");
  }
}

/**
 * The chain's verdict on a document's certificate hash, proof and root, at the registry the
 * document names (the current one, or an earlier version the council's directory lists).
 */
export function checkDocumentClaim(locale: Locale, claim: DocumentClaim): Promise<VerifyOutcome> {
  return onChain(locale, (contracts) => verifyAnchoredCertificate(contracts, claim));
}

/**
 * A diploma typed by series and number: issuer, dates and status only. Every diploma recorded
 * under the number is checked on chain; a revoked one (other than a corrected one's
 * predecessor) is shown before any valid copy, so a number is never "genuine" while a
 * diploma with it is revoked (see the SDK's diplomaNumberVerdict).
 */
export async function checkNumber(
  locale: Locale,
  series: string,
  number: string,
): Promise<VerifyOutcome> {
  let records: DiplomaNumberRecord[];
  try {
    records = await findDiplomasByNumber(await sharedRecords(), series, number);
  } catch (error) {
    console.error("citizen: records unavailable for a number lookup:", error);
    return problemOutcome(locale, "indexUnavailable");
  }
  if (records.length === 0) return problemOutcome(locale, "numberNotListed", { series, number });
  return onChain(locale, async (contracts) => {
    const verdicts = await Promise.all(
      records.map((record) => verifyDiplomaNumber(contracts, series, number, record)),
    );
    return diplomaNumberVerdict(verdicts) as DiplomaVerdict;
  });
}

/**
 * Many typed numbers at once, one outcome per number in order, each the verdict `checkNumber`
 * gives (without the anchoring transaction, which the bulk report does not show). Bounded
 * work whatever the list: one records query for every number, then one chain snapshot read
 * in a few calls (the SDK's `verifyDiplomaNumbers`: chunks of `verifyMany`, each issuer once).
 */
export async function checkNumbers(
  locale: Locale,
  numbers: readonly DiplomaNumber[],
): Promise<VerifyOutcome[]> {
  const outcomes = numbers.map(() => problemOutcome(locale, "numberMissing"));
  const asked = numbers.flatMap((entry, index) =>
    isDiplomaNumber(entry) ? [{ ...entry, index }] : [],
  );
  let found: DiplomaNumberRecord[][];
  try {
    found = await findDiplomasByNumbers(await sharedRecords(), asked);
  } catch (error) {
    console.error("citizen: records unavailable for a bulk number lookup:", error);
    for (const { index } of asked) outcomes[index] = problemOutcome(locale, "indexUnavailable");
    return outcomes;
  }
  const listed = asked.flatMap((entry, i) => {
    const records = found[i] ?? [];
    if (records.length > 0) return [{ ...entry, records }];
    const { series, number } = entry;
    outcomes[entry.index] = problemOutcome(locale, "numberNotListed", { series, number });
    return [];
  });
  if (listed.length === 0) return outcomes;
  try {
    const { contracts, blockNumber } = await chainSnapshot();
    const verdicts = await verifyDiplomaNumbers(contracts, listed, { blockNumber });
    listed.forEach(({ index }, i) => {
      outcomes[index] = { kind: "verdict", verdict: verdictView(locale, verdicts[i]!) };
    });
  } catch (error) {
    console.error("citizen: bulk diploma check on chain failed:", decodeError(error));
    for (const { index } of listed) outcomes[index] = problemOutcome(locale, "chainUnavailable");
  }
  return outcomes;
}
