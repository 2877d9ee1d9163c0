#pragma once

class QProcess;

// Starts `process` so that it is killed when the test that started it dies: a test aborted by a failed check or a
// sanitizer must not leave a dashboard or a peer running, holding CTest's output pipe open until its timeout.
void startTiedToThisProcess(QProcess &process);
