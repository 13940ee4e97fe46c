#include "app/clickhouse/openclickhousedialog.h"

#include "app/clickhouse/drilljob.h"
#include "core/clickhouse/client.h"
#include "core/clickhouse/rangeincident.h"
#include "core/query/filterexpr.h"
#include "ui_openclickhousedialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QPushButton>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace rs {
namespace {

constexpr auto kUrlKey = "clickhouse/url";
constexpr auto kCaFileKey = "clickhouse/caFile";
constexpr auto kKeyringService = "RouteScope ClickHouse";

// Passwords of this session, by keyringKey(), when no keyring service could keep them. Never
// written anywhere.
QHash<QString, QString>& sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QDateTime utc(TimeNs t)
{
    return QDateTime::fromMSecsSinceEpoch(t / 1'000'000, Qt::UTC);
}

TimeNs nanoseconds(const QDateTime& t)
{
    return t.toMSecsSinceEpoch() * 1'000'000;
}

} // namespace

OpenClickHouseDialog::OpenClickHouseDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenClickHouseDialog>())
    , m_job(new ClickHouseDrillJob(this))
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->keyringLabel->hide();
    // A day back from now until a Connect reads the pushed span.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->fromEdit->setDateTime(now.addDays(-1));
    m_ui->toEdit->setDateTime(now);
    m_ui->urlEdit->setText(QSettings().value(QLatin1String(kUrlKey)).toString());
    m_ui->caFileEdit->setText(QSettings().value(QLatin1String(kCaFileKey)).toString());
    updateCaFile();
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &OpenClickHouseDialog::updateCaFile);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &OpenClickHouseDialog::browseCaFile);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &OpenClickHouseDialog::connectToServer);
    connect(m_ui->buttons->button(QDialogButtonBox::Open), &QPushButton::clicked, this,
            &OpenClickHouseDialog::openRange);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &OpenClickHouseDialog::reject);
    connect(m_ui->urlEdit, &QLineEdit::editingFinished, this, &OpenClickHouseDialog::readPassword);

    connect(m_job, &ClickHouseDrillJob::spanFound, this, [this](qint64 first, qint64 last) {
        setBusy(false);
        if (first == kNoTime) {
            m_ui->statusLabel->setText(tr("The database holds no pushed requests."));
        } else {
            // Whole seconds, the end one past the last request: the range covers every request.
            m_ui->fromEdit->setDateTime(utc(first - first % 1'000'000'000));
            m_ui->toEdit->setDateTime(utc(last - last % 1'000'000'000 + 1'000'000'000));
            m_ui->statusLabel->setText(tr("The pushed requests span %1 … %2 (UTC).")
                                           .arg(m_ui->fromEdit->text(), m_ui->toEdit->text()));
        }
        Q_EMIT spanShown();
    });
    connect(m_job, &ClickHouseDrillJob::progressed, this, [this](double fraction, const QString& stage) {
        m_ui->progressBar->setValue(static_cast<int>(fraction * 1000));
        m_ui->statusLabel->setText(stage);
    });
    connect(m_job, &ClickHouseDrillJob::drilled, this, [this](std::shared_ptr<const Analysis> analysis) {
        setBusy(false);
        Q_EMIT opened(std::move(analysis));
        accept();
    });
    connect(m_job, &ClickHouseDrillJob::failed, this, [this](const QString& error) {
        setBusy(false);
        showError(error);
        Q_EMIT spanShown();
    });
    connect(m_job, &ClickHouseDrillJob::cancelled, this, [this] {
        setBusy(false);
        m_ui->statusLabel->setText(tr("Cancelled."));
    });
    readPassword();
}

OpenClickHouseDialog::~OpenClickHouseDialog() = default;

bool OpenClickHouseDialog::isBusy() const
{
    return m_job->isRunning();
}

void OpenClickHouseDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->urlEdit, m_ui->connectButton, m_ui->passwordEdit,
                                                      m_ui->fromEdit, m_ui->toEdit, m_ui->filterEdit,
                                                      m_ui->buttons->button(QDialogButtonBox::Open)})
        w->setEnabled(!busy);
    updateCaFile();
    if (busy) {
        m_ui->caFileEdit->setEnabled(false);
        m_ui->caFileBrowseButton->setEnabled(false);
    }
    m_ui->progressBar->setVisible(busy);
    m_ui->progressBar->setValue(0);
}

void OpenClickHouseDialog::updateCaFile()
{
    // Only HTTPS checks a certificate; the field keeps its text for a switch back to clickhouses://.
    const clickhouse::EndpointParse parsed = clickhouse::parseEndpointUrl(m_ui->urlEdit->text().trimmed());
    const bool tls = parsed.endpoint && parsed.endpoint->tls;
    m_ui->caFileLabel->setEnabled(tls);
    m_ui->caFileEdit->setEnabled(tls);
    m_ui->caFileBrowseButton->setEnabled(tls);
}

