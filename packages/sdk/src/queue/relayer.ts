/**
 * The account that submits parents' applications and carries their signed answers: the
 * district's citizen service. Chosen by environment, so the same code runs on the dev chain
 * and in production: ISHONCH_RELAYER_KEY (a private key, production) or, on a node with
 * unlocked accounts (the dev chain), ISHONCH_RELAYER_ACCOUNT (an index, default 19).
 */
import { JsonRpcProvider, NonceManager, Wallet, type Signer } from "ethers";
import { ConfigurationError } from "../error-base.ts";

/** Hardhat's last development account: demo staff use 0-9, tests take outsiders from 10. */
export const DEFAULT_RELAYER_ACCOUNT = 19;

/** The relayer's signer on `provider`, from the environment. */
export async function relayerSignerFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  provider: JsonRpcProvider,
): Promise<Signer> {
  const key = env.ISHONCH_RELAYER_KEY;
  // A NonceManager counts nonces locally, so that parallel requests do not reuse one.
  if (key) return new NonceManager(new Wallet(key, provider));
  const index = Number(env.ISHONCH_RELAYER_ACCOUNT ?? DEFAULT_RELAYER_ACCOUNT);
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new ConfigurationError(
      `ISHONCH_RELAYER_ACCOUNT must be an account index, not "${index}"`,
    );
  }
  return provider.getSigner(index);
}
