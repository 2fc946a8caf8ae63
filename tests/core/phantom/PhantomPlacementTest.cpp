// Where the phantom puts its lesions (issue 14): over the whole parenchyma rather than
// near the volume centre, inside the brain, from a few mm to large, some multifocal, the
// same for the same seed.
#include "common/SeededRandom.h"
#include "io/documents/DocumentReaders.h"
#include "io/phantom/PhantomCasePlan.h"
#include "io/phantom/PhantomGenerator.h"
#include "io/phantom/PhantomLesionSites.h"
#include "io/phantom/PhantomRenderer.h"
#include "io/phantom/PhantomTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace brainmd;
using namespace Qt::StringLiterals;

namespace {

constexpr std::uint64_t kSeed = 11;
constexpr int kCases = 40;

PhantomOptions placementOptions(const QString &outDir, int cases) {
    PhantomOptions options;
    options.cases = cases;
    options.seed = kSeed;
    options.lesionShare = 1.0;
    options.outDir = outDir;
    options.writeDicom = false; // the truth is all these tests read
    return options;
}

/// The acquisition voxel nearest to a patient-LPS point, or -1 outside the grid.
long voxelAt(const Geometry &grid, const Eigen::Vector3d &lps) {
    const Eigen::Vector3d index = grid.spacing.cwiseInverse().asDiagonal() *
                                  (grid.direction.transpose() * (lps - grid.origin));
    long linear = 0, stride = 1;
    for (int a = 0; a < 3; ++a) {
        const long i = std::lround(index[a]);
        if (i < 0 || i >= grid.dims[a])
            return -1;
        linear += i * stride;
        stride *= grid.dims[a];
    }
    return linear;
}

} // namespace

class PhantomPlacementTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lesionsCoverBothSidesAndManyLobes();
    void sizesRangeFromSmallToLarge();
    void multifocalCasesKeepOneLobeAndSide();
    void referenceSlicesLieAwayFromTheCentre();
    void sitesAreUniformOverTheParenchyma();
    void lesionsStayInsideTheBrain();
    void sameSeedSamePlacement();

private:
    QTemporaryDir m_dir;
    PhantomTemplate m_anatomy;
    PhantomResult m_result;
};

void PhantomPlacementTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString error = m_anatomy.load(PhantomOptions().templateDir);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_result = generatePhantomDataset(placementOptions(m_dir.path(), kCases), nullptr);
    QVERIFY2(m_result.ok(), qPrintable(m_result.error));
    QCOMPARE(static_cast<int>(m_result.cases.size()), kCases);
}

void PhantomPlacementTest::lesionsCoverBothSidesAndManyLobes() {
    std::map<QString, int> lobes, sides;
    for (const PhantomCaseTruth &truth : m_result.cases) {
        QVERIFY(truth.lesion.present);
        ++lobes[truth.lesion.lobe];
        ++sides[truth.lesion.side];
    }
    QCOMPARE(static_cast<int>(sides.size()), 2);
    QVERIFY2(sides[u"left"_s] >= kCases / 4 && sides[u"right"_s] >= kCases / 4,
             qPrintable(u"left %1, right %2"_s.arg(sides[u"left"_s]).arg(sides[u"right"_s])));
    QStringList seen;
    for (const auto &[lobe, count] : lobes)
        seen << u"%1 %2"_s.arg(lobe).arg(count);
    QVERIFY2(lobes.size() >= 6, qPrintable(seen.join(u", "_s)));
    for (const QString &lobe : {u"frontal"_s, u"parietal"_s, u"temporal"_s, u"occipital"_s})
        QVERIFY2(lobes.count(lobe) == 1, qPrintable(lobe + u": "_s + seen.join(u", "_s)));
    // No lobe takes the bulk, as the deep centre did before.
    for (const auto &[lobe, count] : lobes)
        QVERIFY2(count <= kCases / 2, qPrintable(seen.join(u", "_s)));
}

void PhantomPlacementTest::sizesRangeFromSmallToLarge() {
    int small = 0, medium = 0, large = 0, nonEnhancing = 0;
    double smallest = 1e9, largest = 0.0;
    for (const PhantomCaseTruth &truth : m_result.cases) {
        const double d = truth.lesion.diameterMm;
        smallest = std::min(smallest, d);
        largest = std::max(largest, d);
        (d < 20.0 ? small : d <= 40.0 ? medium : large) += 1;
        nonEnhancing += truth.lesion.enhancing ? 0 : 1;
        QVERIFY(d >= 6.0 && d <= 50.0);
    }
    const QString counts = u"small %1, medium %2, large %3, %4-%5 mm"_s.arg(small)
                               .arg(medium)
                               .arg(large)
                               .arg(smallest)
                               .arg(largest);
    QVERIFY2(smallest <= 10.0 && largest >= 36.0, qPrintable(counts));
    QVERIFY2(small > large && medium > 0 && large > 0, qPrintable(counts));
    QVERIFY(nonEnhancing > 0 && nonEnhancing < kCases);
}

