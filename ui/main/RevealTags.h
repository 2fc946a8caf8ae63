#pragma once

class QObject;

namespace brainmd {

class BlindingPolicy;

/// What showing a window's action, tab or dock may reveal; the window enables each by
/// asking the session's BlindingPolicy (applyBlinding()). Untagged means Nothing.
enum class Reveals {
    Nothing,
    OthersWork,      ///< other readers' slices and answers
    ReferenceSlices, ///< imported reference-slice files
    ModelOutputs,    ///< Vote-MI / baseline selections and profiles
    Verify,          ///< imported answers as suggestions (a Verify session only)
    Adjudication,    ///< everyone's work side by side
    Exports,         ///< files of every reader's annotations
    Dashboard        ///< BrainBench results of every case
};

/// Tags `object` (an action, a tab page or a dock) with what it reveals; returns it.
template <typename T> T *needs(T *object, Reveals reveals);
void setReveals(QObject *object, Reveals reveals);
Reveals revealsOf(const QObject *object);
/// Whether the policy lets the user reach what `reveals` names now.
bool revealAllowed(const BlindingPolicy &policy, Reveals reveals);

template <typename T> T *needs(T *object, Reveals reveals) {
    setReveals(object, reveals);
    return object;
}

} // namespace brainmd
