#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The ONVIF camera simulator (tests/support/onvif_simulator.py) run as a child process on loopback. It stands in for
// a physical ONVIF camera, which cannot exist on a test machine; tst_onvifsimulator checks it against an independent
// ONVIF client (the `onvif` npm package) so that our own client's mistakes are not mirrored in it.
class OnvifSimulatorProcess final
{
public:
    static constexpr const char *User = "admin";
    static constexpr const char *Password = "p4ss:w&rd";

    OnvifSimulatorProcess();
    ~OnvifSimulatorProcess();
    Q_DISABLE_COPY_MOVE(OnvifSimulatorProcess)

    // Starts the simulator with `arguments` (see its --help: --user, --clock-skew, --quirk-…) and waits until it
    // listens. Returns false, with the reason in errorString(), when it could not.
    bool start(const QStringList &arguments);
    void kill();

    quint16 httpPort() const;
    quint16 discoveryPort() const;
    // http://127.0.0.1:<port>/onvif/device_service
    QUrl deviceService() const;
    // What it logged so far (a line per request).
    QByteArray log();
    QString errorString() const;

private:
    QProcess m_process;
    quint16 m_httpPort = 0;
    quint16 m_discoveryPort = 0;
    QByteArray m_log;
    QString m_error;
};
