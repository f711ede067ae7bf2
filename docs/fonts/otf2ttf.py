"""Converts a CFF-outline OpenType font to TrueType (glyf) outlines, after fontTools' otf2ttf snippet,
and carries the original's licence and credits over into the name table the subsetter trimmed.

usage: otf2ttf.py ORIGINAL.otf SUBSET.otf OUT.ttf
"""
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

MAX_ERROR = 1.0  # font units (of 1000): curves stay within a thousandth of the em


def convert(original, subset, out):
    font = TTFont(subset)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    glyf.compile(font)
    for name in order:  # left side bearings follow the new outlines' bounds
        advance, _ = font["hmtx"][name]
        font["hmtx"][name] = (advance, getattr(glyf[name], "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: nothing reads them, and they would cost 200 KB
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    names = font["name"]
    for record in TTFont(original, lazy=True)["name"].names:
        if record.nameID in (7, 8, 9, 11, 12, 13, 14) and record.platformID == 3 and record.langID == 0x409:
            names.setName(record.toUnicode(), record.nameID, 3, 1, 0x409)
    names.setName("Subset (CJK Unified Ideographs, CJK and full-width punctuation, Latin, symbols) converted"
                  " to TrueType outlines for OpsCharter's documents", 10, 3, 1, 0x409)
    font.save(out)


if __name__ == "__main__":
    convert(*sys.argv[1:4])
