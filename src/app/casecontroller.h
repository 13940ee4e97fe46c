#pragma once

#include "core/cache/casestate.h"
#include "core/cache/relocation.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;

namespace rs {

class CaseNotesDialog;
class ImportJob;
class MainWindow;
struct Analysis;

// The window's side of saved cases (issue 15): File → Save Case…, Case Notes… and Locate Bundle…,
// and what opening a .rscase restores (filter history, bookmarks, the filter, the notes). The
// file work (writing, relocating) runs off the GUI thread; reading a case is an ImportJob.
class CaseController : public QObject {
    Q_OBJECT
public:
    struct Actions {
        QAction* save;
        QAction* notes;
        QAction* locate;
    };
    CaseController(MainWindow* window, ImportJob* job, Actions actions);
    ~CaseController() override;

    // What Save Case… does once the file is chosen (".rscase" added when missing): caseSaved().
    void saveCase(const QString& path);
    // What Locate Bundle… does once the files or the folder are chosen: bundleLocated().
    void locateBundle(const QStringList& paths);
    // The notes of the shown incident (saved with the case).
    QString notes() const { return m_notes; }
    void setNotes(const QString& notes) { m_notes = notes; }
    // The notes dialog while it is open (it opens by itself for a case with notes).
    CaseNotesDialog* notesDialog() const;
    // The shown incident came from a case whose inputs are not all where they were.
    bool bundleMissing() const;
    bool openedFromCase() const { return m_opened.has_value(); }
    // The file name Save Case… proposes.
    QString suggestedName() const;

Q_SIGNALS:
    // `error` is empty when the case was written.
    void caseSaved(const QString& path, const QString& error);
    void bundleLocated(const rs::cache::Relocation& relocation);

private:
    void chooseSaveFile();
    void editNotes();
    void chooseBundle();
    void caseOpened(const QString& path, std::shared_ptr<const cache::CaseState> state);
    void incidentChanged();
    void restore(const cache::CaseState& state);
    void showNotes();
    void showOpenedStatus();
    void updateActions();
    cache::CaseState currentState() const;
    void relocated(const std::shared_ptr<const Analysis>& before, std::shared_ptr<const Analysis> after,
                   const cache::Relocation& relocation);

    MainWindow* m_window;
    Actions m_actions;
    QString m_notes;
    struct Opened {
        QString path;
        cache::CaseState state;
    };
    std::optional<Opened> m_opened;   // the case the shown incident came from
    std::optional<Opened> m_arriving; // a case whose incident is being shown
    QPointer<CaseNotesDialog> m_notesDialog;
    int m_working = 0; // saves and relocations running
};

} // namespace rs
