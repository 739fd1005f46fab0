import type {
  OrganizationStatusName,
  OrganizationTypeName,
  RegionName,
  StaffRoleName,
} from "@ishonch/sdk";
import type { Locale, Words } from "./locales.ts";
import words from "./vocabulary.json";

// Uzbek uses the modifier letters ʻ (oʻ, gʻ) and ʼ (the glottal stop), as in official texts.

const organizationTypes: Record<OrganizationTypeName, Words> = words.organizationTypes;
const regions: Record<RegionName, Words> = words.regions;
const organizationStatuses: Record<OrganizationStatusName, Words> = words.organizationStatuses;
const staffRoles: Record<StaffRoleName, Words> = words.staffRoles;

const vocabularies = {
  OrganizationType: organizationTypes,
  Region: regions,
  OrganizationStatus: organizationStatuses,
  StaffRole: staffRoles,
};

export type Vocabulary = keyof typeof vocabularies;
/** A value of one of the contracts' enums, by its name. */
export type VocabularyName<V extends Vocabulary> = keyof (typeof vocabularies)[V];

/** The word for an enum value of the contracts, e.g. label("ru", "OrganizationType", "School"). */
export function label<V extends Vocabulary>(
  locale: Locale,
  vocabulary: V,
  name: VocabularyName<V>,
): string {
  return storedLabel(locale, vocabulary, String(name));
}

/**
 * The word for an enum value stored as text (an index row); a text it does not know is
 * shown as it is, so an index newer than the app still renders.
 */
export function storedLabel(locale: Locale, vocabulary: Vocabulary, text: string): string {
  const words = (vocabularies[vocabulary] as Record<string, Words | undefined>)[text];
  return words ? words[locale] : text;
}
