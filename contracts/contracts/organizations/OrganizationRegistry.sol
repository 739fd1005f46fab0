// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IOrganizationRegistry} from "./IOrganizationRegistry.sol";

/**
 * @title OrganizationRegistry
 * @notice Which organizations exist, whether each is active, and which accounts act for it in
 * which staff role (see IOrganizationRegistry).
 * @dev Accrediting an organization and appointing its administrators is `restricted`:
 * the access manager decides who may (the registrar role). An organization's own
 * administrators grant and revoke the other staff roles of that organization; the
 * registrar may do so for any organization. Only public facts are stored: the
 * organization's name, type, region and parent, and staff accounts, never people's data.
 */
contract OrganizationRegistry is IOrganizationRegistry, AccessManaged {
    using EnumerableSet for EnumerableSet.UintSet;

    /// @notice Longest organization name accepted, in UTF-8 bytes.
    uint256 public constant MAX_NAME_BYTES = 160;

    /// @inheritdoc IOrganizationRegistry
    uint32 public organizationCount;

    mapping(uint32 id => Organization) private _organizations;
    mapping(uint32 id => mapping(address account => uint256 roleBits)) private _staffRoles;
    mapping(address account => EnumerableSet.UintSet orgIds) private _organizationsOf;
    mapping(uint32 id => mapping(StaffRole role => uint256 holders)) private _staffCount;

    /// @param authority The access manager that decides who may call restricted functions.
    constructor(address authority) AccessManaged(authority) {}

    /// @inheritdoc IOrganizationRegistry
    function registerOrganization(
        OrganizationType orgType,
        Region region,
        uint32 parentId,
        string calldata name
    ) external restricted returns (uint32 id) {
        uint256 length = bytes(name).length;
        if (length == 0) revert EmptyOrganizationName();
        if (length > MAX_NAME_BYTES) revert OrganizationNameTooLong(length, MAX_NAME_BYTES);
        if (parentId != 0 && _organizations[parentId].status == OrganizationStatus.None) {
            revert UnknownParentOrganization(parentId);
        }
        id = ++organizationCount;
        _organizations[id] = Organization({
            orgType: orgType,
            region: region,
            status: OrganizationStatus.Active,
            parentId: parentId,
            registeredAt: uint64(block.timestamp),
            name: name
        });
        emit OrganizationRegistered(id, orgType, region, parentId, name);
    }

    /// @inheritdoc IOrganizationRegistry
    function setOrganizationStatus(uint32 id, OrganizationStatus status) external restricted {
        if (status == OrganizationStatus.None) revert InvalidOrganizationStatus(status);
        Organization storage organization = _existing(id);
        if (organization.status == status) revert OrganizationStatusUnchanged(id, status);
        organization.status = status;
        emit OrganizationStatusChanged(id, status);
    }

    /// @inheritdoc IOrganizationRegistry
    function grantOrganizationAdmin(uint32 orgId, address account) external restricted {
        _grant(orgId, StaffRole.OrganizationAdmin, account);
    }

    /// @inheritdoc IOrganizationRegistry
    function revokeOrganizationAdmin(uint32 orgId, address account) external restricted {
        _revoke(orgId, StaffRole.OrganizationAdmin, account);
    }

    /// @inheritdoc IOrganizationRegistry
    function grantStaffRole(uint32 orgId, StaffRole role, address account) external {
        _authorizeStaffChange(orgId, role);
        _grant(orgId, role, account);
    }

    /// @inheritdoc IOrganizationRegistry
    function revokeStaffRole(uint32 orgId, StaffRole role, address account) external {
        _authorizeStaffChange(orgId, role);
        _revoke(orgId, role, account);
    }

    /// @inheritdoc IOrganizationRegistry
    function renounceStaffRole(uint32 orgId, StaffRole role) external {
        _revoke(orgId, role, msg.sender);
    }

    /// @inheritdoc IOrganizationRegistry
    function getOrganization(uint32 id) external view returns (Organization memory) {
        return _existing(id);
    }

    /// @inheritdoc IOrganizationRegistry
    function isActive(uint32 id) public view returns (bool) {
        return _organizations[id].status == OrganizationStatus.Active;
    }

    /// @inheritdoc IOrganizationRegistry
    function hasStaffRole(
        uint32 orgId,
        StaffRole role,
        address account
    ) public view returns (bool) {
        return _staffRoles[orgId][account] & _bit(role) != 0;
    }

    /// @inheritdoc IOrganizationRegistry
    function canAct(uint32 orgId, StaffRole role, address account) external view returns (bool) {
        return isActive(orgId) && hasStaffRole(orgId, role, account);
    }

    /// @inheritdoc IOrganizationRegistry
    function staffCount(uint32 orgId, StaffRole role) external view returns (uint256) {
        return _staffCount[orgId][role];
    }

    /// @inheritdoc IOrganizationRegistry
    function staffRolesOf(uint32 orgId, address account) external view returns (uint256) {
        return _staffRoles[orgId][account];
    }

    /// @inheritdoc IOrganizationRegistry
    function organizationsOf(address account) external view returns (uint32[] memory orgIds) {
        uint256[] memory values = _organizationsOf[account].values();
        orgIds = new uint32[](values.length);
        for (uint256 i = 0; i < values.length; ++i) {
            orgIds[i] = uint32(values[i]);
        }
    }

    /// @inheritdoc IOrganizationRegistry
    function registrarSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](6);
        selectors[0] = this.registerOrganization.selector;
        selectors[1] = this.setOrganizationStatus.selector;
        selectors[2] = this.grantOrganizationAdmin.selector;
        selectors[3] = this.revokeOrganizationAdmin.selector;
        selectors[4] = this.grantStaffRole.selector;
        selectors[5] = this.revokeStaffRole.selector;
    }

    /// @dev An administrator of an active organization manages its non-admin roles; anyone
    /// else needs the access manager's permission for this very call.
    function _authorizeStaffChange(uint32 orgId, StaffRole role) private {
        if (role == StaffRole.OrganizationAdmin) revert OrganizationAdminNeedsRegistrar();
        if (hasStaffRole(orgId, StaffRole.OrganizationAdmin, msg.sender) && isActive(orgId)) return;
        // Not an administrator of an active organization: the access manager decides
        // (the registrar today; possibly a scheduled council operation later).
        _checkCanCall(msg.sender, msg.data);
    }

    function _grant(uint32 orgId, StaffRole role, address account) private {
        if (account == address(0)) revert ZeroAccount();
        Organization storage organization = _existing(orgId);
        if (organization.status != OrganizationStatus.Active) revert OrganizationNotActive(orgId);
        uint256 roles = _staffRoles[orgId][account];
        if (roles & _bit(role) != 0) revert StaffRoleAlreadyGranted(orgId, account, role);
        _staffRoles[orgId][account] = roles | _bit(role);
        _staffCount[orgId][role] += 1;
        _organizationsOf[account].add(orgId);
        emit StaffRoleGranted(orgId, account, role, msg.sender);
    }

    function _revoke(uint32 orgId, StaffRole role, address account) private {
        _existing(orgId);
        uint256 roles = _staffRoles[orgId][account];
        if (roles & _bit(role) == 0) revert StaffRoleNotGranted(orgId, account, role);
        roles &= ~_bit(role);
        _staffRoles[orgId][account] = roles;
        _staffCount[orgId][role] -= 1;
        if (roles == 0) _organizationsOf[account].remove(orgId);
        emit StaffRoleRevoked(orgId, account, role, msg.sender);
    }

    /// @dev The record of a registered organization; reverts for an unknown id.
    function _existing(uint32 id) private view returns (Organization storage organization) {
        organization = _organizations[id];
        if (organization.status == OrganizationStatus.None) revert UnknownOrganization(id);
    }

    function _bit(StaffRole role) private pure returns (uint256) {
        return 1 << uint8(role);
    }
}
