#include "privacy/DeidentifyServer.h"

#include "privacy/DeidentifyProtocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

int runDeidentifyServer(int inFd, int outFd) {
    QFile in;
    QFile out;
    if (!in.open(inFd, QIODevice::ReadOnly) || !out.open(outFd, QIODevice::WriteOnly))
        return 1;
    DeidentifySetup setup;
    if (!decodeSetup(in.readLine(), &setup))
        return 1;
    const DeidentifyProfile profile(setup.options);
    while (true) {
        const QByteArray request = in.readLine();
        if (request.isEmpty())
            return 0;
        const QString path =
            QJsonDocument::fromJson(request).object().value(QStringLiteral("in")).toString();
        if (path.isEmpty())
            return 1;
        out.write(encodeResult(deidentifyFile(path, setup.outDir, profile, setup.key)));
        out.flush();
    }
}

} // namespace brainmd
