/**
 * The verify page's results, built in the browser with the same markup as the server's
 * VerifyOutcomePanel, plus the holder's details, which only the browser ever sees.
 */
import type { DiplomaFieldName, DiplomaFields } from "@ishonch/sdk";
import { formatDay } from "@ishonch/i18n/dates";
import type { BrowserWords } from "../browser-words.ts";
import type { VerifyOutcome } from "../verdict-view.ts";
import { h } from "./dom.ts";

/** A result the browser found by itself: an unreadable photo, a foreign code, a bad file. */
export function problemElement(problem: string, message: string): HTMLElement {
  return h(
    "p",
    {
      class: "notice notice-error",
      role: "alert",
      "data-testid": "verify-problem",
      "data-problem": problem,
    },
    message,
  );
}

export function checkingElement(words: BrowserWords): HTMLElement {
  return h(
    "p",
    { class: "notice", role: "status", "data-testid": "verify-checking" },
    words.page.checking,
  );
}

export function outcomeElement(outcome: VerifyOutcome, words: BrowserWords): HTMLElement {
  if (outcome.kind === "problem") return problemElement(outcome.problem, outcome.message);
  const { verdict } = outcome;
  const facts = verdict.facts.map((fact) =>
    h(
      "div",
      {},
      h("dt", {}, fact.label),
      h(
        "dd",
        { "data-fact": fact.name },
        fact.hash ? h("code", { class: "hash" }, fact.value) : fact.value,
      ),
    ),
  );
  return h(
    "section",
    {
      class: `card verdict verdict-${verdict.status}`,
      "data-testid": "verdict",
      "data-status": verdict.status,
      "aria-labelledby": "verdict-title",
    },
    h("h2", { id: "verdict-title" }, verdict.title),
    h("p", {}, verdict.explanation),
    facts.length > 0 && h("h3", {}, words.page.evidenceHeading),
    facts.length > 0 && h("dl", { class: "facts" }, ...facts),
  );
}

function displayValue(name: DiplomaFieldName, value: string, words: BrowserWords): string {
  if (name === "degreeLevel") return words.degrees[value as DiplomaFields["degreeLevel"]] ?? value;
  // Dates of birth and graduation are calendar days (YYYY-MM-DD), written out in words.
  return formatDay(words.locale, value);
}

/** The holder's details as the document shows them; hidden fields are said to be hidden. */
export function holderElement(
  disclosed: Partial<DiplomaFields>,
  fieldNames: readonly DiplomaFieldName[],
  words: BrowserWords,
): HTMLElement {
  const rows = fieldNames.map((name) => {
    const value = disclosed[name];
    if (value === "") return null;
    return h(
      "div",
      {},
      h("dt", {}, words.fields[name]),
      value === undefined
        ? h("dd", { class: "muted", "data-field": name }, words.page.hiddenField)
        : h("dd", { "data-field": name }, displayValue(name, value, words)),
    );
  });
  return h(
    "section",
    { class: "card", "data-testid": "holder", "aria-labelledby": "holder-heading" },
    h("h2", { id: "holder-heading" }, words.page.holderHeading),
    h("dl", { class: "facts" }, ...rows),
  );
}
