// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICertificateRegistry} from "../certificates/ICertificateRegistry.sol";
import {CertificateTestBase} from "./CertificateTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice Revocation permanence over any sequence of issuing (a tree over any subset of four
 * certificates, or one certificate alone), revoking one certificate or a whole batch,
 * superseding, and issuing again: a certificate revoked on its own is Revoked under every
 * root of its organization, also roots anchored after the revocation, and is never issued
 * alone again; a batch revocation covers exactly its own root; nothing else is revoked.
 */
contract CertificateRevocationForeverTest is CertificateTestBase {
    uint256 private constant POOL = 4;
    uint256 private constant MAX_ROOTS = 24;
    uint16 private constant REASON = 1000;

    bytes32[] private _pool;
    bytes32[] private _roots;
    mapping(bytes32 root => uint256 mask) private _members;
    mapping(bytes32 root => bool) private _rootRevoked;
    bool[POOL] private _revoked;

    /// @notice Each byte is one step: its low two bits pick the kind (issue a tree, issue one
    /// alone, revoke, supersede or revoke a batch), the rest which certificates and roots.
    /// forge-config: default.fuzz.runs = 96
    function testFuzz_RevokedStaysRevokedUnderEveryRoot(
        uint8[16] calldata steps,
        uint256 seed
    ) external {
        _pool = _certificateHashes(seed, POOL);
        for (uint256 i = 0; i < steps.length; ++i) {
            uint8 step = steps[i];
            uint8 kind = step % 5;
            uint8 arg = step / 5;
            if (kind == 0) _issueTree(uint256(arg % 15) + 1);
            else if (kind == 1) _issueAlone(arg % POOL);
            else if (kind == 2) _revoke(arg);
            else if (kind == 3) _supersede(arg);
            else _revokeBatch(arg);
        }
        _checkEveryRoot();
    }

    function _issueTree(uint256 mask) private {
        bytes32 root = _rootOf(mask);
        if (_members[root] != 0 || _roots.length == MAX_ROOTS) return;
        vm.prank(ISSUER);
        certificates.issueBatch(orgId, root, uint32(_count(mask)));
        _record(root, mask);
    }

    function _issueAlone(uint256 index) private {
        bytes32 root = certificates.leafOf(orgId, _pool[index]);
        if (_revoked[index]) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ICertificateRegistry.RevokedCertificateReissued.selector,
                    orgId,
                    _pool[index]
                )
            );
        } else if (_members[root] != 0) {
            vm.expectRevert(
                abi.encodeWithSelector(ICertificateRegistry.BatchAlreadyIssued.selector, root)
            );
        } else if (_roots.length == MAX_ROOTS) {
            return;
        }
        vm.prank(ISSUER);
        certificates.issueCertificate(orgId, _pool[index]);
        if (!_revoked[index] && _members[root] == 0) _record(root, 1 << index);
    }

    function _revoke(uint8 arg) private {
        if (_roots.length == 0) return;
        bytes32 root = _roots[arg % _roots.length];
        uint256 index = _memberIndex(root, arg / 8);
        bytes32 certificateHash = _pool[index];
        // Proofs are built before expectRevert and prank, which apply to the next call.
        bytes32[] memory proof = _proofIn(root, index);
        if (_rootRevoked[root]) {
            vm.expectRevert(
                abi.encodeWithSelector(ICertificateRegistry.BatchAlreadyRevoked.selector, root)
            );
        } else if (_revoked[index]) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ICertificateRegistry.CertificateAlreadyRevoked.selector,
                    root,
                    certificateHash
                )
            );
        }
        bool succeeds = !_rootRevoked[root] && !_revoked[index];
        vm.prank(REVOKER);
        certificates.revokeCertificate(orgId, root, certificateHash, proof, REASON);
        if (succeeds) _revoked[index] = true;
    }

    function _supersede(uint8 arg) private {
        if (_roots.length == 0) return;
        bytes32 oldRoot = _roots[arg % _roots.length];
        bytes32 newRoot = _roots[(arg / 4) % _roots.length];
        uint256 oldIndex = _memberIndex(oldRoot, arg / 16);
        uint256 newIndex = _memberIndex(newRoot, arg / 64);
        bool wasRevoked = _revoked[oldIndex];
        bytes32[] memory oldProof = _proofIn(oldRoot, oldIndex);
        bytes32[] memory newProof = _proofIn(newRoot, newIndex);
        vm.prank(REVOKER);
        try
            certificates.supersede(
                orgId,
                oldRoot,
                _pool[oldIndex],
                oldProof,
                newRoot,
                _pool[newIndex],
                newProof
            )
        {
            require(!wasRevoked, "a revoked certificate was superseded again");
            require(!_revoked[newIndex] && !_rootRevoked[newRoot], "revoked correction linked");
            _revoked[oldIndex] = true;
        } catch {
            // Refused (already revoked, correction revoked or linked, itself): nothing changed.
        }
    }

    function _revokeBatch(uint8 arg) private {
        if (_roots.length == 0) return;
        bytes32 root = _roots[arg % _roots.length];
        if (_rootRevoked[root]) {
            vm.expectRevert(
                abi.encodeWithSelector(ICertificateRegistry.BatchAlreadyRevoked.selector, root)
            );
        }
        bool succeeds = !_rootRevoked[root];
        vm.prank(REVOKER);
        certificates.revokeBatch(orgId, root, REASON);
        if (succeeds) _rootRevoked[root] = true;
    }

    /// @dev Every certificate of every root has the status the model says, and a certificate
    /// revoked on its own says so under roots anchored after its revocation too.
    function _checkEveryRoot() private view {
        for (uint256 r = 0; r < _roots.length; ++r) {
            bytes32 root = _roots[r];
            for (uint256 index = 0; index < POOL; ++index) {
                if (_members[root] & (1 << index) == 0) continue;
                ICertificateRegistry.Verification memory result = certificates.verify(
                    orgId,
                    _pool[index],
                    _proofIn(root, index),
                    root
                );
                bool revoked = _revoked[index] || _rootRevoked[root];
                require(
                    result.status ==
                        (
                            revoked
                                ? ICertificateRegistry.CertificateStatus.Revoked
                                : ICertificateRegistry.CertificateStatus.Valid
                        ),
                    "status differs from the model"
                );
                require(result.revokedWithBatch == (!_revoked[index] && revoked), "which one");
            }
        }
        for (uint256 index = 0; index < POOL; ++index) {
            bool recorded = certificates.revocationOf(orgId, _pool[index]).revokedAt != 0;
            require(recorded == _revoked[index], "revocation record differs from the model");
        }
    }

    function _record(bytes32 root, uint256 mask) private {
        _roots.push(root);
        _members[root] = mask;
    }

    /// @dev The subset `mask` of the pool, in pool order.
    function _subset(uint256 mask) private view returns (bytes32[] memory hashes) {
        hashes = new bytes32[](_count(mask));
        uint256 next = 0;
        for (uint256 i = 0; i < POOL; ++i) {
            if (mask & (1 << i) != 0) hashes[next++] = _pool[i];
        }
    }

    function _rootOf(uint256 mask) private view returns (bytes32) {
        return _root(_leaves(orgId, _subset(mask)));
    }

    function _proofIn(bytes32 root, uint256 index) private view returns (bytes32[] memory) {
        uint256 mask = _members[root];
        uint256 position = 0;
        for (uint256 i = 0; i < index; ++i) {
            if (mask & (1 << i) != 0) ++position;
        }
        return _proof(_leaves(orgId, _subset(mask)), position);
    }

    /// @dev The `pick`-th member of `root` (modulo its size), as a pool index.
    function _memberIndex(bytes32 root, uint256 pick) private view returns (uint256) {
        uint256 mask = _members[root];
        uint256 skip = pick % _count(mask);
        for (uint256 i = 0; i < POOL; ++i) {
            if (mask & (1 << i) == 0) continue;
            if (skip == 0) return i;
            --skip;
        }
        revert("unreachable");
    }

    function _count(uint256 mask) private pure returns (uint256 count) {
        for (; mask != 0; mask >>= 1) count += mask & 1;
    }
}
