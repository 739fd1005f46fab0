// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";

/**
 * @title IKindergartenQueue
 * @notice The fair kindergarten queue: parents apply (through their district's relayer,
 * without a wallet) for up to three kindergartens of their district; district officers
 * verify priority claims and kindergartens release seats; each seat is offered to the first
 * waiting child in order, and only to that child; the parent accepts or declines with a
 * signature made from the application's secret. Anyone can read a child's position, and
 * anyone can check, for any offer, that no child ahead was skipped.
 * A queue is one (kindergarten, age group), its id `kindergarten << 8 | ageGroup`; order in a
 * queue is priority tier first (0 is served first, GENERAL_TIER last), then submission order.
 */
interface IKindergartenQueue is IAccessManaged, IERC5267 {
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

    /// @notice The organization registry that says who acts for which organization.
    /// @return The registry.
    function registry() external view returns (IOrganizationRegistry);

    /**
     * @notice Defines or changes an age group. Deactivating it stops new applications and
     * capacities in it; existing queues go on.
     * @param ageGroup The group's id.
     * @param minMonths Lowest age, in months, at the wanted start date.
     * @param maxMonths Age in months from which the group no longer applies.
     * @param active Whether applications may name it.
     */
    function setAgeGroup(uint8 ageGroup, uint8 minMonths, uint8 maxMonths, bool active) external;

    /**
     * @notice Defines or changes a priority category. A new tier applies to claims approved
     * from now on; children already approved keep their tier (no silent reordering).
     * @param category The category's id, from 1 (0 means no priority).
     * @param tier The tier its children queue in, 0 (served first) to GENERAL_TIER - 1.
     * @param active Whether applications may claim it and officers approve it.
     */
    function setPriorityCategory(uint8 category, uint8 tier, bool active) external;

    /**
     * @notice Sets how long a parent has to answer offers made from now on.
     * @param period Seconds, within [MIN_OFFER_PERIOD, MAX_OFFER_PERIOD].
     */
    function setOfferPeriod(uint64 period) external;

    /**
     * @notice Names or removes an account of the district's citizen service that submits
     * applications. Allowed to an OrganizationAdmin of the (active) district.
     * @param district The district education department.
     * @param relayer The relayer account.
     * @param allowed Whether it may submit applications for the district.
     */
    function setRelayer(uint32 district, address relayer, bool allowed) external;

    /**
     * @notice Sets the number of seats of a kindergarten's age group (0 closes the group to
     * new applications). Allowed to a QueueOfficer of the kindergarten's district.
     * @param kindergarten The kindergarten, an active Kindergarten whose parent is a district.
     * @param ageGroup An active age group.
     * @param capacity Total seats of the group.
     */
    function setGroupCapacity(uint32 kindergarten, uint8 ageGroup, uint16 capacity) external;

    /**
     * @notice Approves or rejects an application's priority claim. On approval the child
     * moves, in every queue where it waits, to the category's tier, keeping its submission
     * order. Allowed to a QueueOfficer of the application's district.
     * @param application The application, active with a pending claim.
     * @param approve Whether the claim is approved.
     * @param reasonCode The reason, from the authority's list of codes (never free text).
     */
    function decideClaim(uint64 application, bool approve, uint16 reasonCode) external;

