#include "pages/hostcheckpage.h"

#include "apply/libvirtsession.h"
#include "host/scansummary.h"
#include "plan/passthroughplanner.h"
#include "scan/hostscanner.h"
#include "widgets/domainchooser.h"
#include "widgets/fieldmessage.h"
#include "widgets/machineview.h"
#include "wizard.h"
#include "wizard/steps/hoststep.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QThread>
#include <QTimer>

#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

QString HostCheckPage::stepTitle()
{
    return tr("Host check");
}

HostCheckPage::HostCheckPage(Wizard *wizard, HostStep *step)
    : StepPage(wizard, step), m_step(step), m_uri(new QComboBox(this)), m_name(new QLineEdit(this)), m_os(new QComboBox(this)),
      m_user(new QLineEdit(this)), m_open(new QToolButton(this)), m_demo(new QPushButton(tr("Try the &demo", "button"), this)),
      m_opened(new QLabel(this)), m_machine(new MachineView(this)), m_details(new QPushButton(tr("Show the scan as &text", "button"), this)),
      m_summary(new QPlainTextEdit(this))
{
    setTitle(stepTitle());
    setSubTitle(tr("What this machine offers for GPU passthrough, and what to fix first. Nothing is changed until the last page."));

    auto *checks = new QGridLayout;
    const QStringList names = {tr("Virtualisation"), tr("IOMMU"), tr("GPU"), tr("libvirt"), tr("Hugepages")};
    const QStringList tips = {
        tr("VT-x or AMD-V: without it the VM runs emulated and slow."),
        tr("VT-d or AMD-Vi with the kernel's IOMMU on: without it no device can be passed through."),
        tr("A graphics card in an IOMMU group that can go to the guest whole."),
        tr("The libvirt daemon that will run the VM."),
        tr("Large pages back the guest's memory with less overhead."),
    };
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < names.size(); ++i) {
        // Selectable once there is a result (setRow): a selectable label carries a text
        // document, five of them a cost the first paint need not pay for "Checking…".
        Row row{new QLabel(this), new QLabel(tr("Checking…"), this)};
        row.text->setWordWrap(true);
        auto *name = new QLabel(names[i], this);
        name->setFont(bold);
        for (QLabel *label : {row.icon, row.text, name})
            label->setToolTip(tips[i]);
        row.icon->setAccessibleName(names[i]);
        checks->addWidget(row.icon, i, 0, Qt::AlignTop);
        checks->addWidget(name, i, 1, Qt::AlignTop);
        checks->addWidget(row.text, i, 2);
        m_rows << row;
    }
    checks->setColumnStretch(2, 1);

    m_os->addItem(tr("Windows 10"), int(VmSpec::Os::Windows10));
    m_os->addItem(tr("Windows 11 (adds TPM 2.0 and Secure Boot)"), int(VmSpec::Os::Windows11));
    m_os->addItem(tr("Linux"), int(VmSpec::Os::Linux));
    m_os->setToolTip(tr("Windows gets the Hyper-V enlightenments and the virtio-win driver ISO; Windows 11 also needs a TPM."));
    m_user->setToolTip(tr("The NixOS module adds this user to the libvirtd group, so you manage VMs without root (in virt-manager, say)."));
    m_uri->setEditable(true);
    m_uri->addItems({u"qemu:///system"_s, u"qemu:///session"_s, u"test:///default"_s});
    m_uri->setToolTip(tr("Where the VM is defined: qemu:///system for VMs that use host devices; qemu+ssh://host/system for "
                         "another machine; test:///default to try things out."));
    auto *check = new QPushButton(tr("Chec&k", "button"), this);
    check->setToolTip(tr("Connect to this URI and report what happens."));
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(check);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const int fieldWidth = fontMetrics().horizontalAdvance(u'x') * 36;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_os), static_cast<QWidget *>(m_user)})
        field->setMinimumWidth(fieldWidth);
    m_uri->setMinimumWidth(fieldWidth);
    auto *nameLabel = new QLabel(tr("VM na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto *osLabel = new QLabel(tr("&Guest:"), this);
    osLabel->setBuddy(m_os);
    auto *userLabel = new QLabel(tr("Your &user:"), this);
    userLabel->setBuddy(m_user);
    auto *uriLabel = new QLabel(tr("libvirt U&RI:"), this);
    uriLabel->setBuddy(m_uri);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), fieldMessage(m_name, HostStep::nameField));
    form->addRow(osLabel, m_os);
    form->addRow(userLabel, m_user);
    form->addRow(QString(), fieldMessage(m_user, HostStep::userField));
    form->addRow(uriLabel, uriRow);
    form->addRow(QString(), fieldMessage(m_uri, HostStep::uriField));

    m_open->setText(tr("&Open existing VM…", "button"));
    m_open->setToolTip(tr("Start from a VM that exists: its settings fill the pages, everything else in it is kept."));
    m_open->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_open);
    menu->addAction(tr("A VM defined in libvirt…"), this, &HostCheckPage::chooseDomain);
    menu->addAction(tr("A domain XML file…"), this, &HostCheckPage::chooseFile);
    m_open->setMenu(menu);
    m_demo->setToolTip(tr("Click through the whole wizard on a sample machine (an i7-6700K with a GTX 1080) and libvirt's test "
                          "driver: nothing on this computer is changed."));
    m_demo->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    m_opened->setWordWrap(true);
    m_opened->hide();

    m_details->setCheckable(true);
    m_details->setToolTip(tr("The CPU, memory, IOMMU groups, GPUs, network and storage the scan found, as text to copy."));
    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("Scanning the host…"));
    m_summary->setAccessibleName(tr("Scan details"));
    m_summary->hide();
    m_summary->setMinimumHeight(fontMetrics().height() * 12);

    // Everything scrolls together on a small screen; the buttons below stay put.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(checks);
    layout->addWidget(messages());
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_opened);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_machine);
    layout->addWidget(m_details, 0, Qt::AlignLeft);
    layout->addWidget(m_summary, 1);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    // Sized by the scroll area once shown (widgetResizable): a size given here spares
    // setWidget() a size hint of the whole page, laid out for nothing before the first paint.
    content->resize(1, 1);
    scroll->setWidget(content);
    content->installEventFilter(this); // its first paint starts the scan
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // no invisible Tab stop: focus goes to its fields, which it scrolls to
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(check, &QPushButton::clicked, this, &HostCheckPage::checkLibvirt);
    connect(m_name, &QLineEdit::textEdited, m_step, &HostStep::setName);
    connect(m_user, &QLineEdit::textEdited, m_step, &HostStep::setUser);
    connect(m_os, &QComboBox::currentIndexChanged, this, [this] { m_step->setOs(VmSpec::Os(m_os->currentData().toInt())); });
    connect(m_uri, &QComboBox::currentTextChanged, this, [this](const QString &uri) {
        m_step->setUri(uri);
        m_wizard->setUri(m_step->uri());
    });
    connect(m_details, &QPushButton::toggled, this, [this, scroll](bool shown) {
        m_summary->setVisible(shown);
        // It opens below the fold on a small screen: bring it into view, or it seems to do nothing.
        // After the layouts have made room for it (their requests are posted events).
        if (shown) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            // Its whole frame: ensureWidgetVisible() would stop at the text cursor in its first line.
            const QPoint at = m_summary->mapTo(scroll->widget(), QPoint(0, 0));
            scroll->ensureVisible(at.x(), at.y() + m_summary->height() / 2, 0, m_summary->height() / 2);
        }
    });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        if (const Result<void> started = m_wizard->startDemo(); !started) {
            m_opened->setText(started.error());
            m_opened->show();
        }
    });
    connect(m_wizard, &Wizard::rescanRequested, this, [this] {
        m_opened->hide();
        scan();
    });
}

