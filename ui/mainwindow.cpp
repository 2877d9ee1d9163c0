#include "mainwindow.h"

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "camera/snapshotwriter.h"
#include "dialogs/cameradialog.h"
#include "dialogs/settingsdialog.h"
#include "icons.h"
#include "theme.h"
#include "util/libraryversions.h"
#include "views/viewswitcher.h"
#include "views/wallwindow.h"
#include "widgets/cameradetails.h"
#include "widgets/camerafigures.h"
#include "widgets/cameragrid.h"
#include "widgets/cameralist.h"
#include "widgets/cameramenu.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

MainWindow::MainWindow(CameraRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_grid(new CameraGrid(registry, this))
    , m_cameraList(new CameraList(registry, this))
    , m_details(new CameraDetails(this))
    , m_currentMenu(new CameraMenu(this))
    , m_views(new ViewSwitcher(m_grid, registry, this))
    , m_snapshots(new SnapshotWriter({}, this))
    , m_shareLabel(new QLabel(this))
{
    setWindowTitle(tr("CCTV Dashboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cctv-dashboard.svg")));
    setCentralWidget(m_grid);
    m_shareLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_shareLabel->setOpenExternalLinks(true);
    m_shareLabel->setAccessibleName(tr("Shared camera addresses"));
    // On the right and never hidden: the left is for messages that come and go, which must not overlap it.
    statusBar()->addPermanentWidget(m_shareLabel);
    connect(m_grid, &CameraGrid::sharingChanged, this, &MainWindow::updateShareStatus);
    connect(m_grid, &CameraGrid::arrangementChanged, this, &MainWindow::updatePageControls);
    handleCameraRequests(m_grid);
    handleCameraRequests(m_cameraList->menu());
    handleCameraRequests(m_currentMenu);
    for (auto *menu : {m_cameraList->menu(), m_currentMenu})
        connect(menu, &CameraMenu::maximizeRequested, m_grid, &CameraGrid::toggleMaximized);
    connect(m_cameraList, &CameraList::activated, this,
            [this](Camera *camera) { m_grid->setMaximized(m_grid->tileFor(camera->id())); });
    connect(m_cameraList, &CameraList::currentCameraChanged, this, &MainWindow::setCurrentCamera);
    connect(m_grid, &CameraGrid::currentCameraChanged, this, &MainWindow::setCurrentCamera);
    connect(m_grid, &CameraGrid::addRequested, this, &MainWindow::addCamera);
    connect(m_views, &ViewSwitcher::changed, this, &MainWindow::layoutChanged);
    connect(m_views, &ViewSwitcher::wallOpened, this, [this](WallWindow *wall) {
        CameraGrid *grid = wall->grid();
        handleCameraRequests(grid);
        grid->setShareBaseUrl(m_access.base);
        grid->setOverlayItems(m_preferences.overlay);
        connect(grid, &CameraGrid::addRequested, this, &MainWindow::addCamera);
    });
    connect(registry, &CameraRegistry::demosRemoved, this, [this] {
        statusBar()->showMessage(tr("The demo cameras are gone: from now on the dashboard shows your cameras."), 15000);
    });
    connect(m_snapshots, &SnapshotWriter::saved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Snapshot saved to %1").arg(path), 8000); });
    connect(m_snapshots, &SnapshotWriter::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Snapshot not saved: %1").arg(reason), 8000);
    });

    addToolBar(Qt::TopToolBarArea, makeToolBar());
    addPanel(m_cameraList, tr("Cameras"), QStringLiteral("cameraListPanel"), QKeySequence(Qt::Key_F9))
        ->toggleViewAction()
        ->setIcon(Icons::get(QStringLiteral("camera-list")));
    addPanel(m_details, tr("Details"), QStringLiteral("detailsPanel"), QKeySequence(Qt::SHIFT | Qt::Key_F9))
        ->toggleViewAction()
        ->setIcon(Icons::get(QStringLiteral("details")));
    makeMenus();
    // On the window too: its shortcut must work while full screen hides the tool bar and the menus.
    addAction(m_fullScreen);
    resize(1280, 760);
    updateShareStatus();
    updatePageControls();
    if (registry->hasDemos())
        statusBar()->showMessage(tr("These are demo cameras. Add your own with Add camera (Ctrl+N): the demos make "
                                    "way for it."),
                                 30000);
}

