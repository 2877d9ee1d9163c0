#pragma once

#include <QSize>
#include <QString>
#include <QUrl>

// Reading and showing camera URLs: query parameters shared by every kind, and the redacted form that is the only
// one allowed in logs, UI text, API answers and pages.
namespace SourceUrl {

// `rtsp://user:***@host/path`: the password replaced, and every value whose key names a secret in the query or
// the path (`?pwd=***`, `/user=admin&password=***`), everything else kept.
QString redacted(const QUrl &url);
// The same for every URL and `key=value` within a line of text (a library's log message).
QString redactedText(QString text);
// Whether two URLs share scheme, host and port (the default port of the scheme when absent): credentials for one
// may go to the other.
bool isSameOrigin(const QUrl &a, const QUrl &b);
// `scheme://host:port` of a URL, to name where it points without any path, query or credential.
QString origin(const QUrl &url);
// `size=WxH`, or `fallback` when absent or malformed.
QSize sizeParameter(const QUrl &url, QSize fallback);
// `fps=N` (0 < N <= 240), or `fallback`.
double fpsParameter(const QUrl &url, double fallback);

} // namespace SourceUrl
