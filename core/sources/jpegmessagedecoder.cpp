#include "jpegmessagedecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Result = JpegMessageDecoder::Result;

Result failure(const char *why)
{
    return Result {{}, QCoreApplication::translate("JpegMessageDecoder", why)};
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && qstrnicmp(text.data(), prefix.size(), prefix.data(), prefix.size()) == 0;
}

// A JPEG starts with SOI (FF D8) followed by the first marker's FF.
Result checkedJpeg(QByteArray bytes)
{
    if (bytes.isEmpty())
        return failure("empty picture");
    if (bytes.size() > JpegMessageDecoder::MaxJpegBytes)
        return failure("picture larger than 16 MiB");
    if (bytes.size() < 4 || uchar(bytes[0]) != 0xff || uchar(bytes[1]) != 0xd8 || uchar(bytes[2]) != 0xff)
        return failure("not a JPEG picture");
    return Result {std::move(bytes), {}};
}

// Standard base64 with padding and nothing else: no whitespace, no URL alphabet, no stray '='.
Result decodeBase64(QByteArrayView text)
{
    if (text.isEmpty())
        return failure("empty picture");
    if (text.size() % 4 != 0)
        return failure("malformed base64");
    const qsizetype padding = text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    if (text.size() / 4 * 3 - padding > JpegMessageDecoder::MaxJpegBytes)
        return failure("picture larger than 16 MiB");
    for (qsizetype i = 0; i < text.size() - padding; ++i) {
        if (!isBase64Char(text[i]))
            return failure("malformed base64");
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failure("malformed base64");
    return checkedJpeg(std::move(*decoded));
}

// `data:image/jpeg;base64,…`; the media type may carry parameters, `;base64` must come last (RFC 2397).
Result decodeDataUrl(QByteArrayView url)
{
    const qsizetype comma = url.indexOf(',');
    if (comma < 0)
        return failure("malformed data URL");
    const QByteArrayView header = url.sliced(5, comma - 5);
    const qsizetype lastSemicolon = header.lastIndexOf(';');
    if (lastSemicolon < 0 || header.sliced(lastSemicolon + 1).compare("base64", Qt::CaseInsensitive) != 0)
        return failure("data URL is not base64");
    const qsizetype firstSemicolon = header.indexOf(';');
    const QByteArrayView mediaType = header.first(firstSemicolon).trimmed();
    if (mediaType.compare("image/jpeg", Qt::CaseInsensitive) != 0
        && mediaType.compare("image/jpg", Qt::CaseInsensitive) != 0)
        return failure("data URL does not hold a JPEG");
    return decodeBase64(url.sliced(comma + 1));
}

Result decodePayload(QByteArrayView text)
{
    text = text.trimmed();
    if (startsWithNoCase(text, "data:"))
        return decodeDataUrl(text);
    return decodeBase64(text);
}

} // namespace

JpegMessageDecoder::Result JpegMessageDecoder::fromBinary(const QByteArray &message)
{
    if (message.isEmpty())
        return failure("empty message");
    return checkedJpeg(message);
}

JpegMessageDecoder::Result JpegMessageDecoder::fromText(QByteArrayView message)
{
    if (message.size() > MaxMessageBytes)
        return failure("message larger than 16 MiB of picture");
    message = message.trimmed();
    if (message.isEmpty())
        return failure("empty message");
    if (message.front() != '{')
        return decodePayload(message);

    // Seed 000's relay wraps what its sender wrote: {"message": "data:image/jpg;base64,…"}.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure("malformed JSON");
    const QJsonValue inner = document.object().value(QStringLiteral("message"));
    if (!inner.isString())
        return failure("JSON without a \"message\" text");
    return decodePayload(inner.toString().toUtf8());
}

JpegMessageDecoder::Result JpegMessageDecoder::fromText(const QString &message)
{
    if (message.size() > MaxMessageBytes)
        return failure("message larger than 16 MiB of picture");
    return fromText(QByteArrayView(message.toUtf8()));
}
