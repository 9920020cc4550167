#!/usr/bin/env bash
# The main job: the sample generated, pushed to embedded SQLite and queried through enhance().
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
echo "==> running the sample (samples/polymorphism)"
bash scripts/pnpm.sh --filter polymorphism-sample start
