#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// The real `cctv-dashboard` binary run as a user runs it, headless, with a configuration of its own.
class DashboardProcess final
{
public:
    DashboardProcess();
    ~DashboardProcess();
    Q_DISABLE_COPY_MOVE(DashboardProcess)

    // The binary the build made (the tests get it in CCTV_BINARY).
    static QString binary();

    // Starts `--headless --share-port 0 --config …` plus `arguments`; returns the share URL it printed, or an
    // invalid URL when it printed none within 10 s. The working directory and environment may be set on
    // process() before.
    QUrl start(const QStringList &arguments);
    // With a window instead (`QT_QPA_PLATFORM=offscreen` from the test's environment) from the next start() on.
    void setHeadless(bool headless);
    // Everything the program wrote to stdout and stderr so far, the share line included.
    QByteArray output();
    // Sends a signal; returns how many ms the program took to exit, or -1 when it did not within 5 s.
    qint64 stop(int signalNumber);
    QProcess &process();
    QString configPath() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    bool m_headless = true;
};
