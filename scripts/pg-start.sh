#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for tests on 127.0.0.1:$PGPORT (default 54329), data under /tmp.
# Installs Debian's `postgresql` package when missing (needs root), stops a previous instance
# first, and prints the connection URL on stdout (everything else goes to stderr).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=pg-lib.sh
source "$HERE/pg-lib.sh"

if [ -z "$(pg_bin_dir)" ]; then
  echo "pg-start: installing PostgreSQL (apt-get)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGBIN="$(pg_bin_dir)"

bash "$HERE/pg-stop.sh" >&2

mkdir -p "$PGDATA"
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$PGDATA"; fi
as_pg_user "'$PGBIN/initdb' -D '$PGDATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg_user "'$PGBIN/pg_ctl' -D '$PGDATA' -l '$PGDATA/server.log' -w -t 30 -o \"-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >&2
as_pg_user "'$PGBIN/psql' -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null

echo "postgresql://postgres:postgres@127.0.0.1:$PGPORT/postgres"
