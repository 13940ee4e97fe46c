#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace rs {

// The language of the window and of the drawing commands. A language is a code: "" follows the
// system locale, "en" is the source text (no translator), "de" and "ja" load
// :/i18n/routescope_<code>.qm and Qt's own qtbase_<code>.qm (dialog buttons, shortcuts).

// Every code a user can choose, "" (the system's) first.
QStringList languageCodes();
// The name a user recognises whatever the current language: "Deutsch", "日本語"; the system
// entry is named by the caller (it is translated).
QString nativeLanguageName(const QString& code);
// Whether code is one of languageCodes() but "" (what `--lang` accepts).
bool isKnownLanguage(const QString& code);

// Replaces the translators installed by the previous call (none before the first) with those
// of code, and makes QLocale() the locale of that language so numbers and dates follow it.
// Installing sends QEvent::LanguageChange to every widget. Returns false when the language has
// no compiled translation (it then shows the source text).
bool applyLanguage(const QString& code);
// The language applied last ("" before any call).
QString currentLanguage();

QString savedLanguage();
void saveLanguage(const QString& code);

// Calls retranslate whenever widget receives QEvent::LanguageChange: for texts set in code on
// widgets a class does not own (menus, labels built by a panel without a form).
void onLanguageChange(QWidget* widget, std::function<void()> retranslate);
// Makes views ask model again for its headers and texts, which its data() translates on each
// call: models are no widgets and receive no LanguageChange themselves.
void announceRetranslation(QAbstractItemModel* model);

} // namespace rs
