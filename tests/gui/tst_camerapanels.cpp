// The window's camera list and details panels, on the offscreen platform: real widgets, real cameras (test
// patterns, a dead HTTP address) and a real share server whose /api/cameras the details must agree with.
// Dragging uses Qt's drag events sent to the tile: the offscreen platform has no pointer to run a QDrag with.

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "camera/configstore.h"
#include "dialogs/cameradialog.h"
#include "httpcameraserver.h"
#include "httpget.h"
#include "jpegfiles.h"
#include "mainwindow.h"
#include "mjpegreader.h"
#include "share/shareserver.h"
#include "testcameras.h"
#include "widgets/cameradetails.h"
#include "widgets/cameragrid.h"
#include "widgets/cameralist.h"
#include "widgets/cameralistmodel.h"
#include "widgets/cameramenu.h"
#include "widgets/cameratile.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

CameraConfig camera(const QString &name, const QString &url)
{
    return CameraConfig::named(name, QUrl(url));
}

// What the list shows, row by row: the text of `column`.
QStringList column(const CameraList &list, int column)
{
    QStringList texts;
    const QAbstractItemModel *model = list.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

QModelIndex rowOf(const CameraList &list, const QString &name)
{
    const QAbstractItemModel *model = list.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CameraListModel::Name).data().toString() == name)
            return model->index(row, CameraListModel::Name);
    }
    return {};
}

QStringList order(const CameraRegistry &registry)
{
    QStringList ids;
    for (const Camera *camera : registry.cameras())
        ids << camera->id();
    return ids;
}

QJsonObject apiCamera(const QUrl &share, const QString &id)
{
    const QJsonArray cameras = HttpClient::fetch(share.resolved(QUrl(u"api/cameras"_s))).json().array();
    for (const QJsonValue camera : cameras) {
        if (camera[u"id"_s].toString() == id)
            return camera.toObject();
    }
    return {};
}

} // namespace

