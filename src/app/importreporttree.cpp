#include "app/importreporttree.h"

#include "app/safetext.h"

#include <QCoreApplication>
#include <QTreeWidget>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ImportReportTreeText {
    Q_DECLARE_TR_FUNCTIONS(ImportReportTreeText)
};

namespace rs {
namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// The last two components ("gorouter/access.log.2.gz"): the rest is in the tool tip and the
// router column, and would only push what differs out of sight.
QString shortPath(const std::string& path)
{
    const QString full = qs(path);
    const qsizetype last = full.lastIndexOf(QLatin1Char('/'));
    const qsizetype previous = last > 0 ? full.lastIndexOf(QLatin1Char('/'), last - 1) : -1;
    return previous < 0 ? full : full.mid(previous + 1);
}
} // namespace

void fillImportReport(QTreeWidget* tree, const ImportReport& report)
{
    tree->clear();
    if (!report.problems.empty()) {
        auto* problems = new QTreeWidgetItem(
            tree, {ImportReportTreeText::tr("Bundle problems (%1)").arg(report.problems.size())});
        for (const auto& problem : report.problems) {
            auto* item = new QTreeWidgetItem(problems, {qs(problem.path), describe(problem.issue)});
            item->setToolTip(0, plainToolTip(qs(problem.detail)));
            item->setToolTip(1, plainToolTip(qs(problem.detail)));
        }
        problems->setExpanded(true);
    }
    for (const auto& file : report.files) {
        const QString kind =
            file.ignored == IgnoreReason::None ? kindName(file.kind) : describe(file.ignored);
        auto* item = new QTreeWidgetItem(tree, {shortPath(file.path), kind, qs(file.identity),
                                                QString::number(file.lines), QString::number(file.records)});
        item->setToolTip(0, plainToolTip(qs(file.path)));
        if (file.ignored != IgnoreReason::None)
            item->setToolTip(
                1, plainToolTip(ImportReportTreeText::tr("First line: %1").arg(qs(file.ignoredDetail))));
        if (file.foreignLines != 0)
            new QTreeWidgetItem(
                item, {ImportReportTreeText::tr("%1 lines of other programs (not records), e.g. line %2: %3")
                           .arg(file.foreignLines)
                           .arg(file.foreignExample.line)
                           .arg(qs(file.foreignExample.text))});
        if (file.truncated)
            new QTreeWidgetItem(
                item, {ImportReportTreeText::tr("content ends early; the readable part was imported")});
        for (const auto& group : file.skipped) {
            auto* reason = new QTreeWidgetItem(item, {ImportReportTreeText::tr("%1 skipped: %2")
                                                          .arg(group.count)
                                                          .arg(describe(group.reason, group.otherKind))});
            for (const auto& example : group.examples)
                new QTreeWidgetItem(
                    reason,
                    {ImportReportTreeText::tr("line %1: %2").arg(example.line).arg(qs(example.text))});
            item->setExpanded(true);
        }
    }
    for (int column = 0; column < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);
}

} // namespace rs
