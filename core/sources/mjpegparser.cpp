#include "mjpegparser.h"

#include <QCoreApplication>

#include <cstring>

namespace {

// A boundary is searched in steps of this size when a part has no Content-Length: a part handed out then carries
// at most this much spare capacity, and bytes after the boundary are copied at most once more.
constexpr qsizetype ScanStep = 4096;
// Spaces tolerated after a boundary, before the end of its line.
constexpr int MaxTrailingSpaces = 16;
// Dashes looked at before a boundary found inside a part: `--` plus those of a boundary declared with its own.
constexpr qsizetype MaxLeadingDashes = 16;

// What may follow the boundary on its line: an optional `--` (closing boundary), spaces, then CRLF or LF.
enum class Tail { Match, NoMatch, NeedMore };

Tail matchBoundaryTail(QByteArrayView v)
{
    qsizetype k = 0;
    if (k < v.size() && v[k] == '-') {
        if (k + 1 >= v.size())
            return Tail::NeedMore;
        if (v[k + 1] != '-')
            return Tail::NoMatch;
        k += 2;
    }
    int spaces = 0;
    while (k < v.size() && (v[k] == ' ' || v[k] == '\t')) {
        if (++spaces > MaxTrailingSpaces)
            return Tail::NoMatch;
        ++k;
    }
    if (k >= v.size())
        return Tail::NeedMore;
    if (v[k] == '\n')
        return Tail::Match;
    if (v[k] == '\r') {
        if (k + 1 >= v.size())
            return Tail::NeedMore;
        return v[k + 1] == '\n' ? Tail::Match : Tail::NoMatch;
    }
    return Tail::NoMatch;
}

// Whether a line (maybe not all there yet) is a boundary line: dashes, the boundary, then its tail.
Tail matchBoundaryLine(QByteArrayView line, QByteArrayView core)
{
    qsizetype k = 0;
    while (k < line.size() && k < MaxLeadingDashes && line[k] == '-')
        ++k;
    if (k == line.size())
        return Tail::NeedMore;
    const QByteArrayView rest = line.sliced(k);
    const qsizetype n = qMin(rest.size(), core.size());
    if (rest.first(n) != core.first(n))
        return Tail::NoMatch;
    if (n < core.size())
        return Tail::NeedMore;
    return matchBoundaryTail(rest.sliced(n));
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

QByteArrayView withoutLeadingDashes(QByteArrayView v)
{
    while (!v.isEmpty() && v.front() == '-')
        v = v.sliced(1);
    return v;
}

bool isJpegStart(QByteArrayView v)
{
    return v.size() >= 2 && quint8(v[0]) == 0xff && quint8(v[1]) == 0xd8;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("MjpegParser", text);
}

QString sizeText(qsizetype bytes)
{
    constexpr qsizetype MiB = 1024 * 1024;
    return bytes % MiB == 0 ? tr("%1 MiB").arg(bytes / MiB) : tr("%1 bytes").arg(bytes);
}

} // namespace

MjpegParser::MjpegParser(QByteArrayView contentType)
    : MjpegParser(contentType, Limits {})
{ }

MjpegParser::MjpegParser(QByteArrayView contentType, const Limits &limits)
    : m_limits(limits)
{
    const QByteArray boundary = boundaryParameter(contentType);
    // Cameras declare the boundary with or without the `--` that precedes it on the wire: match on what is left.
    m_core = withoutLeadingDashes(boundary).toByteArray();
    if (!boundary.isEmpty() && m_core.isEmpty())
        fail(tr("the boundary is made of dashes only"));
}

QByteArray MjpegParser::boundaryParameter(QByteArrayView contentType)
{
    QByteArrayView rest = contentType;
    qsizetype semicolon = rest.indexOf(';');
    while (semicolon >= 0) {
        rest = rest.sliced(semicolon + 1);
        const qsizetype equals = rest.indexOf('=');
        if (equals < 0)
            return {};
        semicolon = rest.indexOf(';');
        if (semicolon >= 0 && semicolon < equals)
            continue; // a parameter without a value
        const QByteArrayView name = trimmed(rest.first(equals));
        QByteArrayView value = rest.sliced(equals + 1);
        while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
            value = value.sliced(1);
        QByteArray result;
        qsizetype end = 0;
        if (!value.isEmpty() && value.front() == '"') {
            // A quoted string may hold `;`; a backslash quotes the next character.
            end = 1;
            for (; end < value.size() && value[end] != '"'; ++end) {
                if (value[end] == '\\' && end + 1 < value.size())
                    ++end;
                result.append(value[end]);
            }
            end = qMin(end + 1, value.size());
        } else {
            end = value.indexOf(';');
            if (end < 0)
                end = value.size();
            result = trimmed(value.first(end)).toByteArray();
        }
        if (name.compare("boundary", Qt::CaseInsensitive) == 0)
            return result;
        rest = value.sliced(end);
        semicolon = rest.indexOf(';');
    }
    return {};
}

QList<MjpegParser::Part> MjpegParser::feed(QByteArrayView bytes)
{
    QList<Part> parts;
    while (!bytes.isEmpty()) {
        switch (m_state) {
        case State::Seeking:
            bytes = consumeSeeking(bytes);
            break;
        case State::Headers:
            bytes = consumeHeaders(bytes);
            break;
        case State::SizedBody:
            bytes = consumeSizedBody(bytes, parts);
            break;
        case State::ScannedBody:
            bytes = consumeScannedBody(bytes, parts);
            break;
        case State::Finished:
        case State::Failed:
            return parts; // the epilogue, or anything after a failure, is ignored
        }
    }
    return parts;
}

bool MjpegParser::hasFailed() const
{
    return m_state == State::Failed;
}

QString MjpegParser::failureReason() const
{
    return m_reason;
}

bool MjpegParser::isFinished() const
{
    return m_state == State::Finished;
}

qsizetype MjpegParser::bufferedBytes() const
{
    return m_line.size() + m_body.size();
}

MjpegParser::LineResult MjpegParser::takeLine(QByteArrayView &bytes, QByteArray &line, qsizetype cap)
{
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype taken = newline < 0 ? bytes.size() : newline;
    if (m_line.size() + taken > cap)
        return LineResult::TooLong;
    if (newline < 0) {
        m_line.append(bytes);
        bytes = {};
        return LineResult::NeedMore;
    }
    line = std::exchange(m_line, {});
    line.append(bytes.first(newline));
    if (line.endsWith('\r'))
        line.chop(1);
    bytes = bytes.sliced(newline + 1);
    return LineResult::Complete;
}

MjpegParser::Delimiter MjpegParser::delimiterKind(QByteArrayView line)
{
    line = trimmed(line);
    if (m_core.isEmpty()) {
        // No boundary declared: the first line that looks like one defines it.
        if (!line.startsWith("--"))
            return Delimiter::None;
        const QByteArrayView core = withoutLeadingDashes(line);
        if (core.isEmpty())
            return Delimiter::None;
        m_core = core.toByteArray();
        return Delimiter::Open;
    }
    line = withoutLeadingDashes(line);
    if (!line.startsWith(m_core))
        return Delimiter::None;
    const QByteArrayView rest = line.sliced(m_core.size());
    if (rest.isEmpty())
        return Delimiter::Open;
    return rest == "--" ? Delimiter::Close : Delimiter::None;
}

QByteArrayView MjpegParser::consumeSeeking(QByteArrayView bytes)
{
    QByteArray line;
    switch (takeLine(bytes, line, m_limits.maxJunkBytes - m_junk)) {
    case LineResult::TooLong:
        fail(tr("no boundary found"));
        return {};
    case LineResult::NeedMore:
        return bytes;
    case LineResult::Complete:
        break;
    }
    switch (delimiterKind(line)) {
    case Delimiter::Open:
        m_state = State::Headers;
        m_junk = 0;
        m_headerCount = 0;
        m_contentLength = -1;
        m_partType.clear();
        break;
    case Delimiter::Close:
        m_state = State::Finished;
        break;
    case Delimiter::None:
        m_junk += line.size() + 1;
        if (m_junk > m_limits.maxJunkBytes)
            fail(tr("no boundary found"));
        break;
    }
    return bytes;
}

QByteArrayView MjpegParser::consumeHeaders(QByteArrayView bytes)
{
    // Some cameras start the JPEG right after the boundary or the headers, without the empty line.
    if (m_line.size() < 2) {
        QByteArray head = m_line;
        head.append(bytes.first(qMin(bytes.size(), 2 - m_line.size())));
        if (isJpegStart(head)) {
            startBody(std::exchange(m_line, {}));
            return bytes;
        }
        if (head.size() < 2 && quint8(head[0]) == 0xff) {
            m_line = head; // too early to tell: every byte given is in `head`
            return {};
        }
    }
    QByteArray line;
    switch (takeLine(bytes, line, m_limits.maxHeaderLine)) {
    case LineResult::TooLong:
        fail(tr("part header line too long"));
        return {};
    case LineResult::NeedMore:
        return bytes;
    case LineResult::Complete:
        break;
    }
    const QByteArrayView text = trimmed(line);
    if (text.isEmpty()) {
        startBody({});
        return bytes;
    }
    if (++m_headerCount > m_limits.maxHeaders) {
        fail(tr("too many part headers"));
        return {};
    }
    switch (delimiterKind(text)) {
    case Delimiter::Open: // a part with no body: the next one starts
        m_headerCount = 0;
        m_contentLength = -1;
        m_partType.clear();
        return bytes;
    case Delimiter::Close:
        m_state = State::Finished;
        return bytes;
    case Delimiter::None:
        break;
    }
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0)
        return bytes; // not a header: ignored, as a browser would
    const QByteArrayView name = trimmed(text.first(colon));
    const QByteArrayView value = trimmed(text.sliced(colon + 1));
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const qlonglong length = value.toByteArray().toLongLong(&ok);
        if (!ok || length < 0) {
            fail(tr("invalid Content-Length"));
            return {};
        }
        if (length > m_limits.maxPartBytes) {
            failTooLarge();
            return {};
        }
        m_contentLength = qsizetype(length);
    } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
        m_partType = value.toByteArray();
    }
    return bytes;
}