void OpenClickHouseDialog::browseCaFile()
{
    const QString current = m_ui->caFileEdit->text().trimmed();
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("CA certificates for ClickHouse"),
                                     current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(chosen));
}

std::optional<clickhouse::Endpoint> OpenClickHouseDialog::endpoint()
{
    const clickhouse::EndpointParse parsed = clickhouse::parseEndpointUrl(m_ui->urlEdit->text().trimmed());
    if (!parsed.endpoint) {
        showError(parsed.error);
        return std::nullopt;
    }
    clickhouse::Endpoint endpoint = *parsed.endpoint;
    endpoint.password = m_ui->passwordEdit->text();
    if (endpoint.tls)
        endpoint.caFile = m_ui->caFileEdit->text().trimmed();
    return endpoint;
}

void OpenClickHouseDialog::showError(const QString& text)
{
    // Server messages are untrusted text: the label is plain text.
    m_ui->statusLabel->setText(text);
}

QString OpenClickHouseDialog::keyringKey() const
{
    const clickhouse::EndpointParse parsed = clickhouse::parseEndpointUrl(m_ui->urlEdit->text().trimmed());
    return parsed.endpoint ? clickhouse::endpointDisplay(*parsed.endpoint) : QString();
}

void OpenClickHouseDialog::readPassword()
{
    const QString key = keyringKey();
    if (key.isEmpty())
        return;
    if (const auto it = sessionPasswords().constFind(key); it != sessionPasswords().constEnd()) {
        m_ui->passwordEdit->setText(*it);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kKeyringService), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::NoError && keyringKey() == key &&
            m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setText(read->textData());
    });
    job->start();
}

void OpenClickHouseDialog::storePassword()
{
    const QString key = keyringKey();
    const QString password = m_ui->passwordEdit->text();
    if (key.isEmpty() || password.isEmpty())
        return;
    if (sessionPasswords().contains(key)) {
        sessionPasswords()[key] = password;
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kKeyringService), this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, key, password](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError)
            return;
        sessionPasswords()[key] = password;
        m_ui->keyringLabel->setText(tr("No keyring service is available (%1): the password is kept only "
                                       "until RouteScope quits.")
                                        .arg(finished->errorString()));
        m_ui->keyringLabel->show();
    });
    job->start();
}

void OpenClickHouseDialog::connectToServer()
{
    const std::optional<clickhouse::Endpoint> endpoint = this->endpoint();
    if (!endpoint) {
        Q_EMIT spanShown();
        return;
    }
    storePassword();
    setBusy(true);
    m_ui->progressBar->setRange(0, 0); // no steps to show: busy
    m_ui->statusLabel->setText(tr("Connecting to %1…").arg(clickhouse::endpointDisplay(*endpoint)));
    m_job->startSpan(*endpoint);
}

void OpenClickHouseDialog::openRange()
{
    m_ui->progressBar->setRange(0, 1000);
    const std::optional<clickhouse::Endpoint> endpoint = this->endpoint();
    if (!endpoint)
        return;
    clickhouse::DrillRequest request;
    request.from = nanoseconds(m_ui->fromEdit->dateTime());
    request.to = nanoseconds(m_ui->toEdit->dateTime());
    if (request.to <= request.from) {
        showError(tr("The range must end after it starts."));
        return;
    }
    const std::string expression = m_ui->filterEdit->text().trimmed().toStdString();
    if (!expression.empty()) {
        auto filter = parseFilterExpression(expression);
        if (const auto* error = std::get_if<FilterParseError>(&filter)) {
            showError(tr("The filter does not parse at %1: %2")
                          .arg(static_cast<qulonglong>(error->position) + 1)
                          .arg(QString::fromStdString(error->message)));
            return;
        }
        request.filter = std::get<Filter>(std::move(filter));
    }
    // The URL names the server, the user and the database; never the password. The CA file is a
    // path, not a secret.
    QSettings settings;
    settings.setValue(QLatin1String(kUrlKey), m_ui->urlEdit->text().trimmed());
    settings.setValue(QLatin1String(kCaFileKey), m_ui->caFileEdit->text().trimmed());
    storePassword();
    m_opened = {QStringLiteral("%1:%2").arg(endpoint->host).arg(endpoint->port),
                QString::fromStdString(endpoint->database), request.from, request.to};
    setBusy(true);
    m_ui->statusLabel->setText(tr("Drilling the range into a local incident…"));
    m_job->startDrill(*endpoint, request);
}

void OpenClickHouseDialog::reject()
{
    // Cancel stops a running drill first; the dialog stays for another try.
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace rs
