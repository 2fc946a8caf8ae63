#pragma once

#include <QByteArray>
#include <QString>

namespace brainmd {

/// The secret of a de-identification run. Every replacement value (UIDs, patient
/// pseudonyms, date offsets) is a keyed hash (HMAC-SHA-256) of the original, so the same
/// original gets the same replacement in every file of a run and in every later run with
/// the same key, while nobody without the key can recompute or reverse the mapping.
class PseudonymKey {
public:
    /// Reads the key file: at least 16 bytes (trailing white space ignored). On failure the
    /// key is invalid and `error` says why.
    static PseudonymKey fromFile(const QString &path, QString *error);
    explicit PseudonymKey(QByteArray secret = {});

    bool isValid() const { return m_secret.size() >= kMinimumBytes; }
    /// The secret itself, to hand to the de-identification helper over its pipe only.
    const QByteArray &secret() const { return m_secret; }

    /// A new UID for `uid`: "2.25." followed by the decimal value of 128 bits of the keyed
    /// hash, the form PS3.5 B.2 gives for UUID-derived UIDs (at most 44 characters).
    QString mapUid(const QString &uid) const;
    /// The pseudonym written as PatientName and PatientID ("ANON-" and 12 hex digits).
    QString patientPseudonym(const QString &patientKey) const;
    /// A stand-in for an attribute that must keep a value (Type 1, such as the device serial
    /// number of a SEG): 10 hex digits, the same for the same original.
    QString dummyValue(const QString &original) const;
    /// Names the key without revealing it (16 hex digits of a keyed hash), so that a map
    /// can tell whether a run used the key it was written with.
    QString fingerprint() const;
    /// Days every date of this patient moves by: from -3652 to -366 (one to ten years
    /// back, never zero), the same for all files of the patient so intervals are kept.
    int dateOffsetDays(const QString &patientKey) const;

    static constexpr int kMinimumBytes = 16;

private:
    QByteArray digest(const char *purpose, const QString &value) const;

    QByteArray m_secret;
};

/// `bytes` read as one big-endian unsigned integer, in decimal without leading zeros.
QString bigEndianDecimal(const QByteArray &bytes);

} // namespace brainmd
