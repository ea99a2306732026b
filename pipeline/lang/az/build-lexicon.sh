#!/usr/bin/env bash
# Rebuilds pipeline/lang/az/lexicon.txt.gz from the Azerbaijani word list
# shipped in Debian's tesseract-ocr-aze (Apache-2.0, upstream tesseract-ocr tessdata_fast).
# Usage (from the repo root or anywhere): bash pipeline/lang/az/build-lexicon.sh
# Needs root (or sudo) only when the Debian packages are not yet installed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/lexicon.txt.gz"
out_hyphenated="$here/hyphenated.txt.gz"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need_pkgs=()
dpkg-query -W -f='${Status}' tesseract-ocr 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=(tesseract-ocr)
dpkg-query -W -f='${Status}' tesseract-ocr-aze 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=(tesseract-ocr-aze)
command -v python3 >/dev/null 2>&1 || need_pkgs+=(python3)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need_pkgs[@]}"
fi

traineddata="$(dpkg -L tesseract-ocr-aze | grep '/aze\.traineddata$' | head -n1)"
[ -n "$traineddata" ] && [ -f "$traineddata" ] || { echo "aze.traineddata not found" >&2; exit 1; }
pkg_version="$(dpkg-query -W -f='${Version}' tesseract-ocr-aze)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

combine_tessdata -u "$traineddata" "$tmp/aze." >"$tmp/extract.log" 2>&1 || { cat "$tmp/extract.log" >&2; exit 1; }
dawg2wordlist "$tmp/aze.lstm-unicharset" "$tmp/aze.lstm-word-dawg" "$tmp/words.txt" >>"$tmp/extract.log" 2>&1 || { cat "$tmp/extract.log" >&2; exit 1; }
[ -s "$tmp/words.txt" ] || { echo "dawg2wordlist produced no words" >&2; exit 1; }

# Filter: NFC; Capitalised / ALL-CAPS forms folded with Azerbaijani casing
# (I -> ı, İ -> i, then lower()); keep words made only of the 32 lower-case
# Azerbaijani letters, length >= 2.
# Hyphenated compounds (sosial-iqtisadi, üz-üzə) go to a second list: they decide line-end hyphens.
PYTHONIOENCODING=utf-8 python3 - "$tmp/words.txt" "$tmp/hyphenated.txt" > "$tmp/filtered.txt" <<'PY'
import sys, unicodedata
LOWER = set("abcçdeəfgğhxıijkqlmnoöprsştuüvyz")
UPPER = set("ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ")

def az_lower(w):
    return w.replace("İ", "i").replace("I", "ı").lower()

out = set()
hyphenated = set()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        w = unicodedata.normalize("NFC", line.strip())
        if not w:
            continue
        if w[0] in UPPER and all(c in LOWER for c in w[1:]):      # Capitalised
            w = az_lower(w)
        elif all(c in UPPER for c in w):                           # ALL-CAPS
            w = az_lower(w)
        w = unicodedata.normalize("NFC", w)
        if len(w) >= 2 and all(c in LOWER for c in w):
            out.add(w)
        parts = w.split("-")
        if len(parts) == 2 and all(len(p) >= 2 and all(c in LOWER for c in p) for p in parts):
            hyphenated.add(w)
sys.stdout.write("".join(x + "\n" for x in out))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("".join(x + "\n" for x in hyphenated))
PY

LC_ALL=C sort -u "$tmp/filtered.txt" > "$tmp/lexicon.txt"
gzip -9 -n -c "$tmp/lexicon.txt" > "$tmp/lexicon.txt.gz"
mv -f "$tmp/lexicon.txt.gz" "$out"
LC_ALL=C sort -u "$tmp/hyphenated.txt" | gzip -9 -n -c > "$out_hyphenated"

echo "tesseract-ocr-aze $pkg_version: $(wc -l < "$tmp/words.txt") forms in, $(wc -l < "$tmp/lexicon.txt") words out -> $out ($(wc -c < "$out") bytes), $(gunzip -c "$out_hyphenated" | wc -l) hyphenated compounds -> $out_hyphenated" >&2
