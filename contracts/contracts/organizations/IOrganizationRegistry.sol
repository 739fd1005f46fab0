// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
/**
 * @title IOrganizationRegistry
 * @notice Which organizations exist (ministries, agencies, universities, schools,
 * kindergartens, district education departments), whether each is active, and which
 * accounts act for it in which staff role. Every service asks the registry before it lets a
 * staff member act for an organization.
 */
interface IOrganizationRegistry is IAccessManaged {
    /// @notice What kind of body an organization is.
    enum OrganizationType {
        Ministry,
        Agency,
        University,
        School,
        Kindergarten,
        DistrictEducationDepartment
    }

    /// @notice None marks an id that was never registered; Suspended keeps the record and
    /// the staff but stops every staff member from acting.
    enum OrganizationStatus {
        None,
        Active,
        Suspended
    }

    /// @notice The regions of Uzbekistan (ISO 3166-2:UZ), in the order of their codes.
    enum Region {
        Andijan,
        Bukhara,
        Fergana,
        Jizzakh,
        Namangan,
        Navoiy,
        Kashkadarya,
        Karakalpakstan,
        Samarkand,
        Sirdaryo,
        Surkhandarya,
        TashkentCity,
        TashkentRegion,
        Khorezm
    }

    /// @notice What a staff member may do for an organization; a bit each in staffRolesOf.
    enum StaffRole {
        OrganizationAdmin,
        DiplomaIssuer,
        DiplomaRevoker,
        QueueOfficer,
        AppealsOfficer
    }

    /// @notice An organization's public record.
    struct Organization {
        OrganizationType orgType;
        Region region;
        OrganizationStatus status;
        uint32 parentId;
        uint64 registeredAt;
        string name;
    }

    /// @notice Organization `id` was accredited, active from this block, under `parentId`.
    event OrganizationRegistered(
        uint32 indexed id,
        OrganizationType orgType,
        Region region,
        uint32 indexed parentId,
        string name
    );
    /// @notice Organization `id` was suspended or made active again.
    event OrganizationStatusChanged(uint32 indexed id, OrganizationStatus status);
    /// @notice `account` now holds `role` in `orgId`; `sender` granted it.
    event StaffRoleGranted(
        uint32 indexed orgId,
        address indexed account,
        StaffRole indexed role,
        address sender
    );
    /// @notice `account` no longer holds `role` in `orgId`; `sender` revoked it, or is
    /// `account` itself when the role was renounced.
    event StaffRoleRevoked(
        uint32 indexed orgId,
        address indexed account,
        StaffRole indexed role,
        address sender
    );

    /// @notice The organization's name is empty.
    error EmptyOrganizationName();
    /// @notice The organization's name is `length` bytes of UTF-8, more than `maxLength`.
    error OrganizationNameTooLong(uint256 length, uint256 maxLength);
    /// @notice No organization has id `id`.
    error UnknownOrganization(uint32 id);
    /// @notice The parent named for a new organization does not exist.
    error UnknownParentOrganization(uint32 parentId);
    /// @notice Organization `id` is suspended, so no role can be granted in it.
    error OrganizationNotActive(uint32 id);
    /// @notice Organization `id` already has status `status`.
    error OrganizationStatusUnchanged(uint32 id, OrganizationStatus status);
    /// @notice `status` cannot be set (None would erase a registered organization).
    error InvalidOrganizationStatus(OrganizationStatus status);
    /// @notice A role cannot be granted to the zero address.
    error ZeroAccount();
    /// @notice `account` already holds `role` in `orgId`.
    error StaffRoleAlreadyGranted(uint32 orgId, address account, StaffRole role);
    /// @notice `account` does not hold `role` in `orgId`.
    error StaffRoleNotGranted(uint32 orgId, address account, StaffRole role);
    /// @notice OrganizationAdmin is granted and revoked only through grantOrganizationAdmin
    /// and revokeOrganizationAdmin, which the registrar role controls.
    error OrganizationAdminNeedsRegistrar();

    /**
     * @notice Accredits a new organization, active from this block.
     * @param orgType What kind of organization it is.
     * @param region The region it serves.
     * @param parentId The superior organization (0 for none), used for escalation.
     * @param name The official name, 1 to MAX_NAME_BYTES bytes of UTF-8.
     * @return id The new organization's id.
     */
    function registerOrganization(
        OrganizationType orgType,
        Region region,
        uint32 parentId,
        string calldata name
    ) external returns (uint32 id);

