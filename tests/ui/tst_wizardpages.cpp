// The pages one at a time, driven as a user does, offscreen on fixture hosts: the GPU chosen
// with the keys ("No GPU" among the choices), the Error 43 fix and its vendor id, a card or a
// disk the host needs only after the override dialog, keyboard and mouse (evdev, a USB
// controller), the installer ISO, fields checked as they are typed, severities that look
// different, the host check's picture of the machine.
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/inputpage.h"
#include "pages/networkpage.h"
#include "pages/storagepage.h"
#include "widgets/machineview.h"
#include "widgets/overridedialog.h"
#include "wizardgui.h"

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QAbstractItemView>
#include <QTextDocumentFragment>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeWidget>

using namespace WizardGui;

namespace {

QString chosenGpu(const Wizard &wizard)
{
    return wizard.spec().gpu.address ? wizard.spec().gpu.address->toString() : QString();
}

QTreeWidgetItem *gpuRow(QTreeWidget *tree, const QString &address)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(address))
            return tree->topLevelItem(i);
    return nullptr;
}

/// The row shown as chosen: the current row, and the only one selected.
QTreeWidgetItem *shownChoice(QTreeWidget *tree)
{
    const QList<QTreeWidgetItem *> selected = tree->selectedItems();
    return selected.size() == 1 && selected.first() == tree->currentItem() ? selected.first() : nullptr;
}

bool enabledItem(const QComboBox *box, int index)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(box->model());
    return model && model->item(index)->isEnabled();
}

/// The message sits right under its field, not somewhere else on the page.
bool sitsUnder(const QWidget *message, const QWidget *field, const QWidget *page)
{
    const QRect f(field->mapTo(page, QPoint()), field->size());
    const QRect m(message->mapTo(page, QPoint()), message->size());
    return m.top() >= f.bottom() - 2 && m.top() - f.bottom() < 3 * field->fontMetrics().height();
}

} // namespace

class TestWizardPages final : public QObject
{
    Q_OBJECT

    WizardGui::Fixture m_fixture;

    Wizard::Options options(const QString &host) const { return m_fixture.options(host); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
    }

