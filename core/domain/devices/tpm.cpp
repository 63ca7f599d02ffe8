#include "domain/devices/tpm.h"

using namespace Qt::Literals::StringLiterals;

void Tpm::makeEmulated2()
{
    set(model, u"tpm-crb"_s);
    set(backendType, u"emulator"_s);
    set(backendVersion, u"2.0"_s);
}
