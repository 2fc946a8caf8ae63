#include "votemi/FacilityLocation.h"

#include "jobs/Progress.h"

#include <QCoreApplication>

#include <queue>

namespace brainmd {
namespace {

struct Candidate {
    double gain;
    int node;
};

// Priority order: larger gain first, then the lower node.
bool better(const Candidate &a, const Candidate &b) {
    return a.gain > b.gain || (a.gain == b.gain && a.node < b.node);
}

struct WorseFirst {
    bool operator()(const Candidate &a, const Candidate &b) const { return better(b, a); }
};

} // namespace

FacilityLocation::FacilityLocation(const KnnGraph &graph)
    : m_cover(static_cast<std::size_t>(graph.size()), 0.0f)
    , m_selected(static_cast<std::size_t>(graph.size()), false) {
    const int n = graph.size();
    std::vector<int> counts(static_cast<std::size_t>(n), 1);
    for (int neighbour : graph.neighbours) {
        if (neighbour >= 0) {
            ++counts[static_cast<std::size_t>(neighbour)];
        }
    }
    m_start.assign(static_cast<std::size_t>(n) + 1, 0);
    for (int x = 0; x < n; ++x) {
        m_start[static_cast<std::size_t>(x) + 1] =
            m_start[static_cast<std::size_t>(x)] + counts[static_cast<std::size_t>(x)];
    }
    m_client.resize(static_cast<std::size_t>(m_start.back()));
    m_similarity.resize(m_client.size());
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    for (int x = 0; x < n; ++x) {
        const auto at = static_cast<std::size_t>(fill[static_cast<std::size_t>(x)]++);
        m_client[at] = x;
        m_similarity[at] = 1.0f;
    }
    for (int c = 0; c < n; ++c) {
        for (int j = 0; j < graph.k; ++j) {
            const int x = graph.neighboursOf(c)[j];
            if (x < 0) {
                continue;
            }
            const auto at = static_cast<std::size_t>(fill[static_cast<std::size_t>(x)]++);
            m_client[at] = c;
            m_similarity[at] = graph.similarityOf(c)[j];
        }
    }
}

double FacilityLocation::value() const {
    double sum = 0.0;
    for (float c : m_cover) {
        sum += c;
    }
    return sum;
}

double FacilityLocation::gain(int node) const {
    double sum = 0.0;
    const auto end = static_cast<std::size_t>(m_start[static_cast<std::size_t>(node) + 1]);
    for (auto i = static_cast<std::size_t>(m_start[static_cast<std::size_t>(node)]); i < end; ++i) {
        sum += std::max(0.0f, m_similarity[i] - m_cover[static_cast<std::size_t>(m_client[i])]);
    }
    return sum;
}

void FacilityLocation::add(int node) {
    if (m_selected[static_cast<std::size_t>(node)]) {
        return;
    }
    m_selected[static_cast<std::size_t>(node)] = true;
    m_order.push_back(node);
    const auto end = static_cast<std::size_t>(m_start[static_cast<std::size_t>(node) + 1]);
    for (auto i = static_cast<std::size_t>(m_start[static_cast<std::size_t>(node)]); i < end; ++i) {
        float &cover = m_cover[static_cast<std::size_t>(m_client[i])];
        cover = std::max(cover, m_similarity[i]);
    }
}

bool FacilityLocation::addGreedyLazy(int target, ProgressReporter *progress) {
    target = std::min(target, size());
    std::priority_queue<Candidate, std::vector<Candidate>, WorseFirst> queue;
    for (int x = 0; x < size(); ++x) {
        if (!isSelected(x)) {
            queue.push({gain(x), x});
        }
    }
    const int start = static_cast<int>(m_order.size());
    long iterations = 0;
    while (static_cast<int>(m_order.size()) < target && !queue.empty()) {
        const int done = static_cast<int>(m_order.size()) - start;
        if (iterations++ % 4096 == 0 &&
            !reportProgress(progress, static_cast<double>(done) / std::max(1, target - start),
                            QCoreApplication::translate("brainmd", "Selecting patches"))) {
            return false;
        }
        const Candidate top = queue.top();
        queue.pop();
        const Candidate fresh{gain(top.node), top.node};
        // Stale gains bound fresh ones from above, so a fresh gain that still beats
        // the best stale one is the true maximum.
        if (queue.empty() || !better(queue.top(), fresh)) {
            add(fresh.node);
        } else {
            queue.push(fresh);
        }
    }
    return true;
}

void FacilityLocation::addGreedyPlain(int target) {
    target = std::min(target, size());
    while (static_cast<int>(m_order.size()) < target) {
        Candidate best{-1.0, -1};
        for (int x = 0; x < size(); ++x) {
            const Candidate c{gain(x), x};
            if (!isSelected(x) && (best.node < 0 || better(c, best))) {
                best = c;
            }
        }
        add(best.node);
    }
}

} // namespace brainmd
