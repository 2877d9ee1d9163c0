#include "cameratile.h"

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/streamswitch.h"
#include "theme.h"
#include "widgets/camerafigures.h"
#include "widgets/cameramenu.h"
#include "widgets/glpictureview.h"
#include "widgets/overlaybutton.h"
#include "widgets/tilerenderer.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QPainter>
#include <QRegion>
#include <QTimerEvent>
#include <QVBoxLayout>

namespace {
constexpr int OverlayRefreshMs = 500; // the frame age and rate in the overlay stay current without frames
// A fading title stays this long after it woke, then fades out over FadeMs.
constexpr std::chrono::milliseconds TitleStaysMs {4000};
constexpr std::chrono::milliseconds TitleFadeMs {800};
// Below this (logical pixels) the buttons would cover the name: they show on hover or focus only.
constexpr QSize CompactBelow(480, 270);
const QColor Background(0x10, 0x10, 0x10);

// Fills what lies inside `outer` and outside `inner`: a picture's letterbox bars, the focus frame.
void fillBetween(QPainter &painter, const QRect &outer, const QRect &inner, const QBrush &brush)
{
    for (const QRect &part : QRegion(outer).subtracted(QRegion(inner)))
        painter.fillRect(part, brush);
}

} // namespace

CameraTile::CameraTile(Camera *camera, QWidget *parent)
    : QWidget(parent)
    , m_camera(camera)
    , m_feed(camera->feed())
    , m_streams(
          new StreamSwitch(m_feed, camera->config().hasSubStream() ? CameraStream::Sub : CameraStream::Main, this))
    , m_powerButton(new OverlayButton(QStringLiteral("power"), tr("On"), true, this))
    , m_shareButton(new OverlayButton(QStringLiteral("share"), tr("Share"), true, this))
    , m_linkButton(new OverlayButton(QStringLiteral("shareLink"), tr("Link…"), false, this))
    , m_menuButton(new OverlayButton(QStringLiteral("more"), QStringLiteral("⋯"), false, this))
    , m_fixButton(new OverlayButton(QStringLiteral("fix"), tr("Edit camera…"), false, this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto *menu = new CameraMenu(this);
    menu->setCamera(camera);
    connect(menu, &CameraMenu::maximizeRequested, this, &CameraTile::maximizeRequested);
    connect(menu, &CameraMenu::shareLinkRequested, this, &CameraTile::shareLinkRequested);
    connect(menu, &CameraMenu::snapshotRequested, this, &CameraTile::snapshotRequested);
    connect(menu, &CameraMenu::editRequested, this, &CameraTile::editRequested);
    connect(menu, &CameraMenu::removeRequested, this, &CameraTile::removeRequested);
    m_menu = menu;
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAccessibleName(tr("More actions"));

    auto *top = new QHBoxLayout;
    top->addStretch();
    for (QToolButton *button : {m_linkButton, m_shareButton, m_powerButton, m_menuButton}) {
        top->addWidget(button);
        button->installEventFilter(this); // focus on a button keeps the buttons shown
    }
    connect(menu, &QMenu::aboutToHide, this, &CameraTile::updateControls);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    // Under the error, when only the user can fix it (a refused password): the way to do so.
    layout->addStretch(3);
    layout->addWidget(m_fixButton, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    m_fixButton->hide();
    connect(m_fixButton, &QToolButton::clicked, this, &CameraTile::editRequested);

    connect(m_linkButton, &QToolButton::clicked, this, &CameraTile::shareLinkRequested);
    connect(m_powerButton, &QToolButton::toggled, this, [this](bool on) {
        if (m_camera)
            m_camera->setEnabled(on);
    });
    connect(m_shareButton, &QToolButton::toggled, this, [this](bool on) {
        if (m_camera)
            m_camera->setShared(on);
    });
    connect(camera, &Camera::stateChanged, this, &CameraTile::updateFromCamera);
    connect(camera, &Camera::configChanged, this, &CameraTile::updateFromCamera);
    // Told once per new picture at most, and only after the last one was taken: repaints coalesce.
    connect(m_streams, &StreamSwitch::frameAvailable, this, [this] {
        // The first pictures tell the sub stream's size: the first choice is made for the size the tile has now,
        // not for whatever size it has at the next resize.
        if (!m_choice.decided())
            chooseStream();
        if (m_gpuView)
            m_gpuView->setFrame(m_streams->take());
        else
            update();
    });
    if (TileRenderer::useGpu())
        startGpuDrawing();
    m_overlayTimer.start(OverlayRefreshMs, this);
    updateFromCamera();
}

void CameraTile::startGpuDrawing()
{
    m_gpuView = new GlPictureView(this);
    m_gpuView->setBackground(Background);
    m_gpuView->setOverlay([this](QPainter &painter) { paintOverlay(painter); });
    m_gpuView->setGeometry(rect());
    m_gpuView->lower(); // under the buttons
    connect(m_gpuView, &GlPictureView::failed, this, &CameraTile::stopGpuDrawing);
}

void CameraTile::stopGpuDrawing()
{
    if (!m_gpuView)
        return;
    std::exchange(m_gpuView, nullptr)->deleteLater();
    requestDisplaySize(); // display images from the worker again
    update();
}

void CameraTile::refresh()
{
    if (m_gpuView)
        m_gpuView->update();
    else
        update();
}

CameraTile::~CameraTile() = default;

Camera *CameraTile::camera() const
{
    return m_camera;
}

void CameraTile::setShareBaseUrl(const QUrl &base)
{
    m_shareBase = base;
    updateFromCamera();
}

QUrl CameraTile::shareUrl() const
{
    if (m_shareBase.isEmpty() || !m_camera)
        return {};
    return m_shareBase.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(m_camera->id())));
}

