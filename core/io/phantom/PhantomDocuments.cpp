#include "io/phantom/PhantomDocuments.h"

#include "common/SeededRandom.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

constexpr std::uint64_t kWordingStream = 3;
constexpr std::uint64_t kSymptomStream = 4;

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString otherSide(const QString &side) {
    return side == QLatin1String("left") ? QStringLiteral("right") : QStringLiteral("left");
}

/// "left middle temporal gyrus (left temporal lobe)", "right insula", "left thalamus".
QString location(const PhantomLesion &lesion) {
    const QString &side = lesion.side;
    if (lesion.lobe == QLatin1String("insula"))
        return side + QStringLiteral(" insula");
    if (lesion.lobe == QLatin1String("cingulate") || lesion.lobe == QLatin1String("subcortical"))
        return side + QLatin1Char(' ') + lesion.regionPhrase;
    return QStringLiteral("%1 %2 (%1 %3 lobe)").arg(side, lesion.regionPhrase, lesion.lobe);
}

QString shortLocation(const PhantomLesion &lesion) {
    if (phantomLobeAnswer(lesion.lobe) == QLatin1String("other"))
        return location(lesion);
    return QStringLiteral("%1 %2 lobe").arg(lesion.side, lesion.lobe);
}

/// Satellites share the largest lesion's lobe, side and appearance (PhantomCaseTruth).
QString satelliteFindings(const std::vector<PhantomLesion> &satellites) {
    if (satellites.empty())
        return QStringLiteral("No further focal lesion or abnormal enhancement elsewhere.");
    double largest = 0.0;
    for (const PhantomLesion &satellite : satellites)
        largest = std::max(largest, satellite.diameterMm);
    const QString count = satellites.size() == 1 ? QStringLiteral("One further, smaller lesion")
                                                 : QStringLiteral("Two further, smaller lesions");
    return QStringLiteral("%1 of the same signal characteristics %2 in the same lobe, up to %3 mm, "
                          "in keeping with multifocal disease. No abnormal enhancement elsewhere.")
        .arg(count, satellites.size() == 1 ? QStringLiteral("lies") : QStringLiteral("lie"),
             QString::number(largest, 'f', 0));
}

QString lesionFindings(const PhantomCaseTruth &truth, SeededRandom &random) {
    const PhantomLesion &lesion = truth.lesion;
    const QString size = QString::number(lesion.diameterMm, 'f', 0);
    QString text = lesion.enhancing
                       ? QStringLiteral("There is a %1 mm rim-enhancing mass with a central "
                                        "non-enhancing, presumably necrotic component")
                       : QStringLiteral("There is a %1 mm non-enhancing, T1-hypointense mass");
    text = text.arg(size) + QStringLiteral(", centred in the %1. ").arg(location(lesion));
    if (lesion.oedema) {
        const double extent = std::round((lesion.oedemaRatio - 1.0) * lesion.radiusMm);
        text += QStringLiteral("Surrounding T1-hypointense signal in keeping with vasogenic "
                               "oedema extends about %1 mm beyond the lesion margin. ")
                    .arg(extent);
    } else {
        text += QStringLiteral("No significant perilesional oedema. ");
    }
    if (lesion.massEffectMm > 0.0) {
        text += random.chance(0.5) ? QStringLiteral("There is local mass effect with "
                                                    "effacement of the adjacent sulci")
                                   : QStringLiteral("Mass effect on the adjacent sulci and "
                                                    "gyri, which are effaced");
        text += lesion.massEffectMm >= 4.0
                    ? QStringLiteral(" and slight displacement towards the %1. ")
                          .arg(otherSide(lesion.side))
                    : QStringLiteral(". ");
    } else {
        text += QStringLiteral("No mass effect or midline shift. ");
    }
    text +=
        satelliteFindings(truth.satellites) + QStringLiteral(" The ventricles are of normal size.");
    return text;
}

