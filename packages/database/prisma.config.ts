import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Offline machine: every Prisma CLI command first looks for the native schema engine and
// would try to download it. `generate` is content with any existing file; the stand-in
// explains that migrations go through our own migrator.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/no-schema-engine.sh", import.meta.url),
);
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({});
