#!/usr/bin/python3
"""Corpus and mutation run of `brainmd import` (issue 12).

Imports, each file on its own (a fresh database per file, under a timeout):
  * the DICOM files Debian's python3-pydicom ships (pydicom/data),
  * the DICOM files of Debian's python3-nibabel (its tests' data folders), and
  * mutations of slices of a phantom series written by `brainmd demo-data`
    (truncations, byte flips, BitsAllocated 1 / 12 / 16 with mismatched lengths,
    Rows / Columns 0 or 65535, NumberOfFrames huge, PixelSpacing 0 / negative / huge,
    missing or NaN positions, zero orientation, duplicate UIDs with different pixels,
    non-ASCII names in several character sets, non-image SOP classes),
then all of them together with the good series (a refused file must not take the good
series with it), and the mutations folder twice (re-import must add and update nothing).
Prints counts imported / refused by reason / crashed / hung and lines on stderr.
Needs no network; writes only under --work (default: a temporary folder).

Usage: tests/fuzz/corpus-run.py --brainmd build/default/app/brainmd [--work DIR]
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import pydicom
from pydicom.dataelem import RawDataElement
from pydicom.tag import Tag
from pydicom.uid import generate_uid

TIMEOUT_S = 120
PROGRESS = re.compile(r"^import: +\d+% ")


def run(cmd, env=None):
    """(returncode or 'hung', stdout, stderr) of a child run under the timeout."""
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        return "hung", b"", b""
    return p.returncode, p.stdout, p.stderr


def pydicom_files():
    root = os.path.join(os.path.dirname(pydicom.__file__), "data")
    out = []
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith((".py", ".pyc", ".json", ".txt", ".md")):
                continue
            out.append(os.path.join(folder, name))
    return sorted(out)


def nibabel_files():
    """The DICOM test files of Debian's python3-nibabel (none when it is not installed)."""
    root = "/usr/lib/python3/dist-packages/nibabel"
    out = []
    for folder, _, names in os.walk(root):
        out += [os.path.join(folder, n) for n in names if n.lower().endswith((".dcm", ".ima"))]
    return sorted(out)


def mutate_bytes(data, rng, n):
    b = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def header_edit(src, dst, edit):
    ds = pydicom.dcmread(src)
    ds.SOPInstanceUID = generate_uid()
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    edit(ds)
    ds.save_as(dst, write_like_original=True)


def set_raw(ds, tag, vr, value):
    """Stores `value` as given (no validation), padded to even length."""
    b = value.encode("latin-1") if isinstance(value, str) else value
    if len(b) % 2:
        b += b" "
    ds[tag] = RawDataElement(Tag(tag), vr, len(b), b, 0, False, True)


def name_edit(charset, raw):
    def edit(ds):
        if charset is None:
            if (0x0008, 0x0005) in ds:
                del ds[0x0008, 0x0005]
        else:
            ds.SpecificCharacterSet = charset
        set_raw(ds, 0x00100010, "PN", raw)
    return edit


