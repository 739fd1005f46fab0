export {
  CHAIN_ENGINES,
  parseChainEngine,
  startChain,
  type ChainEngine,
  type LocalChain,
  type StartChainOptions,
} from "./chain.js";
export { deployIshonch, type DeployOptions } from "./deploy.js";
export {
  seedDemoData,
  type DemoAccount,
  type DemoData,
  type DemoOrganization,
  type SeededDemoData,
} from "./seed.js";
export type { DemoDiplomaQr } from "./seed-certificates.js";
export {
  FIRST_FREE_ACCOUNT,
  REGISTRAR,
  demoOrganizations,
  demoStaff,
  type DemoOrganizationPlan,
  type DemoRole,
  type DemoStaffPlan,
} from "./demo-plan.js";
