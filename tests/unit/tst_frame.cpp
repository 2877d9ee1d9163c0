#include "media/frame.h"
#include "media/jpegcodec.h"

#include <QPainter>
#include <QTest>

#include <future>

namespace {
QImage picture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), Qt::darkBlue);
    painter.fillRect(QRect(QPoint(), size / 2), Qt::yellow);
    return image;
}
} // namespace

class tst_Frame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesShareOnePicture()
    {
        const Frame frame = Frame::fromImage(picture({320, 240}), 7);
        const Frame copy = frame; // NOLINT: the copy is the point
        QCOMPARE(copy.sequence(), 7u);
        QCOMPARE(copy.size(), QSize(320, 240));
        QCOMPARE(copy.captureTime(), frame.captureTime());
    }

    void jpegIsEncodedOnceForManyReaders()
    {
        const Frame frame = Frame::fromImage(picture({1280, 720}), 1);
        // Sixteen readers on sixteen threads ask at once: they must all get the very same bytes, not sixteen encodes.
        std::vector<std::future<QByteArray>> readers;
        for (int i = 0; i < 16; ++i)
            readers.push_back(std::async(std::launch::async, [frame] { return frame.jpeg(); }));
        std::vector<QByteArray> results;
        for (auto &reader : readers)
            results.push_back(reader.get());
        QVERIFY(results.front().startsWith("\xff\xd8"));
        for (const QByteArray &result : results)
            QCOMPARE(static_cast<const void *>(result.constData()),
                     static_cast<const void *>(results.front().constData()));
    }

    void variantsAreEncodedOncePerFrameAndShared()
    {
        for (const bool fromJpeg : {false, true}) {
            const QImage source = picture({1280, 720});
            const Frame frame = fromJpeg
                ? Frame::fromJpeg(JpegCodec::forThisThread().encode(source, 90), {1280, 720}, 1)
                : Frame::fromImage(source, 1);
            std::vector<std::future<QByteArray>> readers;
            for (int i = 0; i < 8; ++i)
                readers.push_back(std::async(std::launch::async, [frame] { return frame.jpeg(320, 60); }));
            std::vector<QByteArray> results;
            for (auto &reader : readers)
                results.push_back(reader.get());
            for (const QByteArray &result : results)
                QCOMPARE(static_cast<const void *>(result.constData()),
                         static_cast<const void *>(results.front().constData()));
            QCOMPARE(JpegCodec::forThisThread().imageSize(results.front()), QSize(320, 180));
            // A lower quality is a smaller file; the default asks for nothing new.
            QVERIFY(frame.jpeg(0, 30).size() < frame.jpeg(0, 95).size());
            QCOMPARE(frame.jpeg(0, 0).constData(), frame.jpeg().constData());
            QCOMPARE(frame.jpeg(5000, 0).constData(), frame.jpeg().constData());
        }
    }

    void jpegDecodesToTheFrameSize()
    {
        const Frame frame = Frame::fromImage(picture({640, 360}), 1);
        QCOMPARE(JpegCodec::forThisThread().imageSize(frame.jpeg()), QSize(640, 360));
        const QImage decoded = JpegCodec::forThisThread().decode(frame.jpeg());
        QCOMPARE(decoded.size(), QSize(640, 360));
        // Top-left quarter yellow, the rest dark blue, within JPEG's error.
        const QColor yellow = decoded.pixelColor(10, 10);
        QVERIFY2(yellow.red() > 200 && yellow.green() > 200 && yellow.blue() < 60, qPrintable(yellow.name()));
        const QColor blue = decoded.pixelColor(600, 300);
        QVERIFY2(blue.blue() > 100 && blue.red() < 40, qPrintable(blue.name()));
    }

    void jpegSourceBytesPassThroughUntouched()
    {
        const QByteArray jpeg = JpegCodec::forThisThread().encode(picture({640, 480}), 90);
        const Frame frame = Frame::fromJpeg(jpeg, {640, 480}, 3);
        QVERIFY(frame.isJpegSource());
        QCOMPARE(static_cast<const void *>(frame.jpeg().constData()), static_cast<const void *>(jpeg.constData()));
    }

    void displayImageFitsTheTile_data()
    {
        QTest::addColumn<bool>("fromJpeg");
        QTest::addColumn<QSize>("bound");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("decoded, quarter") << false << QSize(320, 180) << QSize(320, 180);
        QTest::newRow("decoded, letterboxed") << false << QSize(400, 400) << QSize(400, 225);
        QTest::newRow("jpeg, eighth") << true << QSize(160, 90) << QSize(160, 90);
        QTest::newRow("jpeg, odd tile") << true << QSize(500, 300) << QSize(500, 281);
    }
    void displayImageFitsTheTile()
    {
        QFETCH(bool, fromJpeg);
        QFETCH(QSize, bound);
        QFETCH(QSize, expected);
        const QImage source = picture({1280, 720});
        const Frame frame = fromJpeg ? Frame::fromJpeg(JpegCodec::forThisThread().encode(source, 85), {1280, 720}, 1)
                                     : Frame::fromImage(source, 1);
        const QImage display = frame.displayImage(bound);
        QCOMPARE(display.size(), expected);
        QCOMPARE(display.format(), QImage::Format_RGB32);
        // Made once: a second request returns the same pixels, and a painter can fetch it without any work.
        QCOMPARE(frame.displayImage(bound).constBits(), display.constBits());
        QCOMPARE(frame.preparedDisplayImage().constBits(), display.constBits());
    }

    void scaledDecodePicksTheSmallestCoveringScale()
    {
        const QByteArray jpeg = JpegCodec::forThisThread().encode(picture({1920, 1080}), 85);
        QCOMPARE(JpegCodec::forThisThread().decode(jpeg, {240, 135}).size(), QSize(240, 135)); // 1/8
        QCOMPARE(JpegCodec::forThisThread().decode(jpeg, {400, 225}).size(), QSize(480, 270)); // 1/4
        QCOMPARE(JpegCodec::forThisThread().decode(jpeg, {1000, 600}).size(), QSize(1200, 675)); // 5/8
    }

    void garbageIsRejectedWithoutCrashing()
    {
        const QByteArray garbage("\xff\xd8 this is not a picture", 26);
        QVERIFY(!JpegCodec::forThisThread().imageSize(garbage).isValid());
        QVERIFY(JpegCodec::forThisThread().decode(garbage, {100, 100}).isNull());
        const Frame frame = Frame::fromJpeg(garbage, {100, 100}, 1);
        QVERIFY(frame.displayImage({100, 100}).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Frame)
#include "tst_frame.moc"