def header_mutations():
    """(name, edit) pairs for header_edit."""
    def px(ds, factor):
        data = ds.PixelData
        ds.PixelData = data[: int(len(data) * factor)] if factor < 1 else data * int(factor)
    m = [
        ("bits1-full-data", lambda ds: setattr(ds, "BitsAllocated", 1)),
        ("bits12-full-data", lambda ds: setattr(ds, "BitsAllocated", 12)),
        ("bits12-packed-length", lambda ds: (setattr(ds, "BitsAllocated", 12), setattr(ds, "BitsStored", 12), setattr(ds, "HighBit", 11), px(ds, 0.75))),
        ("bits16-half-data", lambda ds: px(ds, 0.5)),
        ("bits16-double-data", lambda ds: px(ds, 2)),
        ("bits8-16bit-data", lambda ds: (setattr(ds, "BitsAllocated", 8), setattr(ds, "BitsStored", 8), setattr(ds, "HighBit", 7))),
        ("bits32-16bit-data", lambda ds: setattr(ds, "BitsAllocated", 32)),
        ("bitsstored-over-allocated", lambda ds: setattr(ds, "BitsStored", 24)),
        ("highbit-40", lambda ds: setattr(ds, "HighBit", 40)),
        ("samples3-grey-data", lambda ds: setattr(ds, "SamplesPerPixel", 3)),
        ("samples2", lambda ds: setattr(ds, "SamplesPerPixel", 2)),
        ("pixelrep-5", lambda ds: setattr(ds, "PixelRepresentation", 5)),
        ("rows-0", lambda ds: setattr(ds, "Rows", 0)),
        ("columns-0", lambda ds: setattr(ds, "Columns", 0)),
        ("rows-65535", lambda ds: setattr(ds, "Rows", 65535)),
        ("columns-65535", lambda ds: setattr(ds, "Columns", 65535)),
        ("rows-cols-65535", lambda ds: (setattr(ds, "Rows", 65535), setattr(ds, "Columns", 65535))),
        ("frames-1e6", lambda ds: set_raw(ds, 0x00280008, "IS", "1000000")),
        ("frames-2147483647", lambda ds: set_raw(ds, 0x00280008, "IS", "2147483647")),
        ("frames-0", lambda ds: set_raw(ds, 0x00280008, "IS", "0")),
        ("frames-minus1", lambda ds: set_raw(ds, 0x00280008, "IS", "-1")),
        ("spacing-0", lambda ds: set_raw(ds, 0x00280030, "DS", "0\\0")),
        ("spacing-negative", lambda ds: set_raw(ds, 0x00280030, "DS", "-1\\-1")),
        ("spacing-huge", lambda ds: set_raw(ds, 0x00280030, "DS", "1e30\\1e30")),
        ("spacing-text", lambda ds: set_raw(ds, 0x00280030, "DS", "abc\\def")),
        ("spacing-one-value", lambda ds: set_raw(ds, 0x00280030, "DS", "1")),
        ("position-missing", lambda ds: ds.__delitem__(0x00200032)),
        ("position-nan", lambda ds: set_raw(ds, 0x00200032, "DS", "NaN\\NaN\\NaN")),
        ("position-inf", lambda ds: set_raw(ds, 0x00200032, "DS", "inf\\0\\0")),
        ("position-two-values", lambda ds: set_raw(ds, 0x00200032, "DS", "1\\2")),
        ("orientation-zero", lambda ds: set_raw(ds, 0x00200037, "DS", "0\\0\\0\\0\\0\\0")),
        ("orientation-nan", lambda ds: set_raw(ds, 0x00200037, "DS", "NaN\\0\\0\\0\\1\\0")),
        ("orientation-parallel", lambda ds: set_raw(ds, 0x00200037, "DS", "1\\0\\0\\1\\0\\0")),
        ("sop-seg", lambda ds: (setattr(ds, "SOPClassUID", "1.2.840.10008.5.1.4.1.1.66.4"), setattr(ds, "BitsAllocated", 1))),
        ("sop-sr", lambda ds: setattr(ds, "SOPClassUID", "1.2.840.10008.5.1.4.1.1.88.22")),
        ("sop-presentation-state", lambda ds: setattr(ds, "SOPClassUID", "1.2.840.10008.5.1.4.1.1.11.1")),
        ("sop-kos", lambda ds: setattr(ds, "SOPClassUID", "1.2.840.10008.5.1.4.1.1.88.59")),
        ("no-series-uid", lambda ds: ds.__delitem__(0x0020000E)),
        ("slope-0", lambda ds: set_raw(ds, 0x00281053, "DS", "0")),
        ("slope-nan", lambda ds: set_raw(ds, 0x00281053, "DS", "NaN")),
        ("name-latin1", name_edit("ISO_IR 100", "M\xfcller^J\xfcrgen".encode("latin-1"))),
        ("name-utf8", name_edit("ISO_IR 192", "Müller^Jürgen".encode("utf-8"))),
        ("name-gb18030", name_edit("GB18030", "王^小明".encode("gb18030"))),
        ("name-iso2022-jp", name_edit("\\ISO 2022 IR 87", "山田^太郎".encode("iso2022_jp"))),
        ("name-cyrillic", name_edit("ISO_IR 144", "Иванов^Иван".encode("iso8859_5"))),
        ("name-no-charset-ff", name_edit(None, b"\xff\xfe\xfd^\x80")),
        ("name-nul", name_edit(None, b"Doe\x00^John")),
    ]
    return m


