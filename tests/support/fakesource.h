#pragma once

#include "sources/sourcefactory.h"

#include <QImage>

#include <atomic>

// A camera input the test drives, for what no real peer can do on demand at a chosen moment (go silent, fail
// with a given error, answer after exactly N seconds). The camera owns the source and runs it on its worker; the
// test keeps the FakeSources that made it and acts through it. Real-peer tests cover the real sources.
class FakeSource final : public FrameSource
{
    Q_OBJECT

public:
    FakeSource(std::atomic<int> &opens, std::atomic<int> &closes)
        : m_opens(opens)
        , m_closes(closes)
    { }

    void open() override { ++m_opens; }
    void close() override { ++m_closes; }

private:
    std::atomic<int> &m_opens;
    std::atomic<int> &m_closes;
};

class FakeSources final : public SourceFactory
{
public:
    std::unique_ptr<FrameSource> create(const QUrl &, QString *) const override
    {
        auto source = std::make_unique<FakeSource>(m_opens, m_closes);
        m_source = source.get();
        return source;
    }

    // How many times the camera opened and closed its source.
    int opens() const { return m_opens; }
    int closes() const { return m_closes; }

    // A picture captured at `captured` (the test's clock), as the source delivers it on its worker.
    void deliver(Frame::Clock::time_point captured)
    {
        QImage picture(64, 36, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        Q_EMIT m_source->frameCaptured(Frame::fromImage(picture, ++m_sequence, captured));
    }
    void fail(SourceError error, const QString &detail = {}) { Q_EMIT m_source->failed(error, detail); }
    void describe(const StreamInfo &info) { Q_EMIT m_source->opened(info); }

private:
    mutable std::atomic<int> m_opens {0};
    mutable std::atomic<int> m_closes {0};
    mutable FakeSource *m_source = nullptr;
    quint64 m_sequence = 0;
};
