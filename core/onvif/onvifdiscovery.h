#pragma once

#include "onvif/onvifmessages.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QUdpSocket;

// Finds ONVIF devices by WS-Discovery: a probe asking for video transmitters and an undecorated one (some cameras
// answer only that) are multicast to 239.255.255.250:3702 on every active IPv4 interface that can multicast, and
// sent to each address added with addAddress() (a camera on another subnet, or where multicast is blocked); each
// is sent again halfway through, since UDP may lose it. Answers to our probes are collected until the time is up,
// each device reported once (by its endpoint). Lives on its thread's event loop; never blocks.
class OnvifDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 Port = 3702;

    explicit OnvifDiscovery(QObject *parent = nullptr);
    ~OnvifDiscovery() override;

    // Probes sent to `address` directly as well, on `port`.
    void addAddress(const QHostAddress &address, quint16 port = Port);
    void clearAddresses();
    // Whether to multicast (on by default).
    void setMulticast(bool multicast);
    // Starts probing for `durationMs`, forgetting what an earlier round found; finished() follows.
    void start(int durationMs = 3000);
    void stop();
    bool isRunning() const;
    QList<Onvif::DiscoveredDevice> devices() const;
    // Why probing could not start at all (no UDP socket), or empty.
    QString errorString() const;

Q_SIGNALS:
    void deviceFound(const Onvif::DiscoveredDevice &device);
    // The round is over; `error` says why probing could not start at all (else empty).
    void finished(const QString &error);

private:
    void sendProbes();
    void readAnswers();

    QUdpSocket *m_socket = nullptr;
    QList<QPair<QHostAddress, quint16>> m_addresses;
    bool m_multicast = true;
    QStringList m_messageIds; // the typed and the undecorated probe's
    QList<Onvif::DiscoveredDevice> m_devices;
    QSet<QString> m_endpoints;
    QTimer m_resend;
    QTimer m_end;
    QString m_error;
};
