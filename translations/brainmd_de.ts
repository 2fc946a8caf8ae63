<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>Export the readers&apos; marks and answers (&apos;annotations export&apos;) or their agreement (&apos;annotations agreement&apos;).</source>
        <translation>Die Markierungen und Antworten der Befunder exportieren (&apos;annotations export&apos;) oder ihre Übereinstimmung (&apos;annotations agreement&apos;).</translation>
    </message>
    <message>
        <source>export or agreement.</source>
        <translation>export oder agreement.</translation>
    </message>
    <message>
        <source>File to write (agreement: .csv, or .html for a page).</source>
        <translation>Zu schreibende Datei (agreement: .csv, oder .html für eine Seite).</translation>
    </message>
    <message>
        <source>With export: csv (default) or json.</source>
        <translation>Mit export: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>brainmd annotations: say what to write: &apos;brainmd annotations export ...&apos; or &apos;brainmd annotations agreement ...&apos;
</source>
        <translation>brainmd annotations: Geben Sie an, was geschrieben werden soll: &apos;brainmd annotations export ...&apos; oder &apos;brainmd annotations agreement ...&apos;
</translation>
    </message>
    <message>
        <source>brainmd annotations export: --format is csv or json, not &apos;%1&apos;
</source>
        <translation>brainmd annotations export: --format ist csv oder json, nicht &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>brainmd annotations %1: --out FILE is required
</source>
        <translation>brainmd annotations %1: --out DATEI ist erforderlich
</translation>
    </message>
    <message>
        <source>brainmd annotations %1: %2
</source>
        <translation>brainmd annotations %1: %2
</translation>
    </message>
    <message>
        <source>Written to %1
</source>
        <translation>Geschrieben nach %1
</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>BrainBench: run models on slices, list runs, write reports.</source>
        <translation>BrainBench: Modelle auf Schichten anwenden, Läufe auflisten, Berichte schreiben.</translation>
    </message>
    <message>
        <source>Usage: brainmd bench &lt;run|list|report&gt; [options]

  run     Run or resume a benchmark (--db FILE --config RUN.json, or flags)
  list    List the runs of a database
  report  Write HTML / CSV / JSON with PNG and SVG plots (--run ID --out DIR);
          with several runs (--run A --run B, or --runs A,B) a leaderboard

&apos;brainmd bench &lt;sub-command&gt; --help&apos; lists the options.
</source>
        <translation>Aufruf: brainmd bench &lt;run|list|report&gt; [Optionen]

  run     Einen Benchmark ausführen oder fortsetzen (--db DATEI --config RUN.json, oder Schalter)
  list    Die Läufe einer Datenbank auflisten
  report  HTML / CSV / JSON mit PNG- und SVG-Diagrammen schreiben (--run ID --out ORDNER);
          mit mehreren Läufen (--run A --run B, oder --runs A,B) eine Rangliste

&apos;brainmd bench &lt;Unterbefehl&gt; --help&apos; listet die Optionen.
</translation>
    </message>
</context>
<context>
    <name>CasesCommand</name>
    <message>
        <source>List the cases of a database.</source>
        <translation>Die Fälle einer Datenbank auflisten.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>voxels</source>
        <translation>Voxel</translation>
    </message>
    <message>
        <source>spacing mm</source>
        <translation>Abstand mm</translation>
    </message>
    <message>
        <source>orient</source>
        <translation>Orient.</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>  (%n warning(s))</source>
        <translation>
            <numerusform>  (%n Warnung)</numerusform>
            <numerusform>  (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)
</source>
        <translation>
            <numerusform>%n Fall
</numerusform>
            <numerusform>%n Fälle
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only cases whose key, accession or description contains TEXT.</source>
        <translation>Nur Fälle, deren Schlüssel, Accession-Nummer oder Beschreibung TEXT enthält.</translation>
    </message>
    <message>
        <source>Only cases with this status (%1).</source>
        <translation>Nur Fälle mit diesem Status (%1).</translation>
    </message>
    <message>
        <source>brainmd cases: unknown status &apos;%1&apos; (known: %2)
</source>
        <translation>brainmd cases: unbekannter Status &apos;%1&apos; (bekannt: %2)
</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Score per condition (95% interval whiskers for accuracy)</source>
        <translation>Ergebnis je Bedingung (Whisker: 95-%-Intervall der Genauigkeit)</translation>
    </message>
    <message>
        <source>zero-shot</source>
        <translation>Zero-Shot</translation>
    </message>
    <message>
        <source>%1-shot</source>
        <translation>%1-Shot</translation>
    </message>
    <message>
        <source>Slice source (%1)</source>
        <translation>Schichtquelle (%1)</translation>
    </message>
    <message>
        <source>Slice source / views</source>
        <translation>Schichtquelle / Ansichten</translation>
    </message>
    <message>
        <source>Per-question breakdown</source>
        <translation>Aufschlüsselung nach Frage</translation>
    </message>
    <message>
        <source>Per-question breakdown (%1, %2-shot)</source>
        <translation>Aufschlüsselung nach Frage (%1, %2-Shot)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>ROC: %1</source>
        <translation>ROC: %1</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>%1 (AUROC %2)</source>
        <translation>%1 (AUROC %2)</translation>
    </message>
    <message>
        <source>ROC: %1 — no probabilities in this run</source>
        <translation>ROC: %1 — keine Wahrscheinlichkeiten in diesem Lauf</translation>
    </message>
    <message>
        <source>Calibration: %1</source>
        <translation>Kalibrierung: %1</translation>
    </message>
    <message>
        <source>Mean predicted probability</source>
        <translation>Mittlere vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Observed positive rate</source>
        <translation>Beobachtete Positivrate</translation>
    </message>
    <message>
        <source>perfect calibration</source>
        <translation>perfekte Kalibrierung</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>Wahrheit: %1</translation>
    </message>
    <message>
        <source>%1 of %2 with this label (%3 %)</source>
        <translation>%1 von %2 mit diesem Label (%3 %)</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>the difference is statistically significant at the 5% level</source>
        <translation>der Unterschied ist auf dem 5-%-Niveau statistisch signifikant</translation>
    </message>
    <message>
        <source>the difference is not statistically significant at the 5% level</source>
        <translation>der Unterschied ist auf dem 5-%-Niveau nicht statistisch signifikant</translation>
    </message>
    <message>
        <source>%1 (%2-shot): Vote-MI slices scored %3 percentage points %4 than random slices (95% interval %5 to %6 points, %7 paired items); McNemar p = %8, so %9.</source>
        <translation>%1 (%2-Shot): Vote-MI-Schichten erzielten %3 Prozentpunkte %4 als zufällige Schichten (95-%-Intervall %5 bis %6 Punkte, %7 gepaarte Items); McNemar p = %8, also %9.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Back up a case database, or check its integrity (db backup|check).</source>
        <translation>Eine Falldatenbank sichern oder ihre Integrität prüfen (db backup|check).</translation>
    </message>
    <message>
        <source>Usage: brainmd db &lt;backup|check&gt; [options]

  backup  Write a consistent copy (--db FILE --out FILE [--force])
  check   Check integrity, foreign keys and schema (--db FILE)

&apos;brainmd db &lt;sub-command&gt; --help&apos; lists the options.
</source>
        <translation>Aufruf: brainmd db &lt;backup|check&gt; [Optionen]

  backup  Eine konsistente Kopie schreiben (--db DATEI --out DATEI [--force])
  check   Integrität, Fremdschlüssel und Schema prüfen (--db DATEI)

&apos;brainmd db &lt;Unterbefehl&gt; --help&apos; listet die Optionen auf.
</translation>
    </message>
    <message>
        <source>The backup file to write (a SQLite database).</source>
        <translation>Die zu schreibende Sicherungsdatei (eine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>Replace the --out file when it exists.</source>
        <translation>Die --out-Datei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>brainmd db backup: --out FILE is required
</source>
        <translation>brainmd db backup: --out DATEI ist erforderlich
</translation>
    </message>
    <message>
        <source>brainmd db backup: %1 exists; add --force to replace it
</source>
        <translation>brainmd db backup: %1 existiert; --force hinzufügen, um sie zu ersetzen
</translation>
    </message>
    <message>
        <source>brainmd db backup: %1
</source>
        <translation>brainmd db backup: %1
</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes, integrity_check ok).
</source>
        <translation>%1 nach %2 gesichert (%3 Bytes, integrity_check ok).
</translation>
    </message>
    <message>
        <source>brainmd db check: cannot examine %1: %2
</source>
        <translation>brainmd db check: %1 kann nicht untersucht werden: %2
</translation>
    </message>
    <message>
        <source>Database: %1
</source>
        <translation>Datenbank: %1
</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)
</source>
        <translation>Schemaversion: %1 (dieses Programm kennt bis %2)
</translation>
    </message>
    <message>
        <source>: ok
</source>
        <translation>: ok
</translation>
    </message>
    <message numerus="yes">
        <source>: %n problem(s)
</source>
        <translation>
            <numerusform>: %n Problem
</numerusform>
            <numerusform>: %n Probleme
</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>  Tables affected (with their indexes): %1
</source>
        <translation>  Betroffene Tabellen (mit ihren Indizes): %1
</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Cached volumes</source>
        <translation>Zwischengespeicherte Volumen</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Result: clean.
</source>
        <translation>Ergebnis: fehlerfrei.
</translation>
    </message>
    <message>
        <source>Result: problems found. Copy the file (and its -wal) aside, with BrainMD closed, before any repair.
</source>
        <translation>Ergebnis: Probleme gefunden. Die Datei (und ihre -wal-Datei) bei geschlossenem BrainMD beiseitekopieren, bevor etwas repariert wird.
</translation>
    </message>
</context>
<context>
    <name>DeidentifyCommand</name>
    <message>
        <source>Write a de-identified copy of DICOM files (PS3.15 Basic Profile) and a private pseudonym map.</source>
        <translation>Eine de-identifizierte Kopie von DICOM-Dateien schreiben (PS3.15 Basisprofil) und eine private Pseudonymtabelle.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>refused: %1: %2
</source>
        <translation>abgelehnt: %1: %2
</translation>
    </message>
    <message>
        <source>problem: %1: %2
</source>
        <translation>Problem: %1: %2
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>De-identified %1 of %2 file(s) of %3 patient(s), %4 UID(s) replaced, in %5 s (%6 files/s); %7 refused, %8 failed, %9 skipped (not DICOM).
</source>
        <translation>%1 von %2 Datei(en) von %3 Patient(en) de-identifiziert, %4 UID(s) ersetzt, in %5 s (%6 Dateien/s); %7 abgelehnt, %8 fehlgeschlagen, %9 übersprungen (kein DICOM).
</translation>
    </message>
    <message>
        <source>The map back to the patients is in %1: keep it apart from the release.
</source>
        <translation>Die Zuordnung zurück zu den Patienten steht in %1: getrennt von der Freigabe aufbewahren.
</translation>
    </message>
    <message>
        <source>Cancelled: the files above were written, the rest were not.
</source>
        <translation>Abgebrochen: die obigen Dateien wurden geschrieben, die übrigen nicht.
</translation>
    </message>
    <message>
        <source>Folder of DICOM files (recursive).</source>
        <translation>Ordner mit DICOM-Dateien (rekursiv).</translation>
    </message>
    <message>
        <source>Output folder for the de-identified copies.</source>
        <translation>Ausgabeordner für die de-identifizierten Kopien.</translation>
    </message>
    <message>
        <source>Private map file (original and pseudonym ids, names, UIDs), written 0600; must lie outside --out.</source>
        <translation>Private Zuordnungsdatei (ursprüngliche und pseudonyme IDs, Namen, UIDs), mit 0600 geschrieben; muss außerhalb von --out liegen.</translation>
    </message>
    <message>
        <source>Secret key file (16 bytes or more): the same key gives the same pseudonyms, UIDs and date offsets in every run.</source>
        <translation>Geheime Schlüsseldatei (16 Byte oder mehr): derselbe Schlüssel ergibt in jedem Lauf dieselben Pseudonyme, UIDs und Datumsverschiebungen.</translation>
    </message>
    <message>
        <source>Clean Descriptors option: keep descriptions and protocol names that hold no identifier of the header (default: remove them).</source>
        <translation>Option „Clean Descriptors“: Beschreibungen und Protokollnamen behalten, die keinen Identifikator des Headers enthalten (Standard: entfernen).</translation>
    </message>
    <message>
        <source>brainmd deidentify: --%1 is required
</source>
        <translation>brainmd deidentify: --%1 ist erforderlich
</translation>
    </message>
    <message>
        <source>brainmd deidentify: %1
</source>
        <translation>brainmd deidentify: %1
</translation>
    </message>
    <message>
        <source>warning: other users can read the key file %1; anyone with it can recompute the pseudonyms (chmod 600)
</source>
        <translation>Warnung: andere Benutzer können die Schlüsseldatei %1 lesen; wer sie hat, kann die Pseudonyme nachrechnen (chmod 600)
</translation>
    </message>
    <message>
        <source>deidentify</source>
        <translation>De-Identifizierung</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The workstation is opening on %1.
</source>
        <translation>Die Workstation öffnet sich mit %1.
</translation>
    </message>
    <message>
        <source>Open the cases in the workstation:
  %1 --db %2
</source>
        <translation>Die Fälle in der Workstation öffnen:
  %1 --db %2
</translation>
    </message>
    <message>
        <source>Run the main job on phantom data: generate, import, select slices, run the BrainBench baselines, write the report, open the workstation.</source>
        <translation>Den Hauptablauf mit Phantomdaten ausführen: erzeugen, importieren, Schichten auswählen, die BrainBench-Baselines ausführen, den Bericht schreiben, die Workstation öffnen.</translation>
    </message>
    <message>
        <source>Working folder (default ./demo).</source>
        <translation>Arbeitsordner (Standard: ./demo).</translation>
    </message>
    <message>
        <source>Phantom cases (default 80).</source>
        <translation>Phantomfälle (Standard 80).</translation>
    </message>
    <message>
        <source>Seed (default 1).</source>
        <translation>Startwert (Standard: 1).</translation>
    </message>
    <message>
        <source>brainmd demo: --cases must be a positive whole number
</source>
        <translation>brainmd demo: --cases muss eine positive ganze Zahl sein
</translation>
    </message>
    <message>
        <source>1. Phantom BrainMD</source>
        <translation>1. Phantom BrainMD</translation>
    </message>
    <message>
        <source>Using the phantom data already in %1 (delete the folder to regenerate).
</source>
        <translation>Die Phantomdaten in %1 werden verwendet (Ordner löschen, um sie neu zu erzeugen).
</translation>
    </message>
    <message>
        <source>2. Case database</source>
        <translation>2. Falldatenbank</translation>
    </message>
    <message>
        <source>brainmd demo: %1
</source>
        <translation>brainmd demo: %1
</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)
</source>
        <translation>Datenbank: %1 (Schemaversion %2)
</translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation>3. Import</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>4. Cases</source>
        <translation>4. Fälle</translation>
    </message>
    <message>
        <source>5. Slice selection</source>
        <translation>5. Schichtauswahl</translation>
    </message>
    <message>
        <source>6. BrainBench (built-in baselines, phantom truth)</source>
        <translation>6. BrainBench (eingebaute Baselines, Phantom-Wahrheit)</translation>
    </message>
    <message>
        <source>
BrainBench report: %1
</source>
        <translation>
BrainBench-Bericht: %1
</translation>
    </message>
    <message>
        <source>
Next: brainmd cases --db %1 --json
</source>
        <translation>
Weiter: brainmd cases --db %1 --json
</translation>
    </message>
    <message>
        <source>7. Workstation</source>
        <translation>7. Workstation</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Lesions: %1 in %2 cases (%3 with more than one)
</source>
        <translation>Läsionen: %1 in %2 Fällen (%3 mit mehr als einer)
</translation>
    </message>
    <message>
        <source>|reference slice - centre slice| per view, mean (SD):
</source>
        <translation>|Referenzschicht - mittlere Schicht| je Ansicht, Mittelwert (SD):
</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>axial</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>koronar</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>sagittal</translation>
    </message>
    <message>
        <source>  %1: %2 mm (%3 mm)
</source>
        <translation>  %1: %2 mm (%3 mm)
</translation>
    </message>
    <message>
        <source>Largest lesion per lobe: %1
</source>
        <translation>Größte Läsion je Lappen: %1
</translation>
    </message>
    <message>
        <source>Largest lesion per side: %1
</source>
        <translation>Größte Läsion je Seite: %1
</translation>
    </message>
    <message>
        <source>Lesion positions written to %1
</source>
        <translation>Läsionspositionen geschrieben nach %1
</translation>
    </message>
    <message>
        <source>Write a phantom BrainMD dataset (synthetic, from Colin27 and AAL).</source>
        <translation>Einen BrainMD-Phantomdatensatz schreiben (synthetisch, aus Colin27 und AAL).</translation>
    </message>
    <message>
        <source>phantom</source>
        <translation>Phantom</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>brainmd demo-data: cancelled; the cases written so far are in %1
</source>
        <translation>brainmd demo-data: abgebrochen; die bisher geschriebenen Fälle liegen in %1
</translation>
    </message>
    <message>
        <source>brainmd demo-data: %1
</source>
        <translation>brainmd demo-data: %1
</translation>
    </message>
    <message>
        <source>Wrote %1 phantom cases (%2 with a tumour) at %3 mm to %4
</source>
        <translation>%1 Phantomfälle (%2 mit Tumor) mit %3 mm nach %4 geschrieben
</translation>
    </message>
    <message>
        <source>Number of cases (default 20).</source>
        <translation>Anzahl der Fälle (Standard: 20).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard: 1).</translation>
    </message>
    <message>
        <source>Voxel size in mm: 1 or 2 (default 2).</source>
        <translation>Voxelgröße in mm: 1 oder 2 (Standard: 2).</translation>
    </message>
    <message>
        <source>Share of cases with a tumour, 0..1 (default 0.6).</source>
        <translation>Anteil der Fälle mit Tumor, 0..1 (Standard: 0.6).</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>Also write each case as NIfTI.</source>
        <translation>Jeden Fall zusätzlich als NIfTI schreiben.</translation>
    </message>
    <message>
        <source>brainmd demo-data: --cases must be a whole number from 1 to 100000
</source>
        <translation>brainmd demo-data: --cases muss eine ganze Zahl von 1 bis 100000 sein
</translation>
    </message>
    <message>
        <source>brainmd demo-data: --seed must be a whole number and --resolution 1 or 2
</source>
        <translation>brainmd demo-data: --seed muss eine ganze Zahl sein und --resolution 1 oder 2
</translation>
    </message>
    <message>
        <source>brainmd demo-data: --lesion-share must be between 0 and 1
</source>
        <translation>brainmd demo-data: --lesion-share muss zwischen 0 und 1 liegen
</translation>
    </message>
    <message>
        <source>brainmd demo-data: --out DIR is required
</source>
        <translation>brainmd demo-data: --out ORDNER ist erforderlich
</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a case&apos;s volume as NIfTI (&apos;export volume&apos;), its lesion mask from a DICOM SEG as a NIfTI label map (&apos;export mask&apos;), a slice as PNG (&apos;export slice&apos;) or representative slices as NIfTI and DICOM key objects (&apos;export slices&apos;).</source>
        <translation>Das Volumen eines Falls als NIfTI exportieren (&apos;export volume&apos;), seine Läsionsmaske aus einem DICOM-SEG als NIfTI-Labelkarte (&apos;export mask&apos;), eine Schicht als PNG (&apos;export slice&apos;) oder repräsentative Schichten als NIfTI und DICOM-Key-Objects (&apos;export slices&apos;).</translation>
    </message>
    <message>
        <source>Case key (or numeric case id).</source>
        <translation>Fallschlüssel (oder numerische Fall-ID).</translation>
    </message>
    <message>
        <source>Output file (.nii / .nii.gz for volume, .png for slice).</source>
        <translation>Ausgabedatei (.nii / .nii.gz für das Volumen, .png für eine Schicht).</translation>
    </message>
    <message>
        <source>volume: reorder the voxels to the closest RAS axes (no interpolation).</source>
        <translation>volume: die Voxel in die nächstgelegenen RAS-Achsen umordnen (ohne Interpolation).</translation>
    </message>
    <message>
        <source>slice: axial, coronal or sagittal.</source>
        <translation>slice: axial, coronal oder sagittal.</translation>
    </message>
    <message>
        <source>slice: index along the view&apos;s axis (default: the middle).</source>
        <translation>slice: Index entlang der Achse der Ansicht (Standard: die Mitte).</translation>
    </message>
    <message>
        <source>slice: take the index from this reference-slice source.</source>
        <translation>slice: den Index aus dieser Referenzschicht-Quelle nehmen.</translation>
    </message>
    <message>
        <source>What to export: volume, mask or slice.</source>
        <translation>Was exportiert wird: volume, mask oder slice.</translation>
    </message>
    <message>
        <source>brainmd export: say what to export: &apos;brainmd export volume ...&apos;, &apos;brainmd export mask ...&apos; or &apos;brainmd export slice ...&apos;
</source>
        <translation>brainmd export: Geben Sie an, was exportiert werden soll: &apos;brainmd export volume ...&apos;, &apos;brainmd export mask ...&apos; oder &apos;brainmd export slice ...&apos;
</translation>
    </message>
    <message>
        <source>brainmd export %1: --case ID and --out FILE are required
</source>
        <translation>brainmd export %1: --case ID und --out DATEI sind erforderlich
</translation>
    </message>
    <message>
        <source>brainmd export: no case &apos;%1&apos; in %2
</source>
        <translation>brainmd export: kein Fall &apos;%1&apos; in %2
</translation>
    </message>
    <message>
        <source>brainmd export mask: --out must end in .nii or .nii.gz
</source>
        <translation>brainmd export mask: --out muss auf .nii oder .nii.gz enden
</translation>
    </message>
    <message>
        <source>brainmd export mask: case %1 has no lesion mask (import a DICOM SEG that references its series)
</source>
        <translation>brainmd export mask: Fall %1 hat keine Läsionsmaske (importieren Sie ein DICOM-SEG, das auf seine Serie verweist)
</translation>
    </message>
    <message>
        <source>brainmd export mask: %1
</source>
        <translation>brainmd export mask: %1
</translation>
    </message>
    <message>
        <source>brainmd export: cannot make %1 private to you
</source>
        <translation>brainmd export: %1 kann nicht nur für Sie lesbar gemacht werden
</translation>
    </message>
    <message>
        <source>Wrote %1 (label map of DICOM SEG %2; voxel value = segment number).
</source>
        <translation>%1 geschrieben (Labelkarte des DICOM-SEG %2; Voxelwert = Segmentnummer).
</translation>
    </message>
    <message>
        <source>brainmd export volume: --out must end in .nii or .nii.gz
</source>
        <translation>brainmd export volume: --out muss auf .nii oder .nii.gz enden
</translation>
    </message>
    <message>
        <source>brainmd export volume: %1
</source>
        <translation>brainmd export volume: %1
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3x%4 voxels).
</source>
        <translation>%1 geschrieben (%2x%3x%4 Voxel).
</translation>
    </message>
    <message>
        <source>brainmd export slice: --view must be axial, coronal or sagittal
</source>
        <translation>brainmd export slice: --view muss axial, coronal oder sagittal sein
</translation>
    </message>
    <message>
        <source>brainmd export slice: %1
</source>
        <translation>brainmd export slice: %1
</translation>
    </message>
    <message>
        <source>brainmd export slice: --index must be from 0 to %1
</source>
        <translation>brainmd export slice: --index muss zwischen 0 und %1 liegen
