#pragma once

#include "framesource.h"
#include "onvif/onvifclient.h"

#include <QMutex>
#include <QUrl>

#include <memory>

class LibavSource;

// An ONVIF camera (`onvif://user:pass@host[:port][?profile=TOKEN|?stream=sub]`). At each open() the camera is asked
// for its profiles and their RTSP addresses (OnvifClient, asynchronous on this thread), then the chosen profile
// (`profile=`; else with `stream=sub` the smallest, the sub stream; else the largest, the main stream) is read by a
// LibavSource, whose signals are this source's. The credentials go to the RTSP address only when it is on the camera's
// own host.
class OnvifSource final : public FrameSource
{
    Q_OBJECT

public:
    explicit OnvifSource(const QUrl &url, QObject *parent = nullptr);
    ~OnvifSource() override;
    Q_DISABLE_COPY_MOVE(OnvifSource)

    void open() override;
    void close() override;
    void interrupt() override;

    // The device service of an onvif:// address: http://host:port/onvif/device_service, without credentials.
    static QUrl deviceService(const QUrl &url);
    // The RTSP address to read from what the camera said: the profile asked for (or the main stream), with the
    // camera's credentials when it is on the camera's host. Invalid, with `error` in words, when there is none.
    static QUrl streamAddress(const OnvifDeviceReport &report, const QUrl &url, QString *error);

private:
    void onReport(const OnvifDeviceReport &report);
    void stopStream();

    QUrl m_url;
    OnvifClient *m_client = nullptr;
    QMutex m_streamLock; // guards m_stream and m_interrupted against interrupt() from another thread
    std::unique_ptr<LibavSource> m_stream;
    bool m_interrupted = false;
};
