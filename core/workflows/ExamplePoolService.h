#pragma once

#include "ports/ExamplePoolStore.h"
#include "votemi/VoteMiTypes.h"

#include <QString>
#include <QStringList>

namespace brainmd {

class StudyStorage;
class ProgressReporter;

/// What `brainmd select-examples` asks for.
struct ExamplePoolRequest {
    QString method = QStringLiteral("votek");        ///< "votek" or "random"
    int count = 8;                                   ///< M: cases in the pool
    QString sourceMethod = QStringLiteral("votemi"); ///< selections the case embeddings use
    int k = 10;                                      ///< vote-k neighbours (capped at cases − 1)
    int latent = 10;    ///< PCA dimension of the case embeddings (capped at cases − 1)
    int thumbnail = 32; ///< side of each view's thumbnail in pixels
    quint64 seed = 0;   ///< for "random"
    int threads = 0;
};

struct ExamplePoolOutcome {
    ExamplePool pool;          ///< stored (id set) when error is empty
    QStringList withoutSource; ///< case keys left out: no selection of the source method
    QString error;
};

/// Chooses and stores few-shot example pools.
///
/// Case embedding (for vote-k): for each case, its latest selection by `sourceMethod`
/// gives one slice per view; each slice of the volume reoriented to RAS and scaled to
/// [0, 1] (0.5–99.5 percentile) is reduced to a thumbnail × thumbnail image by averaging
/// the voxels falling into each pixel; the three thumbnails (axial, coronal, sagittal)
/// are concatenated and projected by one PCA fitted over all cases (thin SVD). The embedding thus
/// describes what a model would be shown, is independent of the volume's size, and is
/// deterministic. Cases without a source selection are left out (and listed).
class ExamplePoolService {
public:
    static ExamplePoolOutcome create(const StudyStorage &storage, const ExamplePoolRequest &request,
                                     ProgressReporter *progress);
    /// The case embeddings described above, one row per entry of `selectionIds`'
    /// cases, in order. Empty with `error` set on failure.
    static RowMatrix caseEmbeddings(const StudyStorage &storage,
                                    const std::vector<qint64> &selectionIds,
                                    const ExamplePoolRequest &request, ProgressReporter *progress,
                                    QString *error);
};

} // namespace brainmd
