#include "jobs/Job.h"

namespace brainmd {

namespace {

class FunctionJob final : public Job {
public:
    FunctionJob(QString title, std::function<void(ProgressReporter &, const CancelFlag &)> body,
                std::function<void()> onCancel)
        : m_title(std::move(title))
        , m_body(std::move(body))
        , m_onCancel(std::move(onCancel)) {}
    QString title() const override { return m_title; }
    void run(ProgressReporter &progress) override {
        CancellableProgress guarded(&progress, cancelFlag());
        m_body(guarded, cancelFlag());
    }
    void cancel() override {
        Job::cancel();
        if (m_onCancel)
            m_onCancel();
    }

private:
    QString m_title;
    std::function<void(ProgressReporter &, const CancelFlag &)> m_body;
    std::function<void()> m_onCancel;
};

} // namespace

std::unique_ptr<Job> makeJob(QString title,
                             std::function<void(ProgressReporter &, const CancelFlag &)> body,
                             std::function<void()> onCancel) {
    return std::make_unique<FunctionJob>(std::move(title), std::move(body), std::move(onCancel));
}

} // namespace brainmd
