#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The command line (`cctv-dashboard --help`, README "Using it"), parsed into plain values.
struct CommandLineOptions
{
    QString configPath; // empty: the default location
    QStringList cameras; // `[NAME=]URL`, for this run only
    bool demo = false;
    bool headless = false;
    bool shareAll = false;
    QString shareBind; // empty: from the configuration, else 127.0.0.1
    std::optional<quint16> sharePort;
    QString shareToken; // empty: from the configuration, generated once
    bool shareRequireToken = false; // loopback needs the token too
    bool shareNewToken = false; // replace the saved admin token with a new one
    QString language; // empty: the system's
};

class CommandLine final
{
public:
    enum class Action { Run, ShowHelp, ShowVersion, Discover, Fail };
    struct Result
    {
        Action action = Action::Run;
        CommandLineOptions options;
        QString text; // the help or version text, or the one-line reason for failing
    };

    static Result parse(const QStringList &arguments);
    // Whether the arguments ask for no window (--headless, or --discover which needs none); decided before any
    // application object exists.
    static bool wantsHeadless(int argc, char **argv);
    // The value of `--lang`, read before the full parse so that the help text is already translated.
    static QString requestedLanguage(const QStringList &arguments);
    // `NAME=URL` or `URL`: the name (empty when not given) and the URL.
    static std::pair<QString, QString> splitCameraArgument(const QString &argument);
};
