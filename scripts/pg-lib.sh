# Shared settings for pg-start.sh / pg-stop.sh (sourced, not executed).
PGPORT="${PGPORT:-54329}"
PGDATA="${PGDATA:-/tmp/pgdata-$PGPORT}"

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

# Runs a command as the `postgres` OS user when we are root (initdb refuses to run as root).
as_pg_user() {
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}
