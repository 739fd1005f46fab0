// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {IAccessManager} from "@openzeppelin/contracts/access/manager/IAccessManager.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/**
 * @title IshonchCouncil
 * @notice The council of agencies in front of the access manager: no single key accredits an
 * organization, appoints its administrators, changes a parameter or upgrades a contract.
 * Any member proposes a call; once `threshold` members approve it, the council schedules it
 * on the access manager, which enforces the public execution delay it holds for the
 * council's roles; after that delay anyone executes it. A member vetoes by not approving.
 * Every step is an event.
 * @dev The council holds its roles (ADMIN, REGISTRAR, ...) on the access manager WITH an
 * execution delay, so the delay is the access manager's rule, readable on chain, and not
 * this contract's. Membership and threshold are `restricted` by that same access manager
 * (ADMIN_ROLE by default), so they change only through a council proposal that waits out the
 * delay like any other.
 */
contract IshonchCouncil is AccessManaged {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Where a proposal stands. Pending collects approvals; Scheduled waits out the
    /// access manager's delay; Executed is final.
    enum ProposalState {
        None,
        Pending,
        Scheduled,
        Executed
    }

    /// @notice A proposed call and its progress.
    struct Proposal {
        address target;
        ProposalState state;
        address proposer;
        uint48 executableAt;
        bytes32 descriptionHash;
        bytes data;
        address[] approvers;
    }

    /// @notice Most members a council may have, so that counting approvals stays cheap.
    uint256 public constant MAX_MEMBERS = 32;

    /// @notice The access manager on which approved calls are scheduled and executed.
    IAccessManager public immutable accessManager;

    /// @notice Approvals needed before a proposal is scheduled.
    uint256 public threshold;

    /// @notice Number of proposals ever made; ids run from 1 to this number.
    uint256 public proposalCount;

    EnumerableSet.AddressSet private _members;
    mapping(uint256 id => Proposal) private _proposals;
    mapping(uint256 id => mapping(address member => bool)) private _approved;

    /// @notice `proposer` proposed calling `target` with `data`; the text the members read is
    /// published off chain and committed to by `descriptionHash`.
    event ProposalCreated(
        uint256 indexed id,
        address indexed proposer,
        address indexed target,
        bytes data,
        bytes32 descriptionHash
    );
    /// @notice `member` approved proposal `id`, which now has `approvals` approvals of members.
    event ProposalApproved(uint256 indexed id, address indexed member, uint256 approvals);
    /// @notice Proposal `id` reached the threshold and was scheduled on the access manager as
    /// `operationId`; anyone may execute it from `executableAt` (a Unix time).
    event ProposalScheduled(uint256 indexed id, bytes32 indexed operationId, uint48 executableAt);
    /// @notice Proposal `id` was executed by `executor`.
    event ProposalExecuted(uint256 indexed id, address indexed executor);
    /// @notice `account` joined the council.
    event MemberAdded(address indexed account);
    /// @notice `account` left the council.
    event MemberRemoved(address indexed account);
    /// @notice The council now needs `threshold` approvals.
    event ThresholdChanged(uint256 threshold);

    /// @notice `account` is not a member of the council.
    error NotCouncilMember(address account);
    /// @notice `account` is already a member of the council.
    error AlreadyCouncilMember(address account);
    /// @notice The zero address cannot be a member.
    error ZeroMember();
    /// @notice The council would have `count` members, more than MAX_MEMBERS.
    error TooManyMembers(uint256 count);
    /// @notice `threshold` approvals cannot be asked of `memberCount` members (it must be 1 to
    /// the number of members).
    error InvalidThreshold(uint256 threshold, uint256 memberCount);
    /// @notice No proposal has id `id`.
    error UnknownProposal(uint256 id);
    /// @notice Proposal `id` is in state `state`, not the one this step needs.
    error UnexpectedProposalState(uint256 id, ProposalState state);
    /// @notice `member` already approved proposal `id`.
    error AlreadyApproved(uint256 id, address member);
    /// @notice Proposal `id` may be executed only from `executableAt`.
    error ProposalNotReady(uint256 id, uint48 executableAt);
    /// @notice The call data holds no function selector.
    error MissingSelector();
    /// @notice The council has no delayed permission for `selector` on `target`: the call
    /// would either be refused or skip the public delay, so it is not proposed.
    error CallWithoutDelay(address target, bytes4 selector);

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

    /**
     * @notice Proposes a call, and approves it as the proposer's first approval.
     * @param target The contract to call (a service contract, or the access manager itself).
     * @param data The call data, starting with the function selector.
     * @param descriptionHash keccak256 of the proposal's published text.
     * @return id The new proposal's id.
     */
    function propose(
        address target,
        bytes calldata data,
        bytes32 descriptionHash
    ) external onlyMember returns (uint256 id) {
        if (data.length < 4) revert MissingSelector();
        _requireDelayedPermission(target, bytes4(data[0:4]));
        id = ++proposalCount;
        Proposal storage proposal = _proposals[id];
        proposal.target = target;
        proposal.state = ProposalState.Pending;
        proposal.proposer = msg.sender;
        proposal.descriptionHash = descriptionHash;
        proposal.data = data;
        emit ProposalCreated(id, msg.sender, target, data, descriptionHash);
        _approve(id, proposal);
    }

    /**
     * @notice Approves a pending proposal. The approval that reaches the threshold schedules
     * the call on the access manager.
     * @param id The proposal.
     */
    function approve(uint256 id) external onlyMember {
        Proposal storage proposal = _existing(id);
        if (proposal.state != ProposalState.Pending) {
            revert UnexpectedProposalState(id, proposal.state);
        }
        if (_approved[id][msg.sender]) revert AlreadyApproved(id, msg.sender);
        _approve(id, proposal);
    }

    /**
     * @notice Executes a scheduled proposal once its delay is over. Anyone may call it: the
     * decision was the council's, the timing is the access manager's.
     * @param id The proposal.
     */
    function execute(uint256 id) external {
        Proposal storage proposal = _existing(id);
        if (proposal.state != ProposalState.Scheduled) {
            revert UnexpectedProposalState(id, proposal.state);
        }
        if (block.timestamp < proposal.executableAt) {
            revert ProposalNotReady(id, proposal.executableAt);
        }
        proposal.state = ProposalState.Executed;
        emit ProposalExecuted(id, msg.sender);
        accessManager.execute(proposal.target, proposal.data);
    }

    /**
     * @notice Adds a member. Only through a council proposal (or whoever else holds the
     * access manager's permission for this function).
     * @param account The agency's account.
     */
    function addMember(address account) external restricted {
        _addMember(account);
    }

    /**
     * @notice Removes a member; the threshold must stay reachable by those who remain.
     * Approvals the member already gave stop counting.
     * @param account The member's account.
     */
    function removeMember(address account) external restricted {
        if (!_members.remove(account)) revert NotCouncilMember(account);
        if (threshold > _members.length()) revert InvalidThreshold(threshold, _members.length());
        emit MemberRemoved(account);
    }

    /**
     * @notice Changes the number of approvals a proposal needs.
     * @param newThreshold 1 to the number of members.
     */
    function setThreshold(uint256 newThreshold) external restricted {
        _setThreshold(newThreshold);
    }

    /// @notice The council's members.
    /// @return The members' accounts, in no particular order.
    function members() external view returns (address[] memory) {
        return _members.values();
    }

    /// @notice Whether `account` is a member of the council.
    /// @param account Any account.
    /// @return True for a member.
    function isMember(address account) external view returns (bool) {
        return _members.contains(account);
    }

    /// @notice A proposal as it stands.
    /// @param id The proposal; reverts with UnknownProposal if it does not exist.
    /// @return The target, state, proposer, execution time (0 until scheduled), description
    /// hash, call data, and every member who approved it (including since-removed members).
    function getProposal(uint256 id) external view returns (Proposal memory) {
        return _existing(id);
    }

    /// @notice Whether `member` approved proposal `id`.
    /// @param id The proposal.
    /// @param member Any account.
    /// @return True if `member` approved it.
    function hasApproved(uint256 id, address member) external view returns (bool) {
        return _approved[id][member];
    }

    /// @notice Approvals of proposal `id` that count: those of current members.
    /// @param id The proposal.
    /// @return count The number of approving accounts that are members now.
    function approvalCount(uint256 id) public view returns (uint256 count) {
        address[] storage approvers = _existing(id).approvers;
        for (uint256 i = 0; i < approvers.length; ++i) {
            if (_members.contains(approvers[i])) ++count;
        }
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
