#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments, CliStreams io,
                       bool *helpShown) const {
    *helpShown = false;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("brainmd", "Show this help."));
    parser.addOption(help);
    QStringList full = arguments;
    full.prepend(QStringLiteral("brainmd %1").arg(name()));
    if (!parser.parse(full)) {
        io.err << QCoreApplication::translate("brainmd", "brainmd %1: %2\n")
                      .arg(name(), parser.errorText());
        io.err << QCoreApplication::translate("brainmd", "Try 'brainmd %1 --help'.\n").arg(name());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the executable in the usage line; name the sub-command as well.
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const QString firstLine = text.left(lineEnd);
        const qsizetype options = firstLine.indexOf(QLatin1String(" ["));
        text.replace(0, options < 0 ? lineEnd : options,
                     QCoreApplication::translate("brainmd", "Usage: brainmd %1").arg(name()));
        io.out << text;
        *helpShown = true;
        return false;
    }
    return true;
}

} // namespace brainmd
