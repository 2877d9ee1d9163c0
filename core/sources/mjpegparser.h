#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Splits a `multipart/x-mixed-replace` byte stream, fed in chunks of any size, into its parts. No networking, so
// it can be fuzzed. Lenient with what real cameras send (quoted boundaries, with or without a leading `--`, LF-only
// lines, parts with or without Content-Length, a preamble), strict with what could exhaust memory: a violated
// limit puts the parser in a failed state with a short reason, and it then ignores everything.
class MjpegParser final
{
public:
    struct Limits
    {
        qsizetype maxPartBytes = 16 * 1024 * 1024;
        qsizetype maxHeaderLine = 8 * 1024;
        int maxHeaders = 64;
        qsizetype maxJunkBytes = 64 * 1024; // preamble, or bytes between parts that are no boundary
    };

    struct Part
    {
        QByteArray body; // the bytes exactly as they came
        QByteArray contentType; // the part's Content-Type header, empty when it had none
    };

    // `contentType` is the response's Content-Type; without a boundary parameter, the first line that starts
    // with `--` is taken as the boundary.
    explicit MjpegParser(QByteArrayView contentType);
    MjpegParser(QByteArrayView contentType, const Limits &limits);
    Q_DISABLE_COPY_MOVE(MjpegParser)

    // Consumes `bytes` and returns the parts they completed, in order.
    QList<Part> feed(QByteArrayView bytes);

    bool hasFailed() const;
    QString failureReason() const;
    // The closing boundary (`--boundary--`) was seen: nothing more will come.
    bool isFinished() const;
    // Bytes held for a part or line not yet complete.
    qsizetype bufferedBytes() const;

    // The `boundary` parameter of a Content-Type value, unquoted; empty when absent.
    static QByteArray boundaryParameter(QByteArrayView contentType);

private:
    enum class State { Seeking, Headers, SizedBody, ScannedBody, Finished, Failed };
    enum class LineResult { Complete, NeedMore, TooLong };
    enum class Delimiter { None, Open, Close };

    LineResult takeLine(QByteArrayView &bytes, QByteArray &line, qsizetype cap);
    Delimiter delimiterKind(QByteArrayView line);
    QByteArrayView consumeSeeking(QByteArrayView bytes);
    QByteArrayView consumeHeaders(QByteArrayView bytes);
    QByteArrayView consumeSizedBody(QByteArrayView bytes, QList<Part> &parts);
    QByteArrayView consumeScannedBody(QByteArrayView bytes, QList<Part> &parts);
    QByteArrayView checkScannedSize(QByteArrayView rest);
    void startBody(QByteArray prefix);
    void finishPart(QList<Part> &parts);
    void failTooLarge();
    void fail(const QString &reason);

    Limits m_limits;
    QByteArray m_core; // the boundary without leading dashes; empty until learned
    State m_state = State::Seeking;
    QString m_reason;
    QByteArray m_line; // a line not yet complete
    qsizetype m_junk = 0;
    int m_headerCount = 0;
    qsizetype m_contentLength = -1;
    QByteArray m_partType;
    QByteArray m_body;
    qsizetype m_scanFrom = 0; // where the search for a boundary line resumes in m_body
};
