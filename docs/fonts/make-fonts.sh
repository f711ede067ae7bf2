#!/usr/bin/env bash
# Rebuilds the fonts OpsCharter ships (adapters-ui/src/main/resources/META-INF/resources/assets/fonts):
# the Simplified Chinese face of Debian's Noto Sans CJK, subset to what Chinese business text needs and
# converted to TrueType outlines (OpenPDF subsets those glyf fonts reliably when it embeds them).
# Needs Debian's fonts-noto-cjk and python3-fonttools; removes nothing it did not install itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../../adapters-ui/src/main/resources/META-INF/resources/assets/fonts" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# CJK Unified Ideographs, CJK symbols and punctuation, full-width forms, Latin and Latin-1, Greek,
# general punctuation (· — …), currency (€ ¥ £), letter-like (℃ №), arrows, maths (≥ ≤ ×),
# technical, enclosed numbers (①), box drawing, blocks, geometric shapes, symbols (⚠), dingbats (✓).
unicodes="U+0020-007E,U+00A0-017F,U+0370-03FF,U+2000-206F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF"
unicodes+=",U+2300-23FF,U+2460-24FF,U+2500-25FF,U+2600-26FF,U+2700-27BF,U+3000-303F,U+3200-32FF,U+4E00-9FFF"
unicodes+=",U+FE30-FE4F,U+FF00-FFEF"

for weight in Regular Bold; do
  /usr/bin/python3 - "$weight" "$work" <<'PY'
import sys
from fontTools.ttLib import TTCollection
weight, work = sys.argv[1], sys.argv[2]
for face in TTCollection(f"/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc").fonts:
    if face["name"].getDebugName(6) == f"NotoSansCJKsc-{weight}":
        face.save(f"{work}/sc-{weight}.otf")
PY
  # without 'locl' and vertical forms: the Japanese, Korean and Traditional variants would double the glyphs
  /usr/bin/python3 -m fontTools.subset "$work/sc-$weight.otf" --unicodes="$unicodes" \
      --layout-features='kern,palt,halt' --no-hinting --drop-tables+=VORG,vhea,vmtx --notdef-outline \
      --output-file="$work/subset-$weight.otf"
  /usr/bin/python3 "$here/otf2ttf.py" "$work/sc-$weight.otf" "$work/subset-$weight.otf" "$out/NotoSansSC-$weight.ttf"
done
ls -l "$out"
