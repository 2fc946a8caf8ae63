#include "votemi/Embedder.h"

#include "votemi/PcaEmbedder.h"
#include "votemi/VaeEmbedder.h"

#include <QCoreApplication>

namespace brainmd {

std::unique_ptr<Embedder> createEmbedder(const EmbedderOptions &options, QString *error) {
    if (options.name == "pca") {
        return std::make_unique<PcaEmbedder>(options.latent);
    }
    if (options.name != "vae") {
        if (error != nullptr) {
            *error = QCoreApplication::translate("brainmd", "Unknown embedder: %1")
                         .arg(QString::fromStdString(options.name));
        }
        return nullptr;
    }
    auto vae = std::make_unique<VaeEmbedder>(options);
    if (!options.weightsPath.empty()) {
        const QString loadError = vae->load(options.weightsPath);
        if (!loadError.isEmpty()) {
            if (error != nullptr) {
                *error = loadError;
            }
            return nullptr;
        }
    }
    return vae;
}

RowMatrix stackRows(const std::vector<const RowMatrix *> &parts) {
    Eigen::Index rows = 0;
    Eigen::Index cols = 0;
    for (const RowMatrix *part : parts) {
        rows += part->rows();
        cols = std::max(cols, part->cols());
    }
    RowMatrix out(rows, cols);
    Eigen::Index at = 0;
    for (const RowMatrix *part : parts) {
        out.middleRows(at, part->rows()) = *part;
        at += part->rows();
    }
    return out;
}

} // namespace brainmd
