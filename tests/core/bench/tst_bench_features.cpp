// The `features` baseline, the one that sees: its image features respond to a lesion-like
// blob and to its side, its classifier learns from examples and falls back to the prior
// when there is nothing to see, and the backend reads what the prompt shows.

#include "bench/BaselineBackend.h"
#include "bench/BenchImageRenderer.h"
#include "bench/FeatureClassifier.h"
#include "bench/ImageFeatures.h"

#include <QPainter>
#include <QTest>

#include <cmath>

using namespace brainmd;

namespace {

/// A symmetric grey "head" (ellipse) with an optional bright disc on the image's left or
/// right half.
QImage head(int lesionSide, int radius = 14, int side = 128) {
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(0);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(110, 110, 110));
    painter.drawEllipse(QPoint(side / 2, side / 2), side * 2 / 5, side * 9 / 20);
    if (lesionSide != 0) {
        painter.setBrush(QColor(250, 250, 250));
        painter.drawEllipse(QPoint(side / 2 + lesionSide * side / 5, side / 2 - 8), radius, radius);
    }
    return image;
}

double feature(const std::vector<double> &f, const char *name) {
    return f.at(static_cast<std::size_t>(ImageFeatureSet::names().indexOf(QLatin1String(name))));
}

ChatMessage user(const QImage &image) {
    return {QStringLiteral("user"),
            QStringLiteral("Is a lesion present?"),
            {BenchImageRenderer::toPng(image)}};
}

} // namespace

class TestBenchFeatures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blankImageHasNothingToSee();
    void lesionRaisesAsymmetryAndOutliers();
    void sideFeatureHasTheLesionsSign();
    void classifierLearnsASeparableRule();
    void classifierFallsBackToThePrior();
    void backendLearnsFromThePromptsExamples();
    void backendAtZeroShotsFitsOnThePool();
};

void TestBenchFeatures::blankImageHasNothingToSee() {
    QImage blank(256, 256, QImage::Format_Grayscale8);
    blank.fill(0);
    for (double v : ImageFeatureSet::of(blank))
        QCOMPARE(v, 0.0);
    QVERIFY(ImageFeatureSet::ofPng(QByteArray("not a png")).empty());
}

void TestBenchFeatures::lesionRaisesAsymmetryAndOutliers() {
    const std::vector<double> normal = ImageFeatureSet::of(head(0));
    const std::vector<double> lesion = ImageFeatureSet::of(head(+1));
    QVERIFY(feature(normal, "asymmetry") < 0.01); // a symmetric head
    QVERIFY(feature(lesion, "asymmetry") > 10 * std::max(1e-3, feature(normal, "asymmetry")));
    QVERIFY(feature(lesion, "bright_outliers") > feature(normal, "bright_outliers"));
    QVERIFY(feature(lesion, "asymmetry_peak") > feature(normal, "asymmetry_peak"));
    QVERIFY(feature(lesion, "blob_contrast") > feature(normal, "blob_contrast"));
}

void TestBenchFeatures::sideFeatureHasTheLesionsSign() {
    QVERIFY(feature(ImageFeatureSet::of(head(+1)), "bright_side") > 0.0);
    QVERIFY(feature(ImageFeatureSet::of(head(-1)), "bright_side") < 0.0);
    // Mosaic: the mean over panels (three square tiles side by side).
    QImage mosaic(3 * 128, 128, QImage::Format_Grayscale8);
    mosaic.fill(0);
    QPainter painter(&mosaic);
    for (int p = 0; p < 3; ++p)
        painter.drawImage(p * 128, 0, head(+1));
    painter.end();
    const std::vector<double> tiled = ImageFeatureSet::of(mosaic);
    const std::vector<double> single = ImageFeatureSet::of(head(+1));
    for (std::size_t i = 0; i < tiled.size(); ++i)
        QVERIFY(std::abs(tiled[i] - single[i]) < 1e-9);
}

