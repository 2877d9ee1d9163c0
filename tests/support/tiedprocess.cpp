#include "tiedprocess.h"

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

void startTiedToThisProcess(QProcess &process)
{
    // Runs in the child between fork and exec. The signal comes when the forking thread ends: tests start their
    // processes from the main thread.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.start();
}
