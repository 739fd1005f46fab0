// Certificates: the deployment the diploma tests share, and batches built with OpenZeppelin's
// StandardMerkleTree (the convention the registry's `leafOf` and the SDK follow), so that the
// tests check the contract against the library, not against a copy of it.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { AbiCoder, keccak256, toUtf8Bytes, type ContractTransactionResponse } from "ethers";
import {
  deployIshonch,
  ethers,
  namedAccounts,
  networkHelpers,
  OrganizationStatus,
  OrganizationType,
  Region,
  StaffRole,
} from "./fixtures.js";

/** Mirror of CertificateRegistry.CertificateStatus. */
export const Status = {
  NotIssued: 0n,
  NotInBatch: 1n,
  Valid: 2n,
  Revoked: 3n,
  IssuerSuspended: 4n,
} as const;

/** Mirror of the contract's named reason codes. */
export const Reason = {
  IssuedInError: 1,
  Superseded: 2,
  Fraud: 3,
  AnnulledByAuthority: 4,
  NotEntitled: 5,
} as const;

/** The organizations that deployCertificates registers, in registration order. */
export const orgs = { university: 1, school: 2, college: 3, unknown: 99 } as const;

/** The SDK's convention: the certificate hash binds the number key and the salted content. */
export function certificateHashOf(numberKey: string, contentHash: string): string {
  return keccak256(
    AbiCoder.defaultAbiCoder().encode(["bytes32", "bytes32"], [numberKey, contentHash]),
  );
}

/** A distinct, deterministic stand-in for the salted hash of certificate `label`. */
export function fakeCertificateHash(label: string): string {
  return keccak256(toUtf8Bytes(`certificate:${label}`));
}

/** `count` distinct certificate hashes, for a class. */
export function classOf(count: number, label = "class"): string[] {
  return Array.from({ length: count }, (_, i) => fakeCertificateHash(`${label}-${i}`));
}

/** A certificate's leaf values: the registry binds the issuing organization into the leaf. */
const LEAF_ENCODING = ["uint32", "bytes32"];

/** A batch of certificates of one organization, as a StandardMerkleTree. */
export class CertificateTree {
  readonly root: string;
  private readonly tree: StandardMerkleTree<[number, string]>;

  constructor(
    readonly orgId: number,
    certificateHashes: readonly string[],
  ) {
    const leaves = certificateHashes.map((hash): [number, string] => [orgId, hash]);
    this.tree = StandardMerkleTree.of(leaves, LEAF_ENCODING);
    this.root = this.tree.root;
  }

  /** The proof of `certificateHash`, leaf to root. */
  proof(certificateHash: string): string[] {
    return this.tree.getProof([this.orgId, certificateHash]);
  }
}

/** The leaf of a certificate: the root of a batch of one, as `issueCertificate` anchors it. */
export function leafOf(orgId: number, certificateHash: string): string {
  return new CertificateTree(orgId, [certificateHash]).root;
}

/** The timestamp of the block that mined `tx`. */
export async function timeOf(tx: ContractTransactionResponse): Promise<bigint> {
  const receipt = await tx.wait();
  const block = await ethers.provider.getBlock(receipt!.blockNumber);
  return BigInt(block!.timestamp);
}

/** Sets the next block's timestamp and returns it, so an event's time can be expected. */
export async function nextBlockTime(): Promise<bigint> {
  const next = (await networkHelpers.time.latest()) + 100;
  await networkHelpers.time.setNextBlockTimestamp(next);
  return BigInt(next);
}

/**
 * The whole platform deployed by the Ignition module, with three organizations:
 * - a university (1) with an issuer, a revoker and a member holding both roles;
 * - a school (2) with its own issuer and revoker;
 * - a college (3) whose issuer and revoker were appointed before it was suspended.
 */
export async function deployCertificates() {
  const accounts = await namedAccounts([
    "admin",
    "registrar",
    "issuer",
    "revoker",
    "clerk",
    "schoolIssuer",
    "schoolRevoker",
    "frozenStaff",
    "stranger",
  ]);
  const { registrar, issuer, revoker, clerk, schoolIssuer, schoolRevoker, frozenStaff } = accounts;
  const deployed = await deployIshonch({ Core: { registrar: registrar.address } });
  const { manager } = deployed;
  const registry = deployed.registry.connect(registrar);
  const certificates = deployed.certificates.connect(issuer);

  await registry.registerOrganization(
    OrganizationType.University,
    Region.Samarkand,
    0,
    "Samarqand davlat universiteti",
  );
  await registry.registerOrganization(OrganizationType.School, Region.Khorezm, 0, "Xiva 5-maktab");
  await registry.registerOrganization(
    OrganizationType.University,
    Region.TashkentCity,
    0,
    "Toshkent kolleji",
  );
  const grants: Array<[number, number, string]> = [
    [orgs.university, StaffRole.DiplomaIssuer, issuer.address],
    [orgs.university, StaffRole.DiplomaRevoker, revoker.address],
    [orgs.university, StaffRole.DiplomaIssuer, clerk.address],
    [orgs.university, StaffRole.DiplomaRevoker, clerk.address],
    [orgs.school, StaffRole.DiplomaIssuer, schoolIssuer.address],
    [orgs.school, StaffRole.DiplomaRevoker, schoolRevoker.address],
    [orgs.college, StaffRole.DiplomaIssuer, frozenStaff.address],
    [orgs.college, StaffRole.DiplomaRevoker, frozenStaff.address],
  ];
  for (const [orgId, role, account] of grants) {
    await registry.grantStaffRole(orgId, role, account);
  }
  // The college issues one certificate while active, then is suspended.
  const collegeCertificate = fakeCertificateHash("college");
  await certificates.connect(frozenStaff).issueCertificate(orgs.college, collegeCertificate);
  await registry.setOrganizationStatus(orgs.college, OrganizationStatus.Suspended);

  return { manager, registry, certificates, collegeCertificate, ...accounts };
}

export type CertificatePlatform = Awaited<ReturnType<typeof deployCertificates>>;

/** The university issues a class of `size` certificates; returns the tree and the hashes. */
export async function issueClass(platform: CertificatePlatform, size: number, label = "class") {
  const hashes = classOf(size, label);
  const tree = new CertificateTree(orgs.university, hashes);
  await platform.certificates.issueBatch(orgs.university, tree.root, size);
  return { tree, hashes };
}
