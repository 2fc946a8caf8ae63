#include "ui/annotation/ReaderDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace brainmd {

ReaderDialog::ReaderDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_pass(new QSpinBox(this))
    , m_blind(
          new QCheckBox(tr("Blind: hide others' marks and imported labels until I commit"), this))
    , m_worklist(new QComboBox(this)) {
    setWindowTitle(tr("Start reading"));
    auto *form = new QFormLayout(this);
    m_name->setText(QSettings().value(QStringLiteral("session/reader")).toString());
    m_role->addItem(tr("Reader"), QStringLiteral("reader"));
    m_role->addItem(tr("Adjudicator"), QStringLiteral("adjudicator"));
    m_pass->setRange(1, 9);
    m_pass->setToolTip(tr("Use 2 to read the same cases again for intra-reader agreement"));
    m_blind->setChecked(true);
    m_worklist->addItem(tr("Cases in the browser's filter"), static_cast<int>(Worklist::Filtered));
    m_worklist->addItem(tr("Selected cases"), static_cast<int>(Worklist::Selected));
    m_worklist->addItem(tr("All cases"), static_cast<int>(Worklist::All));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Pass"), m_pass);
    form->addRow(QString(), m_blind);
    form->addRow(tr("Worklist"), m_worklist);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReaderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ReaderDialog::readerName() const {
    return m_name->text().trimmed();
}

QString ReaderDialog::role() const {
    return m_role->currentData().toString();
}

int ReaderDialog::pass() const {
    return m_pass->value();
}

bool ReaderDialog::blind() const {
    return m_blind->isChecked();
}

ReaderDialog::Worklist ReaderDialog::worklist() const {
    return static_cast<Worklist>(m_worklist->currentData().toInt());
}

void ReaderDialog::accept() {
    if (readerName().isEmpty()) {
        m_name->setFocus();
        return;
    }
    QSettings().setValue(QStringLiteral("session/reader"), readerName());
    QDialog::accept();
}

} // namespace brainmd
