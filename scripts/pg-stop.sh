#!/usr/bin/env bash
# Stops the throwaway PostgreSQL started by pg-start.sh and deletes its data directory.
# Safe to run when nothing is running.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=pg-lib.sh
source "$HERE/pg-lib.sh"

PGBIN="$(pg_bin_dir)"
if [ -n "$PGBIN" ] && [ -f "$PGDATA/postmaster.pid" ]; then
  as_pg_user "'$PGBIN/pg_ctl' -D '$PGDATA' -m immediate -w stop" >/dev/null 2>&1 || true
fi
rm -rf "$PGDATA"
