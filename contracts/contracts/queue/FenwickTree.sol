// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title FenwickTree
 * @notice A binary indexed tree of counts over the keys 1 to SIZE: add or remove one at a
 * key, count the keys at or below a key, and find the k-th smallest present key, each in
 * KEY_BITS + 1 storage reads or writes at most, however many keys are present.
 * @dev The size is fixed (a power of two), so the cost of every operation is flat: it
 * depends on the bits of the key, never on how many keys the tree holds.
 */
library FenwickTree {
    /// @notice Keys run from 1 to SIZE = 2**KEY_BITS.
    uint256 internal constant KEY_BITS = 27;
    uint256 internal constant SIZE = 1 << KEY_BITS;

    /// @notice Node i holds the count of keys in (i - lowbit(i), i].
    struct Tree {
        mapping(uint256 node => uint256 count) nodes;
    }

    /// @dev Counts one more key `key` (1 <= key <= SIZE).
    function increment(Tree storage tree, uint256 key) internal {
        for (uint256 i = key; i <= SIZE; i += i & (~i + 1)) {
            ++tree.nodes[i];
        }
    }

    /// @dev Counts one key `key` less; the key must be present.
    function decrement(Tree storage tree, uint256 key) internal {
        for (uint256 i = key; i <= SIZE; i += i & (~i + 1)) {
            --tree.nodes[i];
        }
    }

    /// @dev How many keys are at or below `key` (0 <= key <= SIZE).
    function countUpTo(Tree storage tree, uint256 key) internal view returns (uint256 count) {
        for (uint256 i = key; i > 0; i -= i & (~i + 1)) {
            count += tree.nodes[i];
        }
    }

    /// @dev The smallest key k such that countUpTo(k) >= rank, by binary descent; the
    /// tree must hold at least `rank` >= 1 keys.
    function keyOfRank(Tree storage tree, uint256 rank) internal view returns (uint256 key) {
        uint256 remaining = rank;
        for (uint256 step = SIZE; step > 0; step >>= 1) {
            uint256 next = key + step;
            if (next <= SIZE) {
                uint256 count = tree.nodes[next];
                if (count < remaining) {
                    key = next;
                    remaining -= count;
                }
            }
        }
        return key + 1;
    }
}
