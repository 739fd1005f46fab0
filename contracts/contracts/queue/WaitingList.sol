// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {FenwickTree} from "./FenwickTree.sol";
import {IKindergartenQueue} from "./IKindergartenQueue.sol";

/**
 * @title WaitingList
 * @notice The children waiting in one queue, in the order they are served: priority tier
 * first, then submission order. A child's place is the key `tier << 24 | seq` (its queue's
 * sequence number `seq` is unique, so the order is total), held in a Fenwick tree of the keys
 * of exactly the children waiting (not those holding an offer); the queue's counters say how
 * many wait, in all and per tier. Counting the children ahead of one and finding the first
 * each take at most 28 storage reads, however long the queue.
 */
library WaitingList {
    using FenwickTree for FenwickTree.Tree;

    /// @dev A key's low bits hold the sequence number.
    uint256 private constant SEQ_BITS = 24;
    /// @dev The highest sequence number a queue can give.
    uint32 internal constant MAX_SEQ = (1 << 24) - 1;

    /// @dev Puts the child with `seq` in `tier` on the list.
    function add(
        FenwickTree.Tree storage keys,
        IKindergartenQueue.Queue storage queue,
        uint8 tier,
        uint32 seq
    ) internal {
        keys.increment(keyOf(tier, seq));
        ++queue.waiting;
        ++queue.waitingByTier[tier];
    }

    /// @dev Takes the child with `seq` in `tier` off the list; it must be on it.
    function remove(
        FenwickTree.Tree storage keys,
        IKindergartenQueue.Queue storage queue,
        uint8 tier,
        uint32 seq
    ) internal {
        keys.decrement(keyOf(tier, seq));
        --queue.waiting;
        --queue.waitingByTier[tier];
    }

    /// @dev The first child served: its tier and sequence number. The list must not be empty.
    function first(FenwickTree.Tree storage keys) internal view returns (uint8 tier, uint32 seq) {
        uint256 key = keys.keyOfRank(1);
        return (uint8(key >> SEQ_BITS), uint32(key & MAX_SEQ));
    }

    /// @dev How many children on the list are served before the child with `seq` in `tier`.
    function countAhead(
        FenwickTree.Tree storage keys,
        uint8 tier,
        uint32 seq
    ) internal view returns (uint256) {
        return keys.countUpTo(keyOf(tier, seq) - 1);
    }

    /// @dev The serving order's key: tier first, then submission order; never 0 (seq starts
    /// at 1).
    function keyOf(uint8 tier, uint32 seq) internal pure returns (uint256) {
        return (uint256(tier) << SEQ_BITS) | seq;
    }
}
