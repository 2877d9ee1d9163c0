// Which stream a tile shows, by its size: the decisions a user sees (small tiles on the sub stream, a maximized one
// on the main stream, no flapping while a window is resized), on a manual clock.

#include "camera/streamchoice.h"
#include "manualclock.h"

#include <QTest>

using namespace std::chrono_literals;
using Stream = StreamChoice::Stream;
using Mode = StreamChoice::Mode;

Q_DECLARE_METATYPE(StreamChoice::Stream)

namespace {
const QSize Sub {640, 360};
} // namespace

class tst_StreamChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The first sizes decide at once: a grid of tiles starts on the sub stream, a tile shown large on the main one.
    void theFirstChoiceIsTakenAtOnce_data()
    {
        QTest::addColumn<QSize>("tile");
        QTest::addColumn<Stream>("shown");
        QTest::newRow("4x4 on 1600x900") << QSize(400, 225) << Stream::Sub;
        QTest::newRow("3x3 on 1920x1080") << QSize(640, 360) << Stream::Sub;
        QTest::newRow("2x2 on 1600x900") << QSize(800, 450) << Stream::Sub; // 1.25x: the sub stream still serves
        QTest::newRow("2x2 on 4K") << QSize(1920, 1080) << Stream::Main;
        QTest::newRow("maximized on 1600x900") << QSize(1600, 850) << Stream::Main;
        QTest::newRow("a tall narrow tile") << QSize(700, 2000) << Stream::Sub; // the width decides
    }
    void theFirstChoiceIsTakenAtOnce()
    {
        QFETCH(QSize, tile);
        QFETCH(Stream, shown);
        ManualClock clock;
        StreamChoice choice(clock);
        QCOMPARE(choice.update(tile, Sub), shown);
        QVERIFY(!choice.changeDue());
    }

    void theSubStreamStaysUntilItsSizeIsKnown()
    {
        ManualClock clock;
        StreamChoice choice(clock);
        QCOMPARE(choice.update({1920, 1080}, {}), Stream::Sub);
        QCOMPARE(choice.update({}, Sub), Stream::Sub); // hidden: nothing to judge by
        QCOMPARE(choice.update({1920, 1080}, Sub), Stream::Main);
    }

    // Maximize: the main stream after the dwell; restore: back after the dwell.
    void aChangeWaitsItsDwell()
    {
        ManualClock clock;
        StreamChoice choice(clock, {1.3, 1.1, 700ms});
        QCOMPARE(choice.update({400, 225}, Sub), Stream::Sub);
        QCOMPARE(choice.update({1600, 900}, Sub), Stream::Sub);
        QCOMPARE(choice.changeDue(), clock.now() + 700ms);
        clock.advance(699ms);
        QCOMPARE(choice.update({1600, 900}, Sub), Stream::Sub);
        clock.advance(1ms);
        QCOMPARE(choice.update({1600, 900}, Sub), Stream::Main);
        QVERIFY(!choice.changeDue());

        QCOMPARE(choice.update({400, 225}, Sub), Stream::Main);
        clock.advance(700ms);
        QCOMPARE(choice.update({400, 225}, Sub), Stream::Sub);
    }

    // Dragging a window's edge back and forth across the threshold within the dwell changes nothing.
    void resizingAcrossTheThresholdWithinTheDwellNeverSwitches()
    {
        ManualClock clock;
        StreamChoice choice(clock, {1.3, 1.1, 700ms});
        QCOMPARE(choice.update({640, 360}, Sub), Stream::Sub);
        int switches = 0;
        Stream last = Stream::Sub;
        for (int step = 0; step < 100; ++step) {
            const int width = step % 2 ? 900 : 700; // 1.41x and 1.09x: over and under both margins
            clock.advance(300ms);
            const Stream now = choice.update({width, width * 9 / 16}, Sub);
            switches += now != last;
            last = now;
        }
        QCOMPARE(switches, 0);
    }

    // A tile maximized or restored by the grid (not a dragged edge) takes its stream at once, margins still kept;
    // only for that one change: the next ones wait their dwell again.
    void aDeliberateChangeSkipsTheDwellOnce()
    {
        ManualClock clock;
        StreamChoice choice(clock, {1.3, 1.1, 700ms});
        QCOMPARE(choice.update({400, 225}, Sub), Stream::Sub);
        choice.decideNow();
        QCOMPARE(choice.update({1600, 900}, Sub), Stream::Main); // maximized
        QVERIFY(!choice.changeDue());
        choice.decideNow();
        QCOMPARE(choice.update({400, 225}, Sub), Stream::Sub); // restored
        choice.decideNow();
        QCOMPARE(choice.update({768, 432}, Sub), Stream::Sub); // 1.2x: between the margins, the stream stays
        QCOMPARE(choice.update({1600, 900}, Sub), Stream::Sub); // then a drag: the dwell again
        clock.advance(700ms);
        QCOMPARE(choice.update({1600, 900}, Sub), Stream::Main);
    }

    // Between the two margins the stream shown stays, whichever it is.
    void betweenTheMarginsTheStreamShownStays()
    {
        ManualClock clock;
        StreamChoice choice(clock, {1.3, 1.1, 700ms});
        const QSize between {768, 432}; // 1.2x
        QCOMPARE(choice.update(between, Sub), Stream::Sub);
        clock.advance(10s);
        QCOMPARE(choice.update(between, Sub), Stream::Sub);
        choice.update({1920, 1080}, Sub);
        clock.advance(1s);
        QCOMPARE(choice.update({1920, 1080}, Sub), Stream::Main);
        QCOMPARE(choice.update(between, Sub), Stream::Main);
        clock.advance(10s);
        QCOMPARE(choice.update(between, Sub), Stream::Main);
        QVERIFY(!choice.changeDue());
    }

    // The user's choice holds whatever the size, at once; back to automatic, the size decides at once again.
    void theUsersChoiceHoldsAtOnce()
    {
        ManualClock clock;
        StreamChoice choice(clock);
        QCOMPARE(choice.update({400, 225}, Sub), Stream::Sub);
        choice.setMode(Mode::AlwaysMain);
        QCOMPARE(choice.current(), Stream::Main);
        QCOMPARE(choice.update({400, 225}, Sub), Stream::Main);
        choice.setMode(Mode::AlwaysSub);
        QCOMPARE(choice.update({3840, 2160}, Sub), Stream::Sub);
        choice.setMode(Mode::Automatic);
        QCOMPARE(choice.update({3840, 2160}, Sub), Stream::Main);
    }

    void enlargementKeepsThePicturesShape()
    {
        QCOMPARE(StreamChoice::enlargement({1280, 720}, Sub), 2.0);
        QCOMPARE(StreamChoice::enlargement({1280, 400}, Sub), 400.0 / 360.0);
        QCOMPARE(StreamChoice::enlargement({}, Sub), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_StreamChoice)
#include "tst_streamchoice.moc"
