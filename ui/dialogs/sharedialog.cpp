#include "sharedialog.h"

#include "qrcode.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
// The first IPv4 address of an interface that is up and not loopback: what another device on the LAN would use.
QString lanAddress()
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!(flags & QNetworkInterface::IsUp) || (flags & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return {};
}
} // namespace

QUrl ShareDialog::addressForOtherDevices(const QString &cameraId, const Access &access)
{
    QUrl url = access.base.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(cameraId)));
    if (!access.onNetwork)
        return url;
    const QHostAddress host(url.host());
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6 || host == QHostAddress::Any) {
        const QString lan = lanAddress();
        if (!lan.isEmpty())
            url.setHost(lan);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), access.token);
    url.setQuery(query);
    return url;
}

ShareDialog::ShareDialog(const QString &cameraId, const QString &cameraName, const Access &access, QWidget *parent)
    : QDialog(parent)
    , m_address(addressForOtherDevices(cameraId, access))
    , m_addressField(new QLineEdit(m_address.toString(), this))
    , m_qr(new QLabel(this))
{
    setWindowTitle(tr("Share %1").arg(cameraName));
    m_addressField->setReadOnly(true);
    m_addressField->setAccessibleName(tr("Share address"));
    m_addressField->setMinimumWidth(420);

    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setAccessibleName(tr("Copy the share address"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_address.toString()); });

    m_qr->setPixmap(QPixmap::fromImage(QrCode::render(m_address.toString(), 5)));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("QR code of the share address"));

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(access.onNetwork
                      ? tr("Any device on your network can open this address; it carries the access token, so "
                           "share it only with people who may watch.")
                      : tr("Only this computer can open this address. To watch from other devices, start the "
                           "dashboard with --share-bind 0.0.0.0."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_addressField, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_qr);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QUrl ShareDialog::address() const
{
    return m_address;
}
