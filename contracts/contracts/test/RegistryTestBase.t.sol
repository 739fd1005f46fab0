// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IshonchAccessManager} from "../access/IshonchAccessManager.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {OrganizationRegistry} from "../organizations/OrganizationRegistry.sol";
import {vm} from "./Vm.t.sol";

/**
 * @title RegistryTestBase
 * @notice Deploys the access manager and the registry wired as the Ignition module wires them
 * (this contract is the manager's admin, REGISTRAR a separate account), plus small helpers
 * that forge-std would otherwise provide.
 */
abstract contract RegistryTestBase {
    address internal constant REGISTRAR = address(0x5E61);

    IshonchAccessManager internal manager;
    OrganizationRegistry internal registry;

    /// @notice Fresh contracts before every test and every fuzz run.
    function setUp() public virtual {
        manager = new IshonchAccessManager(address(this));
        registry = new OrganizationRegistry(address(manager));
        uint64 registrarRole = manager.REGISTRAR_ROLE();
        manager.labelRole(registrarRole, "REGISTRAR");
        manager.setTargetFunctionRole(
            address(registry),
            registry.registrarSelectors(),
            registrarRole
        );
        manager.grantRole(registrarRole, REGISTRAR, 0);
    }

    /// @dev Registers an organization, as the registrar.
    function _registerOrganization(
        IOrganizationRegistry.OrganizationType orgType,
        IOrganizationRegistry.Region region,
        uint32 parentId,
        string memory name
    ) internal returns (uint32) {
        vm.prank(REGISTRAR);
        return registry.registerOrganization(orgType, region, parentId, name);
    }

    /// @dev Appoints `admin` to `orgId`, as the registrar; `admin` then gives `staff` `role`.
    function _appointStaff(
        uint32 orgId,
        address admin,
        IOrganizationRegistry.StaffRole role,
        address staff
    ) internal {
        vm.prank(REGISTRAR);
        registry.grantOrganizationAdmin(orgId, admin);
        vm.prank(admin);
        registry.grantStaffRole(orgId, role, staff);
    }

    /// @dev Maps any `value` into [min, max] without discarding fuzz inputs.
    function _bound(uint256 value, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + (value % (max - min + 1));
    }

    /// @dev A name of exactly `length` ASCII bytes.
    function _nameOfLength(uint256 length) internal pure returns (string memory) {
        bytes memory name = new bytes(length);
        for (uint256 i = 0; i < length; ++i) {
            name[i] = "a";
        }
        return string(name);
    }
}
