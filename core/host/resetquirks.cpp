#include "host/resetquirks.h"

using namespace Qt::Literals::StringLiterals;

namespace ResetQuirks {

std::optional<QString> vendorResetFamily(quint16 vendorId, quint16 deviceId)
{
    // The device ids vendor-reset handles, as its device table lists them: gnif/vendor-reset,
    // src/device-db.h (the README's "Supported Devices": Polaris 10/11/12 = RX 460-590, Vega 10
    // = Vega 56/64/FE, Vega 20 = Radeon VII and Instinct MI100, Navi 10/12/14 = RX 5300-5700 XT).
    // Navi 2x and newer reset properly without it and are not listed.
    struct Family
    {
        const char *name;
        std::initializer_list<quint16> ids;
    };
    static const Family families[] = {
        {"Polaris 10", {0x67c0, 0x67c1, 0x67c2, 0x67c4, 0x67c7, 0x67d0, 0x67df, 0x67c8, 0x67c9, 0x67ca, 0x67cc, 0x67cf, 0x6fdf}},
        {"Polaris 11", {0x67e0, 0x67e3, 0x67e8, 0x67eb, 0x67ef, 0x67ff, 0x67e1, 0x67e7, 0x67e9}},
        {"Polaris 12", {0x6980, 0x6981, 0x6985, 0x6986, 0x6987, 0x6995, 0x6997, 0x699f}},
        {"Vega 10", {0x6860, 0x6861, 0x6862, 0x6863, 0x6864, 0x6867, 0x6868, 0x6869, 0x686a, 0x686b, 0x686c, 0x686d,
                     0x686e, 0x686f, 0x687f}},
        {"Vega 20", {0x66a0, 0x66a1, 0x66a2, 0x66a3, 0x66a4, 0x66a7, 0x66af, 0x738c}},
        {"Navi 10", {0x7310, 0x7312, 0x7318, 0x7319, 0x731a, 0x731b, 0x731e, 0x731f, 0x1681}},
        {"Navi 12", {0x7360, 0x7362}},
        {"Navi 14", {0x7340, 0x7341, 0x7347, 0x734f}},
    };
    if (vendorId != 0x1002)
        return std::nullopt;
    for (const Family &family : families)
        for (quint16 id : family.ids)
            if (id == deviceId)
                return QString::fromLatin1(family.name);
    return std::nullopt;
}

} // namespace ResetQuirks
