#include "logrecorder.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

namespace {

// qInstallMessageHandler takes a plain function: the recording lives here, for the one recorder at a time.
QMutex recordMutex;
QStringList recorded;
QtMessageHandler previousHandler = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&recordMutex);
        recorded.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

LogRecorder::LogRecorder()
{
    QMutexLocker lock(&recordMutex);
    recorded.clear();
    previousHandler = qInstallMessageHandler(record);
}

LogRecorder::~LogRecorder()
{
    qInstallMessageHandler(previousHandler);
}

QStringList LogRecorder::lines() const
{
    QMutexLocker lock(&recordMutex);
    return recorded;
}

bool LogRecorder::mentions(const QString &text) const
{
    const QStringList all = lines();
    return std::any_of(all.cbegin(), all.cend(), [&text](const QString &line) { return line.contains(text); });
}
