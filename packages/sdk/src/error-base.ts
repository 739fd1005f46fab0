// The SDK's error classes: one base, a subclass per kind of failure. Kept apart from the
// decoding (./errors.ts) so that any module can throw them without importing the ABIs.
import type { abis } from "./generated/abis.ts";
import type { ContractName } from "./deployment.ts";

type AbiEntry = (typeof abis)[ContractName][number];
/** The custom errors of every Ishonch contract, by their Solidity names. */
export type ContractErrorCode = Extract<AbiEntry, { type: "error" }>["name"];

/** Failures that do not come from a contract, or a revert with no custom error. */
export type GenericErrorCode =
  "UserRejected" | "WrongNetwork" | "NetworkError" | "InsufficientFunds" | "Reverted" | "Unknown";

export type IshonchErrorCode = ContractErrorCode | GenericErrorCode;

/** A code and its arguments as one line for logs: `NotParent {"application":3}`. */
function describe(code: string, args: object): string {
  return `${code}${Object.keys(args).length ? ` ${JSON.stringify(args)}` : ""}`;
}

/**
 * The one base of every error the SDK throws: a stable `code` that the apps translate into
 * the user's words (never the message), the code's arguments, and a `shortMessage` for logs.
 * Subclasses say which kind of failure it is: a contract or the chain (IshonchError), a
 * document or QR code (CertificateFormatError), a citizen's input (AppealInputError), a file or
 * the configuration the SDK was given, or a call the caller should not have made.
 */
export abstract class IshonchBaseError<
  Code extends string = string,
  Args extends object = Record<string, unknown>,
> extends Error {
  abstract override readonly name: string;
  readonly code: Code;
  readonly args: Args;
  /** The failure in one line, without its cause. */
  readonly shortMessage: string;

  constructor(code: Code, args: Args, options?: ErrorOptions & { shortMessage?: string }) {
    const shortMessage = options?.shortMessage ?? describe(code, args);
    super(shortMessage, options);
    this.code = code;
    this.args = args;
    this.shortMessage = shortMessage;
  }
}

/**
 * A failure of a contract call, a wallet or the node: the contract's custom error by its
 * Solidity name with its decoded arguments, or a generic code.
 */
export class IshonchError extends IshonchBaseError<IshonchErrorCode> {
  override readonly name = "IshonchError";

  constructor(code: IshonchErrorCode, args: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(code, args, options);
  }
}

/** A call the SDK refuses because the caller broke its contract (check first, then call). */
export class InvalidArgumentError extends IshonchBaseError<"InvalidArgument", { reason: string }> {
  override readonly name = "InvalidArgumentError";

  constructor(reason: string) {
    super("InvalidArgument", { reason }, { shortMessage: reason });
  }
}

/** What the SDK was given to run with is missing or wrong: a variable, a file, a folder. */
export class ConfigurationError extends IshonchBaseError<
  "InvalidConfiguration",
  { reason: string }
> {
  override readonly name = "ConfigurationError";

  constructor(reason: string) {
    super("InvalidConfiguration", { reason }, { shortMessage: reason });
  }
}
