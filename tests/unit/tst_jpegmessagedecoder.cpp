#include "media/jpegcodec.h"
#include "sources/jpegmessagedecoder.h"

#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

QByteArray sampleJpeg()
{
    QImage image(64, 48, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), Qt::darkGreen);
    painter.fillRect(8, 8, 20, 20, Qt::white);
    painter.end();
    return JpegCodec::forThisThread().encode(image, 85);
}

QByteArray pngBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
}

} // namespace

class tst_JpegMessageDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryCameraFormat_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("holdsPicture");
        QTest::addColumn<QString>("reason"); // a word the error must contain when there is no picture

        const QByteArray jpeg = sampleJpeg();
        const QByteArray b64 = jpeg.toBase64();
        QTest::newRow("binary JPEG") << true << jpeg << true << QString();
        QTest::newRow("data URL image/jpeg") << false << "data:image/jpeg;base64," + b64 << true << QString();
        QTest::newRow("data URL image/jpg (seed 000 sender)")
            << false << "data:image/jpg;base64," + b64 << true << QString();
        QTest::newRow("data URL in capitals") << false << "DATA:IMAGE/JPEG;BASE64," + b64 << true << QString();
        QTest::newRow("data URL with a parameter")
            << false << "data:image/jpeg;name=x.jpg;base64," + b64 << true << QString();
        QTest::newRow("bare base64") << false << b64 << true << QString();
        QTest::newRow("bare base64, trailing newline") << false << b64 + '\n' << true << QString();
        QTest::newRow("seed 000 relay JSON")
            << false << "{\"message\": \"data:image/jpg;base64," + b64 + "\"}" << true << QString();
        QTest::newRow("JSON with bare base64") << false << "{\"message\":\"" + b64 + "\"}" << true << QString();

        QTest::newRow("binary empty") << true << QByteArray() << false << QStringLiteral("empty");
        QTest::newRow("binary PNG") << true << pngBytes() << false << QStringLiteral("not a JPEG");
        QTest::newRow("binary SOI only") << true << QByteArray("\xff\xd8") << false << QStringLiteral("not a JPEG");
        QTest::newRow("text empty") << false << QByteArray() << false << QStringLiteral("empty");
        QTest::newRow("text blank") << false << QByteArray(" \r\n\t") << false << QStringLiteral("empty");
        QTest::newRow("garbage text") << false << QByteArray("hello camera") << false << QStringLiteral("base64");
        QTest::newRow("bad base64 characters") << false << QByteArray("////!!!!") << false << QStringLiteral("base64");
        QTest::newRow("base64 with a missing character")
            << false << b64.left(b64.size() - 1) << false << QStringLiteral("base64");
        QTest::newRow("base64 with a line break inside")
            << false << b64.left(8) + "\n" + b64.mid(8) << false << QStringLiteral("base64");
        QTest::newRow("base64 URL alphabet") << false << QByteArray("_-_-") << false << QStringLiteral("base64");
        QTest::newRow("padding in the middle") << false << QByteArray("ab==cdef") << false << QStringLiteral("base64");
        QTest::newRow("base64 of a PNG") << false << pngBytes().toBase64() << false << QStringLiteral("not a JPEG");
        QTest::newRow("data URL image/png")
            << false << "data:image/png;base64," + pngBytes().toBase64() << false << QStringLiteral("JPEG");
        QTest::newRow("data URL not base64")
            << false << QByteArray("data:image/jpeg,%FF%D8") << false << QStringLiteral("base64");
        QTest::newRow("data URL without comma")
            << false << QByteArray("data:image/jpeg;base64") << false << QStringLiteral("data URL");
        QTest::newRow("malformed JSON") << false << QByteArray("{\"message\": ") << false << QStringLiteral("JSON");
        QTest::newRow("JSON without message")
            << false << QByteArray("{\"type\":\"hello\"}") << false << QStringLiteral("message");
        QTest::newRow("JSON message not text")
            << false << QByteArray("{\"message\": 42}") << false << QStringLiteral("message");
        QTest::newRow("JSON array") << false << QByteArray("[1,2]") << false << QStringLiteral("base64");
        QTest::newRow("JSON holding JSON")
            << false << "{\"message\": \"{\\\"message\\\": \\\"data:image/jpeg;base64," + b64 + "\\\"}\"}" << false
            << QStringLiteral("base64");
    }

    void decodesEveryCameraFormat()
    {
        QFETCH(bool, binary);
        QFETCH(QByteArray, message);
        QFETCH(bool, holdsPicture);
        QFETCH(QString, reason);

        const auto result
            = binary ? JpegMessageDecoder::fromBinary(message) : JpegMessageDecoder::fromText(QByteArrayView(message));
        QCOMPARE(result.isValid(), holdsPicture);
        if (holdsPicture) {
            // The camera's bytes exactly: viewers get them untouched.
            QCOMPARE(result.jpeg, sampleJpeg());
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY(result.jpeg.isEmpty());
            QVERIFY2(result.error.contains(reason, Qt::CaseInsensitive), qPrintable(result.error));
        }
    }

    void textFromQStringMatchesUtf8()
    {
        const QString message = QStringLiteral("data:image/jpg;base64,") + QString::fromLatin1(sampleJpeg().toBase64());
        QCOMPARE(JpegMessageDecoder::fromText(message).jpeg, sampleJpeg());
    }

    void refusesPicturesOverTheCap()
    {
        // One byte over 16 MiB, as a binary message and as base64 text: refused before anything is decoded.
        QByteArray big(JpegMessageDecoder::MaxJpegBytes + 1, '\0');
        big[0] = char(0xff);
        big[1] = char(0xd8);
        big[2] = char(0xff);
        const auto binary = JpegMessageDecoder::fromBinary(big);
        QVERIFY(!binary.isValid());
        QVERIFY2(binary.error.contains(u"16 MiB"), qPrintable(binary.error));

        const auto text = JpegMessageDecoder::fromText(QByteArrayView("data:image/jpeg;base64," + big.toBase64()));
        QVERIFY(!text.isValid());
        QVERIFY2(text.error.contains(u"16 MiB"), qPrintable(text.error));

        const QByteArray huge(JpegMessageDecoder::MaxMessageBytes + 1, 'A');
        QVERIFY(!JpegMessageDecoder::fromText(QByteArrayView(huge)).isValid());
    }

    void acceptsPicturesAtTheCap()
    {
        QByteArray atCap(JpegMessageDecoder::MaxJpegBytes, '\0');
        atCap[0] = char(0xff);
        atCap[1] = char(0xd8);
        atCap[2] = char(0xff);
        QVERIFY(JpegMessageDecoder::fromBinary(atCap).isValid());
        const QByteArray json = "{\"message\": \"data:image/jpeg;base64," + atCap.toBase64() + "\"}";
        QVERIFY(json.size() <= JpegMessageDecoder::MaxMessageBytes);
        QCOMPARE(JpegMessageDecoder::fromText(QByteArrayView(json)).jpeg.size(), atCap.size());
    }
};

QTEST_GUILESS_MAIN(tst_JpegMessageDecoder)
#include "tst_jpegmessagedecoder.moc"
