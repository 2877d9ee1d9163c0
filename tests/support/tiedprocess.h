#pragma once

#include <QRegularExpressionMatch>

class QProcess;
class QRegularExpression;

// Starts `process` so that it is killed when the test that started it dies: a test aborted by a failed check or a
// sanitizer must not leave a dashboard or a peer running, holding CTest's output pipe open until its timeout.
void startTiedToThisProcess(QProcess &process);

// Reads what `process` prints on its standard output until `pattern` matches it (the match is returned), the process
// ends, or `timeoutMs` pass (then the match has no match): how a test waits for a peer's "PORT 1234" line.
QRegularExpressionMatch waitForOutput(QProcess &process, const QRegularExpression &pattern, int timeoutMs = 10000);