void CameraTile::setDemo(bool demo)
{
    m_demo = demo;
    refresh();
}

void CameraTile::setOverlayItems(const OverlayItems &items)
{
    m_overlayItems = items;
    wakeTitle();
}

void CameraTile::setClock(const TimeSource &clock)
{
    m_time = &clock;
    m_choice = StreamChoice(clock);
    wakeTitle();
}

void CameraTile::wakeTitle()
{
    m_titleSince = m_time->now();
    refresh();
}

double CameraTile::titleOpacity() const
{
    if (!m_overlayItems.title)
        return 0;
    const QWidget *focus = QApplication::focusWidget();
    const bool wanted = !m_overlayItems.titleFades || !m_camera || m_camera->state() != CameraState::Live
        || underMouse() || (focus && (focus == this || isAncestorOf(focus))) || m_menu->isVisible();
    if (wanted)
        return 1;
    const auto since = m_time->now() - m_titleSince;
    if (since <= TitleStaysMs)
        return 1;
    return qMax(0.0, 1.0 - std::chrono::duration<double>(since - TitleStaysMs) / TitleFadeMs);
}

bool CameraTile::hasPicture() const
{
    return m_gpuView ? m_gpuView->hasPicture() : !m_picture.isNull();
}

QSize CameraTile::sizeHint() const
{
    return {480, 270};
}

QSize CameraTile::minimumSizeHint() const
{
    return {160, 90};
}

void CameraTile::updateFromCamera()
{
    if (!m_camera)
        return;
    const CameraConfig config = m_camera->config();
    if (m_camera->state() != m_titleState) {
        m_titleState = m_camera->state();
        wakeTitle();
    }
    setAccessibleName(tr("Camera %1").arg(config.name));
    setAccessibleDescription(cameraStateText(m_camera->state()));
    m_shareButton->setEnabled(!m_shareBase.isEmpty());
    m_menu->setSharingAvailable(!m_shareBase.isEmpty());
    {
        const QSignalBlocker block(m_shareButton);
        m_shareButton->setChecked(config.shared);
    }
    {
        const QSignalBlocker block(m_powerButton);
        m_powerButton->setChecked(config.enabled);
    }
    m_powerButton->setText(config.enabled ? tr("On") : tr("Off"));
    m_powerButton->setAccessibleName(config.enabled ? tr("Switch %1 off").arg(config.name)
                                                    : tr("Switch %1 on").arg(config.name));
    m_shareButton->setAccessibleName(config.shared ? tr("Stop sharing %1").arg(config.name)
                                                   : tr("Share %1").arg(config.name));
    m_shareButton->setToolTip(config.shared ? shareUrl().toString() : tr("Share this camera to browsers"));
    m_linkButton->setAccessibleName(tr("Address and QR code of %1").arg(config.name));
    m_fixButton->setAccessibleName(tr("Edit %1").arg(config.name));
    m_fixButton->setVisible(m_camera->needsUser());
    if (m_choice.mode() != config.liveStream) // the user's choice, taken at once
        m_choice.setMode(config.liveStream);
    chooseStream();
    Q_EMIT shareChanged(config.shared);
    updateControls();
    updateDetails();
    refresh();
}

