#include "jpegfoldersource.h"

#include "media/jpegcodec.h"
#include "sourceurl.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimerEvent>

#include <algorithm>
#include <cmath>

namespace {

// Name order with runs of digits compared as numbers (frame2.jpg before frame10.jpg) and letters without regard to
// case, whatever the locale: QCollator ignores its numeric mode in the C locale.
bool playsBefore(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i, startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            // Compared as numbers of any length: leading zeros dropped, then the longer is the larger.
            const QStringView numberA = QStringView(a).sliced(startA, i - startA);
            const QStringView numberB = QStringView(b).sliced(startB, j - startB);
            const auto significant = [](QStringView n) {
                qsizetype zeros = 0;
                while (zeros + 1 < n.size() && n[zeros] == u'0')
                    ++zeros;
                return n.sliced(zeros);
            };
            const QStringView valueA = significant(numberA), valueB = significant(numberB);
            if (valueA.size() != valueB.size())
                return valueA.size() < valueB.size();
            if (const int c = valueA.compare(valueB); c != 0)
                return c < 0;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // names equal but for case or zeros: any fixed order will do
}

} // namespace

JpegFolderSource::JpegFolderSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
    , m_folder(QDir::cleanPath(url.toLocalFile()))
    , m_fps(SourceUrl::fpsParameter(url, DefaultFps))
{ }

JpegFolderSource::~JpegFolderSource() = default;

bool JpegFolderSource::isFolderUrl(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    return url.path().endsWith(u'/') || QFileInfo(url.toLocalFile()).isDir();
}

void JpegFolderSource::open()
{
    if (m_timer.isActive())
        return;
    m_lastPlayed.clear();
    m_listingStale = true;
    const Listing listing = refreshListing();
    if (listing != Listing::Ok)
        return reportListing(listing);

    QSize size;
    const QByteArray first = nextPicture(&size);
    if (first.isEmpty())
        return reportListing(Listing::NoJpeg);
    if (!m_watcher) {
        // Made here, on the worker thread, where its notifier is to run.
        m_watcher = new QFileSystemWatcher(this);
        // A changed folder is listed again before the next frame, so files dropped in or removed are noticed.
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_listingStale = true; });
    }
    m_watcher->addPath(m_folder);
    m_sequence = 0;
    m_clock.start();
    Q_EMIT opened(StreamInfo {QStringLiteral("mjpeg"), size, m_fps});
    Q_EMIT frameCaptured(Frame::fromJpeg(first, size, m_sequence++));
    scheduleNext();
}

void JpegFolderSource::close()
{
    m_timer.stop();
    if (m_watcher && !m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_files.clear();
}

void JpegFolderSource::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return FrameSource::timerEvent(event);

    if (m_listingStale) {
        const Listing listing = refreshListing();
        if (listing != Listing::Ok) {
            close();
            return reportListing(listing);
        }
    }
    QSize size;
    const QByteArray picture = nextPicture(&size);
    if (picture.isEmpty()) {
        close();
        return reportListing(Listing::NoJpeg);
    }
    Q_EMIT frameCaptured(Frame::fromJpeg(picture, size, m_sequence++));
    scheduleNext();
}

void JpegFolderSource::scheduleNext()
{
    // Each frame aims at its own deadline, so the rate holds on average whatever the timer's granularity.
    const qint64 due = qint64(std::llround(double(m_sequence) * 1000.0 / m_fps));
    m_timer.start(int(qMax<qint64>(0, due - m_clock.elapsed())), Qt::PreciseTimer, this);
}

JpegFolderSource::Listing JpegFolderSource::refreshListing()
{
    m_listingStale = false;
    const QDir dir(m_folder);
    if (!dir.exists()) {
        m_files.clear();
        return Listing::FolderMissing;
    }
    QStringList files = dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files | QDir::Readable,
                                      QDir::NoSort);
    std::sort(files.begin(), files.end(), playsBefore);
    m_files = files;
    return m_files.isEmpty() ? Listing::NoJpeg : Listing::Ok;
}

void JpegFolderSource::reportListing(Listing listing)
{
    const QString folder = QDir::toNativeSeparators(m_folder);
    if (listing == Listing::FolderMissing)
        Q_EMIT failed(SourceError::NotFound, tr("the folder %1 does not exist").arg(folder));
    else if (!m_skippedBecause.isEmpty())
        Q_EMIT failed(SourceError::UnsupportedFormat, m_skippedBecause);
    else
        Q_EMIT failed(SourceError::NotFound, tr("no readable JPEG files in %1").arg(folder));
}

QByteArray JpegFolderSource::nextPicture(QSize *size)
{
    if (m_files.isEmpty())
        return {};
    // The file after the last one played, by name: still right after files were added or removed.
    qsizetype index = 0;
    if (!m_lastPlayed.isEmpty()) {
        const auto after = std::upper_bound(m_files.cbegin(), m_files.cend(), m_lastPlayed, playsBefore);
        index = after - m_files.cbegin();
    }
    for (qsizetype tried = 0; tried < m_files.size(); ++tried, ++index) {
        if (index >= m_files.size()) {
            index = 0;
            // Each loop starts from a fresh listing, in case the watcher missed a change (network folders).
            if (refreshListing() != Listing::Ok)
                return {};
        }
        const QString name = m_files.at(index);
        m_lastPlayed = name;
        QByteArray picture = readPicture(name, size);
        if (!picture.isEmpty())
            return picture;
    }
    return {};
}

QByteArray JpegFolderSource::readPicture(const QString &fileName, QSize *size)
{
    QFile file(m_folder + u'/' + fileName);
    const qint64 fileSize = file.size();
    if (!file.open(QIODevice::ReadOnly))
        return {}; // gone since the listing: not a picture skipped
    if (fileSize < 4 || fileSize > MaxFileBytes) {
        Q_EMIT pictureDropped();
        return {};
    }
    // Exactly the size seen: a buffer for the largest allowed file would be allocated (and freed) for every frame.
    QByteArray bytes = file.read(fileSize);
    if (!bytes.startsWith("\xff\xd8")) {
        Q_EMIT pictureDropped();
        return {};
    }
    // A file without its end marker that changed a moment ago is most likely still being copied in: its turn
    // comes on the next loop. An older one is played as it is (some writers add data after the marker).
    if (!bytes.endsWith("\xff\xd9")
        && file.fileTime(QFileDevice::FileModificationTime).msecsTo(QDateTime::currentDateTimeUtc()) < SettleMs)
        return {};
    *size = JpegCodec::forThisThread().imageSize(bytes);
    if (!size->isValid()) {
        Q_EMIT pictureDropped();
        return {};
    }
    if (const QString problem = JpegCodec::sizeProblem(*size); !problem.isEmpty()) {
        // Skipped like any other file that is no picture of ours; the camera says why if none is left.
        m_skippedBecause = fileName + QStringLiteral(": ") + problem;
        Q_EMIT pictureDropped();
        return {};
    }
    return bytes;
}