    /**
     * @notice Suspends an organization or makes it active again. A suspended
     * organization's staff cannot act for it in any service.
     * @param id The organization.
     * @param status Active or Suspended.
     */
    function setOrganizationStatus(uint32 id, OrganizationStatus status) external;

    /**
     * @notice Appoints an administrator of an organization, who may then manage its other
     * staff roles. Kept apart from other grants so that it can sit behind the council.
     * @param orgId The organization, which must be active.
     * @param account The administrator's account.
     */
    function grantOrganizationAdmin(uint32 orgId, address account) external;

    /**
     * @notice Removes an administrator of an organization.
     * @param orgId The organization.
     * @param account The administrator's account.
     */
    function revokeOrganizationAdmin(uint32 orgId, address account) external;

    /**
     * @notice Grants a staff role other than administrator. Allowed to the
     * organization's administrators, or to whoever the access manager allows.
     * @param orgId The organization, which must be active.
     * @param role The role; OrganizationAdmin goes through grantOrganizationAdmin.
     * @param account The staff member's account.
     */
    function grantStaffRole(uint32 orgId, StaffRole role, address account) external;

    /**
     * @notice Revokes a staff role other than administrator. Allowed to the
     * organization's administrators, or to whoever the access manager allows.
     * @param orgId The organization.
     * @param role The role; OrganizationAdmin goes through revokeOrganizationAdmin.
     * @param account The staff member's account.
     */
    function revokeStaffRole(uint32 orgId, StaffRole role, address account) external;

    /**
     * @notice Gives up one of the caller's own staff roles, for example on leaving the job.
     * @param orgId The organization.
     * @param role The role to give up.
     */
    function renounceStaffRole(uint32 orgId, StaffRole role) external;

    /// @notice Number of organizations ever registered; ids run from 1 to this number.
    /// @return The count.
    function organizationCount() external view returns (uint32);

    /**
     * @notice An organization's public record.
     * @param id The organization; reverts with UnknownOrganization if it does not exist.
     * @return The organization's type, region, status, parent, registration time and name.
     */
    function getOrganization(uint32 id) external view returns (Organization memory);

    /// @notice Whether the organization exists and is active (accredited, not suspended).
    /// @param id The organization; an unknown id is simply not active.
    /// @return True if organization `id` is active.
    function isActive(uint32 id) external view returns (bool);

    /// @notice Whether `account` holds `role` in organization `orgId`, active or not.
    /// @param orgId The organization.
    /// @param role The staff role.
    /// @param account The staff member's account.
    /// @return True if the role is held.
    function hasStaffRole(
        uint32 orgId,
        StaffRole role,
        address account
    ) external view returns (bool);

    /// @notice Whether `account` holds `role` in `orgId` and the organization is active:
    /// the check every service makes before a staff member acts.
    /// @param orgId The organization.
    /// @param role The staff role the action needs.
    /// @param account The account that wants to act.
    /// @return True if `account` may act in `role` for `orgId` now.
    function canAct(uint32 orgId, StaffRole role, address account) external view returns (bool);

    /// @notice How many accounts hold `role` in organization `orgId`, active or not: e.g.
    /// whether anyone there could answer an appeal forwarded to it.
    /// @param orgId The organization.
    /// @param role The staff role.
    /// @return The number of holders; each grant adds one, each revocation or renouncement
    /// takes one away (see StaffRoleGranted and StaffRoleRevoked).
    function staffCount(uint32 orgId, StaffRole role) external view returns (uint256);

    /// @notice All roles of `account` in `orgId`, as a bit set indexed by StaffRole.
    /// @param orgId The organization.
    /// @param account The staff member's account.
    /// @return Bit `r` is set iff `account` holds StaffRole `r`.
    function staffRolesOf(uint32 orgId, address account) external view returns (uint256);

    /// @notice The organizations in which `account` holds at least one staff role.
    /// @param account The staff member's account.
    /// @return orgIds Those organizations' ids, in no particular order.
    function organizationsOf(address account) external view returns (uint32[] memory orgIds);

    /// @notice The restricted functions, for the deployment to assign to the registrar role.
    /// grantStaffRole and revokeStaffRole are among them for callers who are not an
    /// administrator of the (active) organization.
    /// @return selectors The six function selectors.
    function registrarSelectors() external pure returns (bytes4[] memory selectors);
}
