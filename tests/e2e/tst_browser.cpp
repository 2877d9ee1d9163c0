// What a person sees in a real browser (Debian's Chromium, headless) pointed at the dashboard's share server:
// the tile's share address opened directly, and the page at `/`.

#include "chromiumsession.h"
#include "dashboardprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(share.resolved(QUrl(QStringLiteral("api/cameras")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).array();
}

// A view link to one camera, made through the API as the admin on this machine; its token.
QString viewLink(const QUrl &share, const QString &camera)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(share.resolved(QUrl(QStringLiteral("api/cameras/%1/links").arg(camera))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, QByteArrayLiteral("{\"lifetime\": 3600}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())[QLatin1String("token")].toString();
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
        QTemporaryDir site;
        QFile page(site.filePath(QStringLiteral("index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<!doctype html><body style='margin:0;background:#000'>");
        for (const QJsonValue camera : cameras(m_share)) {
            const QString id = camera[QLatin1String("id")].toString();
            const QString token = viewLink(m_share, id);
            QVERIFY(!token.isEmpty());
            const QUrl src
                = m_share.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg?token=%2").arg(id, token)));
            page.write("<img width=320 height=180 src='" + src.toEncoded() + "'>");
        }
        page.close();
        QProcess web;
        web.start(QStringLiteral("python3"),
                  {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), site.path(), QStringLiteral("0")});
        QVERIFY(web.waitForStarted(5000));
        static const QRegularExpression Port(QStringLiteral("port (\\d+)"));
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT(Port.match(QString::fromLatin1(banner += web.readAllStandardOutput())).hasMatch(),
                                 5000);
        const QString port = Port.match(QString::fromLatin1(banner)).captured(1);
        QVERIFY(m_browser->navigate(QUrl(QStringLiteral("http://127.0.0.1:%1/index.html").arg(port))));
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
        // The names are on the page.
        const QString text = m_browser->evaluate(QStringLiteral("document.body.innerText")).toString();
        for (const QString &name : {QStringLiteral("Front door"), QStringLiteral("Garden"), QStringLiteral("Garage"),
                                    QStringLiteral("Bike shed")})
            QVERIFY2(text.contains(name), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_Browser)
#include "tst_browser.moc"
