#include "share/accesspolicy.h"

#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_AccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("query");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<bool>("allowed");
        const QString lan = QStringLiteral("192.0.2.7");
        QTest::newRow("loopback v4, no token") << QStringLiteral("127.0.0.1") << QString() << Headers {} << true;
        QTest::newRow("loopback v6, no token") << QStringLiteral("::1") << QString() << Headers {} << true;
        QTest::newRow("lan, no token") << lan << QString() << Headers {} << false;
        QTest::newRow("lan, query token") << lan << QStringLiteral("token=s3cr3t-T0ken") << Headers {} << true;
        QTest::newRow("lan, wrong query token") << lan << QStringLiteral("token=s3cr3t-T0kem") << Headers {} << false;
        QTest::newRow("lan, prefix of token") << lan << QStringLiteral("token=s3cr3t") << Headers {} << false;
        QTest::newRow("lan, bearer") << lan << QString() << Headers {{"Authorization", "Bearer s3cr3t-T0ken"}} << true;
        QTest::newRow("lan, bearer any case")
            << lan << QString() << Headers {{"authorization", "bearer s3cr3t-T0ken"}} << true;
        QTest::newRow("lan, basic is not bearer")
            << lan << QString() << Headers {{"Authorization", "Basic s3cr3t-T0ken"}} << false;
        QTest::newRow("lan, cookie") << lan << QString() << Headers {{"Cookie", "a=b; cctv_token=s3cr3t-T0ken; c=d"}}
                                     << true;
        QTest::newRow("lan, other cookie")
            << lan << QString() << Headers {{"Cookie", "xcctv_token=s3cr3t-T0ken"}} << false;
        QTest::newRow("v4-mapped loopback") << QStringLiteral("::ffff:127.0.0.1") << QString() << Headers {} << true;
    }
    void decides()
    {
        QFETCH(QString, peer);
        QFETCH(QString, query);
        QFETCH(Headers, headers);
        QFETCH(bool, allowed);
        const AccessPolicy policy(QStringLiteral("s3cr3t-T0ken"));
        QCOMPARE(policy.allows(QHostAddress(peer), QUrlQuery(query), headers), allowed);
    }

    void withoutATokenOnlyLoopbackGetsIn()
    {
        const AccessPolicy policy;
        QVERIFY(policy.allows(QHostAddress::LocalHost, {}, {}));
        QVERIFY(!policy.allows(QHostAddress(QStringLiteral("192.0.2.7")), QUrlQuery(QStringLiteral("token=")), {}));
    }

    void onlyTheRightQueryTokenEarnsTheCookie()
    {
        const AccessPolicy policy(QStringLiteral("s3cr3t-T0ken"));
        QVERIFY(policy.queryHoldsToken(QUrlQuery(QStringLiteral("a=1&token=s3cr3t-T0ken"))));
        QVERIFY(policy.queryHoldsToken(QUrlQuery(QStringLiteral("token=s3cr3t%2DT0ken"))));
        QVERIFY(!policy.queryHoldsToken(QUrlQuery(QStringLiteral("token=s3cr3t-T0kem"))));
        QVERIFY(!policy.queryHoldsToken(QUrlQuery(QStringLiteral("token="))));
        QVERIFY(!policy.queryHoldsToken({}));
        QVERIFY(!AccessPolicy().queryHoldsToken(QUrlQuery(QStringLiteral("token="))));
    }

    void theCookieIsHttpOnly()
    {
        const AccessPolicy policy(QStringLiteral("abc"));
        QVERIFY(policy.cookieFor().startsWith("cctv_token=abc;"));
        QVERIFY(policy.cookieFor().contains("HttpOnly"));
    }
};

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_accesspolicy.moc"