QToolBar *MainWindow::makeToolBar()
{
    auto *bar = new QToolBar(tr("Cameras"), this);
    bar->setObjectName(QStringLiteral("cameras"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto iconOnly = [bar](QAction *action) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    };
    const auto iconOnlyAdd = [bar, &iconOnly](QAction *action) {
        bar->addAction(action);
        iconOnly(action);
    };

    QAction *add
        = bar->addAction(Icons::get(QStringLiteral("add-camera")), tr("&Add camera…"), this, &MainWindow::addCamera);
    add->setObjectName(QStringLiteral("addCamera"));
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::ApplicationShortcut);
    add->setToolTip(tr("Add a camera (%1)").arg(add->shortcut().toString(QKeySequence::NativeText)));
    bar->addSeparator();

    m_layoutChoice = new QComboBox(bar);
    m_layoutChoice->setObjectName(QStringLiteral("layout"));
    m_layoutChoice->setAccessibleName(tr("Layout"));
    m_layoutChoice->addItem(tr("Automatic layout"), 0);
    for (int cells = 1; cells <= CameraGrid::MaxCellsPerSide; ++cells)
        m_layoutChoice->addItem(tr("%1×%1 grid").arg(cells), cells);
    connect(m_layoutChoice, &QComboBox::currentIndexChanged, this,
            [this] { m_grid->setCellsPerSide(m_layoutChoice->currentData().toInt()); });
    bar->addWidget(m_layoutChoice);
    bar->addWidget(m_views->chooser(bar));
    iconOnlyAdd(m_views->saveAction());

    m_previousPage = bar->addAction(Icons::get(QStringLiteral("previous")), tr("Previous page"), this,
                                    [this] { m_grid->setPage(m_grid->page() - 1); });
    m_previousPage->setToolTip(tr("Previous page (Page Up)"));
    iconOnly(m_previousPage);
    // A label, not a disabled action: it tells where you are and must not look greyed out.
    m_pageLabel = new QLabel(bar);
    m_pageLabel->setObjectName(QStringLiteral("page"));
    m_pageLabel->setContentsMargins(6, 0, 6, 0);
    m_pageAction = bar->addWidget(m_pageLabel);
    m_nextPage = bar->addAction(Icons::get(QStringLiteral("next")), tr("Next page"), this,
                                [this] { m_grid->setPage(m_grid->page() + 1); });
    m_nextPage->setToolTip(tr("Next page (Page Down)"));
    iconOnly(m_nextPage);
    bar->addSeparator();

    iconOnlyAdd(m_views->tourAction());
    m_fullScreen = bar->addAction(Icons::get(QStringLiteral("full-screen")), tr("&Full screen"), this,
                                  &MainWindow::toggleFullScreen);
    m_fullScreen->setObjectName(QStringLiteral("fullScreen"));
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setShortcutContext(Qt::ApplicationShortcut);
    return bar;
}

template<typename Source> void MainWindow::handleCameraRequests(Source *source)
{
    connect(source, &Source::shareLinkRequested, this, &MainWindow::openShareDialog);
    connect(source, &Source::removeRequested, this, &MainWindow::confirmRemove);
    connect(source, &Source::editRequested, this, &MainWindow::editCamera);
    connect(source, &Source::snapshotRequested, this,
            [this](Camera *camera) { m_snapshots->save(camera->feed()->newestFrame(), camera->id()); });
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &name, const QKeySequence &key)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(key);
    toggle->setShortcutContext(Qt::ApplicationShortcut);
    toggle->setObjectName(name + QStringLiteral("Toggle"));
    m_panels.append(dock);
    return dock;
}

void MainWindow::setCurrentCamera(Camera *camera)
{
    m_cameraList->setCurrentCamera(camera);
    m_details->setCamera(camera);
    m_currentMenu->setCamera(camera);
}

