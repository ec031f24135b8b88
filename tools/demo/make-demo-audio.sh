#!/usr/bin/env bash
# Makes the demo audio: for every episode in content/episodes/ it reads the title,
# the summary and the start of the transcript aloud with espeak-ng (German voice),
# cuts the speech to a fixed length per episode and encodes it as a small mono MP3
# in public/audio/<slug>.mp3 (8 kbps, 8 kHz: about 1 KB per second).
#
# The fixed lengths matter: the transcripts' time marks must stay below them.
# Every file must stay under 300 KB, so the longest episode gets 270 seconds.
#
# Usage: tools/demo/make-demo-audio.sh [slug ...]   (no arguments: all episodes)
# Needs: espeak-ng, sox, lame.
set -euo pipefail

cd "$(dirname "$0")/../.."
episodes_dir="content/episodes"
out_dir="public/audio"
max_bytes=$((300 * 1024))

# Length of each demo file in seconds. Episodes not listed get the default.
declare -A seconds=(
  [000-trailer]=40
  [001-warum-dieser-podcast]=75
  [002-zwist-zwischen-it-und-fachbereich]=85
  [003-sla-ohne-streit]=80
  [004-vertraust-du-deiner-it]=270
  [005-remote-arbeit-ohne-reibung]=80
  [006-outsourcing-sauber-beenden]=60
  [007-projekte-die-niemand-stoppt]=90
  [008-der-erste-tag-beim-neuen-kunden]=45
  [009-ausblick-staffel-drei]=45
)
default_seconds=60

for tool in espeak-ng sox lame; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 1; }
done

mkdir -p "$out_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Frontmatter value of a simple `key: value` or `key: "value"` line.
front_value() {
  awk -v key="$2" '
    /^---$/ { n++; next }
    n == 1 && index($0, key ":") == 1 {
      sub("^" key ":[ ]*", ""); gsub(/^"|"$/, ""); print; exit
    }' "$1"
}

# Spoken text: title, summary, then the body without markup, time marks,
# MDX imports and component tags. Limited to roughly as many words as fit.
spoken_text() {
  local file=$1 words=$2
  {
    echo "Klartext IT. $(front_value "$file" title)."
    echo "$(front_value "$file" summary)"
    awk '/^---$/ { n++; next } n >= 2' "$file" \
      | grep -v '^import ' \
      | sed -E 's/<[^>]*>//g; s/\[[0-9:]+\]//g; s/\*\*//g; s/^#+ *//; s/\[([^]]*)\]\([^)]*\)/\1/g'
  } | tr '\n' ' ' | awk -v max="$words" '{ for (i = 1; i <= NF && i <= max; i++) printf "%s ", $i; print "" }'
}

shopt -s nullglob
files=("$episodes_dir"/*.md "$episodes_dir"/*.mdx)
if [ "$#" -gt 0 ]; then
  files=()
  for slug in "$@"; do
    for f in "$episodes_dir/$slug.md" "$episodes_dir/$slug.mdx"; do
      [ -f "$f" ] && files+=("$f")
    done
  done
fi

for file in "${files[@]}"; do
  slug=$(basename "$file"); slug=${slug%.*}
  length=${seconds[$slug]:-$default_seconds}
  out="$out_dir/$slug.mp3"

  # espeak-ng at 160 words per minute; ask for a little more text than fits.
  spoken_text "$file" $((length * 3 + 20)) > "$tmp/text.txt"
  espeak-ng -v de -s 160 -w "$tmp/speech.wav" -f "$tmp/text.txt"

  # Normalise, pad with silence, cut to exactly $length seconds, fade out the
  # last 1.5 s. (-V1: pad would warn that the end padding was cut off by trim.)
  sox -V1 "$tmp/speech.wav" -r 8000 -c 1 "$tmp/cut.wav" \
    gain -n -1 pad 0.5 "$length" trim 0 "$length" fade t 0.05 "$length" 1.5

  lame --quiet -m m -b 8 --resample 8 \
    --tt "$(front_value "$file" title)" --ta "Oliver Hartmann" --tl "Klartext IT" \
    "$tmp/cut.wav" "$out"

  bytes=$(stat -c %s "$out")
  printf '%-45s %4ss %7s bytes\n' "$out" "$length" "$bytes"
  if [ "$bytes" -ge "$max_bytes" ]; then
    echo "error: $out is $bytes bytes, over 300 KB" >&2
    exit 1
  fi
done
