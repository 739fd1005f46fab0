/** The register of organizations and one organization's page, verified on the chain. Types, regions and statuses come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const organizationWords = words satisfies WordTree;
