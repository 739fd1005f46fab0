import type { OrganizationChoice } from "../../../shared/ui/OrganizationOptions";
import { organizationChoices } from "../../../shared/server/organization-choices";

/** District education departments known to the index (null if it cannot be read). */
export function districtChoices(): Promise<OrganizationChoice[] | null> {
  return organizationChoices("DistrictEducationDepartment");
}

/** The district's kindergartens known to the index (null if it cannot be read). */
export async function kindergartensOf(district: number): Promise<OrganizationChoice[] | null> {
  const kindergartens = await organizationChoices("Kindergarten");
  return kindergartens?.filter((kindergarten) => kindergarten.parentId === district) ?? null;
}
