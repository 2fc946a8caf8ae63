#include "ui/dashboard/BenchRunDialog.h"

#include "bench/BaselineBackend.h"
#include "bench/CancelToken.h"
#include "bench/OpenAiBackend.h"
#include "ui/jobs/JobRunner.h"
#include "ui/platform/BenchApiKey.h"
#include "ui/platform/BenchBackendFactory.h"
#include "ui/report/BenchCostText.h"
#include "workflows/BenchRunWorkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

namespace brainmd {

namespace {

QStringList checkedNames(const std::vector<QCheckBox *> &boxes) {
    QStringList names;
    for (const QCheckBox *box : boxes) {
        if (box->isChecked())
            names.append(box->property("name").toString());
    }
    return names;
}

QWidget *checkRow(const QStringList &names, const QStringList &on, std::vector<QCheckBox *> *out) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &name : names) {
        auto *box = new QCheckBox(name);
        box->setProperty("name", name);
        box->setChecked(on.contains(name));
        layout->addWidget(box);
        out->push_back(box);
    }
    layout->addStretch();
    return row;
}

QString keychainKey(const QString &baseUrl) {
    const QString host = QUrl(baseUrl).host();
    return host.isEmpty() ? QStringLiteral("default") : host;
}

} // namespace

BenchRunDialog::BenchRunDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("New BrainBench run"));
    auto *tabs = new QTabWidget;
    tabs->addTab(buildBackendPage(), tr("Model"));
    tabs->addTab(buildDesignPage(), tr("Design"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BenchRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BenchRunDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    setConfig(BenchRunConfig{});
}

QWidget *BenchRunDialog::buildBackendPage() {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_backend = new QComboBox;
    m_backend->addItem(tr("OpenAI-compatible server"), QStringLiteral("openai"));
    for (const QString &kind : BaselineBackend::kinds())
        m_backend->addItem(tr("Built-in baseline: %1").arg(kind), kind);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    m_model = new QLineEdit;
    m_apiKey = new QLineEdit;
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("leave empty to use the saved key"));
    m_saveKey = new QPushButton(tr("Save key in the system keychain"));
    m_apiKeyEnv = new QLineEdit;
    m_keyStatus = new QLabel;
    m_keyStatus->setWordWrap(true);
    m_check = new QPushButton(tr("Check connection"));
    m_checkOutput = new QPlainTextEdit;
    m_checkOutput->setReadOnly(true);
    m_checkOutput->setMaximumHeight(110);
    form->addRow(tr("Backend:"), m_backend);
    form->addRow(tr("Server URL:"), m_baseUrl);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(QString(), m_saveKey);
    form->addRow(tr("Key variable:"), m_apiKeyEnv);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), m_check);
    form->addRow(tr("Reply:"), m_checkOutput);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &BenchRunDialog::updateBackendFields);
    connect(m_saveKey, &QPushButton::clicked, this, &BenchRunDialog::saveApiKey);
    connect(m_check, &QPushButton::clicked, this, &BenchRunDialog::checkConnection);
    return page;
}

