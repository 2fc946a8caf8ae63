#!/usr/bin/env python3
"""Holds the source tree to its layers: app -> ui -> db -> core, and inside ui the terminal
and the desktop front ends as siblings over ui/report and ui/platform.

Every #include of every C++ file under core/, db/, ui/ and app/ is checked against the
rules of the folder it sits in; a violation is printed as FILE:LINE: what and why, and the
exit code is 1. `--self-test` copies the tree to a temporary folder, plants one violation of
each rule and checks that each is caught (so the check cannot rot into a no-op).
"""
import re
import shutil
import sys
import tempfile
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)

# Headers of Qt modules and libraries a layer may not use, by include name.
WIDGETS = re.compile(r'^(QtWidgets/|QtCharts/|QtOpenGLWidgets/|QtSvgWidgets/)|^Q(Widget|MainWindow|Dialog|'
                     r'Application|PushButton|Label|LineEdit|ComboBox|SpinBox|DoubleSpinBox|CheckBox|'
                     r'TableView|TableWidget|TreeView|ListWidget|ProgressBar|MessageBox|FileDialog|Menu|'
                     r'MenuBar|Action|ToolBar|ToolButton|StatusBar|DockWidget|TabWidget|Splitter|'
                     r'ChartView|Chart|OpenGLWidget|BoxLayout|VBoxLayout|HBoxLayout|FormLayout|'
                     r'GridLayout|Layout|AbstractButton|ScrollArea|StyledItemDelegate|HeaderView|'
                     r'UndoStack|UndoCommand|Shortcut|KeySequenceEdit|PlainTextEdit|TextEdit|GroupBox|'
                     r'RadioButton|Slider|ButtonGroup|DialogButtonBox|SizePolicy)$')
SQL = re.compile(r'^(QtSql/|QSql|sqlite3\.h$)')
VTK = re.compile(r'^vtk')
DESKTOP = ('ui/main/', 'ui/viewer/', 'ui/annotation/', 'ui/browser/', 'ui/dashboard/', 'ui/jobs/')

def rules_for(path):
    """(forbidden pattern, reason) pairs for a file at `path` (relative, with slashes)."""
    r = []
    if path.startswith('core/'):
        r += [(re.compile(r'^(db|ui|app)/'), 'core may not include the upper layers'),
              (SQL, 'core runs no SQL: storage goes through core/ports'),
              (WIDGETS, 'core has no widgets'), (VTK, 'core has no VTK')]
    if path.startswith('db/'):
        r += [(re.compile(r'^(ui|app)/'), 'db may not include ui or app'),
              (WIDGETS, 'db has no widgets'), (VTK, 'db has no VTK')]
    if path.startswith('ui/cli/'):
        r += [(re.compile('^(' + '|'.join(DESKTOP) + ')'), 'the terminal front end may not include the desktop one'),
              (WIDGETS, 'the terminal front end has no widgets'), (VTK, 'the terminal front end has no VTK')]
    if path.startswith(DESKTOP):
        r += [(re.compile(r'^ui/cli/'), 'the desktop front end may not include the terminal one')]
    if path.startswith(('ui/report/', 'ui/platform/', 'ui/i18n/', 'ui/jobs/')):
        r += [(WIDGETS, 'shared presentation and services have no widgets'), (VTK, 'no VTK here')]
    if path.startswith(('ui/report/', 'ui/platform/', 'ui/i18n/')):
        r += [(re.compile('^(ui/cli/|' + '|'.join(DESKTOP) + ')'), 'shared code may not include either front end')]
    if path.startswith(('ui/', 'db/', 'core/')):
        r += [(re.compile(r'^app/'), 'nothing includes app/')]
    if path.startswith('ui/'):
        r += [(SQL, 'ui runs no SQL: it asks repositories and workflows')]
    return r

def check(root):
    problems = []
    for top in ('core', 'db', 'ui', 'app'):
        for f in sorted((root / top).rglob('*')):
            if f.suffix not in ('.h', '.cpp', '.hpp', '.cc') or not f.is_file():
                continue
            rel = f.relative_to(root).as_posix()
            if rel.startswith('app/') and f.name != 'main.cpp':
                problems.append(f'{rel}:1: app/ holds only main.cpp files')
            text = f.read_text(encoding='utf-8', errors='replace')
            for m in INCLUDE.finditer(text):
                name = m.group(1)
                line = text.count('\n', 0, m.start()) + 1
                for pattern, why in rules_for(rel):
                    if pattern.search(name):
                        problems.append(f'{rel}:{line}: includes <{name}>: {why}')
    return problems

PLANTS = [('core/workflows/Planted.cpp', '#include "db/Database.h"\n'),
          ('core/bench/Planted.cpp', '#include <QSqlQuery>\n'),
          ('core/volume/Planted.cpp', '#include <QWidget>\n'),
          ('core/votemi/Planted.cpp', '#include <vtkImageData.h>\n'),
          ('db/Planted.cpp', '#include "ui/main/MainWindow.h"\n'),
          ('db/Planted2.cpp', '#include <QDialog>\n'),
          ('ui/cli/Planted.cpp', '#include "ui/dashboard/DashboardWindow.h"\n'),
          ('ui/cli/Planted2.cpp', '#include <QApplication>\n'),
          ('ui/dashboard/Planted.cpp', '#include "ui/cli/CliCommand.h"\n'),
          ('ui/report/Planted.cpp', '#include "ui/cli/CliCommand.h"\n'),
          ('ui/main/Planted.cpp', '#include <QSqlDatabase>\n'),
          ('app/brainmd/Planted.cpp', '// app holds only main.cpp\n')]

def self_test(root):
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / 'tree'
        for top in ('core', 'db', 'ui', 'app'):
            shutil.copytree(root / top, copy / top)
        if check(copy):
            print('self-test: the tree itself is not clean; run without --self-test first')
            return 1
        missed = []
        for rel, text in PLANTS:
            target = copy / rel
            target.write_text(text)
            if not any(p.startswith(rel + ':') for p in check(copy)):
                missed.append(rel)
            target.unlink()
        for rel in missed:
            print(f'self-test: a planted violation in {rel} was not caught')
        print(f'self-test: {len(PLANTS) - len(missed)} of {len(PLANTS)} planted violations caught')
        return 1 if missed else 0

def main():
    args = sys.argv[1:]
    root = Path(args[-1] if args and not args[-1].startswith('--') else Path(__file__).resolve().parents[2])
    if '--self-test' in args:
        return self_test(root)
    problems = check(root)
    for p in problems:
        print(p)
    print(f'layers: {len(problems)} violation(s)')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
