#include "viewtour.h"

#include <QCoreApplication>
#include <QEvent>

ViewTour::ViewTour(const TimeSource &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &ViewTour::check);
    connect(&m_clock, &TimeSource::advanced, this, &ViewTour::check);
}

ViewTour::~ViewTour()
{
    if (m_running)
        QCoreApplication::instance()->removeEventFilter(this);
}

void ViewTour::setPeriod(std::chrono::milliseconds period)
{
    m_period = qMax(period, std::chrono::milliseconds(1000));
}

std::chrono::milliseconds ViewTour::period() const
{
    return m_period;
}

void ViewTour::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_since = m_clock.now();
    if (running) {
        QCoreApplication::instance()->installEventFilter(this);
        if (!m_clock.isManual())
            m_tick.start();
    } else {
        QCoreApplication::instance()->removeEventFilter(this);
        m_tick.stop();
    }
    Q_EMIT runningChanged(running);
}

bool ViewTour::isRunning() const
{
    return m_running;
}

bool ViewTour::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_since = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ViewTour::check()
{
    if (!m_running || m_clock.now() - m_since < m_period)
        return;
    m_since = m_clock.now();
    Q_EMIT stepDue();
}
