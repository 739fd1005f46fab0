// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/**
 * @title RelayedSignatures
 * @notice An action signed by a person's own key under EIP-712 and carried by a relayer.
 * Parents and citizens have no wallet: their app derives a secp256k1 key from a secret only
 * the person holds and signs the action's typed data with it; a relayer account submits it.
 * The contract accepts the action only if that key signed exactly it, so the relayer can
 * neither act in the person's name nor change what was signed.
 * @dev Each contract names its domain (name and version; EIP712 adds the chain id and the
 * contract's address, and publishes the domain through ERC-5267's `eip712Domain()`), defines
 * its types, checks the signature's last valid second and says with its own errors why an
 * action was refused. Recovery never reverts here: a malformed signature is simply not the
 * person's.
 */
abstract contract RelayedSignatures is EIP712 {
    /// @param name The EIP-712 domain's name.
    /// @param version The EIP-712 domain's version.
    constructor(string memory name, string memory version) EIP712(name, version) {}

    /// @dev Whether `signature` is `signer`'s signature of `digest`, the typed data's EIP-712
    /// hash in this contract's domain (what the contract's public `*Digest` function returns,
    /// so that what the apps sign and what the contract checks are one computation).
    function _isSignedBy(
        address signer,
        bytes32 digest,
        bytes calldata signature
    ) internal pure returns (bool) {
        (address recovered, ECDSA.RecoverError error_, ) = ECDSA.tryRecoverCalldata(
            digest,
            signature
        );
        return error_ == ECDSA.RecoverError.NoError && recovered == signer;
    }
}
