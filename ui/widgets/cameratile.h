#pragma once

#include "camera/camerastate.h"
#include "camera/streamchoice.h"
#include "util/timesource.h"
#include "widgets/overlayitems.h"
#include "widgets/overlaytext.h"

#include <QBasicTimer>
#include <QImage>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

class Camera;
class CameraFeed;
class CameraMenu;
class StreamSwitch;
class GlPictureView;
class QToolButton;

// One camera in the grid: blits the picture the worker already scaled to this tile, or, where the GPU draws
// pictures (TileRenderer), hands the decoder's planes to a GlPictureView covering it; and draws the overlay
// (name, state, rate, resolution). A frozen picture is dimmed and says why.
class CameraTile final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraTile(Camera *camera, QWidget *parent = nullptr);
    ~CameraTile() override;
    Q_DISABLE_COPY_MOVE(CameraTile)

    Camera *camera() const;
    // Where the share server publishes this camera; empty while sharing is unavailable.
    void setShareBaseUrl(const QUrl &base);
    QUrl shareUrl() const;
    bool hasPicture() const;
    // A demo camera says so in its title.
    void setDemo(bool demo);
    void setOverlayItems(const OverlayItems &items);
    // The clock the title's fading follows (tests move one by hand).
    void setClock(const TimeSource &clock);
    // How much of the title shows: 1 in full, 0 faded away.
    double titleOpacity() const;
    // A tile too small for its buttons beside the name: they show only while the pointer is over it or it has the
    // keyboard focus.
    bool isCompact() const;
    bool controlsShown() const;
    // Where the overlay's parts were last painted (tile coordinates), and what they said: for tests.
    struct OverlayParts
    {
        QRect title, stats, clock, notice;
        QString titleText, statsText, noticeText;
    };
    OverlayParts overlayParts() const;
    // Which of the camera's streams the tile shows now, and which it is moving to (the same when it is not).
    CameraStream shownStream() const;
    // The grid changed this tile's size on purpose (maximized, restored, another layout): the stream for the new
    // size is chosen at once, without the dwell that keeps a dragged window's edge from flapping.
    void chooseStreamNow();
    CameraStream wantedStream() const;

    // Highlighted while a camera dragged over it would land here.
    void setDropTarget(bool target);
    bool isDropTarget() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void shareChanged(bool shared);
    // The user asked how to open this shared camera from another device.
    void shareLinkRequested();
    void snapshotRequested();
    void editRequested();
    void removeRequested();
    void maximizeRequested();
    // The tile took the keyboard focus (clicked, or reached with the arrow keys): its camera is the current one.
    void focused();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    // Watches the window the tile is in: minimising it stops the display decoding, as hiding the tile does.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFromCamera();
    // Shows or hides the buttons for the tile's size, the pointer and the focus.
    void updateControls();
    // The overlay's title for the room left of the buttons: the name and state; the name alone; the name elided.
    const OverlayText &fitTitle(const QString &name, const QString &state, const QFont &font, int room);
    // The tile's tooltip: what the camera costs and how healthy it is, kept current with the overlay.
    void updateDetails();
    // The size, in device pixels, the worker makes this tile's pictures for.
    QSize displayBound() const;
    void requestDisplaySize();
    // Moves to the stream the tile's size asks for (StreamChoice), or to the one that works when the other does
    // not; a camera with one stream stays on it.
    void chooseStream();
    // One stream's figures for the details: size, codec, rate and bitrate, or why it is not live.
    QString streamDetails(CameraStream stream) const;
    // Repaints whichever widget shows the picture.
    void refresh();
    void startGpuDrawing();
    void stopGpuDrawing();
    // Something worth the user's eye happened (a new state, the pointer, the focus): the title shows in full again.
    void wakeTitle();
    // Everything over the picture: the overlay, and the focus frame.
    void paintOverlay(QPainter &painter);
    void drawOverlay(QPainter &painter);

    QPointer<Camera> m_camera;
    std::shared_ptr<CameraFeed> m_feed;
    StreamSwitch *m_streams;
    StreamChoice m_choice;

    QToolButton *m_powerButton;
    QToolButton *m_shareButton;
    QToolButton *m_linkButton;
    QToolButton *m_menuButton;
    QToolButton *m_fixButton; // Edit, under an error only the user can fix
    CameraMenu *m_menu;
    bool m_dropTarget = false;
    bool m_demo = false;
    OverlayItems m_overlayItems;
    const TimeSource *m_time = &TimeSource::system();
    TimeSource::TimePoint m_titleSince; // the last wakeTitle()
    CameraState m_titleState = CameraState::Stopped; // the state the title last woke for
    GlPictureView *m_gpuView = nullptr; // set while the GPU draws this tile's pictures
    QImage m_picture;
    QSize m_pictureBound; // the display bound m_picture was made for
    // The overlay's lines, laid out when they change rather than at every picture.
    OverlayText m_title; // name · state
    OverlayText m_name;
    OverlayText m_elidedName; // made again only when the room or the name changes
    int m_elidedRoom = -1;
    QString m_elidedSource;
    QFont m_elidedFont;
    OverlayText m_stats; // fps · size
    OverlayText m_rate; // fps, when the size does not fit beside the clock
    OverlayParts m_parts;
    OverlayText m_clock;
    OverlayText m_notice; // why the main stream is not shown when the tile's size asks for it
    qint64 m_clockSecond = -1; // the second the clock shows, since the epoch
    QUrl m_shareBase;
    QBasicTimer m_overlayTimer;
    QBasicTimer m_choiceTimer;
    QPointer<QWidget> m_watchedWindow;
};
