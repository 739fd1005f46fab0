#!/usr/bin/env bash
# `npm test`: every test of the repository, from a fresh Debian machine with only Node 20
# and npm. Installs what is missing (Chromium and PostgreSQL through apt, pnpm through
# npx, Node 24 from the npm registry), then runs the steps below in order and stops at the
# first failure. The last line counts the steps: "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
root=$PWD

export CI=true
export NEXT_TELEMETRY_DISABLED=1
export CHECKPOINT_DISABLE=1
export TURBO_TELEMETRY_DISABLED=1
export DEBIAN_FRONTEND=noninteractive
export PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

pnpm_version=10.34.9
# Two cores: more parallel tasks only make each one slower and flakier.
turbo_concurrency=2

passed=0
failed=0
results=()

# run_step TITLE COMMAND...: runs one step, records its outcome and time; stops the whole
# run (summary, exit 1) on failure.
run_step() {
  local title=$1
  shift
  local started=$SECONDS
  echo
  echo "==> ${title}"
  if "$@"; then
    passed=$((passed + 1))
    results+=("ok      ${title} ($((SECONDS - started)) s)")
  else
    local code=$?
    failed=$((failed + 1))
    results+=("FAILED  ${title} ($((SECONDS - started)) s, exit ${code})")
    echo "test.sh: step \"${title}\" failed (exit ${code}); see its output above." >&2
    summary
    exit 1
  fi
}

summary() {
  echo
  echo "==> Summary"
  printf '  %s\n' "${results[@]}"
  echo "${passed} passed, ${failed} failed"
}

missing_system_packages() {
  local missing=()
  [ -x "$CHROMIUM_PATH" ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  dpkg -s fonts-liberation >/dev/null 2>&1 || missing+=(fonts-liberation)
  [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql)
  echo "${missing[@]}"
}

install_system_packages() {
  local missing
  missing=$(missing_system_packages)
  if [ -z "$missing" ]; then
    echo "Chromium, fonts and PostgreSQL are installed."
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing system packages: ${missing}. Install them as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing}" >&2
    return 1
  fi
  echo "Installing: ${missing}"
  # shellcheck disable=SC2086 # one word per package
  apt-get update && apt-get install -y $missing || return 1
  missing=$(missing_system_packages)
  if [ -n "$missing" ]; then
    echo "Still missing after apt-get: ${missing} (expected Chromium at $CHROMIUM_PATH," >&2
    echo "PostgreSQL 15 in $PG_BIN)" >&2
    return 1
  fi
}

install_dependencies() {
  npx -y "pnpm@${pnpm_version}" install --frozen-lockfile || return 1
  # The workspace's devDependency `node` puts Node 24 here; everything after runs on it.
  local major
  major=$("$root/node_modules/.bin/node" -p 'process.versions.node.split(".")[0]') || return 1
  if [ "$major" -lt 24 ]; then
    echo "node_modules/.bin/node is Node ${major}; the workspace needs Node 24." >&2
    return 1
  fi
}

run_turbo() {
  "$root/node_modules/.bin/turbo" run "$@" --concurrency="$turbo_concurrency"
}

run_step "System packages (Chromium, fonts, PostgreSQL)" install_system_packages
run_step "Dependencies (pnpm ${pnpm_version} install --frozen-lockfile)" install_dependencies
export PATH="$root/node_modules/.bin:$PATH"
run_step "Formatting (prettier --check .)" prettier --check .
# Lint and types in one run, so that two cores always have a task of either kind.
run_step "Lint and types (every package)" run_turbo lint typecheck
run_step "Tests: contracts, unit, index on SQLite and PostgreSQL" run_turbo test
# The contracts' TypeScript suite again, on anvil (a second, independent EVM over JSON-RPC),
# beside the apps' production builds: it mostly waits on the node, the builds on the CPU.
run_step "Production builds of both apps; contract tests on anvil" run_turbo build \
  test:contracts-on-anvil --filter=@ishonch/citizen --filter=@ishonch/officials \
  --filter=@ishonch/devnet
run_step "End to end (Playwright, Chromium, real chain)" run_turbo e2e --filter=@ishonch/e2e
# The same suite on anvil (not through turbo, whose cache does not see the engine variable).
run_step "End to end on anvil" env ISHONCH_CHAIN_ENGINE=anvil pnpm --filter @ishonch/e2e run e2e

summary
