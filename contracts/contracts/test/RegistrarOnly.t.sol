// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {OrganizationRegistry} from "../organizations/OrganizationRegistry.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice Every selector the deployment gives to the registrar role refuses any other
 * caller with AccessManagedUnauthorized, and succeeds for the registrar with the same
 * arguments. The organization's own administrator, who may manage its non-admin staff, is
 * the one exception the fuzzer is told to skip.
 */
contract RegistrarOnlyTest is RegistryTestBase {
    address private constant ORG_ADMIN = address(0xAD);
    address private constant ISSUER = address(0x1551);
    address private constant NEWCOMER = address(0x4E);
    uint32 private _orgId;
    uint32 private _otherOrgId;

    /// @notice One organization with an administrator and a diploma issuer, and another.
    function setUp() public override {
        super.setUp();
        _orgId = _registerOrganization(
            IOrganizationRegistry.OrganizationType.University,
            IOrganizationRegistry.Region.Fergana,
            0,
            unicode"Fargʻona davlat universiteti"
        );
        _otherOrgId = _registerOrganization(
            IOrganizationRegistry.OrganizationType.School,
            IOrganizationRegistry.Region.Fergana,
            _orgId,
            "Litsey"
        );
        _appointStaff(_orgId, ORG_ADMIN, IOrganizationRegistry.StaffRole.DiplomaIssuer, ISSUER);
    }

    /// @notice Any caller but the registrar is refused by every restricted selector.
    function testFuzz_NonRegistrarIsRefusedEverywhere(address caller) external {
        vm.assume(caller != REGISTRAR && caller != ORG_ADMIN);
        bytes4[] memory selectors = registry.registrarSelectors();
        bytes memory refusal = abi.encodeWithSelector(
            IAccessManaged.AccessManagedUnauthorized.selector,
            caller
        );
        for (uint256 i = 0; i < selectors.length; ++i) {
            vm.prank(caller);
            (bool ok, bytes memory returned) = address(registry).call(_validCall(selectors[i]));
            require(!ok && keccak256(returned) == keccak256(refusal), "not refused");
        }
    }

    /// @notice The same calls succeed for the registrar, so the refusals above are about who
    /// calls, not about the arguments.
    function test_RegistrarPassesEverywhere() external {
        bytes4[] memory selectors = registry.registrarSelectors();
        for (uint256 i = 0; i < selectors.length; ++i) {
            vm.prank(REGISTRAR);
            (bool ok, ) = address(registry).call(_validCall(selectors[i]));
            require(ok, "registrar refused");
        }
    }

    /// @dev Arguments that are valid in the setUp state, whatever the order of the calls.
    function _validCall(bytes4 selector) private view returns (bytes memory) {
        OrganizationRegistry r = registry;
        if (selector == r.registerOrganization.selector) {
            return
                abi.encodeCall(
                    r.registerOrganization,
                    (
                        IOrganizationRegistry.OrganizationType.Agency,
                        IOrganizationRegistry.Region.Navoiy,
                        _orgId,
                        "Filial"
                    )
                );
        }
        if (selector == r.setOrganizationStatus.selector) {
            return
                abi.encodeCall(
                    r.setOrganizationStatus,
                    (_otherOrgId, IOrganizationRegistry.OrganizationStatus.Suspended)
                );
        }
        if (selector == r.grantOrganizationAdmin.selector) {
            return abi.encodeCall(r.grantOrganizationAdmin, (_orgId, NEWCOMER));
        }
        if (selector == r.revokeOrganizationAdmin.selector) {
            return abi.encodeCall(r.revokeOrganizationAdmin, (_orgId, ORG_ADMIN));
        }
        if (selector == r.grantStaffRole.selector) {
            return
                abi.encodeCall(
                    r.grantStaffRole,
                    (_orgId, IOrganizationRegistry.StaffRole.QueueOfficer, NEWCOMER)
                );
        }
        if (selector == r.revokeStaffRole.selector) {
            return
                abi.encodeCall(
                    r.revokeStaffRole,
                    (_orgId, IOrganizationRegistry.StaffRole.DiplomaIssuer, ISSUER)
                );
        }
        revert("a new restricted selector needs a case here");
    }
}
