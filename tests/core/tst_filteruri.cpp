// The interned URI column (RequestTable::uri) against the access lines it comes from. Each file of
// a generated bundle is turned into tables of its own, with a string pool of its own and the URI
// interned, and the files are joined into one incident as the importer joins them (IdRemap): the
// column must then hold every row's URI, and `uri`, `path` and `query` terms selected over it must
// equal a brute-force evaluation over the re-parsed raw lines, and what select() answers when the
// column is absent and it re-reads the lines.
#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"
#include "core/query/filtereval.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <random>
#include <re2/re2.h>
#include <set>

using namespace rs;

namespace {

struct UriParts {
    std::string uri, path, query; // "" where missing
    std::uint16_t status = 0;
};

struct Case {
    std::string text;
    std::function<bool(const UriParts&)> holds;
};

bool containsNoCase(std::string_view hay, std::string_view needle)
{
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           }) != hay.end();
}

// A regex that holds for strings starting with `prefix` (its characters escaped).
std::string startsWithRegex(std::string_view prefix)
{
    std::string pattern = "^";
    for (const char c : prefix) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            pattern += '\\';
        pattern += c;
    }
    return pattern;
}

} // namespace

class TestFilterUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void columnHoldsEveryRowsUriAfterTheJoin();
    void uriTermsMatchTheRawLines_data();
    void uriTermsMatchTheRawLines();
    void randomUriTermsMatchTheRawLines();
    void regexNeedles();
    void regexesWithNeedlesMatchAsRe2Does();
    void manyDistinctUrisAreResolvedOnEveryCore();

private:
    std::vector<std::uint32_t> bruteForce(const Case& c) const;
    void checkCase(const Case& c);

    QTemporaryDir m_dir;
    std::shared_ptr<const Incident> m_imported;
    std::unique_ptr<Incident> m_joined;
    std::vector<UriParts> m_rows;
    std::size_t m_files = 0;
};

