#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the hub tests and benchmarks
# (TOOLCHAIN.md: initdb as the postgres user, trust auth, its own socket folder) and prints the
# URL to put in TEST_DATABASE_URL. Usage: .ci/start-postgres.sh [PORT]. Stop it with
#   pg_ctl -D <folder>/data stop   (the folder is printed on stderr).
set -euo pipefail
port="${1:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "start-postgres: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"; fi
}
dir="$(mktemp -d /tmp/loupe-pg.XXXXXX)"
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; else sudo chown postgres "$dir"; fi
as_postgres "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: a test cluster is thrown away; the hub's own durability is tested by killing the hub.
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off" start >/dev/null
echo "start-postgres: cluster in $dir (log: $dir/server.log)" >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
