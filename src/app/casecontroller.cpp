#include "app/casecontroller.h"

#include "app/casenotesdialog.h"
#include "app/filter/filterlineedit.h"
#include "app/filter/filterstack.h"
#include "app/filter/savedfilters.h"
#include "app/importjob.h"
#include "app/mainwindow.h"
#include "app/requests/requestspanel.h"
#include "core/cache/casefile.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

#include <algorithm>
#include <cstring>

namespace rs {
namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// A message that does not wait for the user (tests drive the window without anyone to answer).
void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText); // paths and reasons come from files
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

CaseController::CaseController(MainWindow* window, ImportJob* job, Actions actions)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
{
    connect(m_actions.save, &QAction::triggered, this, &CaseController::chooseSaveFile);
    connect(m_actions.notes, &QAction::triggered, this, &CaseController::editNotes);
    connect(m_actions.locate, &QAction::triggered, this, &CaseController::chooseBundle);
    connect(job, &ImportJob::caseOpened, this, &CaseController::caseOpened);
    connect(job, &ImportJob::failed, this, [this](const QString& path, const QString& reason) {
        m_arriving.reset();
        const QString name = QFileInfo(path).fileName();
        m_window->setStatus([name] { return tr("Could not open the case %1.").arg(name); });
        tell(m_window, QMessageBox::Warning, tr("Open Case"),
             tr("%1 cannot be opened as a RouteScope case: %2").arg(QDir::toNativeSeparators(path), reason));
    });
    connect(window, &MainWindow::incidentChanged, this, &CaseController::incidentChanged);
}

CaseController::~CaseController()
{
    // A save or a relocation must not report to a window that is gone.
    for (QThread* thread : findChildren<QThread*>())
        thread->wait();
}

void CaseController::caseOpened(const QString& path, std::shared_ptr<const cache::CaseState> state)
{
    m_arriving = Opened{path, *state};
}

void CaseController::incidentChanged()
{
    m_opened = std::move(m_arriving);
    m_arriving.reset();
    m_notes.clear();
    if (m_notesDialog)
        m_notesDialog->close();
    if (m_opened) {
        restore(m_opened->state);
        showOpenedStatus();
    }
    updateActions();
}

void CaseController::restore(const cache::CaseState& state)
{
    // The case's history goes on top of the user's, its most recent filter first.
    for (auto it = state.filterHistory.rbegin(); it != state.filterHistory.rend(); ++it)
        FilterLineEdit::addToHistory(fromStd(*it));
    // The user's bookmarks stay as they are; one of the case's with a name already taken by
    // another expression comes in under a new name.
    QList<SavedFilter> incoming;
    for (const cache::CaseBookmark& bookmark : state.bookmarks)
        incoming.append({fromStd(bookmark.name), fromStd(bookmark.expression)});
    // Already there when the case was opened before, or the colleague had it too.
    savedfilters::store(savedfilters::merged(savedfilters::load(), incoming, [](const QString& name, int n) {
        return n == 1 ? tr("%1 (case)").arg(name) : tr("%1 (case %2)").arg(name).arg(n);
    }));
    m_notes = fromStd(state.notes);
    if (!state.currentFilter.empty())
        m_window->requestsPanel()->applyExpression(fromStd(state.currentFilter));
    if (!m_notes.isEmpty())
        showNotes();
}

void CaseController::showOpenedStatus()
{
    const QString name = QFileInfo(m_opened->path).fileName();
    const qint64 savedAt = m_opened->state.savedAtMs;
    const std::shared_ptr<const Incident> incident = m_window->incident();
    const std::size_t requests = incident ? incident->tables.requests.size() : 0;
    const bool missing = bundleMissing();
    m_window->setStatus([name, savedAt, requests, missing] {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(savedAt), QLocale::ShortFormat);
        QString text = tr("Opened from the saved case %1 (saved %2): %3 requests")
                           .arg(name, when, QLocale().toString(qulonglong(requests)));
        if (missing)
            text += tr(" — its bundle is not here: raw lines need File → Locate Bundle…");
        return text;
    });
}

bool CaseController::bundleMissing() const
{
    const std::shared_ptr<const Incident> incident = m_window->incident();
    if (!m_opened || !incident)
        return false;
    for (const std::string& input : incident->report.inputs)
        if (!QFileInfo::exists(fromStd(input)))
            return true;
    return false;
}

