#include "core/query/filtersets.h"

#include "core/diagnosis/errorclass.h"
#include "core/query/classnames.h"
#include "core/query/filterfields.h"

#include <algorithm>

namespace rs {
namespace {

template <typename Keep> std::vector<std::uint8_t> classesWhere(Keep keep)
{
    std::vector<std::uint8_t> ids;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (keep(static_cast<ErrorClass>(c)))
            ids.push_back(static_cast<std::uint8_t>(c));
    }
    return ids;
}

bool isPlatformSide(Source source)
{
    return source == Source::Platform || source == Source::AppOrPlatform;
}

FilterField setFieldOf(FilterField field)
{
    return field == FilterField::AttemptClass ? FilterField::Class : field;
}

} // namespace

const std::vector<FilterValueSet>& filterValueSets()
{
    static const std::vector<FilterValueSet> sets = {
        {"failures", FilterField::Class,
         classesWhere([](ErrorClass c) { return query::isFailureClass(static_cast<std::size_t>(c)); }),
         "every class but ok, recovered and app_response"},
        {"platform_errors", FilterField::Class, classesWhere([](ErrorClass c) {
             return query::isFailureClass(static_cast<std::size_t>(c)) && isPlatformSide(sourceOf(c));
         }),
         "failure classes whose likely source is the platform or app_or_platform"},
        {"endpoint_failures", FilterField::Class,
         classesWhere([](ErrorClass c) { return isEndpointFailure(c); }),
         "failed attempts at an endpoint: dial ... endpoint_failure_other"},
        {"platform_side",
         FilterField::Source,
         {static_cast<std::uint8_t>(Source::AppOrPlatform), static_cast<std::uint8_t>(Source::Platform)},
         "app_or_platform and platform"},
    };
    return sets;
}

const FilterValueSet* findFilterValueSet(FilterField field, std::string_view name)
{
    const std::string n = filterfields::lower(name);
    const FilterField f = setFieldOf(field);
    for (const auto& set : filterValueSets()) {
        if (set.field == f && set.name == n)
            return &set;
    }
    return nullptr;
}

const FilterValueSet* filterValueSetOf(FilterField field, const std::vector<std::uint8_t>& ids)
{
    const FilterField f = setFieldOf(field);
    for (const auto& set : filterValueSets()) {
        if (set.field == f && set.ids == ids)
            return &set;
    }
    return nullptr;
}

} // namespace rs
