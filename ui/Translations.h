#pragma once
// Loads the workstation's translation (fr, de or en) for `[ui] language`, or the system locale when it is empty,
// and sets the reviewer's locale for numbers, money and dates to the Swiss variant of that language.
#include <QString>

class QCoreApplication;

namespace relance::ui {

// Returns the language actually used ("fr", "de" or "en").
QString installTranslation(QCoreApplication& app, const QString& language);
QStringList availableLanguages();

} // namespace relance::ui
