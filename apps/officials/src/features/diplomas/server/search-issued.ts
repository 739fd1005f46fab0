import type { NextRequest } from "next/server";
import { diplomaChainFacts } from "@ishonch/index";
import { issuedDiplomaFacets, searchIssuedDiplomas, sharedRecords } from "@ishonch/records";
import { diplomaRecordRoles } from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import { loadDeployment } from "../../../shared/server/deployment";
import { noStore, readJsonRequest, refuse } from "../../../shared/server/http";
import { fromIndex } from "../../../shared/server/index-db";
import { pageSize } from "../../../shared/server/lists";
import { authorizeStaff, sessionCookie } from "../../session/server/session";
import type { IssuedDiplomaSearchAnswer } from "../issued/search-api";
import { searchRequestSchema } from "./search-request";

const MAX_SEARCH_BYTES = 4_096;

/**
 * A school's own diplomas, for its staff only: the signed-in account's staff role and the
 * organization's accreditation are read from the chain on every request, never from the
 * index, and only then are the records asked, for that organization alone (and the index,
 * for what the chain says of its diplomas).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const read = await readJsonRequest(request, searchRequestSchema, MAX_SEARCH_BYTES);
  if (!read.ok) return read.response;
  const search = read.body;
  const deployment = loadDeployment();
  if (!deployment.ok) return refuse(request, "deployment", 503);
  const caller = await authorizeStaff(
    request.cookies.get(sessionCookie)?.value,
    deployment.deployment,
    connectReader(deployment.deployment),
    search.orgId,
    diplomaRecordRoles,
    "officialSearch",
  );
  if ("refusal" in caller) return refuse(request, caller.refusal, caller.status, caller.limit);
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
  if (!answer) return refuse(request, "index", 503);
  return Response.json(answer, { headers: noStore });
}
