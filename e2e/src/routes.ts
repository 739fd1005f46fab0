// Where the pages are: the citizen directory (the page parents open most, on slow
// phones), and every page of an app's production build, read from Next's route manifest.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locale } from "@ishonch/i18n";
import { repoRoot } from "@ishonch/sdk/node";
import type { AppName } from "./platform-info";

export function citizenDirectoryPath(locale: Locale): string {
  return `/${locale}/organizations`;
}

/** The budget of the citizen directory's first-load JavaScript, gzipped. */
export const citizenDirectoryBudgetBytes = 100 * 1000;

interface RoutesManifest {
  staticRoutes: { page: string }[];
  dynamicRoutes: { page: string }[];
}

/**
 * The paths of every page of the app's build, dynamic segments such as `[locale]` filled
 * from `params`; a page with a segment not in `params` is left out.
 */
export async function appPages(app: AppName, params: Record<string, string>): Promise<string[]> {
  const manifestFile = join(repoRoot(), "apps", app, ".next", "routes-manifest.json");
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as RoutesManifest;
  const routes = [...manifest.staticRoutes, ...manifest.dynamicRoutes].map(({ page }) => page);
  const paths = new Set<string>();
  for (const route of routes) {
    // API routes, Next's own pages, and files served by a route (e.g. `/icon.svg`).
    if (/^\/(api|_)|^\/(404|500)$|\.\w+$/.test(route)) continue;
    const path = fillRoute(route, params);
    if (path !== null) paths.add(path);
  }
  return [...paths].sort();
}

function fillRoute(route: string, params: Record<string, string>): string | null {
  let missing = false;
  const path = route.replace(/\[([^\]]+)\]/g, (_segment, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : path;
}