class tst_CameraPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theListShowsEveryCameraWithItsStateKindAndSharing()
    {
        CameraRegistry registry;
        registry.add(camera(u"Porch"_s, u"test:pattern?size=320x240&fps=5"_s));
        Camera *yard = registry.add(camera(u"Yard"_s, u"http://127.0.0.1:9/video.mjpg"_s));
        Camera *shed = registry.add(camera(u"Shed"_s, u"test:pattern?size=320x240&fps=5"_s));
        shed->setShared(true);
        yard->setEnabled(false);
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const CameraList &list = *window.cameraList();
        QVERIFY(list.isVisible());

        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"Porch"_s, u"Yard"_s, u"Shed"_s}));
        QCOMPARE(column(list, CameraListModel::Kind),
                 QStringList({u"Test pattern"_s, u"HTTP MJPEG stream"_s, u"Test pattern"_s}));
        QCOMPARE(column(list, CameraListModel::Shared), QStringList({QString(), QString(), u"Shared"_s}));
        // The state dot and its words: live, switched off.
        QTRY_COMPARE(rowOf(list, u"Porch"_s).data(Qt::ToolTipRole).toString(), cameraStateText(CameraState::Live));
        QCOMPARE(rowOf(list, u"Yard"_s).data(Qt::ToolTipRole).toString(), cameraStateText(CameraState::Stopped));
        const QImage live = rowOf(list, u"Porch"_s).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
        const QImage off = rowOf(list, u"Yard"_s).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
        QVERIFY(live.pixelColor(8, 8).green() > 150 && live.pixelColor(8, 8).red() < 100);
        QVERIFY(off.pixelColor(8, 8) != live.pixelColor(8, 8));

        // It follows the registry: a new camera, a new order, a removed one, a rename.
        registry.add(camera(u"Gate"_s, u"test:pattern?size=320x240&fps=5"_s));
        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"Porch"_s, u"Yard"_s, u"Shed"_s, u"Gate"_s}));
        registry.swap(0, 3);
        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"Gate"_s, u"Yard"_s, u"Shed"_s, u"Porch"_s}));
        registry.remove(u"yard"_s);
        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"Gate"_s, u"Shed"_s, u"Porch"_s}));
        CameraConfig renamed = shed->config();
        renamed.name = u"Bike shed"_s;
        registry.replace(u"shed"_s, renamed);
        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"Gate"_s, u"Bike shed"_s, u"Porch"_s}));
    }

    void typingFiltersAndTheKeyboardMaximizes()
    {
        CameraRegistry registry;
        for (const QString &name : {u"Porch"_s, u"Garage"_s, u"Back porch"_s, u"Yard"_s})
            registry.add(camera(name, u"test:pattern?size=320x240&fps=5"_s));
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraList &list = *window.cameraList();

        QTest::keyClicks(list.filter(), u"PORCH"_s);
        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"Porch"_s, u"Back porch"_s}));
        // Down leaves the filter for the cameras it left; Down again, Enter: that camera fills the grid.
        QTest::keyClick(list.filter(), Qt::Key_Down);
        QVERIFY(list.view()->hasFocus());
        QCOMPARE(list.currentCamera()->id(), u"porch"_s);
        QTest::keyClick(list.view(), Qt::Key_Down);
        QCOMPARE(list.currentCamera()->id(), u"back-porch"_s);
        QTest::keyClick(list.view(), Qt::Key_Return);
        QVERIFY(window.grid()->maximized());
        QCOMPARE(window.grid()->maximized()->camera()->id(), u"back-porch"_s);
        // The details follow the current camera.
        QCOMPARE(window.details()->camera()->id(), u"back-porch"_s);

        // Clearing the filter shows them all again, the current one still current.
        list.filter()->clear();
        QCOMPARE(column(list, CameraListModel::Name).size(), 4);
        QCOMPARE(list.currentCamera()->id(), u"back-porch"_s);

        // A double click maximizes too.
        const QModelIndex garage = rowOf(list, u"Garage"_s);
        const QPoint at = list.view()->visualRect(garage).center();
        QTest::mouseClick(list.view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list.view()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(window.grid()->maximized()->camera()->id(), u"garage"_s);

        // Delete asks before removing, as on a tile.
        QTest::keyClick(list.view(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        QVERIFY(box->text().contains(u"Garage"_s));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(registry.cameras().size(), 3);
        QVERIFY(!registry.find(u"garage"_s));
    }

    void theContextMenuIsTheTilesAndActsOnThatCamera()
    {
        CameraRegistry registry;
        Camera *porch = registry.add(camera(u"Porch"_s, u"test:pattern?size=320x240&fps=5"_s));
        registry.add(camera(u"Yard"_s, u"test:pattern?size=320x240&fps=5"_s));
        MainWindow window(&registry);
        window.setShareAccess({QUrl(u"http://127.0.0.1:8088/"_s), false, {}, {}, {}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraList &list = *window.cameraList();

        const auto names = [](const QMenu *menu) {
            QStringList texts;
            for (const QAction *action : menu->actions())
                texts << action->text();
            return texts;
        };
        const QMenu *tileMenu = window.grid()->tileFor(u"porch"_s)->findChild<CameraMenu *>();
        QVERIFY(tileMenu);
        QCOMPARE(names(list.menu()), names(tileMenu));

        list.view()->setFocus();
        list.view()->setCurrentIndex(rowOf(list, u"Porch"_s));
        QTest::keyClick(list.view(), Qt::Key_Menu);
        QTRY_VERIFY(list.menu()->isVisible());
        QCOMPARE(list.menu()->camera(), porch);
        list.menu()->close();
        QVERIFY(list.menu()->findChild<QAction *>(u"enabled"_s)->isChecked());
        list.menu()->findChild<QAction *>(u"enabled"_s)->trigger();
        QVERIFY(!porch->config().enabled);
        QCOMPARE(porch->state(), CameraState::Stopped);
        list.menu()->findChild<QAction *>(u"shared"_s)->trigger();
        QVERIFY(porch->config().shared);
        QCOMPARE(rowOf(list, u"Porch"_s).siblingAtColumn(CameraListModel::Shared).data().toString(), u"Shared"_s);

        // The menu bar's Cameras menu is the same menu for the current camera, after Add camera.
        QMenu *cameras = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == u"&Cameras"_s)
                cameras = menu->menu();
        }
        QVERIFY(cameras);
        QCOMPARE(cameras->actions().constFirst()->objectName(), u"addCamera"_s);
        QCOMPARE(names(cameras).mid(2), names(tileMenu));
        QCOMPARE(qobject_cast<CameraMenu *>(cameras)->camera(), porch);
        window.grid()->tileFor(u"yard"_s)->setFocus();
        QCOMPARE(qobject_cast<CameraMenu *>(cameras)->camera(), registry.find(u"yard"_s));
        QCOMPARE(list.currentCamera(), registry.find(u"yard"_s)); // the list follows the grid's focus too
        QCOMPARE(window.details()->camera(), registry.find(u"yard"_s));
    }

    void aCameraDraggedFromTheListLandsOnTheTileItIsDroppedOn()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(u"cameras.json"_s));
        CameraRegistry registry;
        for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s})
            registry.add(camera(name, u"test:pattern?size=320x240&fps=5"_s));
        MainWindow window(&registry);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const CameraList &list = *window.cameraList();

        // What the list puts in a drag of row D.
        const QModelIndex d = rowOf(list, u"D"_s);
        std::unique_ptr<QMimeData> data(list.view()->model()->mimeData({d}));
        QVERIFY(data && data->hasFormat(CameraGrid::CameraMimeType));

        CameraTile *b = window.grid()->tileFor(u"b"_s);
        const QPoint at = b->rect().center();
        const QPoint bCell = b->pos();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(b, &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(b->isDropTarget()); // the tile shows where the camera would land
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(b, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(b, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(!b->isDropTarget());

        // D sits where B was, B where D was; saved like any other order.
        QCOMPARE(order(registry), QStringList({u"a"_s, u"d"_s, u"c"_s, u"b"_s}));
        QTRY_COMPARE(window.grid()->tileFor(u"d"_s)->pos(), bCell);
        QCOMPARE(window.grid()->tiles().at(1)->camera()->id(), u"d"_s);
        QCOMPARE(column(list, CameraListModel::Name), QStringList({u"A"_s, u"D"_s, u"C"_s, u"B"_s}));

        // Something that is not a camera is not taken.
        QMimeData text;
        text.setText(u"rtsp://example/"_s);
        QDragEnterEvent stranger(at, Qt::CopyAction, &text, Qt::LeftButton, {});
        QApplication::sendEvent(b, &stranger);
        QVERIFY(!stranger.isAccepted());
        QVERIFY(!b->isDropTarget());

        // Onto the maximized tile: the dropped camera is the one shown.
        window.grid()->setMaximized(window.grid()->tileFor(u"a"_s));
        CameraTile *big = window.grid()->maximized();
        std::unique_ptr<QMimeData> c(list.view()->model()->mimeData({rowOf(list, u"C"_s)}));
        QDragEnterEvent overBig(big->rect().center(), Qt::MoveAction, c.get(), Qt::LeftButton, {});
        QApplication::sendEvent(big, &overBig);
        QDropEvent onBig(QPointF(big->rect().center()), Qt::MoveAction, c.get(), Qt::LeftButton, {});
        QApplication::sendEvent(big, &onBig);
        QCOMPARE(window.grid()->maximized()->camera()->id(), u"c"_s);
    }

    void theDetailsAgreeWithTheApiAndKeepTheLastError()
    {
        CameraRegistry registry;
        Camera *porch = registry.add(camera(u"Porch"_s, u"test:pattern?size=640x360&fps=10"_s));
        const quint16 dead = TestCameras::unusedPort();
        CameraConfig gateConfig = camera(u"Gate"_s, u"http://127.0.0.1:%1/video.mjpg"_s.arg(dead));
        gateConfig.subUrl = QUrl(u"http://admin:password@127.0.0.1:%1/small.mjpg"_s.arg(dead));
        Camera *gate = registry.add(gateConfig);
        ShareServer share;
        ShareServer::Settings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(share.start(settings, &error), qPrintable(error));
        for (const Camera *cam : registry.cameras())
            share.addCamera(cam->feed());
        porch->setShared(true);
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraDetails &details = *window.details();
        QVERIFY(details.isVisible());

        window.grid()->tileFor(u"porch"_s)->setFocus();
        QCOMPARE(details.camera(), porch);
        QTRY_COMPARE(porch->state(), CameraState::Live);
        MjpegReader viewer(share.url().resolved(QUrl(u"cameras/porch/stream.mjpg"_s)));
        viewer.setKeep(1);
        viewer.start();
        QTRY_VERIFY(viewer.partCount() >= 5);
        QTRY_COMPARE(details.figure(u"viewers"_s), u"1"_s); // within the panel's second

        const QJsonObject api = apiCamera(share.url(), u"porch"_s);
        QCOMPARE(api[u"clients"_s].toInt(), 1);
        QCOMPARE(details.figure(u"state"_s), cameraStateText(CameraState::Live));
        const QString stream = u"%1×%2"_s.arg(api[u"width"_s].toInt()).arg(api[u"height"_s].toInt());
        QCOMPARE(stream, u"640×360"_s);
        QVERIFY2(details.figure(u"stream"_s).endsWith(stream), qPrintable(details.figure(u"stream"_s)));
        QVERIFY2(details.figure(u"stream"_s).startsWith(api[u"codec"_s].toString().toUpper()),
                 qPrintable(details.figure(u"stream"_s) + u" / "_s + api[u"codec"_s].toString()));
        QCOMPARE(details.figure(u"reconnects"_s), QString::number(api[u"reconnects"_s].toInt()));
        QCOMPARE(details.figure(u"lastError"_s), u"none"_s);
        QCOMPARE(api[u"lastErrorAgeMs"_s].toInteger(), -1);
        // The rate: once its first second is measured, within a picture or two of the API's, read a moment apart.
        const auto rateAgrees = [&] {
            const double shown = details.figure(u"fps"_s).section(u' ', 0, 0).toDouble();
            const double told = apiCamera(share.url(), u"porch"_s)[u"fps"_s].toDouble();
            return shown > 5 && qAbs(shown - told) <= 2.5;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rateAgrees(), 5000);
        QVERIFY(!details.figure(u"address"_s).isEmpty());

        // A camera that cannot be reached: its state says why, and the error stays as the last one.
        window.cameraList()->setCurrentCamera(gate);
        QCOMPARE(details.camera(), gate);
        QTRY_COMPARE(gate->state(), CameraState::Reconnecting);
        QTRY_VERIFY(details.figure(u"state"_s).startsWith(cameraStateText(CameraState::Reconnecting) + u": "_s));
        const QJsonObject failed = apiCamera(share.url(), u"gate"_s);
        const QString lastError = failed[u"lastError"_s].toString();
        QVERIFY(!lastError.isEmpty());
        QVERIFY(failed[u"lastErrorAgeMs"_s].toInteger() >= 0);
        QVERIFY2(details.figure(u"state"_s).endsWith(failed[u"error"_s].toString()),
                 qPrintable(details.figure(u"state"_s)));
        QVERIFY2(details.figure(u"lastError"_s).startsWith(lastError), qPrintable(details.figure(u"lastError"_s)));
        QVERIFY(!details.figure(u"address"_s).contains(u"password"_s));
        QCOMPARE(details.figure(u"subAddress"_s), u"http://admin:***@127.0.0.1:%1/small.mjpg"_s.arg(dead));
        window.cameraList()->setCurrentCamera(porch);
        QCOMPARE(details.figure(u"subAddress"_s), u"none"_s);
    }

    // A first start: four demo cameras that say so, an offer in every empty cell, and the demos make way, with a
    // word, for the first camera the user adds.
    void demoCamerasSayWhatTheyAreAndMakeWayForTheFirstRealOne()
    {
        CameraRegistry registry;
        for (const QString &name : {u"Front door"_s, u"Garden"_s, u"Garage"_s, u"Bike shed"_s})
            registry.add(camera(name, u"test:pattern?size=320x240&fps=5"_s), CameraRegistry::Lifetime::Demo);
        QSignalSpy saved(&registry, &CameraRegistry::configurationChanged);
        MainWindow window(&registry);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.statusBar()->currentMessage().contains(u"demo"_s));
        QCOMPARE(column(*window.cameraList(), CameraListModel::Name).first(), u"Front door (demo)"_s);
        CameraTile *tile = window.grid()->tileFor(u"front-door"_s);
        tile->grab();
        QVERIFY2(tile->overlayParts().titleText.startsWith(u"Front door (demo)"_s),
                 qPrintable(tile->overlayParts().titleText));
        QVERIFY(registry.savedConfigs().isEmpty());

        // A 3×3 grid: five empty cells, each offering a camera.
        window.grid()->setCellsPerSide(3);
        const auto emptyCells = [&window] {
            QList<QPushButton *> shown;
            for (QPushButton *cell : window.grid()->findChildren<QPushButton *>(u"emptyCell"_s)) {
                if (cell->isVisibleTo(window.grid()))
                    shown << cell;
            }
            return shown;
        };
        QCOMPARE(emptyCells().size(), 5);
        QCOMPARE(emptyCells().first()->text(), u"+  Add camera"_s);
        QTest::mouseClick(emptyCells().first(), Qt::LeftButton);
        CameraDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CameraDialog *>()));
        dialog->setKind(u"test"_s);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Camera name"_s)
                edit->setText(u"Porch"_s);
        }
        dialog->accept();

        // The user's camera, alone, saved; the demos gone, and the window says so.
        QTRY_COMPARE(order(registry), QStringList({u"porch"_s}));
        QVERIFY(!registry.hasDemos());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"demo cameras are gone"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(registry.savedConfigs().size(), 1);
        QVERIFY(saved.count() >= 1);
        QCOMPARE(column(*window.cameraList(), CameraListModel::Name), QStringList({u"Porch"_s}));
        QCOMPARE(emptyCells().size(), 8);

        // With no camera at all, the whole grid is one offer.
        window.grid()->setCellsPerSide(0);
        registry.remove(u"porch"_s);
        QCOMPARE(emptyCells().size(), 1);
        QCOMPARE(emptyCells().first()->text(), u"Add your first camera"_s);
        // A camera of the user's own does not make an explicitly asked-for camera go.
        registry.add(camera(u"Lab"_s, u"test:pattern"_s), CameraRegistry::Lifetime::ThisRunOnly);
        registry.add(camera(u"Hall"_s, u"test:pattern"_s));
        QCOMPARE(order(registry), QStringList({u"lab"_s, u"hall"_s}));
    }

    // A refused password (a real HTTP camera answering 401) or an address of no known kind: the tile offers Edit
    // under the error, and it opens that camera's dialog. A camera that works offers nothing of the kind.
    void aCameraOnlyTheUserCanFixOffersEditWhereTheErrorIs()
    {
        QTemporaryDir frames;
        HttpCameraServer http(writeJpegFiles(frames.path(), 2, {320, 240}), u"admin"_s, u"right"_s);
        QVERIFY(http.start());
        CameraRegistry registry;
        Camera *gate = registry.add(camera(u"Gate"_s, http.url(u"/basic/stream?fps=5"_s, u"admin:wrong"_s).toString()));
        Camera *attic = registry.add(camera(u"Attic"_s, u"gopher://nowhere/cam"_s));
        Camera *porch = registry.add(camera(u"Porch"_s, u"test:pattern?size=320x240&fps=5"_s));
        MainWindow window(&registry);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto fixButton = [&window](const Camera *cam) {
            return window.grid()->tileFor(cam->id())->findChild<QToolButton *>(u"fix"_s);
        };
        QTRY_COMPARE_WITH_TIMEOUT(gate->state(), CameraState::Reconnecting, 5000);
        QVERIFY2(gate->errorText().contains(u"next try in 2 min"_s), qPrintable(gate->errorText()));
        QTRY_VERIFY(fixButton(gate)->isVisible());
        QVERIFY(fixButton(attic)->isVisible());
        QTRY_COMPARE(porch->state(), CameraState::Live);
        QVERIFY(!fixButton(porch)->isVisible());

        QTest::mouseClick(fixButton(gate), Qt::LeftButton);
        CameraDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CameraDialog *>()));
        QCOMPARE(dialog->config().name, u"Gate"_s);
        dialog->reject();
    }

    void thePanelsComeBackAsTheyWereLeftAndStepAsideInFullScreen()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(u"cameras.json"_s));
        {
            CameraRegistry registry;
            registry.add(camera(u"Porch"_s, u"test:pattern?size=320x240&fps=5"_s));
            MainWindow window(&registry);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *list = window.findChild<QDockWidget *>(u"cameraListPanel"_s);
            auto *details = window.findChild<QDockWidget *>(u"detailsPanel"_s);
            QVERIFY(list && details && list->isVisible() && details->isVisible());

            // Shift+F9 closes the details; F11 hides the rest for the pictures; F11 again brings back what was shown.
            QTest::keyClick(&window, Qt::Key_F9, Qt::ShiftModifier);
            QVERIFY(!details->isVisible());
            QTest::keyClick(&window, Qt::Key_F11);
            QTRY_VERIFY(window.isFullScreen());
            QVERIFY(!list->isVisible());
            QTest::keyClick(&window, Qt::Key_F11);
            QTRY_VERIFY(!window.isFullScreen());
            QTRY_VERIFY(list->isVisible());
            QVERIFY(!details->isVisible());

            AppConfig config;
            config.cameras = registry.savedConfigs();
            config.layout = window.saveLayout();
            QVERIFY(store.save(config, nullptr));
        }
        CameraRegistry registry;
        for (const CameraConfig &config : store.load().config.cameras)
            registry.add(config);
        MainWindow window(&registry);
        window.restoreLayout(store.load().config.layout);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QDockWidget *>(u"cameraListPanel"_s)->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(u"detailsPanel"_s)->isVisible());
    }
};

QTEST_MAIN(tst_CameraPanels)
#include "tst_camerapanels.moc"
