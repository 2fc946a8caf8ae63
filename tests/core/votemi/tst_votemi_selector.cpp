// Scaling, patch sampling, the slice selectors (votemi, random, centre), determinism,
// cancellation and the JSON dump, on synthetic volumes built here.
#include "VoteMiTestData.h"
#include "jobs/Progress.h"
#include "votemi/PatchSampler.h"
#include "votemi/ScaledVolume.h"
#include "votemi/SelectionJson.h"
#include "votemi/SliceSelector.h"
#include "votemi/VaeEmbedder.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <limits>

using namespace brainmd;

namespace {

// Lets `allowed` reports through, then asks the task to stop.
class StoppingReporter final : public ProgressReporter {
public:
    explicit StoppingReporter(int allowed)
        : m_allowed(allowed) {}
    bool report(double, const QString &) override { return m_calls++ < m_allowed; }
    int calls() const { return m_calls; }

private:
    int m_allowed;
    std::atomic<int> m_calls{0};
};

// A RAS-aligned cube of ones in a zero grid: voxels [0, edge)³ of a 32³ grid.
Volume cubeVolume(int edge) {
    Geometry geometry;
    geometry.dims = {32, 32, 32};
    geometry.direction = Eigen::Vector3d(-1.0, -1.0, 1.0).asDiagonal(); // LPS of RAS axes
    Volume volume(geometry, VoxelType::Float32);
    for (int k = 0; k < edge; ++k) {
        for (int j = 0; j < edge; ++j) {
            for (int i = 0; i < edge; ++i) {
                volume.setValue(volume.linearIndex(i, j, k), 1.0f);
            }
        }
    }
    return volume;
}

SelectionParameters smallPatches() {
    SelectionParameters parameters;
    parameters.patchSize = 8;
    parameters.stride = 8;
    parameters.seed = 3;
    parameters.keepDebug = true;
    return parameters;
}

} // namespace

class TestVoteMiSelector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scaling();
    void patchSampling_data();
    void patchSampling();
    void selectsInsideTheObject_data();
    void selectsInsideTheObject();
    void voteMiDetails();
    void deterministic_data();
    void deterministic();
    void cancellation_data();
    void cancellation();
    void rejectsBadInput();
    void vaeFromWeightsFile();
    void winningSliceTies();
    void winningSliceWindow();
    void clusterBalancedVotes();
    void coverageVotes();
    void voteWeightingNames();
    void json();
};

void TestVoteMiSelector::scaling() {
    const ScaledVolume scaled = scaleVolume(cubeVolume(16));
    QCOMPARE(scaled.lowValue, 0.0f);
    QCOMPARE(scaled.highValue, 1.0f);
    QCOMPARE(scaled.foregroundPerSlice[2][0], std::int64_t{256});
    QCOMPARE(scaled.foregroundPerSlice[2][20], std::int64_t{0});
    QCOMPARE(scaled.foregroundCentre[0], 7.5);
    std::vector<float> values{5, 1, 4, 2, 3};
    QCOMPARE(percentileInPlace(values, 0.0), 1.0f);
    QCOMPARE(percentileInPlace(values, 50.0), 3.0f);
    QCOMPARE(percentileInPlace(values, 100.0), 5.0f);
    // Otsu splits a two-peaked histogram between the peaks.
    std::vector<std::int64_t> histogram(256, 0);
    histogram[20] = 1000;
    histogram[200] = 300;
    const int split = otsuSplitBin(histogram);
    QVERIFY(split >= 20 && split < 200);
    QCOMPARE(otsuSplitBin(std::vector<std::int64_t>(256, 0)), -1);
}