void MainWindow::makeMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(findChild<QAction *>(QStringLiteral("addCamera")));
    file->addSeparator();
    QAction *settings
        = file->addAction(Icons::get(QStringLiteral("settings")), tr("&Settings…"), this, [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma)); // QKeySequence::Preferences is empty on some
    settings->setShortcutContext(Qt::ApplicationShortcut);
    settings->setMenuRole(QAction::PreferencesRole);
    addAction(settings);
    file->addSeparator();
    QAction *quit = file->addAction(Icons::get(QStringLiteral("quit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    quit->setShortcutContext(Qt::ApplicationShortcut);
    addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_fullScreen);
    view->addSeparator();
    for (QDockWidget *panel : std::as_const(m_panels))
        view->addAction(panel->toggleViewAction());
    view->addSeparator();
    QAction *previous = view->addAction(Icons::get(QStringLiteral("previous")), tr("&Previous page"), this,
                                        [this] { m_grid->setPage(m_grid->page() - 1); });
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    QAction *next = view->addAction(Icons::get(QStringLiteral("next")), tr("&Next page"), this,
                                    [this] { m_grid->setPage(m_grid->page() + 1); });
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    // The grid's own keys: shown here so they can be found, handled there.
    for (QAction *page : {previous, next})
        page->setShortcutContext(Qt::WidgetShortcut);

    menuBar()->addMenu(m_views->menu());

    // The current camera's actions (the one selected in the list or focused in the grid), after Add camera.
    m_currentMenu->setTitle(tr("&Cameras"));
    QAction *firstOwn = m_currentMenu->actions().value(0);
    m_currentMenu->insertAction(firstOwn, findChild<QAction *>(QStringLiteral("addCamera")));
    m_currentMenu->insertSeparator(firstOwn);
    menuBar()->addMenu(m_currentMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(Icons::get(QStringLiteral("about")), tr("&About CCTV Dashboard"), this,
                                     &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QStringList libraries;
    for (const auto &[name, version] : LibraryVersions::list())
        libraries << QStringLiteral("%1 %2").arg(name, version.toHtmlEscaped());
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About CCTV Dashboard"),
                                tr("<h3>CCTV Dashboard %1</h3>"
                                   "<p>Watch many cameras on one screen and share them to browsers.</p>"
                                   "<p>Copyright © 2026 the CCTV Dashboard authors. All rights reserved; the "
                                   "libraries below are under their own licences (see the LICENSE file).</p>"
                                   "<p>Running on %2.</p>")
                                    .arg(QCoreApplication::applicationVersion(), libraries.join(QStringLiteral(", "))),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updatePageControls()
{
    if (!m_pageLabel)
        return;
    const int pages = m_grid->pageCount();
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_grid->page() + 1).arg(pages));
    for (QAction *action : {m_previousPage, m_pageAction, m_nextPage})
        action->setVisible(pages > 1);
    m_previousPage->setEnabled(m_grid->page() > 0);
    m_nextPage->setEnabled(m_grid->page() + 1 < pages);
    const int at = m_layoutChoice->findData(m_grid->cellsPerSide());
    const QSignalBlocker block(m_layoutChoice);
    m_layoutChoice->setCurrentIndex(at);
}

QStringList MainWindow::cameraNames() const
{
    QStringList names;
    for (const Camera *camera : m_registry->cameras())
        names << camera->config().name;
    return names;
}

void MainWindow::addCamera()
{
    auto *dialog = new CameraDialog(cameraNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<QUrl> known;
    for (const Camera *camera : m_registry->cameras())
        known << camera->config().url;
    dialog->setKnownCameras(known);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool hadDemos = m_registry->hasDemos();
        Camera *camera = m_registry->add(dialog->config());
        m_grid->reveal(camera); // on another page of a fixed layout, it would seem to have vanished
        if (!hadDemos) // else the word that the demos went (demosRemoved) is the news, and the camera is in view
            statusBar()->showMessage(tr("Added %1").arg(camera->config().name), 5000);
    });
    dialog->open();
}

void MainWindow::editCamera(Camera *camera)
{
    auto *dialog = new CameraDialog(cameraNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfig(camera->config());
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = camera->id()] {
        const Camera *current = m_registry->find(id);
        if (!current)
            return; // removed meanwhile (from a browser, say)
        CameraConfig edited = current->config();
        edited.name = dialog->config().name;
        edited.url = dialog->config().url;
        m_registry->replace(id, edited);
    });
    dialog->open();
}

CameraGrid *MainWindow::grid() const
{
    return m_grid;
}

CameraList *MainWindow::cameraList() const
{
    return m_cameraList;
}

CameraDetails *MainWindow::details() const
{
    return m_details;
}

ViewSwitcher *MainWindow::views() const
{
    return m_views;
}

void MainWindow::setShareAccess(const ShareDialog::Access &access)
{
    m_access = access;
    m_grid->setShareBaseUrl(access.base);
    for (auto *menu : {m_cameraList->menu(), m_currentMenu})
        menu->setSharingAvailable(!access.base.isEmpty());
    updateShareStatus();
}

QJsonObject MainWindow::saveLayout() const
{
    QJsonObject layout;
    layout.insert(QStringLiteral("window"), QString::fromLatin1(saveGeometry().toBase64()));
    layout.insert(QStringLiteral("panels"), QString::fromLatin1(saveState().toBase64()));
    layout.insert(QStringLiteral("grid"), m_grid->cellsPerSide());
    if (const CameraTile *tile = m_grid->maximized(); tile && tile->camera())
        layout.insert(QStringLiteral("maximized"), tile->camera()->id());
    const QJsonObject views = m_views->toJson();
    for (auto it = views.begin(); it != views.end(); ++it)
        layout.insert(it.key(), it.value());
    return layout;
}

