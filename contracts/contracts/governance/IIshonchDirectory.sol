// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessManaged} from "@openzeppelin/contracts/access/manager/IAccessManaged.sol";
/**
 * @title IIshonchDirectory
 * @notice The platform's address book: for each service, the contract that is current and
 * every contract that ever was. Upgrading a service means deploying its new version and
 * re-pointing the directory, which only the council of agencies may do. Apps and independent
 * checkers read the current address here; verifiers of old documents (a diploma names the
 * registry that issued it) ask whether that address was ever a version. Service ids are short
 * names as bytes32 (e.g. bytes32("CertificateRegistry")), readable in events without a list.
 */
interface IIshonchDirectory is IAccessManaged {
    /// @notice One version of a service: its contract and when it became current.
    struct Version {
        address contractAddress;
        uint64 sinceBlock;
        uint48 sinceTime;
    }

    /// @notice `service` now runs on `current` (its version number `version`, from 1);
    /// `previous` is the contract it replaced, or zero for the first version.
    event ServiceContractSet(
        bytes32 indexed service,
        address indexed previous,
        address indexed current,
        uint256 version
    );

    /// @notice A service cannot point to the zero address.
    error ZeroServiceContract(bytes32 service);
    /// @notice `account` holds no contract code, so it cannot be a version of a service.
    error NoContractCode(bytes32 service, address account);
    /// @notice `account` already is the current contract of `service`.
    error AlreadyCurrentContract(bytes32 service, address account);
    /// @notice No contract was ever registered for `service`.
    error UnknownService(bytes32 service);
    /// @notice `service` has `count` versions; there is no version at `index`.
    error VersionOutOfRange(bytes32 service, uint256 index, uint256 count);

    /**
     * @notice Makes `newContract` the current contract of `service`, keeping every earlier
     * version in the history. Registers the service on its first call. Only the access
     * manager's ADMIN_ROLE by default: in production, the council after its public delay.
     * @param service The service's id, a short name as bytes32.
     * @param newContract The deployed contract of the new version.
     */
    function setServiceContract(bytes32 service, address newContract) external;

    /// @notice The contract a service runs on now.
    /// @param service The service's id; reverts with UnknownService if never registered.
    /// @return The current contract's address.
    function currentContract(bytes32 service) external view returns (address);

    /// @notice Every service ever registered, in the order of registration.
    /// @return The services' ids.
    function services() external view returns (bytes32[] memory);

    /// @notice How many versions a service has had (0 if never registered).
    /// @param service The service's id.
    /// @return The number of versions, the current one included.
    function versionCount(bytes32 service) external view returns (uint256);

    /// @notice One version of a service; the next version's `sinceTime` is when it ended.
    /// @param service The service's id.
    /// @param index From 0 (the first version) to versionCount - 1 (the current one).
    /// @return The version's contract and since when (block, Unix time) it was current.
    function versionAt(bytes32 service, uint256 index) external view returns (Version memory);

    /// @notice Whether `account` is or ever was a version of `service`: what a verifier asks
    /// of the registry named in an old document.
    /// @param service The service's id.
    /// @param account Any address.
    /// @return True if the directory ever listed it for that service.
    function wasVersionOf(bytes32 service, address account) external view returns (bool);
}
