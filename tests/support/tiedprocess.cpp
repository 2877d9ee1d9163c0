#include "tiedprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

void startTiedToThisProcess(QProcess &process)
{
    // Runs in the child between fork and exec. The signal comes when the forking thread ends: tests start their
    // processes from the main thread.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.start();
}

QRegularExpressionMatch waitForOutput(QProcess &process, const QRegularExpression &pattern, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    QRegularExpressionMatch match;
    while (clock.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        match = pattern.match(QString::fromUtf8(out));
        if (match.hasMatch())
            break;
    }
    return match;
}
