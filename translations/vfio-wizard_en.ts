<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CpuStep</name>
    <message numerus="yes">
        <source>%1 vCPUs: the host has %n thread(s), and each vCPU needs one of its own.</source>
        <translation>
            <numerusform>%1 vCPUs: the host has %n thread, and each vCPU needs one of its own.</numerusform>
            <numerusform>%1 vCPUs: the host has %n threads, and each vCPU needs one of its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n core(s); at least one must run the VM.</source>
        <translation>
            <numerusform>The host has %n core; at least one must run the VM.</numerusform>
            <numerusform>The host has %n cores; at least one must run the VM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 vCPUs: %n thread(s) are left beside the cores kept for the host. Keep fewer cores for the host to give the VM more.</source>
        <translation>
            <numerusform>%1 vCPUs: %n thread is left beside the cores kept for the host. Keep fewer cores for the host to give the VM more.</numerusform>
            <numerusform>%1 vCPUs: %n threads are left beside the cores kept for the host. Keep fewer cores for the host to give the VM more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostCheckPage</name>
    <message numerus="yes">
        <source>On, with %n IOMMU groups.</source>
        <translation>
            <numerusform>On, with %n IOMMU group.</numerusform>
            <numerusform>On, with %n IOMMU groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s) found; with the IOMMU off none can be passed yet.</source>
        <translation>
            <numerusform>%n graphics card found; with the IOMMU off none can be passed yet.</numerusform>
            <numerusform>%n graphics cards found; with the IOMMU off none can be passed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MachineView</name>
    <message numerus="yes">
        <source>%n hugepage(s)</source>
        <translation>
            <numerusform>%n hugepage</numerusform>
            <numerusform>%n hugepages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s) each</source>
        <translation>
            <numerusform>%n core each</numerusform>
            <numerusform>%n cores each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) per core</source>
        <translation>
            <numerusform>%n thread per core</numerusform>
            <numerusform>%n threads per core</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmSummary</name>
    <message numerus="yes">
        <source>%n vCPU(s), not pinned</source>
        <translation>
            <numerusform>%n vCPU, not pinned</numerusform>
            <numerusform>%n vCPUs, not pinned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n whole host core(s) (threads %1)</source>
        <translation>
            <numerusform>on %n whole host core (threads %1)</numerusform>
            <numerusform>on %n whole host cores (threads %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keyboard and mouse: %n of the host&apos;s, switched with both Ctrl keys</source>
        <translation>
            <numerusform>Keyboard and mouse: %n of the host&apos;s, switched with both Ctrl keys</numerusform>
            <numerusform>Keyboard and mouse: %n of the host&apos;s, switched with both Ctrl keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n more function(s) of the card (%2)</source>
        <translation>
            <numerusform>%1 with %n more function of the card (%2)</numerusform>
            <numerusform>%1 with %n more functions of the card (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n more function(s) of the card</source>
        <translation>
            <numerusform>%1 with %n more function of the card</numerusform>
            <numerusform>%1 with %n more functions of the card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) per core</source>
        <translation>
            <numerusform>%n thread per core</numerusform>
            <numerusform>%n threads per core</numerusform>
        </translation>
    </message>
</context>
</TS>
