#include "hostcheckpage.h"

#include "hostscanner.h"
#include "libvirtsession.h"
#include "passthroughplanner.h"
#include "scansummary.h"
#include "vmplanner.h"
#include "wizard.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HostCheckPage::HostCheckPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_uri(new QComboBox(this)), m_demo(new QPushButton(tr("Try the demo", "button"), this)),
      m_name(new QLineEdit(this)), m_os(new QComboBox(this)), m_user(new QLineEdit(this)), m_opened(new QLabel(this)),
      m_summary(new QPlainTextEdit(this))
{
    setTitle(tr("Host check"));
    setSubTitle(tr("What this machine offers for GPU passthrough, and what to fix first. Nothing is changed until "
                   "the last page."));

    auto *grid = new QGridLayout;
    const QStringList names = {tr("Virtualisation"), tr("IOMMU"), tr("GPU"), tr("libvirt"), tr("Hugepages")};
    const QStringList tips = {
        tr("VT-x or AMD-V: without it the VM runs emulated and slow."),
        tr("VT-d or AMD-Vi with the kernel's IOMMU on: without it no device can be passed through."),
        tr("A graphics card in an IOMMU group that can go to the guest whole."),
        tr("The libvirt daemon that will run the VM."),
        tr("Large pages back the guest's memory with less overhead."),
    };
    for (int i = 0; i < names.size(); ++i) {
        Row row{new QLabel(this), new QLabel(this)};
        row.text->setWordWrap(true);
        row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *name = new QLabel(u"<b>%1</b>"_s.arg(names[i]), this);
        for (QLabel *label : {row.icon, row.text, name})
            label->setToolTip(tips[i]);
        row.icon->setAccessibleName(names[i]);
        grid->addWidget(row.icon, i, 0, Qt::AlignTop);
        grid->addWidget(name, i, 1, Qt::AlignTop);
        grid->addWidget(row.text, i, 2);
        m_rows << row;
    }
    grid->setColumnStretch(2, 1);

    m_uri->setEditable(true);
    m_uri->addItems({u"qemu:///system"_s, u"qemu:///session"_s, u"test:///default"_s});
    m_uri->setCurrentText(wizard->options().uri);
    m_uri->setToolTip(tr("Where the VM is defined: qemu:///system for VMs that use host devices; qemu+ssh://host/system "
                         "for another machine; test:///default to try things out."));
    auto *check = new QPushButton(tr("Check", "button"), this);
    check->setToolTip(tr("Connect to this URI and report what happens."));
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(new QLabel(tr("libvirt URI:"), this));
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(check);

    m_name->setText(m_wizard->spec().name);
    m_name->setToolTip(tr("The VM's name in libvirt and the name of the files written."));
    m_os->addItem(tr("Windows 10"), int(VmSpec::Os::Windows10));
    m_os->addItem(tr("Windows 11 (adds TPM 2.0 and Secure Boot)"), int(VmSpec::Os::Windows11));
    m_os->addItem(tr("Linux"), int(VmSpec::Os::Linux));
    m_os->setToolTip(tr("Windows gets the Hyper-V enlightenments and the virtio-win driver ISO; Windows 11 also needs a TPM."));
    const QString login = qEnvironmentVariable("SUDO_USER", qEnvironmentVariable("USER"));
    m_user->setText(login == u"root"_s ? QString() : login);
    m_user->setToolTip(tr("The NixOS module adds this user to the libvirtd group, so virt-manager and virsh work without root."));
    auto *vmRow = new QHBoxLayout;
    vmRow->addWidget(new QLabel(tr("VM name:"), this));
    vmRow->addWidget(m_name, 1);
    vmRow->addWidget(new QLabel(tr("Guest:"), this));
    vmRow->addWidget(m_os, 1);
    vmRow->addWidget(new QLabel(tr("Your user:"), this));
    vmRow->addWidget(m_user, 1);

    auto *open = new QToolButton(this);
    open->setText(tr("Open existing VM…", "button"));
    open->setToolTip(tr("Start from a VM that exists: its settings fill the pages, everything else in it is kept."));
    open->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(open);
    menu->addAction(tr("From libvirt…"), this, &HostCheckPage::chooseDomain);
    menu->addAction(tr("From a file…"), this, &HostCheckPage::chooseFile);
    open->setMenu(menu);
    m_demo->setToolTip(tr("Click through the whole wizard on a sample machine (an i7-6700K with a GTX 1080) and libvirt's "
                          "test driver: nothing on this computer is changed."));
    m_demo->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    m_opened->setWordWrap(true);

    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("Scanning the host…"));
    m_summary->setToolTip(tr("The CPU, memory, IOMMU groups, GPUs, network and storage the scan found."));
    m_summary->setAccessibleName(tr("Scan details"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(uriRow);
    layout->addLayout(vmRow);
    layout->addLayout(buttons);
    layout->addWidget(m_opened);
    layout->addWidget(m_summary, 1);

    connect(check, &QPushButton::clicked, this, &HostCheckPage::checkLibvirt);
    connect(m_uri, &QComboBox::currentTextChanged, m_wizard, &Wizard::setUri);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        if (const Result<void> started = m_wizard->startDemo(); !started)
            m_opened->setText(started.error());
    });
    connect(m_wizard, &Wizard::rescanRequested, this, [this] {
        m_uri->setCurrentText(m_wizard->options().uri);
        m_opened->clear();
        scan();
    });
    // Text only until the first paint: the monospace font and the state icons each cost a
    // fontconfig or icon-theme lookup that the window need not wait for.
    for (Row &row : m_rows)
        row.text->setText(tr("Checking…"));
}

