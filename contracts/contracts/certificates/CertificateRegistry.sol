// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {AuthorityUtils} from "@openzeppelin/contracts/access/manager/AuthorityUtils.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {OrganizationRegistry} from "../organizations/OrganizationRegistry.sol";

/**
 * @title CertificateRegistry
 * @notice Education certificates (diplomas): accredited organizations anchor them, anyone
 * verifies them with one view call, and a revocation or correction is public and permanent.
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
 * - A batch (a class, or a single certificate as a batch of one) is identified by the root of
 *   a Merkle tree in OpenZeppelin's StandardMerkleTree convention with leaf type
 *   `(uint32 orgId, bytes32 certificateHash)`: double-hashed leaves, sorted pairs. Binding
 *   the organization into the leaf means a root copied by another organization's issuer
 *   proves nothing about that organization. Issuing stores one record per root (two storage
 *   slots) whatever the size of the class, and refuses a root issued before, so nothing is
 *   issued twice and a class is issued entirely in one transaction or not at all.
 * - Revocation is permanent and has a time (block.timestamp) and a reason code: of one
 *   certificate inside a batch (proved by its Merkle proof, stored under root and hash) or of
 *   a whole batch. A correction (`supersede`) revokes the old certificate with reason
 *   REASON_SUPERSEDED and links old and new both ways.
 * - Who: the DiplomaIssuer staff of an active organization issues for it; its DiplomaRevoker
 *   staff revoke and correct. The revoking functions also accept whoever the access manager
 *   allows for them (the deployment gives them to the registrar), so that diplomas of a
 *   suspended organization, whose own staff can no longer act, can still be revoked.
 * - `verify` answers Valid, Revoked, IssuerSuspended, NotInBatch (the root exists but the
 *   hash and proof do not lead to it: the SDK reports "tampered") or NotIssued, with the
 *   evidence: organization, issuing account, time and block of issue, revocation, and links.
 */
