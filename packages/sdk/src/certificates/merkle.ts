// A batch of diplomas as a Merkle tree in OpenZeppelin's StandardMerkleTree convention for
// leaves (uint32 orgId, bytes32 certificateHash): double-hashed leaves, sorted by value, a
// complete binary tree in an array, sorted pairs. The registry's `leafOf` and OpenZeppelin's
// MerkleProof check exactly this (the tests compare it with @openzeppelin/merkle-tree).
import { concat, keccak256, toBeHex } from "ethers";
import { InvalidArgumentError } from "../error-base.ts";

/** The contract's `leafOf(orgId, certificateHash)`; also the root of a batch of one. */
export function diplomaLeaf(orgId: number, certificateHash: string): string {
  // abi.encode(uint32, bytes32) is the id left-padded to 32 bytes followed by the hash.
  return keccak256(keccak256(concat([toBeHex(orgId, 32), certificateHash])));
}

function hashPair(a: string, b: string): string {
  return keccak256(a < b ? concat([a, b]) : concat([b, a]));
}

export class DiplomaTree {
  readonly root: string;
  private readonly nodes: string[];
  private readonly positions = new Map<string, number>();

  constructor(
    readonly orgId: number,
    certificateHashes: readonly string[],
  ) {
    if (certificateHashes.length === 0)
      throw new InvalidArgumentError("a batch needs at least one diploma");
    const leaves = certificateHashes
      .map((hash) => diplomaLeaf(orgId, hash.toLowerCase()))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Node i has children 2i+1 and 2i+2; leaves fill the end of the array in reverse order.
    this.nodes = new Array<string>(2 * leaves.length - 1);
    leaves.forEach((leaf, i) => {
      const position = this.nodes.length - 1 - i;
      this.nodes[position] = leaf;
      this.positions.set(leaf, position);
    });
    for (let i = this.nodes.length - 1 - leaves.length; i >= 0; i--) {
      this.nodes[i] = hashPair(this.nodes[2 * i + 1]!, this.nodes[2 * i + 2]!);
    }
    this.root = this.nodes[0]!;
  }

  /** The proof of one certificate, from its leaf up (empty for a batch of one). */
  proof(certificateHash: string): string[] {
    let position = this.positions.get(diplomaLeaf(this.orgId, certificateHash.toLowerCase()));
    if (position === undefined)
      throw new InvalidArgumentError(`not in this batch: ${certificateHash}`);
    const proof: string[] = [];
    while (position > 0) {
      proof.push(this.nodes[position % 2 === 1 ? position + 1 : position - 1]!);
      position = Math.floor((position - 1) / 2);
    }
    return proof;
  }
}

/** The off-chain twin of the registry's inclusion check. */
export function verifyDiplomaProof(
  orgId: number,
  certificateHash: string,
  proof: readonly string[],
  root: string,
): boolean {
  const computed = proof.reduce(hashPair, diplomaLeaf(orgId, certificateHash.toLowerCase()));
  return computed.toLowerCase() === root.toLowerCase();
}
