#include "widgets/domainchooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

DomainChooser::DomainChooser(const QString &uri, const QList<LibvirtSession::DomainEntry> &domains, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Open a VM from libvirt"));
    auto *label = new QLabel(tr("The VMs defined on %1:").arg(uri), this);
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_list);
    for (const LibvirtSession::DomainEntry &domain : domains) {
        auto *item = new QListWidgetItem(domain.persistent ? domain.name : tr("%1 (running without a definition: nothing to edit)").arg(domain.name), m_list);
        item->setData(Qt::UserRole, domain.name);
        if (!domain.persistent)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    auto *empty = new QLabel(tr("No VM is defined there yet."), this);
    empty->setVisible(domains.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &DomainChooser::filter);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_open->setEnabled(!chosen().isEmpty()); });
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
    m_open->setEnabled(!chosen().isEmpty());
    m_list->setFocus();
    resize(fontMetrics().horizontalAdvance(u'x') * 60, fontMetrics().height() * 22);
}

QString DomainChooser::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void DomainChooser::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!m_list->item(i)->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
    // The chosen VM is one the filter shows: the first that can be opened when it hid the
    // current one, so typing part of a name and Enter opens that VM.
    if (chosen().isEmpty())
        for (int i = 0; i < m_list->count(); ++i)
            if (!m_list->item(i)->isHidden() && (m_list->item(i)->flags() & Qt::ItemIsEnabled)) {
                m_list->setCurrentRow(i);
                break;
            }
    m_open->setEnabled(!chosen().isEmpty());
}