void CameraTile::updateDetails()
{
    if (!m_camera)
        return;
    const CameraStatus status = m_feed->status();
    const CameraState state = m_camera->state();
    QStringList parts;
    const QString stream = CameraFigures::stream(status.codec, status.size);
    if (!stream.isEmpty())
        parts << stream;
    if (state == CameraState::Live) {
        parts << CameraFigures::rate(status.fps);
        if (status.bitrate > 0)
            parts << CameraFigures::bitrate(status.bitrate);
        parts << tr("decode %1 ms").arg(QString::number(status.decodeMs, 'f', 1));
    }
    // Whole sentences per count rather than %n plurals: English has no translation file to supply the plural.
    parts << tr("%1 dropped").arg(status.drops);
    parts << (status.viewers == 1 ? tr("1 viewer") : tr("%1 viewers").arg(status.viewers));
    if (status.viewers > 0)
        parts << tr("%1 fps sent").arg(QString::number(status.fpsOut, 'f', 1));
    parts << (status.reconnects == 1 ? tr("1 reconnect") : tr("%1 reconnects").arg(status.reconnects));
    QString details = cameraStateText(state) + u'\n' + parts.join(QStringLiteral("  ·  "));
    if (m_camera->config().hasSubStream()) {
        details += u'\n' + tr("Main stream: %1").arg(streamDetails(CameraStream::Main));
        details += u'\n' + tr("Sub stream: %1").arg(streamDetails(CameraStream::Sub));
    }
    if (toolTip() != details)
        setToolTip(details);
}

QString CameraTile::streamDetails(CameraStream stream) const
{
    const CameraState state = m_feed->streamState(stream);
    if (state == CameraState::Stopped)
        return tr("closed while nobody needs it");
    if (state != CameraState::Live) {
        const QString error = m_feed->streamError(stream);
        return error.isEmpty() ? cameraStateText(state) : cameraStateText(state) + QStringLiteral(": ") + error;
    }
    const CameraStatus status = m_feed->status(stream);
    QStringList parts {CameraFigures::stream(status.codec, status.size), CameraFigures::rate(status.fps)};
    if (status.bitrate > 0)
        parts << CameraFigures::bitrate(status.bitrate);
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

QSize CameraTile::displayBound() const
{
    return size() * devicePixelRatioF();
}

void CameraTile::requestDisplaySize()
{
    // The worker fits each frame into exactly this, in device pixels, so painting is a plain blit. A minimised
    // window's tiles stay "visible" to Qt, but nobody sees them: no display picture either.
    const bool seen = isVisible() && !window()->isMinimized();
    m_streams->setDisplay(seen ? displayBound() : QSize(),
                          m_gpuView ? DisplayRequest::Form::Planes : DisplayRequest::Form::Image);
}

void CameraTile::chooseStream()
{
    if (!m_camera)
        return;
    if (!m_camera->config().hasSubStream()) {
        m_streams->show(CameraStream::Main);
        return;
    }
    // A failed sub stream gives way to the main one (asking for it opens it). A failed main stream is waited for
    // in the background while the sub stream's pictures stay: it reconnects with its own backoff, and the tile
    // says why it is not shown.
    const auto failed = [this](CameraStream stream) {
        const CameraState state = m_feed->streamState(stream);
        return state == CameraState::Reconnecting || state == CameraState::Error;
    };
    CameraStream stream = m_choice.update(displayBound(), m_feed->streamSize(CameraStream::Sub));
    if (stream == CameraStream::Sub && failed(CameraStream::Sub) && !failed(CameraStream::Main))
        stream = CameraStream::Main;
    m_streams->show(stream);
    if (const auto due = m_choice.changeDue()) // a change waiting out its dwell: looked at again when it is due
        m_choiceTimer.start(int(std::chrono::ceil<std::chrono::milliseconds>(*due - m_time->now()).count()) + 1, this);
}

void CameraTile::chooseStreamNow()
{
    m_choice.decideNow();
    chooseStream();
}

CameraStream CameraTile::shownStream() const
{
    return m_streams->shown();
}

CameraStream CameraTile::wantedStream() const
{
    return m_streams->pending().value_or(m_streams->shown());
}

void CameraTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_gpuView)
        m_gpuView->setGeometry(rect());
    requestDisplaySize();
    chooseStream();
    updateControls();
}

