// The pool scan (core/util/poolscan.h) against a search of each string on its own: the same ids for
// exact and case-folded needles, never an occurrence made of two neighbouring strings, long strings
// that live in blocks of their own, and any id range (the filter splits the pool across threads).
#include "core/util/poolscan.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace rs;

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
}

bool containsFolded(std::string_view text, std::string_view needle)
{
    return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                       [](char a, char b) { return asciiLower(a) == asciiLower(b); }) != text.end();
}

std::vector<StringPool::Id> scanned(const StringPool& pool, StringPool::Id first, StringPool::Id last,
                                    std::string_view needle, bool foldCase)
{
    std::vector<StringPool::Id> ids;
    forEachIdContaining(pool, first, last, needle, foldCase,
                        [&ids](StringPool::Id id) { ids.push_back(id); });
    return ids;
}

std::vector<StringPool::Id> searched(const StringPool& pool, StringPool::Id first, StringPool::Id last,
                                     std::string_view needle, bool foldCase)
{
    std::vector<StringPool::Id> ids;
    for (StringPool::Id id = std::max<StringPool::Id>(first, 1);
         id < std::min<std::size_t>(last, pool.size()); ++id) {
        const std::string_view text = pool.view(id);
        if (foldCase ? containsFolded(text, needle) : text.find(needle) != std::string_view::npos)
            ids.push_back(id);
    }
    return ids;
}

// URIs and other texts over a small alphabet, so that needles occur often, also across two strings.
StringPool randomPool(unsigned seed, std::size_t count)
{
    std::mt19937 random(seed);
    static constexpr std::string_view kAlphabet = "abcAB/?=&0129-\x80\xc3\xa9";
    StringPool pool;
    for (std::size_t i = 0; i < count; ++i) {
        std::string text;
        const std::size_t length = random() % 97 == 0 ? 20'000 + random() % 50'000 : 1 + random() % 40;
        for (std::size_t j = 0; j < length; ++j)
            text += kAlphabet[random() % kAlphabet.size()];
        pool.intern(text);
    }
    return pool;
}

} // namespace

class PoolScanTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void equalsASearchOfEachString_data()
    {
        QTest::addColumn<QByteArray>("needle");
        QTest::addColumn<bool>("foldCase");
        for (const char* needle : {"a", "ab", "/?", "aB/", "=0&", "a/b", "0129", "ca", "/ab?=&0"}) {
            QTest::addRow("%s exact", needle) << QByteArray(needle) << false;
            QTest::addRow("%s folded", needle) << QByteArray(needle) << true;
        }
        QTest::addRow("non-ASCII exact") << QByteArray("\xc3\xa9") << false;
        QTest::addRow("longer than most strings")
            << QByteArray("abcabcabcabcabcabcabcabcabcabcabcabcabcabc") << true;
    }
    void equalsASearchOfEachString()
    {
        QFETCH(QByteArray, needle);
        QFETCH(bool, foldCase);
        const std::string_view text(needle.constData(), static_cast<std::size_t>(needle.size()));
        QVERIFY(canScanFor(text, foldCase));
        for (unsigned seed = 1; seed <= 2; ++seed) {
            const StringPool pool = randomPool(seed, 8'000);
            const auto all = static_cast<StringPool::Id>(pool.size());
            QCOMPARE(scanned(pool, 0, all, text, foldCase), searched(pool, 0, all, text, foldCase));
            // Ranges as the filter's threads take them, and ranges ending inside a run.
            for (const StringPool::Id step : {all / 2 + 1, all / 7 + 3, 4096u}) {
                std::vector<StringPool::Id> pieces;
                for (StringPool::Id first = 0; first < all; first += step) {
                    const auto piece = scanned(pool, first, first + step, text, foldCase);
                    QCOMPARE(piece, searched(pool, first, first + step, text, foldCase));
                    pieces.insert(pieces.end(), piece.begin(), piece.end());
                }
                QCOMPARE(pieces, searched(pool, 0, all, text, foldCase));
            }
        }
    }

    void neverJoinsNeighbours()
    {
        StringPool pool;
        const StringPool::Id left = pool.intern("/api/ord");
        const StringPool::Id right = pool.intern("ers/1?x");
        const StringPool::Id whole = pool.intern("/orders/1");
        QCOMPARE(pool.view(left).data() + pool.view(left).size(), pool.view(right).data()); // neighbours
        QCOMPARE(scanned(pool, 0, 10, "orders", false), std::vector<StringPool::Id>{whole});
        QCOMPARE(scanned(pool, 0, 10, "ORDERS", true), std::vector<StringPool::Id>{whole});
        QVERIFY(scanned(pool, 0, 10, "ORDERS", false).empty());
        QCOMPARE(scanned(pool, right, right + 1, "ers", false), std::vector<StringPool::Id>{right});
    }

    void foldingNeedsAnAsciiNeedle()
    {
        QVERIFY(!canScanFor("", false));
        QVERIFY(!canScanFor("", true));
        QVERIFY(canScanFor("\xc3\xa9", false));
        QVERIFY(!canScanFor("caf\xc3\xa9", true));
        // Folding touches letters only: '@' is not '`' even though they differ by the case bit.
        StringPool pool;
        pool.intern("a`b");
        const StringPool::Id at = pool.intern("a@b");
        QCOMPARE(scanned(pool, 0, 10, "A@B", true), std::vector<StringPool::Id>{at});
    }
};

QTEST_APPLESS_MAIN(PoolScanTest)
#include "tst_poolscan.moc"