void TestVoteMiSelector::patchSampling_data() {
    QTest::addColumn<int>("edge");
    QTest::addColumn<int>("patchSize");
    QTest::addColumn<int>("stride");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("expected");
    // Full patches: 16 slices per view hold the one foreground patch → 3 · 16.
    QTest::newRow("cube 16, patch 16") << 16 << 16 << 16 << 0.5 << 48;
    // An 8-cube fills a quarter of a 16-patch: dropped at 0.5, kept at 0.25.
    QTest::newRow("cube 8, fraction 0.5") << 8 << 16 << 16 << 0.5 << 0;
    QTest::newRow("cube 8, fraction 0.25") << 8 << 16 << 16 << 0.25 << 24;
    // Stride 8 with patch 16: corners 0, 8, 16 per axis; for a 16-cube the patch at
    // (0, 0) is full, (8, 0) and (0, 8) half, (8, 8) a quarter → 3 kept per slice.
    QTest::newRow("overlapping patches") << 16 << 16 << 8 << 0.5 << 3 * 16 * 3;
}

void TestVoteMiSelector::patchSampling() {
    QFETCH(int, edge);
    QFETCH(int, patchSize);
    QFETCH(int, stride);
    QFETCH(double, fraction);
    QFETCH(int, expected);
    const ScaledVolume scaled = scaleVolume(cubeVolume(edge));
    const PatchSet patches = samplePatches(scaled, {patchSize, stride, fraction});
    QCOMPARE(patches.size(), expected);
    QCOMPARE(patches.patches.rows(), Eigen::Index{expected});
    QCOMPARE(patches.patches.cols(), Eigen::Index{patchSize * patchSize});
    for (int p = 0; p < patches.size(); ++p) {
        const PatchInfo &info = patches.info[static_cast<std::size_t>(p)];
        QVERIFY(info.slice < edge);
        if (info.u == 0 && info.v == 0 && edge >= patchSize) {
            QCOMPARE(patches.patches.row(p).minCoeff(), 1.0f);
        }
    }
    if (expected > 0) {
        QVERIFY(patches.info.front().view == View::Axial);
        QVERIFY(patches.info.back().view == View::Sagittal);
    }
}

void TestVoteMiSelector::selectsInsideTheObject_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("votemi") << QStringLiteral("votemi");
    QTest::newRow("centre") << QStringLiteral("centre");
    QTest::newRow("random") << QStringLiteral("random");
}

void TestVoteMiSelector::selectsInsideTheObject() {
    QFETCH(QString, method);
    const Volume head = test::syntheticHead();
    const auto selector = createSliceSelector(method.toStdString());
    QVERIFY(selector != nullptr);
    QCOMPARE(selector->name(), method.toStdString());
    const SelectionResult result = selector->select(head, smallPatches(), nullptr);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.method, method.toStdString());
    for (View view : kAllViews) {
        const ViewSelection &selection = result.view(view);
        QVERIFY(selection.view == view);
        const auto [first, last] = test::extentAbove(head, viewAxis(view), 50.0f);
        QVERIFY2(selection.sliceIndex >= first && selection.sliceIndex <= last,
                 qPrintable(QStringLiteral("%1 slice %2 outside [%3, %4]")
                                .arg(QLatin1String(viewName(view)))
                                .arg(selection.sliceIndex)
                                .arg(first)
                                .arg(last)));
        QCOMPARE(selection.positionMm,
                 slicePositionMm(head.geometry(), view, selection.sliceIndex));
    }
}

