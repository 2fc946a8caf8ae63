#include "privacy/PseudonymKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cctype>
#include <vector>

namespace brainmd {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}
} // namespace

PseudonymKey PseudonymKey::fromFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the key file %1: %2").arg(path, file.errorString());
        return PseudonymKey();
    }
    // A key typed into an editor ends in a newline that should not change the mapping.
    QByteArray secret = file.readAll();
    while (!secret.isEmpty() && std::isspace(static_cast<unsigned char>(secret.back())))
        secret.chop(1);
    PseudonymKey key(secret);
    if (!key.isValid())
        *error = tr("the key file %1 holds fewer than %2 bytes").arg(path).arg(kMinimumBytes);
    return key;
}

PseudonymKey::PseudonymKey(QByteArray secret)
    : m_secret(std::move(secret)) {}

QByteArray PseudonymKey::digest(const char *purpose, const QString &value) const {
    // The purpose separates the domains, so a patient id and a UID that happen to be equal
    // strings still map to unrelated values.
    QByteArray message(purpose);
    message.append('\0');
    message.append(value.toUtf8());
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256);
}

QString PseudonymKey::mapUid(const QString &uid) const {
    return QStringLiteral("2.25.") + bigEndianDecimal(digest("uid", uid).left(16));
}

QString PseudonymKey::patientPseudonym(const QString &patientKey) const {
    return QStringLiteral("ANON-") +
           QString::fromLatin1(digest("patient", patientKey).left(6).toHex().toUpper());
}

QString PseudonymKey::dummyValue(const QString &original) const {
    return QString::fromLatin1(digest("dummy", original).left(5).toHex().toUpper());
}

QString PseudonymKey::fingerprint() const {
    return QString::fromLatin1(digest("fingerprint", {}).left(8).toHex());
}

int PseudonymKey::dateOffsetDays(const QString &patientKey) const {
    const QByteArray d = digest("date-offset", patientKey);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(d[i]);
    constexpr int kMin = 366, kMax = 3652;
    return -(kMin + int(value % quint32(kMax - kMin + 1)));
}

QString bigEndianDecimal(const QByteArray &bytes) {
    std::vector<unsigned> number(bytes.begin(), bytes.end());
    for (unsigned &b : number)
        b &= 0xffu;
    QString digits;
    // Long division by 10, most significant byte first, until the number is zero.
    while (std::any_of(number.begin(), number.end(), [](unsigned b) { return b != 0; })) {
        unsigned remainder = 0;
        for (unsigned &b : number) {
            const unsigned current = (remainder << 8) | b;
            b = current / 10;
            remainder = current % 10;
        }
        digits.prepend(QChar(u'0' + remainder));
    }
    return digits.isEmpty() ? QStringLiteral("0") : digits;
}

} // namespace brainmd
