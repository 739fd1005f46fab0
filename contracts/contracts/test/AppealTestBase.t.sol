// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {ICitizenAppeals} from "../appeals/ICitizenAppeals.sol";
import {CitizenAppeals} from "../appeals/CitizenAppeals.sol";
import {RegistryTestBase} from "./RegistryTestBase.t.sol";
import {vm} from "./Vm.t.sol";

/**
 * @title AppealTestBase
 * @notice The appeals contract wired as the Ignition module wires it (RELAYER holds the
 * relayer role), and three organizations: a ministry (1) above two agencies (2, 3), each with
 * a head (OrganizationAdmin) and an AppealsOfficer. The citizen's key is CITIZEN_KEY.
 */
abstract contract AppealTestBase is RegistryTestBase {
    address internal constant RELAYER = address(0x8E1A);
    address internal constant STRANGER = address(0x5757);
    uint256 internal constant CITIZEN_KEY = 0xC171_2E4;
    uint256 internal constant IMPOSTOR_KEY = 0xBAD;

    uint32 internal constant MINISTRY = 1;
    uint32 internal constant AGENCY_A = 2;
    uint32 internal constant AGENCY_B = 3;

    CitizenAppeals internal appeals;

    mapping(uint32 orgId => address) internal officerOf;
    mapping(uint32 orgId => address) internal headOf;

    /// @notice Fresh contracts before every test and every fuzz run.
    function setUp() public virtual override {
        super.setUp();
        appeals = new CitizenAppeals(address(manager), registry);
        uint64 relayerRole = appeals.APPEALS_RELAYER_ROLE();
        manager.setTargetFunctionRole(address(appeals), appeals.relayerSelectors(), relayerRole);
        manager.grantRole(relayerRole, RELAYER, 0);

        _organization(0, address(0x4D01), address(0x4D0F)); // the ministry
        _organization(MINISTRY, address(0xA001), address(0xA00F));
        _organization(MINISTRY, address(0xB001), address(0xB00F));
    }

    /// @dev Files an appeal of `appealType` at `agencyId` through the relayer.
    function _file(
        uint32 agencyId,
        ICitizenAppeals.AppealType appealType,
        bytes32 content
    ) internal returns (uint64) {
        vm.prank(RELAYER);
        return appeals.fileAppeal(agencyId, appealType, content, vm.addr(CITIZEN_KEY));
    }

    function _organization(uint32 parentId, address head, address officer) private {
        uint32 id = _registerOrganization(
            parentId == 0
                ? IOrganizationRegistry.OrganizationType.Ministry
                : IOrganizationRegistry.OrganizationType.Agency,
            IOrganizationRegistry.Region.TashkentCity,
            parentId,
            "Idora"
        );
        _appointStaff(id, head, IOrganizationRegistry.StaffRole.AppealsOfficer, officer);
        headOf[id] = head;
        officerOf[id] = officer;
    }
}
