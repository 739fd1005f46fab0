import { sharedRecords, storeIssuedDiplomas } from "@ishonch/records";
import {
  diplomaCertificateHash,
  parseDiplomaDocument,
  verifyDiplomaProof,
  type DiplomaDocument,
} from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../../shared/server/deployment";

interface IssuedClassBody {
  diplomas: { document: unknown; copy: { id: string; ciphertext: string } }[];
}

/**
 * Keeps what the school may see of diplomas it has just issued, a class or a single one (a
 * batch of one, whose root is its leaf), and the encrypted copies the QR codes open (never
 * their keys), in one records transaction. Only diplomas whose batch is on chain for the
 * documents' organization are accepted, so the store cannot be filled with diplomas never
 * issued.
 */
export async function POST(request: Request): Promise<Response> {
  const deployment = loadDeployment();
  if (!deployment.ok) return Response.json({ error: "deployment" }, { status: 503 });
  let body: IssuedClassBody;
  let documents: DiplomaDocument[];
  try {
    body = (await request.json()) as IssuedClassBody;
    documents = body.diplomas.map((diploma) => parseDiplomaDocument(diploma.document));
  } catch {
    return Response.json({ error: "malformed" }, { status: 400 });
  }
  // Each document must sit in the batch it names (for a single diploma, be its root)...
  const outsideItsBatch = documents.some(
    (document) =>
      !verifyDiplomaProof(
        document.orgId,
        diplomaCertificateHash(document),
        document.anchor.proof,
        document.anchor.root,
      ),
  );
  if (outsideItsBatch) return Response.json({ error: "notIssued" }, { status: 409 });
  // ...and that batch be on chain for the documents' organization.
  const contracts = connectReader(deployment.deployment);
  const roots = [...new Set(documents.map((document) => document.anchor.root))];
  for (const root of roots) {
    const orgIds = new Set(documents.filter((d) => d.anchor.root === root).map((d) => d.orgId));
    if (orgIds.size !== 1) return Response.json({ error: "notIssued" }, { status: 409 });
    const [orgId] = orgIds;
    const batch = await contracts.certificateRegistry.batchOf(orgId!, root);
    if (batch.issuedAt === 0n) return Response.json({ error: "notIssued" }, { status: 409 });
  }
  await storeIssuedDiplomas(
    await sharedRecords(),
    documents.map((document, i) => ({ document, copy: body.diplomas[i]!.copy })),
  );
  return Response.json({ stored: documents.length });
}
