#include "privacy/DataSetCleaner.h"

#include "privacy/DateShift.h"

#include <gdcmDicts.h>
#include <gdcmGlobal.h>
#include <gdcmSequenceOfItems.h>

#include <QRegularExpression>

namespace brainmd {

std::string elementText(const gdcm::DataElement &de) {
    const gdcm::ByteValue *bv = de.GetByteValue();
    if (bv == nullptr || bv->GetPointer() == nullptr)
        return {};
    std::string text(bv->GetPointer(), bv->GetLength());
    while (!text.empty() && (text.back() == ' ' || text.back() == '\0'))
        text.pop_back();
    return text;
}

std::string elementVr(const gdcm::DataElement &de) {
    gdcm::VR vr = de.GetVR();
    if (vr == gdcm::VR::INVALID || vr == gdcm::VR::UN) {
        const gdcm::DictEntry &entry =
            gdcm::Global::GetInstance().GetDicts().GetDictEntry(de.GetTag());
        vr = entry.GetVR();
    }
    const char *name = gdcm::VR::GetVRString(vr);
    return name != nullptr ? std::string(name) : std::string();
}

void setElementText(gdcm::DataElement &de, const std::string &vr, std::string text) {
    if (text.size() % 2 == 1)
        text.push_back(vr == "UI" ? '\0' : ' ');
    de.SetByteValue(text.data(), gdcm::VL(static_cast<std::uint32_t>(text.size())));
}

DataSetCleaner::DataSetCleaner(const DeidentifyProfile &profile, const PseudonymKey &key,
                               std::string pseudonym, int dateOffsetDays, QStringList identifiers)
    : m_profile(profile)
    , m_key(key)
    , m_pseudonym(std::move(pseudonym))
    , m_offsetDays(dateOffsetDays)
    , m_identifiers(std::move(identifiers)) {}

void DataSetCleaner::clean(gdcm::DataSet &dataSet) {
    // Elements of a set are immutable in place: build the cleaned list, then swap it in.
    std::vector<gdcm::DataElement> kept;
    for (const gdcm::DataElement &original : dataSet.GetDES()) {
        gdcm::DataElement de = original;
        const gdcm::Tag &t = de.GetTag();
        const std::string vr = elementVr(de);
        if (apply(de, m_profile.action(t.GetGroup(), t.GetElement(), vr), vr))
            kept.push_back(de);
    }
    dataSet.Clear();
    for (const gdcm::DataElement &de : kept)
        dataSet.Insert(de);
}

bool DataSetCleaner::apply(gdcm::DataElement &de, TagAction action, const std::string &vr) {
    switch (action) {
    case TagAction::Remove:
        return false;
    case TagAction::Empty:
        de.Empty();
        return true;
    case TagAction::Pseudonym:
        setElementText(de, vr, m_pseudonym);
        return true;
    case TagAction::Dummy:
        if (const std::string value = elementText(de); !value.empty())
            setElementText(de, vr, m_key.dummyValue(QString::fromUtf8(value)).toStdString());
        return true;
    case TagAction::MapUid:
        setElementText(de, vr, mapUidValue(elementText(de)));
        return true;
    case TagAction::ShiftDate: {
        const QString value = QString::fromLatin1(elementText(de));
        const QString shifted = vr == "DA" ? shiftDicomDate(value, m_offsetDays)
                                           : shiftDicomDateTime(value, m_offsetDays);
        setElementText(de, vr, shifted.toStdString());
        return true;
    }
    case TagAction::CleanDescriptor:
        if (!holdsIdentifier(elementText(de)))
            return true;
        m_cleaned.append(QString::fromStdString(
            gdcm::Global::GetInstance().GetDicts().GetDictEntry(de.GetTag()).GetName()));
        return false;
    case TagAction::Keep:
        if (vr == "SQ")
            cleanSequence(de);
        return true;
    }
    return false;
}

void DataSetCleaner::cleanSequence(gdcm::DataElement &de) {
    gdcm::SmartPointer<gdcm::SequenceOfItems> items = de.GetValueAsSQ();
    if (!items)
        return;
    for (gdcm::SequenceOfItems::SizeType i = 1; i <= items->GetNumberOfItems(); ++i) {
        gdcm::Item &item = items->GetItem(i);
        clean(item.GetNestedDataSet());
        // The item shrank or grew: let the writer delimit it instead of a stale length.
        item.SetVLToUndefined();
    }
    items->SetLengthToUndefined();
    de.SetValue(*items);
    de.SetVLToUndefined();
}

std::string DataSetCleaner::mapUidValue(const std::string &value) {
    std::string mapped;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t end = std::min(value.find('\\', start), value.size());
        const std::string uid = value.substr(start, end - start);
        std::string replacement = uid;
        if (!uid.empty() && !isStandardUid(uid)) {
            auto it = m_uids.find(uid);
            if (it == m_uids.end())
                it =
                    m_uids.emplace(uid, m_key.mapUid(QString::fromLatin1(uid)).toStdString()).first;
            replacement = it->second;
        }
        mapped += (start > 0 ? "\\" : "") + replacement;
        start = end + 1;
    }
    return mapped;
}

bool DataSetCleaner::holdsIdentifier(const std::string &text) const {
    const QString value = QString::fromUtf8(text);
    for (const QString &identifier : m_identifiers)
        if (value.contains(identifier, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList identifyingTexts(const gdcm::DataSet &dataSet) {
    static const gdcm::Tag kSources[] = {
        {0x0010, 0x0010}, {0x0010, 0x0020}, {0x0010, 0x1000}, {0x0010, 0x1001}, {0x0010, 0x1005},
        {0x0010, 0x1060}, {0x0010, 0x0030}, {0x0010, 0x1090}, {0x0010, 0x1040}, {0x0008, 0x0050},
        {0x0008, 0x0080}, {0x0008, 0x0081}, {0x0008, 0x0090}, {0x0008, 0x1010}, {0x0008, 0x1040},
        {0x0008, 0x1048}, {0x0008, 0x1050}, {0x0008, 0x1060}, {0x0008, 0x1070}, {0x0038, 0x0010},
        {0x0020, 0x000D}, {0x0020, 0x000E}, {0x0008, 0x0018}, {0x0020, 0x0052}};
    static const QRegularExpression kNameParts(QStringLiteral("[\\^=\\\\ ,]+"));
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        const QString trimmed = text.trimmed();
        if (trimmed.size() >= 3 && !texts.contains(trimmed, Qt::CaseInsensitive))
            texts.append(trimmed);
    };
    for (const gdcm::Tag &t : kSources) {
        if (!dataSet.FindDataElement(t))
            continue;
        const QString value = QString::fromUtf8(elementText(dataSet.GetDataElement(t)));
        add(value);
        // Names are also matched part by part: a description may hold just the surname.
        for (const QString &part : value.split(kNameParts, Qt::SkipEmptyParts))
            add(part);
    }
    return texts;
}

} // namespace brainmd
