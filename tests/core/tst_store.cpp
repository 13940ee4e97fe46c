// The store's building blocks: request ids, the string pool, display escaping.
#include "core/store/column.h"
#include "core/store/requestid.h"
#include "core/util/stringpool.h"
#include "core/util/textescape.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace rs;

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalUuidsPackWithoutThePool();
    void otherIdsKeepTheirSpelling();
    void poolViewsStayValid();
    void poolViewsABorrowedText();
    void poolTakesASavedIndex();
    void columnViewDetachesOnChange();
    void escapingMakesBytesSafe();
};

// A saved incident's pool views the mapped file's text instead of copying it: the views stay valid
// while the pool lives, whoever else held the text, and the pool still interns and finds.
void TestStore::poolViewsABorrowedText()
{
    auto text = std::make_shared<std::string>("alphabetagamma");
    const std::vector<std::uint64_t> ends{0, 5, 9, 14};
    StringPool pool;
    QVERIFY(pool.assign(*text, ends, text));
    const char* const where = text->data();
    text.reset(); // the pool keeps it
    QCOMPARE(pool.size(), std::size_t{4});
    QCOMPARE(pool.view(2), std::string_view("beta"));
    QVERIFY(pool.view(1).data() == where); // viewed, not copied
    QCOMPARE(pool.find("gamma"), StringPool::Id{3});
    QCOMPARE(pool.intern("beta"), StringPool::Id{2});
    QCOMPARE(pool.intern("delta"), StringPool::Id{4});
    QCOMPARE(pool.view(4), std::string_view("delta"));
    QCOMPARE(pool.view(3), std::string_view("gamma"));
    // A repeated string is still rejected, borrowed or not.
    auto repeated = std::make_shared<std::string>("abab");
    QVERIFY(!pool.assign(*repeated, std::vector<std::uint64_t>{0, 2, 4}, repeated));
    QCOMPARE(pool.size(), std::size_t{1});
}

// A saved incident's pool takes its hash table back from the file instead of hashing every string
// again: lookups through the viewed table find every string, interning copies it first, and a
// table that could make a lookup run forever or out of bounds is refused.
void TestStore::poolTakesASavedIndex()
{
    StringPool built;
    std::string text;
    std::vector<std::uint64_t> ends{0};
    for (int i = 1; i <= 100; ++i) {
        const std::string word = "host-" + std::to_string(i * 7919);
        QCOMPARE(built.intern(word), StringPool::Id(i));
        text += word;
        ends.push_back(text.size());
    }
    const auto saved =
        std::make_shared<std::vector<StringPool::Slot>>(built.index().begin(), built.index().end());
    const auto viewOfSaved = [&] {
        return Column<StringPool::Slot>::viewOf(saved, saved->data(), saved->size());
    };
    StringPool pool;
    QVERIFY(pool.assign(text, ends, nullptr, viewOfSaved()));
    QVERIFY(pool.index().data() == saved->data()); // the table is viewed, not rebuilt
    for (StringPool::Id id = 1; id <= 100; ++id)
        QCOMPARE(pool.find(built.view(id)), id);
    QCOMPARE(pool.find("host-0"), StringPool::kEmpty);
    const std::size_t detaches = Column<StringPool::Slot>::detachCount();
    QCOMPARE(pool.intern("host-7919"), StringPool::Id{1}); // found: nothing copied
    QCOMPARE(Column<StringPool::Slot>::detachCount(), detaches);
    QCOMPARE(pool.intern("new"), StringPool::Id{101});
    QVERIFY(pool.index().data() != saved->data());
    QCOMPARE(pool.find("new"), StringPool::Id{101});
    QCOMPARE(pool.find(built.view(50)), StringPool::Id{50});

    // Refused: an id beyond the strings, an id twice, a string left out, a table with no room.
    const auto refused = [&](const std::function<void(std::vector<StringPool::Slot>&)>& spoil) {
        auto slots = std::make_shared<std::vector<StringPool::Slot>>(*saved);
        spoil(*slots);
        StringPool spoiled;
        const bool taken = spoiled.assign(
            text, ends, nullptr, Column<StringPool::Slot>::viewOf(slots, slots->data(), slots->size()));
        return !taken && spoiled.size() == 1;
    };
    const auto firstWhere = [](std::vector<StringPool::Slot>& slots, bool used) -> StringPool::Slot& {
        return *std::find_if(slots.begin(), slots.end(),
                             [used](const StringPool::Slot& s) { return (s.id != 0) == used; });
    };
    QVERIFY(refused([&](auto& slots) { firstWhere(slots, false).id = 101; }));
    QVERIFY(refused([&](auto& slots) { firstWhere(slots, false).id = firstWhere(slots, true).id; }));
    QVERIFY(refused([&](auto& slots) { firstWhere(slots, true).id = 0; }));
    QVERIFY(refused([](auto& slots) { slots.resize(slots.size() / 2); }));
    QVERIFY(refused([](auto& slots) { slots.pop_back(); }));
    QVERIFY(!refused([](auto&) {})); // the unspoiled table is taken
}

