#!/bin/sh
# Draws the application icon's files in assets/icon from assets/icon/unroll.svg: a PNG at each size the
# window offers (16 to 256 px, used on Linux by the window and the app image), the Windows .ico and the
# macOS .icns that jpackage takes there. Needs rsvg-convert (librsvg2-bin), ImageMagick and python3.
set -eu
cd "$(dirname "$0")/../../../assets/icon"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" unroll.svg -o "unroll-$size.png"
done
convert unroll-16.png unroll-24.png unroll-32.png unroll-48.png unroll-64.png unroll-128.png unroll-256.png unroll.ico
# an .icns is a list of (type, length, PNG) entries after its own header; these types hold PNGs of 16 to 512 px
python3 - <<'PY'
import struct
entries = [(b"icp4", 16), (b"icp5", 32), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)]
body = b""
for kind, size in entries:
    png = open(f"unroll-{size}.png", "rb").read()
    body += kind + struct.pack(">I", 8 + len(png)) + png
open("unroll.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
# the 512 px PNG only feeds the .icns
rm unroll-512.png