int HostCheckPage::nextId() const
{
    return Wizard::GpuPageId;
}

QString HostCheckPage::helpText() const
{
    return tr("<p>The checklist says whether this machine can pass a GPU to a VM, and what to fix first. A red row blocks "
              "passthrough; the wizard's NixOS module fixes most of them at the next boot (the IOMMU, vfio-pci, "
              "hugepages).</p><p>Give the VM a name and choose the guest. <b>Open existing VM</b> edits a VM you already "
              "have instead: only what you change on the pages is written into it.</p><p>No passthrough hardware? "
              "<b>Try the demo</b> walks the whole way on a sample machine without touching this one.</p>");
}

QWidget *HostCheckPage::initialFocus() const
{
    return m_name; // the first thing to type
}

void HostCheckPage::initializePage()
{
    StepPage::initializePage();
    // The scan starts once the page is on screen (event() below): reading PCI config space
    // costs CPU time that the first paint would otherwise share.
    if (!m_scanStarted && m_painted)
        scan();
}

void HostCheckPage::showModel()
{
    m_name->setReadOnly(!m_step->nameEditable());
    m_name->setToolTip(m_step->nameEditable() ? tr("The VM's name in libvirt and the name of the files written.")
                                              : tr("An opened VM keeps its name: rename it in virt-manager while it is shut off."));
    if (m_name->text() != m_step->name())
        m_name->setText(m_step->name());
    if (m_user->text() != m_step->user())
        m_user->setText(m_step->user());
    m_os->setCurrentIndex(m_os->findData(int(m_step->os())));
    if (m_uri->currentText() != m_step->uri() && !m_step->uri().isEmpty())
        m_uri->setCurrentText(m_step->uri());
}

