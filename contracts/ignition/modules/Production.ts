import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import IshonchModule from "./Ishonch.js";

/**
 * The production deployment: the whole platform, then the hand-over that leaves no single key
 * in charge. The council (Council module: `members`, `threshold`, `executionDelay`) also gets
 * the queue's settings role with the delay; then the deploying account renounces every role
 * it held while wiring (ADMIN, REGISTRAR, QUEUE_SETTINGS), ADMIN last. Leave `Core.registrar`,
 * `Core.admin` and `KindergartenQueue.queueSettings` at their default (the deploying account),
 * so that the renouncing covers them; the appeals relayer is an operational account and stays.
 * The local demo deploys Ishonch.ts instead, where the deploying account keeps the direct
 * registrar role next to the council.
 */
export default buildModule("Production", (m) => {
  const deployed = m.useModule(IshonchModule);
  const { accessManager, kindergartenQueue, council } = deployed;
  const deployer = m.getAccount(0);
  const adminRole = m.staticCall(accessManager, "ADMIN_ROLE", [], 0, {
    id: "productionAdminRole",
  });
  // The council's own delay, read back from the chain, so that it is configured only once.
  const executionDelay = m.staticCall(accessManager, "hasRole", [adminRole, council], 1, {
    id: "councilExecutionDelay",
  });

  const queueSettingsRole = m.staticCall(kindergartenQueue, "QUEUE_SETTINGS_ROLE", [], 0, {
    id: "productionQueueSettingsRole",
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
    id: "productionRegistrarRole",
  });
  const renounceRegistrar = m.call(accessManager, "renounceRole", [registrarRole, deployer], {
    id: "renounceDeployerRegistrar",
    after: [IshonchModule],
  });
  m.call(accessManager, "renounceRole", [adminRole, deployer], {
    id: "renounceDeployerAdmin",
    after: [renounceQueueSettings, renounceRegistrar, IshonchModule],
  });

  return deployed;
});
