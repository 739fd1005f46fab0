// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";

/**
 * @title ICertificateRegistry
 * @notice Education certificates (diplomas): accredited organizations anchor them, anyone
 * verifies them with one view call, and a revocation or correction is public and permanent.
 * A certificate is known only by its salted `certificateHash` and its organization; a batch
 * (a class, or a single certificate as a batch of one) by its organization and the root of a
 * StandardMerkleTree over the leaves `leafOf(orgId, certificateHash)`.
 */
interface ICertificateRegistry is IAccessManaged {
    /// @notice What `verify` concludes about a certificate.
    enum CertificateStatus {
        NotIssued,
        NotInBatch,
        Valid,
        Revoked,
        IssuerSuspended
    }

    /// @notice A batch of certificates, stored once per organization and Merkle root.
    struct Batch {
        address issuer;
        uint32 orgId;
        uint64 issuedAt;
        uint64 issuedBlock;
        uint32 certificateCount;
        uint64 revokedAt;
        uint16 revocationReason;
    }

    /// @notice The revocation of one certificate, whatever batch shows it; revokedAt 0 means
    /// not revoked.
    struct Revocation {
        uint64 revokedAt;
        uint16 reason;
    }

    /// @notice A certificate by its batch root and hash (of the same organization); both zero
    /// means none.
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

    /// @notice One certificate to check with `verifyMany`: the arguments of `verify`.
    struct CertificateQuery {
        uint32 orgId;
        bytes32 certificateHash;
        bytes32[] proof;
        bytes32 root;
    }

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
    /// @notice Certificate `certificateHash` of organization `orgId`, shown in batch `root`, is
    /// revoked, permanently and under every root.
    event CertificateRevoked(
        bytes32 indexed root,
        bytes32 indexed certificateHash,
        uint32 indexed orgId,
        address revoker,
        uint16 reason,
        uint64 revokedAt
    );
    /// @notice The certificate (oldRoot, oldCertificateHash) of organization `orgId` is
    /// replaced by (newRoot, newCertificateHash); a CertificateRevoked with REASON_SUPERSEDED
    /// precedes this event.
    event CertificateSuperseded(
        bytes32 indexed oldRoot,
        bytes32 indexed oldCertificateHash,
        bytes32 indexed newCertificateHash,
        bytes32 newRoot,
        uint32 orgId
    );

    /// @notice `orgId` is unknown or suspended, so its staff cannot act for it.
    error IssuerNotActive(uint32 orgId);
    /// @notice `account` does not hold `role` in `orgId`.
    error MissingStaffRole(uint32 orgId, IOrganizationRegistry.StaffRole role, address account);
    /// @notice The zero hash is not a root (nor a certificate hash).
    error ZeroHash();
    /// @notice A batch must hold at least one certificate.
    error EmptyBatch();
    /// @notice `root` was issued before by the same organization.
    error BatchAlreadyIssued(bytes32 root);
    /// @notice The organization issued no batch under `root`.
    error UnknownBatch(bytes32 root);
    /// @notice The batch `root` is already revoked.
    error BatchAlreadyRevoked(bytes32 root);
    /// @notice `certificateHash` with the given proof is not in batch `root`.
    error CertificateNotInBatch(bytes32 root, bytes32 certificateHash);
    /// @notice The certificate is already revoked.
    error CertificateAlreadyRevoked(bytes32 root, bytes32 certificateHash);
    /// @notice Certificate `certificateHash` of `orgId` was revoked, and a revocation is
    /// forever: it is not issued again, under any root.
    error RevokedCertificateReissued(uint32 orgId, bytes32 certificateHash);
    /// @notice 0 is not a reason, and REASON_SUPERSEDED is only set by `supersede`.
    error InvalidRevocationReason(uint16 reason);
    /// @notice A certificate cannot supersede itself.
    error SupersedesItself();
    /// @notice The correction is itself revoked (alone or with its batch).
    error SuccessorRevoked(bytes32 root, bytes32 certificateHash);
    /// @notice The correction already replaces another certificate.
    error SuccessorAlreadyLinked(bytes32 root, bytes32 certificateHash);

    /// @notice Where organizations, their status and their staff roles are kept.
    /// @return The organization registry.
    function REGISTRY() external view returns (IOrganizationRegistry);

    /**
     * @notice Issues one certificate, as a batch of one whose root is its leaf.
     * @param orgId The issuing organization; the caller must be its DiplomaIssuer and it must
     * be active.
     * @param certificateHash The salted hash of the certificate (see the contract's notes);
     * never revoked for this organization (else RevokedCertificateReissued).
     * @return root The batch root, `leafOf(orgId, certificateHash)`; its proof is empty.
     */
    function issueCertificate(
        uint32 orgId,
        bytes32 certificateHash
    ) external returns (bytes32 root);

    /**
     * @notice Issues a whole class of certificates as one Merkle root, in one transaction
     * and with constant storage whatever the class size.
     * @param orgId The issuing organization; the caller must be its DiplomaIssuer and it must
     * be active.
     * @param root The Merkle root over leaves `leafOf(orgId, certificateHash)`; never issued
     * by this organization (another organization's batch under the same root is no
     * obstacle). A revoked certificate among the leaves stays revoked: `verify` says so.
     * @param certificateCount How many certificates the tree holds (at least 1), for the
     * record and statistics; the contract cannot check it.
     */
    function issueBatch(uint32 orgId, bytes32 root, uint32 certificateCount) external;