void HostCheckPage::initializePage()
{
    // The scan starts once the page is on screen (event() below): reading PCI config space
    // costs CPU time that the first paint, and the X server drawing it, would otherwise share.
    if (!m_scanStarted && m_painted)
        scan();
}

void HostCheckPage::scan()
{
    m_scanStarted = true;
    m_scanned = false;
    m_scanFinished = false;
    m_libvirtChecked = false;
    emit completeChanged();
    m_summary->clear();
    const int generation = ++m_scanGeneration;
    QPointer<HostCheckPage> page = this;
    QThread *worker = QThread::create([root = m_wizard->options().root, page, generation] {
        const Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
        QMetaObject::invokeMethod(qApp, [page, scan, generation] {
            if (!page || generation != page->m_scanGeneration)
                return; // a newer scan (the demo) replaced this one
            page->m_summary->setPlainText(scan ? ScanSummary::text(*scan) : scan.error());
            page->m_scanFinished = true;
            if (!scan) {
                page->setRow(Check::Virtualisation, State::Bad, scan.error());
                page->checkLibvirtWhenShown();
                return;
            }
            page->m_wizard->setHost(*scan);
            page->showScan();
            page->checkLibvirtWhenShown();
            page->m_scanned = true;
            emit page->completeChanged();
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void HostCheckPage::showScan()
{
    const HostScan &host = *m_wizard->host();
    // Judged by what QEMU needs (a KVM module, a /dev/kvm its user can open), not the CPU's flags
    // alone: a paravirtual KVM runs without vmx or svm; a /dev/kvm QEMU cannot open hangs libvirt.
    switch (host.kvm.verdict()) {
    case KvmAccess::Verdict::Usable:
        setRow(Check::Virtualisation, host.kvm.hypervisor ? State::Warning : State::Good, host.kvm.explanation() + u'.');
        break;
    case KvmAccess::Verdict::NoSupport:
        setRow(Check::Virtualisation, State::Bad, tr("The CPU does not show VT-x or AMD-V: turn virtualisation on in the firmware setup."));
        break;
    default:
        setRow(Check::Virtualisation, State::Bad, host.kvm.explanation() + u'.');
        break;
    }

    if (host.iommu.enabled)
        setRow(Check::Iommu, State::Good, tr("On, with %n IOMMU groups.", nullptr, int(host.iommu.groups.size())));
    else
        setRow(Check::Iommu, State::Bad,
               tr("Off. Turn on VT-d/AMD-Vi in the firmware and add %1 to the kernel command line; the NixOS module this "
                  "wizard writes adds it for you.")
                   .arg(host.iommu.enableParameter));

    QStringList passable;
    for (const Gpu &gpu : host.gpus)
        if (PassthroughPlanner::obstacle(host, gpu.address).isEmpty())
            passable << gpu.name;
    if (!passable.isEmpty())
        setRow(Check::Gpu, State::Good, tr("Can be passed through: %1.").arg(passable.join(u", "_s)));
    else if (host.gpus.isEmpty())
        setRow(Check::Gpu, State::Bad, tr("No graphics card found. A VM without one can still be made."));
    else if (!host.iommu.enabled)
        setRow(Check::Gpu, State::Warning, tr("%n graphics card(s) found; with the IOMMU off none can be passed yet.", nullptr, int(host.gpus.size())));
    else
        setRow(Check::Gpu, State::Bad, tr("No graphics card sits in a group of its own; the GPU page says what shares it."));

    bool hasHugepages = false;
    for (const HugepagePool &pool : host.memory.hugepages)
        hasHugepages = hasHugepages || pool.sizeKiB > 0;
    if (hasHugepages)
        setRow(Check::Hugepages, State::Good, host.cpu.pdpe1gb ? tr("2 MiB and 1 GiB pages are supported.") : tr("2 MiB pages are supported."));
    else
        setRow(Check::Hugepages, State::Warning, tr("The kernel offers no hugepages; the VM runs on normal pages."));

    const bool offerDemo = !m_wizard->options().demo && (!host.iommu.enabled || passable.isEmpty());
    m_demo->setVisible(offerDemo);
    if (offerDemo)
        m_opened->setText(tr("This machine cannot pass a GPU through yet. The demo shows the whole way on a sample machine."));
}

bool HostCheckPage::event(QEvent *event)
{
    const bool handled = QWizardPage::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].state == State::Pending)
                setRow(Check(i), State::Pending, m_rows[i].text->text());
        if (!m_scanStarted) {
            m_scanStarted = true; // before the queued start, so no second paint starts another
            QTimer::singleShot(0, this, &HostCheckPage::scan);
        }
        checkLibvirtWhenShown();
    }
    return handled;
}

void HostCheckPage::checkLibvirtWhenShown()
{
    if (m_libvirtChecked || !m_painted || !m_scanFinished)
        return;
    m_libvirtChecked = true;
    QTimer::singleShot(0, this, &HostCheckPage::checkLibvirt);
}

void HostCheckPage::checkLibvirt()
{
    m_wizard->setUri(m_uri->currentText());
    setRow(Check::Libvirt, State::Pending, tr("Connecting to %1…").arg(m_uri->currentText()));
    QPointer<HostCheckPage> page = this;
    QThread *worker = QThread::create([uri = m_uri->currentText(), open = m_wizard->options().openLibvirt, page] {
        QString error = tr("This build of VFIO Wizard cannot talk to libvirt.");
        if (open) {
            const Result<std::unique_ptr<LibvirtSession>> session = open(uri);
            error = session ? QString() : session.error();
        }
        QMetaObject::invokeMethod(qApp, [page, uri, error] {
            if (!page || page->m_uri->currentText() != uri)
                return;
            if (error.isEmpty())
                page->setRow(Check::Libvirt, State::Good, tr("Reachable at %1.").arg(uri));
            else
                page->setRow(Check::Libvirt, State::Bad, error);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void HostCheckPage::setRow(Check check, State state, const QString &text)
{
    Row &row = m_rows[int(check)];
    row.state = state;
    row.text->setText(text);
    const QStyle::StandardPixmap icons[] = {QStyle::SP_BrowserReload, QStyle::SP_DialogApplyButton, QStyle::SP_MessageBoxWarning,
                                            QStyle::SP_MessageBoxCritical};
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    row.icon->setPixmap(style()->standardIcon(icons[int(state)]).pixmap(size, size));
    const QString stateNames[] = {tr("checking"), tr("fine"), tr("warning"), tr("problem")};
    row.icon->setAccessibleDescription(stateNames[int(state)]);
}

HostCheckPage::State HostCheckPage::state(Check check) const
{
    return m_rows[int(check)].state;
}

QString HostCheckPage::text(Check check) const
{
    return m_rows[int(check)].text->text();
}

bool HostCheckPage::isComplete() const
{
    return m_scanned;
}

bool HostCheckPage::validatePage()
{
    m_wizard->setUri(m_uri->currentText());
    if (m_wizard->existing())
        return true; // an opened VM keeps its name, guest and plan
    if (const QString why = VmPlanner::checkName(m_name->text()); !why.isEmpty()) {
        m_opened->setText(why);
        return false;
    }
    const VmSpec &spec = m_wizard->spec();
    const auto os = VmSpec::Os(m_os->currentData().toInt());
    if (spec.name == m_name->text() && spec.os == os && spec.user == m_user->text())
        return true; // coming back to page 1 keeps the choices made after it
    PlanRequest request;
    request.name = m_name->text();
    request.os = os;
    request.user = m_user->text();
    m_wizard->replan(request);
    return true;
}

Result<void> HostCheckPage::openFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    Result<void> opened = m_wizard->openExisting(QString::fromUtf8(file.readAll()), path, false);
    showOpened(opened);
    return opened;
}

Result<void> HostCheckPage::openFromLibvirt(const QString &name)
{
    m_wizard->setUri(m_uri->currentText());
    const Result<LibvirtSession *> libvirt = m_wizard->libvirt();
    if (!libvirt) {
        showOpened(Error{libvirt.error()});
        return Error{libvirt.error()};
    }
    const Result<QString> xml = (*libvirt)->domainXml(name);
    if (!xml) {
        showOpened(Error{xml.error()});
        return Error{xml.error()};
    }
    Result<void> opened = m_wizard->openExisting(*xml, tr("%1 on %2").arg(name, m_uri->currentText()), true);
    showOpened(opened);
    return opened;
}

void HostCheckPage::showOpened(const Result<void> &opened)
{
    if (!opened) {
        m_opened->setText(opened.error());
        return;
    }
    m_name->setText(m_wizard->spec().name);
    m_os->setCurrentIndex(m_os->findData(int(m_wizard->spec().os)));
    m_opened->setText(tr("Editing %1 (%2). What the wizard does not show stays as it is; the review page shows every "
                         "change before anything is written.")
                          .arg(m_wizard->spec().name, m_wizard->existing()->origin));
}

void HostCheckPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a domain XML file"), QString(), tr("Domain XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        (void)openFromFile(path);
}

void HostCheckPage::chooseDomain()
{
    m_wizard->setUri(m_uri->currentText());
    const Result<LibvirtSession *> libvirt = m_wizard->libvirt();
    if (!libvirt) {
        m_opened->setText(libvirt.error());
        return;
    }
    const Result<QList<LibvirtSession::DomainEntry>> domains = (*libvirt)->domains();
    if (!domains) {
        m_opened->setText(domains.error());
        return;
    }
    QStringList names;
    for (const LibvirtSession::DomainEntry &domain : *domains)
        if (domain.persistent)
            names << domain.name;
    if (names.isEmpty()) {
        m_opened->setText(tr("%1 has no defined VMs.").arg(m_uri->currentText()));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Open a VM from libvirt"), tr("VM on %1:").arg(m_uri->currentText()), names, 0, false, &ok);
    if (ok)
        (void)openFromLibvirt(name);
}