void PhantomPlacementTest::multifocalCasesKeepOneLobeAndSide() {
    int multifocal = 0;
    for (const PhantomCaseTruth &truth : m_result.cases) {
        multifocal += truth.satellites.empty() ? 0 : 1;
        QVERIFY(truth.satellites.size() <= 2);
        for (const PhantomLesion &satellite : truth.satellites) {
            QCOMPARE(satellite.lobe, truth.lesion.lobe);
            QCOMPARE(satellite.side, truth.lesion.side);
            QCOMPARE(satellite.enhancing, truth.lesion.enhancing);
            QVERIFY(satellite.radiusMm <= 0.5 * truth.lesion.radiusMm + 1e-9);
            QVERIFY((satellite.centreLps - truth.lesion.centreLps).norm() >
                    satellite.radiusMm + truth.lesion.radiusMm);
        }
    }
    QVERIFY2(multifocal >= 4 && multifocal <= kCases / 2, qPrintable(QString::number(multifocal)));
    // The reports name the satellites, and only where there are some.
    const auto reports = readDocumentsFile(QDir(m_dir.path()).filePath(u"reports.json"_s));
    QVERIFY(reports.ok());
    std::map<QString, const PhantomCaseTruth *> byAccession;
    for (const PhantomCaseTruth &truth : m_result.cases)
        byAccession[truth.accessionNumber] = &truth;
    for (const CaseDocument &report : reports.value) {
        const PhantomCaseTruth *truth = byAccession.at(report.accessionNumber);
        QCOMPARE(report.text.contains(u"smaller satellite lesion"_s), !truth->satellites.empty());
        QCOMPARE(report.text.contains(u"No further focal lesion"_s), truth->satellites.empty());
    }
}

