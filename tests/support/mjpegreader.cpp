#include "mjpegreader.h"

MjpegReader::MjpegReader(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &MjpegReader::onReadyRead);
}

void MjpegReader::start()
{
    m_clock.start();
    m_socket.connectToHost(m_url.host(), quint16(m_url.port(80)));
    const QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1()
        + (m_url.hasQuery() ? '?' + m_url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
    m_socket.write("GET " + path + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1() + "\r\nUser-Agent: tst\r\n\r\n");
}

void MjpegReader::stop()
{
    m_socket.abort();
}

void MjpegReader::setKeep(int keep)
{
    m_keep = qMax(1, keep);
}

int MjpegReader::statusCode() const
{
    return m_status;
}

QByteArray MjpegReader::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qsizetype MjpegReader::partCount() const
{
    return m_count;
}

const QList<MjpegReader::Part> &MjpegReader::recentParts() const
{
    return m_parts;
}

QString MjpegReader::protocolError() const
{
    return m_error;
}

qsizetype MjpegReader::unparsedBytes() const
{
    return m_buffer.size();
}

qint64 MjpegReader::elapsedMs() const
{
    return m_clock.elapsed();
}

double MjpegReader::partsPerSecond(int skip) const
{
    if (m_arrivals.size() < skip + 2)
        return 0;
    const qint64 span = m_arrivals.constLast() - m_arrivals.at(skip);
    return span > 0 ? double(m_arrivals.size() - 1 - skip) * 1000.0 / double(span) : 0;
}

void MjpegReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    m_socket.abort();
}

void MjpegReader::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_headDone && !parseHead())
        return;
    while (m_error.isEmpty() && parsePart()) { }
}

bool MjpegReader::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    m_status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            m_headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    m_headDone = true;
    const QByteArray type = header("Content-Type");
    const qsizetype at = type.indexOf("boundary=");
    if (m_status != 200 || !type.startsWith("multipart/x-mixed-replace") || at < 0) {
        fail(QStringLiteral("not an MJPEG stream: status %1, type %2").arg(m_status).arg(QString::fromLatin1(type)));
        return false;
    }
    m_boundary = "--" + type.mid(at + 9).trimmed();
    return true;
}

bool MjpegReader::parsePart()
{
    // Expect: [--boundary\r\n] (only before the first part) headers \r\n\r\n JPEG \r\n--boundary\r\n
    if (!m_openingSeen) {
        if (m_buffer.size() < m_boundary.size() + 2)
            return false;
        if (!m_buffer.startsWith(m_boundary + "\r\n")) {
            fail(QStringLiteral("the stream does not open with its boundary"));
            return false;
        }
        m_buffer.remove(0, m_boundary.size() + 2);
        m_openingSeen = true;
    }
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > 4096)
            fail(QStringLiteral("part headers too long"));
        return false;
    }
    qsizetype length = -1;
    QByteArray type, timestamp;
    for (const QByteArray &line : m_buffer.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "content-type")
            type = value;
        else if (name == "x-timestamp")
            timestamp = value;
    }
    if (type != "image/jpeg" || length <= 0 || timestamp.isEmpty()) {
        fail(QStringLiteral("bad part headers: %1").arg(QString::fromLatin1(m_buffer.left(headEnd))));
        return false;
    }
    const QByteArray trailer = "\r\n" + m_boundary + "\r\n";
    if (m_buffer.size() < headEnd + 4 + length + trailer.size())
        return false;
    Part part;
    part.jpeg = m_buffer.mid(headEnd + 4, length);
    part.timestamp = timestamp;
    part.arrivedMs = m_clock.elapsed();
    if (m_buffer.mid(headEnd + 4 + length, trailer.size()) != trailer) {
        fail(QStringLiteral("the boundary does not follow the JPEG"));
        return false;
    }
    if (!part.jpeg.startsWith("\xff\xd8") || !part.jpeg.endsWith("\xff\xd9")) {
        fail(QStringLiteral("part is not a whole JPEG"));
        return false;
    }
    m_buffer.remove(0, headEnd + 4 + length + trailer.size());
    m_parts.append(part);
    while (m_parts.size() > m_keep)
        m_parts.removeFirst();
    m_arrivals.append(part.arrivedMs);
    ++m_count;
    Q_EMIT partReceived();
    return true;
}
