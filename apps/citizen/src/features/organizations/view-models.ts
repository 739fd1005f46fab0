/** What the register and an organization's page render (see src/shared/view-models.ts). */
import type { Option, PageFrame, StatusView } from "../../shared/view-models.ts";
import type { ComparedField } from "./record-differences.ts";

export interface DirectoryRow {
  id: number;
  href: string;
  name: string;
  orgType: string;
  region: string;
  status: StatusView;
}

export interface DirectoryForm {
  action: string;
  text: string;
  orgType: string;
  region: string;
  status: string;
  typeOptions: Option[];
  regionOptions: Option[];
  statusOptions: Option[];
}

export type DirectoryResult =
  | {
      kind: "ok";
      rows: DirectoryRow[];
      total: string;
      from: string;
      to: string;
      page: string;
      pages: string;
      previousHref: string | null;
      nextHref: string | null;
      /** The last block the index has read, if any. */
      indexHead: string | null;
    }
  | { kind: "indexUnavailable" };

export interface DirectoryView {
  frame: PageFrame;
  form: DirectoryForm;
  result: DirectoryResult;
}

/** An organization's record in words, from the chain or (marked as such) from the index. */
export interface OrganizationRecordView {
  id: string;
  name: string;
  orgType: string;
  region: string;
  status: StatusView;
  parent: { href: string; text: string } | null;
  registeredAt: string;
}

export interface DifferenceView {
  field: ComparedField;
  chain: string;
  index: string;
}

export type IndexFactsView =
  | {
      kind: "indexed";
      txHash: string;
      blockNumber: string;
      staffRoles: string;
      differences: DifferenceView[];
      /** Index head and chain block, when the index is behind the block the page read. */
      behind: { indexBlock: string; chainBlock: string } | null;
    }
  | { kind: "notIndexed"; behind: { indexBlock: string; chainBlock: string } | null }
  | { kind: "unavailable" };

interface OrganizationPageBase {
  frame: PageFrame;
  directoryHref: string;
  id: string;
}

export type OrganizationView =
  | (OrganizationPageBase & {
      kind: "verified";
      record: OrganizationRecordView;
      blockNumber: string;
      contract: string;
      chainId: string;
      index: IndexFactsView;
    })
  | (OrganizationPageBase & { kind: "notFound"; listedByIndex: boolean })
  | (OrganizationPageBase & { kind: "chainUnavailable"; indexed: OrganizationRecordView | null })
  | (OrganizationPageBase & { kind: "failure"; message: string });
