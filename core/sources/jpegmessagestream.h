#pragma once

#include "jpegmessagedecoder.h"

#include <QSize>

// A stream of such messages, one picture each (a WebSocket camera, a pushing sender): every message read into its
// picture and size and checked against the picture limits. A bad message is skipped, but a run of
// MaxMalformedInARow of them means the peer sends no pictures at all.
class JpegMessageStream final
{
public:
    static constexpr int MaxMalformedInARow = 10;

    enum class Verdict {
        Picture, // `jpeg` of `size`
        Skipped, // no picture in this message (`why`)
        NoPictures, // the last MaxMalformedInARow messages held none (`why` says what the last one was)
        TooLarge, // a picture beyond the limits (`why`)
    };
    struct Message
    {
        Verdict verdict = Verdict::Skipped;
        QByteArray jpeg;
        QSize size;
        QString why;
    };

    Message fromText(const QString &message);
    Message fromBinary(const QByteArray &message);
    int malformedInARow() const { return m_malformedInARow; }
    void reset() { m_malformedInARow = 0; }

private:
    Message read(JpegMessageDecoder::Result decoded);

    int m_malformedInARow = 0;
};
