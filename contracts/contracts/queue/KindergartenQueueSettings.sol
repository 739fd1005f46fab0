// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {IshonchRoles} from "../access/IshonchRoles.sol";
import {IKindergartenQueue} from "./IKindergartenQueue.sol";

/**
 * @title KindergartenQueueSettings
 * @notice The queue's policy, set by the authority: age groups, priority categories and the
 * tier each queues in, and how long a parent has to answer an offer. Every setter is
 * `restricted` (the access manager's QUEUE_SETTINGS_ROLE: the council, with its public delay,
 * in production).
 */
abstract contract KindergartenQueueSettings is IKindergartenQueue, AccessManaged {
    /// @notice The access manager role this deployment gives the restricted settings to.
    uint64 public constant QUEUE_SETTINGS_ROLE = IshonchRoles.QUEUE_SETTINGS;
    /// @notice Number of priority tiers; tier 0 is served first.
    uint8 public constant TIER_COUNT = 8;
    /// @notice The tier of a child without an approved priority claim (served last).
    uint8 public constant GENERAL_TIER = TIER_COUNT - 1;
    /// @notice The offer period until changed: 15 days.
    uint64 public constant DEFAULT_OFFER_PERIOD = 15 days;
    /// @notice The shortest offer period the settings role may set.
    uint64 public constant MIN_OFFER_PERIOD = 1 hours;
    /// @notice The longest offer period the settings role may set.
    uint64 public constant MAX_OFFER_PERIOD = 90 days;

    mapping(uint8 ageGroup => AgeGroup) private _ageGroups;
    mapping(uint8 category => PriorityCategory) private _categories;

    /// @inheritdoc IKindergartenQueue
    /// @dev Declared last, so that it shares a storage slot with the queue's counters, which
    /// every offer reads and writes with it.
    uint64 public offerPeriod;

    constructor() {
        offerPeriod = DEFAULT_OFFER_PERIOD;
        emit OfferPeriodSet(DEFAULT_OFFER_PERIOD);
    }

    /// @inheritdoc IKindergartenQueue
    function setAgeGroup(
        uint8 ageGroup,
        uint8 minMonths,
        uint8 maxMonths,
        bool active
    ) external restricted {
        if (minMonths >= maxMonths) revert InvalidAgeRange(minMonths, maxMonths);
        _ageGroups[ageGroup] = AgeGroup(minMonths, maxMonths, active);
        emit AgeGroupSet(ageGroup, minMonths, maxMonths, active);
    }

    /// @inheritdoc IKindergartenQueue
    function setPriorityCategory(uint8 category, uint8 tier, bool active) external restricted {
        if (category == 0) revert ReservedCategory();
        if (tier >= GENERAL_TIER) revert InvalidTier(tier);
        _categories[category] = PriorityCategory(tier, active);
        emit PriorityCategorySet(category, tier, active);
    }

    /// @inheritdoc IKindergartenQueue
    function setOfferPeriod(uint64 period) external restricted {
        if (period < MIN_OFFER_PERIOD || period > MAX_OFFER_PERIOD) {
            revert InvalidOfferPeriod(period);
        }
        offerPeriod = period;
        emit OfferPeriodSet(period);
    }

    /// @inheritdoc IKindergartenQueue
    function getAgeGroup(uint8 ageGroup) external view returns (AgeGroup memory) {
        return _ageGroups[ageGroup];
    }

    /// @inheritdoc IKindergartenQueue
    function getPriorityCategory(uint8 category) external view returns (PriorityCategory memory) {
        return _categories[category];
    }

    /// @inheritdoc IKindergartenQueue
    function settingsSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](3);
        selectors[0] = this.setAgeGroup.selector;
        selectors[1] = this.setPriorityCategory.selector;
        selectors[2] = this.setOfferPeriod.selector;
    }

    /// @dev Reverts with UnknownAgeGroup unless `ageGroup` is defined and active.
    function _requireActiveAgeGroup(uint8 ageGroup) internal view {
        if (!_ageGroups[ageGroup].active) revert UnknownAgeGroup(ageGroup);
    }

    /// @dev The active category's tier; reverts with UnknownPriorityCategory otherwise.
    function _activeCategoryTier(uint8 category) internal view returns (uint8) {
        PriorityCategory memory priority = _categories[category];
        if (!priority.active) revert UnknownPriorityCategory(category);
        return priority.tier;
    }
}
