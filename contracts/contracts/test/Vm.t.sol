// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Vm
 * @notice The Foundry-compatible cheatcodes these tests use, served by Hardhat's EDR at the
 * standard cheatcode address. forge-std is not on npm, so this is declared here; the `.t.sol`
 * suffix keeps it out of the production build and the typechain types.
 */
interface Vm {
    /// @notice Makes the next call come from `msgSender`.
    function prank(address msgSender) external;

    /// @notice Sets block.timestamp.
    function warp(uint256 newTimestamp) external;

    /// @notice Signs `digest` with `privateKey`.
    function sign(
        uint256 privateKey,
        bytes32 digest
    ) external pure returns (uint8 v, bytes32 r, bytes32 s);

    /// @notice The address of `privateKey`.
    function addr(uint256 privateKey) external pure returns (address);

    /// @notice Expects the next call to revert with exactly `revertData`.
    function expectRevert(bytes calldata revertData) external;

    /// @notice Expects the next event emitted by `emitter` to equal the one emitted right after.
    function expectEmit(address emitter) external;

    /// @notice Discards the current fuzz input when `condition` is false.
    function assume(bool condition) external pure;
}

/// @dev keccak256("hevm cheat code") truncated to an address, as in every Foundry-style runner.
Vm constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

/// @dev `privateKey`'s 65-byte signature of `digest`, as a wallet encodes it.
function signDigest(uint256 privateKey, bytes32 digest) pure returns (bytes memory) {
    (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, digest);
    return abi.encodePacked(r, s, v);
}
