#include "settingsdialog.h"

#include "icons.h"
#include "theme.h"
#include "util/languages.h"
#include "widgets/viewlinklist.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

// This computer's IPv4 addresses on networks that are up, loopback left out.
QStringList networkAddresses()
{
    QStringList addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            addresses << address.toString();
    }
    return addresses;
}

} // namespace

SettingsDialog::SettingsDialog(const Preferences &initial, const ShareDialog::Access &access,
                               const ViewLinkList::CameraName &cameraName, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_access(access)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setFixedWidth(170);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    addPage(makeSharingPage(cameraName), QStringLiteral("share"), tr("Sharing"), QStringLiteral("sharing"));
    addPage(makeAppearancePage(), QStringLiteral("appearance"), tr("Appearance"), QStringLiteral("appearance"));
    m_pageList->setCurrentRow(0);

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied(preferences());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { Q_EMIT applied(preferences()); });

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

void SettingsDialog::addPage(QWidget *page, const QString &icon, const QString &title, const QString &area)
{
    page->setObjectName(area + QStringLiteral("Page"));
    auto *item = new QListWidgetItem(Icons::get(icon), title, m_pageList);
    item->setData(Qt::UserRole, area);
    m_pages->addWidget(page);
}

void SettingsDialog::showPage(const QString &area)
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(Qt::UserRole).toString() == area)
            m_pageList->setCurrentRow(row);
    }
}

