#pragma once

#include <QString>

#include <map>

namespace brainmd {

/// One region of the AAL atlas with what a report says about it.
struct AalRegion {
    int label = 0;
    QString name;   ///< AAL name, e.g. "Temporal_Mid_L"
    QString lobe;   ///< frontal, parietal, temporal, occipital, insula, cingulate,
                    ///< subcortical or cerebellum
    QString side;   ///< "left", "right", or "" for the vermis
    QString phrase; ///< anatomical wording without side, e.g. "middle temporal gyrus"
};

/// The AAL label table (aal.nii.txt: one "index name code" per line), each region mapped
/// to its lobe and side (from the _L / _R suffix).
class AalRegions {
public:
    /// Reads the table; returns an error message naming the file, or "".
    QString load(const QString &path);

    /// The region of `label`, or nullptr for 0 (outside the atlas) and unknown labels.
    const AalRegion *region(int label) const;
    bool isEmpty() const { return m_regions.empty(); }

    /// Lobe and wording for an AAL name (with or without its side suffix).
    static void describe(const QString &name, QString *lobe, QString *phrase);

private:
    std::map<int, AalRegion> m_regions;
};

} // namespace brainmd
