// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICitizenAppeals} from "./ICitizenAppeals.sol";

/**
 * @title AppealDeadlines
 * @notice The time limits of the Law on Appeals of Individuals and Legal Entities, and what
 * the clock makes of an appeal's status. Days are calendar days of 86,400 seconds; every time
 * is the chain's.
 * - An answer is due 15 days after the holder received the appeal for statements and
 *   complaints, one month (30 days) for proposals, or for statements and complaints that an
 *   officer marks as needing extra checking (once, before the 15 days have run out).
 * - The head of the holding agency may extend once per appeal, by 1 to 30 whole days, before
 *   the deadline passes.
 * - Forwarding to the competent agency is allowed within 5 days of the holder's receipt, at
 *   most 3 times per appeal; the receiver's answer period starts at its own receipt, so
 *   forwarding can delay an answer by at most 3 x 5 days.
 * - An unanswered appeal past its deadline is Overdue, whether or not anyone recorded it.
 */
library AppealDeadlines {
    /// @dev Answer period for statements and complaints.
    uint64 internal constant ANSWER_PERIOD = 15 days;
    /// @dev "One month": for proposals and for appeals needing extra checking.
    uint64 internal constant LONG_ANSWER_PERIOD = 30 days;
    /// @dev Longest extension, in days ("at most one month").
    uint8 internal constant MAX_EXTENSION_DAYS = 30;
    /// @dev Time within which the holder may forward an appeal after receiving it.
    uint64 internal constant FORWARD_WINDOW = 5 days;
    /// @dev Most forwardings of one appeal.
    uint8 internal constant MAX_FORWARDS = 3;

    /// @dev When an appeal of `appealType` received at `receivedAt` is due, before any extra
    /// checking or extension.
    function answerDeadline(
        ICitizenAppeals.AppealType appealType,
        uint64 receivedAt
    ) internal pure returns (uint64) {
        return
            receivedAt +
            (
                appealType == ICitizenAppeals.AppealType.Proposal
                    ? LONG_ANSWER_PERIOD
                    : ANSWER_PERIOD
            );
    }

    /// @dev When an appeal received at `receivedAt` is due once it needs extra checking.
    function extraCheckingDeadline(uint64 receivedAt) internal pure returns (uint64) {
        return receivedAt + LONG_ANSWER_PERIOD;
    }

    /// @dev `deadline` extended by `extensionDays` whole days.
    function extendedDeadline(uint64 deadline, uint8 extensionDays) internal pure returns (uint64) {
        return deadline + uint64(extensionDays) * 1 days;
    }

    /// @dev The last second at which an appeal received at `receivedAt` may be forwarded.
    function forwardingClosesAt(uint64 receivedAt) internal pure returns (uint64) {
        return receivedAt + FORWARD_WINDOW;
    }

    /// @dev The appeal's status now: its stored status, or Overdue for an unanswered appeal
    /// whose deadline has passed.
    function statusNow(
        ICitizenAppeals.Appeal storage appeal
    ) internal view returns (ICitizenAppeals.AppealStatus status) {
        status = appeal.status;
        if (awaitsAnswer(status) && block.timestamp > appeal.deadline) {
            status = ICitizenAppeals.AppealStatus.Overdue;
        }
    }

    /// @dev Whether an appeal in `status` is still to be answered (overdue or not).
    function awaitsAnswer(ICitizenAppeals.AppealStatus status) internal pure returns (bool) {
        return
            status == ICitizenAppeals.AppealStatus.Registered ||
            status == ICitizenAppeals.AppealStatus.InReview ||
            status == ICitizenAppeals.AppealStatus.Forwarded ||
            status == ICitizenAppeals.AppealStatus.Extended ||
            status == ICitizenAppeals.AppealStatus.Overdue;
    }

    /// @dev Whether an appeal whose status now is `status` is to be answered and not overdue:
    /// the time for extra checking, extension and forwarding.
    function isBeforeDeadline(ICitizenAppeals.AppealStatus status) internal pure returns (bool) {
        return awaitsAnswer(status) && status != ICitizenAppeals.AppealStatus.Overdue;
    }
}
