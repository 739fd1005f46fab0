// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {FenwickTree} from "./FenwickTree.sol";
import {IKindergartenQueue} from "./IKindergartenQueue.sol";
import {KindergartenQueueSettings} from "./KindergartenQueueSettings.sol";
import {ParentSignatures} from "./ParentSignatures.sol";
import {WaitingList} from "./WaitingList.sol";

/**
 * @title KindergartenQueue
 * @notice The fair kindergarten queue's lifecycle: applications, priority claims, seats,
 * offers and their answers, and the fairness check (see IKindergartenQueue). The settings
 * are KindergartenQueueSettings', the parent's signatures ParentSignatures', the order of the
 * waiting children WaitingList's.
 * @dev Data model and why:
 * - A queue is one (kindergarten, age group); its id is `kindergarten << 8 | ageGroup`.
 *   A child joins the queue of each preferred kindergarten at submission and gets that
 *   queue's next sequence number `seq` (submission order). Order in a queue is the key
 *   `tier << 24 | seq`: priority tier first (0 is served first, GENERAL_TIER last), then
 *   submission order. The order is total and deterministic (seq is unique per queue).
 * - Each queue keeps its waiting children (not those holding an offer) in a WaitingList:
 *   children ahead and the first waiting child in at most 28 storage reads, flat in the
 *   queue's length; per-tier counters give the "ahead by tier" breakdown.
 * - Seats: a queue has a capacity (set by the district), vacant seats (released, not yet
 *   offered) and pending offers. Invariant: vacant seats exist only while nobody waits, so
 *   a seat is always offered at once to the first waiting child; a declined, expired or
 *   cancelled offer returns the seat and it passes to the next child in the same
 *   transaction. Loops are bounded by the seats released in that call (or by one).
 * - Fairness from state alone: a global `stamp` counts queue events (join, priority
 *   approval, offer, leave); members and offers record their stamps, and a child's tier
 *   changes at most once (on approval). So `standingAtOffer(offer, child)` tells, in O(1),
 *   whether the child was ahead of the offered one at that moment and, if so, that it had
 *   been offered a seat earlier or had left: never `Skipped`.
 * - Identity: `childTag` is HMAC(districtKey, child's id) computed off chain with a
 *   32-byte key held by the district authority. Being deterministic it lets the contract
 *   refuse a second active application for the same child in the district; being keyed,
 *   nobody without the key can recover an id by trying all of them. No personal data is
 *   stored: tags, organization ids, categories, statuses and times only.
 * - Parent authority: the application stores `parentKey`, the address of a key derived from
 *   the parent's secret; accept, decline and withdraw carry the parent's signature
 *   (ParentSignatures), checked against it at the application's nonce.
 * - Who may call what: settings (age groups, priority categories and tiers, offer period)
 *   are `restricted` (the access manager's QUEUE_SETTINGS_ROLE); a district's
 *   OrganizationAdmin names its relayers; a district's QueueOfficer sets group capacities
 *   and decides priority claims; a QueueOfficer of the kindergarten or its district
 *   releases seats; anyone passes on an expired offer.
 */
