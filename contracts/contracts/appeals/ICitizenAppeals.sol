// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";

/**
 * @title ICitizenAppeals
 * @notice Citizens' appeals under the Law on Appeals of Individuals and Legal Entities: every
 * registration, deadline, extension, forwarding, answer, rating and escalation is fixed on
 * the chain with the chain's own time, so no official can backdate, close or lose an appeal.
 * An appeal holds salted commitments to its content and answer (never text), the agency that
 * holds it, the address of the citizen's key and times; the citizen rates and escalates with
 * an EIP-712 signature of that key, carried by the platform's relayer.
 */
interface ICitizenAppeals is IAccessManaged, IERC5267 {
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
    /// @dev The fields up to `deadline` share one storage slot. A forward changes the holder in
    /// it, so it always rewrites that slot whatever the clock says; were the deadline in a slot
    /// of its own, a forward in the second of the filing would rewrite it unchanged, cost
    /// 2,800 gas less, and a gas estimate made in that second would fall short a second later.
    struct Appeal {
        AppealType appealType;
        AppealStatus status; // as last stored; statusOf adds Overdue from the clock
        bool extraChecking; // marked by the current holder: one month instead of 15 days
        bool extended; // the one extension per appeal has been used
        uint8 forwardCount;
        uint8 rating; // 0 until rated, then 1 to 5
        uint32 agencyId; // the organization that holds the appeal now
        uint64 receivedAt; // when the current holder received it
        uint64 deadline;
        uint64 registeredAt; // first registration, never changes
        uint64 answeredAt;
        uint64 escalatedFrom; // the appeal this complaint escalates, or 0
        uint64 escalatedTo; // the complaint filed at the superior, or 0
        address citizenKey; // address of the key derived from the citizen's secret
        bytes32 contentCommitment;
        bytes32 answerCommitment;
    }

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
    /// @notice The citizen key already filed `commitment` as appeal `existingId` (a retried
    /// filing). Another key may use the same commitment: nobody can block a filing by copying
    /// a pending one.
    error DuplicateCommitment(bytes32 commitment, uint64 existingId);
    /// @notice `account` does not act in `role` for `agencyId`, which holds appeal `id`.
    error NotHoldingAgency(
        uint64 id,
        uint32 agencyId,
        address account,
        IOrganizationRegistry.StaffRole role
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
    /// @notice Appeal `id` is a complaint escalated against `agencyId` (directly or further
    /// down its escalations), so it cannot be forwarded back there, by anyone who holds it.
    error ForwardToEscalatedAgency(uint64 id, uint32 agencyId);
    /// @notice Organization `agencyId` has no AppealsOfficer to answer a forwarded appeal.
    error ForwardToAgencyWithoutOfficer(uint32 agencyId);
    /// @notice Organization `agencyId` has no superior, so an appeal forwarded there could
    /// never be escalated.
    error ForwardToAgencyWithoutSuperior(uint32 agencyId);
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
    /// @notice The signature's `validUntil` time has passed.
    error SignatureExpired(uint256 validUntil);
    /// @notice The signature is malformed or was not made by appeal `appealId`'s citizen key.
    error InvalidCitizenSignature(uint64 appealId);

    /// @notice The registry of organizations and their staff.
    /// @return The registry.
    function registry() external view returns (IOrganizationRegistry);

    /**
     * @notice Registers a citizen's appeal now, at an active organization; the deadline
     * follows from the type. Only the relayer role may file.
     * @param agencyId The receiving organization.
     * @param appealType Statement, proposal or complaint.
     * @param contentCommitment Salted commitment to the appeal's text (32 random bytes of salt
     * per appeal); unique per citizen key, so a retried filing is refused with the id of the
     * first, and another key's copy of it blocks nothing.
     * @param citizenKey Address of the key derived from the citizen's secret.
     * @return id The tracking number.
     */
    function fileAppeal(
        uint32 agencyId,
        AppealType appealType,
        bytes32 contentCommitment,
        address citizenKey
    ) external returns (uint64 id);

    /**
     * @notice An AppealsOfficer of the holding agency takes a registered or forwarded appeal
     * into review (before its deadline).
     * @param id The tracking number.
     */
    function startReview(uint64 id) external;

    /**
     * @notice An AppealsOfficer of the holding agency marks a statement or complaint as
     * needing extra checking, before its 15 days have run out: the answer is then due one
     * month after receipt. Not after an extension.
     * @param id The tracking number.
     * @param reasonCommitment Salted commitment to the reason.
     */
    function requireExtraChecking(uint64 id, bytes32 reasonCommitment) external;

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
    ) external;

