#pragma once

#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <QWebSocket>

#include <optional>

// A real headless Chromium driven over the DevTools protocol, for tests that must see what a browser shows.
class ChromiumSession final : public QObject
{
    Q_OBJECT

public:
    explicit ChromiumSession(QObject *parent = nullptr);
    ~ChromiumSession() override;
    Q_DISABLE_COPY_MOVE(ChromiumSession)

    // The browser binary, or empty when none is installed.
    static QString executable();

    // Launches the browser and opens one blank page; false with `error` set on failure. `extraArguments` go to
    // the browser as they are (say `--host-resolver-rules=MAP name 127.0.0.1`).
    bool start(QString *error, const QStringList &extraArguments = {});
    bool navigate(const QUrl &url);
    // The value of a JavaScript expression in the page (awaiting promises).
    QVariant evaluate(const QString &expression);
    QImage screenshot();
    // Real input, as a person gives it: a left click at a point of the page (CSS pixels), and a key pressed and
    // released (a DOM key name with its code, "Escape" or "Enter").
    bool click(QPointF at);
    bool press(const QString &key);

private:
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {}, bool inPage = true,
                                    int timeoutMs = 15000);

    QProcess m_process;
    QTemporaryDir m_profile;
    QWebSocket m_socket;
    QString m_sessionId;
    int m_nextId = 1;
    QList<QJsonObject> m_messages;
};
