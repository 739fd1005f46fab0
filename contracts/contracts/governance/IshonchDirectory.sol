// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";

/**
 * @title IshonchDirectory
 * @notice The platform's address book: for each service, the contract that is current and
 * every contract that ever was. The contracts themselves are not upgradeable (no proxies):
 * upgrading a service means deploying its new version and re-pointing this directory, which
 * only the council of agencies may do, with M approvals and the public delay. Apps and
 * independent checkers read the current address here; verifiers of old documents (a
 * diploma names the registry that issued it) ask whether that address was ever a version.
 * @dev `setServiceContract` is `restricted` and left on the access manager's default
 * (ADMIN_ROLE): the deployer registers the first versions while wiring, and after the
 * hand-over only the council, which holds ADMIN_ROLE with its execution delay, can.
 * Service ids are short names as bytes32 (e.g. bytes32("CertificateRegistry")), readable in
 * events without a list of ids.
 */
contract IshonchDirectory is AccessManaged {
    /// @notice One version of a service: its contract and when it became current.
    struct Version {
        address contractAddress;
        uint64 sinceBlock;
        uint48 sinceTime;
    }

    bytes32[] private _services;
    mapping(bytes32 service => Version[]) private _versions;
    mapping(bytes32 service => mapping(address contractAddress => bool)) private _wasVersion;

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

    /// @param manager The access manager that decides who may change the directory.
    constructor(address manager) AccessManaged(manager) {}

    /**
     * @notice Makes `newContract` the current contract of `service`, keeping every earlier
     * version in the history. Registers the service on its first call. Only the access
     * manager's ADMIN_ROLE by default: in production, the council after its public delay.
     * @param service The service's id, a short name as bytes32.
     * @param newContract The deployed contract of the new version.
     */
    function setServiceContract(bytes32 service, address newContract) external restricted {
        if (newContract == address(0)) revert ZeroServiceContract(service);
        if (newContract.code.length == 0) revert NoContractCode(service, newContract);
        Version[] storage versions = _versions[service];
        uint256 count = versions.length;
        address previous = count == 0 ? address(0) : versions[count - 1].contractAddress;
        if (previous == newContract) revert AlreadyCurrentContract(service, newContract);
        if (count == 0) _services.push(service);
        versions.push(Version(newContract, uint64(block.number), uint48(block.timestamp)));
        _wasVersion[service][newContract] = true;
        emit ServiceContractSet(service, previous, newContract, count + 1);
    }

    /// @notice The contract a service runs on now.
    /// @param service The service's id; reverts with UnknownService if never registered.
    /// @return The current contract's address.
    function currentContract(bytes32 service) external view returns (address) {
        Version[] storage versions = _versions[service];
        if (versions.length == 0) revert UnknownService(service);
        return versions[versions.length - 1].contractAddress;
    }

    /// @notice Every service ever registered, in the order of registration.
    /// @return The services' ids.
    function services() external view returns (bytes32[] memory) {
        return _services;
    }

    /// @notice How many versions a service has had (0 if never registered).
    /// @param service The service's id.
    /// @return The number of versions, the current one included.
    function versionCount(bytes32 service) external view returns (uint256) {
        return _versions[service].length;
    }

    /// @notice One version of a service; the next version's `sinceTime` is when it ended.
    /// @param service The service's id.
    /// @param index From 0 (the first version) to versionCount - 1 (the current one).
    /// @return The version's contract and since when (block, Unix time) it was current.
    function versionAt(bytes32 service, uint256 index) external view returns (Version memory) {
        Version[] storage versions = _versions[service];
        if (index >= versions.length) revert VersionOutOfRange(service, index, versions.length);
        return versions[index];
    }

    /// @notice Whether `account` is or ever was a version of `service`: what a verifier asks
    /// of the registry named in an old document.
    /// @param service The service's id.
    /// @param account Any address.
    /// @return True if the directory ever listed it for that service.
    function wasVersionOf(bytes32 service, address account) external view returns (bool) {
        return _wasVersion[service][account];
    }
}
