#pragma once

class QTableWidget;

namespace brainmd {

struct BenchReportInput;

/// The dashboard's "Lesion visibility" table: per slice source of run A (and run B when
/// one is compared), what the run's images showed of the lesions, model-free, with
/// intervals. Empty with a note when no evaluated case has a lesion mask.
void fillVisibilityTable(QTableWidget *table, const BenchReportInput *a, const BenchReportInput *b);

} // namespace brainmd
