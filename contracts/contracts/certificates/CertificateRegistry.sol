// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {AuthorityUtils} from "@openzeppelin/contracts/access/manager/AuthorityUtils.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {ICertificateRegistry} from "./ICertificateRegistry.sol";

/**
 * @title CertificateRegistry
 * @notice Education certificates (diplomas), anchored by batch and verified in one call (see
 * ICertificateRegistry).
 * @dev Data model, and why:
 *
 * - A certificate is known on chain only by its `certificateHash`, a bytes32 that the SDK
 *   computes over the certificate's salted fields (32 random bytes of salt per certificate),
 *   so no hash on chain can be reversed by trying plausible names or numbers. Convention for
 *   the number lookup: `certificateHash = certificateHashOf(numberKey, contentHash)` where
 *   `numberKey` commits to the diploma's series and number (no salt) and `contentHash` to the
 *   salted fields. An employer who only types the number gets `contentHash`, the proof and
 *   the root from the index, recomputes `certificateHash` from the number they typed, and
 *   checks it here: the index cannot invent a certificate for a number, and learns and shows
 *   nothing but issuer, dates and status. `numberKey` itself never reaches the chain.
 * - A batch (a class, or a single certificate as a batch of one) is identified by its
 *   organization and the root of a Merkle tree in OpenZeppelin's StandardMerkleTree
 *   convention with leaf type `(uint32 orgId, bytes32 certificateHash)`: double-hashed
 *   leaves, sorted pairs. Batches are kept per organization, so no organization can claim or
 *   block another's root by issuing it first (it would only anchor a tree whose leaves name
 *   the victim, which proves nothing for itself). Issuing stores one record (two storage
 *   slots) whatever the size of the class, refuses a root the organization issued before,
 *   and issues a class entirely in one transaction or not at all.
 * - Revocation is permanent, has a time (block.timestamp) and a reason code, and belongs to
 *   the certificate, not to the batch that showed it: one certificate's revocation is kept
 *   under its leaf `leafOf(orgId, certificateHash)`, so `verify` says Revoked under any root
 *   the organization anchors later, and `issueCertificate` refuses it outright. A whole batch
 *   can be revoked too. A correction (`supersede`) revokes the old certificate with reason
 *   REASON_SUPERSEDED and links old and new both ways.
 * - The same diploma twice. Issuing costs the same for a class of 1 or 1,024 because the
 *   registry never sees the leaves of a tree; it therefore cannot refuse a leaf inside a new
 *   root, and recording one number commitment per diploma would cost a fresh storage slot
 *   (over 22,000 gas) per diploma. Instead: (1) a certificate revoked on its own stays
 *   revoked in every later root (above), so re-anchoring it gains nothing; (2) the SDK
 *   refuses, before anything is signed, a class whose series and numbers repeat one another
 *   or repeat diplomas the organization already issued or had revoked (the issuing school's
 *   records keep `numberKey` per diploma); (3) the public number check looks at every
 *   diploma recorded under a number and never says valid while one of them is revoked.
 *   A rogue issuer who bypasses the SDK leaves a public BatchIssued under its own account.
 * - Who: the DiplomaIssuer staff of an active organization issues for it; its DiplomaRevoker
 *   staff revoke and correct. The revoking functions also accept whoever the access manager
 *   allows for them (the deployment gives them to the registrar), so that diplomas of a
 *   suspended organization, whose own staff can no longer act, can still be revoked.
 * - `verify` answers Valid, Revoked, IssuerSuspended, NotInBatch (the root exists but the
 *   hash and proof do not lead to it: the SDK reports "tampered") or NotIssued, with the
 *   evidence: organization, issuing account, time and block of issue, revocation, and links.
 */
