// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICertificateRegistry} from "../certificates/ICertificateRegistry.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {CertificateTestBase} from "./CertificateTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice Only a DiplomaIssuer of an active organization issues for it: any other caller, or
 * any caller while the organization is suspended, is refused with the error that says why,
 * and nothing is recorded. No root is ever issued twice, whoever tries.
 */
contract CertificateIssuerOnlyTest is CertificateTestBase {
    /// forge-config: default.fuzz.runs = 256
    function testFuzz_OnlyActiveIssuersIssue(
        address caller,
        uint8 knownCaller,
        bool suspended,
        bool single,
        bytes32 certificateHash
    ) external {
        vm.assume(certificateHash != bytes32(0));
        address[5] memory known = [ISSUER, REVOKER, OTHER_ISSUER, REGISTRAR, address(this)];
        if (knownCaller % 2 == 0) caller = known[(knownCaller / 2) % known.length];
        if (suspended) {
            vm.prank(REGISTRAR);
            registry.setOrganizationStatus(
                orgId,
                IOrganizationRegistry.OrganizationStatus.Suspended
            );
        }
        bytes32 root = single ? certificates.leafOf(orgId, certificateHash) : certificateHash;

        bool allowed = caller == ISSUER && !suspended;
        if (allowed) {
            vm.expectEmit(address(certificates));
            emit ICertificateRegistry.BatchIssued(root, orgId, ISSUER, 1, uint64(block.timestamp));
        } else if (suspended) {
            vm.expectRevert(
                abi.encodeWithSelector(ICertificateRegistry.IssuerNotActive.selector, orgId)
            );
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ICertificateRegistry.MissingStaffRole.selector,
                    orgId,
                    IOrganizationRegistry.StaffRole.DiplomaIssuer,
                    caller
                )
            );
        }
        vm.prank(caller);
        if (single) certificates.issueCertificate(orgId, certificateHash);
        else certificates.issueBatch(orgId, root, 1);

        require((certificates.batchOf(root).issuedAt != 0) == allowed, "recorded iff allowed");
    }

    /// @notice Each byte picks a root from a pool of four, the issuing organization and the
    /// way of issuing: the first issue of a root wins, every later one is refused.
    /// forge-config: default.fuzz.runs = 128
    function testFuzz_NoRootIssuedTwice(uint8[12] calldata operations, uint256 seed) external {
        bytes32[] memory pool = _certificateHashes(seed, 4);
        uint32[4] memory firstOrg;
        for (uint256 i = 0; i < operations.length; ++i) {
            uint8 op = operations[i];
            bytes32 root = pool[op % 4];
            bool byOther = (op >> 2) & 1 == 1;
            (address caller, uint32 id) = byOther ? (OTHER_ISSUER, otherOrgId) : (ISSUER, orgId);
            if (firstOrg[op % 4] != 0) {
                vm.expectRevert(
                    abi.encodeWithSelector(ICertificateRegistry.BatchAlreadyIssued.selector, root)
                );
            } else {
                firstOrg[op % 4] = id;
            }
            vm.prank(caller);
            certificates.issueBatch(id, root, uint32(1 + (op >> 3)));
        }
        for (uint256 r = 0; r < 4; ++r) {
            require(certificates.batchOf(pool[r]).orgId == firstOrg[r], "first issue lost");
        }
    }
}
