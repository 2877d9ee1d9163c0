// What a person sees in a real browser (Debian's Chromium, headless) pointed at the dashboard's share server:
// the tile's share address opened directly, and the page at `/`.

#include "chromiumsession.h"
#include "dashboardprocess.h"
#include "httpget.h"
#include "nginxproxy.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// How much of `area` differs between two pictures: the share of pixels whose colour moved noticeably.
double changedShare(const QImage &a, const QImage &b, QRect area)
{
    area &= a.rect() & b.rect();
    if (area.isEmpty())
        return 0;
    qint64 changed = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q)) > 24)
                ++changed;
        }
    }
    return double(changed) / (double(area.width() / 2) * double(area.height() / 2));
}

// Whether a picture shows something, rather than a blank page: several distinct colours.
bool showsAPicture(const QImage &image, QRect area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y < area.bottom(); y += 7) {
        for (int x = area.left(); x < area.right(); x += 7)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    }
    return colours.size() > 20;
}

QJsonArray cameras(const QUrl &share)
{
    return HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras")))).json().array();
}

// A view link to one camera, made through the API as the admin on this machine; its token.
QString viewLink(const QUrl &share, const QString &camera)
{
    return HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras/%1/links").arg(camera))), "POST",
                             {{"Content-Type", "application/json"}}, "{\"lifetime\": 3600}")
        .json()[QLatin1String("token")]
        .toString();
}

// A web site of its own on this machine (another origin than the share server's), serving `files` by name.
class StaticSite
{
public:
    bool start(const QHash<QString, QByteArray> &files)
    {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile file(m_dir.filePath(it.key()));
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
                return false;
        }
        m_web.start(QStringLiteral("python3"),
                    {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                     QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), m_dir.path(),
                     QStringLiteral("0")});
        if (!m_web.waitForStarted(5000))
            return false;
        static const QRegularExpression Port(QStringLiteral("port (\\d+)"));
        QByteArray banner;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            m_web.waitForReadyRead(100);
            banner += m_web.readAllStandardOutput();
            const auto match = Port.match(QString::fromLatin1(banner));
            if (match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return true;
            }
        }
        return false;
    }
    ~StaticSite()
    {
        m_web.kill();
        m_web.waitForFinished(3000);
    }
    QUrl url(const QString &file) const { return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(file)); }

private:
    QTemporaryDir m_dir;
    QProcess m_web;
    quint16 m_port = 0;
};

bool cameraEnabled(const QUrl &share, const QString &id)
{
    for (const QJsonValue camera : cameras(share)) {
        if (camera[QLatin1String("id")].toString() == id)
            return camera[QLatin1String("enabled")].toBool();
    }
    return false;
}

} // namespace

class tst_Browser : public QObject
{
    Q_OBJECT

private:
    DashboardProcess m_dashboard;
    QUrl m_share;
    std::unique_ptr<ChromiumSession> m_browser;

    int loadedImages()
    {
        return m_browser->evaluate(QStringLiteral("Array.from(document.images).filter(i => i.naturalWidth > 0).length"))
            .toInt();
    }

