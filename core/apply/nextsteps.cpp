#include "apply/nextsteps.h"

#include "apply/vmoutput.h"
#include "nix/nixstring.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NextSteps)
};

/// A word as a shell takes it: as it is when plain, else in single quotes ('Win11 Gaming').
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._:@%+=,/-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    return u"'"_s + quoted.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
}

} // namespace

namespace NextSteps {

QStringList list(const VmSpec &spec, const QString &outputDirectory, const QString &openedFile)
{
    // As Nix reads it in imports: a path as it is, a string when it holds spaces or the like.
    const QString module = QDir(outputDirectory).filePath(VmOutput::baseName(spec) + u".nix"_s);
    static const QRegularExpression nixPath(u"^/[A-Za-z0-9._+/-]+$"_s);
    const QString importItem = nixPath.match(module).hasMatch() ? module : NixString::quote(module);
    const QString vm = shellWord(spec.name).toHtmlEscaped();
    QStringList steps;
    // Apply writes the edited definition beside the module and leaves the file it came from.
    if (!openedFile.isEmpty())
        steps << Tr::tr("The file you opened, %1, is unchanged: the edited definition is <code>%2</code>, and the VM runs "
                        "with it from its next start.")
                     .arg(openedFile.toHtmlEscaped(),
                          QDir(outputDirectory).filePath(VmOutput::baseName(spec) + u".xml"_s).toHtmlEscaped());
    steps << Tr::tr("Add <code>%1</code> to <code>imports</code> in /etc/nixos/configuration.nix.").arg(importItem.toHtmlEscaped())
          << Tr::tr("Run <code>sudo nixos-rebuild switch</code>.");
    // A reboot only for what the module sets up at boot: the IOMMU and vfio-pci for a GPU, the
    // hugepages' reservation.
    const bool gpu = spec.gpu.address.has_value();
    const bool hugepages = spec.memory.hugepages != VmSpec::HugepageSize::Off;
    if (gpu && hugepages)
        steps << Tr::tr("Reboot: the IOMMU, vfio-pci and the hugepages take effect at boot.");
    else if (gpu)
        steps << Tr::tr("Reboot: the IOMMU and vfio-pci take effect at boot.");
    else if (hugepages)
        steps << Tr::tr("Reboot: the hugepages are reserved at boot.");
    steps << (gpu ? Tr::tr("Start the VM %1 in virt-manager (or <code>virsh start %2</code>); its picture appears on the monitor of the "
                       "passed GPU.")
                  : Tr::tr("Start the VM %1 in virt-manager (or <code>virsh start %2</code>)."))
                 .arg(spec.name.toHtmlEscaped(), vm);
    // As chosen on the Keyboard and mouse page: both, the keyboard alone, or the mouse alone.
    const bool keyboard = spec.input.evdevKeyboard();
    const bool mouse = spec.input.evdevMouse();
    if (keyboard && mouse)
        steps << Tr::tr("The VM takes your keyboard and mouse: press both Ctrl keys to switch them between host and VM.");
    else if (keyboard)
        steps << Tr::tr("The VM takes your keyboard: press both Ctrl keys to switch it between host and VM.");
    else if (mouse)
        steps << Tr::tr("The VM takes your mouse; the host has it back when the VM stops.");
    if (!spec.installIso.isEmpty())
        steps << Tr::tr("Click through the installer from %1.").arg(spec.installIso.toHtmlEscaped());
    // Windows Setup has no virtio driver: a virtio boot disk is invisible to it until one is loaded.
    const bool virtioBoot = !spec.disks.isEmpty() && spec.disks.first().bus != VmSpec::DiskBus::Sata;
    if (!spec.installIso.isEmpty() && spec.isWindows() && virtioBoot && !spec.driverStaging)
        steps << Tr::tr("Windows Setup lists no disk at first: click <i>Load driver</i> and choose the folder for your Windows "
                    "version under <code>viostor</code> (virtio-blk) or <code>vioscsi</code> (virtio-scsi) on the virtio-win CD.");
    if (spec.isWindows())
        steps << Tr::tr("In Windows, install the drivers from the virtio-win CD-ROM (virtio-win-guest-tools.exe).");
    if (spec.driverStaging)
        steps << Tr::tr("Once Windows has the virtio driver, open this VM in the wizard again and switch the boot disk to virtio.");
    return steps;
}

} // namespace NextSteps
