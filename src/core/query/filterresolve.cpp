#include "core/query/filternode.h"
#include "core/util/poolscan.h"

#include <algorithm>
#include <thread>

namespace rs::filtereval_detail {

namespace {

// Below this many 64-id words of the pool (~64 k strings) a second thread costs more than it saves.
constexpr std::size_t kParallelIdWords = 1024;

// Pools beyond this many ids read their verdicts from bits (Node::bits) once complete.
constexpr std::size_t kBitsFromIds = std::size_t{1} << 20;

// Called once a lazy table is complete (ids no row holds may stay unknown: they read as 0).
void finishResolved(BoundExpression::Node& node)
{
    node.lazy = false;
    if (node.table.size() < kBitsFromIds)
        return;
    node.bits.assign((node.table.size() + 63) / 64, 0);
    for (std::size_t id = 0; id < node.table.size(); ++id)
        node.bits[id >> 6] |= std::uint64_t{node.table[id] & 1u} << (id & 63);
}

// The literal every string a lazy URI term holds for must contain ("" when there is none): the
// substring of `~`, the longer of a regex's required literals.
std::string_view requiredLiteral(const BoundExpression::Node& node)
{
    if (!node.terms.empty())
        return {};
    const FilterNode& source = *node.source;
    if (source.op == FilterOp::Contains)
        return source.values.empty() ? std::string_view() : std::string_view(source.values.front());
    if (source.op == FilterOp::Matches) {
        const RegexNeedle& needle = node.regexNeedle;
        return needle.inner.size() >= needle.prefix.size() ? needle.inner : needle.prefix;
    }
    if (source.op == FilterOp::Exists && source.field == FilterField::Query)
        return "?";
    return {};
}

// The literal a lazy term on the URI column can be scanned for, and whether case is folded; empty
// when it has none (or is not on that column).
std::pair<std::string, bool> scanLiteral(const BoundExpression::Node& node)
{
    // Row-wise groups of raw-line terms have no source.
    if (!node.lazy || node.access != Access::PoolId || node.source == nullptr)
        return {};
    const FilterField field = node.source->field;
    if (field != FilterField::Uri && field != FilterField::Path && field != FilterField::Query)
        return {};
    std::string literal(requiredLiteral(node));
    const bool foldCase = node.source->op == FilterOp::Contains;
    if (!canScanFor(literal, foldCase))
        return {};
    return {std::move(literal), foldCase};
}

} // namespace

// Every pool id's verdict on `node` into `bits`, from one pass over the pool's bytes: the real test
// runs only on the strings holding `literal` (the others cannot match), on every core, each thread
// in whole words of its own and with its own copy of the regex.
void scanVerdicts(const BoundExpression::Node& node, const std::string& literal, bool foldCase,
                  std::vector<std::uint64_t>& bits)
{
    const StringPool& pool = *node.pool;
    const auto ids = static_cast<StringPool::Id>(pool.size());
    bits.assign((ids + 63) / 64, 0);
    bits[0] = node.compute(StringPool::kEmpty);
    const auto scanIds = [&](StringPool::Id first, StringPool::Id last) {
        std::optional<RE2> ownRegex;
        if (const RE2* shared = node.source->regex.get(); shared && !node.sequence)
            ownRegex.emplace(shared->pattern(), shared->options());
        const RE2* regex = ownRegex ? &*ownRegex : nullptr;
        forEachIdContaining(pool, first, last, literal, foldCase, [&node, &bits, regex](StringPool::Id id) {
            bits[id >> 6] |= std::uint64_t{node.compute(id, regex)} << (id & 63);
        });
    };
    const std::size_t threads =
        ids / 64 < kParallelIdWords ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t slice = (ids / threads + 64) & ~std::size_t{63};
    const auto bound = [ids](std::size_t i) {
        return static_cast<StringPool::Id>(std::min<std::size_t>(ids, i));
    };
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i)
        workers.emplace_back(scanIds, bound(i * slice), bound((i + 1) * slice));
    scanIds(0, bound(slice));
    for (std::thread& worker : workers)
        worker.join();
}

