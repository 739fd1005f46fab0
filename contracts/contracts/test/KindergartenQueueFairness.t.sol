// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IKindergartenQueue} from "../queue/IKindergartenQueue.sol";
import {KindergartenQueueTestBase} from "./KindergartenQueueTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice Whatever sequence of applications, claim decisions, seat releases, accepts,
 * declines, withdrawals and expiries, checked against a naive recount after every step:
 * - no seat is offered while a child ahead of the recipient waits without an offer (each new
 *   offer's key is below that of every child who waited before and still waits after);
 * - no seat stays vacant while a child waits, and vacant plus offered seats fit the capacity;
 * - each queue's counters and every waiting child's position (total and per tier) equal a
 *   recount over the queue's members, and firstWaiting is the smallest key;
 * - at the end, standingAtOffer finds no child Skipped for any offer ever made.
 * Each invalid step must revert with the error the test predicts.
 */
contract KindergartenQueueFairnessTest is KindergartenQueueTestBase {
    uint256 private constant CHILDREN = 8;
    uint256 private constant ACTIONS = 7;

    uint64[] private _applications;
    mapping(uint64 application => uint256 privateKey) private _keyOf;
    mapping(uint64 application => uint8 tier) private _tierOf;

    /// @notice Each 24-bit word is one step; its low bits choose the action.
    /// forge-config: default.fuzz.runs = 48
    function testFuzz_NoChildIsSkippedAndPositionsMatchRecount(uint24[28] calldata steps) external {
        for (uint256 i = 0; i < steps.length; ++i) {
            bool[][KINDERGARTENS] memory waitingBefore = _waitingSnapshot();
            uint64 offersBefore = queue.offerCount();
            _step(steps[i]);
            _checkNewOffers(waitingBefore, offersBefore);
            _checkQueues();
        }
        _checkStandingsAtEveryOffer();
    }

    function _step(uint24 word) private {
        uint256 action = word % ACTIONS;
        uint256 arg = word >> 3;
        if (action == 0 || action == 1) _apply(arg);
        else if (action == 2) _decide(arg);
        else if (action == 3) _release(arg);
        else if (action == 4) _answer(arg, true);
        else if (action == 5) _answer(arg, false);
        else if (arg % 4 == 0) _withdraw(arg >> 2);
        else _expire(arg >> 2);
    }

    function _apply(uint256 arg) private {
        bytes32 tag = keccak256(abi.encode("child", arg % CHILDREN));
        uint256 count = 1 + ((arg >> 3) % KINDERGARTENS);
        uint256 first = (arg >> 5) % KINDERGARTENS;
        uint32[] memory preferences = new uint32[](count);
        for (uint256 i = 0; i < count; ++i) {
            // Reversed on odd words so that every order of preference occurs.
            uint256 k = (arg >> 7) % 2 == 0 ? first + i : first + KINDERGARTENS - i;
            preferences[i] = kindergartens[k % KINDERGARTENS];
        }
        uint8 category = uint8((arg >> 8) % 3);
        uint64 expected = queue.applicationCount() + 1;
        uint256 privateKey = _parentKey(expected);
        address parentKey = vm.addr(privateKey);
        uint64 existing = queue.activeApplicationOf(district, tag);
        if (existing != 0) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IKindergartenQueue.ChildAlreadyApplied.selector,
                    district,
                    existing
                )
            );
        }
        vm.prank(RELAYER);
        uint64 application = queue.submitApplication(
            district,
            tag,
            AGE_GROUP,
            preferences,
            category,
            parentKey
        );
        if (existing != 0) return;
        require(application == expected, "application number");
        _applications.push(application);
        _keyOf[application] = privateKey;
        _tierOf[application] = queue.GENERAL_TIER();
    }

    function _decide(uint256 arg) private {
        if (_applications.length == 0) return;
        uint64 application = _applications[arg % _applications.length];
        bool approve = (arg >> 6) % 2 == 0;
        IKindergartenQueue.Application memory app = queue.getApplication(application);
        if (app.claimStatus != IKindergartenQueue.ClaimStatus.Pending) {
            vm.expectRevert(
                abi.encodeWithSelector(IKindergartenQueue.ClaimNotPending.selector, application)
            );
        } else if (app.status != IKindergartenQueue.ApplicationStatus.Active) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IKindergartenQueue.ApplicationNotActive.selector,
                    application
                )
            );
        } else if (approve) {
            // Category 1 is tier 0, category 2 tier 1 (see the base's setUp).
            _tierOf[application] = app.claimedCategory - 1;
        }
        vm.prank(OFFICER);
        queue.decideClaim(application, approve, 7);
    }

    function _release(uint256 arg) private {
        uint32 kindergarten = kindergartens[arg % KINDERGARTENS];
        uint16 seats = uint16(1 + ((arg >> 2) % 2));
        IKindergartenQueue.Queue memory state = queue.getQueue(kindergarten, AGE_GROUP);
        uint256 available = CAPACITY - state.vacantSeats - state.pendingOffers;
        if (seats > available) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IKindergartenQueue.SeatsExceedCapacity.selector,
                    kindergarten,
                    AGE_GROUP,
                    seats,
                    available
                )
            );
        }
        vm.prank(OFFICER);
        queue.releaseSeats(kindergarten, AGE_GROUP, seats);
    }

    /// @dev Accepts or declines the first pending offer of a chosen application, if any.
    function _answer(uint256 arg, bool accept) private {
        if (_applications.length == 0) return;
        uint64 application = _applications[arg % _applications.length];
        IKindergartenQueue.Standing[] memory standings = queue.positionOf(application);
        for (uint256 i = 0; i < standings.length; ++i) {
            uint64 offerId = standings[i].offerId;
            if (standings[i].status != IKindergartenQueue.MemberStatus.Offered) continue;
            if (accept) {
                bytes memory signature = _signNow(application, offerId, true);
                uint64 expiresAt = queue.getOffer(offerId).expiresAt;
                if (block.timestamp > expiresAt) {
                    vm.expectRevert(
                        abi.encodeWithSelector(
                            IKindergartenQueue.OfferExpired.selector,
                            offerId,
                            expiresAt
                        )
                    );
                }
                queue.acceptOffer(offerId, uint64(block.timestamp + 1 hours), signature);
            } else {
                bytes memory signature = _signNow(application, offerId, false);
                queue.declineOffer(offerId, uint64(block.timestamp + 1 hours), signature);
            }
            return;
        }
    }

    function _withdraw(uint256 arg) private {
        if (_applications.length == 0) return;
        uint64 application = _applications[arg % _applications.length];
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory signature = _sign(
            _keyOf[application],
            application,
            IKindergartenQueue.ParentAction.Withdraw,
            0,
            deadline
        );
        if (
            queue.getApplication(application).status != IKindergartenQueue.ApplicationStatus.Active
        ) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IKindergartenQueue.ApplicationNotActive.selector,
                    application
                )
            );
        }
        queue.withdraw(application, deadline, signature);
    }

    /// @dev Moves time forward, then passes on the oldest expired pending offer, if any.
    function _expire(uint256 arg) private {
        vm.warp(block.timestamp + 1 + (arg % 20) * 1 days);
        uint64 offers = queue.offerCount();
        for (uint64 offerId = 1; offerId <= offers; ++offerId) {
            IKindergartenQueue.Offer memory offer = queue.getOffer(offerId);
            if (offer.status != IKindergartenQueue.OfferStatus.Pending) continue;
            if (block.timestamp <= offer.expiresAt) continue;
            queue.expireOffer(offerId);
            return;
        }
    }

    function _signNow(
        uint64 application,
        uint64 offerId,
        bool accept
    ) private view returns (bytes memory) {
        IKindergartenQueue.ParentAction action =
            accept
                ? IKindergartenQueue.ParentAction.Accept
                : IKindergartenQueue.ParentAction.Decline;
        return
            _sign(
                _keyOf[application],
                application,
                action,
                offerId,
                uint64(block.timestamp + 1 hours)
            );
    }

    /// @dev For each queue, which sequence numbers are waiting now.
    function _waitingSnapshot() private view returns (bool[][KINDERGARTENS] memory waiting) {
        for (uint256 k = 0; k < KINDERGARTENS; ++k) {
            uint32 lastSeq = queue.getQueue(kindergartens[k], AGE_GROUP).lastSeq;
            waiting[k] = new bool[](lastSeq + 1);
            for (uint32 seq = 1; seq <= lastSeq; ++seq) {
                waiting[k][seq] = _status(k, seq) == IKindergartenQueue.MemberStatus.Waiting;
            }
        }
    }

    /// @dev Every offer made in the last step went to a child ahead of every child that
    /// waited before the step and still waits without an offer.
    function _checkNewOffers(
        bool[][KINDERGARTENS] memory waitingBefore,
        uint64 offersBefore
    ) private view {
        uint64 offers = queue.offerCount();
        for (uint64 offerId = offersBefore + 1; offerId <= offers; ++offerId) {
            IKindergartenQueue.Offer memory offer = queue.getOffer(offerId);
            uint256 k = _indexOf(offer.kindergarten);
            require(offer.tier == _tierOf[offer.application], "offer tier differs from model");
            uint256 offeredKey = _key(offer.tier, offer.seq);
            for (uint32 seq = 1; seq < waitingBefore[k].length; ++seq) {
                if (!waitingBefore[k][seq]) continue;
                if (_status(k, seq) != IKindergartenQueue.MemberStatus.Waiting) continue;
                uint64 other = queue.memberAt(kindergartens[k], AGE_GROUP, seq);
                require(_key(_tierOf[other], seq) > offeredKey, "a waiting child was skipped");
            }
        }
    }

    /// @dev Counters, positions and the head of every queue equal a naive recount.
    function _checkQueues() private view {
        for (uint256 k = 0; k < KINDERGARTENS; ++k) {
            uint32 kindergarten = kindergartens[k];
            IKindergartenQueue.Queue memory state = queue.getQueue(kindergarten, AGE_GROUP);
            uint256[] memory keys = new uint256[](state.lastSeq + 1);
            uint32[8] memory byTier;
            uint32 waiting = 0;
            uint256 smallest = type(uint256).max;
            for (uint32 seq = 1; seq <= state.lastSeq; ++seq) {
                if (_status(k, seq) != IKindergartenQueue.MemberStatus.Waiting) continue;
                uint8 tier = _tierOf[queue.memberAt(kindergarten, AGE_GROUP, seq)];
                keys[seq] = _key(tier, seq);
                ++byTier[tier];
                ++waiting;
                if (keys[seq] < smallest) smallest = keys[seq];
            }
            require(state.waiting == waiting, "waiting count differs from recount");
            for (uint256 t = 0; t < 8; ++t) {
                require(state.waitingByTier[t] == byTier[t], "tier count differs from recount");
            }
            require(state.vacantSeats == 0 || waiting == 0, "a seat is vacant while a child waits");
            require(state.vacantSeats + state.pendingOffers <= CAPACITY, "over capacity");
            uint64 head = queue.firstWaiting(kindergarten, AGE_GROUP);
            require(
                waiting == 0
                    ? head == 0
                    : head == queue.memberAt(kindergarten, AGE_GROUP, uint32(smallest & 0xFFFFFF)),
                "firstWaiting is not the smallest key"
            );
            for (uint32 seq = 1; seq <= state.lastSeq; ++seq) {
                if (keys[seq] != 0) _checkPosition(kindergarten, seq, keys);
            }
        }
    }

    /// @dev positionOf for the child at `seq` equals the count of smaller keys, per tier.
    function _checkPosition(uint32 kindergarten, uint32 seq, uint256[] memory keys) private view {
        uint64 application = queue.memberAt(kindergarten, AGE_GROUP, seq);
        uint32[8] memory aheadByTier;
        uint32 ahead = 0;
        for (uint256 other = 1; other < keys.length; ++other) {
            if (keys[other] == 0 || keys[other] >= keys[seq]) continue;
            ++ahead;
            ++aheadByTier[keys[other] >> 24];
        }
        IKindergartenQueue.Standing[] memory standings = queue.positionOf(application);
        for (uint256 i = 0; i < standings.length; ++i) {
            if (standings[i].kindergarten != kindergarten) continue;
            require(standings[i].status == IKindergartenQueue.MemberStatus.Waiting, "status");
            require(standings[i].seq == seq, "seq");
            require(standings[i].ahead == ahead, "position differs from recount");
            for (uint256 t = 0; t < 8; ++t) {
                require(standings[i].aheadByTier[t] == aheadByTier[t], "tier position differs");
            }
            return;
        }
        revert("queue missing from positionOf");
    }

    /// @dev For every offer ever made, no member of its queue stood Skipped.
    function _checkStandingsAtEveryOffer() private view {
        uint64 offers = queue.offerCount();
        for (uint64 offerId = 1; offerId <= offers; ++offerId) {
            IKindergartenQueue.Offer memory offer = queue.getOffer(offerId);
            uint32 lastSeq = queue.getQueue(offer.kindergarten, AGE_GROUP).lastSeq;
            for (uint32 seq = 1; seq <= lastSeq; ++seq) {
                uint64 other = queue.memberAt(offer.kindergarten, AGE_GROUP, seq);
                (IKindergartenQueue.StandingAtOffer standing, ) = queue.standingAtOffer(
                    offerId,
                    other
                );
                require(standing != IKindergartenQueue.StandingAtOffer.Skipped, "skipped");
            }
        }
    }

    function _status(uint256 k, uint32 seq) private view returns (IKindergartenQueue.MemberStatus) {
        uint64 application = queue.memberAt(kindergartens[k], AGE_GROUP, seq);
        return queue.getMember(kindergartens[k], AGE_GROUP, application).status;
    }

    function _indexOf(uint32 kindergarten) private view returns (uint256) {
        for (uint256 k = 0; k < KINDERGARTENS; ++k) {
            if (kindergartens[k] == kindergarten) return k;
        }
        revert("unknown kindergarten");
    }

    function _key(uint8 tier, uint32 seq) private pure returns (uint256) {
        return (uint256(tier) << 24) | seq;
    }
}