    /**
     * @notice An AppealsOfficer of the holding agency forwards an appeal outside its
     * competence to the competent, active organization, within FORWARD_WINDOW of receiving
     * it and at most MAX_FORWARDS times per appeal. The receiver's answer period starts now.
     * Not after an extension. The receiver must have an AppealsOfficer and a superior (so the
     * appeal can still be answered and escalated), and an escalated complaint never goes back
     * to an agency it was escalated against. Counts one forward of the sender in
     * `forwardCountOf`.
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
    ) external;

    /**
     * @notice An AppealsOfficer of the holding agency records the answer, once. An overdue
     * appeal may still be answered; the event shows the deadline it missed.
     * @param id The tracking number.
     * @param answerCommitment Salted commitment to the answer's text.
     */
    function answer(uint64 id, bytes32 answerCommitment) external;

    /**
     * @notice Records, as status and event, that an unanswered appeal is past its deadline.
     * Anyone may call it; `statusOf` reports Overdue whether or not it was called.
     * @param id The tracking number.
     */
    function markOverdue(uint64 id) external;

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
    ) external;

    /**
     * @notice The citizen escalates an overdue appeal (also one answered after its deadline:
     * a late answer does not take the ground away), or one whose answer they rated
     * unsatisfactory, to the holding agency's superior organization, with a signature of the
     * citizen key. The appeal ends as Escalated, and a new complaint with the same citizen
     * key is registered at the superior now.
     * @param id The tracking number.
     * @param complaintCommitment Salted commitment to the complaint's text; unique per
     * citizen key.
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
    ) external returns (uint64 escalationId);

    /// @notice Number of appeals ever filed; tracking numbers run from 1 to this number.
    /// @return The number of appeals.
    function appealCount() external view returns (uint64);

    /**
     * @notice An appeal's record as stored (its `status` is Overdue only once marked: use
     * statusOf for the status now).
     * @param id The tracking number; reverts with UnknownAppeal if there is none.
     * @return The appeal.
     */
    function getAppeal(uint64 id) external view returns (Appeal memory);

    /**
     * @notice The appeal's status now: Overdue for an unanswered appeal past its deadline.
     * @param id The tracking number; reverts with UnknownAppeal if there is none.
     * @return The status.
     */
    function statusOf(uint64 id) external view returns (AppealStatus);

    /**
     * @notice Whether the appeal is unanswered and past its deadline now.
     * @param id The tracking number; reverts with UnknownAppeal if there is none.
     * @return True if overdue.
     */
    function isOverdue(uint64 id) external view returns (bool);

    /**
     * @notice The appeal a citizen key filed with a content commitment, e.g. for a relayer
     * that lost the receipt of its filing.
     * @param citizenKey The citizen key that filed it.
     * @param contentCommitment The commitment.
     * @return The tracking number, or 0 if none.
     */
    function appealIdOf(
        address citizenKey,
        bytes32 contentCommitment
    ) external view returns (uint64);

    /**
     * @notice How many times organization `agencyId` has forwarded an appeal to another
     * (each counted by an AppealForwarded event with it as `fromAgencyId`), for the public
     * statistics of forwarded against answered.
     * @param agencyId The organization.
     * @return The number of forwards it made.
     */
    function forwardCountOf(uint32 agencyId) external view returns (uint64);

    /// @notice The restricted functions, for the deployment to assign to APPEALS_RELAYER_ROLE.
    /// @return selectors fileAppeal's selector.
    function relayerSelectors() external pure returns (bytes4[] memory selectors);

    /**
     * @notice The digest the citizen key signs to rate the answer to an appeal.
     * @param appealId The tracking number.
     * @param rating The rating, 1 (worst) to 5 (best).
     * @param validUntil Last second (unix time) at which the signature is accepted.
     * @return The EIP-712 digest.
     */
    function rateAnswerDigest(
        uint64 appealId,
        uint8 rating,
        uint256 validUntil
    ) external view returns (bytes32);

    /**
     * @notice The digest the citizen key signs to escalate an appeal to the superior.
     * @param appealId The tracking number.
     * @param complaintCommitment Salted commitment to the text of the complaint.
     * @param validUntil Last second (unix time) at which the signature is accepted.
     * @return The EIP-712 digest.
     */
    function escalateDigest(
        uint64 appealId,
        bytes32 complaintCommitment,
        uint256 validUntil
    ) external view returns (bytes32);
}
