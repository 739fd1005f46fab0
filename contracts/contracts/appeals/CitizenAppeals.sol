// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {OrganizationRegistry} from "../organizations/OrganizationRegistry.sol";
import {CitizenSignatures} from "./CitizenSignatures.sol";
import {IshonchRoles} from "../access/IshonchRoles.sol";

/**
 * @title CitizenAppeals
 * @notice Citizens' appeals under the Law on Appeals of Individuals and Legal Entities: every
 * registration, deadline, extension, forwarding, answer, rating and escalation is fixed on
 * the chain with the chain's own time, so no official can backdate, close or lose an appeal.
 * @dev Design:
 * - An appeal is a record keyed by its tracking number (ids 1, 2, 3, ...). It holds its type,
 *   the agency that holds it now (an organization of the OrganizationRegistry), salted
 *   commitments to the content and to the answer (never text), the address of the citizen's
 *   key, and times. Every time is `block.timestamp` at the transition; no function takes a
 *   time or a deadline as an argument.
 * - Deadlines follow the law and are computed here: 15 days from receipt for statements and
 *   complaints, one month (defined as 30 days) for proposals, or for statements and
 *   complaints that an officer marks as needing extra checking (once, before the 15 days have
 *   run out). The head of the holding agency (its OrganizationAdmin) may extend once per
 *   appeal, by 1 to 30 whole days, before the deadline passes, with a reason.
 * - Forwarding to the competent agency is allowed within 5 days of the current holder's
 *   receipt (the law's forwarding period), at most 3 times per appeal. The registration time
 *   never changes; the receiving agency's answer period restarts from its receipt, because it
 *   is a new registration at the competent agency, and the window and the cap bound how long
 *   forwarding can delay an answer (at most 3 x 5 days).
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
 * - Escalation (when overdue, or when the answer was rated unsatisfactory) ends the appeal
 *   with status Escalated and files a new Complaint at the holder's superior (the registry's
 *   parentId) with the same citizen key, linked both ways. So every appeal is answered at
 *   most once and extended at most once, and the superior's handling has its own deadline.
 * - Officials cannot close an appeal: it is Closed only when the citizen rates the answer as
 *   satisfactory (3 to 5 of 5).
 * - Days are calendar days of 86,400 seconds; registration is immediate, so the law's "one
 *   working day" to register is always met. The citizen key should come from a fresh random
 *   secret per appeal, so that one citizen's appeals cannot be linked on chain.
 */
