/** The main page's words: the account's roles, the registrar's and administrators' forms, the lists. Shared vocabulary (types, regions, statuses, roles) comes from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const organizationWords = words satisfies WordTree;