    int tilesShowingPictures()
    {
        return m_browser
            ->evaluate(QStringLiteral("Array.from(document.querySelectorAll('figure')).filter(f => "
                                      "Number(f.dataset.pictures || 0) > 0).length"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (ChromiumSession::executable().isEmpty())
            QSKIP("Chromium is not installed (Debian package chromium); packaging/quickstart.sh test installs it");
        m_share = m_dashboard.start({QStringLiteral("--demo"), QStringLiteral("--share-all")});
        QVERIFY(m_share.isValid());
        m_browser = std::make_unique<ChromiumSession>();
        QString error;
        QVERIFY2(m_browser->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_browser.reset();
        if (m_dashboard.process().state() == QProcess::Running)
            QVERIFY(m_dashboard.stop(SIGTERM) >= 0);
    }

    void theSharedTileAddressShowsTheLivePicture()
    {
        QTRY_VERIFY_WITH_TIMEOUT(cameras(m_share).size() == 4, 5000);
        const QString id = cameras(m_share).at(0)[QStringLiteral("id")].toString();
        const QUrl stream = m_share.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(id)));
        QVERIFY(m_browser->navigate(stream));

        // Chromium shows an MJPEG address as a picture in the page; it grows to the stream's size.
        QTRY_VERIFY_WITH_TIMEOUT(m_browser
                                         ->evaluate(QStringLiteral("document.images.length ? "
                                                                   "document.images[0].naturalWidth : 0"))
                                         .toInt()
                                     == 1280,
                                 10000);
        const QImage first = m_browser->screenshot();
        QTest::qWait(1200);
        const QImage second = m_browser->screenshot();
        QVERIFY(!first.isNull() && !second.isNull());
        const QRect picture(0, 0, qMin(first.width(), 1280), qMin(first.height(), 720));
        QVERIFY(showsAPicture(second, picture));
        const double changed = changedShare(first, second, picture);
        qInfo("%.1f %% of the picture changed in 1.2 s", changed * 100);
        QVERIFY2(changed > 0.01, qPrintable(QString::number(changed)));
    }

    void imgTagsAsTheSeedPagesWriteThemShowMovingPictures()
    {
        // Seeds 001, 002 and 004 put `<img src=".../stream.mjpg">` in a page of their own; four of them at once.
        // Served from a web server of its own on this machine, as the seeds do (Chromium lets a page reach
        // loopback addresses only from a local origin). That page is another site's: each tag carries a view link
        // of its camera, as the Share dialog gives them.
        QByteArray page = "<!doctype html><body style='margin:0;background:#000'>";
        for (const QJsonValue camera : cameras(m_share)) {
            const QString id = camera[QLatin1String("id")].toString();
            const QString token = viewLink(m_share, id);
            QVERIFY(!token.isEmpty());
            const QUrl src = m_share.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg?token=%2").arg(id, token)));
            page += "<img width=320 height=180 src='" + src.toEncoded() + "'>";
        }
        StaticSite site;
        QVERIFY(site.start({{QStringLiteral("index.html"), page}}));
        QVERIFY(m_browser->navigate(site.url(QStringLiteral("index.html"))));
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 4, 15000);
        const QImage first = m_browser->screenshot();
        QTest::qWait(1500);
        const QImage second = m_browser->screenshot();
        // Each of the four pictures is live on its own.
        for (int i = 0; i < 4; ++i) {
            const QRect tile(i * 320, 0, 320, 180);
            QVERIFY2(showsAPicture(second, tile), qPrintable(QString::number(i)));
            QVERIFY2(changedShare(first, second, tile) > 0.005, qPrintable(QString::number(i)));
        }
    }

