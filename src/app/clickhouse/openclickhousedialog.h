#pragma once

#include "core/clickhouse/client.h"
#include "core/query/analysis.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class OpenClickHouseDialog;
}

namespace rs {

class ClickHouseDrillJob;

// File → Open ClickHouse…: a server URL (clickhouse://user@host:port/database), a time range
// (Connect fills it with the span of the pushed requests), an optional filter and the password.
// Open drills the range into a local incident in the background (progress, Cancel) and emits
// opened() with its analysis. For clickhouses:// a CA file (PEM certificates trusted besides the
// system's) can be given. The URL and the CA file are remembered in QSettings; the password only
// in the system keyring (QtKeychain), or, when no keyring service answers, for this session only,
// as the dialog then says. Errors name the query's purpose and are shown as plain text.
class OpenClickHouseDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenClickHouseDialog(QWidget* parent = nullptr);
    ~OpenClickHouseDialog() override;

    bool isBusy() const;

    // What the last Open drilled (the window's status line names it); valid once opened() came.
    struct OpenedRange {
        QString server; // host:port
        QString database;
        TimeNs from = kNoTime, to = kNoTime; // [from, to)
    };
    OpenedRange openedRange() const { return m_opened; }

public Q_SLOTS:
    void connectToServer();
    void openRange();
    void reject() override;

Q_SIGNALS:
    void opened(std::shared_ptr<const rs::Analysis> analysis);
    void spanShown(); // Connect filled the range (or said why not)

private:
    void setBusy(bool busy);
    void showError(const QString& text);
    void updateCaFile();
    void browseCaFile();
    // The URL's endpoint with the password and, for clickhouses://, the CA file; nullopt (and the
    // error shown) when the URL does not parse.
    std::optional<clickhouse::Endpoint> endpoint();
    void readPassword();
    void storePassword();
    QString keyringKey() const;

    std::unique_ptr<Ui::OpenClickHouseDialog> m_ui;
    ClickHouseDrillJob* m_job;
    OpenedRange m_opened;
};

} // namespace rs