contract CertificateRegistry is ICertificateRegistry, AccessManaged {
    /// @notice Reason: the certificate was issued by mistake (wrong person, wrong data).
    uint16 public constant REASON_ISSUED_IN_ERROR = 1;
    /// @notice Reason: replaced by a correction; set only by `supersede`.
    uint16 public constant REASON_SUPERSEDED = 2;
    /// @notice Reason: obtained by fraud or academic misconduct.
    uint16 public constant REASON_FRAUD = 3;
    /// @notice Reason: annulled by a court or a competent authority.
    uint16 public constant REASON_ANNULLED_BY_AUTHORITY = 4;
    /// @notice Reason: the organization was not entitled to award it (programme or licence).
    /// Any other non-zero code is accepted and shown as "other (code N)".
    uint16 public constant REASON_NOT_ENTITLED = 5;

    /// @inheritdoc ICertificateRegistry
    IOrganizationRegistry public immutable REGISTRY;

    mapping(uint32 orgId => mapping(bytes32 root => Batch)) private _batches;
    /// @dev Keyed by the certificate's leaf, `leafOf(orgId, certificateHash)`: one key per
    /// organization and certificate whatever root shows it, and the hash `verify` computes
    /// for the proof anyway.
    mapping(bytes32 leaf => Revocation) private _revocations;
    mapping(bytes32 leaf => CertificateRef) private _successors;
    mapping(bytes32 leaf => CertificateRef) private _predecessors;

    /// @param authority The access manager (IshonchAccessManager).
    /// @param registry The organization registry that staff are checked against.
    constructor(address authority, IOrganizationRegistry registry) AccessManaged(authority) {
        REGISTRY = registry;
    }

    /// @inheritdoc ICertificateRegistry
    function issueCertificate(
        uint32 orgId,
        bytes32 certificateHash
    ) external returns (bytes32 root) {
        if (certificateHash == bytes32(0)) revert ZeroHash();
        root = leafOf(orgId, certificateHash);
        if (_revocations[root].revokedAt != 0) {
            revert RevokedCertificateReissued(orgId, certificateHash);
        }
        _issue(orgId, root, 1);
    }

    /// @inheritdoc ICertificateRegistry
    function issueBatch(uint32 orgId, bytes32 root, uint32 certificateCount) external {
        if (root == bytes32(0)) revert ZeroHash();
        if (certificateCount == 0) revert EmptyBatch();
        _issue(orgId, root, certificateCount);
    }

    /// @inheritdoc ICertificateRegistry
    function revokeCertificate(
        uint32 orgId,
        bytes32 root,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        uint16 reason
    ) external {
        _checkReason(reason);
        Batch storage batch = _issuedBatch(orgId, root);
        _authorizeRevocation(orgId);
        _revokeCertificate(orgId, root, batch, certificateHash, proof, reason);
    }

    /// @inheritdoc ICertificateRegistry
    function revokeBatch(uint32 orgId, bytes32 root, uint16 reason) external {
        _checkReason(reason);
        Batch storage batch = _issuedBatch(orgId, root);
        _authorizeRevocation(orgId);
        if (batch.revokedAt != 0) revert BatchAlreadyRevoked(root);
        batch.revokedAt = uint64(block.timestamp);
        batch.revocationReason = reason;
        emit BatchRevoked(root, orgId, msg.sender, reason, uint64(block.timestamp));
    }

    /// @inheritdoc ICertificateRegistry
    function supersede(
        uint32 orgId,
        bytes32 oldRoot,
        bytes32 oldCertificateHash,
        bytes32[] calldata oldProof,
        bytes32 newRoot,
        bytes32 newCertificateHash,
        bytes32[] calldata newProof
    ) external {
        Batch storage oldBatch = _issuedBatch(orgId, oldRoot);
        _authorizeRevocation(orgId);
        if (oldCertificateHash == newCertificateHash) revert SupersedesItself();
        _claimSuccessor(orgId, newRoot, newCertificateHash, newProof, oldRoot, oldCertificateHash);
        _revokeCertificate(
            orgId,
            oldRoot,
            oldBatch,
            oldCertificateHash,
            oldProof,
            REASON_SUPERSEDED
        );
        _successors[leafOf(orgId, oldCertificateHash)] = CertificateRef(
            newRoot,
            newCertificateHash
        );
        emit CertificateSuperseded(oldRoot, oldCertificateHash, newCertificateHash, newRoot, orgId);
    }

    /// @inheritdoc ICertificateRegistry
    function verify(
        uint32 orgId,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        bytes32 root
    ) external view returns (Verification memory) {
        return _verify(orgId, certificateHash, proof, root);
    }

    /// @inheritdoc ICertificateRegistry
    function verifyMany(
        CertificateQuery[] calldata queries
    ) external view returns (Verification[] memory results) {
        results = new Verification[](queries.length);
        for (uint256 i = 0; i < queries.length; ++i) {
            CertificateQuery calldata query = queries[i];
            results[i] = _verify(query.orgId, query.certificateHash, query.proof, query.root);
        }
    }

    /// @inheritdoc ICertificateRegistry
    function batchOf(uint32 orgId, bytes32 root) external view returns (Batch memory batch) {
        batch = _batches[orgId][root];
        if (batch.issuedAt != 0) batch.orgId = orgId;
    }

    /// @inheritdoc ICertificateRegistry
    function revocationOf(
        uint32 orgId,
        bytes32 certificateHash
    ) external view returns (Revocation memory) {
        return _revocations[leafOf(orgId, certificateHash)];
    }

    /// @inheritdoc ICertificateRegistry
    function successorOf(
        uint32 orgId,
        bytes32 certificateHash
    ) external view returns (CertificateRef memory) {
        return _successors[leafOf(orgId, certificateHash)];
    }

    /// @inheritdoc ICertificateRegistry
    function predecessorOf(
        uint32 orgId,
        bytes32 certificateHash
    ) external view returns (CertificateRef memory) {
        return _predecessors[leafOf(orgId, certificateHash)];
    }

    /// @inheritdoc ICertificateRegistry
    function leafOf(uint32 orgId, bytes32 certificateHash) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(orgId, certificateHash))));
    }

    /// @inheritdoc ICertificateRegistry
    function certificateHashOf(
        bytes32 numberKey,
        bytes32 contentHash
    ) external pure returns (bytes32) {
        return keccak256(abi.encode(numberKey, contentHash));
    }

    /// @inheritdoc ICertificateRegistry
    function oversightSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](3);
        selectors[0] = this.revokeCertificate.selector;
        selectors[1] = this.revokeBatch.selector;
        selectors[2] = this.supersede.selector;
    }

    function _verify(
        uint32 orgId,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        bytes32 root
    ) private view returns (Verification memory result) {
        Batch storage batch = _batches[orgId][root];
        if (batch.issuedAt == 0) return result; // CertificateStatus.NotIssued
        result.orgId = orgId;
        result.issuer = batch.issuer;
        result.issuedAt = batch.issuedAt;
        result.issuedBlock = batch.issuedBlock;
        bytes32 leaf = leafOf(orgId, certificateHash);
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) {
            result.status = CertificateStatus.NotInBatch;
            return result;
        }
        result.successor = _successors[leaf];
        result.predecessor = _predecessors[leaf];
        Revocation storage revocation = _revocations[leaf];
        if (revocation.revokedAt != 0) {
            result.status = CertificateStatus.Revoked;
            result.revokedAt = revocation.revokedAt;
            result.revocationReason = revocation.reason;
        } else if (batch.revokedAt != 0) {
            result.status = CertificateStatus.Revoked;
            result.revokedAt = batch.revokedAt;
            result.revocationReason = batch.revocationReason;
            result.revokedWithBatch = true;
        } else if (!REGISTRY.isActive(orgId)) {
            result.status = CertificateStatus.IssuerSuspended;
        } else {
            result.status = CertificateStatus.Valid;
        }
    }

    function _issue(uint32 orgId, bytes32 root, uint32 certificateCount) private {
        _requireStaff(orgId, IOrganizationRegistry.StaffRole.DiplomaIssuer);
        Batch storage batch = _batches[orgId][root];
        if (batch.issuedAt != 0) revert BatchAlreadyIssued(root);
        uint64 issuedAt = uint64(block.timestamp);
        // orgId is the batch's key; batchOf fills it in rather than store it again.
        batch.issuer = msg.sender;
        batch.issuedAt = issuedAt;
        batch.issuedBlock = uint64(block.number);
        batch.certificateCount = certificateCount;
        emit BatchIssued(root, orgId, msg.sender, certificateCount, issuedAt);
    }

    /// @dev A correction must be issued, valid and not replace another certificate yet, so
    /// links never form a cycle; it is then linked to the certificate it replaces.
    function _claimSuccessor(
        uint32 orgId,
        bytes32 root,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        bytes32 oldRoot,
        bytes32 oldCertificateHash
    ) private {
        Batch storage batch = _issuedBatch(orgId, root);
        bytes32 leaf = _requireInBatch(orgId, root, certificateHash, proof);
        if (batch.revokedAt != 0 || _revocations[leaf].revokedAt != 0) {
            revert SuccessorRevoked(root, certificateHash);
        }
        CertificateRef storage predecessor = _predecessors[leaf];
        if (predecessor.root != bytes32(0)) revert SuccessorAlreadyLinked(root, certificateHash);
        predecessor.root = oldRoot;
        predecessor.certificateHash = oldCertificateHash;
    }

    /// @return leaf The certificate's leaf, the key of its revocation.
    function _revokeCertificate(
        uint32 orgId,
        bytes32 root,
        Batch storage batch,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        uint16 reason
    ) private returns (bytes32 leaf) {
        leaf = _requireInBatch(orgId, root, certificateHash, proof);
        if (batch.revokedAt != 0) revert BatchAlreadyRevoked(root);
        Revocation storage revocation = _revocations[leaf];
        if (revocation.revokedAt != 0) revert CertificateAlreadyRevoked(root, certificateHash);
        uint64 revokedAt = uint64(block.timestamp);
        revocation.revokedAt = revokedAt;
        revocation.reason = reason;
        emit CertificateRevoked(root, certificateHash, orgId, msg.sender, reason, revokedAt);
    }

    /// @dev A revoker of the active issuing organization may; anyone else needs the access
    /// manager's permission for this very call (possibly a scheduled council operation).
    function _authorizeRevocation(uint32 orgId) private {
        IOrganizationRegistry.StaffRole role = IOrganizationRegistry.StaffRole.DiplomaRevoker;
        if (REGISTRY.canAct(orgId, role, msg.sender)) return;
        (bool immediate, uint32 delay) = AuthorityUtils.canCallWithDelay(
            authority(),
            msg.sender,
            address(this),
            msg.sig
        );
        if (!immediate && delay == 0) _revertNotStaff(orgId, role);
        _checkCanCall(msg.sender, msg.data);
    }

    function _requireStaff(uint32 orgId, IOrganizationRegistry.StaffRole role) private view {
        if (!REGISTRY.canAct(orgId, role, msg.sender)) _revertNotStaff(orgId, role);
    }

    /// @dev Says why a staff check failed: the organization, or the caller's role.
    function _revertNotStaff(uint32 orgId, IOrganizationRegistry.StaffRole role) private view {
        if (!REGISTRY.isActive(orgId)) revert IssuerNotActive(orgId);
        revert MissingStaffRole(orgId, role, msg.sender);
    }

    function _issuedBatch(uint32 orgId, bytes32 root) private view returns (Batch storage batch) {
        batch = _batches[orgId][root];
        if (batch.issuedAt == 0) revert UnknownBatch(root);
    }

    /// @return leaf The certificate's leaf.
    function _requireInBatch(
        uint32 orgId,
        bytes32 root,
        bytes32 certificateHash,
        bytes32[] calldata proof
    ) private pure returns (bytes32 leaf) {
        leaf = leafOf(orgId, certificateHash);
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) {
            revert CertificateNotInBatch(root, certificateHash);
        }
    }

    function _checkReason(uint16 reason) private pure {
        if (reason == 0 || reason == REASON_SUPERSEDED) revert InvalidRevocationReason(reason);
    }
}
