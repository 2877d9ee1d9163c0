#include "rtspkind.h"

#include "sources/libavsource.h"

namespace {

int defaultPort(const QString &scheme)
{
    return scheme == u"rtsps" ? 322 : 554;
}

} // namespace

QString RtspKind::title() const
{
    return tr("RTSP camera");
}

QList<KindField> RtspKind::fields() const
{
    using Type = KindField::Type;
    return QList<KindField> {
               {.key = QStringLiteral("address"),
                .label = tr("&Address:"),
                .accessibleName = tr("Camera address"),
                .placeholder = tr("192.168.1.20 or rtsp://…")},
               {.key = QStringLiteral("port"),
                .type = Type::Number,
                .label = tr("&Port:"),
                .accessibleName = tr("Port"),
                .minimum = 1,
                .maximum = 65535},
               {.key = QStringLiteral("path"),
                .label = tr("Pat&h:"),
                .accessibleName = tr("Stream path"),
                .placeholder = tr("e.g. /stream1")},
               {.key = QStringLiteral("transport"),
                .type = Type::Choice,
                .label = tr("T&ransport:"),
                .accessibleName = tr("Transport")},
           }
    + KindUrl::credentialFields();
}

QList<KindChoice> RtspKind::choices(const QString &key, const FieldValues &) const
{
    if (key != u"transport")
        return {};
    return {{QString(), tr("TCP (reliable)")}, {QStringLiteral("udp"), tr("UDP (lower delay)")}};
}

FieldValues RtspKind::fieldsOf(const QUrl &url) const
{
    const QString transport = KindUrl::option(url, QStringLiteral("transport")).toLower();
    return {
        {QStringLiteral("address"), url.host()},
        {QStringLiteral("port"), QString::number(url.port(defaultPort(url.scheme().toLower())))},
        {QStringLiteral("path"), url.path()},
        {QStringLiteral("transport"), transport == u"udp" ? transport : QString()},
        {QStringLiteral("user"), url.userName()},
        {QStringLiteral("password"), url.password()},
    };
}

QUrl RtspKind::urlFrom(const FieldValues &values, const QUrl &base) const
{
    const QString address = values.value(QStringLiteral("address")).trimmed();
    QUrl url;
    if (address.contains(QStringLiteral("://"))) {
        // A whole address pasted in: it says where, the other fields say how.
        url = QUrl(address, QUrl::StrictMode);
    } else {
        url = handles(base) ? base : QUrl(QStringLiteral("rtsp:"));
        url.setHost(address);
        const int port = values.value(QStringLiteral("port")).toInt();
        const bool implicitPort = base.port() == -1 && port == defaultPort(url.scheme().toLower());
        url.setPort(handles(base) && implicitPort ? -1 : port);
        const QString path = values.value(QStringLiteral("path")).trimmed();
        url.setPath(path.isEmpty() || path.startsWith(u'/') ? path : u'/' + path);
    }
    KindUrl::setCredentials(url, values);
    KindUrl::setOption(url, QStringLiteral("transport"), values.value(QStringLiteral("transport")));
    return url;
}

CameraKind::Tidied RtspKind::tidied(const FieldValues &values, const QUrl &base) const
{
    const FieldValues moved = KindUrl::credentialsMovedOut(values, QStringLiteral("address"));
    // A whole address: its host, port and path go to their fields, so that they agree with it.
    std::optional<Tidied> read = KindUrl::pastedAddress(*this, moved, QStringLiteral("address"));
    if (!read)
        return {moved, base};
    if (KindUrl::option(read->base, QStringLiteral("transport")).isEmpty())
        read->values.insert(QStringLiteral("transport"), moved.value(QStringLiteral("transport")));
    return *read;
}

QString RtspKind::kindProblem(const QUrl &url) const
{
    if (url.host().isEmpty())
        return tr("enter the camera's address (its host name or IP address)");
    return {};
}

std::unique_ptr<FrameSource> RtspKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<LibavSource>(url);
}
