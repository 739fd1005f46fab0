import { diplomaChainFacts } from "@ishonch/index";
import { issuedDiplomaFacets, searchIssuedDiplomas, sharedRecords } from "@ishonch/records";
import { checkDiplomaStaffAccess, type StaffAccessRefusal } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../../shared/server/deployment";
import { fromIndex } from "../../../shared/server/index-db";
import { pageSize } from "../../../shared/server/lists";
import {
  parseSearchRequest,
  type IssuedDiplomaSearchAnswer,
  type IssuedDiplomaSearchError,
} from "../issued/search-api";

const noStore = { "Cache-Control": "no-store" };

/**
 * The origin the signed challenge must name: this app's public address, from configuration
 * only. Never the request's Host header: the caller chooses that, and could then replay a
 * signature a look-alike site collected for its own origin.
 */
function appOrigin(): string {
  return new URL(process.env.ISHONCH_OFFICIALS_URL ?? "http://localhost:3001").origin;
}

function refuse(error: IssuedDiplomaSearchError, status: number): Response {
  return Response.json({ error }, { status, headers: noStore });
}

/**
 * A school's own diplomas, for its staff only. The caller proves who it is with a signed
 * challenge (see the SDK's staff-access.ts) naming this organization and this app; the staff
 * role and the organization's accreditation are read from the chain on every request, never
 * from the index, and only then are the records asked, for that organization alone (and the
 * index, for what the chain says of its diplomas).
 */
export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refuse("malformed", 400);
  }
  const search = parseSearchRequest(body);
  if (!search) return refuse("malformed", 400);
  const deployment = loadDeployment();
  if (!deployment.ok) return refuse("deployment", 503);
  let refusal: StaffAccessRefusal | null;
  try {
    refusal = await checkDiplomaStaffAccess(connectReader(deployment.deployment), search.access, {
      orgId: search.orgId,
      origin: appOrigin(),
      now: new Date(),
    });
  } catch (error) {
    console.error("officials: cannot read staff roles from the chain:", error);
    return refuse("chain", 503);
  }
  if (refusal) return refuse(refusal, refusal === "malformed" ? 400 : 403);
  const answer = await fromIndex(async (db): Promise<IssuedDiplomaSearchAnswer> => {
    const page = search.filters.page ?? 1;
    const records = await sharedRecords();
    const chain = await diplomaChainFacts(db, search.orgId);
    const [found, facets] = await Promise.all([
      searchIssuedDiplomas(records, chain, {
        ...search.filters,
        orgId: search.orgId,
        page,
        pageSize,
      }),
      issuedDiplomaFacets(records, search.orgId),
    ]);
    return {
      total: found.total,
      page,
      pageSize,
      items: found.items.map((row) => ({
        holderName: row.holderName,
        series: row.series,
        number: row.number,
        programme: row.programme,
        graduationYear: row.graduationYear,
        status: row.status,
        revocationReason: row.revocationReason,
      })),
      ...facets,
    };
  });
  if (!answer) return refuse("index", 503);
  return Response.json(answer, { headers: noStore });
}
