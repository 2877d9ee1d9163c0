#include "accesspolicy.h"

AccessPolicy::AccessPolicy(QString token)
    : m_token(token.toUtf8())
{ }

bool AccessPolicy::hasToken() const
{
    return !m_token.isEmpty();
}

bool AccessPolicy::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The length is not secret (tokens are of one fixed length); the content is.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool AccessPolicy::allows(const QHostAddress &peer, const QUrlQuery &query,
                          const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    if (peer.isLoopback())
        return true;
    if (m_token.isEmpty())
        return false;
    if (queryHoldsToken(query))
        return true;
    for (const auto &[name, value] : headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            const QByteArray trimmed = value.trimmed();
            if (trimmed.size() > 7 && trimmed.first(7).compare("bearer ", Qt::CaseInsensitive) == 0
                && constantTimeEquals(trimmed.mid(7).trimmed(), m_token))
                return true;
        } else if (name.compare("cookie", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &cookie : value.split(';')) {
                const qsizetype eq = cookie.indexOf('=');
                if (eq > 0 && cookie.first(eq).trimmed() == CookieName
                    && constantTimeEquals(cookie.mid(eq + 1).trimmed(), m_token))
                    return true;
            }
        }
    }
    return false;
}

bool AccessPolicy::queryHoldsToken(const QUrlQuery &query) const
{
    return !m_token.isEmpty()
        && constantTimeEquals(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8(), m_token);
}

QByteArray AccessPolicy::cookieFor() const
{
    return CookieName.toByteArray() + '=' + m_token + "; Path=/; HttpOnly; SameSite=Strict";
}
