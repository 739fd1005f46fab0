import type { NextRequest } from "next/server";
import { z } from "zod";
import { RecordsRefusal, sharedRecords, storeIssuedOnChain } from "@ishonch/records";
import { DIPLOMA_COPY_ID_PATTERN, parseDiplomaDocument, type DiplomaDocument } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../../shared/server/deployment";
import { readJsonRequest, refuse } from "../../../shared/server/http";
import { authorizeStaff, sessionCookie } from "../../session/server/session";

/** A class in one request: a university's largest class, with room to spare. */
export const MAX_DIPLOMAS_PER_REQUEST = 5_000;
/** About 7 kB per diploma (its document and encrypted copy). */
export const MAX_STORE_BYTES = 40 * 1024 * 1024;
/** An encrypted diploma document: a few kB; 64 kB is far above any real one. */
const MAX_CIPHERTEXT_CHARS = 64 * 1024;

const issuedClassBody = z.strictObject({
  diplomas: z
    .array(
      z.strictObject({
        document: z.unknown(),
        copy: z.strictObject({
          id: z.string().regex(DIPLOMA_COPY_ID_PATTERN),
          ciphertext: z
            .string()
            .max(MAX_CIPHERTEXT_CHARS)
            .regex(/^[A-Za-z0-9_-]+$/),
        }),
      }),
    )
    .min(1)
    .max(MAX_DIPLOMAS_PER_REQUEST)
    .refine((diplomas) => new Set(diplomas.map((d) => d.copy.id)).size === diplomas.length),
});

/**
 * Keeps what the school may see of diplomas it has just issued, a class or a single one (a
 * batch of one, whose root is its leaf), and the encrypted copies the QR codes open (never
 * their keys), in one records transaction. The organization is the documents' own (all of
 * one): the signed-in account must hold the issuing role in it on chain, and the records
 * accept only diplomas that organization issued on chain.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const deployment = loadDeployment();
  if (!deployment.ok) return refuse(request, "deployment", 503);
  const body = await readJsonRequest(request, issuedClassBody, MAX_STORE_BYTES);
  if (!body.ok) return body.response;
  let documents: DiplomaDocument[];
  try {
    documents = body.body.diplomas.map((diploma) => parseDiplomaDocument(diploma.document));
  } catch {
    return refuse(request, "malformed", 400);
  }
  const orgIds = new Set(documents.map((document) => document.orgId));
  if (orgIds.size !== 1) return refuse(request, "otherOrganization", 400);
  const orgId = documents[0]!.orgId;
  const contracts = connectReader(deployment.deployment);
  const caller = await authorizeStaff(
    request.cookies.get(sessionCookie)?.value,
    deployment.deployment,
    contracts,
    orgId,
    ["DiplomaIssuer"],
    "officialWrite",
  );
  if ("refusal" in caller) return refuse(request, caller.refusal, caller.status, caller.limit);
  try {
    await storeIssuedOnChain(
      await sharedRecords(),
      contracts,
      orgId,
      documents.map((document, i) => ({ document, copy: body.body.diplomas[i]!.copy })),
    );
  } catch (error) {
    if (error instanceof RecordsRefusal) {
      return refuse(
        request,
        error.code === "OtherOrganization" ? "otherOrganization" : "notIssued",
        409,
      );
    }
    console.error("officials: cannot store issued diplomas:", error);
    return refuse(request, "chain", 503);
  }
  return Response.json({ stored: documents.length });
}
