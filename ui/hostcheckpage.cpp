#include "hostcheckpage.h"

#include "hostscanner.h"
#include "scansummary.h"
#include "wizard.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

HostCheckPage::HostCheckPage(QString root, QWidget *parent)
    : QWizardPage(parent), m_root(std::move(root)), m_summary(new QPlainTextEdit(this))
{
    setTitle(tr("Host check"));
    setSubTitle(tr("What this machine offers for GPU passthrough."));
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setPlaceholderText(tr("Scanning the host…"));
    m_summary->setToolTip(tr("The CPU, memory, IOMMU groups, GPUs, network and storage the scan found."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
}

void HostCheckPage::initializePage()
{
    if (m_scanStarted)
        return;
    m_scanStarted = true;
    QPointer<HostCheckPage> page = this;
    QThread *worker = QThread::create([root = m_root, page] {
        const Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
        QMetaObject::invokeMethod(qApp, [page, scan] {
            if (!page)
                return;
            page->m_summary->setPlainText(scan ? ScanSummary::text(*scan) : scan.error());
            if (scan) {
                if (auto *wizard = qobject_cast<Wizard *>(page->wizard()))
                    wizard->setHost(*scan);
                page->m_scanned = true;
                emit page->completeChanged();
            }
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

bool HostCheckPage::isComplete() const
{
    return m_scanned;
}
