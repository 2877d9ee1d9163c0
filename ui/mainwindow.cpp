#include "mainwindow.h"

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "camera/snapshotwriter.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(CameraRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_grid(new CameraGrid(registry, this))
    , m_snapshots(new SnapshotWriter({}, this))
    , m_shareLabel(new QLabel(this))
{
    setWindowTitle(tr("CCTV Dashboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cctv-dashboard.svg")));
    setCentralWidget(m_grid);
    m_shareLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_shareLabel->setOpenExternalLinks(true);
    m_shareLabel->setAccessibleName(tr("Shared camera addresses"));
    statusBar()->addWidget(m_shareLabel, 1);
    connect(m_grid, &CameraGrid::sharingChanged, this, &MainWindow::updateShareStatus);
    connect(m_grid, &CameraGrid::shareLinkRequested, this, &MainWindow::openShareDialog);
    connect(m_grid, &CameraGrid::removeRequested, this, &MainWindow::confirmRemove);
    connect(m_grid, &CameraGrid::snapshotRequested, this,
            [this](Camera *camera) { m_snapshots->save(camera->feed()->latest(), camera->id()); });
    connect(m_snapshots, &SnapshotWriter::saved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Snapshot saved to %1").arg(path), 8000); });
    connect(m_snapshots, &SnapshotWriter::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Snapshot not saved: %1").arg(reason), 8000);
    });

    auto *fullScreen = new QAction(tr("Full screen"), this);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen->setShortcutContext(Qt::ApplicationShortcut);
    connect(fullScreen, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    addAction(fullScreen);
    resize(1280, 760);
    updateShareStatus();
}

CameraGrid *MainWindow::grid() const
{
    return m_grid;
}

void MainWindow::setShareAccess(const ShareDialog::Access &access)
{
    m_access = access;
    m_grid->setShareBaseUrl(access.base);
    updateShareStatus();
}

QJsonObject MainWindow::saveLayout() const
{
    QJsonObject layout;
    layout.insert(QStringLiteral("window"), QString::fromLatin1(saveGeometry().toBase64()));
    if (const CameraTile *tile = m_grid->maximized(); tile && tile->camera())
        layout.insert(QStringLiteral("maximized"), tile->camera()->id());
    return layout;
}

void MainWindow::restoreLayout(const QJsonObject &layout)
{
    const QByteArray geometry = QByteArray::fromBase64(layout.value(QStringLiteral("window")).toString().toLatin1());
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (CameraTile *tile = m_grid->tileFor(layout.value(QStringLiteral("maximized")).toString()))
        m_grid->setMaximized(tile);
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

void MainWindow::openShareDialog(Camera *camera)
{
    auto *dialog = new ShareDialog(camera->id(), camera->config().name, m_access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
        return;
    }
    QStringList links;
    for (const CameraTile *tile : m_grid->tiles()) {
        if (tile->camera() && tile->camera()->config().shared) {
            const QString url = tile->shareUrl().toString();
            links
                << QStringLiteral("%1: <a href=\"%2\">%2</a>").arg(tile->camera()->config().name.toHtmlEscaped(), url);
        }
    }
    m_shareLabel->setText(
        links.isEmpty()
            ? tr("No camera is shared. Press Share on a tile to publish it at %1").arg(m_access.base.toString())
            : tr("Shared: ") + links.join(QStringLiteral("  ·  ")));
}
