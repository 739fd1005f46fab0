/**
 * The organization page's data: the record read from the chain (the authority), what the
 * index says next to it, and where the two disagree.
 */
import { errorMessage, formatDateTime, wordsIn, type Locale } from "@ishonch/i18n";
import { getOrganizationRow, indexHead, searchStaff, type OrganizationRow } from "@ishonch/index";
import { decodeError, getOrganization, type IshonchError, type Organization } from "@ishonch/sdk";
import { formatCount } from "../../../shared/numbers.ts";
import { chainSnapshot, type ChainSnapshot } from "../../../shared/server/chain.ts";
import { framedPage } from "../../../shared/server/frame.ts";
import { indexDatabase } from "../../../shared/server/index-db.ts";
import {
  organizationTypeLabel,
  regionLabel,
  statusView,
} from "../../../shared/server/vocabulary.ts";
import type { PageFrame } from "../../../shared/view-models.ts";
import { parseOrganizationId } from "../organization-id.ts";
import {
  recordDifferences,
  type ComparedField,
  type IndexedRecord,
} from "../record-differences.ts";
import type {
  DifferenceView,
  IndexFactsView,
  OrganizationRecordView,
  OrganizationView,
} from "../view-models.ts";
import { organizationWords } from "../words.ts";

type ChainRead =
  | {
      kind: "found";
      snapshot: ChainSnapshot;
      organization: Organization;
      parentName: string | null;
    }
  | { kind: "unknown" }
  | { kind: "unreachable" }
  | { kind: "failed"; error: IshonchError };

interface IndexRead {
  row: OrganizationRow | null;
  staffRoles: number;
  headBlock: number | null;
}

async function readChain(id: number): Promise<ChainRead> {
  let snapshot: ChainSnapshot;
  try {
    snapshot = await chainSnapshot();
  } catch (error) {
    console.error("citizen: chain unreachable:", error);
    return { kind: "unreachable" };
  }
  try {
    const organization = await getOrganization(snapshot.contracts, id);
    const parent =
      organization.parentId === null
        ? null
        : await getOrganization(snapshot.contracts, organization.parentId).catch(() => null);
    return { kind: "found", snapshot, organization, parentName: parent?.name ?? null };
  } catch (thrown) {
    const error = decodeError(thrown);
    if (error.code === "UnknownOrganization") return { kind: "unknown" };
    if (error.code === "NetworkError") return { kind: "unreachable" };
    console.error("citizen: chain read failed:", error);
    return { kind: "failed", error };
  }
}

/** Null when the index cannot be read: the page then stands on the chain alone. */
async function readIndex(id: number): Promise<IndexRead | null> {
  try {
    const db = await indexDatabase();
    const [row, staff, head] = await Promise.all([
      getOrganizationRow(db, id),
      searchStaff(db, { orgId: id, limit: 1 }),
      indexHead(db),
    ]);
    return { row, staffRoles: staff.total, headBlock: head?.blockNumber ?? null };
  } catch (error) {
    console.error("citizen: index unavailable:", error);
    return null;
  }
}

function parentView(locale: Locale, parentId: number | null, name: string | null) {
  if (parentId === null) return null;
  return {
    href: `/${locale}/organizations/${parentId}`,
    text: name ? `${name} (№ ${parentId})` : `№ ${parentId}`,
  };
}

function recordView(
  locale: Locale,
  record: IndexedRecord & { id: number; registeredAt: Date },
  parentName: string | null,
): OrganizationRecordView {
  return {
    id: String(record.id),
    name: record.name,
    orgType: organizationTypeLabel(locale, record.orgType),
    region: regionLabel(locale, record.region),
    status: statusView(locale, record.status),
    parent: parentView(locale, record.parentId, parentName),
    registeredAt: formatDateTime(locale, record.registeredAt),
  };
}

/** A compared field's value in words, as the page shows it. */
function fieldText(locale: Locale, record: IndexedRecord, field: ComparedField): string {
  switch (field) {
    case "name":
      return record.name;
    case "orgType":
      return organizationTypeLabel(locale, record.orgType);
    case "region":
      return regionLabel(locale, record.region);
    case "status":
      return statusView(locale, record.status).label;
    case "parentId":
      return record.parentId === null
        ? wordsIn(locale, organizationWords).organization.noParent
        : `№ ${record.parentId}`;
  }
}

function indexFacts(
  locale: Locale,
  chain: Organization,
  chainBlock: number,
  index: IndexRead | null,
): IndexFactsView {
  if (!index) return { kind: "unavailable" };
  const behind =
    index.headBlock === null || index.headBlock < chainBlock
      ? { indexBlock: String(index.headBlock ?? 0), chainBlock: String(chainBlock) }
      : null;
  if (!index.row) return { kind: "notIndexed", behind };
  const row = index.row;
  const differences: DifferenceView[] = recordDifferences(chain, row).map((field) => ({
    field,
    chain: fieldText(locale, chain, field),
    index: fieldText(locale, row, field),
  }));
  return {
    kind: "indexed",
    txHash: row.txHash,
    blockNumber: String(row.blockNumber),
    staffRoles: formatCount(locale, index.staffRoles),
    differences,
    behind,
  };
}

/** Everything the organization page shows, and the HTTP status that goes with it. */
export async function loadOrganization(
  frame: PageFrame,
  idParam: string,
  id: number | null,
): Promise<{ view: OrganizationView; status: number }> {
  const { locale } = frame;
  const base = { frame, directoryHref: `/${locale}/organizations`, id: idParam };
  if (id === null) {
    return { view: { ...base, kind: "notFound", listedByIndex: false }, status: 404 };
  }
  const [chain, index] = await Promise.all([readChain(id), readIndex(id)]);
  switch (chain.kind) {
    case "found": {
      const { snapshot, organization, parentName } = chain;
      return {
        view: {
          ...base,
          kind: "verified",
          record: recordView(locale, organization, parentName),
          blockNumber: String(snapshot.blockNumber),
          contract: snapshot.deployment.contracts.OrganizationRegistry,
          chainId: String(snapshot.deployment.chainId),
          index: indexFacts(locale, organization, snapshot.blockNumber, index),
        },
        status: 200,
      };
    }
    case "unknown":
      return {
        view: { ...base, kind: "notFound", listedByIndex: Boolean(index?.row) },
        status: 404,
      };
    case "unreachable": {
      const row = index?.row;
      return {
        view: {
          ...base,
          kind: "chainUnavailable",
          indexed: row ? recordView(locale, row, null) : null,
        },
        status: 503,
      };
    }
    case "failed":
      return {
        view: { ...base, kind: "failure", message: errorMessage(locale, chain.error) },
        status: 500,
      };
  }
}

/** Longest piece of a bad URL echoed back in a message. */
const MAX_ECHOED_ID = 24;

/** The organization's page, with the HTTP status of what was found. */
export const organizationPageProps = framedPage<OrganizationView>(async (context, frame) => {
  const param = String(context.params?.id ?? "");
  const { view, status } = await loadOrganization(
    frame,
    param.slice(0, MAX_ECHOED_ID),
    parseOrganizationId(param),
  );
  context.res.statusCode = status;
  return { props: view };
});
