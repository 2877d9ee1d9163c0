#include "testcertificate.h"

#include "sources/certificatetrust.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>

bool TestCertificate::make()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyFile(),
                   QStringLiteral("-out"), certificateFile()});
    return openssl.waitForStarted(5000) && openssl.waitForFinished(20000)
        && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

QString TestCertificate::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString TestCertificate::keyFile() const
{
    return m_dir.filePath(QStringLiteral("key.pem"));
}

QString TestCertificate::fingerprint() const
{
    QFile pem(certificateFile());
    return pem.open(QIODevice::ReadOnly) ? CertificateTrust::fingerprint(QSslCertificate(pem.readAll())) : QString();
}
