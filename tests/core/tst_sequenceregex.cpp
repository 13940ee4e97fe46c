// The byte-sequence matcher that stands in for RE2 on patterns without repetition: it takes only
// what it can answer exactly, and then answers exactly as RE2::PartialMatch does.
#include "core/query/sequenceregex.h"

#include <QTest>

#include <random>
#include <re2/re2.h>
#include <string>

using namespace rs;

class TestSequenceRegex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void takesSequencesOnly_data();
    void takesSequencesOnly();
    void answersAsRe2OnChosenText();
    void answersAsRe2OnRandomPatterns();
};

void TestSequenceRegex::takesSequencesOnly_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("taken");
    const auto row = [](const char* pattern, bool taken) {
        QTest::newRow(pattern) << QString::fromUtf8(pattern) << taken;
    };
    row("^/api/v[12]/orders/1", true);
    row("/orders/\\d\\d$", true);
    row("[a-z_][\\w.-]x", true);
    row("\\?page=4\\.", true);
    row("", true);
    row("^$", true);
    row("a\\$", true);
    row("]", true);
    // Repetition, alternation, groups, any character, negation, flags, non-ASCII, other escapes.
    row("a+", false);
    row("ab*", false);
    row("a?", false);
    row("a{2}", false);
    row("a|b", false);
    row("(ab)", false);
    row("(?i)ab", false);
    row("a.b", false);
    row("[^a]", false);
    row("[[:alpha:]]", false);
    row("\\D", false);
    row("\\W", false);
    row("\\b", false);
    row("\\x41", false);
    row("\\pL", false);
    row("\\Qa\\E", false);
    row("\\n", false);
    row("caf\xc3\xa9", false);
    row("[\xc3\xa9]", false);
    row("a^b", false);
    row("a$b", false);
    row("a\\\\$", false); // an escaped backslash before the anchor: left to RE2
}

void TestSequenceRegex::takesSequencesOnly()
{
    QFETCH(QString, pattern);
    QFETCH(bool, taken);
    QCOMPARE(SequenceRegex::compile(pattern.toStdString()).has_value(), taken);
}

void TestSequenceRegex::answersAsRe2OnChosenText()
{
    const char* const patterns[] = {"^/api/v[12]/orders/1",
                                    "/orders/\\d\\d$",
                                    "^$",
                                    "$",
                                    "^",
                                    "",
                                    "s\\d",
                                    "[-a]x",
                                    "[a-]x",
                                    "[\\.-9]",
                                    "\\s\\w",
                                    "]]"};
    const char* const texts[] = {"/api/v1/orders/1",
                                 "/api/v3/orders/1",
                                 "x/api/v1/orders/12",
                                 "/api/v2/orders/",
                                 "/orders/42",
                                 "/orders/42/",
                                 "/orders/4",
                                 "",
                                 "s1",
                                 "ss",
                                 "-x",
                                 "ax",
                                 "bx",
                                 "a-x",
                                 "/",
                                 "7",
                                 ":",
                                 " _",
                                 "\tq",
                                 "\n!",
                                 "]]]",
                                 "caf\xc3\xa9 s9"};
    for (const char* pattern : patterns) {
        const RE2 re2(pattern);
        QVERIFY2(re2.ok(), pattern);
        const auto sequence = SequenceRegex::compile(pattern);
        QVERIFY2(sequence, pattern);
        for (const char* text : texts)
            QVERIFY2(sequence->partialMatch(text) == RE2::PartialMatch(text, re2),
                     (std::string(pattern) + " on \"" + text + "\"").c_str());
    }
}

// Random patterns from pieces (some the matcher must refuse), over random text from a small
// alphabet so that matches are common: wherever the matcher takes a pattern, it agrees with RE2.
void TestSequenceRegex::answersAsRe2OnRandomPatterns()
{
    const char* const pieces[] = {"a",   "b",   "/",   "1",    "-",      "\\d",  "\\w",    "\\s",
                                  "\\.", "\\/", "\\-", "[ab]", "[a-c1]", "[-/]", "[\\d/]", "[b-]",
                                  ".",   "+",   "*",   "?",    "[^a]",   "|",    "\\D",    "\xc3\xa9"};
    const std::string alphabet = std::string("ab1/-. _\t") + "\xc3\xa9";
    std::mt19937 random(11);
    std::size_t taken = 0, matched = 0, compared = 0;
    for (int p = 0; p < 3000; ++p) {
        std::string pattern = random() % 3 == 0 ? "^" : "";
        for (std::size_t k = 0, n = 1 + random() % 5; k < n; ++k)
            pattern += pieces[random() % std::size(pieces)];
        if (random() % 3 == 0)
            pattern += '$';
        RE2::Options options;
        options.set_log_errors(false);
        const RE2 re2(pattern, options);
        const auto sequence = SequenceRegex::compile(pattern);
        if (!re2.ok()) {
            QVERIFY2(!sequence || pattern.find_first_of("+*?|") == std::string::npos, pattern.c_str());
            continue;
        }
        if (!sequence)
            continue;
        ++taken;
        for (int t = 0; t < 200; ++t) {
            std::string text;
            for (std::size_t k = 0, n = random() % 8; k < n; ++k)
                text += alphabet[random() % alphabet.size()];
            const bool expected = RE2::PartialMatch(text, re2);
            QVERIFY2(sequence->partialMatch(text) == expected, (pattern + " on \"" + text + "\"").c_str());
            matched += expected ? 1 : 0;
            ++compared;
        }
    }
    // Enough patterns taken, and enough texts matched, for the agreement to mean something.
    QVERIFY2(taken > 300, std::to_string(taken).c_str());
    QVERIFY2(matched > compared / 50, std::to_string(matched).c_str());
}

QTEST_GUILESS_MAIN(TestSequenceRegex)
#include "tst_sequenceregex.moc"
