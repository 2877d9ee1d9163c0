#include "chromiumsession.h"

#include "tiedprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

ChromiumSession::ChromiumSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { m_messages.append(QJsonDocument::fromJson(message.toUtf8()).object()); });
}

ChromiumSession::~ChromiumSession()
{
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ChromiumSession::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("CHROMIUM");
    for (const QString &candidate : {fromEnvironment, QStringLiteral("/usr/bin/chromium")}) {
        if (!candidate.isEmpty() && QFile::exists(candidate))
            return candidate;
    }
    return {};
}

bool ChromiumSession::start(QString *error, const QStringList &extraArguments)
{
    // The flags a root user on a closed network needs: no sandbox, no calls home, a fresh profile.
    m_process.setProgram(executable());
    m_process.setArguments({QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                            QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                            QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                            QStringLiteral("--window-size=1280,800"), QStringLiteral("--remote-debugging-port=0"),
                            QStringLiteral("--user-data-dir=") + m_profile.path()});
    m_process.setArguments(m_process.arguments() + extraArguments + QStringList {QStringLiteral("about:blank")});
    startTiedToThisProcess(m_process);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1").arg(executable());
        return false;
    }
    static const QRegularExpression Listening(QStringLiteral("DevTools listening on (ws://\\S+)"));
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    QUrl endpoint;
    while (clock.elapsed() < 30000 && endpoint.isEmpty()) {
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardError();
        const auto match = Listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            endpoint = QUrl(match.captured(1));
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    if (endpoint.isEmpty()) {
        *error = QStringLiteral("the browser gave no DevTools address: ") + QString::fromUtf8(output.right(2000));
        return false;
    }
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(endpoint);
    if (!connected.wait(10000)) {
        *error = QStringLiteral("cannot reach DevTools: ") + m_socket.errorString();
        return false;
    }
    const auto target
        = call(QStringLiteral("Target.createTarget"), {{QStringLiteral("url"), QStringLiteral("about:blank")}}, false);
    if (!target) {
        *error = QStringLiteral("cannot open a page");
        return false;
    }
    const auto attached = call(
        QStringLiteral("Target.attachToTarget"),
        {{QStringLiteral("targetId"), target->value(QStringLiteral("targetId"))}, {QStringLiteral("flatten"), true}},
        false);
    if (!attached) {
        *error = QStringLiteral("cannot attach to the page");
        return false;
    }
    m_sessionId = attached->value(QStringLiteral("sessionId")).toString();
    call(QStringLiteral("Page.enable"));
    return true;
}

std::optional<QJsonObject> ChromiumSession::call(const QString &method, const QJsonObject &params, bool inPage,
                                                 int timeoutMs)
{
    const int id = m_nextId++;
    QJsonObject message {
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    if (inPage)
        message.insert(QStringLiteral("sessionId"), m_sessionId);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            if (m_messages[i].value(QStringLiteral("id")).toInt() == id) {
                const QJsonObject reply = m_messages.takeAt(i);
                if (reply.contains(QStringLiteral("error"))) {
                    qWarning("%s failed: %s", qPrintable(method),
                             QJsonDocument(reply.value(QStringLiteral("error")).toObject()).toJson().constData());
                    return std::nullopt;
                }
                return reply.value(QStringLiteral("result")).toObject();
            }
        }
        // Events are not needed: keep only replies, so the list stays small.
        m_messages.removeIf([](const QJsonObject &m) { return !m.contains(QStringLiteral("id")); });
        QTest::qWait(20);
    }
    qWarning("%s: no answer in %d ms", qPrintable(method), timeoutMs);
    return std::nullopt;
}

bool ChromiumSession::navigate(const QUrl &url)
{
    const auto result = call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}});
    return result && !result->contains(QStringLiteral("errorText"));
}

QVariant ChromiumSession::evaluate(const QString &expression)
{
    const auto result = call(QStringLiteral("Runtime.evaluate"),
                             {{QStringLiteral("expression"), expression},
                              {QStringLiteral("returnByValue"), true},
                              {QStringLiteral("awaitPromise"), true}});
    if (!result)
        return {};
    return result->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toVariant();
}

QImage ChromiumSession::screenshot()
{
    const auto result
        = call(QStringLiteral("Page.captureScreenshot"), {{QStringLiteral("format"), QStringLiteral("png")}});
    if (!result)
        return {};
    return QImage::fromData(QByteArray::fromBase64(result->value(QStringLiteral("data")).toString().toLatin1()), "PNG");
}

bool ChromiumSession::click(QPointF at)
{
    for (const char *type : {"mousePressed", "mouseReleased"}) {
        const QJsonObject event {{QStringLiteral("type"), QLatin1String(type)},
                                 {QStringLiteral("x"), at.x()},
                                 {QStringLiteral("y"), at.y()},
                                 {QStringLiteral("button"), QStringLiteral("left")},
                                 {QStringLiteral("clickCount"), 1}};
        if (!call(QStringLiteral("Input.dispatchMouseEvent"), event))
            return false;
    }
    return true;
}

bool ChromiumSession::press(const QString &key)
{
    for (const char *type : {"keyDown", "keyUp"}) {
        const QJsonObject event {
            {QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("key"), key}, {QStringLiteral("code"), key}};
        if (!call(QStringLiteral("Input.dispatchKeyEvent"), event))
            return false;
    }
    return true;
}
