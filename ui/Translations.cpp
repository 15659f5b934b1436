#include "Translations.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relance::ui {

QStringList availableLanguages() { return {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")}; }

QString installTranslation(QCoreApplication& app, const QString& language)
{
    QString lang = language.trimmed().left(2).toLower();
    if (!availableLanguages().contains(lang)) {
        lang = QLocale::system().name().left(2).toLower();
        if (!availableLanguages().contains(lang))
            lang = QStringLiteral("en");
    }
    // Our strings, then Qt's own (buttons of dialogs), both replaced when called again.
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
        }
        *t = new QTranslator(&app);
    }
    if (ours->load(QStringLiteral(":/i18n/relance_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const QLocale locale(lang == QLatin1String("fr")   ? QLocale::French
                         : lang == QLatin1String("de") ? QLocale::German
                                                       : QLocale::English,
                         QLocale::Switzerland);
    setReviewerLocale(locale);
    QLocale::setDefault(locale);
    return lang;
}

} // namespace relance::ui
