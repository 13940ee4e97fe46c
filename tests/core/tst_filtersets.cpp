// Named sets of classes and sources: `class in failures` and `source in platform_side` select
// what the quick filters select, read back as themselves, and mistakes name the set.
#include "core/diagnosis/errorclass.h"
#include "core/query/classnames.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "core/query/filtersets.h"
#include "filtertext.h"

#include <QTest>

using namespace rs;
using rs::test::failed;
using rs::test::parsed;

namespace {

std::uint8_t cls(ErrorClass c)
{
    return static_cast<std::uint8_t>(c);
}

} // namespace

class TestFilterSets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failuresAreEveryClassButThree();
    void platformSideSources();
    void setsMixWithValuesInsideExpressions();
    void writtenBackByName();
    void mistakesNameTheSet();
    void helpListsSetsAndInfrastructure();
};

void TestFilterSets::failuresAreEveryClassButThree()
{
    const Filter f = parsed("class in failures");
    QCOMPARE(f.classes.size(), kErrorClassCount - 3);
    for (const ErrorClass notFailure : {ErrorClass::Ok, ErrorClass::Recovered, ErrorClass::AppResponse})
        QVERIFY(std::find(f.classes.begin(), f.classes.end(), cls(notFailure)) == f.classes.end());
    for (const ErrorClass failure : {ErrorClass::Dial, ErrorClass::UnknownRoute, ErrorClass::RouterPanic})
        QVERIFY(std::find(f.classes.begin(), f.classes.end(), cls(failure)) != f.classes.end());
    QVERIFY(!f.expression);
    // Case-insensitive, and `=` takes a set too.
    QCOMPARE(parsed("CLASS IN Failures").classes, f.classes);
    QCOMPARE(parsed("class=failures").classes, f.classes);
    // Narrowing with another term intersects.
    QCOMPARE(parsed("class in failures and class in (ok, dial)").classes,
             std::vector<std::uint8_t>{cls(ErrorClass::Dial)});
    // platform_errors: failure classes whose source is the platform side.
    const Filter platform = parsed("class in platform_errors");
    QVERIFY(!platform.classes.empty());
    for (const auto c : platform.classes) {
        const Source s = sourceOf(static_cast<ErrorClass>(c));
        QVERIFY(s == Source::Platform || s == Source::AppOrPlatform);
    }
    QVERIFY(std::find(platform.classes.begin(), platform.classes.end(), cls(ErrorClass::Dial)) !=
            platform.classes.end());
}

void TestFilterSets::platformSideSources()
{
    QCOMPARE(parsed("source in platform_side").sources,
             (std::vector<std::uint8_t>{static_cast<std::uint8_t>(Source::AppOrPlatform),
                                        static_cast<std::uint8_t>(Source::Platform)}));
    QCOMPARE(parsed("source=infrastructure").sources,
             std::vector<std::uint8_t>{static_cast<std::uint8_t>(Source::Infrastructure)});
}

void TestFilterSets::setsMixWithValuesInsideExpressions()
{
    const Filter f = parsed("host=a or attempt.class in (endpoint_failures, unknown_route)");
    QVERIFY(f.expression);
    const FilterNode& attempt = f.expression.root->children[1];
    QCOMPARE(attempt.field, FilterField::AttemptClass);
    QVERIFY(std::find(attempt.ids.begin(), attempt.ids.end(), cls(ErrorClass::Dial)) != attempt.ids.end());
    QVERIFY(std::find(attempt.ids.begin(), attempt.ids.end(), cls(ErrorClass::UnknownRoute)) !=
            attempt.ids.end());
    QVERIFY(std::find(attempt.ids.begin(), attempt.ids.end(), cls(ErrorClass::Ok)) == attempt.ids.end());
    // Each id once, however the sets overlap.
    std::vector<std::uint8_t> sorted = attempt.ids;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}

void TestFilterSets::writtenBackByName()
{
    // The quick filters' members, as formatFilterExpression writes them.
    Filter failures;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c))
            failures.classes.push_back(static_cast<std::uint8_t>(c));
    }
    QCOMPARE(formatFilterExpression(failures), std::string("class in failures"));
    QCOMPARE(parsed(formatFilterExpression(failures)), failures);
    Filter platform;
    platform.sources = {static_cast<std::uint8_t>(Source::AppOrPlatform),
                        static_cast<std::uint8_t>(Source::Platform)};
    QCOMPARE(formatFilterExpression(platform), std::string("source in platform_side"));
    // A set less one class is a list again.
    failures.classes.pop_back();
    QVERIFY(formatFilterExpression(failures).starts_with("class in (dial"));
    QCOMPARE(parsed(formatFilterExpression(failures)), failures);
    // Inside an expression the set keeps its name.
    const Filter nested = parsed("not CLASS in Failures or host=x");
    QCOMPARE(nested.expression.text, std::string("not class in failures or host=x"));
    QCOMPARE(parsed(nested.expression.text), nested);
}

void TestFilterSets::mistakesNameTheSet()
{
    const FilterParseError typo = failed("class in failurs");
    QCOMPARE(typo.position, std::size_t(9));
    QVERIFY2(typo.message.find("unknown set 'failurs'") != std::string::npos, typo.message.c_str());
    QVERIFY2(typo.message.find("did you mean 'failures'") != std::string::npos, typo.message.c_str());
    // A class set is no source set.
    const FilterParseError wrongField = failed("source in failures");
    QCOMPARE(wrongField.position, std::size_t(10));
    QVERIFY(wrongField.message.find("unknown set") != std::string::npos);
    // Sets are for classes and sources only.
    QCOMPARE(failed("host in failures").position, std::size_t(8));
}

void TestFilterSets::helpListsSetsAndInfrastructure()
{
    const std::string help = filterExpressionHelp();
    for (const auto& set : filterValueSets())
        QVERIFY2(help.find(std::string(set.name)) != std::string::npos, std::string(set.name).c_str());
    QVERIFY(help.find("infrastructure") != std::string::npos);
    QVERIFY(help.find("class in failures") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestFilterSets)
#include "tst_filtersets.moc"
