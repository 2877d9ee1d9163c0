#pragma once

#include "util/timesource.h"

#include <QObject>
#include <QTimer>

#include <chrono>

// The clock of a tour: asks for the next step every period, and holds back while someone uses the keyboard, the
// mouse or a touch screen anywhere in the program, so that a step only comes after a whole period without input
// (nobody has the picture changed under their hands).
class ViewTour final : public QObject
{
    Q_OBJECT

public:
    explicit ViewTour(const TimeSource &clock = TimeSource::system(), QObject *parent = nullptr);
    ~ViewTour() override;
    Q_DISABLE_COPY_MOVE(ViewTour)

    static constexpr std::chrono::seconds DefaultPeriod {10};
    void setPeriod(std::chrono::milliseconds period);
    std::chrono::milliseconds period() const;

    void setRunning(bool running);
    bool isRunning() const;

Q_SIGNALS:
    void stepDue();
    void runningChanged(bool running);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    const TimeSource &m_clock;
    QTimer m_tick; // with the real clock only: a manual one says when it moves
    std::chrono::milliseconds m_period = DefaultPeriod;
    TimeSource::TimePoint m_since; // the last step or input
    bool m_running = false;
};
