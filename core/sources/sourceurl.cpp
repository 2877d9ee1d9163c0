#include "sourceurl.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace SourceUrl {

namespace {

// A `key=value` whose key names a secret (`?pwd=`, Foscam's `loginpas=`, `?token=`, a signature), after any of
// `/ ? & ; =` or white space: in a query, in a path (`/user=admin&password=…&channel=1.sdp`), or in a line of text.
const QRegularExpression &secretValue()
{
    static const QRegularExpression Secret(
        QStringLiteral(R"(((?:^|[/?&;=\s])[^/?&;=\s]*)"
                       R"((?:pass|pas|pwd|psw|token|secret|key|auth|sig|credential)[^/?&;=\s]*=)[^/?&;#\s]*)"),
        QRegularExpression::CaseInsensitiveOption);
    Q_ASSERT(Secret.isValid());
    return Secret;
}

} // namespace

QString redacted(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(QStringLiteral("***"));
    // Replaced in place, so the rest of the address reads as it was.
    QString path = copy.path(QUrl::FullyEncoded);
    path.replace(secretValue(), QStringLiteral("\\1***"));
    copy.setPath(path, QUrl::TolerantMode);
    if (copy.hasQuery()) {
        QString query = copy.query(QUrl::FullyEncoded);
        query.replace(secretValue(), QStringLiteral("\\1***"));
        copy.setQuery(query, QUrl::TolerantMode);
    }
    return copy.toString();
}

QString redactedText(QString text)
{
    // The password sits between the first ':' of the authority and the last '@' before the host.
    static const QRegularExpression Credentials(QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]*://[^/:@\s]*):[^/\s]*@)"));
    return text.replace(Credentials, QStringLiteral("\\1:***@")).replace(secretValue(), QStringLiteral("\\1***"));
}

namespace {

int defaultPort(const QString &scheme)
{
    static const QHash<QString, int> Ports {{QStringLiteral("http"), 80},   {QStringLiteral("ws"), 80},
                                            {QStringLiteral("https"), 443}, {QStringLiteral("wss"), 443},
                                            {QStringLiteral("rtsp"), 554},  {QStringLiteral("rtsps"), 322}};
    return Ports.value(scheme.toLower(), -1);
}

} // namespace

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

QString origin(const QUrl &url)
{
    QUrl bare;
    bare.setScheme(url.scheme());
    bare.setHost(url.host());
    bare.setPort(url.port(defaultPort(url.scheme())));
    return bare.toString();
}

QSize sizeParameter(const QUrl &url, QSize fallback)
{
    const QString value = QUrlQuery(url).queryItemValue(QStringLiteral("size"));
    const auto parts = value.split(u'x', Qt::KeepEmptyParts, Qt::CaseInsensitive);
    if (parts.size() != 2)
        return fallback;
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW);
    const int h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 16 || h < 16 || w > 7680 || h > 4320)
        return fallback;
    return {w & ~1, h & ~1};
}

double fpsParameter(const QUrl &url, double fallback)
{
    bool ok = false;
    const double fps = QUrlQuery(url).queryItemValue(QStringLiteral("fps")).toDouble(&ok);
    return ok && fps > 0 && fps <= 240 ? fps : fallback;
}

} // namespace SourceUrl
