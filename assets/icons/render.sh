#!/bin/bash
# Renders every icon file in this folder from verbatim.svg. The outputs are committed, so a build
# never runs this; run it after editing the SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert, for .ico), icnsutils (png2icns, for .icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w $s -h $s verbatim.svg -o "$tmp/$s.png"
done
# Linux: jpackage --icon takes one PNG; the .desktop entry shows it
cp "$tmp/256.png" verbatim.png
cp "$tmp/512.png" verbatim-512.png
# Windows: one .ico holding every size Explorer and the taskbar ask for
/usr/bin/convert "$tmp"/{16,24,32,48,64,128,256}.png verbatim.ico
# macOS: .icns with the sizes png2icns can store (16 to 1024; 1024 is ic10, Retina 512@2x)
png2icns verbatim.icns "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
ls -l verbatim.png verbatim-512.png verbatim.ico verbatim.icns