    // A page of another site, open in the same browser, tries what issue 14 found possible: switching a camera off
    // with a POST, and watching every camera over the page's WebSocket. Both are refused: the camera stays on, the
    // WebSocket never opens, and the camera list cannot be read.
    void aPageOfAnotherSiteCanNeitherSwitchNorWatch()
    {
        const QString share = m_share.toString();
        QString ws = share;
        ws.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
        const QByteArray script = "<!doctype html><script>\n"
                                  "window.results = {};\n"
                                  "fetch('"
            + share.toUtf8()
            + "api/cameras/front-door/off', {method: 'POST', mode: 'no-cors'})\n"
              "  .then(() => results.post = 'sent', () => results.post = 'error');\n"
              "fetch('"
            + share.toUtf8()
            + "api/cameras').then(r => r.text())\n"
              "  .then(t => results.list = t, () => results.list = 'blocked');\n"
              "const socket = new WebSocket('"
            + ws.toUtf8()
            + "ws');\n"
              "socket.onmessage = () => results.ws = 'message';\n"
              "socket.onopen = () => results.wsOpened = true;\n"
              "socket.onclose = () => results.ws = results.ws || 'closed';\n"
              "</script>";
        StaticSite site;
        QVERIFY(site.start({{QStringLiteral("attack.html"), script}}));
        QVERIFY(cameraEnabled(m_share, QStringLiteral("front-door")));
        QVERIFY(m_browser->navigate(site.url(QStringLiteral("attack.html"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_browser->evaluate(QStringLiteral("!!(results.post && results.list && results.ws)")).toBool(), 10000);
        QCOMPARE(m_browser->evaluate(QStringLiteral("results.ws")).toString(), QStringLiteral("closed"));
        QCOMPARE(m_browser->evaluate(QStringLiteral("!!results.wsOpened")).toBool(), false);
        QCOMPARE(m_browser->evaluate(QStringLiteral("results.list")).toString(), QStringLiteral("blocked"));
        QTest::qWait(500);
        QVERIFY2(cameraEnabled(m_share, QStringLiteral("front-door")), "a foreign page switched the camera off");
    }

    // DNS rebinding: a name the attacker controls, made to resolve to 127.0.0.1 (here by Chromium's own resolver
    // rules), loads the share server as its own origin. It gets a 401 and nothing else.
    void aRebindingNameGetsNothing()
    {
        ChromiumSession rebound;
        QString error;
        QVERIFY2(rebound.start(&error, {QStringLiteral("--host-resolver-rules=MAP rebind.test 127.0.0.1")}),
                 qPrintable(error));
        QUrl page = m_share;
        page.setHost(QStringLiteral("rebind.test"));
        // The body as it is once loaded (a plain-text answer is shown as a <pre> when the load completes).
        const auto bodyAt = [&rebound](const QUrl &url) {
            if (!rebound.navigate(url))
                return QString();
            QString text;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 5000 && text.isEmpty()) {
                text = rebound.evaluate(QStringLiteral("document.body ? document.body.innerText : ''")).toString();
                if (text.isEmpty())
                    QTest::qWait(100);
            }
            return text;
        };
        const QString text = bodyAt(page);
        QVERIFY2(text.contains(u"token"), qPrintable(text));
        QVERIFY(!text.contains(u"Front door"));
        // What a script of the attacker's page would read under that name: the 401, no camera, no picture. (Our own
        // 401 page forbids scripts from fetching anything, so the browser is sent there itself.)
        for (const QString &path : {QStringLiteral("api/cameras"), QStringLiteral("cameras/front-door/snapshot.jpg")}) {
            const QString answer = bodyAt(page.resolved(QUrl(path)));
            QVERIFY2(answer.contains(u"token") && !answer.contains(u"front-door"), qPrintable(answer));
            QCOMPARE(rebound.evaluate(QStringLiteral("document.images.length")).toInt(), 0);
        }
    }

    // Behind Debian's nginx under /cctv/, with the README's settings: a view link opens its camera's page through
    // the proxy and the picture moves; without a credential every route answers 401, though nginx connects from
    // 127.0.0.1.
    void throughAReverseProxyAViewLinkShowsItsCamera()
    {
        if (NginxProxy::executable().isEmpty())
            QSKIP("nginx is not installed (Debian package nginx); packaging/quickstart.sh test installs it");
        NginxProxy proxy;
        QString error;
        QVERIFY2(proxy.start("/cctv/", m_share, &error), qPrintable(error));
        const QByteArray host = "127.0.0.1:" + QByteArray::number(proxy.port());
        for (const QByteArray target : {"/cctv/", "/cctv/api/cameras", "/cctv/cameras/garden/snapshot.jpg",
                                        "/cctv/cameras/garden/stream.mjpg", "/cctv/nowhere"}) {
            const RawHttp::Answer answer = RawHttp::exchange(proxy.port(), RawHttp::request("GET", target, {}, host));
            QVERIFY2(answer.status == 401, (target + ": " + answer.raw.left(200)).constData());
        }
        QCOMPARE(
            RawHttp::exchange(proxy.port(), RawHttp::request("POST", "/cctv/api/cameras/garden/off", {}, host)).status,
            401);

        const QString token = viewLink(m_share, QStringLiteral("garden"));
        QVERIFY(!token.isEmpty());
        QVERIFY(m_browser->navigate(QUrl(proxy.url().toString() + QStringLiteral("?token=") + token)));
        QTRY_COMPARE_WITH_TIMEOUT(tilesShowingPictures(), 1, 15000);
        const QImage first = m_browser->screenshot();
        QTest::qWait(1500);
        const QImage second = m_browser->screenshot();
        QVERIFY(showsAPicture(second, second.rect()));
        QVERIFY(changedShare(first, second, first.rect()) > 0.002);
        const QString text = m_browser->evaluate(QStringLiteral("document.body.innerText")).toString();
        QVERIFY2(text.contains(u"Garden") && !text.contains(u"Front door"), qPrintable(text));
        // The token left the address bar once the cookie held it; the cookie is for /cctv/ only.
        QCOMPARE(m_browser->evaluate(QStringLiteral("location.search")).toString(), QString());
        QCOMPARE(m_browser->evaluate(QStringLiteral("location.pathname")).toString(), QStringLiteral("/cctv/"));
    }

    void thePageShowsEverySharedCameraMoving()
    {
        QVERIFY(m_browser->navigate(m_share));
        // Every tile's picture has arrived. (An <img> swapping to the next picture has no size for a moment, so the
        // page's own count of pictures shown is what is watched.)
        QTRY_COMPARE_WITH_TIMEOUT(tilesShowingPictures(), 4, 15000);
        const QImage first = m_browser->screenshot();
        QTest::qWait(1500);
        const QImage second = m_browser->screenshot();
        QVERIFY(showsAPicture(second, second.rect()));
        QVERIFY(changedShare(first, second, first.rect()) > 0.005);
        // The tiles fill the window, all in view: four cameras on 1280×800 in two rows of two, not one thin row.
        const double covered = m_browser
                                   ->evaluate(QStringLiteral(
                                       "Array.from(document.querySelectorAll('figure')).reduce((sum, f) => "
                                       "{ const r = f.getBoundingClientRect(); return sum + r.width * r.height; }, 0)"
                                       " / (innerWidth * innerHeight)"))
                                   .toDouble();
        QVERIFY2(covered > 0.6, qPrintable(QString::number(covered)));
        QVERIFY(m_browser->evaluate(QStringLiteral("document.scrollingElement.scrollHeight <= innerHeight")).toBool());
        // The names are on the page.
        const QString text = m_browser->evaluate(QStringLiteral("document.body.innerText")).toString();
        for (const QString &name : {QStringLiteral("Front door"), QStringLiteral("Garden"), QStringLiteral("Garage"),
                                    QStringLiteral("Bike shed")})
            QVERIFY2(text.contains(name), qPrintable(text));
    }

    void aTileOpenedLargeShowsTheMainStream()
    {
        // One camera with a 1280×720 main stream and a 320×180 sub stream.
        DashboardProcess dashboard;
        {
            QFile config(dashboard.configPath());
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(R"({"version": 1, "cameras": [{"id": "porch", "name": "Porch", "shared": true,
                "url": "test:pattern?size=1280x720&fps=15", "subUrl": "test:pattern?size=320x180&fps=15"}]})");
        }
        const QUrl share = dashboard.start({});
        QVERIFY(share.isValid());
        const auto streamsOpen
            = [&share] { return cameras(share).at(0)[QLatin1String("streamsOpen")].toVariant().toStringList(); };
        const auto pictureWidth = [this] {
            return m_browser->evaluate(QStringLiteral("document.images[0] ? document.images[0].naturalWidth : 0"))
                .toInt();
        };
        const QStringList subOnly {QStringLiteral("sub")};
        QVERIFY(m_browser->navigate(share));
        // The grid reads the sub stream, and nothing opens the main one.
        QTRY_COMPARE_WITH_TIMEOUT(pictureWidth(), 320, 15000);
        QCOMPARE(streamsOpen(), subOnly);

