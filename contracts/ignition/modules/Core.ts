import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/**
 * The core of every deployment: the access manager and the organization registry
 * that every service checks staff against. Parameters (all optional):
 * - `admin`: holder of the access manager's ADMIN_ROLE (default: the deploying account);
 * - `registrar`: the account given REGISTRAR_ROLE (default: the deploying account).
 * Production hands ADMIN_ROLE to the council of agencies; see docs for that step.
 */
export default buildModule("Core", (m) => {
  const deployer = m.getAccount(0);
  const admin = m.getParameter("admin", deployer);
  const registrar = m.getParameter("registrar", deployer);

  const accessManager = m.contract("IshonchAccessManager", [admin]);
  const organizationRegistry = m.contract("OrganizationRegistry", [accessManager]);

  const registrarRole = m.staticCall(accessManager, "REGISTRAR_ROLE", [], 0, {
    id: "registrarRole",
  });
  const registrarSelectors = m.staticCall(organizationRegistry, "registrarSelectors", [], 0, {
    id: "registrarSelectors",
  });
  m.call(accessManager, "labelRole", [registrarRole, "REGISTRAR"], { id: "labelRegistrar" });
  m.call(
    accessManager,
    "setTargetFunctionRole",
    [organizationRegistry, registrarSelectors, registrarRole],
    { id: "restrictRegistry" },
  );
  m.call(accessManager, "grantRole", [registrarRole, registrar, 0], { id: "grantRegistrar" });

  return { accessManager, organizationRegistry };
});