void CameraTile::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (QWidget *top = window(); top != this && top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
    requestDisplaySize();
}

bool CameraTile::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        requestDisplaySize();
    if (watched != m_watchedWindow && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        QMetaObject::invokeMethod(this, &CameraTile::updateControls, Qt::QueuedConnection); // once focus has moved
    return QWidget::eventFilter(watched, event);
}

void CameraTile::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    requestDisplaySize();
}

void CameraTile::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_choiceTimer.timerId()) {
        m_choiceTimer.stop();
        chooseStream();
    } else if (event->timerId() == m_overlayTimer.timerId()) {
        chooseStream(); // a stream that came back or failed
        updateDetails();
        refresh();
    } else
        QWidget::timerEvent(event);
}

void CameraTile::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    wakeTitle();
    updateControls();
    Q_EMIT focused();
}

void CameraTile::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    QMetaObject::invokeMethod(this, &CameraTile::updateControls, Qt::QueuedConnection); // once focus has moved
}

void CameraTile::enterEvent(QEnterEvent *event)
{
    QWidget::enterEvent(event);
    updateControls();
}

void CameraTile::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    wakeTitle(); // it fades from here, rather than vanishing with the pointer
    updateControls();
}

bool CameraTile::isCompact() const
{
    return width() < CompactBelow.width() || height() < CompactBelow.height();
}

bool CameraTile::controlsShown() const
{
    return m_menuButton->isVisibleTo(this);
}

void CameraTile::updateControls()
{
    const QWidget *focus = QApplication::focusWidget();
    const bool shown
        = !isCompact() || underMouse() || (focus && (focus == this || isAncestorOf(focus))) || m_menu->isVisible();
    for (QToolButton *button : {m_shareButton, m_powerButton, m_menuButton})
        button->setVisible(shown);
    m_linkButton->setVisible(shown && m_camera && m_camera->config().shared && !m_shareBase.isEmpty());
    refresh();
}

CameraTile::OverlayParts CameraTile::overlayParts() const
{
    return m_parts;
}

void CameraTile::paintEvent(QPaintEvent *)
{
    if (m_gpuView)
        return; // it covers the whole tile
    const Frame frame = m_streams->take();
    if (!frame.isNull()) {
        // The picture made for this tile's size: another tile may show the same camera at another size. Until
        // one is made for it (a frame made before the tile's last resize, a tile without a slot of its own), the
        // one made last.
        QSize bound = displayBound();
        QImage prepared = frame.displayImageMadeFor(bound);
        if (prepared.isNull())
            prepared = frame.preparedDisplayImage(&bound);
        if (!prepared.isNull()) {
            m_picture = prepared;
            m_pictureBound = bound;
        }
    }

    QPainter painter(this);
    if (m_picture.isNull()) {
        painter.fillRect(rect(), Background);
    } else {
        // A picture the worker made for this tile's size is shown as it is, a plain copy (the worker may have
        // rounded its sides down to even numbers: stretching it by that pixel took half the GUI thread with four
        // cameras, perf). Only right after a resize, until a picture of the new size comes, is it fitted again.
        const QSizeF logical = QSizeF(m_picture.size()) / devicePixelRatioF();
        QRectF fitted(QPointF(),
                      m_pictureBound == displayBound() ? logical : logical.scaled(size(), Qt::KeepAspectRatio));
        fitted.moveCenter(QRectF(rect()).center());
        const QRect target = fitted.toRect();
        painter.drawImage(target, m_picture);
        // Only the bars beside or above and below it: the picture covers the rest (each pixel written once).
        fillBetween(painter, rect(), target, Background);
    }
    paintOverlay(painter);
}

