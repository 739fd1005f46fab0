// What JavaScript a page makes the browser download on its first load, as a parent's
// phone would: a fresh browser context (no cache), every script response until the
// network is idle, each body gzipped (as a server would send it) and summed.
import { gzipSync } from "node:zlib";
import type { Browser, Response } from "@playwright/test";

export const walletLibraries = ["wagmi", "viem", "ethers"] as const;
export type WalletLibrary = (typeof walletLibraries)[number];

/**
 * Strings that survive minification of each library: error texts and version tags built
 * into their error classes, which any imported part of the library pulls in.
 */
const walletLibraryMarkers: Record<WalletLibrary, RegExp> = {
  wagmi: /wagmi\.sh|@wagmi\/|wagmi\.store|wagmi\.recentConnectorId/,
  viem: /viem@|Version: viem/,
  ethers:
    /platform missing String\.prototype\.normalize|ethers\.plugins\.|could not coalesce error/,
};

export interface PageJavaScript {
  url: string;
  status: number;
  files: number;
  gzipBytes: number;
  walletLibraries: WalletLibrary[];
}

export async function measurePageJavaScript(
  browser: Browser,
  url: string,
): Promise<PageJavaScript> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      if (isJavaScript(response) && !bodies.has(response.url())) {
        bodies.set(response.url(), response.body());
      }
    });
    const response = await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const scripts = await Promise.all(bodies.values());
    const found = new Set<WalletLibrary>();
    let gzipBytes = 0;
    for (const script of scripts) {
      gzipBytes += gzipSync(script).byteLength;
      const text = script.toString("utf8");
      for (const library of walletLibraries) {
        if (walletLibraryMarkers[library].test(text)) found.add(library);
      }
    }
    return {
      url,
      status: response?.status() ?? 0,
      files: scripts.length,
      gzipBytes,
      walletLibraries: walletLibraries.filter((library) => found.has(library)),
    };
  } finally {
    await context.close();
  }
}

function isJavaScript(response: Response): boolean {
  if (!response.ok()) return false;
  if (response.request().resourceType() === "script") return true;
  return /javascript|ecmascript/.test(response.headers()["content-type"] ?? "");
}
