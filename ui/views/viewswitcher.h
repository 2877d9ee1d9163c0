#pragma once

#include "util/timesource.h"

#include <QJsonObject>
#include <QObject>

class CameraGrid;
class CameraRegistry;
class NamedViews;
class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QScreen;
class QWidget;
class ViewTour;
class WallWindow;
struct NamedView;

// The window's named views: keeps the grid's arrangement under a name, shows a view again (the Views menu, the
// tool bar's chooser, Ctrl+1 to Ctrl+9), renames and deletes them, and runs the tour through them (or through the
// grid's pages when no view is in it).
class ViewSwitcher final : public QObject
{
    Q_OBJECT

public:
    ViewSwitcher(CameraGrid *grid, CameraRegistry *registry, QWidget *window,
                 const TimeSource &clock = TimeSource::system());
    ~ViewSwitcher() override;
    Q_DISABLE_COPY_MOVE(ViewSwitcher)

    QMenu *menu() const;
    // For the tool bar: the chooser, made once, parented to `parent`.
    QComboBox *chooser(QWidget *parent);
    QAction *saveAction() const;
    QAction *tourAction() const;
    NamedViews *views() const;
    ViewTour *tour() const;

    // The grid as it is now, under `name`.
    NamedView capture(const QString &name) const;
    // Keeps the grid's arrangement as view `name` (replacing one of that name); its index, or -1.
    int saveCurrent(const QString &name);
    void show(int index);
    // The view shown or saved last, while the grid still shows it; -1 otherwise.
    int current() const;

    // View `index` (or, with -1, the grid's arrangement as it is) full screen on `screen`, in a window of its own.
    WallWindow *openWall(int index, QScreen *screen);

    // The views and the tour's settings, as kept in the configuration's layout.
    QJsonObject toJson() const;
    void restore(const QJsonObject &json);

Q_SIGNALS:
    // Something to save: a view, or the tour's settings.
    void changed();
    // A wall window opened: its tiles' requests (edit, share…) are the window's to handle.
    void wallOpened(WallWindow *wall);

private:
    void askName();
    void askRename();
    void confirmDelete();
    // Says why a name was not taken, without holding up the window.
    void refuse(const QString &title, const QString &text);
    void rebuild();
    void showNextStep();

    CameraGrid *m_grid;
    CameraRegistry *m_registry;
    QWidget *m_window;
    NamedViews *m_views;
    ViewTour *m_tour;
    QMenu *m_menu;
    QMenu *m_tourMenu;
    QMenu *m_screensMenu;
    QAction *m_save;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_tourRunning;
    QActionGroup *m_periods;
    QList<QAction *> m_viewActions; // rebuilt with the views
    QComboBox *m_chooser = nullptr;
    int m_current = -1;
    bool m_showing = false; // the grid changes because a view is being shown
};
