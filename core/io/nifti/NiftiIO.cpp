#include "io/nifti/NiftiIO.h"

#include <nifti1_io.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <unistd.h>

namespace brainmd {

namespace {

struct NiftiDeleter {
    void operator()(nifti_image *image) const { nifti_image_free(image); }
};
using NiftiPtr = std::unique_ptr<nifti_image, NiftiDeleter>;

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

Eigen::Matrix4d toEigen(const mat44 &m) {
    Eigen::Matrix4d out;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            out(r, c) = m.m[r][c];
    return out;
}

mat44 toMat44(const Eigen::Matrix4d &m) {
    mat44 out;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            out.m[r][c] = static_cast<float>(m(r, c));
    return out;
}

Eigen::Matrix4d affineOf(const nifti_image &image) {
    if (image.sform_code > 0)
        return toEigen(image.sto_xyz);
    if (image.qform_code > 0)
        return toEigen(image.qto_xyz);
    // "Method 1" of the NIfTI standard: pixel sizes only, no orientation known.
    Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
    m(0, 0) = image.dx > 0 ? image.dx : 1.0;
    m(1, 1) = image.dy > 0 ? image.dy : 1.0;
    m(2, 2) = image.dz > 0 ? image.dz : 1.0;
    return m;
}

template <typename T> double rawValue(const void *data, std::size_t i) {
    return static_cast<double>(static_cast<const T *>(data)[i]);
}

double readRaw(const nifti_image &image, std::size_t i, bool *known) {
    *known = true;
    switch (image.datatype) {
    case DT_UINT8:
        return rawValue<std::uint8_t>(image.data, i);
    case DT_INT8:
        return rawValue<std::int8_t>(image.data, i);
    case DT_INT16:
        return rawValue<std::int16_t>(image.data, i);
    case DT_UINT16:
        return rawValue<std::uint16_t>(image.data, i);
    case DT_INT32:
        return rawValue<std::int32_t>(image.data, i);
    case DT_UINT32:
        return rawValue<std::uint32_t>(image.data, i);
    case DT_INT64:
        return rawValue<std::int64_t>(image.data, i);
    case DT_UINT64:
        return rawValue<std::uint64_t>(image.data, i);
    case DT_FLOAT32:
        return rawValue<float>(image.data, i);
    case DT_FLOAT64:
        return rawValue<double>(image.data, i);
    default:
        *known = false;
        return 0.0;
    }
}

bool fitsInt16(int datatype) {
    return datatype == DT_UINT8 || datatype == DT_INT8 || datatype == DT_INT16;
}

/// Whether the voxel data the header announces can be in the image file: at most the
/// bytes after the offset, or for gzip at most 1032 times the compressed size (the largest
/// ratio deflate reaches).
bool dataFitsInFile(const nifti_image &image) {
    if (image.iname == nullptr || image.nbyper <= 0)
        return false;
    const double claimed = static_cast<double>(image.nvox) * image.nbyper;
    const double fileSize = static_cast<double>(QFileInfo(QFile::decodeName(image.iname)).size());
    if (nifti_is_gzfile(image.iname))
        return claimed <= 1032.0 * fileSize + 4096.0;
    return claimed <= fileSize - std::max(0, image.iname_offset);
}

std::atomic<int> g_tempCounter{0};

/// True when `path` is as long as a complete write of `expected` bytes: for gzip, a
/// member whose trailer (ISIZE, RFC 1952) records them; a size threshold would call a
/// tiny or uniform volume, which compresses to a few dozen bytes, a failed write.
bool completeOnDisk(const QString &path, bool gz, quint64 expected) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (!gz)
        return static_cast<quint64>(file.size()) >= expected;
    const QByteArray head = file.read(2);
    if (file.size() < 18 || head != QByteArrayLiteral("\x1f\x8b") || !file.seek(file.size() - 4))
        return false;
    const QByteArray tail = file.read(4);
    if (tail.size() != 4)
        return false;
    quint32 isize = 0;
    for (int n = 3; n >= 0; --n)
        isize = (isize << 8) | static_cast<unsigned char>(tail[n]);
    return isize == static_cast<quint32>(expected & 0xffffffffu);
}

// Makes the written bytes durable before the rename publishes them.
bool syncFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
}

} // namespace

