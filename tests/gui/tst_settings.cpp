// The Settings dialog on the offscreen platform, with real parts: the window's own dialog, the configuration file
// written and read back, and a real share server started from what was saved (its address, port and rule apply at
// the next start, so the test starts one as the next run would).

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "camera/configstore.h"
#include "dialogs/settingsdialog.h"
#include "httpget.h"
#include "icons.h"
#include "mainwindow.h"
#include "share/shareserver.h"
#include "share/sharesettings.h"
#include "share/viewlinks.h"
#include "theme.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"
#include "widgets/viewlinklist.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

SettingsDialog *openSettings(MainWindow &window)
{
    window.findChild<QAction *>(u"settings"_s)->trigger();
    SettingsDialog *dialog = nullptr;
    const bool opened
        = QTest::qWaitFor([&] { return (dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible(); });
    return opened ? dialog : nullptr;
}

void press(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(which), Qt::LeftButton);
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

// The colour an icon is drawn in: its most opaque pixel.
QColor iconColour(const QIcon &icon)
{
    const QImage image = icon.pixmap(24).toImage();
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).alpha() > best.alpha())
                best = image.pixelColor(x, y);
        }
    }
    return best;
}

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Theme::apply(Theme::Choice::Dark); }

    void serverSettingsAreSavedAndTheNextStartServesThem()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(u"cameras.json"_s));
        AppConfig config;
        config.share.insert(u"links"_s, QJsonArray()); // what was there stays
        CameraRegistry registry;
        registry.add(CameraConfig::named(u"Porch"_s, QUrl(u"test:pattern?size=160x120&fps=5"_s)));
        MainWindow window(&registry);
        window.setPreferences(Preferences::read(config));
        connect(&window, &MainWindow::preferencesChanged, this, [&](const Preferences &preferences) {
            preferences.write(config);
            QString error;
            QVERIFY2(store.save(config, &error), qPrintable(error));
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        auto *bind = dialog->findChild<QComboBox *>(u"bind"_s);
        auto *warning = dialog->findChild<QLabel *>(u"bindWarning"_s);
        QCOMPARE(bind->currentData().toString(), QString()); // this computer only
        QVERIFY(!warning->isVisible());
        // Every network: said plainly what that means.
        bind->setCurrentIndex(bind->findData(u"0.0.0.0"_s));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"view link"_s));
        bind->setCurrentIndex(bind->findData(QString()));
        QVERIFY(!warning->isVisible());

        const quint16 port = freePort();
        QVERIFY(port);
        dialog->findChild<QSpinBox *>(u"port"_s)->setValue(port);
        dialog->findChild<QCheckBox *>(u"requireToken"_s)->setChecked(true);
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(window.statusBar()->currentMessage().contains(u"next start"_s));

        // The file holds it, next to what was there.
        const ConfigStore::Loaded loaded = store.load();
        QVERIFY(loaded.problem.isEmpty());
        QCOMPARE(loaded.config.share.value(u"port"_s).toInt(), port);
        QVERIFY(loaded.config.share.value(u"requireToken"_s).toBool());
        QVERIFY(loaded.config.share.contains(u"links"_s));
        QVERIFY(!loaded.config.share.contains(u"bind"_s)); // the default is not written

        // The next start's server listens on that port and asks this computer for a credential too.
        AppConfig next = loaded.config;
        bool tokenMade = false;
        ShareServer::Settings settings = ShareSettings::resolve({}, next, &tokenMade);
        QCOMPARE(settings.port, port);
        ShareServer share;
        QString error;
        QVERIFY2(share.start(settings, &error), qPrintable(error));
        QCOMPARE(share.url().port(), int(port));
        QCOMPARE(HttpClient::fetch(share.url().resolved(QUrl(u"api/cameras"_s))).status, 401);
        const HttpClient::Reply withToken = HttpClient::fetch(share.url().resolved(QUrl(u"api/cameras"_s)), "GET",
                                                              {{"Authorization", "Bearer " + settings.token.toUtf8()}});
        QCOMPARE(withToken.status, 200);
    }

    void theThemeChangesAtOnceIconsToo()
    {
        CameraRegistry registry;
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QIcon icon = window.findChild<QAction *>(u"addCamera"_s)->icon();
        QVERIFY(window.palette().color(QPalette::Window).lightness() < 128);
        const QColor onDark = iconColour(icon);
        QVERIFY(onDark.lightness() > 160);

        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        dialog->showPage(u"appearance"_s);
        QVERIFY(dialog->findChild<QWidget *>(u"appearancePage"_s)->isVisible());
        auto *theme = dialog->findChild<QComboBox *>(u"theme"_s);
        theme->setCurrentIndex(theme->findData(int(Theme::Choice::Light)));
        QSignalSpy changed(&window, &MainWindow::preferencesChanged);
        press(dialog, QDialogButtonBox::Apply);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Preferences>().theme, Theme::Choice::Light);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() > 128);
        // The same icon, already on the tool bar, is now drawn dark on the light window.
        QVERIFY(iconColour(icon).lightness() < 100);
        QVERIFY(!window.statusBar()->currentMessage().contains(u"next start"_s)); // nothing waits for a restart
        press(dialog, QDialogButtonBox::Cancel);
        QCOMPARE(window.preferences().theme, Theme::Choice::Light);
    }

    void theOverlayItemsGoFromEveryTileAtOnce()
    {
        CameraRegistry registry;
        registry.add(CameraConfig::named(u"Porch"_s, QUrl(u"test:pattern?size=320x240&fps=10"_s)));
        MainWindow window(&registry);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *porch = window.grid()->tileFor(u"porch"_s);
        QTRY_VERIFY(porch->hasPicture() && !porch->overlayParts().clock.isEmpty()
                    && !porch->overlayParts().stats.isEmpty());

        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        dialog->showPage(u"appearance"_s);
        dialog->findChild<QCheckBox *>(u"overlayFigures"_s)->setChecked(false);
        dialog->findChild<QCheckBox *>(u"overlayClock"_s)->setChecked(false);
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(window.preferences().overlay, OverlayItems({true, false, false, true}));
        QTRY_VERIFY(porch->overlayParts().clock.isEmpty() && porch->overlayParts().stats.isEmpty());
        QVERIFY(porch->overlayParts().titleText.startsWith(u"Porch"_s));

        // A camera added later follows the same choice; and so does the file.
        registry.add(CameraConfig::named(u"Yard"_s, QUrl(u"test:pattern?size=320x240&fps=10"_s)));
        CameraTile *yard = window.grid()->tileFor(u"yard"_s);
        QTRY_VERIFY(yard->hasPicture() && !yard->overlayParts().title.isEmpty());
        QVERIFY(yard->overlayParts().clock.isEmpty());
        AppConfig config;
        window.preferences().write(config);
        QCOMPARE(Preferences::read(config).overlay, OverlayItems({true, false, false, true}));
    }

    void theAdminTokenIsMaskedCopiedAndRenewed()
    {
        CameraRegistry registry;
        Camera *porch = registry.add(CameraConfig::named(u"Porch"_s, QUrl(u"test:pattern?size=160x120&fps=5"_s)));
        registry.add(CameraConfig::named(u"Yard"_s, QUrl(u"test:pattern?size=160x120&fps=5"_s)));
        auto links = std::make_shared<ViewLinks>();
        QVERIFY(links->create(porch->id(), 3600));
        QVERIFY(links->create(u"yard"_s, std::nullopt));
        QString token = u"first-admin-token-0123456789abcdef"_s;
        MainWindow window(&registry);
        window.setShareAccess({QUrl(u"http://127.0.0.1:8088/"_s), false, links,
                               [&token] { token = u"second-admin-token-0123456789abcde"_s; },
                               [&token] { return token; }});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);

        auto *field = dialog->findChild<QLineEdit *>(u"adminToken"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(field->isReadOnly());
        QVERIFY(!field->displayText().contains(u"first"_s)); // masked on screen
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyToken"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), token);
        dialog->findChild<QPushButton *>(u"showToken"_s)->click();
        QCOMPARE(field->displayText(), token);

        // A new one after the user agrees; the field shows the new one.
        dialog->findChild<QPushButton *>(u"renewAdminToken"_s)->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog->findChild<QMessageBox *>(u"renewAdminTokenBox"_s)));
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        QCOMPARE(token, u"second-admin-token-0123456789abcde"_s);
        QCOMPARE(field->text(), token);

        // Every camera's links, by camera name, never by token; revoked from here.
        auto *list = dialog->findChild<ViewLinkList *>(u"allLinks"_s);
        QVERIFY(list);
        QCOMPARE(list->view()->topLevelItemCount(), 2);
        QStringList cameras;
        for (int i = 0; i < 2; ++i) {
            cameras << list->view()->topLevelItem(i)->text(0);
            for (int column = 0; column < list->view()->columnCount(); ++column) {
                for (const ViewLink &link : links->list())
                    QVERIFY(!list->view()->topLevelItem(i)->text(column).contains(link.token));
            }
        }
        cameras.sort();
        QCOMPARE(cameras, QStringList({u"Porch"_s, u"Yard"_s}));
        list->view()->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(list->findChild<QPushButton *>(u"revokeLink"_s), Qt::LeftButton);
        QCOMPARE(links->list().size(), 1);
        QCOMPARE(list->view()->topLevelItemCount(), 1);
    }

    // A server only this computer reaches: no QR code a phone could not open, and the way to the network instead.
    void aPhoneIsOfferedTheNetworkNotALoopbackQrCode()
    {
        CameraRegistry registry;
        Camera *yard = registry.add(CameraConfig::named(u"Yard"_s, QUrl(u"test:pattern?size=160x120&fps=5"_s)));
        yard->setShared(true);
        auto links = std::make_shared<ViewLinks>();
        MainWindow window(&registry);
        window.setShareAccess({QUrl(u"http://127.0.0.1:8088/"_s), false, links, {}, {}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.grid()->tileFor(u"yard"_s)->findChild<QToolButton *>(u"shareLink"_s), Qt::LeftButton);
        ShareDialog *share = nullptr;
        QTRY_VERIFY((share = window.findChild<ShareDialog *>()) && share->isVisible());
        QTest::mouseClick(share->findChild<QPushButton *>(u"makeLink"_s), Qt::LeftButton);
        QVERIFY(share->address().hasQuery());
        for (const QLabel *label : share->findChildren<QLabel *>())
            QVERIFY(label->pixmap().isNull() || !label->isVisible());
        bool said = false;
        for (const QLabel *label : share->findChildren<QLabel *>())
            said = said || label->text().contains(u"a phone cannot open"_s);
        QVERIFY(said);

        QTest::mouseClick(share->findChild<QPushButton *>(u"serveOnNetwork"_s), Qt::LeftButton);
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = window.findChild<SettingsDialog *>()) && settings->isVisible());
        QVERIFY(settings->findChild<QWidget *>(u"sharingPage"_s)->isVisible());
        QTRY_VERIFY(!share->isVisible());
    }

    void withoutAServerTheSharingControlsSaySo()
    {
        CameraRegistry registry;
        MainWindow window(&registry);
        window.show();
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"adminToken"_s)->isEnabled());
        QVERIFY(dialog->findChild<QSpinBox *>(u"port"_s)->isEnabled()); // for the next start
        bool said = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text().contains(u"sharing is off"_s));
        QVERIFY(said);
    }

    void preferencesReadAndWriteTheConfiguration()
    {
        AppConfig config;
        config.appearance.insert(u"future"_s, 1);
        Preferences preferences;
        preferences.language = u"ja"_s;
        preferences.theme = Theme::Choice::System;
        preferences.bind = u"0.0.0.0"_s;
        preferences.write(config);
        QCOMPARE(Preferences::read(config), preferences);
        QCOMPARE(config.appearance.value(u"future"_s).toInt(), 1);
        QVERIFY(preferences.needsRestartAfter(Preferences()));
        Preferences themeOnly;
        themeOnly.theme = Theme::Choice::Light;
        QVERIFY(!themeOnly.needsRestartAfter(Preferences()));
        QCOMPARE(Theme::fromName(u"nonsense"_s), Theme::Choice::Dark);
    }
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
