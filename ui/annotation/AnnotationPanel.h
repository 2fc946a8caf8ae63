#pragma once

#include <QWidget>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace brainmd {

class AnnotationSession;

/// The reader's side panel: who reads, progress (x of y), the saved indicator, the marks
/// of the three views, the questions with their options (the active one highlighted,
/// suggestions shown in verify mode), confidence, comment, poor-quality flag and the
/// case buttons. Draws from the session in updateFromModel(); edits go to the session.
class AnnotationPanel final : public QWidget {
    Q_OBJECT

public:
    explicit AnnotationPanel(AnnotationSession *session, QWidget *parent = nullptr);

    int activeQuestion() const { return m_activeQuestion; }
    void setActiveQuestion(int index);
    /// Q / Shift+Q: the next / previous question, wrapping around.
    void nextQuestion();
    void previousQuestion();
    /// The first question the reader has not answered on the current case (0 if none).
    int firstUnansweredQuestion() const;
    /// The case-state line (committed, time on the case).
    QString stateText() const;
    /// Answers the active question with option `number` (1-based) and moves on.
    void answerActive(int number);
    void acceptActiveSuggestion();
    void focusComment();
    QString savedText() const;

public Q_SLOTS:
    void updateFromModel();

private:
    void rebuildQuestions();
    void updateTime();

    AnnotationSession *m_session;
    QLabel *m_reader;
    QLabel *m_progress;
    QLabel *m_saved;
    QLabel *m_marks;
    QWidget *m_questionBox;
    std::vector<QLabel *> m_questionLabels;
    std::vector<QButtonGroup *> m_questionGroups;
    QButtonGroup *m_confidence;
    QLineEdit *m_comment;
    QCheckBox *m_poorQuality;
    QLabel *m_state;
    int m_activeQuestion = 0;
};

} // namespace brainmd
