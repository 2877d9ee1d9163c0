#pragma once

#include "configstore.h"

#include <QBasicTimer>
#include <QObject>
#include <QThreadPool>

// Writes the configuration off the calling thread, so the GUI thread does no file I/O: changes made close together
// are written once, writes happen one at a time in order, and the last one is flushed before destruction.
class ConfigSaver final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 300;

    explicit ConfigSaver(ConfigStore store, QObject *parent = nullptr);
    ~ConfigSaver() override;
    Q_DISABLE_COPY_MOVE(ConfigSaver)

    // Saves `config` soon; a newer call before then replaces it.
    void schedule(const AppConfig &config);
    // Writes what is scheduled now and waits until every write is done.
    void flush();

Q_SIGNALS:
    void failed(const QString &reason);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void writePending();

    ConfigStore m_store;
    QThreadPool m_writer; // one thread: writes stay in order
    QBasicTimer m_delay;
    std::optional<AppConfig> m_pending;
};
