// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title AppealVm
 * @notice The Foundry-compatible cheatcodes the appeal tests need beyond those of Vm.t.sol:
 * the clock, and signing with a private key (the citizen's key derived from the secret).
 * Served by Hardhat's EDR at the standard cheatcode address.
 */
interface AppealVm {
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
}

/// @dev keccak256("hevm cheat code") truncated to an address, as in every Foundry-style runner.
AppealVm constant appealVm = AppealVm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);
