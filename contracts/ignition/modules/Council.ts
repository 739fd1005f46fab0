import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";

/**
 * The dev chain's accounts 17, 18 and 19 (Hardhat's and anvil's well-known development
 * mnemonic), which no demo seed uses: the local demo's three agencies. An Ignition parameter
 * cannot default to `m.getAccount(i)` inside a list, hence the addresses.
 */
export const DEMO_COUNCIL_MEMBERS = [
  "0xbDA5747bFD65F08deb54cb465eB87D40e51B197E",
  "0xdD2FD4581271e230360230F9337D5c0430Bf44C0",
  "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199",
] as const;
export const DEMO_COUNCIL_THRESHOLD = 2;
/** One hour: long enough to be a real wait in the demo, short enough to advance in tests. */
export const DEMO_COUNCIL_DELAY_SECONDS = 3600;

/**
 * The council of agencies in front of the access manager. It gets ADMIN_ROLE (every
 * permission of the manager, including its own membership) and REGISTRAR_ROLE (accrediting
 * organizations, appointing their administrators), both WITH the execution delay, so the
 * access manager itself holds every council decision back for that public delay.
 * Parameters (production sets all three; the defaults are the local 2-of-3 demo):
 * - `members`: the agencies' accounts;
 * - `threshold`: approvals needed (M of N);
 * - `executionDelay`: seconds between the M-th approval and execution.
 * This module adds the council; it does not take anyone else's roles away: Production.ts does.
 */
export default buildModule("Council", (m) => {
  const { accessManager } = m.useModule(CoreModule);
  const members = m.getParameter<string[]>("members", [...DEMO_COUNCIL_MEMBERS]);
  const threshold = m.getParameter("threshold", DEMO_COUNCIL_THRESHOLD);
  const executionDelay = m.getParameter("executionDelay", DEMO_COUNCIL_DELAY_SECONDS);

  const council = m.contract("IshonchCouncil", [accessManager, members, threshold]);

  const adminRole = m.staticCall(accessManager, "ADMIN_ROLE", [], 0, { id: "adminRole" });
  const registrarRole = m.staticCall(accessManager, "REGISTRAR_ROLE", [], 0, {
    id: "councilRegistrarRole",
  });
  m.call(accessManager, "grantRole", [adminRole, council, executionDelay], {
    id: "grantCouncilAdmin",
  });
  m.call(accessManager, "grantRole", [registrarRole, council, executionDelay], {
    id: "grantCouncilRegistrar",
  });

  return { council };
});
