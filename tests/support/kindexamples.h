#pragma once

#include <QList>
#include <QString>

// One camera address per kind (and per spelling a kind accepts) with every option it knows set, and options it
// does not know: what a round trip through the dialog or the configuration file must give back unchanged.
namespace KindExamples {

struct Example
{
    const char *name;
    const char *kind; // CameraKind::id()
    QString url;
};

inline QList<Example> all()
{
    const QString pin = QStringLiteral("sha256:") + QString(64, u'a');
    return {
        {"rtsps, every option", "rtsp",
         QStringLiteral("rtsps://admin:p%40ss%3Aw0rd@cam.example:8322/Streaming/Channels/101"
                        "?transport=udp&open_timeout=5&read_timeout=7.5&trust=")
             + pin},
        {"rtsp, implicit port", "rtsp", QStringLiteral("rtsp://cam.example/live?vendor_option=1")},
        {"rtsp, ipv6", "rtsp", QStringLiteral("rtsp://[2001:db8::7]:8554/h264")},
        {"onvif, every option", "onvif",
         QStringLiteral("onvif://admin:p%40ss%3Aw0rd@cam.example:8080?profile=Profile_2&vendor_option=1")},
        {"onvif, implicit port", "onvif", QStringLiteral("onvif://192.0.2.9")},
        {"https snapshot", "http",
         QStringLiteral("https://viewer:s3cret@cam.example:8443/snap.jpg?poll=2&trust=") + pin},
        {"http stream", "http", QStringLiteral("http://192.0.2.5/video.mjpg?resolution=640x480")},
        {"wss", "ws", QStringLiteral("wss://bob:pw@relay.example:8443/ws/video/porch/?trust=") + pin},
        {"webcam", "webcam", QStringLiteral("webcam:3?size=1280x720&fps=29.97")},
        {"v4l2 path", "webcam",
         QStringLiteral("v4l2:///dev/v4l/by-id/usb-Logitech_C920-video-index0?size=640x480&fps=15")},
        {"video file", "file", QStringLiteral("file:///srv/clips/gate%20cam.mp4")},
        {"folder with rate", "file", QStringLiteral("file:///srv/pictures?fps=2.5")},
        {"test pattern", "test", QStringLiteral("test:pattern?size=1920x1080&fps=30")},
        {"test pattern, defaults", "test", QStringLiteral("test:pattern")},
        {"push", "push", QStringLiteral("push:porch-2")},
    };
}

} // namespace KindExamples
