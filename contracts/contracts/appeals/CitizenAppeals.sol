// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {IshonchRoles} from "../access/IshonchRoles.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {AppealDeadlines} from "./AppealDeadlines.sol";
import {CitizenSignatures} from "./CitizenSignatures.sol";
import {ICitizenAppeals} from "./ICitizenAppeals.sol";

/**
 * @title CitizenAppeals
 * @notice Citizens' appeals under the law, every step fixed on the chain with the chain's own
 * time (see ICitizenAppeals). The law's time limits are AppealDeadlines', the citizen's
 * signatures CitizenSignatures'.
 * @dev Design:
 * - An appeal is a record keyed by its tracking number (ids 1, 2, 3, ...). It holds its type,
 *   the agency that holds it now (an organization of the OrganizationRegistry), salted
 *   commitments to the content and to the answer (never text), the address of the citizen's
 *   key, and times. Every time is `block.timestamp` at the transition; no function takes a
 *   time or a deadline as an argument.
 * - Deadlines follow the law (AppealDeadlines) and are computed here from the chain's time;
 *   the registration time never changes, while forwarding makes a new receipt at the
 *   competent agency, from which its answer period runs.
 * - Staff act for the holding agency only: AppealsOfficer staff start the review, mark extra
 *   checking, forward and answer; the OrganizationAdmin extends. Both are checked with the
 *   registry's `canAct`, so a suspended agency cannot act at all.
 * - Overdue is a fact of the clock: `statusOf` reports Overdue for an unanswered appeal whose
 *   deadline has passed, whether or not anyone called `markOverdue` (which only records the
 *   fact as an event for the index). An overdue appeal can still be answered, late.
 * - Filing is `restricted` to a platform relayer role (APPEALS_RELAYER_ROLE, id 30): gas is
 *   free on the production network, so an open `fileAppeal` would let any account flood
 *   agencies; the relayer rate-limits off chain, its address is in every AppealFiled event,
 *   and the role can be revoked. The relayers are the platform's, not the agencies': an
 *   agency that named its own intake relayers could refuse to register appeals against it.
 *   The citizen's own actions (rating, escalation) carry an EIP-712 signature of the
 *   citizen key, so the relayer cannot perform them without the citizen's secret.
 * - Escalation (when overdue, also after a late answer, or when the answer was rated
 *   unsatisfactory) ends the appeal with status Escalated and files a new Complaint at the
 *   holder's superior (the registry's parentId) with the same citizen key, linked both ways. So every appeal is answered at
 *   most once and extended at most once, and the superior's handling has its own deadline.
 * - Officials cannot close an appeal: it is Closed only when the citizen rates the answer as
 *   satisfactory (3 to 5 of 5).
 * - Registration is immediate, so the law's "one working day" to register is always met.
 *   The citizen key should come from a fresh random secret per appeal, so that one
 *   citizen's appeals cannot be linked on chain.
 */
