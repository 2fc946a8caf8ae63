#pragma once

// Private to the DICOM module: GDCM writes its warnings and errors to std::cerr through
// gdcm::Trace, naming no file. A capture sends them to a buffer for as long as it lives so
// that the caller can attach them to the file it was reading.

#include <QString>

#include <memory>

namespace brainmd::dicom {

class LibraryMessageCapture {
public:
    /// Redirects gdcm::Trace until destruction. Captures are serialised process-wide
    /// (gdcm::Trace is global), so keep them around one file's reading only.
    LibraryMessageCapture();
    ~LibraryMessageCapture();
    LibraryMessageCapture(const LibraryMessageCapture &) = delete;
    LibraryMessageCapture &operator=(const LibraryMessageCapture &) = delete;

    /// What was captured so far, lines joined by "; ", at most about 600 characters.
    QString text() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Lines of `raw` (library output) cleaned for a one-line report: trimmed, empty lines
/// and repeats dropped, joined by "; ", cut to about `maxChars`.
QString condenseMessages(const QString &raw, int maxChars = 600);

} // namespace brainmd::dicom
