// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IIshonchCouncil} from "../governance/IIshonchCouncil.sol";
import {IshonchCouncil} from "../governance/IshonchCouncil.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @notice Over every set of approvals of a 3-of-5 council, and every wait: accrediting an
 * organization executes exactly when at least three members approved and the access
 * manager's delay is over, and never otherwise. The council alone holds the registrar and
 * admin roles, as after the production hand-over.
 */
contract CouncilApprovalsTest is RegistryTestBase {
    uint32 private constant DELAY = 1 hours;
    uint256 private constant THRESHOLD = 3;
    uint256 private constant MEMBER_COUNT = 5;
    address private constant EXECUTOR = address(0xE1EC);

    IshonchCouncil private council;
    address[] private councilMembers;

    /// @notice The registry wired as deployed, then handed over to a 3-of-5 council.
    function setUp() public override {
        super.setUp();
        for (uint256 i = 0; i < MEMBER_COUNT; ++i) {
            councilMembers.push(address(uint160(0xC0C0 + i)));
        }
        council = new IshonchCouncil(address(manager), councilMembers, THRESHOLD);
        manager.grantRole(manager.REGISTRAR_ROLE(), address(council), DELAY);
        manager.grantRole(manager.ADMIN_ROLE(), address(council), DELAY);
        manager.revokeRole(manager.REGISTRAR_ROLE(), REGISTRAR);
        manager.renounceRole(manager.ADMIN_ROLE(), address(this));
    }

    /// @notice Member 0 proposes (its approval counts); the members in `approvalMask` (bits
    /// 1-4) approve; after `wait` seconds anyone tries to execute.
    function testFuzz_ExecutesOnlyWithThresholdAfterDelay(
        uint8 approvalMask,
        uint32 wait
    ) external {
        wait = uint32(_bound(wait, 0, 2 * DELAY));
        vm.prank(councilMembers[0]);
        uint256 id = council.propose(
            address(registry),
            abi.encodeCall(
                registry.registerOrganization,
                (
                    IOrganizationRegistry.OrganizationType.University,
                    IOrganizationRegistry.Region.Navoiy,
                    0,
                    "Navoiy davlat universiteti"
                )
            ),
            keccak256("accredit")
        );
        uint256 approvals = 1;
        for (uint256 i = 1; i < MEMBER_COUNT; ++i) {
            // Approvals after the threshold find the proposal scheduled and are refused.
            if (approvalMask & (1 << i) == 0 || approvals >= THRESHOLD) continue;
            vm.prank(councilMembers[i]);
            council.approve(id);
            ++approvals;
        }
        bool scheduled = approvals >= THRESHOLD;
        require(
            council.getProposal(id).state ==
                (
                    scheduled
                        ? IIshonchCouncil.ProposalState.Scheduled
                        : IIshonchCouncil.ProposalState.Pending
                ),
            "state does not follow the approvals"
        );

        vm.warp(block.timestamp + wait);
        vm.prank(EXECUTOR);
        (bool executed, ) = address(council).call(abi.encodeCall(council.execute, (id)));
        require(executed == (scheduled && wait >= DELAY), "executed against the rules");
        require(registry.organizationCount() == (executed ? 1 : 0), "registry disagrees");
    }

    /// @notice No single account, member or not, registers directly after the hand-over.
    function testFuzz_NoSingleKeyRegisters(address caller) external {
        vm.prank(caller);
        (bool ok, ) = address(registry).call(
            abi.encodeCall(
                registry.registerOrganization,
                (
                    IOrganizationRegistry.OrganizationType.School,
                    IOrganizationRegistry.Region.Bukhara,
                    0,
                    "Maktab"
                )
            )
        );
        require(!ok && registry.organizationCount() == 0, "a single key registered");
    }
}
