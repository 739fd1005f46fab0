// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {ICitizenAppeals} from "../appeals/ICitizenAppeals.sol";
import {AppealTestBase} from "./AppealTestBase.t.sol";
import {signDigest, vm} from "./Vm.t.sol";

/**
 * @notice Random sequences of every lifecycle step, by random actors, with random waits in
 * between, never break the law's rules: no one acts for an agency that does not hold the
 * appeal, no appeal is answered twice or extended twice, the citizen's actions need the
 * citizen's key, every recorded time is the chain's time at that step, the registration time
 * never moves, and a deadline only moves the way the law allows.
 */
contract AppealTransitionsTest is AppealTestBase {
    enum Step {
        StartReview,
        RequireExtraChecking,
        ExtendDeadline,
        Forward,
        Answer,
        MarkOverdue,
        RateAnswer,
        Escalate,
        Wait
    }

    uint256 private constant STEPS = 9;
    uint256 private constant ACTORS = 6;

    /// @dev What one step tries: who calls what, and the one outcome the rules force, if any.
    struct Attempt {
        Step step;
        address sender;
        bytes data;
        bytes mustRevertWith;
        uint8 extensionDays;
        uint32 target;
        uint8 rating;
    }

    /// @notice Each 32-bit word is one step: bits 0-3 the step, 4-7 the actor, the rest its
    /// parameter (days, target, rating, whether the citizen's key signs, how long to wait).
    /// forge-config: default.fuzz.runs = 256
    function testFuzz_TransitionSequencesKeepTheRules(
        uint8 appealType,
        uint32[24] calldata words
    ) external {
        uint64 id = _file(AGENCY_A, ICitizenAppeals.AppealType(appealType % 3), "appeal");
        uint64 registeredAt = appeals.getAppeal(id).registeredAt;
        for (uint256 i = 0; i < words.length; ++i) {
            uint64 next = _try(id, i, words[i]);
            if (next != id) {
                id = next;
                registeredAt = uint64(block.timestamp);
            }
            _checkInvariants(id, registeredAt);
        }
    }

    /// @notice Whoever is not the relayer cannot file.
    function testFuzz_OnlyTheRelayerFiles(address caller) external {
        if (caller == RELAYER) return;
        vm.expectRevert(
            abi.encodeWithSelector(IAccessManaged.AccessManagedUnauthorized.selector, caller)
        );
        vm.prank(caller);
        appeals.fileAppeal(
            AGENCY_A,
            ICitizenAppeals.AppealType.Statement,
            "appeal",
            vm.addr(CITIZEN_KEY)
        );
    }

    /// @notice Any account but the holding agency's officer and head is refused every staff
    /// action, whatever the appeal's state.
    function testFuzz_OutsidersCannotActForTheHolder(address caller, uint32 wait) external {
        if (caller == officerOf[AGENCY_A] || caller == headOf[AGENCY_A]) return;
        uint64 id = _file(AGENCY_A, ICitizenAppeals.AppealType.Complaint, "appeal");
        vm.warp(block.timestamp + (wait % 40 days));
        IOrganizationRegistry.StaffRole officer = IOrganizationRegistry.StaffRole.AppealsOfficer;
        bytes[4] memory officerCalls = [
            abi.encodeCall(appeals.startReview, (id)),
            abi.encodeCall(appeals.requireExtraChecking, (id, "reason")),
            abi.encodeCall(appeals.forward, (id, AGENCY_B, 1, "reason")),
            abi.encodeCall(appeals.answer, (id, "answer"))
        ];
        for (uint256 i = 0; i < officerCalls.length; ++i) {
            _expectRefusal(caller, officerCalls[i], _notHolding(id, AGENCY_A, caller, officer));
        }
        _expectRefusal(
            caller,
            abi.encodeCall(appeals.extendDeadline, (id, 10, 1, "reason")),
            _notHolding(id, AGENCY_A, caller, IOrganizationRegistry.StaffRole.OrganizationAdmin)
        );
    }

    /// @dev Tries step `word` on appeal `id`; returns the appeal the sequence goes on with.
    function _try(uint64 id, uint256 index, uint32 word) private returns (uint64) {
        Step step = Step(word % STEPS);
        uint32 param = word >> 8;
        if (step == Step.Wait) {
            vm.warp(block.timestamp + (param % 20 days));
            return id;
        }
        ICitizenAppeals.Appeal memory before = appeals.getAppeal(id);
        ICitizenAppeals.AppealStatus statusBefore = appeals.statusOf(id);
        Attempt memory attempt = _attempt(id, index, step, _actor(before.agencyId, word), param);
        uint256 countBefore = appeals.appealCount();

        vm.prank(attempt.sender);
        (bool ok, bytes memory returned) = address(appeals).call(attempt.data);
        if (attempt.mustRevertWith.length != 0) {
            require(!ok, "a forbidden step succeeded");
            require(keccak256(returned) == keccak256(attempt.mustRevertWith), "wrong refusal");
            return id;
        }
        if (!ok) return id;
        _checkSuccess(id, attempt, before, statusBefore);
        if (step == Step.Escalate) {
            uint64 escalationId = uint64(countBefore + 1);
            _checkEscalation(id, escalationId, before);
            return escalationId;
        }
        return id;
    }

    /// @dev Actor 0 is the holder's officer and 1 its head, so that legal steps happen often.
    function _actor(uint32 holder, uint32 word) private view returns (address) {
        uint256 a = (word >> 4) % ACTORS;
        if (a == 0) return officerOf[holder];
        if (a == 1) return headOf[holder];
        if (a == 2) return officerOf[holder == AGENCY_A ? AGENCY_B : AGENCY_A];
        if (a == 3) return headOf[MINISTRY];
        if (a == 4) return RELAYER;
        return STRANGER;
    }

    function _attempt(
        uint64 id,
        uint256 index,
        Step step,
        address actor,
        uint32 param
    ) private view returns (Attempt memory attempt) {
        ICitizenAppeals.Appeal memory appeal = appeals.getAppeal(id);
        attempt.step = step;
        attempt.sender = actor;
        IOrganizationRegistry.StaffRole officer = IOrganizationRegistry.StaffRole.AppealsOfficer;
        IOrganizationRegistry.StaffRole head = IOrganizationRegistry.StaffRole.OrganizationAdmin;
        bool isOfficer = actor == officerOf[appeal.agencyId];
        bytes32 content = keccak256(abi.encode("commitment", index, id));
        if (step == Step.StartReview) {
            attempt.data = abi.encodeCall(appeals.startReview, (id));
        } else if (step == Step.RequireExtraChecking) {
            attempt.data = abi.encodeCall(appeals.requireExtraChecking, (id, content));
        } else if (step == Step.ExtendDeadline) {
            attempt.extensionDays = uint8(param % 32);
            attempt.data = abi.encodeCall(
                appeals.extendDeadline,
                (id, attempt.extensionDays, 1, content)
            );
            if (actor != headOf[appeal.agencyId]) {
                attempt.mustRevertWith = _notHolding(id, appeal.agencyId, actor, head);
            } else if (appeal.extended) {
                attempt.mustRevertWith = abi.encodeWithSelector(
                    ICitizenAppeals.AlreadyExtended.selector,
                    id
                );
            }
            return attempt;
        } else if (step == Step.Forward) {
            attempt.target = uint32(1 + (param % 3));
            attempt.data = abi.encodeCall(appeals.forward, (id, attempt.target, 1, content));
        } else if (step == Step.Answer) {
            attempt.data = abi.encodeCall(appeals.answer, (id, content));
            if (isOfficer && appeal.answeredAt != 0) {
                attempt.mustRevertWith = abi.encodeWithSelector(
                    ICitizenAppeals.AlreadyAnswered.selector,
                    id
                );
            }
        } else {
            return _citizenAttempt(attempt, id, step, param, content);
        }
        if (!isOfficer) attempt.mustRevertWith = _notHolding(id, appeal.agencyId, actor, officer);
    }

    /// @dev markOverdue by anyone; rating and escalation through the relayer, signed by the
    /// citizen's key or, one time in four, by an impostor's.
    function _citizenAttempt(
        Attempt memory attempt,
        uint64 id,
        Step step,
        uint32 param,
        bytes32 content
    ) private view returns (Attempt memory) {
        if (step == Step.MarkOverdue) {
            attempt.data = abi.encodeCall(appeals.markOverdue, (id));
            return attempt;
        }
        attempt.sender = RELAYER;
        bool genuine = (param >> 3) % 4 != 0;
        uint256 key = genuine ? CITIZEN_KEY : IMPOSTOR_KEY;
        if (step == Step.RateAnswer) {
            attempt.rating = uint8(param % 7);
            attempt.data = _rateCall(key, id, attempt.rating);
            if (attempt.rating == 0 || attempt.rating > 5) return attempt;
        } else {
            attempt.data = _escalateCall(key, id, content);
        }
        if (!genuine) {
            attempt.mustRevertWith = abi.encodeWithSelector(
                ICitizenAppeals.InvalidCitizenSignature.selector,
                id
            );
        }
        return attempt;
    }

    function _rateCall(uint256 key, uint64 id, uint8 rating) private view returns (bytes memory) {
        uint256 validUntil = block.timestamp + 1 hours;
        bytes memory signature = signDigest(key, appeals.rateAnswerDigest(id, rating, validUntil));
        return abi.encodeCall(appeals.rateAnswer, (id, rating, validUntil, signature));
    }

    function _escalateCall(
        uint256 key,
        uint64 id,
        bytes32 complaint
    ) private view returns (bytes memory) {
        uint256 validUntil = block.timestamp + 1 hours;
        bytes memory signature = signDigest(key, appeals.escalateDigest(id, complaint, validUntil));
        return abi.encodeCall(appeals.escalate, (id, complaint, validUntil, signature));
    }

    /// @dev A step that succeeded was allowed by the law and did exactly what the law says.
    function _checkSuccess(
        uint64 id,
        Attempt memory attempt,
        ICitizenAppeals.Appeal memory before,
        ICitizenAppeals.AppealStatus statusBefore
    ) private view {
        ICitizenAppeals.Appeal memory appeal = appeals.getAppeal(id);
        uint64 now_ = uint64(block.timestamp);
        Step step = attempt.step;
        if (step == Step.StartReview) {
            require(
                statusBefore == ICitizenAppeals.AppealStatus.Registered ||
                    statusBefore == ICitizenAppeals.AppealStatus.Forwarded,
                "review started from a wrong status"
            );
            require(appeal.status == ICitizenAppeals.AppealStatus.InReview, "not in review");
        } else if (step == Step.RequireExtraChecking) {
            require(_beforeDeadline(statusBefore), "extra checking after the deadline");
            require(!before.extraChecking && !before.extended, "extra checking repeated");
            require(before.appealType != ICitizenAppeals.AppealType.Proposal, "proposal");
            require(appeal.deadline == before.receivedAt + 30 days, "extra checking deadline");
        } else if (step == Step.ExtendDeadline) {
            require(attempt.sender == headOf[before.agencyId], "extended by a non-head");
            require(!before.extended && appeal.extended, "extended twice");
            require(_beforeDeadline(statusBefore), "extended after the deadline");
            require(attempt.extensionDays >= 1 && attempt.extensionDays <= 30, "days");
            require(
                appeal.deadline == before.deadline + uint64(attempt.extensionDays) * 1 days,
                "extension deadline"
            );
        } else if (step == Step.Forward) {
            require(now_ <= before.receivedAt + 5 days, "forwarded after the window");
            require(before.forwardCount < 3 && appeal.forwardCount == before.forwardCount + 1, "");
            require(appeal.agencyId == attempt.target && attempt.target != before.agencyId, "to");
            require(appeal.receivedAt == now_, "forward receipt time");
            uint64 period =
                before.appealType == ICitizenAppeals.AppealType.Proposal ? 30 days : 15 days;
            require(appeal.deadline == now_ + period, "forward deadline");
        } else if (step == Step.Answer) {
            require(before.answeredAt == 0, "answered twice");
            require(appeal.answeredAt == now_, "answer time");
            require(appeal.status == ICitizenAppeals.AppealStatus.Answered, "not answered");
        } else if (step == Step.MarkOverdue) {
            require(now_ > before.deadline && before.answeredAt == 0, "marked overdue wrongly");
            require(appeal.status == ICitizenAppeals.AppealStatus.Overdue, "not marked");
        } else if (step == Step.RateAnswer) {
            require(before.answeredAt != 0 && before.rating == 0, "rated twice or unanswered");
            require(appeal.rating == attempt.rating, "rating");
            require(
                (appeal.status == ICitizenAppeals.AppealStatus.Closed) == (attempt.rating >= 3),
                "closed iff satisfied"
            );
        }
        if (step != Step.RateAnswer && step != Step.Escalate && step != Step.MarkOverdue) {
            address expected =
                step == Step.ExtendDeadline ? headOf[before.agencyId] : officerOf[before.agencyId];
            require(attempt.sender == expected, "acted for an agency that does not hold it");
        }
    }

    /// @dev Escalation happened only on its grounds (overdue, also when the answer came after
    /// the deadline and is not rated; or an unsatisfactory rating), and opened a complaint at
    /// the superior.
    function _checkEscalation(
        uint64 id,
        uint64 escalationId,
        ICitizenAppeals.Appeal memory before
    ) private view {
        bool unsatisfactory = before.rating >= 1 && before.rating <= 2;
        bool answeredLate = before.rating == 0 && before.answeredAt > before.deadline;
        require(
            before.answeredAt == 0
                ? block.timestamp > before.deadline
                : (unsatisfactory || answeredLate) && before.escalatedTo == 0,
            "escalated without grounds"
        );
        ICitizenAppeals.Appeal memory appeal = appeals.getAppeal(id);
        require(appeal.status == ICitizenAppeals.AppealStatus.Escalated, "not escalated");
        require(appeal.escalatedTo == escalationId, "escalatedTo");
        ICitizenAppeals.Appeal memory complaint = appeals.getAppeal(escalationId);
        require(complaint.agencyId == registry.getOrganization(before.agencyId).parentId, "up");
        require(complaint.escalatedFrom == id, "escalatedFrom");
        require(complaint.citizenKey == before.citizenKey, "citizen key");
        require(complaint.appealType == ICitizenAppeals.AppealType.Complaint, "type");
        require(complaint.deadline == block.timestamp + 15 days, "complaint deadline");
    }

    /// @dev What holds after every step, whatever happened.
    function _checkInvariants(uint64 id, uint64 registeredAt) private view {
        ICitizenAppeals.Appeal memory appeal = appeals.getAppeal(id);
        require(appeal.registeredAt == registeredAt, "registration time moved");
        require(appeal.receivedAt >= appeal.registeredAt, "received before registered");
        require(appeal.receivedAt <= block.timestamp, "received in the future");
        require(appeal.answeredAt <= block.timestamp, "answered in the future");
        require(appeal.forwardCount <= 3, "too many forwards");
        require(appeal.deadline > appeal.receivedAt, "deadline before receipt");
        require(appeal.deadline <= appeal.receivedAt + 60 days, "deadline beyond the law");
        require((appeal.answeredAt == 0) == (appeal.answerCommitment == 0), "answer fields");
        ICitizenAppeals.AppealStatus status = appeals.statusOf(id);
        bool awaiting =
            appeal.answeredAt == 0 && appeal.status != ICitizenAppeals.AppealStatus.Escalated;
        require(
            (status == ICitizenAppeals.AppealStatus.Overdue) ==
                (awaiting && block.timestamp > appeal.deadline),
            "overdue is not the clock's verdict"
        );
        require(appeals.isOverdue(id) == (status == ICitizenAppeals.AppealStatus.Overdue), "");
    }

    function _beforeDeadline(ICitizenAppeals.AppealStatus status) private pure returns (bool) {
        return
            status == ICitizenAppeals.AppealStatus.Registered ||
            status == ICitizenAppeals.AppealStatus.InReview ||
            status == ICitizenAppeals.AppealStatus.Forwarded ||
            status == ICitizenAppeals.AppealStatus.Extended;
    }

    function _expectRefusal(address caller, bytes memory data, bytes memory refusal) private {
        vm.prank(caller);
        (bool ok, bytes memory returned) = address(appeals).call(data);
        require(!ok && keccak256(returned) == keccak256(refusal), "outsider not refused");
    }

    function _notHolding(
        uint64 id,
        uint32 agencyId,
        address account,
        IOrganizationRegistry.StaffRole role
    ) private pure returns (bytes memory) {
        return
            abi.encodeWithSelector(
                ICitizenAppeals.NotHoldingAgency.selector,
                id,
                agencyId,
                account,
                role
            );
    }
}
