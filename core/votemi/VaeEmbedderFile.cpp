// VaeEmbedder::save / load: the weights file format described in VaeEmbedder.h.
#include "votemi/VaeEmbedder.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <fstream>

namespace brainmd {
namespace {

constexpr std::array<char, 8> kMagic{'B', 'M', 'D', 'V', 'A', 'E', '\0', '\0'};
constexpr std::uint32_t kVersion = 1;

template <typename T> void writeValue(std::ostream &out, T value) {
    std::array<char, sizeof(T)> bytes{};
    std::memcpy(bytes.data(), &value, sizeof(T));
    if constexpr (std::endian::native == std::endian::big) {
        std::reverse(bytes.begin(), bytes.end());
    }
    out.write(bytes.data(), sizeof(T));
}

template <typename T> bool readValue(std::istream &in, T &value) {
    std::array<char, sizeof(T)> bytes{};
    if (!in.read(bytes.data(), sizeof(T))) {
        return false;
    }
    if constexpr (std::endian::native == std::endian::big) {
        std::reverse(bytes.begin(), bytes.end());
    }
    std::memcpy(&value, bytes.data(), sizeof(T));
    return true;
}

using Network = VaeNetwork<float>;

} // namespace

QString VaeEmbedder::save(const std::string &path) const {
    if (!m_fitted) {
        return QCoreApplication::translate("brainmd", "The VAE has not been trained.");
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        return QCoreApplication::translate("brainmd", "Cannot write the VAE weights file.");
    }
    out.write(kMagic.data(), kMagic.size());
    writeValue<std::uint32_t>(out, kVersion);
    const VaeShape &shape = m_network.shape();
    for (std::int32_t v :
         {shape.input, shape.hidden, shape.latent, static_cast<std::int32_t>(m_options.loss),
          m_options.epochs, m_options.batchSize}) {
        writeValue<std::int32_t>(out, v);
    }
    writeValue<double>(out, m_options.learningRate);
    writeValue<std::uint64_t>(out, m_options.seed);
    const auto &parameters = m_network.parameters();
    writeValue<std::uint64_t>(out, static_cast<std::uint64_t>(parameters.size()));
    for (Eigen::Index i = 0; i < parameters.size(); ++i) {
        writeValue<float>(out, parameters(i));
    }
    out.close();
    return out ? QString()
               : QCoreApplication::translate("brainmd", "Cannot write the VAE weights file.");
}

QString VaeEmbedder::load(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return QCoreApplication::translate("brainmd", "Cannot open the VAE weights file.");
    }
    std::array<char, 8> magic{};
    std::uint32_t version = 0;
    if (!in.read(magic.data(), magic.size()) || magic != kMagic || !readValue(in, version)) {
        return QCoreApplication::translate("brainmd", "Not a VAE weights file.");
    }
    if (version != kVersion) {
        return QCoreApplication::translate("brainmd", "Unsupported VAE weights file version.");
    }
    std::array<std::int32_t, 6> header{};
    EmbedderOptions options = m_options;
    std::uint64_t count = 0;
    bool ok = true;
    for (auto &v : header) {
        ok = ok && readValue(in, v);
    }
    ok = ok && readValue(in, options.learningRate) && readValue(in, options.seed) &&
         readValue(in, count);
    const VaeShape shape{header[0], header[1], header[2]};
    if (!ok || shape.input < 1 || shape.hidden < 1 || shape.latent < 1 || header[3] < 0 ||
        header[3] > 1 || count != static_cast<std::uint64_t>(Network::parameterCount(shape))) {
        return QCoreApplication::translate("brainmd", "The VAE weights file is damaged.");
    }
    Network network(shape);
    for (Eigen::Index i = 0; i < network.parameters().size(); ++i) {
        if (!readValue(in, network.parameters()(i))) {
            return QCoreApplication::translate("brainmd", "The VAE weights file is truncated.");
        }
    }
    options.name = "vae";
    options.hidden = shape.hidden;
    options.latent = shape.latent;
    options.loss = static_cast<ReconstructionLoss>(header[3]);
    options.epochs = header[4];
    options.batchSize = header[5];
    m_options = options;
    m_network = std::move(network);
    m_fitted = true;
    m_epochLosses.clear();
    return {};
}

} // namespace brainmd
