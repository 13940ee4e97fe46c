#include "core/cache/casestate.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <charconv>

namespace rs::cache {
namespace {

const QString kFormat = QStringLiteral("routescope-case");
constexpr int kVersion = 1;

QString q(const char* key)
{
    return QString::fromLatin1(key);
}

QString hex(std::uint64_t value)
{
    return QString::number(value, 16);
}

// Reads the JSON tree into a state, failing on the first value that is not what a case holds.
class Decoder {
public:
    explicit Decoder(std::string* error)
        : m_error(error)
    {}

    bool ok() const { return m_ok; }
    bool fail(std::string why)
    {
        if (m_ok && m_error != nullptr)
            *m_error = std::move(why);
        m_ok = false;
        return false;
    }

    std::string text(const QJsonValue& value, const std::string& what, std::size_t limit)
    {
        if (!value.isString()) {
            fail(what + " is not a string");
            return {};
        }
        std::string s = value.toString().toStdString();
        if (s.size() > limit) {
            fail(what + " is longer than " + std::to_string(limit) + " bytes");
            return {};
        }
        return s;
    }
    std::uint64_t number(const QJsonValue& value, const std::string& what)
    {
        const std::string s = text(value, what, 16);
        std::uint64_t n = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n, 16);
        if (m_ok && (s.empty() || ec != std::errc() || end != s.data() + s.size()))
            fail(what + " is not a hexadecimal number");
        return n;
    }
    QJsonArray list(const QJsonObject& root, const char* key, std::size_t limit)
    {
        const QJsonValue value = root.value(q(key));
        if (!value.isArray()) {
            fail(std::string(key) + " is not a list");
            return {};
        }
        QJsonArray array = value.toArray();
        if (static_cast<std::size_t>(array.size()) > limit) {
            fail(std::string(key) + " has more than " + std::to_string(limit) + " entries");
            return {};
        }
        return array;
    }
    QJsonObject object(const QJsonValue& value, const std::string& what)
    {
        if (!value.isObject())
            fail(what + " is not an object");
        return value.toObject();
    }

private:
    std::string* m_error;
    bool m_ok = true;
};

} // namespace

std::string caseStateToJson(const CaseState& state)
{
    QJsonArray history;
    for (const std::string& text : state.filterHistory)
        history.append(QString::fromStdString(text));
    QJsonArray bookmarks;
    for (const CaseBookmark& b : state.bookmarks)
        bookmarks.append(QJsonObject{{q("name"), QString::fromStdString(b.name)},
                                     {q("expression"), QString::fromStdString(b.expression)}});
    QJsonArray inputs;
    for (const std::string& input : state.inputs)
        inputs.append(QString::fromStdString(input));
    QJsonArray files;
    for (const CaseFileIdentity& f : state.files)
        files.append(QJsonObject{{q("path"), QString::fromStdString(f.path)},
                                 {q("size"), hex(f.size)},
                                 {q("head"), hex(f.head)},
                                 {q("tail"), hex(f.tail)}});
    const QJsonObject root{{q("format"), kFormat},
                           {q("version"), kVersion},
                           // Milliseconds since 1970 stay exact in a double until the year 287396.
                           {q("savedAtMs"), static_cast<double>(state.savedAtMs)},
                           {q("currentFilter"), QString::fromStdString(state.currentFilter)},
                           {q("notes"), QString::fromStdString(state.notes)},
                           {q("filterHistory"), history},
                           {q("bookmarks"), bookmarks},
                           {q("inputs"), inputs},
                           {q("files"), files}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<CaseState> caseStateFromJson(std::string_view json, std::string* error)
{
    Decoder d(error);
    if (json.size() > CaseLimits::kMaxJsonBytes) {
        d.fail("the case state is larger than " + std::to_string(CaseLimits::kMaxJsonBytes) + " bytes");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        d.fail("the case state is not valid JSON (" + parseError.errorString().toStdString() + " at byte " +
               std::to_string(parseError.offset) + ")");
        return std::nullopt;
    }
    if (!document.isObject() || document.object().value(q("format")) != QJsonValue(kFormat)) {
        d.fail("the file is not a RouteScope case");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(q("version")) != QJsonValue(kVersion)) {
        d.fail("the case is of another version (" +
               root.value(q("version")).toVariant().toString().toStdString() + ")");
        return std::nullopt;
    }
    CaseState state;
    const QJsonValue saved = root.value(q("savedAtMs"));
    const double savedMs = saved.toDouble(-1);
    if (!saved.isDouble() || savedMs < 0 || savedMs > 1e15 ||
        savedMs != static_cast<double>(static_cast<std::int64_t>(savedMs)))
        d.fail("savedAtMs is not a time");
    else
        state.savedAtMs = static_cast<std::int64_t>(savedMs);
    state.currentFilter = d.text(root.value(q("currentFilter")), "currentFilter", CaseLimits::kMaxTextBytes);
    state.notes = d.text(root.value(q("notes")), "notes", CaseLimits::kMaxNotesBytes);
    const QJsonArray history = d.list(root, "filterHistory", CaseLimits::kMaxHistory);
    for (qsizetype i = 0; d.ok() && i < history.size(); ++i)
        state.filterHistory.push_back(
            d.text(history[i], "filterHistory[" + std::to_string(i) + "]", CaseLimits::kMaxTextBytes));
    const QJsonArray bookmarks = d.list(root, "bookmarks", CaseLimits::kMaxBookmarks);
    for (qsizetype i = 0; d.ok() && i < bookmarks.size(); ++i) {
        const std::string what = "bookmarks[" + std::to_string(i) + "]";
        const QJsonObject b = d.object(bookmarks[i], what);
        CaseBookmark bookmark{
            d.text(b.value(q("name")), what + ".name", CaseLimits::kMaxTextBytes),
            d.text(b.value(q("expression")), what + ".expression", CaseLimits::kMaxTextBytes)};
        if (d.ok() && bookmark.name.empty())
            d.fail(what + " has no name");
        state.bookmarks.push_back(std::move(bookmark));
    }
    const QJsonArray inputs = d.list(root, "inputs", CaseLimits::kMaxInputs);
    for (qsizetype i = 0; d.ok() && i < inputs.size(); ++i)
        state.inputs.push_back(
            d.text(inputs[i], "inputs[" + std::to_string(i) + "]", CaseLimits::kMaxTextBytes));
    const QJsonArray files = d.list(root, "files", CaseLimits::kMaxFiles);
    for (qsizetype i = 0; d.ok() && i < files.size(); ++i) {
        const std::string what = "files[" + std::to_string(i) + "]";
        const QJsonObject f = d.object(files[i], what);
        CaseFileIdentity identity;
        identity.path = d.text(f.value(q("path")), what + ".path", CaseLimits::kMaxTextBytes);
        identity.size = d.number(f.value(q("size")), what + ".size");
        identity.head = d.number(f.value(q("head")), what + ".head");
        identity.tail = d.number(f.value(q("tail")), what + ".tail");
        state.files.push_back(std::move(identity));
    }
    if (!d.ok())
        return std::nullopt;
    return state;
}

} // namespace rs::cache
