#pragma once

#include "media/frame.h"
#include "sourceerror.h"

#include <QObject>
#include <QString>

// What a source learned about its stream when it opened.
struct StreamInfo
{
    QString codec; // "mjpeg", "h264", "rawvideo", …
    QSize size;
    double nominalFps = 0; // 0 when the stream does not say
};

// One kind of camera input. Lives on its camera's worker thread and is driven by queued calls: open() starts
// delivering frameCaptured() until close(); a failure is reported once with failed() and the source stays closed
// until opened again. Blocking reads are allowed, as long as interrupt() breaks them within a second.
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~FrameSource() override = default;
    Q_DISABLE_COPY_MOVE(FrameSource)

    virtual void open() = 0;
    // Releases the device or connection; a no-op when closed.
    virtual void close() = 0;
    // Any thread: make a blocked open or read return promptly. The next call from the camera is close().
    virtual void interrupt() { }

Q_SIGNALS:
    void opened(const StreamInfo &info);
    // Emitted on the worker thread; receivers connect directly and must be thread-safe.
    void frameCaptured(const Frame &frame);
    void failed(SourceError error, const QString &detail);
    // A picture arrived but could not be shown (damaged, undecodable, skipped). Emitted on the worker thread;
    // receivers connect directly and must be thread-safe.
    void pictureDropped();
};