def make_mutations(series_dir, out_dir, rng):
    slices = sorted(os.path.join(series_dir, n) for n in os.listdir(series_dir))
    os.makedirs(out_dir, exist_ok=True)
    made = []
    mid = slices[len(slices) // 2]
    data = open(mid, "rb").read()
    for frac in (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99):
        p = os.path.join(out_dir, f"trunc-{frac}.dcm")
        open(p, "wb").write(data[: int(len(data) * frac)])
        made.append(p)
    for cut in (1, 2, 7):
        p = os.path.join(out_dir, f"trunc-minus{cut}.dcm")
        open(p, "wb").write(data[:-cut])
        made.append(p)
    for k, flips in enumerate((1, 1, 2, 4, 4, 8, 16, 16, 64, 256)):
        p = os.path.join(out_dir, f"flip-{k}-{flips}.dcm")
        open(p, "wb").write(mutate_bytes(data, rng, flips))
        made.append(p)
    for k in range(4):  # flips inside the header only (first 1 KiB)
        b = bytearray(data)
        for _ in range(3):
            b[rng.randrange(132, 1024)] = rng.randrange(256)
        p = os.path.join(out_dir, f"flip-header-{k}.dcm")
        open(p, "wb").write(bytes(b))
        made.append(p)
    for n, (name, edit) in enumerate(header_mutations()):
        p = os.path.join(out_dir, f"{name}.dcm")
        header_edit(slices[n % len(slices)], p, edit)
        made.append(p)
    for k in range(4):  # same SOPInstanceUID as a good slice, different pixels
        src = slices[(k * 7) % len(slices)]
        ds = pydicom.dcmread(src)
        arr = bytearray(ds.PixelData)
        for i in range(0, len(arr), 2):
            arr[i] = (arr[i] + k + 1) & 0xFF
        ds.PixelData = bytes(arr)
        p = os.path.join(out_dir, f"dup-uid-{k}.dcm")
        ds.save_as(p, write_like_original=True)
        made.append(p)
    return made


def reason_key(reason):
    r = re.sub(r"/[^\s:;()]+", "<path>", reason)
    r = re.sub(r"\d+(\.\d+)?(e[+-]?\d+)?", "N", r)
    return r[:110]


def import_one(brainmd, work, path, idx):
    db = os.path.join(work, "db", f"f{idx}.sqlite")
    os.makedirs(os.path.dirname(db), exist_ok=True)
    rc, _, _ = run([brainmd, "init", "--db", db])
    if rc != 0:
        return {"status": "init-failed"}
    rc, out, err = run([brainmd, "import", "--json", "--db", db, path])
    # Progress lines ("import:  10% (0.3 s) ...") are the terminal front end's; count the rest.
    lines = [l for l in err.decode(errors="replace").splitlines()
             if l.strip() and not PROGRESS.match(l)]
    result = {"rc": rc, "stderr_lines": len(lines), "stderr": lines[:20]}
    if rc == "hung":
        result["status"] = "hung"
    elif rc < 0 or rc >= 128:
        result["status"] = "crashed"
    else:
        try:
            report = json.loads(out.decode(errors="replace"))
        except ValueError:
            result["status"] = "no-report"
            return result
        result["report"] = report
        c = report["counts"]
        result["status"] = "imported" if c["series_imported"] + c["series_updated"] > 0 else "refused"
    return result


def summarize(title, results):
    status = collections.Counter(r["status"] for r in results.values())
    reasons = collections.Counter()
    contained = 0
    for r in results.values():
        for p in r.get("report", {}).get("problems", []):
            reasons[reason_key(p["reason"])] += 1
            contained += "aborted on this file" in p["reason"] or "did not finish within" in p["reason"]
    stderr_lines = sum(r.get("stderr_lines", 0) for r in results.values())
    print(f"\n== {title}: {len(results)} files")
    for s in ("imported", "refused", "crashed", "hung", "no-report", "init-failed"):
        print(f"  {s:10s} {status.get(s, 0)}")
    print(f"  decoder aborts / hangs contained in the helper: {contained}")
    print(f"  lines on stderr (all runs): {stderr_lines}")
    print("  reasons (files):")
    for reason, n in reasons.most_common():
        print(f"    {n:3d}  {reason}")
    return status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--brainmd", required=True)
    ap.add_argument("--work")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    brainmd = os.path.abspath(args.brainmd)
    work = args.work or tempfile.mkdtemp(prefix="brainmd-corpus-")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(args.seed)
    phantom = os.path.join(work, "phantom")
    if not os.path.isdir(phantom):
        rc, _, err = run([brainmd, "demo-data", "--cases", "1", "--resolution", "2", "--seed", "3", "--out", phantom])
        if rc != 0:
            sys.exit(f"demo-data failed: {rc} {err.decode(errors='replace')}")
    dicom = os.path.join(phantom, "dicom")
    case = os.path.join(dicom, sorted(os.listdir(dicom))[0])
    series = case
    while not any(f.endswith(".dcm") for f in os.listdir(series)):
        series = os.path.join(series, sorted(os.listdir(series))[0])
    mutations = make_mutations(series, os.path.join(work, "mutations"), rng)
    corpus = pydicom_files()
    nibabel = nibabel_files()

    failed = collections.Counter()
    for title, files in (("pydicom test data", corpus), ("nibabel test data", nibabel),
                         ("phantom mutations", mutations)):
        results = {p: import_one(brainmd, work, p, f"{title[:3]}{i}") for i, p in enumerate(files)}
        failed.update(summarize(title, results))
        with open(os.path.join(work, title.replace(" ", "-") + ".json"), "w") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)

    # Everything together with the good series: the good series must come in whole.
    together = os.path.join(work, "together")
    shutil.rmtree(together, ignore_errors=True)
    shutil.copytree(series, os.path.join(together, "good"))
    shutil.copytree(os.path.join(work, "mutations"), os.path.join(together, "mutations"))
    for i, p in enumerate(corpus):
        os.makedirs(os.path.join(together, "pydicom"), exist_ok=True)
        shutil.copy(p, os.path.join(together, "pydicom", f"{i:03d}-{os.path.basename(p)}"))
    for i, p in enumerate(nibabel):
        os.makedirs(os.path.join(together, "nibabel"), exist_ok=True)
        shutil.copy(p, os.path.join(together, "nibabel", f"{i:03d}-{os.path.basename(p)}"))
    db = os.path.join(work, "together.sqlite")
    run([brainmd, "init", "--db", db])
    print("\n== all together (good series + mutations + pydicom + nibabel), imported twice")
    for attempt in (1, 2):
        rc, out, err = run([brainmd, "import", "--json", "--db", db, together])
        if rc == "hung" or rc < 0 or rc >= 128:
            print(f"  import {attempt}: {rc}")
            failed["crashed" if rc != "hung" else "hung"] += 1
            continue
        c = json.loads(out.decode())["counts"]
        print(f"  import {attempt}: exit {rc}, files new {c['files_new']}, unchanged {c['files_unchanged']}, "
              f"series imported {c['series_imported']}, updated {c['series_updated']}, skipped {c['series_skipped']}, "
              f"stderr lines {len([l for l in err.decode(errors='replace').splitlines() if not PROGRESS.match(l)])}")
    rc, out, _ = run([brainmd, "cases", "--db", db])
    print(f"  cases listed: exit {rc}")
    print(out.decode(errors="replace")[:1500])
    print(f"\ncrashed {failed.get('crashed', 0)}, hung {failed.get('hung', 0)}  (work folder {work})")
    return 1 if failed.get("crashed", 0) or failed.get("hung", 0) else 0


if __name__ == "__main__":
    sys.exit(main())
