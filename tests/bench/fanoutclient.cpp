// Opens N MJPEG viewers on one stream for a while and prints, as JSON, what each received: the client half of
// tests/bench/run.sh. Each viewer is the strict reader the tests use, so a malformed part is counted too.
// Also the delay of each part: from the picture's capture (the part's X-Timestamp, the server's steady clock turned
// into wall-clock milliseconds) to the moment its last byte arrived here, as p50 and p99 in ms (±1 ms: the
// header has millisecond resolution).

#include "mjpegreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
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
    std::vector<double> delaysMs;
    bool counting = false;
    for (int i = 0; i < clients; ++i) {
        readers.push_back(std::make_unique<MjpegReader>(url));
        MjpegReader *reader = readers.back().get();
        reader->setKeep(1);
        QObject::connect(reader, &MjpegReader::partReceived, reader, [reader, &delaysMs, &counting] {
            if (!counting || reader->recentParts().isEmpty())
                return;
            timespec now {};
            clock_gettime(CLOCK_REALTIME, &now);
            const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
            const double capturedMs = reader->recentParts().constLast().timestamp.toDouble() * 1000.0;
            if (capturedMs > 0)
                delaysMs.push_back(nowMs - capturedMs);
        });
        reader->start();
    }
    // Count only once every viewer is connected and streaming.
    std::vector<qsizetype> startCounts(size_t(clients), 0);
    QElapsedTimer window;
    QTimer::singleShot(2000, &app, [&] {
        for (int i = 0; i < clients; ++i)
            startCounts[size_t(i)] = readers[size_t(i)]->partCount();
        counting = true;
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
    std::sort(delaysMs.begin(), delaysMs.end());
    const auto delay = [&delaysMs](double p) {
        return delaysMs.empty()
            ? -1.0
            : delaysMs[std::min(delaysMs.size() - 1, size_t(p * double(delaysMs.size() - 1) + 0.5))];
    };
    const QJsonObject result {
        {QStringLiteral("clients"), clients},
        {QStringLiteral("seconds"), elapsed},
        {QStringLiteral("fps_min"), fps.empty() ? 0 : fps.front()},
        {QStringLiteral("fps_median"), fps.empty() ? 0 : fps[fps.size() / 2]},
        {QStringLiteral("fps_max"), fps.empty() ? 0 : fps.back()},
        {QStringLiteral("frame_bytes"), bytes},
        {QStringLiteral("protocol_errors"), errors},
        {QStringLiteral("delay_ms_p50"), delay(0.5)},
        {QStringLiteral("delay_ms_p99"), delay(0.99)},
        {QStringLiteral("delay_samples"), qint64(delaysMs.size())},
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
