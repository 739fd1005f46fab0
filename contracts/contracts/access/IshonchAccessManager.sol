// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManager} from "@openzeppelin/contracts/access/manager/AccessManager.sol";
import {IshonchRoles} from "./IshonchRoles.sol";

/**
 * @title IshonchAccessManager
 * @notice The one access layer of Ishonch. Every privileged function of every service
 * contract is `restricted` and checked here, so that who may call it (one ministry key
 * today, an M-of-N council of agencies with a public delay tomorrow) changes by
 * re-assigning roles in this contract, never by changing a service contract.
 * @dev Role ids are constants here so that deployment scripts and the SDK read them from
 * the chain instead of repeating numbers.
 */
contract IshonchAccessManager is AccessManager {
    /// @notice Accredits and suspends organizations and appoints their administrators.
    uint64 public constant REGISTRAR_ROLE = IshonchRoles.REGISTRAR;

    /// @param initialAdmin Holder of AccessManager's ADMIN_ROLE (the deployer locally,
    /// the council of agencies in production).
    constructor(address initialAdmin) AccessManager(initialAdmin) {}
}
