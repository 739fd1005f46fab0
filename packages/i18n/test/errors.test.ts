import { describe, expect, it } from "vitest";
import { abis, contractInterface, decodeError, type IshonchErrorCode } from "@ishonch/sdk";
import { errorMessage, errorWords, locales } from "../src/index.ts";
import { accessErrorWords } from "../src/errors/access.ts";
import { appealErrorWords } from "../src/errors/appeals.ts";
import { certificateErrorWords } from "../src/errors/certificates.ts";
import { organizationErrorWords } from "../src/errors/organizations.ts";
import { queueErrorWords } from "../src/errors/queue.ts";
import { signatureErrorWords } from "../src/errors/signatures.ts";

const abiErrors: { name: string; argumentNames: string[] }[] = Object.values(abis)
  .flat()
  .flatMap((entry) =>
    entry.type === "error"
      ? [{ name: entry.name, argumentNames: entry.inputs.map((input) => input.name) }]
      : [],
  );

/** Argument names of every declaration of the error: several contracts may declare one name. */
function argumentNames(code: string): Set<string> {
  const declarations = abiErrors.filter((error) => error.name === code);
  return new Set(declarations.flatMap((error) => error.argumentNames));
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
}

// Complete by type (see src/errors.ts), so these are all the codes the SDK can report.
const codes = Object.keys(errorWords) as IshonchErrorCode[];
// Unix seconds mean nothing to a reader: such arguments stay out of the sentences.
const timeArgument = /(At|deadline|validUntil|period)$/;

describe("error words", () => {
  it("are defined once, in one contract's file", () => {
    const parts = [
      accessErrorWords,
      organizationErrorWords,
      certificateErrorWords,
      queueErrorWords,
      appealErrorWords,
      signatureErrorWords,
    ];
    const defined = parts.flatMap((part) => Object.keys(part));
    expect(defined.length).toBe(new Set(defined).size);
  });

  it.each(codes)("%s: a sentence in every language, no hex, only its own arguments", (code) => {
    const allowed = argumentNames(code);
    for (const locale of locales) {
      const template = errorWords[code][locale];
      expect(template.trim(), `${code} ${locale}`).not.toBe("");
      expect(template, `${code} ${locale}`).not.toContain("0x");
      for (const name of placeholders(template)) {
        expect(allowed, `${code} ${locale} uses {${name}}`).toContain(name);
        expect(name, `${code} ${locale} shows a raw time`).not.toMatch(timeArgument);
      }
    }
  });
});

/** A value of the ABI type; addresses and hashes are hex, so a leaked one shows as 0x. */
function sampleValue(input: { baseType: string }): unknown {
  const { baseType } = input;
  if (baseType === "address") return `0x${"ab".repeat(20)}`;
  if (baseType === "bool") return true;
  if (baseType === "string") return "text";
  if (baseType.startsWith("bytes")) return `0x${"ab".repeat(Number(baseType.slice(5)) || 1)}`;
  return 7n;
}

describe("errorMessage on a decoded revert", () => {
  const reverts = Object.keys(abis).flatMap((contract) => {
    const iface = contractInterface(contract as keyof typeof abis);
    const found: { contract: string; name: string; data: string }[] = [];
    iface.forEachError((fragment) => {
      const data = iface.encodeErrorResult(fragment, fragment.inputs.map(sampleValue));
      found.push({ contract, name: fragment.name, data });
    });
    return found;
  });

  it.each(reverts)("$name of $contract: every placeholder filled, no hex", ({ name, data }) => {
    const error = decodeError({ data });
    expect(error.code).toBe(name);
    for (const locale of locales) {
      const message = errorMessage(locale, error);
      expect(message, locale).not.toMatch(/\{\w+\}/);
      expect(message, locale).not.toContain("0x");
    }
  });
});
