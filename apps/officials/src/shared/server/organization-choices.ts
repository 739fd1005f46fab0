import { searchOrganizations } from "@ishonch/index";
import type { OrganizationChoice } from "../ui/OrganizationOptions";
import { fromIndex } from "./index-db";

/** Most organizations the index serves in one answer. */
const choiceLimit = 500;

/** An organization offered in a form, with its parent (to narrow a list to one district). */
export type OrganizationChoiceWithParent = OrganizationChoice & { parentId: number | null };

/**
 * The organizations the forms offer, of one type or all, by id (null if the index cannot
 * be read).
 */
export async function organizationChoices(
  orgType?: string,
): Promise<OrganizationChoiceWithParent[] | null> {
  const found = await fromIndex((db) => searchOrganizations(db, { orgType, limit: choiceLimit }));
  if (found === null) return null;
  return found.items
    .map(({ id, name, status, parentId }) => ({ id, name, status, parentId }))
    .sort((a, b) => a.id - b.id);
}