void CaseController::updateActions()
{
    const bool open = m_window->incident() != nullptr;
    m_actions.save->setEnabled(open && m_working == 0);
    m_actions.notes->setEnabled(open);
    m_actions.locate->setEnabled(bundleMissing() && m_working == 0);
}

QString CaseController::suggestedName() const
{
    QString name;
    if (m_opened)
        name = QFileInfo(m_opened->path).fileName();
    else if (const auto incident = m_window->incident(); incident && !incident->report.inputs.empty())
        name = QFileInfo(fromStd(incident->report.inputs.front())).fileName();
    for (const char* suffix : {".rscase", ".tgz", ".tar.gz", ".zip", ".gz", ".tar", ".log"})
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(static_cast<qsizetype>(std::strlen(suffix)));
    if (name.isEmpty())
        name = tr("incident");
    return name + QLatin1String(cache::kCaseSuffix);
}

cache::CaseState CaseController::currentState() const
{
    cache::CaseState state;
    if (m_opened) {
        // What recognises the files, and where they are now (after Locate Bundle…, not where the
        // case was saved).
        state = m_opened->state;
        if (const std::shared_ptr<const Incident> incident = m_window->incident())
            state.inputs = incident->report.inputs;
    }
    const std::string filter = formatFilterExpression(m_window->filters()->current());
    // Explicit rows (a finding's evidence) have no expression that reads back.
    state.currentFilter =
        std::holds_alternative<Filter>(parseFilterExpression(filter)) ? filter : std::string();
    state.notes = m_notes.toStdString();
    state.filterHistory.clear();
    for (const QString& text : FilterLineEdit::history())
        state.filterHistory.push_back(text.toStdString());
    state.bookmarks.clear();
    for (const SavedFilter& f : savedfilters::load())
        state.bookmarks.push_back({f.name.toStdString(), f.expression.toStdString()});
    return state;
}

void CaseController::chooseSaveFile()
{
    if (!m_window->incident())
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Case"), QDir::home().filePath(suggestedName()), tr("RouteScope cases (*.rscase)"));
    if (!path.isEmpty())
        saveCase(path);
}

void CaseController::saveCase(const QString& chosen)
{
    const auto incident = m_window->incident();
    if (!incident)
        return;
    // The analysis shown, when it is of this incident: the colleague's window opens without one.
    std::shared_ptr<const Analysis> analysis = m_window->analysis();
    if (analysis && analysis->incident != incident)
        analysis.reset();
    QString path = chosen;
    if (!path.endsWith(QLatin1String(cache::kCaseSuffix), Qt::CaseInsensitive))
        path += QLatin1String(cache::kCaseSuffix);
    auto error = std::make_shared<std::string>();
    QThread* thread =
        QThread::create([incident, analysis, state = currentState(), file = path.toStdString(), error] {
            if (!cache::writeCase(file, *incident, state, error.get(), analysis.get()) && error->empty())
                *error = "not written";
        });
    thread->setParent(this);
    ++m_working;
    updateActions();
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    connect(thread, &QThread::finished, this, [this, thread, path, error] {
        thread->deleteLater();
        QGuiApplication::restoreOverrideCursor();
        --m_working;
        updateActions();
        const QString why = fromStd(*error);
        if (why.isEmpty()) {
            const QString shown = QDir::toNativeSeparators(path);
            m_window->setStatus([shown] { return tr("Case saved to %1").arg(shown); });
        } else {
            tell(m_window, QMessageBox::Warning, tr("Save Case"),
                 tr("The case could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), why));
        }
        Q_EMIT caseSaved(path, why);
    });
    thread->start();
}

CaseNotesDialog* CaseController::notesDialog() const
{
    return m_notesDialog;
}

void CaseController::editNotes()
{
    showNotes();
}

void CaseController::showNotes()
{
    if (!m_notesDialog) {
        m_notesDialog = new CaseNotesDialog(m_notes, m_window);
        m_notesDialog->setAttribute(Qt::WA_DeleteOnClose);
        CaseNotesDialog* dialog = m_notesDialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog] { m_notes = dialog->notes(); });
    }
    // Not modal: the notes stay beside the incident they are about.
    m_notesDialog->show();
    m_notesDialog->raise();
}

