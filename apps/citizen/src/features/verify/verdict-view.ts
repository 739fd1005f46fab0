/**
 * A diploma verdict in words: what the verify page, its script and the bulk report show.
 * Built on the server from the SDK's chain verdict, so every word and date is final and the
 * browser only lays it out.
 */
import {
  certificateWords,
  format,
  formatDateTime,
  label,
  revocationReasonWords,
  wordsIn,
  type InLocale,
  type Locale,
} from "@ishonch/i18n";
import type { DiplomaEvidence, DiplomaVerdict } from "@ishonch/sdk";
import { verifyWords } from "./words.ts";

type VerifyWords = InLocale<typeof verifyWords>;

export type VerdictStatus = DiplomaVerdict["kind"];

/** One line of evidence: a label, a value, and whether the value is a hash to wrap. */
export interface FactView {
  name: keyof VerifyWords["evidence"];
  label: string;
  value: string;
  hash: boolean;
}

export interface VerdictView {
  status: VerdictStatus;
  /** The verdict in a few words, e.g. "Valid". */
  title: string;
  /** What the verdict means for the reader, with the issuer or the reason filled in. */
  explanation: string;
  /** The issuing organization's name as the chain holds it, if the batch is known. */
  issuer: string | null;
  issuedAt: string | null;
  facts: FactView[];
}

/** Why no verdict could be given; each has its sentence in the page's language. */
export type VerifyProblem =
  | "chainUnavailable"
  | "indexUnavailable"
  | "numberMissing"
  | "numberNotListed"
  | "documentNotStored"
  | "limitReached"
  | "badRequest"
  | "bulkTooMany";

export type VerifyOutcome =
  | { kind: "verdict"; verdict: VerdictView }
  | { kind: "problem"; problem: VerifyProblem; message: string };

export function problemOutcome(
  locale: Locale,
  problem: VerifyProblem,
  args: Record<string, string> = {},
): VerifyOutcome {
  return { kind: "problem", problem, message: format(wordsIn(locale, verifyWords)[problem], args) };
}

function issuerName(locale: Locale, evidence: DiplomaEvidence): string {
  return (
    evidence.organization?.name ??
    format(wordsIn(locale, verifyWords).unknownIssuer, { orgId: evidence.orgId })
  );
}

function evidenceFacts(locale: Locale, evidence: DiplomaEvidence): FactView[] {
  const words = wordsIn(locale, verifyWords).evidence;
  const fact = (name: FactView["name"], value: string, hash = false): FactView => ({
    name,
    label: words[name],
    value,
    hash,
  });
  const accreditation = evidence.organization
    ? label(locale, "OrganizationStatus", evidence.organization.status)
    : label(locale, "OrganizationStatus", "None");
  return [
    fact("issuer", issuerName(locale, evidence)),
    fact("accreditation", accreditation),
    fact("issuedAt", formatDateTime(locale, evidence.issuedAt)),
    fact("block", String(evidence.issuedBlock)),
    ...(evidence.transactionHash ? [fact("transaction", evidence.transactionHash, true)] : []),
    fact("contract", evidence.contract, true),
  ];
}

/** The verdict for a reader of `locale`, with its evidence from the chain. */
export function verdictView(locale: Locale, verdict: DiplomaVerdict): VerdictView {
  const words = wordsIn(locale, verifyWords);
  const title = certificateWords.verdict[verdict.kind][locale];
  const evidence = verdict.evidence;
  const facts = evidence ? evidenceFacts(locale, evidence) : [];
  const issuer = evidence ? issuerName(locale, evidence) : null;
  const issuedAt = evidence ? formatDateTime(locale, evidence.issuedAt) : null;
  if (verdict.kind === "revoked") {
    const revokedAt = formatDateTime(locale, verdict.revokedAt);
    const reason = revocationReasonWords(locale, verdict.reasonName, verdict.reason);
    const revocation: FactView[] = [
      { name: "revokedAt", label: words.evidence.revokedAt, value: revokedAt, hash: false },
      { name: "reason", label: words.evidence.reason, value: reason, hash: false },
    ];
    if (verdict.revokedWithBatch) {
      const value = words.evidence.revokedWithBatch;
      revocation.push({ name: "revokedWithBatch", label: value, value: "✓", hash: false });
    }
    if (verdict.successor) {
      const value = verdict.successor.certificateHash;
      revocation.push({ name: "replacedBy", label: words.evidence.replacedBy, value, hash: true });
    }
    return {
      status: verdict.kind,
      title,
      explanation: format(words.explanation.revoked, { revokedAt, reason }),
      issuer,
      issuedAt,
      facts: [...facts, ...revocation],
    };
  }
  return {
    status: verdict.kind,
    title,
    explanation: format(words.explanation[verdict.kind], { issuer: issuer ?? "" }),
    issuer,
    issuedAt,
    facts,
  };
}
