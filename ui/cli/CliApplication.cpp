#include "ui/cli/CliApplication.h"

#include "brainmd/Version.h"
#include "ui/cli/AnnotationsCommand.h"
#include "ui/cli/BenchCommand.h"
#include "ui/cli/CasesCommand.h"
#include "ui/cli/DbCommand.h"
#include "ui/cli/DeidentifyCommand.h"
#include "ui/cli/DemoCommand.h"
#include "ui/cli/DemoDataCommand.h"
#include "ui/cli/ExportCommand.h"
#include "ui/cli/ImportCommand.h"
#include "ui/cli/InitCommand.h"
#include "ui/cli/SelectCommand.h"
#include "ui/cli/SelectExamplesCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace brainmd {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

std::vector<std::unique_ptr<CliCommand>> allCommands() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<DemoDataCommand>());
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CasesCommand>());
    commands.push_back(std::make_unique<AnnotationsCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<SelectCommand>());
    commands.push_back(std::make_unique<SelectExamplesCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<DeidentifyCommand>());
    commands.push_back(std::make_unique<DbCommand>());
    return commands;
}

void printUsage(const std::vector<std::unique_ptr<CliCommand>> &commands, QTextStream &out) {
    out << tr("Usage: brainmd <command> [options]\n\n"
              "BrainMD Workstation on the command line: import brain MRI, select slices,\n"
              "run BrainBench and write reports.\n\nCommands:\n");
    for (const auto &command : commands)
        out << QStringLiteral("  %1%2\n")
                   .arg(command->name().leftJustified(16), command->summary());
    out << tr("\nGlobal options:\n  --version   Show the version and the git revision.\n"
              "  --help      Show this help.\n\n"
              "'brainmd <command> --help' describes a command. Exit codes: 0 success,\n"
              "1 done with per-file problems (listed), 2 usage or fatal error.\n");
}
} // namespace

int runCli(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(commands, first.isEmpty() ? err : out);
        return first.isEmpty() ? ExitFailure : ExitSuccess;
    }
    if (first == QLatin1String("--version")) {
        out << QStringLiteral("brainmd %1 (git %2)\n")
                   .arg(QLatin1String(kVersion), QLatin1String(kGitRevision));
        return ExitSuccess;
    }
    for (const auto &command : commands) {
        if (command->name() == first) {
            const int code = command->run(arguments.mid(2), CliStreams{out, err});
            out.flush();
            err.flush();
            return code;
        }
    }
    err << tr("brainmd: unknown command '%1'\n\n").arg(first);
    printUsage(commands, err);
    return ExitFailure;
}

} // namespace brainmd
