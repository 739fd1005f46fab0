// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {OrganizationRegistry} from "../organizations/OrganizationRegistry.sol";
import {FenwickTree} from "./FenwickTree.sol";
import {IshonchRoles} from "../access/IshonchRoles.sol";

/**
 * @title KindergartenQueue
 * @notice The fair kindergarten queue: parents apply (through their district's relayer,
 * without a wallet) for up to three kindergartens of their district; district officers
 * verify priority claims and kindergartens release seats; each seat is offered to the first
 * waiting child in order, and only to that child; the parent accepts or declines with a
 * signature made from the application's secret. Anyone can read a child's position, and
 * anyone can check, for any offer, that no child ahead was skipped.
 * @dev Data model and why:
 * - A queue is one (kindergarten, age group); its id is `kindergarten << 8 | ageGroup`.
 *   A child joins the queue of each preferred kindergarten at submission and gets that
 *   queue's next sequence number `seq` (submission order). Order in a queue is the key
 *   `tier << 24 | seq`: priority tier first (0 is served first, GENERAL_TIER last), then
 *   submission order. The order is total and deterministic (seq is unique per queue).
 * - Each queue keeps a Fenwick tree over keys holding exactly its waiting children
 *   (not those holding an offer). Children ahead = count of keys below one's own key, and
 *   the first waiting child = key of rank 1: both in at most 28 storage reads, flat in the
 *   queue's length. Per-tier waiting counters give the "ahead by tier" breakdown.
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
 * - Parent authority: the application stores `parentKey`, the address of a secp256k1 key
 *   derived from the parent's secret (the SDK derives it; the secret never reaches the
 *   chain). Accept, decline and withdraw carry an EIP-712 signature by that key over the
 *   application, the action, the offer, the application's nonce and a deadline, so a
 *   relayer can neither act without the secret nor replay or swap the action. Anyone may
 *   submit such a signed action.
 * - Who may call what: settings (age groups, priority categories and tiers, offer period)
 *   are `restricted` (the access manager's QUEUE_SETTINGS_ROLE); a district's
 *   OrganizationAdmin names its relayers; a district's QueueOfficer sets group capacities
 *   and decides priority claims; a QueueOfficer of the kindergarten or its district
 *   releases seats; anyone passes on an expired offer.
 */