        // A click opens the tile large: the main stream's pictures, the tile filling the window.
        const QVariantList centre
            = m_browser
                  ->evaluate(
                      QStringLiteral("(() => { const r = document.querySelector('figure')"
                                     ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"))
                  .toList();
        QCOMPARE(centre.size(), 2);
        QVERIFY(m_browser->click(QPointF(centre.at(0).toDouble(), centre.at(1).toDouble())));
        QTRY_COMPARE_WITH_TIMEOUT(pictureWidth(), 1280, 10000);
        QCOMPARE(streamsOpen(), (QStringList {QStringLiteral("main"), QStringLiteral("sub")}));
        const double covered = m_browser
                                   ->evaluate(QStringLiteral("(() => { const r = document.querySelector('figure')"
                                                             ".getBoundingClientRect(); return r.width * r.height "
                                                             "/ (innerWidth * innerHeight); })()"))
                                   .toDouble();
        QVERIFY2(covered > 0.8, qPrintable(QString::number(covered)));

        // Escape goes back to the grid and the sub stream; the main stream closes.
        QVERIFY(m_browser->press(QStringLiteral("Escape")));
        QTRY_COMPARE_WITH_TIMEOUT(pictureWidth(), 320, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(streamsOpen(), subOnly, 9000);
        // And the keyboard alone opens it too.
        QVERIFY(m_browser->evaluate(QStringLiteral("document.querySelector('figure').focus(), true")).toBool());
        QVERIFY(m_browser->press(QStringLiteral("Enter")));
        QTRY_COMPARE_WITH_TIMEOUT(pictureWidth(), 1280, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_Browser)
#include "tst_browser.moc"