contract CertificateRegistry is AccessManaged {
    /// @notice What `verify` concludes about a certificate.
    enum CertificateStatus {
        NotIssued,
        NotInBatch,
        Valid,
        Revoked,
        IssuerSuspended
    }

    /// @notice A batch of certificates, stored once per Merkle root.
    struct Batch {
        address issuer;
        uint32 orgId;
        uint64 issuedAt;
        uint64 issuedBlock;
        uint32 certificateCount;
        uint64 revokedAt;
        uint16 revocationReason;
    }

    /// @notice The revocation of one certificate of a batch; revokedAt 0 means not revoked.
    struct Revocation {
        uint64 revokedAt;
        uint16 reason;
    }

    /// @notice A certificate by its batch root and hash; both zero means none.
    struct CertificateRef {
        bytes32 root;
        bytes32 certificateHash;
    }

    /// @notice The answer of `verify`, with the evidence an employer is shown.
    struct Verification {
        CertificateStatus status;
        uint32 orgId;
        address issuer;
        uint64 issuedAt;
        uint64 issuedBlock;
        uint64 revokedAt;
        uint16 revocationReason;
        bool revokedWithBatch;
        CertificateRef successor;
        CertificateRef predecessor;
    }

    /// @notice Reason: the certificate was issued by mistake (wrong person, wrong data).
    uint16 public constant REASON_ISSUED_IN_ERROR = 1;
    /// @notice Reason: replaced by a correction; set only by `supersede`.
    uint16 public constant REASON_SUPERSEDED = 2;
    /// @notice Reason: obtained by fraud or academic misconduct.
    uint16 public constant REASON_FRAUD = 3;
    /// @notice Reason: annulled by a court or a competent authority.
    uint16 public constant REASON_ANNULLED_BY_AUTHORITY = 4;
    /// @notice Reason: the organization was not entitled to award it (programme or licence).
    uint16 public constant REASON_NOT_ENTITLED = 5;
    // Any other non-zero code is accepted and shown as "other (code N)".

    /// @notice Where organizations, their status and their staff roles are kept.
    OrganizationRegistry public immutable REGISTRY;

    mapping(bytes32 root => Batch) private _batches;
    mapping(bytes32 root => mapping(bytes32 certificateHash => Revocation)) private _revocations;
    mapping(bytes32 root => mapping(bytes32 certificateHash => CertificateRef)) private _successors;
    mapping(bytes32 root => mapping(bytes32 certificateHash => CertificateRef))
        private _predecessors;

    /// @notice `issuer` anchored `certificateCount` certificates of `orgId` under `root`.
    event BatchIssued(
        bytes32 indexed root,
        uint32 indexed orgId,
        address indexed issuer,
        uint32 certificateCount,
        uint64 issuedAt
    );
    /// @notice Every certificate under `root` is revoked, permanently, by `revoker`.
    event BatchRevoked(
        bytes32 indexed root,
        uint32 indexed orgId,
        address indexed revoker,
        uint16 reason,
        uint64 revokedAt
    );
    /// @notice Certificate `certificateHash` of batch `root` is revoked, permanently.
    event CertificateRevoked(
        bytes32 indexed root,
        bytes32 indexed certificateHash,
        uint32 indexed orgId,
        address revoker,
        uint16 reason,
        uint64 revokedAt
    );
    /// @notice The certificate (oldRoot, oldCertificateHash) is replaced by (newRoot,
    /// newCertificateHash); a CertificateRevoked with REASON_SUPERSEDED precedes this event.
    event CertificateSuperseded(
        bytes32 indexed oldRoot,
        bytes32 indexed oldCertificateHash,
        bytes32 indexed newCertificateHash,
        bytes32 newRoot
    );

    /// @notice `orgId` is unknown or suspended, so its staff cannot act for it.
    error IssuerNotActive(uint32 orgId);
    /// @notice `account` does not hold `role` in `orgId`.
    error MissingStaffRole(uint32 orgId, OrganizationRegistry.StaffRole role, address account);
    /// @notice The zero hash is not a root (nor a certificate hash).
    error ZeroHash();
    /// @notice A batch must hold at least one certificate.
    error EmptyBatch();
    /// @notice `root` was issued before (by any organization).
    error BatchAlreadyIssued(bytes32 root);
    /// @notice No batch was issued under `root`.
    error UnknownBatch(bytes32 root);
    /// @notice The batch `root` is already revoked.
    error BatchAlreadyRevoked(bytes32 root);
    /// @notice `certificateHash` with the given proof is not in batch `root`.
    error CertificateNotInBatch(bytes32 root, bytes32 certificateHash);
    /// @notice The certificate is already revoked.
    error CertificateAlreadyRevoked(bytes32 root, bytes32 certificateHash);
    /// @notice 0 is not a reason, and REASON_SUPERSEDED is only set by `supersede`.
    error InvalidRevocationReason(uint16 reason);
    /// @notice A certificate cannot supersede itself.
    error SupersedesItself();
    /// @notice A correction must come from the organization of the certificate it replaces.
    error SuccessorFromOtherOrganization(uint32 expectedOrgId, uint32 successorOrgId);
    /// @notice The correction is itself revoked (alone or with its batch).
    error SuccessorRevoked(bytes32 root, bytes32 certificateHash);
    /// @notice The correction already replaces another certificate.
    error SuccessorAlreadyLinked(bytes32 root, bytes32 certificateHash);

    /// @param authority The access manager (IshonchAccessManager).
    /// @param registry The organization registry that staff are checked against.
    constructor(address authority, OrganizationRegistry registry) AccessManaged(authority) {
        REGISTRY = registry;
    }

    /**
     * @notice Issues one certificate, as a batch of one whose root is its leaf.
     * @param orgId The issuing organization; the caller must be its DiplomaIssuer and it must
     * be active.
     * @param certificateHash The salted hash of the certificate (see the contract's notes).
     * @return root The batch root, `leafOf(orgId, certificateHash)`; its proof is empty.
     */
    function issueCertificate(
        uint32 orgId,
        bytes32 certificateHash
    ) external returns (bytes32 root) {
        if (certificateHash == bytes32(0)) revert ZeroHash();
        root = leafOf(orgId, certificateHash);
        _issue(orgId, root, 1);
    }

    /**
     * @notice Issues a whole class of certificates as one Merkle root, in one transaction
     * and with constant storage whatever the class size.
     * @param orgId The issuing organization; the caller must be its DiplomaIssuer and it must
     * be active.
     * @param root The Merkle root over leaves `leafOf(orgId, certificateHash)`; never issued.
     * @param certificateCount How many certificates the tree holds (at least 1), for the
     * record and statistics; the contract cannot check it.
     */
    function issueBatch(uint32 orgId, bytes32 root, uint32 certificateCount) external {
        if (root == bytes32(0)) revert ZeroHash();
        if (certificateCount == 0) revert EmptyBatch();
        _issue(orgId, root, certificateCount);
    }

    /**
     * @notice Revokes one certificate of a batch, permanently.
     * @dev Allowed to a DiplomaRevoker of the issuing organization while it is active, or to
     * whoever the access manager allows for this function.
     * @param root The certificate's batch.
     * @param certificateHash The certificate.
     * @param proof Its Merkle proof in the batch.
     * @param reason A non-zero reason code other than REASON_SUPERSEDED.
     */
    function revokeCertificate(
        bytes32 root,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        uint16 reason
    ) external {
        _checkReason(reason);
        Batch storage batch = _issuedBatch(root);
        _authorizeRevocation(batch.orgId);
        _revokeCertificate(root, batch, certificateHash, proof, reason);
    }

    /**
     * @notice Revokes every certificate of a batch, permanently.
     * @dev Allowed to a DiplomaRevoker of the issuing organization while it is active, or to
     * whoever the access manager allows for this function. Certificates revoked one by one
     * before keep their own reason and time.
     * @param root The batch.
     * @param reason A non-zero reason code other than REASON_SUPERSEDED.
     */
    function revokeBatch(bytes32 root, uint16 reason) external {
        _checkReason(reason);
        Batch storage batch = _issuedBatch(root);
        _authorizeRevocation(batch.orgId);
        if (batch.revokedAt != 0) revert BatchAlreadyRevoked(root);
        uint64 revokedAt = uint64(block.timestamp);
        batch.revokedAt = revokedAt;
        batch.revocationReason = reason;
        emit BatchRevoked(root, batch.orgId, msg.sender, reason, revokedAt);
    }

    /**
     * @notice Replaces a certificate by a correction already issued by the same organization:
     * revokes the old one with REASON_SUPERSEDED and links the two both ways.
     * @dev Allowed to a DiplomaRevoker of the issuing organization while it is active, or to
     * whoever the access manager allows for this function. The correction must be valid
     * (not revoked) and not already replace another certificate, so links never form a cycle.
     * @param oldRoot The batch of the certificate being replaced.
     * @param oldCertificateHash The certificate being replaced.
     * @param oldProof Its Merkle proof in `oldRoot`.
     * @param newRoot The batch of the correction.
     * @param newCertificateHash The correction.
     * @param newProof Its Merkle proof in `newRoot`.
     */
    function supersede(
        bytes32 oldRoot,
        bytes32 oldCertificateHash,
        bytes32[] calldata oldProof,
        bytes32 newRoot,
        bytes32 newCertificateHash,
        bytes32[] calldata newProof
    ) external {
        Batch storage oldBatch = _issuedBatch(oldRoot);
        _authorizeRevocation(oldBatch.orgId);
        if (oldRoot == newRoot && oldCertificateHash == newCertificateHash) {
            revert SupersedesItself();
        }
        Batch storage newBatch = _issuedBatch(newRoot);
        if (newBatch.orgId != oldBatch.orgId) {
            revert SuccessorFromOtherOrganization(oldBatch.orgId, newBatch.orgId);
        }
        _requireInBatch(newRoot, newBatch, newCertificateHash, newProof);
        if (newBatch.revokedAt != 0 || _revocations[newRoot][newCertificateHash].revokedAt != 0) {
            revert SuccessorRevoked(newRoot, newCertificateHash);
        }
        CertificateRef storage predecessor = _predecessors[newRoot][newCertificateHash];
        if (predecessor.root != bytes32(0)) {
            revert SuccessorAlreadyLinked(newRoot, newCertificateHash);
        }

        _revokeCertificate(oldRoot, oldBatch, oldCertificateHash, oldProof, REASON_SUPERSEDED);
        _successors[oldRoot][oldCertificateHash] = CertificateRef(newRoot, newCertificateHash);
        predecessor.root = oldRoot;
        predecessor.certificateHash = oldCertificateHash;
        emit CertificateSuperseded(oldRoot, oldCertificateHash, newCertificateHash, newRoot);
    }

    /**
     * @notice Checks a certificate: the one call an employer's phone makes.
     * @param certificateHash The hash the SDK computed from the certificate in hand.
     * @param proof The certificate's Merkle proof (empty for a single certificate).
     * @param root The batch root the certificate names.
     * @return result The status, and the evidence: organization, issuing account, issue time
     * and block, revocation time and reason (and whether the whole batch was revoked), the
     * correction that replaces it and the certificate it corrects. Batch fields are filled
     * whenever the root was issued, also for NotInBatch.
     */
    function verify(
        bytes32 certificateHash,
        bytes32[] calldata proof,
        bytes32 root
    ) external view returns (Verification memory result) {
        Batch storage batch = _batches[root];
        if (batch.issuedAt == 0) return result; // CertificateStatus.NotIssued
        result.orgId = batch.orgId;
        result.issuer = batch.issuer;
        result.issuedAt = batch.issuedAt;
        result.issuedBlock = batch.issuedBlock;
        if (!_isInBatch(root, batch, certificateHash, proof)) {
            result.status = CertificateStatus.NotInBatch;
            return result;
        }
        result.successor = _successors[root][certificateHash];
        result.predecessor = _predecessors[root][certificateHash];
        Revocation storage revocation = _revocations[root][certificateHash];
        if (revocation.revokedAt != 0) {
            result.status = CertificateStatus.Revoked;
            result.revokedAt = revocation.revokedAt;
            result.revocationReason = revocation.reason;
        } else if (batch.revokedAt != 0) {
            result.status = CertificateStatus.Revoked;
            result.revokedAt = batch.revokedAt;
            result.revocationReason = batch.revocationReason;
            result.revokedWithBatch = true;
        } else if (!REGISTRY.isActive(batch.orgId)) {
            result.status = CertificateStatus.IssuerSuspended;
        } else {
            result.status = CertificateStatus.Valid;
        }
    }

    /**
     * @notice The record of a batch.
     * @param root The batch root.
     * @return The batch; all fields zero if `root` was never issued.
     */
    function batchOf(bytes32 root) external view returns (Batch memory) {
        return _batches[root];
    }

    /**
     * @notice The individual revocation of a certificate (not that of its batch).
     * @param root The batch root.
     * @param certificateHash The certificate.
     * @return Its revocation time and reason; zero if not revoked individually.
     */
    function revocationOf(
        bytes32 root,
        bytes32 certificateHash
    ) external view returns (Revocation memory) {
        return _revocations[root][certificateHash];
    }

    /**
     * @notice The correction that replaced a certificate.
     * @param root The batch root of the replaced certificate.
     * @param certificateHash The replaced certificate.
     * @return The correction's root and hash; zero if none.
     */
    function successorOf(
        bytes32 root,
        bytes32 certificateHash
    ) external view returns (CertificateRef memory) {
        return _successors[root][certificateHash];
    }

    /**
     * @notice The certificate that a correction replaced.
     * @param root The batch root of the correction.
     * @param certificateHash The correction.
     * @return The replaced certificate's root and hash; zero if none.
     */
    function predecessorOf(
        bytes32 root,
        bytes32 certificateHash
    ) external view returns (CertificateRef memory) {
        return _predecessors[root][certificateHash];
    }

    /**
     * @notice The Merkle leaf of a certificate: StandardMerkleTree's leaf for the values
     * `[orgId, certificateHash]` of types `["uint32", "bytes32"]`.
     * @param orgId The issuing organization.
     * @param certificateHash The certificate.
     * @return The leaf; also the root of a batch of one.
     */
    function leafOf(uint32 orgId, bytes32 certificateHash) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(orgId, certificateHash))));
    }

    /**
     * @notice The certificate hash from its number commitment and its salted content hash,
     * so that a holder of the number alone can check a certificate that the index serves.
     * @param numberKey The SDK's commitment to the diploma's series and number.
     * @param contentHash The SDK's hash over the certificate's salted fields.
     * @return The certificate hash.
     */
    function certificateHashOf(
        bytes32 numberKey,
        bytes32 contentHash
    ) external pure returns (bytes32) {
        return keccak256(abi.encode(numberKey, contentHash));
    }

    /**
     * @notice The functions that the access manager may also allow beyond an organization's
     * own revokers (the deployment assigns them to the registrar role).
     * @return selectors revokeCertificate, revokeBatch and supersede.
     */
    function oversightSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](3);
        selectors[0] = this.revokeCertificate.selector;
        selectors[1] = this.revokeBatch.selector;
        selectors[2] = this.supersede.selector;
    }

    function _issue(uint32 orgId, bytes32 root, uint32 certificateCount) private {
        _requireStaff(orgId, OrganizationRegistry.StaffRole.DiplomaIssuer);
        Batch storage batch = _batches[root];
        if (batch.issuedAt != 0) revert BatchAlreadyIssued(root);
        uint64 issuedAt = uint64(block.timestamp);
        batch.issuer = msg.sender;
        batch.orgId = orgId;
        batch.issuedAt = issuedAt;
        batch.issuedBlock = uint64(block.number);
        batch.certificateCount = certificateCount;
        emit BatchIssued(root, orgId, msg.sender, certificateCount, issuedAt);
    }

    function _revokeCertificate(
        bytes32 root,
        Batch storage batch,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        uint16 reason
    ) private {
        _requireInBatch(root, batch, certificateHash, proof);
        if (batch.revokedAt != 0) revert BatchAlreadyRevoked(root);
        Revocation storage revocation = _revocations[root][certificateHash];
        if (revocation.revokedAt != 0) revert CertificateAlreadyRevoked(root, certificateHash);
        uint64 revokedAt = uint64(block.timestamp);
        revocation.revokedAt = revokedAt;
        revocation.reason = reason;
        emit CertificateRevoked(root, certificateHash, batch.orgId, msg.sender, reason, revokedAt);
    }

    /// @dev A revoker of the active issuing organization may; anyone else needs the access
    /// manager's permission for this very call (possibly a scheduled council operation).
    function _authorizeRevocation(uint32 orgId) private {
        OrganizationRegistry.StaffRole role = OrganizationRegistry.StaffRole.DiplomaRevoker;
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

    function _requireStaff(uint32 orgId, OrganizationRegistry.StaffRole role) private view {
        if (!REGISTRY.canAct(orgId, role, msg.sender)) _revertNotStaff(orgId, role);
    }

    /// @dev Says why a staff check failed: the organization, or the caller's role.
    function _revertNotStaff(uint32 orgId, OrganizationRegistry.StaffRole role) private view {
        if (!REGISTRY.isActive(orgId)) revert IssuerNotActive(orgId);
        revert MissingStaffRole(orgId, role, msg.sender);
    }

    function _issuedBatch(bytes32 root) private view returns (Batch storage batch) {
        batch = _batches[root];
        if (batch.issuedAt == 0) revert UnknownBatch(root);
    }

    function _requireInBatch(
        bytes32 root,
        Batch storage batch,
        bytes32 certificateHash,
        bytes32[] calldata proof
    ) private view {
        if (!_isInBatch(root, batch, certificateHash, proof)) {
            revert CertificateNotInBatch(root, certificateHash);
        }
    }

    function _isInBatch(
        bytes32 root,
        Batch storage batch,
        bytes32 certificateHash,
        bytes32[] calldata proof
    ) private view returns (bool) {
        return MerkleProof.verifyCalldata(proof, root, leafOf(batch.orgId, certificateHash));
    }

    function _checkReason(uint16 reason) private pure {
        if (reason == 0 || reason == REASON_SUPERSEDED) revert InvalidRevocationReason(reason);
    }
}
