#include "core/query/analysis.h"

#include <QLocale>

namespace rs {

ClassColumns classColumns(const Diagnosis& diagnosis)
{
    static_assert(sizeof(ErrorClass) == 1 && sizeof(Source) == 1);
    return {{reinterpret_cast<const std::uint8_t*>(diagnosis.errorClass.data()), diagnosis.errorClass.size()},
            {reinterpret_cast<const std::uint8_t*>(diagnosis.source.data()), diagnosis.source.size()},
            diagnosis.attemptsBegin,
            diagnosis.attemptsCount,
            diagnosis.attemptEvents,
            diagnosis.lb.lbOfRequest};
}

std::string analysisLanguage()
{
    return QLocale().name().toStdString();
}

std::shared_ptr<const Analysis> analyse(std::shared_ptr<const Incident> incident,
                                        const std::atomic<bool>* cancel,
                                        std::shared_ptr<const Analysis> saved)
{
    if (saved && saved->incident == incident && saved->language == analysisLanguage())
        return saved;
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto analysis = std::make_shared<Analysis>();
    analysis->incident = std::move(incident);
    analysis->language = analysisLanguage();
    const bool reuse = saved && saved->incident == analysis->incident;
    analysis->diagnosis = reuse ? saved->diagnosis : diagnose(*analysis->incident);
    saved.reset();
    if (cancelled())
        return nullptr;
    analysis->routes = analyseRoutes(*analysis->incident);
    if (cancelled())
        return nullptr;
    analysis->findings = computeFindings(*analysis->incident, analysis->diagnosis, analysis->routes);
    return analysis;
}

} // namespace rs
