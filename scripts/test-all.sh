#!/usr/bin/env bash
# Runs every test suite against real databases: each package's unit tests, then the integration
# tests, whose provider loops cover SQLite and PostgreSQL in one run. Starts a throwaway
# PostgreSQL first and always stops it. Expects dependencies installed and packages built
# (`npm test` runs scripts/bootstrap.sh first). Exits non-zero when any suite fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "== starting PostgreSQL"
PG_URL="$(bash scripts/pg-start.sh)"
trap 'echo "== stopping PostgreSQL"; bash scripts/pg-stop.sh' EXIT
export ZENSTACK_TEST_PG_URL="$PG_URL"
export ZENSTACK_TEST_DB_PROVIDERS="${ZENSTACK_TEST_DB_PROVIDERS:-sqlite,postgresql}"
echo "PostgreSQL test server: $ZENSTACK_TEST_PG_URL"

status=0

echo "== unit tests of every package"
bash scripts/pnpm.sh -r --workspace-concurrency=1 --no-bail --filter '!integration-tests' test || status=1

echo "== integration tests on ${ZENSTACK_TEST_DB_PROVIDERS//,/ and }"
bash scripts/pnpm.sh --filter integration-tests test || status=1

if [ "$status" -eq 0 ]; then echo "== all test suites passed"; else echo "== some test suites FAILED"; fi
exit "$status"
