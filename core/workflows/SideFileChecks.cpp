#include "workflows/SideFileChecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// RAS axis (0 = R-L, 1 = A-P, 2 = S-I) an orientation letter lies on, or -1.
int patientAxisOf(QChar letter) {
    switch (letter.toUpper().toLatin1()) {
    case 'R':
    case 'L':
        return 0;
    case 'A':
    case 'P':
        return 1;
    case 'S':
    case 'I':
        return 2;
    default:
        return -1;
    }
}

} // namespace

std::optional<int> sliceCountInView(const CaseSummary &summary, View view) {
    if (summary.orientation.size() != 3)
        return std::nullopt;
    const int wanted = viewAxis(view);
    int found = -1;
    for (int voxelAxis = 0; voxelAxis < 3; ++voxelAxis) {
        if (patientAxisOf(summary.orientation.at(voxelAxis)) != wanted)
            continue;
        if (found >= 0)
            return std::nullopt; // two voxel axes on one patient axis: letters do not decide
        found = voxelAxis;
    }
    if (found < 0)
        return std::nullopt;
    return summary.dims[static_cast<std::size_t>(found)];
}

QString referenceSliceProblem(const CaseSummary &summary, const ReferenceSliceRow &row) {
    const std::optional<int> count = sliceCountInView(summary, row.view);
    const int bound = count.value_or(*std::max_element(summary.dims.begin(), summary.dims.end()));
    if (row.sliceIndex >= 0 && row.sliceIndex < bound)
        return {};
    return tr("row %1: %2 slice %3 does not exist in case %4, which has %5 %2 slices (0 to %6); "
              "the row is refused")
        .arg(row.sourceRow)
        .arg(QString::fromLatin1(viewName(row.view)))
        .arg(row.sliceIndex)
        .arg(summary.caseKey)
        .arg(bound)
        .arg(bound - 1);
}

LabelAnswerCheck::LabelAnswerCheck(const QString &taskPack, const QString &labelFilePath) {
    const TaskPackResult fallback = defaultTaskPack();
    if (taskPack.isEmpty() || (fallback.pack && fallback.pack->name == taskPack)) {
        m_pack = fallback.pack;
        return;
    }
    const QString path = QFileInfo(labelFilePath).dir().absoluteFilePath(taskPack);
    if (QFileInfo::exists(path)) {
        const TaskPackResult loaded = loadTaskPack(path);
        if (loaded.pack) {
            m_pack = loaded.pack;
            return;
        }
        m_note = tr("%1: task pack %2 cannot be read (%3); answers are not checked against it")
                     .arg(QFileInfo(labelFilePath).fileName(), taskPack, loaded.error);
        return;
    }
    m_note = tr("%1: task pack \"%2\" is neither the built-in pack (%3) nor a file next to the "
                "label file; answers are not checked against it")
                 .arg(QFileInfo(labelFilePath).fileName(), taskPack,
                      fallback.pack ? fallback.pack->name : QString());
}

QString LabelAnswerCheck::problem(LabelRow *row) const {
    if (!m_pack)
        return {};
    const TaskQuestion *question = m_pack->question(row->questionId);
    if (!question) {
        QStringList known;
        for (const TaskQuestion &q : m_pack->questions)
            known.append(q.id);
        return tr("row %1: question '%2' is not in task pack %3 (%4); the row is refused")
            .arg(row->sourceRow)
            .arg(row->questionId, m_pack->name, known.join(QStringLiteral(", ")));
    }
    if (question->type == AnswerType::FreeText)
        return {};
    const QString answer = row->answer.trimmed();
    for (const AnswerOption &option : question->options) {
        bool matches = option.value.compare(answer, Qt::CaseInsensitive) == 0;
        for (const QString &synonym : option.synonyms)
            matches = matches || synonym.compare(answer, Qt::CaseInsensitive) == 0;
        if (matches) {
            row->answer = option.value;
            return {};
        }
    }
    return tr("row %1: answer '%2' to %3 is not one of its options (%4); the row is refused")
        .arg(row->sourceRow)
        .arg(row->answer, question->id, question->optionValues().join(QStringLiteral(", ")));
}

} // namespace brainmd