NiftiReadResult readNifti(const QString &path) {
    NiftiReadResult result;
    if (!QFileInfo::exists(path)) {
        result.error = tr("%1: file not found").arg(path);
        return result;
    }
    nifti_set_debug_level(0);
    NiftiPtr image(nifti_image_read(QFile::encodeName(path).constData(), 0));
    const QString unreadable =
        tr("%1: not a readable NIfTI file (bad header or truncated data)").arg(path);
    // niftilib allocates what the header claims before reading, so a damaged header of a few
    // bytes could ask for gigabytes (fuzzing found it): the data must fit in the file.
    if (!image || !dataFitsInFile(*image)) {
        result.error = unreadable;
        return result;
    }
    const std::array<int, 3> dims{image->nx, std::max(1, image->ny), std::max(1, image->nz)};
    if (dims[0] <= 0 || dims[1] <= 0 || dims[2] <= 0) {
        result.error = tr("%1: invalid image dimensions").arg(path);
        return result;
    }
    // dims come from the header; nvox (what is read) is their product unless it overflowed.
    if (static_cast<double>(dims[0]) * dims[1] * dims[2] > static_cast<double>(image->nvox)) {
        result.error = tr("%1: invalid image dimensions").arg(path);
        return result;
    }
    const bool scaled =
        image->scl_slope != 0.0f && (image->scl_slope != 1.0f || image->scl_inter != 0.0f);
    const VoxelType type =
        (fitsInt16(image->datatype) && !scaled) ? VoxelType::Int16 : VoxelType::Float32;
    Volume volume(Geometry::fromIndexToRas(affineOf(*image), dims), type);
    // The caches hold one int16 or float32 volume without scaling: niftilib reads (and
    // byte-swaps) it straight into the volume's storage, no second buffer, no conversion
    // per voxel (a 1 mm head has ~12 M of them).
    void *storage = image->datatype == DT_INT16     ? static_cast<void *>(volume.int16Data())
                    : image->datatype == DT_FLOAT32 ? static_cast<void *>(volume.floatData())
                                                    : nullptr;
    if (!scaled && storage != nullptr &&
        static_cast<std::size_t>(image->nvox) == volume.voxelCount()) {
        const int whole[8] = {0, -1, -1, -1, -1, -1, -1, -1};
        if (nifti_read_collapsed_image(image.get(), whole, &storage) < 0) {
            result.error = unreadable;
            return result;
        }
        result.volume = std::move(volume);
        return result;
    }
    if (nifti_image_load(image.get()) != 0 || image->data == nullptr) {
        result.error = unreadable;
        return result;
    }
    bool known = true;
    for (std::size_t i = 0; i < volume.voxelCount(); ++i) {
        double v = readRaw(*image, i, &known);
        if (!known) {
            result.error = tr("%1: unsupported NIfTI data type %2").arg(path).arg(image->datatype);
            return result;
        }
        if (scaled)
            v = v * image->scl_slope + image->scl_inter;
        volume.setValue(i, static_cast<float>(v));
    }
    result.volume = std::move(volume);
    return result;
}

bool niftiFileIsWhole(const QString &path) {
    nifti_set_debug_level(0);
    const NiftiPtr header(nifti_image_read(QFile::encodeName(path).constData(), 0));
    if (!header || header->nbyper <= 0)
        return false;
    const quint64 expected =
        static_cast<quint64>(std::max(0, header->iname_offset)) +
        static_cast<quint64>(header->nvox) * static_cast<quint64>(header->nbyper);
    return completeOnDisk(path, nifti_is_gzfile(header->iname) != 0, expected);
}

