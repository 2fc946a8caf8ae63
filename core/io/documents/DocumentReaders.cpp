#include "io/documents/DocumentReaders.h"

#include "io/documents/CsvSheet.h"
#include "io/documents/DocumentJson.h"
#include "io/documents/TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>
#include <optional>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// One CSV record or JSON entry seen through its field names, so that the CSV and JSON
/// readers share the rules for what makes a row usable.
struct RowContext {
    std::function<std::optional<QString>(const QString &)> get;
    std::function<QString(const QString &)> message;
    QString missingTemplate; ///< "missing column '%1'" (CSV) or "missing '%1'" (JSON)
    int sourceRow = 0;
};

bool requireText(const RowContext &row, const QString &key, QString *value, QString *reason) {
    const std::optional<QString> text = row.get(key);
    if (!text) {
        *reason = row.message(row.missingTemplate.arg(key));
        return false;
    }
    if (text->isEmpty()) {
        *reason = row.message(tr("empty '%1'").arg(key));
        return false;
    }
    *value = *text;
    return true;
}

bool readIdentity(const RowContext &row, QString *accession, QString *patientId, QString *reason) {
    *accession = row.get(QStringLiteral("accession_number")).value_or(QString());
    *patientId = row.get(QStringLiteral("patient_id")).value_or(QString());
    if (accession->isEmpty() && patientId->isEmpty()) {
        *reason = row.message(tr("neither accession_number nor patient_id is given"));
        return false;
    }
    return true;
}

bool buildDocument(const RowContext &row, CaseDocument *document, QString *reason) {
    if (!readIdentity(row, &document->accessionNumber, &document->patientId, reason) ||
        !requireText(row, QStringLiteral("kind"), &document->kind, reason) ||
        !requireText(row, QStringLiteral("text"), &document->text, reason))
        return false;
    document->kind = document->kind.toLower();
    const QStringList kinds{QStringLiteral("report"), QStringLiteral("ehr"),
                            QStringLiteral("demographics")};
    if (!kinds.contains(document->kind)) {
        *reason =
            row.message(tr("unknown kind '%1' (report, ehr or demographics)").arg(document->kind));
        return false;
    }
    document->sourceRow = row.sourceRow;
    return true;
}

bool buildLabel(const RowContext &row, LabelRow *label, QString *reason) {
    if (!readIdentity(row, &label->accessionNumber, &label->patientId, reason) ||
        !requireText(row, QStringLiteral("question"), &label->questionId, reason) ||
        !requireText(row, QStringLiteral("answer"), &label->answer, reason))
        return false;
    label->sourceRow = row.sourceRow;
    return true;
}

bool buildReference(const RowContext &row, ReferenceSliceRow *slice, QString *reason) {
    QString viewText;
    QString indexText;
    if (!readIdentity(row, &slice->accessionNumber, &slice->patientId, reason) ||
        !requireText(row, QStringLiteral("view"), &viewText, reason) ||
        !requireText(row, QStringLiteral("index"), &indexText, reason))
        return false;
    if (!viewFromName(viewText.toLower(), &slice->view)) {
        *reason = row.message(tr("unknown view '%1' (axial, coronal or sagittal)").arg(viewText));
        return false;
    }
    bool ok = false;
    slice->sliceIndex = indexText.toInt(&ok);
    if (!ok || slice->sliceIndex < 0) {
        *reason = row.message(tr("index '%1' is not a slice number").arg(indexText));
        return false;
    }
    const QString position = row.get(QStringLiteral("position_mm")).value_or(QString());
    slice->positionMm = position.isEmpty() ? 0.0 : position.toDouble(&ok);
    if (!position.isEmpty() && !ok) {
        *reason = row.message(tr("position_mm '%1' is not a number").arg(position));
        return false;
    }
    slice->sourceRow = row.sourceRow;
    return true;
}

