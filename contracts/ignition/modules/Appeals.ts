import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";

/**
 * Citizens' appeals on top of the core: deploys CitizenAppeals against the core's access manager
 * and registry, restricts filing (`relayerSelectors`) to the contract's APPEALS_RELAYER_ROLE,
 * labels that role and grants it to the platform's relayer. Parameter (optional):
 * - `relayer`: the account that files appeals for citizens (default: the deploying account).
 */
export default buildModule("Appeals", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);
  const relayer = m.getParameter("relayer", m.getAccount(0));

  const citizenAppeals = m.contract("CitizenAppeals", [accessManager, organizationRegistry]);

  const relayerRole = m.staticCall(citizenAppeals, "APPEALS_RELAYER_ROLE", [], 0, {
    id: "appealsRelayerRole",
  });
  const relayerSelectors = m.staticCall(citizenAppeals, "relayerSelectors", [], 0, {
    id: "appealsRelayerSelectors",
  });
  m.call(accessManager, "setTargetFunctionRole", [citizenAppeals, relayerSelectors, relayerRole], {
    id: "restrictAppealFiling",
  });
  m.call(accessManager, "labelRole", [relayerRole, "APPEALS_RELAYER"], {
    id: "labelAppealsRelayer",
  });
  m.call(accessManager, "grantRole", [relayerRole, relayer, 0], { id: "grantAppealsRelayer" });

  return { citizenAppeals };
});
