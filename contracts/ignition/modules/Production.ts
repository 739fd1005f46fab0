import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import IshonchModule from "./Ishonch.js";
import HandOverModule from "./HandOver.js";

/**
 * The production deployment: the whole platform (Ishonch.ts), then the hand-over (HandOver.ts)
 * that leaves the council of agencies alone in charge and the deploying account without any
 * role. The local demo ends in this same state: it deploys Ishonch.ts, seeds the demo data with
 * the deployer's roles, then deploys this module into the same Ignition deployment.
 */
export default buildModule("Production", (m) => {
  const deployed = m.useModule(IshonchModule);
  m.useModule(HandOverModule);
  return deployed;
});
