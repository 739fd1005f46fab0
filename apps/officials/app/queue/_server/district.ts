import { searchOrganizations } from "@ishonch/index";
import type { OrganizationChoice } from "../../../src/components/workspace/context";
import { fromIndex } from "../../../src/server/index-db";

/** Most organizations of one type the index serves in one answer. */
const choiceLimit = 500;

async function organizationsOfType(
  orgType: "DistrictEducationDepartment" | "Kindergarten",
): Promise<(OrganizationChoice & { parentId: number | null })[] | null> {
  const found = await fromIndex((db) => searchOrganizations(db, { orgType, limit: choiceLimit }));
  if (found === null) return null;
  return found.items
    .map(({ id, name, status, parentId }) => ({ id, name, status, parentId }))
    .sort((a, b) => a.id - b.id);
}

/** District education departments known to the index (null if it cannot be read). */
export function districtChoices(): Promise<OrganizationChoice[] | null> {
  return organizationsOfType("DistrictEducationDepartment");
}

/** The district's kindergartens known to the index (null if it cannot be read). */
export async function kindergartensOf(district: number): Promise<OrganizationChoice[] | null> {
  const kindergartens = await organizationsOfType("Kindergarten");
  return kindergartens?.filter((kindergarten) => kindergarten.parentId === district) ?? null;
}
