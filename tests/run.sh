#!/usr/bin/env bash
# Builds Relance and runs the whole test suite headless: offscreen Qt, a private PostgreSQL server on a local port
# (started as the postgres user when run as root: postgres refuses root), and a session D-Bus with an unlocked
# gnome-keyring for the keychain tests. Usage: tests/run.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR"

# --- PostgreSQL, private to this run -------------------------------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
PGDIR=""
# A private data folder for this run: the keyring daemon keeps its keyrings there (a leftover login keyring with
# another password would stay locked), and the tests' application data never mixes with the user's.
RUN_HOME=$(mktemp -d /tmp/relance-test-home.XXXXXX)
cleanup() {
  rm -rf "$RUN_HOME"
  if [ -n "$PGDIR" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
}
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
trap cleanup EXIT

if [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; then
  PGPORT=${RELANCE_TEST_PG_PORT:-55432}
  while (echo >/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
  PGDIR=$(mktemp -d /tmp/relance-pg.XXXXXX)
  chmod 755 "$PGDIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
  as_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" \
    -l "$PGDIR/log" -w start >/dev/null
  export RELANCE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
  echo "tests/run.sh: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PGPORT"
else
  echo "tests/run.sh: no PostgreSQL server found (installer/deps-debian.sh installs it): PostgreSQL tests will be skipped"
fi

export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$RUN_HOME/data" XDG_CONFIG_HOME="$RUN_HOME/config" XDG_CACHE_HOME="$RUN_HOME/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
export BUILD_DIR
CTEST_ARGS=("$@")
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  dbus-run-session -- bash -c '
    echo -n relance-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@"' ctest "${CTEST_ARGS[@]}"
else
  echo "tests/run.sh: no session D-Bus or gnome-keyring: keychain tests will be skipped"
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "${CTEST_ARGS[@]}"
fi
