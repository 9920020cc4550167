#!/usr/bin/env bash
# Runs the pnpm version this repo pins, whether or not pnpm is installed (a fresh machine has
# only Node and npm). corepack is avoided: it fails signature checks on some machines.
set -euo pipefail
PNPM_VERSION=10.34.9
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  exec pnpm "$@"
fi
exec npx --yes "pnpm@$PNPM_VERSION" "$@"
