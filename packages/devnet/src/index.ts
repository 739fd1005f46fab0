export {
  CHAIN_ENGINES,
  parseChainEngine,
  startChain,
  type ChainEngine,
  type LocalChain,
  type StartChainOptions,
} from "./chain.js";
export { deployCertificateRegistryVersion, deployIshonch, type DeployOptions } from "./deploy.js";
export { deployDemoPlatform, type DemoPlatform } from "./demo.js";
export { startDemoChain, type DemoChain } from "./demo-chain.js";
export { holdsNoRole, rolesHeldBy, type HeldRoles } from "./roles.js";
export {
  seedDemoData,
  type DemoAccount,
  type DemoData,
  type DemoOrganization,
  type SeededDemoData,
} from "./seed.js";
export type { DemoDiplomaQr } from "./seed-certificates.js";
export {
  DEPLOYER_INDEX,
  FIRST_FREE_ACCOUNT,
  demoOrganizations,
  demoStaff,
  type DemoOrganizationPlan,
  type DemoRole,
  type DemoStaffPlan,
} from "./demo-plan.js";
export {
  APPS,
  startPlatform,
  type AppName,
  type LogSink,
  type Platform,
  type PlatformOptions,
} from "./platform.js";
export { runToCompletion, spawnGroup, type GroupOptions, type ProcessGroup } from "./processes.js";
export { seededRandom } from "./random.js";
export { syntheticDiplomaFields } from "./synthetic-diploma.js";
