// The composition root: reads the command line and configuration, builds the engine (cameras and share server),
// then runs it with a window or headless.

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "camera/configsaver.h"
#include "camera/configstore.h"
#include "camera/pushcameras.h"
#include "commandline.h"
#include "mainwindow.h"
#include "onvif/onvifdiscovery.h"
#include "preferences.h"
#include "share/sharepublisher.h"
#include "share/shareserver.h"
#include "share/sharesettings.h"
#include "share/viewlinks.h"
#include "sources/pushhub.h"
#include "sources/sourcefactory.h"
#include "theme.h"
#include "unixsignalwatcher.h"
#include "util/languages.h"
#include "util/memorypolicy.h"
#include "widgets/tilerenderer.h"

#include <QApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

constexpr int ExitRuntimeFailure = 1;
constexpr int ExitBadCommandLine = 2;

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

// Whether a window can be opened at all: without a display QApplication would abort, and `--version` or a
// mistyped option over ssh must still answer in words.
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void addDemoCameras(CameraRegistry &registry)
{
    static const char *const Names[] = {"Front door", "Garden", "Garage", "Bike shed"};
    static const char *const Urls[] = {"test:pattern?size=1280x720&fps=25", "test:pattern?size=960x540&fps=15",
                                       "test:pattern?size=640x480&fps=10", "test:pattern?size=1280x720&fps=5"};
    for (size_t i = 0; i < std::size(Names); ++i) {
        CameraConfig config;
        config.name = QString::fromLatin1(Names[i]);
        config.url = QUrl(QString::fromLatin1(Urls[i]));
        registry.add(config, CameraRegistry::Lifetime::Demo);
    }
}