QString lesionImpression(const PhantomCaseTruth &truth) {
    const PhantomLesion &lesion = truth.lesion;
    QString text = QStringLiteral("%1 mm %2 mass in the %3")
                       .arg(QString::number(lesion.diameterMm, 'f', 0),
                            lesion.enhancing ? QStringLiteral("rim-enhancing, centrally necrotic")
                                             : QStringLiteral("non-enhancing"),
                            shortLocation(lesion));
    if (lesion.oedema && lesion.massEffectMm > 0.0)
        text += QStringLiteral(" with surrounding oedema and mass effect");
    else if (lesion.oedema)
        text += QStringLiteral(" with surrounding oedema, without mass effect");
    else if (lesion.massEffectMm > 0.0)
        text += QStringLiteral(" with mass effect, without significant oedema");
    if (!truth.satellites.empty())
        text += truth.satellites.size() == 1
                    ? QStringLiteral(", and one smaller satellite lesion in the same lobe")
                    : QStringLiteral(", and two smaller satellite lesions in the same lobe");
    text += lesion.enhancing
                ? QStringLiteral(". Appearances suggest a high-grade glioma; a metastasis is the "
                                 "main differential.")
                : QStringLiteral(". Appearances suggest a low-grade glial tumour.");
    return text + QStringLiteral(" Recommend full MRI protocol and neuro-oncology review.");
}

const char *kNormalFindings =
    "No focal parenchymal lesion. No abnormal intracranial enhancement. Grey-white matter "
    "differentiation is preserved. The ventricles and sulci are normal in size and "
    "configuration for age. No mass effect or midline shift. No extra-axial collection.";

} // namespace

QString phantomSizeClass(double diameterMm) {
    if (diameterMm <= 0.0)
        return QStringLiteral("none");
    if (diameterMm < 20.0)
        return QStringLiteral("small");
    return diameterMm <= 40.0 ? QStringLiteral("medium") : QStringLiteral("large");
}

QString phantomLobeAnswer(const QString &lobe) {
    static const QStringList main{QStringLiteral("frontal"), QStringLiteral("parietal"),
                                  QStringLiteral("temporal"), QStringLiteral("occipital")};
    return main.contains(lobe) ? lobe : QStringLiteral("other");
}

QString phantomReport(const PhantomCaseTruth &truth, int resolutionMm, std::uint64_t seed) {
    SeededRandom random = SeededRandom::forStream(seed, truth.caseIndex, kWordingStream);
    const PhantomLesion &lesion = truth.lesion;
    QString text = QStringLiteral("EXAMINATION: MRI brain, post-contrast 3D T1-weighted %1 "
                                  "acquisition, %2 mm isotropic voxels.\n")
                       .arg(truth.plane, QString::number(resolutionMm));
    QString symptoms = phantomSymptoms(truth, seed).join(QStringLiteral(", "));
    symptoms[0] = symptoms[0].toUpper();
    text += QStringLiteral("CLINICAL INFORMATION: %1.\n").arg(symptoms);
    text +=
        QStringLiteral("FINDINGS: %1\n")
            .arg(lesion.present ? lesionFindings(truth, random) : QLatin1String(kNormalFindings));
    text += QStringLiteral("IMPRESSION: %1\n")
                .arg(lesion.present ? lesionImpression(truth)
                                    : QStringLiteral("Normal post-contrast MRI of the brain."));
    return text;
}

