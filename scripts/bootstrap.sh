#!/usr/bin/env bash
# Installs the workspace (better-sqlite3 compiles from source: ~1 min the first time) and
# builds every package. Safe to run again: both steps are incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> installing dependencies"
bash scripts/pnpm.sh install --frozen-lockfile --reporter=append-only
echo "==> building packages"
bash scripts/pnpm.sh --filter "./packages/**" -r build
