#include "ui/annotation/ReaderDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace brainmd {

ReaderDialog::ReaderDialog(const std::vector<Reader> &readers, QWidget *parent)
    : QDialog(parent)
    , m_readers(readers)
    , m_name(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_documents(new QComboBox(this))
    , m_pass(new QSpinBox(this))
    , m_worklist(new QComboBox(this)) {
    setWindowTitle(tr("Start reading"));
    auto *form = new QFormLayout(this);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("Pick a reader or type a new name"));
    for (const Reader &r : m_readers)
        m_name->addItem(r.name);
    m_name->setToolTip(tr("Existing readers are listed; a new name adds a reader"));
    const QString last = QSettings().value(QStringLiteral("session/reader")).toString();
    m_name->setCurrentIndex(m_name->findText(last));
    if (m_name->currentIndex() < 0)
        m_name->setEditText(last);
    // Typing replaces the preselected name instead of appending to it.
    m_name->lineEdit()->selectAll();
    m_name->setFocus();
    m_role->addItem(tr("Reader"), QStringLiteral("reader"));
    m_role->addItem(tr("Adjudicator"), QStringLiteral("adjudicator"));
    m_kind->addItem(tr("Blind reading (others' work, labels and findings hidden until commit)"),
                    static_cast<int>(SessionKind::BlindReading));
    m_kind->addItem(tr("Open reading (nothing hidden)"),
                    static_cast<int>(SessionKind::OpenReading));
    m_kind->addItem(tr("Verify imported answers (shown as suggestions)"),
                    static_cast<int>(SessionKind::Verify));
    m_documents->addItem(tr("Clinical indication only (findings, impression withheld)"),
                         static_cast<int>(DocumentAccess::IndicationOnly));
    m_documents->addItem(tr("Hidden"), static_cast<int>(DocumentAccess::None));
    m_documents->addItem(tr("Full report"), static_cast<int>(DocumentAccess::Full));
    m_pass->setRange(1, 9);
    m_pass->setToolTip(tr("Use 2 to read the same cases again for intra-reader agreement"));
    m_worklist->addItem(tr("Cases in the browser's filter"), static_cast<int>(Worklist::Filtered));
    m_worklist->addItem(tr("Selected cases"), static_cast<int>(Worklist::Selected));
    m_worklist->addItem(tr("All cases"), static_cast<int>(Worklist::All));
    m_worklist->addItem(tr("Cases where readers disagree (adjudication)"),
                        static_cast<int>(Worklist::Disagreement));
    form->addRow(tr("Reader"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Session"), m_kind);
    form->addRow(tr("Documents while blind"), m_documents);
    form->addRow(tr("Pass"), m_pass);
    form->addRow(tr("Worklist"), m_worklist);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReaderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_name, &QComboBox::currentTextChanged, this, &ReaderDialog::onReaderChosen);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_kind->setEnabled(role() != QLatin1String("adjudicator"));
        m_documents->setEnabled(m_kind->isEnabled());
    });
    onReaderChosen();
}

void ReaderDialog::onReaderChosen() {
    // An existing reader keeps their role.
    for (const Reader &r : m_readers) {
        if (r.name == readerName()) {
            m_role->setCurrentIndex(std::max(0, m_role->findData(r.role)));
            m_role->setEnabled(false);
            return;
        }
    }
    m_role->setEnabled(true);
}

QString ReaderDialog::readerName() const {
    return m_name->currentText().trimmed();
}

QString ReaderDialog::role() const {
    return m_role->currentData().toString();
}

int ReaderDialog::pass() const {
    return m_pass->value();
}

SessionKind ReaderDialog::kind() const {
    if (role() == QLatin1String("adjudicator"))
        return SessionKind::Adjudication;
    return static_cast<SessionKind>(m_kind->currentData().toInt());
}

DocumentAccess ReaderDialog::documents() const {
    return static_cast<DocumentAccess>(m_documents->currentData().toInt());
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
