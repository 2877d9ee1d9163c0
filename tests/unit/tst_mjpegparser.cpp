// MjpegParser against a table of valid, awkward and hostile streams, each fed whole, byte by byte and in random
// chunks: the parts out (exact bytes) and the failure must not depend on how the bytes were cut.

#include "sources/mjpegparser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// A fake JPEG: SOI, bytes from a fixed seed (with CR, LF and dashes among them), EOI.
QByteArray jpeg(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(qMax(size, 4), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint32 r = random.bounded(20u);
        bytes[i] = r == 0 ? '\r' : r == 1 ? '\n' : r == 2 ? '-' : char(random.bounded(256u));
    }
    bytes[0] = char(0xff);
    bytes[1] = char(0xd8);
    bytes[bytes.size() - 2] = char(0xff);
    bytes[bytes.size() - 1] = char(0xd9);
    return bytes;
}

// One part as most cameras send it: boundary, headers, empty line, body, CRLF.
QByteArray part(const QByteArray &boundaryLine, const QByteArray &body, bool withLength = true,
                const QByteArray &eol = "\r\n")
{
    QByteArray out = boundaryLine + eol + "Content-Type: image/jpeg" + eol;
    if (withLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + eol;
    return out + eol + body + eol;
}

MjpegParser::Limits smallLimits()
{
    MjpegParser::Limits limits;
    limits.maxPartBytes = 4096;
    limits.maxHeaderLine = 256;
    limits.maxHeaders = 8;
    limits.maxJunkBytes = 1024;
    return limits;
}

struct Outcome
{
    QList<QByteArray> parts;
    QString failure;
    bool finished = false;
    qsizetype maxBuffered = 0;
};

Outcome run(const QByteArray &contentType, const QByteArray &stream, const QList<qsizetype> &cuts,
            const MjpegParser::Limits &limits)
{
    MjpegParser parser(contentType, limits);
    Outcome outcome;
    qsizetype at = 0;
    for (const qsizetype cut : cuts) {
        const auto parts = parser.feed(QByteArrayView(stream).sliced(at, cut - at));
        for (const MjpegParser::Part &p : parts)
            outcome.parts.append(p.body);
        outcome.maxBuffered = qMax(outcome.maxBuffered, parser.bufferedBytes());
        at = cut;
    }
    outcome.failure = parser.failureReason();
    outcome.finished = parser.isFinished();
    return outcome;
}

QList<qsizetype> wholeCuts(qsizetype size)
{
    return {size};
}

QList<qsizetype> byteCuts(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i <= size; ++i)
        cuts.append(i);
    return cuts;
}

QList<qsizetype> randomCuts(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<qsizetype> cuts;
    qsizetype at = 0;
    while (at < size) {
        at = qMin(size, at + 1 + qsizetype(random.bounded(seed % 2 ? 7u : 3000u)));
        cuts.append(at);
    }
    return cuts;
}

} // namespace

