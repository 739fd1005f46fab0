import { getAddress, ZeroAddress } from "ethers";
import type { Address, IshonchError } from "@ishonch/sdk";
import type { sharedWords } from "./words";

/**
 * Checks of the officials' forms, run before anything is sent so that a typo never
 * costs a signature. The contract repeats the checks that matter and stays the authority.
 */

type ValidationKey = keyof typeof sharedWords.validation;

/** A problem with one field: the app's own words, or an SDK error with shared words. */
export type FieldProblem =
  { kind: "app"; key: ValidationKey } | { kind: "sdk"; error: IshonchError };

export type Parsed<T, Field extends string> =
  { ok: true; value: T } | { ok: false; problems: Partial<Record<Field, FieldProblem>> };

/** A problem in the app's own words. */
export const appProblem = (key: ValidationKey): FieldProblem => ({ kind: "app", key });

/** Bytes a string takes in UTF-8: the unit of the contract's name limit. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export type AccountCheck = { ok: true; address: Address } | { ok: false; problem: FieldProblem };

/**
 * An account address as typed by a person: all-lowercase or all-uppercase hex is taken
 * as is; mixed case must match its EIP-55 checksum, which catches most typos.
 */
export function parseAccount(input: string): AccountCheck {
  const text = input.trim();
  if (text === "") return { ok: false, problem: appProblem("accountRequired") };
  if (!/^0x[0-9a-fA-F]{40}$/.test(text))
    return { ok: false, problem: appProblem("accountInvalid") };
  let address: string;
  try {
    address = getAddress(text);
  } catch {
    return { ok: false, problem: appProblem("accountChecksum") };
  }
  if (address === ZeroAddress) return { ok: false, problem: appProblem("accountZero") };
  return { ok: true, address: address as Address };
}

/** A form whose one field is an account address: its value, or that field's problem. */
export function parseAccountField<Field extends string>(
  field: Field,
  input: string,
): Parsed<Address, Field> {
  const account = parseAccount(input);
  if (account.ok) return { ok: true, value: account.address };
  const problems: Partial<Record<Field, FieldProblem>> = {};
  problems[field] = account.problem;
  return { ok: false, problems };
}

/** An organization id from a form: a positive uint32, or null. */
export function parseOrganizationId(input: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(input.trim())) return null;
  const id = Number(input.trim());
  return id <= 0xffffffff ? id : null;
}

/** One of `names`, exactly as typed; null for anything else. */
export function parseChoice<Name extends string>(
  names: readonly Name[],
  input: string,
): Name | null {
  return (names as readonly string[]).includes(input) ? (input as Name) : null;
}