void TestFilterUri::initTestCase()
{
    // Three routers, their access logs in separate files: the joined incident has several pools.
    const QJsonObject truth = test::generateBundle(
        m_dir.path(),
        {QStringLiteral("--minutes"), QStringLiteral("3"), QStringLiteral("--rps"), QStringLiteral("4"),
         QStringLiteral("--routers"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7"),
         QStringLiteral("--layout"), QStringLiteral("dir"), QStringLiteral("--no-gzip")});
    QVERIFY(!truth.isEmpty());
    m_imported = Importer().importPaths({m_dir.path().toStdString()});
    QVERIFY(m_imported);
    const Incident& in = *m_imported;
    const RequestTable& t = in.tables.requests;
    QVERIFY(t.size() > 500);

    // Per file, tables of its own (its own pool, ids as a parser of that file makes them), the URI
    // taken from the re-parsed line; then joined file after file.
    m_joined = std::make_unique<Incident>();
    m_joined->fileText = in.fileText;
    m_joined->report = in.report;
    AccessLogParser parser;
    AccessRecord record;
    std::size_t row = 0;
    std::set<FileIndex> files;
    while (row < t.size()) {
        const FileIndex file = t.source.file[row];
        QVERIFY(files.insert(file).second); // rows of one file are contiguous
        RecordTables part;
        // Strings the other files do not have first, so ids differ between pools.
        part.strings.intern("only in file " + std::to_string(file));
        RequestTable& r = part.requests;
        const auto local = [&](StringPool::Id id) { return part.strings.intern(in.str(id)); };
        for (; row < t.size() && t.source.file[row] == file; ++row) {
            const RawLine line = in.rawLine(t.source, row); // the record points into it
            QVERIFY(!parser.parse(unwrap(line.view()).payload, record).has_value());
            m_rows.push_back({std::string(record.uri),
                              std::string(record.uri.substr(0, record.uri.find('?'))),
                              record.uri.find('?') == std::string_view::npos
                                  ? std::string()
                                  : std::string(record.uri.substr(record.uri.find('?') + 1)),
                              t.status[row]});
            r.start.push_back(t.start[row]);
            r.responseTime.push_back(t.responseTime[row]);
            r.gorouterTimeUs.push_back(t.gorouterTimeUs[row]);
            r.status.push_back(t.status[row]);
            r.identity.push_back(part.identityIndex(in.identity(t.identity[row])));
            r.host.push_back(local(t.host[row]));
            r.method.push_back(local(t.method[row]));
            r.backend.push_back(local(t.backend[row]));
            r.appId.push_back(local(t.appId[row]));
            r.appIndex.push_back(local(t.appIndex[row]));
            r.instanceId.push_back(local(t.instanceId[row]));
            r.routerError.push_back(local(t.routerError[row]));
            r.uri.push_back(part.strings.intern(record.uri));
            const RequestId id = t.requestId[row];
            r.requestId.push_back(id.isText() ? RequestId{id.hi, local(static_cast<StringPool::Id>(id.lo))}
                                              : id);
            r.failedAttempts.push_back(t.failedAttempts[row]);
            r.source.push(0, t.source.offset[row]);
        }
        QVERIFY(r.hasUri());
        m_joined->tables.append(part, file);
    }
    m_files = files.size();
    QVERIFY2(m_files >= 3, std::to_string(m_files).c_str());
    QVERIFY(m_joined->tables.requests.hasUri());
    QCOMPARE(m_joined->tables.requests.size(), t.size());
    // The bundle must have URIs with and without a query, or half the cases prove nothing.
    QVERIFY(std::any_of(m_rows.begin(), m_rows.end(), [](const UriParts& p) { return !p.query.empty(); }));
    QVERIFY(std::any_of(m_rows.begin(), m_rows.end(), [](const UriParts& p) { return p.query.empty(); }));
}

void TestFilterUri::columnHoldsEveryRowsUriAfterTheJoin()
{
    const RequestTable& t = m_joined->tables.requests;
    for (std::size_t row = 0; row < t.size(); ++row)
        QCOMPARE(m_joined->str(t.uri[row]), std::string_view(m_rows[row].uri));
    // The column's heap is counted.
    QVERIFY(t.heapBytes() >= t.uri.size() * sizeof(StringPool::Id));
    // A part without the column drops it for the whole table: no column shorter than the rows.
    RequestTable copy;
    IdRemap identity;
    identity.strings.resize(m_joined->tables.strings.size());
    for (std::size_t i = 0; i < identity.strings.size(); ++i)
        identity.strings[i] = static_cast<StringPool::Id>(i);
    identity.identities.resize(m_joined->tables.identities.size());
    for (std::size_t i = 0; i < identity.identities.size(); ++i)
        identity.identities[i] = static_cast<IdentityIndex>(i);
    copy.append(t, identity);
    QVERIFY(copy.hasUri());
    QCOMPARE(copy.uri, t.uri);
    RequestTable noUri = copy;
    noUri.uri.clear();
    copy.append(noUri, identity);
    QCOMPARE(copy.size(), 2 * t.size());
    QVERIFY(!copy.hasUri());
    QVERIFY(copy.uri.empty());
}

std::vector<std::uint32_t> TestFilterUri::bruteForce(const Case& c) const
{
    std::vector<std::uint32_t> rows;
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (c.holds(m_rows[row]))
            rows.push_back(static_cast<std::uint32_t>(row));
    return rows;
}

void TestFilterUri::checkCase(const Case& c)
{
    const auto parsed = parseFilterExpression(c.text);
    QVERIFY2(std::holds_alternative<Filter>(parsed), c.text.c_str());
    const Filter& filter = std::get<Filter>(parsed);
    const std::vector<std::uint32_t> expected = bruteForce(c);
    const Selection overColumn = select(*m_joined, filter);
    QVERIFY2(overColumn.rows == expected,
             (c.text + ": " + std::to_string(overColumn.rows.size()) + " selected over the column, " +
              std::to_string(expected.size()) + " expected")
                 .c_str());
    const Selection overLines = select(*m_imported, filter);
    QVERIFY2(overLines.rows == expected,
             (c.text + ": " + std::to_string(overLines.rows.size()) + " selected over the lines, " +
              std::to_string(expected.size()) + " expected")
                 .c_str());
}

void TestFilterUri::uriTermsMatchTheRawLines_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 20; ++i)
        QTest::addRow("%d", i) << i;
}

