// Bundles the verify pages' scripts (src/features/verify/browser) into public/scripts, where
// src/features/verify/scripts.ts names them and the CSP of next.config.ts allows them. Run before
// `next build`; prints each file's gzipped weight, what a phone downloads.
import { readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const outdir = "public/scripts";
// Chunk names carry a content hash: old chunks must not pile up next to the new ones.
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  entryPoints: [
    "src/features/verify/browser/verify.ts",
    "src/features/verify/browser/verify-bulk.ts",
  ],
  outdir,
  bundle: true,
  minify: true,
  // Lets the page load the QR reader only when a photo or the camera is used.
  splitting: true,
  format: "esm",
  chunkNames: "verify-[hash]",
  target: "es2022",
  // The SDK's barrel computes `Object.keys(abis)` at load time; without this the bundle would
  // keep every contract ABI (67 kB) that the browser never uses.
  pure: ["Object.keys"],
  metafile: true,
  logLevel: "warning",
});

for (const file of Object.keys(result.metafile.outputs)) {
  const gzipBytes = gzipSync(readFileSync(file)).byteLength;
  console.log(`${file}: ${(gzipBytes / 1000).toFixed(1)} kB gzipped`);
}
