// The window as a user sees it, on the offscreen platform: real widgets, real cameras (test patterns).

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "camera/configstore.h"
#include "dialogs/cameradialog.h"
#include "dialogs/sharedialog.h"
#include "mainwindow.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "share/shareserver.h"
#include "share/viewlinks.h"
#include "testclip.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
CameraConfig camera(const QString &name, const QString &url, bool enabled = true)
{
    CameraConfig config = CameraConfig::named(name, QUrl(url));
    config.enabled = enabled;
    return config;
}
// What the program keeps when it exits: the cameras and the window's layout.
bool keep(const ConfigStore &store, const CameraRegistry &registry, const MainWindow &window)
{
    AppConfig config;
    config.cameras = registry.savedConfigs();
    config.layout = window.saveLayout();
    return store.save(config, nullptr);
}

// The next start of the program, from what was kept.
struct NextStart
{
    explicit NextStart(const ConfigStore &store)
    {
        const ConfigStore::Loaded loaded = store.load();
        for (const CameraConfig &config : loaded.config.cameras)
            registry.add(config);
        window.restoreLayout(loaded.config.layout);
    }
    CameraRegistry registry;
    MainWindow window {&registry};
};
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShareToggleSharesAndShowsTheAddress()
    {
        CameraRegistry registry;
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=320x240&fps=5")));
        MainWindow window(&registry);
        window.setShareAccess({QUrl(QStringLiteral("http://127.0.0.1:8088/")), false, {}, {}, {}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CameraTile *tile = window.grid()->tiles().constFirst();
        auto *share = tile->findChild<QToolButton *>(QStringLiteral("share"));
        QVERIFY(share);
        QVERIFY(share->isEnabled());
        QVERIFY(!yard->config().shared);
        // The button shows its state: dark while off, blue while the camera is shared.
        const auto boxColour
            = [share] { return share->grab().toImage().pixelColor(share->width() / 2, share->height() - 3); };
        QVERIFY2(boxColour().blue() < 80, qPrintable(boxColour().name()));
        QTest::mouseClick(share, Qt::LeftButton);
        QVERIFY(yard->config().shared);
        QVERIFY2(boxColour().blue() > 120 && boxColour().blue() > boxColour().red() + 60,
                 qPrintable(boxColour().name()));
        QCOMPARE(tile->shareUrl(), QUrl(QStringLiteral("http://127.0.0.1:8088/cameras/yard/stream.mjpg")));
        // The status line names it and links the server's page; its own address is in the line's tooltip.
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        const auto shareLine = std::find_if(labels.begin(), labels.end(), [](QLabel *label) {
            return label->accessibleName() == QStringLiteral("Shared camera addresses");
        });
        QVERIFY(shareLine != labels.end());
        QVERIFY2((*shareLine)->text().contains(QStringLiteral("Yard at <a href=\"http://127.0.0.1:8088/\">")),
                 qPrintable((*shareLine)->text()));
        QVERIFY((*shareLine)->toolTip().contains(QStringLiteral("http://127.0.0.1:8088/cameras/yard/stream.mjpg")));
        // Many shared cameras still make one line that fits the window, every address still in the tooltip.
        for (int i = 0; i < 30; ++i)
            registry.add(camera(QStringLiteral("Shared camera number %1").arg(i), QStringLiteral("test:pattern")))
                ->setShared(true);
        QVERIFY2((*shareLine)->sizeHint().width() < 900, qPrintable(QString::number((*shareLine)->sizeHint().width())));
        QVERIFY((*shareLine)->text().contains(QStringLiteral("Shared (31)")));
        QVERIFY((*shareLine)->toolTip().contains(QStringLiteral("shared-camera-number-29/stream.mjpg")));
        // A name with markup in it (a pushed sender names its camera) is shown as written, never rendered, also
        // when it leads the tooltip (where Qt would take the whole tooltip for rich text).
        for (Camera *other : registry.cameras())
            other->setShared(false);
        registry.add(camera(QStringLiteral("<b>Gate</b><img src=x>"), QStringLiteral("test:pattern")))->setShared(true);
        const QString tip = (*shareLine)->toolTip();
        QTextDocument shown; // as QToolTip shows it
        Qt::mightBeRichText(tip) ? shown.setHtml(tip) : shown.setPlainText(tip);
        QVERIFY2(shown.toPlainText().startsWith(QStringLiteral("<b>Gate</b><img src=x>: http://")),
                 qPrintable(shown.toPlainText()));
        QVERIFY((*shareLine)->text().contains(QStringLiteral("&lt;b&gt;Gate")));
        yard->setShared(true);

        QTest::mouseClick(share, Qt::LeftButton);
        QVERIFY(!yard->config().shared);
    }

    void theShareDialogGivesAViewLinkAPhoneCanScan()
    {
        CameraRegistry registry;
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=320x240&fps=5")));
        MainWindow window(&registry);
        auto links = std::make_shared<ViewLinks>();
        // Listening on every interface, as `--share-bind 0.0.0.0` does.
        int renewed = 0;
        window.setShareAccess(
            {QUrl(QStringLiteral("http://0.0.0.0:8088/")), true, links, [&renewed] { ++renewed; }, {}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *tile = window.grid()->tiles().constFirst();
        auto *link = tile->findChild<QToolButton *>(QStringLiteral("shareLink"));
        QVERIFY(link && !link->isVisible()); // nothing to link to before sharing
        yard->setShared(true);
        QVERIFY(link->isVisible());
        QTest::mouseClick(link, Qt::LeftButton);

        ShareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShareDialog *>()));
        // Before a link is made, no credential of any kind is shown.
        QVERIFY(!dialog->address().hasQuery());
        auto *make = dialog->findChild<QPushButton *>(QStringLiteral("makeLink"));
        QVERIFY(make);
        QTest::mouseClick(make, Qt::LeftButton);
        const QUrl address = dialog->address();
        QCOMPARE(links->list(QStringLiteral("yard")).size(), 1);
        const ViewLink made = links->list(QStringLiteral("yard")).constFirst();
        QCOMPARE(QUrlQuery(address).queryItemValue(QStringLiteral("token")), made.token);
        QVERIFY(made.expires.isValid()); // a day, unless the user picks "until revoked"
        QCOMPARE(address.path(), QStringLiteral("/"));
        QVERIFY(address.host() != QStringLiteral("0.0.0.0")); // a real address of this computer, if it has one
        // For a look at the dialog as a user sees it: CCTV_SCREENSHOT_DIR=/tmp/shots tst_mainwindow.
        if (const QString shots = qEnvironmentVariable("CCTV_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/sharedialog.png")));

        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyAddress"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), address.toString());

        // The QR code, read back by a real decoder, is the same address.
        const QLabel *qr = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->pixmap().isNull())
                qr = label;
        }
        QVERIFY(qr);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(qr->pixmap().save(png));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png});
        if (!zbar.waitForStarted(5000))
            QSKIP("zbarimg is not installed (Debian package zbar-tools)");
        QVERIFY(zbar.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), address.toString());

        // Listed, then revoked from the same dialog: the link stops working.
        auto *list = dialog->findChild<QTreeWidget *>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(!list->topLevelItem(0)->text(0).contains(made.token));
        list->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeLink")), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!links->use(made.token.toUtf8()));
        QVERIFY(!dialog->address().hasQuery());

        // A new admin token, after the user confirms what it ends.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("renewAdminToken")), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog->findChild<QMessageBox *>()));
        QCOMPARE(renewed, 0);
        QAbstractButton *accept = nullptr;
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
                accept = button;
        }
        QVERIFY(accept);
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(renewed, 1);
    }

    void theOnOffButtonStopsTheCameraAndStartsItAgain()
    {
        CameraRegistry registry;
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=320x240&fps=25")));
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(yard->state(), CameraState::Live);
        CameraTile *tile = window.grid()->tiles().constFirst();
        auto *power = tile->findChild<QToolButton *>(QStringLiteral("power"));
        QVERIFY(power && power->isChecked());

        QTest::mouseClick(power, Qt::LeftButton);
        QCOMPARE(yard->state(), CameraState::Stopped);
        QVERIFY(!yard->config().enabled);
        QCOMPARE(tile->accessibleDescription(), QStringLiteral("off"));
        QCOMPARE(power->text(), QStringLiteral("Off"));
        QTest::qWait(200);
        const quint64 frames = yard->feed()->status().frames;
        QTest::qWait(400);
        QCOMPARE(yard->feed()->status().frames, frames); // released: nothing arrives

        QTest::mouseClick(power, Qt::LeftButton);
        QTRY_COMPARE(yard->state(), CameraState::Live);
    }

    void doubleClickMaximizesAndEscapeRestores()
    {
        CameraRegistry registry;
        for (const char *name : {"A", "B", "C", "D"})
            registry.add(camera(QLatin1String(name), QStringLiteral("test:pattern?size=320x240&fps=5")));
        MainWindow window(&registry);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<CameraTile *> tiles = window.grid()->tiles();

        QTest::mouseDClick(tiles[1], Qt::LeftButton);
        QCOMPARE(window.grid()->maximized(), tiles[1]);
        QTRY_VERIFY(tiles[1]->width() > window.grid()->width() * 9 / 10);
        QVERIFY(!tiles[0]->isVisible() && !tiles[2]->isVisible() && !tiles[3]->isVisible());
        // A hidden tile asks for no display pictures at all.
        QVERIFY(!tiles[0]->camera()->feed()->display().size().isValid());

        QTest::keyClick(tiles[1], Qt::Key_Escape);
        QCOMPARE(window.grid()->maximized(), nullptr);
        QVERIFY(tiles[0]->isVisible() && tiles[3]->isVisible());
        QTRY_VERIFY(tiles[0]->camera()->feed()->display().size().isValid());
    }

    void theKeyboardAloneMovesMaximizesAndRestores()
    {
        CameraRegistry registry;
        for (const char *name : {"A", "B", "C", "D"})
            registry.add(camera(QLatin1String(name), QStringLiteral("test:pattern?size=320x240&fps=5")));
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<CameraTile *> tiles = window.grid()->tiles();
        tiles[0]->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), tiles[1]);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), tiles[3]);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), tiles[2]);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.grid()->maximized(), tiles[2]);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(window.grid()->maximized(), nullptr);
        QCOMPARE(QApplication::focusWidget(), tiles[2]);

        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *fullScreen = window.findChild<QAction *>(QStringLiteral("fullScreen"));
        auto *toolBar = window.findChild<QToolBar *>();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11);
        QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
        // Nothing but the pictures, and the way back named.
        QVERIFY(!toolBar->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QVERIFY(!window.menuBar()->isVisible());
        QCOMPARE(fullScreen->text(), QStringLiteral("Exit &full screen"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11);
        QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(toolBar->isVisible());
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(fullScreen->text(), QStringLiteral("&Full screen"));

        // Ctrl+Q quits.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    // Every action is in a menu, with its shortcut; the About box names the version and the libraries.
    void theMenusHoldEveryActionAndAboutNamesTheVersions()
    {
        CameraRegistry registry;
        MainWindow window(&registry);
        window.show();
        QStringList menus;
        QStringList shortcuts;
        for (QAction *menu : window.menuBar()->actions()) {
            menus << menu->text();
            for (QAction *item : menu->menu()->actions()) {
                if (!item->shortcut().isEmpty())
                    shortcuts << item->shortcut().toString();
                // Every action has its icon, so the menus, the tool bar and the tile's menu read alike.
                if (!item->isSeparator())
                    QVERIFY2(!item->icon().isNull(), qPrintable(item->text()));
            }
        }
        QCOMPARE(menus, QStringList({u"&File"_s, u"&View"_s, u"Vie&ws"_s, u"&Cameras"_s, u"&Help"_s}));
        for (const QString &key :
             {u"Ctrl+N"_s, u"Ctrl+Q"_s, u"F11"_s, u"PgUp"_s, u"PgDown"_s, u"F9"_s, u"Shift+F9"_s, u"Ctrl+S"_s})
            QVERIFY2(shortcuts.contains(key), qPrintable(key + u" in "_s + shortcuts.join(u' ')));

        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        window.findChild<QAction *>(u"about"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"aboutBox"_s)));
        for (const QString &part : {u"CCTV Dashboard 9.8.7"_s, u"Qt 6."_s, u"FFmpeg 5."_s, u"OpenCV 4."_s,
                                    u"libjpeg-turbo 2."_s, u"LICENSE"_s})
            QVERIFY2(box->text().contains(part), qPrintable(part + u": "_s + box->text()));
        box->close();
    }

    void deleteAsksBeforeRemoving()
    {
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Keep"), QStringLiteral("test:pattern?fps=5")));
        registry.add(camera(QStringLiteral("Drop"), QStringLiteral("test:pattern?fps=5")));
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *drop = window.grid()->tileFor(QStringLiteral("drop"));
        QVERIFY(drop);

        // Cancel keeps it.
        drop->setFocus();
        QTest::keyClick(drop, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        QVERIFY(box->text().contains(QStringLiteral("Drop")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(registry.count(), 2);

        // Yes removes it, tile and camera.
        QTest::keyClick(window.grid()->tileFor(QStringLiteral("drop")), Qt::Key_Delete);
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(registry.count(), 1);
        QCOMPARE(window.grid()->tiles().size(), 1);
        QCOMPARE(registry.cameras().constFirst()->id(), QStringLiteral("keep"));
    }

    void aSnapshotLandsInThePicturesFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString folder
            = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/CCTV Dashboard");
        QDir(folder).removeRecursively();
        CameraRegistry registry;
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=320x240&fps=10")));
        MainWindow window(&registry);
        window.show();
        QTRY_COMPARE(yard->state(), CameraState::Live);
        auto *snapshot = window.grid()->tiles().constFirst()->findChild<QAction *>(QStringLiteral("snapshot"));
        QVERIFY(snapshot);
        snapshot->trigger();
        QStringList files;
        QTRY_VERIFY((files = QDir(folder).entryList({QStringLiteral("yard_*.jpg")}, QDir::Files)).size() == 1);
        QFile file(folder + u'/' + files.constFirst());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(JpegCodec::forThisThread().imageSize(file.readAll()), QSize(320, 240));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(files.constFirst()));
        QDir(folder).removeRecursively();
    }

    void draggingATileOntoAnotherSwapsThemAndTheOrderIsKept()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(QStringLiteral("cameras.json")));
        {
            CameraRegistry registry;
            for (const char *name : {"A", "B", "C", "D"})
                registry.add(camera(QLatin1String(name), QStringLiteral("test:pattern?size=320x240&fps=5")));
            MainWindow window(&registry);
            window.resize(800, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QList<CameraTile *> tiles = window.grid()->tiles();
            CameraTile *a = tiles[0];
            CameraTile *c = tiles[2];
            const QPoint from = a->rect().center();
            const QPoint to = a->mapFromGlobal(c->mapToGlobal(c->rect().center()));
            QTest::mousePress(a, Qt::LeftButton, {}, from);
            QTest::mouseMove(a, to);
            QVERIFY(c->isDropTarget()); // where it would land shows while dragging
            QVERIFY(!a->isDropTarget());
            QTest::mouseRelease(a, Qt::LeftButton, {}, to);
            QVERIFY(!c->isDropTarget());

            QStringList order;
            for (Camera *cam : registry.cameras())
                order << cam->id();
            QCOMPARE(
                order,
                (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d")}));
            tiles = window.grid()->tiles();
            QCOMPARE(tiles[0]->camera()->id(), QStringLiteral("c"));
            QTRY_COMPARE(tiles[2]->camera()->id(), QStringLiteral("a"));
            QTRY_VERIFY(tiles[2]->y() > tiles[0]->y()); // a now sits where c was

            // Maximize one, and keep the window's layout with the cameras.
            window.grid()->setMaximized(tiles[1]);
            QVERIFY(keep(store, registry, window));
        }
        // The next start: same order, same maximized camera.
        NextStart next(store);
        MainWindow &window = next.window;
        window.show();
        QStringList order;
        for (const CameraTile *tile : window.grid()->tiles())
            order << tile->camera()->id();
        QCOMPARE(order,
                 (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d")}));
        QVERIFY(window.grid()->maximized());
        QCOMPARE(window.grid()->maximized()->camera()->id(), QStringLiteral("b"));
    }

    void withoutAShareServerTheToggleIsDisabled()
    {
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?fps=5")));
        MainWindow window(&registry);
        window.show();
        auto *share = window.grid()->tiles().constFirst()->findChild<QToolButton *>(QStringLiteral("share"));
        QVERIFY(!share->isEnabled());
    }

    void ctrlNAddsACameraThroughTheDialog()
    {
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=320x240&fps=5")));
        QSignalSpy saved(&registry, &CameraRegistry::configurationChanged);
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(window.grid()->tiles().constFirst(), Qt::Key_N, Qt::ControlModifier);
        CameraDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CameraDialog *>()));
        QVERIFY(dialog->isVisible());
        dialog->setKind(QStringLiteral("test"));
        QLineEdit *name = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QStringLiteral("Camera name"))
                name = edit;
        }
        QVERIFY(name);
        // A name that is taken is refused in words, and the dialog stays.
        QTest::keyClicks(name, QStringLiteral("yard"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(registry.count(), 1);
        name->setText(QStringLiteral("Back gate"));
        dialog->accept();

        QTRY_COMPARE(registry.count(), 2);
        QCOMPARE(registry.cameras().constLast()->config().name, QStringLiteral("Back gate"));
        QCOMPARE(registry.cameras().constLast()->id(), QStringLiteral("back-gate"));
        QCOMPARE(window.grid()->tiles().size(), 2);
        QVERIFY(saved.count() >= 1);
        QTRY_COMPARE(registry.cameras().constLast()->state(), CameraState::Live);
    }

    void editingACameraKeepsItsPlaceAndAppliesTheNewAddress()
    {
        CameraRegistry registry;
        for (const char *name : {"A", "B", "C"})
            registry.add(camera(QLatin1String(name), QStringLiteral("test:pattern?size=320x240&fps=5")));
        registry.find(QStringLiteral("b"))->setShared(true);
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CameraTile *tile = window.grid()->tiles()[1];
        auto *edit = tile->findChild<QAction *>(QStringLiteral("edit"));
        QVERIFY(edit);
        edit->trigger();
        CameraDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CameraDialog *>()));
        QCOMPARE(dialog->config().name, QStringLiteral("B"));
        QCOMPARE(dialog->config().url, QUrl(QStringLiteral("test:pattern?size=320x240&fps=5")));
        for (QLineEdit *line : dialog->findChildren<QLineEdit *>()) {
            if (line->accessibleName() == QStringLiteral("Camera name"))
                line->setText(QStringLiteral("Barn"));
        }
        for (QComboBox *box : dialog->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Picture size"))
                box->setCurrentText(QStringLiteral("640x480"));
        }
        dialog->accept();

        QTRY_COMPARE(registry.cameras()[1]->config().name, QStringLiteral("Barn"));
        Camera *edited = registry.cameras()[1];
        QCOMPARE(edited->id(), QStringLiteral("b")); // share addresses stay valid
        QVERIFY(edited->config().shared);
        QCOMPARE(QUrlQuery(edited->config().url).queryItemValue(QStringLiteral("size")), QStringLiteral("640x480"));
        QTRY_COMPARE(edited->feed()->status().size, QSize(640, 480));
        QCOMPARE(window.grid()->tiles()[1]->camera(), edited);
        QCOMPARE(window.grid()->tiles()[1]->accessibleName(), QStringLiteral("Camera Barn"));
    }

    void aFixedLayoutShowsPagesOfCameras()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(QStringLiteral("cameras.json")));
        {
            CameraRegistry registry;
            for (const char *name : {"A", "B", "C", "D", "E"})
                registry.add(camera(QLatin1String(name), QStringLiteral("test:pattern?size=320x240&fps=5")));
            MainWindow window(&registry);
            window.resize(900, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *layout = window.findChild<QComboBox *>(QStringLiteral("layout"));
            QVERIFY(layout);
            QCOMPARE(layout->accessibleName(), QStringLiteral("Layout"));
            layout->setCurrentIndex(layout->findData(2));

            const QList<CameraTile *> tiles = window.grid()->tiles();
            QCOMPARE(window.grid()->pageCount(), 2);
            QTRY_VERIFY(tiles[0]->isVisible() && tiles[3]->isVisible());
            QVERIFY(!tiles[4]->isVisible());
            // The camera on the other page is not decoded for display while it cannot be seen.
            QTRY_VERIFY(!tiles[4]->camera()->feed()->display().size().isValid());
            QTRY_COMPARE(tiles[0]->y(), tiles[1]->y());
            QTRY_VERIFY(tiles[2]->y() > tiles[0]->y());

            tiles[0]->setFocus();
            QTest::keyClick(tiles[0], Qt::Key_PageDown);
            QCOMPARE(window.grid()->page(), 1);
            QTRY_VERIFY(tiles[4]->isVisible());
            QVERIFY(!tiles[0]->isVisible());
            QCOMPARE(QApplication::focusWidget(), tiles[4]);
            // One camera on a 2×2 page keeps a quarter of the space, not all of it.
            QVERIFY(tiles[4]->width() < window.grid()->width() * 2 / 3);
            QTRY_VERIFY(tiles[4]->camera()->feed()->display().size().isValid());

            // The page reads as "Page 2 of 2", not greyed out.
            auto *page = window.findChild<QLabel *>(QStringLiteral("page"));
            QVERIFY(page && page->isVisible() && page->isEnabled());
            QCOMPARE(page->text(), QStringLiteral("Page 2 of 2"));

            // A camera added on page 1 lands on page 2: the window goes there and gives it the focus.
            window.grid()->setPage(0);
            QTest::keyClick(tiles[0], Qt::Key_N, Qt::ControlModifier);
            CameraDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<CameraDialog *>()));
            dialog->setKind(QStringLiteral("test"));
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == QStringLiteral("Camera name"))
                    edit->setText(QStringLiteral("F"));
            }
            dialog->accept();
            QTRY_COMPARE(registry.count(), 6);
            QCOMPARE(window.grid()->page(), 1);
            QTRY_COMPARE(window.focusWidget(), window.grid()->tileFor(QStringLiteral("f")));
            QCOMPARE(page->text(), QStringLiteral("Page 2 of 2"));
            registry.remove(QStringLiteral("f"));

            QVERIFY(keep(store, registry, window));
        }
        NextStart next(store);
        QCOMPARE(next.window.grid()->cellsPerSide(), 2);
        QCOMPARE(next.window.findChild<QComboBox *>(QStringLiteral("layout"))->currentData().toInt(), 2);
    }

    void gridGrowsSquare_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("columns");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("2") << 2 << 2;
        QTest::newRow("4") << 4 << 2;
        QTest::newRow("5") << 5 << 3;
        QTest::newRow("9") << 9 << 3;
        QTest::newRow("10") << 10 << 4;
        QTest::newRow("16") << 16 << 4;
    }
    void gridGrowsSquare()
    {
        QFETCH(int, count);
        QFETCH(int, columns);
        QCOMPARE(CameraGrid::columnsFor(count), columns);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
