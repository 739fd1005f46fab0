// One function per CertificateRegistry operation, and the verdict on a diploma, always read
// from the chain (the index may serve a proof, never the answer).
import { JsonRpcApiProvider, toQuantity, type ContractTransactionReceipt } from "ethers";
import { dateOf, read } from "../chain.ts";
import type { CertificateRegistry, IshonchContracts } from "../contracts.ts";
import { sameAddress, type Address } from "../deployment.ts";
import { getServiceVersions, wasCurrentAt } from "../directory.ts";
import { InvalidArgumentError, IshonchError } from "../errors.ts";
import {
  CertificateStatus,
  REASON_ANNULLED_BY_AUTHORITY,
  REASON_FRAUD,
  REASON_ISSUED_IN_ERROR,
  REASON_NOT_ENTITLED,
  REASON_SUPERSEDED,
} from "../generated/enums.ts";
import { getOrganization, type Organization } from "../organizations.ts";
import { send } from "../transactions.ts";
import {
  certificateHashOf,
  diplomaCertificateHash,
  diplomaDocumentOf,
  numberKeyOf,
  type DiplomaAnchor,
  type DiplomaDocument,
  type PreparedDiploma,
} from "./document.ts";
import { DiplomaTree } from "./merkle.ts";
import { decodeVerifications, encodeVerifyMany, type VerificationFields } from "./verify-many.ts";

/**
 * Where one certificate is: its organization (batches and revocations are kept per
 * organization), its batch, its hash and its proof in the batch.
 */
export interface CertificateLocator {
  orgId: number;
  root: string;
  certificateHash: string;
  proof: string[];
}

export interface CertificateRef {
  root: string;
  certificateHash: string;
}

export const revocationReasons = [
  { code: REASON_ISSUED_IN_ERROR, name: "IssuedInError" },
  { code: REASON_SUPERSEDED, name: "Superseded" },
  { code: REASON_FRAUD, name: "Fraud" },
  { code: REASON_ANNULLED_BY_AUTHORITY, name: "AnnulledByAuthority" },
  { code: REASON_NOT_ENTITLED, name: "NotEntitled" },
] as const;
export type RevocationReasonName = (typeof revocationReasons)[number]["name"] | "Other";

/** The contract accepts any non-zero code; unnamed ones are shown as "other (code N)". */
export function revocationReasonName(code: number): RevocationReasonName {
  return revocationReasons.find((reason) => reason.code === code)?.name ?? "Other";
}

/** What an employer is shown next to a verdict, all of it read from the chain. */
export interface DiplomaEvidence {
  orgId: number;
  /** The issuing organization's record (name, type, status); null if it cannot be read. */
  organization: Organization | null;
  issuer: Address;
  issuedAt: Date;
  issuedBlock: number;
  /** The transaction that anchored the batch (its BatchIssued log). */
  transactionHash: string | null;
  root: string;
  certificateHash: string;
  chainId: number;
  contract: Address;
}

export type DiplomaVerdict =
  | { kind: "valid"; evidence: DiplomaEvidence }
  | {
      kind: "revoked";
      evidence: DiplomaEvidence;
      reason: number;
      reasonName: RevocationReasonName;
      revokedAt: Date;
      revokedWithBatch: boolean;
      successor: CertificateRef | null;
    }
  | { kind: "tampered"; evidence: DiplomaEvidence | null }
  | { kind: "notIssued"; evidence: null; otherDeployment: boolean }
  | { kind: "issuerNotAccredited"; evidence: DiplomaEvidence };

export type DiplomaVerdictKind = DiplomaVerdict["kind"];

function anchorBase(contracts: IshonchContracts): Pick<DiplomaAnchor, "chainId" | "contract"> {
  return {
    chainId: contracts.deployment.chainId,
    contract: contracts.deployment.contracts.CertificateRegistry,
  };
}

/**
 * The Merkle root of a class and each diploma's document with its proof, without the chain:
 * what `issueBatch` anchors. Documents come back in the order of `diplomas`.
 */