// `--discover`: probes for 3 s and prints each device as it answers (name, model, device service address, tab
// separated; "-" for what it did not say). Exit 0 also when none answers: finding nothing is an answer.
int discover()
{
    OnvifDiscovery discovery;
    QObject::connect(&discovery, &OnvifDiscovery::deviceFound, [](const Onvif::DiscoveredDevice &device) {
        const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
        const QString address = device.serviceUrls.isEmpty() ? device.endpoint : device.serviceUrls.first().toString();
        printLine(stdout, orDash(device.name) + u'\t' + orDash(device.model) + u'\t' + address);
    });
    QObject::connect(&discovery, &OnvifDiscovery::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    discovery.start();
    QCoreApplication::exec();
    if (!discovery.errorString().isEmpty()) {
        printLine(stderr, QStringLiteral("cctv-dashboard: ") + discovery.errorString());
        return ExitRuntimeFailure;
    }
    if (discovery.devices().isEmpty())
        printLine(stderr, QCoreApplication::translate("main", "No ONVIF device answered."));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // First of all: every picture buffer the program frees is then kept for the next picture.
    MemoryPolicy::keepPictureBuffers();
    const bool headless = CommandLine::wantsHeadless(argc, argv);
    const bool windowPossible = !headless && displayAvailable();
    if (windowPossible)
        TileRenderer::prepareApplication();
    std::unique_ptr<QCoreApplication> app
        = windowPossible ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cctv-dashboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("cctv-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCTV_VERSION));
    // Links the window to the installed .desktop file (its icon and name in Wayland docks and task bars).
    if (windowPossible)
        QGuiApplication::setDesktopFileName(QStringLiteral(CCTV_APP_ID));
    // Installed first, so a SIGTERM at any moment of start-up ends in a clean exit once the event loop runs.
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, app.get(), &QCoreApplication::quit);

    Languages::install(CommandLine::requestedLanguage(QCoreApplication::arguments()));
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        printLine(stdout, parsed.text.trimmed());
        return 0;
    case CommandLine::Action::Fail:
        printLine(stderr, QStringLiteral("cctv-dashboard: ") + parsed.text);
        return ExitBadCommandLine;
    case CommandLine::Action::Discover:
        return discover();
    case CommandLine::Action::Run:
        break;
    }
    const CommandLineOptions &options = parsed.options;
    if (!headless && !windowPossible) {
        printLine(stderr,
                  QCoreApplication::translate("main",
                                              "cctv-dashboard: no display to open a window on "
                                              "(DISPLAY is not set); use --headless to run without one"));
        return ExitRuntimeFailure;
    }

    const ConfigStore store(options.configPath.isEmpty() ? ConfigStore::defaultPath() : options.configPath);
    ConfigStore::Loaded loaded = store.load();
    if (!loaded.problem.isEmpty()) {
        printLine(stderr, QStringLiteral("cctv-dashboard: ") + loaded.problem);
        if (headless)
            return ExitBadCommandLine; // a box with no screen must not run on silently without its cameras
    }
    AppConfig config = loaded.config;
    // The language chosen in Settings, unless the command line asks for one. Nothing shown so far stays.
    if (const QString saved = Preferences::read(config).language;
        !saved.isEmpty() && CommandLine::requestedLanguage(QCoreApplication::arguments()).isEmpty())
        Languages::install(saved);

    // Seed 000's senders push pictures to the share server; their cameras read them from here.
    const auto pushHub = std::make_shared<PushHub>();
    CameraRegistry registry(std::make_shared<const SourceFactory>(pushHub));
    for (const CameraConfig &camera : std::as_const(config.cameras))
        registry.add(camera);
    for (const QString &argument : options.cameras) {
        const auto [name, url] = CommandLine::splitCameraArgument(argument);
        registry.add(CameraConfig::named(name, QUrl(url)), CameraRegistry::Lifetime::ThisRunOnly);
    }
    // Marked as demos, never saved; they make way for the first camera the user adds.
    if (options.demo || registry.count() == 0)
        addDemoCameras(registry);

    ShareServer share;
    QString shareError;
    bool tokenMade = false;
    ShareServer::Settings settings = ShareSettings::resolve(
        {options.shareBind, options.sharePort, options.shareToken, options.shareRequireToken, options.shareNewToken},
        config, &tokenMade);
    const auto warnNotSaved = [&store](const QString &error) {
        printLine(stderr, QCoreApplication::translate("main", "warning: cannot save %1: %2").arg(store.path(), error));
    };
    if (QString error; tokenMade && !store.save(config, &error))
        warnNotSaved(error);
    settings.pushHub = pushHub;
    const bool sharing = share.start(settings, &shareError);
    if (!sharing) {
        printLine(stderr, QStringLiteral("cctv-dashboard: ") + shareError);
        if (headless)
            return ExitRuntimeFailure;
    }
    SharePublisher publisher(registry, share, options.shareAll);
    PushCameras pushCameras(registry, *pushHub);
    // Announced once every camera is on the server, so whoever reads this line finds them all.
    if (sharing)
        printLine(stdout, QStringLiteral("share: ") + share.url().toString());

    // Saved from here on, off the GUI thread: what the user changes in this run, never what the command line added.
    ConfigSaver saver(store);
    QObject::connect(&saver, &ConfigSaver::failed, &saver, warnNotSaved);
    QObject::connect(&registry, &CameraRegistry::configurationChanged, &saver, [&] {
        config.cameras = registry.savedConfigs();
        saver.schedule(config);
    });
    // View links are made and revoked from the window and the API (on the share thread): saved here. Their last
    // use is saved with them, and at exit.
    const auto saveLinks = [&config, &saver, links = settings.links] {
        config.share.insert(QStringLiteral("links"), links->toJson());
        saver.schedule(config);
    };
    QObject::connect(settings.links.get(), &ViewLinks::changed, &saver, saveLinks, Qt::QueuedConnection);
    QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &saver, saveLinks);
    QObject::connect(&registry, &CameraRegistry::cameraDeleted, settings.links.get(),
                     [links = settings.links](const QString &id) { links->revokeCamera(id); });

    std::unique_ptr<MainWindow> window;
    if (!headless) {
        Theme::apply(Preferences::read(config).theme);
        window = std::make_unique<MainWindow>(&registry);
        window->setPreferences(Preferences::read(config));
        QObject::connect(window.get(), &MainWindow::preferencesChanged, &saver, [&](const Preferences &preferences) {
            preferences.write(config);
            saver.schedule(config);
        });
        window->restoreLayout(config.layout);
        const auto saveLayout = [&] {
            config.layout = window->saveLayout();
            config.cameras = registry.savedConfigs();
            saver.schedule(config);
        };
        QObject::connect(window.get(), &MainWindow::layoutChanged, &saver, saveLayout);
        QObject::connect(app.get(), &QCoreApplication::aboutToQuit, window.get(), saveLayout);
        if (share.isListening()) {
            // A token given on the command line is the user's to change there; a saved one can be renewed here.
            std::function<void()> renewAdminToken;
            if (options.shareToken.isEmpty()) {
                renewAdminToken = [&] {
                    config.setShareToken(ConfigStore::generateToken());
                    saver.schedule(config);
                    share.setToken(config.shareToken());
                };
            }
            window->setShareAccess({share.url(), !share.settings().address.isLoopback(), settings.links,
                                    renewAdminToken, [&share] { return share.settings().token; }});
        }
        window->show();
        if (!loaded.problem.isEmpty())
            window->showProblem(loaded.problem);
        else if (!shareError.isEmpty())
            window->showProblem(shareError);
    }
    return app->exec();
}
