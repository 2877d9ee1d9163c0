#include "timesource.h"

const TimeSource &TimeSource::system()
{
    static const TimeSource Steady;
    return Steady;
}