// A column viewing memory it does not own copies it before the first change; copies of the view
// share the memory until then.
void TestStore::columnViewDetachesOnChange()
{
    auto values = std::make_shared<std::vector<std::int32_t>>(std::vector<std::int32_t>{1, 2, 3});
    Column<std::int32_t> view = Column<std::int32_t>::viewOf(values, values->data(), values->size());
    QVERIFY(view.isView());
    QVERIFY(std::as_const(view).data() == values->data()); // reading does not copy
    QCOMPARE(view.heapBytes(), std::size_t{0});
    const Column<std::int32_t> shared = view;
    QVERIFY(shared.isView() && shared.data() == values->data());
    QVERIFY(view.isView());
    const std::size_t before = Column<std::int32_t>::detachCount();
    view.push_back(4);
    QCOMPARE(Column<std::int32_t>::detachCount(), before + 1);
    QVERIFY(!view.isView());
    QVERIFY(view == (std::vector<std::int32_t>{1, 2, 3, 4}));
    QVERIFY(shared == (std::vector<std::int32_t>{1, 2, 3})); // the view is unchanged
    QCOMPARE((*values)[2], 3);
    Column<std::int32_t> moved = std::move(view);
    QVERIFY(moved == (std::vector<std::int32_t>{1, 2, 3, 4}));
    QVERIFY(view.empty()); // NOLINT: a moved-from column is empty
    Column<std::int32_t> other = shared;
    other.swap(moved);
    QVERIFY(other == (std::vector<std::int32_t>{1, 2, 3, 4}));
    QVERIFY(moved.isView() && moved == (std::vector<std::int32_t>{1, 2, 3}));
    QCOMPARE(Column<std::int32_t>::detachCount(), before + 1);
}

void TestStore::canonicalUuidsPackWithoutThePool()
{
    StringPool pool;
    const std::string text = "766afb19-1779-4bb9-65d4-f01306f9f912";
    const RequestId id = makeRequestId(text, pool);
    QVERIFY(!id.isText());
    QCOMPARE(id.hi, 0x766afb1917794bb9ull);
    QCOMPARE(id.lo, 0x65d4f01306f9f912ull);
    QCOMPARE(pool.size(), std::size_t{1}); // only the empty string
    QCOMPARE(requestIdText(id, pool), text);
    QVERIFY(makeRequestId("", pool).empty());
}

void TestStore::otherIdsKeepTheirSpelling()
{
    StringPool pool;
    for (const std::string text :
         {"766AFB19-1779-4BB9-65D4-F01306F9F912", "abc-123-xyz-pdq", "some-request-id",
          "ffffffff-ffff-ffff-0000-000000000000", "766afb19-1779-4bb9-65d4-f01306f9f91g"}) {
        const RequestId id = makeRequestId(text, pool);
        QVERIFY2(id.isText(), text.c_str());
        QCOMPARE(requestIdText(id, pool), text);
        QCOMPARE(findRequestId(text, pool), id);
    }
    QVERIFY(findRequestId("never-seen", pool).empty());
}

void TestStore::poolViewsStayValid()
{
    StringPool pool;
    std::vector<std::string_view> views;
    for (int i = 0; i < 50000; ++i)
        views.push_back(
            pool.view(pool.intern("10.0." + std::to_string(i % 256) + "." + std::to_string(i) + ":61000")));
    const std::string large(100000, 'L');
    const auto largeId = pool.intern(large);
    QCOMPARE(pool.view(largeId), std::string_view(large));
    for (int i = 0; i < 50000; ++i)
        QCOMPARE(views[static_cast<std::size_t>(i)],
                 std::string_view("10.0." + std::to_string(i % 256) + "." + std::to_string(i) + ":61000"));
    QCOMPARE(pool.intern("10.0.0.0:61000"), pool.find("10.0.0.0:61000"));
    QCOMPARE(pool.intern(""), StringPool::kEmpty);
    QCOMPARE(pool.size(), std::size_t{50002});
}

void TestStore::escapingMakesBytesSafe()
{
    QCOMPARE(escapeForDisplay("plain ü text"), std::string("plain ü text"));
    QCOMPARE(escapeForDisplay(std::string_view("a\0b\x1b[31m\n", 9)), std::string("a\\x00b\\x1b[31m\\x0a"));
    QCOMPARE(escapeForDisplay("\xff\xfe ok \xc3"), std::string("\\xff\\xfe ok \\xc3"));
    QCOMPARE(escapeForDisplay("\xed\xa0\x80"), std::string("\\xed\\xa0\\x80")); // a UTF-16 surrogate
    QCOMPARE(escapeForDisplay("abcdef", 3), std::string("abc…"));
    QVERIFY(isValidUtf8("日本語"));
    QVERIFY(!isValidUtf8("\xc0\xaf")); // overlong '/'
}

QTEST_APPLESS_MAIN(TestStore)
#include "tst_store.moc"
