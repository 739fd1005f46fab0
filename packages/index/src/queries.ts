import { isAddress, getAddress } from "ethers";
import type { IndexDatabase } from "./database.ts";
import type { Organization, Prisma } from "./generated/sqlite/client.ts";
import { foldForSearch, type Page } from "@ishonch/database";

export type { Page };

/** An organization as the index knows it; enum values are the Solidity names. */
export interface OrganizationRow {
  id: number;
  orgType: string;
  region: string;
  status: string;
  parentId: number | null;
  name: string;
  registeredAt: Date;
  /** The block and transaction that registered it. */
  blockNumber: number;
  txHash: string;
}

/** A staff role held right now. */
export interface StaffRow {
  orgId: number;
  orgName: string;
  account: string;
  role: string;
  grantedAt: Date;
  txHash: string;
}

export interface OrganizationSearch {
  /** Part of the name, in any case and script; a whole number also matches the id. */
  text?: string;
  orgType?: string;
  region?: string;
  status?: string;
  limit?: number;
  offset?: number;
}

export interface StaffSearch {
  orgId?: number;
  account?: string;
  role?: string;
  /** Part of the organization's name, or a whole account address. */
  text?: string;
  limit?: number;
  offset?: number;
}

const defaultLimit = 50;
const maxLimit = 500;

function paging(limit: number | undefined, offset: number | undefined) {
  return {
    take: Math.min(Math.max(1, Math.trunc(limit ?? defaultLimit)), maxLimit),
    skip: Math.max(0, Math.trunc(offset ?? 0)),
  };
}

function toOrganizationRow(row: Organization): OrganizationRow {
  const { id, orgType, region, status, parentId, name, registeredAt, blockNumber, txHash } = row;
  return { id, orgType, region, status, parentId, name, registeredAt, blockNumber, txHash };
}

function nameMatches(text: string): Prisma.OrganizationWhereInput {
  return { nameSearch: { contains: foldForSearch(text) } };
}

/** Organizations by name, type, region and status, in order of registration. */
export async function searchOrganizations(
  db: IndexDatabase,
  search: OrganizationSearch = {},
): Promise<Page<OrganizationRow>> {
  const { text, orgType, region, status } = search;
  const where: Prisma.OrganizationWhereInput = { orgType, region, status };
  if (text?.trim()) {
    where.OR = [nameMatches(text)];
    if (/^\d{1,9}$/.test(text.trim())) where.OR.push({ id: Number(text.trim()) });
  }
  const [total, rows] = await db.prisma.$transaction([
    db.prisma.organization.count({ where }),
    db.prisma.organization.findMany({
      where,
      orderBy: { id: "asc" },
      ...paging(search.limit, search.offset),
    }),
  ]);
  return { total, items: rows.map(toOrganizationRow) };
}

export async function getOrganizationRow(
  db: IndexDatabase,
  id: number,
): Promise<OrganizationRow | null> {
  if (!Number.isSafeInteger(id)) return null;
  const row = await db.prisma.organization.findUnique({ where: { id } });
  return row ? toOrganizationRow(row) : null;
}

/** Current holders of staff roles, by organization, account, role or organization name. */
export async function searchStaff(
  db: IndexDatabase,
  search: StaffSearch = {},
): Promise<Page<StaffRow>> {
  const { orgId, account, role, text } = search;
  if (account !== undefined && !isAddress(account)) return { total: 0, items: [] };
  const where: Prisma.StaffRoleWhereInput = {
    orgId,
    role,
    account: account === undefined ? undefined : getAddress(account),
  };
  const query = text?.trim();
  if (query) {
    where.OR = isAddress(query)
      ? [{ account: getAddress(query) }]
      : [{ organization: nameMatches(query) }];
  }
  const [total, rows] = await db.prisma.$transaction([
    db.prisma.staffRole.count({ where }),
    db.prisma.staffRole.findMany({
      where,
      include: { organization: { select: { name: true } } },
      orderBy: [{ orgId: "asc" }, { account: "asc" }, { role: "asc" }],
      ...paging(search.limit, search.offset),
    }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      orgId: row.orgId,
      orgName: row.organization.name,
      account: row.account,
      role: row.role,
      grantedAt: row.grantedAt,
      txHash: row.txHash,
    })),
  };
}

/** The organizations in which `account` holds at least one staff role now. */
export async function organizationsOfAccount(
  db: IndexDatabase,
  account: string,
): Promise<OrganizationRow[]> {
  if (!isAddress(account)) return [];
  const rows = await db.prisma.organization.findMany({
    where: { staff: { some: { account: getAddress(account) } } },
    orderBy: { id: "asc" },
  });
  return rows.map(toOrganizationRow);
}

/** The last block whose events are all in the index; null before the first range. */
export async function indexHead(
  db: IndexDatabase,
): Promise<{ blockNumber: number; blockHash: string } | null> {
  return db.prisma.checkpoint.findUnique({
    where: { id: 1 },
    select: { blockNumber: true, blockHash: true },
  });
}
