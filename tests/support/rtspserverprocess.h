#pragma once

#include <QHash>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QUrl>

// The RTSP test server (tests/support/rtspserver.py: GStreamer rtsp-server) run as a child process on loopback.
// Mounts: `h264`, `h265` (when x265enc exists) and `secure` (H.264 behind Basic authentication).
class RtspServerProcess final
{
public:
    static constexpr const char *User = "viewer";
    static constexpr const char *Password = "s3cret-pass";

    RtspServerProcess();
    ~RtspServerProcess();
    Q_DISABLE_COPY_MOVE(RtspServerProcess)

    // Starts the server with pictures of `size` at `fps` on `port` (0: a free one) and waits until it listens.
    // Returns false, with the reason in errorString(), when it could not.
    bool start(QSize size = {640, 360}, int fps = 25, quint16 port = 0);
    // Kills the server at once, as a crash or a power cut would; start() again brings it back.
    void kill();
    bool isRunning() const;
    // Freezes the server (SIGSTOP): connections stay open and silent, as with a hung camera. resume() thaws it.
    void pause();
    void resume();

    quint16 port() const;
    bool hasH265() const;
    // `rtsp://127.0.0.1:<port>/<mount>`, with credentials when `user` is not empty.
    QUrl url(const QString &mount, const QString &user = {}, const QString &password = {}) const;
    QString errorString() const;
    // How many clients play `mount` now, as the server counts them (a PLAY, until TEARDOWN or the connection
    // closes). Follows the server's reports as the event loop runs.
    int playing(const QString &mount) const;

    // Why a test must be skipped here (no system Python with GStreamer's RTSP server), or empty.
    static QString unavailableReason();

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_h265 = false;
    QString m_error;
    QHash<QString, int> m_playing;
    QByteArray m_partialLine;
};