void TestVoteMiSelector::voteMiDetails() {
    const Volume head = test::syntheticHead();
    const SelectionResult result =
        createSliceSelector("votemi")->select(head, smallPatches(), nullptr);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.patchCount > 100);
    QVERIFY(result.clusterCount >= 1);
    QVERIFY(result.parameters.eps > 0.0);
    QCOMPARE(result.parameters.minPts, 20);
    QCOMPARE(result.parameters.embedder.latent, 10);
    const SelectionDebug &debug = result.debug;
    QCOMPARE(debug.embeddings.rows(), Eigen::Index{result.patchCount});
    QCOMPARE(debug.labels.size(), static_cast<std::size_t>(result.patchCount));
    QCOMPARE(debug.patches.size(), static_cast<std::size_t>(result.patchCount));
    QVERIFY(!debug.chosen.empty());
    QVERIFY(static_cast<int>(debug.chosen.size()) <=
            static_cast<int>(std::lround(0.2 * result.patchCount)));
    QCOMPARE(result.parameters.weighting, VoteWeighting::Coverage);
    const int halfWindow = static_cast<int>(std::lround(result.parameters.voteWindowMm));
    QVERIFY(halfWindow > 0); // the test head has 1 mm voxels
    double votes = 0.0;
    for (const ViewSelection &view : result.views) {
        QCOMPARE(view.voteProfile.size(),
                 static_cast<std::size_t>(
                     head.geometry().dims[static_cast<std::size_t>(viewAxis(view.view))]));
        votes += std::accumulate(view.voteProfile.begin(), view.voteProfile.end(), 0.0);
        // The winner's window holds the most votes.
        const std::vector<double> windowed = windowedVotes(view.voteProfile, halfWindow);
        QCOMPARE(windowed[static_cast<std::size_t>(view.sliceIndex)],
                 *std::max_element(windowed.begin(), windowed.end()));
    }
    // Coverage votes: each chosen patch speaks for itself and the patches it covers, so
    // the total lies between the chosen and the clustered patch counts.
    QCOMPARE(debug.represented.size(), debug.chosen.size());
    const auto clustered =
        std::count_if(debug.labels.begin(), debug.labels.end(), [](int l) { return l >= 0; });
    QCOMPARE(votes, static_cast<double>(
                        std::accumulate(debug.represented.begin(), debug.represented.end(), 0)));
    QVERIFY(votes > static_cast<double>(debug.chosen.size()));
    QVERIFY(votes <= static_cast<double>(clustered));
    for (std::size_t c = 0; c < debug.chosen.size(); ++c) {
        QVERIFY(debug.labels[static_cast<std::size_t>(debug.chosen[c])] >= 0);
        QVERIFY(debug.represented[c] >= 1);
    }
    QStringList stages;
    for (const StageTiming &t : result.timings) {
        stages << QString::fromStdString(t.stage);
    }
    QCOMPARE(stages,
             (QStringList{QStringLiteral("scale"), QStringLiteral("patches"),
                          QStringLiteral("embed"), QStringLiteral("eps"), QStringLiteral("dbscan"),
                          QStringLiteral("coverage"), QStringLiteral("vote")}));
}

void TestVoteMiSelector::deterministic_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("embedder");
    QTest::newRow("votemi pca") << QStringLiteral("votemi") << QStringLiteral("pca");
    QTest::newRow("votemi vae") << QStringLiteral("votemi") << QStringLiteral("vae");
    QTest::newRow("random") << QStringLiteral("random") << QStringLiteral("pca");
}

void TestVoteMiSelector::deterministic() {
    QFETCH(QString, method);
    QFETCH(QString, embedder);
    const Volume head = test::syntheticHead(48, 52, 44);
    SelectionParameters parameters = smallPatches();
    parameters.embedder.name = embedder.toStdString();
    parameters.embedder.epochs = 2;
    const auto selector = createSliceSelector(method.toStdString());
    const SelectionResult a = selector->select(head, parameters, nullptr);
    const SelectionResult b = selector->select(head, parameters, nullptr);
    QVERIFY2(a.ok(), qPrintable(a.error));
    for (View view : kAllViews) {
        QCOMPARE(a.view(view).sliceIndex, b.view(view).sliceIndex);
        QCOMPARE(a.view(view).voteProfile, b.view(view).voteProfile);
    }
    QCOMPARE(a.debug.chosen, b.debug.chosen);
    QCOMPARE(a.debug.labels, b.debug.labels);
    QCOMPARE(a.debug.embeddings, b.debug.embeddings);
    // Another seed is allowed to differ; it must still give a valid selection.
    parameters.seed = 1234;
    const SelectionResult c = selector->select(head, parameters, nullptr);
    QVERIFY(c.ok());
    for (View view : kAllViews) {
        QVERIFY(c.view(view).sliceIndex >= 0);
    }
}

