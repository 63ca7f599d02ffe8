#include "widgets/overridedialog.h"

#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

OverrideDialog::OverrideDialog(const QString &title, const QString &intro, const QList<Item> &items, QWidget *parent)
    : QDialog(parent), m_items(items), m_list(new QListWidget(this)), m_loss(new QLabel(this)),
      m_understood(new QCheckBox(tr("I understand: the host loses this while the VM has it."), this))
{
    setWindowTitle(title);
    for (const Item &item : items)
        new QListWidgetItem(item.label, m_list);
    m_list->setAccessibleName(title);
    m_loss->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_give = buttons->addButton(tr("&Give it to the VM"), QDialogButtonBox::AcceptRole);
    m_give->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new MessageBanner(Severity::Warning, intro.toHtmlEscaped(), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_loss);
    layout->addWidget(m_understood);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &OverrideDialog::update);
    connect(m_understood, &QCheckBox::toggled, this, &OverrideDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    update();
    resize(fontMetrics().horizontalAdvance(u'x') * 72, fontMetrics().height() * 22);
}

void OverrideDialog::update()
{
    const int row = m_list->currentRow();
    m_loss->setText(row >= 0 ? tr("Why it is refused: %1.").arg(m_items[row].loss) : QString());
    m_give->setEnabled(row >= 0 && m_understood->isChecked());
}

QString OverrideDialog::chosen() const
{
    const int row = m_list->currentRow();
    return result() == QDialog::Accepted && row >= 0 && m_understood->isChecked() ? m_items[row].key : QString();
}
