#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>

// A local camera as the Add Camera dialog offers it: what to call it, the address to use, and what it can do.
struct WebcamDevice
{
    struct Mode
    {
        QSize size;
        double minFps = 0;
        double maxFps = 0; // the highest rate of any pixel format at this size

        friend bool operator==(const Mode &, const Mode &) = default;
    };

    QString description; // "HD Pro Webcam C920"
    QString devicePath; // "/dev/video0"
    QUrl url; // `webcam:0`, or `v4l2:///dev/…` for a node not named videoN
    bool isDefault = false;
    QList<Mode> modes; // one per picture size, largest first

    // The address for one of the modes: `webcam:0?size=1280x720&fps=30`.
    QUrl urlFor(QSize size, double fps = 0) const;
};

// Lists the local cameras through Qt Multimedia. An empty list when there are none, also with no display.
class WebcamDevices final
{
public:
    static QList<WebcamDevice> list();
    // The camera URL for a V4L2 device node; empty when the path is not one.
    static QUrl urlForDevicePath(const QString &path);
};