namespace {

// For a term on the URI column (millions of distinct strings, most without the term's literal)
// that every row reaches: its verdicts from a scan at once. False when it has no literal.
bool resolveByPoolScan(BoundExpression::Node& node)
{
    auto [literal, foldCase] = scanLiteral(node);
    if (literal.empty())
        return false;
    // Every string the scan hands on holds the literal: a regex on the whole URI need not look for
    // it again (the verdicts are complete afterwards, so nothing else reads the needle).
    if (node.source->field == FilterField::Uri && literal == node.regexNeedle.inner)
        node.regexNeedle.inner.clear();
    scanVerdicts(node, literal, foldCase, node.bits);
    node.lazy = false;
    node.table = {}; // the bits hold every verdict
    node.lateScan.reset();
    return true;
}

} // namespace

// Lazy URI terms that a scan can resolve get their LateScan (terms merged into one node have none:
// their verdict combines several tests).
void prepareLateScans(BoundExpression::Node& node)
{
    for (BoundExpression::Node& child : node.children)
        prepareLateScans(child);
    auto [literal, foldCase] = scanLiteral(node);
    if (literal.empty() || !node.terms.empty())
        return;
    node.lateScan = std::make_unique<BoundExpression::Node::LateScan>();
    node.lateScan->literal = std::move(literal);
    node.lateScan->foldCase = foldCase;
}

// A lazy term that every row reaches (the expression's first term, and nothing narrows before
// it) needs the verdict of every id of its column: found here at once, in id order, so that the
// pool's views and texts are read front to back instead of one cache miss per distinct string in
// row order. The table is then complete: plain byte reads, no unknown to look for.
// `scanOnly`: a later child of an `or`, which the rows its earlier children reject reach (most rows,
// when those are narrow): resolved only when a pool scan can, whose cost does not grow with rows.
void resolveEveryId(BoundExpression::Node& node, const RequestTable& t, bool scanOnly)
{
    if (node.kind == FilterNode::Kind::Not || node.kind == FilterNode::Kind::And ||
        node.kind == FilterNode::Kind::Or) {
        if (node.rowWise || node.children.empty())
            return;
        resolveEveryId(node.children.front(), t, scanOnly);
        if (node.kind == FilterNode::Kind::Or)
            for (std::size_t i = 1; i < node.children.size(); ++i)
                resolveEveryId(node.children[i], t, true);
        return;
    }
    if (!node.lazy || node.access != Access::PoolId)
        return;
    if (resolveByPoolScan(node) || scanOnly)
        return;
    std::vector<std::uint64_t> used((node.table.size() + 63) / 64, 0);
    for (const StringPool::Id id : poolColumn(t, node.source->field))
        used[id >> 6] |= std::uint64_t{1} << (id & 63);
    const auto resolveWords = [&node, &used](std::size_t first, std::size_t last) {
        for (std::size_t word = first; word < last; ++word)
            for (std::uint64_t bits = used[word]; bits != 0; bits &= bits - 1) {
                const auto id =
                    static_cast<StringPool::Id>(word * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
                node.table[id] = node.compute(id);
            }
    };
    // Millions of distinct URIs at ~50 ns each (RE2, or a search): the cores share them. Each
    // thread writes the bytes of its own ids only.
    const std::size_t threads = used.size() < kParallelIdWords
                                    ? 1
                                    : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t slice = (used.size() + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i)
        workers.emplace_back(resolveWords, std::min(used.size(), i * slice),
                             std::min(used.size(), (i + 1) * slice));
    resolveWords(0, std::min(used.size(), slice));
    for (std::thread& worker : workers)
        worker.join();
    finishResolved(node); // ids of no row keep kUnknown, which no row reads
}

} // namespace rs::filtereval_detail
