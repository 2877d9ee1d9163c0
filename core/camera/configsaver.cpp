#include "configsaver.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimerEvent>

ConfigSaver::ConfigSaver(ConfigStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_writer.setMaxThreadCount(1);
}

ConfigSaver::~ConfigSaver()
{
    flush();
}

void ConfigSaver::schedule(const AppConfig &config)
{
    m_pending = config;
    m_delay.start(DelayMs, this);
}

void ConfigSaver::flush()
{
    writePending();
    m_writer.waitForDone();
}

void ConfigSaver::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_delay.timerId())
        writePending();
    else
        QObject::timerEvent(event);
}

void ConfigSaver::writePending()
{
    m_delay.stop();
    if (!m_pending)
        return;
    m_writer.start([self = QPointer<ConfigSaver>(this), store = m_store, config = std::move(*m_pending)] {
        QString error;
        if (store.save(config, &error))
            return;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error] {
            if (self)
                Q_EMIT self->failed(error);
        });
    });
    m_pending.reset();
}