    // A card's reason is shown whole, wrapped in its column, not cut off with "…" (newcomer
    // review), and wraps anew when the window narrows.
    void aCardsReasonIsShownWhole()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        QTreeWidget *tree = current<GpuPage>(wizard)->tree();
        QTreeWidgetItem *refused = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (!(tree->topLevelItem(i)->flags() & Qt::ItemIsEnabled))
                refused = tree->topLevelItem(i);
        QVERIFY(refused);
        const QString reason = refused->text(1);
        const QFontMetrics metrics(tree->font());
        for (const int width : {1180, 900}) {
            wizard.resize(width, 691);
            QTRY_COMPARE(wizard.width(), width);
            QCoreApplication::processEvents();
            const QRect cell = tree->visualRect(tree->indexFromItem(refused, 1));
            QVERIFY2(metrics.horizontalAdvance(reason) > cell.width(), "a reason that needs more than one line");
            const QRect needed = metrics.boundingRect(QRect(0, 0, cell.width() - 8, 100000), Qt::TextWordWrap, reason);
            QVERIFY2(cell.height() >= needed.height(), qPrintable(QStringLiteral("%1 px high for %2 px of text at width %3")
                                                                  .arg(cell.height()).arg(needed.height()).arg(cell.width())));
        }
    }

    // The disks not offered say what the host uses them for, in full beside the drop-down, whose
    // list stays within the window (it was wider, the reasons cut in the middle; newcomer review).
    void refusedDisksSayWhyInFull()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        wizard.resize(1180, 691);
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        QComboBox *box = storage->sourceBox();
        const QString refused = QTextDocumentFragment::fromHtml(storage->refusedLabel()->text()).toPlainText();
        QVERIFY(storage->refusedLabel()->isVisible());
        int refusedCount = 0;
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemData(i, Qt::UserRole - 1).isValid()) { // disabled: the host uses it
                ++refusedCount;
                const QString label = box->itemText(i).section(QStringLiteral(" (the host uses it)"), 0, 0);
                QVERIFY2(refused.contains(label + QStringLiteral(": ")), qPrintable(refused));
            }
        }
        QCOMPARE(refusedCount, 2);
        QVERIFY2(refused.contains(QStringLiteral("holds /boot, / and ZFS pool tank")), qPrintable(refused));
        QVERIFY2(box->view()->sizeHintForColumn(0) < wizard.width() / 2, qPrintable(QString::number(box->view()->sizeHintForColumn(0))));
    }

    // Defect 5: the selection is the choice, with the arrow keys too; "No GPU" is one.
    void gpuIsChosenWithTheArrowKeys()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QTreeWidget *tree = gpu->tree();
        QCOMPARE(chosenGpu(wizard), QStringLiteral("0000:04:00.0"));
        QCOMPARE(shownChoice(tree), gpuRow(tree, QStringLiteral("0000:04:00.0")));
        tree->setFocus();
        // Up passes the HD 530 (the host's screen, not to be chosen) and lands on "No GPU".
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(chosenGpu(wizard), QString());
        QCOMPARE(shownChoice(tree), tree->topLevelItem(0));
        QVERIFY(!gpu->error43Toggle()->isEnabled());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(chosenGpu(wizard), QStringLiteral("0000:04:00.0"));
        QCOMPARE(shownChoice(tree), gpuRow(tree, QStringLiteral("0000:04:00.0")));
        QVERIFY(gpu->error43Toggle()->isEnabled() && gpu->error43Toggle()->isChecked());
        QCOMPARE(wizard.spec().gpu.functions.size(), 2); // with its audio function

        // The card the host shows its screen on says why it cannot be chosen, not "yes".
        QTreeWidgetItem *igpu = gpuRow(tree, QStringLiteral("0000:00:02.0"));
        QVERIFY(igpu && !(igpu->flags() & Qt::ItemIsEnabled));
        QVERIFY2(!igpu->text(1).startsWith(QStringLiteral("yes")), qPrintable(igpu->text(1)));
        QVERIFY2(igpu->text(1).contains(QStringLiteral("display")), qPrintable(igpu->text(1)));

        // No GPU: the next page has nothing to choose, the VM gets a window.
        QTest::keyClick(tree, Qt::Key_Home);
        QCOMPARE(chosenGpu(wizard), QString());
        QVERIFY(forward(wizard));
        auto *input = current<InputPage>(wizard);
        QVERIFY(!input->evdevButton()->isVisibleTo(input));
        QVERIFY(wizard.spec().input.evdev.isEmpty());
        // ... and the subtitle says so too, not "the passed GPU's monitor" (newcomer review).
        QVERIFY2(input->subTitle().contains(QStringLiteral("window")) && !input->subTitle().contains(QStringLiteral("GPU")),
                 qPrintable(input->subTitle()));
        QVERIFY(!input->controllersRefusedLabel()->isVisibleTo(input));
    }

    // Defect 5: where no card can go to the VM, "No GPU" is chosen and Next goes on.
    void noGpuIsAChoiceWhereNoneCanBePassed()
    {
        Wizard wizard(options(QStringLiteral("ryzen")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QCOMPARE(chosenGpu(wizard), QString());
        QCOMPARE(shownChoice(gpu->tree()), gpu->tree()->topLevelItem(0));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        for (const auto &[severity, text] : banners(gpu))
            QVERIFY2(severity != Severity::Error, qPrintable(text));
        // The RTX 2070 the host boots on can be chosen, with a warning; the RX 580 is skipped.
        gpu->tree()->setFocus();
        QTest::keyClick(gpu->tree(), Qt::Key_Down);
        QCOMPARE(chosenGpu(wizard), QStringLiteral("0000:06:00.0"));
        const auto said = banners(gpu);
        QVERIFY(std::any_of(said.begin(), said.end(), [](const auto &b) {
            return b.first == Severity::Warning && b.second.contains(QStringLiteral("boots on"));
        }));
        QTest::keyClick(gpu->tree(), Qt::Key_Up);
        QCOMPARE(chosenGpu(wizard), QString());
        QVERIFY(forward(wizard));
    }

    // Defect 8: the text follows the toggle; a vendor id too long is refused at the field.
    void error43TextFollowsTheToggle()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QVERIFY(gpu->error43Text()->text().contains(QStringLiteral("465")));
        clickBox(gpu->error43Toggle());
        QVERIFY(!wizard.spec().error43.enabled);
        QVERIFY(!gpu->vendorIdEdit()->isEnabled());
        QVERIFY2(gpu->error43Text()->text().startsWith(QStringLiteral("Off")), qPrintable(gpu->error43Text()->text()));
        QVERIFY(gpu->error43Text()->text().contains(QStringLiteral("465")));
        for (const QString &text : visibleTexts(gpu) + bannerTexts(gpu))
            QVERIFY2(!text.contains(QStringLiteral("fix on"), Qt::CaseInsensitive), qPrintable(text));
        clickBox(gpu->error43Toggle());
        QVERIFY(wizard.spec().error43.enabled);
        QVERIFY(gpu->error43Text()->text().startsWith(QStringLiteral("On")));

        retype(gpu->vendorIdEdit(), QStringLiteral("ABCDEFGHIJKLM"));
        QCOMPARE(gpu->vendorIdEdit()->text(), QStringLiteral("ABCDEFGHIJKLM")); // not cut to 12 without a word
        const QString said = shownMessage(gpu, gpu->vendorIdEdit());
        QVERIFY2(said.contains(QStringLiteral("1 to 12")) && said.contains(QStringLiteral("13")), qPrintable(said));
        QVERIFY(sitsUnder(fieldMessage(gpu, gpu->vendorIdEdit()), gpu->vendorIdEdit(), gpu));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.spec().error43.vendorId, QStringLiteral("ABCDEFGHIJKL")); // the last one that could be used
        QVERIFY(!wizard.session().domainXml().contains(QStringLiteral("ABCDEFGHIJKLM")));
        retype(gpu->vendorIdEdit(), QStringLiteral("NotKVM"));
        QCOMPARE(shownMessage(gpu, gpu->vendorIdEdit()), QString());
        QCOMPARE(wizard.spec().error43.vendorId, QStringLiteral("NotKVM"));
        QVERIFY(gpu->error43Text()->text().contains(QStringLiteral("\"NotKVM\"")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // A card whose group the host uses goes to the VM only through the override dialog.
    void gpuTheHostNeedsOnlyAfterConfirming()
    {
        Wizard wizard(options(QStringLiteral("ryzen")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QTreeWidgetItem *shared = gpuRow(gpu->tree(), QStringLiteral("0000:05:00.0"));
        QVERIFY(shared && !(shared->flags() & Qt::ItemIsSelectable));
        QTest::mouseClick(gpu->tree()->viewport(), Qt::LeftButton, {}, gpu->tree()->visualItemRect(shared).center());
        QCOMPARE(chosenGpu(wizard), QString());
        auto *anyway = gpu->findChild<QPushButton *>(QStringLiteral("overrideButton"));
        QVERIFY(anyway && anyway->isVisibleTo(gpu));

        bool giveEnabled = true;
        QString loss;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<OverrideDialog *>(modal);
            if (!dialog)
                return modal->close(), void();
            giveEnabled = dialog->giveButton()->isEnabled();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                loss += plain(label->text()) + u'\n';
            QTest::keyClick(dialog, Qt::Key_Escape); // Cancel is the default way out
        });
        anyway->click();
        QVERIFY(!giveEnabled); // not before the box is ticked
        QVERIFY2(loss.contains(QStringLiteral("keyboard")), qPrintable(loss));
        QCOMPARE(chosenGpu(wizard), QString());

        whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<OverrideDialog *>(modal);
            if (!dialog)
                return modal->close(), void();
            dialog->understood()->click();
            dialog->giveButton()->click();
        });
        anyway->click();
        QCOMPARE(chosenGpu(wizard), QStringLiteral("0000:05:00.0"));
        for (const char *device : {"0000:02:00.0", "0000:02:00.1", "0000:04:00.0"})
            QVERIFY(wizard.spec().allowedHostUse.contains(QLatin1String(device)));
        const auto said = banners(gpu);
        QVERIFY(std::any_of(said.begin(), said.end(), [](const auto &b) {
            return b.first == Severity::Warning && b.second.contains(QStringLiteral("the host loses"));
        }));
        QCOMPARE(shownChoice(gpu->tree()), gpuRow(gpu->tree(), QStringLiteral("0000:05:00.0")));
    }

    // Defect 1: disks the host uses are offered only behind the override, saying why.
    void storageRefusesDisksTheHostUses()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        QComboBox *box = storage->sourceBox();
        const QString nvme = QStringLiteral("/dev/disk/by-id/nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A");
        const QString hdd = QStringLiteral("/dev/disk/by-id/ata-ST2000DM001-1ER164_Z4Z2ABCD");
        const QString zvol = QStringLiteral("/dev/zvol/tank/win10");
        QVERIFY(!enabledItem(box, box->findData(nvme)));
        // Why, on the item (its tooltip) and beside the box (refusedDisksSayWhyInFull).
        QVERIFY(box->itemData(box->findData(nvme), Qt::ToolTipRole).toString().contains(QStringLiteral("holds /boot")));
        QVERIFY(!enabledItem(box, box->findData(hdd)));
        QVERIFY(box->itemData(box->findData(hdd), Qt::ToolTipRole).toString().contains(QStringLiteral("ZFS pool tank")));
        QVERIFY(enabledItem(box, box->findData(zvol)));

        // With the keys: up from the image to the zvol, and no further.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(wizard.spec().disks.first().path, zvol);
        QTest::keyClick(box, Qt::Key_Up);
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(wizard.spec().disks.first().path, zvol);
        QCOMPARE(box->currentData().toString(), zvol);

        auto *anyway = storage->findChild<QPushButton *>(QStringLiteral("overrideButton"));
        QVERIFY(anyway && anyway->isVisibleTo(storage));
        whenModal([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
        anyway->click();
        QCOMPARE(wizard.spec().disks.first().path, zvol);
        QVERIFY(wizard.spec().allowedHostUse.isEmpty());

        whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<OverrideDialog *>(modal);
            if (!dialog)
                return modal->close(), void();
            auto *list = dialog->findChild<QListWidget *>();
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Down); // the HDD, second
            dialog->understood()->click();
            dialog->giveButton()->click();
        });
        anyway->click();
        QCOMPARE(wizard.spec().disks.first().path, hdd);
        QCOMPARE(box->currentData().toString(), hdd);
        QVERIFY(wizard.spec().allowedHostUse.contains(hdd));
        const QStringList said = bannerTexts(storage);
        QVERIFY2(said.join(u'\n').contains(QStringLiteral("the host loses")), qPrintable(said.join(u'\n')));
    }

    // The installer ISO: a new image needs one, an existing disk boots as it is.
    void installerIsoFieldAndInstalledDisk()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        QVERIFY(storage->isoButton()->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(shownMessage(storage, storage->installIsoEdit()).contains(QStringLiteral("installer ISO")));
        QVERIFY(sitsUnder(fieldMessage(storage, storage->installIsoEdit()), storage->installIsoEdit(), storage));

        // The zvol holds the article's Windows: it boots as it is, no ISO needed.
        storage->sourceBox()->setFocus();
        QTest::keyClick(storage->sourceBox(), Qt::Key_Up);
        QVERIFY(storage->installedButton()->isChecked());
        QVERIFY(!storage->installIsoEdit()->isEnabled());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.spec().installIso.isEmpty());

        clickBox(storage->isoButton());
        QVERIFY(storage->installIsoEdit()->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Checked as typed: with the last letter, before focus leaves the field.
        retype(storage->installIsoEdit(), installerIso);
        QVERIFY(storage->installIsoEdit()->hasFocus());
        QCOMPARE(wizard.spec().installIso, installerIso);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        chooseInstaller(storage);
        QCOMPARE(wizard.spec().installIso, installerIso);
        QCOMPARE(shownMessage(storage, storage->installIsoEdit()), QString());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.session().domainXml().contains(installerIso));
    }

    // Evdev by default: the host's keyboard and mouse, both Ctrl keys to switch.
    void inputTakesTheHostsKeyboardAndMouse()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::InputPageId));
        auto *input = current<InputPage>(wizard);
        QVERIFY(input->evdevButton()->isChecked());
        QCOMPARE(input->deviceList()->count(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(input->deviceList()->item(i)->checkState(), Qt::Checked);
        QCOMPARE(wizard.spec().input.evdev, (QStringList{QStringLiteral("/dev/input/by-id/usb-Logitech_USB_Keyboard-event-kbd"),
                                                         QStringLiteral("/dev/input/by-id/usb-Logitech_USB_Optical_Mouse-event-mouse")}));
        QVERIFY(bannerTexts(input).join(u'\n').contains(QStringLiteral("both Ctrl keys")));
        const QString xml = wizard.session().domainXml();
        QVERIFY2(xml.contains(QStringLiteral("grab=\"all\"")) && xml.contains(QStringLiteral("grabToggle=\"ctrl-ctrl\""))
                     && xml.contains(QStringLiteral("repeat=\"on\"")),
                 qPrintable(xml));

        // Space on the mouse's row: the VM takes the keyboard only.
        input->deviceList()->setFocus();
        input->deviceList()->setCurrentRow(1);
        QTest::keyClick(input->deviceList(), Qt::Key_Space);
        QCOMPARE(wizard.spec().input.evdev, QStringList{QStringLiteral("/dev/input/by-id/usb-Logitech_USB_Keyboard-event-kbd")});
        QVERIFY(!wizard.session().domainXml().contains(QStringLiteral("Optical_Mouse")));

        // The article's USB controller shares its group: not offered, and the row says why.
        QVERIFY(!input->usbButton()->isEnabled());
        // ... said in full on the page, not only in the greyed-out box (newcomer review).
        QVERIFY(input->controllerBox()->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("0000:00:14.2")));
        QVERIFY(input->controllersRefusedLabel()->isVisible());
        const QString why = QTextDocumentFragment::fromHtml(input->controllersRefusedLabel()->text()).toPlainText();
        QVERIFY2(why.contains(input->controllerBox()->itemText(0).simplified() + QStringLiteral(": ")) /* HTML folds the two spaces */ && why.contains(QStringLiteral("0000:00:14.2 (100 Series/C230 Series Chipset Family Thermal Subsystem)"))
                     && why.contains(QStringLiteral("A USB card in a slot with an IOMMU group of its own can go instead")),
                 qPrintable(why));
    }

    // A whole USB controller instead, where its group allows it.
    void usbControllerCanBeChosen()
    {
        Wizard wizard(options(QStringLiteral("xeon2s")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::InputPageId));
        auto *input = current<InputPage>(wizard);
        QVERIFY(input->usbButton()->isEnabled());
        QVERIFY(!input->controllerBox()->isEnabled());
        QVERIFY(!input->controllersRefusedLabel()->isVisible()); // nothing refused, nothing to say
        clickBox(input->usbButton());
        QCOMPARE(wizard.spec().input.usbController->toString(), QStringLiteral("0000:00:14.0"));
        QVERIFY(wizard.spec().input.evdev.isEmpty());
        QVERIFY(input->controllerBox()->isEnabled());
        QVERIFY(!input->deviceList()->isEnabled());
        QVERIFY(wizard.session().domainXml().contains(QStringLiteral("bus=\"0x00\" slot=\"0x14\" function=\"0x0\"")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // And back: evdev with every keyboard and mouse.
        clickBox(input->evdevButton());
        QVERIFY(!wizard.spec().input.usbController);
        QCOMPARE(wizard.spec().input.evdev.size(), 2);
    }

    // Defect 9: each field says what is wrong as it is typed, under it; Next waits.
    void fieldsAreCheckedAsTyped()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        auto *host = current<HostCheckPage>(wizard);
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        retype(host->nameEdit(), QStringLiteral("games/win10"));
        QVERIFY(shownMessage(host, host->nameEdit()).contains(QStringLiteral("\"/\"")));
        QVERIFY(sitsUnder(fieldMessage(host, host->nameEdit()), host->nameEdit(), host));
        QVERIFY(!host->nameEdit()->accessibleDescription().isEmpty());
        QVERIFY(!next->isEnabled());
        QCOMPARE(wizard.spec().name, QStringLiteral("games")); // the last name that could be used
        retype(host->nameEdit(), QStringLiteral("games"));
        QCOMPARE(shownMessage(host, host->nameEdit()), QString());
        QCOMPARE(wizard.spec().name, QStringLiteral("games"));
        QVERIFY(next->isEnabled());

        retype(host->uriBox()->lineEdit(), QStringLiteral("qemu//system"));
        QVERIFY(shownMessage(host, host->uriBox()).contains(QStringLiteral("not a libvirt URI")));
        QVERIFY(!next->isEnabled());
        retype(host->uriBox()->lineEdit(), testUri);
        QCOMPARE(shownMessage(host, host->uriBox()), QString());
        QVERIFY(next->isEnabled());

        QVERIFY(walkTo(wizard, Wizard::NetworkPageId));
        auto *network = current<NetworkPage>(wizard);
        const QList<std::pair<QString, QString>> macs = {{QStringLiteral("zz"), QStringLiteral("not a MAC address")},
                                                         {QStringLiteral("52:54:00:ab"), QStringLiteral("not a whole MAC address yet")},
                                                         {QStringLiteral("01:00:5e:00:00:01"), QStringLiteral("multicast")}};
        for (const auto &[mac, says] : macs) {
            retype(network->macEdit(), mac);
            QVERIFY2(shownMessage(network, network->macEdit()).contains(says), qPrintable(mac));
            QVERIFY(sitsUnder(fieldMessage(network, network->macEdit()), network->macEdit(), network));
            QVERIFY2(!next->isEnabled(), qPrintable(mac));
            QVERIFY(wizard.spec().network.mac.isEmpty());
        }
        retype(network->macEdit(), QStringLiteral("52:54:00:AB:CD:EF"));
        QCOMPARE(shownMessage(network, network->macEdit()), QString());
        QCOMPARE(wizard.spec().network.mac, QStringLiteral("52:54:00:ab:cd:ef"));
        QVERIFY(next->isEnabled());
    }

    // Defect 10: info, warnings and blocking errors look different; errors sit at their field.
    void severitiesLookDifferent()
    {
        const QPalette palette;
        QSet<QRgb> colours;
        for (Severity severity : {Severity::Info, Severity::Warning, Severity::Error})
            colours << MessageBanner::colour(severity, palette).rgb();
        QCOMPARE(colours.size(), 3);

        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        const auto said = banners(storage);
        QVERIFY(said.size() >= 2);
        QCOMPARE(said.first().first, Severity::Warning); // the worst first
        QVERIFY(said.first().second.contains(QStringLiteral("nothing to boot")));
        QCOMPARE(said.last().first, Severity::Info);
        QSet<qint64> icons;
        for (const MessageBanner *banner : storage->messageList()->findChildren<MessageBanner *>())
            icons << banner->findChild<QLabel *>()->pixmap().cacheKey();
        QCOMPARE(icons.size(), 2);
        // The blocking error is under its field, in the error colour, not among the banners.
        const FieldMessage *iso = fieldMessage(storage, storage->installIsoEdit());
        QVERIFY(iso->isVisibleTo(storage));
        QVERIFY(iso->text().contains(MessageBanner::colour(Severity::Error, iso->palette()).name()));
        for (const QString &text : bannerTexts(storage))
            QVERIFY(!text.contains(QStringLiteral("Choose the installer ISO")));
    }

    // Defect 11: the host check draws the machine; the text dump only on demand.
    void hostCheckDrawsTheMachine()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        auto *host = current<HostCheckPage>(wizard);
        for (auto check : {HostCheckPage::Check::Virtualisation, HostCheckPage::Check::Iommu, HostCheckPage::Check::Gpu})
            QCOMPARE(host->state(check), HostCheckPage::State::Good);
        QVERIFY(host->text(HostCheckPage::Check::Gpu).contains(QStringLiteral("GTX 1080")));
        auto *machine = host->findChild<MachineView *>();
        QVERIFY(machine && machine->isVisibleTo(host) && machine->height() > 50);
        auto *dump = host->findChild<QPlainTextEdit *>();
        QVERIFY(!dump->isVisibleTo(host));
        QPushButton *details = nullptr;
        for (QPushButton *button : host->findChildren<QPushButton *>())
            if (button->isCheckable())
                details = button;
        QVERIFY(details);
        wizard.resize(1180, 691); // as it opens on a 1366x768 laptop
        QTest::qWait(50);         // and laid out at that size
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(dump->isVisibleTo(host));
        QVERIFY(dump->toPlainText().contains(QStringLiteral("IOMMU")));
        // Scrolled into view, whole: on a laptop screen it opens below the fold (the newcomer
        // thought the button did nothing).
        auto *area = host->findChild<QScrollArea *>();
        const bool whole = QTest::qWaitFor([&] { return dump->visibleRegion().boundingRect().height() >= dump->minimumHeight(); }, 2000);
        QVERIFY2(whole, qPrintable(QStringLiteral("%1 of %2 px shown; scrolled %3 of %4; at %5 in a %6 px viewport, wizard %7x%8")
                                       .arg(dump->visibleRegion().boundingRect().height()).arg(dump->minimumHeight())
                                       .arg(area->verticalScrollBar()->value()).arg(area->verticalScrollBar()->maximum())
                                       .arg(dump->mapTo(area->widget(), QPoint()).y()).arg(area->viewport()->height())
                                       .arg(wizard.width()).arg(wizard.height())));
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
