/** What the check page can re-verify: kept apart from server/check.ts, which the browser must not see. */
export const checkKinds = ["application", "offer", "appeal"] as const;
export type CheckKind = (typeof checkKinds)[number];

export function isCheckKind(text: unknown): text is CheckKind {
  return checkKinds.includes(text as CheckKind);
}
