#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;

// How to open a shared camera from another device: its address on the network (with the access token when the
// device is not this computer), a copy button and a QR code for phones.
class ShareDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Access
    {
        QUrl base; // the share server as this computer reaches it, e.g. http://127.0.0.1:8088/
        QString token; // needed by every other device
        bool onNetwork = false; // the server listens beyond loopback
    };

    ShareDialog(const QString &cameraId, const QString &cameraName, const Access &access, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShareDialog)

    QUrl address() const;
    // The address other devices use: this computer's first network address when the server listens on all.
    static QUrl addressForOtherDevices(const QString &cameraId, const Access &access);

private:
    QUrl m_address;
    QLineEdit *m_addressField;
    QLabel *m_qr;
};
