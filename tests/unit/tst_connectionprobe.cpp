#include "camera/connectionprobe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(ConnectionProbe::Result)

class tst_ConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWorkingCameraGivesAThumbnailWithItsSize()
    {
        ConnectionProbe probe(QUrl(QStringLiteral("test:pattern?size=1280x720&fps=25")), {320, 180});
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        QVERIFY(finished.wait(3000));
        const auto result = finished.first().at(0).value<ConnectionProbe::Result>();
        QVERIFY(result.ok);
        QCOMPARE(result.size, QSize(1280, 720));
        QCOMPARE(result.thumbnail.size(), QSize(320, 180));
        QCOMPARE(result.codec, QStringLiteral("rawvideo"));
    }

    void anUnusableAddressSaysWhyAtOnce()
    {
        QElapsedTimer clock;
        clock.start();
        ConnectionProbe probe(QUrl(QStringLiteral("gopher://admin:hunter2@192.0.2.1/cam")));
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        QVERIFY(finished.wait(3000));
        const auto result = finished.first().at(0).value<ConnectionProbe::Result>();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("gopher")), qPrintable(result.error));
        QVERIFY(!result.error.contains(QStringLiteral("hunter2")));
        QVERIFY(clock.elapsed() < 1000);
    }

    void destroyingTheProbeCancelsIt()
    {
        auto probe = std::make_unique<ConnectionProbe>(QUrl(QStringLiteral("test:pattern?fps=1")));
        QElapsedTimer clock;
        clock.start();
        probe.reset();
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionProbe)
#include "tst_connectionprobe.moc"
