/** The locale and language links of a `/[locale]/...` request. */
import type { GetServerSidePropsContext, GetServerSidePropsResult } from "next";
import { isLocale } from "@ishonch/i18n";
import { alternateLinks } from "../routing.ts";
import type { PageFrame } from "../view-models.ts";

/** Null when the first path segment is not one of our locales: the page is then not found. */
export function pageFrame(context: GetServerSidePropsContext): PageFrame | null {
  const locale = context.params?.locale;
  if (!isLocale(locale)) return null;
  return { locale, alternates: alternateLinks(context.resolvedUrl) };
}

/** A page's server-side props, loaded only under one of our locales (else not found). */
export function framedPage<Props>(
  load: (
    context: GetServerSidePropsContext,
    frame: PageFrame,
  ) => Promise<GetServerSidePropsResult<Props>>,
): (context: GetServerSidePropsContext) => Promise<GetServerSidePropsResult<Props>> {
  return async (context) => {
    const frame = pageFrame(context);
    return frame ? load(context, frame) : { notFound: true };
  };
}

/** A query parameter's text; empty when absent or given more than once. */
export function queryText(context: GetServerSidePropsContext, name: string): string {
  const value = context.query[name];
  return typeof value === "string" ? value : "";
}

/** The props of a page that needs nothing but its frame. */
export const framePageProps = framedPage<{ frame: PageFrame }>(async (_context, frame) => ({
  props: { frame },
}));
