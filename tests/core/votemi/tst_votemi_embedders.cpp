// PCA and VAE embedders: reconstruction, gradient check, training, weights files.
#include "VoteMiTestData.h"
#include "votemi/PcaEmbedder.h"
#include "votemi/VaeEmbedder.h"
#include "votemi/VaeNetwork.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

// Rows in [0, 1] made of a few smooth patterns, so an auto-encoder has something to learn.
RowMatrix patternedPatches(int rows, int cols, std::uint64_t seed) {
    SeededRandom random(seed);
    RowMatrix out(rows, cols);
    for (int r = 0; r < rows; ++r) {
        const double level = random.uniform();
        const double slope = random.uniform() - 0.5;
        for (int c = 0; c < cols; ++c) {
            const double t = static_cast<double>(c) / (cols - 1);
            out(r, c) = static_cast<float>(std::clamp(level + slope * (t - 0.5), 0.0, 1.0));
        }
    }
    return out;
}

} // namespace

class TestVoteMiEmbedders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pcaReconstructsLowRank();
    void pcaSignConvention();
    void vaeGradientCheck_data();
    void vaeGradientCheck();
    void vaeTrainingLowersLoss();
    void vaeSaveLoadSameEmbeddings();
    void vaeRejectsBadFiles_data();
    void vaeRejectsBadFiles();
    void factory();
};

void TestVoteMiEmbedders::pcaReconstructsLowRank() {
    // 400 rows of rank 3 around a mean: three components reproduce them.
    const RowMatrix scores = test::randomPoints(400, 3, 1);
    const RowMatrix basis = test::randomPoints(3, 20, 2);
    const RowMatrix mean = test::randomPoints(1, 20, 3);
    RowMatrix data = scores * basis;
    data.rowwise() += mean.row(0);
    PcaEmbedder pca(3);
    QVERIFY(pca.fit(data, nullptr));
    QVERIFY(pca.isFitted());
    QCOMPARE(pca.inputDim(), 20);
    const RowMatrix embedded = pca.embed(data);
    QCOMPARE(embedded.cols(), Eigen::Index{3});
    QVERIFY((pca.reconstruct(embedded) - data).cwiseAbs().maxCoeff() < 1e-4f);
    const Eigen::MatrixXf gram = pca.components().transpose() * pca.components();
    QVERIFY((gram - Eigen::MatrixXf::Identity(3, 3)).cwiseAbs().maxCoeff() < 1e-5f);
    QVERIFY(pca.explainedVariance()(0) >= pca.explainedVariance()(1));
    QVERIFY(pca.explainedVariance()(1) >= pca.explainedVariance()(2));
    // Too few components leave a residual.
    PcaEmbedder two(2);
    QVERIFY(two.fit(data, nullptr));
    QVERIFY((two.reconstruct(two.embed(data)) - data).cwiseAbs().maxCoeff() > 1e-2f);
}

void TestVoteMiEmbedders::pcaSignConvention() {
    const RowMatrix data = test::randomPoints(200, 8, 4);
    PcaEmbedder pca(4);
    QVERIFY(pca.fit(data, nullptr));
    for (int c = 0; c < 4; ++c) {
        Eigen::Index largest = 0;
        pca.components().col(c).cwiseAbs().maxCoeff(&largest);
        QVERIFY(pca.components()(largest, c) > 0.0f);
    }
    // Negating the data flips no sign of the components: their largest entry stays positive.
    PcaEmbedder negated(4);
    QVERIFY(negated.fit(-data, nullptr));
    QVERIFY((negated.components() - pca.components()).cwiseAbs().maxCoeff() < 1e-4f);
}

void TestVoteMiEmbedders::vaeGradientCheck_data() {
    QTest::addColumn<int>("loss");
    QTest::newRow("binary cross-entropy")
        << static_cast<int>(ReconstructionLoss::BinaryCrossEntropy);
    QTest::newRow("squared error") << static_cast<int>(ReconstructionLoss::SquaredError);
}

