#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// Who may use the share server (SPEC.md, "Access"): loopback peers freely, anyone else with the token, given as
// `?token=`, `Authorization: Bearer`, or the cookie the page sets. Pure logic, so it is easy to test.
class AccessPolicy final
{
public:
    static constexpr QByteArrayView CookieName = "cctv_token";

    explicit AccessPolicy(QString token = {});

    bool hasToken() const;
    bool allows(const QHostAddress &peer, const QUrlQuery &query,
                const QList<QPair<QByteArray, QByteArray>> &headers) const;
    // The query's `token=` is this server's token (a loopback peer is let in without one, so this says whether
    // it may be handed the cookie).
    bool queryHoldsToken(const QUrlQuery &query) const;
    // The Set-Cookie value that lets a browser keep the token after opening `/?token=…`.
    QByteArray cookieFor() const;

    // Byte-wise comparison whose time does not depend on where the inputs differ.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_token;
};
