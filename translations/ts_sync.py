#!/usr/bin/env python3
"""Keep translations/brainmd_*.ts in step with the source tree, and check them.

  ts_sync.py update   extract the messages with lupdate and merge them into every
                      translations/brainmd_<lang>.ts: known translations are kept, new
                      messages are added as unfinished, vanished ones are dropped.
  ts_sync.py check    extract the messages and fail (exit 1), listing them, when a
                      message is missing from or unfinished in a .ts file, or when a
                      translation loses a placeholder (%1, %n, %L1), an HTML tag or an
                      accelerator (&); also when a widget text is a plain literal
                      (setText(QStringLiteral("...")) and the like) instead of tr().
  ts_sync.py stats    print the number of messages and finished translations per file.

Why not plain `lupdate -ts`: many plain classes in core/ and db/ call a file-local
tr() helper that is QCoreApplication::translate("brainmd", ...). lupdate files those
messages under the enclosing class or namespace (and warns "Class 'X' lacks Q_OBJECT
macro"); at run time their context is "brainmd". This script moves the messages of every
such class into the "brainmd" context, so the .ts files hold the contexts Qt looks up.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import OrderedDict
from xml.sax.saxutils import escape

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE_DIRS = ["app", "ui", "db", "core"]
RUNTIME_CONTEXT = "brainmd"
NO_QOBJECT = re.compile(r"Class '([^']+)' lacks Q_OBJECT macro")


def find_lupdate(explicit):
    candidates = [explicit, os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", "lupdate"]
    for candidate in candidates:
        if not candidate:
            continue
        if os.path.isabs(candidate) and os.access(candidate, os.X_OK):
            return candidate
        if not os.path.isabs(candidate):
            for folder in os.environ.get("PATH", "").split(os.pathsep):
                path = os.path.join(folder, candidate)
                if os.access(path, os.X_OK):
                    return path
    sys.exit("ts_sync.py: lupdate not found (pass --lupdate or set LUPDATE)")


class Message:
    def __init__(self, context, source, comment, numerus, extracomment=""):
        self.context = context
        self.source = source
        self.comment = comment
        self.numerus = numerus
        self.extracomment = extracomment
        self.finished = False
        self.translation = ""  # numerus: list of forms
        self.forms = []

    def key(self):
        return (self.context, self.source, self.comment)


def text_of(element, tag):
    child = element.find(tag)
    return child.text or "" if child is not None else ""


def read_ts(path):
    """Returns (language, OrderedDict key -> Message)."""
    root = ET.parse(path).getroot()
    messages = OrderedDict()
    for context in root.iter("context"):
        name = text_of(context, "name")
        for element in context.iter("message"):
            message = Message(name, text_of(element, "source"), text_of(element, "comment"),
                              element.get("numerus") == "yes", text_of(element, "extracomment"))
            translation = element.find("translation")
            if translation is not None:
                kind = translation.get("type", "")
                message.finished = kind not in ("unfinished", "obsolete", "vanished")
                if message.numerus:
                    message.forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    message.translation = translation.text or ""
            messages[message.key()] = message
    return root.get("language", ""), messages


def extract(lupdate):
    """Runs lupdate over the source tree; returns OrderedDict key -> Message."""
    with tempfile.TemporaryDirectory() as folder:
        ts = os.path.join(folder, "extract.ts")
        command = [lupdate, *SOURCE_DIRS, "-I", ".", "-I", "core", "-extensions", "cpp,h",
                   "-no-obsolete", "-locations", "none", "-source-language", "en",
                   "-ts", ts]
        run = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(ts):
            sys.exit("ts_sync.py: lupdate failed:\n" + run.stdout + run.stderr)
        plain_classes = set(NO_QOBJECT.findall(run.stdout + run.stderr))
        _, raw = read_ts(ts)
    messages = OrderedDict()
    for message in raw.values():
        if message.context in plain_classes:
            message.context = RUNTIME_CONTEXT
        messages.setdefault(message.key(), message)
    return messages


def plural_count(language):
    return 1 if language.split("_")[0] in ("zh", "ja", "ko", "vi", "th") else 2


def merge(extracted, existing, language):
    merged = []
    for key, fresh in extracted.items():
        message = Message(*key, fresh.numerus, fresh.extracomment)
        old = existing.get(key)
        if old is not None and old.numerus == fresh.numerus:
            message.finished = old.finished
            message.translation = old.translation
            message.forms = old.forms
        if message.numerus:
            count = plural_count(language)
            message.forms = (message.forms + [""] * count)[:count]
        merged.append(message)
    return merged


def quote(text):
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path, language, messages):
    contexts = OrderedDict()
    for message in sorted(messages, key=lambda m: m.context):
        contexts.setdefault(message.context, []).append(message)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for name, items in contexts.items():
        out += ["<context>", f"    <name>{quote(name)}</name>"]
        for m in items:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            out.append(f"        <source>{quote(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{quote(m.comment)}</comment>")
            if m.extracomment:
                out.append(f"        <extracomment>{quote(m.extracomment)}</extracomment>")
            kind = "" if m.finished else ' type="unfinished"'
            if m.numerus:
                out.append(f"        <translation{kind}>")
                for form in m.forms:
                    out.append(f"            <numerusform>{quote(form)}</numerusform>")
                out.append("        </translation>")
            else:
                out.append(f"        <translation{kind}>{quote(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def ts_files():
    folder = os.path.join(REPO, "translations")
    return sorted(os.path.join(folder, name) for name in os.listdir(folder)
                  if re.fullmatch(r"brainmd_[A-Za-z_]+\.ts", name))


PLACEHOLDER = re.compile(r"%L?\d|%n")
# Rich-text tags only: the CLI's "<command>" and "<sub-command>" are words to translate.
TAG = re.compile(r"</?(?:a|b|i|u|p|br|hr|em|strong|small|big|code|pre|tt|span|div|font|sub|sup|"
                 r"h[1-6]|ul|ol|li|table|tr|td|th|thead|tbody|img|qt|nobr|html|body|style)"
                 r"(?:\s[^>]*)?/?>", re.IGNORECASE)


def accelerators(text):
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def problems(message):
    """Why a message does not count as translated; empty when it does."""
    if not message.finished:
        return "unfinished"
    forms = message.forms if message.numerus else [message.translation]
    if not forms or any(not f for f in forms):
        return "empty translation"
    wanted = sorted(set(PLACEHOLDER.findall(message.source)))
    for form in forms:
        if sorted(set(PLACEHOLDER.findall(form))) != wanted and not (
                message.numerus and set(PLACEHOLDER.findall(form)) | {"%n"} == set(wanted)):
            return f"placeholders {wanted} changed in: {form!r}"
        if sorted(TAG.findall(message.source)) != sorted(TAG.findall(form)):
            return f"HTML tags changed in: {form!r}"
        if accelerators(message.source) and not accelerators(form):
            return f"accelerator '&' lost in: {form!r}"
        if message.source.endswith("\n") != form.endswith("\n"):
            return f"trailing newline changed in: {form!r}"
    return ""


def command_update(lupdate):
    extracted = extract(lupdate)
    for path in ts_files():
        language, existing = read_ts(path)
        language = language or os.path.basename(path)[len("brainmd_"):-3]
        merged = merge(extracted, existing, language)
        write_ts(path, language, merged)
        todo = sum(1 for m in merged if problems(m))
        print(f"{os.path.relpath(path, REPO)}: {len(merged)} messages, {todo} to translate")
    return 0


# Widget texts given as a plain literal: visible, yet lupdate never sees them.
UNWRAPPED = re.compile(
    r"\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
    r"setLabelText|setTitle|addTab|insertTab|setTabText|addAction|addMenu|addItem|showMessage|"
    r"setHeaderLabels?|information|warning|critical|question|QLabel|QPushButton|QCheckBox|"
    r"QRadioButton|QGroupBox|QAction|QToolButton|addRow)\s*\(\s*(?:[^()]*,\s*)?"
    r"(?:QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8)\(\"([^\"]*)\"")


def unwrapped_literals():
    """(file:line, text) of widget texts not passed through tr(); a line can opt out with
    the comment `i18n: not translated`."""
    found = []
    for top in SOURCE_DIRS:
        for folder, _, names in os.walk(os.path.join(REPO, top)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        if "i18n: not translated" in line:
                            continue
                        for text in UNWRAPPED.findall(line):
                            if re.search(r"[A-Za-z]{3,}", text) and "://" not in text:
                                found.append((f"{os.path.relpath(path, REPO)}:{number}", text))
    return found


def command_check(lupdate):
    extracted = extract(lupdate)
    failures = 0
    for where, text in unwrapped_literals():
        failures += 1
        print(f"not in tr(): {where}: {text!r}")
    for path in ts_files():
        _, existing = read_ts(path)
        name = os.path.relpath(path, REPO)
        for key, message in extracted.items():
            found = existing.get(key)
            reason = "missing" if found is None else problems(found)
            if reason:
                failures += 1
                context, source, comment = key
                extra = f" [{comment}]" if comment else ""
                print(f"{name}: {reason}: {context}{extra}: {source!r}")
        print(f"{name}: {len(extracted)} messages checked")
    if not ts_files():
        print("no translations/brainmd_*.ts files")
        return 1
    if failures:
        print(f"FAIL: {failures} messages not translated; run translations/update-ts.sh, "
              "translate them (Qt Linguist or the .ts XML) and commit the .ts files")
        return 1
    print("PASS: every message is translated")
    return 0


def command_stats():
    for path in ts_files():
        _, messages = read_ts(path)
        done = sum(1 for m in messages.values() if not problems(m))
        print(f"{os.path.relpath(path, REPO)}: {len(messages)} messages, {done} finished")
    return 0


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["update", "check", "stats"])
    parser.add_argument("--lupdate", help="path of Qt 6 lupdate")
    args = parser.parse_args()
    if args.command == "stats":
        return command_stats()
    lupdate = find_lupdate(args.lupdate)
    return command_update(lupdate) if args.command == "update" else command_check(lupdate)


if __name__ == "__main__":
    sys.exit(main())
