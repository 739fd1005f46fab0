// A records writer to kill: escalates an appeal as the citizen app does (a complaint sealed
// for the superior, then escalateWithRecords). Says "ready" before the escalation starts,
// "escalated <id>" when done.
// Usage: node --import tsx escalate.ts '{"recordsUrl", "deploymentFile", "appealId", "secret", "superiorId", "text"}'
import { JsonRpcProvider } from "ethers";
import {
  appealStatus,
  connectIshonch,
  devAgencyKeyPair,
  prepareComplaint,
  relayerSignerFromEnv,
  type CitizenSecret,
} from "@ishonch/sdk";
import { readDeploymentFile } from "@ishonch/sdk/node";
import { escalateWithRecords, openRecords } from "../../../src/index.ts";

const input = JSON.parse(process.argv[2]!) as {
  recordsUrl: string;
  deploymentFile: string;
  appealId: number;
  secret: CitizenSecret;
  superiorId: number;
  text: string;
};
const deployment = readDeploymentFile(input.deploymentFile);
const provider = new JsonRpcProvider(deployment.rpcUrl, deployment.chainId, {
  staticNetwork: true,
  pollingInterval: 50,
});
const relayer = connectIshonch(deployment, await relayerSignerFromEnv({}, provider));
const records = await openRecords(input.recordsUrl);
const appeal = await appealStatus(relayer, input.appealId);
const superior = {
  agencyId: input.superiorId,
  publicKey: devAgencyKeyPair(input.superiorId).publicKey,
};
const complaint = await prepareComplaint({
  secret: input.secret,
  superiorId: input.superiorId,
  superiorKey: superior,
  text: input.text,
  files: [],
});
console.log("ready");
const { escalationId } = await escalateWithRecords(records, relayer, {
  appeal,
  secret: input.secret,
  superior,
  complaint,
});
console.log(`escalated ${escalationId}`);
process.exit(0);