</translation>
    </message>
    <message>
        <source>brainmd export slice: case %1 has no %2 reference slice from &apos;%3&apos;
</source>
        <translation>brainmd export slice: Fall %1 hat keine %2-Referenzschicht aus &apos;%3&apos;
</translation>
    </message>
    <message>
        <source>brainmd export slice: cannot write %1: %2
</source>
        <translation>brainmd export slice: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 slice %3 of case %4).
</source>
        <translation>%1 geschrieben (%2-Schicht %3 von Fall %4).
</translation>
    </message>
</context>
<context>
    <name>ExportSlicesCommand</name>
    <message>
        <source>Export representative slices as 2D NIfTI (BrainMD-select) and DICOM key objects (&quot;Best In Set&quot;).</source>
        <translation>Repräsentative Schichten als 2D-NIfTI (BrainMD-select) und DICOM-Key-Objects („Best In Set“) exportieren.</translation>
    </message>
    <message>
        <source>Whose slices: reader:NAME, consensus or method:NAME (votemi, random, centre).</source>
        <translation>Wessen Schichten: reader:NAME, consensus oder method:NAME (votemi, random, centre).</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>Comma-separated case ids or keys (default: all).</source>
        <translation>Fall-IDs oder -schlüssel, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>nifti, kos or nifti,kos (default).</source>
        <translation>nifti, kos oder nifti,kos (Standard).</translation>
    </message>
    <message>
        <source>brainmd export slices: %1
</source>
        <translation>brainmd export slices: %1
</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>--format must name nifti, kos or both</source>
        <translation>--format muss nifti, kos oder beides nennen</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Exported the slices of %1 case(s) from %2: %3 file(s) in %4%5.
</source>
        <translation>Schichten von %1 Fall/Fällen aus %2 exportiert: %3 Datei(en) in %4%5.
</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import DICOM folders, DICOMDIR or files, with reports, labels and reference slices.</source>
        <translation>DICOM-Ordner, DICOMDIR oder Dateien importieren, mit Befunden, Labels und Referenzschichten.</translation>
    </message>
    <message>
        <source>warning: series %1 (%2): %3
</source>
        <translation>Warnung: Serie %1 (%2): %3
</translation>
    </message>
    <message>
        <source>problem: %1: %2
</source>
        <translation>Problem: %1: %2
</translation>
    </message>
    <message>
        <source>unmatched: %1 row %2: %3
</source>
        <translation>nicht zugeordnet: %1 Zeile %2: %3
</translation>
    </message>
    <message>
        <source>Reports / EHR / demographics file (CSV or JSON); repeatable.</source>
        <translation>Befund- / EHR- / Demografiedatei (CSV oder JSON); wiederholbar.</translation>
    </message>
    <message>
        <source>Label file (CSV or JSON); repeatable.</source>
        <translation>Labeldatei (CSV oder JSON); wiederholbar.</translation>
    </message>
    <message>
        <source>Reference-slice file (CSV or JSON); repeatable.</source>
        <translation>Referenzschicht-Datei (CSV oder JSON); wiederholbar.</translation>
    </message>
    <message>
        <source>Folders, DICOMDIR files or DICOM files.</source>
        <translation>Ordner, DICOMDIR-Dateien oder DICOM-Dateien.</translation>
    </message>
    <message>
        <source>brainmd import: nothing to import; give at least one PATH
</source>
        <translation>brainmd import: nichts zu importieren; mindestens einen PFAD angeben
</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a case database (or upgrade an older one).</source>
        <translation>Eine Falldatenbank anlegen (oder eine ältere aktualisieren).</translation>
    </message>
    <message>
        <source>brainmd init: %1
</source>
        <translation>brainmd init: %1
</translation>
    </message>
    <message>
        <source>Opened %1 (schema version %2).
</source>
        <translation>%1 geöffnet (Schemaversion %2).
</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).
</source>
        <translation>%1 angelegt (Schemaversion %2).
</translation>
    </message>
    <message>
        <source>Upgraded; the previous file is kept as %1.
</source>
        <translation>Aktualisiert; die vorherige Datei bleibt als %1 erhalten.
</translation>
    </message>
</context>
<context>
    <name>OpenGLProbe</name>
    <message>
        <source>no OpenGL context on the platform &apos;%1&apos;</source>
        <translation>kein OpenGL-Kontext auf der Plattform &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an OpenGL context that cannot be used on the platform &apos;%1&apos;</source>
        <translation>ein OpenGL-Kontext, der auf der Plattform &apos;%1&apos; nicht nutzbar ist</translation>
    </message>
    <message>
        <source>EGL without GLX, renderer %1</source>
        <translation>EGL ohne GLX, Renderer %1</translation>
    </message>
    <message>
        <source>OpenGL ES %1 only, renderer %2</source>
        <translation>nur OpenGL ES %1, Renderer %2</translation>
    </message>
    <message>
        <source>OpenGL %1 only, renderer %2</source>
        <translation>nur OpenGL %1, Renderer %2</translation>
    </message>
    <message>
        <source>OpenGL %1 is not available (found: %2); install Mesa (libgl1-mesa-dri), use an X server with GLX, or run the brainmd command-line tool instead.</source>
        <translation>OpenGL %1 ist nicht verfügbar (gefunden: %2); installieren Sie Mesa (libgl1-mesa-dri), verwenden Sie einen X-Server mit GLX oder stattdessen das Kommandozeilenprogramm brainmd.</translation>
    </message>
    <message>
        <source>BrainMD Workstation</source>
        <translation>BrainMD Workstation</translation>
    </message>
    <message>
        <source>BrainMD Workstation cannot start: its image views need OpenGL %1, which is not available here (found: %2).</source>
        <translation>BrainMD Workstation kann nicht starten: Die Bildansichten benötigen OpenGL %1, das hier nicht verfügbar ist (gefunden: %2).</translation>
    </message>
    <message>
        <source>Install the Mesa OpenGL drivers (on Debian: sudo apt-get install libgl1-mesa-dri libglx-mesa0), or start the workstation on an X server with GLX (for Xvfb, without &quot;-extension GLX&quot;). Without a display, the brainmd command-line tool runs the same import, slice selection and BrainBench jobs.</source>
        <translation>Installieren Sie die Mesa-OpenGL-Treiber (unter Debian: sudo apt-get install libgl1-mesa-dri libglx-mesa0) oder starten Sie die Workstation auf einem X-Server mit GLX (bei Xvfb ohne &quot;-extension GLX&quot;). Ohne Bildschirm führt das Kommandozeilenprogramm brainmd dieselben Aufgaben aus: Import, Schichtauswahl und BrainBench.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Coronal</source>
        <translation>Koronar</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
</context>
<context>
    <name>SelectCommand</name>
    <message>
        <source>Choose a representative slice per view (Vote-MI or a baseline).</source>
        <translation>Je Ansicht eine repräsentative Schicht wählen (Vote-MI oder eine Baseline).</translation>
    </message>
    <message>
        <source>--debug-dir needs --case ID and --method votemi</source>
        <translation>--debug-dir erfordert --case ID und --method votemi</translation>
    </message>
    <message>
        <source>give either --case or --cases</source>
        <translation>entweder --case oder --cases angeben</translation>
    </message>
    <message>
        <source>brainmd select: %1
</source>
        <translation>brainmd select: %1
</translation>
    </message>
    <message>
        <source>select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Debug data written to %1
</source>
        <translation>Debug-Daten nach %1 geschrieben
</translation>
    </message>
    <message>
        <source>%1: VAE</source>
        <translation>%1: VAE</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>no case &apos;%1&apos; in the database</source>
        <translation>kein Fall &apos;%1&apos; in der Datenbank</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>axial</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>koronar</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>sagittal</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 stored, %2 revised, %3 identical, %4 skipped, %5 failed, %6 cancelled; %7 case(s) computed in %8 s with %9 thread(s): %10 cases/s
</source>
        <translation>gespeichert %1, überarbeitet %2, identisch %3, übersprungen %4, fehlgeschlagen %5, abgebrochen %6; Fälle berechnet: %7 in %8 s mit Threads: %9 – %10 Fälle/s
</translation>
    </message>
    <message>
        <source>Cancelled: the cases listed as stored are kept; run the command again to go on.
</source>
        <translation>Abgebrochen: die als gespeichert gemeldeten Fälle bleiben erhalten; den Befehl erneut ausführen, um fortzufahren.
</translation>
    </message>
</context>
<context>
    <name>SelectExamplesCommand</name>
    <message>
        <source>Choose the few-shot example pool (vote-k or random) and store it.</source>
        <translation>Den Few-Shot-Beispielpool wählen (vote-k oder zufällig) und speichern.</translation>
    </message>
    <message>
        <source>votek (default) or random.</source>
        <translation>votek (Standard) oder random.</translation>
    </message>
    <message>
        <source>Cases in the pool (M).</source>
        <translation>Fälle im Pool (M).</translation>
    </message>
    <message>
        <source>Selection method whose slices embed the cases (default votemi).</source>
        <translation>Auswahlmethode, deren Schichten die Fälle einbetten (Standard: votemi).</translation>
    </message>
    <message>
        <source>vote-k neighbours (default 10).</source>
        <translation>vote-k-Nachbarn (Standard: 10).</translation>
    </message>
    <message>
        <source>Seed for random (default 0).</source>
        <translation>Startwert für random (Standard: 0).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>brainmd select-examples: --count M and --k need positive whole numbers, --seed a whole number
</source>
        <translation>brainmd select-examples: --count M und --k erfordern positive ganze Zahlen, --seed eine ganze Zahl
</translation>
    </message>
    <message>
        <source>select-examples</source>
        <translation>Beispielauswahl</translation>
    </message>
    <message>
        <source>brainmd select-examples: %1
</source>
        <translation>brainmd select-examples: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Example pool %1 (%2, %n case(s)):
</source>
        <translation>
            <numerusform>Beispielpool %1 (%2, %n Fall):
</numerusform>
            <numerusform>Beispielpool %1 (%2, %n Fälle):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (no &apos;%1&apos; selection): %2
</source>
        <translation>Ausgelassen (keine &apos;%1&apos;-Auswahl): %2
</translation>
    </message>