void TestBenchFeatures::classifierLearnsASeparableRule() {
    const QStringList options{QStringLiteral("yes"), QStringLiteral("no")};
    std::vector<LabelledFeatures> training;
    for (int i = 0; i < 10; ++i)
        training.push_back({{i < 5 ? 1.0 + 0.1 * i : -1.0 - 0.1 * i, 0.3 * (i % 3)},
                            i < 5 ? QStringLiteral("yes") : QStringLiteral("no")});
    const FeatureAnswer high = classifyByFeatures(training, {1.2, 0.0}, options, options[0]);
    const FeatureAnswer low = classifyByFeatures(training, {-1.3, 0.3}, options, options[0]);
    QCOMPARE(high.answer, QStringLiteral("yes"));
    QCOMPARE(low.answer, QStringLiteral("no"));
    QVERIFY(high.hasProbability && high.positive > 0.7 && high.positive < 1.0);
    QVERIFY(low.positive < 0.3 && low.positive > 0.0);
    // Deterministic.
    QCOMPARE(classifyByFeatures(training, {1.2, 0.0}, options, options[0]).positive, high.positive);
    // Three classes, one against the rest, normalised.
    const QStringList sides{QStringLiteral("left"), QStringLiteral("right"),
                            QStringLiteral("none")};
    std::vector<LabelledFeatures> side;
    for (int i = 0; i < 12; ++i)
        side.push_back({{i % 3 == 0 ? 1.0 : i % 3 == 1 ? -1.0 : 0.0, 0.01 * i}, sides[i % 3]});
    QCOMPARE(classifyByFeatures(side, {0.9, 0.05}, sides, {}).answer, QStringLiteral("left"));
    QCOMPARE(classifyByFeatures(side, {-0.9, 0.05}, sides, {}).answer, QStringLiteral("right"));
}

void TestBenchFeatures::classifierFallsBackToThePrior() {
    const QStringList options{QStringLiteral("yes"), QStringLiteral("no")};
    std::vector<LabelledFeatures> constant;
    for (int i = 0; i < 8; ++i)
        constant.push_back({{0.0, 0.0}, i < 3 ? QStringLiteral("yes") : QStringLiteral("no")});
    const FeatureAnswer prior = classifyByFeatures(constant, {5.0, 5.0}, options, options[0]);
    QCOMPARE(prior.answer, QStringLiteral("no"));
    QCOMPARE(prior.positive, 3.0 / 8.0); // the blank control: the training prior, exactly
    const FeatureAnswer noImage = classifyByFeatures(constant, {}, options, options[0]);
    QCOMPARE(noImage.positive, 3.0 / 8.0);
    QVERIFY(classifyByFeatures({}, {1.0}, options, options[0]).answer.isEmpty());
}

void TestBenchFeatures::backendLearnsFromThePromptsExamples() {
    const BaselineBackend backend(QStringLiteral("features"));
    ChatRequest request;
    request.messages.push_back({QStringLiteral("system"), QStringLiteral("You read MRI."), {}});
    for (int i = 0; i < 6; ++i) { // lesions on either side, as in a real pool
        request.messages.push_back(user(head(i % 2 == 0 ? (i % 4 == 0 ? +1 : -1) : 0, 10 + i)));
        request.messages.push_back({QStringLiteral("assistant"),
                                    i % 2 == 0 ? QStringLiteral("yes") : QStringLiteral("no"),
                                    {}});
    }
    request.messages.push_back(user(head(-1, 12)));
    request.hints.options = {QStringLiteral("yes"), QStringLiteral("no")};
    request.hints.positive = QStringLiteral("yes");
    request.hints.shots = 6;
    const ChatResponse lesion = backend.answer(request);
    QCOMPARE(lesion.text, QStringLiteral("yes"));
    QVERIFY(lesion.positiveProbability > 0.5);
    request.messages.back() = user(head(0));
    const ChatResponse normal = backend.answer(request);
    QCOMPARE(normal.text, QStringLiteral("no"));
    QVERIFY(normal.positiveProbability < 0.5);
}

void TestBenchFeatures::backendAtZeroShotsFitsOnThePool() {
    const BaselineBackend backend(QStringLiteral("features"));
    ChatRequest request;
    request.messages.push_back(user(head(+1, 13)));
    request.hints.options = {QStringLiteral("left"), QStringLiteral("right"),
                             QStringLiteral("none")};
    for (int i = 0; i < 9; ++i) {
        const int side = i % 3 == 0 ? +1 : i % 3 == 1 ? -1 : 0;
        request.hints.featurePoolImages.push_back(BenchImageRenderer::toPng(head(side, 9 + i)));
        // The renderer draws patient left on the image's right.
        request.hints.featurePoolAnswers.append(side > 0   ? QStringLiteral("left")
                                                : side < 0 ? QStringLiteral("right")
                                                           : QStringLiteral("none"));
    }
    QCOMPARE(backend.answer(request).text, QStringLiteral("left"));
    request.messages.back() = user(head(-1, 13));
    QCOMPARE(backend.answer(request).text, QStringLiteral("right"));
    // The no-image control: nothing to see, the pool's prior (ties: option order).
    request.messages.back() = {QStringLiteral("user"), QStringLiteral("Side?"), {}};
    QCOMPARE(backend.answer(request).text, QStringLiteral("left"));
}

QTEST_GUILESS_MAIN(TestBenchFeatures)
#include "tst_bench_features.moc"
