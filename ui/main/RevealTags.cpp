#include "ui/main/RevealTags.h"

#include "reading/BlindingPolicy.h"

#include <QObject>
#include <QVariant>

namespace brainmd {

namespace {
constexpr const char *kProperty = "brainmdReveals";
}

void setReveals(QObject *object, Reveals reveals) {
    object->setProperty(kProperty, static_cast<int>(reveals));
}

Reveals revealsOf(const QObject *object) {
    const QVariant value = object->property(kProperty);
    return value.isValid() ? static_cast<Reveals>(value.toInt()) : Reveals::Nothing;
}

bool revealAllowed(const BlindingPolicy &policy, Reveals reveals) {
    switch (reveals) {
    case Reveals::OthersWork:
        return policy.mayShowOthersWork();
    case Reveals::ReferenceSlices:
        return policy.mayShowReferenceSlices();
    case Reveals::ModelOutputs:
        return policy.mayShowModelOutputs();
    case Reveals::Verify:
        return policy.mayVerify();
    case Reveals::Adjudication:
        return policy.mayShowAdjudication();
    case Reveals::Exports:
        return policy.mayExportAnnotations();
    case Reveals::Dashboard:
        return policy.mayOpenDashboard();
    case Reveals::Nothing:
        break;
    }
    return true;
}

} // namespace brainmd
