#include "sharedialog.h"

#include "qrcode.h"
#include "share/viewlinks.h"
#include "widgets/viewlinklist.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QTreeWidget>
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

QUrl ShareDialog::linkAddress(const Access &access, const QString &token)
{
    QUrl url = access.base.resolved(QUrl(QStringLiteral("/")));
    const QHostAddress host(url.host());
    if (access.onNetwork
        && (host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6 || host == QHostAddress::Any)) {
        const QString lan = lanAddress();
        if (!lan.isEmpty())
            url.setHost(lan);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), token);
    url.setQuery(query);
    return url;
}

ShareDialog::ShareDialog(const QString &cameraId, const QString &cameraName, const Access &access, QWidget *parent)
    : QDialog(parent)
    , m_cameraId(cameraId)
    , m_access(access)
    , m_lifetime(new QComboBox(this))
    , m_addressField(new QLineEdit(this))
    , m_qr(new QLabel(this))
    , m_list(new ViewLinkList(access.links, cameraId, {}, this))
{
    setWindowTitle(tr("Share %1").arg(cameraName));

    // Lifetimes in seconds; 0: never expires.
    m_lifetime->addItem(tr("for 1 hour"), 3600);
    m_lifetime->addItem(tr("for 1 day"), 86400);
    m_lifetime->addItem(tr("for 1 week"), 7 * 86400);
    m_lifetime->addItem(tr("until revoked"), 0);
    m_lifetime->setCurrentIndex(1);
    m_lifetime->setAccessibleName(tr("How long the link works"));
    auto *make = new QPushButton(tr("&Make link"), this);
    make->setObjectName(QStringLiteral("makeLink"));
    make->setEnabled(bool(m_access.links));
    connect(make, &QPushButton::clicked, this, &ShareDialog::makeLink);
    auto *makeRow = new QHBoxLayout;
    makeRow->addWidget(new QLabel(tr("A link that opens this camera only,"), this));
    makeRow->addWidget(m_lifetime);
    makeRow->addWidget(make);
    makeRow->addStretch(1);

    m_addressField->setReadOnly(true);
    m_addressField->setAccessibleName(tr("Share address"));
    m_addressField->setMinimumWidth(460);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyAddress"));
    copy->setAccessibleName(tr("Copy the share address"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_address.toString()); });
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_addressField, 1);
    addressRow->addWidget(copy);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("QR code of the share address"));

    connect(m_list, &ViewLinkList::revoked, this, &ShareDialog::forgetRevokedAddress);
    auto *listBox = new QGroupBox(tr("Links made"), this);
    auto *listLayout = new QHBoxLayout(listBox);
    listLayout->addWidget(m_list);

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(m_access.onNetwork
                      ? tr("Whoever has a link can watch this camera until the link expires or you revoke it, and "
                           "nothing else: no other camera, no settings.")
                      : tr("Only this computer can reach the share server: a phone cannot open these addresses. "
                           "To watch from other devices, let the server listen on the network (Settings, from the "
                           "next start) or serve it through a reverse proxy."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_access.renewAdminToken) {
        auto *renew = buttons->addButton(tr("New &admin token…"), QDialogButtonBox::ResetRole);
        renew->setObjectName(QStringLiteral("renewAdminToken"));
        renew->setToolTip(tr("The admin token opens everything (all cameras, switching them, making links). Make "
                             "a new one if it may have leaked."));
        connect(renew, &QPushButton::clicked, this, [this] { confirmRenewAdminToken(this, m_access.renewAdminToken); });
    }
    if (!m_access.onNetwork) {
        auto *serve = buttons->addButton(tr("Serve on the &network…"), QDialogButtonBox::ActionRole);
        serve->setObjectName(QStringLiteral("serveOnNetwork"));
        connect(serve, &QPushButton::clicked, this, &ShareDialog::settingsRequested);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(makeRow);
    layout->addLayout(addressRow);
    layout->addWidget(m_qr);
    layout->addWidget(note);
    layout->addWidget(listBox);
    layout->addWidget(buttons);

    // Until a link is made: this computer's own address for the camera, which needs no credential here.
    showAddress(m_access.base.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(cameraId))));
    m_list->refresh();
}

void ShareDialog::makeLink()
{
    const int seconds = m_lifetime->currentData().toInt();
    const std::optional<ViewLink> link
        = m_access.links->create(m_cameraId, seconds > 0 ? std::optional<qint64>(seconds) : std::nullopt);
    if (!link) {
        m_addressField->setText(tr("Too many links: revoke some first."));
        return;
    }
    showAddress(linkAddress(m_access, link->token));
    m_list->refresh();
}

void ShareDialog::confirmRenewAdminToken(QWidget *parent, const std::function<void()> &renew)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("New admin token"),
                                tr("Every browser and script that uses the admin token will need the new one, and "
                                   "pages and streams opened with it end now. View links keep working."),
                                QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("renewAdminTokenBox"));
    box->addButton(tr("Make a new token"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, box, renew);
    box->open();
}

void ShareDialog::forgetRevokedAddress()
{
    // The address shown may be the link just revoked: back to this computer's own.
    if (QUrlQuery(m_address).hasQueryItem(QStringLiteral("token"))) {
        const QString token = QUrlQuery(m_address).queryItemValue(QStringLiteral("token"));
        const QList<ViewLink> links = m_access.links->list(m_cameraId);
        if (std::none_of(links.cbegin(), links.cend(), [&token](const ViewLink &l) { return l.token == token; }))
            showAddress(m_access.base.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(m_cameraId))));
    }
}

void ShareDialog::showAddress(const QUrl &address)
{
    m_address = address;
    m_addressField->setText(address.toString());
    m_qr->setPixmap(QPixmap::fromImage(QrCode::render(address.toString(), 4)));
    // A phone can only open a link, at an address of this computer on the network: its own address, or a loopback
    // one, is no use to scan.
    m_qr->setVisible(QUrlQuery(address).hasQueryItem(QStringLiteral("token"))
                     && !QHostAddress(address.host()).isLoopback());
}

QUrl ShareDialog::address() const
{
    return m_address;
}