    /**
     * @notice Revokes one certificate of a batch, permanently.
     * @dev Allowed to a DiplomaRevoker of the issuing organization while it is active, or to
     * whoever the access manager allows for this function. The revocation holds for the
     * certificate under every root of its organization, including roots issued later.
     * @param orgId The issuing organization.
     * @param root The certificate's batch.
     * @param certificateHash The certificate.
     * @param proof Its Merkle proof in the batch.
     * @param reason A non-zero reason code other than REASON_SUPERSEDED.
     */
    function revokeCertificate(
        uint32 orgId,
        bytes32 root,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        uint16 reason
    ) external;

    /**
     * @notice Revokes every certificate of a batch, permanently.
     * @dev Allowed to a DiplomaRevoker of the issuing organization while it is active, or to
     * whoever the access manager allows for this function. Certificates revoked one by one
     * before keep their own reason and time.
     * @param orgId The issuing organization.
     * @param root The batch.
     * @param reason A non-zero reason code other than REASON_SUPERSEDED.
     */
    function revokeBatch(uint32 orgId, bytes32 root, uint16 reason) external;

    /**
     * @notice Replaces a certificate by a correction already issued by the same organization:
     * revokes the old one with REASON_SUPERSEDED and links the two both ways.
     * @dev Allowed to a DiplomaRevoker of the issuing organization while it is active, or to
     * whoever the access manager allows for this function. The correction must be valid
     * (not revoked) and not already replace another certificate, so links never form a cycle.
     * @param orgId The organization of both certificates.
     * @param oldRoot The batch of the certificate being replaced.
     * @param oldCertificateHash The certificate being replaced.
     * @param oldProof Its Merkle proof in `oldRoot`.
     * @param newRoot The batch of the correction.
     * @param newCertificateHash The correction.
     * @param newProof Its Merkle proof in `newRoot`.
     */
    function supersede(
        uint32 orgId,
        bytes32 oldRoot,
        bytes32 oldCertificateHash,
        bytes32[] calldata oldProof,
        bytes32 newRoot,
        bytes32 newCertificateHash,
        bytes32[] calldata newProof
    ) external;

    /**
     * @notice Checks a certificate: the one call an employer's phone makes.
     * @param orgId The organization the certificate names as its issuer.
     * @param certificateHash The hash the SDK computed from the certificate in hand.
     * @param proof The certificate's Merkle proof (empty for a single certificate).
     * @param root The batch root the certificate names.
     * @return result The status, and the evidence: organization, issuing account, issue time
     * and block, revocation time and reason (and whether the whole batch was revoked), the
     * correction that replaces it and the certificate it corrects. Batch fields are filled
     * whenever the organization issued the root, also for NotInBatch. A certificate revoked
     * on its own is Revoked under any root of its organization.
     */
    function verify(
        uint32 orgId,
        bytes32 certificateHash,
        bytes32[] calldata proof,
        bytes32 root
    ) external view returns (Verification memory result);

    /**
     * @notice Checks many certificates in one call, each exactly as `verify` would: what a
     * bulk check of diploma numbers reads, all at one block.
     * @dev The caller bounds the work by the length of `queries` (each costs about as much as
     * one `verify`); a node refuses an `eth_call` over its gas cap.
     * @param queries The certificates, each with its organization, hash, proof and root.
     * @return results One answer per query, in the order of `queries`.
     */
    function verifyMany(
        CertificateQuery[] calldata queries
    ) external view returns (Verification[] memory results);

    /**
     * @notice The record of a batch.
     * @param orgId The issuing organization.
     * @param root The batch root.
     * @return The batch; all fields zero if the organization never issued `root`.
     */
    function batchOf(uint32 orgId, bytes32 root) external view returns (Batch memory);

    /**
     * @notice The individual revocation of a certificate (not that of its batch), under
     * whatever root.
     * @param orgId The issuing organization.
     * @param certificateHash The certificate.
     * @return Its revocation time and reason; zero if not revoked individually.
     */
    function revocationOf(
        uint32 orgId,
        bytes32 certificateHash
    ) external view returns (Revocation memory);

    /**
     * @notice The correction that replaced a certificate.
     * @param orgId The issuing organization.
     * @param certificateHash The replaced certificate.
     * @return The correction's root and hash; zero if none.
     */
    function successorOf(
        uint32 orgId,
        bytes32 certificateHash
    ) external view returns (CertificateRef memory);

    /**
     * @notice The certificate that a correction replaced.
     * @param orgId The issuing organization.
     * @param certificateHash The correction.
     * @return The replaced certificate's root and hash; zero if none.
     */
    function predecessorOf(
        uint32 orgId,
        bytes32 certificateHash
    ) external view returns (CertificateRef memory);

    /**
     * @notice The Merkle leaf of a certificate: StandardMerkleTree's leaf for the values
     * `[orgId, certificateHash]` of types `["uint32", "bytes32"]`.
     * @param orgId The issuing organization.
     * @param certificateHash The certificate.
     * @return The leaf; also the root of a batch of one.
     */
    function leafOf(uint32 orgId, bytes32 certificateHash) external pure returns (bytes32);

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
    ) external pure returns (bytes32);

    /**
     * @notice The functions that the access manager may also allow beyond an organization's
     * own revokers (the deployment assigns them to the registrar role).
     * @return selectors revokeCertificate, revokeBatch and supersede.
     */
    function oversightSelectors() external pure returns (bytes4[] memory selectors);
}
