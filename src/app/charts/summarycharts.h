#pragma once

#include "core/diagnosis/errorclass.h"
#include "core/query/aggregates.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

class QCustomPlot;
class QCPBars;

namespace rs {

struct ViewData;

// Charts drawn the same way in the window and in the exports.

// Horizontal bars, one row per entry of `rows` (the first on top), stacked by error class
// (one bar for the total when the classes are unknown). Category labels are the given texts,
// thinned if the rows are too close for them; counts never in exponent notation. Returns the
// bars, bottom of the stack first, and the classes they stand for in `classes`.
std::vector<QCPBars*> plotStackedRows(QCustomPlot* plot, const std::vector<KeyCount>& rows,
                                      const QStringList& labels, bool logScale,
                                      std::vector<ErrorClass>* classes = nullptr);

// The rows of a backends chart: requests that reached no backend (key "-" or "-/-") are often
// most of the failures; as a bar they would flatten every real backend, so they are counted
// apart. At most `maxRows` rows are drawn, the rest counted as hidden.
inline constexpr std::size_t kMaxBackendBars = 20;
bool isNoBackendKey(const std::string& key);
struct BackendRows {
    std::vector<KeyCount> rows;
    std::uint64_t noBackend = 0;
    std::size_t hidden = 0;
};
BackendRows splitBackendRows(const std::vector<KeyCount>& all, std::size_t maxRows);

// Failed requests per failing class of the selection, most first.
struct ClassCount {
    ErrorClass cls = ErrorClass::Ok;
    std::uint64_t count = 0;
};
std::vector<ClassCount> failingClasses(const ViewData& data);
void plotClasses(QCustomPlot* plot, const std::vector<ClassCount>& classes, bool logScale);

// Response times of the selection by decade (< 1 ms … ≥ 60 s) and their percentiles.
struct LatencyHistogram {
    QStringList labels;
    std::vector<std::uint64_t> counts;
    LatencyPercentiles percentiles;
};
LatencyHistogram latencyHistogram(const ViewData& data);
void plotLatency(QCustomPlot* plot, const LatencyHistogram& histogram, bool logScale);

} // namespace rs
