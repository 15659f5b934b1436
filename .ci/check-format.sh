#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted with the root .clang-format (clang-format from Debian 12).
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
CF=${CLANG_FORMAT:-clang-format}
mapfile -t files < <(git ls-files '*.cpp' '*.h')
bad=()
for f in "${files[@]}"; do
  if ! "$CF" --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done
if [ ${#bad[@]} -ne 0 ]; then
  echo "check-format: FAIL: ${#bad[@]} of ${#files[@]} files are not formatted ($("$CF" --version | head -n1)):"
  printf '  %s\n' "${bad[@]}"
  echo "check-format: run  git ls-files '*.cpp' '*.h' | xargs clang-format -i"
  exit 1
fi
echo "check-format: PASS (${#files[@]} files)"
