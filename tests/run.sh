#!/usr/bin/env bash
# Builds Relance and runs the whole test suite headless: offscreen Qt, a private PostgreSQL server on a local port
# (started as the postgres user when run as root: postgres refuses root), and a session D-Bus with an unlocked
# gnome-keyring for the keychain tests. Usage: tests/run.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
# An existing build folder keeps its own build type (the asan preset's is Debug) unless BUILD_TYPE is given.
if [ -z "${BUILD_TYPE:-}" ] && [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
  BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
fi
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR"

# --- Sanitizer builds (cmake --preset asan: RELANCE_SANITIZE=ON) -----------------------------------------------
# Any ASan or UBSan report stops the program with a stack trace, so the test fails. Leak reports are on; the only
# suppressions are for third-party libraries (tests/sanitizers/lsan.supp says which and why). Options already in the
# environment win, so a person can still run with their own.
if grep -q '^RELANCE_SANITIZE:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null; then
  SUPP="$PWD/tests/sanitizers"
  export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1:detect_leaks=1:detect_stack_use_after_return=0:strict_string_checks=0:check_initialization_order=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$SUPP/ubsan.supp}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$SUPP/lsan.supp:print_suppressions=0}
  echo "tests/run.sh: sanitizer build: ASAN_OPTIONS=$ASAN_OPTIONS UBSAN_OPTIONS=$UBSAN_OPTIONS LSAN_OPTIONS=$LSAN_OPTIONS"
fi

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
