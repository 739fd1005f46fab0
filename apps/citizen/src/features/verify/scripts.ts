/**
 * The only scripts the citizen app ships: the verify pages' own, bundled by esbuild from
 * src/features/verify/browser (package.json `build:scripts`) into public/scripts. The policy in
 * next.config.ts allows scripts on the verify pages only.
 */
export const verifyScripts = {
  verify: "/scripts/verify.js",
  bulk: "/scripts/verify-bulk.js",
} as const;

/** The id of the page's `<script type="application/json">` block holding the script's words. */
export const BROWSER_WORDS_ID = "verify-words";
