#!/usr/bin/env bash
# Runs every test suite against real databases: each package's unit tests, then the integration
# tests, whose provider loops cover SQLite and PostgreSQL in one run, then the delegate and policy
# suites again with a Prisma 7 client. Starts a throwaway PostgreSQL first and always stops it.
# Expects dependencies installed and packages built (`npm test` runs scripts/bootstrap.sh first).
# Exits non-zero when any suite fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "== starting PostgreSQL"
PG_URL="$(bash scripts/pg-start.sh)"
export ZENSTACK_TEST_PG_URL="$PG_URL"
export ZENSTACK_TEST_DB_PROVIDERS="${ZENSTACK_TEST_DB_PROVIDERS:-sqlite,postgresql}"
echo "PostgreSQL test server: $ZENSTACK_TEST_PG_URL"

status=0
LOG="$(mktemp)"
trap 'echo "== stopping PostgreSQL"; bash scripts/pg-stop.sh; rm -f "$LOG"' EXIT

echo "== unit tests of every package"
bash scripts/pnpm.sh -r --workspace-concurrency=1 --no-bail --filter '!integration-tests' test 2>&1 | tee -a "$LOG" || status=1

echo "== integration tests on ${ZENSTACK_TEST_DB_PROVIDERS//,/ and }"
bash scripts/pnpm.sh --filter integration-tests test 2>&1 | tee -a "$LOG" || status=1

# a second matrix entry: enhance() on a Prisma 7 client (the CLI stays on 6.19, whose DDL makes
# the tables), on the same server; a smaller fuzz run keeps it to a couple of minutes
echo "== integration tests (delegate, policy) on Prisma 7"
ZENSTACK_TEST_PRISMA=7 ZENSTACK_POLICY_FUZZ_CASES=1000 \
  bash scripts/pnpm.sh --filter integration-tests test delegate/ policy/ policy-fuzz/ 2>&1 | tee -a "$LOG" || status=1

# one closing line over every suite: vitest prints "Tests  N failed | M passed (T)" per run
summary="$(sed 's/\x1b\[[0-9;]*m//g' "$LOG" | grep -E '^ +Tests +' | awk '
  { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  END { printf "%d passed, %d failed", p, f }' || true)"
if [ "$status" -eq 0 ]; then echo "== all test suites passed"; else echo "== some test suites FAILED"; fi
echo "$summary"
exit "$status"
