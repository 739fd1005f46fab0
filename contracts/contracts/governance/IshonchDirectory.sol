// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessManaged} from "@openzeppelin/contracts/access/manager/AccessManaged.sol";
import {IIshonchDirectory} from "./IIshonchDirectory.sol";

/**
 * @title IshonchDirectory
 * @notice The platform's address book of services (see IIshonchDirectory). The contracts
 * themselves are not upgradeable (no proxies): a new version is a new contract, and re-pointing
 * this directory to it takes the council's M approvals and the public delay.
 * @dev `setServiceContract` is `restricted` and left on the access manager's default
 * (ADMIN_ROLE): the deployer registers the first versions while wiring, and after the
 * hand-over only the council, which holds ADMIN_ROLE with its execution delay, can.
 */
contract IshonchDirectory is IIshonchDirectory, AccessManaged {
    bytes32[] private _services;
    mapping(bytes32 service => Version[]) private _versions;
    mapping(bytes32 service => mapping(address contractAddress => bool)) private _wasVersion;

    /// @param manager The access manager that decides who may change the directory.
    constructor(address manager) AccessManaged(manager) {}

    /// @inheritdoc IIshonchDirectory
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

    /// @inheritdoc IIshonchDirectory
    function currentContract(bytes32 service) external view returns (address) {
        Version[] storage versions = _versions[service];
        if (versions.length == 0) revert UnknownService(service);
        return versions[versions.length - 1].contractAddress;
    }

    /// @inheritdoc IIshonchDirectory
    function services() external view returns (bytes32[] memory) {
        return _services;
    }

    /// @inheritdoc IIshonchDirectory
    function versionCount(bytes32 service) external view returns (uint256) {
        return _versions[service].length;
    }

    /// @inheritdoc IIshonchDirectory
    function versionAt(bytes32 service, uint256 index) external view returns (Version memory) {
        Version[] storage versions = _versions[service];
        if (index >= versions.length) revert VersionOutOfRange(service, index, versions.length);
        return versions[index];
    }

    /// @inheritdoc IIshonchDirectory
    function wasVersionOf(bytes32 service, address account) external view returns (bool) {
        return _wasVersion[service][account];
    }
}