contract KindergartenQueue is AccessManaged, EIP712 {
    using FenwickTree for FenwickTree.Tree;

    /// @notice Where an application stands. Lapsed: no queue left after declines/expiries.
    enum ApplicationStatus {
        None,
        Active,
        Enrolled,
        Withdrawn,
        Lapsed
    }

    /// @notice The officer's decision on a claimed priority category.
    enum ClaimStatus {
        None,
        Pending,
        Approved,
        Rejected
    }

    /// @notice A child's state in one queue. Left: declined, expired, withdrew or enrolled
    /// elsewhere.
    enum MemberStatus {
        None,
        Waiting,
        Offered,
        Enrolled,
        Left
    }

    /// @notice An offer's state. Cancelled: the child enrolled elsewhere or withdrew.
    enum OfferStatus {
        None,
        Pending,
        Accepted,
        Declined,
        Expired,
        Cancelled
    }

    /// @notice What a parent's signature authorizes.
    enum ParentAction {
        Accept,
        Decline,
        Withdraw
    }

    /// @notice How a child stood when a given offer was made, relative to the offered child.
    /// Skipped (waiting ahead of the offered child without an offer) never happens.
    enum StandingAtOffer {
        NotAhead,
        Recipient,
        OfferedEarlier,
        LeftEarlier,
        Skipped
    }

    /// @notice An age group, in months of age at the wanted start date (e.g. 24 to 36).
    struct AgeGroup {
        uint8 minMonths;
        uint8 maxMonths;
        bool active;
    }

    /// @notice A priority category set by the authority, and the tier its children queue in.
    struct PriorityCategory {
        uint8 tier;
        bool active;
    }

    /// @notice An application. `tier` is GENERAL_TIER until a claim is approved at `tierStamp`.
    struct Application {
        uint32 district;
        uint8 ageGroup;
        ApplicationStatus status;
        uint8 claimedCategory;
        ClaimStatus claimStatus;
        uint8 tier;
        uint64 submittedAt;
        uint64 tierStamp;
        uint32 enrolledIn;
        address parentKey;
        uint64 nonce;
        bytes32 childTag;
        uint32[] kindergartens;
    }

    /// @notice One (kindergarten, age group) queue's counters; waitingByTier sums to waiting.
    struct Queue {
        uint16 capacity;
        uint16 vacantSeats;
        uint16 pendingOffers;
        uint32 enrolled;
        uint32 lastSeq;
        uint32 waiting;
        uint32[8] waitingByTier;
    }

    /// @notice A child's membership of one queue; stamps order it against offers.
    struct Member {
        MemberStatus status;
        uint32 seq;
        uint64 joinedStamp;
        uint64 offerId;
        uint64 leftStamp;
    }

    /// @notice One offer of one seat; tier and seq are the child's order key when offered.
    struct Offer {
        uint64 application;
        uint32 kindergarten;
        uint8 ageGroup;
        uint8 tier;
        uint32 seq;
        OfferStatus status;
        uint64 stamp;
        uint64 offeredAt;
        uint64 expiresAt;
    }

    /// @notice A child's place in one preferred kindergarten's queue, for the citizen app.
    struct Standing {
        uint32 kindergarten;
        MemberStatus status;
        uint8 tier;
        uint32 seq;
        uint32 ahead;
        uint32[8] aheadByTier;
        uint64 offerId;
    }

    /// @notice The access manager role this deployment gives the restricted settings to.
    uint64 public constant QUEUE_SETTINGS_ROLE = IshonchRoles.QUEUE_SETTINGS;
    /// @notice Number of priority tiers; tier 0 is served first.
    uint8 public constant TIER_COUNT = 8;
    /// @notice The tier of a child without an approved priority claim (served last).
    uint8 public constant GENERAL_TIER = TIER_COUNT - 1;
    /// @notice Most kindergartens one application may name, in order of preference.
    uint256 public constant MAX_PREFERENCES = 3;
    /// @notice Most children that may ever join one queue (sequence numbers are 24 bits).
    uint32 public constant MAX_SEQ = (1 << 24) - 1;
    /// @notice The offer period until changed (15 days), and its bounds.
    uint64 public constant DEFAULT_OFFER_PERIOD = 15 days;
    uint64 public constant MIN_OFFER_PERIOD = 1 hours;
    uint64 public constant MAX_OFFER_PERIOD = 90 days;
    /// @notice The EIP-712 type a parent signs.
    bytes32 public constant PARENT_ACTION_TYPEHASH = keccak256(
        "ParentAction(uint64 application,uint8 action,uint64 offerId,uint64 nonce,uint64 deadline)"
    );

    /// @notice The organization registry that says who acts for which organization.
    OrganizationRegistry public immutable registry;

    /// @notice How long a parent has to answer an offer.
    uint64 public offerPeriod;
    /// @notice Applications ever submitted; numbers run from 1.
    uint64 public applicationCount;
    /// @notice Offers ever made; ids run from 1.
    uint64 public offerCount;
    /// @notice Queue events so far (joins, priority approvals, offers, leaves): the clock
    /// that orders them for fairness checks.
    uint64 public stamp;

    mapping(uint8 ageGroup => AgeGroup) private _ageGroups;
    mapping(uint8 category => PriorityCategory) private _categories;
    mapping(uint32 district => mapping(address account => bool)) private _relayers;
    mapping(uint64 application => Application) private _applications;
    mapping(uint32 district => mapping(bytes32 childTag => uint64 application))
        private _activeApplication;
    mapping(uint256 queueId => Queue) private _queues;
    mapping(uint256 queueId => FenwickTree.Tree) private _waitingKeys;
    mapping(uint256 queueId => mapping(uint32 seq => uint64 application)) private _memberAt;
    mapping(uint256 queueId => mapping(uint64 application => Member)) private _members;
    mapping(uint64 offerId => Offer) private _offers;

    /// @notice Age group `ageGroup` is now [minMonths, maxMonths), open to applications iff active.
    event AgeGroupSet(uint8 indexed ageGroup, uint8 minMonths, uint8 maxMonths, bool active);
    /// @notice Priority `category` now queues in `tier`, open to claims iff active.
    event PriorityCategorySet(uint8 indexed category, uint8 tier, bool active);
    /// @notice Offers made from now on expire `period` seconds after they are made.
    event OfferPeriodSet(uint64 period);
    /// @notice `relayer` may (or may no longer) submit applications for `district`.
    event RelayerSet(
        uint32 indexed district,
        address indexed relayer,
        bool allowed,
        address sender
    );
    /// @notice The kindergarten's `ageGroup` has `capacity` seats (0: the group is not offered).
    event GroupCapacitySet(
        uint32 indexed kindergarten,
        uint8 indexed ageGroup,
        uint16 capacity,
        address officer
    );
    /// @notice Application `application` was submitted; it joins the queues in QueueJoined.
    event ApplicationSubmitted(
        uint64 indexed application,
        uint32 indexed district,
        bytes32 indexed childTag,
        uint8 ageGroup,
        uint32[] kindergartens,
        uint8 claimedCategory,
        address parentKey,
        address relayer
    );
    /// @notice The application joined a queue with sequence number `seq`, in GENERAL_TIER.
    event QueueJoined(
        uint32 indexed kindergarten,
        uint8 indexed ageGroup,
        uint64 indexed application,
        uint32 seq,
        uint64 stamp
    );
    /// @notice An officer decided the claim; if approved the child queues in `tier` from `stamp`.
    event ClaimDecided(
        uint64 indexed application,
        bool approved,
        uint8 category,
        uint8 tier,
        uint16 reasonCode,
        address officer,
        uint64 stamp
    );
    /// @notice `seats` more seats of the group are free; they are offered at once.
    event SeatsReleased(
        uint32 indexed kindergarten,
        uint8 indexed ageGroup,
        uint16 seats,
        address officer
    );
    /// @notice A seat was offered to the first waiting child, whose key was (tier, seq);
    /// `stillWaiting` children wait after it.
    event OfferMade(
        uint64 indexed offerId,
        uint32 indexed kindergarten,
        uint64 indexed application,
        uint8 ageGroup,
        uint8 tier,
        uint32 seq,
        uint64 expiresAt,
        uint32 stillWaiting,
        uint64 stamp
    );
    /// @notice The offer was accepted, declined, expired or cancelled.
    event OfferClosed(
        uint64 indexed offerId,
        uint64 indexed application,
        OfferStatus status,
        uint64 stamp
    );
    /// @notice The application left the queue (after an offer closed, or on withdrawal or
    /// enrolment elsewhere).
    event QueueLeft(
        uint32 indexed kindergarten,
        uint8 indexed ageGroup,
        uint64 indexed application,
        uint64 stamp
    );
    /// @notice The application is no longer active: Enrolled (in `kindergarten`), Withdrawn
    /// or Lapsed (kindergarten 0). The child's tag is free for a new application.
    event ApplicationClosed(
        uint64 indexed application,
        ApplicationStatus status,
        uint32 kindergarten
    );

    /// @notice No application has number `application`.
    error UnknownApplication(uint64 application);
    /// @notice No offer has id `offerId`.
    error UnknownOffer(uint64 offerId);
    /// @notice Age group `ageGroup` is not defined or not active.
    error UnknownAgeGroup(uint8 ageGroup);
    /// @notice Priority category `category` is not defined or not active (0 means none).
    error UnknownPriorityCategory(uint8 category);
    /// @notice minMonths must be below maxMonths.
    error InvalidAgeRange(uint8 minMonths, uint8 maxMonths);
    /// @notice Category 0 means "no priority" and cannot be defined.
    error ReservedCategory();
    /// @notice A priority category's tier must be below GENERAL_TIER.
    error InvalidTier(uint8 tier);
    /// @notice The offer period must lie within [MIN_OFFER_PERIOD, MAX_OFFER_PERIOD].
    error InvalidOfferPeriod(uint64 period);
    /// @notice `account` is not an OrganizationAdmin of the active district.
    error NotDistrictAdmin(uint32 district, address account);
    /// @notice `account` is not a QueueOfficer of active organization `orgId`.
    error NotQueueOfficer(uint32 orgId, address account);
    /// @notice `account` is not a relayer of the district.
    error NotRelayer(uint32 district, address account);
    /// @notice `district` is not an active DistrictEducationDepartment.
    error NotADistrict(uint32 district);
    /// @notice `kindergarten` is not an active Kindergarten.
    error NotAKindergarten(uint32 kindergarten);
    /// @notice `kindergarten` does not belong to `district`.
    error KindergartenNotInDistrict(uint32 kindergarten, uint32 district);
    /// @notice The relayer passed the zero address as the parent's key.
    error ZeroParentKey();
    /// @notice The relayer passed an empty child tag.
    error ZeroChildTag();
    /// @notice The child already has active application `application` in `district`.
    error ChildAlreadyApplied(uint32 district, uint64 application);
    /// @notice An application names 1 to MAX_PREFERENCES kindergartens; it named `count`.
    error InvalidPreferenceCount(uint256 count, uint256 max);
    /// @notice The same kindergarten is named twice.
    error DuplicatePreference(uint32 kindergarten);
    /// @notice The kindergarten has no seats in the age group.
    error AgeGroupNotOffered(uint32 kindergarten, uint8 ageGroup);
    /// @notice The queue has had MAX_SEQ members already.
    error QueueFull(uint32 kindergarten, uint8 ageGroup);
    /// @notice Releasing zero seats.
    error ZeroSeats();
    /// @notice Only `available` seats of the capacity are not already vacant or offered.
    error SeatsExceedCapacity(
        uint32 kindergarten,
        uint8 ageGroup,
        uint256 requested,
        uint256 available
    );
    /// @notice The application's claim is not pending (none, or already decided).
    error ClaimNotPending(uint64 application);
    /// @notice The application is not active (enrolled, withdrawn or lapsed).
    error ApplicationNotActive(uint64 application);
    /// @notice The signature is not the parent's for this exact action and nonce.
    error NotParent(uint64 application);
    /// @notice The parent's signature was valid only until `deadline`.
    error SignatureExpired(uint64 deadline);
    /// @notice The offer is no longer pending.
    error OfferNotPending(uint64 offerId, OfferStatus status);
    /// @notice The offer expired at `expiresAt`; it can only be passed on.
    error OfferExpired(uint64 offerId, uint64 expiresAt);
    /// @notice The offer is still open until `expiresAt`.
    error OfferNotExpired(uint64 offerId, uint64 expiresAt);

    /// @param authority The access manager.
    /// @param organizationRegistry The registry of districts, kindergartens and their staff.
    constructor(
        address authority,
        OrganizationRegistry organizationRegistry
    ) AccessManaged(authority) EIP712("KindergartenQueue", "1") {
        registry = organizationRegistry;
        offerPeriod = DEFAULT_OFFER_PERIOD;
        emit OfferPeriodSet(DEFAULT_OFFER_PERIOD);
    }

    // ---------------------------------------------------------------- settings (restricted)

    /**
     * @notice Defines or changes an age group. Deactivating it stops new applications and
     * capacities in it; existing queues go on.
     * @param ageGroup The group's id.
     * @param minMonths Lowest age, in months, at the wanted start date.
     * @param maxMonths Age in months from which the group no longer applies.
     * @param active Whether applications may name it.
     */
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

    /**
     * @notice Defines or changes a priority category. A new tier applies to claims approved
     * from now on; children already approved keep their tier (no silent reordering).
     * @param category The category's id, from 1 (0 means no priority).
     * @param tier The tier its children queue in, 0 (served first) to GENERAL_TIER - 1.
     * @param active Whether applications may claim it and officers approve it.
     */
    function setPriorityCategory(uint8 category, uint8 tier, bool active) external restricted {
        if (category == 0) revert ReservedCategory();
        if (tier >= GENERAL_TIER) revert InvalidTier(tier);
        _categories[category] = PriorityCategory(tier, active);
        emit PriorityCategorySet(category, tier, active);
    }

    /**
     * @notice Sets how long a parent has to answer offers made from now on.
     * @param period Seconds, within [MIN_OFFER_PERIOD, MAX_OFFER_PERIOD].
     */
    function setOfferPeriod(uint64 period) external restricted {
        if (period < MIN_OFFER_PERIOD || period > MAX_OFFER_PERIOD) {
            revert InvalidOfferPeriod(period);
        }
        offerPeriod = period;
        emit OfferPeriodSet(period);
    }

    // ---------------------------------------------------------------- district staff

    /**
     * @notice Names or removes an account of the district's citizen service that submits
     * applications. Allowed to an OrganizationAdmin of the (active) district.
     * @param district The district education department.
     * @param relayer The relayer account.
     * @param allowed Whether it may submit applications for the district.
     */
    function setRelayer(uint32 district, address relayer, bool allowed) external {
        _requireDistrict(district);
        if (
            !registry.canAct(district, OrganizationRegistry.StaffRole.OrganizationAdmin, msg.sender)
        ) {
            revert NotDistrictAdmin(district, msg.sender);
        }
        _relayers[district][relayer] = allowed;
        emit RelayerSet(district, relayer, allowed, msg.sender);
    }

    /**
     * @notice Sets the number of seats of a kindergarten's age group (0 closes the group to
     * new applications). Allowed to a QueueOfficer of the kindergarten's district.
     * @param kindergarten The kindergarten, an active Kindergarten whose parent is a district.
     * @param ageGroup An active age group.
     * @param capacity Total seats of the group.
     */
    function setGroupCapacity(uint32 kindergarten, uint8 ageGroup, uint16 capacity) external {
        uint32 district = _districtOf(kindergarten);
        _requireOfficer(district);
        if (!_ageGroups[ageGroup].active) revert UnknownAgeGroup(ageGroup);
        _queues[queueIdOf(kindergarten, ageGroup)].capacity = capacity;
        emit GroupCapacitySet(kindergarten, ageGroup, capacity, msg.sender);
    }

    /**
     * @notice Approves or rejects an application's priority claim. On approval the child
     * moves, in every queue where it waits, to the category's tier, keeping its submission
     * order. Allowed to a QueueOfficer of the application's district.
     * @param application The application, active with a pending claim.
     * @param approve Whether the claim is approved.
     * @param reasonCode The reason, from the authority's list of codes (never free text).
     */
    function decideClaim(uint64 application, bool approve, uint16 reasonCode) external {
        Application storage app = _existingApplication(application);
        _requireOfficer(app.district);
        if (app.claimStatus != ClaimStatus.Pending) revert ClaimNotPending(application);
        if (app.status != ApplicationStatus.Active) revert ApplicationNotActive(application);
        uint8 category = app.claimedCategory;
        if (approve) {
            PriorityCategory memory priority = _categories[category];
            if (!priority.active) revert UnknownPriorityCategory(category);
            app.claimStatus = ClaimStatus.Approved;
            _changeTier(application, app, priority.tier);
        } else {
            app.claimStatus = ClaimStatus.Rejected;
        }
        emit ClaimDecided(application, approve, category, app.tier, reasonCode, msg.sender, stamp);
    }

    /**
     * @notice Declares free seats in a kindergarten's age group; each is offered at once to
     * the first waiting child in order (those left over stay vacant until a child joins).
     * Allowed to a QueueOfficer of the kindergarten or of its district.
     * @param kindergarten The kindergarten.
     * @param ageGroup The age group, which the kindergarten must offer.
     * @param seats How many seats; vacant plus offered seats may not exceed the capacity.
     */
    function releaseSeats(uint32 kindergarten, uint8 ageGroup, uint16 seats) external {
        uint32 district = _districtOf(kindergarten);
        if (
            !registry.canAct(kindergarten, OrganizationRegistry.StaffRole.QueueOfficer, msg.sender)
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

    /**
     * @notice Submits an application on a parent's behalf. The child joins, in
     * GENERAL_TIER, the queue of the age group in each named kindergarten; a claimed
     * priority counts only once an officer approves it.
     * @param district The district the kindergartens belong to.
     * @param childTag HMAC of the child's id under the district authority's secret key.
     * @param ageGroup The child's age group at the wanted start date.
     * @param kindergartens 1 to MAX_PREFERENCES distinct kindergartens, most wanted first.
     * @param claimedCategory The claimed priority category, or 0 for none.
     * @param parentKey Address of the key derived from the parent's secret.
     * @return application The application number given to the parent.
     */
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
        if (!_ageGroups[ageGroup].active) revert UnknownAgeGroup(ageGroup);
        if (claimedCategory != 0 && !_categories[claimedCategory].active) {
            revert UnknownPriorityCategory(claimedCategory);
        }
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

    /**
     * @notice Accepts an offer before it expires: the child is enrolled, leaves its other
     * queues, and its other offers pass to the next children.
     * @param offerId The offer.
     * @param deadline Last second at which the signature is valid.
     * @param signature The parent's EIP-712 ParentAction(Accept) signature.
     */
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

    /**
     * @notice Declines an offer: the child leaves that kindergarten's queue (keeping its
     * others) and the seat passes to the next child.
     * @param offerId The offer.
     * @param deadline Last second at which the signature is valid.
     * @param signature The parent's EIP-712 ParentAction(Decline) signature.
     */
    function declineOffer(uint64 offerId, uint64 deadline, bytes calldata signature) external {
        Offer storage offer = _pendingOffer(offerId);
        _authorizeParent(offer.application, ParentAction.Decline, offerId, deadline, signature);
        _endOffer(offer, OfferStatus.Declined);
    }

    /**
     * @notice Withdraws an active application: the child leaves every queue and its
     * pending offers pass to the next children.
     * @param application The application.
     * @param deadline Last second at which the signature is valid.
     * @param signature The parent's EIP-712 ParentAction(Withdraw) signature (offerId 0).
     */
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

    /**
     * @notice Passes on an expired offer: the child leaves that queue and the seat is
     * offered to the next child. Anyone may call it (no cron needed).
     * @param offerId A pending offer whose expiry time has passed.
     */
    function expireOffer(uint64 offerId) external {
        Offer storage offer = _pendingOffer(offerId);
        if (block.timestamp <= offer.expiresAt) revert OfferNotExpired(offerId, offer.expiresAt);
        _endOffer(offer, OfferStatus.Expired);
    }

    // ---------------------------------------------------------------- views

    /// @notice The id of the queue of `kindergarten`'s `ageGroup`.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @return `kindergarten << 8 | ageGroup`.
    function queueIdOf(uint32 kindergarten, uint8 ageGroup) public pure returns (uint256) {
        return (uint256(kindergarten) << 8) | ageGroup;
    }

    /// @notice An age group's definition.
    /// @param ageGroup The group's id.
    /// @return The group (all zero if never defined).
    function getAgeGroup(uint8 ageGroup) external view returns (AgeGroup memory) {
        return _ageGroups[ageGroup];
    }

    /// @notice A priority category's definition.
    /// @param category The category's id.
    /// @return The category (inactive if never defined).
    function getPriorityCategory(uint8 category) external view returns (PriorityCategory memory) {
        return _categories[category];
    }

    /// @notice Whether `account` may submit applications for `district`.
    /// @param district The district.
    /// @param account The account.
    /// @return True if it is a relayer of the district.
    function isRelayer(uint32 district, address account) external view returns (bool) {
        return _relayers[district][account];
    }

    /// @notice The active application of a child (by tag) in a district.
    /// @param district The district.
    /// @param childTag The child's keyed tag.
    /// @return The application number, or 0 if none is active.
    function activeApplicationOf(uint32 district, bytes32 childTag) external view returns (uint64) {
        return _activeApplication[district][childTag];
    }

    /// @notice An application's record.
    /// @param application The application number; reverts with UnknownApplication if unused.
    /// @return The application.
    function getApplication(uint64 application) external view returns (Application memory) {
        return _existingApplication(application);
    }

    /// @notice A queue's counters.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @return The queue (all zero if the group was never given seats).
    function getQueue(uint32 kindergarten, uint8 ageGroup) external view returns (Queue memory) {
        return _queues[queueIdOf(kindergarten, ageGroup)];
    }

    /// @notice An application's membership of a queue.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @param application The application.
    /// @return The membership (status None if it never joined).
    function getMember(
        uint32 kindergarten,
        uint8 ageGroup,
        uint64 application
    ) external view returns (Member memory) {
        return _members[queueIdOf(kindergarten, ageGroup)][application];
    }

    /// @notice The application that joined a queue with sequence number `seq`, so that a
    /// page can list a queue's members in submission order.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @param seq From 1 to the queue's lastSeq.
    /// @return The application number, or 0 if none.
    function memberAt(
        uint32 kindergarten,
        uint8 ageGroup,
        uint32 seq
    ) external view returns (uint64) {
        return _memberAt[queueIdOf(kindergarten, ageGroup)][seq];
    }

    /// @notice The first waiting child of a queue, who gets the next free seat.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @return The application number, or 0 if nobody waits.
    function firstWaiting(uint32 kindergarten, uint8 ageGroup) external view returns (uint64) {
        uint256 queueId = queueIdOf(kindergarten, ageGroup);
        if (_queues[queueId].waiting == 0) return 0;
        return _memberAt[queueId][uint32(_waitingKeys[queueId].keyOfRank(1) & MAX_SEQ)];
    }

    /// @notice An offer's record.
    /// @param offerId The offer; reverts with UnknownOffer if unused.
    /// @return The offer.
    function getOffer(uint64 offerId) external view returns (Offer memory) {
        return _existingOffer(offerId);
    }

    /**
     * @notice The application's place in the queue of each preferred kindergarten: for a
     * waiting child, how many children wait ahead, in total and per tier. O(log n) reads.
     * @param application The application number; reverts with UnknownApplication if unused.
     * @return standings One per preferred kindergarten, in order of preference.
     */
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
            uint32 ahead = uint32(_waitingKeys[queueId].countUpTo(_key(app.tier, member.seq) - 1));
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

    /**
     * @notice The fairness check for one offer and one child of the same queue, from chain
     * state alone: whether the child was ahead of the offered child when the offer was made
     * and, if so, why it did not get this seat (offered earlier, or had left the queue).
     * For every child ahead the answer is OfferedEarlier or LeftEarlier, never Skipped.
     * @param offerId The offer.
     * @param application Any application.
     * @return standing The child's standing at the offer.
     * @return earlierOfferId The child's own offer in that queue, if it had one by then.
     */
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
        if (_key(tierAt, member.seq) > _key(offer.tier, offer.seq)) {
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

    /// @notice The parent's next nonce, to be signed in a ParentAction.
    /// @param application The application; reverts with UnknownApplication if unused.
    /// @return The nonce.
    function parentNonce(uint64 application) external view returns (uint64) {
        return _existingApplication(application).nonce;
    }

    /// @notice The EIP-712 digest a parent signs, for the SDK and for checking signatures.
    /// @param application The application.
    /// @param action Accept, Decline or Withdraw.
    /// @param offerId The offer (0 for Withdraw).
    /// @param nonce The application's current nonce.
    /// @param deadline Last second at which the signature is valid.
    /// @return The digest.
    function parentActionDigest(
        uint64 application,
        ParentAction action,
        uint64 offerId,
        uint64 nonce,
        uint64 deadline
    ) public view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(
                    abi.encode(
                        PARENT_ACTION_TYPEHASH,
                        application,
                        action,
                        offerId,
                        nonce,
                        deadline
                    )
                )
            );
    }

    /// @notice The restricted functions, for the deployment to assign to QUEUE_SETTINGS_ROLE.
    /// @return selectors setAgeGroup, setPriorityCategory and setOfferPeriod.
    function settingsSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](3);
        selectors[0] = this.setAgeGroup.selector;
        selectors[1] = this.setPriorityCategory.selector;
        selectors[2] = this.setOfferPeriod.selector;
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
        _addWaiting(queueId, GENERAL_TIER, seq);
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
            _removeWaiting(queueId, oldTier, member.seq);
            _addWaiting(queueId, tier, member.seq);
        }
    }

    /// @dev Offers vacant seats to the first waiting children, one each, in order.
    function _offerVacantSeats(uint256 queueId) private {
        Queue storage queue = _queues[queueId];
        FenwickTree.Tree storage waitingKeys = _waitingKeys[queueId];
        while (queue.vacantSeats > 0 && queue.waiting > 0) {
            uint256 key = waitingKeys.keyOfRank(1);
            uint8 tier = uint8(key >> 24);
            uint32 seq = uint32(key & MAX_SEQ);
            _removeWaiting(queueId, tier, seq);
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
            _removeWaiting(queueId, app.tier, member.seq);
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

    function _addWaiting(uint256 queueId, uint8 tier, uint32 seq) private {
        _waitingKeys[queueId].increment(_key(tier, seq));
        Queue storage queue = _queues[queueId];
        ++queue.waiting;
        ++queue.waitingByTier[tier];
    }

    function _removeWaiting(uint256 queueId, uint8 tier, uint32 seq) private {
        _waitingKeys[queueId].decrement(_key(tier, seq));
        Queue storage queue = _queues[queueId];
        --queue.waiting;
        --queue.waitingByTier[tier];
    }

    /// @dev The order key: tier first, then submission order; never 0 (seq starts at 1).
    function _key(uint8 tier, uint32 seq) private pure returns (uint256) {
        return (uint256(tier) << 24) | seq;
    }

    /// @dev Checks the parent's signature for this action at the current nonce, and uses it.
    function _authorizeParent(
        uint64 application,
        ParentAction action,
        uint64 offerId,
        uint64 deadline,
        bytes calldata signature
    ) private returns (Application storage app) {
        app = _existingApplication(application);
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        bytes32 digest = parentActionDigest(application, action, offerId, app.nonce, deadline);
        (address signer, ECDSA.RecoverError recoverError, ) = ECDSA.tryRecover(digest, signature);
        if (recoverError != ECDSA.RecoverError.NoError || signer != app.parentKey) {
            revert NotParent(application);
        }
        ++app.nonce;
    }

    /// @dev The district of an active kindergarten (its parent, an active district).
    function _districtOf(uint32 kindergarten) private view returns (uint32 district) {
        if (!registry.isActive(kindergarten)) revert NotAKindergarten(kindergarten);
        OrganizationRegistry.Organization memory organization = registry.getOrganization(
            kindergarten
        );
        if (organization.orgType != OrganizationRegistry.OrganizationType.Kindergarten) {
            revert NotAKindergarten(kindergarten);
        }
        district = organization.parentId;
        _requireDistrict(district);
    }

    function _requireDistrict(uint32 district) private view {
        if (
            !registry.isActive(district) ||
            registry.getOrganization(district).orgType !=
                OrganizationRegistry.OrganizationType.DistrictEducationDepartment
        ) {
            revert NotADistrict(district);
        }
    }

    function _requireOfficer(uint32 orgId) private view {
        if (!registry.canAct(orgId, OrganizationRegistry.StaffRole.QueueOfficer, msg.sender)) {
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
