#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace brainmd {

/// Who reads and how: name, role (reader or adjudicator), pass (2 for a deliberate
/// second reading), blind, and the worklist (cases in the browser's filter, the selected
/// ones, or all). Remembers the last name in QSettings.
class ReaderDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Worklist { Filtered, Selected, All };

    explicit ReaderDialog(QWidget *parent = nullptr);

    QString readerName() const;
    QString role() const;
    int pass() const;
    bool blind() const;
    Worklist worklist() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_role;
    QSpinBox *m_pass;
    QCheckBox *m_blind;
    QComboBox *m_worklist;
};

} // namespace brainmd
