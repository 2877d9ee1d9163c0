// The composition root: reads the command line and configuration, builds the engine (cameras and share server),
// then runs it with a window or headless.

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "camera/configsaver.h"
#include "camera/configstore.h"
#include "commandline.h"
#include "mainwindow.h"
#include "share/shareserver.h"
#include "share/viewlinks.h"
#include "sources/pushhub.h"
#include "sources/sourcefactory.h"
#include "unixsignalwatcher.h"
#include "util/languages.h"
#include "util/memorypolicy.h"
#include "widgets/tilerenderer.h"

#include <QApplication>
#include <QJsonArray>
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
        registry.add(config, CameraRegistry::Lifetime::ThisRunOnly);
    }
}

// The share server's address, port and credentials: the command line first, then the configuration, then
// defaults. A first start (or --share-new-token) makes the admin token and saves it.
ShareServer::Settings shareSettings(const CommandLineOptions &options, AppConfig &config, const ConfigStore &store)
{
    ShareServer::Settings settings;
    const QString bind
        = options.shareBind.isEmpty() ? config.share.value(QStringLiteral("bind")).toString() : options.shareBind;
    if (!bind.isEmpty())
        settings.address = QHostAddress(bind);
    settings.port = options.sharePort.value_or(quint16(config.share.value(QStringLiteral("port")).toInt(8088)));
    settings.requireToken = options.shareRequireToken || config.share.value(QStringLiteral("requireToken")).toBool();
    for (const QJsonValue origin : config.share.value(QStringLiteral("allowedOrigins")).toArray())
        settings.allowedOrigins.append(origin.toString());
    settings.token = options.shareToken;
    if (settings.token.isEmpty()) {
        if (config.shareToken().isEmpty() || options.shareNewToken) {
            config.setShareToken(ConfigStore::generateToken());
            QString error;
            if (!store.save(config, &error))
                printLine(stderr,
                          QCoreApplication::translate("main", "warning: cannot save %1: %2").arg(store.path(), error));
        }
        settings.token = config.shareToken();
    }
    return settings;
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

    // Seed 000's senders push pictures to the share server; their cameras read them from here.
    const auto pushHub = std::make_shared<PushHub>();
    CameraRegistry registry(std::make_shared<const SourceFactory>(pushHub));
    for (const CameraConfig &camera : std::as_const(config.cameras))
        registry.add(camera);
    for (const QString &argument : options.cameras) {
        const auto [name, url] = CommandLine::splitCameraArgument(argument);
        CameraConfig camera;
        camera.url = QUrl(url);
        camera.name = name.isEmpty() ? (camera.url.host().isEmpty() ? camera.url.path() : camera.url.host()) : name;
        registry.add(camera, CameraRegistry::Lifetime::ThisRunOnly);
    }
    if (options.demo || registry.count() == 0)
        addDemoCameras(registry);

    ShareServer share;
    QString shareError;
    ShareServer::Settings settings = shareSettings(options, config, store);
    settings.pushHub = pushHub;
    settings.links = std::make_shared<ViewLinks>();
    settings.links->loadJson(config.share.value(QStringLiteral("links")).toArray());
    const bool sharing = share.start(settings, &shareError);
    if (!sharing) {
        printLine(stderr, QStringLiteral("cctv-dashboard: ") + shareError);
        if (headless)
            return ExitRuntimeFailure;
    }
    const auto publish = [&share, &registry, shareAll = options.shareAll](Camera *camera) {
        if (shareAll)
            registry.shareForThisRun(camera->id());
        share.addCamera(camera->feed());
    };
    for (Camera *camera : registry.cameras())
        publish(camera);
    QObject::connect(&registry, &CameraRegistry::cameraAdded, &share, publish);
    QObject::connect(&registry, &CameraRegistry::cameraRemoved, &share, &ShareServer::removeCamera);
    QObject::connect(&share, &ShareServer::switchRequested, &registry, [&registry](const QString &id, bool on) {
        if (Camera *camera = registry.find(id))
            camera->setEnabled(on);
    });
    // A sender pushing to `/ws/video/NAME/` is camera NAME, for this run only: it exists while something pushes
    // to it, and a sender that comes back after this run would find it gone, so there is nothing worth saving.
    // It is shared from the start: its pictures already came through the share server, and seed 000's viewers
    // read them there.
    QObject::connect(pushHub.get(), &PushHub::senderArrived, &registry,
                     [&registry](const QString &id, const QString &name) {
                         if (Camera *camera = registry.find(id)) {
                             camera->retryNow(); // a sender that came back: no need to wait out the backoff
                             return;
                         }
                         CameraConfig camera;
                         camera.id = id;
                         camera.name = name;
                         camera.url = QUrl(QStringLiteral("push:") + id);
                         camera.shared = true;
                         registry.add(camera, CameraRegistry::Lifetime::ThisRunOnly);
                     });
    // Announced once every camera is on the server, so whoever reads this line finds them all.
    if (sharing)
        printLine(stdout, QStringLiteral("share: ") + share.url().toString());

    // Saved from here on, off the GUI thread: what the user changes in this run, never what the command line added.
    ConfigSaver saver(store);
    QObject::connect(&saver, &ConfigSaver::failed, &saver, [&store](const QString &error) {
        printLine(stderr, QCoreApplication::translate("main", "warning: cannot save %1: %2").arg(store.path(), error));
    });
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
        window = std::make_unique<MainWindow>(&registry);
        window->restoreLayout(config.layout);
        QObject::connect(app.get(), &QCoreApplication::aboutToQuit, window.get(), [&] {
            config.layout = window->saveLayout();
            config.cameras = registry.savedConfigs();
            saver.schedule(config);
        });
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
            window->setShareAccess(
                {share.url(), !share.settings().address.isLoopback(), settings.links, renewAdminToken});
        }
        window->show();
        if (!loaded.problem.isEmpty())
            window->showProblem(loaded.problem);
        else if (!shareError.isEmpty())
            window->showProblem(shareError);
    }
    return app->exec();
}
