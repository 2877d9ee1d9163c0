#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Turns one WebSocket message from a camera into the JPEG it carries, or the reason it carries none. Accepts a
// binary message holding the JPEG itself, or a text message holding a `data:image/jpeg;base64,…` URL
// (`image/jpg` too, as seed 000's sender writes), bare base64, or seed 000's relay JSON `{"message": "data:…"}`.
// Pure and bounded: any input gives an answer, never more than MaxJpegBytes of output.
class JpegMessageDecoder final
{
public:
    static constexpr qsizetype MaxJpegBytes = 16 * 1024 * 1024;
    // The largest text message that may still hold a MaxJpegBytes picture: base64 plus a JSON envelope.
    static constexpr qsizetype MaxMessageBytes = (MaxJpegBytes + 2) / 3 * 4 + 4096;

    struct Result
    {
        QByteArray jpeg; // empty when the message holds no picture
        QString error; // why, in a few words (never echoes the message)
        bool isValid() const { return !jpeg.isEmpty(); }
    };

    static Result fromBinary(const QByteArray &message);
    // `message` as UTF-8 (what arrived on the wire).
    static Result fromText(QByteArrayView message);
    static Result fromText(const QString &message);
};
