#include "spec/enumnames.h"

namespace Names {

const EnumNames<VmSpec::Os> os{
    {VmSpec::Os::Windows10, u"windows10"}, {VmSpec::Os::Windows11, u"windows11"}, {VmSpec::Os::Linux, u"linux"}};
const EnumNames<VmSpec::HugepageSize> hugepages{
    {VmSpec::HugepageSize::Off, u"off"}, {VmSpec::HugepageSize::Size2M, u"2M"}, {VmSpec::HugepageSize::Size1G, u"1G"}};
const EnumNames<VmSpec::NetworkMode> networkMode{{VmSpec::NetworkMode::ExistingBridge, u"bridge"},
                                                 {VmSpec::NetworkMode::NewBridge, u"newBridge"},
                                                 {VmSpec::NetworkMode::Nat, u"nat"}};
const EnumNames<VmSpec::DiskSource> diskSource{{VmSpec::DiskSource::Zvol, u"zvol"},
                                               {VmSpec::DiskSource::LogicalVolume, u"lv"},
                                               {VmSpec::DiskSource::WholeDisk, u"disk"},
                                               {VmSpec::DiskSource::ImageFile, u"image"}};
const EnumNames<VmSpec::DiskBus> diskBus{{VmSpec::DiskBus::VirtioBlk, u"virtio-blk", u"virtio"},
                                         {VmSpec::DiskBus::VirtioScsi, u"virtio-scsi", u"scsi"},
                                         {VmSpec::DiskBus::Sata, u"sata"}};

} // namespace Names
