import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import IshonchModule from "./Ishonch.js";

/**
 * The hand-over that leaves no single key in charge of a deployed platform (Ishonch.ts). The
 * council (Council module: `members`, `threshold`, `executionDelay`) also gets the queue's
 * settings role with its delay; then the deploying account renounces every role it held while
 * wiring (ADMIN, REGISTRAR, QUEUE_SETTINGS), ADMIN last. Leave `Core.registrar`, `Core.admin`
 * and `KindergartenQueue.queueSettings` at their default (the deploying account), so that the
 * renouncing covers them; the appeals relayer is an operational account and stays.
 * Production.ts deploys it right after the platform; the local demo deploys the platform, seeds
 * its demo data with the deployer's roles, then deploys Production.ts into the same Ignition
 * deployment, which runs only this hand-over (packages/devnet/src/demo.ts).
 */
export default buildModule("HandOver", (m) => {
  const { accessManager, kindergartenQueue, council } = m.useModule(IshonchModule);
  const deployer = m.getAccount(0);
  const adminRole = m.staticCall(accessManager, "ADMIN_ROLE", [], 0, {
    id: "handOverAdminRole",
  });
  // The council's own delay, read back from the chain, so that it is configured only once.
  const executionDelay = m.staticCall(accessManager, "hasRole", [adminRole, council], 1, {
    id: "councilExecutionDelay",
  });

  const queueSettingsRole = m.staticCall(kindergartenQueue, "QUEUE_SETTINGS_ROLE", [], 0, {
    id: "handOverQueueSettingsRole",
  });
  const grantQueueSettings = m.call(
    accessManager,
    "grantRole",
    [queueSettingsRole, council, executionDelay],
    { id: "grantCouncilQueueSettings" },
  );
  const renounceQueueSettings = m.call(
    accessManager,
    "renounceRole",
    [queueSettingsRole, deployer],
    { id: "renounceDeployerQueueSettings", after: [grantQueueSettings, IshonchModule] },
  );
  const registrarRole = m.staticCall(accessManager, "REGISTRAR_ROLE", [], 0, {
    id: "handOverRegistrarRole",
  });
  const renounceRegistrar = m.call(accessManager, "renounceRole", [registrarRole, deployer], {
    id: "renounceDeployerRegistrar",
    after: [IshonchModule],
  });
  m.call(accessManager, "renounceRole", [adminRole, deployer], {
    id: "renounceDeployerAdmin",
    after: [renounceQueueSettings, renounceRegistrar, IshonchModule],
  });

  return {};
});
