// Times Vote-MI on the Colin27 template (1 mm, 181 × 217 × 181): every stage and the
// whole selection with the pca embedder (median of N runs), peak RSS, and the VAE
// training time. Usage: votemi_bench [nifti] [--runs N] [--vae-epochs N] [--no-vae]
#include "io/nifti/NiftiIO.h"
#include "volume/Orientation.h"
#include "votemi/VoteMiSelector.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace brainmd;

namespace {

struct Options {
    std::string path = "/usr/share/mricron/templates/ch2.nii.gz";
    int runs = 5;
    int vaeEpochs = 10;
    bool vae = true;
};

Options parse(int argc, char **argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) {
            options.runs = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--vae-epochs" && i + 1 < argc) {
            options.vaeEpochs = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--no-vae") {
            options.vae = false;
        } else {
            options.path = arg;
        }
    }
    return options;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0.0 : (n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]));
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

// Wall and CPU time: on a shared machine the CPU time shows the cost without the wait.
SelectionResult timedRun(const Volume &volume, const SelectionParameters &parameters,
                         double &seconds, double &cpu) {
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    SelectionResult result = VoteMiSelector().select(volume, parameters, nullptr);
    cpu = cpuSeconds() - cpuStart;
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

void printSelection(const SelectionResult &result) {
    std::printf("  patches %d, clusters %d, eps %.4f, minPts %d, chosen slices:", result.patchCount,
                result.clusterCount, result.parameters.eps, result.parameters.minPts);
    for (const ViewSelection &v : result.views) {
        std::printf(" %s %d (%.1f mm)", viewName(v.view), v.sliceIndex, v.positionMm);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv) {
    const Options options = parse(argc, argv);
    const auto loadStart = std::chrono::steady_clock::now();
    const NiftiReadResult read = readNifti(QString::fromStdString(options.path));
    if (!read.ok()) {
        std::fprintf(stderr, "cannot read %s: %s\n", options.path.c_str(),
                     read.error.toStdString().c_str());
        return 1;
    }
    const Volume volume = reorientToRas(read.volume);
    const double loadSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count();
    std::printf("Vote-MI benchmark: %s (%d x %d x %d), read + reorient %.3f s\n",
                options.path.c_str(), volume.nx(), volume.ny(), volume.nz(), loadSeconds);

    SelectionParameters parameters;
    std::map<std::string, std::vector<double>> stages;
    std::vector<std::string> stageOrder;
    std::vector<double> totals;
    std::vector<double> cpuTotals;
    SelectionResult last;
    for (int run = 0; run < options.runs; ++run) {
        double seconds = 0.0;
        double cpu = 0.0;
        last = timedRun(volume, parameters, seconds, cpu);
        totals.push_back(seconds);
        cpuTotals.push_back(cpu);
        for (const StageTiming &t : last.timings) {
            if (stages.find(t.stage) == stages.end()) {
                stageOrder.push_back(t.stage);
            }
            stages[t.stage].push_back(t.seconds);
        }
    }
    std::printf("\n%-22s %12s\n", "stage (pca)", "median s");
    std::printf("%-22s %12s\n", "----------------------", "------------");
    for (const std::string &stage : stageOrder) {
        std::printf("%-22s %12.4f\n", stage.c_str(), median(stages[stage]));
    }
    std::printf("%-22s %12.4f   (%d runs)\n", "whole selection", median(totals), options.runs);
    std::printf("%-22s %12.4f\n", "  of which CPU", median(cpuTotals));
    printSelection(last);
    std::printf("%-22s %12.1f MiB\n", "peak RSS after pca", peakRssMiB());

    if (options.vae) {
        parameters.embedder.name = "vae";
        parameters.embedder.epochs = options.vaeEpochs;
        double seconds = 0.0;
        double cpu = 0.0;
        const SelectionResult vae = timedRun(volume, parameters, seconds, cpu);
        double embedSeconds = 0.0;
        for (const StageTiming &t : vae.timings) {
            if (t.stage == "embed") {
                embedSeconds = t.seconds;
            }
        }
        std::printf("\n%-22s %12.3f s   (%d epochs, %d patches)\n", "vae train + embed",
                    embedSeconds, options.vaeEpochs, vae.patchCount);
        std::printf("%-22s %12.3f s   (CPU %.3f s)\n", "whole selection (vae)", seconds, cpu);
        printSelection(vae);
        std::printf("%-22s %12.1f MiB\n", "peak RSS after vae", peakRssMiB());
    }
    return 0;
}
