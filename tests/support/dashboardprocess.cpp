#include "dashboardprocess.h"

#include "tiedprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <csignal>

DashboardProcess::DashboardProcess() = default;

DashboardProcess::~DashboardProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DashboardProcess::binary()
{
    return qEnvironmentVariable("CCTV_BINARY");
}

QString DashboardProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("cameras.json"));
}

QProcess &DashboardProcess::process()
{
    return m_process;
}

QUrl DashboardProcess::start(const QStringList &arguments)
{
    m_process.setProgram(binary());
    QStringList all {QStringLiteral("--share-port"), QStringLiteral("0"), QStringLiteral("--config"), configPath()};
    if (m_headless)
        all.prepend(QStringLiteral("--headless"));
    m_process.setArguments(all + arguments);
    startTiedToThisProcess(m_process);
    if (!m_process.waitForStarted(5000))
        return {};
    static const QRegularExpression ShareLine(QStringLiteral("^share: (http://\\S+)$"),
                                              QRegularExpression::MultilineOption);
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < 10000) {
        m_process.waitForReadyRead(200);
        const QByteArray more = m_process.readAllStandardOutput();
        out += more;
        m_output += more;
        const auto match = ShareLine.match(QString::fromUtf8(out));
        if (match.hasMatch())
            return QUrl(match.captured(1));
        if (m_process.state() != QProcess::Running)
            break;
    }
    qWarning("no share line; stdout: %s stderr: %s", out.constData(), m_process.readAllStandardError().constData());
    return {};
}

void DashboardProcess::setHeadless(bool headless)
{
    m_headless = headless;
}

QByteArray DashboardProcess::output()
{
    m_output += m_process.readAllStandardOutput();
    m_output += m_process.readAllStandardError();
    return m_output;
}

qint64 DashboardProcess::stop(int signalNumber)
{
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(m_process.processId()), signalNumber);
    if (!m_process.waitForFinished(5000))
        return -1;
    return clock.elapsed();
}
