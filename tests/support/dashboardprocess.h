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
    // invalid URL when it printed none within 10 s.
    QUrl start(const QStringList &arguments);
    // Sends a signal; returns how many ms the program took to exit, or -1 when it did not within 5 s.
    qint64 stop(int signalNumber);
    QProcess &process();
    QString configPath() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};
