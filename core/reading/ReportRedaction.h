#pragma once

#include <QString>

namespace brainmd {

/// Withholds the parts of a case document that answer the reading questions, keeping
/// what a radiologist is given before reading (examination, clinical indication,
/// history). Reports are split at section headings ("FINDINGS:", "Impression:",
/// "Befund:" ...; a heading is a line starting with a word or phrase and a colon);
/// findings, impression, conclusion, opinion, diagnosis, summary and the like are
/// replaced by `placeholder`. Text before the first heading and a document without any
/// known heading are withheld entirely (nothing is shown that was not recognised as
/// safe). `kind` is "report", "ehr" or "demographics": EHR / JSON-like lines whose key
/// names a withheld section are withheld, others kept; demographics are kept.
QString withholdFindings(const QString &kind, const QString &text, const QString &placeholder);

/// True when a section heading (or JSON key) names a part that answers the questions.
bool isWithheldHeading(const QString &heading);

} // namespace brainmd