void TestFilterUri::uriTermsMatchTheRawLines()
{
    QFETCH(int, index);
    const UriParts& a = m_rows[m_rows.size() / 3];
    const auto withQuery =
        std::find_if(m_rows.begin(), m_rows.end(), [](const UriParts& p) { return !p.query.empty(); });
    QVERIFY(withQuery != m_rows.end());
    const UriParts& q = *withQuery;
    const std::string prefix = a.path.substr(0, std::min<std::size_t>(a.path.size(), 8));
    const std::string qpart = q.query.substr(0, std::min<std::size_t>(q.query.size(), 4));
    const std::vector<Case> cases = {
        {"uri = " + quotedFilterValue(a.uri), [&](const UriParts& r) { return r.uri == a.uri; }},
        {"uri != " + quotedFilterValue(a.uri), [&](const UriParts& r) { return r.uri != a.uri; }},
        {"uri in (" + quotedFilterValue(a.uri) + ", " + quotedFilterValue(q.uri) + ")",
         [&](const UriParts& r) { return r.uri == a.uri || r.uri == q.uri; }},
        {"uri matches " + quotedFilterValue(startsWithRegex(prefix)),
         [&](const UriParts& r) { return r.uri.starts_with(prefix); }},
        {"uri ~ " + quotedFilterValue("API/V1"),
         [](const UriParts& r) { return containsNoCase(r.uri, "api/v1"); }},
        {"path = " + quotedFilterValue(q.path), [&](const UriParts& r) { return r.path == q.path; }},
        {"path ~ " + quotedFilterValue("items"),
         [](const UriParts& r) { return containsNoCase(r.path, "items"); }},
        {"path matches \"[0-9]$\"",
         [](const UriParts& r) {
             return !r.path.empty() && std::isdigit(static_cast<unsigned char>(r.path.back()));
         }},
        {"query exists", [](const UriParts& r) { return !r.query.empty(); }},
        {"query = -", [](const UriParts& r) { return r.query.empty(); }},
        {"query != " + quotedFilterValue(q.query), [&](const UriParts& r) { return r.query != q.query; }},
        {"query ~ " + quotedFilterValue(qpart),
         [&](const UriParts& r) { return containsNoCase(r.query, qpart); }},
        // Terms on one column merged (lazy with lazy, lazy with exact), with negations.
        {"uri ~ api and not uri ~ items and uri != " + quotedFilterValue(a.uri),
         [&](const UriParts& r) {
             return containsNoCase(r.uri, "api") && !containsNoCase(r.uri, "items") && r.uri != a.uri;
         }},
        {"uri = " + quotedFilterValue(a.uri) + " or uri matches \"\\\\?\" or uri ~ health",
         [&](const UriParts& r) {
             return r.uri == a.uri || r.uri.find('?') != std::string::npos || containsNoCase(r.uri, "health");
         }},
        {"not (path ~ static or query exists) and status = 2xx or path = " + quotedFilterValue(a.path),
         [&](const UriParts& r) {
             return (!(containsNoCase(r.path, "static") || !r.query.empty()) && r.status / 100 == 2) ||
                    r.path == a.path;
         }},
        {"(path != " + quotedFilterValue(a.path) + " or query ~ " + quotedFilterValue(qpart) +
             ") and not uri matches \"^/$\"",
         [&](const UriParts& r) {
             return (r.path != a.path || containsNoCase(r.query, qpart)) && r.uri != "/";
         }},
        // With a member of the filter narrowing first (status), and without: the URI term is then
        // resolved row block by row block, else for every id at once.
        {"status = 2xx and uri ~ " + quotedFilterValue(qpart),
         [&](const UriParts& r) { return r.status / 100 == 2 && containsNoCase(r.uri, qpart); }},
        {"uri ~ " + quotedFilterValue(qpart) + " or status = 4xx",
         [&](const UriParts& r) { return r.status / 100 == 4 || containsNoCase(r.uri, qpart); }},
        // Anchored regexes are first checked against their literal start: an optional last
        // character, and an alternation that is not anchored.
        {"uri matches \"^/api/v1/itemsx?/\"",
         [](const UriParts& r) {
             return r.uri.starts_with("/api/v1/items/") || r.uri.starts_with("/api/v1/itemsx/");
         }},
        {"uri matches \"^/health|items\"",
         [](const UriParts& r) {
             return r.uri.starts_with("/health") || r.uri.find("items") != std::string::npos;
         }},
    };
    QVERIFY(cases.size() == 20);
    const Case& c = cases[static_cast<std::size_t>(index)];
    const auto expected = bruteForce(c);
    QVERIFY2(!expected.empty() && expected.size() < m_rows.size(), c.text.c_str());
    checkCase(c);
}

