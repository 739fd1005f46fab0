// Certificates: the registry's calls on one certificate of a batch, named by its tree, so that
// the tests say which certificate they verify, revoke or supersede, not how to address it.
import type { CertificateRegistry } from "../types/index.js";
import type { CertificateTree } from "./CertificateHelpers.js";

/** What `verify` says of `certificateHash`, proved by its own path in `tree`. */
export function verifyInTree(
  certificates: CertificateRegistry,
  tree: CertificateTree,
  certificateHash: string,
) {
  return certificates.verify(tree.orgId, certificateHash, tree.proof(certificateHash), tree.root);
}

/** Revokes `certificateHash` of `tree`, signed by the account `certificates` is connected to. */
export function revokeInTree(
  certificates: CertificateRegistry,
  tree: CertificateTree,
  certificateHash: string,
  reason: number,
) {
  return certificates.revokeCertificate(
    tree.orgId,
    tree.root,
    certificateHash,
    tree.proof(certificateHash),
    reason,
  );
}

/** A certificate as the registry's writes name it: its batch's root, its hash, its proof. */
export interface CertificateRef {
  root: string;
  hash: string;
  proof: string[];
}

/** `certificateHash` of `tree` as a CertificateRef. */
export function refIn(tree: CertificateTree, certificateHash: string): CertificateRef {
  return { root: tree.root, hash: certificateHash, proof: tree.proof(certificateHash) };
}

/** A CertificateRef; a certificate issued alone is its own root, with an empty proof. */
export function refOf(root: string, hash: string, proof: string[] = []): CertificateRef {
  return { root, hash, proof };
}

/** `orgId`'s `old` certificate superseded by `successor`, signed through `certificates`. */
export function supersedeWith(
  certificates: CertificateRegistry,
  orgId: number,
  old: CertificateRef,
  successor: CertificateRef,
) {
  return certificates.supersede(
    orgId,
    old.root,
    old.hash,
    old.proof,
    successor.root,
    successor.hash,
    successor.proof,
  );
}
