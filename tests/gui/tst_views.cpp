// Named views and the tour, on the offscreen platform with real cameras (test patterns) and a real window: views
// saved through the window's own dialog, shown again by their keys, kept in the configuration file across a
// restart; the tour driven by a manual clock, so holding for input is checked without waiting for it.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "camera/configstore.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "media/framehub.h"
#include "views/namedviews.h"
#include "views/viewswitcher.h"
#include "views/viewtour.h"
#include "views/wallwindow.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void addCameras(CameraRegistry &registry, const QStringList &names)
{
    for (const QString &name : names)
        registry.add(CameraConfig::named(name, QUrl(u"test:pattern?size=160x120&fps=5"_s)));
}

QString maximizedId(const CameraGrid &grid)
{
    return grid.maximized() && grid.maximized()->camera() ? grid.maximized()->camera()->id() : QString();
}

// The dialog `name` once it is open; null when it did not open.
template<typename Dialog> Dialog *openedDialog(const QWidget &window, const QString &name)
{
    Dialog *dialog = nullptr;
    const bool opened
        = QTest::qWaitFor([&] { return (dialog = window.findChild<Dialog *>(name)) && dialog->isVisible(); }, 5000);
    return opened ? dialog : nullptr;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

} // namespace

class tst_Views : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewsAreSavedAndShownAgainByTheirKeys()
    {
        CameraRegistry registry;
        addCameras(registry, {u"Porch"_s, u"Gate"_s, u"Yard"_s, u"Shed"_s, u"Drive"_s});
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraGrid &grid = *window.grid();

        // A 2×2 grid with the shed first, saved with the tool bar's button and the name asked for.
        registry.arrange({u"shed"_s, u"gate"_s});
        grid.setCellsPerSide(2);
        window.findChild<QAction *>(u"saveView"_s)->trigger();
        auto *name = openedDialog<QInputDialog>(window, u"viewNameDialog"_s);
        QVERIFY(name);
        QCOMPARE(name->textValue(), u"View 1"_s);
        name->setTextValue(u"  Entrance  "_s);
        name->done(QDialog::Accepted);
        ViewSwitcher &views = *window.views();
        QCOMPARE(views.views()->count(), 1);
        QCOMPARE(views.views()->at(0).name, u"Entrance"_s);
        QCOMPARE(views.current(), 0);

        // Another arrangement: automatic layout, the yard filling the window.
        registry.arrange({u"porch"_s});
        grid.setCellsPerSide(0);
        grid.setMaximized(grid.tileFor(u"yard"_s));
        QCOMPARE(views.current(), -1); // the grid no longer shows "Entrance"
        QCOMPARE(views.saveCurrent(u"Yard close-up"_s), 1);

        // The tool bar's chooser and the Views menu list them; the menu gives each its key.
        auto *chooser = window.findChild<QComboBox *>(u"viewChooser"_s);
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->itemText(0), u"Entrance"_s);
        QCOMPARE(chooser->currentIndex(), 1);
        auto *menu = window.findChild<QMenu *>(u"viewsMenu"_s);
        QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
        QVERIFY(menuTexts(menu).contains(u"Entrance"_s));
        QCOMPARE(window.findChild<QAction *>(u"view1"_s)->shortcut(), QKeySequence(u"Ctrl+1"_s));

        // Ctrl+1: the 2×2 grid with the shed and the gate first, nothing maximized.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(grid.cellsPerSide(), 2);
        QCOMPARE(registry.order().mid(0, 2), QStringList({u"shed"_s, u"gate"_s}));
        QCOMPARE(maximizedId(grid), QString());
        QCOMPARE(grid.tiles().constFirst()->camera()->id(), u"shed"_s);
        QVERIFY(grid.tileFor(u"shed"_s)->isVisible());
        QVERIFY(!grid.tileFor(u"drive"_s)->isVisible()); // the fifth camera is on page 2
        QCOMPARE(chooser->currentIndex(), 0);
        QVERIFY(window.findChild<QAction *>(u"view1"_s)->isChecked());

        // Ctrl+2: the yard fills the grid again.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(maximizedId(grid), u"yard"_s);
        QCOMPARE(grid.cellsPerSide(), 0);
        QVERIFY(!grid.tileFor(u"shed"_s)->isVisible());

        // The chooser shows one too.
        chooser->activated(0);
        QCOMPARE(grid.cellsPerSide(), 2);
        QCOMPARE(maximizedId(grid), QString());
    }

    void viewsSurviveARestartThroughTheConfigurationFile()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(u"cameras.json"_s));
        AppConfig config;
        {
            CameraRegistry registry;
            addCameras(registry, {u"Porch"_s, u"Gate"_s, u"Yard"_s});
            MainWindow window(&registry);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.grid()->setCellsPerSide(1);
            registry.arrange({u"yard"_s});
            QCOMPARE(window.views()->saveCurrent(u"Yard only"_s), 0);
            registry.arrange({u"porch"_s, u"gate"_s, u"yard"_s});
            window.grid()->setCellsPerSide(0);
            window.views()->views()->setInTour(0, false);
            window.findChild<QAction *>(u"tour"_s)->trigger(); // left running
            config.cameras = registry.savedConfigs();
            config.layout = window.saveLayout();
            QString error;
            QVERIFY2(store.save(config, &error), qPrintable(error));
        }
        const ConfigStore::Loaded loaded = store.load();
        QVERIFY(loaded.problem.isEmpty());
        CameraRegistry registry;
        for (const CameraConfig &camera : loaded.config.cameras)
            registry.add(camera);
        MainWindow window(&registry);
        window.restoreLayout(loaded.config.layout);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.views()->views()->count(), 1);
        QCOMPARE(window.views()->views()->at(0).name, u"Yard only"_s);
        QVERIFY(!window.views()->views()->at(0).inTour);
        QVERIFY(window.views()->tour()->isRunning());
        QVERIFY(window.findChild<QAction *>(u"tour"_s)->isChecked());
        QCOMPARE(window.grid()->cellsPerSide(), 0);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.grid()->cellsPerSide(), 1);
        QCOMPARE(registry.order().constFirst(), u"yard"_s);
        QVERIFY(window.grid()->tileFor(u"yard"_s)->isVisible());
        QVERIFY(!window.grid()->tileFor(u"porch"_s)->isVisible());
    }

    void renamingAndDeletingAskFirstAndRefuseATakenName()
    {
        CameraRegistry registry;
        addCameras(registry, {u"Porch"_s, u"Gate"_s});
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ViewSwitcher &views = *window.views();
        auto *rename = window.findChild<QAction *>(u"renameView"_s);
        auto *remove = window.findChild<QAction *>(u"deleteView"_s);
        QVERIFY(!rename->isEnabled()); // no view shown yet
        QCOMPARE(views.saveCurrent(u"Day"_s), 0);
        window.grid()->setCellsPerSide(1);
        QCOMPARE(views.saveCurrent(u"Night"_s), 1);
        QVERIFY(rename->isEnabled());
        QVERIFY(rename->text().contains(u"Night"_s));

        // A name another view has is refused, and said so; the view keeps its own.
        rename->trigger();
        auto *dialog = openedDialog<QInputDialog>(window, u"viewRenameDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), u"Night"_s);
        dialog->setTextValue(u"day"_s);
        dialog->done(QDialog::Accepted);
        auto *refused = openedDialog<QMessageBox>(window, u"viewRefused"_s);
        QVERIFY(refused);
        QVERIFY(refused->text().contains(u"day"_s));
        refused->done(QMessageBox::Ok);
        QCOMPARE(views.views()->at(1).name, u"Night"_s);

        QTRY_VERIFY(!window.findChild<QInputDialog *>(u"viewRenameDialog"_s)); // the first one is gone
        rename->trigger();
        dialog = openedDialog<QInputDialog>(window, u"viewRenameDialog"_s);
        QVERIFY(dialog);
        dialog->setTextValue(u"Day & night"_s);
        dialog->done(QDialog::Accepted);
        // An '&' in a name is shown as one, not taken for a keyboard accelerator.
        QCOMPARE(window.findChild<QAction *>(u"view2"_s)->text(), u"Day && night"_s);
        QVERIFY(rename->text().contains(u"Day && night"_s));
        QCOMPARE(window.findChild<QComboBox *>(u"viewChooser"_s)->itemText(1), u"Day & night"_s);
        QTRY_VERIFY(!window.findChild<QInputDialog *>(u"viewRenameDialog"_s));
        rename->trigger();
        dialog = openedDialog<QInputDialog>(window, u"viewRenameDialog"_s);
        QVERIFY(dialog);
        dialog->setTextValue(u"Night shift"_s);
        dialog->done(QDialog::Accepted);
        QCOMPARE(views.views()->at(1).name, u"Night shift"_s);
        QCOMPARE(window.findChild<QComboBox *>(u"viewChooser"_s)->itemText(1), u"Night shift"_s);

        // Deleting asks; Cancel keeps it, Yes deletes it and the cameras stay as they are.
        remove->trigger();
        auto *ask = openedDialog<QMessageBox>(window, u"deleteViewBox"_s);
        QVERIFY(ask);
        QVERIFY(ask->text().contains(u"Night shift"_s));
        ask->done(QMessageBox::Cancel);
        QCOMPARE(views.views()->count(), 2);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"deleteViewBox"_s));
        remove->trigger();
        ask = openedDialog<QMessageBox>(window, u"deleteViewBox"_s);
        QVERIFY(ask);
        ask->done(QMessageBox::Yes);
        QCOMPARE(views.views()->count(), 1);
        QCOMPARE(views.views()->at(0).name, u"Day"_s);
        QCOMPARE(window.grid()->cellsPerSide(), 1);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!window.findChild<QAction *>(u"view2"_s));
    }

    void theTourStepsEveryPeriodAndHoldsWhileTheUserIsAtIt()
    {
        CameraRegistry registry;
        addCameras(registry, {u"Porch"_s, u"Gate"_s, u"Yard"_s, u"Shed"_s, u"Drive"_s, u"Barn"_s});
        QWidget window;
        auto *grid = new CameraGrid(&registry, &window);
        grid->resize(640, 480);
        ManualClock clock;
        ViewSwitcher views(grid, &registry, &window, clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // With no view, the tour goes through the pages.
        grid->setCellsPerSide(2);
        QCOMPARE(grid->pageCount(), 2);
        views.tour()->setPeriod(10s);
        views.tourAction()->trigger();
        QVERIFY(views.tour()->isRunning());
        clock.advance(9s);
        QCOMPARE(grid->page(), 0);
        clock.advance(1s);
        QCOMPARE(grid->page(), 1);
        clock.advance(10s);
        QCOMPARE(grid->page(), 0); // and round again

        // With views, through the views in the tour, in their order.
        QCOMPARE(views.saveCurrent(u"All"_s), 0);
        grid->setMaximized(grid->tileFor(u"gate"_s));
        QCOMPARE(views.saveCurrent(u"Gate"_s), 1);
        grid->setMaximized(grid->tileFor(u"yard"_s));
        QCOMPARE(views.saveCurrent(u"Yard"_s), 2);
        views.views()->setInTour(1, false);
        clock.advance(10s);
        QCOMPARE(views.current(), 0);
        QCOMPARE(maximizedId(*grid), QString());
        clock.advance(10s);
        QCOMPARE(views.current(), 2); // "Gate" is left out
        QCOMPARE(maximizedId(*grid), u"yard"_s);

        // A key or the mouse holds it: the next step comes a whole period after the last input.
        clock.advance(6s);
        QTest::keyClick(grid, Qt::Key_Shift);
        clock.advance(6s);
        QCOMPARE(views.current(), 2);
        QTest::mouseMove(grid, QPoint(20, 20));
        QTest::mouseMove(grid, QPoint(40, 30));
        clock.advance(9s);
        QCOMPARE(views.current(), 2);
        clock.advance(1s);
        QCOMPARE(views.current(), 0);

        // Stopped, it stays.
        views.tourAction()->trigger();
        QVERIFY(!views.tour()->isRunning());
        clock.advance(60s);
        QCOMPARE(views.current(), 0);
    }

    // A view full screen on a screen of its own (here the offscreen platform's one screen, as a wall would be
    // another): its own arrangement, the window's left alone, every tile with a picture at its own size.
    void aViewOpensFullScreenOnAScreenOfItsOwn()
    {
        CameraRegistry registry;
        addCameras(registry, {u"Porch"_s, u"Gate"_s, u"Yard"_s});
        MainWindow window(&registry);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ViewSwitcher &views = *window.views();
        registry.arrange({u"yard"_s, u"gate"_s});
        window.grid()->setCellsPerSide(1);
        QCOMPARE(views.saveCurrent(u"Yard wall"_s), 0);
        registry.arrange({u"porch"_s, u"gate"_s, u"yard"_s});
        window.grid()->setCellsPerSide(0);

        // From the menu: the view shown, on the chosen screen.
        views.show(0);
        auto *onScreen = window.findChild<QAction *>(u"wallOnScreen1"_s);
        QVERIFY(onScreen);
        QVERIFY(onScreen->toolTip().contains(u"Yard wall"_s));
        registry.arrange({u"porch"_s, u"gate"_s, u"yard"_s});
        window.grid()->setCellsPerSide(0);
        QCOMPARE(views.current(), -1);
        WallWindow *wall = views.openWall(0, QGuiApplication::primaryScreen());
        QVERIFY(QTest::qWaitForWindowExposed(wall));
        QVERIFY(wall->isFullScreen());
        QCOMPARE(wall->grid()->cellsPerSide(), 1);
        QCOMPARE(wall->grid()->tiles().constFirst()->camera()->id(), u"yard"_s);
        QVERIFY(wall->grid()->tileFor(u"yard"_s)->isVisible());
        QVERIFY(!wall->grid()->tileFor(u"porch"_s)->isVisible());
        // The window keeps its own arrangement, and so does the saved order.
        QCOMPARE(registry.order(), QStringList({u"porch"_s, u"gate"_s, u"yard"_s}));
        QCOMPARE(window.grid()->cellsPerSide(), 0);
        QVERIFY(window.grid()->tileFor(u"yard"_s)->isVisible());

        // The yard in both, at two sizes: each tile gets a picture made for its own size.
        CameraTile *small = window.grid()->tileFor(u"yard"_s);
        CameraTile *large = wall->grid()->tileFor(u"yard"_s);
        QVERIFY(small->size() != large->size());
        Camera *yard = registry.find(u"yard"_s);
        QTRY_VERIFY(!yard->feed()->frames().latest().displayImageMadeFor(small->size()).isNull()
                    && !yard->feed()->frames().latest().displayImageMadeFor(large->size()).isNull());
        QTRY_VERIFY(small->hasPicture() && large->hasPicture());
        const QImage shot = large->grab().toImage();
        QVERIFY(shot.pixelColor(shot.width() / 2, shot.height() / 2) != QColor(Qt::black));

        // Escape closes the wall; the camera then makes pictures for the window's tile only.
        QPointer<WallWindow> closing(wall);
        QTest::keyClick(wall, Qt::Key_Escape);
        QTRY_VERIFY(!closing);
        QCOMPARE(yard->feed()->display().size(), small->size());
    }

    void aHandEditedViewListIsReadWithoutSurprises()
    {
        NamedViews views;
        views.load(QJsonDocument::fromJson(R"([
            {"name": "Front", "grid": 2, "cameras": ["a", "b", 3], "page": -4},
            {"name": "  "},
            "not a view",
            {"name": "front", "grid": 3},
            {"name": "Back", "grid": "x", "maximized": "b", "inTour": false}
        ])")
                       .array());
        QCOMPARE(views.count(), 2);
        QCOMPARE(views.at(0).name, u"Front"_s);
        QCOMPARE(views.at(0).cellsPerSide, 2);
        QCOMPARE(views.at(0).order, QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(views.at(0).page, 0);
        QCOMPARE(views.at(1).cellsPerSide, 0);
        QCOMPARE(views.at(1).maximized, u"b"_s);
        QVERIFY(!views.at(1).inTour);
        // Written back as read.
        NamedViews again;
        again.load(views.toJson());
        QCOMPARE(again.all(), views.all());
    }
};

QTEST_MAIN(tst_Views)
#include "tst_views.moc"
