#include "viewswitcher.h"

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "icons.h"
#include "namedviews.h"
#include "viewtour.h"
#include "wallwindow.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QActionGroup>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>

namespace {

constexpr int PeriodsS[] = {5, 10, 20, 30, 60};

// A view's name as menu text: an '&' in it is a letter, not a keyboard accelerator.
QString menuText(const QString &name)
{
    return QString(name).replace(u'&', QStringLiteral("&&"));
}

} // namespace

ViewSwitcher::ViewSwitcher(CameraGrid *grid, CameraRegistry *registry, QWidget *window, const TimeSource &clock)
    : QObject(window)
    , m_grid(grid)
    , m_registry(registry)
    , m_window(window)
    , m_views(new NamedViews(this))
    , m_tour(new ViewTour(clock, this))
    , m_menu(new QMenu(tr("Vie&ws"), window))
    , m_tourMenu(new QMenu(tr("&Tour"), window))
    , m_screensMenu(new QMenu(tr("Show on a &screen"), window))
    , m_periods(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("viewsMenu"));
    m_save = new QAction(Icons::get(QStringLiteral("save-view")), tr("&Save view…"), this);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save this arrangement of cameras as a view (%1)")
                           .arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    connect(m_save, &QAction::triggered, this, &ViewSwitcher::askName);
    m_rename = new QAction(Icons::get(QStringLiteral("edit")), tr("&Rename view…"), this);
    m_rename->setObjectName(QStringLiteral("renameView"));
    connect(m_rename, &QAction::triggered, this, &ViewSwitcher::askRename);
    m_delete = new QAction(Icons::get(QStringLiteral("remove")), tr("&Delete view…"), this);
    m_delete->setObjectName(QStringLiteral("deleteView"));
    connect(m_delete, &QAction::triggered, this, &ViewSwitcher::confirmDelete);

    m_tourMenu->setIcon(Icons::get(QStringLiteral("tour")));
    m_tourRunning = new QAction(Icons::get(QStringLiteral("tour")), tr("Run &tour"), this);
    m_tourRunning->setObjectName(QStringLiteral("tour"));
    m_tourRunning->setCheckable(true);
    m_tourRunning->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tourRunning->setToolTip(tr("Show the views in the tour one after another; any key or mouse movement holds "
                                 "it (%1)")
                                  .arg(m_tourRunning->shortcut().toString(QKeySequence::NativeText)));
    connect(m_tourRunning, &QAction::toggled, m_tour, &ViewTour::setRunning);
    connect(m_tour, &ViewTour::runningChanged, this, [this](bool running) {
        m_tourRunning->setChecked(running);
        Q_EMIT changed();
    });
    connect(m_tour, &ViewTour::stepDue, this, &ViewSwitcher::showNextStep);
    for (const int seconds : PeriodsS) {
        QAction *period = m_periods->addAction(tr("Every %n seconds", nullptr, seconds));
        period->setCheckable(true);
        period->setData(seconds);
        period->setChecked(std::chrono::seconds(seconds) == ViewTour::DefaultPeriod);
    }
    connect(m_periods, &QActionGroup::triggered, this, [this](QAction *period) {
        m_tour->setPeriod(std::chrono::seconds(period->data().toInt()));
        Q_EMIT changed();
    });

    m_screensMenu->setObjectName(QStringLiteral("screensMenu"));
    m_screensMenu->setIcon(Icons::get(QStringLiteral("full-screen")));
    m_screensMenu->setToolTipsVisible(true);
    for (auto screenSignal : {&QGuiApplication::screenAdded, &QGuiApplication::screenRemoved})
        connect(qGuiApp, screenSignal, this, &ViewSwitcher::rebuild);

    // On the window, so that the keys work while full screen hides the menu bar.
    window->addActions({m_save, m_tourRunning});
    connect(m_views, &NamedViews::changed, this, &ViewSwitcher::rebuild);
    connect(m_views, &NamedViews::changed, this, &ViewSwitcher::changed);
    connect(m_grid, &CameraGrid::arrangementChanged, this, [this] {
        if (m_showing || m_current < 0)
            return;
        // Still the view while the grid shows what it keeps; cameras added since come after its own.
        const NamedView &view = m_views->at(m_current);
        const NamedView now = capture(view.name);
        QStringList known = view.order;
        known.removeIf([this](const QString &id) { return !m_registry->find(id); });
        if (now.cellsPerSide != view.cellsPerSide || now.page != view.page || now.maximized != view.maximized
            || now.order.mid(0, known.size()) != known) {
            m_current = -1;
            rebuild();
        }
    });
    rebuild();
}

ViewSwitcher::~ViewSwitcher() = default;

QMenu *ViewSwitcher::menu() const
{
    return m_menu;
}