class tst_MjpegParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesTheSamePartsHoweverTheBytesAreCut_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("parts");
        QTest::addColumn<QString>("failure"); // a word of the reason; empty when the stream is fine
        QTest::addColumn<bool>("finished");

        const QByteArray type = "multipart/x-mixed-replace; boundary=myb";
        const QByteArray a = jpeg(700, 1), b = jpeg(1500, 2), c = jpeg(90, 3), big = jpeg(4000, 4);
        const QList<QByteArray> abc {a, b, c};
        auto three = [&](const QByteArray &line, bool withLength, const QByteArray &eol = "\r\n") {
            // Without a length, a part ends only when the next boundary comes.
            return part(line, a, withLength, eol) + part(line, b, withLength, eol) + part(line, c, withLength, eol)
                + (withLength ? QByteArray() : line + eol);
        };

        // Valid streams.
        QTest::newRow("crlf, Content-Length") << type << three("--myb", true) << abc << QString() << false;
        QTest::newRow("crlf, no Content-Length") << type << three("--myb", false) << abc << QString() << false;
        QTest::newRow("lf only, Content-Length") << type << three("--myb", true, "\n") << abc << QString() << false;
        QTest::newRow("lf only, no Content-Length") << type << three("--myb", false, "\n") << abc << QString() << false;
        QTest::newRow("quoted boundary") << QByteArray("multipart/x-mixed-replace; boundary=\"myb\"")
                                         << three("--myb", true) << abc << QString() << false;
        QTest::newRow("declared with dashes, sent as declared")
            << QByteArray("multipart/x-mixed-replace;boundary=--myb") << three("--myb", false) << abc << QString()
            << false;
        QTest::newRow("declared with dashes, sent with two more")
            << QByteArray("multipart/x-mixed-replace; boundary=--myb") << three("----myb", true) << abc << QString()
            << false;
        QTest::newRow("quoted boundary holding ; and spaces")
            << QByteArray("multipart/x-mixed-replace; boundary=\"my b;x\"") << three("--my b;x", false) << abc
            << QString() << false;
        QTest::newRow("boundary after other parameters")
            << QByteArray("Multipart/X-Mixed-Replace; charset=utf-8; flag; Boundary=myb") << three("--myb", true) << abc
            << QString() << false;
        QTest::newRow("header names in any case, no space after colon")
            << type
            << QByteArray("--myb\r\ncontent-type:image/jpeg\r\nCONTENT-LENGTH:" + QByteArray::number(a.size())
                          + "\r\n\r\n" + a + "\r\n")
            << QList<QByteArray> {a} << QString() << false;
        QTest::newRow("extra part headers")
            << type
            << QByteArray("--myb\r\nContent-Type: image/jpeg\r\nX-Timestamp: 12.5\r\nContent-Disposition: inline\r\n"
                          "X-Empty:\r\nContent-Length: "
                          + QByteArray::number(a.size()) + "\r\n\r\n" + a + "\r\n" + part("--myb", b))
            << QList<QByteArray> {a, b} << QString() << false;
        QTest::newRow("preamble before the first boundary")
            << type << QByteArray("This is a multipart stream.\r\nIgnore me.\r\n\r\n" + three("--myb", true)) << abc
            << QString() << false;
        QTest::newRow("JPEG right after the headers, no empty line")
            << type << QByteArray("--myb\r\nContent-Type: image/jpeg\r\n" + a + "\r\n--myb\r\n" + b + "\r\n--myb\r\n")
            << QList<QByteArray> {a, b} << QString() << false;
        QTest::newRow("no boundary declared: learned from the stream")
            << QByteArray("application/octet-stream") << three("--ffmpeg", true) << abc << QString() << false;
        QTest::newRow("closing boundary ends the stream")
            << type << QByteArray(part("--myb", a) + "--myb--\r\n" + part("--myb", b)) << QList<QByteArray> {a}
            << QString() << true;
        QTest::newRow("boundary text inside a part, not at a line start")
            << type << QByteArray(part("--myb", QByteArray(a + "x--myb\r\n" + b), false) + "--myb\r\n")
            << QList<QByteArray> {a + "x--myb\r\n" + b} << QString() << false;
        QTest::newRow("a line that starts like the boundary but goes on")
            << type << QByteArray(part("--myb", QByteArray(a + "\r\n--mybX\r\n--myb-\r\n" + c), false) + "--myb\r\n")
            << QList<QByteArray> {a + "\r\n--mybX\r\n--myb-\r\n" + c} << QString() << false;
        QTest::newRow("dash lines inside a part")
            << type << QByteArray(part("--myb", QByteArray(a + "\r\n----\r\n--\n" + c), false) + "--myb\r\n")
            << QList<QByteArray> {a + "\r\n----\r\n--\n" + c} << QString() << false;
        QTest::newRow("empty part") << type << QByteArray("--myb\r\n\r\n--myb\r\n" + part("--myb", a))
                                    << QList<QByteArray> {QByteArray(), a} << QString() << false;
        QTest::newRow("Content-Length part with no line break before the boundary")
            << type
            << QByteArray("--myb\r\nContent-Length: " + QByteArray::number(a.size()) + "\r\n\r\n" + a + "--myb\r\n"
                          + part("--myb", b))
            << QList<QByteArray> {a, b} << QString() << false;
        QTest::newRow("blank lines between parts")
            << type << QByteArray(part("--myb", a) + "\r\n\r\n\n" + part("--myb", b)) << QList<QByteArray> {a, b}
            << QString() << false;
        QTest::newRow("spaces after the boundary")
            << type << QByteArray("--myb  \r\n\r\n" + a + "\r\n--myb \t\r\n\r\n" + b + "\r\n--myb\r\n")
            << QList<QByteArray> {a, b} << QString() << false;
        QTest::newRow("stream cut in the middle of a part")
            << type << QByteArray(part("--myb", a) + part("--myb", b).left(300)) << QList<QByteArray> {a} << QString()
            << false;
        QTest::newRow("header line without a colon is ignored")
            << type
            << QByteArray("--myb\r\nnonsense here\r\nContent-Length: " + QByteArray::number(a.size()) + "\r\n\r\n" + a
                          + "\r\n")
            << QList<QByteArray> {a} << QString() << false;
        QTest::newRow("parts with and without Content-Length mixed")
            << type << QByteArray(part("--myb", a, true) + part("--myb", b, false) + part("--myb", c, true)) << abc
            << QString() << false;
        const QByteArray longBoundary(70, 'Z');
        QTest::newRow("70-character boundary") << QByteArray("multipart/x-mixed-replace; boundary=" + longBoundary)
                                               << three("--" + longBoundary, false) << abc << QString() << false;
        QTest::newRow("boundary with pattern characters") << QByteArray("multipart/x-mixed-replace; boundary=a.*+?[b]")
                                                          << three("--a.*+?[b]", false) << abc << QString() << false;
        QTest::newRow("part as large as the limit") << type << part("--myb", big, false) + "--myb\r\n"
                                                    << QList<QByteArray> {big} << QString() << false;

        // Hostile streams: a clear failure, the parts before it, and nothing held beyond the limits.
        QTest::newRow("Content-Length above the limit")
            << type << QByteArray(part("--myb", a) + "--myb\r\nContent-Length: 5000\r\n\r\n" + big)
            << QList<QByteArray> {a} << QStringLiteral("larger") << false;
        QTest::newRow("part without length above the limit")
            << type << QByteArray(part("--myb", a) + "--myb\r\n\r\n" + big + big) << QList<QByteArray> {a}
            << QStringLiteral("larger") << false;
        QTest::newRow("header line too long")
            << type << QByteArray("--myb\r\nX-Long: " + QByteArray(300, 'x') + "\r\n\r\n" + a) << QList<QByteArray> {}
            << QStringLiteral("too long") << false;
        QByteArray manyHeaders = "--myb\r\n";
        for (int i = 0; i < 9; ++i)
            manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many part headers") << type << QByteArray(manyHeaders + "\r\n" + a) << QList<QByteArray> {}
                                               << QStringLiteral("too many") << false;
        QTest::newRow("negative Content-Length") << type << QByteArray("--myb\r\nContent-Length: -5\r\n\r\n" + a)
                                                 << QList<QByteArray> {} << QStringLiteral("Content-Length") << false;
        QTest::newRow("Content-Length not a number")
            << type << QByteArray("--myb\r\nContent-Length: 12abc\r\n\r\n" + a) << QList<QByteArray> {}
            << QStringLiteral("Content-Length") << false;
        QTest::newRow("garbage with no boundary at all")
            << type << jpeg(3000, 9) << QList<QByteArray> {} << QStringLiteral("no boundary") << false;
        QTest::newRow("garbage between parts")
            << type << QByteArray(part("--myb", a) + jpeg(2000, 10) + part("--myb", b)) << QList<QByteArray> {a}
            << QStringLiteral("no boundary") << false;
        QTest::newRow("boundary of dashes only")
            << QByteArray("multipart/x-mixed-replace; boundary=----") << three("------", true) << QList<QByteArray> {}
            << QStringLiteral("dashes") << false;
        QTest::newRow("no boundary declared and none in the stream")
            << QByteArray("multipart/x-mixed-replace") << QByteArray(2000, '\n') << QList<QByteArray> {}
            << QStringLiteral("no boundary") << false;
    }

    void givesTheSamePartsHoweverTheBytesAreCut()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, parts);
        QFETCH(QString, failure);
        QFETCH(bool, finished);
        const MjpegParser::Limits limits = smallLimits();
        // Whatever the input, the parser holds at most one part and one line (plus one scan step).
        const qsizetype bound = limits.maxPartBytes + limits.maxJunkBytes + 4096 + 128;

        QList<std::pair<QString, QList<qsizetype>>> cuttings {{QStringLiteral("whole"), wholeCuts(stream.size())},
                                                              {QStringLiteral("bytes"), byteCuts(stream.size())}};
        for (quint32 seed = 1; seed <= 6; ++seed)
            cuttings.append({QStringLiteral("random %1").arg(seed), randomCuts(stream.size(), seed)});
        for (const auto &[name, cuts] : cuttings) {
            const Outcome outcome = run(contentType, stream, cuts, limits);
            const QByteArray context = name.toUtf8() + ": " + outcome.failure.toUtf8();
            QVERIFY2(outcome.parts.size() == parts.size(),
                     context + " got " + QByteArray::number(outcome.parts.size()) + " parts");
            for (qsizetype i = 0; i < parts.size(); ++i)
                QVERIFY2(outcome.parts[i] == parts[i], context + " part " + QByteArray::number(i) + " differs");
            if (failure.isEmpty())
                QVERIFY2(outcome.failure.isEmpty(), context.constData());
            else
                QVERIFY2(outcome.failure.contains(failure), context.constData());
            QCOMPARE(outcome.finished, finished);
            QVERIFY2(outcome.maxBuffered <= bound, context + " held " + QByteArray::number(outcome.maxBuffered));
        }
    }

    void readsTheBoundaryParameter_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("plain") << QByteArray("multipart/x-mixed-replace; boundary=abc") << QByteArray("abc");
        QTest::newRow("quoted") << QByteArray("multipart/x-mixed-replace;boundary=\"a b\"") << QByteArray("a b");
        QTest::newRow("escaped quote") << QByteArray("multipart/x-mixed-replace; boundary=\"a\\\"b\"")
                                       << QByteArray("a\"b");
        QTest::newRow("later parameter") << QByteArray("multipart/x-mixed-replace; boundary=abc; charset=x")
                                         << QByteArray("abc");
        QTest::newRow("none") << QByteArray("image/jpeg") << QByteArray();
        QTest::newRow("unterminated quote") << QByteArray("multipart/x; boundary=\"abc") << QByteArray("abc");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void readsTheBoundaryParameter()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QCOMPARE(MjpegParser::boundaryParameter(contentType), boundary);
    }

    void refusesAPartAboveSixteenMebibytesWithoutHoldingIt()
    {
        // The real limit, with a part that declares no length: fed as a network would, 64 KiB at a time.
        MjpegParser parser("multipart/x-mixed-replace; boundary=b");
        QVERIFY(parser.feed("--b\r\nContent-Type: image/jpeg\r\n\r\n").isEmpty());
        const QByteArray chunk(64 * 1024, 'x');
        qsizetype held = 0;
        for (int i = 0; i < 300 && !parser.hasFailed(); ++i) {
            QVERIFY(parser.feed(chunk).isEmpty());
            held = qMax(held, parser.bufferedBytes());
        }
        QVERIFY(parser.hasFailed());
        QVERIFY2(parser.failureReason().contains(u"16 MiB"), qPrintable(parser.failureReason()));
        QVERIFY(held <= 16 * 1024 * 1024 + 64 * 1024);
        QCOMPARE(parser.bufferedBytes(), 0);
        QVERIFY(parser.feed("--b\r\n\r\n\xff\xd8\r\n--b\r\n").isEmpty()); // failed for good
    }

    void refusesADeclaredLengthAboveSixteenMebibytesAtOnce()
    {
        MjpegParser parser("multipart/x-mixed-replace; boundary=b");
        parser.feed("--b\r\nContent-Length: 16777217\r\n\r\n");
        QVERIFY(parser.hasFailed());
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void handsOutTheBytesOfASizedPartWithoutSpareCopies()
    {
        const QByteArray body = jpeg(100000, 7);
        MjpegParser parser("multipart/x-mixed-replace; boundary=b");
        const auto parts = parser.feed(part("--b", body));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().body, body);
        QCOMPARE(parts.first().contentType, QByteArray("image/jpeg"));
        // Reserved to the declared length: the part holds no slack.
        QVERIFY(parts.first().body.capacity() <= body.size() + 64);
    }
};

QTEST_GUILESS_MAIN(tst_MjpegParser)
#include "tst_mjpegparser.moc"