void TestFilterUri::randomUriTermsMatchTheRawLines()
{
    std::mt19937_64 random(20261206);
    for (int i = 0; i < 50; ++i) {
        const UriParts& p = m_rows[random() % m_rows.size()];
        const std::string& whole = random() % 2 ? p.uri : p.path;
        const std::size_t from = whole.size() > 3 ? random() % (whole.size() - 2) : 0;
        const std::string piece = whole.substr(from, 3);
        Case c;
        switch (random() % 4) {
        case 0:
            c = {"uri ~ " + quotedFilterValue(piece),
                 [piece](const UriParts& r) { return containsNoCase(r.uri, piece); }};
            break;
        case 1:
            c = {"path ~ " + quotedFilterValue(piece),
                 [piece](const UriParts& r) { return containsNoCase(r.path, piece); }};
            break;
        case 2:
            c = {"not path = " + quotedFilterValue(p.path),
                 [&p](const UriParts& r) { return r.path != p.path; }};
            break;
        default:
            c = {"query ~ " + quotedFilterValue(piece) + " or uri = " + quotedFilterValue(p.uri),
                 [piece, &p](const UriParts& r) { return containsNoCase(r.query, piece) || r.uri == p.uri; }};
            break;
        }
        checkCase(c);
    }
}

void TestFilterUri::regexNeedles()
{
    struct Expected {
        const char* pattern;
        const char* prefix;
        const char* inner;
    };
    const Expected cases[] = {
        {"customers/[0-9a-f]+0/addresses", "", "0/addresses"},
        {"^/api/v[12]", "/api/v", ""},
        {"^/api/v[12]/orders/1", "/api/v", "/orders/1"},
        {"^[a-z]/orders", "", "/orders"},
        {"itemsx?/", "", "items"}, // an optional character ends a run
        {"ab+cd", "", "ab"},       // a repeated one is kept, and ends it
        {"abc{2}de", "", "ab"},
        {"\\?page=4\\.", "", "?page=4."},
        {"v\\d+/items", "", "/items"},
        {"(a|b)/items", "", "/items"}, // groups are skipped whole
        {"(?:/v1)?/orders", "", "/orders"},
        {"[/]items[]x]", "", "items"},
        {"[|]items", "", "items"},
        {"api|items", "", ""},
        {"(a|b)/items|x", "", ""},
        {"(?i)items", "", ""},
        {"ab\\x2fitems", "", "ab"}, // escapes longer than one character stop the scan
        {"\\Q/items\\E", "", ""},
        {"items\u00e9/orders", "", "items"},
        {"a.b", "", "a"},
        {"ab[cd", "", ""}, // unbalanced: nothing assumed
    };
    for (const Expected& e : cases) {
        const RegexNeedle found = regexNeedle(e.pattern);
        QVERIFY2(
            found.prefix == e.prefix && found.inner == e.inner,
            (std::string(e.pattern) + " gave \"" + found.prefix + "\", \"" + found.inner + "\"").c_str());
    }
}

// The substring check before RE2 never rejects what RE2 matches, and the sequence matcher answers
// as RE2 would: every filter regex, over every URI of the bundle, selects exactly the rows RE2
// itself matches (constructs that end or void the needle included).
void TestFilterUri::regexesWithNeedlesMatchAsRe2Does()
{
    const std::vector<std::string> patterns = {
        "api/v1",
        "v[12]/items",
        "^/api/v1/items/[0-9]+$",
        "i?tems/",
        "it+ems",
        "ite{1}ms",
        "(api|v2)/",
        "api|items",
        "\\?",
        "\\.[a-z]+$",
        "\\d+/items",
        "(?i)API/V1",
        "(?:/v1)?/items",
        "[/]items",
        "\\x2fapi",
        "\\Q/api/\\E",
        "\\bitems\\b",
        "s/[0-9]+0$",
        "^/$",
        "[0-9]{3}",
        // Sequences without repetition: answered by SequenceRegex, not RE2.
        "^/api/v[12]/items/1",
        "items/\\d\\d$",
        "[a-z]/\\d",
        "^/$",
    };
    std::size_t nonEmpty = 0;
    for (const std::string& pattern : patterns) {
        const RE2 regex(pattern);
        QVERIFY2(regex.ok(), pattern.c_str());
        const Case c{"uri matches " + quotedFilterValue(pattern), [&regex](const UriParts& r) {
                         return !r.uri.empty() && RE2::PartialMatch(r.uri, regex);
                     }};
        nonEmpty += bruteForce(c).empty() ? 0 : 1;
        checkCase(c);
    }
    // Most patterns match something, or the comparison proves little.
    QVERIFY2(nonEmpty >= patterns.size() - 3, std::to_string(nonEmpty).c_str());
}

