#include "app/mainwindow.h"
#include "cli/cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScope"));
    QCoreApplication::setApplicationName(QStringLiteral("RouteScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTESCOPE_VERSION));
}

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("routescope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char** argv)
{
    if (rs::cli::isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        return rs::cli::run(argc, argv);
    }

    QApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Incident viewer for Gorouter failures"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("main", "Bundle, folder or log files to open"));
    parser.process(app);

    rs::MainWindow window;
    window.show();
    const QStringList paths = parser.positionalArguments();
    // Opening starts after the event loop runs so the window appears at once.
    QTimer::singleShot(0, &window, [&window, paths] {
        if (paths.isEmpty())
            window.openSample();
        else
            window.openPaths(paths);
    });
    return app.exec();
}
