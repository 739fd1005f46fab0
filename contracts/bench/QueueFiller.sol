// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IKindergartenQueue} from "../contracts/queue/IKindergartenQueue.sol";

/**
 * @title QueueFiller
 * @notice Benchmark-only: acting as a district's relayer, submits many applications to the
 * real KindergartenQueue in one transaction, so that a queue of 100,000 children can be
 * built in minutes. Compiled by the benchmark itself, never deployed anywhere else.
 */
contract QueueFiller {
    /// @notice Submits applications `from` to `from + count - 1`, each for a distinct child
    /// (tag derived from the index) with a distinct non-zero parent key.
    function fill(
        IKindergartenQueue queue,
        uint32 district,
        uint8 ageGroup,
        uint32[] calldata kindergartens,
        uint256 from,
        uint256 count
    ) external {
        for (uint256 i = from; i < from + count; ++i) {
            queue.submitApplication(
                district,
                keccak256(abi.encode(address(this), i)),
                ageGroup,
                kindergartens,
                0,
                address(uint160(i + 1))
            );
        }
    }
}
