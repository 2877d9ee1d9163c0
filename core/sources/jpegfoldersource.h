#pragma once

#include "framesource.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QStringList>
#include <QUrl>

class QFileSystemWatcher;

// `file:///folder[?fps=N]`: the JPEG files of a folder played in name order as a looping stream (seed 004),
// each file's bytes passed on untouched.
class JpegFolderSource final : public FrameSource
{
    Q_OBJECT

public:
    static constexpr double DefaultFps = 10.0;
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024; // larger files are skipped, not read
    static constexpr qint64 SettleMs = 2000; // a file changed more recently may still be being written

    explicit JpegFolderSource(const QUrl &url, QObject *parent = nullptr);
    ~JpegFolderSource() override;

    void open() override;
    void close() override;

    // Whether a URL names a folder this source can play: an existing directory, or a path ending in '/'.
    static bool isFolderUrl(const QUrl &url);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Listing { Ok, FolderMissing, NoJpeg };
    Listing refreshListing();
    void reportListing(Listing listing);
    // The next playable file's bytes and size, going round the folder at most once; empty when none is playable.
    QByteArray nextPicture(QSize *size);
    QByteArray readPicture(const QString &fileName, QSize *size);
    void scheduleNext();

    QString m_folder;
    double m_fps = DefaultFps;
    QFileSystemWatcher *m_watcher = nullptr;
    QStringList m_files; // JPEG file names in play order
    QString m_lastPlayed; // kept by name, so a listing refresh continues where it left off
    QString m_skippedBecause; // why the last file refused for its content was refused
    bool m_listingStale = true;
    QBasicTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_sequence = 0;
};
