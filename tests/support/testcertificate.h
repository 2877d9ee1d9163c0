#pragma once

#include <QString>
#include <QTemporaryDir>

// A self-signed certificate for 127.0.0.1 made by the openssl command, as a camera makes its own: nobody vouches
// for it, so clients refuse it unless they trust it.
class TestCertificate final
{
public:
    // Makes one; false when the openssl command is missing or fails (tests then skip, saying so).
    bool make();
    QString certificateFile() const;
    QString keyFile() const;
    // `sha256:AB:CD:…`, as a camera's address pins it.
    QString fingerprint() const;

private:
    QTemporaryDir m_dir;
};
