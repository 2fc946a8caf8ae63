#pragma once

#include "bench/ChatTypes.h"
#include "bench/CostEstimate.h"
#include "bench/RunConfig.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace brainmd {

class JobRunner;
class StudyStorage;

/// Configures a BrainBench run: backend (an OpenAI-compatible server or a built-in
/// baseline), task pack, label source, shots, slice sources, views, few-shot example
/// pool and retrieval, seed, concurrency. The API key is saved in the system keychain
/// (QtKeychain, service "brainmd", key = server host); without a keychain service the
/// dialog says so and the key is used for this session through the environment variable.
/// "Check connection" sends one small request in a job of the dialog (closing the dialog
/// cancels it) and shows what came back. "Estimate" plans the run in a job, as
/// `bench run --dry-run` does, and shows the requests, images, tokens and, with prices,
/// the bounded cost before anything is sent (needs setStorage()).
class BenchRunDialog final : public QDialog {
    Q_OBJECT

public:
    explicit BenchRunDialog(QWidget *parent = nullptr);

    BenchRunConfig config() const;
    /// The prices per million tokens entered (below 0: not given).
    BenchPricing pricing() const;
    void setConfig(const BenchRunConfig &config);
    void checkConnection();
    void saveApiKey();
    /// The study a dry-run estimate plans against (the workspace's, held by the job).
    void setStorage(std::shared_ptr<const StudyStorage> storage);
    void estimate();

    QComboBox *backendBox() const { return m_backend; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *shotsEdit() const { return m_shots; }
    QPlainTextEdit *checkOutput() const { return m_checkOutput; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QCheckBox *sliceBox(const QString &source) const;

Q_SIGNALS:
    void connectionChecked(const QString &summary);
    void estimated(const QString &summary);

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
    QDoubleSpinBox *m_priceIn = nullptr;
    QDoubleSpinBox *m_priceOut = nullptr;
    QPushButton *m_estimate = nullptr;
    QLabel *m_estimateText = nullptr;
    std::shared_ptr<const StudyStorage> m_storage;
    QPointer<JobRunner> m_checkJob;
    QPointer<JobRunner> m_estimateJob;
};

} // namespace brainmd
