#include "app/crashoffer.h"
#include "app/export/drawingcommands.h"
#include "app/hugepagestart.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/requests/requestspanel.h"
#include "app/requests/requesttablemodel.h"
#include "app/routes/routetablepanel.h"
#include "app/theme.h"
#include "cli/cli.h"
#include "cli/options.h"
#include "core/util/crashhandler.h"
#include "core/util/memorytrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

namespace {

// Since the process started: what --ready-time reports.
std::int64_t processCpuMs()
{
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return std::int64_t{cpu.tv_sec} * 1000 + cpu.tv_nsec / 1'000'000;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScope"));
    QCoreApplication::setApplicationName(QStringLiteral("RouteScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTESCOPE_VERSION));
    // A crash leaves a report for the next start to offer; the command line is kept without
    // paths or values (they name customers).
    rs::installCrashHandler(rs::crashReportDirectory(),
                            rs::redactedCommandLine(QCoreApplication::arguments(), [](const QString& word) {
                                return rs::cli::commandNamed(word.toUtf8().constData()).has_value();
                            }));
}

// The window size of a screenshot without --size: the laptop screen the layout is designed at.
constexpr QSize kDefaultScreenshotSize(1366, 768);

// "1920x1080" (or "1920×1080"); an invalid size for anything else.
QSize parseSize(const QString& text)
{
    const QStringList parts = QString(text).replace(QChar(0xd7), QLatin1Char('x')).split(QLatin1Char('x'));
    bool okWidth = false, okHeight = false;
    const QSize size =
        parts.size() == 2 ? QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight)) : QSize();
    if (!okWidth || !okHeight || size.width() < 640 || size.height() < 400 || size.width() > 8192 ||
        size.height() > 8192)
        return {};
    return size;
}

// For `./dev screenshot` and the README: the real window at exactly `size`, in its default
// layout, once every panel shows the incident.
void saveScreenshotWhenShown(rs::MainWindow& window, const QString& file, QSize size)
{
    window.resize(size);
    const auto grab = [&window, file, size] {
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
        QTimer::singleShot(1500, &window, [&window, file, size] {
            // The window may not be larger than the screen: the size asked is the size saved.
            const bool saved = window.size() == size && window.grab().save(file, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(&window, &rs::MainWindow::viewsUpdated, &window, grab, Qt::SingleShotConnection);
    QObject::connect(&window, &rs::MainWindow::importCancelled, &window, [] { QCoreApplication::exit(1); });
}

// For the benchmark of a reopen (bench/windowready.sh): how long until the window first shows an
// incident, its views painted ("ready"), and until the route-table panel, whose replay runs in the
// background, shows its first table ("route table"), in wall and CPU milliseconds since main()
// first began (before the restart of hugepagestart.h; the process's CPU time runs on across an
// exec); then quit.
void reportReadyTimeWhenShown(rs::MainWindow& window)
{
    struct Progress {
        bool views = false;
        bool routeTable = false;
    };
    auto progress = std::make_shared<Progress>();
    const auto print = [](const char* what) {
        std::printf("%s %lld ms wall, %lld ms CPU\n", what,
                    static_cast<long long>(rs::millisecondsSinceFirstStart()),
                    static_cast<long long>(processCpuMs()));
        std::fflush(stdout);
    };
    QObject::connect(
        &window, &rs::MainWindow::viewsUpdated, &window,
        [&window, progress, print] {
            window.repaint();
            print("ready");
            progress->views = true;
            if (progress->routeTable)
                QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    QObject::connect(
        window.routeTablePanel(), &rs::RouteTablePanel::tableChanged, &window,
        [&window, progress, print] {
            window.routeTablePanel()->repaint();
            print("route table");
            progress->routeTable = true;
            if (progress->views)
                QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    QObject::connect(&window, &rs::MainWindow::importCancelled, &window, [] { QCoreApplication::exit(1); });
}

} // namespace

int main(int argc, char** argv)
{
    rs::traceMemory("main: started");
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

    rs::restartWithHugePageMalloc(argv);
    QApplication app(argc, argv);
    describeApplication();
    // The installed desktop entry is named after the AppStream id (packaging/CMakeLists.txt);
    // the icon is also embedded so that a build tree shows it.
    QGuiApplication::setDesktopFileName(QStringLiteral(ROUTESCOPE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/routescope.svg")));
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
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size of --screenshot, e.g. 1920x1080 (default 1366x768)"),
        QStringLiteral("WxH"));
    parser.addOption(size);
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Show the window in this language (de, ja or en) without saving it"),
        QStringLiteral("language"));
    parser.addOption(language);
    // For the crash-report test: crash at once, the way a bug would (not in --help).
    QCommandLineOption crashForTest(QStringLiteral("crash-for-test"));
    crashForTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(crashForTest);
    // For the benchmark: print when the window shows the incident, then quit (not in --help).
    QCommandLineOption readyTime(QStringLiteral("ready-time"));
    readyTime.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(readyTime);
    parser.process(app);
    if (parser.isSet(crashForTest)) {
        volatile int* volatile nowhere = nullptr; // both volatiles: a real, undropped invalid write
        *nowhere = 1;
    }
    if (parser.isSet(language) && rs::isKnownLanguage(parser.value(language)))
        rs::applyLanguage(parser.value(language));
    rs::applyTheme(rs::savedTheme());

    if (parser.isSet(screenshot)) {
        // Screenshots show the default layout, never a layout a user saved.
        QCoreApplication::setApplicationName(QStringLiteral("RouteScope-screenshot"));
        QSettings().clear();
    }
    QSize screenshotSize = kDefaultScreenshotSize;
    if (parser.isSet(size)) {
        screenshotSize = parseSize(parser.value(size));
        if (!screenshotSize.isValid()) {
            qCritical("--size needs WIDTHxHEIGHT from 640x400 to 8192x8192, e.g. 1366x768");
            return 2;
        }
    }
    rs::MainWindow window;
    if (parser.isSet(screenshot))
        saveScreenshotWhenShown(window, parser.value(screenshot), screenshotSize);
    else if (parser.isSet(readyTime))
        reportReadyTimeWhenShown(window);
    window.show();
    if (!parser.isSet(screenshot) && !parser.isSet(readyTime)) {
        if (QMessageBox* offer = rs::createCrashReportOffer(&window, rs::crashReportDirectory()))
            QTimer::singleShot(0, offer, [offer] { offer->open(); });
    }
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
