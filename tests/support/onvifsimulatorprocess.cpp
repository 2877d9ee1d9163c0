#include "onvifsimulatorprocess.h"

#include "tiedprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

OnvifSimulatorProcess::OnvifSimulatorProcess() = default;

OnvifSimulatorProcess::~OnvifSimulatorProcess()
{
    kill();
}

bool OnvifSimulatorProcess::start(const QStringList &arguments)
{
    kill();
    m_error.clear();
    m_log.clear();
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments(
        QStringList {
            QDir(qEnvironmentVariable("CCTV_SOURCE_DIR")).filePath(QStringLiteral("tests/support/onvif_simulator.py"))}
        + arguments);
    startTiedToThisProcess(m_process);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression Ports(QStringLiteral("^PORT (\\d+)\\s+DISCOVERY (\\d+)$"),
                                          QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch match = waitForOutput(m_process, Ports); match.hasMatch()) {
        m_httpPort = quint16(match.captured(1).toUInt());
        m_discoveryPort = quint16(match.captured(2).toUInt());
        return true;
    }
    m_error = QStringLiteral("no PORT and DISCOVERY lines; stderr: ") + QString::fromUtf8(log());
    kill();
    return false;
}

void OnvifSimulatorProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

quint16 OnvifSimulatorProcess::httpPort() const
{
    return m_httpPort;
}

quint16 OnvifSimulatorProcess::discoveryPort() const
{
    return m_discoveryPort;
}

QUrl OnvifSimulatorProcess::deviceService() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(m_httpPort));
}

QByteArray OnvifSimulatorProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

QString OnvifSimulatorProcess::errorString() const
{
    return m_error;
}
