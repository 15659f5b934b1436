#include "Translations.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace relance::ui {

namespace {
QString& loadedFile()
{
    static QString file;
    return file;
}
} // namespace

QStringList availableLanguages() { return {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")}; }

QStringList translationSearchPath()
{
    QStringList dirs;
    // Installed: bin/relance next to share/relance/translations (/usr, /opt/..., C:\Program Files\Relance).
    if (QCoreApplication::instance())
        dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/relance/translations"));
#ifdef RELANCE_BUILD_TRANSLATIONS_DIR
    // Running from the build tree: where translations/CMakeLists.txt has lrelease write them.
    dirs << QDir::cleanPath(QStringLiteral(RELANCE_BUILD_TRANSLATIONS_DIR));
#endif
    dirs.removeDuplicates();
    return dirs;
}

QString loadedTranslationFile() { return loadedFile(); }

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
    loadedFile().clear();
    const QString name = QStringLiteral("relance_%1.qm").arg(lang);
    const QStringList dirs = translationSearchPath();
    for (const QString& dir : dirs) {
        const QString file = QDir(dir).filePath(name);
        if (!QFileInfo::exists(file))
            continue;
        if (ours->load(file)) {
            QCoreApplication::installTranslator(ours);
            loadedFile() = file;
            spdlog::info("translation: loaded {}", file.toStdString());
            break;
        }
        spdlog::warn("translation: {} exists but could not be loaded", file.toStdString());
    }
    if (loadedFile().isEmpty())
        spdlog::warn("translation: {} not found in {}; the interface stays in English", name.toStdString(),
                     dirs.join(QStringLiteral(", ")).toStdString());
    // Qt's own: the system's Qt translations (qt6-translations-l10n), or the ones windeployqt put next to the program.
    const QString qtName = QStringLiteral("qtbase_%1").arg(lang);
    if (qt->load(qtName, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(qtName, QCoreApplication::applicationDirPath() + QStringLiteral("/../translations")))
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
