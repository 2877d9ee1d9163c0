// Opens N MJPEG viewers on one stream for a while and prints, as JSON, what each received: the client half of
// tests/bench/fanout.sh. Each viewer is the strict reader the tests use, so a malformed part is counted too.

#include "mjpegreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: %s STREAM_URL CLIENTS SECONDS\n", argv[0]);
        return 2;
    }
    const QUrl url(args[1]);
    const int clients = args[2].toInt();
    const int seconds = args[3].toInt();

    std::vector<std::unique_ptr<MjpegReader>> readers;
    for (int i = 0; i < clients; ++i) {
        readers.push_back(std::make_unique<MjpegReader>(url));
        readers.back()->setKeep(1);
        readers.back()->start();
    }
    // Count only once every viewer is connected and streaming.
    std::vector<qsizetype> startCounts(size_t(clients), 0);
    QElapsedTimer window;
    QTimer::singleShot(2000, &app, [&] {
        for (int i = 0; i < clients; ++i)
            startCounts[size_t(i)] = readers[size_t(i)]->partCount();
        window.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    });
    app.exec();

    const double elapsed = double(window.elapsed()) / 1000.0;
    std::vector<double> fps;
    int errors = 0;
    qint64 bytes = 0;
    for (int i = 0; i < clients; ++i) {
        fps.push_back(double(readers[size_t(i)]->partCount() - startCounts[size_t(i)]) / elapsed);
        errors += readers[size_t(i)]->protocolError().isEmpty() ? 0 : 1;
        if (!readers[size_t(i)]->recentParts().isEmpty())
            bytes = readers[size_t(i)]->recentParts().constLast().jpeg.size();
    }
    std::sort(fps.begin(), fps.end());
    const QJsonObject result {
        {QStringLiteral("clients"), clients},
        {QStringLiteral("seconds"), elapsed},
        {QStringLiteral("fps_min"), fps.empty() ? 0 : fps.front()},
        {QStringLiteral("fps_median"), fps.empty() ? 0 : fps[fps.size() / 2]},
        {QStringLiteral("fps_max"), fps.empty() ? 0 : fps.back()},
        {QStringLiteral("frame_bytes"), bytes},
        {QStringLiteral("protocol_errors"), errors},
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