void CaseController::chooseBundle()
{
    if (!m_opened)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Locate Bundle"),
                    tr("Choose the bundle files, or the folder that holds them."), QMessageBox::Cancel,
                    m_window);
    QPushButton* files = ask.addButton(tr("Choose Files…"), QMessageBox::AcceptRole);
    QPushButton* folder = ask.addButton(tr("Choose Folder…"), QMessageBox::AcceptRole);
    ask.exec();
    QStringList paths;
    if (ask.clickedButton() == files) {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Locate Bundle"));
    } else if (ask.clickedButton() == folder) {
        if (const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Locate Bundle"));
            !dir.isEmpty())
            paths << dir;
    }
    if (!paths.isEmpty())
        locateBundle(paths);
}

void CaseController::locateBundle(const QStringList& paths)
{
    const std::shared_ptr<const Analysis> before = m_window->analysis();
    if (!m_opened || !before)
        return;
    std::vector<std::string> found;
    for (const QString& path : paths)
        found.push_back(path.toStdString());
    auto after = std::make_shared<std::shared_ptr<const Analysis>>();
    auto relocation = std::make_shared<cache::Relocation>();
    auto error = std::make_shared<std::string>();
    // The shown incident is read by the views' threads and cannot be copied: the case is read again
    // (as quick as opening it) and that incident relocated, then it replaces the shown one.
    QThread* thread = QThread::create([before, found, file = m_opened->path.toStdString(),
                                       opened = m_opened->state, after, relocation, error] {
        cache::CaseFileResult again = cache::readCase(file);
        if (!again.incident || again.state.savedAtMs != opened.savedAtMs ||
            again.incident->tables.requests.size() != before->incident->tables.requests.size()) {
            *error = again.error.empty() ? "the case file changed since it was opened" : again.error;
            return;
        }
        *relocation = cache::relocate(*again.incident, again.state, found);
        auto analysis = std::make_shared<Analysis>(*before);
        analysis->incident = std::move(again.incident);
        *after = std::move(analysis);
    });
    thread->setParent(this);
    ++m_working;
    updateActions();
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    connect(thread, &QThread::finished, this, [this, thread, before, after, relocation, error] {
        thread->deleteLater();
        QGuiApplication::restoreOverrideCursor();
        --m_working;
        updateActions();
        if (*after)
            relocated(before, *after, *relocation);
        else
            tell(m_window, QMessageBox::Warning, tr("Locate Bundle"),
                 tr("The case could not be read again: %1").arg(fromStd(*error)));
    });
    thread->start();
}

void CaseController::relocated(const std::shared_ptr<const Analysis>& before,
                               std::shared_ptr<const Analysis> after, const cache::Relocation& relocation)
{
    // Another incident is shown now: this relocation is about nothing any more.
    if (m_window->analysis() != before || !m_opened)
        return;
    m_window->replaceAnalysis(std::move(after));
    QStringList lines;
    std::size_t matched = 0;
    for (const cache::RelocatedInput& input : relocation.inputs) {
        const QString from = QDir::toNativeSeparators(fromStd(input.from));
        if (input.matched) {
            ++matched;
            lines << tr("Found %1 at %2 (%n files).", nullptr, static_cast<int>(input.files))
                         .arg(from, QDir::toNativeSeparators(fromStd(input.to)));
        } else if (input.to.empty()) {
            lines << tr("Not found: %1 (%2).").arg(from, fromStd(input.reason));
        } else {
            lines << tr("Refused %1 for %2: %3 (%n files taken).", nullptr, static_cast<int>(input.files))
                         .arg(QDir::toNativeSeparators(fromStd(input.to)), from, fromStd(input.reason));
        }
    }
    const bool all = matched == relocation.inputs.size();
    tell(m_window, all ? QMessageBox::Information : QMessageBox::Warning, tr("Locate Bundle"),
         (all ? tr("The bundle was found; raw lines are read from it now.")
              : tr("%1 of %2 inputs were found.").arg(matched).arg(relocation.inputs.size())) +
             QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    showOpenedStatus();
    updateActions();
    Q_EMIT bundleLocated(relocation);
}

} // namespace rs
