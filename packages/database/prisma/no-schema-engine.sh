#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on this network.
# `prisma generate` only needs the path to exist; migrations are plain SQL files applied
# by our own migrator: `indexer migrate` (@ishonch/index), `records migrate` (@ishonch/records).
echo "The Prisma schema engine is not installed here: use 'indexer migrate' or 'records migrate'." >&2
exit 1