export function planDiplomaBatch(
  target: Pick<DiplomaAnchor, "chainId" | "contract">,
  diplomas: readonly PreparedDiploma[],
): { root: string; documents: DiplomaDocument[] } {
  const orgId = diplomas[0]?.orgId;
  if (orgId === undefined) throw new InvalidArgumentError("a batch needs at least one diploma");
  if (diplomas.some((diploma) => diploma.orgId !== orgId)) {
    throw new InvalidArgumentError("every diploma of a batch belongs to the same organization");
  }
  const tree = new DiplomaTree(
    orgId,
    diplomas.map((diploma) => diploma.certificateHash),
  );
  const documents = diplomas.map((diploma) =>
    diplomaDocumentOf(diploma, {
      ...target,
      root: tree.root,
      proof: tree.proof(diploma.certificateHash),
    }),
  );
  return { root: tree.root, documents };
}

/** Issues one diploma (a batch of one: its root is its leaf, its proof empty). */
export async function issueCertificate(
  contracts: IshonchContracts,
  diploma: PreparedDiploma,
): Promise<{ document: DiplomaDocument; receipt: ContractTransactionReceipt }> {
  const { documents } = planDiplomaBatch(anchorBase(contracts), [diploma]);
  const receipt = await send(contracts, () =>
    contracts.certificateRegistry.issueCertificate(diploma.orgId, diploma.certificateHash),
  );
  return { document: documents[0]!, receipt };
}

/** Issues a whole class in one transaction (one wallet signature). */
export async function issueBatch(
  contracts: IshonchContracts,
  diplomas: readonly PreparedDiploma[],
): Promise<{ root: string; documents: DiplomaDocument[]; receipt: ContractTransactionReceipt }> {
  const { root, documents } = planDiplomaBatch(anchorBase(contracts), diplomas);
  const receipt = await send(contracts, () =>
    contracts.certificateRegistry.issueBatch(diplomas[0]!.orgId, root, diplomas.length),
  );
  return { root, documents, receipt };
}

function locate(target: DiplomaDocument | CertificateLocator): CertificateLocator {
  if ("certificateHash" in target) return target;
  return {
    orgId: target.orgId,
    root: target.anchor.root,
    certificateHash: diplomaCertificateHash(target),
    proof: target.anchor.proof,
  };
}

/** Revokes one diploma, permanently, with a reason code (not Superseded: see `supersede`). */
export function revokeCertificate(
  contracts: IshonchContracts,
  target: DiplomaDocument | CertificateLocator,
  reason: number,
): Promise<ContractTransactionReceipt> {
  const { orgId, root, certificateHash, proof } = locate(target);
  return send(contracts, () =>
    contracts.certificateRegistry.revokeCertificate(orgId, root, certificateHash, proof, reason),
  );
}

/** Revokes every diploma of an organization's batch, permanently. */
export function revokeBatch(
  contracts: IshonchContracts,
  orgId: number,
  root: string,
  reason: number,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () => contracts.certificateRegistry.revokeBatch(orgId, root, reason));
}

/** Replaces a diploma by an already issued correction, linking the two on chain. */
export function supersede(
  contracts: IshonchContracts,
  old: DiplomaDocument | CertificateLocator,
  correction: DiplomaDocument | CertificateLocator,
): Promise<ContractTransactionReceipt> {
  const from = locate(old);
  const to = locate(correction);
  return send(contracts, () =>
    contracts.certificateRegistry.supersede(
      from.orgId,
      from.root,
      from.certificateHash,
      from.proof,
      to.root,
      to.certificateHash,
      to.proof,
    ),
  );
}

/**
 * Refuses, before anything is signed, a correction of a diploma that could not be superseded:
 * revoked already, issued by a suspended organization, altered, or never issued by the current
 * registry (`supersede` runs there: a diploma of an earlier version stays valid but cannot be
 * linked). Without this a correction would be issued and then left unlinked.
 * @throws IshonchError with the contract's own error code for that case.
 */
export async function assertSupersedable(
  contracts: IshonchContracts,
  earlier: DiplomaDocument,
): Promise<void> {
  const locator = locate(earlier);
  const { root, certificateHash } = locator;
  const verdict = await verifyCertificate(contracts, locator);
  switch (verdict.kind) {
    case "valid":
      return;
    case "revoked":
      throw new IshonchError("CertificateAlreadyRevoked", { root, certificateHash });
    case "issuerNotAccredited":
      throw new IshonchError("IssuerNotActive", { orgId: verdict.evidence.orgId });
    case "tampered":
      throw new IshonchError("CertificateNotInBatch", { root, certificateHash });
    case "notIssued":
      throw new IshonchError("UnknownBatch", { root });
  }
}

