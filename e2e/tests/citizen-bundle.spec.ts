// Parents open the directory on slow phones: it must stay small and carry no wallet code.
import { expect, test } from "../src/fixtures";
import { measurePageJavaScript } from "../src/bundle";
import { citizenDirectoryBudgetBytes, citizenDirectoryPath } from "../src/routes";

test("the citizen directory ships no wallet library and under 100 kB of JS", async ({
  browser,
  platform,
}) => {
  const directory = await measurePageJavaScript(
    browser,
    platform.appUrls.citizen + citizenDirectoryPath("uz"),
  );
  expect(directory.status).toBe(200);
  expect(directory.walletLibraries).toEqual([]);
  expect(directory.gzipBytes).toBeLessThan(citizenDirectoryBudgetBytes);
});
