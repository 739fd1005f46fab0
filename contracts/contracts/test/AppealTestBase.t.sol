// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IshonchAccessManager} from "../access/IshonchAccessManager.sol";
import {IOrganizationRegistry} from "../organizations/IOrganizationRegistry.sol";
import {OrganizationRegistry} from "../organizations/OrganizationRegistry.sol";
import {ICitizenAppeals} from "../appeals/ICitizenAppeals.sol";
import {CitizenAppeals} from "../appeals/CitizenAppeals.sol";
import {appealVm} from "./AppealVm.t.sol";

/**
 * @title AppealTestBase
 * @notice The appeals contract wired as the Ignition module wires it (RELAYER holds the
 * relayer role), and three organizations: a ministry (1) above two agencies (2, 3), each with
 * a head (OrganizationAdmin) and an AppealsOfficer. The citizen's key is CITIZEN_KEY.
 */
abstract contract AppealTestBase {
    address internal constant REGISTRAR = address(0x5E61);
    address internal constant RELAYER = address(0x8E1A);
    address internal constant STRANGER = address(0x5757);
    uint256 internal constant CITIZEN_KEY = 0xC171_2E4;
    uint256 internal constant IMPOSTOR_KEY = 0xBAD;

    uint32 internal constant MINISTRY = 1;
    uint32 internal constant AGENCY_A = 2;
    uint32 internal constant AGENCY_B = 3;

    IshonchAccessManager internal manager;
    OrganizationRegistry internal registry;
    CitizenAppeals internal appeals;

    mapping(uint32 orgId => address) internal officerOf;
    mapping(uint32 orgId => address) internal headOf;

    /// @notice Fresh contracts before every test and every fuzz run.
    function setUp() public virtual {
        manager = new IshonchAccessManager(address(this));
        registry = new OrganizationRegistry(address(manager));
        appeals = new CitizenAppeals(address(manager), registry);
        uint64 registrarRole = manager.REGISTRAR_ROLE();
        manager.setTargetFunctionRole(
            address(registry),
            registry.registrarSelectors(),
            registrarRole
        );
        manager.grantRole(registrarRole, REGISTRAR, 0);
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
        appealVm.prank(RELAYER);
        return appeals.fileAppeal(agencyId, appealType, content, appealVm.addr(CITIZEN_KEY));
    }

    /// @dev `key`'s signature of a rating.
    function _signRating(
        uint256 key,
        uint64 id,
        uint8 rating,
        uint256 validUntil
    ) internal view returns (bytes memory) {
        return _sign(key, appeals.rateAnswerDigest(id, rating, validUntil));
    }

    /// @dev `key`'s signature of an escalation.
    function _signEscalation(
        uint256 key,
        uint64 id,
        bytes32 complaint,
        uint256 validUntil
    ) internal view returns (bytes memory) {
        return _sign(key, appeals.escalateDigest(id, complaint, validUntil));
    }

    function _sign(uint256 key, bytes32 digest) private pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = appealVm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _organization(uint32 parentId, address head, address officer) private {
        appealVm.prank(REGISTRAR);
        uint32 id = registry.registerOrganization(
            parentId == 0
                ? IOrganizationRegistry.OrganizationType.Ministry
                : IOrganizationRegistry.OrganizationType.Agency,
            IOrganizationRegistry.Region.TashkentCity,
            parentId,
            "Idora"
        );
        appealVm.prank(REGISTRAR);
        registry.grantOrganizationAdmin(id, head);
        appealVm.prank(head);
        registry.grantStaffRole(id, IOrganizationRegistry.StaffRole.AppealsOfficer, officer);
        headOf[id] = head;
        officerOf[id] = officer;
    }
}
