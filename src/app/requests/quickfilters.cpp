#include "app/requests/quickfilters.h"

#include "core/query/filterformat.h"
#include "core/query/filtersets.h"

namespace rs {
namespace {

// The quick filters are named sets of the grammar, so that their chips and expressions read
// "class in failures" rather than listing twenty classes.
std::vector<std::uint8_t> setIds(FilterField field, std::string_view name)
{
    const FilterValueSet* set = findFilterValueSet(field, name);
    return set ? set->ids : std::vector<std::uint8_t>{};
}

Filter quickMembers(QuickFilter quick)
{
    Filter f;
    switch (quick) {
    case QuickFilter::All:
        break;
    case QuickFilter::Failures:
        f.classes = setIds(FilterField::Class, "failures");
        break;
    case QuickFilter::ServerErrors:
        f.statuses = {{500, 599}};
        break;
    case QuickFilter::ClientErrors:
        f.statuses = {{400, 499}};
        break;
    case QuickFilter::Platform:
        f.sources = setIds(FilterField::Source, "platform_side");
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

std::string quickFilterExpression(QuickFilter quick)
{
    return formatFilterExpression(quickMembers(quick));
}

} // namespace rs
