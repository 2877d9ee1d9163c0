#include "sourceurl.h"

#include <QUrlQuery>

namespace SourceUrl {

QString redacted(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(QStringLiteral("***"));
    // Query values such as `?token=` or `?password=` are secrets as well.
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    for (const auto &item : items) {
        const QString key = item.first.toLower();
        if (key.contains(u"pass") || key.contains(u"token") || key.contains(u"secret") || key == u"key"
            || key == u"auth") {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, QStringLiteral("***"));
        }
    }
    copy.setQuery(query);
    return copy.toString();
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

QString kind(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"rtsp" || scheme == u"rtsps")
        return QStringLiteral("rtsp");
    if (scheme == u"http" || scheme == u"https")
        return QStringLiteral("http");
    if (scheme == u"ws" || scheme == u"wss")
        return QStringLiteral("ws");
    if (scheme == u"webcam" || scheme == u"v4l2")
        return QStringLiteral("webcam");
    if (scheme == u"file")
        return QStringLiteral("file");
    if (scheme == u"push")
        return QStringLiteral("push");
    if (scheme == u"test")
        return QStringLiteral("test");
    return {};
}

} // namespace SourceUrl