void TestVoteMiSelector::cancellation_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("embedder");
    QTest::addColumn<int>("allowed");
    // −1: refuse only the very last report of a run.
    for (int allowed : {0, 1, 3, 8, -1}) {
        QTest::addRow("votemi pca after %d", allowed)
            << QStringLiteral("votemi") << QStringLiteral("pca") << allowed;
    }
    QTest::addRow("votemi vae after 12") << QStringLiteral("votemi") << QStringLiteral("vae") << 12;
    QTest::addRow("centre") << QStringLiteral("centre") << QStringLiteral("pca") << 0;
    QTest::addRow("random") << QStringLiteral("random") << QStringLiteral("pca") << 0;
}

void TestVoteMiSelector::cancellation() {
    QFETCH(QString, method);
    QFETCH(QString, embedder);
    QFETCH(int, allowed);
    const Volume head = test::syntheticHead(48, 52, 44);
    SelectionParameters parameters = smallPatches();
    parameters.embedder.name = embedder.toStdString();
    parameters.embedder.epochs = 50;
    if (allowed < 0) {
        StoppingReporter counter(std::numeric_limits<int>::max());
        QVERIFY(createSliceSelector(method.toStdString())->select(head, parameters, &counter).ok());
        allowed = counter.calls() - 1;
    }
    StoppingReporter reporter(allowed);
    const SelectionResult result =
        createSliceSelector(method.toStdString())->select(head, parameters, &reporter);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    // It stopped at the first refusal.
    QCOMPARE(reporter.calls(), allowed + 1);
}

void TestVoteMiSelector::rejectsBadInput() {
    Geometry lps;
    lps.dims = {20, 20, 20}; // identity direction: L, P, S — not RAS-aligned
    const Volume notRas(lps, VoxelType::Int16);
    for (const std::string &name : sliceSelectorNames()) {
        const SelectionResult result = createSliceSelector(name)->select(notRas, {}, nullptr);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.cancelled);
        QVERIFY(!createSliceSelector(name)->select(Volume(), {}, nullptr).error.isEmpty());
    }
    SelectionParameters bad;
    bad.theta = 0.0;
    QVERIFY(!createSliceSelector("votemi")->select(cubeVolume(16), bad, nullptr).error.isEmpty());
    QVERIFY(createSliceSelector("best") == nullptr);
}

void TestVoteMiSelector::vaeFromWeightsFile() {
    const Volume head = test::syntheticHead(48, 52, 44);
    SelectionParameters parameters = smallPatches();
    parameters.embedder.name = "vae";
    parameters.embedder.epochs = 2;
    parameters.embedder.seed = parameters.seed;
    // Train on the volume's own patches, save, and select again from the file.
    const PatchSet patches = samplePatches(scaleVolume(head), {8, 8, 0.5});
    VaeEmbedder vae(parameters.embedder);
    QVERIFY(vae.fit(patches.patches, nullptr));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("w.bin")).toStdString();
    QCOMPARE(vae.save(path), QString());
    const SelectionResult trained =
        createSliceSelector("votemi")->select(head, parameters, nullptr);
    parameters.embedder.weightsPath = path;
    const SelectionResult loaded = createSliceSelector("votemi")->select(head, parameters, nullptr);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.debug.embeddings, trained.debug.embeddings);
    QCOMPARE(loaded.debug.chosen, trained.debug.chosen);
    // Weights for another patch size are refused.
    parameters.patchSize = 6;
    parameters.stride = 6;
    QVERIFY(!createSliceSelector("votemi")->select(head, parameters, nullptr).error.isEmpty());
}

void TestVoteMiSelector::winningSliceTies() {
    QCOMPARE(winningSlice({0, 3, 1, 3, 0}, 2.6), 3);
    QCOMPARE(winningSlice({0, 3, 1, 3, 0}, 1.9), 1);
    QCOMPARE(winningSlice({0, 3, 1, 3, 0}, 2.0), 1); // equally near: lower index
    QCOMPARE(winningSlice({0, 0, 0, 0}, 2.2), 2);    // no votes: nearest the centre
    QCOMPARE(winningSlice({}, 0.0), -1);
}

