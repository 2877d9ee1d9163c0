#include "testpatternsource.h"

#include "sourceurl.h"

#include <QDateTime>
#include <QLinearGradient>
#include <QPainter>
#include <QTimerEvent>

#include <array>
#include <cmath>

namespace {

// Segments a..g of each digit, as bits: bit 0 = a (top), going clockwise, g (middle) last.
constexpr std::array<quint8, 10> DigitSegments = {0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f};

// Draws text made of digits and ':' as seven-segment glyphs: needs no font, so it works without a GUI.
void drawSevenSegment(QPainter &painter, QPoint origin, int height, const QString &text, const QColor &color)
{
    const int w = height / 2;
    const int t = qMax(2, height / 10);
    const int half = height / 2;
    int x = origin.x();
    for (const QChar c : text) {
        if (c == u':') {
            painter.fillRect(x + t, origin.y() + height / 4, t, t, color);
            painter.fillRect(x + t, origin.y() + 3 * height / 4 - t, t, t, color);
            x += 3 * t;
            continue;
        }
        const int digit = c.digitValue();
        if (digit < 0)
            continue;
        const quint8 seg = DigitSegments[size_t(digit)];
        const int y = origin.y();
        const std::array<QRect, 7> rects = {
            QRect(x + t, y, w - 2 * t, t), // a
            QRect(x + w - t, y + t, t, half - t), // b
            QRect(x + w - t, y + half, t, half - t), // c
            QRect(x + t, y + height - t, w - 2 * t, t), // d
            QRect(x, y + half, t, half - t), // e
            QRect(x, y + t, t, half - t), // f
            QRect(x + t, y + half - t / 2, w - 2 * t, t), // g
        };
        for (size_t i = 0; i < rects.size(); ++i) {
            if (seg & (1u << i))
                painter.fillRect(rects[i], color);
        }
        x += w + 2 * t;
    }
}

} // namespace

TestPatternSource::TestPatternSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
{
    m_size = SourceUrl::sizeParameter(url, DefaultSize);
    m_fps = SourceUrl::fpsParameter(url, DefaultFps);
}

void TestPatternSource::open()
{
    if (m_timer.isActive())
        return;
    m_sequence = 0;
    m_clock.start();
    Q_EMIT opened(StreamInfo {QStringLiteral("rawvideo"), m_size, m_fps});
    m_timer.start(0, Qt::PreciseTimer, this);
}

void TestPatternSource::close()
{
    m_timer.stop();
}

void TestPatternSource::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return FrameSource::timerEvent(event);

    Q_EMIT frameCaptured(Frame::fromImage(render(m_sequence), m_sequence));
    ++m_sequence;
    // Aim each frame at its own deadline so the rate is exact on average, whatever the timer's granularity.
    const qint64 nextDue = qint64(std::llround(double(m_sequence) * 1000.0 / m_fps));
    if (m_timer.isActive())
        m_timer.start(int(qMax<qint64>(0, nextDue - m_clock.elapsed())), Qt::PreciseTimer, this);
}

QImage TestPatternSource::render(quint64 sequence) const
{
    QImage image(m_size, QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();
    const double seconds = double(sequence) / m_fps;
    QPainter painter(&image);

    // A slowly turning background, so a frozen picture is easy to tell from a live one.
    const int hue = int(seconds * 20) % 360;
    QLinearGradient background(0, 0, w, h);
    background.setColorAt(0, QColor::fromHsv(hue, 140, 90));
    background.setColorAt(1, QColor::fromHsv((hue + 120) % 360, 140, 40));
    painter.fillRect(image.rect(), background);

    // Colour bars along the bottom.
    static constexpr std::array<QRgb, 7> Bars = {0xc0c0c0, 0xc0c000, 0x00c0c0, 0x00c000, 0xc000c0, 0xc00000, 0x0000c0};
    const int barTop = h * 3 / 4;
    for (size_t i = 0; i < Bars.size(); ++i) {
        const int x0 = int(i) * w / int(Bars.size());
        const int x1 = int(i + 1) * w / int(Bars.size());
        painter.fillRect(x0, barTop, x1 - x0, h - barTop, QColor(Bars[i]));
    }

    // A moving checkerboard strip gives the encoder real detail to work on.
    const int cell = qMax(4, h / 36);
    const int stripTop = barTop - 2 * cell;
    const int shift = int(sequence * 2) % (2 * cell);
    for (int row = 0; row < 2; ++row) {
        for (int x = -2 * cell + shift + (row % 2) * cell; x < w; x += 2 * cell)
            painter.fillRect(x, stripTop + row * cell, cell, cell, Qt::white);
    }

    // A box that sweeps left and right once every four seconds.
    const double phase = std::fmod(seconds / 4.0, 1.0);
    const double sweep = phase < 0.5 ? phase * 2 : 2 - phase * 2;
    const int box = h / 6;
    painter.fillRect(int(sweep * (w - box)), h / 2 - box / 2, box, box, QColor(255, 200, 0));

    // Wall clock and frame counter.
    const int digitHeight = h / 8;
    const QString clock = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    drawSevenSegment(painter, QPoint(w / 20, h / 16), digitHeight, clock, Qt::white);
    drawSevenSegment(painter, QPoint(w / 20, h / 16 + digitHeight * 3 / 2), digitHeight / 2,
                     QString::number(sequence).rightJustified(6, u'0'), QColor(0, 255, 128));
    return image;
}