QStringList phantomSymptoms(const PhantomCaseTruth &truth, std::uint64_t seed) {
    SeededRandom random = SeededRandom::forStream(seed, truth.caseIndex, kSymptomStream);
    const PhantomLesion &lesion = truth.lesion;
    if (!lesion.present) {
        static const QStringList benign{
            QStringLiteral("headache"),           QStringLiteral("dizziness"),
            QStringLiteral("migraine with aura"), QStringLiteral("transient paraesthesia"),
            QStringLiteral("tinnitus"),           QStringLiteral("minor head injury follow-up")};
        return {benign.at(random.index(static_cast<int>(benign.size())))};
    }
    const QString &lobe = lesion.lobe;
    const QString contra = otherSide(lesion.side);
    const bool frontal = lobe == QLatin1String("frontal");
    QStringList symptoms;
    const double seizureChance = lobe == QLatin1String("temporal") ? 0.7 : frontal ? 0.5 : 0.25;
    if (random.chance(seizureChance))
        symptoms << QStringLiteral("new-onset seizures");
    if (random.chance(lesion.massEffectMm > 0.0 ? 0.8 : 0.4))
        symptoms << QStringLiteral("progressive headache");
    if (lesion.massEffectMm >= 4.0 && random.chance(0.5))
        symptoms << QStringLiteral("nausea and vomiting");
    if ((frontal || lobe == QLatin1String("subcortical")) && random.chance(0.5))
        symptoms << QStringLiteral("%1-sided weakness").arg(contra);
    if (lobe == QLatin1String("parietal") && random.chance(0.5))
        symptoms << QStringLiteral("%1-sided numbness").arg(contra);
    if (lesion.side == QLatin1String("left") && (frontal || lobe == QLatin1String("temporal")) &&
        random.chance(0.5))
        symptoms << QStringLiteral("word-finding difficulty");
    if (lobe == QLatin1String("occipital") && random.chance(0.7))
        symptoms << QStringLiteral("%1 homonymous visual field defect").arg(contra);
    if (frontal && random.chance(0.3))
        symptoms << QStringLiteral("personality change");
    if (symptoms.isEmpty())
        symptoms << QStringLiteral("headache");
    return symptoms;
}

std::vector<CaseDocument> phantomDocuments(const PhantomCaseTruth &truth, int resolutionMm,
                                           std::uint64_t seed) {
    using Json = nlohmann::ordered_json;
    SeededRandom random = SeededRandom::forStream(seed, truth.caseIndex, kSymptomStream + 1);
    Json ehr;
    Json symptoms = Json::array();
    for (const QString &symptom : phantomSymptoms(truth, seed))
        symptoms.push_back(symptom.toStdString());
    ehr["presenting_symptoms"] = symptoms;
    ehr["symptom_duration_weeks"] = 1 + random.index(truth.lesion.present ? 12 : 52);
    ehr["referral"] = truth.lesion.present ? "neurology, suspected intracranial lesion"
                                           : "general practice, exclude structural cause";
    Json demographics;
    demographics["age"] = truth.ageYears;
    demographics["sex"] = truth.patientSex.toStdString();
    const QString &birth = truth.patientBirthDate; // DICOM YYYYMMDD → ISO 8601
    demographics["birth_date"] = QStringLiteral("%1-%2-%3")
                                     .arg(birth.left(4), birth.mid(4, 2), birth.mid(6, 2))
                                     .toStdString();
    const auto document = [&](const QString &kind, const QString &text) {
        CaseDocument d;
        d.accessionNumber = truth.accessionNumber;
        d.patientId = truth.patientId;
        d.kind = kind;
        d.text = text;
        return d;
    };
    return {document(QStringLiteral("report"), phantomReport(truth, resolutionMm, seed)),
            document(QStringLiteral("ehr"), QString::fromStdString(ehr.dump(2))),
            document(QStringLiteral("demographics"), QString::fromStdString(demographics.dump(2)))};
}

std::vector<LabelRow> phantomLabels(const PhantomCaseTruth &truth) {
    const PhantomLesion &lesion = truth.lesion;
    const bool present = lesion.present;
    const std::pair<const char *, QString> answers[] = {
        {"lesion_present", yesNo(present)},
        {"lesion_side", present ? lesion.side : QStringLiteral("none")},
        {"lesion_lobe", present ? phantomLobeAnswer(lesion.lobe) : QStringLiteral("none")},
        {"enhancement", yesNo(present && lesion.enhancing)},
        {"oedema", yesNo(present && lesion.oedema)},
        {"mass_effect", yesNo(present && lesion.massEffectMm > 0.0)},
        {"size_class", phantomSizeClass(present ? lesion.diameterMm : 0.0)},
    };
    std::vector<LabelRow> rows;
    for (const auto &[question, answer] : answers) {
        LabelRow row;
        row.accessionNumber = truth.accessionNumber;
        row.patientId = truth.patientId;
        row.questionId = QLatin1String(question);
        row.answer = answer;
        rows.push_back(row);
    }
    return rows;
}

} // namespace brainmd