// Past ~64 k distinct URIs the verdicts of a first term are computed on several threads, each
// for a range of ids: every row still gets its own URI's verdict.
void TestFilterUri::manyDistinctUrisAreResolvedOnEveryCore()
{
    Incident incident;
    RequestTable& t = incident.tables.requests;
    constexpr std::size_t kRows = 300'000;
    t.reserve(kRows);
    std::vector<std::string> uris;
    std::mt19937_64 random(7);
    for (std::size_t row = 0; row < kRows; ++row) {
        // Distinct but repeated now and then, and in no particular id order.
        const std::uint64_t n = random() % 1'000'000;
        uris.push_back("/orders/" + std::to_string(n) +
                       (n % 3 == 0 ? "?page=" + std::to_string(n % 50) : ""));
        t.start.push_back(static_cast<TimeNs>(row));
        t.responseTime.push_back(1000);
        t.gorouterTimeUs.push_back(-1);
        t.status.push_back(200);
        t.identity.push_back(0);
        for (auto* column :
             {&t.host, &t.method, &t.backend, &t.appId, &t.appIndex, &t.instanceId, &t.routerError})
            column->push_back(StringPool::kEmpty);
        t.uri.push_back(incident.tables.strings.intern(uris.back()));
        t.requestId.push_back({});
        t.failedAttempts.push_back(-1);
        t.source.push(0, row);
    }
    incident.tables.identities.push_back({"router/0", "router", "0", IdentityRole::Router});
    // ~260 k distinct: well past one thread's share, and past the verdicts a lazy term computes one by
    // one before it scans the pool.
    QVERIFY(incident.tables.strings.size() > 250'000);
    for (const std::string pattern : {"7[0-9]/?$", "page=4[0-9]", "^/orders/1"}) {
        const RE2 regex(pattern);
        std::vector<std::uint32_t> expected;
        for (std::size_t row = 0; row < kRows; ++row)
            if (RE2::PartialMatch(uris[row], regex))
                expected.push_back(static_cast<std::uint32_t>(row));
        const auto parsed = parseFilterExpression("uri matches " + quotedFilterValue(pattern));
        QVERIFY(std::holds_alternative<Filter>(parsed));
        const Selection selected = select(incident, std::get<Filter>(parsed));
        QVERIFY2(!expected.empty() && selected.rows == expected, pattern.c_str());
    }
    // A substring in either case, as the later child of an `or` (resolved by a pool scan up front),
    // and terms after an `and` that every row reaches (lazy, then a scan once they asked for many).
    const auto selects = [&](const char* text, const auto& wanted) {
        std::vector<std::uint32_t> expected;
        for (std::size_t row = 0; row < kRows; ++row)
            if (wanted(uris[row]))
                expected.push_back(static_cast<std::uint32_t>(row));
        const auto parsed = parseFilterExpression(text);
        QVERIFY2(std::holds_alternative<Filter>(parsed), text);
        QVERIFY2(!expected.empty() && expected.size() < kRows, text);
        QCOMPARE(select(incident, std::get<Filter>(parsed)).rows, expected);
    };
    const auto hasPage1 = [](const std::string& uri) { return uri.find("page=1") != std::string::npos; };
    selects("status = 404 or uri ~ \"PAGE=1\"", hasPage1);
    selects("status = 200 and uri ~ \"PAGE=1\"", hasPage1);
    selects("status = 200 and query exists",
            [](const std::string& uri) { return uri.find('?') != std::string::npos; });
    selects("status = 200 and not uri matches \"^/orders/[0-5]\"",
            [](const std::string& uri) { return !RE2::PartialMatch(uri, RE2("^/orders/[0-5]")); });
}

QTEST_GUILESS_MAIN(TestFilterUri)
#include "tst_filteruri.moc"
