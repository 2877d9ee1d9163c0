#include "mainwindow.h"

#include "camera/camera.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(CameraRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_grid(new CameraGrid(registry, this))
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
