#include "io/dicom/DicomDataSetAccess.h"

#include "io/dicom/DicomCharset.h"

#include <gdcmByteValue.h>
#include <gdcmDataElement.h>
#include <gdcmItem.h>
#include <gdcmSequenceOfItems.h>

#include <QLocale>

#include <cmath>
#include <cstring>

namespace brainmd::dicom {

namespace {

std::string trimmed(std::string s) {
    const auto notPad = [](char c) {
        return c != ' ' && c != '\0';
    };
    while (!s.empty() && !notPad(s.back()))
        s.pop_back();
    std::size_t first = 0;
    while (first < s.size() && s[first] == ' ')
        ++first;
    return s.substr(first);
}

const gdcm::ByteValue *byteValue(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    if (!ds.FindDataElement(tag))
        return nullptr;
    const gdcm::DataElement &de = ds.GetDataElement(tag);
    return de.IsEmpty() ? nullptr : de.GetByteValue();
}

std::optional<double> parseNumber(const std::string &s) {
    bool ok = false;
    const double v = QString::fromStdString(s).trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::string rawString(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    const gdcm::ByteValue *bv = byteValue(ds, tag);
    if (bv == nullptr || bv->GetPointer() == nullptr)
        return {};
    return trimmed(std::string(bv->GetPointer(), bv->GetLength()));
}

QString text(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    const std::string raw = rawString(ds, tag);
    if (raw.empty())
        return {};
    // Person names switch back to the default character set at '^' and '='; implicit-VR
    // files carry no VR, so the patient's name is known by its tag.
    const bool personName =
        tag == gdcm::Tag(0x0010, 0x0010) || ds.GetDataElement(tag).GetVR() == gdcm::VR::PN;
    return decodeDicomText(raw, rawString(ds, gdcm::Tag(0x0008, 0x0005)),
                           personName ? DicomTextKind::PersonName : DicomTextKind::Plain);
}

std::vector<std::string> stringValues(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    std::vector<std::string> out;
    const std::string raw = rawString(ds, tag);
    if (raw.empty())
        return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = raw.find('\\', start);
        out.push_back(trimmed(raw.substr(start, end == std::string::npos ? end : end - start)));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

std::vector<double> numbers(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    std::vector<double> out;
    for (const std::string &s : stringValues(ds, tag)) {
        const std::optional<double> v = parseNumber(s);
        if (!v)
            return {};
        out.push_back(*v);
    }
    return out;
}

std::optional<double> firstNumber(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    const std::vector<double> values = numbers(ds, tag);
    return values.empty() ? std::nullopt : std::optional<double>(values.front());
}

std::optional<int> unsignedShort(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    const gdcm::ByteValue *bv = byteValue(ds, tag);
    if (bv == nullptr || bv->GetLength() < 2)
        return std::nullopt;
    std::uint16_t v = 0;
    std::memcpy(&v, bv->GetPointer(), sizeof v);
    return static_cast<int>(v);
}

std::optional<double> floatDouble(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    const gdcm::ByteValue *bv = byteValue(ds, tag);
    if (bv == nullptr)
        return std::nullopt;
    if (bv->GetLength() == sizeof(double)) {
        double v = 0;
        std::memcpy(&v, bv->GetPointer(), sizeof v);
        return v;
    }
    return firstNumber(ds, tag);
}

std::size_t itemCount(const gdcm::DataSet &ds, const gdcm::Tag &tag) {
    if (!ds.FindDataElement(tag))
        return 0;
    gdcm::SmartPointer<gdcm::SequenceOfItems> sq = ds.GetDataElement(tag).GetValueAsSQ();
    return sq ? sq->GetNumberOfItems() : 0;
}

std::optional<gdcm::DataSet> item(const gdcm::DataSet &ds, const gdcm::Tag &tag,
                                  std::size_t index) {
    if (!ds.FindDataElement(tag))
        return std::nullopt;
    gdcm::SmartPointer<gdcm::SequenceOfItems> sq = ds.GetDataElement(tag).GetValueAsSQ();
    if (!sq || index >= sq->GetNumberOfItems())
        return std::nullopt;
    return sq->GetItem(index + 1).GetNestedDataSet();
}

std::optional<gdcm::DataSet> functionalGroup(const std::optional<gdcm::DataSet> &groupItem,
                                             const gdcm::Tag &outer) {
    return groupItem ? item(*groupItem, outer) : std::nullopt;
}

std::string formatDs(double value) {
    if (std::abs(value) < 1e-12)
        value = 0.0;
    for (int precision = 16; precision > 1; --precision) {
        const QString s = QString::number(value, 'g', precision);
        if (s.size() <= 16)
            return s.toStdString();
    }
    return QString::number(value, 'g', 1).toStdString();
}

std::string formatDsList(const std::vector<double> &values) {
    std::string out;
    for (std::size_t n = 0; n < values.size(); ++n) {
        if (n > 0)
            out += '\\';
        out += formatDs(values[n]);
    }
    return out;
}

void setString(gdcm::DataSet &ds, const gdcm::Tag &tag, gdcm::VR vr, const std::string &value) {
    std::string padded = value;
    if (padded.size() % 2 != 0)
        padded += (vr == gdcm::VR::UI) ? '\0' : ' ';
    gdcm::DataElement de(tag);
    de.SetVR(vr);
    de.SetByteValue(padded.data(), static_cast<std::uint32_t>(padded.size()));
    ds.Replace(de);
}

void setString(gdcm::DataSet &ds, const gdcm::Tag &tag, gdcm::VR vr, const QString &value) {
    setString(ds, tag, vr, value.toStdString());
}

void setUnsignedShort(gdcm::DataSet &ds, const gdcm::Tag &tag, unsigned short value) {
    gdcm::DataElement de(tag);
    de.SetVR(gdcm::VR::US);
    de.SetByteValue(reinterpret_cast<const char *>(&value), sizeof value);
    ds.Replace(de);
}

void setUnsignedLong(gdcm::DataSet &ds, const gdcm::Tag &tag, unsigned int value) {
    gdcm::DataElement de(tag);
    de.SetVR(gdcm::VR::UL);
    de.SetByteValue(reinterpret_cast<const char *>(&value), sizeof value);
    ds.Replace(de);
}

void setSequence(gdcm::DataSet &ds, const gdcm::Tag &tag, const std::vector<gdcm::DataSet> &items) {
    gdcm::SmartPointer<gdcm::SequenceOfItems> sq = new gdcm::SequenceOfItems;
    sq->SetLengthToUndefined();
    for (const gdcm::DataSet &nested : items) {
        gdcm::Item it;
        it.SetVLToUndefined();
        it.SetNestedDataSet(nested);
        sq->AddItem(it);
    }
    gdcm::DataElement de(tag);
    de.SetVR(gdcm::VR::SQ);
    de.SetValue(*sq);
    de.SetVLToUndefined();
    ds.Replace(de);
}

} // namespace brainmd::dicom
