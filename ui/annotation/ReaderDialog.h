#pragma once

#include "reading/AnnotationTypes.h"
#include "reading/BlindingPolicy.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace brainmd {

/// Who reads and how: the reader picked from the database's readers or a new name
/// (never appended to a prefilled one: the last reader is preselected and selected
/// all), role (reader or adjudicator), session kind (blind reading, open reading, verify
/// imported answers), what a blind reader sees of the documents, pass (2 for a
/// deliberate second reading) and the worklist (browser filter, selection, all, or for
/// an adjudicator the cases whose readers disagree).
class ReaderDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Worklist { Filtered, Selected, All, Disagreement };

    explicit ReaderDialog(const std::vector<Reader> &readers, QWidget *parent = nullptr);

    QString readerName() const;
    QString role() const;
    int pass() const;
    SessionKind kind() const;
    DocumentAccess documents() const;
    Worklist worklist() const;
    QComboBox *readerPicker() const { return m_name; }
    void accept() override;

private:
    void onReaderChosen();

    std::vector<Reader> m_readers;
    QComboBox *m_name;
    QComboBox *m_role;
    QComboBox *m_kind;
    QComboBox *m_documents;
    QSpinBox *m_pass;
    QComboBox *m_worklist;
};

} // namespace brainmd
