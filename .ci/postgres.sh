# Sourced by .ci/run: installs Debian's PostgreSQL if needed, starts a throwaway server on
# 127.0.0.1, exports DIGITALWEEK_TEST_PG_URL for the tests, and stops the server on exit.
# Usable by hand too: `source .ci/postgres.sh` before `./mvnw verify`.

pg_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pg_as_root apt-get install -y --no-upgrade postgresql \
    || { pg_as_root apt-get update && pg_as_root apt-get install -y --no-upgrade postgresql; }
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=${PG_PORT:-54329}
PG_DATA=$(mktemp -d /tmp/digitalweek-pg.XXXXXX)
pg_as_root chown postgres:postgres "$PG_DATA"
pg_as_root runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA/data" -A trust -U postgres -E UTF8 >/dev/null
pg_as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -w -l "$PG_DATA/server.log" \
  -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DATA" start >/dev/null
pg_stop() {
  pg_as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -m fast stop >/dev/null || true
  pg_as_root rm -rf "$PG_DATA"
}
trap pg_stop EXIT
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE digitalweek_test"
export DIGITALWEEK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/digitalweek_test?user=postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT for the tests"
