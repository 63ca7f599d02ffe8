<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: vfio-wizard [--demo]              start the wizard
       vfio-wizard scan [--root DIR] [--json]

Commands:
  scan    what the host offers for GPU passthrough: CPU, memory, IOMMU groups,
          GPUs, network and storage
</source>
        <translation>Aufruf: vfio-wizard [--demo]              startet den Assistenten
        vfio-wizard scan [--root VERZ] [--json]

Befehle:
  scan    was der Host für GPU-Passthrough bietet: CPU, Speicher, IOMMU-Gruppen,
          GPUs, Netzwerk und Datenträger
</translation>
    </message>
    <message>
        <source>Scans a host for GPU passthrough.</source>
        <translation>Untersucht einen Host für GPU-Passthrough.</translation>
    </message>
    <message>
        <source>Scan the saved tree DIR that mirrors / instead of this machine.</source>
        <translation>Den gespeicherten Verzeichnisbaum VERZ, der / abbildet, statt dieses Rechners untersuchen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>scan: unexpected argument %1</source>
        <translation>scan: unerwartetes Argument %1</translation>
    </message>
</context>
<context>
    <name>CpuScanner</name>
    <message>
        <source>%1/online: not a CPU list: &quot;%2&quot;</source>
        <translation>%1/online: keine CPU-Liste: „%2“</translation>
    </message>
    <message>
        <source>%1: not a CPU list: &quot;%2&quot;</source>
        <translation>%1: keine CPU-Liste: „%2“</translation>
    </message>
    <message>
        <source>%1: not a CPU mask: &quot;%2&quot;</source>
        <translation>%1: keine CPU-Maske: „%2“</translation>
    </message>
</context>
<context>
    <name>HostCheckPage</name>
    <message>
        <source>Host check</source>
        <translation>Host-Prüfung</translation>
    </message>
    <message>
        <source>What this machine offers for GPU passthrough.</source>
        <translation>Was dieser Rechner für GPU-Passthrough bietet.</translation>
    </message>
    <message>
        <source>Scanning the host…</source>
        <translation>Der Host wird untersucht …</translation>
    </message>
    <message>
        <source>The CPU, memory, IOMMU groups, GPUs, network and storage the scan found.</source>
        <translation>CPU, Arbeitsspeicher, IOMMU-Gruppen, GPUs, Netzwerk und Datenträger, die die Untersuchung gefunden hat.</translation>
    </message>
</context>
<context>
    <name>HostScanner</name>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: Verzeichnis existiert nicht</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1: kein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>MemoryScanner</name>
    <message>
        <source>/proc/meminfo: no MemTotal</source>
        <translation>/proc/meminfo: kein MemTotal</translation>
    </message>
</context>
<context>
    <name>PciScanner</name>
    <message>
        <source>%1: libpci cannot read it: %2</source>
        <translation>%1: libpci kann es nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1/devices/%2: not a PCI address</source>
        <translation>%1/devices/%2: keine PCI-Adresse</translation>
    </message>
    <message>
        <source>%1/devices/%2: skipped, libpci: %3</source>
        <translation>%1/devices/%2: übersprungen, libpci: %3</translation>
    </message>
    <message>
        <source>%1/iommu_group: not a group: &quot;%2&quot;</source>
        <translation>%1/iommu_group: keine Gruppe: „%2“</translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message>
        <source> (driver: %1)</source>
        <translation> (Treiber: %1)</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>CPU: %1 (%2)</source>
        <translation>CPU: %1 (%2)</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message>
        <source>  %1 socket(s) x %2 cores x %3 threads, %4 CPUs online, %5 L3 domain(s), %6 NUMA node(s)</source>
        <translation>  %1 Sockel x %2 Kerne x %3 Threads, %4 CPUs aktiv, %5 L3-Bereich(e), %6 NUMA-Knoten</translation>
    </message>
    <message>
        <source>  hybrid: %1 threads on performance cores, %2 on efficiency cores</source>
        <translation>  hybrid: %1 Threads auf Performance-Kernen, %2 auf Effizienz-Kernen</translation>
    </message>
    <message>
        <source>  virtualisation: %1; 1 GiB pages: %2</source>
        <translation>  Virtualisierung: %1; 1-GiB-Seiten: %2</translation>
    </message>
    <message>
        <source>VT-x (vmx)</source>
        <translation>VT-x (vmx)</translation>
    </message>
    <message>
        <source>AMD-V (svm)</source>
        <translation>AMD-V (svm)</translation>
    </message>
    <message>
        <source>none, enable it in the firmware setup</source>
        <translation>keine, im Firmware-Setup einschalten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Memory: %1 total, %2 available</source>
        <translation>Arbeitsspeicher: %1 gesamt, %2 verfügbar</translation>
    </message>
    <message>
        <source>  hugepages %1: %2 reserved, %3 free</source>
        <translation>  Hugepages %1: %2 reserviert, %3 frei</translation>
    </message>
    <message>
        <source>IOMMU: on, %1 groups</source>
        <translation>IOMMU: an, %1 Gruppen</translation>
    </message>
    <message>
        <source>IOMMU: off; add %1 to the kernel command line and enable VT-d/AMD-Vi in the firmware setup</source>
        <translation>IOMMU: aus; %1 zur Kernel-Befehlszeile hinzufügen und VT-d/AMD-Vi im Firmware-Setup einschalten</translation>
    </message>
    <message>
        <source>IOMMU Group %1:</source>
        <translation>IOMMU-Gruppe %1:</translation>
    </message>
    <message>
        <source>IOMMU Group %1 (shared with %2):</source>
        <translation>IOMMU-Gruppe %1 (geteilt mit %2):</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>, IOMMU group %1</source>
        <translation>, IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <source>, boot VGA (the host&apos;s console)</source>
        <translation>, Boot-VGA (die Konsole des Hosts)</translation>
    </message>
    <message>
        <source>, driver %1</source>
        <translation>, Treiber %1</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source> %1 Mb/s</source>
        <translation> %1 Mb/s</translation>
    </message>
    <message>
        <source>, bridge of [%1]</source>
        <translation>, Bridge über [%1]</translation>
    </message>
    <message>
        <source>, physical</source>
        <translation>, physisch</translation>
    </message>
    <message>
        <source>, in %1</source>
        <translation>, in %1</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Datenträger:</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>SysfsReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes, ignored</source>
        <translation>%1: größer als %2 Bytes, ignoriert</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1: keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>%1: cannot read link: %2</source>
        <translation>%1: Verknüpfung kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot list: %2</source>
        <translation>%1: kann nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Scan the saved tree DIR instead of this machine.</source>
        <translation>Den gespeicherten Verzeichnisbaum VERZ statt dieses Rechners untersuchen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Run on the built-in sample host.</source>
        <translation>Mit dem eingebauten Beispiel-Host arbeiten.</translation>
    </message>
    <message>
        <source>VFIO Wizard</source>
        <translation>VFIO-Assistent</translation>
    </message>
</context>
</TS>