    /**
     * @notice Declares free seats in a kindergarten's age group; each is offered at once to
     * the first waiting child in order (those left over stay vacant until a child joins).
     * Allowed to a QueueOfficer of the kindergarten or of its district.
     * @param kindergarten The kindergarten.
     * @param ageGroup The age group, which the kindergarten must offer.
     * @param seats How many seats; vacant plus offered seats may not exceed the capacity.
     */
    function releaseSeats(uint32 kindergarten, uint8 ageGroup, uint16 seats) external;

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
    ) external returns (uint64 application);

    /**
     * @notice Accepts an offer before it expires: the child is enrolled, leaves its other
     * queues, and its other offers pass to the next children.
     * @param offerId The offer.
     * @param deadline Last second at which the signature is valid.
     * @param signature The parent's EIP-712 ParentAction(Accept) signature.
     */
    function acceptOffer(uint64 offerId, uint64 deadline, bytes calldata signature) external;

    /**
     * @notice Declines an offer: the child leaves that kindergarten's queue (keeping its
     * others) and the seat passes to the next child.
     * @param offerId The offer.
     * @param deadline Last second at which the signature is valid.
     * @param signature The parent's EIP-712 ParentAction(Decline) signature.
     */
    function declineOffer(uint64 offerId, uint64 deadline, bytes calldata signature) external;

    /**
     * @notice Withdraws an active application: the child leaves every queue and its
     * pending offers pass to the next children.
     * @param application The application.
     * @param deadline Last second at which the signature is valid.
     * @param signature The parent's EIP-712 ParentAction(Withdraw) signature (offerId 0).
     */
    function withdraw(uint64 application, uint64 deadline, bytes calldata signature) external;

    /**
     * @notice Passes on an expired offer: the child leaves that queue and the seat is
     * offered to the next child. Anyone may call it (no cron needed).
     * @param offerId A pending offer whose expiry time has passed.
     */
    function expireOffer(uint64 offerId) external;

    /// @notice The id of the queue of `kindergarten`'s `ageGroup`.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @return `kindergarten << 8 | ageGroup`.
    function queueIdOf(uint32 kindergarten, uint8 ageGroup) external pure returns (uint256);

    /// @notice How long a parent has to answer an offer.
    /// @return Seconds.
    function offerPeriod() external view returns (uint64);

    /// @notice An age group's definition.
    /// @param ageGroup The group's id.
    /// @return The group (all zero if never defined).
    function getAgeGroup(uint8 ageGroup) external view returns (AgeGroup memory);

    /// @notice A priority category's definition.
    /// @param category The category's id.
    /// @return The category (inactive if never defined).
    function getPriorityCategory(uint8 category) external view returns (PriorityCategory memory);

    /// @notice Whether `account` may submit applications for `district`.
    /// @param district The district.
    /// @param account The account.
    /// @return True if it is a relayer of the district.
    function isRelayer(uint32 district, address account) external view returns (bool);

    /// @notice The active application of a child (by tag) in a district.
    /// @param district The district.
    /// @param childTag The child's keyed tag.
    /// @return The application number, or 0 if none is active.
    function activeApplicationOf(uint32 district, bytes32 childTag) external view returns (uint64);

    /// @notice Applications ever submitted; numbers run from 1.
    /// @return The number of applications.
    function applicationCount() external view returns (uint64);

    /// @notice An application's record.
    /// @param application The application number; reverts with UnknownApplication if unused.
    /// @return The application.
    function getApplication(uint64 application) external view returns (Application memory);

    /// @notice A queue's counters.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @return The queue (all zero if the group was never given seats).
    function getQueue(uint32 kindergarten, uint8 ageGroup) external view returns (Queue memory);

    /// @notice An application's membership of a queue.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @param application The application.
    /// @return The membership (status None if it never joined).
    function getMember(
        uint32 kindergarten,
        uint8 ageGroup,
        uint64 application
    ) external view returns (Member memory);

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
    ) external view returns (uint64);

    /// @notice The first waiting child of a queue, who gets the next free seat.
    /// @param kindergarten The kindergarten.
    /// @param ageGroup The age group.
    /// @return The application number, or 0 if nobody waits.
    function firstWaiting(uint32 kindergarten, uint8 ageGroup) external view returns (uint64);

    /// @notice Offers ever made; ids run from 1.
    /// @return The number of offers.
    function offerCount() external view returns (uint64);

    /// @notice An offer's record.
    /// @param offerId The offer; reverts with UnknownOffer if unused.
    /// @return The offer.
    function getOffer(uint64 offerId) external view returns (Offer memory);

    /**
     * @notice The application's place in the queue of each preferred kindergarten: for a
     * waiting child, how many children wait ahead, in total and per tier. O(log n) reads.
     * @param application The application number; reverts with UnknownApplication if unused.
     * @return standings One per preferred kindergarten, in order of preference.
     */
    function positionOf(uint64 application) external view returns (Standing[] memory standings);

    /// @notice Queue events so far (joins, priority approvals, offers, leaves): the clock
    /// that orders them for fairness checks.
    /// @return The number of queue events.
    function stamp() external view returns (uint64);

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
    ) external view returns (StandingAtOffer standing, uint64 earlierOfferId);

    /// @notice The parent's next nonce, to be signed in a ParentAction.
    /// @param application The application; reverts with UnknownApplication if unused.
    /// @return The nonce.
    function parentNonce(uint64 application) external view returns (uint64);

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
    ) external view returns (bytes32);

    /// @notice The restricted functions, for the deployment to assign to QUEUE_SETTINGS_ROLE.
    /// @return selectors setAgeGroup, setPriorityCategory and setOfferPeriod.
    function settingsSelectors() external pure returns (bytes4[] memory selectors);
}
