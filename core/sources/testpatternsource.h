#pragma once

#include "framesource.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QUrl>

// `test:pattern[?size=WxH&fps=N]`: a synthetic moving picture with a clock and a frame counter.
class TestPatternSource final : public FrameSource
{
    Q_OBJECT

public:
    static constexpr QSize DefaultSize {1280, 720};
    static constexpr double DefaultFps = 25.0;

    explicit TestPatternSource(const QUrl &url, QObject *parent = nullptr);

    void open() override;
    void close() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QImage render(quint64 sequence) const;

    QSize m_size = DefaultSize;
    double m_fps = DefaultFps;
    QBasicTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_sequence = 0;
    quint64 m_hue = 0;
};
