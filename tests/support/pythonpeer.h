#pragma once

#include <QProcess>
#include <QStringList>

// A Python script from tests/support run as a test peer (a camera, a sender, a viewer), with the system's
// python3 (which has python3-websockets). Killed when destroyed.
class PythonPeer final
{
public:
    PythonPeer() = default;
    ~PythonPeer();
    Q_DISABLE_COPY_MOVE(PythonPeer)

    // The path of `script` in tests/support (found through CCTV_SOURCE_DIR).
    static QString scriptPath(const QString &script);

    // Starts `script arguments…`; false when it could not start.
    bool start(const QString &script, const QStringList &arguments);
    // For servers that print "port N" once listening: N, or 0 when none came within 10 s.
    quint16 waitForPort();
    // Waits for the script to end by itself; its exit code, or -1 on timeout or crash.
    int waitForExit(int timeoutMs);
    void stop();
    QProcess &process();
    // Everything the script printed so far.
    QByteArray output();

private:
    QProcess m_process;
    QByteArray m_output;
};
