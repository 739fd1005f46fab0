// Gas of the diploma operations on Hardhat's in-process chain, printed as a table: issuing one
// diploma, a class of 10, 100 and 1,000 (one Merkle root each, so the cost per diploma falls
// with the class size), revoking one diploma of each class (its proof grows with log2 of the
// class) and revoking a whole class. Run with `pnpm --filter @ishonch/contracts run bench`.
import {
  CertificateTree,
  Reason,
  classOf,
  deployCertificates,
  fakeCertificateHash,
  orgs,
} from "../test/CertificateHelpers.js";
import { gasOf } from "./gas.js";

const CLASS_SIZES = [10, 100, 1_000] as const;

interface GasRow {
  operation: string;
  gas: bigint;
  perDiploma: bigint;
}

async function measure(): Promise<GasRow[]> {
  const { certificates, revoker } = await deployCertificates();
  const rows: GasRow[] = [];

  const single = await gasOf(
    certificates.issueCertificate(orgs.university, fakeCertificateHash("single")),
  );
  rows.push({ operation: "issue one diploma (issueCertificate)", gas: single, perDiploma: single });

  for (const size of CLASS_SIZES) {
    const hashes = classOf(size, `bench-${size}`);
    const tree = new CertificateTree(orgs.university, hashes);
    const issued = await gasOf(certificates.issueBatch(orgs.university, tree.root, size));
    rows.push({
      operation: `issue a class of ${size} (issueBatch)`,
      gas: issued,
      perDiploma: issued / BigInt(size),
    });
    const revokedOne = await gasOf(
      certificates
        .connect(revoker)
        .revokeCertificate(
          orgs.university,
          tree.root,
          hashes[0]!,
          tree.proof(hashes[0]!),
          Reason.IssuedInError,
        ),
    );
    rows.push({
      operation: `revoke one diploma of a class of ${size} (proof of ${tree.proof(hashes[0]!).length})`,
      gas: revokedOne,
      perDiploma: revokedOne,
    });
    const revokedClass = await gasOf(
      certificates.connect(revoker).revokeBatch(orgs.university, tree.root, Reason.IssuedInError),
    );
    rows.push({
      operation: `revoke a whole class of ${size} (revokeBatch)`,
      gas: revokedClass,
      perDiploma: revokedClass / BigInt(size),
    });
  }
  return rows;
}

const rows = await measure();
console.log("Diploma gas (CertificateRegistry, Hardhat EDR, optimizer 200 runs)");
console.table(
  rows.map(({ operation, gas, perDiploma }) => ({
    operation,
    gas: Number(gas),
    "gas per diploma": Number(perDiploma),
  })),
);
