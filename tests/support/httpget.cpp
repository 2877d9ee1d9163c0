#include "httpget.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace HttpClient {

QByteArray Reply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonDocument Reply::json() const
{
    return QJsonDocument::fromJson(body);
}

Reply fetch(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &verb, const Headers &headers,
            const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    const bool carriesBody = !body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH";
    std::unique_ptr<QNetworkReply> reply(carriesBody ? manager.sendCustomRequest(request, verb, body)
                                                     : manager.sendCustomRequest(request, verb));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    Reply answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.error = QNetworkReply::TimeoutError;
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.error = reply->error();
    answer.headers = reply->rawHeaderPairs();
    return answer;
}

Reply fetch(const QUrl &url, const QByteArray &verb, const Headers &headers, const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager manager;
    return fetch(manager, url, verb, headers, body, timeoutMs);
}

} // namespace HttpClient
