#pragma once

#include "cameraconfig.h"
#include "camerastate.h"
#include "media/frame.h"
#include "sources/framesource.h"

#include <QList>
#include <QMutex>

#include <atomic>

class FrameMailbox;

// The thread-safe meeting point of one camera and everything that reads it: the worker publishes frames and
// status here, the tile and the share server read them, each from its own thread. Shared by std::shared_ptr,
// so a reader may outlive the Camera that fed it.
class CameraFeed final
{
public:
    explicit CameraFeed(CameraConfig config);
    Q_DISABLE_COPY_MOVE(CameraFeed)

    CameraConfig config() const;
    void setConfig(const CameraConfig &config);
    QString id() const;

    CameraStatus status() const;
    void setState(CameraState state, const QString &error = {});
    void setStreamInfo(const StreamInfo &info);
    void countReconnect();
    // Any thread: a picture arrived but could not be shown.
    void countDrop();
    void addViewer();
    void removeViewer();
    // Any thread: a viewer was sent one picture (counted in the status's fpsOut).
    void countSent();

    // Worker thread: the newest frame, to every attached mailbox. `displayDecodeTime` is what making its display
    // image took on the worker, counted with the source's own decoding time in the status's decodeMs.
    void publish(const Frame &frame, Frame::Clock::duration displayDecodeTime = {});
    Frame latest() const;
    Frame::Clock::time_point lastFrameTime() const;

    // After detach() returns, the mailbox receives nothing more: it may then be destroyed.
    // Receivers of a mailbox's frameAvailable() must be queued (they must not call back into the feed).
    void attach(FrameMailbox *mailbox);
    void detach(FrameMailbox *mailbox);

    // How the tile draws a picture: from a display image the worker made at its size, or, for a decoder's 4:2:0
    // picture, from its planes as they are (scaled and converted on the GPU).
    enum class DisplayForm { Image, Planes };

    // The size the tile shows the camera at; the worker prepares each frame's display image at it.
    // An empty size (tile hidden) means no display decoding at all.
    void setDisplaySize(QSize size, DisplayForm form = DisplayForm::Image);
    QSize displaySize() const;
    // Worker thread: the bound to make `frame`'s display image at; empty when nobody shows it or the tile draws
    // its planes itself.
    QSize displayImageBound(const Frame &frame) const;

private:
    mutable QMutex m_mutex;
    CameraConfig m_config;
    CameraStatus m_status;
    Frame m_latest;
    Frame::Clock::time_point m_fpsWindowStart;
    quint64 m_fpsWindowFrames = 0;
    // Bitrate and decoding time, over a longer window: a bitrate measured over a second swings with each key frame.
    Frame::Clock::time_point m_costWindowStart;
    Frame::Clock::time_point m_costWindowLast;
    quint64 m_costWindowFrames = 0;
    qint64 m_costWindowBytes = 0;
    Frame::Clock::duration m_costWindowDecode {};
    quint64 m_costWindowDecoded = 0; // pictures whose decoding time is in m_costWindowDecode
    Frame::Clock::time_point m_sentWindowStart;
    Frame::Clock::time_point m_sentLast;
    quint64 m_sentWindowCount = 0;

    QMutex m_readersMutex;
    QList<FrameMailbox *> m_readers;

    std::atomic<quint64> m_displaySize {0};
};
