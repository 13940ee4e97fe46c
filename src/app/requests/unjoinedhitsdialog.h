#pragma once

#include "core/query/rawsearch.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UnjoinedHitsDialog;
}

namespace rs {

struct Analysis;

// The lines a search found that no request is joined to (registrations, prunes, stderr and
// cell-log lines), listed on their own: the requests table can only show requests.
class UnjoinedHitsDialog : public QDialog {
    Q_OBJECT
public:
    UnjoinedHitsDialog(const Incident& incident, const QString& text, const std::vector<RawHit>& hits,
                       std::uint64_t total, QWidget* parent = nullptr);
    ~UnjoinedHitsDialog() override;

    int listedCount() const;
    // The escaped raw line of listed row `index`.
    QString lineAt(int index) const;

private:
    std::unique_ptr<Ui::UnjoinedHitsDialog> m_ui;
};

} // namespace rs