QString writeNifti(const Volume &volume, const QString &path, int gzipLevel) {
    if (volume.isEmpty())
        return tr("%1: nothing to write (empty volume)").arg(path);
    const Geometry &g = volume.geometry();
    const bool isInt16 = volume.type() == VoxelType::Int16;
    const int dims[8] = {3, g.dims[0], g.dims[1], g.dims[2], 1, 1, 1, 1};
    NiftiPtr image(nifti_make_new_nim(dims, isInt16 ? DT_INT16 : DT_FLOAT32, 0));
    if (!image)
        return tr("%1: could not create the NIfTI header").arg(path);

    const std::size_t bytes =
        volume.voxelCount() * (isInt16 ? sizeof(std::int16_t) : sizeof(float));
    image->data = std::malloc(bytes); // freed by nifti_image_free
    if (image->data == nullptr)
        return tr("%1: out of memory").arg(path);
    std::memcpy(image->data,
                isInt16 ? static_cast<const void *>(volume.int16Data())
                        : static_cast<const void *>(volume.floatData()),
                bytes);

    const mat44 affine = toMat44(g.indexToRas());
    image->sform_code = NIFTI_XFORM_SCANNER_ANAT;
    image->qform_code = NIFTI_XFORM_SCANNER_ANAT;
    image->sto_xyz = affine;
    image->sto_ijk = nifti_mat44_inverse(affine);
    nifti_mat44_to_quatern(affine, &image->quatern_b, &image->quatern_c, &image->quatern_d,
                           &image->qoffset_x, &image->qoffset_y, &image->qoffset_z, &image->dx,
                           &image->dy, &image->dz, &image->qfac);
    image->qto_xyz = nifti_quatern_to_mat44(image->quatern_b, image->quatern_c, image->quatern_d,
                                            image->qoffset_x, image->qoffset_y, image->qoffset_z,
                                            image->dx, image->dy, image->dz, image->qfac);
    image->qto_ijk = nifti_mat44_inverse(image->qto_xyz);
    image->pixdim[1] = image->dx = static_cast<float>(g.spacing[0]);
    image->pixdim[2] = image->dy = static_cast<float>(g.spacing[1]);
    image->pixdim[3] = image->dz = static_cast<float>(g.spacing[2]);
    image->xyz_units = NIFTI_UNITS_MM;
    image->nifti_type = NIFTI_FTYPE_NIFTI1_1;

    const QFileInfo target(path);
    const bool gz = path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
    const QString temp =
        target.absolutePath() + QStringLiteral("/.%1.tmp%2-%3%4")
                                    .arg(target.completeBaseName())
                                    .arg(::getpid())
                                    .arg(g_tempCounter.fetch_add(1))
                                    .arg(gz ? QStringLiteral(".nii.gz") : QStringLiteral(".nii"));
    if (nifti_set_filenames(image.get(), QFile::encodeName(temp).constData(), 0, 1) != 0)
        return tr("%1: invalid file name for NIfTI").arg(path);
    // niftilib passes the mode string to gzopen, so "wb1" selects the compression level.
    const QByteArray mode = "wb" + QByteArray::number(std::clamp(gzipLevel, 1, 9));
    nifti_image_write_hdr_img(image.get(), 1, mode.constData());

    // niftilib reports write errors on stderr only; check the result on disk.
    if (!completeOnDisk(temp, gz, 352 + static_cast<quint64>(bytes)) || !syncFile(temp)) {
        QFile::remove(temp);
        return tr("%1: writing failed (disk full or not writable?)").arg(path);
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(),
                            QFile::encodeName(path).toStdString(), ec);
    if (ec) {
        QFile::remove(temp);
        return tr("%1: could not move the written file into place: %2")
            .arg(path, QString::fromStdString(ec.message()));
    }
    return {};
}

} // namespace brainmd
