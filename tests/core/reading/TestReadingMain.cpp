// Runs the reading-rule suites of tests/core/reading in one executable.

#include <QCoreApplication>
#include <QTest>

int runBlindingPolicyTests(int argc, char **argv);
int runReadingFlowTests(int argc, char **argv);
int runAgreementStatsTests(int argc, char **argv);

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int failures = runBlindingPolicyTests(argc, argv);
    failures += runReadingFlowTests(argc, argv);
    failures += runAgreementStatsTests(argc, argv);
    return failures;
}