void TestVoteMiEmbedders::vaeGradientCheck() {
    QFETCH(int, loss);
    const auto kind = static_cast<ReconstructionLoss>(loss);
    using Network = VaeNetwork<double>;
    Network network(VaeShape{7, 5, 3});
    SeededRandom random(5);
    network.initialise(random);
    // Non-zero biases so every block's gradient is exercised away from its start.
    for (Eigen::Index i = 0; i < network.parameters().size(); ++i) {
        network.parameters()(i) += 0.1 * (random.uniform() - 0.5);
    }
    Network::Matrix x(4, 7);
    Network::Matrix noise(4, 3);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        x.data()[i] = random.uniform();
    }
    for (Eigen::Index i = 0; i < noise.size(); ++i) {
        noise.data()[i] = random.normal();
    }
    Network::Vector gradient;
    network.loss(x, noise, kind, &gradient);
    QCOMPARE(gradient.size(), network.parameters().size());
    const double h = 1e-6;
    double worst = 0.0;
    for (Eigen::Index i = 0; i < network.parameters().size(); ++i) {
        const double saved = network.parameters()(i);
        network.parameters()(i) = saved + h;
        const double up = network.loss(x, noise, kind);
        network.parameters()(i) = saved - h;
        const double down = network.loss(x, noise, kind);
        network.parameters()(i) = saved;
        const double numeric = (up - down) / (2.0 * h);
        const double error = std::abs(numeric - gradient(i)) / std::max(1.0, std::abs(numeric));
        worst = std::max(worst, error);
    }
    QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
}

void TestVoteMiEmbedders::vaeTrainingLowersLoss() {
    const RowMatrix patches = patternedPatches(600, 16, 6);
    EmbedderOptions options;
    options.name = "vae";
    options.latent = 4;
    options.hidden = 16;
    options.batchSize = 32;
    options.learningRate = 3e-3;
    options.seed = 8;
    options.epochs = 0;
    VaeEmbedder untrained(options);
    QVERIFY(untrained.fit(patches, nullptr));
    options.epochs = 15;
    VaeEmbedder trained(options);
    QVERIFY(trained.fit(patches, nullptr));
    QCOMPARE(trained.epochLosses().size(), std::size_t{15});
    QVERIFY(trained.epochLosses().back() < trained.epochLosses().front());
    const double before = untrained.evaluateLoss(patches, 1);
    const double after = trained.evaluateLoss(patches, 1);
    QVERIFY2(after < 0.9 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // Same seed, same weights; another seed, other weights.
    VaeEmbedder again(options);
    QVERIFY(again.fit(patches, nullptr));
    QCOMPARE(again.network().parameters(), trained.network().parameters());
    options.seed = 9;
    VaeEmbedder other(options);
    QVERIFY(other.fit(patches, nullptr));
    QVERIFY(other.network().parameters() != trained.network().parameters());
}

void TestVoteMiEmbedders::vaeSaveLoadSameEmbeddings() {
    const RowMatrix patches = patternedPatches(200, 16, 7);
    EmbedderOptions options;
    options.name = "vae";
    options.latent = 3;
    options.hidden = 12;
    options.epochs = 3;
    options.loss = ReconstructionLoss::SquaredError;
    VaeEmbedder vae(options);
    QVERIFY(vae.fit(patches, nullptr));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("vae.bin")).toStdString();
    QCOMPARE(vae.save(path), QString());

    EmbedderOptions loadOptions;
    loadOptions.name = "vae";
    loadOptions.weightsPath = path;
    QString error;
    const auto loaded = createEmbedder(loadOptions, &error);
    QVERIFY2(loaded != nullptr, qPrintable(error));
    QVERIFY(loaded->isFitted());
    QCOMPARE(loaded->latentDim(), 3);
    QCOMPARE(loaded->inputDim(), 16);
    QCOMPARE(loaded->embed(patches), vae.embed(patches));
    const auto &restored = static_cast<const VaeEmbedder &>(*loaded).options();
    QCOMPARE(restored.hidden, 12);
    QCOMPARE(restored.epochs, 3);
    QVERIFY(restored.loss == ReconstructionLoss::SquaredError);
}

void TestVoteMiEmbedders::vaeRejectsBadFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other magic") << QByteArray("NOTAVAE\0\1\0\0\0", 12);
    QTest::newRow("future version") << QByteArray("BMDVAE\0\0\x09\0\0\0", 12);
    QTest::newRow("truncated header") << QByteArray("BMDVAE\0\0\1\0\0\0\x10\0", 14);
}

void TestVoteMiEmbedders::vaeRejectsBadFiles() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    VaeEmbedder vae(EmbedderOptions{});
    QVERIFY(!vae.load(path.toStdString()).isEmpty());
    QVERIFY(!vae.isFitted());
    QVERIFY(!vae.load(dir.filePath(QStringLiteral("missing.bin")).toStdString()).isEmpty());
}

void TestVoteMiEmbedders::factory() {
    EmbedderOptions options;
    QCOMPARE(createEmbedder(options)->name(), std::string("pca"));
    options.name = "vae";
    QCOMPARE(createEmbedder(options)->name(), std::string("vae"));
    QVERIFY(!createEmbedder(options)->isFitted());
    options.name = "umap";
    QString error;
    QVERIFY(createEmbedder(options, &error) == nullptr);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestVoteMiEmbedders)
#include "tst_votemi_embedders.moc"