void HostCheckPage::scan()
{
    m_scanStarted = true;
    m_scanned = false;
    m_scanFinished = false;
    m_libvirtChecked = false;
    emit completeChanged();
    m_summary->clear();
    m_machine->clear();
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
            page->m_model->refresh();
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
               tr("Off. Turn on VT-d/AMD-Vi in the firmware and add %1 to the kernel command line; the NixOS module this wizard "
                  "writes adds it for you.").arg(host.iommu.enableParameter));

    QStringList passable;
    QHash<PciAddress, QString> obstacles;
    for (const Gpu &gpu : host.gpus) {
        const QString why = PassthroughPlanner::obstacle(host, gpu.address);
        obstacles.insert(gpu.address, why);
        if (why.isEmpty())
            passable << gpu.name;
    }
    m_machine->setHost(host, obstacles);
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
    if (offerDemo) {
        m_opened->setText(tr("This machine cannot pass a GPU through yet. The demo shows the whole way on a sample machine."));
        m_opened->show();
    }
}

bool HostCheckPage::eventFilter(QObject *watched, QEvent *event)
{
    const bool handled = StepPage::eventFilter(watched, event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint, not inside it: the scan's thread first, then the row icons (an
        // icon-theme lookup each, ~10 ms together) and the fixed font, so the page is on screen
        // before any of them.
        const bool startScan = !m_scanStarted;
        m_scanStarted = true; // so no second paint starts another
        QTimer::singleShot(0, this, [this, startScan] {
            if (startScan)
                scan();
            m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            for (int i = 0; i < m_rows.size(); ++i)
                if (m_rows[i].state == State::Pending)
                    setRow(Check(i), State::Pending, m_rows[i].text->text());
            checkLibvirtWhenShown();
        });
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
    if (!m_step->messagesFor(QString::fromLatin1(HostStep::uriField)).isEmpty()) {
        setRow(Check::Libvirt, State::Bad, m_step->messagesFor(QString::fromLatin1(HostStep::uriField)).first().text);
        return;
    }
    m_wizard->setUri(m_step->uri());
    setRow(Check::Libvirt, State::Pending, tr("Connecting to %1…").arg(m_step->uri()));
    QPointer<HostCheckPage> page = this;
    QThread *worker = QThread::create([uri = m_step->uri(), open = m_wizard->options().openLibvirt, page] {
        QString error = tr("This build of VFIO Wizard cannot talk to libvirt.");
        if (open) {
            const Result<std::unique_ptr<LibvirtSession>> session = open(uri);
            error = session ? QString() : session.error();
        }
        QMetaObject::invokeMethod(qApp, [page, uri, error] {
            if (!page || page->m_step->uri() != uri)
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
    row.text->setTextInteractionFlags(state == State::Pending ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
    if (!m_painted)
        return; // the icons wait for the first paint (an icon-theme lookup each)
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
    return m_scanned && StepPage::isComplete();
}

Result<void> HostCheckPage::openFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Result<void> failed = Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
        showOpened(failed);
        return failed;
    }
    Result<void> opened = m_wizard->openExisting(QString::fromUtf8(file.readAll()), path, false);
    showOpened(opened);
    return opened;
}

Result<void> HostCheckPage::openFromLibvirt(const QString &name)
{
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
    Result<void> opened = m_wizard->openExisting(*xml, tr("%1 on %2").arg(name, m_step->uri()), true);
    showOpened(opened);
    return opened;
}

void HostCheckPage::showOpened(const Result<void> &opened)
{
    m_opened->show();
    if (!opened) {
        m_opened->setText(opened.error());
        return;
    }
    m_model->refresh();
    m_opened->setText(tr("Editing %1 (%2). What the wizard does not show stays as it is; the review page shows every change "
                         "before anything is written.").arg(m_wizard->spec().name, m_wizard->existing()->origin));
}

void HostCheckPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a domain XML file"), QString(), tr("Domain XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        (void)openFromFile(path);
}

void HostCheckPage::chooseDomain()
{
    const Result<LibvirtSession *> libvirt = m_wizard->libvirt();
    if (!libvirt) {
        showOpened(Error{libvirt.error()});
        return;
    }
    const Result<QList<LibvirtSession::DomainEntry>> domains = (*libvirt)->domains();
    if (!domains) {
        showOpened(Error{domains.error()});
        return;
    }
    DomainChooser chooser(m_step->uri(), *domains, this);
    if (chooser.exec() == QDialog::Accepted && !chooser.chosen().isEmpty())
        (void)openFromLibvirt(chooser.chosen());
}