void PhantomPlacementTest::referenceSlicesLieAwayFromTheCentre() {
    QFile file(QDir(m_dir.path()).filePath(u"lesion-positions.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"brainmd-phantom-lesion-positions"_s);
    QCOMPARE(json.value(u"lesion_cases"_s).toInt(), kCases);
    const QJsonObject mean = json.value(u"mean_distance_mm"_s).toObject();
    // Measured for these 40 cases (seed 11, every case with a tumour): axial 22.4,
    // coronal 33.7, sagittal 27.8 mm; the generator that kept large tumours deep and left
    // out the posterior fossa gave 19.2, 30.5 and 25.4 mm for the same options (over 200
    // cases: 18.9 / 30.3 / 26.0 before, 25.2 / 32.5 / 27.1 now).
    for (const auto &[view, least] :
         {std::pair{u"axial"_s, 21.0}, {u"coronal"_s, 32.0}, {u"sagittal"_s, 26.0}})
        QVERIFY2(mean.value(view).toDouble() >= least,
                 qPrintable(u"%1: %2 mm"_s.arg(view).arg(mean.value(view).toDouble())));
    // Fewer axial reference slices next to the centre slice: 8 of 40 within 10 mm (12
    // before; over 200 cases 37, 64 before).
    int nearCentre = 0;
    for (const QJsonValue &row : json.value(u"rows"_s).toArray()) {
        const QJsonObject offsets = row.toObject().value(u"offset_mm"_s).toObject();
        nearCentre += std::abs(offsets.value(u"axial"_s).toDouble()) < 10.0 ? 1 : 0;
    }
    QVERIFY2(nearCentre <= 10, qPrintable(QString::number(nearCentre)));
    // The file agrees with the truth it summarises.
    double axial = 0.0;
    for (const PhantomCaseTruth &truth : m_result.cases)
        axial += std::abs(truth.referenceOffsetMm[0]) / kCases;
    QVERIFY(std::abs(mean.value(u"axial"_s).toDouble() - axial) < 0.01);
}

void PhantomPlacementTest::sitesAreUniformOverTheParenchyma() {
    // Template-space centres of many drawn lesions against the parenchyma itself: the
    // mean distance from the brain centre and the shares below and behind it match.
    const Eigen::Vector3d centre = m_anatomy.brainCentre();
    struct Spread {
        double distance = 0.0, inferior = 0.0, posterior = 0.0, cerebellum = 0.0;
    };
    const auto measure = [&](auto point, int count) {
        Spread spread;
        for (int n = 0; n < count; ++n) {
            QString lobe;
            const Eigen::Vector3d p = point(n, &lobe);
            spread.distance += (p - centre).norm() / count;
            spread.inferior += p.z() < centre.z() ? 1.0 / count : 0.0;
            spread.posterior += p.y() > centre.y() ? 1.0 / count : 0.0; // LPS: +y posterior
            spread.cerebellum += lobe == u"cerebellum"_s ? 1.0 / count : 0.0;
        }
        return spread;
    };
    const int voxels = m_anatomy.parenchymaVoxelCount();
    const Spread brain = measure(
        [&](int n, QString *) {
            return m_anatomy.parenchymaVoxelCentre(
                static_cast<int>(static_cast<long long>(n) * 7919 % voxels));
        },
        20000);
    SeededRandom random(kSeed);
    const Spread lesions = measure(
        [&](int, QString *lobe) {
            const PhantomLesionSite site = drawLesionSite(m_anatomy, random);
            *lobe = site.lobe;
            return site.centre;
        },
        2000);
    const QString figures = u"lesions %1 mm, %2 inferior, %3 posterior, %4 cerebellum; "
                            u"parenchyma %5 mm, %6, %7"_s.arg(lesions.distance)
                                .arg(lesions.inferior)
                                .arg(lesions.posterior)
                                .arg(lesions.cerebellum)
                                .arg(brain.distance)
                                .arg(brain.inferior)
                                .arg(brain.posterior);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(std::abs(lesions.distance - brain.distance) < 0.05 * brain.distance,
             qPrintable(figures));
    QVERIFY2(std::abs(lesions.inferior - brain.inferior) < 0.05, qPrintable(figures));
    QVERIFY2(std::abs(lesions.posterior - brain.posterior) < 0.05, qPrintable(figures));
    QVERIFY2(lesions.cerebellum > 0.05, qPrintable(figures)); // the posterior fossa too
}

void PhantomPlacementTest::lesionsStayInsideTheBrain() {
    const PhantomOptions options = placementOptions(m_dir.path(), kCases);
    // The first cases and every multifocal one.
    std::vector<int> indices{0, 1, 2, 3, 4, 5};
    for (const PhantomCaseTruth &truth : m_result.cases)
        if (!truth.satellites.empty() && truth.caseIndex > 5)
            indices.push_back(truth.caseIndex);
    int satellites = 0;
    for (const int index : indices) {
        const PhantomCasePlan plan = planPhantomCase(m_anatomy, options, index, true);
        const PhantomImage image = renderPhantomCase(m_anatomy, plan);
        long lesionVoxels = 0;
        for (std::size_t n = 0; n < image.lesionMask.size(); ++n) {
            QVERIFY(image.lesionMask[n] == 0 || image.brainMask[n] == 1);
            lesionVoxels += image.lesionMask[n];
        }
        QVERIFY(lesionVoxels > 0);
        // Every lesion shows in the truth, satellites too.
        std::vector<PhantomLesion> lesions{plan.truth.lesion};
        lesions.insert(lesions.end(), plan.truth.satellites.begin(), plan.truth.satellites.end());
        satellites += static_cast<int>(plan.truth.satellites.size());
        for (const PhantomLesion &lesion : lesions) {
            const long n = voxelAt(plan.acquisition, lesion.centreLps);
            QVERIFY2(n >= 0 && image.lesionMask[static_cast<std::size_t>(n)] == 1,
                     qPrintable(u"%1 %2 mm"_s.arg(plan.truth.caseKey).arg(lesion.diameterMm)));
        }
    }
    QVERIFY2(satellites >= 4, "the test seed should give multifocal cases");
}

void PhantomPlacementTest::sameSeedSamePlacement() {
    QTemporaryDir again;
    PhantomOptions options = placementOptions(again.path(), kCases);
    options.threads = 1;
    for (int index = 0; index < 12; ++index) {
        const PhantomCasePlan plan = planPhantomCase(m_anatomy, options, index, true);
        const PhantomCaseTruth &first = m_result.cases[static_cast<std::size_t>(index)];
        QCOMPARE(plan.truth.lesion.centreLps, first.lesion.centreLps);
        QCOMPARE(plan.truth.lesion.radiusMm, first.lesion.radiusMm);
        QCOMPARE(plan.truth.satellites.size(), first.satellites.size());
    }
    options.cases = 6;
    PhantomOptions parallel = options;
    parallel.threads = 3;
    QTemporaryDir other;
    parallel.outDir = other.path();
    const PhantomResult one = generatePhantomDataset(options, nullptr);
    const PhantomResult three = generatePhantomDataset(parallel, nullptr);
    QVERIFY(one.ok() && three.ok());
    for (const QString &name : {u"lesion-positions.json"_s, u"reference-slices.json"_s}) {
        QFile a(QDir(again.path()).filePath(name)), b(QDir(other.path()).filePath(name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
}

QTEST_GUILESS_MAIN(PhantomPlacementTest)
#include "PhantomPlacementTest.moc"
