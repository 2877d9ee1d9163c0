#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

// Which certificates an HTTPS or WSS camera may present. By default those the system's trust store vouches for
// (Qt's own check). Cameras mostly make their own certificate, which nobody vouches for: the user may then trust
// that one certificate by its SHA-256 fingerprint, given in the camera's URL as `?trust=sha256:AB:CD:…` (our
// parameter, never sent to the camera). Trusting one certificate is not "insecure": any other is still refused.
class CertificateTrust final
{
public:
    static constexpr QStringView Parameter = u"trust";

    explicit CertificateTrust(const QUrl &url);

    // The URL as the camera must get it: without our parameter.
    static QUrl withoutParameter(QUrl url);
    // `sha256:AB:CD:…` of a certificate, as shown to the user and accepted in `?trust=`.
    static QString fingerprint(const QSslCertificate &certificate);

    // Whether the connection may go on despite `errors`, all of which concern `peer`: the certificate the user
    // pinned. False without a pin, or for any other certificate.
    bool accepts(const QSslCertificate &peer, const QList<QSslError> &errors) const;
    // What to tell the user when `peer` was refused: why, and the fingerprint to trust it by.
    static QString refusal(const QSslCertificate &peer, const QList<QSslError> &errors);

    // For a connection's sslErrors (a QNetworkReply or a QWebSocket): goes on when the pinned certificate is the
    // only complaint, else keeps the refusal in `problem` for the error the connection reports next.
    template<typename Connection>
    void settle(Connection &connection, const QList<QSslError> &errors, QString *problem) const
    {
        const QSslCertificate peer = connection.sslConfiguration().peerCertificate();
        if (accepts(peer, errors))
            connection.ignoreSslErrors(errors);
        else
            *problem = refusal(peer, errors);
    }

private:
    QByteArray m_pinned; // the SHA-256 digest, raw; empty: no pin
};