QWidget *BenchRunDialog::buildDesignPage() {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit;
    m_taskPack = new QLineEdit;
    m_taskPack->setPlaceholderText(tr("built-in task pack"));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *packRow = new QWidget;
    auto *packLayout = new QHBoxLayout(packRow);
    packLayout->setContentsMargins(0, 0, 0, 0);
    packLayout->addWidget(m_taskPack);
    packLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Task pack"), {}, tr("Task packs (*.json)"));
        if (!file.isEmpty())
            m_taskPack->setText(file);
    });
    m_labels = new QComboBox;
    m_labels->setEditable(true);
    m_labels->addItems({QStringLiteral("consensus"), QStringLiteral("phantom")});
    m_shots = new QLineEdit;
    m_shots->setToolTip(tr("Examples per prompt, comma-separated: 0 is zero-shot, e.g. 0,3"));
    m_pool = new QComboBox;
    m_pool->addItems({QStringLiteral("votek"), QStringLiteral("random")});
    m_poolSize = new QSpinBox;
    m_poolSize->setRange(1, 1000);
    m_evaluation = new QComboBox;
    m_evaluation->addItem(tr("Held out: score the cases outside the pool"),
                          QStringLiteral("held-out"));
    m_evaluation->addItem(tr("Leave one out: score every case (older runs)"),
                          QStringLiteral("leave-one-out"));
    m_evaluation->setToolTip(tr("Held out: the example pool is fixed first and every condition "
                                "is scored on the labelled cases outside it, so no case is both "
                                "an example and evaluated."));
    m_retrieval = new QComboBox;
    m_retrieval->addItems({QStringLiteral("similar"), QStringLiteral("random")});
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1'000'000'000);
    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 64);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Task pack:"), packRow);
    form->addRow(tr("Label source:"), m_labels);
    form->addRow(tr("Shots:"), m_shots);
    form->addRow(tr("Slice sources:"), checkRow(benchSliceSources(), {}, &m_slices));
    form->addRow(tr("Views:"), checkRow(benchViewChoices(), {}, &m_views));
    form->addRow(tr("Example pool:"), m_pool);
    form->addRow(tr("Pool size:"), m_poolSize);
    form->addRow(tr("Evaluation:"), m_evaluation);
    form->addRow(tr("Example retrieval:"), m_retrieval);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Concurrency:"), m_concurrency);
    auto priceBox = [this] {
        auto *box = new QDoubleSpinBox;
        box->setRange(-1.0, 10000.0);
        box->setDecimals(2);
        box->setValue(-1.0);
        box->setSpecialValueText(tr("not given")); // the minimum: no price, no cost
        return box;
    };
    m_priceIn = priceBox();
    m_priceOut = priceBox();
    m_estimate = new QPushButton(tr("Estimate requests and cost"));
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_estimateText = new QLabel;
    m_estimateText->setWordWrap(true);
    m_estimateText->setTextFormat(Qt::PlainText);
    m_estimateText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the whole estimate from the start: the dialog does not grow when it comes.
    m_estimateText->setMinimumHeight(5 * m_estimateText->fontMetrics().lineSpacing());
    m_estimateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_estimate, &QPushButton::clicked, this, &BenchRunDialog::estimate);
    form->addRow(tr("Price per million input tokens:"), m_priceIn);
    form->addRow(tr("Price per million output tokens:"), m_priceOut);
    form->addRow(QString(), m_estimate);
    form->addRow(QString(), m_estimateText);
    return page;
}

QCheckBox *BenchRunDialog::sliceBox(const QString &source) const {
    for (QCheckBox *box : m_slices) {
        if (box->property("name").toString() == source)
            return box;
    }
    return nullptr;
}

void BenchRunDialog::updateBackendFields() {
    const bool server = m_backend->currentData().toString() == QLatin1String("openai");
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_saveKey),
                       static_cast<QWidget *>(m_apiKeyEnv)})
        w->setEnabled(server);
}

