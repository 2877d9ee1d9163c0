#include "jpegmessagestream.h"

#include "media/jpegcodec.h"

#include <QCoreApplication>

JpegMessageStream::Message JpegMessageStream::fromText(const QString &message)
{
    return read(JpegMessageDecoder::fromText(message));
}

JpegMessageStream::Message JpegMessageStream::fromBinary(const QByteArray &message)
{
    return read(JpegMessageDecoder::fromBinary(message));
}

JpegMessageStream::Message JpegMessageStream::read(JpegMessageDecoder::Result decoded)
{
    Message message;
    message.why = decoded.error;
    if (message.why.isEmpty()) {
        message.size = JpegCodec::forThisThread().imageSize(decoded.jpeg);
        if (!message.size.isValid()) {
            message.why = QCoreApplication::translate("JpegMessageStream", "unreadable JPEG header");
        } else if (QString problem = JpegCodec::sizeProblem(message.size); !problem.isEmpty()) {
            message.verdict = Verdict::TooLarge;
            message.why = std::move(problem);
            return message;
        }
    }
    if (!message.why.isEmpty()) {
        message.verdict = ++m_malformedInARow >= MaxMalformedInARow ? Verdict::NoPictures : Verdict::Skipped;
        return message;
    }
    m_malformedInARow = 0;
    message.verdict = Verdict::Picture;
    message.jpeg = std::move(decoded.jpeg);
    return message;
}
