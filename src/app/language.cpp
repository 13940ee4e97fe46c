#include "app/language.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace rs {
namespace {

const QString kLanguageKey = QStringLiteral("language");

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString code;
};

Installed& installed()
{
    static Installed state;
    return state;
}

// The locale whose translations are loaded for code: the system's for "", else the language.
QLocale localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

class LanguageChangeFilter : public QObject {
public:
    LanguageChangeFilter(QWidget* widget, std::function<void()> retranslate)
        : QObject(widget)
        , m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void onLanguageChange(QWidget* widget, std::function<void()> retranslate)
{
    new LanguageChangeFilter(widget, std::move(retranslate));
}

void announceRetranslation(QAbstractItemModel* model)
{
    const int columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = model->rowCount();
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

QStringList languageCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString nativeLanguageName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return code;
}

bool isKnownLanguage(const QString& code)
{
    return !code.isEmpty() && languageCodes().contains(code);
}

bool applyLanguage(const QString& code)
{
    Installed& state = installed();
    // Removing first, then installing, sends LanguageChange twice at most; widgets rebuild
    // their texts from tr() each time, so the second pass is the one that stays.
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app.reset();
    state.qt.reset();
    state.code = code;

    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // English is the source text; a system locale without a translation shows it too.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto app = std::make_unique<QTranslator>();
    const bool found =
        app->load(locale, QStringLiteral("routescope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return found;
}

QString currentLanguage()
{
    return installed().code;
}

QString savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return isKnownLanguage(code) ? code : QString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(kLanguageKey, code);
}

} // namespace rs
