#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class ViewLinkList;
class ViewLinks;

// How to open a shared camera from another device: view links that open this camera only (until they expire or
// are revoked), their address with a copy button and a QR code for phones, and the links made so far.
class ShareDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Access
    {
        QUrl base; // the share server as this computer reaches it, e.g. http://127.0.0.1:8088/
        bool onNetwork = false; // the server listens beyond loopback
        std::shared_ptr<ViewLinks> links; // where view links are made and revoked
        // Replaces the admin token (saved, and every session of the old one ended); empty: not offered.
        std::function<void()> renewAdminToken;
        // The admin token of this run, for the Settings dialog to show masked and copy; empty: not offered.
        std::function<QString()> adminToken;
    };

    ShareDialog(const QString &cameraId, const QString &cameraName, const Access &access, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShareDialog)

    // The address shown: the newest link made here, or this computer's own address before any.
    QUrl address() const;
    // The page a view link opens, at the address other devices use (this computer's first network address when
    // the server listens on all).
    static QUrl linkAddress(const Access &access, const QString &token);
    // Asks whether to replace the admin token, saying what that ends; `renew` runs if the user agrees.
    static void confirmRenewAdminToken(QWidget *parent, const std::function<void()> &renew);

Q_SIGNALS:
    // The user wants the server reachable from other devices: the Settings' sharing page.
    void settingsRequested();

private:
    void makeLink();
    void forgetRevokedAddress();
    void showAddress(const QUrl &address);

    QString m_cameraId;
    Access m_access;
    QUrl m_address;
    QComboBox *m_lifetime;
    QLineEdit *m_addressField;
    QLabel *m_qr;
    ViewLinkList *m_list;
};
