#include "domain/elements/clock.h"

using namespace Qt::Literals::StringLiterals;

void Clock::setTimers(bool windows)
{
    set(rtcTickpolicy, u"catchup"_s);
    set(pitTickpolicy, u"delay"_s);
    set(hpetPresent, false);
    if (windows)
        set(hypervclockPresent, true);
}