contract CitizenAppeals is ICitizenAppeals, AccessManaged, CitizenSignatures {
    /// @notice Access-manager role that may file appeals (the platform's relayers).
    uint64 public constant APPEALS_RELAYER_ROLE = IshonchRoles.APPEALS_RELAYER;
    /// @notice Answer period for statements and complaints.
    uint64 public constant ANSWER_PERIOD = AppealDeadlines.ANSWER_PERIOD;
    /// @notice "One month": the answer period for proposals and for appeals needing extra
    /// checking.
    uint64 public constant LONG_ANSWER_PERIOD = AppealDeadlines.LONG_ANSWER_PERIOD;
    /// @notice Longest extension, in days ("at most one month").
    uint8 public constant MAX_EXTENSION_DAYS = AppealDeadlines.MAX_EXTENSION_DAYS;
    /// @notice Time within which the holder may forward an appeal after receiving it.
    uint64 public constant FORWARD_WINDOW = AppealDeadlines.FORWARD_WINDOW;
    /// @notice Most forwardings of one appeal.
    uint8 public constant MAX_FORWARDS = AppealDeadlines.MAX_FORWARDS;
    /// @notice Highest rating.
    uint8 public constant MAX_RATING = 5;
    /// @notice Lowest rating that counts as satisfied (and closes the appeal).
    uint8 public constant MIN_SATISFACTORY_RATING = 3;

    /// @inheritdoc ICitizenAppeals
    IOrganizationRegistry public immutable registry;

    /// @inheritdoc ICitizenAppeals
    uint64 public appealCount;

    mapping(uint64 id => Appeal) private _appeals;
    mapping(address citizenKey => mapping(bytes32 commitment => uint64 id)) private _appealIdOf;
    mapping(uint32 agencyId => uint64 forwards) private _forwardCountOf;

    /// @param authority The access manager (decides who may file).
    /// @param organizationRegistry The registry of agencies and their staff.
    constructor(
        address authority,
        IOrganizationRegistry organizationRegistry
    ) AccessManaged(authority) {
        registry = organizationRegistry;
    }

    /// @inheritdoc ICitizenAppeals
    function fileAppeal(
        uint32 agencyId,
        AppealType appealType,
        bytes32 contentCommitment,
        address citizenKey
    ) external restricted returns (uint64 id) {
        if (citizenKey == address(0)) revert ZeroCitizenKey();
        if (!registry.isActive(agencyId)) revert AgencyNotActive(agencyId);
        return _register(agencyId, appealType, contentCommitment, citizenKey, 0);
    }

    /// @inheritdoc ICitizenAppeals
    function startReview(uint64 id) external {
        Appeal storage appeal = _heldBy(id, IOrganizationRegistry.StaffRole.AppealsOfficer);
        AppealStatus status = AppealDeadlines.statusNow(appeal);
        if (status != AppealStatus.Registered && status != AppealStatus.Forwarded) {
            revert InvalidTransition(id, status);
        }
        appeal.status = AppealStatus.InReview;
        emit AppealReviewStarted(id, appeal.agencyId, msg.sender, uint64(block.timestamp));
    }

    /// @inheritdoc ICitizenAppeals
    function requireExtraChecking(uint64 id, bytes32 reasonCommitment) external {
        Appeal storage appeal = _heldBy(id, IOrganizationRegistry.StaffRole.AppealsOfficer);
        _requireBeforeDeadline(id, appeal);
        if (appeal.extended) revert AlreadyExtended(id);
        if (appeal.extraChecking || appeal.appealType == AppealType.Proposal) {
            revert ExtraCheckingAlreadyApplies(id);
        }
        if (reasonCommitment == bytes32(0)) revert EmptyCommitment();
        appeal.extraChecking = true;
        uint64 deadline = AppealDeadlines.extraCheckingDeadline(appeal.receivedAt);
        appeal.deadline = deadline;
        emit AppealExtraCheckingRequired(
            id,
            appeal.agencyId,
            msg.sender,
            reasonCommitment,
            deadline,
            uint64(block.timestamp)
        );
    }

    /// @inheritdoc ICitizenAppeals
    function extendDeadline(
        uint64 id,
        uint8 extensionDays,
        uint16 reasonCode,
        bytes32 reasonCommitment
    ) external {
        Appeal storage appeal = _heldBy(id, IOrganizationRegistry.StaffRole.OrganizationAdmin);
        if (appeal.extended) revert AlreadyExtended(id);
        _requireBeforeDeadline(id, appeal);
        if (extensionDays == 0 || extensionDays > MAX_EXTENSION_DAYS) {
            revert InvalidExtensionDays(extensionDays);
        }
        if (reasonCommitment == bytes32(0)) revert EmptyCommitment();
        appeal.extended = true;
        appeal.status = AppealStatus.Extended;
        uint64 deadline = AppealDeadlines.extendedDeadline(appeal.deadline, extensionDays);
        appeal.deadline = deadline;
        emit AppealExtended(
            id,
            appeal.agencyId,
            msg.sender,
            extensionDays,
            reasonCode,
            reasonCommitment,
            deadline,
            uint64(block.timestamp)
        );
    }

    /// @inheritdoc ICitizenAppeals
    function forward(
        uint64 id,
        uint32 toAgencyId,
        uint16 reasonCode,
        bytes32 reasonCommitment
    ) external {
        Appeal storage appeal = _heldBy(id, IOrganizationRegistry.StaffRole.AppealsOfficer);
        AppealStatus status = AppealDeadlines.statusNow(appeal);
        if (status == AppealStatus.Extended || !AppealDeadlines.isBeforeDeadline(status)) {
            revert InvalidTransition(id, status);
        }
        uint64 closedAt = AppealDeadlines.forwardingClosesAt(appeal.receivedAt);
        if (block.timestamp > closedAt) revert ForwardWindowClosed(id, closedAt);
        if (appeal.forwardCount >= MAX_FORWARDS) revert TooManyForwards(id);
        uint32 fromAgencyId = appeal.agencyId;
        if (toAgencyId == fromAgencyId) revert ForwardToHolder(id);
        if (!registry.isActive(toAgencyId)) revert AgencyNotActive(toAgencyId);
        _requireCanReceive(id, appeal, toAgencyId);
        if (reasonCommitment == bytes32(0)) revert EmptyCommitment();
        uint64 now_ = uint64(block.timestamp);
        uint64 deadline = AppealDeadlines.answerDeadline(appeal.appealType, now_);
        appeal.status = AppealStatus.Forwarded;
        appeal.forwardCount += 1;
        appeal.agencyId = toAgencyId;
        appeal.receivedAt = now_;
        appeal.extraChecking = false;
        appeal.deadline = deadline;
        _forwardCountOf[fromAgencyId] += 1;
        emit AppealForwarded(
            id,
            fromAgencyId,
            toAgencyId,
            msg.sender,
            reasonCode,
            reasonCommitment,
            deadline,
            now_
        );
    }

    /// @inheritdoc ICitizenAppeals
    function answer(uint64 id, bytes32 answerCommitment) external {
        Appeal storage appeal = _heldBy(id, IOrganizationRegistry.StaffRole.AppealsOfficer);
        if (appeal.answeredAt != 0) revert AlreadyAnswered(id);
        AppealStatus status = AppealDeadlines.statusNow(appeal);
        if (!AppealDeadlines.awaitsAnswer(status)) revert InvalidTransition(id, status);
        if (answerCommitment == bytes32(0)) revert EmptyCommitment();
        uint64 now_ = uint64(block.timestamp);
        appeal.status = AppealStatus.Answered;
        appeal.answeredAt = now_;
        appeal.answerCommitment = answerCommitment;
        emit AppealAnswered(
            id,
            appeal.agencyId,
            msg.sender,
            answerCommitment,
            appeal.deadline,
            now_
        );
    }

    /// @inheritdoc ICitizenAppeals
    function markOverdue(uint64 id) external {
        Appeal storage appeal = _existing(id);
        AppealStatus stored = appeal.status;
        if (stored == AppealStatus.Overdue || !AppealDeadlines.awaitsAnswer(stored)) {
            revert InvalidTransition(id, stored);
        }
        if (block.timestamp <= appeal.deadline) revert NotOverdue(id, appeal.deadline);
        appeal.status = AppealStatus.Overdue;
        emit AppealOverdue(
            id,
            appeal.agencyId,
            msg.sender,
            appeal.deadline,
            uint64(block.timestamp)
        );
    }

    /// @inheritdoc ICitizenAppeals
    function rateAnswer(
        uint64 id,
        uint8 rating,
        uint256 validUntil,
        bytes calldata signature
    ) external {
        if (rating == 0 || rating > MAX_RATING) revert InvalidRating(rating);
        bytes32 digest = rateAnswerDigest(id, rating, validUntil);
        Appeal storage appeal = _signedByCitizen(id, digest, validUntil, signature);
        if (appeal.rating != 0) revert AlreadyRated(id);
        if (appeal.status != AppealStatus.Answered)
            revert InvalidTransition(id, AppealDeadlines.statusNow(appeal));
        uint64 now_ = uint64(block.timestamp);
        appeal.rating = rating;
        emit AppealRated(id, appeal.agencyId, rating, now_);
        if (rating >= MIN_SATISFACTORY_RATING) {
            appeal.status = AppealStatus.Closed;
            emit AppealClosed(id, now_);
        }
    }

    /// @inheritdoc ICitizenAppeals
    function escalate(
        uint64 id,
        bytes32 complaintCommitment,
        uint256 validUntil,
        bytes calldata signature
    ) external returns (uint64 escalationId) {
        Appeal storage appeal = _signedByCitizen(
            id,
            escalateDigest(id, complaintCommitment, validUntil),
            validUntil,
            signature
        );
        AppealStatus status = AppealDeadlines.statusNow(appeal);
        EscalationGround ground;
        if (status == AppealStatus.Overdue) {
            ground = EscalationGround.Overdue;
        } else if (
            status == AppealStatus.Answered &&
            appeal.rating != 0 &&
            appeal.rating < MIN_SATISFACTORY_RATING
        ) {
            ground = EscalationGround.Unsatisfactory;
        } else if (status == AppealStatus.Answered && appeal.answeredAt > appeal.deadline) {
            // An answer (possibly empty) sent after the deadline, as the citizen's escalation
            // was on its way, must not take the "overdue" ground away.
            ground = EscalationGround.Overdue;
        } else {
            revert NotEscalable(id, status);
        }
        uint32 fromAgencyId = appeal.agencyId;
        uint32 superiorId = registry.getOrganization(fromAgencyId).parentId;
        if (superiorId == 0) revert NoSuperiorOrganization(fromAgencyId);
        if (!registry.isActive(superiorId)) revert AgencyNotActive(superiorId);
        escalationId = appealCount + 1;
        appeal.status = AppealStatus.Escalated;
        appeal.escalatedTo = escalationId;
        emit AppealEscalated(
            id,
            fromAgencyId,
            superiorId,
            escalationId,
            ground,
            uint64(block.timestamp)
        );
        _register(superiorId, AppealType.Complaint, complaintCommitment, appeal.citizenKey, id);
    }

    /// @inheritdoc ICitizenAppeals
    function getAppeal(uint64 id) external view returns (Appeal memory) {
        return _existing(id);
    }

    /// @inheritdoc ICitizenAppeals
    function statusOf(uint64 id) external view returns (AppealStatus) {
        return AppealDeadlines.statusNow(_existing(id));
    }

    /// @inheritdoc ICitizenAppeals
    function isOverdue(uint64 id) external view returns (bool) {
        return AppealDeadlines.statusNow(_existing(id)) == AppealStatus.Overdue;
    }

    /// @inheritdoc ICitizenAppeals
    function appealIdOf(
        address citizenKey,
        bytes32 contentCommitment
    ) external view returns (uint64) {
        return _appealIdOf[citizenKey][contentCommitment];
    }

    /// @inheritdoc ICitizenAppeals
    function forwardCountOf(uint32 agencyId) external view returns (uint64) {
        return _forwardCountOf[agencyId];
    }

    /// @inheritdoc ICitizenAppeals
    function relayerSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](1);
        selectors[0] = this.fileAppeal.selector;
    }

    function _register(
        uint32 agencyId,
        AppealType appealType,
        bytes32 contentCommitment,
        address citizenKey,
        uint64 escalatedFrom
    ) private returns (uint64 id) {
        if (contentCommitment == bytes32(0)) revert EmptyCommitment();
        uint64 existingId = _appealIdOf[citizenKey][contentCommitment];
        if (existingId != 0) revert DuplicateCommitment(contentCommitment, existingId);
        id = ++appealCount;
        uint64 now_ = uint64(block.timestamp);
        uint64 deadline = AppealDeadlines.answerDeadline(appealType, now_);
        Appeal storage appeal = _appeals[id];
        appeal.appealType = appealType;
        appeal.status = AppealStatus.Registered;
        appeal.agencyId = agencyId;
        appeal.registeredAt = now_;
        appeal.receivedAt = now_;
        appeal.deadline = deadline;
        appeal.escalatedFrom = escalatedFrom;
        appeal.citizenKey = citizenKey;
        appeal.contentCommitment = contentCommitment;
        _appealIdOf[citizenKey][contentCommitment] = id;
        emit AppealFiled(
            id,
            agencyId,
            citizenKey,
            appealType,
            contentCommitment,
            escalatedFrom,
            msg.sender,
            now_,
            deadline
        );
    }

    /// @dev The appeal, after checking that `msg.sender` acts in `role` for its holder.
    function _heldBy(
        uint64 id,
        IOrganizationRegistry.StaffRole role
    ) private view returns (Appeal storage appeal) {
        appeal = _existing(id);
        if (!registry.canAct(appeal.agencyId, role, msg.sender)) {
            revert NotHoldingAgency(id, appeal.agencyId, msg.sender, role);
        }
    }

    /// @dev The appeal, after checking that its citizen key signed the action (`digest`).
    function _signedByCitizen(
        uint64 id,
        bytes32 digest,
        uint256 validUntil,
        bytes calldata signature
    ) private view returns (Appeal storage appeal) {
        appeal = _existing(id);
        _checkCitizenSignature(id, appeal.citizenKey, digest, validUntil, signature);
    }

    /// @dev Reverts unless `toAgencyId` could answer and pass on appeal `id`: it has an
    /// AppealsOfficer and a superior, and `id` was not escalated against it. The escalations
    /// are followed all the way down, so forwarding through other agencies cannot bounce a
    /// complaint back either; each escalation goes one level up, so the walk is short.
    function _requireCanReceive(uint64 id, Appeal storage appeal, uint32 toAgencyId) private view {
        if (registry.getOrganization(toAgencyId).parentId == 0) {
            revert ForwardToAgencyWithoutSuperior(toAgencyId);
        }
        if (registry.staffCount(toAgencyId, IOrganizationRegistry.StaffRole.AppealsOfficer) == 0) {
            revert ForwardToAgencyWithoutOfficer(toAgencyId);
        }
        for (uint64 from = appeal.escalatedFrom; from != 0; from = _appeals[from].escalatedFrom) {
            if (_appeals[from].agencyId == toAgencyId)
                revert ForwardToEscalatedAgency(id, toAgencyId);
        }
    }

    /// @dev Extension and extra checking: the answer is pending and the deadline not passed.
    function _requireBeforeDeadline(uint64 id, Appeal storage appeal) private view {
        AppealStatus status = AppealDeadlines.statusNow(appeal);
        if (!AppealDeadlines.isBeforeDeadline(status)) revert InvalidTransition(id, status);
    }

    function _existing(uint64 id) private view returns (Appeal storage appeal) {
        appeal = _appeals[id];
        if (appeal.status == AppealStatus.None) revert UnknownAppeal(id);
    }
}