async function batchTransaction(
  contracts: IshonchContracts,
  orgId: number,
  root: string,
  block: number,
): Promise<string | null> {
  const registry = contracts.certificateRegistry;
  const filter = registry.filters.BatchIssued(root, orgId);
  const logs = await registry.queryFilter(filter, block, block);
  return logs[0]?.transactionHash ?? null;
}

const ZERO_HASH = `0x${"0".repeat(64)}`;

/**
 * The verdict from the registry's answer on `locator`, with the issuing organization's record
 * and the anchoring transaction where they were read.
 */
function verdictOf(
  contracts: IshonchContracts,
  locator: CertificateLocator,
  result: VerificationFields,
  organization: Organization | null,
  transactionHash: string | null,
): DiplomaVerdict {
  const status = Number(result.status);
  if (status === CertificateStatus.NotIssued) {
    return { kind: "notIssued", evidence: null, otherDeployment: false };
  }
  const evidence: DiplomaEvidence = {
    orgId: Number(result.orgId),
    organization,
    issuer: result.issuer as Address,
    issuedAt: dateOf(result.issuedAt),
    issuedBlock: Number(result.issuedBlock),
    transactionHash,
    root: locator.root,
    certificateHash: locator.certificateHash,
    ...anchorBase(contracts),
  };
  if (status === CertificateStatus.NotInBatch) {
    return { kind: "tampered", evidence };
  }
  if (status === CertificateStatus.Revoked) {
    const reason = Number(result.revocationReason);
    const successor =
      result.successor.root === ZERO_HASH
        ? null
        : { root: result.successor.root, certificateHash: result.successor.certificateHash };
    return {
      kind: "revoked",
      evidence,
      reason,
      reasonName: revocationReasonName(reason),
      revokedAt: dateOf(result.revokedAt),
      revokedWithBatch: result.revokedWithBatch,
      successor,
    };
  }
  if (status === CertificateStatus.IssuerSuspended)
    return { kind: "issuerNotAccredited", evidence };
  return { kind: "valid", evidence };
}

/**
 * The verdict on a certificate located by organization, root, hash and proof, with the chain's
 * evidence. The chain looks the batch up under the organization the certificate names, so
 * another organization that anchored the same root first can neither answer for it nor
 * block it; a certificate revoked on its own is revoked under any root.
 */
export async function verifyCertificate(
  contracts: IshonchContracts,
  locator: CertificateLocator,
): Promise<DiplomaVerdict> {
  const result = await read(() =>
    contracts.certificateRegistry.verify(
      locator.orgId,
      locator.certificateHash,
      locator.proof,
      locator.root,
    ),
  );
  if (Number(result.status) === CertificateStatus.NotIssued) {
    return verdictOf(contracts, locator, result, null, null);
  }
  const orgId = Number(result.orgId);
  const [organization, transactionHash] = await Promise.all([
    getOrganization(contracts, orgId).catch(() => null),
    batchTransaction(contracts, orgId, locator.root, Number(result.issuedBlock)).catch(() => null),
  ]);
  return verdictOf(contracts, locator, result, organization, transactionHash);
}

/**
 * Certificates checked in one `verifyMany` call. Each costs about what one `verify` costs
 * (measured: 6.0 million gas for 250 certificates of classes of 200, so about 24 thousand
 * each), so a chunk stays far below the `eth_call` gas cap of anvil (30 million) and Hardhat's
 * node (60 million), and its call data (about 100 kB) well under a request size limit.
 */
export const VERIFY_MANY_CHUNK = 250;

/** How `verifyCertificates` reads: at which block, and how many certificates a call. */
export interface VerifyManyOptions {
  /**
   * The block to read at (a snapshot's): the calls then go to the node as plain `eth_call`s,
   * sparing ethers' `call`, which copies and re-encodes each chunk's 100 kB of call data four
   * times (0.2 s of a bulk check of 1,000). Without it, the contracts' runner reads.
   */
  blockNumber?: number;
  chunkSize?: number;
}

