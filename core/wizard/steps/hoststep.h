#pragma once

#include "spec/vmspec.h"
#include "wizard/stepmodel.h"

/// The first step's fields: the VM's name, its guest, the user for the libvirtd group and the
/// libvirt URI, each checked as it is typed. A new guest re-plans the VM (Windows 11 brings a
/// TPM and Secure Boot); an opened VM keeps its plan and its name (libvirt's, which the files
/// and the NixOS module's hooks are named after too).
class HostStep : public StepModel
{
    Q_OBJECT

public:
    static constexpr const char *nameField = "name";
    static constexpr const char *userField = "user";
    static constexpr const char *uriField = "uri";

    using StepModel::StepModel;

    QString name() const { return m_name; }
    void setName(const QString &name);
    /// Whether the name may change: not an opened VM's.
    bool nameEditable() const;
    VmSpec::Os os() const;
    void setOs(VmSpec::Os os);
    QString user() const { return m_user; }
    void setUser(const QString &user);
    QString uri() const { return m_uri; }
    void setUri(const QString &uri);

    void refresh() override;

private:
    void check();

    QString m_name;
    QString m_user;
    QString m_uri;
};
