#pragma once

// A FilterNode bound to one incident: every string compare on an interned column becomes a byte
// table over the pool ids (resolved once), every regex or substring on such a column is run once
// per distinct string rather than per row. Evaluation goes block by block: a column term is one
// tight loop over its column; `and` evaluates each next term only where the earlier ones hold, `or`
// only where they did not, so the costly terms (attempts, fields re-read from the raw line) run
// on the fewest rows. Internal to select().

#include "core/formats/accesslog.h"
#include "core/query/filter.h"
#include "core/query/regexneedle.h"
#include "core/store/rawtext.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

class BoundExpression {
public:
    static constexpr std::size_t kBlock = 4096;

    // `everyRow`: nothing narrows the rows before the expression (no other member of the filter):
    // its first term's distinct values are then all resolved here, in pool order.
    BoundExpression(const Incident& incident, const FilterNode& root, ClassColumns classes,
                    bool everyRow = false);
    ~BoundExpression();
    BoundExpression(const BoundExpression&) = delete;
    BoundExpression& operator=(const BoundExpression&) = delete;

    // What one thread needs while evaluating: temporary masks and the last raw line re-parsed.
    class Scratch {
    public:
        Scratch();
        ~Scratch();

    private:
        friend class BoundExpression;
        std::uint8_t* mask(std::size_t level);
        std::vector<std::unique_ptr<std::array<std::uint8_t, kBlock>>> m_masks;
        RawLine m_line;
        AccessLogParser m_parser;

        AccessRecord m_record;
        std::size_t m_parsedRow = ~std::size_t{0};
        bool m_parsedOk = false;
    };

    // Rows [begin, begin + n), n <= kBlock. mask[i] is 1 where the row still matters; on return it
    // is 1 only where the row also matches the expression.
    void narrow(std::size_t begin, std::size_t n, std::uint8_t* mask, Scratch& scratch) const;

    struct Node; // one bound term or operator, defined in filternode.h

private:
    void evaluate(const Node& node, std::size_t begin, std::size_t n, const std::uint8_t* care,
                  std::uint8_t* out, std::size_t level, Scratch& scratch) const;
    void compareColumn(const Node& node, std::size_t begin, std::size_t n, const std::uint8_t* care,
                       std::uint8_t* out) const;
    bool compareRow(const Node& node, std::size_t row, Scratch& scratch) const;
    bool matchesRow(const Node& node, std::size_t row, Scratch& scratch) const; // rowWise nodes
    bool compareLb(const Node& node, std::size_t row) const;                    // lb, lb.*
    const AccessRecord* record(std::size_t row, Scratch& scratch) const;

    const Incident& m_incident;
    ClassColumns m_classes;
    bool m_attempts = false; // the attempt columns are there
    bool m_lbJoined = false; // the requests' LB rows are there
    std::unique_ptr<Node> m_root;
};

} // namespace rs
