#include "camerafinder.h"

#include "icons.h"
#include "onvif/onvifdiscovery.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace {

constexpr int SearchMs = 3000;

// The onvif:// address of a device: its first device service's host and port.
QUrl cameraUrl(const Onvif::DiscoveredDevice &device)
{
    if (device.serviceUrls.isEmpty())
        return {};
    const QUrl &service = device.serviceUrls.first();
    QUrl url;
    url.setScheme(QStringLiteral("onvif"));
    url.setHost(service.host());
    if (service.port(80) != 80)
        url.setPort(service.port());
    return url;
}

} // namespace

CameraFinder::CameraFinder(const QList<QUrl> &known, QWidget *parent)
    : QDialog(parent)
    , m_known(known)
    , m_thread(startWorkerThread(QStringLiteral("cctv-discovery")))
    , m_discovery(new OnvifDiscovery)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("&Search again"), this))
    , m_useButton(new QPushButton(tr("&Use this camera"), this))
{
    setWindowTitle(tr("Find cameras"));
    m_discovery->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_discovery, &QObject::deleteLater);
    connect(m_discovery, &OnvifDiscovery::deviceFound, this, &CameraFinder::addDevice);
    connect(m_discovery, &OnvifDiscovery::finished, this, &CameraFinder::finishSearch);

    m_list->setAccessibleName(tr("Cameras found"));
    m_list->setMinimumSize(440, 180);
    m_status->setAccessibleName(tr("Search state"));
    m_status->setWordWrap(true);
    m_address->setAccessibleName(tr("Camera to ask"));
    m_address->setPlaceholderText(tr("e.g. 192.168.2.30, for a camera on another network"));
    m_address->setClearButtonEnabled(true);
    m_searchButton->setIcon(Icons::get(QStringLiteral("retry")));
    m_useButton->setDefault(true);
    m_useButton->setEnabled(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_useButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_searchButton, &QPushButton::clicked, this, &CameraFinder::search);
    connect(m_address, &QLineEdit::returnPressed, this, &CameraFinder::search);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_useButton->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *ask = new QFormLayout;
    auto *askLabel = new QLabel(tr("&Ask an address:"), this);
    askLabel->setBuddy(m_address);
    ask->addRow(askLabel, m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addLayout(ask);
    layout->addWidget(m_searchButton, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    search();
}

CameraFinder::~CameraFinder() = default; // the thread's stopper ends the search and deletes it there

QUrl CameraFinder::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUrl() : QUrl();
}

void CameraFinder::search()
{
    m_list->clear();
    m_searchButton->setEnabled(false);
    m_status->setText(tr("Searching the local networks…"));
    // "host" or "host:port" (the WS-Discovery port, 3702, when not given).
    QString host = m_address->text().trimmed();
    quint16 port = OnvifDiscovery::Port;
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.contains(u']') && host.count(u':') == 1) {
        port = quint16(host.mid(colon + 1).toUInt());
        host.truncate(colon);
    }
    QMetaObject::invokeMethod(m_discovery, [discovery = m_discovery, host, port] {
        discovery->clearAddresses();
        const QHostAddress address(host);
        if (host.isEmpty() || port == 0 || !address.isNull()) {
            if (!address.isNull() && port > 0)
                discovery->addAddress(address, port);
            discovery->start(SearchMs);
            return;
        }
        // A name: looked up without blocking the search thread (closing the dialog never waits for DNS).
        QHostInfo::lookupHost(host, discovery, [discovery, port](const QHostInfo &info) {
            if (!info.addresses().isEmpty())
                discovery->addAddress(info.addresses().constFirst(), port);
            discovery->start(SearchMs);
        });
    });
}

void CameraFinder::addDevice(const Onvif::DiscoveredDevice &device)
{
    const QUrl url = cameraUrl(device);
    if (!url.isValid())
        return;
    const bool added = std::any_of(m_known.begin(), m_known.end(), [&url](const QUrl &known) {
        return known.host().compare(url.host(), Qt::CaseInsensitive) == 0;
    });
    const QString name = device.name.isEmpty() ? tr("Unnamed camera") : device.name;
    QString text = device.model.isEmpty() ? name : tr("%1 (%2)").arg(name, device.model);
    text += QStringLiteral("  ·  ") + url.authority();
    if (added)
        text += QStringLiteral("  ·  ") + tr("already added");
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, url);
    if (m_list->currentRow() < 0 && !added)
        m_list->setCurrentItem(item);
}

void CameraFinder::finishSearch(const QString &error)
{
    m_searchButton->setEnabled(true);
    const int found = m_list->count();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (found == 0)
        m_status->setText(tr("No camera answered. Cameras on another network (or where multicast is blocked) can "
                             "be asked by address."));
    else
        m_status->setText(tr("Cameras found: %1").arg(found));
    Q_EMIT searchFinished();
}
