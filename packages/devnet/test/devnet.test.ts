import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { JsonRpcProvider, getAddress } from "ethers";
import {
  connectIshonch,
  getOrganization,
  isRegistrar,
  organizationCount,
  organizationsOf,
  staffRolesOf,
  type Address,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { readDeploymentFile } from "@ishonch/sdk/node";
import {
  DEPLOYER_INDEX,
  FIRST_FREE_ACCOUNT,
  deployDemoPlatform,
  demoOrganizations,
  rolesHeldBy,
  startChain,
  type DemoData,
  type LocalChain,
} from "../src/index.js";

/** Whether something accepts TCP connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const portOf = (rpcUrl: string) => Number(new URL(rpcUrl).port);
/** Accounts 17-19 are the local council (contracts/ignition/modules/Council.ts). */
const FIRST_COUNCIL_ACCOUNT = 17;

describe("a local chain with Ishonch deployed, seeded and handed over to the council", () => {
  const workDir = mkdtempSync(join(tmpdir(), "ishonch-devnet-"));
  const deploymentFile = join(workDir, "deployment.json");
  let chain: LocalChain | undefined;
  let deployment: IshonchDeployment;
  let demo: DemoData;
  let deployer: Address;
  let provider: JsonRpcProvider;
  let reader: IshonchContracts;

  beforeAll(async () => {
    chain = await startChain();
    ({ deployment, deployer, demo } = await deployDemoPlatform({
      rpcUrl: chain.rpcUrl,
      deploymentFile,
    }));
    provider = new JsonRpcProvider(chain.rpcUrl, deployment.chainId, { staticNetwork: true });
    reader = connectIshonch(deployment, provider);
  });

  afterAll(async () => {
    provider?.destroy();
    await chain?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  test("the deployment file names contracts that exist on the chain", async () => {
    expect(readDeploymentFile(deploymentFile)).toEqual(deployment);
    expect(deployment.chainId).toBe(chain!.chainId);
    for (const address of Object.values(deployment.contracts)) {
      expect(await provider.getCode(address)).not.toBe("0x");
    }
    const firstEvent = await provider.getLogs({
      address: deployment.contracts.OrganizationRegistry,
      fromBlock: 0,
    });
    expect(firstEvent[0]!.blockNumber).toBeGreaterThanOrEqual(deployment.startBlock);
  });

  test("the registry holds the seeded organizations with their types, regions and parents", async () => {
    // The plan, plus what the service seeds add (the queue registers two more kindergartens).
    expect(await organizationCount(reader)).toBe(demo.organizations.length);
    const idOf = new Map(demoOrganizations.map((plan, i) => [plan.key, demo.organizations[i]!.id]));
    for (const plan of demoOrganizations) {
      const onChain = await getOrganization(reader, idOf.get(plan.key)!);
      expect(onChain).toMatchObject({
        name: plan.name,
        orgType: plan.orgType,
        region: plan.region,
        status: "Active",
        parentId: plan.parent === null ? null : idOf.get(plan.parent)!,
      });
    }
    // Every school and kindergarten answers to a district department, which answers to a ministry.
    const byId = new Map(demo.organizations.map((org) => [org.id, org]));
    for (const org of demo.organizations) {
      if (org.orgType === "School" || org.orgType === "Kindergarten") {
        const department = byId.get(org.parentId!)!;
        expect(department.orgType).toBe("DistrictEducationDepartment");
        expect(byId.get(department.parentId!)!.orgType).toBe("Ministry");
      }
    }
  });

  test("the deploying account holds no role; the council alone is registrar and admin", async () => {
    const accounts = (await provider.send("eth_accounts", [])) as string[];
    expect(deployer).toBe(getAddress(accounts[DEPLOYER_INDEX]!));
    expect(await rolesHeldBy(reader, deployer)).toEqual({ accessRoles: [], staffRoles: [] });
    const council = deployment.contracts.IshonchCouncil;
    const adminRole = await reader.accessManager.ADMIN_ROLE();
    const settingsRole = await reader.kindergartenQueue.QUEUE_SETTINGS_ROLE();
    expect((await rolesHeldBy(reader, council)).accessRoles.sort()).toEqual(
      [adminRole, await reader.accessManager.REGISTRAR_ROLE(), settingsRole].sort(),
    );
    // The deployer's wiring roles are gone: it can neither accredit nor change a setting.
    expect(await isRegistrar(reader, deployer)).toBe(false);
    expect((await reader.accessManager.hasRole(settingsRole, deployer))[0]).toBe(false);
  });

  test("each demo account holds exactly its staff roles, and accounts 10-16 hold none", async () => {
    const accounts = ((await provider.send("eth_accounts", [])) as string[]).map(
      (account) => getAddress(account) as Address,
    );
    for (const [index, address] of accounts.entries()) {
      const expected = demo.accounts.filter((account) => account.index === index);
      expect(expected.every((account) => account.address === address)).toBe(true);
      if (index >= FIRST_FREE_ACCOUNT && index < FIRST_COUNCIL_ACCOUNT)
        expect(expected).toEqual([]);

      expect(await isRegistrar(reader, address)).toBe(false);
      const held: string[] = [];
      for (const orgId of await organizationsOf(reader, address)) {
        for (const role of await staffRolesOf(reader, orgId, address))
          held.push(`${orgId}:${role}`);
      }
      expect(held.sort()).toEqual(expected.map(({ orgId, role }) => `${orgId}:${role}`).sort());
    }
  });

  test("stop() leaves nothing listening on the chain's port", async () => {
    const port = portOf(chain!.rpcUrl);
    expect(await listening(port)).toBe(true);
    await chain!.stop();
    expect(await listening(port)).toBe(false);
  });
});

test("startChain refuses a port that is already taken", async () => {
  const occupant = createServer();
  await new Promise<void>((resolve) => occupant.listen(0, "127.0.0.1", resolve));
  const { port } = occupant.address() as AddressInfo;
  try {
    await expect(startChain({ port })).rejects.toThrow(`port ${port} is already in use`);
  } finally {
    occupant.close();
  }
});
