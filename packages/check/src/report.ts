/** Human-readable reports of each check; `--json` prints the results themselves instead. */
import type { AllocationFairness, DirectoryMismatch } from "@ishonch/sdk";
import type { IndexComparison, Row, RowDifference } from "./index-diff.ts";
import type { AppealCheck, DiplomaCheck, PositionCheck } from "./verify.ts";

const keyText = (key: Row): string =>
  Object.entries(key)
    .map(([column, value]) => `${column}=${value}`)
    .join(", ");

export function differenceLine(difference: RowDifference): string {
  const where = `${difference.table} [${keyText(difference.key)}]`;
  switch (difference.kind) {
    case "changed":
      return `${where} ${difference.column}: index ${difference.index} / chain ${difference.chain}`;
    case "missingInIndex":
      return `${where}: on chain, missing from the index`;
    case "notOnChain":
      return `${where}: in the index, not on chain`;
  }
}

export function indexReport(comparison: IndexComparison): string {
  const lines = [
    `chain indexed afresh to block ${comparison.chainBlock}; operator's index at block ${comparison.indexBlock ?? "none"}`,
    ...comparison.tables.map(({ table, rows }) => `  ${table}: ${rows} rows on chain`),
  ];
  if (comparison.indexBlock !== comparison.chainBlock) {
    lines.push("warning: the index is not at the chain's head; rows of newer blocks differ");
  }
  lines.push(
    comparison.differences.length === 0
      ? "the index agrees with the chain"
      : `${comparison.differences.length} difference(s):`,
    ...comparison.differences.map((difference) => `  ${differenceLine(difference)}`),
  );
  return lines.join("\n");
}

export function diplomaReport({ verdict }: DiplomaCheck): string {
  const lines = [`verdict: ${verdict.kind}`];
  const evidence = verdict.evidence;
  if (evidence) {
    lines.push(
      `  issuer organization ${evidence.orgId} (${evidence.organization?.name ?? "unreadable"}), account ${evidence.issuer}`,
      `  issued ${evidence.issuedAt.toISOString()} in block ${evidence.issuedBlock}, transaction ${evidence.transactionHash ?? "not found"}`,
      `  batch root ${evidence.root}, certificate ${evidence.certificateHash}`,
      `  contract ${evidence.contract} on chain ${evidence.chainId}`,
    );
  }
  if (verdict.kind === "revoked") {
    lines.push(`  revoked ${verdict.revokedAt.toISOString()}: ${verdict.reasonName}`);
  }
  return lines.join("\n");
}

export function positionReport(check: PositionCheck): string {
  const { application, blockNumber } = check.position;
  const lines = [
    `application ${application.number} at block ${blockNumber}: ${application.status}, tier ${application.tier}`,
  ];
  for (const p of check.preferences) {
    lines.push(
      `  kindergarten ${p.kindergarten}: ${p.status}, seq ${p.seq}; ahead ${p.reportedAhead} ` +
        `(by tier ${p.reportedAheadByTier.join(" ")}); recounted ${p.countedAhead} ` +
        `(by tier ${p.countedAheadByTier.join(" ")}): ${p.agrees ? "agrees" : "DISAGREES"}`,
    );
  }
  return lines.join("\n");
}

export function allocationReport(fairness: AllocationFairness): string {
  const { offer } = fairness;
  return [
    `offer ${offer.offerId} at block ${fairness.blockNumber}: application ${offer.application}, kindergarten ${offer.kindergarten}, age group ${offer.ageGroup}, ${offer.status}`,
    `  children checked ${fairness.checked}, ahead ${fairness.ahead.length}, skipped ${fairness.skipped}: ${fairness.fair ? "fair" : "UNFAIR"}`,
    ...fairness.ahead.map(
      (child) =>
        `  application ${child.application} (seq ${child.seq}): ${child.standing}` +
        (child.earlierOffer
          ? `, offer ${child.earlierOffer.offerId} ${child.earlierOffer.status}`
          : ""),
    ),
  ].join("\n");
}

export function appealReport(check: AppealCheck): string {
  const { appeal } = check;
  return [
    `appeal ${appeal.id} (${appeal.appealType}) at block ${appeal.blockNumber}, chain time ${appeal.chainTime.toISOString()}`,
    `  registered ${appeal.registeredAt.toISOString()}, held by organization ${appeal.agencyId}, ${appeal.status}`,
    ...check.steps.map(
      (step) => `  ${step.event} (block ${step.blockNumber}): due ${step.deadline.toISOString()}`,
    ),
    `  deadline recomputed ${check.recomputedDeadline.toISOString()}, stored ${appeal.deadline.toISOString()}`,
    `  overdue: ${check.overdue ? "yes" : "no"}: ${check.agrees ? "agrees" : "DISAGREES"}`,
  ].join("\n");
}

export function directoryReport(mismatches: readonly DirectoryMismatch[]): string {
  if (mismatches.length === 0) {
    return "every configured contract is the one the directory lists as current";
  }
  return [
    `${mismatches.length} contract(s) differ from the directory (not approved by the council):`,
    ...mismatches.map(
      ({ service, configured, current }) =>
        `  ${service}: configured ${configured ?? "nothing"} / directory ${current}`,
    ),
  ].join("\n");
}
