// The running program against an attacker on its share port and a careless machine around it: path traversal on
// every route, oversized requests, a flood of connections, secrets in logs, and the mode of the configuration
// file. One real `cctv-dashboard --headless` with cameras that fail with credentials in their URLs, driven over
// raw sockets so nothing in the request is cleaned up on the way.

#include "camera/cameraregistry.h"
#include "camera/configsaver.h"
#include "camera/configstore.h"
#include "dashboardprocess.h"
#include "httpcameraserver.h"
#include "jpegfiles.h"
#include "mjpegreader.h"
#include "processmemory.h"
#include "processresources.h"
#include "rawhttp.h"
#include "testcameras.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>

namespace {

const QString Token = QStringLiteral("SecurityTestToken-q8Zr3vX1mK5pW9tY2");
const QString HttpPassword = QStringLiteral("WrongHttpPass-7391");
const QString RtspPassword = QStringLiteral("RtspPass-5521");
const QByteArray Marker = "PLANTED-SECRET-4b1d9e";
const QByteArray WebSocketUpgrade = RawHttp::WebSocketUpgrade.toByteArray();

int fileMode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

using RawHttp::Answer;
using RawHttp::exchange;

QByteArray get(const QByteArray &target, const QByteArray &headers = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_outside; // the dashboard's working directory, with a file nobody may read through it
    std::unique_ptr<HttpCameraServer> m_camera;
    std::unique_ptr<DashboardProcess> m_dashboard;
    QUrl m_share;
    qint64 m_pid = 0;

    quint16 port() const { return quint16(m_share.port()); }

    QList<QByteArray> secrets() const
    {
        return {Marker, Token.toUtf8(), HttpPassword.toUtf8(), RtspPassword.toUtf8(), "root:x:0:0"};
    }

    void verifyServing()
    {
        const Answer list = exchange(port(), get("/api/cameras"));
        QCOMPARE(list.status, 200);
        QVERIFY(m_dashboard->process().state() == QProcess::Running);
    }

    void verifyNoSecretIn(const QByteArray &text, const char *where)
    {
        for (const QByteArray &secret : secrets())
            QVERIFY2(!text.contains(secret), (QByteArray(where) + " holds " + secret).constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(DashboardProcess::binary()), "CCTV_BINARY must point at cctv-dashboard");
        {
            QFile planted(m_outside.filePath(QStringLiteral("secret.txt")));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write(Marker + '\n');
        }
        QVERIFY(QFile::copy(m_outside.filePath(QStringLiteral("secret.txt")),
                            m_outside.filePath(QStringLiteral("index.html"))));

        // A camera that refuses the password we hold: its failure is logged and reported, the password never.
        QTemporaryDir frames;
        m_camera = std::make_unique<HttpCameraServer>(writeJpegFiles(frames.path(), 3, {320, 240}),
                                                      QStringLiteral("admin"), QStringLiteral("RightHttpPass-2846"));
        QVERIFY(m_camera->start());
        AppConfig config;
        config.setShareToken(Token);
        config.cameras = {
            TestCameras::config(QStringLiteral("yard"), QUrl(QStringLiteral("test:pattern?size=320x240&fps=10")), true),
            TestCameras::config(QStringLiteral("gate"),
                                m_camera->url(QStringLiteral("/basic/stream"), QStringLiteral("admin:") + HttpPassword),
                                true),
            TestCameras::config(
                QStringLiteral("door"),
                QUrl(
                    QStringLiteral("rtsp://viewer:%1@127.0.0.1:%2/x").arg(RtspPassword).arg(TestCameras::unusedPort())),
                false),
        };
        m_dashboard = std::make_unique<DashboardProcess>();
        QVERIFY(ConfigStore(m_dashboard->configPath()).save(config, nullptr));
        // Someone made it readable to all; the next save must take that back.
        QVERIFY(
            QFile::setPermissions(m_dashboard->configPath(),
                                  QFile::permissions(m_dashboard->configPath()) | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(fileMode(m_dashboard->configPath()), 0644);

        m_dashboard->process().setWorkingDirectory(m_outside.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Every message the program has, debug ones too: a secret must not hide in any of them.
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cctv.*=true"));
        m_dashboard->process().setProcessEnvironment(environment);
        m_share = m_dashboard->start({});
        QVERIFY(m_share.isValid());
        m_pid = m_dashboard->process().processId();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray cameras
                    = QJsonDocument::fromJson(exchange(port(), get("/api/cameras")).raw.split('\n').last()).array();
                return cameras.size() == 3 && cameras.at(0)[QStringLiteral("state")].toString() == u"live"
                    && !cameras.at(1)[QStringLiteral("error")].toString().isEmpty();
            }(),
            15000);
    }

    void cleanupTestCase()
    {
        if (m_dashboard)
            m_dashboard->stop(SIGTERM);
    }

    void noPathReachesAFile_data()
    {
        QTest::addColumn<QByteArray>("request");
        const QByteArray longId(4096, 'a');
        const QList<QByteArray> targets = {
            "/../secret.txt",
            "/../../../../../../etc/passwd",
            "/%2e%2e/secret.txt",
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/..%2fsecret.txt",
            "/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/%252e%252e%252fsecret.txt",
            "/..%252f..%252fetc%252fpasswd",
            "/..\\secret.txt",
            "/..%5c..%5csecret.txt",
            "/secret.txt",
            "/index.html/../secret.txt",
            "/index.html%00.jpg",
            "/secret.txt%00",
            "//etc/passwd",
            "/cameras.json",
            "/cameras/../secret.txt",
            "/cameras/../../secret.txt/stream.mjpg",
            "/cameras/..%2f..%2fsecret.txt/stream.mjpg",
            "/cameras/%2e%2e/stream.mjpg",
            "/cameras/yard/../../secret.txt",
            "/cameras/yard%2f..%2f..%2fsecret.txt/snapshot.jpg",
            "/cameras/%2e%2e%2f%2e%2e%2fetc%2fpasswd/snapshot.jpg",
            "/cameras/..\\..\\secret.txt/snapshot.jpg",
            "/cameras/yard%00/snapshot.jpg",
            "/cameras/yard/snapshot.jpg%00.txt",
            "/cameras/" + longId + "/snapshot.jpg",
            "/cameras/" + longId + "/stream.mjpg",
            "/api/cameras/../../secret.txt",
            "/api/cameras/%2e%2e",
            "/api/cameras%2f..%2f..%2fsecret.txt",
            "/api/cameras/" + longId,
        };
        for (const QByteArray &target : targets)
            QTest::newRow(("GET " + target.left(60)).constData()) << get(target);
        for (const QByteArray &target : {QByteArray("/api/cameras/..%2f..%2fsecret.txt/on"),
                                         QByteArray("/api/cameras/%2e%2e/off"), QByteArray("/api/cameras/../on"),
                                         QByteArray("/api/cameras/yard%00/on"), "/api/cameras/" + longId + "/off"})
            QTest::newRow(("POST " + target.left(60)).constData())
                << QByteArray("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        for (const QByteArray &target :
             {QByteArray("/ws/../secret.txt"), QByteArray("/ws/%2e%2e/secret.txt"),
              QByteArray("/ws/video/../../secret.txt/"), QByteArray("/ws/video/..%2f..%2fsecret.txt/"),
              QByteArray("/ws/video/yard/../../../etc/passwd"), QByteArray("/ws/video/..\\..\\secret.txt/"),
              QByteArray("/ws/video/yard%00/x/")})
            QTest::newRow(("WS " + target.left(60)).constData()) << get(target, WebSocketUpgrade);
        // A NUL byte and a backslash in the request line itself, not encoded.
        QTest::newRow("raw NUL") << QByteArrayLiteral("GET /secret.txt\0/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTest::newRow("raw NUL in id") << QByteArrayLiteral(
            "GET /cameras/ya\0rd/snapshot.jpg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }
    void noPathReachesAFile()
    {
        QFETCH(QByteArray, request);
        const Answer answer = exchange(port(), request);
        // 0: the server closed the connection on a request it could not parse, which is a refusal too.
        QVERIFY2(QList<int>({0, 400, 404, 405}).contains(answer.status), answer.raw.left(200).constData());
        verifyNoSecretIn(answer.raw, "an answer");
        QVERIFY(!answer.raw.contains("\"version\""));
        verifyServing();
    }

    void oversizedRequestsAreRefusedWithBoundedMemory_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("100 KiB URL") << get("/cameras/" + QByteArray(100 * 1024, 'a') + "/snapshot.jpg");
        QTest::newRow("1 MiB URL") << get("/api/cameras?x=" + QByteArray(1024 * 1024, 'b'));
        QByteArray many;
        for (int i = 0; i < 10000; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": value\r\n";
        QTest::newRow("10,000 headers") << get("/api/cameras", many);
        QTest::newRow("2 MiB header") << get("/api/cameras", "X-Big: " + QByteArray(2 * 1024 * 1024, 'c') + "\r\n");
        QTest::newRow("2 MiB header on a WebSocket")
            << get("/ws", WebSocketUpgrade + "X-Big: " + QByteArray(2 * 1024 * 1024, 'd') + "\r\n");
    }
    void oversizedRequestsAreRefusedWithBoundedMemory()
    {
        QFETCH(QByteArray, request);
        const qint64 before = ProcessMemory::residentKiB(m_pid);
        QElapsedTimer clock;
        clock.start();
        const Answer answer = exchange(port(), request, 15000);
        qInfo("answered %d after %lld ms; RSS %lld -> %lld KiB", answer.status, clock.elapsed(), before,
              ProcessMemory::residentKiB(m_pid));
        QVERIFY2(QList<int>({0, 400, 413, 414, 431}).contains(answer.status), answer.raw.left(200).constData());
        QVERIFY2(clock.elapsed() < 12000, "the refusal took longer than the request deadline");
        // The 1 MiB request budget bounds what one request may cost; 16 MiB leaves room for allocator slack.
        const qint64 growth = ProcessMemory::residentKiB(m_pid) - before;
        QVERIFY2(growth < 16 * 1024, qPrintable(QString::number(growth)));
        verifyServing();
    }

    // 1,000 clients at once: the cap (256) holds, the rest are told 503 and closed, a viewer already watching is
    // not disturbed, and every descriptor comes back once they leave.
    void aThousandConnectionsHitTheCapAndLeaveNothingBehind()
    {
        QTest::qWait(500);
        const int baseline = ProcessResources::openFiles(m_pid);
        QVERIFY(baseline > 0);
        MjpegReader watcher(m_share.resolved(QUrl(QStringLiteral("cameras/yard/stream.mjpg"))));
        watcher.setKeep(1);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.partCount() >= 3, 5000);

        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 1000; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, port());
        }
        int told503 = 0;
        int otherAnswers = 0;
        int mostFds = 0;
        int connected = 0;
        int closedSilently = 0;
        QList<QByteArray> received(1000);
        const qsizetype partsBefore = watcher.partCount();
        QElapsedTimer clock;
        clock.start();
        // Until every client has its 503 or a slot, but no longer than the request deadline (10 s), after which
        // the held ones are cut and the count would mean something else.
        while (clock.elapsed() < 9000) {
            QTest::qWait(100);
            told503 = 0;
            otherAnswers = 0;
            connected = 0;
            closedSilently = 0;
            for (size_t i = 0; i < flood.size(); ++i) {
                received[qsizetype(i)] += flood[i]->readAll();
                if (received[qsizetype(i)].startsWith("HTTP/1.1 503"))
                    ++told503;
                else if (!received[qsizetype(i)].isEmpty())
                    ++otherAnswers;
                else if (flood[i]->state() == QAbstractSocket::ConnectedState)
                    ++connected;
                else if (flood[i]->state() == QAbstractSocket::UnconnectedState)
                    ++closedSilently;
            }
            mostFds = qMax(mostFds, ProcessResources::openFiles(m_pid));
            // The kernel completes handshakes before the program accepts them: "connected" alone says little.
            if (told503 >= 1000 - 256 && connected <= 256 && clock.elapsed() >= 3000)
                break;
        }
        const qsizetype partsDuring = watcher.partCount() - partsBefore;
        const int heldFds = ProcessResources::openFiles(m_pid);
        qInfo("fds: baseline %d, most during the flood %d, %d while the held ones wait; %d clients told 503, %d "
              "connected and waiting, %d closed "
              "without an answer; the viewer got %lld parts in %lld ms",
              baseline, mostFds, heldFds, told503, connected, closedSilently, qint64(partsDuring), clock.elapsed());
        QCOMPARE(otherAnswers, 0);
        // 256 connections (the watcher is one of them) plus what the program had; for a moment also the sockets
        // that were told 503 and are closing (each for at most 2 s), never more than the clients.
        QVERIFY2(heldFds <= baseline + 256 + 8, qPrintable(QString::number(heldFds)));
        QVERIFY2(mostFds <= baseline + 1000 + 8, qPrintable(QString::number(mostFds)));
        QVERIFY2(told503 >= 1000 - 256, qPrintable(QString::number(told503)));
        QVERIFY2(partsDuring >= 5, qPrintable(QString::number(partsDuring)));
        QVERIFY(watcher.protocolError().isEmpty());

        flood.clear();
        watcher.stop();
        QTRY_VERIFY_WITH_TIMEOUT(ProcessResources::openFiles(m_pid) <= baseline + 2, 15000);
        qInfo("fds after they left: %d", ProcessResources::openFiles(m_pid));
        verifyServing();
    }

    // Everything a user does that touches the secrets, then every line the program wrote.
    void neitherTokenNorPasswordsReachLogsOrAnswers()
    {
        QList<QByteArray> answers;
        for (const QByteArray &target :
             {QByteArray("/"), QByteArray("/?token=") + Token.toUtf8(), QByteArray("/api/cameras"),
              QByteArray("/cameras/yard/snapshot.jpg"), QByteArray("/cameras/gate/snapshot.jpg"),
              QByteArray("/cameras/door/snapshot.jpg")}) {
            const Answer answer = exchange(port(), get(target));
            // An answer checked for secrets must be one: a closed or silent connection would pass for clean.
            QVERIFY2(answer.status != 0, target.constData());
            answers.append(answer.raw);
        }
        for (QByteArray answer : std::as_const(answers)) {
            // The one place the token is meant to go: the cookie for the browser that brought it.
            const qsizetype cookie = answer.indexOf("\r\nSet-Cookie: cctv_token=");
            if (cookie >= 0)
                answer.remove(cookie, answer.indexOf("\r\n", cookie + 2) - cookie);
            verifyNoSecretIn(answer, "an answer");
        }
        const QByteArray list = answers.at(2);
        QVERIFY2(list.contains("***"), list.constData());
        MjpegReader stream(m_share.resolved(QUrl(QStringLiteral("cameras/yard/stream.mjpg?token=") + Token)));
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.partCount() >= 3 || !stream.protocolError().isEmpty(), 5000);
        QVERIFY2(stream.protocolError().isEmpty(), qPrintable(stream.protocolError()));
        QCOMPARE(stream.statusCode(), 200);
        stream.stop();

        // Off and on again through the API: the camera with the refused password reconnects and fails again.
        QCOMPARE(exchange(port(), "POST /api/cameras/gate/off HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                     .status,
                 202);
        QCOMPARE(exchange(port(), "POST /api/cameras/gate/on HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                     .status,
                 202);
        QTest::qWait(3000);
        QVERIFY(m_camera->stats()[QStringLiteral("unauthorized")].toInt() >= 2);

        const QByteArray output = m_dashboard->output();
        QVERIFY2(!output.isEmpty(), "the program said nothing at all: the test would prove nothing");
        qInfo("%lld bytes of output checked", qint64(output.size()));
        verifyNoSecretIn(output, "the program's output");
    }

    // The token generated on a first start, and every later save, even over a file that was readable to all:
    // owner only, whatever the umask.
    void theConfigurationIsOwnerOnlyAfterEverySave_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
    }
    void theConfigurationIsOwnerOnlyAfterEverySave()
    {
        QFETCH(int, mask);
        const mode_t previous = ::umask(mode_t(mask));
        const auto restore = qScopeGuard([previous] { ::umask(previous); });

        // First start: no file yet; the token is written at once.
        DashboardProcess first;
        QVERIFY(first.start({}).isValid());
        QTRY_VERIFY(QFile::exists(first.configPath()));
        QCOMPARE(fileMode(first.configPath()), 0600);

        // A switch through the API saves the camera's state, over a file someone opened up.
        QVERIFY(QFile::setPermissions(first.configPath(),
                                      QFile::permissions(first.configPath()) | QFile::ReadGroup | QFile::ReadOther
                                          | QFile::WriteGroup | QFile::WriteOther));
        AppConfig config = ConfigStore(first.configPath()).load().config;
        QVERIFY(config.cameras.isEmpty());
        QVERIFY(first.stop(SIGTERM) >= 0);
        config.cameras = {TestCameras::config(QStringLiteral("porch"),
                                              QUrl(QStringLiteral("test:pattern?size=160x120&fps=5")), true)};
        QVERIFY(ConfigStore(first.configPath()).save(config, nullptr));
        QVERIFY(QFile::setPermissions(first.configPath(),
                                      QFile::permissions(first.configPath()) | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(fileMode(first.configPath()), 0644);
        DashboardProcess second;
        QVERIFY(QFile::copy(first.configPath(), second.configPath()));
        QVERIFY(QFile::setPermissions(second.configPath(),
                                      QFile::permissions(first.configPath()) | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(fileMode(second.configPath()), 0644);
        const QUrl share = second.start({});
        QVERIFY(share.isValid());
        QCOMPARE(exchange(quint16(share.port()),
                          "POST /api/cameras/porch/off HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                     .status,
                 202);
        QTRY_VERIFY_WITH_TIMEOUT(!ConfigStore(second.configPath()).load().config.cameras.value(0).enabled, 5000);
        QCOMPARE(fileMode(second.configPath()), 0600);
        QVERIFY(second.stop(SIGTERM) >= 0);
        QCOMPARE(fileMode(second.configPath()), 0600);
    }

    // Adding, editing and removing a camera (the window does it through the registry; the saver writes it) over a
    // file made readable to all before each step.
    void addingEditingAndRemovingKeepTheFileOwnerOnly_data() { theConfigurationIsOwnerOnlyAfterEverySave_data(); }
    void addingEditingAndRemovingKeepTheFileOwnerOnly()
    {
        QFETCH(int, mask);
        const mode_t previous = ::umask(mode_t(mask));
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        const ConfigStore store(path);
        AppConfig config;
        config.setShareToken(Token);
        QVERIFY(store.save(config, nullptr));
        QCOMPARE(fileMode(path), 0600);

        CameraRegistry registry;
        ConfigSaver saver(store);
        connect(&registry, &CameraRegistry::configurationChanged, &saver, [&] {
            config.cameras = registry.savedConfigs();
            saver.schedule(config);
        });
        const auto openUp = [&] {
            QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadGroup | QFile::ReadOther);
            return fileMode(path) == 0644;
        };
        CameraConfig camera = TestCameras::config(QStringLiteral("shed"),
                                                  QUrl(QStringLiteral("rtsp://admin:pw@127.0.0.1:9/shed")), false);
        camera.enabled = false;

        QVERIFY(openUp());
        registry.add(camera);
        saver.flush();
        QCOMPARE(store.load().config.cameras.size(), 1);
        QCOMPARE(fileMode(path), 0600);

        QVERIFY(openUp());
        camera.name = QStringLiteral("Garden shed");
        camera.url = QUrl(QStringLiteral("rtsp://admin:pw@127.0.0.1:9/other"));
        registry.replace(QStringLiteral("shed"), camera);
        saver.flush();
        QCOMPARE(store.load().config.cameras.value(0).name, QStringLiteral("Garden shed"));
        QCOMPARE(fileMode(path), 0600);

        QVERIFY(openUp());
        registry.remove(QStringLiteral("shed"));
        saver.flush();
        QVERIFY(store.load().config.cameras.isEmpty());
        QCOMPARE(fileMode(path), 0600);
    }
};

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
