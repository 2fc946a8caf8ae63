#pragma once

// A phantom case database made for the GUI tests: 2 phantom cases at 2 mm, imported with
// the real ImportService into a temporary folder.

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace brainmd::test {

struct PhantomDatabase {
    std::unique_ptr<QTemporaryDir> dir;
    QString databasePath;
    QString error;
};

/// Generates and imports the phantom; `error` is set when anything failed.
PhantomDatabase makePhantomDatabase(int cases = 2);

} // namespace brainmd::test
