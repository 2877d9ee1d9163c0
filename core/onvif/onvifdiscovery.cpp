#include "onvifdiscovery.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>
#include <QUuid>

namespace {

const QHostAddress Group(QStringLiteral("239.255.255.250"));
constexpr int MaxDatagramsPerRead = 256; // a flood of answers is read a slice at a time, the event loop in between

} // namespace

OnvifDiscovery::OnvifDiscovery(QObject *parent)
    : QObject(parent)
    , m_resend(this) // children, so that they move with it to another thread
    , m_end(this)
{
    m_resend.setSingleShot(true);
    m_end.setSingleShot(true);
    connect(&m_resend, &QTimer::timeout, this, &OnvifDiscovery::sendProbes);
    connect(&m_end, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT finished(m_error);
    });
}

OnvifDiscovery::~OnvifDiscovery() = default;

void OnvifDiscovery::addAddress(const QHostAddress &address, quint16 port)
{
    m_addresses.append({address, port});
}

void OnvifDiscovery::clearAddresses()
{
    m_addresses.clear();
}

void OnvifDiscovery::setMulticast(bool multicast)
{
    m_multicast = multicast;
}

bool OnvifDiscovery::isRunning() const
{
    return m_end.isActive();
}

QList<Onvif::DiscoveredDevice> OnvifDiscovery::devices() const
{
    return m_devices;
}

QString OnvifDiscovery::errorString() const
{
    return m_error;
}

void OnvifDiscovery::start(int durationMs)
{
    stop();
    m_devices.clear();
    m_endpoints.clear();
    m_error.clear();
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(QHostAddress::AnyIPv4, 0)) {
        m_error = tr("cannot open a UDP socket: %1").arg(m_socket->errorString());
        delete m_socket;
        m_socket = nullptr;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_error); });
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &OnvifDiscovery::readAnswers);
    m_messageIds = {QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    sendProbes();
    m_resend.start(durationMs / 2);
    m_end.start(durationMs);
}

void OnvifDiscovery::stop()
{
    m_resend.stop();
    m_end.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void OnvifDiscovery::sendProbes()
{
    if (!m_socket)
        return;
    const QByteArray probes[] = {Onvif::probe(m_messageIds[0], true), Onvif::probe(m_messageIds[1], false)};
    for (const auto &[address, port] : std::as_const(m_addresses)) {
        for (const QByteArray &probe : probes)
            m_socket->writeDatagram(probe, address, port);
    }
    if (!m_multicast)
        return;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || !flags.testFlag(QNetworkInterface::CanMulticast)) {
            continue;
        }
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        const bool ipv4 = std::any_of(entries.begin(), entries.end(), [](const QNetworkAddressEntry &entry) {
            return entry.ip().protocol() == QAbstractSocket::IPv4Protocol;
        });
        if (!ipv4)
            continue;
        m_socket->setMulticastInterface(interface);
        for (const QByteArray &probe : probes)
            m_socket->writeDatagram(probe, Group, Port);
    }
}

void OnvifDiscovery::readAnswers()
{
    for (int i = 0; i < MaxDatagramsPerRead && m_socket && m_socket->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(64 * 1024);
        for (const QString &id : std::as_const(m_messageIds)) {
            const std::optional<QList<Onvif::DiscoveredDevice>> devices = Onvif::probeMatches(datagram.data(), id);
            if (!devices)
                continue;
            for (const Onvif::DiscoveredDevice &device : *devices) {
                if (m_endpoints.contains(device.endpoint) || m_devices.size() >= 1024)
                    continue;
                m_endpoints.insert(device.endpoint);
                m_devices.append(device);
                Q_EMIT deviceFound(device);
            }
            break;
        }
    }
    if (m_socket && m_socket->hasPendingDatagrams())
        QTimer::singleShot(0, this, &OnvifDiscovery::readAnswers);
}
