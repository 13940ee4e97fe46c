#include "app/requests/quickfilters.h"

#include "core/diagnosis/errorclass.h"
#include "core/query/classnames.h"

namespace rs {
namespace {

std::vector<std::uint8_t> failureClasses()
{
    std::vector<std::uint8_t> classes;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c))
            classes.push_back(static_cast<std::uint8_t>(c));
    }
    return classes;
}

std::vector<std::uint8_t> platformSources()
{
    return {static_cast<std::uint8_t>(Source::Platform), static_cast<std::uint8_t>(Source::AppOrPlatform)};
}

Filter quickMembers(QuickFilter quick)
{
    Filter f;
    switch (quick) {
    case QuickFilter::All:
        break;
    case QuickFilter::Failures:
        f.classes = failureClasses();
        break;
    case QuickFilter::ServerErrors:
        f.statuses = {{500, 599}};
        break;
    case QuickFilter::ClientErrors:
        f.statuses = {{400, 499}};
        break;
    case QuickFilter::Platform:
        f.sources = platformSources();
        break;
    }
    return f;
}

} // namespace

void applyQuickFilter(Filter& filter, QuickFilter quick)
{
    const Filter members = quickMembers(quick);
    filter.classes = members.classes;
    filter.statuses = members.statuses;
    filter.sources = members.sources;
}

std::optional<QuickFilter> quickFilterOf(const Filter& filter)
{
    for (const QuickFilter quick : {QuickFilter::All, QuickFilter::Failures, QuickFilter::ServerErrors,
                                    QuickFilter::ClientErrors, QuickFilter::Platform}) {
        const Filter members = quickMembers(quick);
        if (filter.classes == members.classes && filter.statuses == members.statuses &&
            filter.sources == members.sources)
            return quick;
    }
    return std::nullopt;
}

} // namespace rs