contract CitizenAppeals is AccessManaged, CitizenSignatures {
    /// @notice The three kinds of appeal the law knows.
    enum AppealType {
        Statement,
        Proposal,
        Complaint
    }

    /// @notice Where an appeal stands. Overdue is stored only once marked, but `statusOf`
    /// reports it from the clock for any unanswered appeal past its deadline.
    enum AppealStatus {
        None,
        Registered,
        InReview,
        Forwarded,
        Extended,
        Overdue,
        Answered,
        Escalated,
        Closed
    }

    /// @notice Why the citizen escalated.
    enum EscalationGround {
        Overdue,
        Unsatisfactory
    }

    /// @notice An appeal's record.
    struct Appeal {
        AppealType appealType;
        AppealStatus status; // as last stored; statusOf adds Overdue from the clock
        bool extraChecking; // marked by the current holder: one month instead of 15 days
        bool extended; // the one extension per appeal has been used
        uint8 forwardCount;
        uint8 rating; // 0 until rated, then 1 to 5
        uint32 agencyId; // the organization that holds the appeal now
        uint64 registeredAt; // first registration, never changes
        uint64 receivedAt; // when the current holder received it
        uint64 deadline;
        uint64 answeredAt;
        uint64 escalatedFrom; // the appeal this complaint escalates, or 0
        uint64 escalatedTo; // the complaint filed at the superior, or 0
        address citizenKey; // address of the key derived from the citizen's secret
        bytes32 contentCommitment;
        bytes32 answerCommitment;
    }

    /// @notice Access-manager role that may file appeals (the platform's relayers).
    uint64 public constant APPEALS_RELAYER_ROLE = IshonchRoles.APPEALS_RELAYER;
    /// @notice Answer period for statements and complaints.
    uint64 public constant ANSWER_PERIOD = 15 days;
    /// @notice "One month": the answer period for proposals and for appeals needing extra
    /// checking.
    uint64 public constant LONG_ANSWER_PERIOD = 30 days;
    /// @notice Longest extension, in days ("at most one month").
    uint8 public constant MAX_EXTENSION_DAYS = 30;
    /// @notice Time within which the holder may forward an appeal after receiving it.
    uint64 public constant FORWARD_WINDOW = 5 days;
    /// @notice Most forwardings of one appeal.
    uint8 public constant MAX_FORWARDS = 3;
    /// @notice Highest rating.
    uint8 public constant MAX_RATING = 5;
    /// @notice Lowest rating that counts as satisfied (and closes the appeal).
    uint8 public constant MIN_SATISFACTORY_RATING = 3;

    /// @notice The registry of organizations and their staff.
    OrganizationRegistry public immutable registry;

    /// @notice Number of appeals ever filed; tracking numbers run from 1 to this number.
    uint64 public appealCount;

    mapping(uint64 id => Appeal) private _appeals;
    mapping(bytes32 commitment => uint64 id) private _appealIdOfCommitment;

    /// @notice Appeal `id` was registered at `agencyId` at `registeredAt`, answer due by
    /// `deadline`; `relayer` submitted it; `escalatedFrom` is the escalated appeal or 0.
    event AppealFiled(
        uint64 indexed id,
        uint32 indexed agencyId,
        address indexed citizenKey,
        AppealType appealType,
        bytes32 contentCommitment,
        uint64 escalatedFrom,
        address relayer,
        uint64 registeredAt,
        uint64 deadline
    );
    /// @notice An officer of `agencyId` took appeal `id` into review at `timestamp`.
    event AppealReviewStarted(
        uint64 indexed id,
        uint32 indexed agencyId,
        address officer,
        uint64 timestamp
    );
    /// @notice An officer marked appeal `id` as needing extra checking; new `deadline`.
    event AppealExtraCheckingRequired(
        uint64 indexed id,
        uint32 indexed agencyId,
        address officer,
        bytes32 reasonCommitment,
        uint64 deadline,
        uint64 timestamp
    );
    /// @notice The head of `agencyId` extended appeal `id` by `extensionDays`; new `deadline`.
    event AppealExtended(
        uint64 indexed id,
        uint32 indexed agencyId,
        address head,
        uint8 extensionDays,
        uint16 reasonCode,
        bytes32 reasonCommitment,
        uint64 deadline,
        uint64 timestamp
    );
    /// @notice Appeal `id` went from `fromAgencyId` to `toAgencyId`, received at `timestamp`,
    /// due by `deadline`.
    event AppealForwarded(
        uint64 indexed id,
        uint32 indexed fromAgencyId,
        uint32 indexed toAgencyId,
        address officer,
        uint16 reasonCode,
        bytes32 reasonCommitment,
        uint64 deadline,
        uint64 timestamp
    );
    /// @notice `agencyId` answered appeal `id` at `timestamp` (late if `timestamp` > `deadline`).
    event AppealAnswered(
        uint64 indexed id,
        uint32 indexed agencyId,
        address officer,
        bytes32 answerCommitment,
        uint64 deadline,
        uint64 timestamp
    );
    /// @notice `markedBy` recorded that appeal `id`, held by `agencyId`, passed `deadline`.
    event AppealOverdue(
        uint64 indexed id,
        uint32 indexed agencyId,
        address markedBy,
        uint64 deadline,
        uint64 timestamp
    );
    /// @notice The citizen rated the answer of `agencyId` to appeal `id`.
    event AppealRated(uint64 indexed id, uint32 indexed agencyId, uint8 rating, uint64 timestamp);
    /// @notice Appeal `id` is closed (the citizen was satisfied).
    event AppealClosed(uint64 indexed id, uint64 timestamp);
    /// @notice The citizen escalated appeal `id` from `fromAgencyId` to `superiorId`, where it
    /// continues as complaint `escalationId`.
    event AppealEscalated(
        uint64 indexed id,
        uint32 indexed fromAgencyId,
        uint32 indexed superiorId,
        uint64 escalationId,
        EscalationGround ground,
        uint64 timestamp
    );

    /// @notice No appeal has tracking number `id`.
    error UnknownAppeal(uint64 id);
    /// @notice Organization `agencyId` does not exist or is suspended.
    error AgencyNotActive(uint32 agencyId);
    /// @notice A commitment (content, answer or reason) is zero.
    error EmptyCommitment();
    /// @notice The citizen key is the zero address.
    error ZeroCitizenKey();
    /// @notice `commitment` was already filed as appeal `existingId` (a retried filing).
    error DuplicateCommitment(bytes32 commitment, uint64 existingId);
    /// @notice `account` does not act in `role` for `agencyId`, which holds appeal `id`.
    error NotHoldingAgency(
        uint64 id,
        uint32 agencyId,
        address account,
        OrganizationRegistry.StaffRole role
    );
    /// @notice The action is not allowed while appeal `id` has status `status`.
    error InvalidTransition(uint64 id, AppealStatus status);
    /// @notice Appeal `id` has already been answered.
    error AlreadyAnswered(uint64 id);
    /// @notice Appeal `id` has already used its one extension.
    error AlreadyExtended(uint64 id);
    /// @notice Appeal `id` already has the one-month period (a proposal, or already marked).
    error ExtraCheckingAlreadyApplies(uint64 id);
    /// @notice An extension must be 1 to MAX_EXTENSION_DAYS days.
    error InvalidExtensionDays(uint8 extensionDays);
    /// @notice The forwarding window of appeal `id` closed at `closedAt`.
    error ForwardWindowClosed(uint64 id, uint64 closedAt);
    /// @notice Appeal `id` has been forwarded MAX_FORWARDS times.
    error TooManyForwards(uint64 id);
    /// @notice Appeal `id` cannot be forwarded to the agency that holds it.
    error ForwardToHolder(uint64 id);
    /// @notice Appeal `id` is not past its deadline `deadline`.
    error NotOverdue(uint64 id, uint64 deadline);
    /// @notice A rating must be 1 to MAX_RATING.
    error InvalidRating(uint8 rating);
    /// @notice Appeal `id` has already been rated.
    error AlreadyRated(uint64 id);
    /// @notice Appeal `id` with status `status` is neither overdue nor rated unsatisfactory.
    error NotEscalable(uint64 id, AppealStatus status);
    /// @notice Organization `agencyId` has no superior to escalate to.
    error NoSuperiorOrganization(uint32 agencyId);

    /// @param authority The access manager (decides who may file).
    /// @param organizationRegistry The registry of agencies and their staff.
    constructor(
        address authority,
        OrganizationRegistry organizationRegistry
    ) AccessManaged(authority) {
        registry = organizationRegistry;
    }

    /**
     * @notice Registers a citizen's appeal now, at an active organization; the deadline
     * follows from the type. Only the relayer role may file.
     * @param agencyId The receiving organization.
     * @param appealType Statement, proposal or complaint.
     * @param contentCommitment Salted commitment to the appeal's text (32 random bytes of salt
     * per appeal); unique, so a retried filing is refused with the id of the first.
     * @param citizenKey Address of the key derived from the citizen's secret.
     * @return id The tracking number.
     */
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

    /**
     * @notice An AppealsOfficer of the holding agency takes a registered or forwarded appeal
     * into review (before its deadline).
     * @param id The tracking number.
     */
    function startReview(uint64 id) external {
        Appeal storage appeal = _heldBy(id, OrganizationRegistry.StaffRole.AppealsOfficer);
        AppealStatus status = _statusOf(appeal);
        if (status != AppealStatus.Registered && status != AppealStatus.Forwarded) {
            revert InvalidTransition(id, status);
        }
        appeal.status = AppealStatus.InReview;
        emit AppealReviewStarted(id, appeal.agencyId, msg.sender, uint64(block.timestamp));
    }

    /**
     * @notice An AppealsOfficer of the holding agency marks a statement or complaint as
     * needing extra checking, before its 15 days have run out: the answer is then due one
     * month after receipt. Not after an extension.
     * @param id The tracking number.
     * @param reasonCommitment Salted commitment to the reason.
     */
    function requireExtraChecking(uint64 id, bytes32 reasonCommitment) external {
        Appeal storage appeal = _heldBy(id, OrganizationRegistry.StaffRole.AppealsOfficer);
        _requireOpenBeforeDeadline(id, appeal);
        if (appeal.extended) revert AlreadyExtended(id);
        if (appeal.extraChecking || appeal.appealType == AppealType.Proposal) {
            revert ExtraCheckingAlreadyApplies(id);
        }
        if (reasonCommitment == bytes32(0)) revert EmptyCommitment();
        appeal.extraChecking = true;
        uint64 deadline = appeal.receivedAt + LONG_ANSWER_PERIOD;
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

    /**
     * @notice The head (OrganizationAdmin) of the holding agency extends the deadline, once
     * per appeal and before it passes, by 1 to 30 days, giving the reason that the citizen
     * is told.
     * @param id The tracking number.
     * @param extensionDays Whole days added to the current deadline.
     * @param reasonCode The reason's code in the platform's catalogue.
     * @param reasonCommitment Salted commitment to the reason's text sent to the citizen.
     */
    function extendDeadline(
        uint64 id,
        uint8 extensionDays,
        uint16 reasonCode,
        bytes32 reasonCommitment
    ) external {
        Appeal storage appeal = _heldBy(id, OrganizationRegistry.StaffRole.OrganizationAdmin);
        if (appeal.extended) revert AlreadyExtended(id);
        _requireOpenBeforeDeadline(id, appeal);
        if (extensionDays == 0 || extensionDays > MAX_EXTENSION_DAYS) {
            revert InvalidExtensionDays(extensionDays);
        }
        if (reasonCommitment == bytes32(0)) revert EmptyCommitment();
        appeal.extended = true;
        appeal.status = AppealStatus.Extended;
        uint64 deadline = appeal.deadline + uint64(extensionDays) * 1 days;
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

    /**
     * @notice An AppealsOfficer of the holding agency forwards an appeal outside its
     * competence to the competent, active organization, within FORWARD_WINDOW of receiving
     * it and at most MAX_FORWARDS times per appeal. The receiver's answer period starts now.
     * Not after an extension.
     * @param id The tracking number.
     * @param toAgencyId The competent organization.
     * @param reasonCode The reason's code in the platform's catalogue.
     * @param reasonCommitment Salted commitment to the reason's text sent to the citizen.
     */
    function forward(
        uint64 id,
        uint32 toAgencyId,
        uint16 reasonCode,
        bytes32 reasonCommitment
    ) external {
        Appeal storage appeal = _heldBy(id, OrganizationRegistry.StaffRole.AppealsOfficer);
        AppealStatus status = _statusOf(appeal);
        if (
            status != AppealStatus.Registered &&
            status != AppealStatus.InReview &&
            status != AppealStatus.Forwarded
        ) revert InvalidTransition(id, status);
        uint64 closedAt = appeal.receivedAt + FORWARD_WINDOW;
        if (block.timestamp > closedAt) revert ForwardWindowClosed(id, closedAt);
        if (appeal.forwardCount >= MAX_FORWARDS) revert TooManyForwards(id);
        uint32 fromAgencyId = appeal.agencyId;
        if (toAgencyId == fromAgencyId) revert ForwardToHolder(id);
        if (!registry.isActive(toAgencyId)) revert AgencyNotActive(toAgencyId);
        if (reasonCommitment == bytes32(0)) revert EmptyCommitment();
        uint64 now_ = uint64(block.timestamp);
        uint64 deadline = now_ + _answerPeriod(appeal.appealType);
        appeal.status = AppealStatus.Forwarded;
        appeal.forwardCount += 1;
        appeal.agencyId = toAgencyId;
        appeal.receivedAt = now_;
        appeal.extraChecking = false;
        appeal.deadline = deadline;
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

    /**
     * @notice An AppealsOfficer of the holding agency records the answer, once. An overdue
     * appeal may still be answered; the event shows the deadline it missed.
     * @param id The tracking number.
     * @param answerCommitment Salted commitment to the answer's text.
     */
    function answer(uint64 id, bytes32 answerCommitment) external {
        Appeal storage appeal = _heldBy(id, OrganizationRegistry.StaffRole.AppealsOfficer);
        if (appeal.answeredAt != 0) revert AlreadyAnswered(id);
        AppealStatus status = _statusOf(appeal);
        if (!_awaitsAnswer(status)) revert InvalidTransition(id, status);
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

    /**
     * @notice Records, as status and event, that an unanswered appeal is past its deadline.
     * Anyone may call it; `statusOf` reports Overdue whether or not it was called.
     * @param id The tracking number.
     */
    function markOverdue(uint64 id) external {
        Appeal storage appeal = _existing(id);
        AppealStatus stored = appeal.status;
        if (stored == AppealStatus.Overdue || !_awaitsAnswer(stored)) {
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

    /**
     * @notice The citizen rates the answer, once, with a signature of the citizen key
     * (usually submitted by the relayer). A rating of MIN_SATISFACTORY_RATING or more closes
     * the appeal; a lower one opens escalation.
     * @param id The tracking number.
     * @param rating 1 (worst) to 5 (best).
     * @param validUntil Last second at which the signature is accepted.
     * @param signature The citizen key's signature of rateAnswerDigest(id, rating, validUntil).
     */
    function rateAnswer(
        uint64 id,
        uint8 rating,
        uint256 validUntil,
        bytes calldata signature
    ) external {
        if (rating == 0 || rating > MAX_RATING) revert InvalidRating(rating);
        Appeal storage appeal = _existing(id);
        _checkCitizenSignature(
            id,
            appeal.citizenKey,
            rateAnswerDigest(id, rating, validUntil),
            validUntil,
            signature
        );
        if (appeal.rating != 0) revert AlreadyRated(id);
        if (appeal.status != AppealStatus.Answered) revert InvalidTransition(id, _statusOf(appeal));
        uint64 now_ = uint64(block.timestamp);
        appeal.rating = rating;
        emit AppealRated(id, appeal.agencyId, rating, now_);
        if (rating >= MIN_SATISFACTORY_RATING) {
            appeal.status = AppealStatus.Closed;
            emit AppealClosed(id, now_);
        }
    }

    /**
     * @notice The citizen escalates an overdue appeal, or one whose answer they rated
     * unsatisfactory, to the holding agency's superior organization, with a signature of the
     * citizen key. The appeal ends as Escalated, and a new complaint with the same citizen
     * key is registered at the superior now.
     * @param id The tracking number.
     * @param complaintCommitment Salted commitment to the complaint's text; unique.
     * @param validUntil Last second at which the signature is accepted.
     * @param signature The citizen key's signature of
     * escalateDigest(id, complaintCommitment, validUntil).
     * @return escalationId The complaint's tracking number.
     */
    function escalate(
        uint64 id,
        bytes32 complaintCommitment,
        uint256 validUntil,
        bytes calldata signature
    ) external returns (uint64 escalationId) {
        Appeal storage appeal = _existing(id);
        _checkCitizenSignature(
            id,
            appeal.citizenKey,
            escalateDigest(id, complaintCommitment, validUntil),
            validUntil,
            signature
        );
        AppealStatus status = _statusOf(appeal);
        EscalationGround ground;
        if (status == AppealStatus.Overdue) {
            ground = EscalationGround.Overdue;
        } else if (
            status == AppealStatus.Answered &&
            appeal.rating != 0 &&
            appeal.rating < MIN_SATISFACTORY_RATING
        ) {
            ground = EscalationGround.Unsatisfactory;
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

    /**
     * @notice An appeal's record as stored (its `status` is Overdue only once marked: use
     * statusOf for the status now).
     * @param id The tracking number; reverts with UnknownAppeal if there is none.
     * @return The appeal.
     */
    function getAppeal(uint64 id) external view returns (Appeal memory) {
        return _existing(id);
    }

    /**
     * @notice The appeal's status now: Overdue for an unanswered appeal past its deadline.
     * @param id The tracking number; reverts with UnknownAppeal if there is none.
     * @return The status.
     */
    function statusOf(uint64 id) external view returns (AppealStatus) {
        return _statusOf(_existing(id));
    }

    /**
     * @notice Whether the appeal is unanswered and past its deadline now.
     * @param id The tracking number; reverts with UnknownAppeal if there is none.
     * @return True if overdue.
     */
    function isOverdue(uint64 id) external view returns (bool) {
        return _statusOf(_existing(id)) == AppealStatus.Overdue;
    }

    /**
     * @notice The appeal filed with a content commitment, e.g. for a relayer that lost the
     * receipt of its filing.
     * @param contentCommitment The commitment.
     * @return The tracking number, or 0 if none.
     */
    function appealIdOf(bytes32 contentCommitment) external view returns (uint64) {
        return _appealIdOfCommitment[contentCommitment];
    }

    /// @notice The restricted functions, for the deployment to assign to APPEALS_RELAYER_ROLE.
    /// @return selectors fileAppeal's selector.
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
        uint64 existingId = _appealIdOfCommitment[contentCommitment];
        if (existingId != 0) revert DuplicateCommitment(contentCommitment, existingId);
        id = ++appealCount;
        uint64 now_ = uint64(block.timestamp);
        uint64 deadline = now_ + _answerPeriod(appealType);
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
        _appealIdOfCommitment[contentCommitment] = id;
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
        OrganizationRegistry.StaffRole role
    ) private view returns (Appeal storage appeal) {
        appeal = _existing(id);
        if (!registry.canAct(appeal.agencyId, role, msg.sender)) {
            revert NotHoldingAgency(id, appeal.agencyId, msg.sender, role);
        }
    }

    /// @dev Extension and extra checking: the answer is pending and the deadline not passed.
    function _requireOpenBeforeDeadline(uint64 id, Appeal storage appeal) private view {
        AppealStatus status = _statusOf(appeal);
        if (
            status != AppealStatus.Registered &&
            status != AppealStatus.InReview &&
            status != AppealStatus.Forwarded &&
            status != AppealStatus.Extended
        ) revert InvalidTransition(id, status);
    }

    function _existing(uint64 id) private view returns (Appeal storage appeal) {
        appeal = _appeals[id];
        if (appeal.status == AppealStatus.None) revert UnknownAppeal(id);
    }

    function _statusOf(Appeal storage appeal) private view returns (AppealStatus status) {
        status = appeal.status;
        if (_awaitsAnswer(status) && block.timestamp > appeal.deadline) {
            status = AppealStatus.Overdue;
        }
    }

    function _awaitsAnswer(AppealStatus status) private pure returns (bool) {
        return
            status == AppealStatus.Registered ||
            status == AppealStatus.InReview ||
            status == AppealStatus.Forwarded ||
            status == AppealStatus.Extended ||
            status == AppealStatus.Overdue;
    }

    /// @dev The period from receipt before any extra checking or extension.
    function _answerPeriod(AppealType appealType) private pure returns (uint64) {
        return appealType == AppealType.Proposal ? LONG_ANSWER_PERIOD : ANSWER_PERIOD;
    }
}
