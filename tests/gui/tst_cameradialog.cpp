// The Add/Edit camera dialog, driven as a user drives it (offscreen): fields, checks, and "Test connection"
// against real sources started by the test.

#include "dialogs/cameradialog.h"
#include "dialogs/camerafinder.h"
#include "kindexamples.h"
#include "onvifsimulatorprocess.h"
#include "rtspserverprocess.h"
#include "testcameras.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QLineEdit *field(QDialog &dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName && edit->isVisibleTo(&dialog))
            return edit;
    }
    return nullptr;
}

bool thumbnailShown(QDialog &dialog, const QString &accessibleName = QStringLiteral("Test picture"))
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName)
            return !label->pixmap().isNull();
    }
    return false;
}

QString message(QDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Message"))
            return label->text();
    }
    return {};
}
} // namespace

class tst_CameraDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksTheFieldsWithClearMessages()
    {
        CameraDialog dialog({QStringLiteral("Garage")});
        dialog.setKind(u"rtsp"_s);
        dialog.show();
        QCOMPARE(dialog.validationError(), QStringLiteral("Give the camera a name."));

        QTest::keyClicks(field(dialog, QStringLiteral("Camera name")), QStringLiteral("garage"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("already a camera")));

        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Porch"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("address")));
        // OK with a problem keeps the dialog open and says what is wrong.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(message(dialog).contains(QStringLiteral("address")));

        QTest::keyClicks(field(dialog, QStringLiteral("Camera address")), QStringLiteral("192.0.2.10"));
        QTest::keyClicks(field(dialog, QStringLiteral("Stream path")), QStringLiteral("stream1"));
        QTest::keyClicks(field(dialog, QStringLiteral("User name")), QStringLiteral("admin"));
        QLineEdit *password = field(dialog, QStringLiteral("Password"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("hunter2"));
        QCOMPARE(dialog.validationError(), QString());
        QCOMPARE(dialog.config().url, QUrl(QStringLiteral("rtsp://admin:hunter2@192.0.2.10:554/stream1")));
        QCOMPARE(dialog.config().name, QStringLiteral("Porch"));
    }

    void aWholeUrlAndUdpTransportAreAccepted()
    {
        CameraDialog dialog({});
        dialog.setKind(u"rtsp"_s);
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Gate"));
        field(dialog, QStringLiteral("Camera address"))->setText(QStringLiteral("rtsp://192.0.2.11:8554/live"));
        dialog.findChild<QComboBox *>(QString(), Qt::FindChildrenRecursively); // exists
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Transport"))
                box->setCurrentIndex(1);
        }
        QCOMPARE(dialog.config().url, QUrl(QStringLiteral("rtsp://192.0.2.11:8554/live?transport=udp")));
    }

    void aPastedPasswordIsMovedToThePasswordField()
    {
        CameraDialog dialog({});
        dialog.setKind(u"rtsp"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Gate"));
        QLineEdit *address = field(dialog, QStringLiteral("Camera address"));
        address->setFocus();
        QTest::keyClicks(address, QStringLiteral("rtsp://admin:hunter2@192.0.2.11:8554/live"));
        QTest::keyClick(address, Qt::Key_Tab); // leaving the field
        // The address is read into the fields, so the port field says what the address said.
        QCOMPARE(address->text(), QStringLiteral("192.0.2.11"));
        for (QSpinBox *port : dialog.findChildren<QSpinBox *>()) {
            if (port->accessibleName() == QStringLiteral("Port") && port->isVisibleTo(&dialog))
                QCOMPARE(port->value(), 8554);
        }
        QCOMPARE(field(dialog, QStringLiteral("Stream path"))->text(), QStringLiteral("/live"));
        QCOMPARE(field(dialog, QStringLiteral("User name"))->text(), QStringLiteral("admin"));
        QCOMPARE(field(dialog, QStringLiteral("Password"))->text(), QStringLiteral("hunter2"));
        QCOMPARE(dialog.config().url, QUrl(QStringLiteral("rtsp://admin:hunter2@192.0.2.11:8554/live")));

        // Testing straight from the field (with Alt+T the focus stays there) tidies it too.
        address->setFocus();
        address->setText(QStringLiteral("rtsp://root:pass1@192.0.2.12/live"));
        dialog.testConnection();
        QVERIFY(address->hasFocus());
        QCOMPARE(address->text(), QStringLiteral("192.0.2.12"));
        QCOMPARE(field(dialog, QStringLiteral("Password"))->text(), QStringLiteral("pass1"));
        dialog.reject();
    }

    void otherKindsRefuseAddressesOfTheWrongKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("ok");
        const QString http = u"http"_s;
        const QString ws = u"ws"_s;
        QTest::newRow("http ok") << http << QStringLiteral("Stream address") << QStringLiteral("http://cam/v.mjpg")
                                 << true;
        QTest::newRow("http given rtsp") << http << QStringLiteral("Stream address") << QStringLiteral("rtsp://cam/x")
                                         << false;
        QTest::newRow("http no host") << http << QStringLiteral("Stream address") << QStringLiteral("http:///x")
                                      << false;
        QTest::newRow("ws ok") << ws << QStringLiteral("Feed address") << QStringLiteral("ws://h:8000/ws/video/a/")
                               << true;
        QTest::newRow("ws given http") << ws << QStringLiteral("Feed address") << QStringLiteral("http://h/") << false;
        QTest::newRow("ws garbage") << ws << QStringLiteral("Feed address") << QStringLiteral("not a url") << false;
    }
    void otherKindsRefuseAddressesOfTheWrongKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fieldName);
        QFETCH(QString, address);
        QFETCH(bool, ok);
        CameraDialog dialog({});
        dialog.setKind(kind);
        dialog.show();
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Cam"));
        QLineEdit *edit = field(dialog, fieldName);
        QVERIFY(edit);
        edit->setText(address);
        QCOMPARE(dialog.validationError().isEmpty(), ok);
    }

    void testConnectionShowsAThumbnailForAWorkingCamera()
    {
        CameraDialog dialog({});
        dialog.setKind(u"test"_s);
        dialog.show();
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Pattern"));
        QSignalSpy finished(&dialog, &CameraDialog::testFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(message(dialog).contains(QStringLiteral("1280×720")));
        QVERIFY(thumbnailShown(dialog));
    }

    void testConnectionShowsAnRtspCameraWithItsSizeAndCodec()
    {
        if (const QString reason = RtspServerProcess::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        RtspServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        CameraDialog dialog({});
        dialog.setKind(u"rtsp"_s);
        dialog.show();
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Gate"));
        QTest::keyClicks(field(dialog, QStringLiteral("Camera address")), QStringLiteral("127.0.0.1"));
        for (QSpinBox *port : dialog.findChildren<QSpinBox *>()) {
            if (port->accessibleName() == QStringLiteral("Port") && port->isVisibleTo(&dialog))
                port->setValue(server.port());
        }
        QTest::keyClicks(field(dialog, QStringLiteral("Stream path")), QStringLiteral("secure"));
        QTest::keyClicks(field(dialog, QStringLiteral("User name")), QLatin1String(RtspServerProcess::User));
        QTest::keyClicks(field(dialog, QStringLiteral("Password")), QLatin1String(RtspServerProcess::Password));
        auto shownPassword = [&dialog] {
            for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
                if (edit->echoMode() == QLineEdit::Normal
                    && edit->text().contains(QLatin1String(RtspServerProcess::Password)))
                    return true;
            }
            return false;
        };

        QSignalSpy finished(&dialog, &CameraDialog::testFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        QVERIFY(!message(dialog).contains(QLatin1String(RtspServerProcess::Password)));
        QVERIFY(finished.wait(15000));
        QVERIFY(!shownPassword());
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(message(dialog)));
        QCOMPARE(message(dialog), QStringLiteral("Works: 640×360, h264."));
        QVERIFY(thumbnailShown(dialog));
        QCOMPARE(dialog.config().url,
                 server.url(QStringLiteral("secure"), QLatin1String(RtspServerProcess::User),
                            QLatin1String(RtspServerProcess::Password)));
    }

    // A camera with a sub stream: the test opens both, side by side, and shows both pictures with their sizes. The
    // sub address typed without credentials takes the main one's (same camera); a password typed into it is hidden.
    void testConnectionShowsBothStreamsOfACameraWithASubStream()
    {
        if (const QString reason = RtspServerProcess::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        RtspServerProcess server;
        QVERIFY2(server.start({640, 360}), qPrintable(server.errorString()));
        const QString user = QLatin1String(RtspServerProcess::User);
        const QString password = QLatin1String(RtspServerProcess::Password);

        CameraDialog dialog({});
        dialog.setKind(u"rtsp"_s);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        field(dialog, u"Camera name"_s)->setText(u"Gate"_s);
        // The whole main address pasted: its password moves to its field.
        QTest::keyClicks(field(dialog, u"Camera address"_s), server.url(u"secure"_s, user, password).toString());
        QTest::keyClick(field(dialog, u"Camera address"_s), Qt::Key_Tab);
        QLineEdit *sub = field(dialog, u"Sub stream address"_s);
        QVERIFY(sub);
        QTest::keyClicks(sub, server.url(u"securesub"_s).toString());
        QVERIFY(!thumbnailShown(dialog));

        QSignalSpy finished(&dialog, &CameraDialog::testFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"test"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(message(dialog)));
        QCOMPARE(message(dialog), u"Works: main stream 640×360, h264; sub stream 320×180, h264."_s);
        QVERIFY(thumbnailShown(dialog));
        QVERIFY(thumbnailShown(dialog, u"Sub stream test picture"_s));
        // Saved as typed: the main password is given to the sub stream when it opens, not written twice.
        QCOMPARE(dialog.config().subUrl, server.url(u"securesub"_s));
        QCOMPARE(dialog.config().subStreamUrl(), server.url(u"securesub"_s, user, password));

        // A password typed into the sub address leaves the field's text, and stays with that camera's account.
        sub->clear();
        sub->setFocus();
        QTest::keyClicks(sub, server.url(u"securesub"_s, u"other"_s, u"hunter2"_s).toString());
        QTest::keyClick(sub, Qt::Key_Tab);
        QVERIFY2(!sub->text().contains(u"hunter2"_s), qPrintable(sub->text()));
        QCOMPARE(dialog.config().subUrl, server.url(u"securesub"_s, u"other"_s, u"hunter2"_s));
        // Sent nowhere else: the same account on another host gets no password.
        sub->setText(sub->text().replace(u"127.0.0.1"_s, u"192.0.2.7"_s));
        QCOMPARE(dialog.config().subUrl.host(), u"192.0.2.7"_s);
        QCOMPARE(dialog.config().subUrl.password(), QString());

        // A sub stream that does not work fails the test, and says it is the sub stream.
        sub->setText(server.url(u"nothing-here"_s).toString());
        finished.clear();
        dialog.testConnection();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(message(dialog).startsWith(u"Does not work: the sub stream: stream not found"_s),
                 qPrintable(message(dialog)));
        QVERIFY(thumbnailShown(dialog));
        QVERIFY(!thumbnailShown(dialog, u"Sub stream test picture"_s));
        // And a sub address of no kind is refused before any test.
        sub->setText(u"gopher://192.0.2.1/x"_s);
        QVERIFY2(dialog.validationError().contains(u"sub stream"_s), qPrintable(dialog.validationError()));
    }

    void anOnvifCameraNeedsNoStreamPath()
    {
        // The ONVIF simulator stands in for the camera (no physical one can exist here); its main profile points at
        // the real RTSP server's password-protected stream, reached with the ONVIF camera's own credentials.
        if (const QString reason = RtspServerProcess::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        RtspServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        OnvifSimulatorProcess camera;
        QVERIFY2(camera.start({QStringLiteral("--main-uri"), server.url(QStringLiteral("secure")).toString(),
                               QStringLiteral("--user"), QLatin1String(RtspServerProcess::User),
                               QStringLiteral("--password"), QLatin1String(RtspServerProcess::Password)}),
                 qPrintable(camera.errorString()));

        CameraDialog dialog({});
        dialog.setKind(u"onvif"_s);
        dialog.show();
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Shed"));
        QTest::keyClicks(field(dialog, QStringLiteral("Camera address")), QStringLiteral("127.0.0.1"));
        for (QSpinBox *port : dialog.findChildren<QSpinBox *>()) {
            if (port->accessibleName() == QStringLiteral("Port") && port->isVisibleTo(&dialog))
                port->setValue(camera.httpPort());
        }
        QTest::keyClicks(field(dialog, QStringLiteral("User name")), QLatin1String(RtspServerProcess::User));
        QTest::keyClicks(field(dialog, QStringLiteral("Password")), QLatin1String(RtspServerProcess::Password));
        QSignalSpy finished(&dialog, &CameraDialog::testFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(message(dialog)));
        QCOMPARE(message(dialog), QStringLiteral("Works: 640×360, h264."));
        QVERIFY(thumbnailShown(dialog));
        QUrl expected(QStringLiteral("onvif://127.0.0.1:%1").arg(camera.httpPort()));
        expected.setUserName(QLatin1String(RtspServerProcess::User));
        expected.setPassword(QLatin1String(RtspServerProcess::Password));
        QCOMPARE(dialog.config().url, expected);

        // A wrong password, in words, and never shown.
        QLineEdit *password = field(dialog, QStringLiteral("Password"));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("hunter2"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(message(dialog).contains(QStringLiteral("refused the user name or password")),
                 qPrintable(message(dialog)));
        QVERIFY(!message(dialog).contains(QStringLiteral("hunter2")));
    }

    void findCamerasFillsTheFormWithTheCameraChosen()
    {
        OnvifSimulatorProcess camera;
        QVERIFY2(camera.start({QStringLiteral("--name"), QStringLiteral("Bike shed"), QStringLiteral("--model"),
                               QStringLiteral("SimCam 1080")}),
                 qPrintable(camera.errorString()));
        CameraDialog dialog({});
        dialog.setKnownCameras({QUrl(QStringLiteral("rtsp://192.0.2.1/live"))});
        dialog.show();
        dialog.findCameras();
        auto *finder = dialog.findChild<CameraFinder *>();
        QVERIFY(finder);
        QVERIFY(QTest::qWaitForWindowExposed(finder));
        // Asked directly, as a camera on another network would be (the simulator listens on loopback).
        QSignalSpy searched(finder, &CameraFinder::searchFinished);
        QLineEdit *address = field(*finder, QStringLiteral("Camera to ask"));
        QTest::keyClicks(address, QStringLiteral("127.0.0.1:%1").arg(camera.discoveryPort()));
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        auto *list = finder->findChild<QListWidget *>();
        QVERIFY(list);
        QList<QListWidgetItem *> found
            = list->findItems(QStringLiteral("Bike shed (SimCam 1080)"), Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first()->text().endsWith(QStringLiteral("127.0.0.1:%1").arg(camera.httpPort())),
                 qPrintable(found.first()->text()));
        list->setCurrentItem(found.first());
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!dialog.findChild<CameraFinder *>() || !dialog.findChild<CameraFinder *>()->isVisible());

        // The ONVIF form now holds the camera: only the user name and password are left to type.
        QCOMPARE(field(dialog, QStringLiteral("Camera address"))->text(), QStringLiteral("127.0.0.1"));
        for (QSpinBox *port : dialog.findChildren<QSpinBox *>()) {
            if (port->accessibleName() == QStringLiteral("Port") && port->isVisibleTo(&dialog))
                QCOMPARE(port->value(), int(camera.httpPort()));
        }
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Shed"));
        QCOMPARE(dialog.config().url, QUrl(QStringLiteral("onvif://127.0.0.1:%1").arg(camera.httpPort())));
        // And its sub stream: the camera's smallest profile, for the tiles of a grid.
        QCOMPARE(field(dialog, QStringLiteral("Sub stream address"))->text(),
                 QStringLiteral("onvif://127.0.0.1:%1?stream=sub").arg(camera.httpPort()));
        QCOMPARE(dialog.config().subUrl,
                 QUrl(QStringLiteral("onvif://127.0.0.1:%1?stream=sub").arg(camera.httpPort())));

        // A camera already added is marked as such.
        dialog.setKnownCameras({QUrl(QStringLiteral("onvif://127.0.0.1:%1").arg(camera.httpPort()))});
        dialog.findCameras();
        finder = dialog.findChildren<CameraFinder *>().constLast();
        QSignalSpy again(finder, &CameraFinder::searchFinished);
        QTest::keyClicks(field(*finder, QStringLiteral("Camera to ask")),
                         QStringLiteral("127.0.0.1:%1").arg(camera.discoveryPort()));
        finder->search();
        QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty(), 10000);
        found = finder->findChild<QListWidget *>()->findItems(QStringLiteral("Bike shed"), Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first()->text().endsWith(QStringLiteral("already added")), qPrintable(found.first()->text()));
        finder->reject();
    }

    // A device that takes the probe and never answers (the simulator's --quirk-silent): the search ends on time and
    // says what to do; Cancel during a search closes the finder at once and leaves the form as it was.
    void findCamerasSaysWhenNoneAnswersAndCancelsAtOnce()
    {
        OnvifSimulatorProcess silent;
        QVERIFY2(silent.start({u"--quirk-silent"_s}), qPrintable(silent.errorString()));
        CameraDialog dialog({});
        dialog.setKind(u"rtsp"_s);
        dialog.show();
        field(dialog, u"Camera address"_s)->setText(u"192.0.2.5"_s);
        dialog.findCameras();
        QPointer<CameraFinder> finder = dialog.findChild<CameraFinder *>();
        QVERIFY(finder);
        QVERIFY(QTest::qWaitForWindowExposed(finder));
        QSignalSpy searched(finder, &CameraFinder::searchFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000); // the first search, of the local networks
        searched.clear();
        QLineEdit *address = field(*finder, u"Camera to ask"_s);
        QTest::keyClicks(address, u"127.0.0.1:%1"_s.arg(silent.discoveryPort()));
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finder->findChild<QListWidget *>()->count(), 0);
        QString status;
        for (QLabel *label : finder->findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Search state"_s)
                status = label->text();
        }
        QVERIFY2(status.startsWith(u"No camera answered."_s), qPrintable(status));
        QVERIFY2(silent.log().contains("not answered"), silent.log().constData()); // it was asked

        // Cancel while the next search runs.
        finder->search();
        clock.restart();
        QTest::keyClick(finder, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(finder.isNull(), 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(dialog.findChild<QComboBox *>()->currentData().toString(), u"rtsp"_s);
        QCOMPARE(field(dialog, u"Camera address"_s)->text(), u"192.0.2.5"_s);
    }

    void testConnectionSaysWhyItFails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("addressField");
        QTest::addColumn<QString>("address"); // %1: the RTSP test server's port, %2: a port where nothing listens
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reason");
        const QString rtsp = u"rtsp"_s;
        const QString http = u"http"_s;
        QTest::newRow("rtsp, dead port") << rtsp << QStringLiteral("Camera address")
                                         << QStringLiteral("rtsp://127.0.0.1:%2/h264") << QStringLiteral("hunter2")
                                         << QStringLiteral("camera unreachable");
        QTest::newRow("rtsp, wrong password")
            << rtsp << QStringLiteral("Camera address") << QStringLiteral("rtsp://127.0.0.1:%1/secure")
            << QStringLiteral("hunter2") << QStringLiteral("authentication failed");
        QTest::newRow("rtsp, no such stream")
            << rtsp << QStringLiteral("Camera address") << QStringLiteral("rtsp://127.0.0.1:%1/nothing-here")
            << QString() << QStringLiteral("stream not found");
        QTest::newRow("http, dead port") << http << QStringLiteral("Stream address")
                                         << QStringLiteral("http://127.0.0.1:%2/video.mjpg")
                                         << QStringLiteral("hunter2") << QStringLiteral("camera unreachable");
    }
    void testConnectionSaysWhyItFails()
    {
        QFETCH(QString, kind);
        QFETCH(QString, addressField);
        QFETCH(QString, address);
        QFETCH(QString, password);
        QFETCH(QString, reason);
        RtspServerProcess server;
        if (address.contains(u"%1")) {
            if (const QString why = RtspServerProcess::unavailableReason(); !why.isEmpty())
                QSKIP(qPrintable(why));
            QVERIFY2(server.start(), qPrintable(server.errorString()));
        }
        CameraDialog dialog({});
        dialog.setKind(kind);
        dialog.show();
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Broken"));
        field(dialog, addressField)
            ->setText(address.replace(u"%1"_s, QString::number(server.port()))
                          .replace(u"%2"_s, QString::number(TestCameras::unusedPort())));
        field(dialog, QStringLiteral("User name"))->setText(QStringLiteral("admin"));
        field(dialog, QStringLiteral("Password"))->setText(password);
        QSignalSpy finished(&dialog, &CameraDialog::testFinished);
        QElapsedTimer clock;
        clock.start();
        dialog.testConnection();
        // The dialog answers while the test runs.
        QVERIFY(message(dialog).contains(QStringLiteral("Connecting")));
        QVERIFY(finished.wait(16000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(message(dialog).startsWith(QStringLiteral("Does not work: ") + reason), qPrintable(message(dialog)));
        QVERIFY(!thumbnailShown(dialog));
        if (!password.isEmpty())
            QVERIFY(!message(dialog).contains(password));
        QVERIFY(clock.elapsed() < 16000);
    }

    // Edit, then OK without touching a field: the camera is exactly what it was, whatever its kind and options.
    void editingAndPressingOkChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QUrl>("url");
        for (const KindExamples::Example &example : KindExamples::all())
            QTest::newRow(example.name) << QString::fromLatin1(example.kind) << QUrl(example.url, QUrl::StrictMode);
    }
    void editingAndPressingOkChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QUrl, url);
        CameraConfig camera;
        camera.id = u"cam"_s;
        camera.name = u"Cam"_s;
        camera.url = url;
        camera.shared = true;
        CameraDialog dialog({u"Cam"_s, u"Other"_s});
        dialog.setConfig(camera);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *kindBox = dialog.findChild<QComboBox *>();
        QCOMPARE(kindBox->accessibleName(), u"Kind of camera"_s);
        QCOMPARE(kindBox->currentData().toString(), kind);
        // Visiting every field, as a keyboard user does, tidies but does not change anything.
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY2(accepted.count() == 1, qPrintable(message(dialog)));
        QCOMPARE(dialog.config().url.toString(QUrl::FullyEncoded), url.toString(QUrl::FullyEncoded));
        QCOMPARE(dialog.config(), camera);
        // No password is shown in clear.
        if (!url.password().isEmpty()) {
            for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
                if (edit->text().contains(url.password()))
                    QCOMPARE(edit->echoMode(), QLineEdit::Password);
            }
        }
    }

    // OK on a new address tests it first: a working camera is saved when its test passes; one that fails is saved
    // only when the user says so (a wrong password saved unseen would lock the camera's account).
    void okTestsANewAddressAndAsksBeforeSavingOneThatFails()
    {
        CameraDialog dialog({});
        dialog.setKind(u"http"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field(dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Gate"));
        field(dialog, QStringLiteral("Stream address"))
            ->setText(QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(TestCameras::unusedPort()));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy finished(&dialog, &CameraDialog::testFinished);
        dialog.accept();
        QVERIFY(message(dialog).startsWith(QStringLiteral("Testing http://127.0.0.1:")));
        QVERIFY(finished.wait(16000));
        QCOMPARE(accepted.count(), 0);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = dialog.findChild<QMessageBox *>(QStringLiteral("saveAnyway"))));
        QVERIFY2(ask->text().contains(QStringLiteral("camera unreachable")), qPrintable(ask->text()));
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("keepEditingButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("saveAnyway")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);

        // OK again on the same address asks at once (no second test); Save anyway saves it.
        dialog.accept();
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY((ask = dialog.findChild<QMessageBox *>(QStringLiteral("saveAnyway"))));
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("saveAnywayButton")), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);

        // A working address: OK tests it and saves when the test passes, without asking.
        CameraDialog pattern({});
        pattern.setKind(u"test"_s);
        pattern.show();
        field(pattern, QStringLiteral("Camera name"))->setText(QStringLiteral("Pattern"));
        QSignalSpy patternAccepted(&pattern, &QDialog::accepted);
        pattern.accept();
        QCOMPARE(patternAccepted.count(), 0);
        QTRY_COMPARE(patternAccepted.count(), 1);
        QVERIFY(!pattern.findChild<QMessageBox *>());

        // Editing only the name of a saved camera needs no test.
        CameraConfig saved = CameraConfig::named(u"Gate"_s, QUrl(u"http://127.0.0.1:9/video.mjpg"_s));
        CameraDialog edit({u"Gate"_s});
        edit.setConfig(saved);
        edit.show();
        field(edit, QStringLiteral("Camera name"))->setText(QStringLiteral("Front gate"));
        QSignalSpy editAccepted(&edit, &QDialog::accepted);
        edit.accept();
        QCOMPARE(editAccepted.count(), 1);
    }

    void aTestCanBeCancelled()
    {
        CameraDialog dialog({});
        dialog.setKind(u"test"_s);
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("test"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(button->text().contains(QStringLiteral("Cancel")));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(message(dialog), QStringLiteral("Test cancelled."));
    }
};

QTEST_MAIN(tst_CameraDialog)
#include "tst_cameradialog.moc"
