#include "ui/cli/BenchCommand.h"

#include "ui/cli/BenchReportCli.h"
#include "ui/cli/BenchRunCli.h"

namespace brainmd {

QString BenchCommand::summary() const {
    return tr("BrainBench: run models on slices, list runs, write reports.");
}

int BenchCommand::run(const QStringList &arguments, CliStreams io) {
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("run"))
        return benchRunCommand(arguments.mid(1), io);
    if (sub == QLatin1String("list"))
        return benchListCommand(arguments.mid(1), io);
    if (sub == QLatin1String("report"))
        return benchReportCommand(arguments.mid(1), io);
    QTextStream &stream =
        sub == QLatin1String("--help") || sub == QLatin1String("-h") ? io.out : io.err;
    stream << tr("Usage: brainmd bench <run|list|report> [options]\n\n"
                 "  run     Run or resume a benchmark (--db FILE --config RUN.json, or flags)\n"
                 "  list    List the runs of a database\n"
                 "  report  Write HTML / CSV / JSON with PNG and SVG plots (--run ID --out DIR);\n"
                 "          with several runs (--run A --run B, or --runs A,B) a leaderboard\n\n"
                 "'brainmd bench <sub-command> --help' lists the options.\n");
    return &stream == &io.out ? ExitSuccess : ExitFailure;
}

} // namespace brainmd
