#pragma once

#include "framesource.h"

#include <QBasicTimer>
#include <QUrl>

#include <atomic>
#include <memory>

namespace cv {
class VideoCapture;
}

// `webcam:N` or `v4l2:///dev/videoN[?size=WxH&fps=N]`: a local V4L2 camera read through OpenCV, its MJPEG passed on
// untouched when the device offers it. Closing releases the device, so its light goes out and another program may
// take it.
class WebcamSource final : public FrameSource
{
    Q_OBJECT

public:
    explicit WebcamSource(const QUrl &url, QObject *parent = nullptr);
    ~WebcamSource() override;

    void open() override;
    void close() override;
    void interrupt() override;

    // The device node a webcam URL names (`webcam:2` is /dev/video2); empty when the URL is not a webcam address.
    static QString devicePath(const QUrl &url);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct DeviceCheck
    {
        SourceError error = SourceError::None;
        QString detail;
        bool offersMjpeg = false;
    };
    // Looks at the node with open(2) and V4L2 ioctls, to tell "missing", "busy" and "not a camera" apart:
    // OpenCV only says that opening failed.
    DeviceCheck checkDevice() const;
    void configure(bool wantMjpeg);
    void readOne();
    void fail(SourceError error, const QString &detail);

    QString m_device;
    QSize m_size; // asked for; invalid means the device's default
    double m_fps = 0; // asked for; 0 means the device's default
    std::unique_ptr<cv::VideoCapture> m_capture;
    bool m_passJpeg = false;
    int m_badFrames = 0;
    int m_failedReads = 0;
    quint64 m_sequence = 0;
    QBasicTimer m_timer;
    std::atomic_bool m_interrupted {false};
};
