// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/// @notice Organization names are limited to MAX_NAME_BYTES bytes, whatever their length.
contract OrganizationNamesTest is RegistryTestBase {
    uint256 private constant MAX = 160;
    uint256 private constant LONGEST_TRIED = 400;

    /// @notice Every length from 1 to 160 bytes is accepted and stored as given.
    function testFuzz_NameWithinLimitIsStored(uint256 length) external {
        length = _bound(length, 1, MAX);
        string memory name = _nameOfLength(length);
        vm.prank(REGISTRAR);
        uint32 id = registry.registerOrganization(
            IOrganizationRegistry.OrganizationType.School,
            IOrganizationRegistry.Region.Bukhara,
            0,
            name
        );
        require(
            keccak256(bytes(registry.getOrganization(id).name)) == keccak256(bytes(name)),
            "stored name differs"
        );
    }

    /// @notice Every length from 161 to 400 bytes reverts with the length and the limit.
    function testFuzz_NameOverLimitIsRejected(uint256 length) external {
        length = _bound(length, MAX + 1, LONGEST_TRIED);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationNameTooLong.selector,
                length,
                MAX
            )
        );
        vm.prank(REGISTRAR);
        registry.registerOrganization(
            IOrganizationRegistry.OrganizationType.School,
            IOrganizationRegistry.Region.Bukhara,
            0,
            _nameOfLength(length)
        );
        require(registry.organizationCount() == 0, "an organization was registered");
    }

    /// @notice A name of `count` two-byte letters ("ʻ", as in Oʻzbekiston) is counted in bytes:
    /// accepted up to 80 letters, rejected with twice the count beyond.
    function testFuzz_MultiByteNameIsCountedInBytes(uint256 count) external {
        count = _bound(count, 1, LONGEST_TRIED / 2);
        bytes memory name = new bytes(0);
        for (uint256 i = 0; i < count; ++i) {
            name = bytes.concat(name, unicode"ʻ");
        }
        if (2 * count > MAX) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IOrganizationRegistry.OrganizationNameTooLong.selector,
                    2 * count,
                    MAX
                )
            );
        }
        vm.prank(REGISTRAR);
        registry.registerOrganization(
            IOrganizationRegistry.OrganizationType.Kindergarten,
            IOrganizationRegistry.Region.Khorezm,
            0,
            string(name)
        );
        require(registry.organizationCount() == (2 * count > MAX ? 0 : 1), "wrong count");
    }

    /// @notice The limit is the contract's published constant.
    function test_LimitIsPublished() external view {
        require(registry.MAX_NAME_BYTES() == MAX, "MAX_NAME_BYTES changed");
    }
}
