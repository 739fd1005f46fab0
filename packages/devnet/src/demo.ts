/**
 * The local demo's deployment, used by `npm start` and the end-to-end platform alike: the
 * platform deployed, the demo data seeded with the deploying account's wiring roles, then the
 * production hand-over, so that the demo ends in exactly the production state: the council of
 * agencies alone in charge and the deploying account without any role.
 */
import { JsonRpcProvider } from "ethers";
import { connectIshonch, type Address, type IshonchDeployment } from "@ishonch/sdk";
import { startIgnitionDeployment, type DeployOptions } from "./deploy.js";
import { DEPLOYER_INDEX } from "./demo-plan.js";
import { holdsNoRole, rolesHeldBy } from "./roles.js";
import { seedDemoData, type SeededDemoData } from "./seed.js";

export interface DemoPlatform {
  deployment: IshonchDeployment;
  /** The account that deployed and seeded, and holds no role any more. */
  deployer: Address;
  demo: SeededDemoData;
}

export async function deployDemoPlatform(options: DeployOptions): Promise<DemoPlatform> {
  const ignition = await startIgnitionDeployment(options);
  let demo: SeededDemoData;
  try {
    demo = await seedDemoData(ignition.deployment, options.rpcUrl);
    await ignition.handOver();
  } finally {
    await ignition.close();
  }

  const { deployment } = ignition;
  const provider = new JsonRpcProvider(options.rpcUrl, deployment.chainId, {
    staticNetwork: true,
  });
  try {
    const deployer = (await (await provider.getSigner(DEPLOYER_INDEX)).getAddress()) as Address;
    // The hand-over is the point of this deployment: a demo that kept a single key in charge
    // would show a property that production does not have.
    const held = await rolesHeldBy(connectIshonch(deployment, provider), deployer);
    if (!holdsNoRole(held)) {
      throw new Error(
        `the deploying account ${deployer} still holds roles after the hand-over: ` +
          JSON.stringify(held, (_, value: unknown) =>
            typeof value === "bigint" ? `${value}` : value,
          ),
      );
    }
    return { deployment, deployer, demo };
  } finally {
    provider.destroy();
  }
}