/** One `verifyMany` call, at `blockNumber` or through the contracts' runner. */
async function verifyChunk(
  contracts: IshonchContracts,
  chunk: readonly CertificateLocator[],
  blockNumber: number | undefined,
): Promise<VerificationFields[]> {
  const registry = contracts.certificateRegistry;
  const runner = registry.runner;
  const data = encodeVerifyMany(registry.interface.getFunction("verifyMany").selector, chunk);
  const to = await registry.getAddress();
  const provider = runner?.provider;
  if (blockNumber !== undefined && provider instanceof JsonRpcApiProvider) {
    const call = { to, data };
    const answer: string = await read(() =>
      provider.send("eth_call", [call, toQuantity(blockNumber)]),
    );
    return decodeVerifications(answer);
  }
  if (!runner?.call) throw new IshonchError("NetworkError", { reason: "no provider" });
  return decodeVerifications(await read(() => runner.call!({ to, data })));
}

/**
 * The verdicts on many certificates, each as `verifyCertificate` gives it, read with the
 * registry's `verifyMany` in chunks (VERIFY_MANY_CHUNK unless `chunkSize`), and each issuing
 * organization read once. Pass contracts pinned to one block (`connectPinnedReader` in
 * `@ishonch/sdk/node`) and that block, so that every verdict comes from the same state. The
 * evidence leaves out the anchoring transaction (`transactionHash` null): finding it is a log
 * query per batch, and a bulk report does not show it.
 */
export async function verifyCertificates(
  contracts: IshonchContracts,
  locators: readonly CertificateLocator[],
  { blockNumber, chunkSize = VERIFY_MANY_CHUNK }: VerifyManyOptions = {},
): Promise<DiplomaVerdict[]> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new InvalidArgumentError("the chunk size is a positive whole number");
  }
  const chunks: CertificateLocator[][] = [];
  for (let i = 0; i < locators.length; i += chunkSize) {
    chunks.push(locators.slice(i, i + chunkSize));
  }
  const answers = await Promise.all(
    chunks.map((chunk) => verifyChunk(contracts, chunk, blockNumber)),
  );
  const results = answers.flat();
  const issuers = new Set(
    results
      .filter((result) => Number(result.status) !== CertificateStatus.NotIssued)
      .map((result) => Number(result.orgId)),
  );
  const organizations = new Map(
    await Promise.all(
      [...issuers].map(
        async (orgId) =>
          [orgId, await getOrganization(contracts, orgId).catch(() => null)] as const,
      ),
    ),
  );
  return results.map((result, i) =>
    verdictOf(
      contracts,
      locators[i]!,
      result,
      organizations.get(Number(result.orgId)) ?? null,
      null,
    ),
  );
}

/** A certificate as its document names it: the chain and registry that anchored it, and where. */
export interface AnchoredCertificate extends CertificateLocator {
  chainId: number;
  contract: string;
}

const CERTIFICATE_SERVICE = "CertificateRegistry";

/** The same handles, with the certificate registry at an earlier version's address. */
function atCertificateRegistry(contracts: IshonchContracts, address: string): IshonchContracts {
  const { deployment } = contracts;
  return {
    ...contracts,
    deployment: {
      ...deployment,
      contracts: { ...deployment.contracts, CertificateRegistry: address as Address },
    },
    certificateRegistry: contracts.certificateRegistry.attach(address) as CertificateRegistry,
  };
}

/**
 * The verdict on a certificate anchored where its document says. A registry other than the
 * current one counts only if the council's directory lists it as a version of the certificate
 * registry AND the certificate was issued while that version was current: an old version
 * stays open for revoking its own diplomas, so anything it issued after its replacement is
 * not an Ishonch diploma.
 */
