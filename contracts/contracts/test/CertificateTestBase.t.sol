// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";
import {CertificateRegistry} from "../certificates/CertificateRegistry.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @title CertificateTestBase
 * @notice The core plus the CertificateRegistry, wired as the Ignition module wires them (the
 * revoking functions also open to the registrar), two active universities with their diploma
 * staff, and a Merkle tree builder with sorted pairs, as MerkleProof expects.
 */
abstract contract CertificateTestBase is RegistryTestBase {
    address internal constant ISSUER = address(0x1551);
    address internal constant REVOKER = address(0x4E40);
    address internal constant OTHER_ISSUER = address(0x0715);
    address internal constant STRANGER = address(0x5742);

    CertificateRegistry internal certificates;
    uint32 internal orgId;
    uint32 internal otherOrgId;

    /// @notice Fresh contracts and organizations before every test and every fuzz run.
    function setUp() public virtual override {
        super.setUp();
        certificates = new CertificateRegistry(address(manager), registry);
        manager.setTargetFunctionRole(
            address(certificates),
            certificates.oversightSelectors(),
            manager.REGISTRAR_ROLE()
        );
        orgId = _registerUniversity("Universitet");
        otherOrgId = _registerUniversity("Boshqa universitet");
        _grant(orgId, IOrganizationRegistry.StaffRole.DiplomaIssuer, ISSUER);
        _grant(orgId, IOrganizationRegistry.StaffRole.DiplomaRevoker, REVOKER);
        _grant(otherOrgId, IOrganizationRegistry.StaffRole.DiplomaIssuer, OTHER_ISSUER);
    }

    /// @dev `count` distinct certificate hashes derived from `seed`.
    function _certificateHashes(
        uint256 seed,
        uint256 count
    ) internal pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](count);
        for (uint256 i = 0; i < count; ++i) {
            hashes[i] = keccak256(abi.encode(seed, i));
        }
    }

    /// @dev The leaves of `hashes` for organization `issuingOrgId`.
    function _leaves(
        uint32 issuingOrgId,
        bytes32[] memory hashes
    ) internal view returns (bytes32[] memory leaves) {
        leaves = new bytes32[](hashes.length);
        for (uint256 i = 0; i < hashes.length; ++i) {
            leaves[i] = certificates.leafOf(issuingOrgId, hashes[i]);
        }
    }

    /// @dev The root of a tree whose odd last node of a layer moves up unchanged.
    function _root(bytes32[] memory leaves) internal pure returns (bytes32) {
        bytes32[] memory layer = leaves;
        while (layer.length > 1) layer = _nextLayer(layer);
        return layer[0];
    }

    /// @dev The proof of leaf `index` in the tree that `_root` builds.
    function _proof(
        bytes32[] memory leaves,
        uint256 index
    ) internal pure returns (bytes32[] memory proof) {
        proof = new bytes32[](32);
        uint256 depth = 0;
        bytes32[] memory layer = leaves;
        while (layer.length > 1) {
            uint256 sibling = index ^ 1;
            if (sibling < layer.length) proof[depth++] = layer[sibling];
            layer = _nextLayer(layer);
            index >>= 1;
        }
        assembly ("memory-safe") {
            mstore(proof, depth)
        }
    }

    function _nextLayer(bytes32[] memory layer) private pure returns (bytes32[] memory next) {
        next = new bytes32[]((layer.length + 1) / 2);
        for (uint256 i = 0; i < next.length; ++i) {
            uint256 left = 2 * i;
            next[i] =
                left + 1 < layer.length
                    ? Hashes.commutativeKeccak256(layer[left], layer[left + 1])
                    : layer[left];
        }
    }

    function _registerUniversity(string memory name) private returns (uint32) {
        return
            _registerOrganization(
                IOrganizationRegistry.OrganizationType.University,
                IOrganizationRegistry.Region.Samarkand,
                0,
                name
            );
    }

    function _grant(uint32 id, IOrganizationRegistry.StaffRole role, address account) private {
        vm.prank(REGISTRAR);
        registry.grantStaffRole(id, role, account);
    }
}
