// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/**
 * @title CitizenSignatures
 * @notice A citizen has no wallet: the citizen app derives a secp256k1 key from the secret
 * the citizen received with the tracking number, and signs an EIP-712 message with it. The
 * relayer submits the message, and the contract accepts it only if it was signed by the key
 * recorded on the appeal, so the relayer cannot rate or escalate in the citizen's name.
 * @dev Each signed action can happen at most once per appeal (one rating, one escalation),
 * so a replayed signature always fails on the appeal's state and needs no nonce; `validUntil`
 * stops a relayer from holding a signature back and using it much later. The domain
 * (name "Ishonch Appeals", version "1", chain id, this contract) is published by ERC-5267's
 * `eip712Domain()`.
 */
abstract contract CitizenSignatures is EIP712 {
    /// @notice EIP-712 type of the citizen's rating of an answer.
    bytes32 public constant RATE_ANSWER_TYPEHASH = keccak256(
        "RateAnswer(uint64 appealId,uint8 rating,uint256 validUntil)"
    );

    /// @notice EIP-712 type of the citizen's escalation to the superior organization.
    bytes32 public constant ESCALATE_TYPEHASH = keccak256(
        "Escalate(uint64 appealId,bytes32 complaintCommitment,uint256 validUntil)"
    );

    /// @notice The signature's `validUntil` time has passed.
    error SignatureExpired(uint256 validUntil);
    /// @notice The signature is malformed or was not made by appeal `appealId`'s citizen key.
    error InvalidCitizenSignature(uint64 appealId);

    constructor() EIP712("Ishonch Appeals", "1") {}

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
    ) public view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(abi.encode(RATE_ANSWER_TYPEHASH, appealId, rating, validUntil))
            );
    }

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
    ) public view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(abi.encode(ESCALATE_TYPEHASH, appealId, complaintCommitment, validUntil))
            );
    }

    /// @dev Reverts unless `signature` over `digest` is by `citizenKey` and still valid.
    function _checkCitizenSignature(
        uint64 appealId,
        address citizenKey,
        bytes32 digest,
        uint256 validUntil,
        bytes calldata signature
    ) internal view {
        if (block.timestamp > validUntil) revert SignatureExpired(validUntil);
        (address signer, ECDSA.RecoverError error_, ) = ECDSA.tryRecoverCalldata(digest, signature);
        if (error_ != ECDSA.RecoverError.NoError || signer != citizenKey) {
            revert InvalidCitizenSignature(appealId);
        }
    }
}
