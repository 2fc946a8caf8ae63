#include "WorkstationFixture.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "io/phantom/PhantomGenerator.h"
#include "workflows/ImportService.h"

namespace brainmd::test {

PhantomDatabase makePhantomDatabase(int cases) {
    PhantomDatabase out;
    out.dir = std::make_unique<QTemporaryDir>();
    PhantomOptions options;
    options.cases = cases;
    options.resolutionMm = 2;
    options.seed = 7;
    options.lesionShare = 1.0;
    options.outDir = out.dir->filePath(QStringLiteral("data"));
    const PhantomResult phantom = generatePhantomDataset(options, nullptr);
    if (!phantom.ok()) {
        out.error = QStringLiteral("phantom: ") + phantom.error;
        return out;
    }
    out.databasePath = out.dir->filePath(QStringLiteral("brainmd.sqlite"));
    Database db;
    if (const QString error = db.open(out.databasePath); !error.isEmpty()) {
        out.error = error;
        return out;
    }
    const ImportReport report =
        ImportService(borrowedStorage(db)).import({options.outDir}, {}, nullptr);
    if (!report.ok() || report.counts.casesCreated != cases)
        out.error = QStringLiteral("import: %1 %2").arg(report.error, report.summary());
    return out;
}

} // namespace brainmd::test
