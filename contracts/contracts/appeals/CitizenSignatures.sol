// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RelayedSignatures} from "../access/RelayedSignatures.sol";
import {ICitizenAppeals} from "./ICitizenAppeals.sol";

/**
 * @title CitizenSignatures
 * @notice A citizen has no wallet: the citizen app derives a secp256k1 key from the secret
 * the citizen received with the tracking number, and signs an EIP-712 message with it. The
 * relayer submits the message, and the contract accepts it only if it was signed by the key
 * recorded on the appeal, so the relayer cannot rate or escalate in the citizen's name.
 * @dev Each signed action can happen at most once per appeal (one rating, one escalation),
 * so a replayed signature always fails on the appeal's state and needs no nonce; `validUntil`
 * stops a relayer from holding a signature back and using it much later. Domain: name
 * "Ishonch Appeals", version "1".
 */
abstract contract CitizenSignatures is ICitizenAppeals, RelayedSignatures {
    /// @notice EIP-712 type of the citizen's rating of an answer.
    bytes32 public constant RATE_ANSWER_TYPEHASH = keccak256(
        "RateAnswer(uint64 appealId,uint8 rating,uint256 validUntil)"
    );

    /// @notice EIP-712 type of the citizen's escalation to the superior organization.
    bytes32 public constant ESCALATE_TYPEHASH = keccak256(
        "Escalate(uint64 appealId,bytes32 complaintCommitment,uint256 validUntil)"
    );

    constructor() RelayedSignatures("Ishonch Appeals", "1") {}

    /// @inheritdoc ICitizenAppeals
    function rateAnswerDigest(
        uint64 appealId,
        uint8 rating,
        uint256 validUntil
    ) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(RATE_ANSWER_TYPEHASH, appealId, rating, validUntil)
        );
        return _hashTypedDataV4(structHash);
    }

    /// @inheritdoc ICitizenAppeals
    function escalateDigest(
        uint64 appealId,
        bytes32 complaintCommitment,
        uint256 validUntil
    ) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(ESCALATE_TYPEHASH, appealId, complaintCommitment, validUntil)
        );
        return _hashTypedDataV4(structHash);
    }

    /// @dev Reverts unless `signature` is `citizenKey`'s signature of `digest` (one of the
    /// digests above), and `validUntil` has not passed.
    function _checkCitizenSignature(
        uint64 appealId,
        address citizenKey,
        bytes32 digest,
        uint256 validUntil,
        bytes calldata signature
    ) internal view {
        if (block.timestamp > validUntil) revert SignatureExpired(validUntil);
        if (!_isSignedBy(citizenKey, digest, signature)) {
            revert InvalidCitizenSignature(appealId);
        }
    }
}
