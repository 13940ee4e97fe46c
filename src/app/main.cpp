#include "app/export/drawingcommands.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/requests/requestspanel.h"
#include "app/requests/requesttablemodel.h"
#include "app/theme.h"
#include "cli/cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScope"));
    QCoreApplication::setApplicationName(QStringLiteral("RouteScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTESCOPE_VERSION));
}

// For `./dev screenshot` and the README: the real window, once every panel shows the incident.
void saveScreenshotWhenShown(rs::MainWindow& window, const QString& file)
{
    window.resize(1600, 1000);
    const auto grab = [&window, file] {
        // Show a request that needed several attempts, so the detail panel has something to say.
        const auto analysis = window.analysis();
        rs::RequestTableModel* model = window.requestsPanel()->model();
        for (int row = 0; analysis && row < model->rowCount(); ++row) {
            if (analysis->diagnosis.attemptsCount[model->requestRow(row)] >= 2) {
                window.requestsPanel()->view()->setCurrentIndex(model->index(row, 0));
                window.requestsPanel()->view()->scrollTo(model->index(row, 0));
                break;
            }
        }
        // Let the panels paint the last update before grabbing.
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(&window, &rs::MainWindow::viewsUpdated, &window, grab, Qt::SingleShotConnection);
    QObject::connect(&window, &rs::MainWindow::importCancelled, &window, [] { QCoreApplication::exit(1); });
}

} // namespace

int main(int argc, char** argv)
{
    if (rs::cli::drawsCharts(argc, argv)) {
        // report and chart draw with the window's code, without a window: offscreen unless a
        // display is there anyway.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        rs::applyLanguage(QString()); // `--lang` replaces it once the options are read
        rs::cli::setDrawingCommand(&rs::runDrawingCommand);
        return rs::cli::run(argc, argv);
    }
    if (rs::cli::isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        rs::applyLanguage(QString());
        return rs::cli::run(argc, argv);
    }

    QApplication app(argc, argv);
    describeApplication();
    rs::applyLanguage(rs::savedLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Incident viewer for Gorouter failures"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("main", "Bundle, folder or log files to open"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QCoreApplication::translate("main", "Open the embedded sample incident"));
    parser.addOption(sample);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once the incident is shown, then quit"),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Show the window in this language (de, ja or en) without saving it"),
        QStringLiteral("language"));
    parser.addOption(language);
    parser.process(app);
    if (parser.isSet(language) && rs::isKnownLanguage(parser.value(language)))
        rs::applyLanguage(parser.value(language));
    rs::applyTheme(rs::savedTheme());

    if (parser.isSet(screenshot)) {
        // Screenshots show the default layout, never a layout a user saved.
        QCoreApplication::setApplicationName(QStringLiteral("RouteScope-screenshot"));
        QSettings().clear();
    }
    rs::MainWindow window;
    if (parser.isSet(screenshot))
        saveScreenshotWhenShown(window, parser.value(screenshot));
    window.show();
    const QStringList paths = parser.positionalArguments();
    const bool openSample = parser.isSet(sample);
    // Opening starts after the event loop runs so the window appears at once. Without a path
    // the window offers the sample incident and the recent bundles.
    QTimer::singleShot(0, &window, [&window, paths, openSample] {
        if (openSample)
            window.openSample();
        else if (!paths.isEmpty())
            window.openPaths(paths);
    });
    return app.exec();
}
