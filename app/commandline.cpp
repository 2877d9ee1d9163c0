#include "commandline.h"

#include "share/accesspolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Watch many cameras on one screen and share them to browsers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("CommandLine", "Configuration file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption camera(QStringLiteral("camera"),
                                    QCoreApplication::translate("CommandLine", "Add a camera for this run only."),
                                    QStringLiteral("[NAME=]URL"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("CommandLine", "Add demo cameras."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QCoreApplication::translate("CommandLine",
                                                                  "No window: run cameras and the share server until "
                                                                  "SIGINT or SIGTERM."));
    const QCommandLineOption shareBind(
        QStringLiteral("share-bind"),
        QCoreApplication::translate("CommandLine", "Address of the share server (default 127.0.0.1)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption sharePort(QStringLiteral("share-port"),
                                       QCoreApplication::translate("CommandLine",
                                                                   "Port of the share server (default 8088, 0 picks "
                                                                   "a free one)."),
                                       QStringLiteral("N"));
    const QCommandLineOption shareAll(QStringLiteral("share-all"),
                                      QCoreApplication::translate("CommandLine", "Share every camera of this run."));
    const QCommandLineOption shareToken(
        QStringLiteral("share-token"),
        QCoreApplication::translate("CommandLine",
                                    "Admin token for clients not on this machine (at least 22 characters)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption shareRequireToken(
        QStringLiteral("share-require-token"),
        QCoreApplication::translate("CommandLine",
                                    "Clients on this machine need the token too (for tunnels and proxies)."));
    const QCommandLineOption shareNewToken(
        QStringLiteral("share-new-token"),
        QCoreApplication::translate("CommandLine", "Make a new admin token and save it (the old one stops working)."));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Language of the interface (%1; default: the system's).")
            .arg(QStringLiteral("en, ja, ko, zh_TW")),
        QStringLiteral("LANG"));
    const QCommandLineOption discover(
        QStringLiteral("discover"),
        QCoreApplication::translate("CommandLine",
                                    "Print the ONVIF devices that answer on the local networks, one per line (name, "
                                    "model, device service address), then exit."));
    parser.addOptions({config, camera, demo, headless, shareBind, sharePort, shareAll, shareToken, shareRequireToken,
                       shareNewToken, language, discover});

    Result result;
    if (!parser.parse(arguments)) {
        result.action = Action::Fail;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        result.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return result;
    }
    if (parser.isSet(discover)) {
        result.action = Action::Discover;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Fail;
        result.text = QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }

    CommandLineOptions &options = result.options;
    options.configPath = parser.value(config);
    options.cameras = parser.values(camera);
    options.demo = parser.isSet(demo);
    options.headless = parser.isSet(headless);
    options.shareAll = parser.isSet(shareAll);
    options.shareBind = parser.value(shareBind);
    options.shareToken = parser.value(shareToken);
    options.shareRequireToken = parser.isSet(shareRequireToken);
    options.shareNewToken = parser.isSet(shareNewToken);
    if (parser.isSet(shareToken)) {
        if (const QString problem = AccessPolicy::tokenProblem(options.shareToken); !problem.isEmpty()) {
            result.action = Action::Fail;
            result.text = QStringLiteral("--share-token: ") + problem;
            return result;
        }
    }
    options.language = parser.value(language);
    if (parser.isSet(sharePort)) {
        bool ok = false;
        const uint port = parser.value(sharePort).toUInt(&ok);
        if (!ok || port > 65535) {
            result.action = Action::Fail;
            result.text = QCoreApplication::translate("CommandLine", "--share-port needs a number from 0 to 65535");
            return result;
        }
        options.sharePort = quint16(port);
    }
    for (const QString &argument : std::as_const(options.cameras)) {
        if (splitCameraArgument(argument).second.isEmpty()) {
            result.action = Action::Fail;
            result.text = QCoreApplication::translate("CommandLine", "--camera needs a URL");
            return result;
        }
    }
    return result;
}

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"headless", "discover"}) {
            if ((argv[i][0] == '-' && std::strcmp(argv[i] + 1, option) == 0)
                || (std::strncmp(argv[i], "--", 2) == 0 && std::strcmp(argv[i] + 2, option) == 0)) {
                return true;
            }
        }
    }
    return false;
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return {};
}

std::pair<QString, QString> CommandLine::splitCameraArgument(const QString &argument)
{
    // A name never contains ':' or '/', and a URL always has a ':' before any '='.
    const qsizetype eq = argument.indexOf(u'=');
    const qsizetype colon = argument.indexOf(u':');
    if (eq > 0 && (colon < 0 || eq < colon))
        return {argument.left(eq).trimmed(), argument.mid(eq + 1).trimmed()};
    return {QString(), argument.trimmed()};
}
