// Who may use the share server: loopback only when it really is this machine's user in a page of ours, foreign
// origins never for state changes or WebSockets, the admin token for everything, view links for one camera.

#include "share/accesspolicy.h"

#include <QJsonObject>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Access::Role)

namespace {

const QString Token = QStringLiteral("s3cr3t-T0ken-0123456789ab");
const QString Lan = QStringLiteral("192.0.2.7");
const QString Loopback = QStringLiteral("127.0.0.1");

AccessRequest request(const QString &peer, const QString &query, const Headers &headers, bool changesState = false)
{
    return AccessRequest {QHostAddress(peer), QUrlQuery(query), headers, changesState};
}

} // namespace

class tst_AccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("query");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<bool>("changesState");
        QTest::addColumn<Access::Role>("role");
        QTest::addColumn<int>("refusal");
        const QByteArray bearer = "Bearer " + Token.toUtf8();
        const QByteArray host = "127.0.0.1:8088";
        using R = Access::Role;

        // This machine's user, in a page of ours or a script.
        QTest::newRow("loopback v4") << Loopback << QString() << Headers {{"Host", host}} << false << R::Admin << 0;
        QTest::newRow("loopback v6") << QStringLiteral("::1") << QString() << Headers {{"Host", "[::1]:8088"}} << false
                                     << R::Admin << 0;
        QTest::newRow("v4-mapped loopback")
            << QStringLiteral("::ffff:127.0.0.1") << QString() << Headers {{"Host", host}} << false << R::Admin << 0;
        QTest::newRow("localhost, any case, no port")
            << Loopback << QString() << Headers {{"host", "LocalHost"}} << false << R::Admin << 0;
        QTest::newRow("loopback POST without Origin (scripts)")
            << Loopback << QString() << Headers {{"Host", host}} << true << R::Admin << 0;
        QTest::newRow("loopback POST from our own page")
            << Loopback << QString() << Headers {{"Host", host}, {"Origin", "http://127.0.0.1:8088"}} << true
            << R::Admin << 0;
        QTest::newRow("loopback, our page's own fetch")
            << Loopback << QString() << Headers {{"Host", host}, {"Sec-Fetch-Site", "same-origin"}} << false << R::Admin
            << 0;
        QTest::newRow("loopback, typed in the address bar")
            << Loopback << QString() << Headers {{"Host", host}, {"Sec-Fetch-Site", "none"}} << false << R::Admin << 0;

        // Web pages of other sites.
        QTest::newRow("foreign Origin POST")
            << Loopback << QString() << Headers {{"Host", host}, {"Origin", "https://evil.example"}} << true << R::None
            << 403;
        QTest::newRow("foreign Origin POST, with the token")
            << Loopback << QString()
            << Headers {{"Host", host}, {"Origin", "https://evil.example"}, {"Authorization", bearer}} << true
            << R::None << 403;
        QTest::newRow("foreign Origin WebSocket, remote, with the token")
            << Lan << QStringLiteral("token=") + Token
            << Headers {{"Host", "192.0.2.1:8088"}, {"Origin", "http://evil.example"}} << true << R::None << 403;
        QTest::newRow("another port of this machine is another origin")
            << Loopback << QString() << Headers {{"Host", host}, {"Origin", "http://127.0.0.1:9000"}} << true << R::None
            << 403;
        QTest::newRow("Origin null (sandboxed frame, file:)")
            << Loopback << QString() << Headers {{"Host", host}, {"Origin", "null"}} << true << R::None << 403;
        QTest::newRow("foreign Origin GET needs a credential")
            << Loopback << QString() << Headers {{"Host", host}, {"Origin", "https://evil.example"}} << false << R::None
            << 401;
        QTest::newRow("an <img> on another site")
            << Loopback << QString() << Headers {{"Host", host}, {"Sec-Fetch-Site", "cross-site"}} << false << R::None
            << 401;
        QTest::newRow("a page on another port of localhost")
            << Loopback << QString() << Headers {{"Host", host}, {"Sec-Fetch-Site", "same-site"}} << false << R::None
            << 401;

        // DNS rebinding and proxies.
        QTest::newRow("rebound name") << Loopback << QString() << Headers {{"Host", "attacker.example:8088"}} << false
                                      << R::None << 401;
        QTest::newRow("no Host at all") << Loopback << QString() << Headers {} << false << R::None << 401;
        QTest::newRow("malformed Host") << Loopback << QString() << Headers {{"Host", "127.0.0.1@evil.example"}}
                                        << false << R::None << 401;
        QTest::newRow("localhost as a subdomain")
            << Loopback << QString() << Headers {{"Host", "localhost.evil.example"}} << false << R::None << 401;
        QTest::newRow("X-Forwarded-For") << Loopback << QString()
                                         << Headers {{"Host", host}, {"X-Forwarded-For", "203.0.113.9"}} << false
                                         << R::None << 401;
        QTest::newRow("Forwarded") << Loopback << QString()
                                   << Headers {{"Host", host}, {"Forwarded", "for=203.0.113.9"}} << false << R::None
                                   << 401;
        QTest::newRow("X-Real-IP") << Loopback << QString() << Headers {{"Host", host}, {"X-Real-IP", "203.0.113.9"}}
                                   << false << R::None << 401;
        QTest::newRow("empty X-Forwarded-For still is one")
            << Loopback << QString() << Headers {{"Host", host}, {"x-forwarded-for", ""}} << false << R::None << 401;
        QTest::newRow("proxied, with the token")
            << Loopback << QStringLiteral("token=") + Token
            << Headers {{"Host", "cams.example"}, {"X-Forwarded-For", "203.0.113.9"}} << false << R::Admin << 0;
        QTest::newRow("proxied TLS page, same host: its own origin")
            << Loopback << QString()
            << Headers {{"Host", "cams.example"},
                        {"X-Forwarded-For", "203.0.113.9"},
                        {"Origin", "https://cams.example"},
                        {"Cookie", "cctv_token=" + Token.toUtf8()}}
            << true << R::Admin << 0;

        // Credentials from another machine.
        QTest::newRow("lan, none") << Lan << QString() << Headers {{"Host", "192.0.2.1"}} << false << R::None << 401;
        QTest::newRow("lan, query token")
            << Lan << QStringLiteral("token=") + Token << Headers {} << false << R::Admin << 0;
        QTest::newRow("lan, wrong query token")
            << Lan << QStringLiteral("token=s3cr3t-T0ken-0123456789aX") << Headers {} << false << R::None << 401;
        QTest::newRow("lan, prefix of token")
            << Lan << QStringLiteral("token=s3cr3t") << Headers {} << false << R::None << 401;
        QTest::newRow("lan, bearer") << Lan << QString() << Headers {{"Authorization", bearer}} << false << R::Admin
                                     << 0;
        QTest::newRow("lan, bearer any case")
            << Lan << QString() << Headers {{"authorization", "bearer " + Token.toUtf8()}} << false << R::Admin << 0;
        QTest::newRow("lan, basic is not bearer")
            << Lan << QString() << Headers {{"Authorization", "Basic " + Token.toUtf8()}} << false << R::None << 401;
        QTest::newRow("lan, cookie") << Lan << QString()
                                     << Headers {{"Cookie", "a=b; cctv_token=" + Token.toUtf8() + "; c=d"}} << false
                                     << R::Admin << 0;
        QTest::newRow("lan, other cookie")
            << Lan << QString() << Headers {{"Cookie", "xcctv_token=" + Token.toUtf8()}} << false << R::None << 401;
        QTest::newRow("lan, own origin WebSocket with the cookie")
            << Lan << QString()
            << Headers {{"Host", "192.0.2.1:8088"},
                        {"Origin", "http://192.0.2.1:8088"},
                        {"Cookie", "cctv_token=" + Token.toUtf8()}}
            << true << R::Admin << 0;
    }
    void decides()
    {
        QFETCH(QString, peer);
        QFETCH(QString, query);
        QFETCH(Headers, headers);
        QFETCH(bool, changesState);
        QFETCH(Access::Role, role);
        QFETCH(int, refusal);
        const AccessPolicy policy({Token, false, {}});
        const Access access = policy.decide(request(peer, query, headers, changesState));
        QCOMPARE(access.role, role);
        if (role == Access::Role::None) {
            QCOMPARE(access.refusal, refusal);
            QVERIFY(!access.reason.isEmpty());
        }
    }

    void withoutATokenOnlyTheLocalUserGetsIn()
    {
        const AccessPolicy policy;
        QVERIFY(policy.decide(request(Loopback, {}, {{"Host", "localhost:1"}})).isAdmin());
        QCOMPARE(policy.decide(request(Lan, QStringLiteral("token="), {})).role, Access::Role::None);
        QCOMPARE(policy.decide(request(Loopback, QStringLiteral("token="), {{"Host", "evil.example"}})).role,
                 Access::Role::None);
    }

    void requireTokenMakesLoopbackShowOne()
    {
        const AccessPolicy policy({Token, true, {}});
        const Headers local {{"Host", "127.0.0.1:8088"}};
        QCOMPARE(policy.decide(request(Loopback, {}, local)).role, Access::Role::None);
        QCOMPARE(policy.decide(request(Loopback, {}, local)).refusal, 401);
        QVERIFY(policy.decide(request(Loopback, QStringLiteral("token=") + Token, local)).isAdmin());
    }

    void allowedOriginsMayChangeState()
    {
        const AccessPolicy policy({Token, false, {QStringLiteral("https://Panel.Example")}});
        const Headers fromPanel {{"Host", "127.0.0.1:8088"}, {"Origin", "https://panel.example"}};
        QVERIFY(policy.decide(request(Loopback, {}, fromPanel, true)).isAdmin());
        const Headers fromOther {{"Host", "127.0.0.1:8088"}, {"Origin", "https://panel.example:444"}};
        QCOMPARE(policy.decide(request(Loopback, {}, fromOther, true)).refusal, 403);
    }

    void sameOriginComparesHostAndPort_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("same");
        QTest::newRow("exact") << QByteArray("http://127.0.0.1:8088") << QByteArray("127.0.0.1:8088") << true;
        QTest::newRow("default port") << QByteArray("http://cams.example") << QByteArray("cams.example") << true;
        QTest::newRow("explicit default port")
            << QByteArray("https://cams.example") << QByteArray("cams.example:443") << true;
        QTest::newRow("case") << QByteArray("http://CAMS.example:8088") << QByteArray("cams.EXAMPLE:8088") << true;
        QTest::newRow("v6") << QByteArray("http://[::1]:8088") << QByteArray("[::1]:8088") << true;
        QTest::newRow("other port") << QByteArray("http://127.0.0.1:8089") << QByteArray("127.0.0.1:8088") << false;
        QTest::newRow("other host") << QByteArray("http://localhost:8088") << QByteArray("127.0.0.1:8088") << false;
        QTest::newRow("suffix") << QByteArray("http://evil127.0.0.1:8088") << QByteArray("127.0.0.1:8088") << false;
        QTest::newRow("path") << QByteArray("http://127.0.0.1:8088/x") << QByteArray("127.0.0.1:8088") << false;
        QTest::newRow("other scheme") << QByteArray("ftp://127.0.0.1:8088") << QByteArray("127.0.0.1:8088") << false;
        QTest::newRow("null") << QByteArray("null") << QByteArray("127.0.0.1:8088") << false;
        QTest::newRow("empty host") << QByteArray("http://127.0.0.1:8088") << QByteArray() << false;
    }
    void sameOriginComparesHostAndPort()
    {
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, host);
        QFETCH(bool, same);
        QCOMPARE(AccessPolicy::isSameOrigin(origin, host), same);
    }

    void aViewLinkOpensItsCameraOnly()
    {
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-04T08:00:00Z"), Qt::ISODate);
        auto links = std::make_shared<ViewLinks>([&now] { return now; });
        const AccessPolicy policy({Token, false, {}}, links);
        const std::optional<ViewLink> link = links->create(QStringLiteral("yard"), 3600);
        QVERIFY(link);
        QVERIFY(link->token.size() >= AccessPolicy::MinTokenLength);
        QVERIFY(link->token != Token);

        const Access access = policy.decide(request(Lan, QStringLiteral("token=") + link->token, {}));
        QCOMPARE(access.role, Access::Role::Viewer);
        QVERIFY(access.mayView(QStringLiteral("yard")));
        QVERIFY(!access.mayView(QStringLiteral("gate")));
        QVERIFY(!access.isAdmin());
        QCOMPARE(links->list().value(0).lastUsed, now);
        QVERIFY(policy.queryHoldsCredential(QUrlQuery(QStringLiteral("token=") + link->token)));

        // One second before the hour it still works; at the hour it does not.
        now = now.addSecs(3599);
        QCOMPARE(policy.decide(request(Lan, {}, {{"Cookie", "cctv_token=" + link->token.toUtf8()}})).role,
                 Access::Role::Viewer);
        now = now.addSecs(1);
        QCOMPARE(policy.decide(request(Lan, QStringLiteral("token=") + link->token, {})).role, Access::Role::None);
        QVERIFY(!policy.queryHoldsCredential(QUrlQuery(QStringLiteral("token=") + link->token)));

        const std::optional<ViewLink> forever = links->create(QStringLiteral("gate"), std::nullopt);
        QVERIFY(forever && !forever->expires.isValid());
        now = now.addYears(5);
        QCOMPARE(policy.decide(request(Lan, QStringLiteral("token=") + forever->token, {})).role, Access::Role::Viewer);
        QVERIFY(links->revoke(forever->id));
        QCOMPARE(policy.decide(request(Lan, QStringLiteral("token=") + forever->token, {})).role, Access::Role::None);
        QVERIFY(!links->revoke(forever->id));
    }

    void viewLinksSurviveARestartAndStayBounded()
    {
        ViewLinks links;
        const ViewLink made = *links.create(QStringLiteral("yard"), 60);
        ViewLinks reloaded;
        reloaded.loadJson(links.toJson());
        QCOMPARE(reloaded.list().size(), 1);
        QCOMPARE(reloaded.list().constFirst().token, made.token);
        QCOMPARE(reloaded.list().constFirst().expires.toSecsSinceEpoch(), made.expires.toSecsSinceEpoch());
        QVERIFY(reloaded.use(made.token.toUtf8()));

        // A hand-edited link with a guessable token is not taken.
        QJsonArray edited = links.toJson();
        QJsonObject weak = edited.at(0).toObject();
        weak.insert(QStringLiteral("token"), QStringLiteral("1234"));
        edited.append(weak);
        reloaded.loadJson(edited);
        QCOMPARE(reloaded.list().size(), 1);

        for (int i = 1; i < ViewLinks::MaxLinks; ++i)
            QVERIFY(links.create(QStringLiteral("yard"), 60));
        QVERIFY(!links.create(QStringLiteral("yard"), 60));
        links.revokeCamera(QStringLiteral("yard"));
        QVERIFY(links.list().isEmpty());
    }

    void shortTokensAreRefused()
    {
        QVERIFY(!AccessPolicy::tokenProblem(QStringLiteral("short")).isEmpty());
        QVERIFY(!AccessPolicy::tokenProblem(QString(21, u'a')).isEmpty());
        QVERIFY(AccessPolicy::tokenProblem(QString(22, u'a')).isEmpty());
        QVERIFY(!AccessPolicy::tokenProblem(QString(22, u'a') + u';').isEmpty());
        QVERIFY(!AccessPolicy::tokenProblem(QString(22, u'a') + u' ').isEmpty());
    }

    void theCookieIsHttpOnlyAndScoped()
    {
        const AccessPolicy policy({Token, false, {}});
        const QByteArray cookie = policy.cookieFor(QUrlQuery(QStringLiteral("token=") + Token), "/cctv/");
        QVERIFY(cookie.startsWith("cctv_token=" + Token.toUtf8() + ';'));
        QVERIFY(cookie.contains("; Path=/cctv/;"));
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
    }
};

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_accesspolicy.moc"