void CameraTile::paintOverlay(QPainter &painter)
{
    drawOverlay(painter);
    if (hasFocus()) // a 3-pixel frame, filled (perf: stroking it was 5 % of the GUI thread with one camera)
        fillBetween(painter, rect(), rect().adjusted(3, 3, -3, -3), palette().highlight());
    if (m_dropTarget) { // where a dragged camera would land: a wide frame and a veil over the picture
        QColor veil = palette().highlight().color();
        veil.setAlpha(60);
        painter.fillRect(rect(), veil);
        fillBetween(painter, rect(), rect().adjusted(6, 6, -6, -6), palette().highlight());
    }
}

const OverlayText &CameraTile::fitTitle(const QString &name, const QString &state, const QFont &font, int room)
{
    m_title.set(name + QStringLiteral("  ·  ") + state, font);
    if (m_title.width() <= room)
        return m_title;
    m_name.set(name, font);
    if (m_name.width() <= room)
        return m_name;
    // Elided again only when the room, the name or the font changed (a resize, an edit), not with each picture.
    if (room != m_elidedRoom || name != m_elidedSource || font != m_elidedFont) {
        m_elidedRoom = room;
        m_elidedSource = name;
        m_elidedFont = font;
        m_elidedName.set(QFontMetrics(font).elidedText(name, Qt::ElideRight, qMax(0, room)), font);
    }
    return m_elidedName;
}

void CameraTile::setDropTarget(bool target)
{
    if (m_dropTarget == target)
        return;
    m_dropTarget = target;
    refresh();
}

bool CameraTile::isDropTarget() const
{
    return m_dropTarget;
}