QComboBox *ViewSwitcher::chooser(QWidget *parent)
{
    if (!m_chooser) {
        m_chooser = new QComboBox(parent);
        m_chooser->setObjectName(QStringLiteral("viewChooser"));
        m_chooser->setAccessibleName(tr("View"));
        m_chooser->setToolTip(tr("Show a saved view (Ctrl+1 to Ctrl+9)"));
        m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_chooser->setMinimumContentsLength(10);
        connect(m_chooser, &QComboBox::activated, this, &ViewSwitcher::show);
        rebuild();
    }
    return m_chooser;
}

QAction *ViewSwitcher::saveAction() const
{
    return m_save;
}

QAction *ViewSwitcher::tourAction() const
{
    return m_tourRunning;
}

NamedViews *ViewSwitcher::views() const
{
    return m_views;
}

ViewTour *ViewSwitcher::tour() const
{
    return m_tour;
}

NamedView ViewSwitcher::capture(const QString &name) const
{
    NamedView view;
    view.name = name;
    view.cellsPerSide = m_grid->cellsPerSide();
    view.order = m_registry->order();
    view.page = m_grid->page();
    if (const CameraTile *tile = m_grid->maximized(); tile && tile->camera())
        view.maximized = tile->camera()->id();
    return view;
}

int ViewSwitcher::saveCurrent(const QString &name)
{
    const int index = m_views->save(capture(name));
    if (index >= 0) {
        m_current = index;
        rebuild();
    }
    return index;
}

void ViewSwitcher::show(int index)
{
    if (index < 0 || index >= m_views->count())
        return;
    const NamedView view = m_views->at(index);
    m_showing = true;
    m_grid->setMaximized(nullptr);
    m_registry->arrange(view.order);
    m_grid->setCellsPerSide(view.cellsPerSide);
    m_grid->setPage(view.page);
    if (CameraTile *tile = m_grid->tileFor(view.maximized))
        m_grid->setMaximized(tile);
    m_showing = false;
    m_current = index;
    rebuild();
}

int ViewSwitcher::current() const
{
    return m_current;
}

WallWindow *ViewSwitcher::openWall(int index, QScreen *screen)
{
    const NamedView view
        = index >= 0 && index < m_views->count() ? m_views->at(index) : capture(tr("This arrangement"));
    auto *wall = new WallWindow(m_registry, view, m_window);
    Q_EMIT wallOpened(wall);
    wall->showOn(screen);
    return wall;
}

QJsonObject ViewSwitcher::toJson() const
{
    return {{QStringLiteral("views"), m_views->toJson()},
            {QStringLiteral("tour"),
             QJsonObject {{QStringLiteral("seconds"), int(m_tour->period().count() / 1000)},
                          {QStringLiteral("running"), m_tour->isRunning()}}}};
}

void ViewSwitcher::restore(const QJsonObject &json)
{
    m_views->load(json.value(QStringLiteral("views")).toArray());
    const QJsonObject tour = json.value(QStringLiteral("tour")).toObject();
    const int seconds = tour.value(QStringLiteral("seconds")).toInt(int(ViewTour::DefaultPeriod.count()));
    m_tour->setPeriod(std::chrono::seconds(seconds));
    for (QAction *period : m_periods->actions())
        period->setChecked(period->data().toInt() == int(m_tour->period().count() / 1000));
    m_tour->setRunning(tour.value(QStringLiteral("running")).toBool());
}

void ViewSwitcher::askName()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("viewNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("The layout, the cameras' places and the camera filling the grid are kept under this "
                            "name. A view of the same name is replaced.\n\nName:"));
    dialog->setTextValue(m_current >= 0 ? m_views->at(m_current).name : tr("View %1").arg(m_views->count() + 1));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (saveCurrent(name) < 0) {
            refuse(tr("Save view"),
                   name.trimmed().isEmpty()
                       ? tr("A view needs a name.")
                       : tr("There are %n views already: delete one first.", nullptr, NamedViews::MaxViews));
        }
    });
    dialog->open();
}

void ViewSwitcher::askRename()
{
    if (m_current < 0)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("viewRenameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename view"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(m_views->at(m_current).name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, index = m_current](const QString &name) {
        if (!m_views->rename(index, name)) {
            refuse(tr("Rename view"),
                   name.trimmed().isEmpty() ? tr("A view needs a name.")
                                            : tr("Another view is called %1.").arg(name.trimmed()));
        }
    });
    dialog->open();
}