void MainWindow::restoreLayout(const QJsonObject &layout)
{
    const QByteArray geometry = QByteArray::fromBase64(layout.value(QStringLiteral("window")).toString().toLatin1());
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray panels = QByteArray::fromBase64(layout.value(QStringLiteral("panels")).toString().toLatin1());
    if (!panels.isEmpty())
        restoreState(panels);
    m_grid->setCellsPerSide(layout.value(QStringLiteral("grid")).toInt());
    if (CameraTile *tile = m_grid->tileFor(layout.value(QStringLiteral("maximized")).toString()))
        m_grid->setMaximized(tile);
    m_views->restore(layout);
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_grid->setOverlayItems(preferences.overlay);
}

Preferences MainWindow::preferences() const
{
    return m_preferences;
}

void MainWindow::openSettings(const QString &area)
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->showPage(area);
        open->raise();
        open->activateWindow();
        return;
    }
    const auto cameraName = [this](const QString &id) {
        const Camera *camera = m_registry->find(id);
        return camera ? camera->config().name : id;
    };
    auto *dialog = new SettingsDialog(m_preferences, m_access, cameraName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!area.isEmpty())
        dialog->showPage(area);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applyPreferences);
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    if (preferences.theme != m_preferences.theme)
        Theme::apply(preferences.theme);
    m_grid->setOverlayItems(preferences.overlay);
    if (preferences.needsRestartAfter(m_preferences))
        statusBar()->showMessage(tr("Saved. The share server's address, port and rule, and the language, change "
                                    "at the next start."),
                                 15000);
    m_preferences = preferences;
    Q_EMIT preferencesChanged(preferences);
}

void MainWindow::confirmRemove(Camera *camera)
{
    const QString id = camera->id();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove camera"),
                                tr("Remove %1 from the dashboard?").arg(camera->config().name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            m_registry->remove(id);
    });
    box->open();
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange) {
        // Full screen is for the pictures: menus, tool bar and status line step aside until F11 again.
        const bool full = windowState() & Qt::WindowFullScreen;
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->setVisible(!full);
        if (full) {
            m_panelsBeforeFullScreen.clear();
            for (QDockWidget *panel : std::as_const(m_panels)) {
                if (panel->isVisible())
                    m_panelsBeforeFullScreen.append(panel);
                panel->hide();
            }
        } else {
            for (QDockWidget *panel : std::as_const(m_panelsBeforeFullScreen))
                panel->show();
        }
        statusBar()->setVisible(!full);
        menuBar()->setVisible(!full);
        m_fullScreen->setText(full ? tr("Exit &full screen") : tr("&Full screen"));
        m_fullScreen->setIcon(Icons::get(full ? QStringLiteral("leave-full-screen") : QStringLiteral("full-screen")));
        if (full)
            statusBar()->showMessage(tr("Press F11 to leave full screen"), 4000);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::openShareDialog(Camera *camera)
{
    auto *dialog = new ShareDialog(camera->id(), camera->config().name, m_access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareDialog::settingsRequested, this, [this, dialog] {
        dialog->close();
        openSettings(QStringLiteral("sharing"));
    });
    dialog->open();
}

void MainWindow::showProblem(const QString &text)
{
    statusBar()->showMessage(text);
    // Window-modal but not blocking: the cameras keep running while the user reads it.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateShareStatus()
{
    if (m_access.base.isEmpty()) {
        m_shareLabel->setText(tr("Sharing is off"));
        m_shareLabel->setToolTip({});
        return;
    }
    // The names and the server's page, which lists them all; each camera's own address is in its tooltip line and
    // its Link dialog. One line however many cameras are shared.
    QStringList names;
    QStringList addresses;
    for (const CameraTile *tile : m_grid->tiles()) {
        if (tile->camera() && tile->camera()->config().shared) {
            names << tile->camera()->config().name;
            addresses << QStringLiteral("%1: %2").arg(tile->camera()->config().name, tile->shareUrl().toString());
        }
    }
    const QString page = m_access.base.toString();
    if (names.isEmpty()) {
        m_shareLabel->setText(tr("No camera is shared. Press Share on a tile to publish it at %1").arg(page));
        m_shareLabel->setToolTip({});
        return;
    }
    const QFontMetrics metrics(m_shareLabel->font());
    const QString shown = metrics.elidedText(names.join(QStringLiteral(", ")), Qt::ElideRight, 420);
    m_shareLabel->setText(
        tr("Shared (%n): %1 at <a href=\"%2\">%2</a>", nullptr, int(names.size())).arg(shown.toHtmlEscaped(), page));
    m_shareLabel->setToolTip(CameraFigures::tooltip(addresses.join(u'\n')));
}
