#include "ui/annotation/AnnotationPanel.h"

#include "reading/ReadingFlow.h"
#include "ui/annotation/AnnotationSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace brainmd {

namespace {

QString viewLabel(View view) {
    switch (view) {
    case View::Coronal:
        return QObject::tr("Coronal");
    case View::Sagittal:
        return QObject::tr("Sagittal");
    case View::Axial:
        break;
    }
    return QObject::tr("Axial");
}

} // namespace

AnnotationPanel::AnnotationPanel(AnnotationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reader(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_saved(new QLabel(this))
    , m_marks(new QLabel(this))
    , m_questionBox(new QWidget(this))
    , m_confidence(new QButtonGroup(this))
    , m_comment(new QLineEdit(this))
    , m_poorQuality(new QCheckBox(tr("Poor image quality"), this))
    , m_state(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_progress->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px;"));
    m_saved->setObjectName(QStringLiteral("savedIndicator"));
    for (QLabel *label : {m_reader, m_progress, m_saved, m_marks, m_state})
        layout->addWidget(label);
    m_marks->setTextFormat(Qt::RichText);
    layout->addWidget(m_questionBox);

    auto *confidenceRow = new QHBoxLayout;
    confidenceRow->addWidget(new QLabel(tr("Confidence"), this));
    for (int c = 1; c <= 5; ++c) {
        auto *button = new QToolButton(this);
        button->setText(QString::number(c));
        button->setCheckable(true);
        button->setToolTip(tr("Confidence %1 of 5 (Ctrl+%1)").arg(c));
        m_confidence->addButton(button, c);
        confidenceRow->addWidget(button);
    }
    confidenceRow->addStretch();
    layout->addLayout(confidenceRow);
    connect(m_confidence, &QButtonGroup::idClicked, m_session, &AnnotationSession::setConfidence);

    m_comment->setPlaceholderText(tr("Comment (C), Enter saves"));
    layout->addWidget(m_comment);
    connect(m_comment, &QLineEdit::editingFinished, this,
            [this] { m_session->setComment(m_comment->text()); });
    layout->addWidget(m_poorQuality);
    connect(m_poorQuality, &QCheckBox::toggled, m_session, &AnnotationSession::setPoorQuality);

    auto *buttons = new QGridLayout;
    const auto addButton = [&](const QString &text, int row, int column, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, m_session, slot);
        buttons->addWidget(b, row, column);
    };
    addButton(tr("◀ Previous (B)"), 0, 0, &AnnotationSession::previous);
    addButton(tr("Next (N) ▶"), 0, 1, &AnnotationSession::next);
    addButton(tr("Commit (Ctrl+Enter)"), 1, 0, &AnnotationSession::commitCase);
    addButton(tr("Skip (K)"), 1, 1, &AnnotationSession::skipCase);
    addButton(tr("Postpone (Shift+K)"), 2, 0, &AnnotationSession::postponeCase);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_session, &AnnotationSession::changed, this, &AnnotationPanel::updateFromModel);
    connect(m_session, &AnnotationSession::saved, this, &AnnotationPanel::updateFromModel);
    // Each case opens on its first unanswered question, never on the last case's.
    connect(m_session, &AnnotationSession::caseChanged, this,
            [this] { setActiveQuestion(firstUnansweredQuestion()); });
    // The time on the case is shown as it runs (the stored rows are written on leaving).
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &AnnotationPanel::updateTime);
    tick->start();
    rebuildQuestions();
    updateFromModel();
}

int AnnotationPanel::firstUnansweredQuestion() const {
    std::vector<bool> answered;
    for (const ReaderQuestion &q : m_session->questions())
        answered.push_back(!m_session->ownAnswer(q.id).isEmpty());
    return firstUnanswered(answered);
}

QString AnnotationPanel::stateText() const {
    return m_state->text();
}

void AnnotationPanel::updateTime() {
    if (!m_session->isActive() || m_session->currentCaseId() == 0)
        return;
    const CaseReadState &st = m_session->caseState();
    QStringList flags;
    if (st.committed)
        flags << tr("committed");
    if (st.skipped)
        flags << tr("skipped");
    if (st.postponed)
        flags << tr("postponed");
    flags << tr("time on this case so far: %1 s").arg(m_session->secondsOnCase(), 0, 'f', 0);
    m_state->setText(flags.join(QStringLiteral(" · ")));
}

void AnnotationPanel::rebuildQuestions() {
    auto *grid = new QGridLayout(m_questionBox);
    grid->setContentsMargins(0, 6, 0, 6);
    const auto &questions = m_session->questions();
    for (std::size_t q = 0; q < questions.size(); ++q) {
        const ReaderQuestion &question = questions[q];
        auto *label = new QLabel(question.text.isEmpty() ? displayName(question.id) : question.text,
                                 m_questionBox);
        label->setWordWrap(true);
        grid->addWidget(label, static_cast<int>(2 * q), 0);
        auto *row = new QHBoxLayout;
        auto *group = new QButtonGroup(m_questionBox);
        for (int o = 0; o < question.options.size(); ++o) {
            auto *button = new QToolButton(m_questionBox);
            button->setText(
                QStringLiteral("%1 %2").arg(o + 1).arg(displayName(question.options[o])));
            button->setCheckable(true);
            button->setFocusPolicy(Qt::NoFocus);
            group->addButton(button, o);
            row->addWidget(button);
        }
        row->addStretch();
        grid->addLayout(row, static_cast<int>(2 * q + 1), 0);
        const QString id = question.id;
        const QStringList options = question.options;
        connect(group, &QButtonGroup::idClicked, this, [this, id, options, q](int o) {
            m_activeQuestion = static_cast<int>(q);
            m_session->answer(id, options[o]);
        });
        m_questionLabels.push_back(label);
        m_questionGroups.push_back(group);
    }
}

