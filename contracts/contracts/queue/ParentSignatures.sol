// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RelayedSignatures} from "../access/RelayedSignatures.sol";
import {IKindergartenQueue} from "./IKindergartenQueue.sol";

/**
 * @title ParentSignatures
 * @notice The parent's authority over an application: accept, decline and withdraw carry an
 * EIP-712 ParentAction signature by the application's `parentKey` (derived from the parent's
 * secret, which never reaches the chain) over the application, the action, the offer, the
 * application's nonce and a deadline. A relayer can neither act without the secret nor
 * replay or swap the action; anyone may submit a signed action.
 * @dev Domain: name "KindergartenQueue", version "1".
 */
abstract contract ParentSignatures is IKindergartenQueue, RelayedSignatures {
    /// @notice The EIP-712 type a parent signs.
    bytes32 public constant PARENT_ACTION_TYPEHASH = keccak256(
        "ParentAction(uint64 application,uint8 action,uint64 offerId,uint64 nonce,uint64 deadline)"
    );

    constructor() RelayedSignatures("KindergartenQueue", "1") {}

    /// @inheritdoc IKindergartenQueue
    function parentActionDigest(
        uint64 application,
        ParentAction action,
        uint64 offerId,
        uint64 nonce,
        uint64 deadline
    ) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(PARENT_ACTION_TYPEHASH, application, action, offerId, nonce, deadline)
        );
        return _hashTypedDataV4(structHash);
    }

    /// @dev Checks the parent's signature of `action` on `app` at its current nonce, and uses
    /// the nonce up, so that the signature serves once.
    function _useParentSignature(
        uint64 application,
        Application storage app,
        ParentAction action,
        uint64 offerId,
        uint64 deadline,
        bytes calldata signature
    ) internal {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        bytes32 digest = parentActionDigest(application, action, offerId, app.nonce, deadline);
        if (!_isSignedBy(app.parentKey, digest, signature)) revert NotParent(application);
        ++app.nonce;
    }
}
