#include "io/phantom/PhantomGenerator.h"

#include "common/SeededRandom.h"
#include "io/phantom/PhantomCasePlan.h"
#include "io/phantom/PhantomReferenceSlices.h"
#include "io/phantom/PhantomRenderer.h"
#include "io/phantom/PhantomSeriesOutput.h"
#include "io/phantom/PhantomSideFiles.h"
#include "io/phantom/PhantomTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString checkOptions(const PhantomOptions &options) {
    if (options.cases < 1)
        return tr("The number of cases must be at least 1.");
    if (options.resolutionMm != 1 && options.resolutionMm != 2)
        return tr("The resolution must be 1 or 2 mm.");
    if (!(options.lesionShare >= 0.0 && options.lesionShare <= 1.0))
        return tr("The lesion share must be between 0 and 1.");
    if (options.outDir.isEmpty())
        return tr("No output folder given.");
    if (!QDir().mkpath(options.outDir))
        return tr("Cannot create the output folder %1.").arg(options.outDir);
    return {};
}

/// Shared state of the worker threads; results land in per-case slots so the output does
/// not depend on which thread ran which case.
struct CaseQueue {
    CaseQueue(const PhantomTemplate &a, const PhantomOptions &o, const std::vector<bool> &l,
              ProgressReporter *p)
        : anatomy(a)
        , options(o)
        , lesions(l)
        , progress(p)
        , truths(static_cast<std::size_t>(o.cases))
        , errors(static_cast<std::size_t>(o.cases)) {}

    const PhantomTemplate &anatomy;
    const PhantomOptions &options;
    const std::vector<bool> &lesions;
    ProgressReporter *progress;
    std::vector<PhantomCaseTruth> truths;
    std::vector<QString> errors;
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> cancelled{false};
    std::mutex reportMutex;

    void runCase(int index) {
        const PhantomCasePlan plan =
            planPhantomCase(anatomy, options, index, lesions[static_cast<std::size_t>(index)]);
        PhantomImage image = renderPhantomCase(anatomy, plan);
        PhantomCaseTruth truth = plan.truth;
        computeReferenceSlices(plan.acquisition, image.truthMask(truth.lesion.present), &truth);
        image.volume.description = QStringLiteral("MR phantom %1").arg(truth.caseKey);
        QString error = writePhantomSeries(image.volume, truth, options);
        // No lesion, no SEG.
        if (error.isEmpty() && options.writeDicom && options.writeSegmentation &&
            truth.lesion.present)
            error = writePhantomSegmentation(image.volume, image.lesionMask, truth, options);
        errors[static_cast<std::size_t>(index)] = error;
        truths[static_cast<std::size_t>(index)] = std::move(truth);
    }

    void work() {
        for (;;) {
            const int index = next.fetch_add(1);
            if (index >= options.cases || stop.load())
                return;
            runCase(index);
            if (!errors[static_cast<std::size_t>(index)].isEmpty())
                stop = true;
            const int finished = done.fetch_add(1) + 1;
            const std::lock_guard<std::mutex> lock(reportMutex);
            const double fraction = 0.05 + 0.9 * finished / options.cases;
            if (!reportProgress(progress, fraction,
                                tr("Phantom case %1 of %2").arg(finished).arg(options.cases))) {
                cancelled = true;
                stop = true;
            }
        }
    }
};

} // namespace

std::vector<bool> phantomLesionAssignment(int cases, double share, std::uint64_t seed) {
    std::vector<int> order(static_cast<std::size_t>(std::max(cases, 0)));
    for (int i = 0; i < cases; ++i)
        order[static_cast<std::size_t>(i)] = i;
    SeededRandom random = SeededRandom::forStream(seed, -1, 0);
    for (int i = cases - 1; i > 0; --i)
        std::swap(order[static_cast<std::size_t>(i)],
                  order[static_cast<std::size_t>(random.index(i + 1))]);
    const int count = std::clamp(static_cast<int>(std::lround(share * cases)), 0, cases);
    std::vector<bool> lesions(order.size(), false);
    for (int n = 0; n < count; ++n)
        lesions[static_cast<std::size_t>(order[static_cast<std::size_t>(n)])] = true;
    return lesions;
}

PhantomResult generatePhantomDataset(const PhantomOptions &options, ProgressReporter *progress) {
    PhantomResult result;
    result.error = checkOptions(options);
    if (!result.error.isEmpty())
        return result;
    if (!reportProgress(progress, 0.0, tr("Reading the Colin27 and AAL templates"))) {
        result.cancelled = true;
        return result;
    }
    PhantomTemplate anatomy;
    result.error = anatomy.load(options.templateDir);
    if (!result.error.isEmpty())
        return result;

    const std::vector<bool> lesions =
        phantomLesionAssignment(options.cases, options.lesionShare, options.seed);
    CaseQueue queue(anatomy, options, lesions, progress);
    const int threads = std::clamp(
        options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, options.cases);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&queue] { queue.work(); });
    for (std::thread &worker : workers)
        worker.join();

    for (const QString &error : queue.errors) {
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    if (queue.cancelled) {
        result.cancelled = true;
        return result;
    }
    result.cases = std::move(queue.truths);
    result.error = writePhantomSideFiles(options, result.cases, &result.files);
    if (result.error.isEmpty())
        reportProgress(progress, 1.0, tr("Phantom dataset written to %1").arg(options.outDir));
    return result;
}

} // namespace brainmd
