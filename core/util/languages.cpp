#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
constexpr auto TranslationsDir = ":/i18n";
constexpr auto FilePrefix = "cctv-dashboard";
} // namespace

namespace Languages {

QStringList available()
{
    QStringList languages;
    const QString prefix = QLatin1String(FilePrefix) + u'_';
    const auto files = QDir(QLatin1String(TranslationsDir)).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(prefix.size()).chopped(3);
    return languages;
}

QString install(const QString &language)
{
    // Those of an earlier call go: English asked for after the system's Japanese must not leave Japanese behind.
    for (QTranslator *earlier : QCoreApplication::instance()->findChildren<QTranslator *>(
             QStringLiteral("cctvTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(QString(language).replace(u'-', u'_'));
    auto *ours = new QTranslator(QCoreApplication::instance());
    ours->setObjectName(QStringLiteral("cctvTranslator"));
    if (!ours->load(locale, QLatin1String(FilePrefix), QStringLiteral("_"), QLatin1String(TranslationsDir))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own words (OK, Cancel) in the same language, when Debian's qt6-translations-l10n is installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    qt->setObjectName(QStringLiteral("cctvTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace Languages
