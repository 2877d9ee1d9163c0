#include "certificatetrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>

CertificateTrust::CertificateTrust(const QUrl &url)
{
    QString value = QUrlQuery(url).queryItemValue(Parameter.toString()).trimmed().toLower();
    if (!value.startsWith(u"sha256:"))
        return;
    value = value.mid(7);
    value.remove(u':');
    const QByteArray digest = QByteArray::fromHex(value.toLatin1());
    // A malformed pin trusts nothing.
    if (digest.size() == 32 && digest.toHex() == value.toLatin1())
        m_pinned = digest;
}

QUrl CertificateTrust::withoutParameter(QUrl url)
{
    QUrlQuery query(url);
    if (!query.hasQueryItem(Parameter.toString()))
        return url;
    query.removeAllQueryItems(Parameter.toString());
    url.setQuery(query.isEmpty() ? QUrlQuery() : query);
    return url;
}

QString CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool CertificateTrust::accepts(const QSslCertificate &peer, const QList<QSslError> &errors) const
{
    if (m_pinned.isEmpty() || peer.isNull() || peer.digest(QCryptographicHash::Sha256) != m_pinned)
        return false;
    // Every complaint must be about the pinned certificate itself (self-signed, unknown issuer, another name), not
    // about some other certificate of the chain.
    return std::all_of(errors.cbegin(), errors.cend(), [&peer](const QSslError &error) {
        return error.certificate().isNull() || error.certificate() == peer;
    });
}

QString CertificateTrust::refusal(const QSslCertificate &peer, const QList<QSslError> &errors)
{
    const QString why = errors.isEmpty() ? QString() : errors.constFirst().errorString();
    if (peer.isNull())
        return why;
    return QCoreApplication::translate("CertificateTrust",
                                       "%1; to trust this camera's own certificate, add ?trust=%2 to its address")
        .arg(why, fingerprint(peer));
}
