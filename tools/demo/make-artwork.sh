#!/usr/bin/env bash
# Builds the demo podcast cover public/artwork.jpg (1400x1400 JPEG, < 250 KB)
# with ImageMagick: gradient background, a speech bubble, title and subtitle.
set -euo pipefail

cd "$(dirname "$0")/../.."
out="public/artwork.jpg"
mkdir -p public

# Fonts that ship with DejaVu/Liberation; fall back to whichever exists.
pick_font() {
  for f in "$@"; do
    if [ -f "$f" ]; then echo "$f"; return; fi
  done
  echo "DejaVu-Sans"
}
bold=$(pick_font /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf /usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf)
regular=$(pick_font /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf)

convert -size 1400x1400 gradient:'#1d3557-#0b1a2e' \
  -fill '#f1c453' -stroke none \
  -draw "roundrectangle 200,260 1200,860 90,90" \
  -draw "polygon 380,850 520,850 330,1020" \
  -fill '#1d3557' -font "$bold" -pointsize 190 -gravity north \
  -annotate +0+360 'Klartext' \
  -pointsize 230 -annotate +0+560 'IT' \
  -fill '#f4f1e8' -font "$regular" -pointsize 54 -gravity south \
  -annotate +0+250 'Der Podcast über IT und Fachbereich' \
  -fill '#f1c453' -pointsize 40 -annotate +0+170 'mit Oliver Hartmann' \
  -strip -interlace Plane -sampling-factor 4:2:0 -quality 85 \
  "$out"

bytes=$(stat -c %s "$out")
echo "$out: $(identify -format '%wx%h' "$out"), $bytes bytes"
if [ "$bytes" -ge 256000 ]; then
  echo "error: $out is larger than 250 KB" >&2
  exit 1
fi
