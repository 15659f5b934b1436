#!/usr/bin/env bash
# Builds the .deb (and the .tar.gz) from a finished build directory and checks what an IT department would deploy:
#   - the control data: name, version, section, maintainer, description, Depends (shlibdeps + Qt plugin packages),
#     and no maintainer scripts (installing or removing never touches a user's database);
#   - the contents: both programs and nothing else in usr/bin (no test executables, no benchmarks), the desktop file,
#     the icons (hicolor 16..256 PNG and scalable SVG), the AppStream metainfo, the .qm translations, the sample config;
#   - the programs as installed, run from the unpacked package (dpkg-deb -x into a scratch root):
#     relance-cli --version, demo-seed into a fresh SQLite database, aging on it; and the GUI offscreen, in French,
#     which must load its translation from the unpacked package (its log names the .qm it loaded).
# Usage: installer/check-deb.sh BUILD_DIR        Ends with "check-deb: PASS ..." or "check-deb: FAIL ..." (exit 1).
set -uo pipefail

BUILD_DIR=${1:?usage: installer/check-deb.sh BUILD_DIR}
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)
start=$(date +%s)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/relance-check-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=()
# fail SHORT [DETAILS]: SHORT goes into the final FAIL line, DETAILS only into the log above it.
fail() { failures+=("$1;"); echo "check-deb: FAILED: $1${2:+: $2}" >&2; }
# ok MESSAGE: printed only when the step since the last ok (or the start) failed nothing.
checked=0
ok() { [ ${#failures[@]} -eq $checked ] && echo "check-deb: ok: $1"; checked=${#failures[@]}; }
finish() {
  local secs=$(( $(date +%s) - start ))
  if [ ${#failures[@]} -eq 0 ]; then
    echo "check-deb: PASS ($secs s) ${deb:-}"
    exit 0
  fi
  local first=("${failures[@]:0:4}")
  echo "check-deb: FAIL (${#failures[@]} problem(s), $secs s): ${first[*]}$([ ${#failures[@]} -le 4 ] || echo ' ... (see above)')"
  exit 1
}

# ---- build the packages ----------------------------------------------------------------------------------------------
# The two programs up to date (a no-op after the test run; it also re-runs CMake when a CMakeLists.txt changed, which
# regenerates CPackConfig.cmake), then the packages into BUILD_DIR/packages.
if ! cmake --build "$BUILD_DIR" --target relance relance-cli > "$scratch/build.log" 2>&1; then
  tail -30 "$scratch/build.log" >&2
  fail "building relance and relance-cli failed"
  finish
fi
out="$BUILD_DIR/packages"
rm -rf "$out"
if ! (cd "$BUILD_DIR" && cpack -G "DEB;TGZ" -B "$out") > "$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log" >&2
  fail "cpack -G DEB;TGZ failed"
  finish
fi
deb=$(ls "$out"/relance_*.deb 2>/dev/null | head -n1)
tgz=$(ls "$out"/relance-*.tar.gz 2>/dev/null | head -n1)
[ -n "$deb" ] || { fail "no relance_*.deb in $out"; finish; }
[ -n "$tgz" ] || fail "no relance-*.tar.gz in $out"
ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)${tgz:+ and $(basename "$tgz")}"

# ---- control data --------------------------------------------------------------------------------------------------
version=$(sed -n 's/^project(Relance VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../CMakeLists.txt")
dpkg-deb --info "$deb" | sed -n '/^ [A-Z][A-Za-z-]*: /,$p' | grep -v '^ *$' | sed 's/^ /check-deb:   /'
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = relance ] || fail "Package is '$(field Package)', not relance"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', project() says $version"
[ -n "$(field Section)" ] || fail "no Section"
grep -q '@' <<<"$(field Maintainer)" || fail "Maintainer has no address: '$(field Maintainer)'"
[ "$(field Description | wc -l)" -ge 2 ] || fail "Description has no long description"
depends=$(field Depends)
for d in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
         qt6-qpa-plugins libspdlog libqt6keychain; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d" "$depends"
done
scripts=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' | grep -v -x -e '' -e control -e md5sums)
[ -z "$scripts" ] || fail "maintainer scripts in the package (they could touch user data): $scripts"
ok "control: $(field Package) $(field Version), Section $(field Section), Depends $(tr ',' '\n' <<<"$depends" | wc -l) packages, no maintainer scripts"

# ---- contents ------------------------------------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
id=ch.relance.Relance
expected=(/usr/bin/relance /usr/bin/relance-cli
  /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/$id.svg
  /usr/share/relance/translations/relance_fr.qm /usr/share/relance/translations/relance_de.qm
  /usr/share/relance/translations/relance_en.qm /usr/share/relance/relance.sample.ini)
for s in 16 32 48 64 128 256; do expected+=(/usr/share/icons/hicolor/${s}x${s}/apps/$id.png); done
for f in "${expected[@]}"; do
  grep -q -x -F "$f" <<<"$contents" || fail "missing in the .deb: $f"
done
bins=$(grep '^/usr/bin/.' <<<"$contents" | sort | tr '\n' ' ')
[ "$bins" = "/usr/bin/relance /usr/bin/relance-cli " ] || fail "usr/bin holds '$bins', expected exactly relance and relance-cli"
stray=$(grep -E '(^|/)(test_|bench_)|/tests?/|/bench/|\.a$|/include/' <<<"$contents")
[ -z "$stray" ] || fail "test, benchmark or development files in the .deb: $stray"
ok "contents: ${#expected[@]} expected files present, usr/bin = relance relance-cli, no tests or benchmarks"
if [ -n "$tgz" ]; then
  listing=$(tar -tzf "$tgz")
  grep -q -E '(^|/)bin/relance-cli$' <<<"$listing" || fail "the .tar.gz has no bin/relance-cli"
fi

# ---- unpack into a scratch root and validate the desktop integration files ---------------------------------------------
root="$scratch/root"
dpkg-deb -x "$deb" "$root" || { fail "dpkg-deb -x"; finish; }
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
else
  echo "check-deb: desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$scratch/appstream.log" 2>&1 \
    || { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate"; }
else
  echo "check-deb: appstreamcli not installed (appstream): skipped"
fi
grep -q "^Icon=$id$" "$root/usr/share/applications/$id.desktop" || fail "the desktop file's Icon is not $id"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" \
  || fail "the metainfo has no <release version=\"$version\"> (add the release to resources/$id.metainfo.xml)"
for b in relance relance-cli; do
  missing=$(ldd "$root/usr/bin/$b" 2>&1 | grep 'not found')
  [ -z "$missing" ] || fail "$b: libraries not found: $missing"
  sections=$(readelf -S "$root/usr/bin/$b" 2>/dev/null)
  ! grep -q '\.debug_info' <<<"$sections" || fail "$b is not stripped"
done

# ---- run the installed programs ------------------------------------------------------------------------------------
# A private home, config, data and temp folder: nothing of the machine's user is read or written.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
  XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/run" TMPDIR="$scratch/tmp"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset RELANCE_LLM_API_KEY
cli="$root/usr/bin/relance-cli"
db="sqlite://$scratch/demo.db"
asof=2026-11-23

v=$("$cli" --version 2>&1)
[ "$v" = "relance-cli $version" ] || fail "relance-cli --version printed '$v', expected 'relance-cli $version'"

seed=$(timeout 120 "$cli" --database "$db" demo-seed --invoices 300 --as-of "$asof" --json 2>&1)
grep -q '"invoices":300' <<<"$seed" || fail "demo-seed did not report 300 invoices" "$seed"

aging=$(timeout 60 "$cli" --database "$db" aging --as-of "$asof" --json 2>&1)
for bucket in light moderate serious; do
  # each bucket is one flat object before its "open" map: {"count":9,"name":"light","open":{...}}
  n=$(grep -o "{[^{}]*\"name\":\"$bucket\"[^{}]*" <<<"$aging" | grep -o '"count":[0-9]*' | grep -o '[0-9]*$')
  [ "${n:-0}" -gt 0 ] || fail "aging shows no '$bucket' invoices on the demo data" "$aging"
done
grep -q '"asOf":"'"$asof"'"' <<<"$aging" || fail "aging is not as of $asof" "$aging"
ok "installed relance-cli: '$v'; demo-seed 300 invoices; aging: $(grep -o '"count":[0-9]*,"name":"[a-z]*"' <<<"$aging" | sed 's/"count":\([0-9]*\),"name":"\([a-z]*\)"/\2=\1/' | tr '\n' ' ')"

# The GUI, offscreen, in French, on the demo data set: renders every view and names the PNGs; its log (in the private
# data folder) says which translation it loaded, which must be the unpacked package's, not the build tree's.
cap="$scratch/capture"
timeout 180 env QT_QPA_PLATFORM=offscreen "$root/usr/bin/relance" --demo --lang fr --as-of "$asof" --capture "$cap" \
  >"$scratch/gui.out" 2>"$scratch/gui.err"
rc=$?
pngs=$(ls "$cap"/*.png 2>/dev/null | wc -l)
[ $rc -eq 0 ] && [ "$pngs" -gt 0 ] || { tail -20 "$scratch/gui.err" >&2; fail "relance --capture exited $rc with $pngs PNGs"; }
log="$XDG_DATA_HOME/Relance/Relance/logs/relance.log"
want="translation: loaded $root/usr/share/relance/translations/relance_fr.qm"
if grep -q -F "$want" "$log" 2>/dev/null; then
  ok "installed relance: $pngs views captured offscreen in French; log: '$want'"
else
  fail "the installed GUI did not load the packaged relance_fr.qm" "expected '$want'; its log says: $(grep translation "$log" 2>/dev/null)"
fi

finish
