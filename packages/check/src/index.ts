// The independent check as a library (the CLI and the citizen app's server side use it).
export { deploymentFromOptions, type ChainOptions } from "./deployment.ts";
export {
  compareIndexWithChain,
  type IndexComparison,
  type Row,
  type RowDifference,
} from "./index-diff.ts";
export * from "./verify.ts";
export * from "./report.ts";
