#!/usr/bin/env bash
# `npm start`: the whole Ishonch platform on this machine. Works on a fresh machine with
# only Node 20 and npm: installs the workspace with the pinned pnpm (through npx), which
# also brings Node 24; builds the contracts, the SDK, the index and both apps; then runs
# the devnet's `start` on Node 24. Ports: ISHONCH_CHAIN_PORT (8545),
# ISHONCH_CITIZEN_PORT (3000), ISHONCH_OFFICIALS_PORT (3001). Ctrl-C stops everything.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The pnpm that package.json pins, e.g. pnpm@10.34.9; it may run on the machine's Node.
pnpm_spec="$(sed -n 's/.*"packageManager": *"\(pnpm@[^"]*\)".*/\1/p' package.json)"
pnpm() { npx -y "$pnpm_spec" "$@"; }

# No telemetry from Next.js and turbo, no update checks from Prisma.
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

echo "==> Installing dependencies ($pnpm_spec, frozen lockfile)"
# CI=true: pnpm would otherwise stop to ask before rebuilding node_modules without a TTY.
CI=true pnpm install --frozen-lockfile

# From here on, `node` is the workspace's Node 24.
export PATH="$root/node_modules/.bin:$PATH"

echo "==> Building the contracts, SDK, records, index and both apps"
# turbo straight from node_modules/.bin: it finds the workspace's own pnpm next to it.
CI=true turbo run generate build \
  --filter=@ishonch/citizen --filter=@ishonch/officials \
  --filter=@ishonch/index --filter=@ishonch/records --filter=@ishonch/devnet

# The real Node binary, not the .bin shim, so that Ctrl-C and SIGTERM reach it directly.
node24="$(node -p process.execPath)"
cd "$root/packages/devnet"
exec "$node24" --import tsx src/start.ts
