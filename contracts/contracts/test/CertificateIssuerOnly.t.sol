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

        require(
            (certificates.batchOf(orgId, root).issuedAt != 0) == allowed,
            "recorded iff allowed"
        );
    }

    /// @notice Each byte picks a root from a pool of four, the issuing organization and the
    /// way of issuing: an organization's first issue of a root wins and its later ones are
    /// refused, while another organization issuing the same root first blocks nothing (the
    /// root squatting attack) and leaves the first organization's record untouched.
    /// forge-config: default.fuzz.runs = 128
    function testFuzz_NoRootIssuedTwicePerOrganization(
        uint8[12] calldata operations,
        uint256 seed
    ) external {
        bytes32[] memory pool = _certificateHashes(seed, 4);
        bool[4][2] memory issued;
        for (uint256 i = 0; i < operations.length; ++i) {
            uint8 op = operations[i];
            bytes32 root = pool[op % 4];
            uint256 side = (op >> 2) & 1;
            (address caller, uint32 id) = side == 1 ? (OTHER_ISSUER, otherOrgId) : (ISSUER, orgId);
            if (issued[side][op % 4]) {
                vm.expectRevert(
                    abi.encodeWithSelector(ICertificateRegistry.BatchAlreadyIssued.selector, root)
                );
            } else {
                issued[side][op % 4] = true;
            }
            vm.prank(caller);
            certificates.issueBatch(id, root, uint32(1 + (op >> 3)));
        }
        for (uint256 r = 0; r < 4; ++r) {
            ICertificateRegistry.Batch memory own = certificates.batchOf(orgId, pool[r]);
            ICertificateRegistry.Batch memory other = certificates.batchOf(otherOrgId, pool[r]);
            require((own.issuedAt != 0) == issued[0][r], "own issue lost or invented");
            require((other.issuedAt != 0) == issued[1][r], "other issue lost or invented");
            require(own.issuedAt == 0 || own.issuer == ISSUER, "own batch names another issuer");
        }
    }
}
