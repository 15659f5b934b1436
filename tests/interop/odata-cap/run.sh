#!/usr/bin/env bash
# Interop check: relance-cli sync against SAP CAP (an independent OData v4 server). Not part of ctest (needs npm packages).
# Usage: tests/interop/odata-cap/run.sh [--page-shift]   (RELANCE_CLI=/path/to/relance-cli, default <repo>/build/app/relance-cli)
# --page-shift: instead of the rounds, show what a deletion between two pages of a full read does (README, finding 2).
set -euo pipefail
EXTRA=()
if [ "${1:-}" = "--page-shift" ]; then export RELANCE_INTEROP_PAGE_SHIFT=1; EXTRA=(--page-shift); fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
CLI="${RELANCE_CLI:-$REPO/build/app/relance-cli}"
[ -x "$CLI" ] || CLI="$(find "$REPO/build" -name relance-cli -type f -perm -u+x 2>/dev/null | head -1)"
[ -n "$CLI" ] && [ -x "$CLI" ] || { echo "FAIL: relance-cli not built (ninja -C build relance-cli) or set RELANCE_CLI"; exit 2; }
cd "$HERE"

# npm packages, locally, from the npm registry only (lock file committed). better-sqlite3 is compiled here
# (build-from-source) rather than fetching a prebuilt binary from GitHub.
if ! node -e "require('@sap/cds'); require('@cap-js/sqlite'); require('better-sqlite3')" 2>/dev/null; then
    npm_config_build_from_source=true npm ci --no-audit --no-fund
fi

python3 gen-data.py
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
WORK="$(mktemp -d /tmp/relance-cap-interop.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT

node node_modules/@sap/cds/bin/serve.js --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
ROOT="http://127.0.0.1:$PORT/odata/v4/facade/"
for _ in $(seq 1 100); do
    curl -sf -o /dev/null "$ROOT\$metadata" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; echo "FAIL: the CAP server did not start"; exit 2; }
    sleep 0.2
done
curl -sf -o /dev/null "$ROOT\$metadata" || { cat "$WORK/server.log"; echo "FAIL: the CAP server did not answer"; exit 2; }
echo "CAP $(node -p "require('@sap/cds/package.json').version") serving $ROOT (log: $WORK/server.log)"
curl -sf "$ROOT\$metadata" >"$WORK/metadata.xml"
grep -o '<Property Name="\(Amount\|OpenAmount\|InvoiceDate\|LastModified\)"[^>]*>' "$WORK/metadata.xml" || true

cat >"$WORK/relance.ini" <<INI
[accounting]
source=odata
url=$ROOT
entitySet=OpenInvoices
auth=none
pageSize=25
timeoutSeconds=20
deltaMode=auto

[crm]
source=none
INI

set +e
python3 "$HERE/check.py" --cli "$CLI" --config "$WORK/relance.ini" --database "sqlite://$WORK/relance.sqlite" \
    --url "$ROOT" --csv "$HERE/db/data/relance.interop-Invoices.csv" --as-of 2026-01-31 "${EXTRA[@]}"
rc=$?
set -e
echo "(work files: $WORK)"
exit $rc
