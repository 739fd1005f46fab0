/** Reading what a parent typed: numbers and dates, and the failure that names bad input. */
import type { queueInputErrorWords } from "./words.ts";

/** The kinds of bad input, each with its words. */
export type QueueInputError = keyof typeof queueInputErrorWords;

/** Bad input caught before anything is signed: nothing is written. */
export class QueueInputFailure extends Error {
  constructor(
    readonly code: QueueInputError,
    readonly values: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** A YYYY-MM-DD date at midnight UTC, or a QueueInputFailure. */
export function parseDay(text: string): Date {
  const day = text.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  // A day that does not exist (31 February) either fails to parse or comes back as another.
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw new QueueInputFailure("InvalidDate");
  }
  return date;
}

/** 1 September of the coming school year: when most places start. */
export function defaultStartDate(today: Date = new Date()): string {
  const year = today.getUTCMonth() >= 8 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  return `${year}-09-01`;
}

/** A whole number typed by a person (an application or offer number), or null. */
export function parseNumber(text: string | string[] | undefined): number | null {
  const value = (Array.isArray(text) ? text[0] : text)?.trim() ?? "";
  if (!/^\d{1,15}$/.test(value)) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}
