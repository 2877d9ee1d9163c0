#include "pythonpeer.h"

#include "tiedprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>

namespace {
// The system interpreter: it has the Debian python3-websockets package, whatever else is first on PATH.
const QString Python = QStringLiteral("/usr/bin/python3");
} // namespace

PythonPeer::~PythonPeer()
{
    stop();
}

QString PythonPeer::scriptPath(const QString &script)
{
    return QDir(qEnvironmentVariable("CCTV_SOURCE_DIR")).filePath(QStringLiteral("tests/support/") + script);
}

bool PythonPeer::start(const QString &script, const QStringList &arguments)
{
    m_output.clear();
    m_process.setProgram(Python);
    m_process.setArguments(QStringList {QStringLiteral("-u"), scriptPath(script)} + arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    startTiedToThisProcess(m_process);
    return m_process.waitForStarted(5000);
}

quint16 PythonPeer::waitForPort()
{
    static const QRegularExpression PortLine(QStringLiteral("^port (\\d+)$"), QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_output += m_process.readAllStandardOutput();
        const auto match = PortLine.match(QString::fromUtf8(m_output));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
        if (m_process.state() != QProcess::Running)
            return 0;
        m_process.waitForReadyRead(200);
    }
    return 0;
}

int PythonPeer::waitForExit(int timeoutMs)
{
    if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    m_output += m_process.readAllStandardOutput();
    return m_process.exitCode();
}

void PythonPeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QProcess &PythonPeer::process()
{
    return m_process;
}

QByteArray PythonPeer::output()
{
    m_output += m_process.readAllStandardOutput();
    return m_output;
}