void AnnotationPanel::setActiveQuestion(int index) {
    const int count = static_cast<int>(m_session->questions().size());
    if (count == 0)
        return;
    m_activeQuestion = std::clamp(index, 0, count - 1);
    updateFromModel();
}

void AnnotationPanel::nextQuestion() {
    setActiveQuestion(
        wrapIndex(m_activeQuestion, 1, static_cast<int>(m_session->questions().size())));
}

void AnnotationPanel::previousQuestion() {
    setActiveQuestion(
        wrapIndex(m_activeQuestion, -1, static_cast<int>(m_session->questions().size())));
}

void AnnotationPanel::answerActive(int number) {
    const auto &questions = m_session->questions();
    if (m_activeQuestion >= static_cast<int>(questions.size()))
        return;
    const ReaderQuestion &q = questions[static_cast<std::size_t>(m_activeQuestion)];
    if (number < 1 || number > q.options.size())
        return;
    m_session->answer(q.id, q.options[number - 1]);
    setActiveQuestion(m_activeQuestion + 1); // stops at the last: keys never overwrite the first
}

void AnnotationPanel::acceptActiveSuggestion() {
    const auto &questions = m_session->questions();
    if (!m_session->verifyMode())
        return;
    if (m_activeQuestion < static_cast<int>(questions.size()))
        m_session->acceptSuggestion(questions[static_cast<std::size_t>(m_activeQuestion)].id);
    setActiveQuestion(m_activeQuestion + 1);
}

void AnnotationPanel::focusComment() {
    m_comment->setFocus(Qt::ShortcutFocusReason);
}

QString AnnotationPanel::savedText() const {
    return m_saved->text();
}

void AnnotationPanel::updateFromModel() {
    const bool active = m_session->isActive() && m_session->currentCaseId() != 0;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != m_reader)
            child->setEnabled(active);
    }
    setToolTip(active ? QString() : tr("Start a reading session first: Session ▸ Start reading…"));
    if (!active) {
        m_reader->setWordWrap(true);
        m_reader->setText(m_session->isActive()
                              ? tr("The worklist is empty.")
                              : tr("No session: the answers are disabled. Session ▸ Start "
                                   "reading… to begin."));
        m_progress->clear();
        m_marks->clear();
        m_state->clear();
        m_saved->clear();
        return;
    }
    const ReadingSession &s = m_session->session();
    m_reader->setText(tr("%1 (%2), pass %3%4")
                          .arg(m_session->reader().name, m_session->reader().role)
                          .arg(s.pass)
                          .arg(s.blind ? tr(", blind") : QString()));
    m_progress->setText(tr("Case %1 of %2").arg(s.position + 1).arg(m_session->caseCount()));
    m_saved->setText(m_session->lastSaveMessage());
    m_saved->setStyleSheet(m_session->lastSaveOk()
                               ? QStringLiteral("color: #3a3;")
                               : QStringLiteral("color: white; background: #c22;"));
    QStringList marks;
    for (View view : kAllViews) {
        const auto mark = m_session->ownMark(view);
        marks << (mark ? tr("%1: slice <b>%2</b> (%3) ✓")
                             .arg(viewLabel(view))
                             .arg(mark->sliceIndex + 1)
                             .arg(positionText(viewAxis(view), mark->positionMm))
                       : tr("%1: — (press M)").arg(viewLabel(view)));
    }
    m_marks->setText(marks.join(QStringLiteral("<br>")));
    const auto &questions = m_session->questions();
    for (std::size_t q = 0; q < questions.size(); ++q) {
        const QString answer = m_session->ownAnswer(questions[q].id);
        QButtonGroup *group = m_questionGroups[q];
        const QSignalBlocker blocker(group);
        group->setExclusive(false);
        for (QAbstractButton *b : group->buttons())
            b->setChecked(questions[q].options.value(group->id(b)) == answer && !answer.isEmpty());
        group->setExclusive(true);
        const QString suggestion = m_session->suggestion(questions[q].id);
        QString text =
            questions[q].text.isEmpty() ? displayName(questions[q].id) : questions[q].text;
        if (!suggestion.isEmpty())
            text += tr("  [suggested: %1]").arg(displayName(suggestion));
        m_questionLabels[q]->setText(text);
        m_questionLabels[q]->setStyleSheet(
            static_cast<int>(q) == m_activeQuestion
                // No bold: a wider bold line re-wraps without the layout growing, which
                // clipped long questions.
                ? QStringLiteral("background: #35506e; color: white;")
                : QString());
    }
    const CaseReadState &st = m_session->caseState();
    {
        const QSignalBlocker b1(m_confidence), b2(m_comment), b3(m_poorQuality);
        m_confidence->setExclusive(false);
        for (QAbstractButton *b : m_confidence->buttons())
            b->setChecked(st.confidence && m_confidence->id(b) == *st.confidence);
        m_confidence->setExclusive(true);
        if (!m_comment->hasFocus())
            m_comment->setText(st.comment);
        m_poorQuality->setChecked(st.poorQuality);
    }
    updateTime();
}

} // namespace brainmd
