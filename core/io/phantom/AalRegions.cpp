#include "io/phantom/AalRegions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <array>

namespace brainmd {

namespace {

struct RegionWording {
    const char *prefix; ///< matched against the start of the AAL name
    const char *lobe;
    const char *phrase;
};

// Longer prefixes first where one prefix starts another.
constexpr std::array<RegionWording, 45> kWordings{{
    {"Precentral", "frontal", "precentral gyrus"},
    {"Frontal_Sup_Orb", "frontal", "orbital surface of the superior frontal gyrus"},
    {"Frontal_Sup_Medial", "frontal", "medial superior frontal gyrus"},
    {"Frontal_Sup", "frontal", "superior frontal gyrus"},
    {"Frontal_Mid_Orb", "frontal", "orbital part of the middle frontal gyrus"},
    {"Frontal_Mid", "frontal", "middle frontal gyrus"},
    {"Frontal_Inf_Oper", "frontal", "pars opercularis of the inferior frontal gyrus"},
    {"Frontal_Inf_Tri", "frontal", "pars triangularis of the inferior frontal gyrus"},
    {"Frontal_Inf_Orb", "frontal", "pars orbitalis of the inferior frontal gyrus"},
    {"Frontal_Med_Orb", "frontal", "medial orbitofrontal cortex"},
    {"Rolandic_Oper", "frontal", "rolandic operculum"},
    {"Supp_Motor_Area", "frontal", "supplementary motor area"},
    {"Olfactory", "frontal", "olfactory cortex"},
    {"Rectus", "frontal", "gyrus rectus"},
    {"Insula", "insula", "insular cortex"},
    {"Cingulum_Ant", "cingulate", "anterior cingulate gyrus"},
    {"Cingulum_Mid", "cingulate", "middle cingulate gyrus"},
    {"Cingulum_Post", "cingulate", "posterior cingulate gyrus"},
    {"Hippocampus", "temporal", "hippocampus"},
    {"ParaHippocampal", "temporal", "parahippocampal gyrus"},
    {"Amygdala", "temporal", "amygdala"},
    {"Calcarine", "occipital", "calcarine cortex"},
    {"Cuneus", "occipital", "cuneus"},
    {"Lingual", "occipital", "lingual gyrus"},
    {"Occipital_Sup", "occipital", "superior occipital gyrus"},
    {"Occipital_Mid", "occipital", "middle occipital gyrus"},
    {"Occipital_Inf", "occipital", "inferior occipital gyrus"},
    {"Fusiform", "temporal", "fusiform gyrus"},
    {"Postcentral", "parietal", "postcentral gyrus"},
    {"Parietal_Sup", "parietal", "superior parietal lobule"},
    {"Parietal_Inf", "parietal", "inferior parietal lobule"},
    {"SupraMarginal", "parietal", "supramarginal gyrus"},
    {"Angular", "parietal", "angular gyrus"},
    {"Precuneus", "parietal", "precuneus"},
    {"Paracentral_Lobule", "parietal", "paracentral lobule"},
    {"Caudate", "subcortical", "caudate nucleus"},
    {"Putamen", "subcortical", "putamen"},
    {"Pallidum", "subcortical", "globus pallidus"},
    {"Thalamus", "subcortical", "thalamus"},
    {"Heschl", "temporal", "Heschl's gyrus"},
    {"Temporal_Pole", "temporal", "temporal pole"},
    {"Temporal_Sup", "temporal", "superior temporal gyrus"},
    {"Temporal_Mid", "temporal", "middle temporal gyrus"},
    {"Temporal_Inf", "temporal", "inferior temporal gyrus"},
    {"Cerebelum", "cerebellum", "cerebellar hemisphere"},
}};

} // namespace

void AalRegions::describe(const QString &name, QString *lobe, QString *phrase) {
    for (const RegionWording &wording : kWordings) {
        if (name.startsWith(QLatin1String(wording.prefix))) {
            *lobe = QLatin1String(wording.lobe);
            *phrase = QLatin1String(wording.phrase);
            return;
        }
    }
    if (name.startsWith(QLatin1String("Vermis"))) {
        *lobe = QStringLiteral("cerebellum");
        *phrase = QStringLiteral("cerebellar vermis");
        return;
    }
    *lobe = QStringLiteral("other");
    *phrase = name;
}

QString AalRegions::load(const QString &path) {
    m_regions.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return QCoreApplication::translate("brainmd", "%1: cannot open (%2)")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    QTextStream stream(&file);
    while (!stream.atEnd()) {
        const QStringList parts = stream.readLine().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        const int label = parts.isEmpty() ? 0 : parts.front().toInt(&ok);
        if (!ok || parts.size() < 2 || label <= 0)
            continue;
        AalRegion region;
        region.label = label;
        region.name = parts.at(1);
        describe(region.name, &region.lobe, &region.phrase);
        if (region.name.endsWith(QLatin1String("_L")))
            region.side = QStringLiteral("left");
        else if (region.name.endsWith(QLatin1String("_R")))
            region.side = QStringLiteral("right");
        m_regions.emplace(label, region);
    }
    if (m_regions.empty()) {
        return QCoreApplication::translate("brainmd", "%1: no regions found")
            .arg(QFileInfo(path).fileName());
    }
    return {};
}

const AalRegion *AalRegions::region(int label) const {
    const auto it = m_regions.find(label);
    return it == m_regions.end() ? nullptr : &it->second;
}

} // namespace brainmd