void MjpegParser::startBody(QByteArray prefix)
{
    m_body = std::move(prefix);
    m_scanFrom = 0;
    if (m_contentLength >= m_body.size()) {
        m_body.reserve(m_contentLength);
        m_state = State::SizedBody;
    } else {
        m_state = State::ScannedBody;
    }
}

QByteArrayView MjpegParser::consumeSizedBody(QByteArrayView bytes, QList<Part> &parts)
{
    const qsizetype wanted = qMin(m_contentLength - m_body.size(), bytes.size());
    m_body.append(bytes.first(wanted));
    if (m_body.size() == m_contentLength)
        finishPart(parts);
    return bytes.sliced(wanted);
}

QByteArrayView MjpegParser::consumeScannedBody(QByteArrayView bytes, QList<Part> &parts)
{
    const qsizetype step = qMin(bytes.size(), ScanStep);
    const qsizetype before = m_body.size();
    m_body.append(bytes.first(step));
    const QByteArrayView body(m_body);

    // A boundary starts a line: look only where one starts (memchr is fast, a JPEG has few line feeds).
    qsizetype lineStart = m_scanFrom;
    while (true) {
        if (lineStart == 0 || body[lineStart - 1] == '\n') {
            const Tail tail = matchBoundaryLine(body.sliced(lineStart), m_core);
            if (tail == Tail::Match)
                break;
            if (tail == Tail::NeedMore) {
                m_scanFrom = lineStart; // decided once more bytes came
                return checkScannedSize(bytes.sliced(step));
            }
        }
        const void *lineFeed = lineStart < body.size()
            ? std::memchr(body.data() + lineStart, '\n', size_t(body.size() - lineStart))
            : nullptr;
        if (!lineFeed) {
            m_scanFrom = body.size();
            return checkScannedSize(bytes.sliced(step));
        }
        lineStart = static_cast<const char *>(lineFeed) - body.data() + 1;
    }
    qsizetype bodyEnd = lineStart > 0 ? lineStart - 1 : 0;
    if (bodyEnd > 0 && body[bodyEnd - 1] == '\r')
        --bodyEnd;
    if (bodyEnd > m_limits.maxPartBytes) {
        failTooLarge();
        return {};
    }
    // The boundary line is read again as a line; what of it came earlier is handed back first.
    QByteArrayView rest = bytes;
    if (lineStart >= before)
        rest = bytes.sliced(lineStart - before);
    else
        m_line = m_body.mid(lineStart, before - lineStart);
    m_body.truncate(bodyEnd);
    finishPart(parts);
    return rest;
}

QByteArrayView MjpegParser::checkScannedSize(QByteArrayView rest)
{
    // Room for the line break and the boundary line that may end the part.
    if (m_body.size() > m_limits.maxPartBytes + MaxLeadingDashes + m_core.size() + MaxTrailingSpaces + 4) {
        failTooLarge();
        return {};
    }
    return rest;
}

void MjpegParser::finishPart(QList<Part> &parts)
{
    parts.append(Part {std::exchange(m_body, {}), std::exchange(m_partType, {})});
    m_state = State::Seeking;
    m_junk = 0;
    m_contentLength = -1;
    m_headerCount = 0;
}

void MjpegParser::failTooLarge()
{
    fail(tr("part larger than %1").arg(sizeText(m_limits.maxPartBytes)));
}

void MjpegParser::fail(const QString &reason)
{
    m_state = State::Failed;
    m_reason = reason;
    m_line.clear();
    m_line.squeeze();
    m_body.clear();
    m_body.squeeze();
}
