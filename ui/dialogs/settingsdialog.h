#pragma once

#include "preferences.h"
#include "sharedialog.h"
#include "widgets/viewlinklist.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

// The program's settings, a page per area (sharing, appearance; the events and recording pages join them). The
// theme applies at once; the server's address, port and rule and the language at the next start, as each says.
// The admin token and the view links act at once and are not part of Apply.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `cameraName` names the cameras in the list of view links.
    SettingsDialog(const Preferences &initial, const ShareDialog::Access &access,
                   const ViewLinkList::CameraName &cameraName, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    Preferences preferences() const;
    // Shows the page of `area`: "sharing" or "appearance".
    void showPage(const QString &area);

Q_SIGNALS:
    // OK or Apply with these values.
    void applied(const Preferences &preferences);

private:
    QWidget *makeSharingPage(const ViewLinkList::CameraName &cameraName);
    QWidget *makeAppearancePage();
    void addPage(QWidget *page, const QString &icon, const QString &title, const QString &area);
    void updateBindWarning();
    void showToken(bool shown);

    Preferences m_initial;
    ShareDialog::Access m_access;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QComboBox *m_bind = nullptr;
    QLabel *m_bindWarning = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_requireToken = nullptr;
    QLineEdit *m_token = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_overlayTitle = nullptr;
    QCheckBox *m_overlayTitleFades = nullptr;
    QCheckBox *m_overlayFigures = nullptr;
    QCheckBox *m_overlayClock = nullptr;
};
