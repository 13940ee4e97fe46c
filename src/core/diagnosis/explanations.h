#pragma once

#include "core/diagnosis/errorclass.h"

#include <QString>

#include <string_view>

namespace rs {

// User-visible texts for support engineers (translated; context "ClassExplanations").
QString classTitle(ErrorClass cls);
// What happened, what Gorouter did (retried, pruned, marked ineligible, or not), where to look.
QString classExplanation(ErrorClass cls);
QString sourceTitle(Source source);
// The same for an x_cf_routererror value ("endpoint_failure (…)" counts as endpoint_failure);
// empty for a value RouteScope does not know.
QString routerErrorExplanation(std::string_view value);

} // namespace rs
