// What writes the index: migrations and the chain follower (the CLI, devnet and tests).
export { migrate, migrationFiles } from "./migrate.ts";
export {
  runIndexer,
  indexToHead,
  clearIndex,
  type IndexerProgress,
  type RunIndexerOptions,
} from "./indexer.ts";