contract KindergartenQueue is
    IKindergartenQueue,
    AccessManaged,
    ParentSignatures,
    KindergartenQueueSettings
{
    using WaitingList for FenwickTree.Tree;

    /// @notice Most kindergartens one application may name, in order of preference.
    uint256 public constant MAX_PREFERENCES = 3;
    /// @notice Most children that may ever join one queue (sequence numbers are 24 bits).
    uint32 public constant MAX_SEQ = WaitingList.MAX_SEQ;

    /// @inheritdoc IKindergartenQueue
    IOrganizationRegistry public immutable registry;

    /// @inheritdoc IKindergartenQueue
    uint64 public applicationCount;
    /// @inheritdoc IKindergartenQueue
    uint64 public offerCount;
    /// @inheritdoc IKindergartenQueue
    uint64 public stamp;

    mapping(uint32 district => mapping(address account => bool)) private _relayers;
    mapping(uint64 application => Application) private _applications;
    mapping(uint32 district => mapping(bytes32 childTag => uint64 application))
        private _activeApplication;
    mapping(uint256 queueId => Queue) private _queues;
    mapping(uint256 queueId => FenwickTree.Tree) private _waitingKeys;
    mapping(uint256 queueId => mapping(uint32 seq => uint64 application)) private _memberAt;
    mapping(uint256 queueId => mapping(uint64 application => Member)) private _members;
    mapping(uint64 offerId => Offer) private _offers;

    /// @param authority The access manager.
    /// @param organizationRegistry The registry of districts, kindergartens and their staff.
    constructor(
        address authority,
        IOrganizationRegistry organizationRegistry
    ) AccessManaged(authority) {
        registry = organizationRegistry;
    }

    // ---------------------------------------------------------------- district staff

    /// @inheritdoc IKindergartenQueue
    function setRelayer(uint32 district, address relayer, bool allowed) external {
        _requireDistrict(district);
        if (
            !registry.canAct(
                district,
                IOrganizationRegistry.StaffRole.OrganizationAdmin,
                msg.sender
            )
        ) {
            revert NotDistrictAdmin(district, msg.sender);
        }
        _relayers[district][relayer] = allowed;
        emit RelayerSet(district, relayer, allowed, msg.sender);
    }

    /// @inheritdoc IKindergartenQueue
    function setGroupCapacity(uint32 kindergarten, uint8 ageGroup, uint16 capacity) external {
        uint32 district = _districtOf(kindergarten);
        _requireOfficer(district);
        _requireActiveAgeGroup(ageGroup);
        _queues[queueIdOf(kindergarten, ageGroup)].capacity = capacity;
        emit GroupCapacitySet(kindergarten, ageGroup, capacity, msg.sender);
    }

    /// @inheritdoc IKindergartenQueue
    function decideClaim(uint64 application, bool approve, uint16 reasonCode) external {
        Application storage app = _existingApplication(application);
        _requireOfficer(app.district);
        if (app.claimStatus != ClaimStatus.Pending) revert ClaimNotPending(application);
        if (app.status != ApplicationStatus.Active) revert ApplicationNotActive(application);
        uint8 category = app.claimedCategory;
        if (approve) {
            uint8 tier = _activeCategoryTier(category);
            app.claimStatus = ClaimStatus.Approved;
            _changeTier(application, app, tier);
        } else {
            app.claimStatus = ClaimStatus.Rejected;
        }
        emit ClaimDecided(application, approve, category, app.tier, reasonCode, msg.sender, stamp);
    }

    /// @inheritdoc IKindergartenQueue
    function releaseSeats(uint32 kindergarten, uint8 ageGroup, uint16 seats) external {
        uint32 district = _districtOf(kindergarten);
        if (
            !registry.canAct(kindergarten, IOrganizationRegistry.StaffRole.QueueOfficer, msg.sender)
        ) {
            _requireOfficer(district);
        }
        if (seats == 0) revert ZeroSeats();
        uint256 queueId = queueIdOf(kindergarten, ageGroup);
        Queue storage queue = _queues[queueId];
        if (queue.capacity == 0) revert AgeGroupNotOffered(kindergarten, ageGroup);
        uint256 taken = uint256(queue.vacantSeats) + queue.pendingOffers;
        uint256 available = queue.capacity > taken ? queue.capacity - taken : 0;
        if (seats > available) {
            revert SeatsExceedCapacity(kindergarten, ageGroup, seats, available);
        }
        queue.vacantSeats += seats;
        emit SeatsReleased(kindergarten, ageGroup, seats, msg.sender);
        _offerVacantSeats(queueId);
    }

    // ---------------------------------------------------------------- relayer

    /// @inheritdoc IKindergartenQueue
    function submitApplication(
        uint32 district,
        bytes32 childTag,
        uint8 ageGroup,
        uint32[] calldata kindergartens,
        uint8 claimedCategory,
        address parentKey
    ) external returns (uint64 application) {
        if (!_relayers[district][msg.sender]) revert NotRelayer(district, msg.sender);
        _requireDistrict(district);
        if (childTag == bytes32(0)) revert ZeroChildTag();
        if (parentKey == address(0)) revert ZeroParentKey();
        _requireActiveAgeGroup(ageGroup);
        if (claimedCategory != 0) _activeCategoryTier(claimedCategory);
        uint64 existing = _activeApplication[district][childTag];
        if (existing != 0) revert ChildAlreadyApplied(district, existing);
        _checkPreferences(district, ageGroup, kindergartens);

        application = ++applicationCount;
        Application storage app = _applications[application];
        app.district = district;
        app.ageGroup = ageGroup;
        app.status = ApplicationStatus.Active;
        app.claimedCategory = claimedCategory;
        app.claimStatus = claimedCategory == 0 ? ClaimStatus.None : ClaimStatus.Pending;
        app.tier = GENERAL_TIER;
        app.submittedAt = uint64(block.timestamp);
        app.parentKey = parentKey;
        app.childTag = childTag;
        app.kindergartens = kindergartens;
        _activeApplication[district][childTag] = application;
        emit ApplicationSubmitted(
            application,
            district,
            childTag,
            ageGroup,
            kindergartens,
            claimedCategory,
            parentKey,
            msg.sender
        );
        for (uint256 i = 0; i < kindergartens.length; ++i) {
            _join(application, kindergartens[i], ageGroup);
        }
    }

    // ---------------------------------------------------------------- parent (by signature)

    /// @inheritdoc IKindergartenQueue
    function acceptOffer(uint64 offerId, uint64 deadline, bytes calldata signature) external {
        Offer storage offer = _pendingOffer(offerId);
        uint64 application = offer.application;
        Application storage app = _authorizeParent(
            application,
            ParentAction.Accept,
            offerId,
            deadline,
            signature
        );
        if (block.timestamp > offer.expiresAt) revert OfferExpired(offerId, offer.expiresAt);
        uint32 kindergarten = offer.kindergarten;
        uint256 queueId = queueIdOf(kindergarten, offer.ageGroup);
        offer.status = OfferStatus.Accepted;
        emit OfferClosed(offerId, application, OfferStatus.Accepted, ++stamp);
        Queue storage queue = _queues[queueId];
        --queue.pendingOffers;
        ++queue.enrolled;
        _members[queueId][application].status = MemberStatus.Enrolled;
        app.enrolledIn = kindergarten;
        uint32[] storage kindergartens = app.kindergartens;
        for (uint256 i = 0; i < kindergartens.length; ++i) {
            if (kindergartens[i] != kindergarten) {
                _leave(application, kindergartens[i], app, OfferStatus.Cancelled);
            }
        }
        _close(application, app, ApplicationStatus.Enrolled);
    }

    /// @inheritdoc IKindergartenQueue
    function declineOffer(uint64 offerId, uint64 deadline, bytes calldata signature) external {
        Offer storage offer = _pendingOffer(offerId);
        _authorizeParent(offer.application, ParentAction.Decline, offerId, deadline, signature);
        _endOffer(offer, OfferStatus.Declined);
    }

    /// @inheritdoc IKindergartenQueue
    function withdraw(uint64 application, uint64 deadline, bytes calldata signature) external {
        Application storage app = _authorizeParent(
            application,
            ParentAction.Withdraw,
            0,
            deadline,
            signature
        );
        if (app.status != ApplicationStatus.Active) revert ApplicationNotActive(application);
        uint32[] storage kindergartens = app.kindergartens;
        for (uint256 i = 0; i < kindergartens.length; ++i) {
            _leave(application, kindergartens[i], app, OfferStatus.Cancelled);
        }
        _close(application, app, ApplicationStatus.Withdrawn);
    }

    // ---------------------------------------------------------------- anyone

    /// @inheritdoc IKindergartenQueue
    function expireOffer(uint64 offerId) external {
        Offer storage offer = _pendingOffer(offerId);
        if (block.timestamp <= offer.expiresAt) revert OfferNotExpired(offerId, offer.expiresAt);
        _endOffer(offer, OfferStatus.Expired);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IKindergartenQueue
    function queueIdOf(uint32 kindergarten, uint8 ageGroup) public pure returns (uint256) {
        return (uint256(kindergarten) << 8) | ageGroup;
    }

    /// @inheritdoc IKindergartenQueue
    function isRelayer(uint32 district, address account) external view returns (bool) {
        return _relayers[district][account];
    }

    /// @inheritdoc IKindergartenQueue
    function activeApplicationOf(uint32 district, bytes32 childTag) external view returns (uint64) {
        return _activeApplication[district][childTag];
    }

    /// @inheritdoc IKindergartenQueue
    function getApplication(uint64 application) external view returns (Application memory) {
        return _existingApplication(application);
    }

    /// @inheritdoc IKindergartenQueue
    function getQueue(uint32 kindergarten, uint8 ageGroup) external view returns (Queue memory) {
        return _queues[queueIdOf(kindergarten, ageGroup)];
    }

    /// @inheritdoc IKindergartenQueue
    function getMember(
        uint32 kindergarten,
        uint8 ageGroup,
        uint64 application
    ) external view returns (Member memory) {
        return _members[queueIdOf(kindergarten, ageGroup)][application];
    }

    /// @inheritdoc IKindergartenQueue
    function memberAt(
        uint32 kindergarten,
        uint8 ageGroup,
        uint32 seq
    ) external view returns (uint64) {
        return _memberAt[queueIdOf(kindergarten, ageGroup)][seq];
    }

    /// @inheritdoc IKindergartenQueue
    function firstWaiting(uint32 kindergarten, uint8 ageGroup) external view returns (uint64) {
        uint256 queueId = queueIdOf(kindergarten, ageGroup);
        if (_queues[queueId].waiting == 0) return 0;
        (, uint32 seq) = _waitingKeys[queueId].first();
        return _memberAt[queueId][seq];
    }

    /// @inheritdoc IKindergartenQueue
    function getOffer(uint64 offerId) external view returns (Offer memory) {
        return _existingOffer(offerId);
    }

    /// @inheritdoc IKindergartenQueue
    function positionOf(uint64 application) external view returns (Standing[] memory standings) {
        Application storage app = _existingApplication(application);
        uint256 count = app.kindergartens.length;
        standings = new Standing[](count);
        for (uint256 i = 0; i < count; ++i) {
            uint32 kindergarten = app.kindergartens[i];
            uint256 queueId = queueIdOf(kindergarten, app.ageGroup);
            Member storage member = _members[queueId][application];
            Standing memory standing = standings[i];
            standing.kindergarten = kindergarten;
            standing.status = member.status;
            standing.tier = app.tier;
            standing.seq = member.seq;
            standing.offerId = member.offerId;
            if (member.status != MemberStatus.Waiting) continue;
            uint32 ahead = uint32(_waitingKeys[queueId].countAhead(app.tier, member.seq));
            standing.ahead = ahead;
            uint32[8] storage byTier = _queues[queueId].waitingByTier;
            uint32 inHigherTiers = 0;
            for (uint8 t = 0; t < app.tier; ++t) {
                standing.aheadByTier[t] = byTier[t];
                inHigherTiers += byTier[t];
            }
            standing.aheadByTier[app.tier] = ahead - inHigherTiers;
        }
    }

    /// @inheritdoc IKindergartenQueue
    function standingAtOffer(
        uint64 offerId,
        uint64 application
    ) external view returns (StandingAtOffer standing, uint64 earlierOfferId) {
        Offer storage offer = _existingOffer(offerId);
        if (application == offer.application) return (StandingAtOffer.Recipient, 0);
        Member storage member = _members[queueIdOf(offer.kindergarten, offer.ageGroup)][
            application
        ];
        uint64 offeredStamp = offer.stamp;
        if (member.status == MemberStatus.None || member.joinedStamp > offeredStamp) {
            return (StandingAtOffer.NotAhead, 0);
        }
        Application storage app = _applications[application];
        uint8 tierAt = app.tierStamp != 0 && app.tierStamp < offeredStamp ? app.tier : GENERAL_TIER;
        if (WaitingList.keyOf(tierAt, member.seq) > WaitingList.keyOf(offer.tier, offer.seq)) {
            return (StandingAtOffer.NotAhead, 0);
        }
        uint64 ownOffer = member.offerId;
        if (ownOffer != 0 && _offers[ownOffer].stamp < offeredStamp) {
            return (StandingAtOffer.OfferedEarlier, ownOffer);
        }
        if (member.leftStamp != 0 && member.leftStamp < offeredStamp) {
            return (StandingAtOffer.LeftEarlier, 0);
        }
        return (StandingAtOffer.Skipped, 0);
    }

    /// @inheritdoc IKindergartenQueue
    function parentNonce(uint64 application) external view returns (uint64) {
        return _existingApplication(application).nonce;
    }

    // ---------------------------------------------------------------- internals

    /// @dev Validates an application's kindergartens: count, distinct, in the district,
    /// offering the age group.
    function _checkPreferences(
        uint32 district,
        uint8 ageGroup,
        uint32[] calldata kindergartens
    ) private view {
        uint256 count = kindergartens.length;
        if (count == 0 || count > MAX_PREFERENCES) {
            revert InvalidPreferenceCount(count, MAX_PREFERENCES);
        }
        for (uint256 i = 0; i < count; ++i) {
            uint32 kindergarten = kindergartens[i];
            for (uint256 j = 0; j < i; ++j) {
                if (kindergartens[j] == kindergarten) revert DuplicatePreference(kindergarten);
            }
            if (_districtOf(kindergarten) != district) {
                revert KindergartenNotInDistrict(kindergarten, district);
            }
            if (_queues[queueIdOf(kindergarten, ageGroup)].capacity == 0) {
                revert AgeGroupNotOffered(kindergarten, ageGroup);
            }
        }
    }

    /// @dev Adds the application at the end of a queue, in GENERAL_TIER; a vacant seat (which
    /// exists only if nobody else waits) is offered to it at once.
    function _join(uint64 application, uint32 kindergarten, uint8 ageGroup) private {
        uint256 queueId = queueIdOf(kindergarten, ageGroup);
        Queue storage queue = _queues[queueId];
        if (queue.lastSeq == MAX_SEQ) revert QueueFull(kindergarten, ageGroup);
        uint32 seq = ++queue.lastSeq;
        _memberAt[queueId][seq] = application;
        Member storage member = _members[queueId][application];
        member.status = MemberStatus.Waiting;
        member.seq = seq;
        member.joinedStamp = ++stamp;
        _waitingKeys[queueId].add(queue, GENERAL_TIER, seq);
        emit QueueJoined(kindergarten, ageGroup, application, seq, stamp);
        _offerVacantSeats(queueId);
    }

    /// @dev Moves the application to `tier` in every queue where it waits.
    function _changeTier(uint64 application, Application storage app, uint8 tier) private {
        uint8 oldTier = app.tier;
        app.tier = tier;
        app.tierStamp = ++stamp;
        uint32[] storage kindergartens = app.kindergartens;
        for (uint256 i = 0; i < kindergartens.length; ++i) {
            uint256 queueId = queueIdOf(kindergartens[i], app.ageGroup);
            Member storage member = _members[queueId][application];
            if (member.status != MemberStatus.Waiting) continue;
            FenwickTree.Tree storage waitingKeys = _waitingKeys[queueId];
            Queue storage queue = _queues[queueId];
            waitingKeys.remove(queue, oldTier, member.seq);
            waitingKeys.add(queue, tier, member.seq);
        }
    }

    /// @dev Offers vacant seats to the first waiting children, one each, in order.
    function _offerVacantSeats(uint256 queueId) private {
        Queue storage queue = _queues[queueId];
        FenwickTree.Tree storage waitingKeys = _waitingKeys[queueId];
        while (queue.vacantSeats > 0 && queue.waiting > 0) {
            (uint8 tier, uint32 seq) = waitingKeys.first();
            waitingKeys.remove(queue, tier, seq);
            --queue.vacantSeats;
            ++queue.pendingOffers;
            _makeOffer(queueId, _memberAt[queueId][seq], tier, seq, queue.waiting);
        }
    }

    /// @dev Records and announces an offer to `application`, just taken off the queue.
    function _makeOffer(
        uint256 queueId,
        uint64 application,
        uint8 tier,
        uint32 seq,
        uint32 stillWaiting
    ) private {
        uint64 offerId = ++offerCount;
        Offer storage offer = _offers[offerId];
        offer.application = application;
        offer.kindergarten = uint32(queueId >> 8);
        offer.ageGroup = uint8(queueId);
        offer.tier = tier;
        offer.seq = seq;
        offer.status = OfferStatus.Pending;
        offer.stamp = ++stamp;
        offer.offeredAt = uint64(block.timestamp);
        offer.expiresAt = uint64(block.timestamp) + offerPeriod;
        Member storage member = _members[queueId][application];
        member.status = MemberStatus.Offered;
        member.offerId = offerId;
        emit OfferMade(
            offerId,
            offer.kindergarten,
            application,
            offer.ageGroup,
            tier,
            seq,
            offer.expiresAt,
            stillWaiting,
            offer.stamp
        );
    }

    /// @dev Ends a pending offer without enrolment (declined or expired): the child leaves
    /// that queue, the seat passes on, and an application left with no queue lapses.
    function _endOffer(Offer storage offer, OfferStatus status) private {
        uint64 application = offer.application;
        Application storage app = _applications[application];
        _leave(application, offer.kindergarten, app, status);
        uint32[] storage kindergartens = app.kindergartens;
        for (uint256 i = 0; i < kindergartens.length; ++i) {
            MemberStatus memberStatus = _members[queueIdOf(kindergartens[i], app.ageGroup)][
                application
            ].status;
            if (memberStatus == MemberStatus.Waiting || memberStatus == MemberStatus.Offered) {
                return;
            }
        }
        _close(application, app, ApplicationStatus.Lapsed);
    }

    /// @dev Takes the application out of one queue: off the waiting list, or its pending
    /// offer closed with `outcome` and the seat passed on. Nothing if it already left.
    function _leave(
        uint64 application,
        uint32 kindergarten,
        Application storage app,
        OfferStatus outcome
    ) private {
        uint8 ageGroup = app.ageGroup;
        uint256 queueId = queueIdOf(kindergarten, ageGroup);
        Member storage member = _members[queueId][application];
        MemberStatus status = member.status;
        if (status == MemberStatus.Waiting) {
            _waitingKeys[queueId].remove(_queues[queueId], app.tier, member.seq);
        } else if (status == MemberStatus.Offered) {
            uint64 offerId = member.offerId;
            _offers[offerId].status = outcome;
            emit OfferClosed(offerId, application, outcome, ++stamp);
            Queue storage queue = _queues[queueId];
            --queue.pendingOffers;
            ++queue.vacantSeats;
        } else {
            return;
        }
        member.status = MemberStatus.Left;
        member.leftStamp = ++stamp;
        emit QueueLeft(kindergarten, ageGroup, application, stamp);
        _offerVacantSeats(queueId);
    }

    /// @dev Ends an application: frees the child's tag in the district.
    function _close(uint64 application, Application storage app, ApplicationStatus status) private {
        app.status = status;
        delete _activeApplication[app.district][app.childTag];
        emit ApplicationClosed(application, status, app.enrolledIn);
    }

    /// @dev The application, after checking the parent's signature of this action at its
    /// current nonce, which the signature uses up.
    function _authorizeParent(
        uint64 application,
        ParentAction action,
        uint64 offerId,
        uint64 deadline,
        bytes calldata signature
    ) private returns (Application storage app) {
        app = _existingApplication(application);
        _useParentSignature(application, app, action, offerId, deadline, signature);
    }

    /// @dev The district of an active kindergarten (its parent, an active district).
    function _districtOf(uint32 kindergarten) private view returns (uint32 district) {
        if (!registry.isActive(kindergarten)) revert NotAKindergarten(kindergarten);
        IOrganizationRegistry.Organization memory organization = registry.getOrganization(
            kindergarten
        );
        if (organization.orgType != IOrganizationRegistry.OrganizationType.Kindergarten) {
            revert NotAKindergarten(kindergarten);
        }
        district = organization.parentId;
        _requireDistrict(district);
    }

    function _requireDistrict(uint32 district) private view {
        if (
            !registry.isActive(district) ||
            registry.getOrganization(district).orgType !=
                IOrganizationRegistry.OrganizationType.DistrictEducationDepartment
        ) {
            revert NotADistrict(district);
        }
    }

    function _requireOfficer(uint32 orgId) private view {
        if (!registry.canAct(orgId, IOrganizationRegistry.StaffRole.QueueOfficer, msg.sender)) {
            revert NotQueueOfficer(orgId, msg.sender);
        }
    }

    function _existingApplication(
        uint64 application
    ) private view returns (Application storage app) {
        app = _applications[application];
        if (app.status == ApplicationStatus.None) revert UnknownApplication(application);
    }

    function _existingOffer(uint64 offerId) private view returns (Offer storage offer) {
        offer = _offers[offerId];
        if (offer.status == OfferStatus.None) revert UnknownOffer(offerId);
    }

    function _pendingOffer(uint64 offerId) private view returns (Offer storage offer) {
        offer = _existingOffer(offerId);
        if (offer.status != OfferStatus.Pending) revert OfferNotPending(offerId, offer.status);
    }
}
