// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice Any sequence of grants, revokes and renouncements of random roles to random
 * accounts in two organizations leaves the registry equal to a plain bitmask model:
 * staffRolesOf is the mask, and organizationsOf lists an organization iff its mask is
 * non-zero. Every operation either emits its event or reverts with the error the model
 * predicts.
 */
contract StaffRoleModelTest is RegistryTestBase {
    uint256 private constant ORGANIZATIONS = 2;
    uint256 private constant ACCOUNTS = 4;
    uint256 private constant ROLES = 5;

    enum Action {
        Grant,
        Revoke,
        Renounce
    }

    uint32[ORGANIZATIONS] private _orgIds;
    address[ACCOUNTS] private _accounts = [
        address(0xA11CE),
        address(0xB0B),
        address(0xCA),
        address(0xD1)
    ];

    /// @notice Registers the two organizations the sequences work on.
    function setUp() public override {
        super.setUp();
        for (uint256 o = 0; o < ORGANIZATIONS; ++o) {
            _orgIds[o] = _registerOrganization(
                IOrganizationRegistry.OrganizationType.University,
                IOrganizationRegistry.Region.Samarkand,
                0,
                "Universitet"
            );
        }
    }

    /// @notice Each 16-bit word is one operation: organization, account, role and action.
    /// forge-config: default.fuzz.runs = 128
    function testFuzz_StaffRolesFollowTheModel(uint16[24] calldata operations) external {
        uint256[ACCOUNTS][ORGANIZATIONS] memory model;
        for (uint256 i = 0; i < operations.length; ++i) {
            uint16 word = operations[i];
            uint256 o = word % ORGANIZATIONS;
            uint256 a = (word >> 1) % ACCOUNTS;
            IOrganizationRegistry.StaffRole role = IOrganizationRegistry.StaffRole(
                ((word >> 3) & 7) % ROLES
            );
            Action action = Action(((word >> 6) & 3) % 3);
            model[o][a] = _apply(_orgIds[o], _accounts[a], role, action, model[o][a]);
            _checkAccount(model, a);
        }
        for (uint256 a = 0; a < ACCOUNTS; ++a) {
            _checkAccount(model, a);
        }
    }

    /// @dev Performs one operation, telling the runner what must happen; returns the new mask.
    function _apply(
        uint32 orgId,
        address account,
        IOrganizationRegistry.StaffRole role,
        Action action,
        uint256 mask
    ) private returns (uint256) {
        uint256 bit = 1 << uint8(role);
        bool held = mask & bit != 0;
        address sender = action == Action.Renounce ? account : REGISTRAR;
        bool grant = action == Action.Grant;
        if (grant == held) {
            // Granting a held role, or revoking or renouncing one not held.
            bytes4 refusal =
                grant
                    ? IOrganizationRegistry.StaffRoleAlreadyGranted.selector
                    : IOrganizationRegistry.StaffRoleNotGranted.selector;
            vm.expectRevert(abi.encodeWithSelector(refusal, orgId, account, role));
        } else if (grant) {
            vm.expectEmit(address(registry));
            emit IOrganizationRegistry.StaffRoleGranted(orgId, account, role, sender);
        } else {
            vm.expectEmit(address(registry));
            emit IOrganizationRegistry.StaffRoleRevoked(orgId, account, role, sender);
        }

        vm.prank(sender);
        bool isAdmin = role == IOrganizationRegistry.StaffRole.OrganizationAdmin;
        if (action == Action.Grant) {
            if (isAdmin) registry.grantOrganizationAdmin(orgId, account);
            else registry.grantStaffRole(orgId, role, account);
            return mask | bit;
        }
        if (action == Action.Revoke) {
            if (isAdmin) registry.revokeOrganizationAdmin(orgId, account);
            else registry.revokeStaffRole(orgId, role, account);
        } else {
            registry.renounceStaffRole(orgId, role);
        }
        return mask & ~bit;
    }

    /// @dev The registry's view of account `a` equals the model's, in both organizations.
    function _checkAccount(uint256[ACCOUNTS][ORGANIZATIONS] memory model, uint256 a) private view {
        address account = _accounts[a];
        uint32[] memory listed = registry.organizationsOf(account);
        uint256 staffedIn = 0;
        for (uint256 o = 0; o < ORGANIZATIONS; ++o) {
            uint32 orgId = _orgIds[o];
            require(
                registry.staffRolesOf(orgId, account) == model[o][a],
                "roles differ from model"
            );
            for (uint256 r = 0; r < ROLES; ++r) {
                IOrganizationRegistry.StaffRole role = IOrganizationRegistry.StaffRole(r);
                bool expected = model[o][a] & (1 << r) != 0;
                require(registry.hasStaffRole(orgId, role, account) == expected, "hasStaffRole");
                require(registry.canAct(orgId, role, account) == expected, "canAct");
            }
            bool isListed = _contains(listed, orgId);
            require(isListed == (model[o][a] != 0), "organizationsOf differs from model");
            if (isListed) ++staffedIn;
        }
        require(listed.length == staffedIn, "organizationsOf has extra entries");
    }

    function _contains(uint32[] memory values, uint32 value) private pure returns (bool) {
        for (uint256 i = 0; i < values.length; ++i) {
            if (values[i] == value) return true;
        }
        return false;
    }
}
