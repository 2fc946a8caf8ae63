#include "io/dicom/DuplicateInstances.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace brainmd::dicom {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// Decodes the copies (sorted by path) and appends the losers to `out->problems`.
/// Returns the path of the kept copy, or "" when none decodes.
QString chooseCopy(const std::vector<const DicomFileInfo *> &copies, PixelDecoderClient &decoder,
                   ResolvedDuplicates *out) {
    std::vector<std::vector<float>> values(copies.size());
    std::vector<DecodeOutcome> outcomes;
    for (std::size_t n = 0; n < copies.size(); ++n) {
        const DicomFileInfo &f = *copies[n];
        outcomes.push_back(decoder.decode(f.path, f.columns, f.rows, f.frames, &values[n]));
    }
    const auto winner = std::find_if(outcomes.begin(), outcomes.end(),
                                     [](const DecodeOutcome &o) { return o.ok(); });
    if (winner == outcomes.end()) {
        for (std::size_t n = 0; n < copies.size(); ++n)
            out->problems.push_back({copies[n]->path, outcomes[n].reason()});
        return {};
    }
    const std::size_t w = static_cast<std::size_t>(winner - outcomes.begin());
    const QString &kept = copies[w]->path;
    for (std::size_t n = 0; n < copies.size(); ++n) {
        if (n == w)
            continue;
        QString reason;
        if (!outcomes[n].ok())
            reason = tr("%1; a copy with the same SOPInstanceUID (%2) is used instead")
                         .arg(outcomes[n].reason(), kept);
        else if (values[n] == values[w])
            reason =
                tr("duplicate: identical copy of %1 (same SOPInstanceUID); not used").arg(kept);
        else
            reason = tr("duplicate SOPInstanceUID with different pixels than %1; %1 is used (of "
                        "the copies that decode, the first by path)")
                         .arg(kept);
        out->problems.push_back({copies[n]->path, reason});
    }
    out->decoded[kept] = std::move(values[w]);
    return kept;
}

} // namespace

ResolvedDuplicates resolveDuplicateInstances(SeriesGroup *group, PixelDecoderClient &decoder) {
    ResolvedDuplicates out;
    std::map<QString, std::vector<const DicomFileInfo *>> byUid;
    for (const DicomFileInfo &f : group->files)
        byUid[f.sopInstanceUid].push_back(&f);
    std::set<QString> dropped;
    for (auto &[uid, copies] : byUid) {
        if (copies.size() < 2)
            continue;
        std::sort(copies.begin(), copies.end(),
                  [](const DicomFileInfo *a, const DicomFileInfo *b) { return a->path < b->path; });
        const QString kept = chooseCopy(copies, decoder, &out);
        for (const DicomFileInfo *f : copies) {
            if (f->path != kept)
                dropped.insert(f->path);
        }
    }
    if (dropped.empty())
        return out;
    std::vector<DicomFileInfo> files;
    for (DicomFileInfo &f : group->files) {
        if (dropped.count(f.path) == 0)
            files.push_back(std::move(f));
    }
    group->files = std::move(files);
    return out;
}

} // namespace brainmd::dicom
