/** The locale and language links of a `/[locale]/...` request. */
import type { GetServerSideProps, GetServerSidePropsContext } from "next";
import { isLocale } from "@ishonch/i18n";
import { alternateLinks } from "../routing.ts";
import type { PageFrame } from "../view-models.ts";

/** Null when the first path segment is not one of our locales: the page is then not found. */
export function pageFrame(context: GetServerSidePropsContext): PageFrame | null {
  const locale = context.params?.locale;
  if (!isLocale(locale)) return null;
  return { locale, alternates: alternateLinks(context.resolvedUrl) };
}

/** The props of a page that needs nothing but its frame. */
export const framePageProps: GetServerSideProps<{ frame: PageFrame }> = async (context) => {
  const frame = pageFrame(context);
  return frame ? { props: { frame } } : { notFound: true };
};
