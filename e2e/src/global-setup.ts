// Starts the platform once for the whole run; the returned function tears it down.
import { publishPlatform } from "./platform-info";
import { startTestPlatform } from "./platform";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const platform = await startTestPlatform();
  publishPlatform(platform);
  console.log(`[platform] logs in ${platform.runDir} (kept after the run with ISHONCH_E2E_KEEP=1)`);
  return () => platform.stop();
}
