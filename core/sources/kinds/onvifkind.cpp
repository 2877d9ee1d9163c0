#include "onvifkind.h"

#include "sources/onvifsource.h"

QList<KindField> OnvifKind::fields() const
{
    return QList<KindField> {
               {.key = QStringLiteral("address"),
                .label = tr("&Address:"),
                .accessibleName = tr("Camera address"),
                .placeholder = tr("192.168.1.20 or onvif://…")},
               {.key = QStringLiteral("port"),
                .type = KindField::Type::Number,
                .label = tr("&Port:"),
                .accessibleName = tr("Port"),
                .hint = tr("The port of the camera's web services (80 on most cameras)"),
                .minimum = 1,
                .maximum = 65535},
               {.key = QStringLiteral("profile"),
                .label = tr("P&rofile:"),
                .accessibleName = tr("Profile"),
                .placeholder = tr("the largest (main stream)"),
                .hint = tr("The token of the camera's media profile to show; empty: the largest")},
           }
    + KindUrl::credentialFields();
}

FieldValues OnvifKind::fieldsOf(const QUrl &url) const
{
    return {
        {QStringLiteral("address"), url.host()},
        {QStringLiteral("port"), QString::number(url.port(DefaultPort))},
        {QStringLiteral("profile"), KindUrl::option(url, QStringLiteral("profile"))},
        {QStringLiteral("user"), url.userName()},
        {QStringLiteral("password"), url.password()},
    };
}

QUrl OnvifKind::urlFrom(const FieldValues &values, const QUrl &base) const
{
    const QString address = values.value(QStringLiteral("address")).trimmed();
    QUrl url;
    if (address.contains(QStringLiteral("://"))) {
        url = QUrl(address, QUrl::StrictMode);
    } else {
        url = handles(base) ? base : QUrl(QStringLiteral("onvif:"));
        url.setHost(address);
        const int port = values.value(QStringLiteral("port")).toInt();
        url.setPort(base.port() == -1 && port == DefaultPort ? -1 : port);
    }
    KindUrl::setCredentials(url, values);
    KindUrl::setOption(url, QStringLiteral("profile"), values.value(QStringLiteral("profile")).trimmed());
    return url;
}

CameraKind::Tidied OnvifKind::tidied(const FieldValues &values, const QUrl &base) const
{
    const FieldValues moved = KindUrl::credentialsMovedOut(values, QStringLiteral("address"));
    return KindUrl::pastedAddress(*this, moved, QStringLiteral("address")).value_or(Tidied {moved, base});
}

QUrl OnvifKind::subStreamOf(const QUrl &url) const
{
    if (!handles(url) || !KindUrl::option(url, QStringLiteral("profile")).isEmpty())
        return {};
    QUrl sub = url.adjusted(QUrl::RemoveUserInfo);
    KindUrl::setOption(sub, QStringLiteral("stream"), QStringLiteral("sub"));
    return sub;
}

QString OnvifKind::kindProblem(const QUrl &url) const
{
    if (url.host().isEmpty())
        return tr("enter the camera's address (its host name or IP address)");
    return {};
}

std::unique_ptr<FrameSource> OnvifKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<OnvifSource>(url);
}
