#include "camera/configsaver.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
AppConfig withToken(const QString &token)
{
    AppConfig config;
    config.setShareToken(token);
    return config;
}

QString savedToken(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())[QLatin1String("share")][QLatin1String("token")].toString();
}
} // namespace

class tst_ConfigSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesCloseTogetherAreWrittenOnceWithTheLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        ConfigSaver saver {ConfigStore(path)};
        saver.schedule(withToken(QStringLiteral("one")));
        saver.schedule(withToken(QStringLiteral("two")));
        saver.schedule(withToken(QStringLiteral("three")));
        QVERIFY(!QFile::exists(path)); // not written on the caller's thread, not at once
        QTRY_COMPARE(savedToken(path), QStringLiteral("three"));
    }

    void whatIsPendingIsWrittenBeforeDestruction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        {
            ConfigSaver saver {ConfigStore(path)};
            saver.schedule(withToken(QStringLiteral("last")));
        }
        QCOMPARE(savedToken(path), QStringLiteral("last"));
    }

    void aFailedWriteIsReported()
    {
        ConfigSaver saver {ConfigStore(QStringLiteral("/proc/no-such-place/cameras.json"))};
        QSignalSpy failed(&saver, &ConfigSaver::failed);
        saver.schedule(withToken(QStringLiteral("x")));
        QVERIFY(failed.wait(3000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigSaver)
#include "tst_configsaver.moc"
