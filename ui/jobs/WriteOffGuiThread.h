#pragma once

#include <QObject>

#include <functional>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace brainmd {

/// Where the GUI thread's database writes run: a thread of their own, so that SQLite's
/// wait for another program's write lock (up to the connection's busy timeout, 5 s, plus
/// retries) never stops the GUI from drawing. The GUI thread waits in a local event loop
/// that paints and runs timers but holds user input back until the write has returned,
/// so a reader's next click still lands after the answer before it is stored (or has
/// failed). Reads stay on the GUI thread: in WAL mode a reader never waits for a writer.
class DatabaseWriter final : public QObject {
    Q_OBJECT

public:
    /// The application's writer (created on first use, a child of the application).
    static DatabaseWriter &instance();
    ~DatabaseWriter() override;

    /// Runs `write` on the writer thread and returns once it has returned. Called from
    /// any thread but the GUI thread, `write` runs at once on the calling thread.
    void run(const std::function<void()> &write);
    /// True while a write started from the GUI thread has not returned yet.
    bool isWriting() const { return m_depth > 0; }

Q_SIGNALS:
    /// A GUI-thread write has waited longer than a moment (another program holds the
    /// database's write lock): `waiting` true; false once it has returned.
    void waitingChanged(bool waiting);

private:
    explicit DatabaseWriter(QObject *parent);

    QThreadPool *m_pool;
    int m_depth = 0;
};

/// `write()` run by DatabaseWriter; returns what it returned.
template <class Write> auto writeOffGuiThread(Write &&write) -> std::invoke_result_t<Write &> {
    using Result = std::invoke_result_t<Write &>;
    if constexpr (std::is_void_v<Result>) {
        DatabaseWriter::instance().run([&write] { write(); });
    } else {
        Result result{};
        DatabaseWriter::instance().run([&write, &result] { result = write(); });
        return result;
    }
}

} // namespace brainmd
