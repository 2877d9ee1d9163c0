#include "addresskind.h"

#include <QCoreApplication>

QList<KindField> AddressKind::fields() const
{
    KindField address = addressField();
    address.key = QStringLiteral("address");
    return QList<KindField> {address} + KindUrl::credentialFields();
}

FieldValues AddressKind::fieldsOf(const QUrl &url) const
{
    QUrl bare = url;
    bare.setUserInfo({});
    return {
        {QStringLiteral("address"), bare.toString()},
        {QStringLiteral("user"), url.userName()},
        {QStringLiteral("password"), url.password()},
    };
}

QUrl AddressKind::urlFrom(const FieldValues &values, const QUrl &) const
{
    QUrl url(values.value(QStringLiteral("address")).trimmed(), QUrl::StrictMode);
    if (url.isValid())
        KindUrl::setCredentials(url, values);
    return url;
}

CameraKind::Tidied AddressKind::tidied(const FieldValues &values, const QUrl &base) const
{
    return {KindUrl::credentialsMovedOut(values, QStringLiteral("address")), base};
}

QString AddressKind::kindProblem(const QUrl &url) const
{
    if (url.host().isEmpty())
        return QCoreApplication::translate("CameraKind", "no host in the camera address");
    return {};
}
