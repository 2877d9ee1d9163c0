#pragma once

#include "dialogs/sharedialog.h"
#include "preferences.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QUrl>

class Camera;
class CameraDetails;
class CameraGrid;
class CameraList;
class CameraMenu;
class CameraRegistry;
class SnapshotWriter;
class ViewSwitcher;
class QComboBox;
class QDockWidget;
class QLabel;
class QToolBar;

// The dashboard window: the camera grid, the camera list and the details of the current camera beside it, the
// share address below. Behaviour lives in the widgets it holds; this wires them together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CameraRegistry *registry, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MainWindow)

    CameraGrid *grid() const;
    CameraList *cameraList() const;
    CameraDetails *details() const;
    ViewSwitcher *views() const;
    // How the share server is reached; an empty base while it is not running.
    void setShareAccess(const ShareDialog::Access &access);
    // Window geometry, the panels, the maximized camera, the named views and the tour, as kept in the
    // configuration's "layout".
    QJsonObject saveLayout() const;
    void restoreLayout(const QJsonObject &layout);

    // The settings as saved, for the Settings dialog to start from.
    void setPreferences(const Preferences &preferences);
    Preferences preferences() const;
    // Opens the Settings dialog (Ctrl+,) at the page of `area` ("sharing", "appearance").
    void openSettings(const QString &area = {});

    // A problem the user must know about (an unreadable configuration, a port in use).
    void showProblem(const QString &text);
    // Opens the Add camera dialog (Ctrl+N); the camera is added when the user confirms.
    void addCamera();
    void editCamera(Camera *camera);

Q_SIGNALS:
    // Something of the layout the user will want kept at once (a view saved or deleted), not only at exit.
    void layoutChanged();
    // The user changed the settings (the theme is applied already): they are to be saved.
    void preferencesChanged(const Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateShareStatus();
    void openShareDialog(Camera *camera);
    void confirmRemove(Camera *camera);
    void toggleFullScreen();
    QToolBar *makeToolBar();
    void makeMenus();
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &name, const QKeySequence &key);
    // The camera requests of the grid's tiles and of a camera menu reach the same handlers.
    template<typename Source> void handleCameraRequests(Source *source);
    void setCurrentCamera(Camera *camera);
    void showAbout();
    void applyPreferences(const Preferences &preferences);
    void updatePageControls();
    QStringList cameraNames() const;

    CameraRegistry *m_registry;
    CameraGrid *m_grid;
    CameraList *m_cameraList;
    CameraDetails *m_details;
    CameraMenu *m_currentMenu; // the menu bar's Cameras menu: the current camera's actions
    ViewSwitcher *m_views;
    QList<QDockWidget *> m_panels;
    QList<QDockWidget *> m_panelsBeforeFullScreen;
    SnapshotWriter *m_snapshots;
    QLabel *m_shareLabel;
    QComboBox *m_layoutChoice = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QLabel *m_pageLabel = nullptr;
    QAction *m_pageAction = nullptr;
    QAction *m_fullScreen = nullptr;
    ShareDialog::Access m_access;
    Preferences m_preferences;
};
