#pragma once

#include "camerastate.h"
#include "displayrequest.h"
#include "media/frame.h"

#include <QObject>
#include <QSize>

#include <memory>
#include <optional>

class CameraFeed;
class FrameMailbox;

// What one viewer (a tile) reads of a camera with two streams: the newest frames of the stream it shows and, while
// it moves to the other one, that stream's too, in the background. The move completes with the other stream's
// first fresh frame, so the viewer is never without a picture (make before break); moving back before then
// cancels it. The viewer's display size is asked of both streams' workers, so the first frame of the new stream
// already has its picture made for the tile. Lives on the viewer's thread.
class StreamSwitch final : public QObject
{
    Q_OBJECT

public:
    StreamSwitch(std::shared_ptr<CameraFeed> feed, CameraStream first, QObject *parent = nullptr);
    ~StreamSwitch() override;
    Q_DISABLE_COPY_MOVE(StreamSwitch)

    // The stream whose frames take() gives.
    CameraStream shown() const { return m_shown.stream; }
    // The stream being moved to, until its first frame.
    std::optional<CameraStream> pending() const;
    // Moves to `stream` (nothing when it is shown; the shown one cancels a move).
    void show(CameraStream stream);

    // The newest frame of the shown stream not taken yet; a null frame when none came since the last take.
    Frame take();
    // What the viewer needs of every stream it reads (an empty size: nothing, it is hidden).
    void setDisplay(QSize size, DisplayRequest::Form form);

Q_SIGNALS:
    // A frame waits to be taken. Once until it is.
    void frameAvailable();
    // The move finished: take() gives the new stream's frames from now.
    void switched(CameraStream stream);

private:
    struct Reader
    {
        CameraStream stream = CameraStream::Main;
        FrameMailbox *mailbox = nullptr;
        int slot = -1; // in the stream's DisplayRequest
    };
    Reader open(CameraStream stream);
    void close(Reader &reader);
    void onPendingFrame();

    std::shared_ptr<CameraFeed> m_feed;
    QSize m_displaySize; // before the readers: open() reads them
    DisplayRequest::Form m_displayForm = DisplayRequest::Form::Image;
    Reader m_shown;
    Reader m_pending; // mailbox null when no move is under way
    Frame m_first; // the new stream's first frame, until taken
};
