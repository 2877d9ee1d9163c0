#include "rtspserverprocess.h"

#include "tiedprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>

namespace {
// The GI bindings are Debian packages: use the system interpreter, not whatever `python3` is first on PATH.
const QString Python = QStringLiteral("/usr/bin/python3");

QString script()
{
    return QDir(qEnvironmentVariable("CCTV_SOURCE_DIR")).filePath(QStringLiteral("tests/support/rtspserver.py"));
}
} // namespace

RtspServerProcess::RtspServerProcess()
{
    // After the PORT line (read by start()), the server's reports of who plays what.
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
        if (m_port == 0)
            return; // start() is still waiting for the PORT line
        m_partialLine += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_partialLine.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = m_partialLine.left(end).trimmed().split(' ');
            m_partialLine.remove(0, end + 1);
            if (words.size() == 3 && words[0] == "PLAYING")
                m_playing.insert(QString::fromUtf8(words[1]).mid(1), words[2].toInt());
        }
    });
}

RtspServerProcess::~RtspServerProcess()
{
    kill();
}

QString RtspServerProcess::unavailableReason()
{
    if (!QFileInfo::exists(script()))
        return QStringLiteral("rtspserver.py not found (CCTV_SOURCE_DIR unset?)");
    QProcess probe;
    probe.start(Python,
                {QStringLiteral("-c"),
                 QStringLiteral("import gi; gi.require_version('GstRtspServer', '1.0'); "
                                "from gi.repository import GstRtspServer")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return QStringLiteral("no GStreamer RTSP server for Python (python3-gst-1.0, gir1.2-gst-rtsp-server-1.0)");
    return {};
}

bool RtspServerProcess::start(QSize size, int fps, quint16 port)
{
    kill();
    m_error.clear();
    m_port = 0;
    m_process.setProgram(Python);
    m_process.setArguments({script(), QStringLiteral("--port"), QString::number(port), QStringLiteral("--size"),
                            QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), QStringLiteral("--fps"),
                            QString::number(fps), QStringLiteral("--user"), QString::fromLatin1(User),
                            QStringLiteral("--password"), QString::fromLatin1(Password)});
    startTiedToThisProcess(m_process);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression PortLine(QStringLiteral("^PORT (\\d+)$"), QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch match = waitForOutput(m_process, PortLine); match.hasMatch()) {
        m_port = quint16(match.captured(1).toUInt());
        m_playing.clear();
        m_partialLine.clear();
        const QByteArray errors = m_process.readAllStandardError();
        m_h265 = !errors.contains("x265enc missing");
        return true;
    }
    m_error = QStringLiteral("no PORT line; stderr: ") + QString::fromUtf8(m_process.readAllStandardError());
    kill();
    return false;
}

void RtspServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void RtspServerProcess::pause()
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void RtspServerProcess::resume()
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), SIGCONT);
}

bool RtspServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

quint16 RtspServerProcess::port() const
{
    return m_port;
}

bool RtspServerProcess::hasH265() const
{
    return m_h265;
}

QUrl RtspServerProcess::url(const QString &mount, const QString &user, const QString &password) const
{
    QUrl url;
    url.setScheme(QStringLiteral("rtsp"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(u'/' + mount);
    if (!user.isEmpty()) {
        url.setUserName(user);
        url.setPassword(password);
    }
    return url;
}

QString RtspServerProcess::errorString() const
{
    return m_error;
}

int RtspServerProcess::playing(const QString &mount) const
{
    return m_playing.value(mount);
}
