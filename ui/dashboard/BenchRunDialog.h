#pragma once

#include "bench/ChatTypes.h"
#include "bench/RunConfig.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace brainmd {

class JobRunner;

/// Configures a BrainBench run: backend (an OpenAI-compatible server or a built-in
/// baseline), task pack, label source, shots, slice sources, views, few-shot example
/// pool and retrieval, seed, concurrency. The API key is saved in the system keychain
/// (QtKeychain, service "brainmd", key = server host); without a keychain service the
/// dialog says so and the key is used for this session through the environment variable.
/// "Check connection" sends one small request in a job of the dialog (closing the dialog
/// cancels it) and shows what came back.
class BenchRunDialog final : public QDialog {
    Q_OBJECT

public:
    explicit BenchRunDialog(QWidget *parent = nullptr);

    BenchRunConfig config() const;
    void setConfig(const BenchRunConfig &config);
    void checkConnection();
    void saveApiKey();

    QComboBox *backendBox() const { return m_backend; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *shotsEdit() const { return m_shots; }
    QPlainTextEdit *checkOutput() const { return m_checkOutput; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QCheckBox *sliceBox(const QString &source) const;

Q_SIGNALS:
    void connectionChecked(const QString &summary);

public Q_SLOTS:
    void accept() override;

private:
    QWidget *buildBackendPage();
    QWidget *buildDesignPage();
    void updateBackendFields();
    QString describe(const ChatResponse &response) const;

    QComboBox *m_backend = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_apiKeyEnv = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_saveKey = nullptr;
    QPushButton *m_check = nullptr;
    QPlainTextEdit *m_checkOutput = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_taskPack = nullptr;
    QComboBox *m_labels = nullptr;
    QLineEdit *m_shots = nullptr;
    std::vector<QCheckBox *> m_slices;
    std::vector<QCheckBox *> m_views;
    QComboBox *m_pool = nullptr;
    QSpinBox *m_poolSize = nullptr;
    QComboBox *m_evaluation = nullptr;
    QComboBox *m_retrieval = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPointer<JobRunner> m_checkJob;
};

} // namespace brainmd
