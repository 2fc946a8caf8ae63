#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace brainmd {

/// Exit codes of every `brainmd` command.
enum ExitCode : int {
    ExitSuccess = 0,      ///< all done
    ExitWithProblems = 1, ///< done, but some inputs had problems (listed)
    ExitFailure = 2       ///< usage error or fatal error, nothing (more) done
};

/// Where a command writes: results to `out` (stdout), messages and progress to `err`.
struct CliStreams {
    QTextStream &out;
    QTextStream &err;
};

/// One `brainmd` sub-command. `run` gets the arguments after the command's name.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, CliStreams io) = 0;

protected:
    /// Parses `arguments` (with a program name prepended) and handles --help.
    /// Returns false (after printing what is wrong) when the command should exit with
    /// ExitFailure; `helpShown` tells whether --help was the reason (exit 0 then).
    bool parse(QCommandLineParser &parser, const QStringList &arguments, CliStreams io,
               bool *helpShown) const;
};

} // namespace brainmd
