#pragma once

#include <QString>
#include <QStringList>

// Every message the process logs while a recorder exists (FFmpeg's too: they reach Qt logging), so a test can
// prove that a password never appears in one. Messages still go on to the handler that was there before.
class LogRecorder final
{
public:
    LogRecorder();
    ~LogRecorder();
    Q_DISABLE_COPY_MOVE(LogRecorder)

    QStringList lines() const;
    bool mentions(const QString &text) const;
};