void TestVoteMiSelector::winningSliceWindow() {
    // One tall spike loses to a broad hill once neighbouring slices count.
    const std::vector<double> profile{0, 9, 0, 0, 4, 5, 4, 0};
    QCOMPARE(winningSlice(profile, 0.0), 1);
    QCOMPARE(winningSlice(profile, 0.0, 1), 5);
    QCOMPARE(windowedVotes(profile, 1), (std::vector<double>{9, 9, 9, 4, 9, 13, 9, 4}));
    QCOMPARE(windowedVotes(profile, 0), profile);
    // Windows are cut at the ends; ties still go nearest the centre.
    QCOMPARE(windowedVotes({1, 1, 1}, 5), (std::vector<double>{3, 3, 3}));
    QCOMPARE(winningSlice({1, 1, 1}, 0.2, 5), 0);
    // Millimetres to slices: rounded; nothing for a zero window or a broken spacing.
    QCOMPARE(windowSlices(4.0, 1.0), 4);
    QCOMPARE(windowSlices(4.0, 2.0), 2);
    QCOMPARE(windowSlices(4.0, 3.0), 1);
    QCOMPARE(windowSlices(0.0, 1.0), 0);
    QCOMPARE(windowSlices(4.0, 0.0), 0);
}

void TestVoteMiSelector::clusterBalancedVotes() {
    // Cluster 0 puts three votes on axial 1, cluster 1 one vote on axial 4.
    const std::vector<PatchInfo> patches{{View::Axial, 1, 0, 0},
                                         {View::Axial, 1, 8, 0},
                                         {View::Axial, 1, 0, 8},
                                         {View::Axial, 4, 0, 0}};
    const std::vector<int> labels{0, 0, 0, 1};
    const std::vector<int> chosen{0, 1, 2, 3};
    const auto uniform = voteProfiles(patches, chosen, labels, VoteWeighting::Uniform, {6, 6, 6});
    QCOMPARE(uniform[0], (std::vector<double>{0, 3, 0, 0, 1, 0}));
    const auto balanced =
        voteProfiles(patches, chosen, labels, VoteWeighting::ClusterBalanced, {6, 6, 6});
    QCOMPARE(balanced[0][1], 2.0);
    QCOMPARE(balanced[0][4], 2.0);
    QCOMPARE(winningSlice(balanced[0], 3.9), 4);
}

void TestVoteMiSelector::coverageVotes() {
    const std::vector<PatchInfo> patches{
        {View::Axial, 1, 0, 0}, {View::Axial, 4, 0, 0}, {View::Coronal, 2, 0, 0}};
    const std::vector<int> labels{0, 0, 1};
    const std::vector<int> chosen{0, 1, 2};
    const auto profiles =
        voteProfiles(patches, chosen, labels, VoteWeighting::Coverage, {6, 6, 6}, {7, 2, 3});
    QCOMPARE(profiles[0], (std::vector<double>{0, 7, 0, 0, 2, 0}));
    QCOMPARE(profiles[1], (std::vector<double>{0, 0, 3, 0, 0, 0}));
    QCOMPARE(profiles[2], (std::vector<double>(6, 0.0)));
}

void TestVoteMiSelector::voteWeightingNames() {
    for (VoteWeighting w :
         {VoteWeighting::Coverage, VoteWeighting::Uniform, VoteWeighting::ClusterBalanced}) {
        QCOMPARE(parseVoteWeighting(voteWeightingName(w)), std::optional<VoteWeighting>(w));
    }
    QCOMPARE(voteWeightingName(VoteWeighting::ClusterBalanced), std::string("cluster-balanced"));
    QVERIFY(!parseVoteWeighting("balanced").has_value());
}

void TestVoteMiSelector::json() {
    SelectionParameters parameters = smallPatches();
    const SelectionResult result =
        createSliceSelector("votemi")->select(test::syntheticHead(40, 44, 36), parameters, nullptr);
    const std::string text = selectionToJson(result, true, -1);
    QVERIFY(text.find("\"method\":\"votemi\"") != std::string::npos);
    QVERIFY(text.find("\"embeddings\"") != std::string::npos);
    QVERIFY(selectionToJson(result, false).find("\"embeddings\"") == std::string::npos);
}

QTEST_GUILESS_MAIN(TestVoteMiSelector)
#include "tst_votemi_selector.moc"