void ViewSwitcher::refuse(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, {}, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("viewRefused"));
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ViewSwitcher::confirmDelete()
{
    if (m_current < 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete view"), {}, QMessageBox::Yes | QMessageBox::Cancel,
                                m_window);
    box->setObjectName(QStringLiteral("deleteViewBox"));
    box->setTextFormat(Qt::PlainText); // the name is the user's words, never markup
    box->setText(tr("Delete the view %1? The cameras stay as they are.").arg(m_views->at(m_current).name));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, index = m_current](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_current = -1;
        m_views->remove(index);
    });
    box->open();
}

void ViewSwitcher::rebuild()
{
    if (m_current >= m_views->count())
        m_current = -1;
    const bool any = m_views->count() > 0;
    const QString currentName = m_current >= 0 ? menuText(m_views->at(m_current).name) : QString();
    m_rename->setEnabled(m_current >= 0);
    m_delete->setEnabled(m_current >= 0);
    m_rename->setText(m_current >= 0 ? tr("&Rename %1…").arg(currentName) : tr("&Rename view…"));
    m_delete->setText(m_current >= 0 ? tr("&Delete %1…").arg(currentName) : tr("&Delete view…"));

    // Later: one of them may be the action whose signal brought us here.
    for (QAction *action : std::as_const(m_viewActions)) {
        m_window->removeAction(action);
        action->setObjectName({});
        action->deleteLater();
    }
    m_viewActions.clear();
    m_menu->clear();
    m_menu->addAction(m_save);
    m_menu->addSeparator();
    for (int i = 0; i < m_views->count(); ++i) {
        auto *action = new QAction(Icons::get(QStringLiteral("views")), menuText(m_views->at(i).name), this);
        action->setObjectName(QStringLiteral("view%1").arg(i + 1));
        action->setCheckable(true);
        action->setChecked(i == m_current);
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            m_window->addAction(action);
        }
        connect(action, &QAction::triggered, this, [this, i] { show(i); });
        m_menu->addAction(action);
        m_viewActions.append(action);
    }
    if (!any) {
        QAction *none = m_menu->addAction(Icons::get(QStringLiteral("views")), tr("No saved views yet"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_rename);
    m_menu->addAction(m_delete);
    m_menu->addSeparator();

    m_tourMenu->clear();
    m_tourMenu->addAction(m_tourRunning);
    m_tourMenu->addSeparator();
    m_tourMenu->addActions(m_periods->actions());
    m_tourMenu->addSeparator();
    m_tourMenu->addSection(any ? tr("Views in the tour") : tr("With no view, the tour shows the pages"));
    for (int i = 0; i < m_views->count(); ++i) {
        auto *inTour = new QAction(menuText(m_views->at(i).name), this);
        m_tourMenu->addAction(inTour);
        inTour->setCheckable(true);
        inTour->setChecked(m_views->at(i).inTour);
        connect(inTour, &QAction::toggled, this, [this, i](bool on) { m_views->setInTour(i, on); });
        m_viewActions.append(inTour);
    }
    m_menu->addMenu(m_tourMenu);

    // The view shown (or the arrangement as it is) full screen on a screen: the one it is on, or another.
    m_screensMenu->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        QScreen *screen = screens[i];
        auto *show = new QAction(tr("Screen %1: %2 (%3×%4)")
                                     .arg(i + 1)
                                     .arg(screen->name())
                                     .arg(screen->size().width())
                                     .arg(screen->size().height()),
                                 this);
        show->setObjectName(QStringLiteral("wallOnScreen%1").arg(i + 1));
        show->setToolTip(currentName.isEmpty() ? tr("The arrangement as it is now; Escape closes it")
                                               : tr("The view %1; Escape closes it").arg(m_views->at(m_current).name));
        connect(show, &QAction::triggered, this, [this, screen = QPointer<QScreen>(screen)] {
            if (screen)
                openWall(m_current, screen);
        });
        m_screensMenu->addAction(show);
        m_viewActions.append(show);
    }
    m_menu->addMenu(m_screensMenu);

    if (m_chooser) {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        for (const NamedView &view : m_views->all())
            m_chooser->addItem(view.name);
        m_chooser->setPlaceholderText(any ? tr("Views") : tr("No saved views"));
        m_chooser->setCurrentIndex(m_current);
        m_chooser->setEnabled(any);
    }
}

void ViewSwitcher::showNextStep()
{
    QList<int> inTour;
    for (int i = 0; i < m_views->count(); ++i) {
        if (m_views->at(i).inTour)
            inTour.append(i);
    }
    if (inTour.isEmpty()) {
        if (m_grid->pageCount() > 1)
            m_grid->setPage((m_grid->page() + 1) % m_grid->pageCount());
        return;
    }
    const auto next = std::find_if(inTour.cbegin(), inTour.cend(), [this](int i) { return i > m_current; });
    show(next != inTour.cend() ? *next : inTour.constFirst());
}