</context>
<context>
    <name>brainmd</name>
    <message>
        <source>BrainMD Workstation</source>
        <translation>BrainMD Workstation</translation>
    </message>
    <message>
        <source>Case database (default: the last one used).</source>
        <translation>Falldatenbank (Standard: die zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Case to open (id or case key).</source>
        <translation>Zu öffnender Fall (ID oder Fallschlüssel).</translation>
    </message>
    <message>
        <source>BrainBench run to open in the dashboard.</source>
        <translation>Im Dashboard zu öffnender BrainBench-Lauf.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>answer %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>mark %1 slice %2</source>
        <translation>Schicht %2 (%1) markieren</translation>
    </message>
    <message>
        <source>Is a lesion present?</source>
        <translation>Liegt eine Läsion vor?</translation>
    </message>
    <message>
        <source>Side of the lesion</source>
        <translation>Seite der Läsion</translation>
    </message>
    <message>
        <source>Lobe of the lesion</source>
        <translation>Lappen der Läsion</translation>
    </message>
    <message>
        <source>Contrast enhancement?</source>
        <translation>Kontrastmittelanreicherung?</translation>
    </message>
    <message>
        <source>Oedema?</source>
        <translation>Ödem?</translation>
    </message>
    <message>
        <source>Mass effect?</source>
        <translation>Raumforderung (Masseneffekt)?</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>frontal</source>
        <translation>frontal</translation>
    </message>
    <message>
        <source>parietal</source>
        <translation>parietal</translation>
    </message>
    <message>
        <source>temporal</source>
        <translation>temporal</translation>
    </message>
    <message>
        <source>occipital</source>
        <translation>okzipital</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <source>%1 (pass %2)</source>
        <translation>%1 (Durchgang %2)</translation>
    </message>
    <message>
        <source>%1: %2 slice %3 (%4)</source>
        <translation>%1: Schicht %3 (%2, %4)</translation>
    </message>
    <message>
        <source>
How to read these numbers. The baselines are not models: &apos;features&apos; shows how much a simple image classifier reads from each slice source, &apos;oracle&apos; the ceiling of any 2D reader of those slices (right wherever the shown slice contains the lesion), &apos;knn&apos;, &apos;majority&apos; and &apos;random&apos; are floors; &apos;blank&apos; and &apos;none&apos; show what a backend answers without seeing the case, and a slice source shows something only where it beats them (&quot;Against the control&quot;). The evaluation is held out: %1 cases form the example pool, the other %2 are scored.
</source>
        <translation>
So sind diese Zahlen zu lesen. Die Baselines sind keine Modelle: &apos;features&apos; zeigt, wie viel ein einfacher Bildklassifikator aus jeder Schichtquelle liest, &apos;oracle&apos; die Obergrenze jedes 2D-Lesers dieser Schichten (richtig überall dort, wo die gezeigte Schicht die Läsion enthält), &apos;knn&apos;, &apos;majority&apos; und &apos;random&apos; sind Untergrenzen; &apos;blank&apos; und &apos;none&apos; zeigen, was ein Backend antwortet, ohne den Fall zu sehen, und eine Schichtquelle zeigt nur dort etwas, wo sie diese schlägt (&quot;Gegen die Kontrolle&quot;). Die Auswertung hält Fälle zurück: %1 Fälle bilden den Beispielpool, die übrigen %2 werden bewertet.
</translation>
    </message>
    <message>
        <source>With %1 evaluated cases, the smallest paired difference between two slice sources this demo can detect is about %2 points (80 % power, 5 % level; assuming 30 % discordant items and a design effect of 2). Smaller differences are not shown by it either way; run with more cases (--cases) for them. The phantom&apos;s lesions are synthetic: these figures check the pipeline, they say nothing about a vision-language model on patients.
</source>
        <translation>Mit %1 ausgewerteten Fällen ist die kleinste gepaarte Differenz zwischen zwei Schichtquellen, die diese Demo erkennen kann, etwa %2 Punkte (80 % Power, 5-%-Niveau; angenommen 30 % diskordante Items und ein Designeffekt von 2). Kleinere Differenzen zeigt sie weder in die eine noch in die andere Richtung; dafür mit mehr Fällen (--cases) ausführen. Die Läsionen des Phantoms sind synthetisch: diese Zahlen prüfen die Pipeline, über ein Vision-Language-Modell an Patienten sagen sie nichts.
</translation>
    </message>
    <message>
        <source>
Baseline &apos;%1&apos;:
</source>
        <translation>
Baseline &apos;%1&apos;:
</translation>
    </message>
    <message>
        <source>brainmd demo: %1
</source>
        <translation>brainmd demo: %1
</translation>
    </message>
    <message>
        <source>Report: %1
</source>
        <translation>Bericht: %1
</translation>
    </message>
    <message>
        <source>brainmd bench %1: %2
</source>
        <translation>brainmd bench %1: %2
</translation>
    </message>
    <message>
        <source>brainmd bench report: &apos;%1&apos; is not a run id
</source>
        <translation>brainmd bench report: &apos;%1&apos; ist keine Lauf-ID
</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>acc %</source>
        <translation>Gen. %</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>bal %</source>
        <translation>bal. %</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <source>Against the control (paired: same cases and questions; points, 95 % CI):
</source>
        <translation>Gegen die Kontrolle (gepaart: dieselben Fälle und Fragen; Punkte, 95-%-KI):
</translation>
    </message>
    <message>
        <source>  %1 vs %2: %3 (%4 to %5), McNemar p %6%7
</source>
        <translation>  %1 gegen %2: %3 (%4 bis %5), McNemar-p %6%7
</translation>
    </message>
    <message>
        <source>  WARNING: not better than its control</source>
        <translation>  WARNUNG: nicht besser als ihre Kontrolle</translation>
    </message>
    <message>
        <source>Over %1 repeated splits (seeds %2; %3 distinct example pools), accuracy %: mean, SD, range:
</source>
        <translation>Über %1 wiederholte Aufteilungen (Seeds %2; %3 verschiedene Beispielpools), Genauigkeit %: Mittelwert, SD, Spanne:
</translation>
    </message>
    <message>
        <source>What the images show of the lesions (model-free, cases with a lesion mask):
</source>
        <translation>Was die Bilder von den Läsionen zeigen (modellfrei, Fälle mit Läsionsmaske):
</translation>
    </message>
    <message>
        <source>  %1 %2 lesion cases, lesion shown %3 % (%4-%5), mean share of the largest cross-section %6 % (%7-%8)
</source>
        <translation>  %1 %2 Läsionsfälle, Läsion gezeigt %3 % (%4-%5), mittlerer Anteil des größten Querschnitts %6 % (%7-%8)
</translation>
    </message>
    <message>
        <source>The run id (see &apos;brainmd bench list&apos;). Given more than once (or with --runs), writes a leaderboard of the runs.</source>
        <translation>Die Lauf-ID (siehe &apos;brainmd bench list&apos;). Mehrfach angegeben (oder mit --runs) wird eine Rangliste der Läufe geschrieben.</translation>
    </message>
    <message>
        <source>Comma-separated run ids to compare in a leaderboard (with or instead of --run).</source>
        <translation>Kommagetrennte Lauf-IDs für den Vergleich in einer Rangliste (mit oder statt --run).</translation>
    </message>
    <message>
        <source>Leaderboard: the run the others are compared with (default: the first run).</source>
        <translation>Rangliste: der Lauf, mit dem die anderen verglichen werden (Standard: der erste Lauf).</translation>
    </message>
    <message>
        <source>Folder for the report.</source>
        <translation>Ordner für den Bericht.</translation>
    </message>
    <message>
        <source>html, csv, json (comma-separated; default all). A leaderboard writes all three.</source>
        <translation>html, csv, json (kommagetrennt; Standard alle). Eine Rangliste schreibt alle drei.</translation>
    </message>
    <message>
        <source>brainmd bench report: --run ID (or --runs A,B,...) and --out DIR are required
</source>
        <translation>brainmd bench report: --run ID (oder --runs A,B,...) und --out ORDNER sind erforderlich
</translation>
    </message>
    <message>
        <source>brainmd bench report: --reference needs two or more runs to compare
</source>
        <translation>brainmd bench report: --reference braucht zwei oder mehr Läufe zum Vergleich
</translation>
    </message>
    <message>
        <source>brainmd bench report: unknown format &apos;%1&apos; (html, csv, json)
</source>
        <translation>brainmd bench report: unbekanntes Format &apos;%1&apos; (html, csv, json)
</translation>
    </message>
    <message>
        <source>brainmd bench report: %1
</source>
        <translation>brainmd bench report: %1
</translation>
    </message>
    <message>
        <source>brainmd bench report: cannot create %1
</source>
        <translation>brainmd bench report: %1 kann nicht angelegt werden
</translation>
    </message>
    <message>
        <source>brainmd bench report: cannot make %1 private to you
</source>
        <translation>brainmd bench report: %1 kann nicht nur für Sie lesbar gemacht werden
</translation>
    </message>
    <message>
        <source>%1 files written to %2
</source>
        <translation>Geschriebene Dateien: %1 (in %2)
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 conditions  %5 predictions (%6 errors)  %7  %8
</source>
        <translation>%1  %2  %3  %4 Bedingungen  %5 Vorhersagen (%6 Fehler)  %7  %8
</translation>
    </message>
    <message>
        <source>%1 run(s)
</source>
        <translation>%1 Lauf/Läufe
</translation>
    </message>
    <message>
        <source>Run configuration (JSON); flags override it.</source>
        <translation>Laufkonfiguration (JSON); Schalter überschreiben sie.</translation>
    </message>
    <message>
        <source>A name for the run.</source>
        <translation>Ein Name für den Lauf.</translation>
    </message>
    <message>
        <source>Task pack JSON (default: the built-in pack).</source>
        <translation>Aufgabenpaket-JSON (Standard: das eingebaute Paket).</translation>
    </message>
    <message>
        <source>Only these question ids (comma-separated).</source>
        <translation>Nur diese Fragen-IDs (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>openai, random, majority, knn, oracle or features.</source>
        <translation>openai, random, majority, knn, oracle oder features.</translation>
    </message>
    <message>
        <source>Chat-completions server, e.g. http://localhost:8000/v1.</source>
        <translation>Chat-Completions-Server, z. B. http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Model name sent to the server.</source>
        <translation>An den Server gesendeter Modellname.</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default BRAINMD_API_KEY).</source>
        <translation>Umgebungsvariable mit dem API-Schlüssel (Standard: BRAINMD_API_KEY).</translation>
    </message>
    <message>
        <source>Examples per prompt, comma-separated (e.g. 0,3).</source>
        <translation>Beispiele pro Prompt, durch Kommas getrennt (z. B. 0,3).</translation>
    </message>
    <message>
        <source>Slice sources: random,centre,manual,votemi,blank,none.</source>
        <translation>Schichtquellen: random,centre,manual,votemi,blank,none.</translation>
    </message>
    <message>
        <source>axial, coronal, sagittal or mosaic (comma-separated).</source>
        <translation>axial, coronal, sagittal oder mosaic (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Label source: consensus, reader:NAME, phantom or an imported name.</source>
        <translation>Labelquelle: consensus, reader:NAME, phantom oder ein importierter Name.</translation>
    </message>
    <message>
        <source>For &apos;manual&apos;: consensus, reader:NAME or a reference-source name.</source>
        <translation>Für &apos;manual&apos;: consensus, reader:NAME oder der Name einer Referenzquelle.</translation>
    </message>
    <message>
        <source>Few-shot example pool: votek or random.</source>
        <translation>Few-Shot-Beispielpool: votek oder random.</translation>
    </message>
    <message>
        <source>Cases in the example pool.</source>
        <translation>Fälle im Beispielpool.</translation>
    </message>
    <message>
        <source>held-out (default: score the cases outside the example pool) or leave-one-out.</source>
        <translation>held-out (Standard: die Fälle außerhalb des Beispielpools bewerten) oder leave-one-out.</translation>
    </message>
    <message>
        <source>Example retrieval: similar or random.</source>
        <translation>Beispielabruf: similar oder random.</translation>
    </message>
    <message>
        <source>Run it this many times with seeds seed, seed+1, ... (other splits); the report shows the spread.</source>
        <translation>So oft ausführen, mit den Seeds seed, seed+1, ... (andere Aufteilungen); der Bericht zeigt die Streuung.</translation>
    </message>
    <message>
        <source>Seed of every random choice.</source>
        <translation>Startwert jeder Zufallsauswahl.</translation>
    </message>
    <message>
        <source>Requests in flight at once.</source>
        <translation>Gleichzeitig laufende Anfragen.</translation>
    </message>
    <message>
        <source>Image side in pixels (default 256).</source>
        <translation>Bildkantenlänge in Pixeln (Standard: 256).</translation>
    </message>
    <message>
        <source>Seconds per request attempt.</source>
        <translation>Sekunden pro Anfrageversuch.</translation>
    </message>
    <message>
        <source>Retries after a failed attempt.</source>
        <translation>Wiederholungen nach einem fehlgeschlagenen Versuch.</translation>
    </message>
    <message>
        <source>Seconds without a byte from the server before the run pauses.</source>
        <translation>Sekunden ohne ein Byte vom Server, bevor der Lauf pausiert.</translation>
    </message>
    <message>
        <source>Seconds per request, all attempts and waits together.</source>
        <translation>Sekunden je Anfrage, alle Versuche und Wartezeiten zusammen.</translation>
    </message>
    <message>
        <source>Ask for log-probabilities (yes/no scoring).</source>
        <translation>Log-Wahrscheinlichkeiten anfordern (Ja/Nein-Bewertung).</translation>
    </message>
    <message>
        <source>Ask every option order; right only if all are.</source>
        <translation>Jede Optionsreihenfolge abfragen; nur richtig, wenn alle richtig sind.</translation>
    </message>
    <message>
        <source>Add a &apos;none of the above&apos; option.</source>
        <translation>Eine Option &apos;nichts davon&apos; hinzufügen.</translation>
    </message>
    <message>
        <source>Start a new run even if this configuration has one.</source>
        <translation>Einen neuen Lauf beginnen, auch wenn es für diese Konfiguration schon einen gibt.</translation>
    </message>
    <message>
        <source>Plan only: print the requests, images, estimated tokens and cost; send and store nothing.</source>
        <translation>Nur planen: Anfragen, Bilder, geschätzte Tokens und Kosten ausgeben; nichts senden und nichts speichern.</translation>
    </message>
    <message>
        <source>Price per million input tokens: the dry run&apos;s estimate, and stored with the run for its cost.</source>
        <translation>Preis pro Million Eingabe-Tokens: für die Schätzung des Probelaufs und mit dem Lauf gespeichert für seine Kosten.</translation>
    </message>
    <message>
        <source>Price per million output tokens: the dry run&apos;s estimate, and stored with the run for its cost.</source>
        <translation>Preis pro Million Ausgabe-Tokens: für die Schätzung des Probelaufs und mit dem Lauf gespeichert für seine Kosten.</translation>
    </message>
    <message>
        <source>With --dry-run: tokens per image (default 255, a 512-px tile).</source>
        <translation>Mit --dry-run: Tokens je Bild (Standard 255, eine 512-px-Kachel).</translation>
    </message>
    <message>
        <source>brainmd bench run: %1
</source>
        <translation>brainmd bench run: %1
</translation>
    </message>
    <message>
        <source>%1 stored (%2 sent, %3 from the cache, %4 with errors).
</source>
        <translation>Gespeichert: %1 (gesendet %2, aus dem Cache %3, mit Fehlern %4).
</translation>
    </message>
    <message>
        <source>brainmd bench run: run %1 %2: %3
Run the same command again to resume; nothing answered is asked again.
</source>
        <translation>brainmd bench run: Lauf %1 %2: %3
Denselben Befehl erneut ausführen, um fortzufahren; bereits Beantwortetes wird nicht erneut angefragt.
</translation>
    </message>
    <message>
        <source>Give --price-in and --price-out (per million tokens) for a cost.
</source>
        <translation>Für eine Kostenangabe --price-in und --price-out (je Million Tokens) angeben.
</translation>
    </message>
    <message>
        <source>Run or resume a BrainBench run.</source>
        <translation>Einen BrainBench-Lauf starten oder fortsetzen.</translation>
    </message>
    <message>
        <source>brainmd bench run: cannot read %1: %2
</source>
        <translation>brainmd bench run: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>brainmd bench run: %1: %2
</source>
        <translation>brainmd bench run: %1: %2
</translation>
    </message>
    <message>
        <source>brainmd bench run: --price-in, --price-out and --image-tokens take numbers of 0 or more
</source>
        <translation>brainmd bench run: --price-in, --price-out und --image-tokens erwarten Zahlen ab 0
</translation>
    </message>
    <message>
        <source>brainmd bench run: --repeats must be between 1 and 100
</source>
        <translation>brainmd bench run: --repeats muss zwischen 1 und 100 liegen
</translation>
    </message>
    <message>
        <source>
Repeat %1 of %2 (seed %3):
</source>
        <translation>
Wiederholung %1 von %2 (Seed %3):
</translation>
    </message>
    <message>
        <source>Usage: brainmd &lt;command&gt; [options]

BrainMD Workstation on the command line: import brain MRI, select slices,
run BrainBench and write reports.

Commands:
</source>
        <translation>Aufruf: brainmd &lt;Befehl&gt; [Optionen]

BrainMD Workstation auf der Kommandozeile: Hirn-MRT importieren, Schichten auswählen,
BrainBench ausführen und Berichte schreiben.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --version   Show the version and the git revision.
  --help      Show this help.

&apos;brainmd &lt;command&gt; --help&apos; describes a command. Exit codes: 0 success,
1 done with per-file problems (listed), 2 usage or fatal error.
</source>
        <translation>
Globale Optionen:
  --version   Version und Git-Revision anzeigen.
  --help      Diese Hilfe anzeigen.

&apos;brainmd &lt;Befehl&gt; --help&apos; beschreibt einen Befehl. Exit-Codes: 0 Erfolg,
1 fertig mit Problemen bei einzelnen Dateien (aufgelistet), 2 Aufruf- oder schwerer Fehler.
</translation>
    </message>
    <message>
        <source>brainmd: unknown command &apos;%1&apos;

</source>
        <translation>brainmd: unbekannter Befehl &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>brainmd %1: %2
</source>
        <translation>brainmd %1: %2
</translation>
    </message>
    <message>
        <source>Try &apos;brainmd %1 --help&apos;.
</source>
        <translation>Siehe &apos;brainmd %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: brainmd %1</source>
        <translation>Aufruf: brainmd %1</translation>
    </message>
    <message>
        <source>The case database (SQLite file).</source>
        <translation>Die Falldatenbank (SQLite-Datei).</translation>
    </message>
    <message>
        <source>Write the result as JSON on stdout.</source>
        <translation>Das Ergebnis als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>brainmd %1: --db FILE is required
</source>
        <translation>brainmd %1: --db DATEI ist erforderlich
</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>vs ref</source>
        <translation>vs. Ref.</translation>
    </message>
    <message>
        <source>95% CI (points)</source>
        <translation>95-%-KI (Punkte)</translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation>McNemar-p</translation>
    </message>
    <message>
        <source>%1 (%2 shared items, %3 cases)
</source>
        <translation>%1 (%2 gemeinsame Items, %3 Fälle)
</translation>
    </message>
    <message>
        <source>brainmd bench report: the runs share no evaluated item in any condition (no case, question and rotation that every run evaluated with the same label); nothing to compare
</source>
        <translation>brainmd bench report: die Läufe haben in keiner Bedingung ein gemeinsames bewertetes Item (kein Fall, keine Frage und Rotation, die jeder Lauf mit demselben Label bewertet hat); nichts zu vergleichen
</translation>
    </message>
    <message>
        <source>Leaderboard: %1
</source>
        <translation>Rangliste: %1
</translation>
    </message>
    <message>
        <source>votemi (default), random or centre.</source>
        <translation>votemi (Standard), random oder centre.</translation>
    </message>
    <message>
        <source>Patch embedder: pca (default) or vae.</source>
        <translation>Patch-Einbettung: pca (Standard) oder vae.</translation>
    </message>
    <message>
        <source>coverage (default), uniform (the reference study), cluster-balanced or asymmetry.</source>
        <translation>coverage (Standard), uniform (die Referenzstudie), cluster-balanced oder asymmetry.</translation>
    </message>
    <message>
        <source>Half-width of the window of summed votes, mm (4; 0: one slice).</source>
        <translation>Halbe Breite des Fensters, dessen Stimmen summiert werden, mm (4; 0: eine Schicht).</translation>
    </message>
    <message>
        <source>Patch size and stride in voxels (16).</source>
        <translation>Patchgröße und Schrittweite in Voxeln (16).</translation>
    </message>
    <message>
        <source>Embedding dimension (10).</source>
        <translation>Einbettungsdimension (10).</translation>
    </message>
    <message>
        <source>Share selected within a cluster (0.5).</source>
        <translation>Anteil, der innerhalb eines Clusters ausgewählt wird (0.5).</translation>
    </message>
    <message>
        <source>Share of all patches chosen (0.2).</source>
        <translation>Anteil aller ausgewählten Patches (0.2).</translation>
    </message>
    <message>
        <source>Comma-separated case ids or keys (default: all).</source>
        <translation>Fall-IDs oder -schlüssel, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>One case id or key (with --debug-dir).</source>
        <translation>Eine Fall-ID oder ein Fallschlüssel (mit --debug-dir).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Seed (default 0).</source>
        <translation>Startwert (Standard: 0).</translation>
    </message>
    <message>
        <source>Recompute cases already selected with the same parameters; store only a differing result.</source>
        <translation>Bereits mit denselben Parametern ausgewählte Fälle neu berechnen; nur ein abweichendes Ergebnis speichern.</translation>
    </message>
    <message>
        <source>Write embeddings, labels, chosen patches, vote profiles and parameters of one case here.</source>
        <translation>Einbettungen, Labels, gewählte Patches, Stimmprofile und Parameter eines Falls hierhin schreiben.</translation>
    </message>
    <message>
        <source>VAE weights to use instead of training.</source>
        <translation>Zu verwendende VAE-Gewichte statt eines Trainings.</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos; (votemi, random, centre)</source>
        <translation>unbekannte --method &apos;%1&apos; (votemi, random, centre)</translation>
    </message>
    <message>
        <source>unknown --embedder &apos;%1&apos; (pca, vae)</source>
        <translation>unbekannter --embedder &apos;%1&apos; (pca, vae)</translation>
    </message>
    <message>
        <source>unknown --vote-weighting &apos;%1&apos; (coverage, uniform, cluster-balanced, asymmetry)</source>
        <translation>unbekanntes --vote-weighting &apos;%1&apos; (coverage, uniform, cluster-balanced, asymmetry)</translation>
    </message>
    <message>
        <source>no result to write for case %1</source>
        <translation>kein Ergebnis für Fall %1 zu schreiben</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>|chosen - reference| in mm, mean / median per view
</source>
        <translation>|gewählt − Referenz| in mm, Mittelwert / Median je Ansicht
</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>axial</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>koronar</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>sagittal</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 s (%2 cases/s)</source>
        <translation>%1 s (%2 Fälle/s)</translation>
    </message>
    <message>
        <source>stored earlier</source>
        <translation>früher gespeichert</translation>
    </message>
    <message>
        <source>|chosen - reference| minus that of %1, mm: mean [95 % CI], cases closer
</source>
        <translation>|gewählt - Referenz| minus dem von %1, mm: Mittel [95-%-KI], Fälle näher
</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>colour scale</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>the colour of %1 predictions</source>
        <translation>die Farbe für %1 Vorhersagen</translation>
    </message>
    <message>
        <source>%1 % (%2–%3)</source>
        <translation>%1 % (%2–%3)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Slice source</source>
        <translation>Schichtquelle</translation>
    </message>
    <message>
        <source>Lesion cases</source>
        <translation>Läsionsfälle</translation>
    </message>
    <message>
        <source>Lesion shown (95 % CI)</source>
        <translation>Läsion gezeigt (95-%-KI)</translation>
    </message>
    <message>
        <source>Share of the largest cross-section (95 % CI)</source>
        <translation>Anteil des größten Querschnitts (95-%-KI)</translation>
    </message>
    <message>
        <source>A #%1</source>
        <translation>A Nr. %1</translation>
    </message>
    <message>
        <source>B #%1</source>
        <translation>B Nr. %1</translation>
    </message>
    <message>
        <source>No evaluated case of this run has a lesion mask (DICOM SEG), or the run was planned before visibility was recorded (run it again to record it).</source>
        <translation>Kein ausgewerteter Fall dieses Laufs hat eine Läsionsmaske (DICOM-SEG), oder der Lauf wurde geplant, bevor die Sichtbarkeit erfasst wurde (zum Erfassen erneut ausführen).</translation>
    </message>
    <message>
        <source>no shared items</source>
        <translation>keine gemeinsamen Items</translation>
    </message>
    <message>
        <source>%1 pts (%2 to %3), p %4</source>
        <translation>%1 Pkt. (%2 bis %3), p %4</translation>
    </message>
    <message>
        <source>Paired on %1 items of %2 cases: this run right only on %3, the reference right only on %4.</source>
        <translation>Gepaart auf %1 Items von %2 Fällen: nur dieser Lauf richtig bei %3, nur die Referenz richtig bei %4.</translation>
    </message>
    <message>
        <source>%1 / %2
%3-shot · %4 items, %5 cases</source>
        <translation>%1 / %2
%3-Shot · %4 Items, %5 Fälle</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Task pack</source>
        <translation>Aufgabenpaket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>no price given</source>
        <translation>kein Preis angegeben</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Questions compared: %1</source>
        <translation>Verglichene Fragen: %1</translation>
    </message>
    <message>
        <source>case %1 is not in the database</source>
        <translation>Fall %1 ist nicht in der Datenbank</translation>
    </message>
    <message>
        <source>the lesion mask does not lie on the case&apos;s grid</source>
        <translation>die Läsionsmaske liegt nicht auf dem Raster des Falls</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>system keychain (brainmd/%1)</source>
        <translation>Schlüsselbund des Systems (brainmd/%1)</translation>
    </message>
    <message>
        <source>Dry run (nothing sent or stored)%1: %2 requests, %3 images, about %4 input tokens (%5 per image) and at most %6 output tokens (max_tokens %7).
</source>
        <translation>Probelauf (nichts gesendet oder gespeichert)%1: %2 Anfragen, %3 Bilder, etwa %4 Eingabe-Tokens (%5 je Bild) und höchstens %6 Ausgabe-Tokens (max_tokens %7).
</translation>
    </message>
    <message>
        <source>, resuming run %1</source>
        <translation>, setzt Lauf %1 fort</translation>
    </message>
    <message>
        <source>Estimated cost at most %1 (input %2, output %3 per million tokens).
</source>
        <translation>Geschätzte Kosten höchstens %1 (Eingabe %2, Ausgabe %3 je Million Tokens).
</translation>
    </message>
    <message numerus="yes">
        <source>Usage: %n request(s) sent and answered, %1 input and %2 output tokens as the server counted them</source>
        <translation>
            <numerusform>Verbrauch: %n Anfrage gesendet und beantwortet, %1 Eingabe- und %2 Ausgabe-Tokens laut Server</numerusform>
            <numerusform>Verbrauch: %n Anfragen gesendet und beantwortet, %1 Eingabe- und %2 Ausgabe-Tokens laut Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n answer(s) from the response cache (paid for when first sent)</source>
        <translation>
            <numerusform>; %n Antwort aus dem Antwort-Cache (bezahlt beim ersten Senden)</numerusform>
            <numerusform>; %n Antworten aus dem Antwort-Cache (bezahlt beim ersten Senden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n response(s) without token counts (the server sent no usage)</source>
        <translation>
            <numerusform>; %n Antwort ohne Token-Zahlen (der Server sendete kein usage)</numerusform>
            <numerusform>; %n Antworten ohne Token-Zahlen (der Server sendete kein usage)</numerusform>
        </translation>
    </message>
    <message>
        <source> Cost %1 (input %2, output %3 per million tokens).</source>
        <translation> Kosten %1 (Eingabe %2, Ausgabe %3 pro Million Tokens).</translation>
    </message>
    <message>
        <source> No price given (bench run --price-in, --price-out) for a cost.</source>
        <translation> Kein Preis angegeben (bench run --price-in, --price-out), daher keine Kosten.</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <source>balanced acc %</source>
        <translation>balancierte Gen. %</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>abstained %</source>
        <translation>Enthaltungen %</translation>
    </message>
    <message>
        <source>unparsed %</source>
        <translation>nicht erkannt %</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A only right</source>
        <translation>nur A richtig</translation>
    </message>
    <message>
        <source>B only right</source>
        <translation>nur B richtig</translation>
    </message>
    <message>
        <source>A − B (points)</source>
        <translation>A − B (Punkte)</translation>
    </message>
    <message>
        <source>bootstrap p</source>
        <translation>Bootstrap-p</translation>
    </message>
    <message>
        <source>control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>condition − control (points)</source>
        <translation>Bedingung − Kontrolle (Punkte)</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>better than its control</source>
        <translation>besser als ihre Kontrolle</translation>
    </message>
    <message>
        <source>WARNING: not better than its control</source>
        <translation>WARNUNG: nicht besser als ihre Kontrolle</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>mean accuracy %</source>
        <translation>mittlere Genauigkeit %</translation>
    </message>
    <message>
        <source>SD (points)</source>
        <translation>SD (Punkte)</translation>
    </message>
    <message>
        <source>range %</source>
        <translation>Spanne %</translation>
    </message>
    <message>
        <source>slice source</source>
        <translation>Schichtquelle</translation>
    </message>
    <message>
        <source>lesion cases</source>
        <translation>Läsionsfälle</translation>
    </message>
    <message>
        <source>lesion shown %</source>
        <translation>Läsion gezeigt %</translation>
    </message>
    <message>
        <source>mean share of largest cross-section %</source>
        <translation>mittlerer Anteil des größten Querschnitts %</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>Enthaltungen</translation>
    </message>
    <message>
        <source>unparsed</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>Wahrheit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>model answer</source>
        <translation>Modellantwort</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Every answer was read as one of the options.</source>
        <translation>Jede Antwort wurde als eine der Optionen erkannt.</translation>
    </message>
    <message>
        <source>BrainBench run %1</source>
        <translation>BrainBench-Lauf %1</translation>
    </message>
    <message>
        <source>BrainBench run %1 %2</source>
        <translation>BrainBench-Lauf %1 %2</translation>
    </message>
    <message>
        <source>Status: %1. Created %2. Task pack %3 %4.</source>
        <translation>Status: %1. Angelegt %2. Aufgabenpaket %3 %4.</translation>
    </message>
    <message>
        <source>Evaluation protocol</source>
        <translation>Auswertungsprotokoll</translation>
    </message>
    <message>
        <source>This run was planned before the split was stored: leave-one-out evaluation, the pool&apos;s cases evaluated too.</source>
        <translation>Dieser Lauf wurde geplant, bevor die Aufteilung gespeichert wurde: Leave-one-out-Auswertung, die Fälle des Pools wurden mitbewertet.</translation>
    </message>
    <message>
        <source>Scores per condition</source>
        <translation>Ergebnisse je Bedingung</translation>
    </message>
    <message>
        <source>Accuracy counts every item: abstentions, unreadable answers and errors are never right. Intervals: bootstrap percentile, cases resampled. Controls (blank, none) show what a backend answers without seeing the case.</source>
        <translation>Die Genauigkeit zählt jedes Item: Enthaltungen, nicht erkennbare Antworten und Fehler sind nie richtig. Intervalle: Bootstrap-Perzentil, Fälle neu gezogen. Kontrollen (blank, none) zeigen, was ein Backend antwortet, ohne den Fall zu sehen.</translation>
    </message>
    <message>
        <source>Against the control</source>
        <translation>Gegen die Kontrolle</translation>
    </message>
    <message>
        <source>Each condition against the same views and shots with blank images (or no image): what seeing the case adds to what the backend answers anyway. Better: the 95 % interval of the paired difference lies above zero.</source>
        <translation>Jede Bedingung gegen dieselben Ansichten und Shots mit leeren Bildern (oder ohne Bild): was das Sehen des Falls zu dem beiträgt, was das Backend ohnehin antwortet. Besser: das 95-%-Intervall der gepaarten Differenz liegt über null.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n condition(s) did no better than their control, so their scores do not show that the images were used: %1.</source>
        <translation>
            <numerusform>Warnung: %n Bedingung war nicht besser als ihre Kontrolle; ihre Werte zeigen also nicht, dass die Bilder genutzt wurden: %1.</numerusform>
            <numerusform>Warnung: %n Bedingungen waren nicht besser als ihre Kontrolle; ihre Werte zeigen also nicht, dass die Bilder genutzt wurden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread over repeated splits</source>
        <translation>Streuung über wiederholte Aufteilungen</translation>
    </message>
    <message>
        <source>Runs %1 repeat this configuration with seeds %2 (%3 distinct example pools; a vote-k pool is the same for every seed, a random one is drawn anew). The spread shows how much a figure moves with the split; the bootstrap interval above only resamples the cases of this one.</source>
        <translation>Die Läufe %1 wiederholen diese Konfiguration mit den Seeds %2 (%3 verschiedene Beispielpools; ein Vote-k-Pool ist für jeden Seed derselbe, ein zufälliger wird neu gezogen). Die Streuung zeigt, wie stark sich eine Zahl mit der Aufteilung bewegt; das Bootstrap-Intervall oben zieht nur die Fälle dieser einen neu.</translation>
    </message>
    <message>
        <source>Paired comparisons (same cases and questions)</source>
        <translation>Gepaarte Vergleiche (gleiche Fälle und Fragen)</translation>
    </message>
    <message>
        <source>What the images show of the lesions (model-free)</source>
        <translation>Was die Bilder von den Läsionen zeigen (modellfrei)</translation>
    </message>
    <message>
        <source>Lesion cases: evaluated cases with a lesion mask (DICOM SEG). Shown: a shown slice contains lesion voxels (Wilson interval). Share: lesion area on the shown slice over the area of its largest cross-section in that view, the best shown view (bootstrap interval). The &apos;oracle&apos; baseline turns this into the accuracy ceiling of a 2D reader of these images.</source>
        <translation>Läsionsfälle: ausgewertete Fälle mit Läsionsmaske (DICOM-SEG). Gezeigt: eine gezeigte Schicht enthält Läsionsvoxel (Wilson-Intervall). Anteil: Läsionsfläche auf der gezeigten Schicht geteilt durch die Fläche ihres größten Querschnitts in dieser Ansicht, beste gezeigte Ansicht (Bootstrap-Intervall). Die Baseline &apos;oracle&apos; macht daraus die Genauigkeitsobergrenze eines 2D-Lesers dieser Bilder.</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Scores per question</source>
        <translation>Ergebnisse je Frage</translation>
    </message>
    <message>
        <source>Answers not read as an option</source>
        <translation>Nicht als Option erkannte Antworten</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>vote-k (diverse, representative cases)</source>
        <translation>vote-k (vielfältige, repräsentative Fälle)</translation>
    </message>
    <message>
        <source>a seeded random draw</source>
        <translation>eine Zufallsauswahl mit festem Seed</translation>
    </message>
    <message>
        <source>Held-out evaluation: an annotated example pool of %1 cases (chosen by %2, seed %3) gives the few-shot examples and the baselines&apos; priors; every condition is scored on the same %4 other labelled cases.</source>
        <translation>Auswertung mit zurückgehaltenen Fällen: ein annotierter Beispielpool aus %1 Fällen (gewählt durch %2, Seed %3) liefert die Few-Shot-Beispiele und die A-priori-Werte der Baselines; jede Bedingung wird auf denselben %4 übrigen gelabelten Fällen bewertet.</translation>
    </message>
    <message>
        <source>No case is both an example and evaluated.</source>
        <translation>Kein Fall ist zugleich Beispiel und bewertet.</translation>
    </message>
    <message>
        <source>%1 cases are both an example and evaluated: the split record is inconsistent.</source>
        <translation>%1 Fälle sind zugleich Beispiel und bewertet: der Aufteilungsdatensatz ist widersprüchlich.</translation>
    </message>
    <message>
        <source>Leave-one-out evaluation: every labelled case (%1) is evaluated, with the example pool of %2 cases (chosen by %3, seed %4) minus the case itself as its examples. Pool cases are evaluated too, so one case&apos;s label shapes another&apos;s examples and the baselines&apos; priors; held-out evaluation (the default since configuration format 2) avoids this.</source>
        <translation>Leave-one-out-Auswertung: jeder gelabelte Fall (%1) wird bewertet, mit dem Beispielpool aus %2 Fällen (gewählt durch %3, Seed %4) ohne den Fall selbst als Beispielen. Auch Poolfälle werden bewertet, sodass das Label eines Falls die Beispiele und die A-priori-Werte der Baselines eines anderen prägt; die Auswertung mit zurückgehaltenen Fällen (Standard seit Konfigurationsformat 2) vermeidet das.</translation>
    </message>
    <message>
        <source>Example pool: %1</source>
        <translation>Beispielpool: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1-shot; %2 items, %3 cases</source>
        <translation>%1-Shot; %2 Items, %3 Fälle</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>task pack</source>
        <translation>Aufgabenpaket</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>completion tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>BrainBench leaderboard</source>
        <translation>BrainBench-Rangliste</translation>
    </message>
    <message>
        <source>%1 runs compared; reference: %2. Each condition is scored only on its shared items: the same case, question and option rotation evaluated by every run, with the same label. Accuracy in %, 95 % bootstrap interval (%3 resamples of the cases, seed %4). Below it: the paired difference to the reference on the same items in points (run − reference; paired bootstrap interval over cases) and the exact McNemar p.</source>
        <translation>%1 Läufe verglichen; Referenz: %2. Jede Bedingung wird nur auf ihren gemeinsamen Items bewertet: derselbe Fall, dieselbe Frage und Optionsrotation, von jedem Lauf mit demselben Label bewertet. Genauigkeit in %, 95-%-Bootstrap-Intervall (%3 Ziehungen der Fälle, Seed %4). Darunter: die gepaarte Differenz zur Referenz auf denselben Items in Punkten (Lauf − Referenz; gepaartes Bootstrap-Intervall über Fälle) und das exakte McNemar-p.</translation>
    </message>
    <message>
        <source>McNemar&apos;s test counts items as independent; the questions of one case are not, so with few cases trust the interval (cases resampled) more than p. leaderboard.json also holds the paired bootstrap p.</source>
        <translation>Der McNemar-Test zählt Items als unabhängig; die Fragen eines Falls sind es nicht, daher bei wenigen Fällen dem Intervall (Fälle neu gezogen) mehr trauen als p. leaderboard.json enthält auch das gepaarte Bootstrap-p.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Runs may differ in model, prompt, server, seed and split: numbers of one run&apos;s own report are over all of its items and are not comparable with these.</source>
        <translation>Läufe können sich in Modell, Prompt, Server, Seed und Aufteilung unterscheiden: die Zahlen im eigenen Bericht eines Laufs beziehen sich auf alle seine Items und sind mit diesen nicht vergleichbar.</translation>
    </message>
    <message>
        <source>accuracy on the shared items (%)</source>
        <translation>Genauigkeit auf den gemeinsamen Items (%)</translation>
    </message>
    <message>
        <source>%1 % (reference)</source>
        <translation>%1 % (Referenz)</translation>
    </message>
    <message>
        <source>%1 %, %2%3 pts, p %4</source>
        <translation>%1 %, %2%3 Pkt., p %4</translation>
    </message>
    <message>
        <source>Accuracy on the items all compared runs share</source>
        <translation>Genauigkeit auf den Items, die alle verglichenen Läufe teilen</translation>
    </message>
    <message>
        <source>Bars: accuracy with 95% bootstrap interval (cases resampled). Beside: accuracy, difference to the reference in points, McNemar p.</source>
        <translation>Balken: Genauigkeit mit 95-%-Bootstrap-Intervall (Fälle neu gezogen). Daneben: Genauigkeit, Differenz zur Referenz in Punkten, McNemar-p.</translation>
    </message>
    <message>
        <source>%1   no shared items</source>
        <translation>%1   keine gemeinsamen Items</translation>
    </message>
    <message>
        <source>%1   (%2 items, %3 cases)</source>
        <translation>%1   (%2 Items, %3 Fälle)</translation>
    </message>
    <message>
        <source>No shared items: not evaluated by %1.</source>
        <translation>Keine gemeinsamen Items: nicht bewertet von %1.</translation>
    </message>
    <message>
        <source>No shared items: the runs evaluated no common case, question and rotation.</source>
        <translation>Keine gemeinsamen Items: die Läufe haben keinen gemeinsamen Fall mit gleicher Frage und Rotation bewertet.</translation>
    </message>
    <message>
        <source>%1 item(s) left out: the runs&apos; labels differ.</source>
        <translation>%1 Item(s) ausgelassen: die Labels der Läufe unterscheiden sich.</translation>
    </message>
    <message>
        <source>temperature %1, max tokens %2, seed %3, %4 evaluation</source>
        <translation>Temperatur %1, max. Tokens %2, Seed %3, Auswertung %4</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Koronar</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <source>%1  %2 / %3
%4 %5 mm</source>
        <translation>%1  %2 / %3
%4 %5 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>   ×%1</source>
        <translation>   ×%1</translation>
    </message>
    <message>
        <source>MRI brain</source>
        <translation>MRT Gehirn</translation>
    </message>
    <message>
        <source>MRI soft</source>
        <translation>MRT Weichteil</translation>
    </message>
    <message>
        <source>MIP (maximum intensity)</source>
        <translation>MIP (Maximumintensität)</translation>
    </message>
    <message>
        <source>3D  %1</source>
        <translation>3D  %1</translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;.</source>
        <translation>Unbekannter Fallstatus „%1“.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>Kein Fall mit ID %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>... and %n more</source>
        <translation>... und %n weitere</translation>
    </message>
    <message>
        <source>integrity_check stopped: %1</source>
        <translation>integrity_check abgebrochen: %1</translation>
    </message>
    <message>
        <source>(only the first %1 problems are listed)</source>
        <translation>(nur die ersten %1 Probleme sind aufgeführt)</translation>
    </message>
    <message>
        <source>foreign_key_check stopped: %1</source>
        <translation>foreign_key_check abgebrochen: %1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a row of %3 that does not exist</source>
        <translation>Tabelle %1, Zeile %2: verweist auf eine nicht vorhandene Zeile von %3</translation>
    </message>
    <message>
        <source>no volume cache beside the file (%1), as for a backup copy; importing the folders again rebuilds it</source>
        <translation>kein Volumen-Zwischenspeicher neben der Datei (%1), wie bei einer Sicherungskopie; erneutes Importieren der Ordner baut ihn wieder auf</translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation>Serie %1: %2</translation>
    </message>
    <message>
        <source>series %1, lesion mask of the DICOM SEG %2: %3</source>
        <translation>Serie %1, Läsionsmaske des DICOM-SEG %2: %3</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program knows (%2): written by a newer BrainMD, which should check it</source>
        <translation>Schemaversion %1 ist neuer, als dieses Programm kennt (%2): von einem neueren BrainMD geschrieben, das sie prüfen sollte</translation>
    </message>
    <message>
        <source>schema version %1 is older than the newest (%2); opening the file upgrades it after writing a backup beside it</source>
        <translation>Schemaversion %1 ist älter als die neueste (%2); beim Öffnen wird die Datei aktualisiert, nachdem daneben eine Sicherung geschrieben wurde</translation>
    </message>
    <message>
        <source>cannot build the reference schema: %1</source>
        <translation>das Referenzschema kann nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>missing from the schema: %1</source>
        <translation>fehlt im Schema: %1</translation>
    </message>
    <message>
        <source>cannot switch the copy to a rollback journal</source>
        <translation>die Kopie kann nicht auf ein Rollback-Journal umgestellt werden</translation>
    </message>
    <message>
        <source>the copy fails integrity_check: %1</source>
        <translation>die Kopie besteht integrity_check nicht: %1</translation>
    </message>
    <message>
        <source>this database was written by a newer BrainMD (schema %1, this program knows up to %2); open it with that version or newer, or import the data into a new database</source>
        <translation>diese Datenbank wurde von einem neueren BrainMD geschrieben (Schema %1, dieses Programm kennt bis %2); mit dieser oder einer neueren Version öffnen oder die Daten in eine neue Datenbank importieren</translation>
    </message>
    <message>
        <source>the backup before the schema upgrade failed: %1</source>
        <translation>die Sicherung vor der Schemaaktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 (%2) failed: %3</source>
        <translation>Schemaaktualisierung auf Version %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>not a SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>largest cross-section per view of the lesion mask of a DICOM SEG</source>
        <translation>größter Querschnitt je Ansicht der Läsionsmaske eines DICOM-SEG</translation>
    </message>
    <message>
        <source>no usable files</source>
        <translation>keine verwendbaren Dateien</translation>
    </message>
    <message>
        <source>the volume cannot be read</source>
        <translation>das Volumen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no case has labels in %1</source>
        <translation>kein Fall hat Labels in %1</translation>
    </message>
    <message>
        <source>held-out evaluation needs at least two labelled cases (one example, one to evaluate); %1 has %2</source>
        <translation>die Auswertung mit zurückgehaltenen Fällen braucht mindestens zwei gelabelte Fälle (ein Beispiel, einen zum Bewerten); %1 hat %2</translation>
    </message>
    <message>
        <source>example pool: %1 cases instead of %2, so that %3 of the %4 labelled cases stay for evaluation</source>
        <translation>Beispielpool: %1 Fälle statt %2, damit %3 der %4 gelabelten Fälle zur Bewertung bleiben</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>case %1: lesion mask not used for visibility: %2</source>
        <translation>Fall %1: Läsionsmaske für die Sichtbarkeit nicht verwendet: %2</translation>
    </message>
    <message>
        <source>%1: case %2 left out: %3</source>
        <translation>%1: Fall %2 ausgelassen: %3</translation>
    </message>
    <message>
        <source>%1: example case %2 left out: %3</source>
        <translation>%1: Beispielfall %2 ausgelassen: %3</translation>
    </message>
    <message>
        <source>the question alone (no image is shown)</source>
        <translation>nur die Frage (es wird kein Bild gezeigt)</translation>
    </message>
    <message>
        <source>this image of three orthogonal slices (axial, coronal, sagittal, left to right)</source>
        <translation>dieses Bild aus drei orthogonalen Schichten (axial, koronar, sagittal, von links nach rechts)</translation>
    </message>
    <message>
        <source>this MRI slice</source>
        <translation>diese MRT-Schicht</translation>
    </message>
    <message>
        <source>%1 bytes, no image</source>
        <translation>%1 Bytes, kein Bild</translation>
    </message>
    <message>
        <source>%1 bytes; %2 image(s), %3 PNG bytes, the largest %4×%5 px</source>
        <translation>%1 Bytes; %2 Bild(er), %3 PNG-Bytes, das größte %4×%5 px</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server wants an API key and none was found. Name the variable with --api-key-env, or set BRAINMD_API_KEY or OPENAI_API_KEY, or store the key in the system keychain (service &apos;brainmd&apos;). Server said: %3</source>
        <translation>HTTP %1 von %2: der Server verlangt einen API-Schlüssel, es wurde aber keiner gefunden. Die Variable mit --api-key-env angeben, BRAINMD_API_KEY oder OPENAI_API_KEY setzen oder den Schlüssel im Schlüsselbund des Systems speichern (Dienst &apos;brainmd&apos;). Antwort des Servers: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server refused the API key from %3%4. Check or replace that key (it is never printed). Server said: %5</source>
        <translation>HTTP %1 von %2: der Server hat den API-Schlüssel abgelehnt (Quelle: %3)%4. Diesen Schlüssel prüfen oder ersetzen (er wird nie ausgegeben). Antwort des Servers: %5</translation>
    </message>
    <message>
        <source> (or the key may not use model &apos;%1&apos;)</source>
        <translation> (oder der Schlüssel darf das Modell &apos;%1&apos; nicht verwenden)</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: the model &apos;%2&apos; or the endpoint does not exist. Check --model and --base-url (it usually ends in /v1). Server said: %3</source>
        <translation>HTTP 404 von %1: das Modell &apos;%2&apos; oder der Endpunkt existiert nicht. --model und --base-url prüfen (endet meist auf /v1). Antwort des Servers: %3</translation>
    </message>
    <message>
        <source>HTTP 413 from %1: the request is too large for the server (%2). Lower --image-size or the number of shots, or raise the server&apos;s request size limit.</source>
        <translation>HTTP 413 von %1: die Anfrage ist für den Server zu groß (%2). --image-size oder die Zahl der Shots verringern oder die Größenbegrenzung für Anfragen am Server erhöhen.</translation>
    </message>
    <message>
        <source>HTTP 429 from %1: the account&apos;s quota is used up (insufficient_quota); waiting will not help. Server said: %2</source>
        <translation>HTTP 429 von %1: das Kontingent des Kontos ist aufgebraucht (insufficient_quota); Warten hilft nicht. Antwort des Servers: %2</translation>
    </message>
    <message>
        <source>HTTP %1 (%2) from %3</source>
        <translation>HTTP %1 (%2) von %3</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <source>HTTP %1 (server error) from %2: %3</source>
        <translation>HTTP %1 (Serverfehler) von %2: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server rejected this request: %3</source>
        <translation>HTTP %1 von %2: der Server hat diese Anfrage abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 sent HTTP %2 and %3 bytes of the answer, then nothing for %4 s</source>
        <translation>%1 sendete HTTP %2 und %3 Bytes der Antwort, dann %4 s lang nichts mehr</translation>
    </message>
    <message>
        <source>%1 took the request (%2) but sent no byte of an answer for %3 s</source>
        <translation>%1 hat die Anfrage (%2) angenommen, aber %3 s lang kein Byte einer Antwort gesendet</translation>
    </message>
    <message>
        <source>%1 stopped reading the request after %2 of %3 bytes; nothing moved for %4 s</source>
        <translation>%1 hat nach %2 von %3 Bytes aufgehört, die Anfrage zu lesen; %4 s lang keine Bewegung</translation>
    </message>
    <message>
        <source>nothing could be sent to %1 for %2 s (%3)</source>
        <translation>%2 s lang konnte nichts an %1 gesendet werden (%3)</translation>
    </message>
    <message>
        <source>connecting, no answer</source>
        <translation>Verbindungsaufbau, keine Antwort</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>; a TLS handshake may be unanswered: a local server usually speaks plain http://</source>
        <translation>; möglicherweise bleibt ein TLS-Handshake unbeantwortet: ein lokaler Server spricht meist einfaches http://</translation>
    </message>
    <message>
        <source>; GET %1 got no answer within %2 s either</source>
        <translation>; auch GET %1 erhielt innerhalb von %2 s keine Antwort</translation>
    </message>
    <message>
        <source>the server stalled: %1. It may be hung or overloaded; if the model is only slow, raise the stall limit (backend setting stall_s, now %2 s).</source>
        <translation>der Server stockt: %1. Er hängt möglicherweise oder ist überlastet; ist nur das Modell langsam, das Stillstandslimit erhöhen (Backend-Einstellung stall_s, derzeit %2 s).</translation>
    </message>
    <message>
        <source>cannot reach %1: connection refused. Is the server running, and is --base-url right?</source>
        <translation>%1 nicht erreichbar: Verbindung abgelehnt. Läuft der Server, und ist --base-url richtig?</translation>
    </message>
    <message>
        <source>cannot reach %1: host &apos;%2&apos; not found. Check --base-url.</source>
        <translation>%1 nicht erreichbar: Host &apos;%2&apos; nicht gefunden. --base-url prüfen.</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2. A local server usually speaks plain http://; a self-signed certificate must be trusted by the system.</source>
        <translation>TLS mit %1 fehlgeschlagen: %2. Ein lokaler Server spricht meist einfaches http://; einem selbstsignierten Zertifikat muss das System vertrauen.</translation>
    </message>
    <message>
        <source>the network proxy failed for %1: %2</source>
        <translation>der Netzwerk-Proxy ist für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection after taking the request, without an answer (%2): the server may have crashed or restarted.</source>
        <translation>%1 hat die Verbindung nach Annahme der Anfrage ohne Antwort geschlossen (%2): der Server ist möglicherweise abgestürzt oder wurde neu gestartet.</translation>
    </message>
    <message>
        <source>%1 closed the connection while the request (%2) was being sent, %3 bytes out, without an HTTP answer (%4). It may refuse requests this large (as HTTP 413 would: lower --image-size) or not speak HTTP on this port.</source>
        <translation>%1 hat die Verbindung geschlossen, während die Anfrage (%2) gesendet wurde, nach %3 gesendeten Bytes, ohne HTTP-Antwort (%4). Möglicherweise lehnt er so große Anfragen ab (wie es HTTP 413 täte: --image-size verringern) oder spricht auf diesem Port kein HTTP.</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>the response from %1 was larger than %2 MB and was cut off</source>
        <translation>die Antwort von %1 war größer als %2 MB und wurde abgeschnitten</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s (the timeout of one attempt); %3 bytes of it had arrived%4</source>
        <translation>keine vollständige Antwort von %1 innerhalb von %2 s (Timeout eines Versuchs); %3 Bytes davon waren angekommen%4</translation>
    </message>
    <message>
        <source>. The server kept answering GET %1: it is busy, not hung; raise --timeout or lower --concurrency</source>
        <translation>. Der Server beantwortete weiterhin GET %1: er ist beschäftigt, hängt aber nicht; --timeout erhöhen oder --concurrency verringern</translation>
    </message>
    <message>
        <source>%1 broke off the answer after %2 bytes (%3)</source>
        <translation>%1 hat die Antwort nach %2 Bytes abgebrochen (%3)</translation>
    </message>
    <message>
        <source>the response is not valid UTF-8 (%1 bytes)</source>
        <translation>die Antwort ist kein gültiges UTF-8 (%1 Bytes)</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2 of %3); the server may have cut it short</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2 von %3); der Server hat sie möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>the response has no choices; the server said: %1</source>
        <translation>die Antwort enthält keine choices; der Server meldete: %1</translation>
    </message>
    <message>
        <source>the response has no choices</source>
        <translation>die Antwort enthält keine choices</translation>
    </message>
    <message>
        <source>the first choice has no text content</source>
        <translation>die erste Auswahl hat keinen Textinhalt</translation>
    </message>
    <message>
        <source> (the time budget of %1 s per request is spent)</source>
        <translation> (das Zeitbudget von %1 s je Anfrage ist aufgebraucht)</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s (Retry-After), longer than %3 s: run the same command again later to resume.</source>
        <translation>%1 verlangt %2 s Wartezeit (Retry-After), länger als %3 s: denselben Befehl später erneut ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 kept rate-limiting this request%2. Lower --concurrency or wait, then run the same command again to resume.</source>
        <translation>%1 hat diese Anfrage wiederholt durch Ratenbegrenzung abgewiesen%2. --concurrency verringern oder warten, dann denselben Befehl erneut ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>shots: &apos;%1&apos; is not a whole number</source>
        <translation>shots: &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the run configuration is not a JSON object (%1 at offset %2)</source>
        <translation>die Laufkonfiguration ist kein JSON-Objekt (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>backend &apos;%1&apos; is unknown (known: %2)</source>
        <translation>Backend &apos;%1&apos; ist unbekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>the openai backend needs a base URL and a model (--base-url, --model)</source>
        <translation>das openai-Backend braucht eine Basis-URL und ein Modell (--base-url, --model)</translation>
    </message>
    <message>
        <source>the run has no conditions</source>
        <translation>der Lauf hat keine Bedingungen</translation>
    </message>
    <message>
        <source>slice source &apos;%1&apos; is unknown (known: %2)</source>
        <translation>Schichtquelle &apos;%1&apos; ist unbekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>view &apos;%1&apos; is unknown (known: %2)</source>
        <translation>Ansicht &apos;%1&apos; ist unbekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>shots must be between 0 and 32 (got %1)</source>
        <translation>shots muss zwischen 0 und 32 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>example pool &apos;%1&apos; is unknown (votek, random)</source>
        <translation>Beispielpool &apos;%1&apos; ist unbekannt (votek, random)</translation>
    </message>
    <message>
        <source>evaluation &apos;%1&apos; is unknown (held-out, leave-one-out)</source>
        <translation>Auswertung &apos;%1&apos; ist unbekannt (held-out, leave-one-out)</translation>
    </message>
    <message>
        <source>retrieval &apos;%1&apos; is unknown (similar, random)</source>
        <translation>Abruf &apos;%1&apos; ist unbekannt (similar, random)</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 256</source>
        <translation>die Parallelität muss zwischen 1 und 256 liegen</translation>
    </message>
    <message>
        <source>image size must be between 32 and 2048 px</source>
        <translation>die Bildgröße muss zwischen 32 und 2048 px liegen</translation>
    </message>
    <message>
        <source>the example pool needs at least one case</source>
        <translation>der Beispielpool braucht mindestens einen Fall</translation>
    </message>
    <message>
        <source>the stall limit (stall_s) must be between 1 and 3600 s</source>
        <translation>das Stillstandslimit (stall_s) muss zwischen 1 und 3600 s liegen</translation>
    </message>
    <message>
        <source>the time budget per request (budget_s) must be at least 1 s</source>
        <translation>das Zeitbudget je Anfrage (budget_s) muss mindestens 1 s betragen</translation>
    </message>
    <message>
        <source>%1.options: expected an array</source>
        <translation>%1.options: Array erwartet</translation>
    </message>
    <message>
        <source>%1.options[%2]: expected a non-empty string or {&quot;value&quot;: ...}</source>
        <translation>%1.options[%2]: nicht leere Zeichenkette oder {&quot;value&quot;: ...} erwartet</translation>
    </message>
    <message>
        <source>%1.options[%2]: duplicate option &apos;%3&apos;</source>
        <translation>%1.options[%2]: doppelte Option &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: &apos;id&apos; and &apos;prompt&apos; are required strings</source>
        <translation>%1: &apos;id&apos; und &apos;prompt&apos; sind erforderliche Zeichenketten</translation>
    </message>
    <message>
        <source>%1.id: &apos;%2&apos; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1.id: &apos;%2&apos; muss aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>%1.type: expected &apos;binary&apos;, &apos;single_choice&apos; or &apos;free_text&apos;</source>
        <translation>%1.type: &apos;binary&apos;, &apos;single_choice&apos; oder &apos;free_text&apos; erwartet</translation>
    </message>
    <message>
        <source>%1.answer_from: expected &apos;labels&apos; or &apos;view&apos;</source>
        <translation>%1.answer_from: &apos;labels&apos; oder &apos;view&apos; erwartet</translation>
    </message>
    <message>
        <source>%1.options: a binary question needs exactly two options</source>
        <translation>%1.options: eine binäre Frage braucht genau zwei Optionen</translation>
    </message>
    <message>
        <source>%1.options: a single-choice question needs at least two options</source>
        <translation>%1.options: eine Einfachauswahl-Frage braucht mindestens zwei Optionen</translation>
    </message>
    <message>
        <source>%1.positive: &apos;%2&apos; is not one of the options</source>
        <translation>%1.positive: &apos;%2&apos; ist keine der Optionen</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>the task pack must be a JSON object</source>
        <translation>das Aufgabenpaket muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format: &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>format_version: this program reads version %1</source>
        <translation>format_version: dieses Programm liest Version %1</translation>
    </message>
    <message>
        <source>&apos;name&apos; and &apos;version&apos; are required strings</source>
        <translation>&apos;name&apos; und &apos;version&apos; sind erforderliche Zeichenketten</translation>
    </message>
    <message>
        <source>questions: expected a non-empty array</source>
        <translation>questions: nicht leeres Array erwartet</translation>
    </message>
    <message>
        <source>questions[%1].id: duplicate id &apos;%2&apos;</source>
        <translation>questions[%1].id: doppelte ID &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read the task pack %1: %2</source>
        <translation>das Aufgabenpaket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>task pack %1: %2</source>
        <translation>Aufgabenpaket %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cached volume %1 is missing; import the series again to rebuild it.</source>
        <translation>Das zwischengespeicherte Volumen %1 fehlt; die Serie erneut importieren, um es neu aufzubauen.</translation>
    </message>
    <message>
        <source>The cached volume %1 is damaged (%2 bytes, the import wrote %3); import the series again to rebuild it.</source>
        <translation>Das zwischengespeicherte Volumen %1 ist beschädigt (%2 Bytes, der Import schrieb %3); importieren Sie die Serie erneut, um es neu aufzubauen.</translation>
    </message>
    <message>
        <source>The cached volume %1 is damaged (its checksum differs from the one recorded at import)%2; import the series again to rebuild it.</source>
        <translation>Das zwischengespeicherte Volumen %1 ist beschädigt (seine Prüfsumme weicht von der beim Import aufgezeichneten ab)%2; importieren Sie die Serie erneut, um es neu aufzubauen.</translation>
    </message>
    <message>
        <source> and was moved aside to %1</source>
        <translation> und wurde nach %1 verschoben</translation>
    </message>
    <message>
        <source>The cached volume %1 is damaged (shorter than its header says); import the series again to rebuild it.</source>
        <translation>Das zwischengespeicherte Volumen %1 ist beschädigt (kürzer, als sein Header angibt); importieren Sie die Serie erneut, um es neu aufzubauen.</translation>
    </message>
    <message>
        <source>no BitsAllocated in the header</source>
        <translation>kein BitsAllocated im Header</translation>
    </message>
    <message>
        <source>BitsAllocated is %1; only 8, 16 or 32 bit pixels can be read</source>
        <translation>BitsAllocated ist %1; nur 8-, 16- oder 32-Bit-Pixel können gelesen werden</translation>
    </message>
    <message>
        <source>BitsStored is %1 with BitsAllocated %2</source>
        <translation>BitsStored ist %1 bei BitsAllocated %2</translation>
    </message>
    <message>
        <source>HighBit is %1 with BitsAllocated %2</source>
        <translation>HighBit ist %1 bei BitsAllocated %2</translation>
    </message>
    <message>
        <source>pixel data is %1 bytes, but Rows %2 × Columns %3 × %4 frames × BitsAllocated %5 need %6 bytes</source>
        <translation>die Pixeldaten umfassen %1 Bytes, aber Rows %2 × Columns %3 × %4 Frames × BitsAllocated %5 erfordern %6 Bytes</translation>
    </message>
    <message>
        <source>image object without pixel data (no PixelData element): nothing to import</source>
        <translation>Bildobjekt ohne Pixeldaten (kein PixelData-Element): nichts zu importieren</translation>
    </message>
    <message>
        <source>image of %1 × %2 pixels (Rows / Columns 0 or missing)</source>
        <translation>Bild mit %1 × %2 Pixeln (Rows / Columns 0 oder fehlend)</translation>
    </message>
    <message>
        <source>colour image (%1 samples per pixel, %2); only greyscale images are imported</source>
        <translation>Farbbild (%1 Samples pro Pixel, %2); nur Graustufenbilder werden importiert</translation>
    </message>
    <message>
        <source>image of %1 × %2 pixels × %3 frames is far too large (damaged header?)</source>
        <translation>Bild mit %1 × %2 Pixeln × %3 Frames ist viel zu groß (beschädigter Header?)</translation>
    </message>
    <message>
        <source>truncated file: pixel data missing</source>
        <translation>abgeschnittene Datei: Pixeldaten fehlen</translation>
    </message>
    <message>
        <source>truncated file: pixel data ends %1 bytes past the end of the file</source>
        <translation>abgeschnittene Datei: die Pixeldaten enden %1 Bytes hinter dem Dateiende</translation>
    </message>
    <message>
        <source>DICOMDIR index (used to locate files)</source>
        <translation>DICOMDIR-Index (zum Auffinden der Dateien)</translation>
    </message>
    <message>
        <source>not a DICOM file (no DICOM header found)</source>
        <translation>keine DICOM-Datei (kein DICOM-Header gefunden)</translation>
    </message>
    <message>
        <source>not an image: %1</source>
        <translation>kein Bild: %1</translation>
    </message>
    <message>
        <source>no SOPInstanceUID in the header</source>
        <translation>keine SOPInstanceUID im Header</translation>
    </message>
    <message>
        <source>no SeriesInstanceUID in the header</source>
        <translation>keine SeriesInstanceUID im Header</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>truncated or damaged DICOM file (the header could not be read)</source>
        <translation>abgeschnittene oder beschädigte DICOM-Datei (der Header konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>keine DICOM-Datei</translation>
    </message>
    <message>
        <source>deflated DICOM file that GDCM could not inflate</source>
        <translation>Deflate-komprimierte DICOM-Datei, die GDCM nicht entpacken konnte</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>truncated file: %1</source>
        <translation>abgeschnittene Datei: %1</translation>
    </message>
    <message>
        <source>damaged DICOM file: %1</source>
        <translation>beschädigte DICOM-Datei: %1</translation>
    </message>
    <message>
        <source>unreadable DICOM file (%1)</source>
        <translation>nicht lesbare DICOM-Datei (%1)</translation>
    </message>
    <message>
        <source>%1 (GDCM: %2)</source>
        <translation>%1 (GDCM: %2)</translation>
    </message>
    <message>
        <source>Reading DICOM headers (%1 of %2)</source>
        <translation>DICOM-Header werden gelesen (%1 von %2)</translation>
    </message>
    <message>
        <source>duplicate of %1 (same SOPInstanceUID, other series)</source>
        <translation>Duplikat von %1 (gleiche SOPInstanceUID, andere Serie)</translation>
    </message>
    <message>
        <source>DICOM headers read</source>
        <translation>DICOM-Header gelesen</translation>
    </message>
    <message>
        <source>the volume is empty</source>
        <translation>das Volumen ist leer</translation>
    </message>
    <message>
        <source>only integer values in the int16 range can be written as DICOM</source>
        <translation>nur ganzzahlige Werte im int16-Bereich können als DICOM geschrieben werden</translation>
    </message>
    <message>
        <source>the study, series, frame of reference and SOP instance UIDs must be given</source>
        <translation>die UIDs von Studie, Serie, Frame of Reference und SOP-Instanz müssen angegeben werden</translation>
    </message>
    <message>
        <source>GDCM could not encode the pixels as %1</source>
        <translation>GDCM konnte die Pixel nicht als %1 kodieren</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the header could not be read again</source>
        <translation>der Header konnte nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>unknown orientation</source>
        <translation>unbekannte Orientierung</translation>
    </message>
    <message>
        <source>oblique</source>
        <translation>schräg</translation>
    </message>
    <message>
        <source>image size %1</source>
        <translation>Bildgröße %1</translation>
    </message>
    <message>
        <source>localizer</source>
        <translation>Localizer</translation>
    </message>
    <message>
        <source>not localizer</source>
        <translation>kein Localizer</translation>
    </message>
    <message>
        <source>echo time %1 ms</source>
        <translation>Echozeit %1 ms</translation>
    </message>
    <message>
        <source>b = %1 s/mm²</source>
        <translation>b = %1 s/mm²</translation>
    </message>
    <message>
        <source>acquisition %1</source>
        <translation>Akquisition %1</translation>
    </message>
    <message>
        <source>DICOM Segmentation (SEG)</source>
        <translation>DICOM-Segmentierung (SEG)</translation>
    </message>
    <message>
        <source>surface segmentation</source>
        <translation>Oberflächensegmentierung</translation>
    </message>
    <message>
        <source>spatial registration</source>
        <translation>räumliche Registrierung</translation>
    </message>
    <message>
        <source>deformable spatial registration</source>
        <translation>deformierbare räumliche Registrierung</translation>
    </message>
    <message>
        <source>spatial fiducials</source>
        <translation>räumliche Passermarken (Fiducials)</translation>
    </message>
    <message>
        <source>raw data object</source>
        <translation>Rohdatenobjekt</translation>
    </message>
    <message>
        <source>key object selection (KOS)</source>
        <translation>Key Object Selection (KOS)</translation>
    </message>
    <message>
        <source>structured report (SR)</source>
        <translation>strukturierter Befund (SR)</translation>
    </message>
    <message>
        <source>presentation state</source>
        <translation>Presentation State</translation>
    </message>
    <message>
        <source>waveform</source>
        <translation>Kurvendaten (Waveform)</translation>
    </message>
    <message>
        <source>encapsulated document</source>
        <translation>gekapseltes Dokument</translation>
    </message>
    <message>
        <source>RT structure set</source>
        <translation>RT-Strukturset</translation>
    </message>
    <message>
        <source>RT plan</source>
        <translation>RT-Plan</translation>
    </message>
    <message>
        <source>parametric map</source>
        <translation>parametrische Karte</translation>
    </message>
    <message>
        <source>colour palette</source>
        <translation>Farbpalette</translation>
    </message>
    <message>
        <source>hanging protocol</source>
        <translation>Hanging Protocol</translation>
    </message>
    <message>
        <source>%1, not an image slice</source>
        <translation>%1, keine Bildschicht</translation>
    </message>
    <message>
        <source>image size %1×%2 differs from the series (%3×%4)</source>
        <translation>Bildgröße %1×%2 weicht von der Serie ab (%3×%4)</translation>
    </message>
    <message>
        <source>same slice position as another image of the series; not used (at a repeated position the lowest instance number is kept)</source>
        <translation>gleiche Schichtposition wie ein anderes Bild der Serie; nicht verwendet (an einer wiederholten Position wird die niedrigste Instanznummer behalten)</translation>
    </message>
    <message>
        <source>%1 slices repeat the position of another slice and were left out (the lowest instance number at each position is kept)</source>
        <translation>%1 Schichten wiederholen die Position einer anderen Schicht und wurden ausgelassen (an jeder Position wird die niedrigste Instanznummer behalten)</translation>
    </message>
    <message>
        <source>%1: left out, its place in the stack is unknown</source>
        <translation>%1: ausgelassen, seine Position im Stapel ist unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 frames left out (%4)</source>
        <translation>%1: %2 von %3 Frames ausgelassen (%4)</translation>
    </message>
    <message>
        <source>%1 slices without a usable ImagePositionPatient (missing or NaN) were left out</source>
        <translation>%1 Schichten ohne verwendbare ImagePositionPatient (fehlend oder NaN) wurden ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more files: %3</source>
        <translation>%1 und %2 weitere Dateien: %3</translation>
    </message>
    <message>
        <source>Decoding slices (%1 of %2)</source>
        <translation>Schichten werden dekodiert (%1 von %2)</translation>
    </message>
    <message>
        <source>the series has no images</source>
        <translation>die Serie enthält keine Bilder</translation>
    </message>
    <message>
        <source>no slice of the series could be decoded</source>
        <translation>keine Schicht der Serie konnte dekodiert werden</translation>
    </message>
    <message>
        <source>no slice of the series could be used</source>
        <translation>keine Schicht der Serie war verwendbar</translation>
    </message>
    <message>
        <source>Series assembled</source>
        <translation>Serie zusammengesetzt</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote (a quote inside a field must be doubled)</source>
        <translation>Text nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Feldes muss verdoppelt werden)</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1: keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1: header row: %2</source>
        <translation>%1: Kopfzeile: %2</translation>
    </message>
    <message>
        <source>%1: missing column &apos;%2&apos;</source>
        <translation>%1: Spalte &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation>Spalte &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>%1 row %2 (line %3): %4</source>
        <translation>%1 Zeile %2 (Textzeile %3): %4</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 line %2: column &apos;%3&apos; holds the control character %4; the row is refused (remove it, or re-export the file as plain text)</source>
        <translation>%1 Textzeile %2: Spalte „%3“ enthält das Steuerzeichen %4; die Zeile wird abgelehnt (entfernen Sie es oder exportieren Sie die Datei erneut als reinen Text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list file names</source>
        <translation>„%1“ muss Dateinamen auflisten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: no &quot;format&quot;</source>
        <translation>%1: kein „format“</translation>
    </message>
    <message>
        <source>%1: unknown format &apos;%2&apos; (expected &apos;%3&apos;)</source>
        <translation>%1: unbekanntes Format &apos;%2&apos; (erwartet: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be an integer</source>
        <translation>%1: „version“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: version %2 is not supported (this program reads up to %3)</source>
        <translation>%1: Version %2 wird nicht unterstützt (dieses Programm liest bis %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array</source>
        <translation>%1: „%2“ muss ein Array sein</translation>
    </message>
    <message>
        <source>%1 entry %2: %3</source>
        <translation>%1 Eintrag %2: %3</translation>
    </message>
    <message>
        <source>empty &apos;%1&apos;</source>
        <translation>leeres &apos;%1&apos;</translation>
    </message>
    <message>
        <source>neither accession_number nor patient_id is given</source>
        <translation>weder accession_number noch patient_id ist angegeben</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (report, ehr or demographics)</source>
        <translation>unbekannte Art &apos;%1&apos; (report, ehr oder demographics)</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (axial, coronal or sagittal)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (axial, coronal oder sagittal)</translation>
    </message>
    <message>
        <source>index &apos;%1&apos; is not a slice number</source>
        <translation>Index &apos;%1&apos; ist keine Schichtnummer</translation>
    </message>
    <message>
        <source>position_mm &apos;%1&apos; is not a number</source>
        <translation>position_mm &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: missing column &apos;accession_number&apos; or &apos;patient_id&apos;</source>
        <translation>%1: Spalte &apos;accession_number&apos; oder &apos;patient_id&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds the control character %2; the entry is refused</source>
        <translation>„%1“ enthält das Steuerzeichen %2; der Eintrag wird abgelehnt</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: no byte-order mark; read as UTF-16 %2 from its zero bytes</source>
        <translation>%1: keine Bytereihenfolge-Markierung; anhand der Null-Bytes als UTF-16 %2 gelesen</translation>
    </message>
    <message>
        <source>%1 line %2: byte 0x%3 is neither UTF-8 nor Windows-1252; save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation>%1 Textzeile %2: Byte 0x%3 ist weder UTF-8 noch Windows-1252; speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (first at line %2); read as Windows-1252 (Western European). Check accented names; save the file as UTF-8 to be sure</source>
        <translation>%1 ist kein UTF-8 (erstmals in Textzeile %2); als Windows-1252 (westeuropäisch) gelesen. Prüfen Sie Namen mit Akzenten; speichern Sie die Datei als UTF-8, um sicherzugehen</translation>
    </message>
    <message>
        <source>NUL (%1)</source>
        <translation>NUL (%1)</translation>
    </message>
    <message>
        <source>cannot write the key object selection (%1): %2</source>
        <translation>die Key Object Selection kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot write a key object selection without images</source>
        <translation>eine Key Object Selection ohne Bilder kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the key images belong to more than one study</source>
        <translation>die Schlüsselbilder gehören zu mehr als einer Studie</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a readable NIfTI file (bad header or truncated data)</source>
        <translation>%1: keine lesbare NIfTI-Datei (fehlerhafter Header oder abgeschnittene Daten)</translation>
    </message>
    <message>
        <source>%1: invalid image dimensions</source>
        <translation>%1: ungültige Bildabmessungen</translation>
    </message>
    <message>
        <source>%1: unsupported NIfTI data type %2</source>
        <translation>%1: nicht unterstützter NIfTI-Datentyp %2</translation>
    </message>
    <message>
        <source>%1: nothing to write (empty volume)</source>
        <translation>%1: nichts zu schreiben (leeres Volumen)</translation>
    </message>
    <message>
        <source>%1: could not create the NIfTI header</source>
        <translation>%1: der NIfTI-Header konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: kein Speicher mehr</translation>
    </message>
    <message>
        <source>%1: invalid file name for NIfTI</source>
        <translation>%1: ungültiger Dateiname für NIfTI</translation>
    </message>
    <message>
        <source>%1: writing failed (disk full or not writable?)</source>
        <translation>%1: Schreiben fehlgeschlagen (Datenträger voll oder nicht beschreibbar?)</translation>
    </message>
    <message>
        <source>%1: could not move the written file into place: %2</source>
        <translation>%1: die geschriebene Datei konnte nicht an ihren Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1: no regions found</source>
        <translation>%1: keine Regionen gefunden</translation>
    </message>
    <message>
        <source>The number of cases must be at least 1.</source>
        <translation>Die Anzahl der Fälle muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The resolution must be 1 or 2 mm.</source>
        <translation>Die Auflösung muss 1 oder 2 mm betragen.</translation>
    </message>
    <message>
        <source>The lesion share must be between 0 and 1.</source>
        <translation>Der Läsionsanteil muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>No output folder given.</source>
        <translation>Kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Reading the Colin27 and AAL templates</source>
        <translation>Die Vorlagen Colin27 und AAL werden gelesen</translation>
    </message>
    <message>
        <source>Phantom dataset written to %1</source>
        <translation>Phantomdatensatz nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the lesion mask does not match the series</source>
        <translation>%1: die Läsionsmaske passt nicht zur Serie</translation>
    </message>
    <message>
        <source>Cannot read the Colin27 / AAL templates in %1 (package mricron-data): %2</source>
        <translation>Die Vorlagen Colin27 / AAL in %1 können nicht gelesen werden (Paket mricron-data): %2</translation>
    </message>
    <message>
        <source>The templates in %1 are not on the same grid</source>
        <translation>Die Vorlagen in %1 liegen nicht auf demselben Gitter</translation>
    </message>
    <message>
        <source>the segmentation has frames of %1 × %2 pixels, the images %3 × %4</source>
        <translation>die Segmentierung hat Frames mit %1 × %2 Pixeln, die Bilder %3 × %4</translation>
    </message>
    <message>
        <source>the segmentation was drawn in another orientation than the images (no resampling is done)</source>
        <translation>die Segmentierung wurde in einer anderen Orientierung als die Bilder gezeichnet (es wird nicht neu abgetastet)</translation>
    </message>
    <message>
        <source>the segmentation has a pixel spacing of %1 × %2 mm, the images %3 × %4 mm</source>
        <translation>die Segmentierung hat einen Pixelabstand von %1 × %2 mm, die Bilder %3 × %4 mm</translation>
    </message>
    <message>
        <source>the image grid is empty</source>
        <translation>das Bildraster ist leer</translation>
    </message>
    <message>
        <source>none of the %1 frames of the segmentation lies on a slice of the images</source>
        <translation>keiner der %1 Frames der Segmentierung liegt auf einer Schicht der Bilder</translation>
    </message>
    <message>
        <source>%1 frame(s) lie off the image slices and were left out (frame %2)</source>
        <translation>%1 Frame(s) liegen neben den Bildschichten und wurden ausgelassen (Frame %2)</translation>
    </message>
    <message>
        <source>segments overlap in %1 voxel(s); the higher segment number was kept</source>
        <translation>Segmente überlappen in %1 Voxel(n); die höhere Segmentnummer wurde behalten</translation>
    </message>
    <message>
        <source>%1: cannot read the segmentation: %2</source>
        <translation>%1: die Segmentierung kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the segmentation has %2 rows, %3 columns and %4 frames</source>
        <translation>%1: die Segmentierung hat %2 Zeilen, %3 Spalten und %4 Frames</translation>
    </message>
    <message>
        <source>%1: unknown segmentation type &quot;%2&quot;</source>
        <translation>%1: unbekannter Segmentierungstyp „%2“</translation>
    </message>
    <message>
        <source>%1: the header declares %2 frames of %3 × %4 pixels (%5 bytes), far more than a file of %6 bytes can hold</source>
        <translation>%1: der Header nennt %2 Frames mit %3 × %4 Pixeln (%5 Bytes), weit mehr als eine Datei von %6 Bytes fassen kann</translation>
    </message>
    <message>
        <source>%1: the segmentation has no pixel data</source>
        <translation>%1: die Segmentierung hat keine Pixeldaten</translation>
    </message>
    <message>
        <source>%1: the pixel data holds %2 bytes, %3 frames need %4 (file cut short?)</source>
        <translation>%1: die Pixeldaten umfassen %2 Bytes, %3 Frames brauchen %4 (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1 is not a DICOM Segmentation (SOP class &quot;%2&quot;, modality &quot;%3&quot;)</source>
        <translation>%1 ist keine DICOM-Segmentierung (SOP-Klasse „%2“, Modalität „%3“)</translation>
    </message>
    <message>
        <source>%1: the segmentation has no segments</source>
        <translation>%1: die Segmentierung hat keine Segmente</translation>
    </message>
    <message>
        <source>cannot write the segmentation (%1): %2</source>
        <translation>die Segmentierung kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot write a segmentation: the label map is empty or not Int16</source>
        <translation>Segmentierung kann nicht geschrieben werden: die Labelkarte ist leer oder nicht Int16</translation>
    </message>
    <message>
        <source>cannot write a segmentation: slices of %1 × %2 are too large</source>
        <translation>Segmentierung kann nicht geschrieben werden: Schichten von %1 × %2 sind zu groß</translation>
    </message>
    <message>
        <source>cannot write a segmentation without segments</source>
        <translation>eine Segmentierung ohne Segmente kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write a segmentation: %1 image references for %2 slices</source>
        <translation>Segmentierung kann nicht geschrieben werden: %1 Bildverweise für %2 Schichten</translation>
    </message>
    <message>
        <source>cannot write a segmentation without study, series, frame of reference and instance UIDs</source>
        <translation>eine Segmentierung ohne Study-, Series-, Frame-of-Reference- und Instance-UIDs kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write a segmentation: no voxel of the label map belongs to a segment</source>
        <translation>Segmentierung kann nicht geschrieben werden: kein Voxel der Labelkarte gehört zu einem Segment</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>a DICOMDIR (it names the original files); not copied</source>
        <translation>ein DICOMDIR (es nennt die ursprünglichen Dateien); nicht kopiert</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the pixels may show identifying text, which header cleaning cannot remove</source>
        <translation>BurnedInAnnotation ist YES: die Pixel können identifizierenden Text zeigen, den die Bereinigung des Headers nicht entfernen kann</translation>
    </message>
    <message>
        <source>the file ends inside its pixel data (truncated)</source>
        <translation>die Datei endet innerhalb ihrer Pixeldaten (abgeschnitten)</translation>
    </message>
    <message>
        <source>the file has no SOP Instance UID</source>
        <translation>die Datei hat keine SOP Instance UID</translation>
    </message>
    <message>
        <source>GDCM cannot read this DICOM file</source>
        <translation>GDCM kann diese DICOM-Datei nicht lesen</translation>
    </message>
    <message>
        <source>Cohen</source>
        <translation>Cohen</translation>
    </message>
    <message>
        <source>Fleiss</source>
        <translation>Fleiss</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>not defined (one rater)</source>
        <translation>nicht definiert (nur ein Befunder)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Raters: %1. Intervals: 95 %, bootstrap over cases; figures from fewer than %2 cases are not defined.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Befunder: %1. Intervalle: 95 %, Bootstrap über die Fälle; Werte aus weniger als %2 Fällen sind nicht definiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;View&lt;/th&gt;&lt;th&gt;median |Δ| mm&lt;/th&gt;&lt;th&gt;within %1 mm&lt;/th&gt;&lt;th&gt;cases&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Ansicht&lt;/th&gt;&lt;th&gt;Median |Δ| mm&lt;/th&gt;&lt;th&gt;innerhalb %1 mm&lt;/th&gt;&lt;th&gt;Fälle&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Question&lt;/th&gt;&lt;th&gt;κ&lt;/th&gt;&lt;th&gt;method&lt;/th&gt;&lt;th&gt;raters&lt;/th&gt;&lt;th&gt;cases&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;/table&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Frage&lt;/th&gt;&lt;th&gt;κ&lt;/th&gt;&lt;th&gt;Methode&lt;/th&gt;&lt;th&gt;Befunder&lt;/th&gt;&lt;th&gt;Fälle&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>not defined (n = %1 &lt; %2)</source>
        <translation>nicht definiert (n = %1 &lt; %2)</translation>
    </message>
    <message>
        <source>not defined (one category)</source>
        <translation>nicht definiert (nur eine Kategorie)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 %2 mm</source>
        <translation>%1 %2 mm</translation>
    </message>
    <message>
        <source>Finding the centre slices</source>
        <translation>Mittlere Schichten werden bestimmt</translation>
    </message>
    <message>
        <source>Clustering patches</source>
        <translation>Patches werden geclustert</translation>
    </message>
    <message>
        <source>Unknown embedder: %1</source>
        <translation>Unbekannte Einbettung: %1</translation>
    </message>
    <message>
        <source>Estimating eps</source>
        <translation>eps wird geschätzt</translation>
    </message>
    <message>
        <source>Selecting patches</source>
        <translation>Patches werden ausgewählt</translation>
    </message>
    <message>
        <source>Building the neighbour graph</source>
        <translation>Nachbarschaftsgraph wird aufgebaut</translation>
    </message>
    <message>
        <source>Cutting patches</source>
        <translation>Patches werden ausgeschnitten</translation>
    </message>
    <message>
        <source>Fitting PCA</source>
        <translation>PCA wird angepasst</translation>
    </message>
    <message>
        <source>Drawing random slices</source>
        <translation>Zufällige Schichten werden gezogen</translation>
    </message>
    <message>
        <source>The volume is empty.</source>
        <translation>Das Volumen ist leer.</translation>
    </message>
    <message>
        <source>The volume must be reoriented to RAS axes before slice selection.</source>
        <translation>Das Volumen muss vor der Schichtauswahl auf RAS-Achsen umorientiert werden.</translation>
    </message>
    <message>
        <source>Training the VAE</source>
        <translation>VAE wird trainiert</translation>
    </message>
    <message>
        <source>The VAE has not been trained.</source>
        <translation>Der VAE wurde nicht trainiert.</translation>
    </message>
    <message>
        <source>Cannot write the VAE weights file.</source>
        <translation>Die VAE-Gewichtsdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot open the VAE weights file.</source>
        <translation>Die VAE-Gewichtsdatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Not a VAE weights file.</source>
        <translation>Keine VAE-Gewichtsdatei.</translation>
    </message>
    <message>
        <source>Unsupported VAE weights file version.</source>
        <translation>Nicht unterstützte Version der VAE-Gewichtsdatei.</translation>
    </message>
    <message>
        <source>The VAE weights file is damaged.</source>
        <translation>Die VAE-Gewichtsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The VAE weights file is truncated.</source>
        <translation>Die VAE-Gewichtsdatei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The embedder&apos;s weights were trained on patches of another size.</source>
        <translation>Die Gewichte der Einbettung wurden mit Patches einer anderen Größe trainiert.</translation>
    </message>
    <message>
        <source>Invalid slice selection parameters.</source>
        <translation>Ungültige Parameter für die Schichtauswahl.</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reader agreement</source>
        <translation>Befunder-Übereinstimmung</translation>
    </message>
    <message numerus="yes">
        <source>%n case selection(s) changed since this run started; the run keeps showing the slices it was started with</source>
        <translation>
            <numerusform>%n Schichtauswahl eines Falls hat sich seit dem Start dieses Laufs geändert; der Lauf zeigt weiter die Schichten, mit denen er gestartet wurde</numerusform>
            <numerusform>%n Schichtauswahlen von Fällen haben sich seit dem Start dieses Laufs geändert; der Lauf zeigt weiter die Schichten, mit denen er gestartet wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no run %1 (see &apos;brainmd bench list&apos;)</source>
        <translation>es gibt keinen Lauf %1 (siehe &apos;brainmd bench list&apos;)</translation>
    </message>
    <message>
        <source>no case with accession number %1</source>
        <translation>kein Fall mit Accession-Nummer %1</translation>
    </message>
    <message>
        <source>no case for the patient id given</source>
        <translation>kein Fall zur angegebenen Patienten-ID</translation>
    </message>
    <message>
        <source>the row has neither an accession number nor a patient id</source>
        <translation>die Zeile hat weder Accession-Nummer noch Patienten-ID</translation>
    </message>
    <message>
        <source>the input folder %1 does not exist</source>
        <translation>der Eingabeordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the output folder must lie outside the input folder and not contain it</source>
        <translation>der Ausgabeordner muss außerhalb des Eingabeordners liegen und darf ihn nicht enthalten</translation>
    </message>
    <message>
        <source>the map file must lie outside the output folder: it leads back to the patients</source>
        <translation>die Zuordnungsdatei muss außerhalb des Ausgabeordners liegen: sie führt zurück zu den Patienten</translation>
    </message>
    <message>
        <source>the key must hold at least %1 bytes</source>
        <translation>der Schlüssel muss mindestens %1 Byte enthalten</translation>
    </message>
    <message>
        <source>%1: the same instance (SOP Instance UID) as an earlier file; one copy kept</source>
        <translation>%1: dieselbe Instanz (SOP Instance UID) wie eine frühere Datei; eine Kopie behalten</translation>
    </message>
    <message>
        <source>%1: removed %2, which held identifiers of the header</source>
        <translation>%1: %2 entfernt, da es Identifikatoren des Headers enthielt</translation>
    </message>
    <message>
        <source>cannot write the map %1: %2</source>
        <translation>die Zuordnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>De-identifying</source>
        <translation>De-Identifizierung läuft</translation>
    </message>
    <message>
        <source>selection %1 not found</source>
        <translation>Auswahl %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <source>%1 files: %2 new, %3 unchanged, %4 unusable. Series: %5 imported, %6 updated, %7 skipped. %8 cases created. Linked: %9 documents, %10 labels, %11 reference slices.</source>
        <translation>Dateien: %1 (neu %2, unverändert %3, unbrauchbar %4). Serien: importiert %5, aktualisiert %6, übersprungen %7. Angelegte Fälle: %8. Verknüpft: Dokumente %9, Labels %10, Referenzschichten %11.</translation>
    </message>
    <message>
        <source>Lesion masks (DICOM SEG) linked: %1.</source>
        <translation>Läsionsmasken (DICOM-SEG) verknüpft: %1.</translation>
    </message>
    <message>
        <source>%1 problems, %2 unmatched rows.</source>
        <translation>Probleme: %1, nicht zugeordnete Zeilen: %2.</translation>
    </message>
    <message>
        <source>Cancelled; the series imported so far are kept.</source>
        <translation>Abgebrochen; die bisher importierten Serien bleiben erhalten.</translation>
    </message>
    <message>
        <source>a leaderboard compares at least two different runs</source>
        <translation>eine Rangliste vergleicht mindestens zwei verschiedene Läufe</translation>
    </message>
    <message>
        <source>the reference run %1 is not among the compared runs</source>
        <translation>der Referenzlauf %1 ist nicht unter den verglichenen Läufen</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2 slice %3 does not exist in case %4, which has %5 %2 slices (0 to %6); the row is refused</source>
        <translation>Zeile %1: %2e Schicht %3 gibt es in Fall %4 nicht, er hat %5 %2e Schichten (0 bis %6); die Zeile wird abgelehnt</translation>
    </message>
    <message>
        <source>%1: the %2 slice is reformatted across the acquired images, so a key object cannot flag it</source>
        <translation>%1: die %2-Schicht ist quer zu den akquirierten Bildern rekonstruiert, daher kann ein Key Object sie nicht kennzeichnen</translation>
    </message>
    <message>
        <source>Representative slices (%1) chosen by %2; exported by BrainMD</source>
        <translation>Repräsentative Schichten (%1), gewählt von %2; exportiert von BrainMD</translation>
    </message>
    <message>
        <source>BrainMD key images (%1)</source>
        <translation>BrainMD-Schlüsselbilder (%1)</translation>
    </message>
    <message>
        <source>%1: cannot create %2</source>
        <translation>%1: %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>slice %1 is outside the volume</source>
        <translation>Schicht %1 liegt außerhalb des Volumens</translation>
    </message>
    <message>
        <source>%1 has no chosen slices for these cases</source>
        <translation>%1 hat für diese Fälle keine gewählten Schichten</translation>
    </message>
    <message>
        <source>no label source &apos;%1&apos; (imported: %2; also consensus, reader:NAME, phantom)</source>
        <translation>keine Labelquelle &apos;%1&apos; (importiert: %2; außerdem consensus, reader:NAME, phantom)</translation>
    </message>
    <message>
        <source>label source &apos;%1&apos; (%2)</source>
        <translation>Labelquelle &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>answers of reader &apos;%1&apos;</source>
        <translation>Antworten des Befunders &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reader &apos;%1&apos; has answered no question</source>
        <translation>Befunder &apos;%1&apos; hat keine Frage beantwortet</translation>
    </message>
    <message>
        <source>consensus of the readers</source>
        <translation>Konsens der Befunder</translation>
    </message>
    <message>
        <source>case %1, %2: readers disagree (%3); left out</source>
        <translation>Fall %1, %2: Befunder uneinig (%3); ausgelassen</translation>
    </message>
    <message>
        <source>no stored Vote-MI selection; run &apos;brainmd select --db FILE --method votemi&apos; first</source>
        <translation>keine gespeicherte Vote-MI-Auswahl; zuerst &apos;brainmd select --db DATEI --method votemi&apos; ausführen</translation>
    </message>
    <message>
        <source>unknown slice source &apos;%1&apos;</source>
        <translation>unbekannte Schichtquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no reader marks and no imported reference slices</source>
        <translation>keine Befundermarkierungen und keine importierten Referenzschichten</translation>
    </message>
    <message>
        <source>no %1 slice in &apos;%2&apos;</source>
        <translation>keine Schicht (%1) in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the volume of case %1 cannot be read</source>
        <translation>das Volumen von Fall %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>task %1 does not belong to this run&apos;s plan</source>
        <translation>Aufgabe %1 gehört nicht zum Plan dieses Laufs</translation>
    </message>
    <message>
        <source>cannot take the lease on run %1: %2</source>
        <translation>die Lease für Lauf %1 kann nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>the lease on run %1 changed hands while it was being taken; try again</source>
        <translation>die Lease für Lauf %1 hat während der Übernahme den Inhaber gewechselt; erneut versuchen</translation>
    </message>
    <message>
        <source>run %1 is being executed by another process (process %2 on %3, holder %4) since %5; its lease expires at %6 unless that process renews it. Wait until it has finished, or stop it; nothing is sent twice.</source>
        <translation>Lauf %1 wird seit %5 von einem anderen Prozess ausgeführt (Prozess %2 auf %3, Inhaber %4); seine Lease läuft um %6 ab, sofern dieser Prozess sie nicht erneuert. Warten, bis er fertig ist, oder ihn beenden; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>es gibt keinen Lauf %1 zum Fortsetzen</translation>
    </message>
    <message>
        <source>cannot create the run: %1</source>
        <translation>der Lauf kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the run&apos;s lease was lost while planning; another process may execute it now</source>
        <translation>die Lease des Laufs ging während der Planung verloren; möglicherweise führt ihn jetzt ein anderer Prozess aus</translation>
    </message>
    <message>
        <source>the run&apos;s lease was lost; another process may execute it now</source>
        <translation>die Lease des Laufs ging verloren; möglicherweise führt ihn jetzt ein anderer Prozess aus</translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>Phantom case %1 of %2</source>
        <translation>Phantomfall %1 von %2</translation>
    </message>
    <message>
        <source>the lease on run %1 was lost (it expired and another process may have taken the run over, or the database failed); this process stopped sending</source>
        <translation>die Lease für Lauf %1 ging verloren (sie ist abgelaufen und ein anderer Prozess hat den Lauf möglicherweise übernommen, oder die Datenbank ist ausgefallen); dieser Prozess hat das Senden eingestellt</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 von %2 Anfragen</translation>
    </message>
    <message>
        <source>waiting %1 s: %2 (%3)</source>
        <translation>%1 s Wartezeit: %2 (%3)</translation>
    </message>
    <message>
        <source>the helper brainmd-decoder was not found (set BRAINMD_DECODER) or is switched off; files are de-identified in-process, a library abort would end the run</source>
        <translation>das Hilfsprogramm brainmd-decoder wurde nicht gefunden (BRAINMD_DECODER setzen) oder ist abgeschaltet; Dateien werden im eigenen Prozess de-identifiziert, ein Abbruch der Bibliothek würde den Lauf beenden</translation>
    </message>
    <message>
        <source>the de-identifier did not finish this file in %1 s</source>
        <translation>der De-Identifizierer hat diese Datei nicht in %1 s fertiggestellt</translation>
    </message>
    <message>
        <source>the de-identifier stopped on this file</source>
        <translation>der De-Identifizierer ist bei dieser Datei abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the de-identifier answered garbled</source>
        <translation>der De-Identifizierer hat unlesbar geantwortet</translation>
    </message>
    <message>
        <source>the helper brainmd-decoder was not found (set BRAINMD_DECODER) or is switched off; DICOM SEG files are read in-process, a library crash would end the import</source>
        <translation>das Hilfsprogramm brainmd-decoder wurde nicht gefunden (BRAINMD_DECODER setzen) oder ist abgeschaltet; DICOM-SEG-Dateien werden im Prozess gelesen, ein Absturz der Bibliothek würde den Import beenden</translation>
    </message>
    <message>
        <source>the SEG reader (DCMTK) did not finish this file in %1 s</source>
        <translation>der SEG-Leser (DCMTK) hat diese Datei nicht in %1 s fertig gelesen</translation>
    </message>
    <message>
        <source>the SEG reader (DCMTK) stopped on this file</source>
        <translation>der SEG-Leser (DCMTK) ist bei dieser Datei abgebrochen</translation>
    </message>
    <message>
        <source>the SEG reader answered garbled</source>
        <translation>der SEG-Leser antwortete unverständlich</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the WAL journal could not be enabled</source>
        <translation>das WAL-Journal konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the backup cannot replace the database itself</source>
        <translation>die Sicherung kann nicht die Datenbank selbst ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced</source>
        <translation>%1 existiert bereits; die Datei wurde nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>cannot move the backup to %1: %2</source>
        <translation>die Sicherung kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>the file header or schema cannot be read: %1</source>
        <translation>Dateiheader oder Schema können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>no case has a &apos;%1&apos; selection yet; run brainmd select --method %1 first</source>
        <translation>noch kein Fall hat eine &apos;%1&apos;-Auswahl; zuerst brainmd select --method %1 ausführen</translation>
    </message>
    <message>
        <source>unknown example selection method &apos;%1&apos; (votek, random)</source>
        <translation>unbekannte Methode zur Beispielauswahl &apos;%1&apos; (votek, random)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Importing series %1 of %2</source>
        <translation>Serie %1 von %2 wird importiert</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>a file of an imported series can no longer be read (%1); the series is rebuilt without it</source>
        <translation>eine Datei einer importierten Serie ist nicht mehr lesbar (%1); die Serie wird ohne sie neu aufgebaut</translation>
    </message>
    <message>
        <source>Saving series</source>
        <translation>Serie wird gespeichert</translation>
    </message>
    <message>
        <source>series &quot;%1&quot; (%2) was not imported: %3</source>
        <translation>Serie „%1“ (%2) wurde nicht importiert: %3</translation>
    </message>
    <message>
        <source>series &quot;%1&quot; (%2) could not be saved: %3</source>
        <translation>Serie „%1“ (%2) konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Placing lesion mask %1</source>
        <translation>Läsionsmaske %1 wird platziert</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation>%1 wird verknüpft</translation>
    </message>
    <message>
        <source>%1: task pack %2 cannot be read (%3); answers are not checked against it</source>
        <translation>%1: Aufgabenpaket %2 kann nicht gelesen werden (%3); die Antworten werden nicht daran geprüft</translation>
    </message>
    <message>
        <source>%1: task pack &quot;%2&quot; is neither the built-in pack (%3) nor a file next to the label file; answers are not checked against it</source>
        <translation>%1: Aufgabenpaket „%2“ ist weder das eingebaute Paket (%3) noch eine Datei neben der Label-Datei; die Antworten werden nicht daran geprüft</translation>
    </message>
    <message>
        <source>row %1: question &apos;%2&apos; is not in task pack %3 (%4); the row is refused</source>
        <translation>Zeile %1: Frage „%2“ ist nicht im Aufgabenpaket %3 (%4); die Zeile wird abgelehnt</translation>
    </message>
    <message>
        <source>row %1: answer &apos;%2&apos; to %3 is not one of its options (%4); the row is refused</source>
        <translation>Zeile %1: Antwort „%2“ auf %3 ist keine der Optionen (%4); die Zeile wird abgelehnt</translation>
    </message>
    <message>
        <source>the configured key</source>
        <translation>der konfigurierte Schlüssel</translation>
    </message>
    <message>
        <source>%1 (retry %2)</source>
        <translation>%1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the key file %1 holds fewer than %2 bytes</source>
        <translation>die Schlüsseldatei %1 enthält weniger als %2 Byte</translation>
    </message>
    <message>
        <source>cannot read the map %1: %2</source>
        <translation>die Zuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a pseudonym map; it is left as it is</source>
        <translation>%1 existiert und ist keine Pseudonymtabelle; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>the map %1 was written with another key; use that key or another map</source>
        <translation>die Zuordnung %1 wurde mit einem anderen Schlüssel geschrieben; diesen Schlüssel oder eine andere Zuordnung verwenden</translation>
    </message>
    <message>
        <source>DICOM SEG (lesion mask) not used: %1</source>
        <translation>DICOM-SEG (Läsionsmaske) nicht verwendet: %1</translation>
    </message>
    <message>
        <source>it names no referenced image series (ReferencedSeriesSequence)</source>
        <translation>es nennt keine referenzierte Bildserie (ReferencedSeriesSequence)</translation>
    </message>
    <message>
        <source>its image series %1 is not imported; import the series together with the SEG or before it</source>
        <translation>seine Bildserie %1 ist nicht importiert; importieren Sie die Serie zusammen mit dem SEG oder davor</translation>
    </message>
    <message>
        <source>its label map could not be saved: %1</source>
        <translation>seine Labelkarte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>it could not be stored: %1</source>
        <translation>es konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>DICOM SEG %1</source>
        <translation>DICOM-SEG %1</translation>
    </message>
    <message>
        <source>its image series %1 is a single image, not a case</source>
        <translation>seine Bildserie %1 ist ein Einzelbild, kein Fall</translation>
    </message>
    <message>
        <source>it does not fit its image series: %1</source>
        <translation>es passt nicht zu seiner Bildserie: %1</translation>
    </message>
    <message>
        <source>Mark the current slice of the active view as representative</source>
        <translation>Die aktuelle Schicht der aktiven Ansicht als repräsentativ markieren</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Nächster Fall</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Vorheriger Fall</translation>
    </message>
    <message>
        <source>Commit my marks for this case (unblinds it)</source>
        <translation>Meine Markierungen für diesen Fall festschreiben (hebt die Verblindung auf)</translation>
    </message>
    <message>
        <source>Skip the case</source>
        <translation>Fall überspringen</translation>
    </message>
    <message>
        <source>Postpone the case</source>
        <translation>Fall zurückstellen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Answer the active question with option %1</source>
        <translation>Die aktive Frage mit Option %1 beantworten</translation>
    </message>
    <message>
        <source>Confidence %1 of 5</source>
        <translation>Sicherheit %1 von 5</translation>
    </message>
    <message>
        <source>Verify mode: accept the suggested answer</source>
        <translation>Prüfmodus: vorgeschlagene Antwort übernehmen</translation>
    </message>
    <message>
        <source>Flag poor image quality</source>
        <translation>Schlechte Bildqualität kennzeichnen</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Einen Kommentar schreiben</translation>
    </message>
    <message>
        <source>Undo the last mark or answer</source>
        <translation>Letzte Markierung oder Antwort rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Tool: window / level (left drag)</source>
        <translation>Werkzeug: Fensterbreite / -zentrum (linke Maustaste ziehen)</translation>
    </message>
    <message>
        <source>Tool: pan (left drag)</source>
        <translation>Werkzeug: Verschieben (linke Maustaste ziehen)</translation>
    </message>
    <message>
        <source>Tool: zoom (left drag)</source>
        <translation>Werkzeug: Zoom (linke Maustaste ziehen)</translation>
    </message>
    <message>
        <source>Tool: scroll slices (left drag)</source>
        <translation>Werkzeug: durch Schichten blättern (linke Maustaste ziehen)</translation>
    </message>
    <message>
        <source>Tool: ruler (distance in mm)</source>
        <translation>Werkzeug: Lineal (Abstand in mm)</translation>
    </message>
    <message>
        <source>Reset window / level</source>
        <translation>Fensterbreite / -zentrum zurücksetzen</translation>
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation>Zoom und Verschiebung zurücksetzen</translation>
    </message>
    <message>
        <source>Maximise / restore the view under the mouse</source>
        <translation>Ansicht unter der Maus maximieren / wiederherstellen</translation>
    </message>
    <message>
        <source>Activate the axial view</source>
        <translation>Axiale Ansicht aktivieren</translation>
    </message>
    <message>
        <source>Activate the coronal view</source>
        <translation>Koronare Ansicht aktivieren</translation>
    </message>
    <message>
        <source>Activate the sagittal view</source>
        <translation>Sagittale Ansicht aktivieren</translation>
    </message>
    <message>
        <source>Show / hide the crosshair</source>
        <translation>Fadenkreuz ein- / ausblenden</translation>
    </message>
    <message>
        <source>Show / hide other readers&apos; marks</source>
        <translation>Markierungen anderer Befunder ein- / ausblenden</translation>
    </message>
    <message>
        <source>Show / hide Vote-MI and baseline selections</source>
        <translation>Vote-MI- und Baseline-Auswahlen ein- / ausblenden</translation>
    </message>
    <message>
        <source>Show / hide the vote profile</source>
        <translation>Stimmprofil ein- / ausblenden</translation>
    </message>
    <message>
        <source>Show / hide the lesion mask</source>
        <translation>Läsionsmaske ein-/ausblenden</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Filter the case list</source>
        <translation>Fallliste filtern</translation>
    </message>
    <message>
        <source>the row matches %1 cases (a study with several series); give the case key as accession number</source>
        <translation>die Zeile passt zu %1 Fällen (eine Studie mit mehreren Serien); den Fallschlüssel als Accession-Nummer angeben</translation>
    </message>
    <message>
        <source>row %1 gives a second %2 for a case already given one in row %3; the later row is kept</source>
        <translation>Zeile %1 gibt ein zweites %2 für einen Fall an, der bereits in Zeile %3 eines hat; die spätere Zeile gilt</translation>
    </message>
    <message>
        <source>row %1 answers %2 again for a case answered in row %3; the later row is kept</source>
        <translation>Zeile %1 beantwortet %2 erneut für einen in Zeile %3 beantworteten Fall; die spätere Zeile gilt</translation>
    </message>
    <message>
        <source>unknown label source kind &quot;%1&quot;</source>
        <translation>unbekannte Art der Labelquelle „%1“</translation>
    </message>
    <message>
        <source>row %1 gives the %2 slice again for a case given in row %3; the later row is kept</source>
        <translation>Zeile %1 gibt die %2-Schicht erneut für einen in Zeile %3 angegebenen Fall an; die spätere Zeile gilt</translation>
    </message>
    <message>
        <source>no reader called &apos;%1&apos; in %2</source>
        <translation>kein Befunder namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a slice source: use reader:NAME, consensus or method:NAME</source>
        <translation>&apos;%1&apos; ist keine Schichtquelle: reader:NAME, consensus oder method:NAME verwenden</translation>
    </message>
    <message>
        <source>Resuming run %1 (%2 predictions stored).
</source>
        <translation>Lauf %1 wird fortgesetzt (%2 Vorhersagen gespeichert).
</translation>
    </message>
    <message>
        <source>Run %1 created.
</source>
        <translation>Lauf %1 angelegt.
</translation>
    </message>
    <message>
        <source>%1 cases, %2 conditions, %3 requests (%4 already done). Labels: %5.
</source>
        <translation>Fälle: %1, Bedingungen: %2, Anfragen: %3 (bereits erledigt: %4). Labels: %5.
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>API key: %1
</source>
        <translation>API-Schlüssel: %1
</translation>
    </message>
    <message>
        <source>none (no Authorization header)</source>
        <translation>keiner (kein Authorization-Header)</translation>
    </message>
    <message>
        <source>note: %1; waiting %2 s
</source>
        <translation>Hinweis: %1; %2 s Wartezeit
</translation>
    </message>
    <message>
        <source>DICOMDIR could not be read</source>
        <translation>DICOMDIR konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>a DICOMDIR record points outside its folder (%1); ignored</source>
        <translation>ein DICOMDIR-Eintrag verweist aus seinem Ordner heraus (%1); ignoriert</translation>
    </message>
    <message>
        <source>referenced by the DICOMDIR but outside its folder; ignored</source>
        <translation>im DICOMDIR referenziert, aber außerhalb seines Ordners; ignoriert</translation>
    </message>
    <message>
        <source>referenced by the DICOMDIR but missing</source>
        <translation>im DICOMDIR referenziert, aber nicht vorhanden</translation>
    </message>
    <message>
        <source>file or folder does not exist</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the file meta information runs past the end of the file</source>
        <translation>die File Meta Information reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>the file ends after its meta information (no data set)</source>
        <translation>die Datei endet nach ihrer File Meta Information (kein Datensatz)</translation>
    </message>
    <message>
        <source>no transfer syntax (0002,0010) in the file meta information</source>
        <translation>keine Transfer Syntax (0002,0010) in der File Meta Information</translation>
    </message>
    <message>
        <source>the data set is encoded with implicit VR although its transfer syntax says explicit VR</source>
        <translation>der Datensatz ist mit impliziter VR kodiert, obwohl seine Transfer Syntax explizite VR angibt</translation>
    </message>
    <message>
        <source>%1; a copy with the same SOPInstanceUID (%2) is used instead</source>
        <translation>%1; stattdessen wird eine Kopie mit derselben SOPInstanceUID (%2) verwendet</translation>
    </message>
    <message>
        <source>duplicate: identical copy of %1 (same SOPInstanceUID); not used</source>
        <translation>Duplikat: identische Kopie von %1 (gleiche SOPInstanceUID); nicht verwendet</translation>
    </message>
    <message>
        <source>duplicate SOPInstanceUID with different pixels than %1; %1 is used (of the copies that decode, the first by path)</source>
        <translation>doppelte SOPInstanceUID mit anderen Pixeln als %1; %1 wird verwendet (von den dekodierbaren Kopien die erste nach Pfad)</translation>
    </message>
    <message>
        <source>ImageOrientationPatient is not a number (%1)</source>
        <translation>ImageOrientationPatient ist keine Zahl (%1)</translation>
    </message>
    <message>
        <source>ImageOrientationPatient %1: orientation vector is zero</source>
        <translation>ImageOrientationPatient %1: Orientierungsvektor ist null</translation>
    </message>
    <message>
        <source>ImageOrientationPatient %1: row and column directions are not perpendicular</source>
        <translation>ImageOrientationPatient %1: Zeilen- und Spaltenrichtung stehen nicht senkrecht aufeinander</translation>
    </message>
    <message>
        <source>ImagePositionPatient is not a number (%1)</source>
        <translation>ImagePositionPatient ist keine Zahl (%1)</translation>
    </message>
    <message>
        <source>no ImagePositionPatient</source>
        <translation>keine ImagePositionPatient</translation>
    </message>
    <message>
        <source>; 1 mm pixels assumed</source>
        <translation>; 1-mm-Pixel angenommen</translation>
    </message>
    <message>
        <source>PixelSpacing &quot;%1&quot; is not a number</source>
        <translation>PixelSpacing &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>PixelSpacing has %1 values (%2), two are needed</source>
        <translation>PixelSpacing hat %1 Werte (%2), zwei sind erforderlich</translation>
    </message>
    <message>
        <source>PixelSpacing is %1 (not a positive size)</source>
        <translation>PixelSpacing ist %1 (keine positive Größe)</translation>
    </message>
    <message>
        <source>PixelSpacing is %1 mm (implausibly large)</source>
        <translation>PixelSpacing ist %1 mm (unplausibel groß)</translation>
    </message>
    <message>
        <source>RescaleSlope is %1: the stored values cannot be turned into intensities</source>
        <translation>RescaleSlope ist %1: die gespeicherten Werte lassen sich nicht in Intensitäten umrechnen</translation>
    </message>
    <message>
        <source>RescaleIntercept is %1</source>
        <translation>RescaleIntercept ist %1</translation>
    </message>
    <message>
        <source>GDCM could not read the image</source>
        <translation>GDCM konnte das Bild nicht lesen</translation>
    </message>
    <message>
        <source>pixel dimensions differ from the header</source>
        <translation>Pixelabmessungen weichen vom Header ab</translation>
    </message>
    <message>
        <source>not a greyscale image</source>
        <translation>kein Graustufenbild</translation>
    </message>
    <message>
        <source>corrupt pixel data: GDCM could not decode it (%1)</source>
        <translation>fehlerhafte Pixeldaten: GDCM konnte sie nicht dekodieren (%1)</translation>
    </message>
    <message>
        <source>unsupported pixel format %1</source>
        <translation>nicht unterstütztes Pixelformat %1</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>fehlerhafte Pixeldaten: %1</translation>
    </message>
    <message>
        <source>gap of %1 mm between slices %2 and %3 (expected %4 mm); not interpolated</source>
        <translation>Lücke von %1 mm zwischen den Schichten %2 und %3 (erwartet %4 mm); nicht interpoliert</translation>
    </message>
    <message>
        <source>uneven slice spacing: %1 mm between slices %2 and %3 (expected %4 mm)</source>
        <translation>ungleichmäßiger Schichtabstand: %1 mm zwischen den Schichten %2 und %3 (erwartet %4 mm)</translation>
    </message>
    <message>
        <source>%1 more irregular slice steps</source>
        <translation>%1 weitere unregelmäßige Schichtschritte</translation>
    </message>
    <message>
        <source>gantry tilt or sheared grid: slices are stacked %1° off their normal; geometry kept as acquired, not resampled</source>
        <translation>Gantry-Kippung oder gescherte Matrix: die Schichten sind %1° gegen ihre Normale versetzt gestapelt; Geometrie wie akquiriert belassen, nicht neu abgetastet</translation>
    </message>
    <message>
        <source>slice positions are not on a straight line (up to %1 mm off); the geometry is approximate</source>
        <translation>die Schichtpositionen liegen nicht auf einer Geraden (bis zu %1 mm Abweichung); die Geometrie ist angenähert</translation>
    </message>
    <message>
        <source>slices have different orientations; the first is used</source>
        <translation>die Schichten haben unterschiedliche Orientierungen; die erste wird verwendet</translation>
    </message>
    <message>
        <source>no ImageOrientationPatient; axial orientation assumed</source>
        <translation>keine ImageOrientationPatient; axiale Orientierung angenommen</translation>
    </message>
    <message>
        <source>no PixelSpacing; 1 mm pixels assumed</source>
        <translation>kein PixelSpacing; 1-mm-Pixel angenommen</translation>
    </message>
    <message>
        <source>%1: the slice is placed at the origin (0, 0, 0)</source>
        <translation>%1: die Schicht wird in den Ursprung (0, 0, 0) gelegt</translation>
    </message>
    <message>
        <source>no slice has a usable ImagePositionPatient (%1): slices ordered by instance number, %2 mm apart (SliceThickness, else 1 mm); the geometry is assumed</source>
        <translation>keine Schicht hat eine verwendbare ImagePositionPatient (%1): Schichten nach Instanznummer geordnet, %2 mm Abstand (SliceThickness, sonst 1 mm); die Geometrie ist angenommen</translation>
    </message>
    <message>
        <source>single slice: a 2D image (1 slice)</source>
        <translation>Einzelschicht: ein 2D-Bild (1 Schicht)</translation>
    </message>
    <message>
        <source>pixels decoded in-process (BRAINMD_DECODE_INPROCESS=1): a library abort would end the import</source>
        <translation>Pixel im eigenen Prozess dekodiert (BRAINMD_DECODE_INPROCESS=1): ein Abbruch der Bibliothek würde den Import beenden</translation>
    </message>
    <message>
        <source>the decoder helper %1 was not found (set BRAINMD_DECODER); pixels decoded in-process, a library abort would end the import</source>
        <translation>das Dekodier-Hilfsprogramm %1 wurde nicht gefunden (BRAINMD_DECODER setzen); Pixel im eigenen Prozess dekodiert, ein Abbruch der Bibliothek würde den Import beenden</translation>
    </message>
    <message>
        <source>%1; pixels decoded in-process</source>
        <translation>%1; Pixel im eigenen Prozess dekodiert</translation>
    </message>
    <message>
        <source>the decoder helper %1 could not be started: %2</source>
        <translation>das Dekodier-Hilfsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>decoding did not finish within %1 s; the decoder was stopped</source>
        <translation>die Dekodierung war nicht innerhalb von %1 s beendet; der Decoder wurde gestoppt</translation>
    </message>
    <message>
        <source>the pixel decoder (GDCM) aborted on this file (%1)</source>
        <translation>der Pixel-Decoder (GDCM) ist bei dieser Datei abgebrochen (%1)</translation>
    </message>
    <message>
        <source>the pixel decoder ended unexpectedly (exit code %1)</source>
        <translation>der Pixel-Decoder wurde unerwartet beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>the decoder&apos;s answer was garbled</source>
        <translation>die Antwort des Decoders war verstümmelt</translation>
    </message>
    <message>
        <source>the decoder returned %1 bytes, the image needs %2</source>
        <translation>der Decoder lieferte %1 Bytes, das Bild benötigt %2</translation>
    </message>
    <message>
        <source>reading the header failed: %1</source>
        <translation>das Lesen des Headers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1; headers and pixels read in-process</source>
        <translation>%1; Header und Pixel im eigenen Prozess gelesen</translation>
    </message>
    <message>
        <source>an element header runs past the end of the file</source>
        <translation>ein Element-Header reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>no value representation at %1 (bytes are not an element)</source>
        <translation>keine Value Representation bei %1 (die Bytes sind kein Element)</translation>
    </message>
    <message>
        <source>unknown value representation %1 at %2</source>
        <translation>unbekannte Value Representation %1 bei %2</translation>
    </message>
    <message>
        <source>%1 is stored as %2; GDCM reads it only as %3</source>
        <translation>%1 ist als %2 gespeichert; GDCM liest es nur als %3</translation>
    </message>
    <message>
        <source>%1 (%2) has an undefined length</source>
        <translation>%1 (%2) hat eine undefinierte Länge</translation>
    </message>
    <message>
        <source>a sequence holds %1 where an item should be</source>
        <translation>eine Sequenz enthält %1, wo ein Item stehen sollte</translation>
    </message>
    <message>
        <source>damaged RLE segment table in pixel data fragment %1</source>
        <translation>beschädigte RLE-Segmenttabelle im Pixeldatenfragment %1</translation>
    </message>
    <message>
        <source>a sequence item or pixel fragment of %1 bytes runs past the end of the file</source>
        <translation>ein Sequenz-Item oder Pixelfragment von %1 Bytes reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>sequences nested deeper than %1 levels</source>
        <translation>Sequenzen tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>element %1 of %2 bytes runs past the end of the file</source>
        <translation>Element %1 mit %2 Bytes reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>frame %1 has no plane orientation (shared or per frame)</source>
        <translation>Frame %1 hat keine Ebenenorientierung (gemeinsam oder je Frame)</translation>
    </message>
    <message>
        <source>frame %1 has an invalid plane orientation</source>
        <translation>Frame %1 hat eine ungültige Ebenenorientierung</translation>
    </message>
    <message>
        <source>the frames lie in more than one orientation (frame %1 differs from frame 1)</source>
        <translation>die Frames liegen in mehr als einer Orientierung (Frame %1 weicht von Frame 1 ab)</translation>
    </message>
    <message>
        <source>frame %1 has no pixel spacing</source>
        <translation>Frame %1 hat keinen Pixelabstand</translation>
    </message>
    <message>
        <source>the frames have more than one pixel spacing (frame %1 differs from frame 1)</source>
        <translation>die Frames haben mehr als einen Pixelabstand (Frame %1 weicht von Frame 1 ab)</translation>
    </message>
    <message>
        <source>the pixel data cannot be read or is shorter than its %1 frames</source>
        <translation>die Pixeldaten können nicht gelesen werden oder sind kürzer als ihre %1 Frames</translation>
    </message>
    <message>
        <source>frame %1 has no plane position</source>
        <translation>Frame %1 hat keine Ebenenposition</translation>
    </message>
    <message>
        <source>frame %1 refers to no segment of the object</source>
        <translation>Frame %1 verweist auf kein Segment des Objekts</translation>
    </message>
</context>
<context>
    <name>brainmd::AdjudicationView</name>
    <message>
        <source>Consensus from the majority</source>
        <translation>Konsens aus der Mehrheit</translation>
    </message>
    <message>
        <source>Agreement over all cases</source>
        <translation>Übereinstimmung über alle Fälle</translation>
    </message>
    <message>
        <source>Adjudication is closed while you read this case blind: commit the case first.</source>
        <translation>Die Adjudikation ist gesperrt, solange Sie diesen Fall verblindet befunden: zuerst den Fall festschreiben.</translation>
    </message>
    <message>
        <source>Adjudication: open a case</source>
        <translation>Adjudikation: einen Fall öffnen</translation>
    </message>
    <message>
        <source>Adjudication of %1 by %2</source>
        <translation>Adjudikation von %1 durch %2</translation>
    </message>
    <message>
        <source>Only an adjudicator who did not read this case sets the consensus (Session ▸ Start reading…, role Adjudicator).</source>
        <translation>Nur ein Adjudikator, der diesen Fall nicht befundet hat, legt den Konsens fest (Sitzung ▸ Befundung starten…, Rolle Adjudikator).</translation>
    </message>
    <message>
        <source>%1 slice</source>
        <translation>Schicht (%1)</translation>
    </message>
    <message>
        <source>%1 (pass %2)</source>
        <translation>%1 (Durchgang %2)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Consensus slice (1-based, as in the viewer); readers: %1</source>
        <translation>Konsensschicht (ab 1 gezählt, wie im Viewer); Befunder: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Agreement over all cases shows once your worklist is read.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Übereinstimmung über alle Fälle wird angezeigt, sobald Ihre Arbeitsliste befundet ist.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>brainmd::AnnotationPanel</name>
    <message>
        <source>Poor image quality</source>
        <translation>Schlechte Bildqualität</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 (Ctrl+%1)</source>
        <translation>Sicherheit %1 von 5 (Strg+%1)</translation>
    </message>
    <message>
        <source>Comment (C), Enter saves</source>
        <translation>Kommentar (C), Eingabetaste speichert</translation>
    </message>
    <message>
        <source>◀ Previous (B)</source>
        <translation>◀ Zurück (B)</translation>
    </message>
    <message>
        <source>Next (N) ▶</source>
        <translation>Weiter (N) ▶</translation>
    </message>
    <message>
        <source>Commit (Ctrl+Enter)</source>
        <translation>Festschreiben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Skip (K)</source>
        <translation>Überspringen (K)</translation>
    </message>
    <message>
        <source>Postpone (Shift+K)</source>
        <translation>Zurückstellen (Umschalt+K)</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>festgeschrieben</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>time on this case so far: %1 s</source>
        <translation>bisherige Zeit für diesen Fall: %1 s</translation>
    </message>
    <message>
        <source>Start a reading session first: Session ▸ Start reading…</source>
        <translation>Zuerst eine Befundungssitzung starten: Sitzung ▸ Befundung starten…</translation>
    </message>
    <message>
        <source>The worklist is empty.</source>
        <translation>Die Arbeitsliste ist leer.</translation>
    </message>
    <message>
        <source>No session: the answers are disabled. Session ▸ Start reading… to begin.</source>
        <translation>Keine Sitzung: die Antworten sind deaktiviert. Zum Beginnen: Sitzung ▸ Befundung starten…</translation>
    </message>
    <message>
        <source>%1 (%2), pass %3%4</source>
        <translation>%1 (%2), Durchgang %3%4</translation>
    </message>
    <message>
        <source>, blind</source>
        <translation>, verblindet</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <translation>Fall %1 von %2</translation>
    </message>
    <message>
        <source>%1: slice &lt;b&gt;%2&lt;/b&gt; (%3) ✓</source>
        <translation>%1: Schicht &lt;b&gt;%2&lt;/b&gt; (%3) ✓</translation>
    </message>
    <message>
        <source>%1: — (press M)</source>
        <translation>%1: — (M drücken)</translation>
    </message>
    <message>
        <source>  [suggested: %1]</source>
        <translation>  [Vorschlag: %1]</translation>
    </message>
</context>
<context>
    <name>brainmd::AnnotationSession</name>
    <message>
        <source>could not register the reader %1</source>
        <translation>der Befunder %1 konnte nicht registriert werden</translation>
    </message>
    <message>
        <source>%1 is a reader, not an adjudicator</source>
        <translation>%1 ist Befunder, nicht Adjudikator</translation>
    </message>
    <message>
        <source>could not start a session</source>
        <translation>es konnte keine Sitzung gestartet werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>NOT SAVED: the database refused the write</source>
        <translation>NICHT GESPEICHERT: die Datenbank hat das Schreiben abgelehnt</translation>
    </message>
</context>
<context>
    <name>brainmd::BenchRunDialog</name>
    <message>
        <source>New BrainBench run</source>
        <translation>Neuer BrainBench-Lauf</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Versuchsdesign</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Built-in baseline: %1</source>
        <translation>Eingebaute Baseline: %1</translation>
    </message>
    <message>
        <source>leave empty to use the saved key</source>
        <translation>leer lassen, um den gespeicherten Schlüssel zu verwenden</translation>
    </message>
    <message>
        <source>Save key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Key variable:</source>
        <translation>Schlüsselvariable:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>built-in task pack</source>
        <translation>eingebautes Aufgabenpaket</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Task pack</source>
        <translation>Aufgabenpaket</translation>
    </message>
    <message>
        <source>Task packs (*.json)</source>
        <translation>Aufgabenpakete (*.json)</translation>
    </message>
    <message>
        <source>Examples per prompt, comma-separated: 0 is zero-shot, e.g. 0,3</source>
        <translation>Beispiele pro Prompt, durch Kommas getrennt: 0 ist Zero-Shot, z. B. 0,3</translation>
    </message>
    <message>
        <source>Held out: score the cases outside the pool</source>
        <translation>Zurückgehalten: Fälle außerhalb des Pools bewerten</translation>
    </message>
    <message>
        <source>Leave one out: score every case (older runs)</source>
        <translation>Leave-one-out: jeden Fall bewerten (ältere Läufe)</translation>
    </message>
    <message>
        <source>Held out: the example pool is fixed first and every condition is scored on the labelled cases outside it, so no case is both an example and evaluated.</source>
        <translation>Zurückgehalten: der Beispielpool wird zuerst festgelegt und jede Bedingung auf den gelabelten Fällen außerhalb davon bewertet, sodass kein Fall zugleich Beispiel und bewertet ist.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Task pack:</source>
        <translation>Aufgabenpaket:</translation>
    </message>
    <message>
        <source>Label source:</source>
        <translation>Labelquelle:</translation>
    </message>
    <message>
        <source>Shots:</source>
        <translation>Shots:</translation>
    </message>
    <message>
        <source>Slice sources:</source>
        <translation>Schichtquellen:</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Ansichten:</translation>
    </message>
    <message>
        <source>Example pool:</source>
        <translation>Beispielpool:</translation>
    </message>
    <message>
        <source>Pool size:</source>
        <translation>Poolgröße:</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>Example retrieval:</source>
        <translation>Beispielabruf:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>Parallelität:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Estimate requests and cost</source>
        <translation>Anfragen und Kosten schätzen</translation>
    </message>
    <message>
        <source>Price per million input tokens:</source>
        <translation>Preis je Million Eingabe-Tokens:</translation>
    </message>
    <message>
        <source>Price per million output tokens:</source>
        <translation>Preis je Million Ausgabe-Tokens:</translation>
    </message>
    <message>
        <source>Choose at least one slice source and one view.</source>
        <translation>Mindestens eine Schichtquelle und eine Ansicht wählen.</translation>
    </message>
    <message>
        <source>Key saved in the system keychain for %1.</source>
        <translation>Schlüssel für %1 im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The key is used for this session only, through the environment variable %2; set %2 before starting the workstation to keep using it.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Der Schlüssel wird nur für diese Sitzung über die Umgebungsvariable %2 verwendet; %2 vor dem Start der Workstation setzen, um ihn weiter zu verwenden.</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Keine Studie ist geöffnet.</translation>
    </message>
    <message>
        <source>Planning the run…</source>
        <translation>Lauf wird geplant…</translation>
    </message>
    <message>
        <source>Estimating the run</source>
        <translation>Lauf wird geschätzt</translation>
    </message>
    <message>
        <source>The run cannot be planned: %1</source>
        <translation>Der Lauf kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Enter both prices per million tokens for a cost.</source>
        <translation>Für eine Kostenangabe beide Preise je Million Tokens eingeben.</translation>
    </message>
    <message>
        <source>Sending one small request…</source>
        <translation>Eine kleine Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>Built-in baseline, no server needed: it answered &quot;%1&quot;.</source>
        <translation>Eingebaute Baseline, kein Server nötig: sie antwortete „%1“.</translation>
    </message>
    <message>
        <source>Failed (HTTP %1): %2</source>
        <translation>Fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>OK (HTTP %1, %2 ms): &quot;%3&quot;</source>
        <translation>OK (HTTP %1, %2 ms): „%3“</translation>
    </message>
</context>
<context>
    <name>brainmd::BenchRunJob</name>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1; waiting %2 s</source>
        <translation>%1; %2 s Wartezeit</translation>
    </message>
    <message>
        <source>BrainBench run</source>
        <translation>BrainBench-Lauf</translation>
    </message>
</context>
<context>
    <name>brainmd::CaseBrowser</name>
    <message>
        <source>Case, accession or description (Ctrl+F)</source>
        <translation>Fall, Accession oder Beschreibung (Strg+F)</translation>
    </message>
    <message>
        <source>e.g. lesion_present=yes</source>
        <translation>z. B. lesion_present=yes</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>read (by one reader or more)</source>
        <translation>befundet (von einem oder mehreren Befundern)</translation>
    </message>
    <message>
        <source>Not available while you read blind</source>
        <translation>Während der verblindeten Befundung nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brainmd::CaseDrillDown</name>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n Bild]</numerusform>
            <numerusform>[%n Bilder]</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar or a matrix cell to list the cases behind it.</source>
        <translation>Einen Balken oder eine Matrixzelle anklicken, um die zugehörigen Fälle aufzulisten.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Optionsreihenfolge</translation>
    </message>
    <message>
        <source>Manual label</source>
        <translation>Manuelles Label</translation>
    </message>
    <message>
        <source>Parsed answer</source>
        <translation>Erkannte Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prompt sent to the model</source>
        <translation>An das Modell gesendeter Prompt</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>Images sent:</source>
        <translation>Gesendete Bilder:</translation>
    </message>
    <message>
        <source>Open in viewer at the slice the model saw</source>
        <translation>Im Viewer an der Schicht öffnen, die das Modell gesehen hat</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Raw answer:</source>
        <translation>Rohantwort:</translation>
    </message>
    <message>
        <source> · truth %1</source>
        <translation> · Wahrheit %1</translation>
    </message>
    <message>
        <source> · answered %1</source>
        <translation> · geantwortet %1</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>nichts Verwertbares</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s): %1</source>
        <translation>
            <numerusform>%n Vorhersage: %1</numerusform>
            <numerusform>%n Vorhersagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual label: %1    Parsed answer: %2 (%3)    %4</source>
        <translation>Manuelles Label: %1    Erkannte Antwort: %2 (%3)    %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>

Error: %1</source>
        <translation>

Fehler: %1</translation>
    </message>
    <message>
        <source>(no stored request for this prediction)</source>
        <translation>(für diese Vorhersage ist keine Anfrage gespeichert)</translation>
    </message>
</context>
<context>
    <name>brainmd::CaseLoader</name>
    <message>
        <source>Opening case</source>
        <translation>Fall wird geöffnet</translation>
    </message>
</context>
<context>
    <name>brainmd::CaseTableModel</name>
    <message>
        <source>%1 · %2 · created %3</source>
        <translation>%1 · %2 · angelegt %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message numerus="yes">
        <source>read by %n</source>
        <translation>
            <numerusform>von %n Befunder befundet</numerusform>
            <numerusform>von %n Befundern befundet</numerusform>
        </translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>adjudiziert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Accession</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Voxels</source>
        <translation>Voxel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>Auswahlen</translation>
    </message>
</context>
<context>
    <name>brainmd::DashboardRunLoader</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Scoring run %1</source>
        <translation>Lauf %1 wird ausgewertet</translation>
    </message>
</context>
<context>
    <name>brainmd::DashboardRunPanel</name>
    <message>
        <source>New run…</source>
        <translation>Neuer Lauf…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No run in progress.</source>
        <translation>Kein Lauf in Arbeit.</translation>
    </message>
    <message>
        <source>Planning the run…</source>
        <translation>Der Lauf wird geplant…</translation>
    </message>
    <message>
        <source>%1 requests to send (%2 already answered).</source>
        <translation>%1 Anfragen zu senden (%2 bereits beantwortet).</translation>
    </message>
    <message>
        <source>%1 of %2 requests · %3 per second · about %4 left</source>
        <translation>%1 von %2 Anfragen · %3 pro Sekunde · noch etwa %4</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>Lauf %1 %2.</translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation>Lauf %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>brainmd::DashboardWindow</name>
    <message>
        <source>BrainBench dashboard</source>
        <translation>BrainBench-Dashboard</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Label source:</source>
        <translation>Labelquelle:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Chart options</source>
        <translation>Diagrammoptionen</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <source>The confusion matrix shows this condition; the per-question breakdown shows the conditions with its views and shots.</source>
        <translation>Die Konfusionsmatrix zeigt diese Bedingung; die Aufschlüsselung nach Frage zeigt die Bedingungen mit denselben Ansichten und Shots.</translation>
    </message>
    <message>
        <source>Rows: manual label; columns: parsed answer. Click a cell to list its cases.</source>
        <translation>Zeilen: manuelles Label; Spalten: erkannte Antwort. Eine Zelle anklicken, um ihre Fälle aufzulisten.</translation>
    </message>
    <message>
        <source>Per question</source>
        <translation>Je Frage</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Model-free: whether the images a slice source showed contain the lesion of the case&apos;s mask (DICOM SEG), and how much of its largest cross-section. The &apos;oracle&apos; baseline turns this into the accuracy ceiling of these images.</source>
        <translation>Modellfrei: ob die Bilder, die eine Schichtquelle gezeigt hat, die Läsion der Maske des Falls (DICOM-SEG) enthalten, und wie viel ihres größten Querschnitts. Die Baseline &apos;oracle&apos; macht daraus die Genauigkeitsobergrenze dieser Bilder.</translation>
    </message>
    <message>
        <source>Lesion visibility</source>
        <translation>Läsionssichtbarkeit</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run %1 could not be shown: %2</source>
        <translation>Lauf %1 konnte nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 %4 (%5, %6)</source>
        <translation>#%1 %2 — %3 %4 (%5, %6)</translation>
    </message>
    <message>
        <source>there is no run %1 (see &apos;brainmd bench list&apos;)</source>
        <translation>es gibt keinen Lauf %1 (siehe &apos;brainmd bench list&apos;)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Confusion matrix, run A: %1 · %2 (rows: manual label, columns: parsed answer)</source>
        <translation>Konfusionsmatrix, Lauf A: %1 · %2 (Zeilen: manuelles Label, Spalten: erkannte Antwort)</translation>
    </message>
    <message>
        <source>
Run B: %1</source>
        <translation>
Lauf B: %1</translation>
    </message>
    <message>
        <source>This run does not compare Vote-MI with random slices.</source>
        <translation>Dieser Lauf vergleicht Vote-MI nicht mit zufälligen Schichten.</translation>
    </message>
    <message numerus="yes">
        <source>Run A #%1 %2: %3, %n prediction(s)</source>
        <translation>
            <numerusform>Lauf A #%1 %2: %3, %n Vorhersage</numerusform>
            <numerusform>Lauf A #%1 %2: %3, %n Vorhersagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No run open.</source>
        <translation>Kein Lauf geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Export charts, tables and report…</source>
        <translation>Diagramme, Tabellen und Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Leaderboard…</source>
        <translation>&amp;Rangliste…</translation>
    </message>
    <message>
        <source>Compare any number of runs on the items they all evaluated</source>
        <translation>Beliebig viele Läufe auf den Items vergleichen, die alle bewertet haben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no run is open</source>
        <translation>kein Lauf ist geöffnet</translation>
    </message>
    <message>
        <source>Export the dashboard to</source>
        <translation>Dashboard exportieren nach</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.
Report: %2</source>
        <translation>Nach %1 exportiert.
Bericht: %2</translation>
    </message>
</context>
<context>
    <name>brainmd::DeidentifyDialog</name>
    <message>
        <source>Keep descriptions that hold no identifier of the header (Clean Descriptors)</source>
        <translation>Beschreibungen behalten, die keinen Identifikator des Headers enthalten (Clean Descriptors)</translation>
    </message>
    <message>
        <source>De-identified copy of DICOM files</source>
        <translation>De-identifizierte Kopie von DICOM-Dateien</translation>
    </message>
    <message>
        <source>DICOM folder</source>
        <translation>DICOM-Ordner</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Private map file</source>
        <translation>Private Zuordnungsdatei</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>De-identifizieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the DICOM folder, the output folder and the map file.</source>
        <translation>DICOM-Ordner, Ausgabeordner und Zuordnungsdatei auswählen.</translation>
    </message>
    <message>
        <source>De-identifying…</source>
        <translation>De-Identifizierung läuft…</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) of %3 patient(s) de-identified into %4; %5 refused, %6 failed. The map back to the patients is in %7: keep it apart.</source>
        <translation>%1 von %2 Datei(en) von %3 Patient(en) nach %4 de-identifiziert; %5 abgelehnt, %6 fehlgeschlagen. Die Zuordnung zurück zu den Patienten steht in %7: getrennt aufbewahren.</translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>… and %1 more (brainmd deidentify lists them all).</source>
        <translation>… und %1 weitere (brainmd deidentify listet alle auf).</translation>
    </message>
</context>
<context>
    <name>brainmd::DocumentsPanel</name>
    <message>
        <source>&lt;i&gt;No case open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Fall geöffnet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The documents are hidden while you read this case blind; they show once you commit it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Dokumente sind während der verblindeten Befundung dieses Falls ausgeblendet; sie erscheinen, sobald Sie ihn festschreiben.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No report, EHR or demographics linked to this case.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Mit diesem Fall ist kein Befund, keine EHR und keine Demografie verknüpft.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#d9a441&apos;&gt;&lt;b&gt;Blind reading:&lt;/b&gt; findings and impression are withheld until you commit the case.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#d9a441&apos;&gt;&lt;b&gt;Verblindete Befundung:&lt;/b&gt; Befund und Beurteilung werden zurückgehalten, bis Sie den Fall festschreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[withheld until you commit]</source>
        <translation>[zurückgehalten bis zum Festschreiben]</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>EHR</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografie</translation>
    </message>
</context>
<context>
    <name>brainmd::LeaderboardDialog</name>
    <message>
        <source>BrainBench leaderboard</source>
        <translation>BrainBench-Rangliste</translation>
    </message>
    <message>
        <source>Runs to compare:</source>
        <translation>Zu vergleichende Läufe:</translation>
    </message>
    <message>
        <source>Reference run:</source>
        <translation>Referenzlauf:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Tick two or more runs.</source>
        <translation>Zwei oder mehr Läufe ankreuzen.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) ticked.</source>
        <translation>
            <numerusform>%n Lauf angekreuzt.</numerusform>
            <numerusform>%n Läufe angekreuzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n run(s) on their shared items…</source>
        <translation>
            <numerusform>Bewerte %n Lauf auf den gemeinsamen Items…</numerusform>
            <numerusform>Bewerte %n Läufe auf ihren gemeinsamen Items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaderboard of %n run(s)</source>
        <translation>
            <numerusform>Rangliste von %n Lauf</numerusform>
            <numerusform>Rangliste von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared on the items all runs share.</source>
        <translation>Verglichen auf den Items, die alle Läufe teilen.</translation>
    </message>
    <message>
        <source>The runs share no evaluated item in any condition.</source>
        <translation>Die Läufe haben in keiner Bedingung ein gemeinsames bewertetes Item.</translation>
    </message>
</context>
<context>
    <name>brainmd::MainWindow</name>
    <message>
        <source>BrainMD Workstation</source>
        <translation>BrainMD Workstation</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Adjudikation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving… another program is writing to %1; your input waits until this answer is stored</source>
        <translation>Speichern… ein anderes Programm schreibt in %1; Ihre Eingabe wartet, bis diese Antwort gespeichert ist</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>BrainMD Workstation — %1</source>
        <translation>BrainMD Workstation — %1</translation>
    </message>
    <message>
        <source>Opening case %1…</source>
        <translation>Fall %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open case %1: %2</source>
        <translation>Fall %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Lesion mask not shown: %1</source>
        <translation>Läsionsmaske nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>No database open. File ▸ Open database…</source>
        <translation>Keine Datenbank geöffnet. Datei ▸ Datenbank öffnen…</translation>
    </message>
    <message>
        <source>%1 — double-click a case to open it</source>
        <translation>%1 — Doppelklick auf einen Fall öffnet ihn</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>  ·  blind: others&apos; marks, labels, selections and report findings hidden until you commit</source>
        <translation>  ·  verblindet: Markierungen, Labels, Auswahlen und Befundtexte anderer bis zum Festschreiben ausgeblendet</translation>
    </message>
    <message>
        <source>Start a reading session (Session ▸ Start reading…) to mark slices.</source>
        <translation>Eine Befundungssitzung starten (Sitzung ▸ Befundung starten…), um Schichten zu markieren.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Closed while you read this case blind: commit it first</source>
        <translation>Gesperrt während der verblindeten Befundung dieses Falls: zuerst festschreiben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Export annotations as JSON…</source>
        <translation>Annotationen als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export annotations as CSV…</source>
        <translation>Annotationen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export reader agreement (CSV or HTML)…</source>
        <translation>Befunder-Übereinstimmung exportieren (CSV oder HTML)…</translation>
    </message>
    <message>
        <source>Export representative slices…</source>
        <translation>Repräsentative Schichten exportieren…</translation>
    </message>
    <message>
        <source>De-identified copy of DICOM files…</source>
        <translation>De-identifizierte Kopie von DICOM-Dateien…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Window / level</source>
        <translation>Fensterbreite / -zentrum</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Blättern</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Reset window / level</source>
        <translation>Fensterbreite / -zentrum zurücksetzen</translation>
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation>Zoom und Verschiebung zurücksetzen</translation>
    </message>
    <message>
        <source>Maximise / restore the view under the mouse</source>
        <translation>Ansicht unter der Maus maximieren / wiederherstellen</translation>
    </message>
    <message>
        <source>Activate the %1 view</source>
        <translation>Ansicht aktivieren: %1</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>Fadenkreuz</translation>
    </message>
    <message>
        <source>My reference slices</source>
        <translation>Meine Referenzschichten</translation>
    </message>
    <message>
        <source>Other readers&apos; slices</source>
        <translation>Schichten anderer Befunder</translation>
    </message>
    <message>
        <source>Imported reference slices</source>
        <translation>Importierte Referenzschichten</translation>
    </message>
    <message>
        <source>Vote-MI and baseline selections</source>
        <translation>Vote-MI- und Baseline-Auswahlen</translation>
    </message>
    <message>
        <source>Vote-MI vote profile</source>
        <translation>Vote-MI-Stimmprofil</translation>
    </message>
    <message>
        <source>3D preset</source>
        <translation>3D-Voreinstellung</translation>
    </message>
    <message>
        <source>3D clipping</source>
        <translation>3D-Schnitt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Plane through the crosshair (active view)</source>
        <translation>Ebene durch das Fadenkreuz (aktive Ansicht)</translation>
    </message>
    <message>
        <source>Box around the crosshair</source>
        <translation>Quader um das Fadenkreuz</translation>
    </message>
    <message>
        <source>Filter the case list</source>
        <translation>Fallliste filtern</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Start a reading session first: Session ▸ Start reading…</source>
        <translation>Zuerst eine Befundungssitzung starten: Sitzung ▸ Befundung starten…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Start reading…</source>
        <translation>Befundung starten…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Verify mode (show imported answers)</source>
        <translation>Prüfmodus (importierte Antworten zeigen)</translation>
    </message>
    <message>
        <source>Mark representative slice</source>
        <translation>Repräsentative Schicht markieren</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Nächster Fall</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Vorheriger Fall</translation>
    </message>
    <message>
        <source>Commit case</source>
        <translation>Fall festschreiben</translation>
    </message>
    <message>
        <source>Skip case</source>
        <translation>Fall überspringen</translation>
    </message>
    <message>
        <source>Postpone case</source>
        <translation>Fall zurückstellen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Accept suggested answer</source>
        <translation>Vorgeschlagene Antwort übernehmen</translation>
    </message>
    <message>
        <source>Flag poor image quality</source>
        <translation>Schlechte Bildqualität kennzeichnen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Adjudicate this case</source>
        <translation>Diesen Fall adjudizieren</translation>
    </message>
    <message>
        <source>Back to the viewer</source>
        <translation>Zurück zum Viewer</translation>
    </message>
    <message>
        <source>S&amp;election</source>
        <translation>A&amp;uswahl</translation>
    </message>
    <message>
        <source>Select slices (Vote-MI or baseline)…</source>
        <translation>Schichten auswählen (Vote-MI oder Baseline)…</translation>
    </message>
    <message>
        <source>&amp;BrainBench</source>
        <translation>&amp;BrainBench</translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>Dashboard…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time BrainMD Workstation starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der BrainMD Workstation.</translation>
    </message>
    <message>
        <source>Open or create a case database</source>
        <translation>Falldatenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>BrainMD database (*.sqlite *.db);;All files (*)</source>
        <translation>BrainMD-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>Befundung starten</translation>
    </message>
    <message>
        <source>No case has readers who disagree (by more than %1 mm or in an answer).</source>
        <translation>Bei keinem Fall sind die Befunder uneinig (um mehr als %1 mm oder in einer Antwort).</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export reader agreement</source>
        <translation>Befunder-Übereinstimmung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML (*.html)</source>
        <translation>CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <source>%1: cancelled; %2 was not written</source>
        <translation>%1: abgebrochen; %2 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
    <message>
        <source>BrainBench dashboard</source>
        <translation>BrainBench-Dashboard</translation>
    </message>
    <message>
        <source>Lesion mask</source>
        <translation>Läsionsmaske</translation>
    </message>
</context>
<context>
    <name>brainmd::ReaderDialog</name>
    <message>
        <source>Start reading</source>
        <translation>Befundung starten</translation>
    </message>
    <message>
        <source>Pick a reader or type a new name</source>
        <translation>Einen Befunder auswählen oder einen neuen Namen eingeben</translation>
    </message>
    <message>
        <source>Existing readers are listed; a new name adds a reader</source>
        <translation>Vorhandene Befunder sind aufgelistet; ein neuer Name legt einen Befunder an</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Adjudicator</source>
        <translation>Adjudikator</translation>
    </message>
    <message>
        <source>Blind reading (others&apos; work, labels and findings hidden until commit)</source>
        <translation>Verblindete Befundung (Arbeit anderer, Labels und Befunde bis zum Festschreiben ausgeblendet)</translation>
    </message>
    <message>
        <source>Open reading (nothing hidden)</source>
        <translation>Offene Befundung (nichts ausgeblendet)</translation>
    </message>
    <message>
        <source>Verify imported answers (shown as suggestions)</source>
        <translation>Importierte Antworten überprüfen (als Vorschläge angezeigt)</translation>
    </message>
    <message>
        <source>Clinical indication only (findings, impression withheld)</source>
        <translation>Nur klinische Fragestellung (Befund, Beurteilung zurückgehalten)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Vollständiger Befundbericht</translation>
    </message>
    <message>
        <source>Use 2 to read the same cases again for intra-reader agreement</source>
        <translation>2 verwenden, um dieselben Fälle für die Intra-Rater-Übereinstimmung erneut zu befunden</translation>
    </message>
    <message>
        <source>Cases in the browser&apos;s filter</source>
        <translation>Fälle im Filter der Fallliste</translation>
    </message>
    <message>
        <source>Selected cases</source>
        <translation>Ausgewählte Fälle</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Cases where readers disagree (adjudication)</source>
        <translation>Fälle, in denen die Befunder uneinig sind (Adjudikation)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Documents while blind</source>
        <translation>Dokumente bei Verblindung</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
</context>
<context>
    <name>brainmd::SelectionDialog</name>
    <message>
        <source>Recompute cases already selected</source>
        <translation>Bereits ausgewählte Fälle neu berechnen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Select representative slices</source>
        <translation>Repräsentative Schichten auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen.</source>
        <translation>
            <numerusform>%n Fall gewählt.</numerusform>
            <numerusform>%n Fälle gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote-MI</source>
        <translation>Vote-MI</translation>
    </message>
    <message>
        <source>Random slice (baseline)</source>
        <translation>Zufällige Schicht (Baseline)</translation>
    </message>
    <message>
        <source>Centre slice (baseline)</source>
        <translation>Mittlere Schicht (Baseline)</translation>
    </message>
    <message>
        <source>PCA (fast)</source>
        <translation>PCA (schnell)</translation>
    </message>
    <message>
        <source>VAE (reference study)</source>
        <translation>VAE (Referenzstudie)</translation>
    </message>
    <message>
        <source>By the patches each stands for (default)</source>
        <translation>Nach den Patches, für die jeder steht (Standard)</translation>
    </message>
    <message>
        <source>One per patch (reference study)</source>
        <translation>Eine je Patch (Referenzstudie)</translation>
    </message>
    <message>
        <source>Equal per cluster</source>
        <translation>Gleich je Cluster</translation>
    </message>
    <message>
        <source>By left-right asymmetry (one-sided lesions)</source>
        <translation>Nach Links-rechts-Asymmetrie (einseitige Läsionen)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The slice whose ± window holds the most votes wins; 0 takes the single slice with the most votes, as the reference study did.</source>
        <translation>Es gewinnt die Schicht, deren ±-Fenster die meisten Stimmen enthält; 0 nimmt die einzelne Schicht mit den meisten Stimmen, wie die Referenzstudie.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Vote window</source>
        <translation>Stimmfenster</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Selecting slices</source>
        <translation>Schichten werden ausgewählt</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Ausführung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n case(s) stored.</source>
        <translation>
            <numerusform>Abgebrochen; %n Fall gespeichert.</numerusform>
            <numerusform>Abgebrochen; %n Fälle gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n case(s) stored in %1 s.</source>
        <translation>
            <numerusform>Fertig: %n Fall in %1 s gespeichert.</numerusform>
            <numerusform>Fertig: %n Fälle in %1 s gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>estimating</source>
        <translation>wird geschätzt</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 of %2 cases · %3 cases/min · %4</source>
        <translation>%1 von %2 Fällen · %3 Fälle/min · %4</translation>
    </message>
</context>
<context>
    <name>brainmd::SelectionService</name>
    <message>
        <source>unknown selection method &apos;%1&apos;</source>
        <translation>unbekannte Auswahlmethode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the VAE weights were not prepared</source>
        <translation>die VAE-Gewichte wurden nicht vorbereitet</translation>
    </message>
    <message>
        <source>no case with id %1</source>
        <translation>kein Fall mit ID %1</translation>
    </message>
    <message>
        <source>the selection stopped with an internal error</source>
        <translation>die Auswahl wurde durch einen internen Fehler beendet</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the cases yield no patch to train the VAE on</source>
        <translation>die Fälle liefern keinen Patch, mit dem der VAE trainiert werden könnte</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>brainmd::SentImagesStrip</name>
    <message>
        <source>(image not stored)</source>
        <translation>(Bild nicht gespeichert)</translation>
    </message>
    <message>
        <source>Sent for this case (%1×%2 px)</source>
        <translation>Für diesen Fall gesendet (%1×%2 px)</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
</context>
<context>
    <name>brainmd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Wheel or ↑/↓ scroll slices, Page Up/Down by 10, Home/End to the ends; left drag uses the tool, right drag zooms, middle drag pans; click or Shift-move sets the crosshair; double-click maximises a view. Click a key below to change it.</source>
        <translation>Mausrad oder ↑/↓ blättert durch die Schichten, Bild auf/ab um 10, Pos1/Ende an die Enden; Ziehen mit links nutzt das Werkzeug, mit rechts zoomt, mit der Mitte verschiebt; Klick oder Umschalt-Bewegung setzt das Fadenkreuz; Doppelklick maximiert eine Ansicht. Eine Taste unten anklicken, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
</context>
<context>
    <name>brainmd::SliceExportDialog</name>
    <message>
        <source>2D NIfTI per slice (BrainMD-select)</source>
        <translation>2D-NIfTI pro Schicht (BrainMD-select)</translation>
    </message>
    <message>
        <source>DICOM key object &quot;Best In Set&quot; per case</source>
        <translation>DICOM-Key-Object „Best In Set“ pro Fall</translation>
    </message>
    <message>
        <source>Export representative slices</source>
        <translation>Repräsentative Schichten exportieren</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Reader %1</source>
        <translation>Befunder %1</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Slices of</source>
        <translation>Schichten von</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Zuerst einen Ordner wählen.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Mindestens ein Format wählen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting slices</source>
        <translation>Schichten werden exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported, %1 file(s) written to %2.</source>
        <translation>
            <numerusform>%n Fall exportiert, %1 Datei(en) nach %2 geschrieben.</numerusform>
            <numerusform>%n Fälle exportiert, %1 Datei(en) nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
</context>
<context>
    <name>brainmd::ThumbnailCache</name>
    <message>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
</context>
</TS>