template <typename Row, typename Build>
bool collectCsv(const QString &path, const QString &text, const QStringList &required, Build build,
                std::vector<Row> *rows, std::vector<FileProblem> *problems, QString *error) {
    CsvSheet sheet;
    if (!sheet.load(path, text, required, error))
        return false;
    if (!sheet.hasColumn(QStringLiteral("accession_number")) &&
        !sheet.hasColumn(QStringLiteral("patient_id"))) {
        *error = tr("%1: missing column 'accession_number' or 'patient_id'")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    for (const CsvRecord &record : sheet.records()) {
        if (!record.error.isEmpty()) {
            problems->push_back({path, sheet.rowMessage(record, record.error)});
            continue;
        }
        if (const QString control = sheet.controlCharacterProblem(record); !control.isEmpty()) {
            problems->push_back({path, control});
            continue;
        }
        RowContext context;
        context.get = [&](const QString &key) -> std::optional<QString> {
            QString value;
            QString ignored;
            if (!sheet.field(record, key, &value, &ignored))
                return std::nullopt;
            return value;
        };
        context.message = [&](const QString &m) {
            return sheet.rowMessage(record, m);
        };
        context.missingTemplate = tr("missing column '%1'");
        context.sourceRow = record.row;
        Row row;
        QString reason;
        if (build(context, &row, &reason))
            rows->push_back(std::move(row));
        else
            problems->push_back({path, reason});
    }
    return true;
}

/// The first NUL or control character in any string of a JSON entry (a "\\u0000" escape
/// decodes to one), phrased for jsonEntryMessage; "" when there is none.
QString jsonControlCharacterProblem(const nlohmann::json &value, const QString &key = QString()) {
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>());
        if (const auto found = findControlCharacter(text))
            return tr("'%1' holds the control character %2; the entry is refused")
                .arg(key, describeControlCharacter(found->code));
        return {};
    }
    if (value.is_object() || value.is_array()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString inner = value.is_object() ? QString::fromStdString(it.key()) : key;
            if (QString problem = jsonControlCharacterProblem(*it, inner); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

template <typename Row, typename Build>
void collectJson(const QString &path, const nlohmann::json &array, Build build,
                 std::vector<Row> *rows, std::vector<FileProblem> *problems) {
    for (std::size_t i = 0; i < array.size(); ++i) {
        const nlohmann::json &entry = array[i];
        const int number = static_cast<int>(i) + 1;
        if (!entry.is_object()) {
            problems->push_back({path, jsonEntryMessage(path, number, tr("not an object"))});
            continue;
        }
        if (const QString control = jsonControlCharacterProblem(entry); !control.isEmpty()) {
            problems->push_back({path, jsonEntryMessage(path, number, control)});
            continue;
        }
        RowContext context;
        context.get = [&](const QString &key) -> std::optional<QString> {
            QString value;
            const std::string name = key.toStdString();
            if (jsonText(entry, name.c_str(), &value))
                return value;
            // A record may come as structured "fields" instead of "text".
            const auto fields = entry.find("fields");
            if (key == QLatin1String("text") && fields != entry.end() && fields->is_object())
                return QString::fromStdString(fields->dump(2));
            return std::nullopt;
        };
        context.message = [&](const QString &m) {
            return jsonEntryMessage(path, number, m);
        };
        context.missingTemplate = tr("missing '%1'");
        context.sourceRow = number;
        Row row;
        QString reason;
        if (build(context, &row, &reason))
            rows->push_back(std::move(row));
        else
            problems->push_back({path, reason});
    }
}

/// Reads the file and hands it to the CSV or the JSON branch.
template <typename Result, typename CsvBranch, typename JsonBranch>
Result readEither(const QString &path, const char *format, CsvBranch csv, JsonBranch json) {
    Result result;
    QString text;
    QString note;
    if (!readTextFile(path, &text, &result.error, &note))
        return result;
    if (!note.isEmpty())
        result.problems.push_back({path, note});
    if (!isJsonDocument(path, text)) {
        csv(text, &result);
        return result;
    }
    nlohmann::json root;
    if (parseJsonDocument(path, text, format, &root, &result.error))
        json(root, &result);
    return result;
}

QString jsonString(const nlohmann::json &root, const char *key, const QString &fallback) {
    QString value;
    return jsonText(root, key, &value) && !value.isEmpty() ? value : fallback;
}

} // namespace

ParseResult<std::vector<CaseDocument>> readDocumentsFile(const QString &path) {
    using Result = ParseResult<std::vector<CaseDocument>>;
    const QStringList required{QStringLiteral("kind"), QStringLiteral("text")};
    auto result = readEither<Result>(
        path, "brainmd-documents",
        [&](const QString &text, Result *r) {
            collectCsv(path, text, required, buildDocument, &r->value, &r->problems, &r->error);
        },
        [&](const nlohmann::json &root, Result *r) {
            nlohmann::json array;
            if (jsonArrayMember(path, root, "documents", &array, &r->error))
                collectJson(path, array, buildDocument, &r->value, &r->problems);
        });
    for (CaseDocument &document : result.value)
        document.sourcePath = path;
    return result;
}

ParseResult<LabelFile> readLabelFile(const QString &path) {
    using Result = ParseResult<LabelFile>;
    const QStringList required{QStringLiteral("question"), QStringLiteral("answer")};
    return readEither<Result>(
        path, "brainmd-labels",
        [&](const QString &text, Result *r) {
            r->value.name = QFileInfo(path).completeBaseName();
            r->value.kind = QStringLiteral("file");
            collectCsv(path, text, required, buildLabel, &r->value.rows, &r->problems, &r->error);
        },
        [&](const nlohmann::json &root, Result *r) {
            r->value.name = jsonString(root, "name", QFileInfo(path).completeBaseName());
            r->value.kind = jsonString(root, "kind", QStringLiteral("file"));
            r->value.taskPack = jsonString(root, "task_pack", QString());
            nlohmann::json array;
            if (jsonArrayMember(path, root, "labels", &array, &r->error))
                collectJson(path, array, buildLabel, &r->value.rows, &r->problems);
        });
}

ParseResult<ReferenceSliceFile> readReferenceSliceFile(const QString &path) {
    using Result = ParseResult<ReferenceSliceFile>;
    const QStringList required{QStringLiteral("view"), QStringLiteral("index")};
    return readEither<Result>(
        path, "brainmd-reference-slices",
        [&](const QString &text, Result *r) {
            r->value.name = QFileInfo(path).completeBaseName();
            collectCsv(path, text, required, buildReference, &r->value.rows, &r->problems,
                       &r->error);
        },
        [&](const nlohmann::json &root, Result *r) {
            r->value.name = jsonString(root, "name", QFileInfo(path).completeBaseName());
            r->value.basis = jsonString(root, "basis", QString());
            nlohmann::json array;
            if (jsonArrayMember(path, root, "slices", &array, &r->error))
                collectJson(path, array, buildReference, &r->value.rows, &r->problems);
        });
}

} // namespace brainmd