QWidget *SettingsDialog::makeSharingPage(const ViewLinkList::CameraName &cameraName)
{
    auto *page = new QWidget(this);

    auto *server = new QGroupBox(tr("Share server (at the next start)"), page);
    m_bind = new QComboBox(server);
    m_bind->setObjectName(QStringLiteral("bind"));
    m_bind->addItem(tr("This computer only"), QString());
    m_bind->addItem(tr("Every network of this computer"), QStringLiteral("0.0.0.0"));
    for (const QString &address : networkAddresses())
        m_bind->addItem(tr("This network address: %1").arg(address), address);
    if (m_bind->findData(m_initial.bind) < 0)
        m_bind->addItem(m_initial.bind, m_initial.bind);
    m_bind->setCurrentIndex(m_bind->findData(m_initial.bind));
    connect(m_bind, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateBindWarning);
    m_bindWarning = note({}, server);
    m_bindWarning->setObjectName(QStringLiteral("bindWarning"));
    QPalette warning = m_bindWarning->palette();
    warning.setColor(QPalette::WindowText, Theme::problemColor(palette()));
    m_bindWarning->setPalette(warning);
    m_port = new QSpinBox(server);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(m_initial.port);
    m_requireToken = new QCheckBox(tr("Ask for a view link or the admin token on this computer too"), server);
    m_requireToken->setObjectName(QStringLiteral("requireToken"));
    m_requireToken->setChecked(m_initial.requireToken);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Listen on:"), m_bind);
    serverForm->addRow(QString(), m_bindWarning);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(QString(), m_requireToken);
    serverForm->addRow(
        QString(),
        note(tr("The command line's --share-bind, --share-port and --share-require-token win over these."), server));

    auto *admin = new QGroupBox(tr("Admin token"), page);
    m_token = new QLineEdit(admin);
    m_token->setObjectName(QStringLiteral("adminToken"));
    m_token->setAccessibleName(tr("Admin token"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setText(m_access.adminToken ? m_access.adminToken() : QString());
    auto *show = new QPushButton(tr("&Show"), admin);
    show->setObjectName(QStringLiteral("showToken"));
    show->setCheckable(true);
    connect(show, &QPushButton::toggled, this, &SettingsDialog::showToken);
    auto *copy = new QPushButton(tr("&Copy"), admin);
    copy->setObjectName(QStringLiteral("copyToken"));
    copy->setAccessibleName(tr("Copy the admin token"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_token->text()); });
    auto *renew = new QPushButton(tr("&New token…"), admin);
    renew->setObjectName(QStringLiteral("renewAdminToken"));
    renew->setVisible(bool(m_access.renewAdminToken));
    connect(renew, &QPushButton::clicked, this, [this] {
        ShareDialog::confirmRenewAdminToken(this, [this] {
            m_access.renewAdminToken();
            m_token->setText(m_access.adminToken ? m_access.adminToken() : QString());
        });
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(show);
    tokenRow->addWidget(copy);
    tokenRow->addWidget(renew);
    auto *adminLayout = new QVBoxLayout(admin);
    adminLayout->addLayout(tokenRow);
    adminLayout->addWidget(note(m_access.renewAdminToken
                                    ? tr("It opens everything: every camera, switching them, making links. Give "
                                         "others a view link instead; make a new token if it may have leaked.")
                                    : tr("It opens everything: every camera, switching them, making links. This "
                                         "run's token comes from the command line (--share-token)."),
                                admin));

    auto *linkBox = new QGroupBox(tr("View links"), page);
    auto *linkLayout = new QVBoxLayout(linkBox);
    auto *links = new ViewLinkList(m_access.links, {}, cameraName, linkBox);
    links->setObjectName(QStringLiteral("allLinks"));
    linkLayout->addWidget(links);
    linkLayout->addWidget(note(tr("Make a link in a camera's Link… dialog: it opens that camera only, until it "
                                  "expires or is revoked here."),
                               linkBox));

    const bool serving = !m_access.base.isEmpty();
    admin->setEnabled(serving);
    linkBox->setEnabled(serving);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins({});
    if (!serving)
        layout->addWidget(note(tr("The share server is not running in this window: sharing is off."), page));
    layout->addWidget(server);
    layout->addWidget(admin);
    layout->addWidget(linkBox, 1);
    updateBindWarning();
    return page;
}

QWidget *SettingsDialog::makeAppearancePage()
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Dark (suits video)"), int(Theme::Choice::Dark));
    m_theme->addItem(tr("Light"), int(Theme::Choice::Light));
    m_theme->addItem(tr("Follow the system"), int(Theme::Choice::System));
    m_theme->setCurrentIndex(m_theme->findData(int(m_initial.theme)));

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("The system's") : tr("The system's (%1)").arg(systemLanguage),
                        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Languages::available())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    if (m_language->findData(m_initial.language) < 0)
        m_language->addItem(m_initial.language, m_initial.language);
    m_language->setCurrentIndex(m_language->findData(m_initial.language));

    const auto overlayItem = [page](const QString &text, const QString &name, bool on) {
        auto *box = new QCheckBox(text, page);
        box->setObjectName(name);
        box->setChecked(on);
        return box;
    };
    m_overlayTitle
        = overlayItem(tr("The camera's &name and state"), QStringLiteral("overlayTitle"), m_initial.overlay.title);
    m_overlayTitleFades = overlayItem(tr("…fading a few seconds after the camera went live, back under the pointer"),
                                      QStringLiteral("overlayTitleFades"), m_initial.overlay.titleFades);
    m_overlayTitleFades->setEnabled(m_initial.overlay.title);
    connect(m_overlayTitle, &QCheckBox::toggled, m_overlayTitleFades, &QWidget::setEnabled);
    m_overlayFigures
        = overlayItem(tr("The &frame rate and size"), QStringLiteral("overlayFigures"), m_initial.overlay.figures);
    m_overlayClock
        = overlayItem(tr("The &time of the picture"), QStringLiteral("overlayClock"), m_initial.overlay.clock);
    auto *overlay = new QVBoxLayout;
    overlay->addWidget(m_overlayTitle);
    overlay->addWidget(m_overlayTitleFades);
    overlay->addWidget(m_overlayFigures);
    overlay->addWidget(m_overlayClock);
    overlay->addWidget(note(tr("Many IP cameras print their own name and time into the picture. A camera that is "
                               "not live says why on its tile whatever is chosen here."),
                            page));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Over the pictures:"), overlay);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
                 note(tr("The theme and the overlay change at once; the language at the next start."), page));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins({});
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

Preferences SettingsDialog::preferences() const
{
    Preferences preferences = m_initial;
    preferences.bind = m_bind->currentData().toString();
    preferences.port = m_port->value();
    preferences.requireToken = m_requireToken->isChecked();
    preferences.theme = Theme::Choice(m_theme->currentData().toInt());
    preferences.language = m_language->currentData().toString();
    preferences.overlay = {m_overlayTitle->isChecked(), m_overlayFigures->isChecked(), m_overlayClock->isChecked(),
                           m_overlayTitleFades->isChecked()};
    return preferences;
}

void SettingsDialog::updateBindWarning()
{
    const QString bind = m_bind->currentData().toString();
    const bool onNetwork = !bind.isEmpty() && !QHostAddress(bind).isLoopback();
    m_bindWarning->setVisible(onNetwork);
    m_bindWarning->setText(tr("Other devices on the network can reach the server. They still need a view link or "
                              "the admin token; to reach it from the internet, put a reverse proxy with HTTPS in "
                              "front of it."));
}

void SettingsDialog::showToken(bool shown)
{
    m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
}
