// Finding cameras: OnvifDiscovery probing the ONVIF simulator (tests/support/onvif_simulator.py, standing in for a
// physical camera, which cannot exist here) directly on loopback, and `cctv-dashboard --discover` finding it by
// multicast on another host: a network namespace joined by a veth pair (tests/support/testnetwork.sh), where the
// simulator joins 239.255.255.250. That part needs root and namespaces; skipped, with the reason, without them.

#include "dashboardprocess.h"
#include "onvif/onvifdiscovery.h"
#include "onvifsimulatorprocess.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

namespace {

const QString Namespace = QStringLiteral("onvif%1").arg(QCoreApplication::applicationPid() % 100000);

QString networkScript()
{
    return qEnvironmentVariable("CCTV_SOURCE_DIR") + QStringLiteral("/tests/support/testnetwork.sh");
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QStringList simulatorArguments()
{
    return {QStringLiteral("--name"), QStringLiteral("Bike shed"), QStringLiteral("--model"),
            QStringLiteral("SimCam 1080")};
}

} // namespace

class tst_OnvifDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCameraAskedDirectlyIsFoundOnce_data()
    {
        QTest::addColumn<QStringList>("quirks");
        QTest::newRow("answers every probe") << QStringList();
        QTest::newRow("answers only an undecorated probe")
            << QStringList {QStringLiteral("--quirk-undecorated-probe-only")};
    }
    void aCameraAskedDirectlyIsFoundOnce()
    {
        QFETCH(QStringList, quirks);
        OnvifSimulatorProcess camera;
        QVERIFY2(camera.start(simulatorArguments() + quirks), qPrintable(camera.errorString()));
        OnvifDiscovery discovery;
        discovery.setMulticast(false);
        discovery.addAddress(QHostAddress::LocalHost, camera.discoveryPort());
        QSignalSpy found(&discovery, &OnvifDiscovery::deviceFound);
        QSignalSpy finished(&discovery, &OnvifDiscovery::finished);
        discovery.start(1500);
        QVERIFY(finished.wait(5000));
        // Two probes, each sent twice, all answered: still one camera.
        QCOMPARE(found.size(), 1);
        const auto device = found.first().first().value<Onvif::DiscoveredDevice>();
        QCOMPARE(device.name, QStringLiteral("Bike shed"));
        QCOMPARE(device.model, QStringLiteral("SimCam 1080"));
        QVERIFY(device.endpoint.startsWith(u"urn:uuid:"));
        QCOMPARE(device.serviceUrls, QList<QUrl> {camera.deviceService()});
        QVERIFY2(camera.log().count("Probe") >= 2, camera.log().constData());
    }

    void silenceAndForeignAnswersFindNothing()
    {
        OnvifSimulatorProcess silent;
        QVERIFY2(silent.start({QStringLiteral("--quirk-silent")}), qPrintable(silent.errorString()));
        // A neighbour that answers every probe with garbage and with another probe's matches.
        QUdpSocket noisy;
        QVERIFY(noisy.bind(QHostAddress::LocalHost, 0));
        connect(&noisy, &QUdpSocket::readyRead, &noisy, [&noisy] {
            while (noisy.hasPendingDatagrams()) {
                const QNetworkDatagram probe = noisy.receiveDatagram();
                noisy.writeDatagram(probe.makeReply(QByteArray(2000, '\xff')));
                noisy.writeDatagram(probe.makeReply(
                    "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Header><RelatesTo>urn:uuid:"
                    "not-yours</RelatesTo></e:Header><e:Body><ProbeMatches><ProbeMatch><EndpointReference><Address>"
                    "urn:uuid:x</Address></EndpointReference></ProbeMatch></ProbeMatches></e:Body></e:Envelope>"));
            }
        });
        OnvifDiscovery discovery;
        discovery.setMulticast(false);
        discovery.addAddress(QHostAddress::LocalHost, silent.discoveryPort());
        discovery.addAddress(QHostAddress::LocalHost, noisy.localPort());
        QSignalSpy finished(&discovery, &OnvifDiscovery::finished);
        QElapsedTimer clock;
        clock.start();
        discovery.start(1000);
        QVERIFY(discovery.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(discovery.devices().isEmpty());
        QVERIFY(!discovery.isRunning());
    }

    void theCommandLineFindsACameraOnAnotherHostByMulticast()
    {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root; run as root (CI does) to test multicast discovery");
        run(networkScript(), {QStringLiteral("down"), Namespace});
        if (!run(networkScript(), {QStringLiteral("up"), Namespace}))
            QSKIP("this machine does not allow network namespaces (ip netns add failed)");
        const auto down = qScopeGuard([] { run(networkScript(), {QStringLiteral("down"), Namespace}); });

        QProcess camera;
        camera.start(
            QStringLiteral("ip"),
            QStringList {QStringLiteral("netns"), QStringLiteral("exec"), Namespace, QStringLiteral("/usr/bin/python3"),
                         qEnvironmentVariable("CCTV_SOURCE_DIR") + QStringLiteral("/tests/support/onvif_simulator.py"),
                         QStringLiteral("--host"), QStringLiteral("198.18.0.2"), QStringLiteral("--multicast"),
                         QStringLiteral("198.18.0.2")}
                + simulatorArguments());
        QVERIFY(camera.waitForStarted(5000));
        const auto stopCamera = qScopeGuard([&camera] {
            camera.kill();
            camera.waitForFinished(5000);
        });
        QByteArray started;
        QTRY_VERIFY2_WITH_TIMEOUT((started += camera.readAllStandardOutput()).contains("DISCOVERY"),
                                  camera.readAllStandardError().constData(), 10000);

        QProcess dashboard;
        dashboard.start(DashboardProcess::binary(), {QStringLiteral("--discover")});
        QVERIFY(dashboard.waitForFinished(15000));
        QCOMPARE(dashboard.exitCode(), 0);
        const QByteArray out = dashboard.readAllStandardOutput();
        QVERIFY2(out.contains("Bike shed\tSimCam 1080\thttp://198.18.0.2:"), out.constData());
        QCOMPARE(out.count('\n'), 1);

        // Nobody there: nothing printed, said so, and still exit 0.
        camera.kill();
        camera.waitForFinished(5000);
        dashboard.start(DashboardProcess::binary(), {QStringLiteral("--discover")});
        QVERIFY(dashboard.waitForFinished(15000));
        QCOMPARE(dashboard.exitCode(), 0);
        QVERIFY(!dashboard.readAllStandardOutput().contains("Bike shed"));
        QVERIFY(dashboard.readAllStandardError().contains("No ONVIF device answered."));
    }
};

QTEST_GUILESS_MAIN(tst_OnvifDiscovery)
#include "tst_onvifdiscovery.moc"
