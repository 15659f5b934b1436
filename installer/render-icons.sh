#!/usr/bin/env bash
# Renders resources/icons/relance.svg into the committed PNGs (hicolor theme sizes) and the multi-size Windows icon.
# Run it after changing the SVG, then commit the results. Needs librsvg2-bin (rsvg-convert) and icoutils (icotool):
#   apt-get install librsvg2-bin icoutils
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/relance.svg
pngs=()
for s in 16 24 32 48 64 128 256; do
  dir=resources/icons/hicolor/${s}x${s}/apps
  mkdir -p "$dir"
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$dir/relance.png"
  [ "$s" = 256 ] || pngs+=("$dir/relance.png")
done
# Windows icon: 16..128 as bitmaps, 256 stored as PNG (what Windows Vista and later expect).
icotool -c -o installer/windows/relance.ico "${pngs[@]}" -r resources/icons/hicolor/256x256/apps/relance.png
icotool -l installer/windows/relance.ico
