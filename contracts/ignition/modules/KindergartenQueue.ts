import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";

/**
 * The fair kindergarten queue, on the core's access manager and organization registry. Its
 * restricted settings (age groups, priority categories and tiers, offer period) go to the
 * contract's QUEUE_SETTINGS_ROLE, held by the `queueSettings` parameter (default: the
 * deploying account). The settings themselves are policy and are set by that role after
 * deployment: DEFAULT_AGE_GROUPS and DEFAULT_PRIORITY_CATEGORIES below are the issue's
 * examples, for local chains and tests.
 */
export default buildModule("KindergartenQueue", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);
  const queueSettings = m.getParameter("queueSettings", m.getAccount(0));

  const kindergartenQueue = m.contract("KindergartenQueue", [accessManager, organizationRegistry]);

  const settingsRole = m.staticCall(kindergartenQueue, "QUEUE_SETTINGS_ROLE", [], 0, {
    id: "queueSettingsRole",
  });
  const settingsSelectors = m.staticCall(kindergartenQueue, "settingsSelectors", [], 0, {
    id: "queueSettingsSelectors",
  });
  m.call(
    accessManager,
    "setTargetFunctionRole",
    [kindergartenQueue, settingsSelectors, settingsRole],
    { id: "restrictKindergartenQueue" },
  );
  m.call(accessManager, "labelRole", [settingsRole, "QUEUE_SETTINGS"], {
    id: "labelQueueSettings",
  });
  m.call(accessManager, "grantRole", [settingsRole, queueSettings, 0], {
    id: "grantQueueSettings",
  });

  return { kindergartenQueue };
});

/** The age groups (2-3 to 6-7 years), as [id, minMonths, maxMonths]. */
export const DEFAULT_AGE_GROUPS = [
  [0, 24, 36],
  [1, 36, 48],
  [2, 48, 60],
  [3, 60, 72],
  [4, 72, 84],
] as const;

/**
 * The example priority categories, as [id, tier] (tier 0 is served first):
 * 1 disability, 2 military family, 3 single or low-income parent, 4 sibling enrolled.
 */
export const DEFAULT_PRIORITY_CATEGORIES = [
  [1, 0],
  [2, 1],
  [3, 2],
  [4, 3],
] as const;
