// The interface in the languages of the seed write-ups: Japanese, Korean and Traditional Chinese, complete, chosen
// from the system locale or with --lang.

#include "camera/cameraregistry.h"
#include "dialogs/cameradialog.h"
#include "mainwindow.h"
#include "util/languages.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"ja", "ko", "zh_TW"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(Languages::available().contains(language));
        QFile file(qEnvironmentVariable("CCTV_SOURCE_DIR")
                   + QStringLiteral("/translations/cctv-dashboard_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 100);
        QStringList untranslated;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement translation = messages.at(i).firstChildElement(QStringLiteral("translation"));
            if (translation.text().isEmpty() || translation.attribute(QStringLiteral("type")) == u"unfinished")
                untranslated << messages.at(i).firstChildElement(QStringLiteral("source")).text();
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
    }

    void theHelpIsInTheLanguageAskedFor()
    {
        QProcess program;
        program.start(qEnvironmentVariable("CCTV_BINARY"),
                      {QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--help")});
        QVERIFY(program.waitForFinished(10000));
        QCOMPARE(program.exitCode(), 0);
        const QString help = QString::fromUtf8(program.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("여러 카메라를 한 화면에서 보고")), qPrintable(help));
    }

    // Last: a translator, once installed, stays until another language is installed.
    void aJapaneseWindowSpeaksJapanese()
    {
        QCOMPARE(Languages::install(QStringLiteral("ja_JP")), QStringLiteral("ja"));
        CameraRegistry registry;
        CameraConfig config;
        config.name = QStringLiteral("Yard");
        config.url = QUrl(QStringLiteral("test:pattern?size=320x240&fps=10"));
        registry.add(config);
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("CCTV ダッシュボード"));
        auto *add = window.findChild<QAction *>(QStringLiteral("addCamera"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("カメラを追加(&A)…"));
        CameraTile *tile = window.grid()->tiles().constFirst();
        QCOMPARE(tile->accessibleName(), QStringLiteral("カメラ Yard"));
        QTRY_COMPARE(tile->accessibleDescription(), QStringLiteral("ライブ"));

        CameraDialog dialog({});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("カメラを追加"));
        // Qt's own buttons too (Debian's qt6-translations-l10n).
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
                 QStringLiteral("キャンセル"));
    }

    // The language saved in Settings is installed over the system's at start: none of the system's stays behind.
    void anotherLanguageReplacesTheFirst()
    {
        QCOMPARE(Languages::install(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(Languages::install(QStringLiteral("en")), QStringLiteral("en"));
        CameraDialog english({});
        QCOMPARE(english.windowTitle(), QStringLiteral("Add camera"));
        QCOMPARE(Languages::install(QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
        CameraDialog chinese({});
        QVERIFY(chinese.windowTitle() != QStringLiteral("Add camera"));
        QVERIFY(!chinese.windowTitle().contains(QStringLiteral("カメラ")));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
