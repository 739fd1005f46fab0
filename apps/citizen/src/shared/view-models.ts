/**
 * What every page renders: plain, JSON-safe data with every word already translated. Each
 * feature's server code builds its view models; the page components only lay them out, so
 * they import nothing that talks to the chain or the database.
 */
import type { Locale } from "@ishonch/i18n";
import type { AlternateLink } from "./routing.ts";

/** What every page's frame (header, language switch, `<html lang>`) needs. */
export interface PageFrame {
  locale: Locale;
  alternates: AlternateLink[];
}

export interface Option {
  value: string;
  label: string;
}

/** A status as a machine name (for styling and tests) and its words. */
export interface StatusView {
  name: string;
  label: string;
}
