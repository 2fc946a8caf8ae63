// TerminalProgress when stderr is not a terminal (CI logs, pipes): plain lines, forward only.
#include "ui/cli/TerminalProgress.h"

#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace brainmd;

class TerminalProgressTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainLinesOnlyMoveForward() {
        std::FILE *file = std::tmpfile();
        QVERIFY(file != nullptr);
        {
            TerminalProgress progress(QStringLiteral("plan"), 0, {}, file);
            // Parallel workers finishing out of order.
            for (double f : {0.05, 0.31, 0.12, 0.55, 0.42, 0.81, 0.64, 1.0, 0.9})
                QVERIFY(progress.report(f, QStringLiteral("step")));
        }
        std::rewind(file);
        QByteArray text(4096, '\0');
        text.resize(static_cast<qsizetype>(std::fread(text.data(), 1, text.size(), file)));
        std::fclose(file);
        const QRegularExpression percent(QStringLiteral("plan: +(\\d+)%"));
        int last = -1;
        int lines = 0;
        for (const QString &line :
             QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = percent.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            const int value = m.captured(1).toInt();
            QVERIFY2(value >= last, qPrintable(QString::fromUtf8(text)));
            last = value;
            ++lines;
        }
        QCOMPARE(last, 100);
        QCOMPARE(lines, 5); // one line per decile reached: 5 %, 31 %, 55 %, 81 %, 100 %
    }
};

QTEST_GUILESS_MAIN(TerminalProgressTest)
#include "TerminalProgressTest.moc"
