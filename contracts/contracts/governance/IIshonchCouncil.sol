// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
import {IAccessManager} from "@openzeppelin/contracts/access/manager/IAccessManager.sol";

/**
 * @title IIshonchCouncil
 * @notice The council of agencies in front of the access manager: no single key accredits an
 * organization, appoints its administrators, changes a parameter or upgrades a contract.
 * Any member proposes a call; once `threshold` members approve it, the council schedules it
 * on the access manager, which enforces the public execution delay it holds for the
 * council's roles; after that delay anyone executes it. During that delay the members who
 * did not approve can cancel it by vetoing (see `vetoesNeeded`). Every step is an event.
 */
interface IIshonchCouncil is IAccessManaged {
    /// @notice Where a proposal stands. Pending collects approvals; Scheduled waits out the
    /// access manager's delay; Executed, Vetoed and Expired are final. Expired is never
    /// stored: `stateOf` reports it for a scheduled proposal that nobody executed before the
    /// access manager's expiration, after which it can never run.
    enum ProposalState {
        None,
        Pending,
        Scheduled,
        Executed,
        Vetoed,
        Expired
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
    /// @notice `member` vetoed proposal `id`, which now has `vetoes` vetoes of members.
    event ProposalVetoed(uint256 indexed id, address indexed member, uint256 vetoes);
    /// @notice Proposal `id` collected enough vetoes: it is cancelled (and its scheduled call
    /// on the access manager with it) and can never be executed.
    event ProposalCancelled(uint256 indexed id);
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
    /// @notice `member` already vetoed proposal `id`.
    error AlreadyVetoed(uint256 id, address member);
    /// @notice The same call (target and data) is already proposed as `id` and still open
    /// (pending, or scheduled and not expired): approve or veto that one.
    error DuplicateProposal(uint256 id);
    /// @notice Proposal `id` may be executed only from `executableAt`.
    error ProposalNotReady(uint256 id, uint48 executableAt);
    /// @notice The call data holds no function selector.
    error MissingSelector();
    /// @notice The council has no delayed permission for `selector` on `target`: the call
    /// would either be refused or skip the public delay, so it is not proposed.
    error CallWithoutDelay(address target, bytes4 selector);

    /// @notice The access manager on which approved calls are scheduled and executed.
    /// @return The access manager.
    function accessManager() external view returns (IAccessManager);

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
    ) external returns (uint256 id);

    /**
     * @notice Approves a pending proposal. The approval that reaches the threshold schedules
     * the call on the access manager.
     * @param id The proposal.
     */
    function approve(uint256 id) external;

    /**
     * @notice Executes a scheduled proposal once its delay is over. Anyone may call it: the
     * decision was the council's, the timing is the access manager's.
     * @param id The proposal.
     */
    function execute(uint256 id) external;

    /**
     * @notice Vetoes a pending or scheduled proposal. When the vetoes of current members
     * reach `vetoesNeeded`, the proposal is cancelled, with its scheduled call on the access
     * manager, and can never be executed. A member who approved cannot veto (nor the reverse).
     * @param id The proposal.
     */
    function veto(uint256 id) external;

    /**
     * @notice Adds a member. Only through a council proposal (or whoever else holds the
     * access manager's permission for this function).
     * @param account The agency's account.
     */
    function addMember(address account) external;

    /**
     * @notice Removes a member; the threshold must stay reachable by those who remain.
     * Approvals the member already gave stop counting.
     * @param account The member's account.
     */
    function removeMember(address account) external;

    /// @notice Approvals needed before a proposal is scheduled.
    /// @return The number of approvals.
    function threshold() external view returns (uint256);

    /**
     * @notice Changes the number of approvals a proposal needs.
     * @param newThreshold 1 to the number of members.
     */
    function setThreshold(uint256 newThreshold) external;

    /// @notice The council's members.
    /// @return The members' accounts, in no particular order.
    function members() external view returns (address[] memory);

    /// @notice Whether `account` is a member of the council.
    /// @param account Any account.
    /// @return True for a member.
    function isMember(address account) external view returns (bool);

    /// @notice Number of proposals ever made; ids run from 1 to this number.
    /// @return The number of proposals.
    function proposalCount() external view returns (uint256);

    /// @notice A proposal as it stands.
    /// @param id The proposal; reverts with UnknownProposal if it does not exist.
    /// @return The target, state, proposer, execution time (0 until scheduled), description
    /// hash, call data, and every member who approved it (including since-removed members).
    function getProposal(uint256 id) external view returns (Proposal memory);

    /// @notice Where proposal `id` stands now: its stored state, or Expired once a scheduled
    /// call has passed the access manager's expiration unexecuted.
    /// @param id The proposal; reverts with UnknownProposal if it does not exist.
    /// @return The state now.
    function stateOf(uint256 id) external view returns (ProposalState);

    /// @notice Whether `member` approved proposal `id`.
    /// @param id The proposal.
    /// @param member Any account.
    /// @return True if `member` approved it.
    function hasApproved(uint256 id, address member) external view returns (bool);

    /// @notice Approvals of proposal `id` that count: those of current members.
    /// @param id The proposal.
    /// @return count The number of approving accounts that are members now.
    function approvalCount(uint256 id) external view returns (uint256 count);

    /// @notice Whether `member` vetoed proposal `id`.
    /// @param id The proposal.
    /// @param member Any account.
    /// @return True if `member` vetoed it.
    function hasVetoed(uint256 id, address member) external view returns (bool);

    /// @notice Vetoes of proposal `id` that count: those of current members.
    /// @param id The proposal.
    /// @return count The number of vetoing accounts that are members now.
    function vetoCount(uint256 id) external view returns (uint256 count);

    /// @notice Vetoes that cancel a proposal: the number of members minus the threshold, and at
    /// least one. Those are the members a quorum of exactly `threshold` leaves out, so all of
    /// them together can stop a captured quorum, while (with two or more of them) no single
    /// member can block what the council decided; the wider the support, the fewer members
    /// are left who could veto.
    /// @return The number of vetoes.
    function vetoesNeeded() external view returns (uint256);
}
