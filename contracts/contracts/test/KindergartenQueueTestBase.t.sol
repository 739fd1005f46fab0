// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IKindergartenQueue} from "../queue/IKindergartenQueue.sol";
import {KindergartenQueue} from "../queue/KindergartenQueue.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {signDigest, vm} from "./Vm.t.sol";

/**
 * @title KindergartenQueueTestBase
 * @notice The registry wired as deployed, a district (with an admin, a queue officer and a
 * relayer), three of its kindergartens with CAPACITY seats in age group 0, and two priority
 * categories (tier 0 and tier 1). Parents' keys are derived from a per-application seed.
 */
abstract contract KindergartenQueueTestBase is RegistryTestBase {
    address internal constant SETTINGS = address(0x5E77);
    address internal constant DISTRICT_ADMIN = address(0xAD);
    address internal constant OFFICER = address(0x0FF1CE);
    address internal constant RELAYER = address(0x4E1A);
    uint16 internal constant CAPACITY = 2;
    uint256 internal constant KINDERGARTENS = 3;
    uint8 internal constant AGE_GROUP = 0;

    KindergartenQueue internal queue;
    uint32 internal district;
    uint32[KINDERGARTENS] internal kindergartens;

    /// @notice Deploys and configures everything the queue tests need.
    function setUp() public virtual override {
        super.setUp();
        queue = new KindergartenQueue(address(manager), registry);
        uint64 role = queue.QUEUE_SETTINGS_ROLE();
        manager.setTargetFunctionRole(address(queue), queue.settingsSelectors(), role);
        manager.grantRole(role, SETTINGS, 0);
        vm.prank(SETTINGS);
        queue.setAgeGroup(AGE_GROUP, 24, 36, true);
        vm.prank(SETTINGS);
        queue.setPriorityCategory(1, 0, true);
        vm.prank(SETTINGS);
        queue.setPriorityCategory(2, 1, true);

        district = _registerOrganization(
            IOrganizationRegistry.OrganizationType.DistrictEducationDepartment,
            IOrganizationRegistry.Region.Samarkand,
            0,
            "Tuman MTB"
        );
        _appointStaff(
            district,
            DISTRICT_ADMIN,
            IOrganizationRegistry.StaffRole.QueueOfficer,
            OFFICER
        );
        vm.prank(DISTRICT_ADMIN);
        queue.setRelayer(district, RELAYER, true);
        for (uint256 k = 0; k < KINDERGARTENS; ++k) {
            kindergartens[k] = _registerOrganization(
                IOrganizationRegistry.OrganizationType.Kindergarten,
                IOrganizationRegistry.Region.Samarkand,
                district,
                "Bogcha"
            );
            vm.prank(OFFICER);
            queue.setGroupCapacity(kindergartens[k], AGE_GROUP, CAPACITY);
        }
    }

    /// @dev The parent's private key for a seed (stands for the key derived from the secret).
    function _parentKey(uint256 seed) internal pure returns (uint256) {
        return (uint256(keccak256(abi.encode("parent", seed))) % (type(uint128).max - 1)) + 1;
    }

    /// @dev The parent's 65-byte signature of an action at the application's current nonce.
    function _sign(
        uint256 privateKey,
        uint64 application,
        IKindergartenQueue.ParentAction action,
        uint64 offerId,
        uint64 deadline
    ) internal view returns (bytes memory) {
        uint64 nonce = queue.parentNonce(application);
        return
            signDigest(
                privateKey,
                queue.parentActionDigest(application, action, offerId, nonce, deadline)
            );
    }
}
