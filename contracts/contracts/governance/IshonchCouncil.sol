// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {IAccessManager} from "@openzeppelin/contracts/access/manager/IAccessManager.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IIshonchCouncil} from "./IIshonchCouncil.sol";

/**
 * @title IshonchCouncil
 * @notice The council of agencies: M of N members schedule a call on the access manager,
 * which holds it back for its public delay (see IIshonchCouncil).
 * @dev The council holds its roles (ADMIN, REGISTRAR, ...) on the access manager WITH an
 * execution delay, so the delay is the access manager's rule, readable on chain, and not
 * this contract's. Membership and threshold are `restricted` by that same access manager
 * (ADMIN_ROLE by default), so they change only through a council proposal that waits out the
 * delay like any other.
 */
contract IshonchCouncil is IIshonchCouncil, AccessManaged {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Most members a council may have, so that counting approvals stays cheap.
    uint256 public constant MAX_MEMBERS = 32;

    /// @inheritdoc IIshonchCouncil
    IAccessManager public immutable accessManager;

    /// @inheritdoc IIshonchCouncil
    uint256 public threshold;

    /// @inheritdoc IIshonchCouncil
    uint256 public proposalCount;

    EnumerableSet.AddressSet private _members;
    mapping(uint256 id => Proposal) private _proposals;
    mapping(uint256 id => mapping(address member => bool)) private _approved;
    mapping(uint256 id => mapping(address member => bool)) private _vetoed;
    mapping(uint256 id => address[]) private _vetoers;
    /// @dev The open proposal of each call (keccak256 of target and data), to refuse twins.
    mapping(bytes32 call => uint256 id) private _proposalOfCall;

    modifier onlyMember() {
        if (!_members.contains(msg.sender)) revert NotCouncilMember(msg.sender);
        _;
    }

    /**
     * @param manager The access manager: this council's authority and where it schedules.
     * @param initialMembers The agencies' accounts, without duplicates.
     * @param initialThreshold Approvals needed, 1 to the number of members.
     */
    constructor(
        address manager,
        address[] memory initialMembers,
        uint256 initialThreshold
    ) AccessManaged(manager) {
        accessManager = IAccessManager(manager);
        for (uint256 i = 0; i < initialMembers.length; ++i) {
            _addMember(initialMembers[i]);
        }
        _setThreshold(initialThreshold);
    }

    /// @inheritdoc IIshonchCouncil
    function propose(
        address target,
        bytes calldata data,
        bytes32 descriptionHash
    ) external onlyMember returns (uint256 id) {
        if (data.length < 4) revert MissingSelector();
        _requireDelayedPermission(target, bytes4(data[0:4]));
        bytes32 call = keccak256(abi.encode(target, data));
        uint256 twin = _proposalOfCall[call];
        if (twin != 0 && _isOpen(_proposals[twin])) revert DuplicateProposal(twin);
        id = ++proposalCount;
        _proposalOfCall[call] = id;
        Proposal storage proposal = _proposals[id];
        proposal.target = target;
        proposal.state = ProposalState.Pending;
        proposal.proposer = msg.sender;
        proposal.descriptionHash = descriptionHash;
        proposal.data = data;
        emit ProposalCreated(id, msg.sender, target, data, descriptionHash);
        _approve(id, proposal);
    }

    /// @inheritdoc IIshonchCouncil
    function approve(uint256 id) external onlyMember {
        Proposal storage proposal = _existing(id);
        if (proposal.state != ProposalState.Pending) {
            revert UnexpectedProposalState(id, proposal.state);
        }
        if (_approved[id][msg.sender]) revert AlreadyApproved(id, msg.sender);
        if (_vetoed[id][msg.sender]) revert AlreadyVetoed(id, msg.sender);
        _approve(id, proposal);
    }

    /// @inheritdoc IIshonchCouncil
    function veto(uint256 id) external onlyMember {
        Proposal storage proposal = _existing(id);
        ProposalState state = _stateNow(proposal);
        if (state != ProposalState.Pending && state != ProposalState.Scheduled) {
            revert UnexpectedProposalState(id, state);
        }
        if (_approved[id][msg.sender]) revert AlreadyApproved(id, msg.sender);
        if (_vetoed[id][msg.sender]) revert AlreadyVetoed(id, msg.sender);
        _vetoed[id][msg.sender] = true;
        _vetoers[id].push(msg.sender);
        uint256 vetoes = vetoCount(id);
        emit ProposalVetoed(id, msg.sender, vetoes);
        if (vetoes < vetoesNeeded()) return;

        proposal.state = ProposalState.Vetoed;
        delete _proposalOfCall[keccak256(abi.encode(proposal.target, proposal.data))];
        emit ProposalCancelled(id);
        // The council scheduled the call, so it may cancel it.
        if (state == ProposalState.Scheduled) {
            accessManager.cancel(address(this), proposal.target, proposal.data);
        }
    }

    /// @inheritdoc IIshonchCouncil
    function execute(uint256 id) external {
        Proposal storage proposal = _existing(id);
        ProposalState state = _stateNow(proposal);
        if (state != ProposalState.Scheduled) revert UnexpectedProposalState(id, state);
        if (block.timestamp < proposal.executableAt) {
            revert ProposalNotReady(id, proposal.executableAt);
        }
        proposal.state = ProposalState.Executed;
        delete _proposalOfCall[keccak256(abi.encode(proposal.target, proposal.data))];
        emit ProposalExecuted(id, msg.sender);
        accessManager.execute(proposal.target, proposal.data);
    }

    /// @inheritdoc IIshonchCouncil
    function addMember(address account) external restricted {
        _addMember(account);
    }

    /// @inheritdoc IIshonchCouncil
    function removeMember(address account) external restricted {
        if (!_members.remove(account)) revert NotCouncilMember(account);
        if (threshold > _members.length()) revert InvalidThreshold(threshold, _members.length());
        emit MemberRemoved(account);
    }

    /// @inheritdoc IIshonchCouncil
    function setThreshold(uint256 newThreshold) external restricted {
        _setThreshold(newThreshold);
    }

    /// @inheritdoc IIshonchCouncil
    function members() external view returns (address[] memory) {
        return _members.values();
    }

    /// @inheritdoc IIshonchCouncil
    function isMember(address account) external view returns (bool) {
        return _members.contains(account);
    }

    /// @inheritdoc IIshonchCouncil
    function getProposal(uint256 id) external view returns (Proposal memory) {
        return _existing(id);
    }

    /// @inheritdoc IIshonchCouncil
    function stateOf(uint256 id) external view returns (ProposalState) {
        return _stateNow(_existing(id));
    }

    /// @inheritdoc IIshonchCouncil
    function hasApproved(uint256 id, address member) external view returns (bool) {
        return _approved[id][member];
    }

    /// @inheritdoc IIshonchCouncil
    function approvalCount(uint256 id) public view returns (uint256 count) {
        address[] storage approvers = _existing(id).approvers;
        for (uint256 i = 0; i < approvers.length; ++i) {
            if (_members.contains(approvers[i])) ++count;
        }
    }

    /// @inheritdoc IIshonchCouncil
    function hasVetoed(uint256 id, address member) external view returns (bool) {
        return _vetoed[id][member];
    }

    /// @inheritdoc IIshonchCouncil
    function vetoCount(uint256 id) public view returns (uint256 count) {
        _existing(id);
        address[] storage vetoers = _vetoers[id];
        for (uint256 i = 0; i < vetoers.length; ++i) {
            if (_members.contains(vetoers[i])) ++count;
        }
    }

    /// @inheritdoc IIshonchCouncil
    function vetoesNeeded() public view returns (uint256) {
        uint256 memberCount = _members.length();
        return memberCount > threshold ? memberCount - threshold : 1;
    }

    /// @dev Whether a proposal can still become a call: pending, or scheduled and not expired.
    function _isOpen(Proposal storage proposal) private view returns (bool) {
        ProposalState state = _stateNow(proposal);
        return state == ProposalState.Pending || state == ProposalState.Scheduled;
    }

    /// @dev The stored state, or Expired for a scheduled call past the access manager's
    /// expiration (which then refuses to execute or cancel it).
    function _stateNow(Proposal storage proposal) private view returns (ProposalState) {
        ProposalState state = proposal.state;
        if (
            state == ProposalState.Scheduled &&
            block.timestamp >= uint256(proposal.executableAt) + accessManager.expiration()
        ) {
            return ProposalState.Expired;
        }
        return state;
    }

    /// @dev Records the caller's approval and schedules the call when it reaches the threshold.
    function _approve(uint256 id, Proposal storage proposal) private {
        _approved[id][msg.sender] = true;
        proposal.approvers.push(msg.sender);
        uint256 approvals = approvalCount(id);
        emit ProposalApproved(id, msg.sender, approvals);
        if (approvals < threshold) return;

        proposal.state = ProposalState.Scheduled;
        (bytes32 operationId, ) = accessManager.schedule(proposal.target, proposal.data, 0);
        uint48 executableAt = accessManager.getSchedule(operationId);
        proposal.executableAt = executableAt;
        emit ProposalScheduled(id, operationId, executableAt);
    }

    /// @dev The access manager does not report its own functions through canCall; the
    /// council's ADMIN_ROLE, held with a delay, governs those, and scheduling checks them.
    function _requireDelayedPermission(address target, bytes4 selector) private view {
        if (target == address(accessManager)) return;
        (, uint32 delay) = accessManager.canCall(address(this), target, selector);
        if (delay == 0) revert CallWithoutDelay(target, selector);
    }

    function _addMember(address account) private {
        if (account == address(0)) revert ZeroMember();
        if (!_members.add(account)) revert AlreadyCouncilMember(account);
        if (_members.length() > MAX_MEMBERS) revert TooManyMembers(_members.length());
        emit MemberAdded(account);
    }

    function _setThreshold(uint256 newThreshold) private {
        if (newThreshold == 0 || newThreshold > _members.length()) {
            revert InvalidThreshold(newThreshold, _members.length());
        }
        threshold = newThreshold;
        emit ThresholdChanged(newThreshold);
    }

    /// @dev The stored proposal; reverts for an unknown id.
    function _existing(uint256 id) private view returns (Proposal storage proposal) {
        proposal = _proposals[id];
        if (proposal.state == ProposalState.None) revert UnknownProposal(id);
    }
}