void CameraTile::drawOverlay(QPainter &painter)
{
    if (!m_camera)
        return;
    const CameraState state = m_camera->state();
    const CameraStatus status = m_feed->status(m_streams->shown());
    const CameraConfig config = m_camera->config();

    // A picture that is not live is never shown as if it were: dim it and say why.
    if (state != CameraState::Live && hasPicture())
        painter.fillRect(rect(), QColor(0, 0, 0, 150));

    QFont font = this->font();
    font.setPixelSize(qBound(11, height() / 18, 16));
    const QFontMetrics metrics(font);
    const int pad = 6;
    const int lineHeight = metrics.height() + 2 * pad;

    // Top-left: the state dot, the name, the state, in the room the buttons leave; the state goes first, then the
    // name's end.
    int buttonsLeft = width();
    for (const QToolButton *button : {m_linkButton, m_shareButton, m_powerButton, m_menuButton}) {
        if (button->isVisibleTo(this))
            buttonsLeft = qMin(buttonsLeft, button->x());
    }
    m_parts = {};
    painter.setPen(Qt::white);
    if (const double opacity = titleOpacity(); opacity > 0) {
        painter.setOpacity(opacity);
        const int dot = metrics.height() / 2;
        const int titleChrome = 3 * pad + dot + 2;
        const OverlayText &title = fitTitle(CameraFigures::name(config.name, m_demo), cameraStateText(state), font,
                                            buttonsLeft - pad - pad - titleChrome);
        const QRect titleRect(pad, pad, title.width() + titleChrome, lineHeight);
        painter.fillRect(titleRect, QColor(0, 0, 0, 150));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Theme::stateColor(state));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(titleRect.left() + pad + dot / 2 + 2, titleRect.center().y() + 1), dot / 2, dot / 2);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::white);
        title.draw(painter, titleRect.adjusted(2 * pad + dot, 0, 0, 0), Qt::AlignLeft);
        m_parts.title = titleRect;
        m_parts.titleText = title.text();
        painter.setOpacity(1);
    }

    // Bottom-right: the wall-clock time of the picture shown, as on a CCTV monitor. The local time is worked out
    // once a second: each conversion asks the C library, which looks at the time zone file again.
    int clockLeft = width();
    if (m_overlayItems.clock && hasPicture() && status.frameAgeMs >= 0) {
        const qint64 shownAt = QDateTime::currentMSecsSinceEpoch() - status.frameAgeMs;
        QString clock = m_clock.text();
        if (shownAt / 1000 != m_clockSecond) {
            m_clockSecond = shownAt / 1000;
            clock = QDateTime::fromMSecsSinceEpoch(shownAt).toString(u"HH:mm:ss");
        }
        m_clock.set(clock, font);
        const int clockWidth = m_clock.width() + 2 * pad;
        const QRect clockRect(width() - pad - clockWidth, height() - pad - lineHeight, clockWidth, lineHeight);
        painter.fillRect(clockRect, QColor(0, 0, 0, 150));
        m_clock.draw(painter, clockRect, Qt::AlignHCenter);
        clockLeft = clockRect.left();
        m_parts.clock = clockRect;
    }

    // Bottom-left: rate and resolution, or the rate alone, or nothing: whatever fits beside the clock.
    if (m_overlayItems.figures && status.size.isValid() && state == CameraState::Live) {
        const QString rate = CameraFigures::rate(status.fps);
        m_rate.set(rate, font);
        // Which stream, for a camera that has two: what the user asks first when a picture looks soft.
        const QString which = !config.hasSubStream()   ? QString()
            : m_streams->shown() == CameraStream::Main ? QStringLiteral("  ·  ") + tr("main stream")
                                                       : QStringLiteral("  ·  ") + tr("sub stream");
        m_stats.set(rate + QStringLiteral("  ·  %1×%2").arg(status.size.width()).arg(status.size.height()) + which,
                    font);
        const int room = clockLeft - pad - pad - 2 * pad;
        const OverlayText *stats = m_stats.width() <= room ? &m_stats : m_rate.width() <= room ? &m_rate : nullptr;
        if (stats) {
            const QRect statsRect(pad, height() - pad - lineHeight, stats->width() + 2 * pad, lineHeight);
            painter.fillRect(statsRect, QColor(0, 0, 0, 150));
            stats->draw(painter, statsRect, Qt::AlignHCenter);
            m_parts.stats = statsRect;
            m_parts.statsText = stats->text();
        }
        // Large enough for the main stream, which does not work: the sub stream stands in, and the tile says why.
        if (config.hasSubStream() && m_choice.current() == CameraStream::Main && m_streams->shown() == CameraStream::Sub
            && m_feed->streamState(CameraStream::Main) != CameraState::Live) {
            const QString why = m_feed->streamError(CameraStream::Main);
            m_notice.set(tr("HD unavailable: %1")
                             .arg(why.isEmpty() ? cameraStateText(m_feed->streamState(CameraStream::Main)) : why),
                         font);
            const QRect noticeRect(pad, height() - 2 * pad - 2 * lineHeight,
                                   qMin(m_notice.width() + 2 * pad, width() - 2 * pad), lineHeight);
            painter.fillRect(noticeRect, QColor(0, 0, 0, 150));
            m_notice.draw(painter, noticeRect.adjusted(pad, 0, -pad, 0), Qt::AlignLeft);
            m_parts.notice = noticeRect;
            m_parts.noticeText = m_notice.text();
        }
    }

    // Centre: why there is no live picture, and how old the one shown is.
    if (state != CameraState::Live) {
        QStringList lines;
        if (state == CameraState::Stopped)
            lines << tr("Camera is off");
        if (!m_camera->errorText().isEmpty())
            lines << m_camera->errorText();
        if (hasPicture() && status.frameAgeMs >= 0)
            lines << tr("last picture %1").arg(CameraFigures::age(status.frameAgeMs));
        painter.setFont(font);
        painter.drawText(rect().adjusted(pad, lineHeight, -pad, -lineHeight), Qt::AlignCenter | Qt::TextWordWrap,
                         lines.join(u'\n'));
    }
}
