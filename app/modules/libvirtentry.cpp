// The libvirt module's door for the GUI: it opens a LibvirtSession on libvirt's C API, so the
// GUI module itself never links libvirt and starts without loading it.
#include "libvirt/libvirtconnectionsession.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT void vfioWizardOpenLibvirt(const QString &uri, Result<std::unique_ptr<LibvirtSession>> *session)
{
    *session = LibvirtConnectionSession::open(uri);
}
