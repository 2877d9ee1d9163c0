#include "streamchannel.h"

#include "camerastats.h"
#include "displayrequest.h"
#include "media/framehub.h"
#include "sources/sourcefactory.h"
#include "util/memorypolicy.h"

#include <QRandomGenerator>
#include <QTimerEvent>

using namespace std::chrono;

namespace {
constexpr auto HealthInterval = 100ms;
constexpr auto MinStallTimeout = 3s;
constexpr auto ConnectTimeout = 15s; // a source that neither delivers nor fails by then is treated as timed out
} // namespace

StreamChannel::StreamChannel(const QUrl &url, const SourceFactory &sources, Outputs outputs, const TimeSource &time,
                             const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_time(time)
    , m_outputs(outputs)
    , m_thread(startWorkerThread(threadName))
{
    // A manual clock (tests) says when it moves: look at once, rather than on the next tick.
    connect(&time, &TimeSource::advanced, this, &StreamChannel::checkHealth);
    std::unique_ptr<FrameSource> source = sources.create(url, &m_sourceError);
    if (!source)
        return;
    m_source = source.release();
    m_source->moveToThread(m_thread.get());
    // Frames go straight from the worker into the hub: no queue, no hop through this thread. The outputs outlive
    // the worker (the destructor waits for it).
    connect(
        m_source, &FrameSource::frameCaptured, m_source,
        [outputs](const Frame &frame) {
            Frame::Clock::duration displayTime {};
            for (const QSize display : outputs.display->imageBoundsFor(frame)) {
                const auto start = Frame::Clock::now();
                frame.displayImage(display); // made here, on the worker, so each tile only blits
                displayTime += Frame::Clock::now() - start;
            }
            outputs.stats->countFrame(frame, displayTime);
            outputs.frames->publish(frame);
        },
        Qt::DirectConnection);
    connect(
        m_source, &FrameSource::pictureDropped, m_source, [stats = outputs.stats] { stats->countDrop(); },
        Qt::DirectConnection);
    connect(m_source, &FrameSource::opened, this, &StreamChannel::onOpened);
    connect(m_source, &FrameSource::failed, this, &StreamChannel::onFailed);
}

StreamChannel::~StreamChannel()
{
    beginShutdown();
    m_thread->wait();
}

void StreamChannel::beginShutdown()
{
    m_healthTimer.stop();
    m_retryAt.reset();
    // Once only: a second call (the destructor after CameraRegistry::removeAll()) that quit the thread at once
    // would end its event loop before it ran the queued close below, leaking the source and never closing it.
    if (std::exchange(m_shutdownBegun, true))
        return;
    QThread *thread = m_thread.get();
    if (!m_source) {
        thread->quit();
        return;
    }
    FrameSource *source = std::exchange(m_source, nullptr);
    source->interrupt();
    // The source is closed and deleted on its own thread, which then ends: no blocking here.
    QMetaObject::invokeMethod(
        source,
        [source, thread] {
            source->close();
            delete source;
            thread->quit();
        },
        Qt::QueuedConnection);
}

void StreamChannel::open()
{
    m_attempt = 0;
    connectSource();
}

void StreamChannel::close()
{
    closeSource();
    setState(CameraState::Stopped);
}

void StreamChannel::retryNow()
{
    if (m_state == CameraState::Reconnecting && m_retryAt)
        retry();
}

bool StreamChannel::needsUser() const
{
    return m_needsUser && m_state != CameraState::Live && m_state != CameraState::Stopped;
}

milliseconds StreamChannel::backoffDelay(int attempt, SourceError error)
{
    static constexpr seconds Steps[] = {1s, 2s, 4s, 8s, 16s, 30s};
    static constexpr minutes LoginSteps[] = {2min, 5min, 15min, 30min};
    if (error == SourceError::AuthenticationFailed)
        return LoginSteps[qBound(0, attempt, int(std::size(LoginSteps)) - 1)];
    return Steps[qBound(0, attempt, int(std::size(Steps)) - 1)];
}

void StreamChannel::connectSource()
{
    if (!m_source) {
        m_needsUser = true;
        setState(CameraState::Error, m_sourceError);
        return;
    }
    setState(m_attempt == 0 ? CameraState::Connecting : CameraState::Reconnecting, m_error);
    m_retryAt.reset();
    m_connectStarted = m_time.now();
    m_nominalFps = 0;
    QMetaObject::invokeMethod(m_source, &FrameSource::open, Qt::QueuedConnection);
    watch();
}

void StreamChannel::watch()
{
    if (!m_time.isManual() && !m_healthTimer.isActive())
        m_healthTimer.start(duration_cast<milliseconds>(HealthInterval).count(), this);
}

void StreamChannel::closeSource()
{
    m_healthTimer.stop();
    m_retryAt.reset();
    if (!m_source)
        return;
    m_source->interrupt();
    QMetaObject::invokeMethod(m_source, &FrameSource::close, Qt::QueuedConnection);
}

void StreamChannel::onOpened(const StreamInfo &info)
{
    m_nominalFps = info.nominalFps;
    Q_EMIT opened(info);
}

void StreamChannel::onFailed(SourceError error, const QString &detail)
{
    if (m_state == CameraState::Stopped)
        return; // a late report from a source that was closed
    closeSource();
    QString text
        = detail.isEmpty() ? describeSourceError(error) : describeSourceError(error) + QStringLiteral(": ") + detail;
    m_needsUser = error == SourceError::AuthenticationFailed || error == SourceError::BadUrl
        || error == SourceError::UnsupportedFormat;
    if (error == SourceError::BadUrl || error == SourceError::UnsupportedFormat) {
        setState(CameraState::Error, text); // retrying cannot help until the user changes something
        return;
    }
    const auto base = backoffDelay(m_attempt++, error);
    if (error == SourceError::AuthenticationFailed) {
        text += u' ';
        text += tr("(next try in %n min, so that the camera does not lock the account)", nullptr,
                   int(duration_cast<minutes>(base).count()));
    }
    m_outputs.stats->countReconnect();
    setState(CameraState::Reconnecting, text);
    // Jitter spreads the retries of many cameras that lost the same server at once.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_retryAt = m_time.now() + milliseconds(qint64(double(base.count()) * jitter));
    watch();
}

milliseconds StreamChannel::stallTimeout() const
{
    double fps = m_nominalFps;
    if (fps <= 0) {
        CameraStatus measured;
        m_outputs.stats->fill(measured);
        fps = measured.fps;
    }
    const auto tenFrames = fps > 0 ? milliseconds(qint64(10000.0 / fps)) : milliseconds(0);
    return std::max<milliseconds>(MinStallTimeout, tenFrames);
}

void StreamChannel::checkHealth()
{
    const auto now = m_time.now();
    if (m_retryAt) {
        if (now >= *m_retryAt)
            retry();
        return;
    }
    const auto lastFrame = m_outputs.frames->lastFrameTime();
    const bool frameSinceConnect = lastFrame >= m_connectStarted;
    switch (m_state) {
    case CameraState::Connecting:
    case CameraState::Reconnecting:
        if (frameSinceConnect) {
            m_attempt = 0;
            setState(CameraState::Live);
        } else if (now - m_connectStarted > ConnectTimeout) {
            onFailed(SourceError::TimedOut, {});
        }
        break;
    case CameraState::Live:
        if (now - lastFrame > stallTimeout())
            onFailed(SourceError::Stalled, {});
        break;
    case CameraState::Stopped:
    case CameraState::Error:
        m_healthTimer.stop();
        break;
    }
}

void StreamChannel::retry()
{
    m_retryAt.reset();
    // A failed source left its buffers (decoder pools, parser and socket buffers: megabytes for a 1080p stream)
    // freed in the middle of the heap: over 10 minutes of cameras coming and going the process grew 3.5 MiB
    // (tests/bench/README.md, scenario 6). Given back on the stream's worker, just before it opens the source
    // again (rare: after a failure, with backoff), so a trim never pauses the window.
    if (m_source)
        QMetaObject::invokeMethod(m_source, &MemoryPolicy::returnFreedMemory, Qt::QueuedConnection);
    connectSource();
}

void StreamChannel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_healthTimer.timerId())
        checkHealth();
    else
        QObject::timerEvent(event);
}

void StreamChannel::setState(CameraState state, const QString &error)
{
    if (state == CameraState::Live)
        m_needsUser = false;
    const QString shownError = state == CameraState::Live || state == CameraState::Stopped ? QString() : error;
    if (m_state == state && m_error == shownError)
        return;
    m_state = state;
    m_error = shownError;
    Q_EMIT stateChanged(state, shownError);
}
