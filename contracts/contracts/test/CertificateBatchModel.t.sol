// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICertificateRegistry} from "../certificates/ICertificateRegistry.sol";
import {CertificateTestBase} from "./CertificateTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice A class of any size is issued whole in one call and never twice; every certificate
 * of it verifies with its proof, a changed hash never does; any set of single revocations,
 * with or without the whole batch's, gives exactly the statuses a plain model predicts.
 */
contract CertificateBatchModelTest is CertificateTestBase {
    uint256 private constant MAX_CLASS = 40;
    uint16 private constant REASON = 1000;

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_ClassFollowsTheModel(
        uint256 seed,
        uint256 size,
        uint64 revokeMask,
        bool revokeWholeBatch
    ) external {
        uint256 n = _bound(size, 1, MAX_CLASS);
        bytes32[] memory hashes = _certificateHashes(seed, n);
        bytes32[] memory leaves = _leaves(orgId, hashes);
        bytes32 root = _root(leaves);

        vm.expectEmit(address(certificates));
        emit ICertificateRegistry.BatchIssued(
            root,
            orgId,
            ISSUER,
            uint32(n),
            uint64(block.timestamp)
        );
        vm.prank(ISSUER);
        certificates.issueBatch(orgId, root, uint32(n));

        vm.expectRevert(
            abi.encodeWithSelector(ICertificateRegistry.BatchAlreadyIssued.selector, root)
        );
        vm.prank(ISSUER);
        certificates.issueBatch(orgId, root, uint32(n));

        for (uint256 i = 0; i < n; ++i) {
            if (revokeMask & (1 << i) == 0) continue;
            vm.prank(REVOKER);
            certificates.revokeCertificate(
                orgId,
                root,
                hashes[i],
                _proof(leaves, i),
                REASON + uint16(i)
            );
        }
        if (revokeWholeBatch) {
            vm.prank(REVOKER);
            certificates.revokeBatch(orgId, root, REASON);
        }

        for (uint256 i = 0; i < n; ++i) {
            bytes32[] memory proof = _proof(leaves, i);
            ICertificateRegistry.Verification memory result = certificates.verify(
                orgId,
                hashes[i],
                proof,
                root
            );
            bool revokedAlone = revokeMask & (1 << i) != 0;
            ICertificateRegistry.CertificateStatus expected =
                revokedAlone || revokeWholeBatch
                    ? ICertificateRegistry.CertificateStatus.Revoked
                    : ICertificateRegistry.CertificateStatus.Valid;
            require(result.status == expected, "status differs from model");
            require(result.orgId == orgId && result.issuer == ISSUER, "wrong evidence");
            require(
                result.revokedWithBatch == (!revokedAlone && revokeWholeBatch),
                "which revocation"
            );
            if (revokedAlone) require(result.revocationReason == REASON + uint16(i), "reason");

            bytes32 tampered = hashes[i] ^ bytes32(uint256(1));
            require(
                certificates.verify(orgId, tampered, proof, root).status ==
                    ICertificateRegistry.CertificateStatus.NotInBatch,
                "tampered hash verified"
            );
        }
        ICertificateRegistry.Batch memory batch = certificates.batchOf(orgId, root);
        require(batch.certificateCount == n && batch.orgId == orgId, "batch record");
    }
}