export async function verifyAnchoredCertificate(
  contracts: IshonchContracts,
  claim: AnchoredCertificate,
): Promise<DiplomaVerdict> {
  const elsewhere: DiplomaVerdict = { kind: "notIssued", evidence: null, otherDeployment: true };
  const { chainId, contracts: addresses } = contracts.deployment;
  if (claim.chainId !== chainId) return elsewhere;
  if (sameAddress(claim.contract, addresses.CertificateRegistry)) {
    return verifyCertificate(contracts, claim);
  }
  const versions = await getServiceVersions(contracts, CERTIFICATE_SERVICE);
  if (!versions.some((version) => sameAddress(version.contractAddress, claim.contract))) {
    return elsewhere;
  }
  const verdict = await verifyCertificate(atCertificateRegistry(contracts, claim.contract), claim);
  const issuedAt = verdict.evidence ? verdict.evidence.issuedAt.getTime() / 1000 : null;
  if (issuedAt !== null && !wasCurrentAt(versions, claim.contract, issuedAt)) return elsewhere;
  return verdict;
}

/** The verdict on a diploma document: its content is rehashed here, then checked on chain. */
export function verifyDocument(
  contracts: IshonchContracts,
  document: DiplomaDocument,
): Promise<DiplomaVerdict> {
  return verifyAnchoredCertificate(contracts, {
    chainId: document.anchor.chainId,
    contract: document.anchor.contract,
    root: document.anchor.root,
    certificateHash: diplomaCertificateHash(document),
    proof: document.anchor.proof,
    orgId: document.orgId,
  });
}

/**
 * The one verdict for a diploma number from the verdicts on every diploma recorded under it.
 * A revocation other than a correction's wins over any valid copy: a number whose diploma was
 * revoked (say for fraud) never reads as genuine because another copy of it was anchored. A
 * corrected diploma (its predecessor revoked as Superseded) reads as the valid correction.
 * Otherwise a valid one, else the first (the newest record).
 */
export function diplomaNumberVerdict(verdicts: readonly DiplomaVerdict[]): DiplomaVerdict | null {
  const revoked = verdicts.find(
    (verdict) => verdict.kind === "revoked" && verdict.reason !== REASON_SUPERSEDED,
  );
  return revoked ?? verdicts.find((verdict) => verdict.kind === "valid") ?? verdicts[0] ?? null;
}

/** What the records hold for a diploma recorded under a number (no name, no field). */
export interface DiplomaNumberRecordRef {
  orgId: number;
  contentHash: string;
  root: string;
  proof: string[];
}

/** The certificate a record names, with its hash recomputed from the typed number. */
function numberLocator(
  series: string,
  number: string,
  record: DiplomaNumberRecordRef,
): CertificateLocator {
  return {
    orgId: record.orgId,
    root: record.root,
    certificateHash: certificateHashOf(numberKeyOf(series, number), record.contentHash),
    proof: record.proof,
  };
}

/**
 * The verdict for a typed diploma number. `record` comes from the index (which cannot be
 * trusted): the certificate hash is recomputed from the number the employer typed, so a record
 * for another number is reported as not issued or tampered, never as valid.
 */
export function verifyDiplomaNumber(
  contracts: IshonchContracts,
  series: string,
  number: string,
  record: DiplomaNumberRecordRef,
): Promise<DiplomaVerdict> {
  return verifyCertificate(contracts, numberLocator(series, number, record));
}

/** A typed diploma number and every diploma the records hold under it. */
export interface DiplomaNumberQuery {
  series: string;
  number: string;
  records: readonly DiplomaNumberRecordRef[];
}

/**
 * The one verdict per typed number (`diplomaNumberVerdict` over each of its records, as
 * `verifyDiplomaNumber` gives them one by one), for many numbers in a few calls: the
 * certificates through `verifyCertificates`, without the anchoring transaction. Null for a
 * number without records. Pass contracts pinned to one block, and that block.
 */
export async function verifyDiplomaNumbers(
  contracts: IshonchContracts,
  queries: readonly DiplomaNumberQuery[],
  options: VerifyManyOptions = {},
): Promise<(DiplomaVerdict | null)[]> {
  const locators = queries.flatMap(({ series, number, records }) =>
    records.map((record) => numberLocator(series, number, record)),
  );
  const verdicts = await verifyCertificates(contracts, locators, options);
  let next = 0;
  return queries.map(({ records }) =>
    diplomaNumberVerdict(verdicts.slice(next, (next += records.length))),
  );
}
