// What a person sees in a real browser (Debian's Chromium, headless) pointed at the dashboard's share server:
// the tile's share address opened directly, and the page at `/`.

#include "chromiumsession.h"
#include "dashboardprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
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

} // namespace

class tst_Browser : public QObject
{
    Q_OBJECT

private:
    DashboardProcess m_dashboard;
    QUrl m_share;
    std::unique_ptr<ChromiumSession> m_browser;

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

    void thePageShowsEverySharedCameraMoving()
    {
        QVERIFY(m_browser->navigate(m_share));
        // Every tile's picture has arrived.
        QTRY_VERIFY_WITH_TIMEOUT(m_browser
                                         ->evaluate(QStringLiteral("Array.from(document.images).filter("
                                                                   "i => i.naturalWidth > 0).length"))
                                         .toInt()
                                     == 4,
                                 10000);
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
