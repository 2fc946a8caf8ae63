#include "ports/SliceChoiceStore.h"

#include <QCoreApplication>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

} // namespace

std::optional<SliceSource> SliceSource::parse(const QString &text, QString *error) {
    SliceSource source;
    const QString kind = text.section(QLatin1Char(':'), 0, 0);
    source.name = text.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("consensus") && source.name.isEmpty()) {
        source.kind = Kind::Consensus;
        return source;
    }
    if (kind == QLatin1String("reader") && !source.name.isEmpty()) {
        source.kind = Kind::Reader;
        return source;
    }
    if (kind == QLatin1String("method") && !source.name.isEmpty()) {
        source.kind = Kind::Method;
        return source;
    }
    *error = tr("'%1' is not a slice source: use reader:NAME, consensus or method:NAME").arg(text);
    return std::nullopt;
}

QString SliceSource::label() const {
    switch (kind) {
    case Kind::Reader:
        return QStringLiteral("reader:") + name;
    case Kind::Method:
        return QStringLiteral("method:") + name;
    case Kind::Consensus:
        break;
    }
    return QStringLiteral("consensus");
}

} // namespace brainmd
