#pragma once

#include "apply/libvirtsession.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

/// The VMs defined on a libvirt URI, to open one: a filter, the list (transient ones shown but
/// not offered: they have no definition to edit), Open and Cancel.
class DomainChooser : public QDialog
{
    Q_OBJECT

public:
    DomainChooser(const QString &uri, const QList<LibvirtSession::DomainEntry> &domains, QWidget *parent = nullptr);
    QString chosen() const;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_open;
};
