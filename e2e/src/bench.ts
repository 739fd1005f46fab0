// `pnpm bench`: the JavaScript each page of both apps' production builds makes a browser
// download on first load, against a freshly started platform. Prints a table; fails only
// when the citizen directory breaks its budget or ships wallet code.
import { chromium } from "@playwright/test";
import { defaultLocale } from "@ishonch/i18n";
import { chromiumLaunchOptions } from "./browser";
import { measurePageJavaScript, type PageJavaScript } from "./bundle";
import { apps, type AppName } from "./platform-info";
import { startTestPlatform } from "./platform";
import { appPages, citizenDirectoryBudgetBytes, citizenDirectoryPath } from "./routes";

interface Row extends PageJavaScript {
  app: AppName;
  path: string;
}

async function main(): Promise<number> {
  const platform = await startTestPlatform();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const firstOrganization = platform.demo.organizations[0];
    const params = { locale: defaultLocale, id: String(firstOrganization?.id ?? 1) };
    const rows: Row[] = [];
    for (const app of apps) {
      for (const path of await appPages(app, params)) {
        const measured = await measurePageJavaScript(browser, platform.appUrls[app] + path);
        rows.push({ app, path, ...measured });
      }
    }
    printTable(rows);
    return checkCitizenDirectory(rows, citizenDirectoryPath(defaultLocale));
  } finally {
    await browser.close();
    await platform.stop();
  }
}

function printTable(rows: Row[]): void {
  const header = ["app", "page", "HTTP", "JS files", "first-load JS gz (kB)", "wallet library"];
  const lines = rows.map((row) => [
    row.app,
    row.path,
    String(row.status),
    String(row.files),
    (row.gzipBytes / 1000).toFixed(1),
    row.walletLibraries.length > 0 ? row.walletLibraries.join(", ") : "none",
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(format(header));
  console.log(format(widths.map((width) => "-".repeat(width))));
  for (const line of lines) console.log(format(line));
}

/** 0 when the directory is within budget and wallet-free, 1 otherwise (with the reason). */
function checkCitizenDirectory(rows: Row[], directoryPath: string): number {
  const directory = rows.find((row) => row.app === "citizen" && row.path === directoryPath);
  if (directory === undefined) {
    console.error(`\nThe citizen directory ${directoryPath} is not among the built pages.`);
    return 1;
  }
  const problems: string[] = [];
  if (directory.gzipBytes > citizenDirectoryBudgetBytes) {
    problems.push(
      `first-load JS ${(directory.gzipBytes / 1000).toFixed(1)} kB gzipped is over the ` +
        `${citizenDirectoryBudgetBytes / 1000} kB budget`,
    );
  }
  if (directory.walletLibraries.length > 0) {
    problems.push(`it ships wallet code (${directory.walletLibraries.join(", ")})`);
  }
  if (problems.length > 0) {
    console.error(`\nThe citizen directory ${directoryPath}: ${problems.join("; ")}.`);
    return 1;
  }
  console.log(
    `\nThe citizen directory ${directoryPath} is within budget and ships no wallet code.`,
  );
  return 0;
}

process.exitCode = await main();
