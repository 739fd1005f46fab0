#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on this network.
# `prisma generate` only needs the path to exist; migrations are plain SQL files applied
# by `pnpm --filter @ishonch/index run indexer migrate`.
echo "The Prisma schema engine is not installed here: use 'indexer migrate' instead." >&2
exit 1
