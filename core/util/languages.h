#pragma once

#include <QString>
#include <QStringList>

// The language of everything the program says: our translations and Qt's own (dialog buttons), chosen from the
// system locale unless the user asks for another.
namespace Languages {

// The languages translated from English: "ja", "ko", "zh_TW".
QStringList available();

// Installs the translations for `language` ("ja", "ko_KR", "zh-TW"; empty: the system's) on the running
// application, in place of those of an earlier call. Returns the one found ("en" when English is what will show).
// Call before any text is made: texts made earlier keep their language.
QString install(const QString &language);

} // namespace Languages
