// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title IshonchRoles
 * @notice Every access-manager role id of the platform, in one place, so that no two
 * services pick the same number. Ids 0 (ADMIN) and type(uint64).max (PUBLIC) belong to
 * OpenZeppelin's AccessManager.
 */
library IshonchRoles {
    /// @notice Accredits and suspends organizations and appoints their administrators.
    uint64 internal constant REGISTRAR = 1;
    /// @notice Sets the kindergarten queue's age groups, priority categories and offer period.
    uint64 internal constant QUEUE_SETTINGS = 20;
    /// @notice The platform's relayers that file citizens' appeals.
    uint64 internal constant APPEALS_RELAYER = 30;
}