void BenchRunDialog::setConfig(const BenchRunConfig &c) {
    m_backend->setCurrentIndex(std::max(0, m_backend->findData(c.backend.type)));
    m_baseUrl->setText(c.backend.baseUrl);
    m_model->setText(c.backend.model);
    m_apiKeyEnv->setText(c.backend.apiKeyEnv);
    m_name->setText(c.name);
    m_taskPack->setText(c.taskPack);
    m_labels->setCurrentText(c.labels);
    QStringList shots, slices, views;
    for (const BenchCondition &condition : c.conditions) {
        const QString k = QString::number(condition.shots);
        if (!shots.contains(k))
            shots.append(k);
        slices.append(condition.slices);
        views.append(condition.views);
    }
    m_shots->setText(shots.isEmpty() ? QStringLiteral("0") : shots.join(QLatin1Char(',')));
    for (QCheckBox *box : m_slices)
        box->setChecked(slices.isEmpty()
                            ? box->property("name").toString() != QLatin1String("none") &&
                                  box->property("name").toString() != QLatin1String("blank")
                            : slices.contains(box->property("name").toString()));
    for (QCheckBox *box : m_views)
        box->setChecked(views.isEmpty() ? box->property("name").toString() == QLatin1String("axial")
                                        : views.contains(box->property("name").toString()));
    m_pool->setCurrentText(c.examplePool);
    m_poolSize->setValue(c.poolSize);
    m_evaluation->setCurrentIndex(std::max(0, m_evaluation->findData(c.evaluation)));
    m_retrieval->setCurrentText(c.retrieval);
    m_seed->setValue(static_cast<int>(c.seed));
    m_concurrency->setValue(c.concurrency);
    updateBackendFields();
}

BenchRunConfig BenchRunDialog::config() const {
    BenchRunConfig c;
    c.name = m_name->text().trimmed();
    c.taskPack = m_taskPack->text().trimmed();
    c.backend.type = m_backend->currentData().toString();
    c.backend.baseUrl = m_baseUrl->text().trimmed();
    c.backend.model = m_model->text().trimmed();
    c.backend.apiKeyEnv = m_apiKeyEnv->text().trimmed();
    c.labels = m_labels->currentText().trimmed();
    c.examplePool = m_pool->currentText();
    c.poolSize = m_poolSize->value();
    c.evaluation = m_evaluation->currentData().toString();
    c.retrieval = m_retrieval->currentText();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
    c.concurrency = m_concurrency->value();
    for (const QString &k : m_shots->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const QString &view : checkedNames(m_views))
            for (const QString &source : checkedNames(m_slices))
                c.conditions.push_back({source, view, k.trimmed().toInt()});
    return c;
}

void BenchRunDialog::accept() {
    const BenchRunConfig c = config();
    QString error = validateBenchRunConfig(c);
    if (error.isEmpty() && c.conditions.empty())
        error = tr("Choose at least one slice source and one view.");
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

void BenchRunDialog::saveApiKey() {
    const QString key = m_apiKey->text();
    if (key.isEmpty())
        return;
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral("brainmd"), this);
    job->setKey(keychainKey(m_baseUrl->text()));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            m_keyStatus->setText(
                tr("Key saved in the system keychain for %1.").arg(keychainKey(m_baseUrl->text())));
            m_apiKey->clear();
            return;
        }
        // No keychain service (common on servers): the environment variable is the way.
        const QString env = m_apiKeyEnv->text().trimmed();
        qputenv(env.toLocal8Bit().constData(), key.toUtf8());
        m_keyStatus->setText(tr("No system keychain is available (%1). The key is used for "
                                "this session only, through the environment variable %2; set "
                                "%2 before starting the workstation to keep using it.")
                                 .arg(job->errorString(), env));
    });
    job->start();
}

void BenchRunDialog::setStorage(std::shared_ptr<const StudyStorage> storage) {
    m_storage = std::move(storage);
}

BenchPricing BenchRunDialog::pricing() const {
    BenchPricing pricing;
    pricing.inputPerMillion = m_priceIn->value();
    pricing.outputPerMillion = m_priceOut->value();
    return pricing;
}

