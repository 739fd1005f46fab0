/**
 * Chain activity for the indexer tests: organizations with names in Uzbek Latin, Uzbek
 * Cyrillic and Russian, staff grants, revocations, renunciations and status changes.
 * Deterministic, so two runs give the same projections. Transactions are encoded with the
 * SDK's ABIs and sent with a fixed gas limit to the node's unlocked accounts, one round
 * trip each (the SDK's operations wait for more, and a few hundred of them take a while);
 * the node mines each at once and rejects a reverting one.
 */
import { JsonRpcProvider } from "ethers";
import {
  contractInterface,
  OrganizationStatus,
  StaffRole,
  type ContractName,
  type IshonchDeployment,
} from "@ishonch/sdk";

const names = [
  "Toshkent shahar 110-maktab",
  "Тошкент шаҳар 5-сон умумтаълим мактаби",
  "ТАШКЕНТСКИЙ ГОСУДАРСТВЕННЫЙ ТЕХНИЧЕСКИЙ УНИВЕРСИТЕТ",
  "Oʻzbekiston Milliy Universiteti",
  "Samarqand davlat universiteti",
  "Ўзбекистон Республикаси Мактабгача таълим вазирлиги",
  "Fargʻona viloyati 12-sonli bogʻcha",
  "Chilonzor tumani xalq taʼlimi boʻlimi",
];

export interface ChainActivity {
  organizations: number;
  transactions: number;
}

/** Registers `organizations` organizations and works their staff; about 5 transactions each. */
export async function generateActivity(
  deployment: IshonchDeployment,
  rpcUrl: string,
  organizations: number,
  namePrefix = "",
): Promise<ChainActivity> {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  let transactions = 0;
  const send = async (from: string, contract: ContractName, method: string, args: unknown[]) => {
    const data = contractInterface(contract).encodeFunctionData(method, args);
    const to = deployment.contracts[contract];
    await provider.send("eth_sendTransaction", [{ from, to, data, gas: "0x100000" }]);
    transactions++;
  };
  const registry = (from: string, method: string, ...args: unknown[]) =>
    send(from, "OrganizationRegistry", method, args);
  try {
    const [registrar, ...staff] = (await provider.send("eth_accounts", [])) as string[];
    if (!registrar || staff.length < 9) throw new Error("the node needs 10 unlocked accounts");
    const staffAt = (i: number) => staff[i % 9]!;
    const countData =
      contractInterface("OrganizationRegistry").encodeFunctionData("organizationCount");
    const firstId =
      Number(
        await provider.call({ to: deployment.contracts.OrganizationRegistry, data: countData }),
      ) + 1;
    for (let i = 0; i < organizations; i++) {
      const id = firstId + i;
      const parentId = i % 3 === 2 ? id - 1 : 0;
      const name = `${namePrefix}${names[i % names.length]} ${i + 1}`;
      await registry(registrar, "registerOrganization", i % 6, i % 14, parentId, name);
      await registry(registrar, "grantOrganizationAdmin", id, staffAt(i));
      await registry(registrar, "grantStaffRole", id, StaffRole.DiplomaIssuer, staffAt(i + 1));
      await registry(registrar, "grantStaffRole", id, StaffRole.QueueOfficer, staffAt(i + 2));
      if (i % 2 === 0) {
        await registry(registrar, "revokeStaffRole", id, StaffRole.DiplomaIssuer, staffAt(i + 1));
      }
      if (i % 4 === 1) await registry(registrar, "revokeOrganizationAdmin", id, staffAt(i));
      if (i % 5 === 0) {
        await registry(registrar, "setOrganizationStatus", id, OrganizationStatus.Suspended);
      }
      if (i % 10 === 0) {
        await registry(registrar, "setOrganizationStatus", id, OrganizationStatus.Active);
      }
      if (i % 7 === 3) {
        await registry(staffAt(i + 2), "renounceStaffRole", id, StaffRole.QueueOfficer);
      }
    }
    return { organizations, transactions };
  } finally {
    provider.destroy();
  }
}