void BenchRunDialog::estimate() {
    if (m_estimateJob)
        return;
    if (!m_storage) {
        m_estimateText->setText(tr("No study is open."));
        return;
    }
    BenchRunRequest request;
    request.config = config();
    request.dryRun = true;
    request.pricing = pricing();
    if (const QString invalid = validateBenchRunConfig(request.config); !invalid.isEmpty()) {
        m_estimateText->setText(invalid);
        Q_EMIT estimated(invalid);
        return;
    }
    m_estimate->setEnabled(false);
    m_estimateText->setText(tr("Planning the run…"));
    auto result = std::make_shared<BenchRunResult>();
    m_estimateJob = new JobRunner(
        makeJob(
            tr("Estimating the run"),
            [storage = m_storage, request, result](ProgressReporter &progress, const CancelFlag &) {
                // Planning reports to the job, whose cancel (the dialog closing) stops it.
                struct Planning final : BenchRunObserver {
                    ProgressReporter *to = nullptr;
                    ProgressReporter *planningProgress() override { return to; }
                } observer;
                observer.to = &progress;
                *result =
                    BenchRunWorkflow(storage, &createBenchBackend).run(request, &observer, nullptr);
            }),
        this);
    connect(m_estimateJob, &JobRunner::finished, this, [this, result, request] {
        m_estimateJob->deleteLater();
        m_estimateJob = nullptr;
        QString summary = result->status == QLatin1String("dry-run")
                              ? benchCostSummary(result->estimate, request.pricing,
                                                 request.config.backend.maxTokens, result->runId)
                              : tr("The run cannot be planned: %1").arg(result->message);
        if (result->status == QLatin1String("dry-run") && !result->estimate.priced)
            summary += tr("Enter both prices per million tokens for a cost.");
        m_estimateText->setText(summary.trimmed());
        m_estimate->setEnabled(true);
        Q_EMIT estimated(summary);
    });
    m_estimateJob->start();
}

void BenchRunDialog::checkConnection() {
    if (m_checkJob)
        return;
    const BenchRunConfig c = config();
    m_check->setEnabled(false);
    m_checkOutput->setPlainText(tr("Sending one small request…"));
    const QString typedKey = m_apiKey->text();
    // The token ends an in-flight request at once when the dialog closes (the runner is
    // a child of the dialog: its destructor cancels and joins).
    auto token = std::make_shared<CancelToken>();
    auto response = std::make_shared<ChatResponse>();
    m_checkJob = new JobRunner(
        makeJob(
            tr("Checking the connection"),
            [c, typedKey, token, response](ProgressReporter &, const CancelFlag &) {
                ChatRequest request;
                request.model = c.backend.model;
                request.maxTokens = 8;
                request.messages.push_back(
                    {QStringLiteral("user"), QStringLiteral("Reply with the single word OK."), {}});
                request.hints.options = {QStringLiteral("OK")};
                if (c.backend.type != QLatin1String("openai")) {
                    *response = BaselineBackend(c.backend.type).answer(request);
                    return;
                }
                OpenAiOptions options;
                options.baseUrl = c.backend.baseUrl;
                options.model = c.backend.model;
                options.timeoutMs = 20000;
                options.maxRetries = 0;
                QString source;
                options.apiKey = typedKey.isEmpty()
                                     ? benchApiKey(c.backend.apiKeyEnv, c.backend.baseUrl, &source)
                                     : typedKey;
                const OpenAiBackend backend(options);
                *response = backend.openSession(token.get())->complete(request);
            },
            [token] { token->cancel(); }),
        this);
    connect(m_checkJob, &JobRunner::finished, this, [this, response] {
        m_checkJob->deleteLater();
        m_checkJob = nullptr;
        const QString summary = describe(*response);
        m_checkOutput->setPlainText(summary);
        m_check->setEnabled(true);
        Q_EMIT connectionChecked(summary);
    });
    m_checkJob->start();
}

QString BenchRunDialog::describe(const ChatResponse &r) const {
    if (m_backend->currentData().toString() != QLatin1String("openai"))
        return tr("Built-in baseline, no server needed: it answered \"%1\".").arg(r.text);
    if (!r.ok())
        return tr("Failed (HTTP %1): %2").arg(r.httpStatus).arg(r.error);
    return tr("OK (HTTP %1, %2 ms): \"%3\"")
        .arg(r.httpStatus)
        .arg(r.latencyMs)
        .arg(r.text.left(200));
}

} // namespace brainmd
