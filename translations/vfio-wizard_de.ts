<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyPage</name>
    <message>
        <source>Run again from the failed job</source>
        <comment>button</comment>
        <translation>Ab dem fehlgeschlagenen Schritt erneut ausführen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>The files are written and the VM defined, one job at a time.</source>
        <translation>Die Dateien werden geschrieben und die VM definiert, ein Schritt nach dem anderen.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Each job and what came of it.</source>
        <translation>Jeder Schritt und was dabei herauskam.</translation>
    </message>
    <message>
        <source>After fixing the cause (start the daemon, free space), run the failed job and the rest again.</source>
        <translation>Nachdem die Ursache behoben ist (Dienst starten, Platz schaffen), den fehlgeschlagenen Schritt und den Rest erneut ausführen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>%v of %m jobs done</source>
        <translation>%v von %m Schritten erledigt</translation>
    </message>
    <message>
        <source>How far Apply has got.</source>
        <translation>Wie weit Anwenden gekommen ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Apply runs its jobs one after another and says what each did. A job that fails stops the rest: fix the cause (start libvirtd, free space) and run it again, or go Back to change the settings.&lt;/p&gt;&lt;p&gt;At the end come the next steps, in order: import the NixOS module, rebuild, reboot, start and install the VM.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anwenden führt seine Schritte nacheinander aus und meldet, was jeder bewirkt hat. Ein fehlgeschlagener Schritt hält den Rest an: Beheben Sie die Ursache (libvirtd starten, Platz schaffen) und führen Sie es erneut aus, oder ändern Sie mit „Zurück“ die Einstellungen.&lt;/p&gt;&lt;p&gt;Am Ende folgen die nächsten Schritte, der Reihe nach: das NixOS-Modul importieren, neu bauen, neu starten, die VM starten und installieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Apply stopped at &quot;%1&quot;: %2
Nothing after it ran; what ran before stays done. Fix the cause and run it again, or go Back to change the settings.</source>
        <translation>Anwenden hielt bei „%1“ an: %2
Nichts danach lief; was davor lief, bleibt erledigt. Beheben Sie die Ursache und führen Sie es erneut aus, oder ändern Sie mit „Zurück“ die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ApplyRunner</name>
    <message>
        <source>Write %1.xml, %1.nix and %1.profile.json</source>
        <translation>%1.xml, %1.nix und %1.profile.json schreiben</translation>
    </message>
    <message>
        <source>Create the disk image (%1)</source>
        <translation>Das Plattenabbild anlegen (%1)</translation>
    </message>
    <message>
        <source>Create the driver-staging disk image</source>
        <translation>Das Abbild für das Treiber-Staging anlegen</translation>
    </message>
    <message>
        <source>Back up the old definition, if any, and define the VM</source>
        <translation>Die alte Definition sichern, falls vorhanden, und die VM definieren</translation>
    </message>
    <message>
        <source>Test-boot a copy and check its CPUs, pins and memory</source>
        <translation>Eine Kopie testweise starten und CPUs, Pinning und Speicher prüfen</translation>
    </message>
    <message>
        <source>Wrote %1.xml, %1.nix and %1.profile.json to %2.</source>
        <translation>%1.xml, %1.nix und %1.profile.json nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Created %1 (sparse: it takes space as the guest writes).</source>
        <translation>%1 angelegt (dünn belegt: Platz wird erst belegt, wenn der Gast schreibt).</translation>
    </message>
    <message>
        <source>No libvirt connection: check the URI on the first page.</source>
        <translation>Keine Verbindung zu libvirt: die URI auf der ersten Seite prüfen.</translation>
    </message>
    <message>
        <source>Redefined %1 on %2.</source>
        <translation>%1 auf %2 neu definiert.</translation>
    </message>
    <message>
        <source>Defined %1 on %2.</source>
        <translation>%1 auf %2 definiert.</translation>
    </message>
    <message>
        <source>The old definition is saved in %1.</source>
        <translation>Die alte Definition ist in %1 gesichert.</translation>
    </message>
    <message>
        <source>It is running: the changes take effect at its next start.</source>
        <translation>Sie läuft: Die Änderungen wirken ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <source>The test boot found differences: %1</source>
        <translation>Der Teststart fand Abweichungen: %1</translation>
    </message>
    <message>
        <source>A copy booted with %1 vCPUs as %2 x %3 x %4, pinned as written%5.</source>
        <translation>Eine Kopie startete mit %1 vCPUs als %2 x %3 x %4, gepinnt wie geschrieben%5.</translation>
    </message>
    <message>
        <source>, on hugepages</source>
        <translation>, auf Hugepages</translation>
    </message>
    <message>
        <source>unknown job</source>
        <translation>unbekannter Schritt</translation>
    </message>
    <message>
        <source>Not proven by this run: %1.</source>
        <translation>Von diesem Lauf nicht belegt: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot load the libvirt module: %1</source>
        <translation>das libvirt-Modul kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Plan for the saved host tree DIR instead of this machine.</source>
        <translation>Für den gespeicherten Host-Baum VERZ statt für diesen Rechner planen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Start from a saved plan; options change only their part.</source>
        <translation>Von einem gespeicherten Plan ausgehen; Optionen ändern nur ihren Teil.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The VM&apos;s name (default win10).</source>
        <translation>Der Name der VM (Vorgabe win10).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>windows10, windows11 or linux.</source>
        <translation>windows10, windows11 oder linux.</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>BS</translation>
    </message>
    <message>
        <source>The GPU to pass through (a PCI address), or none.</source>
        <translation>Die durchzureichende GPU (eine PCI-Adresse) oder none.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>Hide the hypervisor from the GPU driver (NVIDIA Error 43).</source>
        <translation>Den Hypervisor vor dem GPU-Treiber verbergen (NVIDIA-Fehler 43).</translation>
    </message>
    <message>
        <source>Do not hide the hypervisor.</source>
        <translation>Den Hypervisor nicht verbergen.</translation>
    </message>
    <message>
        <source>The Hyper-V vendor id for the Error 43 fix (1-12 characters).</source>
        <translation>Die Hyper-V-Hersteller-ID für die Fehler-43-Korrektur (1–12 Zeichen).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number of vCPUs.</source>
        <translation>Anzahl der vCPUs.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Physical cores kept for the host (default 1).</source>
        <translation>Physische Kerne, die dem Host bleiben (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Guest memory in GiB.</source>
        <translation>Arbeitsspeicher des Gasts in GiB.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Hugepage size: 1G, 2M or off.</source>
        <translation>Hugepage-Größe: 1G, 2M oder off.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>The bridge to join (created over the uplink if missing).</source>
        <translation>Die Bridge, der die VM beitritt (wird über dem Uplink angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>The NIC a new bridge is built over.</source>
        <translation>Die Netzwerkkarte, über der eine neue Bridge entsteht.</translation>
    </message>
    <message>
        <source>IF</source>
        <translation>SCHNITTSTELLE</translation>
    </message>
    <message>
        <source>Use libvirt&apos;s NAT network instead of a bridge.</source>
        <translation>Das NAT-Netz von libvirt statt einer Bridge verwenden.</translation>
    </message>
    <message>
        <source>A disk: zvol, logical volume, whole disk or image file (repeat for more; the first boots).</source>
        <translation>Ein Datenträger: zvol, logisches Volume, ganze Platte oder Abbilddatei (mehrfach angeben für mehr; der erste bootet).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The virtio-win driver ISO.</source>
        <translation>Das ISO mit den virtio-win-Treibern.</translation>
    </message>
    <message>
        <source>Keep the boot disk on SATA and add a small virtio disk until Windows has the driver.</source>
        <translation>Den Boot-Datenträger auf SATA lassen und eine kleine virtio-Platte hinzufügen, bis Windows den Treiber hat.</translation>
    </message>
    <message>
        <source>The user to put into the libvirtd group.</source>
        <translation>Der Benutzer, der in die Gruppe libvirtd kommt.</translation>
    </message>
    <message>
        <source>Let the NixOS module define the VM at boot.</source>
        <translation>Das NixOS-Modul die VM beim Start definieren lassen.</translation>
    </message>
    <message>
        <source>Where to write NAME.xml, NAME.nix and NAME.profile.json.</source>
        <translation>Wohin NAME.xml, NAME.nix und NAME.profile.json geschrieben werden.</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--fix-error43 and --no-fix-error43 contradict each other</source>
        <translation>--fix-error43 und --no-fix-error43 widersprechen sich</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Plans a VM for this host and writes its domain XML, NixOS module and profile.</source>
        <translation>Plant eine VM für diesen Host und schreibt ihr Domain-XML, NixOS-Modul und Profil.</translation>
    </message>
    <message>
        <source>generate: --out DIR is needed</source>
        <translation>generate: --out VERZ fehlt</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: %1: unknown key %2 ignored
</source>
        <translation>Warnung: %1: unbekannter Schlüssel %2 übergangen
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>Hyper-V vendor id and hidden KVM (NVIDIA Error 43).</source>
        <translation>Hyper-V-Hersteller-ID und verborgenes KVM (NVIDIA-Fehler 43).</translation>
    </message>
    <message>
        <source>The vendor id for --fix-error43 (1-12 characters).</source>
        <translation>Die Hersteller-ID für --fix-error43 (1–12 Zeichen).</translation>
    </message>
    <message>
        <source>Guest topology; the vCPU count becomes their product and the current count the maximum.</source>
        <translation>Topologie des Gasts; die vCPU-Zahl wird ihr Produkt und die aktuelle Zahl das Maximum.</translation>
    </message>
    <message>
        <source>S,D,C,T</source>
        <translation>S,D,C,T</translation>
    </message>
    <message>
        <source>Host CPU of each vCPU, in vCPU order.</source>
        <translation>Host-CPU jeder vCPU, in vCPU-Reihenfolge.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Host CPUs for the emulator threads.</source>
        <translation>Host-CPUs für die Emulator-Threads.</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPUS</translation>
    </message>
    <message>
        <source>Host CPUs for the I/O threads.</source>
        <translation>Host-CPUs für die E/A-Threads.</translation>
    </message>
    <message>
        <source>Back the memory with hugepages: 1G or 2M.</source>
        <translation>Den Speicher mit Hugepages unterlegen: 1G oder 2M.</translation>
    </message>
    <message>
        <source>Remove the memory balloon.</source>
        <translation>Den Speicher-Ballon entfernen.</translation>
    </message>
    <message>
        <source>Turn on the Hyper-V enlightenments.</source>
        <translation>Die Hyper-V-Erweiterungen einschalten.</translation>
    </message>
    <message>
        <source>Give the guest the host&apos;s CPU model.</source>
        <translation>Dem Gast das CPU-Modell des Hosts geben.</translation>
    </message>
    <message>
        <source>Require topoext (SMT on AMD hosts).</source>
        <translation>topoext verlangen (SMT auf AMD-Hosts).</translation>
    </message>
    <message>
        <source>Make the first NIC virtio.</source>
        <translation>Die erste Netzwerkkarte zu virtio machen.</translation>
    </message>
    <message>
        <source>With --virtio-nic: put it on this bridge.</source>
        <translation>Mit --virtio-nic: sie an diese Bridge hängen.</translation>
    </message>
    <message>
        <source>Attach the virtio-win ISO as a CD-ROM.</source>
        <translation>Das virtio-win-ISO als CD-ROM einlegen.</translation>
    </message>
    <message>
        <source>Add a small virtio disk (driver staging) backed by this image.</source>
        <translation>Eine kleine virtio-Platte (Treiber-Vorbereitung) auf diesem Abbild hinzufügen.</translation>
    </message>
    <message>
        <source>The disk (its target, like sda) the next options tune.</source>
        <translation>Die Platte (ihr Ziel, etwa sda), die die folgenden Optionen einstellen.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>With --tune-disk: the cache mode.</source>
        <translation>Mit --tune-disk: die Cache-Betriebsart.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>With --tune-disk: the I/O mode.</source>
        <translation>Mit --tune-disk: die E/A-Betriebsart.</translation>
    </message>
    <message>
        <source>With --tune-disk: on or off.</source>
        <translation>Mit --tune-disk: on oder off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>With --tune-disk: the rotation rate (1 for an SSD, 0 removes it).</source>
        <translation>Mit --tune-disk: die Drehzahl (1 für eine SSD, 0 entfernt sie).</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>U/MIN</translation>
    </message>
    <message>
        <source>Pass these functions of a GPU (comma-separated addresses).</source>
        <translation>Diese Funktionen einer GPU durchreichen (Adressen durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>ADDRS</source>
        <translation>ADRESSEN</translation>
    </message>
    <message>
        <source>Stop passing the GPU in this slot.</source>
        <translation>Die GPU in diesem Steckplatz nicht mehr durchreichen.</translation>
    </message>
    <message>
        <source>--topology: &quot;%1&quot; is not SOCKETS,DIES,CORES,THREADS</source>
        <translation>--topology: „%1“ hat nicht die Form SOCKEL,DIES,KERNE,THREADS</translation>
    </message>
    <message>
        <source>--pins, --emulator-pins, --iothread-pins: CPU numbers like 2,6,3,7 or 0,4</source>
        <translation>--pins, --emulator-pins, --iothread-pins: CPU-Nummern wie 2,6,3,7 oder 0,4</translation>
    </message>
    <message>
        <source>--hugepages: &quot;%1&quot; is not 1G or 2M</source>
        <translation>--hugepages: „%1“ ist weder 1G noch 2M</translation>
    </message>
    <message>
        <source>--rotation-rate: &quot;%1&quot; is not a number</source>
        <translation>--rotation-rate: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--tune-disk: the domain has no disk %1</source>
        <translation>--tune-disk: die Domain hat keine Platte %1</translation>
    </message>
    <message>
        <source>--add-gpu: &quot;%1&quot; is not a PCI address</source>
        <translation>--add-gpu: „%1“ ist keine PCI-Adresse</translation>
    </message>
    <message>
        <source>--remove-gpu: &quot;%1&quot; is not a PCI address</source>
        <translation>--remove-gpu: „%1“ ist keine PCI-Adresse</translation>
    </message>
    <message>
        <source>Changes what the options name in a domain XML and prints the result; everything else stays as it was.</source>
        <translation>Ändert, was die Optionen in einem Domain-XML nennen, und gibt das Ergebnis aus; alles andere bleibt, wie es war.</translation>
    </message>
    <message>
        <source>FILE.xml</source>
        <translation>DATEI.xml</translation>
    </message>
    <message>
        <source>The domain XML.</source>
        <translation>Das Domain-XML.</translation>
    </message>
    <message>
        <source>patch: one FILE.xml is needed</source>
        <translation>patch: genau eine DATEI.xml wird gebraucht</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: not a libvirt domain</source>
        <translation>%1: keine libvirt-Domain</translation>
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
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>scan: unexpected argument %1</source>
        <translation>scan: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>The libvirt URI (default qemu:///system).</source>
        <translation>Die libvirt-URI (Vorgabe qemu:///system).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Where backups of replaced definitions go (default %1).</source>
        <translation>Wohin Sicherungen ersetzter Definitionen kommen (Vorgabe %1).</translation>
    </message>
    <message>
        <source>redefined %1
</source>
        <translation>%1 neu definiert
</translation>
    </message>
    <message>
        <source>defined %1
</source>
        <translation>%1 definiert
</translation>
    </message>
    <message>
        <source>the previous definition is saved in %1
</source>
        <translation>die vorherige Definition ist in %1 gesichert
</translation>
    </message>
    <message>
        <source>%1 is running: the new definition takes effect when it next starts
</source>
        <translation>%1 läuft: die neue Definition gilt ab dem nächsten Start
</translation>
    </message>
    <message>
        <source>Defines a domain from its XML, saving the definition it replaces first.</source>
        <translation>Definiert eine Domain aus ihrem XML und sichert vorher die Definition, die sie ersetzt.</translation>
    </message>
    <message>
        <source>define: one FILE.xml is needed</source>
        <translation>define: genau eine DATEI.xml wird gebraucht</translation>
    </message>
    <message>
        <source>Lists the saved definitions, or defines one again.</source>
        <translation>Listet die gesicherten Definitionen auf oder definiert eine davon wieder.</translation>
    </message>
    <message>
        <source>Only the backups of this domain.</source>
        <translation>Nur die Sicherungen dieser Domain.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <source>The backup to define again (a path from the list).</source>
        <translation>Die wieder zu definierende Sicherung (ein Pfad aus der Liste).</translation>
    </message>
    <message>
        <source>[BACKUP]</source>
        <translation>[SICHERUNG]</translation>
    </message>
    <message>
        <source>no backups in %1
</source>
        <translation>keine Sicherungen in %1
</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>Judge against the host tree DIR (default: this machine).</source>
        <translation>Am Host-Baum VERZ messen (Vorgabe: dieser Rechner).</translation>
    </message>
    <message>
        <source>Judge the XML alone, without the host&apos;s facts.</source>
        <translation>Nur das XML beurteilen, ohne die Angaben des Hosts.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1:%2: not a libvirt domain: %3</source>
        <translation>%1:%2: keine libvirt-Domain: %3</translation>
    </message>
    <message>
        <source>%1: nothing to improve
</source>
        <translation>%1: nichts zu verbessern
</translation>
    </message>
    <message>
        <source>    advice: %1
</source>
        <translation>    Rat: %1
</translation>
    </message>
    <message>
        <source>    advice: %1; fix: %2
</source>
        <translation>    Rat: %1; Korrektur: %2
</translation>
    </message>
    <message>
        <source>Judges a domain against GPU-passthrough best practice and names the fix for each finding.</source>
        <translation>Misst eine Domain an bewährter GPU-Passthrough-Praxis und nennt zu jedem Befund die Korrektur.</translation>
    </message>
    <message>
        <source>lint: one FILE.xml is needed (or --connect URI --domain NAME)</source>
        <translation>lint: genau eine DATEI.xml wird gebraucht (oder --connect URI --domain NAME)</translation>
    </message>
    <message>
        <source>Apply a lint finding&apos;s fix (repeat for more).</source>
        <translation>Die Korrektur eines lint-Befunds anwenden (mehrfach angeben für mehr).</translation>
    </message>
    <message>
        <source>With --fix: the host tree the fixes plan for (default: this machine).</source>
        <translation>Mit --fix: der Host-Baum, für den die Korrekturen planen (Vorgabe: dieser Rechner).</translation>
    </message>
    <message>
        <source>Judges a domain that libvirt holds against GPU-passthrough best practice.</source>
        <translation>Misst eine Domain, die libvirt verwaltet, an bewährter GPU-Passthrough-Praxis.</translation>
    </message>
    <message>
        <source>The domain to judge.</source>
        <translation>Die zu beurteilende Domain.</translation>
    </message>
    <message>
        <source>lint: --domain NAME is needed with --connect</source>
        <translation>lint: mit --connect wird --domain NAME gebraucht</translation>
    </message>
    <message>
        <source>Applies lint fixes to a domain that libvirt holds, saving its definition first.</source>
        <translation>Wendet lint-Korrekturen auf eine Domain in libvirt an und sichert vorher ihre Definition.</translation>
    </message>
    <message>
        <source>The domain to fix.</source>
        <translation>Die zu korrigierende Domain.</translation>
    </message>
    <message>
        <source>The host tree the fixes plan for (default: this machine).</source>
        <translation>Der Host-Baum, für den die Korrekturen planen (Vorgabe: dieser Rechner).</translation>
    </message>
    <message>
        <source>FIXID</source>
        <translation>KORREKTUR</translation>
    </message>
    <message>
        <source>The fixes to apply, as lint names them.</source>
        <translation>Die anzuwendenden Korrekturen, wie lint sie nennt.</translation>
    </message>
    <message>
        <source>FIXID...</source>
        <translation>KORREKTUR...</translation>
    </message>
    <message>
        <source>fix: --domain NAME and at least one FIXID are needed</source>
        <translation>fix: --domain NAME und mindestens eine KORREKTUR werden gebraucht</translation>
    </message>
    <message>
        <source>Starts a throwaway copy of a VM without its devices and disks, and checks its topology, pinning and hugepages against the XML.</source>
        <translation>Startet eine Wegwerfkopie einer VM ohne ihre Geräte und Platten und prüft Topologie, Pinning und Hugepages gegen das XML.</translation>
    </message>
    <message>
        <source>Test the definition of this domain.</source>
        <translation>Die Definition dieser Domain prüfen.</translation>
    </message>
    <message>
        <source>[FILE.xml]</source>
        <translation>[DATEI.xml]</translation>
    </message>
    <message>
        <source>test-boot: give FILE.xml or --domain NAME</source>
        <translation>test-boot: DATEI.xml oder --domain NAME angeben</translation>
    </message>
    <message>
        <source>test boot of %1 as %2 (destroyed again)
</source>
        <translation>Testlauf von %1 als %2 (wieder beendet)
</translation>
    </message>
    <message>
        <source>topology in the XML: %1 socket(s) x %2 cores x %3 threads
</source>
        <translation>Topologie im XML: %1 Sockel x %2 Kerne x %3 Threads
</translation>
    </message>
    <message>
        <source>  vCPU %1: socket %2 core %3 thread %4, host thread %5 runs on %6 (pinned to %7)
</source>
        <translation>  vCPU %1: Sockel %2 Kern %3 Thread %4, Host-Thread %5 läuft auf %6 (festgepinnt auf %7)
</translation>
    </message>
    <message>
        <source>memory: no hugetlbfs mapping
</source>
        <translation>Speicher: keine hugetlbfs-Abbildung
</translation>
    </message>
    <message>
        <source>memory: %1
</source>
        <translation>Speicher: %1
</translation>
    </message>
    <message>
        <source>everything as the XML says
</source>
        <translation>alles, wie das XML es sagt
</translation>
    </message>
    <message>
        <source>With --tune-disk: virtio, scsi or sata.</source>
        <translation>Mit --tune-disk: virtio, scsi oder sata.</translation>
    </message>
    <message>
        <source>BUS</source>
        <translation>BUS</translation>
    </message>
    <message>
        <source>Scans a host through libvirt (for hosts reached by a qemu+ssh:// URI).</source>
        <translation>Untersucht einen Host über libvirt (für Hosts, die über eine qemu+ssh://-URI erreicht werden).</translation>
    </message>
    <message>
        <source>Usage: vfio-wizard [--demo] [--root DIR] [--connect URI]   start the wizard
       vfio-wizard scan [--root DIR | --connect URI] [--json]
       vfio-wizard generate [--root DIR] [--profile FILE] [options] --out DIR
       vfio-wizard patch [changes] FILE.xml
       vfio-wizard lint [--root DIR] [--json] FILE.xml | --connect URI --domain NAME
       vfio-wizard fix --connect URI --domain NAME FIXID...
       vfio-wizard test-boot --connect URI FILE.xml | --domain NAME
       vfio-wizard define [--connect URI] FILE.xml
       vfio-wizard restore [--connect URI] [--domain NAME] [BACKUP]

Commands:
  scan      what the host offers for GPU passthrough: CPU, memory, IOMMU groups,
            GPUs, network and storage
  generate  plan a VM and write its domain XML, NixOS module and profile
  patch     change only what the options name in a domain XML (patched XML on stdout)
  lint      judge a domain against best practice; each finding names its fix
  fix       apply fixes to a domain in libvirt (the old definition is saved first)
  test-boot start a throwaway copy and check topology, pinning and hugepages
  define    define a domain through libvirt, saving the definition it replaces
  restore   list saved definitions, or define one again

vfio-wizard COMMAND --help lists a command&apos;s options.
</source>
        <translation>Aufruf: vfio-wizard [--demo] [--root VERZ] [--connect URI]   startet den Assistenten
        vfio-wizard scan [--root VERZ | --connect URI] [--json]
        vfio-wizard generate [--root VERZ] [--profile DATEI] [Optionen] --out VERZ
        vfio-wizard patch [Änderungen] DATEI.xml
        vfio-wizard lint [--root VERZ] [--json] DATEI.xml | --connect URI --domain NAME
        vfio-wizard fix --connect URI --domain NAME KORREKTUR...
        vfio-wizard test-boot --connect URI DATEI.xml | --domain NAME
        vfio-wizard define [--connect URI] DATEI.xml
        vfio-wizard restore [--connect URI] [--domain NAME] [SICHERUNG]

Befehle:
  scan      was der Host für GPU-Passthrough bietet: CPU, Speicher, IOMMU-Gruppen,
            GPUs, Netzwerk und Datenträger
  generate  eine VM planen und ihr Domain-XML, NixOS-Modul und Profil schreiben
  patch     nur das in einem Domain-XML ändern, was die Optionen nennen (Ergebnis auf stdout)
  lint      eine Domain an bewährter Praxis messen; jeder Befund nennt seine Korrektur
  fix       Korrekturen auf eine Domain in libvirt anwenden (die alte Definition wird vorher gesichert)
  test-boot eine Wegwerfkopie starten und Topologie, Pinning und Hugepages prüfen
  define    eine Domain über libvirt definieren und die ersetzte Definition sichern
  restore   gesicherte Definitionen auflisten oder eine davon wieder definieren

vfio-wizard BEFEHL --help zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation>--%1: „%2“ ist keines von %3</translation>
    </message>
    <message>
        <source>An installer ISO (Windows or Linux), attached as a CD-ROM and booted first.</source>
        <translation>Ein Installations-ISO (Windows oder Linux), als CD-ROM eingebunden und zuerst gestartet.</translation>
    </message>
    <message>
        <source>A keyboard or mouse of the host for the VM (/dev/input/by-id/...; repeat for more; default: all of them).</source>
        <translation>Eine Tastatur oder Maus des Hosts für die VM (/dev/input/by-id/…; mehrfach angeben für mehr; Vorgabe: alle).</translation>
    </message>
    <message>
        <source>DEV</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>Give the VM none of the host&apos;s keyboards and mice.</source>
        <translation>Der VM keine Tastatur und Maus des Hosts geben.</translation>
    </message>
    <message>
        <source>A whole USB controller for the VM&apos;s keyboard and mouse (a PCI address).</source>
        <translation>Ein ganzer USB-Controller für Tastatur und Maus der VM (eine PCI-Adresse).</translation>
    </message>
    <message>
        <source>--evdev and --no-evdev contradict each other</source>
        <translation>--evdev und --no-evdev widersprechen sich</translation>
    </message>
    <message>
        <source>--usb-controller: &quot;%1&quot; is not a PCI address</source>
        <translation>--usb-controller: „%1“ ist keine PCI-Adresse</translation>
    </message>
    <message>
        <source>Give the VM a disk or PCI device although the host uses it (repeat for more); the host loses what it holds.</source>
        <translation>Der VM eine Platte oder ein PCI-Gerät geben, obwohl der Host es nutzt (für mehrere wiederholen); der Host verliert, was darauf liegt.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>Let the host&apos;s own tasks run on the vCPUs&apos; threads while the VM runs (no libvirt hook).</source>
        <translation>Die eigenen Aufgaben des Hosts dürfen auf den Threads der vCPUs laufen, solange die VM läuft (kein libvirt-Hook).</translation>
    </message>
    <message>
        <source>ran under TCG with the CPU model qemu64: KVM could not run it (%1)
</source>
        <translation>lief unter TCG mit dem CPU-Modell qemu64: KVM konnte sie nicht ausführen (%1)
</translation>
    </message>
    <message>
        <source>not proven by this run: %1
</source>
        <translation>von diesem Lauf nicht belegt: %1
</translation>
    </message>
    <message>
        <source>everything this run could check is as the XML says
</source>
        <translation>alles, was dieser Lauf prüfen konnte, ist so, wie das XML sagt
</translation>
    </message>
    <message>
        <source>%1 (--force replaces it)</source>
        <translation>%1 (--force ersetzt sie)</translation>
    </message>
</context>
<context>
    <name>CpuPage</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>The guest&apos;s vCPUs; the current count always equals this maximum.</source>
        <translation>Die vCPUs des Gasts; die aktuelle Zahl ist immer gleich diesem Maximum.</translation>
    </message>
    <message>
        <source>Physical cores kept for the host, QEMU&apos;s emulator thread and the I/O thread.</source>
        <translation>Physische Kerne, die dem Host, dem Emulator-Thread von QEMU und dem E/A-Thread bleiben.</translation>
    </message>
    <message>
        <source>The topology the guest sees: one socket, with the host&apos;s threads per core.</source>
        <translation>Die Topologie, die der Gast sieht: ein Sockel, mit den Threads pro Kern des Hosts.</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>Topologie:</translation>
    </message>
    <message>
        <source>How many vCPUs the guest gets and which host threads run them. Pairs of vCPUs on the two threads of one core, inside one L3 cache, run best; a core stays with the host.</source>
        <translation>Wie viele vCPUs der Gast bekommt und welche Host-Threads sie ausführen. Paare von vCPUs auf den zwei Threads eines Kerns, innerhalb eines L3-Caches, laufen am besten; ein Kern bleibt dem Host.</translation>
    </message>
    <message>
        <source>&amp;Auto-pin</source>
        <comment>button</comment>
        <translation>&amp;Automatisch pinnen</translation>
    </message>
    <message>
        <source>Fill the grid the way the planner would: sibling pairs, one cache, the host&apos;s cores kept free.</source>
        <translation>Das Raster so füllen, wie der Planer es täte: Geschwisterpaare, ein Cache, die Kerne des Hosts bleiben frei.</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <source>Cores &amp;kept for the host:</source>
        <translation>&amp;Kerne für den Host:</translation>
    </message>
    <message>
        <source>A click gives a host thread &lt;b&gt;vCPU %1&lt;/b&gt; (digits and +/- choose another).</source>
        <translation>Ein Klick gibt einem Host-Thread die &lt;b&gt;vCPU %1&lt;/b&gt; (Ziffern und +/- wählen eine andere).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each vCPU runs on a host thread of its own. The best layout gives the guest whole cores (both SMT threads), inside one L3 cache, and leaves a core to the host and QEMU&apos;s own threads: &lt;b&gt;Auto-pin&lt;/b&gt; does that.&lt;/p&gt;&lt;p&gt;In the grid, click a host thread to give it the vCPU named above it, drag across threads for a run of vCPUs, right-click to clear. With the keyboard: arrows move, Space assigns, Delete clears, digits or +/- choose the vCPU. A red outline is a conflict; hover over it for the reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede vCPU läuft auf einem eigenen Host-Thread. Die beste Aufteilung gibt dem Gast ganze Kerne (beide SMT-Threads) innerhalb eines L3-Caches und lässt dem Host und den eigenen Threads von QEMU einen Kern: &lt;b&gt;Automatisch pinnen&lt;/b&gt; tut das.&lt;/p&gt;&lt;p&gt;Klicken Sie im Raster auf einen Host-Thread, um ihm die darüber genannte vCPU zu geben; ziehen Sie über mehrere Threads für eine Folge von vCPUs; ein Rechtsklick leert. Mit der Tastatur: Pfeiltasten bewegen, Leertaste weist zu, Entf leert, Ziffern oder +/- wählen die vCPU. Ein roter Rahmen ist ein Konflikt; zeigen Sie mit der Maus darauf, um den Grund zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep the host&apos;s own &amp;tasks off the VM&apos;s threads while it runs</source>
        <translation>Die eigenen Aufgaben des Hosts von den Threads der VM &amp;fernhalten, solange sie läuft</translation>
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
    <message>
        <source>%1: empty; the SMT siblings are taken from core_id and physical_package_id instead</source>
        <translation>%1: leer; die SMT-Geschwister werden stattdessen aus core_id und physical_package_id bestimmt</translation>
    </message>
    <message>
        <source>%1/size: not a cache size: &quot;%2&quot;</source>
        <translation>%1/size: keine Cache-Größe: „%2“</translation>
    </message>
</context>
<context>
    <name>CpuStep</name>
    <message numerus="yes">
        <source>%1 vCPUs: the host has %n thread(s), and each vCPU needs one of its own.</source>
        <translation>
            <numerusform>%1 vCPUs: Der Host hat %n Thread, und jede vCPU braucht einen eigenen.</numerusform>
            <numerusform>%1 vCPUs: Der Host hat %n Threads, und jede vCPU braucht einen eigenen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n core(s); at least one must run the VM.</source>
        <translation>
            <numerusform>Der Host hat %n Kern; mindestens einer muss die VM ausführen.</numerusform>
            <numerusform>Der Host hat %n Kerne; mindestens einer muss die VM ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned by hand: every vCPU on a host thread of its own.</source>
        <translation>Von Hand gepinnt: jede vCPU auf einem eigenen Host-Thread.</translation>
    </message>
    <message>
        <source>The VM starts with %1 of its %2 vCPUs today; after Apply it starts with all of them.</source>
        <translation>Die VM startet derzeit mit %1 ihrer %2 vCPUs; nach dem Anwenden startet sie mit allen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 vCPUs: %n thread(s) are left beside the cores kept for the host. Keep fewer cores for the host to give the VM more.</source>
        <translation>
            <numerusform>%1 vCPUs: Neben den Kernen für den Host bleibt %n Thread. Halten Sie weniger Kerne für den Host frei, um der VM mehr zu geben.</numerusform>
            <numerusform>%1 vCPUs: Neben den Kernen für den Host bleiben %n Threads. Halten Sie weniger Kerne für den Host frei, um der VM mehr zu geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM starts with %1 of its %2 vCPUs: the guest never sees the rest. Apply keeps that unless you change the vCPUs here; the check on the review page starts all of them.</source>
        <translation>Die VM startet mit %1 ihrer %2 vCPUs: Den Rest sieht der Gast nie. „Anwenden“ behält das bei, solange Sie die vCPUs hier nicht ändern; die Prüfung auf der Übersichtsseite startet alle.</translation>
    </message>
</context>
<context>
    <name>DefinitionBackups</name>
    <message>
        <source>%1: cannot create the backup directory</source>
        <translation>%1: das Sicherungsverzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DomainChooser</name>
    <message>
        <source>Open a VM from libvirt</source>
        <translation>Eine VM aus libvirt öffnen</translation>
    </message>
    <message>
        <source>The VMs defined on %1:</source>
        <translation>Die auf %1 definierten VMs:</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>%1 (running without a definition: nothing to edit)</source>
        <translation>%1 (läuft ohne Definition: nichts zu bearbeiten)</translation>
    </message>
    <message>
        <source>No VM is defined there yet.</source>
        <translation>Dort ist noch keine VM definiert.</translation>
    </message>
</context>
<context>
    <name>DomainDefiner</name>
    <message>
        <source>the domain XML, line %1: %2</source>
        <translation>das Domain-XML, Zeile %1: %2</translation>
    </message>
    <message>
        <source>the XML is not a libvirt domain with a name</source>
        <translation>das XML ist keine libvirt-Domain mit Namen</translation>
    </message>
    <message>
        <source>%1; the domain was left as it was</source>
        <translation>%1; die Domain blieb, wie sie war</translation>
    </message>
    <message>
        <source>%1 (the previous definition is saved in %2)</source>
        <translation>%1 (die vorherige Definition ist in %2 gesichert)</translation>
    </message>
</context>
<context>
    <name>DomainUpdater</name>
    <message>
        <source>Another guest OS, TPM or Secure Boot: these stay as the VM has them.</source>
        <translation>Anderes Gastsystem, TPM oder Secure Boot: Diese bleiben, wie die VM sie hat.</translation>
    </message>
    <message>
        <source>A new MAC address: change it in virt-manager or virsh.</source>
        <translation>Eine neue MAC-Adresse: in virt-manager oder virsh ändern.</translation>
    </message>
    <message>
        <source>Moving the NIC to NAT: change it in virt-manager or virsh.</source>
        <translation>Die Netzwerkkarte auf NAT umstellen: in virt-manager oder virsh ändern.</translation>
    </message>
    <message>
        <source>Adding or removing disks: change them in virt-manager or virsh.</source>
        <translation>Platten hinzufügen oder entfernen: in virt-manager oder virsh ändern.</translation>
    </message>
    <message>
        <source>A new source for disk %1: change it in virt-manager or virsh.</source>
        <translation>Eine neue Quelle für Platte %1: in virt-manager oder virsh ändern.</translation>
    </message>
    <message>
        <source>A new name: rename the VM in virt-manager (Details, Overview) while it is shut off.</source>
        <translation>Ein neuer Name: benennen Sie die VM in virt-manager um (Details, Übersicht), solange sie ausgeschaltet ist.</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>The VM needs a name.</source>
        <translation>Die VM braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a VM name cannot contain &quot;/&quot; (libvirt keeps it as a file name).</source>
        <translation>„%1“: Ein VM-Name darf kein „/“ enthalten (libvirt speichert ihn als Dateinamen).</translation>
    </message>
    <message>
        <source>The VM name contains a control character.</source>
        <translation>Der VM-Name enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The VM name has %1 characters; libvirt keeps files named after it, so at most 200.</source>
        <translation>Der VM-Name hat %1 Zeichen; libvirt legt Dateien mit diesem Namen an, also höchstens 200.</translation>
    </message>
    <message>
        <source>The Hyper-V vendor id must have 1 to 12 characters; &quot;%1&quot; has %2.</source>
        <translation>Die Hyper-V-Hersteller-ID muss 1 bis 12 Zeichen haben; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>The Hyper-V vendor id &quot;%1&quot; may hold only printable ASCII characters without spaces.</source>
        <translation>Die Hyper-V-Hersteller-ID „%1“ darf nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;Microsoft Hv&quot; is the vendor id NVIDIA&apos;s old drivers look for: choose any other.</source>
        <translation>„Microsoft Hv“ ist genau die Hersteller-ID, nach der alte NVIDIA-Treiber suchen: Wählen Sie eine beliebige andere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole MAC address yet: six pairs of hex digits, like 52:54:00:12:34:56.</source>
        <translation>„%1“ ist noch keine vollständige MAC-Adresse: sechs Paare aus Hex-Ziffern, etwa 52:54:00:12:34:56.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address: six pairs of hex digits (0-9, a-f) separated by colons, like 52:54:00:12:34:56.</source>
        <translation>„%1“ ist keine MAC-Adresse: sechs Paare aus Hex-Ziffern (0–9, a–f), durch Doppelpunkte getrennt, etwa 52:54:00:12:34:56.</translation>
    </message>
    <message>
        <source>%1 is a multicast address (the first byte is odd): a NIC needs a unicast one, such as 52:54:00:...</source>
        <translation>%1 ist eine Multicast-Adresse (das erste Byte ist ungerade): Eine Netzwerkkarte braucht eine Unicast-Adresse, etwa 52:54:00:…</translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 is no address; leave the field empty for libvirt to choose one.</source>
        <translation>00:00:00:00:00:00 ist keine Adresse; lassen Sie das Feld leer, dann wählt libvirt eine.</translation>
    </message>
    <message>
        <source>The bridge needs a name, such as br0.</source>
        <translation>Die Bridge braucht einen Namen, etwa br0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; Linux interface names have at most 15.</source>
        <translation>„%1“ hat %2 Zeichen; Schnittstellennamen unter Linux haben höchstens 15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name an interface.</source>
        <translation>„%1“ kann keine Schnittstelle benennen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an interface name cannot hold &quot;%2&quot;.</source>
        <translation>„%1“: Ein Schnittstellenname darf „%2“ nicht enthalten.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (lower-case letters, digits, &quot;_&quot; and &quot;-&quot;, up to 32).</source>
        <translation>„%1“ ist kein Benutzername (Kleinbuchstaben, Ziffern, „_“ und „-“, bis zu 32).</translation>
    </message>
    <message>
        <source>The libvirt URI is empty; qemu:///system is where VMs with host devices live.</source>
        <translation>Die libvirt-URI ist leer; qemu:///system ist der Ort für VMs mit Host-Geräten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: driver://[host]/path, such as qemu:///system or qemu+ssh://host/system.</source>
        <translation>„%1“ ist keine libvirt-URI: treiber://[host]/pfad, etwa qemu:///system oder qemu+ssh://host/system.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot write there: %2.</source>
        <translation>%1: Dort kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2: %3.</source>
        <translation>%1 kann nicht angelegt werden: %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 %2 is not a file.</source>
        <translation>%1 %2 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: exists already; it is used as it is</source>
        <translation>%1: existiert bereits; sie wird so verwendet, wie sie ist</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot size it to %2 bytes: %3</source>
        <translation>%1: kann nicht auf %2 Bytes gebracht werden: %3</translation>
    </message>
    <message>
        <source>%1: exists already</source>
        <translation>%1: existiert bereits</translation>
    </message>
</context>
<context>
    <name>GpuPage</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>The graphics card the VM gets. An IOMMU group goes to the guest whole, so the card should sit in a group of its own (PCI bridges aside).</source>
        <translation>Die Grafikkarte, die die VM bekommt. Eine IOMMU-Gruppe geht nur ganz an den Gast, daher sollte die Karte eine eigene Gruppe haben (PCI-Bridges ausgenommen).</translation>
    </message>
    <message>
        <source>NVIDIA drivers before 465 (and some AMD ones) refuse to run in a VM they recognise and report Error 43. This sets a Hyper-V vendor id and hides KVM from the driver.</source>
        <translation>NVIDIA-Treiber vor 465 (und manche von AMD) verweigern den Dienst in einer erkannten VM und melden Fehler 43. Dies setzt eine Hyper-V-Hersteller-ID und verbirgt KVM vor dem Treiber.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A ROM file for cards whose own ROM cannot be read in a VM.</source>
        <translation>Eine ROM-Datei für Karten, deren eigenes ROM in einer VM nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Choose a GPU ROM file.</source>
        <translation>Eine GPU-ROM-Datei wählen.</translation>
    </message>
    <message>
        <source>GPU ROM file</source>
        <translation>GPU-ROM-Datei</translation>
    </message>
    <message>
        <source>ROM files (*.rom *.bin);;All files (*)</source>
        <translation>ROM-Dateien (*.rom *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <source>Fix &amp;Error 43</source>
        <translation>Fehler 43 &amp;beheben</translation>
    </message>
    <message>
        <source>Card and its IOMMU group</source>
        <translation>Karte und ihre IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>Can it go to the VM?</source>
        <translation>Kann sie an die VM gehen?</translation>
    </message>
    <message>
        <source>Choose with the mouse or the arrow keys: the selected card is the VM&apos;s. Every function of its slot (HDMI audio, USB) goes with it.</source>
        <translation>Wählen Sie mit der Maus oder den Pfeiltasten: Die gewählte Karte gehört der VM. Jede Funktion ihres Steckplatzes (HDMI-Audio, USB) geht mit.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Any 1-12 printable characters but &quot;Microsoft Hv&quot;.</source>
        <translation>Beliebige 1–12 druckbare Zeichen außer „Microsoft Hv“.</translation>
    </message>
    <message>
        <source>&amp;Vendor id:</source>
        <translation>Hersteller-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;ROM file:</source>
        <translation>&amp;ROM-Datei:</translation>
    </message>
    <message>
        <source>Error 43</source>
        <translation>Fehler 43</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the card the VM gets, with the mouse or the arrow keys. A card can go to a VM when its IOMMU group holds nothing else the host needs; the second column says why one cannot. The card the host shows its screen on is marked: giving it away leaves the host without a display.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fix Error 43&lt;/b&gt;: NVIDIA drivers before 465 stop with &quot;Error 43&quot; in a VM they recognise. The fix hides the VM from them; it does no harm with newer drivers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie mit der Maus oder den Pfeiltasten die Karte, die die VM bekommt. Eine Karte kann an eine VM gehen, wenn ihre IOMMU-Gruppe nichts anderes enthält, das der Host braucht; die zweite Spalte sagt, warum eine es nicht kann. Die Karte, auf der der Host seinen Bildschirm zeigt, ist markiert: Geben Sie sie ab, bleibt der Host ohne Anzeige.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fehler 43 beheben&lt;/b&gt;: NVIDIA-Treiber vor 465 brechen in einer VM, die sie erkennen, mit „Fehler 43“ ab. Die Korrektur verbirgt die VM vor ihnen; bei neueren Treibern schadet sie nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes, but it is the host&apos;s screen</source>
        <translation>ja, aber sie zeigt den Bildschirm des Hosts</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>A card whose IOMMU group holds devices the host uses is not offered. If you can do without them while the VM exists, confirm it here.</source>
        <translation>Eine Karte, deren IOMMU-Gruppe Geräte enthält, die der Host nutzt, wird nicht angeboten. Wenn Sie auf diese verzichten können, solange die VM besteht, bestätigen Sie es hier.</translation>
    </message>
    <message>
        <source>Pass a card the host needs</source>
        <translation>Eine Karte durchreichen, die der Host braucht</translation>
    </message>
    <message>
        <source>An IOMMU group goes to the VM whole: the host loses every device in it while the VM exists, and may be left without its screen, keyboard, disks or network.</source>
        <translation>Eine IOMMU-Gruppe geht vollständig an die VM: Der Host verliert jedes Gerät darin, solange die VM besteht, und steht womöglich ohne Bildschirm, Tastatur, Datenträger oder Netzwerk da.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <comment>button</comment>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Pass a card the host needs…</source>
        <comment>button</comment>
        <translation>Eine Karte, die der Host braucht, &amp;durchreichen…</translation>
    </message>
</context>
<context>
    <name>GpuStep</name>
    <message>
        <source>No GPU: the VM is shown in a window</source>
        <translation>Keine GPU: Die VM wird in einem Fenster gezeigt</translation>
    </message>
    <message>
        <source>The ROM file</source>
        <translation>Die ROM-Datei</translation>
    </message>
    <message>
        <source>Without a passed GPU there is no driver to hide the VM from.</source>
        <translation>Ohne durchgereichte GPU gibt es keinen Treiber, vor dem die VM zu verbergen wäre.</translation>
    </message>
    <message>
        <source>On: the guest sees the Hyper-V vendor id &quot;%1&quot; and no KVM signature. NVIDIA&apos;s drivers before 465 need this; from 465 on they run in a VM anyway, and the fix does no harm.</source>
        <translation>An: Der Gast sieht die Hyper-V-Hersteller-ID „%1“ und keine KVM-Signatur. NVIDIA-Treiber vor 465 brauchen das; ab 465 laufen sie ohnehin in einer VM, und die Korrektur schadet nicht.</translation>
    </message>
    <message>
        <source>Off: the guest sees that it runs under KVM. NVIDIA&apos;s drivers from 465 on accept that; older ones stop with Error 43.</source>
        <translation>Aus: Der Gast sieht, dass er unter KVM läuft. NVIDIA-Treiber ab 465 akzeptieren das; ältere brechen mit Fehler 43 ab.</translation>
    </message>
</context>
<context>
    <name>HostCheckPage</name>
    <message>
        <source>Host check</source>
        <translation>Host-Prüfung</translation>
    </message>
    <message>
        <source>Scanning the host…</source>
        <translation>Der Host wird untersucht …</translation>
    </message>
    <message>
        <source>What this machine offers for GPU passthrough, and what to fix first. Nothing is changed until the last page.</source>
        <translation>Was dieser Rechner für GPU-Passthrough bietet und was zuerst zu beheben ist. Bis zur letzten Seite wird nichts verändert.</translation>
    </message>
    <message>
        <source>Virtualisation</source>
        <translation>Virtualisierung</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>Hugepages</source>
        <translation>Hugepages</translation>
    </message>
    <message>
        <source>VT-x or AMD-V: without it the VM runs emulated and slow.</source>
        <translation>VT-x oder AMD-V: ohne läuft die VM emuliert und langsam.</translation>
    </message>
    <message>
        <source>VT-d or AMD-Vi with the kernel&apos;s IOMMU on: without it no device can be passed through.</source>
        <translation>VT-d oder AMD-Vi mit eingeschalteter IOMMU im Kernel: ohne lässt sich kein Gerät durchreichen.</translation>
    </message>
    <message>
        <source>A graphics card in an IOMMU group that can go to the guest whole.</source>
        <translation>Eine Grafikkarte in einer IOMMU-Gruppe, die ganz an den Gast gehen kann.</translation>
    </message>
    <message>
        <source>The libvirt daemon that will run the VM.</source>
        <translation>Der libvirt-Dienst, der die VM ausführen wird.</translation>
    </message>
    <message>
        <source>Large pages back the guest&apos;s memory with less overhead.</source>
        <translation>Große Seiten stellen den Speicher des Gastes mit weniger Aufwand bereit.</translation>
    </message>
    <message>
        <source>Where the VM is defined: qemu:///system for VMs that use host devices; qemu+ssh://host/system for another machine; test:///default to try things out.</source>
        <translation>Wo die VM definiert wird: qemu:///system für VMs mit Host-Geräten; qemu+ssh://host/system für einen anderen Rechner; test:///default zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Connect to this URI and report what happens.</source>
        <translation>Mit dieser URI verbinden und berichten, was geschieht.</translation>
    </message>
    <message>
        <source>The VM&apos;s name in libvirt and the name of the files written.</source>
        <translation>Der Name der VM in libvirt und der Name der geschriebenen Dateien.</translation>
    </message>
    <message>
        <source>Windows 10</source>
        <translation>Windows 10</translation>
    </message>
    <message>
        <source>Windows 11 (adds TPM 2.0 and Secure Boot)</source>
        <translation>Windows 11 (mit TPM 2.0 und Secure Boot)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows gets the Hyper-V enlightenments and the virtio-win driver ISO; Windows 11 also needs a TPM.</source>
        <translation>Windows erhält die Hyper-V-Erweiterungen und das virtio-win-Treiber-ISO; Windows 11 braucht außerdem ein TPM.</translation>
    </message>
    <message>
        <source>Start from a VM that exists: its settings fill the pages, everything else in it is kept.</source>
        <translation>Von einer vorhandenen VM ausgehen: Ihre Einstellungen füllen die Seiten, alles andere in ihr bleibt erhalten.</translation>
    </message>
    <message>
        <source>Click through the whole wizard on a sample machine (an i7-6700K with a GTX 1080) and libvirt&apos;s test driver: nothing on this computer is changed.</source>
        <translation>Den ganzen Assistenten an einem Beispielrechner (ein i7-6700K mit einer GTX 1080) und dem Testtreiber von libvirt durchklicken: An diesem Computer wird nichts verändert.</translation>
    </message>
    <message>
        <source>Scan details</source>
        <translation>Details der Erkennung</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The CPU does not show VT-x or AMD-V: turn virtualisation on in the firmware setup.</source>
        <translation>Die CPU zeigt weder VT-x noch AMD-V: die Virtualisierung im Firmware-Setup einschalten.</translation>
    </message>
    <message numerus="yes">
        <source>On, with %n IOMMU groups.</source>
        <translation>
            <numerusform>An, mit %n IOMMU-Gruppe.</numerusform>
            <numerusform>An, mit %n IOMMU-Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. Turn on VT-d/AMD-Vi in the firmware and add %1 to the kernel command line; the NixOS module this wizard writes adds it for you.</source>
        <translation>Aus. VT-d/AMD-Vi in der Firmware einschalten und %1 zur Kernel-Befehlszeile hinzufügen; das NixOS-Modul, das dieser Assistent schreibt, fügt es für Sie hinzu.</translation>
    </message>
    <message>
        <source>Can be passed through: %1.</source>
        <translation>Kann durchgereicht werden: %1.</translation>
    </message>
    <message>
        <source>No graphics card found. A VM without one can still be made.</source>
        <translation>Keine Grafikkarte gefunden. Eine VM ohne lässt sich trotzdem anlegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s) found; with the IOMMU off none can be passed yet.</source>
        <translation>
            <numerusform>%n Grafikkarte gefunden; bei ausgeschalteter IOMMU lässt sie sich noch nicht durchreichen.</numerusform>
            <numerusform>%n Grafikkarten gefunden; bei ausgeschalteter IOMMU lässt sich noch keine durchreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No graphics card sits in a group of its own; the GPU page says what shares it.</source>
        <translation>Keine Grafikkarte sitzt in einer eigenen Gruppe; die GPU-Seite sagt, was sie teilt.</translation>
    </message>
    <message>
        <source>2 MiB and 1 GiB pages are supported.</source>
        <translation>Seiten zu 2 MiB und 1 GiB werden unterstützt.</translation>
    </message>
    <message>
        <source>2 MiB pages are supported.</source>
        <translation>Seiten zu 2 MiB werden unterstützt.</translation>
    </message>
    <message>
        <source>The kernel offers no hugepages; the VM runs on normal pages.</source>
        <translation>Der Kernel bietet keine Hugepages; die VM läuft auf normalen Seiten.</translation>
    </message>
    <message>
        <source>This machine cannot pass a GPU through yet. The demo shows the whole way on a sample machine.</source>
        <translation>Dieser Rechner kann noch keine GPU durchreichen. Die Demo zeigt den ganzen Weg an einem Beispielrechner.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Reachable at %1.</source>
        <translation>Erreichbar unter %1.</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Editing %1 (%2). What the wizard does not show stays as it is; the review page shows every change before anything is written.</source>
        <translation>%1 wird bearbeitet (%2). Was der Assistent nicht zeigt, bleibt, wie es ist; die Übersichtsseite zeigt jede Änderung, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Open a domain XML file</source>
        <translation>Eine Domain-XML-Datei öffnen</translation>
    </message>
    <message>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation>Domain-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This build of VFIO Wizard cannot talk to libvirt.</source>
        <translation>Dieser Build des VFIO-Assistenten kann nicht mit libvirt sprechen.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <comment>button</comment>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Show the scan as &amp;text</source>
        <comment>button</comment>
        <translation>Untersuchung als &amp;Text zeigen</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Gast:</translation>
    </message>
    <message>
        <source>Your &amp;user:</source>
        <translation>Ihr &amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Open existing VM…</source>
        <comment>button</comment>
        <translation>&amp;Vorhandene VM öffnen…</translation>
    </message>
    <message>
        <source>A VM defined in libvirt…</source>
        <translation>Eine in libvirt definierte VM…</translation>
    </message>
    <message>
        <source>A domain XML file…</source>
        <translation>Eine Domain-XML-Datei…</translation>
    </message>
    <message>
        <source>The CPU, memory, IOMMU groups, GPUs, network and storage the scan found, as text to copy.</source>
        <translation>CPU, Arbeitsspeicher, IOMMU-Gruppen, GPUs, Netzwerk und Speicher, die die Untersuchung gefunden hat, als Text zum Kopieren.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist says whether this machine can pass a GPU to a VM, and what to fix first. A red row blocks passthrough; the wizard&apos;s NixOS module fixes most of them at the next boot (the IOMMU, vfio-pci, hugepages).&lt;/p&gt;&lt;p&gt;Give the VM a name and choose the guest. &lt;b&gt;Open existing VM&lt;/b&gt; edits a VM you already have instead: only what you change on the pages is written into it.&lt;/p&gt;&lt;p&gt;No passthrough hardware? &lt;b&gt;Try the demo&lt;/b&gt; walks the whole way on a sample machine without touching this one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Prüfliste sagt, ob dieser Rechner eine GPU an eine VM durchreichen kann und was zuerst zu beheben ist. Eine rote Zeile blockiert das Passthrough; das NixOS-Modul des Assistenten behebt das meiste davon beim nächsten Booten (IOMMU, vfio-pci, Hugepages).&lt;/p&gt;&lt;p&gt;Geben Sie der VM einen Namen und wählen Sie den Gast. &lt;b&gt;Vorhandene VM öffnen&lt;/b&gt; bearbeitet stattdessen eine VM, die Sie schon haben: Nur was Sie auf den Seiten ändern, wird in sie geschrieben.&lt;/p&gt;&lt;p&gt;Keine Hardware für Passthrough? &lt;b&gt;Demo ausprobieren&lt;/b&gt; geht den ganzen Weg an einem Beispielrechner, ohne diesen anzutasten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <comment>button</comment>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>VM na&amp;me:</source>
        <translation>VM-Na&amp;me:</translation>
    </message>
    <message>
        <source>libvirt U&amp;RI:</source>
        <translation>libvirt-U&amp;RI:</translation>
    </message>
    <message>
        <source>The NixOS module adds this user to the libvirtd group, so you manage VMs without root (in virt-manager, say).</source>
        <translation>Das NixOS-Modul nimmt diesen Benutzer in die Gruppe libvirtd auf, damit Sie VMs ohne root verwalten (etwa in virt-manager).</translation>
    </message>
    <message>
        <source>An opened VM keeps its name: rename it in virt-manager while it is shut off.</source>
        <translation>Eine geöffnete VM behält ihren Namen: benennen Sie sie in virt-manager um, solange sie ausgeschaltet ist.</translation>
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
    <message>
        <source>/sys/bus/pci/devices/%1/iommu_group: names group %2, which %3 does not list it in</source>
        <translation>/sys/bus/pci/devices/%1/iommu_group: nennt Gruppe %2, in der %3 das Gerät nicht führt</translation>
    </message>
</context>
<context>
    <name>HostStep</name>
    <message>
        <source>This is the demo: a sample host (the article&apos;s i7-6700K with a GTX 1080) and libvirt&apos;s test driver. Nothing on this machine is scanned or changed, except the files Apply writes.</source>
        <translation>Dies ist die Demo: ein Beispiel-Host (der i7-6700K mit GTX 1080 aus dem Artikel) und der Testtreiber von libvirt. Auf diesem Rechner wird nichts untersucht oder geändert, außer den Dateien, die „Anwenden“ schreibt.</translation>
    </message>
    <message>
        <source>An opened VM keeps its name, %1: to rename it, do so in virt-manager (while it is shut off) or in its XML file, then open it again.</source>
        <translation>Eine geöffnete VM behält ihren Namen %1: Benennen Sie sie in virt-manager um (solange sie ausgeschaltet ist) oder in ihrer XML-Datei, und öffnen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>HostTreeArchive</name>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: das Verzeichnis lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the host tree archive cannot be read: %1</source>
        <translation>das Archiv des Host-Baums kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the host tree archive is broken after %1 entries: %2</source>
        <translation>das Archiv des Host-Baums ist nach %1 Einträgen beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: not a file, directory or link in a host tree archive</source>
        <translation>%1: weder Datei noch Verzeichnis noch Verknüpfung in einem Archiv eines Host-Baums</translation>
    </message>
    <message>
        <source>%1: a hard link in a host tree archive</source>
        <translation>%1: eine harte Verknüpfung in einem Archiv eines Host-Baums</translation>
    </message>
    <message>
        <source>%1: unsafe path in the host tree archive</source>
        <translation>%1: unsicherer Pfad im Archiv des Host-Baums</translation>
    </message>
    <message>
        <source>%1: unsafe link to %2 in the host tree archive (it leaves the tree)</source>
        <translation>%1: unsichere Verknüpfung auf %2 im Archiv des Host-Baums (sie verlässt den Baum)</translation>
    </message>
    <message>
        <source>%1: unsafe or unwritable entry: %2</source>
        <translation>%1: unsicherer oder nicht schreibbarer Eintrag: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the archive ends inside the file: %2</source>
        <translation>%1: das Archiv endet mitten in der Datei: %2</translation>
    </message>
    <message>
        <source>the host tree archive is empty</source>
        <translation>das Archiv des Host-Baums ist leer</translation>
    </message>
    <message>
        <source>the host tree archive is cut short or damaged: %1</source>
        <translation>das Archiv des Host-Baums ist abgeschnitten oder beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>HostUseGuard</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the host&apos;s boot console</source>
        <translation>der Boot-Konsole des Hosts</translation>
    </message>
    <message>
        <source>the host&apos;s display on %1</source>
        <translation>der Anzeige des Hosts an %1</translation>
    </message>
    <message>
        <source>your keyboard (%1)</source>
        <translation>Ihrer Tastatur (%1)</translation>
    </message>
    <message>
        <source>your mouse (%1)</source>
        <translation>Ihrer Maus (%1)</translation>
    </message>
    <message>
        <source>the default route (%1)</source>
        <translation>der Standardroute (%1)</translation>
    </message>
    <message>
        <source>the default route (%1 through %2)</source>
        <translation>der Standardroute (%1 über %2)</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>Platte %1</translation>
    </message>
    <message>
        <source>disk %1 (%2)</source>
        <translation>Platte %1 (%2)</translation>
    </message>
    <message>
        <source>the GPU %1</source>
        <translation>die GPU %1</translation>
    </message>
    <message>
        <source>the SATA controller %1</source>
        <translation>den SATA-Controller %1</translation>
    </message>
    <message>
        <source>the NVMe controller %1</source>
        <translation>den NVMe-Controller %1</translation>
    </message>
    <message>
        <source>the storage controller %1</source>
        <translation>den Speicher-Controller %1</translation>
    </message>
    <message>
        <source>the USB controller %1</source>
        <translation>den USB-Controller %1</translation>
    </message>
    <message>
        <source>the NIC %1</source>
        <translation>die Netzwerkkarte %1</translation>
    </message>
    <message>
        <source>the device %1</source>
        <translation>das Gerät %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>The VM takes %1, which the host uses: allowed explicitly, the host loses %2.</source>
        <translation>Die VM bekommt %1, das der Host nutzt: ausdrücklich erlaubt, der Host verliert %2.</translation>
    </message>
    <message>
        <source>%1: the host needs it, and a VM writing to it would destroy it. Choose a free disk, a zvol, a logical volume or an image file; or, if the host can truly do without it, allow it explicitly (--allow-host-use %2).</source>
        <translation>%1: Der Host braucht das Gerät, und eine VM, die darauf schreibt, würde zerstören, was darauf liegt. Wählen Sie eine freie Platte, ein zvol, ein logisches Volume oder eine Abbilddatei; oder, wenn der Host wirklich ohne es auskommt, erlauben Sie es ausdrücklich (--allow-host-use %2).</translation>
    </message>
    <message>
        <source>The VM takes %1 (allowed explicitly): the host loses %2.</source>
        <translation>Die VM bekommt %1 (ausdrücklich erlaubt): Der Host verliert %2.</translation>
    </message>
    <message>
        <source>IOMMU group %1 goes to the VM whole, and the host would lose %2</source>
        <translation>IOMMU-Gruppe %1 geht nur ganz an die VM, und der Host verlöre %2</translation>
    </message>
    <message>
        <source>the host would lose %1</source>
        <translation>der Host verlöre %1</translation>
    </message>
    <message>
        <source>connect the host&apos;s monitor to another GPU (or the board&apos;s video output) and make that one the boot GPU in the firmware setup</source>
        <translation>schließen Sie den Monitor des Hosts an eine andere GPU (oder den Videoausgang der Hauptplatine) an und machen Sie diese in der Firmware-Einrichtung zur Boot-GPU</translation>
    </message>
    <message>
        <source>plug your keyboard and mouse into a port of another USB controller</source>
        <translation>stecken Sie Tastatur und Maus an einen Anschluss eines anderen USB-Controllers</translation>
    </message>
    <message>
        <source>move the card to another slot (one wired to the CPU usually has an IOMMU group of its own)</source>
        <translation>stecken Sie die Karte in einen anderen Steckplatz (einer, der an der CPU hängt, hat meist eine eigene IOMMU-Gruppe)</translation>
    </message>
    <message>
        <source>look in the firmware setup for an ACS or IOMMU grouping option</source>
        <translation>suchen Sie in der Firmware-Einrichtung eine Einstellung für ACS oder die IOMMU-Gruppierung</translation>
    </message>
    <message>
        <source>the ACS override patch splits the group, at the cost of the isolation between its devices (each could then reach the others&apos; memory)</source>
        <translation>der ACS-Override-Patch teilt die Gruppe, auf Kosten der Isolation zwischen ihren Geräten (jedes könnte dann auf den Speicher der anderen zugreifen)</translation>
    </message>
    <message>
        <source>if the host can truly do without them, allow each explicitly (--allow-host-use %1)</source>
        <translation>wenn der Host wirklich ohne sie auskommt, erlauben Sie jedes ausdrücklich (--allow-host-use %1)</translation>
    </message>
    <message>
        <source>%1 cannot go to the VM: %2. Ways out: %3.</source>
        <translation>%1 kann nicht an die VM gehen: %2. Auswege: %3.</translation>
    </message>
    <message>
        <source>ZFS pool %1</source>
        <translation>ZFS-Pool %1</translation>
    </message>
    <message>
        <source>ZFS pool %1 (%2)</source>
        <translation>ZFS-Pool %1 (%2)</translation>
    </message>
    <message>
        <source>swap %1</source>
        <translation>Auslagerung %1</translation>
    </message>
</context>
<context>
    <name>HostUseScanner</name>
    <message>
        <source>/proc/self/mountinfo and /proc/mounts: missing, so no disk is known to hold the host&apos;s file systems</source>
        <translation>/proc/self/mountinfo und /proc/mounts: fehlen, daher ist von keiner Platte bekannt, dass sie Dateisysteme des Hosts enthält</translation>
    </message>
    <message>
        <source>/proc/swaps: missing, so no disk is known to hold the host&apos;s swap</source>
        <translation>/proc/swaps: fehlt, daher ist von keiner Platte bekannt, dass sie Auslagerungsspeicher des Hosts enthält</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <source>The host&apos;s &amp;keyboard and mouse, switched with both Ctrl keys</source>
        <translation>&amp;Tastatur und Maus des Hosts, umgeschaltet mit beiden Strg-Tasten</translation>
    </message>
    <message>
        <source>A whole &amp;USB controller, with what is plugged into it</source>
        <translation>Ein ganzer &amp;USB-Controller, mit allem, was daran angeschlossen ist</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>The VM shows on the passed GPU&apos;s monitor, not in a window: it needs a keyboard and mouse of its own.</source>
        <translation>Die VM erscheint auf dem Monitor der durchgereichten GPU, nicht in einem Fenster: Die VM braucht eine eigene Tastatur und Maus.</translation>
    </message>
    <message>
        <source>While the VM runs it takes these devices; pressing both Ctrl keys hands them back to the host and again to the VM.</source>
        <translation>Solange die VM läuft, übernimmt sie diese Geräte; ein Druck auf beide Strg-Tasten gibt sie an den Host zurück und wieder an die VM.</translation>
    </message>
    <message>
        <source>The keyboards and mice under /dev/input/by-id; tick the ones the VM takes.</source>
        <translation>Die Tastaturen und Mäuse unter /dev/input/by-id; haken Sie die an, die die VM übernimmt.</translation>
    </message>
    <message>
        <source>Keyboards and mice</source>
        <translation>Tastaturen und Mäuse</translation>
    </message>
    <message>
        <source>The controller&apos;s ports belong to the VM while it runs: plug a spare keyboard and mouse in there.</source>
        <translation>Die Anschlüsse des Controllers gehören der VM, solange sie läuft: Stecken Sie dort eine zusätzliche Tastatur und Maus ein.</translation>
    </message>
    <message>
        <source>USB controllers whose IOMMU group the VM can take whole.</source>
        <translation>USB-Controller, deren IOMMU-Gruppe die VM ganz übernehmen kann.</translation>
    </message>
    <message>
        <source>USB controller</source>
        <translation>USB-Controller</translation>
    </message>
    <message>
        <source>&lt;p&gt;With a passed-through GPU the VM has no window on the host: its picture goes to the monitor on the GPU. The VM then takes the host&apos;s keyboard and mouse while it runs; press &lt;b&gt;both Ctrl keys&lt;/b&gt; to switch them between the host and the VM.&lt;/p&gt;&lt;p&gt;Instead, a whole USB controller can go to the VM with a second keyboard and mouse plugged into it, if its IOMMU group holds nothing else.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit einer durchgereichten GPU hat die VM kein Fenster auf dem Host: Das Bild der VM geht an den Monitor an der GPU. Solange sie läuft, übernimmt die VM dann Tastatur und Maus des Hosts; drücken Sie &lt;b&gt;beide Strg-Tasten&lt;/b&gt;, um sie zwischen Host und VM umzuschalten.&lt;/p&gt;&lt;p&gt;Stattdessen kann ein ganzer USB-Controller an die VM gehen, mit einer zweiten Tastatur und Maus daran, wenn seine IOMMU-Gruppe sonst nichts enthält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No GPU is passed through: the VM is shown in a window on the host, with the host&apos;s keyboard and mouse. Nothing to choose here.</source>
        <translation>Keine GPU wird durchgereicht: Die VM erscheint in einem Fenster auf dem Host, mit Tastatur und Maus des Hosts. Hier gibt es nichts zu wählen.</translation>
    </message>
    <message>
        <source>Keyboard: %1</source>
        <translation>Tastatur: %1</translation>
    </message>
    <message>
        <source>Mouse: %1</source>
        <translation>Maus: %1</translation>
    </message>
    <message>
        <source>(no keyboard or mouse found under /dev/input/by-id)</source>
        <translation>(keine Tastatur oder Maus unter /dev/input/by-id gefunden)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>N&amp;one (a remote desktop only)</source>
        <translation>K&amp;eine (nur Remote-Desktop)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Not offered:&lt;br&gt;%1</source>
        <translation>Nicht angeboten:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>The VM is shown in a window: it uses the host&apos;s keyboard and mouse there.</source>
        <translation>Die VM erscheint in einem Fenster: Sie nutzt dort die Tastatur und Maus des Hosts.</translation>
    </message>
</context>
<context>
    <name>InputPlanner</name>
    <message>
        <source>%1 is not a USB controller of this host.</source>
        <translation>%1 ist kein USB-Controller dieses Hosts.</translation>
    </message>
    <message>
        <source>The IOMMU is off: no USB controller can be passed through.</source>
        <translation>Die IOMMU ist aus: Kein USB-Controller lässt sich durchreichen.</translation>
    </message>
    <message>
        <source>%1 is in no IOMMU group.</source>
        <translation>%1 gehört zu keiner IOMMU-Gruppe.</translation>
    </message>
    <message>
        <source>The USB controller %1 goes to the VM with whatever is plugged into it: plug a keyboard and mouse in for the guest.</source>
        <translation>Der USB-Controller %1 geht mit allem, was an ihm steckt, an die VM: Stecken Sie dort Tastatur und Maus für den Gast ein.</translation>
    </message>
    <message>
        <source>Without a passed-through GPU the VM is shown in a window, with the mouse as a tablet.</source>
        <translation>Ohne durchgereichte GPU erscheint die VM in einem Fenster, mit der Maus als Tablett.</translation>
    </message>
    <message>
        <source>%1 is not among this host&apos;s keyboards and mice (/dev/input/by-id).</source>
        <translation>%1 gehört nicht zu den Tastaturen und Mäusen dieses Hosts (/dev/input/by-id).</translation>
    </message>
    <message>
        <source>No keyboard or mouse found under /dev/input/by-id: the VM, shown on the passed GPU, would have no input. Plug them in and scan again, or pass a USB controller.</source>
        <translation>Keine Tastatur oder Maus unter /dev/input/by-id gefunden: Die VM, die auf der durchgereichten GPU erscheint, hätte keine Eingabe. Stecken Sie sie ein und untersuchen Sie erneut, oder reichen Sie einen USB-Controller durch.</translation>
    </message>
    <message>
        <source>The VM takes your keyboard and mouse while it runs: press both Ctrl keys to switch them between the host and the VM.</source>
        <translation>Die VM übernimmt Tastatur und Maus, solange sie läuft: Drücken Sie beide Strg-Tasten, um zwischen Host und VM umzuschalten.</translation>
    </message>
    <message>
        <source>The VM takes your keyboard while it runs (press both Ctrl keys to switch it between the host and the VM); it gets no mouse.</source>
        <translation>Die VM übernimmt Ihre Tastatur, solange sie läuft (beide Strg-Tasten schalten sie zwischen Host und VM um); eine Maus bekommt sie nicht.</translation>
    </message>
    <message>
        <source>The VM gets your mouse but no keyboard: nothing switches the mouse back to the host while the VM runs, except stopping the VM.</source>
        <translation>Die VM bekommt Ihre Maus, aber keine Tastatur: Solange die VM läuft, gibt nichts außer dem Anhalten der VM die Maus an den Host zurück.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>IOMMU group %1 also holds %2, which the host would lose with the controller (a group goes to a VM whole). A USB card in a slot with an IOMMU group of its own can go instead; the host&apos;s keyboard and mouse, switched with both Ctrl keys, work meanwhile.</source>
        <translation>Die IOMMU-Gruppe %1 enthält auch %2, die der Host mit dem Controller verlöre (eine Gruppe geht nur ganz an eine VM). Eine USB-Karte in einem Steckplatz mit eigener IOMMU-Gruppe kann stattdessen gehen; bis dahin dienen Tastatur und Maus des Hosts, umgeschaltet mit beiden Strg-Tasten.</translation>
    </message>
</context>
<context>
    <name>InputStep</name>
    <message>
        <source>No keyboard or mouse chosen: the VM, shown on the passed GPU, can be used only through a remote desktop.</source>
        <translation>Keine Tastatur oder Maus gewählt: Die VM, die auf der durchgereichten GPU erscheint, ist nur über einen Remote-Desktop bedienbar.</translation>
    </message>
</context>
<context>
    <name>KvmAccess</name>
    <message>
        <source>VT-x (vmx)</source>
        <translation>VT-x (vmx)</translation>
    </message>
    <message>
        <source>AMD-V (svm)</source>
        <translation>AMD-V (svm)</translation>
    </message>
    <message>
        <source>KVM through %1</source>
        <translation>KVM über %1</translation>
    </message>
    <message>
        <source>KVM through the paravirtual module %1 (the CPU shows no VT-x or AMD-V)</source>
        <translation>KVM über das paravirtuelle Modul %1 (die CPU zeigt weder VT-x noch AMD-V)</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>, /dev/kvm open to QEMU&apos;s user %1</source>
        <translation>, /dev/kvm für QEMUs Benutzer %1 zugänglich</translation>
    </message>
    <message>
        <source>; this host is itself a VM, and nested KVM may refuse host-passthrough (test-boot then runs the copy under TCG)</source>
        <translation>; dieser Host ist selbst eine VM, und verschachteltes KVM lehnt host-passthrough womöglich ab (test-boot startet die Kopie dann unter TCG)</translation>
    </message>
    <message>
        <source>/dev/kvm is %1:%2 %3, which QEMU&apos;s user %4 cannot open, and libvirt then hangs probing QEMU. Give /dev/kvm the group kvm and mode 0660, as Debian&apos;s udev rule does, and put %4 in the kvm group; on NixOS virtualisation.libvirtd does it</source>
        <translation>/dev/kvm ist %1:%2 %3, was QEMUs Benutzer %4 nicht öffnen kann, und libvirt hängt dann beim Prüfen von QEMU. Geben Sie /dev/kvm die Gruppe kvm und den Modus 0660, wie es die udev-Regel von Debian tut, und nehmen Sie %4 in die Gruppe kvm auf; unter NixOS erledigt das virtualisation.libvirtd</translation>
    </message>
    <message>
        <source>KVM is loaded (%1), but there is no /dev/kvm: in a container, pass the device in</source>
        <translation>KVM ist geladen (%1), aber es gibt kein /dev/kvm: in einem Container das Gerät hineinreichen</translation>
    </message>
    <message>
        <source>%1, but no KVM module is loaded: load %2 (on NixOS, boot.kernelModules = [ &quot;%3&quot; ])</source>
        <translation>%1, aber kein KVM-Modul ist geladen: %2 laden (unter NixOS boot.kernelModules = [ &quot;%3&quot; ])</translation>
    </message>
    <message>
        <source>libvirt on that host offers no KVM guests: /dev/kvm is missing there, or QEMU&apos;s user cannot open it</source>
        <translation>libvirt auf jenem Host bietet keine KVM-Gäste: Dort fehlt /dev/kvm, oder QEMUs Benutzer kann es nicht öffnen</translation>
    </message>
    <message>
        <source>none, enable it in the firmware setup</source>
        <translation>keine, im Firmware-Setup einschalten</translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message>
        <source>%1: libvirt failed without saying why</source>
        <translation>%1: libvirt ist gescheitert, ohne den Grund zu nennen</translation>
    </message>
    <message>
        <source>%1: permission denied. Your user must be in the libvirtd group (log in again after joining it), or use qemu:///session for VMs of your own. (%2)</source>
        <translation>%1: Zugriff verweigert. Ihr Benutzer muss in der Gruppe libvirtd sein (nach dem Beitritt neu anmelden), oder nutzen Sie qemu:///session für eigene VMs. (%2)</translation>
    </message>
    <message>
        <source>%1: the remote host does not answer: %2</source>
        <translation>%1: der entfernte Host antwortet nicht: %2</translation>
    </message>
    <message>
        <source>%1: libvirt is not running. (%2)</source>
        <translation>%1: libvirt läuft nicht. (%2)</translation>
    </message>
    <message>
        <source>%1: no such domain (%2)</source>
        <translation>%1: keine solche Domain (%2)</translation>
    </message>
    <message>
        <source>%1: the name or UUID is taken by another domain; choose another name. (%2)</source>
        <translation>%1: Name oder UUID gehört schon einer anderen Domain; wählen Sie einen anderen Namen. (%2)</translation>
    </message>
    <message>
        <source>listing domains on %1</source>
        <translation>Auflisten der Domains auf %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source>defining the domain on %1</source>
        <translation>Definieren der Domain auf %1</translation>
    </message>
    <message>
        <source>undefining %1</source>
        <translation>Entfernen der Definition von %1</translation>
    </message>
    <message>
        <source>starting the test copy on %1</source>
        <translation>Starten der Testkopie auf %1</translation>
    </message>
    <message>
        <source>stopping %1</source>
        <translation>Anhalten von %1</translation>
    </message>
    <message>
        <source>asking QEMU of %1</source>
        <translation>Anfrage an QEMU von %1</translation>
    </message>
    <message>
        <source>reading the pins of %1</source>
        <translation>Lesen des Pinnings von %1</translation>
    </message>
    <message>
        <source>reading the capabilities of %1</source>
        <translation>Lesen der Fähigkeiten von %1</translation>
    </message>
    <message>
        <source>listing the devices of %1</source>
        <translation>Auflisten der Geräte von %1</translation>
    </message>
    <message>
        <source>%1: not asked, libvirtd at %2 did not answer %3 before</source>
        <translation>%1: nicht angefragt, libvirtd auf %2 hat zuvor nicht auf %3 geantwortet</translation>
    </message>
    <message>
        <source>the list of domains</source>
        <translation>die Liste der Domänen</translation>
    </message>
    <message>
        <source>the lookup of %1</source>
        <translation>die Suche nach %1</translation>
    </message>
    <message>
        <source>the definition of %1</source>
        <translation>die Definition von %1</translation>
    </message>
    <message>
        <source>define</source>
        <translation>die Definition</translation>
    </message>
    <message>
        <source>the removal of %1</source>
        <translation>das Entfernen von %1</translation>
    </message>
    <message>
        <source>the start of %1</source>
        <translation>den Start von %1</translation>
    </message>
    <message>
        <source>the stop of %1</source>
        <translation>das Anhalten von %1</translation>
    </message>
    <message>
        <source>a QEMU monitor command for %1</source>
        <translation>einen QEMU-Monitorbefehl für %1</translation>
    </message>
    <message>
        <source>the pins of %1</source>
        <translation>die Pins von %1</translation>
    </message>
    <message>
        <source>the capabilities</source>
        <translation>die Fähigkeiten</translation>
    </message>
    <message>
        <source>the list of devices</source>
        <translation>die Liste der Geräte</translation>
    </message>
    <message>
        <source>the free hugepages</source>
        <translation>die freien Hugepages</translation>
    </message>
    <message>
        <source>reading the free hugepages of %1</source>
        <translation>Lesen der freien Hugepages von %1</translation>
    </message>
    <message>
        <source>Whether the definition was stored is unknown: look for the VM in virt-manager once the daemon answers.</source>
        <translation>Ob die Definition gespeichert wurde, ist unbekannt: sehen Sie in virt-manager nach der VM, sobald der Dienst antwortet.</translation>
    </message>
    <message>
        <source>%1 may still start: if it does, force it off in virt-manager.</source>
        <translation>%1 startet womöglich noch: schalten Sie sie dann in virt-manager hart aus.</translation>
    </message>
    <message>
        <source>libvirtd at %1 did not answer %2 within %3 s. A daemon that cannot use /dev/kvm may keep re-probing QEMU and never answer (the host scan says whether QEMU&apos;s user can open it); the libvirtd service&apos;s log says what it is doing.</source>
        <translation>libvirtd unter %1 hat %2 nicht binnen %3 s beantwortet. Ein Dienst, der /dev/kvm nicht nutzen kann, prüft QEMU womöglich immer wieder und antwortet nie (die Host-Prüfung sagt, ob QEMUs Benutzer es öffnen kann); das Protokoll des libvirtd-Dienstes sagt, was er tut.</translation>
    </message>
    <message>
        <source>libvirtd at %1 did not answer the connection within %2 s: is it stuck? The libvirtd service&apos;s log says what it is doing.</source>
        <translation>libvirtd unter %1 hat die Verbindung nicht binnen %2 s beantwortet: hängt der Dienst? Das Protokoll des libvirtd-Dienstes sagt, was er tut.</translation>
    </message>
    <message>
        <source>%1: libvirtd is not running. Start its service (on NixOS: virtualisation.libvirtd.enable = true, which the wizard&apos;s module sets). (%2)</source>
        <translation>%1: libvirtd läuft nicht. Starten Sie den Dienst (unter NixOS: virtualisation.libvirtd.enable = true, was das Modul des Assistenten setzt). (%2)</translation>
    </message>
    <message>
        <source>%1: the connection to libvirtd was lost in the middle of the call (did the daemon stop or crash?). Check that its service runs, then run the same step again: it is safe to repeat. (%2)</source>
        <translation>%1: die Verbindung zu libvirtd ist mitten im Aufruf abgerissen (wurde der Dienst beendet oder ist er abgestürzt?). Prüfen Sie, dass der Dienst läuft, und führen Sie denselben Schritt erneut aus: das ist gefahrlos. (%2)</translation>
    </message>
</context>
<context>
    <name>LibvirtHostSource</name>
    <message>
        <source>libvirt: boot VGA, reset support, bridges and rotational disks are not known through libvirt</source>
        <translation>libvirt: Boot-VGA, Reset-Fähigkeit, Bridges und drehende Platten sind über libvirt nicht bekannt</translation>
    </message>
    <message>
        <source>libvirt: the capabilities list no L3 caches; the scan knows no L3 domains</source>
        <translation>libvirt: Die Fähigkeiten nennen keine L3-Caches; die Untersuchung kennt keine L3-Bereiche</translation>
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>The guest starts with %1 of its %2 vCPUs: the current allocation does not follow the maximum, and the guest never sees the rest.</source>
        <translation>Der Gast startet mit %1 seiner %2 vCPUs: Die aktuelle Zuteilung folgt dem Maximum nicht, und den Rest sieht der Gast nie.</translation>
    </message>
    <message>
        <source>%1 sockets: Windows desktop editions use at most two sockets and schedule poorly across them. One socket with cores and threads is what the host has.</source>
        <translation>%1 Sockel: Desktop-Ausgaben von Windows nutzen höchstens zwei Sockel und verteilen schlecht über sie. Ein Sockel mit Kernen und Threads ist das, was der Host hat.</translation>
    </message>
    <message>
        <source>CPU mode %1: the guest does not see the host&apos;s CPU as it is (features, caches), which costs performance and confuses some games&apos; checks.</source>
        <translation>CPU-Modus %1: Der Gast sieht die CPU des Hosts nicht, wie sie ist (Merkmale, Caches); das kostet Leistung und verwirrt die Prüfungen mancher Spiele.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Vorgabe)</translation>
    </message>
    <message>
        <source>An AMD host without topoext in the guest: the guest cannot see SMT threads and treats each as a core.</source>
        <translation>Ein AMD-Host ohne topoext im Gast: Der Gast sieht keine SMT-Threads und hält jeden für einen Kern.</translation>
    </message>
    <message>
        <source>The vCPUs are not pinned: the host scheduler moves them between cores, losing cache and adding latency.</source>
        <translation>Die vCPUs sind nicht festgepinnt: Der Scheduler des Hosts schiebt sie zwischen Kernen hin und her, verliert Cache-Inhalte und erhöht die Latenz.</translation>
    </message>
    <message>
        <source>vCPUs %1 and %2 share a core in the guest but run on different host cores (%3, %4): the guest&apos;s SMT scheduling works against the host.</source>
        <translation>Die vCPUs %1 und %2 teilen im Gast einen Kern, laufen aber auf verschiedenen Host-Kernen (%3, %4): Das SMT-Scheduling des Gasts arbeitet gegen den Host.</translation>
    </message>
    <message>
        <source>The guest sees separate cores, but some of its vCPUs are SMT siblings on the host: the topology does not match the pins.</source>
        <translation>Der Gast sieht getrennte Kerne, aber einige seiner vCPUs sind auf dem Host SMT-Geschwister: Die Topologie passt nicht zum Pinning.</translation>
    </message>
    <message>
        <source>The vCPUs run on host CPUs %1, which span more than one L3 cache or NUMA node.</source>
        <translation>Die vCPUs laufen auf den Host-CPUs %1, die sich über mehr als einen L3-Cache oder NUMA-Knoten erstrecken.</translation>
    </message>
    <message>
        <source>QEMU&apos;s emulator threads are not pinned: they run on the vCPUs&apos; host threads.</source>
        <translation>Die Emulator-Threads von QEMU sind nicht festgepinnt: Sie laufen auf den Host-Threads der vCPUs.</translation>
    </message>
    <message>
        <source>QEMU&apos;s emulator threads share host CPUs with vCPUs.</source>
        <translation>Die Emulator-Threads von QEMU teilen sich Host-CPUs mit vCPUs.</translation>
    </message>
    <message>
        <source>The guest&apos;s memory is in 4 KiB pages: hugepages cut the cost of address translation.</source>
        <translation>Der Speicher des Gasts liegt in 4-KiB-Seiten: Hugepages senken die Kosten der Adressübersetzung.</translation>
    </message>
    <message>
        <source>A memory balloon with hugepages or passed-through devices cannot give memory back and only costs: remove it.</source>
        <translation>Ein Speicher-Ballon kann bei Hugepages oder durchgereichten Geräten keinen Speicher zurückgeben und kostet nur: Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The domain wants %1 MiB in hugepages of %2 KiB, but the host reserves %3 MiB of them: the VM will not start. Reserve them at boot (the NixOS module&apos;s hugepages= does).</source>
        <translation>Die Domain will %1 MiB in Hugepages zu %2 KiB, der Host reserviert aber %3 MiB davon: Die VM startet nicht. Reservieren Sie sie beim Booten (das hugepages= des NixOS-Moduls tut es).</translation>
    </message>
    <message>
        <source>NIC model %1 is an emulated card: virtio has far less overhead (the driver is on the virtio-win ISO).</source>
        <translation>Das Netzwerkkartenmodell %1 ist eine emulierte Karte: virtio hat weit weniger Aufwand (der Treiber liegt auf dem virtio-win-ISO).</translation>
    </message>
    <message>
        <source>The VM is behind NAT although bridge %1 is there: on the bridge it is reachable from the LAN without port forwarding.</source>
        <translation>Die VM sitzt hinter NAT, obwohl die Bridge %1 da ist: An der Bridge ist sie ohne Portweiterleitung aus dem LAN erreichbar.</translation>
    </message>
    <message>
        <source>(default: writeback)</source>
        <translation>(Vorgabe: writeback)</translation>
    </message>
    <message>
        <source>No virtio disk yet: add a small one so Windows installs the virtio driver, then the boot disk can move to virtio.</source>
        <translation>Noch keine virtio-Platte: Fügen Sie eine kleine hinzu, damit Windows den virtio-Treiber installiert; danach kann die Boot-Platte auf virtio umziehen.</translation>
    </message>
    <message>
        <source>Windows runs better with the Hyper-V enlightenments; missing: %1.</source>
        <translation>Windows läuft mit den Hyper-V-Erweiterungen besser; es fehlen: %1.</translation>
    </message>
    <message>
        <source>%1 is passed without %2: the functions of one card go to the guest together.</source>
        <translation>%1 wird ohne %2 durchgereicht: Die Funktionen einer Karte gehören zusammen in den Gast.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU without the Error 43 fix: drivers before 465 refuse to run in a VM they recognise. (Newer drivers do not need it.)</source>
        <translation>Eine NVIDIA-GPU ohne die Fehler-43-Korrektur: Treiber vor 465 verweigern den Dienst in einer erkannten VM. (Neuere Treiber brauchen sie nicht.)</translation>
    </message>
    <message>
        <source>IOMMU group %1 is not passed whole: %2 stay with the host, and the VM will not start (or the host loses them anyway).</source>
        <translation>IOMMU-Gruppe %1 wird nicht ganz durchgereicht: %2 bleiben beim Host, und die VM startet nicht (oder der Host verliert sie trotzdem).</translation>
    </message>
    <message>
        <source>Pool %1 behind disk %2 is scrubbing: every disk of the pool is busy, and the VM waits behind it until the scrub ends (zpool scrub -p %1 pauses it).</source>
        <translation>Der Pool %1 hinter der Platte %2 scrubbt gerade: Jede Platte des Pools ist beschäftigt, und die VM wartet dahinter, bis der Scrub endet (zpool scrub -p %1 hält ihn an).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fix bridge: the host has no bridge with a physical port</source>
        <translation>Korrektur bridge: Der Host hat keine Bridge mit physischem Port</translation>
    </message>
    <message>
        <source>The NIC is a macvtap device on %1: the VM reaches the LAN, but the host and the VM cannot reach each other. A bridge connects all three.</source>
        <translation>Die Netzwerkkarte ist ein macvtap-Gerät auf %1: Die VM erreicht das LAN, aber Host und VM erreichen einander nicht. Eine Bridge verbindet alle drei.</translation>
    </message>
    <message>
        <source>An emulated %1 graphics card beside the passed-through GPU: Windows may make it the primary display, and games then start on a screen nobody sees. Keep it only until the GPU driver is installed.</source>
        <translation>Eine emulierte %1-Grafikkarte neben der durchgereichten GPU: Windows macht sie womöglich zur Hauptanzeige, und Spiele starten dann auf einem Bildschirm, den niemand sieht. Behalten Sie sie nur, bis der GPU-Treiber installiert ist.</translation>
    </message>
    <message>
        <source>The functions of %1 are not one multifunction device in the guest as on the card: some drivers (NVIDIA&apos;s HDMI audio among them) look for them on the same slot.</source>
        <translation>Die Funktionen von %1 sind im Gast kein Multifunktionsgerät wie auf der Karte: Manche Treiber (darunter NVIDIAs HDMI-Audio) suchen sie im selben Steckplatz.</translation>
    </message>
    <message>
        <source>%1 are not managed: libvirt does not detach them from their host drivers, so the VM starts only after someone unbinds them by hand.</source>
        <translation>%1 werden nicht verwaltet: libvirt löst sie nicht von ihren Host-Treibern, also startet die VM erst, wenn jemand sie von Hand abkoppelt.</translation>
    </message>
    <message>
        <source>The domain runs on QEMU&apos;s emulator, not KVM: every instruction is translated, many times slower, and no device can be passed through.</source>
        <translation>Die Domain läuft im Emulator von QEMU, nicht unter KVM: Jeder Befehl wird übersetzt, um ein Vielfaches langsamer, und kein Gerät lässt sich durchreichen.</translation>
    </message>
    <message>
        <source>Machine type %1 has no PCI Express: a passed-through GPU&apos;s driver expects its card on a PCIe port, and some refuse to run without one. q35 has it (changing an installed guest&apos;s machine type makes Windows find new hardware).</source>
        <translation>Der Maschinentyp %1 hat kein PCI Express: Der Treiber einer durchgereichten GPU erwartet seine Karte an einem PCIe-Port, und manche verweigern ohne ihn den Dienst. q35 hat ihn (wechselt ein installierter Gast den Maschinentyp, findet Windows neue Hardware).</translation>
    </message>
    <message>
        <source>The VM boots with a legacy BIOS: a passed-through GPU shows nothing until the guest&apos;s driver loads, and many cards have no legacy option ROM. OVMF (UEFI) is what passthrough guides use; an installed guest must be converted to boot with it.</source>
        <translation>Die VM startet mit einem klassischen BIOS: Eine durchgereichte GPU zeigt nichts, bis der Treiber des Gasts lädt, und viele Karten haben kein klassisches Option-ROM. OVMF (UEFI) ist, was Anleitungen zum Durchreichen nutzen; ein installierter Gast muss dafür umgestellt werden.</translation>
    </message>
    <message>
        <source>ACPI or the APIC is switched off: Windows does not boot without them, and a guest without ACPI cannot be shut down cleanly.</source>
        <translation>ACPI oder der APIC ist abgeschaltet: Windows startet ohne sie nicht, und ein Gast ohne ACPI lässt sich nicht sauber herunterfahren.</translation>
    </message>
    <message>
        <source>Secure Boot without SMM: libvirt refuses to start the VM (the firmware&apos;s variables need System Management Mode).</source>
        <translation>Secure Boot ohne SMM: libvirt verweigert den Start der VM (die Variablen der Firmware brauchen den System Management Mode).</translation>
    </message>
    <message>
        <source>the HPET is on</source>
        <translation>der HPET ist an</translation>
    </message>
    <message>
        <source>the Hyper-V clock is off</source>
        <translation>die Hyper-V-Uhr ist aus</translation>
    </message>
    <message>
        <source>the RTC does not catch up</source>
        <translation>die RTC holt nicht auf</translation>
    </message>
    <message>
        <source>Windows keeps time with fewer interrupts on the Hyper-V reference clock and without the HPET; here %1.</source>
        <translation>Windows hält die Zeit mit weniger Interrupts auf der Hyper-V-Referenzuhr und ohne HPET; hier %1.</translation>
    </message>
    <message>
        <source>The guest may suspend itself: a passed-through GPU rarely comes back from suspend, and the VM then hangs with a black screen.</source>
        <translation>Der Gast darf sich schlafen legen: Eine durchgereichte GPU kehrt selten aus dem Ruhezustand zurück, und die VM hängt dann mit schwarzem Bildschirm.</translation>
    </message>
    <message>
        <source>The emulator %1 does not exist on this host (a domain from another machine, or NixOS, which keeps QEMU elsewhere): libvirt cannot start it. Without the line libvirt uses its own QEMU.</source>
        <translation>Den Emulator %1 gibt es auf diesem Host nicht (eine Domain von einem anderen Rechner, oder NixOS, das QEMU anderswo hat): libvirt kann ihn nicht starten. Ohne die Zeile nimmt libvirt sein eigenes QEMU.</translation>
    </message>
    <message>
        <source>The VM shows on the passed GPU but has no keyboard or mouse: pass the host&apos;s with evdev (both Ctrl keys switch them) or a USB controller.</source>
        <translation>Die VM erscheint auf der durchgereichten GPU, hat aber keine Tastatur oder Maus: Reichen Sie die des Hosts per evdev durch (beide Strg-Tasten schalten um) oder einen USB-Controller.</translation>
    </message>
    <message>
        <source>Held keys do not repeat in the guest on %1 (repeat=&apos;on&apos; needs libvirt 7.4).</source>
        <translation>Gehaltene Tasten wiederholen sich im Gast auf %1 nicht (repeat=&apos;on&apos; braucht libvirt 7.4).</translation>
    </message>
    <message>
        <source>No passed keyboard grabs with a switch key: the keyboard and mouse cannot be switched between host and guest (grab=&apos;all&apos; with grabToggle).</source>
        <translation>Keine durchgereichte Tastatur greift mit einer Umschalttaste zu: Tastatur und Maus lassen sich nicht zwischen Host und Gast umschalten (grab=&apos;all&apos; mit grabToggle).</translation>
    </message>
    <message>
        <source>fix evdev: no keyboard or mouse to pass (none found under /dev/input/by-id)</source>
        <translation>Korrektur evdev: keine Tastatur oder Maus zum Durchreichen (keine unter /dev/input/by-id gefunden)</translation>
    </message>
    <message>
        <source>The VM is behind libvirt&apos;s NAT: services in it need port forwarding to be reached from the LAN. The host has no default route to build a bridge over.</source>
        <translation>Die VM steckt hinter dem NAT von libvirt: Dienste in ihr sind aus dem LAN nur mit Portweiterleitung erreichbar. Der Host hat keine Standardroute, über der sich eine Bridge bauen ließe.</translation>
    </message>
    <message>
        <source>The VM is behind libvirt&apos;s NAT: services in it need port forwarding. The host reaches the LAN over Wi-Fi (%1), which cannot be bridged: keep NAT and forward the ports.</source>
        <translation>Die VM steckt hinter dem NAT von libvirt: Dienste in ihr brauchen Portweiterleitung. Der Host erreicht das LAN über WLAN (%1), das sich nicht bridgen lässt: Behalten Sie NAT und leiten Sie die Ports weiter.</translation>
    </message>
    <message>
        <source>The VM takes %1: the host goes without that while the VM runs.</source>
        <translation>Die VM bekommt %1: Der Host muss darauf verzichten, solange die VM läuft.</translation>
    </message>
    <message>
        <source>The domain&apos;s memory is bound to NUMA node %1, but the host reserves %2 MiB of hugepages of %3 KiB there (%4 MiB in all): the VM will not start. Reserve them on that node (hugepages=&lt;node&gt;:&lt;count&gt;, as the NixOS module does).</source>
        <translation>Der Speicher der Domain ist an NUMA-Knoten %1 gebunden, aber der Host reserviert dort %2 MiB an Hugepages zu %3 KiB (%4 MiB insgesamt): Die VM startet nicht. Reservieren Sie sie auf diesem Knoten (hugepages=&lt;Knoten&gt;:&lt;Anzahl&gt;, wie es das NixOS-Modul tut).</translation>
    </message>
    <message>
        <source>vCPUs run on CPUs %1 of a %2 MiB L3 while CPUs %3 of the %4 MiB L3 (the V-Cache) run none of this VM&apos;s threads: the guest&apos;s working set misses the large cache. Fill the large L3 first.</source>
        <translation>vCPUs laufen auf den CPUs %1 eines L3 mit %2 MiB, während die CPUs %3 des L3 mit %4 MiB (des V-Cache) keinen Thread dieser VM ausführen: Die Arbeitsdaten des Gastes verfehlen den großen Cache. Füllen Sie zuerst den großen L3.</translation>
    </message>
    <message>
        <source>QEMU&apos;s emulator or I/O thread runs on CPUs %1 of the %2 MiB L3, the V-Cache: its work evicts the guest&apos;s cache lines. A core of the smaller L3 serves it as well.</source>
        <translation>Der Emulator- oder E/A-Thread von QEMU läuft auf den CPUs %1 des L3 mit %2 MiB, des V-Cache: Seine Arbeit verdrängt die Cache-Zeilen des Gastes. Ein Kern des kleineren L3 taugt dafür ebenso.</translation>
    </message>
    <message>
        <source>QEMU&apos;s emulator or I/O thread runs on performance cores (CPUs %1) while efficiency cores %2 run no vCPU: there it would leave the performance cores to the guest.</source>
        <translation>Der Emulator- oder E/A-Thread von QEMU läuft auf Performance-Kernen (CPUs %1), während die Effizienz-Kerne %2 keine vCPU ausführen: Dort ließe er die Performance-Kerne dem Gast.</translation>
    </message>
    <message>
        <source>vCPUs run on CPUs %1 of NUMA node %2, away from the GPU on node %3, which has room for them: the GPU&apos;s DMA and interrupts cross between the nodes.</source>
        <translation>vCPUs laufen auf den CPUs %1 von NUMA-Knoten %2, fern der GPU auf Knoten %3, der Platz für sie hat: DMA und Interrupts der GPU wandern zwischen den Knoten.</translation>
    </message>
    <message>
        <source>The guest&apos;s memory is bound to NUMA node %1 while the GPU is on node %2: every DMA transfer of the GPU crosses between the nodes.</source>
        <translation>Der Speicher des Gastes ist an NUMA-Knoten %1 gebunden, die GPU aber hängt an Knoten %2: Jede DMA-Übertragung der GPU wandert zwischen den Knoten.</translation>
    </message>
    <message>
        <source>The host has %1 NUMA nodes and this VM&apos;s memory is bound to none: the kernel may place it away from the vCPUs (node %2), and every access from there crosses between the nodes. Bind it with numatune.</source>
        <translation>Der Host hat %1 NUMA-Knoten, und der Speicher dieser VM ist an keinen gebunden: Der Kernel kann ihn fern der vCPUs (Knoten %2) anlegen, und jeder Zugriff von dort wandert zwischen den Knoten. Binden Sie ihn mit numatune.</translation>
    </message>
    <message>
        <source>The vCPUs are pinned, but nothing keeps the host&apos;s own tasks off their threads while the VM runs. A libvirt qemu hook that confines system.slice, user.slice and init.scope with AllowedCPUs= does; the NixOS module VFIO Wizard writes installs one.</source>
        <translation>Die vCPUs sind festgepinnt, aber nichts hält die eigenen Aufgaben des Hosts von ihren Threads fern, solange die VM läuft. Ein libvirt-qemu-Hook, der system.slice, user.slice und init.scope mit AllowedCPUs= eingrenzt, tut das; das NixOS-Modul von VFIO Wizard installiert einen.</translation>
    </message>
    <message>
        <source>%1: the memory does not fit on the vCPUs&apos; NUMA node, or they are not pinned</source>
        <translation>%1: Der Speicher passt nicht auf den NUMA-Knoten der vCPUs, oder sie sind nicht festgepinnt</translation>
    </message>
    <message>
        <source>The VM is behind libvirt&apos;s NAT: services in it need port forwarding; a bridge over %1 puts it on the LAN. Create one on the wizard&apos;s Network page (&quot;Create a bridge over a NIC&quot;, uplink %1): the NixOS module builds it, then the VM can join it.</source>
        <translation>Die VM steht hinter libvirts NAT: Dienste in ihr brauchen Portweiterleitungen; eine Bridge über %1 bringt sie ins LAN. Legen Sie eine auf der Seite Netzwerk des Assistenten an („Eine Bridge über eine Netzwerkkarte anlegen“, Uplink %1): das NixOS-Modul baut sie, dann kann die VM ihr beitreten.</translation>
    </message>
    <message>
        <source>The VM&apos;s disk %1: %2. A VM writing to it destroys what the host keeps there.</source>
        <translation>Die Platte %1 der VM: %2. Eine VM, die darauf schreibt, zerstört, was der Host dort ablegt.</translation>
    </message>
    <message>
        <source>The VM&apos;s disk %1 is on an emulated %2 controller; virtio is faster. Switch only after the guest has the virtio driver (driver staging), or it will not boot.</source>
        <translation>Die Platte %1 der VM hängt an einem emulierten %2-Controller; virtio ist schneller. Stellen Sie erst um, wenn der Gast den virtio-Treiber hat (Treiber-Vorbereitung), sonst startet er nicht.</translation>
    </message>
    <message>
        <source>The VM&apos;s disk %1 uses cache mode %2: the host caches what the guest already caches.</source>
        <translation>Die Platte %1 der VM nutzt den Cache-Modus %2: Der Host puffert, was der Gast schon puffert.</translation>
    </message>
    <message>
        <source>The VM&apos;s disk %1 lives on spinning disks but the guest is not told: Windows then schedules for an SSD, and the HDD seeks all the time.</source>
        <translation>Die Platte %1 der VM liegt auf drehenden Platten, aber der Gast erfährt es nicht: Windows plant dann für eine SSD, und die HDD sucht ständig.</translation>
    </message>
    <message>
        <source>The VM&apos;s disk %1 is a zvol of pool %2, but zpool could not be asked whether the pool is scrubbing: rule skipped.</source>
        <translation>Die Platte %1 der VM ist ein zvol des Pools %2, aber zpool konnte nicht gefragt werden, ob der Pool gerade scrubbt: Regel übersprungen.</translation>
    </message>
</context>
<context>
    <name>Linter</name>
    <message>
        <source>no fix called %1; the fixes are: %2</source>
        <translation>keine Korrektur namens %1; die Korrekturen sind: %2</translation>
    </message>
    <message>
        <source>fix %1 needs the host&apos;s facts: run it on the host, or give its saved tree (--root DIR)</source>
        <translation>Korrektur %1 braucht die Daten des Hosts: führen Sie sie auf dem Host aus oder geben Sie seinen gespeicherten Baum an (--root DIR)</translation>
    </message>
    <message>
        <source>%1 (the article this project starts from)</source>
        <translation>%1 (der Artikel, von dem dieses Projekt ausgeht)</translation>
    </message>
</context>
<context>
    <name>MachineView</name>
    <message>
        <source>The scanned machine</source>
        <translation>Der untersuchte Rechner</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message numerus="yes">
        <source>%n hugepage(s)</source>
        <translation>
            <numerusform>%n Hugepage</numerusform>
            <numerusform>%n Hugepages</numerusform>
        </translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>%1 · the host&apos;s screen</source>
        <translation>%1 · Bildschirm des Hosts</translation>
    </message>
    <message>
        <source>%1 · can go to a VM</source>
        <translation>%1 · kann an eine VM gehen</translation>
    </message>
    <message>
        <source>%1 · shares its IOMMU group</source>
        <translation>%1 · IOMMU-Gruppe geteilt</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Datenträger</translation>
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
        <source>zvol %1/%2</source>
        <translation>zvol %1/%2</translation>
    </message>
    <message>
        <source>LV %1/%2</source>
        <translation>LV %1/%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>bridge, no ports</source>
        <translation>Bridge, keine Ports</translation>
    </message>
    <message>
        <source>bridge over %1</source>
        <translation>Bridge über %1</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n Sockel</numerusform>
            <numerusform>%n Sockel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s) each</source>
        <translation>
            <numerusform>je %n Kern</numerusform>
            <numerusform>je %n Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) per core</source>
        <translation>
            <numerusform>%n Thread pro Kern</numerusform>
            <numerusform>%n Threads pro Kern</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket %1</source>
        <translation>Sockel %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>down</source>
        <comment>network interface: no link</comment>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>keine Verbindung</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>How much RAM the guest gets, and whether hugepages back it: they spare the CPU most page-table walks and cannot be swapped out, which keeps games smooth.</source>
        <translation>Wie viel RAM der Gast bekommt und ob Hugepages ihn bereitstellen: Sie ersparen der CPU die meisten Seitentabellen-Durchläufe und werden nie ausgelagert, was Spiele flüssig hält.</translation>
    </message>
    <message>
        <source>The guest&apos;s memory. The host keeps at least 4 GiB or 10% of its RAM, whichever is larger.</source>
        <translation>Der Speicher des Gastes. Der Host behält mindestens 4 GiB oder 10 % seines RAM, je nachdem, was größer ist.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>2 MiB pages</source>
        <translation>Seiten zu 2 MiB</translation>
    </message>
    <message>
        <source>1 GiB pages</source>
        <translation>Seiten zu 1 GiB</translation>
    </message>
    <message>
        <source>1 GiB pages are best where the CPU has them and the size is whole GiB; 2 MiB pages work everywhere.</source>
        <translation>Seiten zu 1 GiB sind am besten, wo die CPU sie hat und die Größe ganze GiB beträgt; Seiten zu 2 MiB gehen überall.</translation>
    </message>
    <message>
        <source>Guest &amp;memory:</source>
        <translation>&amp;Arbeitsspeicher des Gastes:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Give the guest what its games or programs need; the host keeps at least 4 GiB (or a tenth of its RAM).&lt;/p&gt;&lt;p&gt;Hugepages back the guest&apos;s memory with large pages: fewer address translations, no swapping. The NixOS module reserves them at boot, when memory is not yet fragmented. 1 GiB pages need a CPU that has them and a size in whole GiB; the wizard falls back to 2 MiB pages and says so.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geben Sie dem Gast, was seine Spiele oder Programme brauchen; der Host behält mindestens 4 GiB (oder ein Zehntel seines RAM).&lt;/p&gt;&lt;p&gt;Hugepages stellen den Arbeitsspeicher des Gastes mit großen Seiten bereit: weniger Adressübersetzungen, kein Auslagern. Das NixOS-Modul reserviert sie beim Booten, solange der Speicher noch nicht fragmentiert ist. Seiten zu 1 GiB brauchen eine CPU, die sie hat, und eine Größe in ganzen GiB; sonst weicht der Assistent auf Seiten zu 2 MiB aus und sagt das.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Huge&amp;pages:</source>
        <translation>Huge&amp;pages:</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
</context>
<context>
    <name>MemoryPlanner</name>
    <message>
        <source>%1 GiB for the VM leaves the host %2 GiB of its %3 GiB; it needs at least %4 GiB (4 GiB or 10%, whichever is larger). Give the VM at most %5 GiB.</source>
        <translation>%1 GiB für die VM lassen dem Host %2 GiB von seinen %3 GiB; er braucht mindestens %4 GiB (4 GiB oder 10 %, je nachdem, was größer ist). Geben Sie der VM höchstens %5 GiB.</translation>
    </message>
    <message>
        <source>This CPU has no 1 GiB pages (pdpe1gb): 2 MiB pages instead.</source>
        <translation>Diese CPU kennt keine 1-GiB-Seiten (pdpe1gb): stattdessen 2-MiB-Seiten.</translation>
    </message>
    <message>
        <source>No hugepages: the guest&apos;s memory is ordinary, swappable host memory.</source>
        <translation>Keine Hugepages: Der Speicher des Gasts ist gewöhnlicher, auslagerbarer Host-Speicher.</translation>
    </message>
    <message>
        <source>1 GiB</source>
        <translation>1 GiB</translation>
    </message>
    <message>
        <source>2 MiB</source>
        <translation>2 MiB</translation>
    </message>
    <message>
        <source>%1 pages of %2 back the guest; the host has %3 of them free now.</source>
        <translation>%1 Seiten zu %2 tragen den Gast; der Host hat jetzt %3 davon frei.</translation>
    </message>
    <message>
        <source>%1 pages of %2 back the guest; the host has %3 free now, so the NixOS module reserves them at boot (reserving them later fails once memory is fragmented).</source>
        <translation>%1 Seiten zu %2 tragen den Gast; der Host hat jetzt %3 frei, daher reserviert das NixOS-Modul sie beim Start (später scheitert die Reservierung, sobald der Speicher zerstückelt ist).</translation>
    </message>
    <message>
        <source>%1 GiB of guest memory do not fit on NUMA node %2 (%3 GiB, of which the host keeps %4): the memory is not bound to the vCPUs&apos; node, and part of it comes from another node, across the link between the nodes. %5 GiB would fit.</source>
        <translation>%1 GiB Gastspeicher passen nicht auf NUMA-Knoten %2 (%3 GiB, davon behält der Host %4): Der Speicher wird nicht an den Knoten der vCPUs gebunden, und ein Teil kommt von einem anderen Knoten, über die Verbindung zwischen den Knoten. %5 GiB würden passen.</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>%1 auf Knoten %2</translation>
    </message>
    <message>
        <source>The guest&apos;s memory comes from NUMA node %1 only (numatune strict), beside its vCPUs</source>
        <translation>Der Speicher des Gastes kommt nur von NUMA-Knoten %1 (numatune strict), neben seinen vCPUs</translation>
    </message>
    <message>
        <source>The guest&apos;s memory comes from NUMA nodes %1 only, each guest node&apos;s from the host node its vCPUs run on (numatune strict)</source>
        <translation>Der Speicher des Gastes kommt nur von den NUMA-Knoten %1, der jedes Gastknotens von dem Host-Knoten, auf dem seine vCPUs laufen (numatune strict)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; its hugepages are reserved there: %2.</source>
        <translation>%1; seine Hugepages werden dort reserviert: %2.</translation>
    </message>
    <message>
        <source>%1 GiB is not a whole number of GiB: 2 MiB pages instead of 1 GiB pages.</source>
        <translation>%1 GiB sind keine ganze Zahl von GiB: 2-MiB-Seiten statt 1-GiB-Seiten.</translation>
    </message>
    <message>
        <source>%1 GiB for the VM is more than the host&apos;s %2 GiB of RAM. Give the VM at most %3 GiB.</source>
        <translation>%1 GiB für die VM sind mehr als die %2 GiB Arbeitsspeicher des Hosts. Geben Sie der VM höchstens %3 GiB.</translation>
    </message>
</context>
<context>
    <name>MemoryScanner</name>
    <message>
        <source>/proc/meminfo: no MemTotal</source>
        <translation>/proc/meminfo: kein MemTotal</translation>
    </message>
    <message>
        <source>%1/has_memory: not a node list: &quot;%2&quot;</source>
        <translation>%1/has_memory: keine Knotenliste: „%2“</translation>
    </message>
</context>
<context>
    <name>MemoryStep</name>
    <message>
        <source>The host has %1 of RAM and keeps at least %2 for itself.</source>
        <translation>Der Host hat %1 RAM und behält mindestens %2 für sich.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>A bridge puts the VM on the LAN like any other machine, which game streaming and LAN play need; NAT works anywhere but hides the VM behind the host.</source>
        <translation>Eine Bridge bringt die VM wie jeden anderen Rechner ins LAN, was Spiele-Streaming und LAN-Spiele brauchen; NAT geht überall, versteckt die VM aber hinter dem Host.</translation>
    </message>
    <message>
        <source>A bridge the host already has, with a physical NIC in it.</source>
        <translation>Eine Bridge, die der Host schon hat, mit einer physischen Netzwerkkarte darin.</translation>
    </message>
    <message>
        <source>The NixOS module creates the bridge and moves the host&apos;s address onto it.</source>
        <translation>Das NixOS-Modul legt die Bridge an und verlegt die Adresse des Hosts darauf.</translation>
    </message>
    <message>
        <source>Outgoing traffic works; reaching services in the VM needs port forwarding.</source>
        <translation>Ausgehender Verkehr geht; Dienste in der VM sind nur mit Portweiterleitung erreichbar.</translation>
    </message>
    <message>
        <source>The host&apos;s bridges and their ports.</source>
        <translation>Die Bridges des Hosts und ihre Ports.</translation>
    </message>
    <message>
        <source>The wired NIC the bridge is built over; Wi-Fi cannot carry a bridge.</source>
        <translation>Die kabelgebundene Netzwerkkarte unter der Bridge; WLAN kann keine Bridge tragen.</translation>
    </message>
    <message>
        <source>virtio (recommended)</source>
        <translation>virtio (empfohlen)</translation>
    </message>
    <message>
        <source>e1000e (works without drivers)</source>
        <translation>e1000e (geht ohne Treiber)</translation>
    </message>
    <message>
        <source>virtio is fastest and needs the driver from the virtio-win ISO; e1000e works out of the box.</source>
        <translation>virtio ist am schnellsten und braucht den Treiber vom virtio-win-ISO; e1000e geht sofort.</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>wählt libvirt</translation>
    </message>
    <message>
        <source>Keep a MAC address to keep the guest&apos;s DHCP lease and licence activations.</source>
        <translation>Eine MAC-Adresse beibehalten, um die DHCP-Zuweisung und Lizenzaktivierungen des Gastes zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Join an existing bridge</source>
        <translation>Einer &amp;vorhandenen Bridge beitreten</translation>
    </message>
    <message>
        <source>&amp;Create a bridge over a NIC</source>
        <translation>&amp;Eine Bridge über eine Netzwerkkarte anlegen</translation>
    </message>
    <message>
        <source>NA&amp;T (libvirt&apos;s default network)</source>
        <translation>NA&amp;T (das Standardnetz von libvirt)</translation>
    </message>
    <message>
        <source>The new bridge&apos;s name: up to 15 characters, no spaces.</source>
        <translation>Der Name der neuen Bridge: bis zu 15 Zeichen, keine Leerzeichen.</translation>
    </message>
    <message>
        <source>&amp;Uplink NIC:</source>
        <translation>&amp;Uplink-Netzwerkkarte:</translation>
    </message>
    <message>
        <source>NIC &amp;model:</source>
        <translation>Netzwerkkarten&amp;modell:</translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation>MAC-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&lt;p&gt;On a &lt;b&gt;bridge&lt;/b&gt; the VM is a machine on your LAN: it gets an address from your router, and game streaming, remote desktop or a game server in it are reachable without port forwarding. The wizard can create the bridge over your wired NIC (the NixOS module moves the host&apos;s address onto it).&lt;/p&gt;&lt;p&gt;&lt;b&gt;NAT&lt;/b&gt; works anywhere, Wi-Fi included, but hides the VM behind the host.&lt;/p&gt;</source>
        <translation>&lt;p&gt;An einer &lt;b&gt;Bridge&lt;/b&gt; ist die VM ein Rechner in Ihrem LAN, der eine Adresse von Ihrem Router bekommt; Spiele-Streaming, Remote-Desktop oder ein Spieleserver darin sind ohne Portweiterleitung erreichbar. Der Assistent kann die Bridge über Ihre kabelgebundene Netzwerkkarte anlegen (das NixOS-Modul verlegt die Adresse des Hosts auf die Bridge).&lt;/p&gt;&lt;p&gt;&lt;b&gt;NAT&lt;/b&gt; geht überall, auch mit WLAN, versteckt die VM aber hinter dem Host.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>B&amp;ridge:</source>
        <translation>B&amp;ridge:</translation>
    </message>
    <message>
        <source>New bridge nam&amp;e:</source>
        <translation>&amp;Name der neuen Bridge:</translation>
    </message>
</context>
<context>
    <name>NetworkPlanner</name>
    <message>
        <source>NAT chosen.</source>
        <translation>NAT gewählt.</translation>
    </message>
    <message>
        <source>The VM joins bridge %1.</source>
        <translation>Die VM tritt der Bridge %1 bei.</translation>
    </message>
    <message>
        <source>Bridge %1 has no physical port: the VM will not reach the LAN through it.</source>
        <translation>Die Bridge %1 hat keinen physischen Port: Die VM erreicht über sie nicht das LAN.</translation>
    </message>
    <message>
        <source>The VM joins bridge %1 (over %2) and appears on the LAN like any other machine.</source>
        <translation>Die VM tritt der Bridge %1 (über %2) bei und erscheint im LAN wie jeder andere Rechner.</translation>
    </message>
    <message>
        <source>The host has no interface %1.</source>
        <translation>Der Host hat keine Schnittstelle %1.</translation>
    </message>
    <message>
        <source>%1 is a wireless NIC: Wi-Fi cannot carry a bridge&apos;s other addresses. Use a wired uplink, or NAT.</source>
        <translation>%1 ist eine WLAN-Karte: WLAN kann die weiteren Adressen einer Bridge nicht tragen. Nehmen Sie einen kabelgebundenen Uplink oder NAT.</translation>
    </message>
    <message>
        <source>The host has no wired NIC to build a bridge over.</source>
        <translation>Der Host hat keine kabelgebundene Netzwerkkarte, über der eine Bridge entstehen könnte.</translation>
    </message>
    <message>
        <source>%1 is already a port of bridge %2: the VM joins that bridge.</source>
        <translation>%1 ist schon ein Port der Bridge %2: Die VM tritt dieser Bridge bei.</translation>
    </message>
    <message>
        <source>A new bridge %1 over %2 (the NIC with the default route): the VM appears on the LAN like any other machine, no port forwarding. The NixOS module creates it; the host&apos;s address moves from %2 to %1.</source>
        <translation>Eine neue Bridge %1 über %2 (die Karte mit der Standardroute): Die VM erscheint im LAN wie jeder andere Rechner, ohne Portweiterleitung. Das NixOS-Modul legt sie an; die Adresse des Hosts wandert von %2 auf %1.</translation>
    </message>
    <message>
        <source>The VM uses libvirt&apos;s NAT network &quot;default&quot;: it reaches out, but services in it (a game server, remote desktop) need port forwarding to be reached.</source>
        <translation>Die VM nutzt das NAT-Netz „default“ von libvirt: Sie erreicht die Außenwelt, aber Dienste in ihr (ein Spieleserver, Remote-Desktop) sind nur über Portweiterleitung erreichbar.</translation>
    </message>
    <message>
        <source>%1 is a network interface, not a bridge: choose a bridge, or build a new one over %1 as its uplink.</source>
        <translation>%1 ist eine Netzwerkschnittstelle, keine Bridge: Wählen Sie eine Bridge oder legen Sie eine neue über %1 als deren Uplink an.</translation>
    </message>
    <message>
        <source>A new bridge %1 over %2: the VM appears on whatever network %2 is plugged into. The NixOS module creates it.</source>
        <translation>Eine neue Bridge %1 über %2: Die VM erscheint in dem Netz, an dem %2 hängt. Das NixOS-Modul legt sie an.</translation>
    </message>
    <message>
        <source>%1 is down (no cable, or switched off): the VM has no network until it is up.</source>
        <translation>%1 ist getrennt (kein Kabel, oder abgeschaltet): Die VM hat kein Netz, bis die Verbindung steht.</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <source>%1 (no ports)</source>
        <translation>%1 (keine Ports)</translation>
    </message>
    <message>
        <source>%1 (ports: %2)</source>
        <translation>%1 (Ports: %2)</translation>
    </message>
    <message>
        <source>%1 (not on the scanned host)</source>
        <translation>%1 (nicht auf dem untersuchten Host)</translation>
    </message>
    <message>
        <source>%1 (Wi-Fi: cannot carry a bridge)</source>
        <translation>%1 (WLAN: kann keine Bridge tragen)</translation>
    </message>
    <message>
        <source>%1 (default route)</source>
        <translation>%1 (Standardroute)</translation>
    </message>
    <message>
        <source>Bridge %1 is not on the scanned host; the VM keeps it.</source>
        <translation>Bridge %1 ist nicht auf dem erkannten Host; die VM behält sie.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Add &lt;code&gt;%1&lt;/code&gt; to &lt;code&gt;imports&lt;/code&gt; in /etc/nixos/configuration.nix.</source>
        <translation>Tragen Sie &lt;code&gt;%1&lt;/code&gt; unter &lt;code&gt;imports&lt;/code&gt; in /etc/nixos/configuration.nix ein.</translation>
    </message>
    <message>
        <source>Run &lt;code&gt;sudo nixos-rebuild switch&lt;/code&gt;.</source>
        <translation>Führen Sie &lt;code&gt;sudo nixos-rebuild switch&lt;/code&gt; aus.</translation>
    </message>
    <message>
        <source>Reboot: the IOMMU, vfio-pci and the hugepages take effect at boot.</source>
        <translation>Starten Sie den Rechner neu: IOMMU, vfio-pci und die Hugepages werden beim Booten wirksam.</translation>
    </message>
    <message>
        <source>Reboot: the IOMMU and vfio-pci take effect at boot.</source>
        <translation>Starten Sie den Rechner neu: IOMMU und vfio-pci werden beim Booten wirksam.</translation>
    </message>
    <message>
        <source>Reboot: the hugepages are reserved at boot.</source>
        <translation>Starten Sie den Rechner neu: Die Hugepages werden beim Booten reserviert.</translation>
    </message>
    <message>
        <source>Start the VM %1 in virt-manager (or &lt;code&gt;virsh start %2&lt;/code&gt;); its picture appears on the monitor of the passed GPU.</source>
        <translation>Starten Sie die VM %1 in virt-manager (oder mit &lt;code&gt;virsh start %2&lt;/code&gt;); ihr Bild erscheint auf dem Monitor der durchgereichten GPU.</translation>
    </message>
    <message>
        <source>Start the VM %1 in virt-manager (or &lt;code&gt;virsh start %2&lt;/code&gt;).</source>
        <translation>Starten Sie die VM %1 in virt-manager (oder mit &lt;code&gt;virsh start %2&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>The VM takes your keyboard and mouse: press both Ctrl keys to switch them between host and VM.</source>
        <translation>Die VM übernimmt Ihre Tastatur und Maus: Drücken Sie beide Strg-Tasten, um sie zwischen Host und VM umzuschalten.</translation>
    </message>
    <message>
        <source>The VM takes your keyboard: press both Ctrl keys to switch it between host and VM.</source>
        <translation>Die VM übernimmt Ihre Tastatur: drücken Sie beide Strg-Tasten, um sie zwischen Host und VM umzuschalten.</translation>
    </message>
    <message>
        <source>The VM takes your mouse; the host has it back when the VM stops.</source>
        <translation>Die VM übernimmt Ihre Maus; der Host bekommt sie zurück, wenn die VM stoppt.</translation>
    </message>
    <message>
        <source>Click through the installer from %1.</source>
        <translation>Klicken Sie sich durch das Installationsprogramm von %1.</translation>
    </message>
    <message>
        <source>Windows Setup lists no disk at first: click &lt;i&gt;Load driver&lt;/i&gt; and choose the folder for your Windows version under &lt;code&gt;viostor&lt;/code&gt; (virtio-blk) or &lt;code&gt;vioscsi&lt;/code&gt; (virtio-scsi) on the virtio-win CD.</source>
        <translation>Das Windows-Setup zeigt zunächst keinen Datenträger: Klicken Sie auf &lt;i&gt;Treiber laden&lt;/i&gt; und wählen Sie auf der virtio-win-CD den Ordner für Ihre Windows-Version unter &lt;code&gt;viostor&lt;/code&gt; (virtio-blk) oder &lt;code&gt;vioscsi&lt;/code&gt; (virtio-scsi).</translation>
    </message>
    <message>
        <source>In Windows, install the drivers from the virtio-win CD-ROM (virtio-win-guest-tools.exe).</source>
        <translation>Installieren Sie in Windows die Treiber von der virtio-win-CD-ROM (virtio-win-guest-tools.exe).</translation>
    </message>
    <message>
        <source>Once Windows has the virtio driver, open this VM in the wizard again and switch the boot disk to virtio.</source>
        <translation>Sobald Windows den virtio-Treiber hat, öffnen Sie diese VM erneut im Assistenten und stellen Sie die Startplatte auf virtio um.</translation>
    </message>
    <message>
        <source>The file you opened, %1, is unchanged: the edited definition is &lt;code&gt;%2&lt;/code&gt;, and the VM runs with it from its next start.</source>
        <translation>Die geöffnete Datei %1 bleibt unverändert: Die bearbeitete Definition ist &lt;code&gt;%2&lt;/code&gt;, und die VM läuft ab ihrem nächsten Start damit.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>I understand: the host loses this while the VM has it.</source>
        <translation>Verstanden: Der Host verliert dies, solange die VM es hat.</translation>
    </message>
    <message>
        <source>&amp;Give it to the VM</source>
        <translation>Der VM &amp;geben</translation>
    </message>
    <message>
        <source>Why it is refused: %1.</source>
        <translation>Warum es verweigert wird: %1.</translation>
    </message>
</context>
<context>
    <name>PassthroughPlanner</name>
    <message>
        <source>%1 is not a GPU this host has.</source>
        <translation>%1 ist keine GPU dieses Hosts.</translation>
    </message>
    <message>
        <source>The IOMMU is off, so no device can be passed through. Turn on VT-d/AMD-Vi in the firmware setup and add %1 to the kernel command line (the NixOS module does).</source>
        <translation>Die IOMMU ist aus, also lässt sich kein Gerät durchreichen. Schalten Sie VT-d/AMD-Vi im Firmware-Setup ein und fügen Sie %1 zur Kernel-Befehlszeile hinzu (das NixOS-Modul tut es).</translation>
    </message>
    <message>
        <source>%1 is in no IOMMU group.</source>
        <translation>%1 gehört zu keiner IOMMU-Gruppe.</translation>
    </message>
    <message>
        <source>No GPU is passed through: the VM has an emulated display.</source>
        <translation>Keine GPU wird durchgereicht: Die VM hat eine emulierte Anzeige.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address (like 0000:04:00.0).</source>
        <translation>„%1“ ist keine PCI-Adresse (wie 0000:04:00.0).</translation>
    </message>
    <message>
        <source>it is the host&apos;s boot GPU</source>
        <translation>sie ist die Boot-GPU des Hosts</translation>
    </message>
    <message>
        <source>No GPU can be passed through: %1</source>
        <translation>Keine GPU lässt sich durchreichen: %1</translation>
    </message>
    <message>
        <source>%1 is passed through with every function of its slot: %2.</source>
        <translation>%1 wird mit allen Funktionen ihres Steckplatzes durchgereicht: %2.</translation>
    </message>
    <message>
        <source>%1 is the GPU the host boots on: the host loses its console to the VM and needs another GPU (or none) for itself.</source>
        <translation>%1 ist die GPU, auf der der Host startet: Der Host verliert seine Konsole an die VM und braucht eine andere GPU (oder keine) für sich.</translation>
    </message>
    <message>
        <source>%1 offers no reset: after the VM stops, the card may stay unusable until the host reboots.</source>
        <translation>%1 bietet keinen Reset: Nach dem Ende der VM bleibt die Karte womöglich unbrauchbar, bis der Host neu startet.</translation>
    </message>
    <message>
        <source>Error 43 fix on: NVIDIA drivers before 465 refuse to run in a VM they recognise and report &quot;Error 43&quot;; a Hyper-V vendor id other than &quot;Microsoft Hv&quot; and a hidden KVM signature avoid it. Newer drivers do not need it, and it does no harm.</source>
        <translation>Fehler-43-Korrektur an: NVIDIA-Treiber vor 465 verweigern den Dienst in einer erkannten VM und melden „Fehler 43“; eine andere Hyper-V-Hersteller-ID als „Microsoft Hv“ und eine verborgene KVM-Signatur verhindern das. Neuere Treiber brauchen sie nicht, und sie schadet nicht.</translation>
    </message>
    <message>
        <source>Error 43 fix off: NVIDIA drivers from 465 on run in VMs; turn it on for older ones.</source>
        <translation>Fehler-43-Korrektur aus: NVIDIA-Treiber ab 465 laufen in VMs; schalten Sie sie für ältere ein.</translation>
    </message>
    <message>
        <source>Error 43 fix on: some AMD cards&apos; drivers also refuse to run in a recognised VM.</source>
        <translation>Fehler-43-Korrektur an: Auch die Treiber mancher AMD-Karten verweigern den Dienst in einer erkannten VM.</translation>
    </message>
    <message>
        <source>IOMMU group %1 also holds %2, which the host would lose with the GPU: a group is passed whole. Move the card to another slot (one wired to the CPU usually has a group of its own), or look in the firmware setup for an ACS or IOMMU grouping option; the ACS override patch can split the group, as a last resort, at the cost of the isolation the IOMMU gives. To give the VM the whole group instead, allow each device explicitly (--allow-host-use %3).</source>
        <translation>IOMMU-Gruppe %1 enthält auch %2, die der Host mit der GPU verlöre: Eine Gruppe wird nur ganz durchgereicht. Stecken Sie die Karte in einen anderen Steckplatz (einer, der an der CPU hängt, hat meist eine eigene Gruppe), oder suchen Sie in der Firmware-Einrichtung eine Einstellung für ACS oder die IOMMU-Gruppierung; der ACS-Override-Patch kann die Gruppe als letzter Ausweg teilen, auf Kosten der Isolation, die die IOMMU bietet. Um der VM stattdessen die ganze Gruppe zu geben, erlauben Sie jedes Gerät ausdrücklich (--allow-host-use %3).</translation>
    </message>
    <message>
        <source>The host has no GPU to pass through; the VM can be made without one.</source>
        <translation>Der Host hat keine GPU zum Durchreichen; die VM lässt sich auch ohne anlegen.</translation>
    </message>
    <message>
        <source>IOMMU group %1 goes to the VM whole, as you allowed: it also takes %2, bound to vfio-pci by address.</source>
        <translation>IOMMU-Gruppe %1 geht wie erlaubt ganz an die VM: Sie bekommt auch %2, per Adresse an vfio-pci gebunden.</translation>
    </message>
    <message>
        <source>%1 is an AMD %2 card: the resets the kernel has for it leave it hung after a VM has used it, until the host reboots. The vendor-reset module resets it properly; the NixOS module adds it and makes it the card&apos;s reset method.</source>
        <translation>%1 ist eine AMD-%2-Karte: Mit den Resets, die der Kernel für sie hat, hängt sie, nachdem eine VM sie benutzt hat, bis der Host neu startet. Das Modul vendor-reset setzt sie richtig zurück; das NixOS-Modul fügt es hinzu und macht es zur Reset-Methode der Karte.</translation>
    </message>
    <message>
        <source>%1 has the same id %2 as a passed function: the NixOS module binds the passed functions to vfio-pci by address, and leaves %2 out of vfio-pci.ids, so the host keeps %1.</source>
        <translation>%1 hat dieselbe ID %2 wie eine durchgereichte Funktion: Das NixOS-Modul bindet die durchgereichten Funktionen per Adresse an vfio-pci und lässt %2 aus vfio-pci.ids weg, damit der Host %1 behält.</translation>
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
    <message>
        <source>%1/driver: the link (to &quot;%2&quot;) leads to no driver; taken as none</source>
        <translation>%1/driver: Der Link (auf „%2“) führt zu keinem Treiber; als keiner gewertet</translation>
    </message>
    <message>
        <source>%1/local_cpulist: not a CPU list: &quot;%2&quot;</source>
        <translation>%1/local_cpulist: keine CPU-Liste: „%2“</translation>
    </message>
</context>
<context>
    <name>PinMap</name>
    <message>
        <source>The vCPUs span more than one L3 cache.</source>
        <translation>Die vCPUs erstrecken sich über mehr als einen L3-Cache.</translation>
    </message>
    <message>
        <source>The vCPUs span more than one NUMA node.</source>
        <translation>Die vCPUs erstrecken sich über mehr als einen NUMA-Knoten.</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>vCPUs %1 and %2</source>
        <translation>vCPUs %1 und %2</translation>
    </message>
    <message>
        <source>%1 share host thread %2 and take turns on it.</source>
        <translation>%1 teilen sich Host-Thread %2 und wechseln sich darauf ab.</translation>
    </message>
    <message>
        <source>%1 are one core in the guest but not SMT siblings on the host.</source>
        <translation>%1 sind im Gast ein Kern, auf dem Host aber keine SMT-Geschwister.</translation>
    </message>
    <message>
        <source>Without a host thread: %1 (the host&apos;s scheduler moves it about).</source>
        <translation>Ohne Host-Thread: %1 (der Scheduler des Hosts verschiebt ihn beliebig).</translation>
    </message>
    <message>
        <source>On threads kept for the host and QEMU&apos;s emulator and I/O thread (%2): %1, competing with them.</source>
        <translation>Auf Threads, die dem Host sowie Emulator- und E/A-Thread von QEMU vorbehalten sind (%2): %1, in Konkurrenz zu ihnen.</translation>
    </message>
    <message>
        <source>Without a host thread: %1 (the host&apos;s scheduler moves them about).</source>
        <translation>Ohne Host-Thread: %1 (der Scheduler des Hosts verschiebt sie beliebig).</translation>
    </message>
</context>
<context>
    <name>PinningGrid</name>
    <message>
        <source>vCPU pinning grid</source>
        <translation>vCPU-Pinning-Raster</translation>
    </message>
    <message>
        <source>vCPU %1 selected</source>
        <translation>vCPU %1 gewählt</translation>
    </message>
    <message>
        <source>Socket %1 · NUMA node %2</source>
        <translation>Sockel %1 · NUMA-Knoten %2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Host CPU %1: socket %2, core %3, NUMA node %4</source>
        <translation>Host-CPU %1: Sockel %2, Kern %3, NUMA-Knoten %4</translation>
    </message>
    <message>
        <source>performance core</source>
        <translation>Performance-Kern</translation>
    </message>
    <message>
        <source>efficiency core</source>
        <translation>Effizienz-Kern</translation>
    </message>
    <message>
        <source>no vCPU</source>
        <translation>keine vCPU</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>kept for the host, the emulator and the I/O thread</source>
        <translation>dem Host, dem Emulator und dem E/A-Thread vorbehalten</translation>
    </message>
    <message>
        <source>Click a host thread to give it the selected vCPU; drag to give a run of vCPUs; right-click to clear.
Keys: arrows move, Space gives the thread the selected vCPU, Delete clears it, digits 0-9 select a vCPU, + and - select the next or previous one.</source>
        <translation>Klicken Sie auf einen Host-Thread, um ihm die gewählte vCPU zu geben; ziehen Sie, um eine Folge von vCPUs zu vergeben; ein Rechtsklick leert.
Tasten: Pfeiltasten bewegen, Leertaste gibt dem Thread die gewählte vCPU, Entf leert ihn, Ziffern 0-9 wählen eine vCPU, + und - wählen die nächste oder vorige.</translation>
    </message>
    <message>
        <source>L3 %1</source>
        <translation>L3 %1</translation>
    </message>
    <message>
        <source>L3 %1 (%2, the larger cache)</source>
        <translation>L3 %1 (%2, der größere Cache)</translation>
    </message>
    <message>
        <source>L3 %1 (%2)</source>
        <translation>L3 %1 (%2)</translation>
    </message>
    <message>
        <source>Socket %1 · NUMA node %2 · %3</source>
        <translation>Sockel %1 · NUMA-Knoten %2 · %3</translation>
    </message>
</context>
<context>
    <name>PinningLegend</name>
    <message>
        <source>Legend of the pinning grid</source>
        <translation>Legende des Pinning-Rasters</translation>
    </message>
    <message>
        <source>a colour per vCPU (v0, v1, …) on the host thread that runs it</source>
        <translation>eine Farbe je vCPU (v0, v1, …) auf dem Host-Thread, der sie ausführt</translation>
    </message>
    <message>
        <source>hatched: kept for the host, QEMU&apos;s emulator and I/O thread</source>
        <translation>schraffiert: dem Host sowie Emulator- und E/A-Thread von QEMU vorbehalten</translation>
    </message>
    <message>
        <source>red outline: a conflict (see the message, or hover)</source>
        <translation>roter Rahmen: ein Konflikt (siehe Meldung, oder mit der Maus darauf zeigen)</translation>
    </message>
    <message>
        <source>each heading frames one socket, NUMA node and L3 cache</source>
        <translation>jede Überschrift fasst einen Sockel, NUMA-Knoten und L3-Cache ein</translation>
    </message>
    <message>
        <source>dashed: an efficiency core; solid: a performance core</source>
        <translation>gestrichelt: ein Effizienz-Kern; durchgezogen: ein Performance-Kern</translation>
    </message>
</context>
<context>
    <name>PinningPlanner</name>
    <message>
        <source>The scan found no CPUs; the VM cannot be pinned.</source>
        <translation>Die Untersuchung fand keine CPUs; die VM lässt sich nicht festpinnen.</translation>
    </message>
    <message>
        <source>%1 vCPUs asked for, but the host has %2 threads: each vCPU needs a host thread of its own.</source>
        <translation>%1 vCPUs verlangt, aber der Host hat %2 Threads: Jede vCPU braucht einen eigenen Host-Thread.</translation>
    </message>
    <message>
        <source>%1 vCPUs take every host thread: the host keeps no core of its own, and QEMU&apos;s emulator and I/O threads compete with the guest. Leave one core to the host (%2 vCPUs) for smoother guest latency.</source>
        <translation>%1 vCPUs belegen jeden Host-Thread: Dem Host bleibt kein eigener Kern, und die Emulator- und E/A-Threads von QEMU konkurrieren mit dem Gast. Lassen Sie dem Host einen Kern (%2 vCPUs) für gleichmäßigere Latenz im Gast.</translation>
    </message>
    <message>
        <source>An odd vCPU count cannot fill whole SMT sibling sets: the guest sees %1 cores without SMT. An even count keeps siblings together.</source>
        <translation>Eine ungerade vCPU-Zahl füllt keine ganzen SMT-Geschwistergruppen: Der Gast sieht %1 Kerne ohne SMT. Eine gerade Zahl hält Geschwister zusammen.</translation>
    </message>
    <message>
        <source>The vCPUs span more than one L3 cache or NUMA node: memory and cache traffic crosses between them. Fewer vCPUs would fit in one.</source>
        <translation>Die vCPUs erstrecken sich über mehr als einen L3-Cache oder NUMA-Knoten: Speicher- und Cache-Verkehr wandert zwischen ihnen. Weniger vCPUs passten in einen.</translation>
    </message>
    <message>
        <source>Not every vCPU pair has a physical core of its own: the guest&apos;s view of its cores does not match the host&apos;s.</source>
        <translation>Nicht jedes vCPU-Paar hat einen eigenen physischen Kern: Die Sicht des Gasts auf seine Kerne passt nicht zu der des Hosts.</translation>
    </message>
    <message>
        <source>Some vCPUs run on efficiency cores: the performance cores are all in use.</source>
        <translation>Einige vCPUs laufen auf Effizienz-Kernen: Die Performance-Kerne sind alle belegt.</translation>
    </message>
    <message>
        <source>%1 of them run on node %2</source>
        <translation>%1 von ihnen laufen auf Knoten %2</translation>
    </message>
    <message>
        <source>%1 of them run on nodes %2</source>
        <translation>%1 von ihnen laufen auf den Knoten %2</translation>
    </message>
    <message>
        <source>The %1 vCPUs do not fit on NUMA node %2 beside the host&apos;s core: %3. Their memory and the GPU&apos;s DMA cross the link between the nodes, which is slower and shared with the host; the guest sees %4 NUMA nodes laid out as the pins are, so its scheduler keeps work near its memory. %5 vCPUs would fit on node %2 alone.</source>
        <translation>Die %1 vCPUs passen neben dem Kern des Hosts nicht auf NUMA-Knoten %2: %3. Ihr Speicher und die DMA der GPU wandern über die Verbindung zwischen den Knoten, die langsamer ist und mit dem Host geteilt wird; der Gast sieht %4 NUMA-Knoten, so angelegt wie die Pins, damit sein Scheduler die Arbeit nahe ihrem Speicher hält. %5 vCPUs passten allein auf Knoten %2.</translation>
    </message>
    <message>
        <source>NUMA node %1 has no memory of its own: its CPUs run vCPUs only when the nodes with memory are full, as every access from there crosses to another node.</source>
        <translation>NUMA-Knoten %1 hat keinen eigenen Speicher: Seine CPUs bekommen vCPUs erst, wenn die Knoten mit Speicher voll sind, denn jeder Zugriff von dort wandert zu einem anderen Knoten.</translation>
    </message>
    <message>
        <source>the other %1 run on node %2 (CPUs %3)</source>
        <translation>die übrigen %1 laufen auf Knoten %2 (CPUs %3)</translation>
    </message>
    <message>
        <source>the other %1 run on nodes %2 (CPUs %3)</source>
        <translation>die übrigen %1 laufen auf den Knoten %2 (CPUs %3)</translation>
    </message>
    <message>
        <source>The vCPUs fill NUMA node %1 (CPUs %2) and %3; the guest sees the same nodes, and QEMU&apos;s emulator and I/O thread stay on node %1 (CPUs %4).</source>
        <translation>Die vCPUs füllen NUMA-Knoten %1 (CPUs %2), und %3; der Gast sieht dieselben Knoten, und Emulator- und E/A-Thread von QEMU bleiben auf Knoten %1 (CPUs %4).</translation>
    </message>
    <message>
        <source>The vCPUs (CPUs %1) and QEMU&apos;s emulator and I/O thread (CPUs %2) stay on NUMA node %3, the one the GPU is attached to, so its DMA and interrupts never cross to another node.</source>
        <translation>Die vCPUs (CPUs %1) sowie Emulator- und E/A-Thread von QEMU (CPUs %2) bleiben auf NUMA-Knoten %3, an dem die GPU hängt, damit ihre DMA und Interrupts nie zu einem anderen Knoten wandern.</translation>
    </message>
    <message>
        <source>The GPU&apos;s NUMA node %1 has no memory of its own: the vCPUs (CPUs %2) and QEMU&apos;s emulator and I/O thread (CPUs %3) stay on node %4 in the same socket, which has memory.</source>
        <translation>Der NUMA-Knoten %1 der GPU hat keinen eigenen Speicher: Die vCPUs (CPUs %2) sowie Emulator- und E/A-Thread von QEMU (CPUs %3) bleiben auf Knoten %4 im selben Sockel, der Speicher hat.</translation>
    </message>
    <message>
        <source>The firmware does not say which NUMA node the GPU is on: the vCPUs (CPUs %1) and QEMU&apos;s emulator and I/O thread (CPUs %2) stay together on node %3, the node with memory that has the most threads.</source>
        <translation>Die Firmware sagt nicht, an welchem NUMA-Knoten die GPU hängt: Die vCPUs (CPUs %1) sowie Emulator- und E/A-Thread von QEMU (CPUs %2) bleiben zusammen auf Knoten %3, dem Knoten mit Speicher, der die meisten Threads hat.</translation>
    </message>
    <message>
        <source>The vCPUs sit on the %1 MiB L3 (CPUs %2) and the host&apos;s core with QEMU&apos;s emulator and I/O thread on the %3 MiB one (CPUs %4), so the guest has the V-Cache to itself.</source>
        <translation>Die vCPUs sitzen auf dem L3 mit %1 MiB (CPUs %2), der Kern des Hosts mit Emulator- und E/A-Thread von QEMU auf dem mit %3 MiB (CPUs %4), damit der Gast den V-Cache für sich hat.</translation>
    </message>
    <message>
        <source>%1 of the %2 vCPUs fill the %3 MiB L3 (CPUs %4); the other %5 spill over to the %6 MiB L3 (CPUs %7), where the host&apos;s core, QEMU&apos;s emulator and I/O thread run too (CPUs %8).</source>
        <translation>%1 der %2 vCPUs füllen den L3 mit %3 MiB (CPUs %4); die übrigen %5 weichen auf den L3 mit %6 MiB aus (CPUs %7), wo auch der Kern des Hosts sowie Emulator- und E/A-Thread von QEMU laufen (CPUs %8).</translation>
    </message>
    <message>
        <source>The vCPUs run on performance cores (CPUs %1), and the host&apos;s reserved threads, QEMU&apos;s emulator and I/O thread on efficiency cores (CPUs %2).</source>
        <translation>Die vCPUs laufen auf Performance-Kernen (CPUs %1), die reservierten Threads des Hosts sowie Emulator- und E/A-Thread von QEMU auf Effizienz-Kernen (CPUs %2).</translation>
    </message>
    <message>
        <source>The vCPUs take every host thread (CPUs %1); QEMU&apos;s emulator and I/O thread share CPUs %2 with them.</source>
        <translation>Die vCPUs belegen jeden Host-Thread (CPUs %1); Emulator- und E/A-Thread von QEMU teilen sich die CPUs %2 mit ihnen.</translation>
    </message>
    <message>
        <source>The vCPUs run on whole cores (CPUs %1) across %2 L3 caches, and the host keeps CPUs %3 for itself, QEMU&apos;s emulator and I/O thread.</source>
        <translation>Die vCPUs laufen auf ganzen Kernen (CPUs %1) über %2 L3-Caches, und der Host behält die CPUs %3 für sich sowie Emulator- und E/A-Thread von QEMU.</translation>
    </message>
    <message>
        <source>The vCPUs run on whole cores (CPUs %1) inside one L3 cache, and the host keeps CPUs %2 for itself, QEMU&apos;s emulator and I/O thread.</source>
        <translation>Die vCPUs laufen auf ganzen Kernen (CPUs %1) innerhalb eines L3-Caches, und der Host behält die CPUs %2 für sich sowie Emulator- und E/A-Thread von QEMU.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Domain XML</source>
        <translation>Domain-XML</translation>
    </message>
    <message>
        <source>NixOS module</source>
        <translation>NixOS-Modul</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>What Apply will write and define. Nothing has been changed yet.</source>
        <translation>Was Anwenden schreiben und definieren wird. Noch ist nichts verändert.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <comment>button</comment>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>The opened VM&apos;s definition before (-) and after (+) the wizard&apos;s changes.</source>
        <translation>Die Definition der geöffneten VM vor (-) und nach (+) den Änderungen des Assistenten.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Where NAME.xml, NAME.nix and NAME.profile.json are written.</source>
        <translation>Wohin NAME.xml, NAME.nix und NAME.profile.json geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Den Ordner für die Dateien wählen.</translation>
    </message>
    <message>
        <source>Folder for the VM&apos;s files</source>
        <translation>Ordner für die Dateien der VM</translation>
    </message>
    <message>
        <source>Define the VM in libvirt; a definition it replaces is backed up first.</source>
        <translation>Die VM in libvirt definieren; eine Definition, die sie ersetzt, wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Starts a throwaway copy without devices or disks and checks its vCPUs, pins and hugepages.</source>
        <translation>Startet eine Wegwerfkopie ohne Geräte und Platten und prüft ihre vCPUs, ihr Pinning und ihre Hugepages.</translation>
    </message>
    <message>
        <source>Otherwise Apply stops before writing if a file of that name exists.</source>
        <translation>Sonst hält Anwenden vor dem Schreiben an, wenn eine Datei dieses Namens existiert.</translation>
    </message>
    <message>
        <source>The jobs Apply runs, in order.</source>
        <translation>Die Schritte, die Anwenden ausführt, der Reihe nach.</translation>
    </message>
    <message>
        <source>Apply will:</source>
        <translation>Anwenden wird:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>button</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard.</source>
        <translation>Den ganzen Text in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>Save…</source>
        <comment>button</comment>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save this text to a file of your choice.</source>
        <translation>Diesen Text in eine Datei Ihrer Wahl speichern.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <comment>button</comment>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Change just this in the planned VM.</source>
        <translation>Nur dies in der geplanten VM ändern.</translation>
    </message>
    <message>
        <source>No findings: the VM follows every rule the wizard checks.</source>
        <translation>Keine Befunde: Die VM folgt jeder Regel, die der Assistent prüft.</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Test-boot a copy after defining</source>
        <translation>Nach dem Definieren eine Kopie &amp;testweise starten</translation>
    </message>
    <message>
        <source>&amp;Replace files that exist</source>
        <translation>Vorhandene Dateien &amp;ersetzen</translation>
    </message>
    <message>
        <source>The VM in short</source>
        <translation>Die VM in Kürze</translation>
    </message>
    <message>
        <source>The libvirt domain: the VM&apos;s definition as libvirt keeps it.</source>
        <translation>Die libvirt-Domain: die Definition der VM, wie libvirt sie speichert.</translation>
    </message>
    <message>
        <source>The NixOS module: import it from configuration.nix, then rebuild and reboot.</source>
        <translation>Das NixOS-Modul: Importieren Sie es in configuration.nix, bauen Sie das System dann neu und starten Sie den Rechner neu.</translation>
    </message>
    <message>
        <source>Apply every fix offered below, each once.</source>
        <translation>Jede unten angebotene Korrektur anwenden, jede einmal.</translation>
    </message>
    <message>
        <source>&amp;Files go to:</source>
        <translation>Dateien &amp;speichern in:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Read the VM in short at the top. &lt;b&gt;Checks&lt;/b&gt; lists where it departs from GPU-passthrough best practice, each with its reason and source; &lt;b&gt;Fix&lt;/b&gt; changes just that (the pages show the new value). The other tabs show the files Apply writes: the libvirt domain and the NixOS module.&lt;/p&gt;&lt;p&gt;Apply writes the files to the folder below and, if ticked, defines the VM in libvirt (backing up a definition it replaces).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Oben steht die VM in Kürze. &lt;b&gt;Prüfungen&lt;/b&gt; listet, wo sie von bewährter GPU-Passthrough-Praxis abweicht, jeweils mit Grund und Quelle; &lt;b&gt;Beheben&lt;/b&gt; ändert genau das (die Seiten zeigen den neuen Wert). Die anderen Reiter zeigen die Dateien, die Anwenden schreibt: die libvirt-Domain und das NixOS-Modul.&lt;/p&gt;&lt;p&gt;Anwenden schreibt die Dateien in den Ordner unten und definiert, falls angehakt, die VM in libvirt (eine Definition, die sie ersetzt, wird vorher gesichert).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Define the VM on %1</source>
        <translation>Die &amp;VM auf %1 definieren</translation>
    </message>
    <message>
        <source>Fi&amp;x all</source>
        <comment>button</comment>
        <translation>Alle &amp;beheben</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <comment>button</comment>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Nothing the summary names changes; the lines below are all.</source>
        <translation>Nichts von dem, was die Übersicht nennt, ändert sich; die Zeilen unten sind alles.</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>libvirt&apos;s test driver only pretends to run VMs: a test boot needs a real host.</source>
        <translation>Der Testtreiber von libvirt tut nur so, als liefen VMs: Ein Teststart braucht einen echten Host.</translation>
    </message>
    <message>
        <source>A test boot reads the running QEMU on this machine: it needs a local libvirt (qemu:///system).</source>
        <translation>Ein Teststart liest das laufende QEMU auf diesem Rechner aus: Er braucht ein lokales libvirt (qemu:///system).</translation>
    </message>
    <message>
        <source>%1 is in this folder already: tick “Replace files that exist” or choose another folder.</source>
        <translation>%1 liegt bereits in diesem Ordner: Kreuzen Sie „Vorhandene Dateien ersetzen“ an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The demo writes the files and defines the VM on libvirt&apos;s test driver only: it creates no disk image, and the installer and virtio-win ISOs are not looked for on this machine.</source>
        <translation>Die Demo schreibt die Dateien und definiert die VM nur beim Testtreiber von libvirt: Sie legt kein Abbild an, und nach dem Installations- und dem virtio-win-ISO wird auf diesem Rechner nicht gesucht.</translation>
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
    <message>
        <source>; the host uses it: %1</source>
        <translation>; der Host nutzt es: %1</translation>
    </message>
    <message>
        <source>%1 MiB (CPUs %2)</source>
        <translation>%1 MiB (CPUs %2)</translation>
    </message>
    <message>
        <source>  L3 domains of different sizes: %1</source>
        <translation>  L3-Domänen verschiedener Größe: %1</translation>
    </message>
    <message>
        <source>  NUMA node %1: %2</source>
        <translation>  NUMA-Knoten %1: %2</translation>
    </message>
    <message>
        <source>  NUMA node %1: no memory of its own</source>
        <translation>  NUMA-Knoten %1: kein eigener Speicher</translation>
    </message>
    <message>
        <source>, NUMA node %1</source>
        <translation>, NUMA-Knoten %1</translation>
    </message>
    <message>
        <source>  virtualisation: %1</source>
        <translation>  Virtualisierung: %1</translation>
    </message>
    <message>
        <source>  1 GiB pages: %1</source>
        <translation>  1-GiB-Seiten: %1</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Click a step to go there: any step before this one, or a later one once the pages between are complete.</source>
        <translation>Klicken Sie auf einen Schritt, um dorthin zu gehen: zu jedem früheren Schritt, zu einem späteren, sobald die Seiten dazwischen vollständig sind.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>(hypervisor default)</source>
        <translation>(Vorgabe des Hypervisors)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Where the guest&apos;s disk lives, with its size and whether it is an SSD or spins.</source>
        <translation>Wo die Platte des Gastes liegt, mit ihrer Größe und ob sie eine SSD ist oder rotiert.</translation>
    </message>
    <message>
        <source>The image file: an existing one is used as it is, a new one is created on Apply.</source>
        <translation>Die Abbilddatei: Eine vorhandene wird so benutzt, wie sie ist; eine neue wird beim Anwenden angelegt.</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>The size of a new image file; it is sparse and grows as the guest writes.</source>
        <translation>Die Größe einer neuen Abbilddatei; sie ist dünn belegt und wächst, wenn der Gast schreibt.</translation>
    </message>
    <message>
        <source>virtio-blk (fastest)</source>
        <translation>virtio-blk (am schnellsten)</translation>
    </message>
    <message>
        <source>virtio-scsi (discard, rotation rate)</source>
        <translation>virtio-scsi (Discard, Drehzahl)</translation>
    </message>
    <message>
        <source>SATA (no driver needed)</source>
        <translation>SATA (kein Treiber nötig)</translation>
    </message>
    <message>
        <source>virtio needs the driver from the virtio-win ISO; SATA works without, but slower.</source>
        <translation>virtio braucht den Treiber vom virtio-win-ISO; SATA geht ohne, aber langsamer.</translation>
    </message>
    <message>
        <source>none: the guest&apos;s writes go straight to the disk, safe and fast for raw storage.</source>
        <translation>none: Die Schreibzugriffe des Gastes gehen direkt auf die Platte, sicher und schnell für rohen Speicher.</translation>
    </message>
    <message>
        <source>native (Linux AIO) suits block devices; threads suits image files.</source>
        <translation>native (Linux-AIO) passt zu Blockgeräten; threads passt zu Abbilddateien.</translation>
    </message>
    <message>
        <source>Lets the guest free blocks it no longer uses, on SSDs, thin LVs, zvols and sparse images.</source>
        <translation>Lässt den Gast Blöcke freigeben, die er nicht mehr nutzt, auf SSDs, Thin-LVs, zvols und dünn belegten Abbildern.</translation>
    </message>
    <message>
        <source>Windows cannot boot from a virtio disk before it has the driver: with staging the boot disk stays on SATA and a small virtio disk makes Windows install the driver; then switch the boot disk.</source>
        <translation>Windows kann nicht von einer virtio-Platte starten, bevor es den Treiber hat: Beim Staging bleibt die Startplatte an SATA und eine kleine virtio-Platte bringt Windows dazu, den Treiber zu installieren; danach die Startplatte umstellen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>button</comment>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose an image file, existing or new.</source>
        <translation>Eine Abbilddatei wählen, vorhanden oder neu.</translation>
    </message>
    <message>
        <source>Disk image</source>
        <translation>Plattenabbild</translation>
    </message>
    <message>
        <source>Choose the virtio-win ISO.</source>
        <translation>Das virtio-win-ISO wählen.</translation>
    </message>
    <message>
        <source>virtio-win ISO</source>
        <translation>virtio-win-ISO</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO-Abbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From an &amp;installer ISO:</source>
        <translation>&amp;Von einem Installations-ISO:</translation>
    </message>
    <message>
        <source>The disk already holds an installed &amp;system (it boots as it is)</source>
        <translation>Die Platte enthält schon ein installiertes S&amp;ystem (es startet, wie es ist)</translation>
    </message>
    <message>
        <source>Pass discard (&amp;TRIM) to the storage</source>
        <translation>Discard (&amp;TRIM) an den Speicher weitergeben</translation>
    </message>
    <message>
        <source>The guest&apos;s boot disk and what installs the system on it. A whole disk, zvol or logical volume given raw is fastest; an image file is the easiest to move and back up.</source>
        <translation>Die Startplatte des Gastes und womit das System darauf installiert wird. Eine ganze Platte, ein zvol oder ein logisches Volume, roh übergeben, ist am schnellsten; eine Abbilddatei lässt sich am leichtesten verschieben und sichern.</translation>
    </message>
    <message>
        <source>Windows or Linux installer, e.g. Win10_22H2_English_x64.iso</source>
        <translation>Installations-ISO für Windows oder Linux, z. B. Win10_22H2_English_x64.iso</translation>
    </message>
    <message>
        <source>Attached as a CD-ROM and booted first; the disk comes after it.</source>
        <translation>Als CD-ROM eingebunden und zuerst gestartet; die Platte kommt danach.</translation>
    </message>
    <message>
        <source>The virtio-win ISO with the Windows drivers, attached as a second CD-ROM.</source>
        <translation>Das virtio-win-ISO mit den Windows-Treibern, als zweite CD-ROM eingebunden.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <comment>button</comment>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Disk images (*.img *.raw);;All files (*)</source>
        <translation>Plattenabbilder (*.img *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the installer ISO.</source>
        <translation>Das Installations-ISO wählen.</translation>
    </message>
    <message>
        <source>Installer ISO</source>
        <translation>Installations-ISO</translation>
    </message>
    <message>
        <source>Boot &amp;disk:</source>
        <translation>Start&amp;platte:</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>&amp;Abbilddatei:</translation>
    </message>
    <message>
        <source>New image si&amp;ze:</source>
        <translation>&amp;Größe des neuen Abbilds:</translation>
    </message>
    <message>
        <source>Installing the system</source>
        <translation>Installation des Systems</translation>
    </message>
    <message>
        <source>How the disk is attached</source>
        <translation>Wie die Platte angeschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>I/&amp;O mode:</source>
        <translation>E/A-M&amp;odus:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The boot disk: a zvol, logical volume or whole disk given to the VM raw is fastest; an image file is easiest. Disks the host itself uses are not offered.&lt;/p&gt;&lt;p&gt;To install a new system, choose its installer ISO: it boots first. If the disk already holds an installed Windows (as in the article this tool starts from), it boots as it is.&lt;/p&gt;&lt;p&gt;Windows needs the virtio drivers from the virtio-win ISO. &lt;b&gt;Driver staging&lt;/b&gt; keeps the boot disk on SATA until Windows has them, then you switch it to virtio.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Startplatte: Ein zvol, ein logisches Volume oder eine ganze Platte, der VM roh übergeben, ist am schnellsten; eine Abbilddatei ist am einfachsten. Platten, die der Host selbst benutzt, werden nicht angeboten.&lt;/p&gt;&lt;p&gt;Um ein neues System zu installieren, wählen Sie sein Installations-ISO: Es startet zuerst. Enthält die Platte schon ein installiertes Windows (wie im Artikel, von dem dieses Werkzeug ausgeht), startet sie, wie sie ist.&lt;/p&gt;&lt;p&gt;Windows braucht die virtio-Treiber vom virtio-win-ISO. &lt;b&gt;Treiber-Staging&lt;/b&gt; lässt die Startplatte an SATA, bis Windows die Treiber hat; dann stellen Sie die Platte auf virtio um.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Disks the host itself uses are not offered: giving one to the VM destroys what the host keeps on it. For a disk you know is spare, confirm it here.</source>
        <translation>Datenträger, die der Host selbst nutzt, werden nicht angeboten: Bekommt die VM einen davon, zerstört sie, was der Host darauf ablegt. Für einen Datenträger, von dem Sie wissen, dass er frei ist, bestätigen Sie es hier.</translation>
    </message>
    <message>
        <source>Use a disk the host needs</source>
        <translation>Einen Datenträger verwenden, den der Host braucht</translation>
    </message>
    <message>
        <source>These disks hold something the host uses. The VM overwrites what it gets: only continue for a disk whose contents you no longer need.</source>
        <translation>Diese Datenträger enthalten etwas, das der Host nutzt. Die VM überschreibt, was sie bekommt: Fahren Sie nur bei einem Datenträger fort, dessen Inhalt Sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Driver sta&amp;ging</source>
        <translation>T&amp;reiber-Staging</translation>
    </message>
    <message>
        <source>Use a dis&amp;k the host needs…</source>
        <comment>button</comment>
        <translation>Einen Datenträger, den der Host &amp;braucht, verwenden…</translation>
    </message>
    <message>
        <source>&amp;virtio-win ISO:</source>
        <translation>virtio-win-&amp;ISO:</translation>
    </message>
    <message>
        <source>B&amp;us:</source>
        <translation>B&amp;us:</translation>
    </message>
    <message>
        <source>%1 (the host uses it)</source>
        <translation>%1 (vom Host genutzt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Not offered, the host uses them:&lt;br&gt;%1</source>
        <translation>Nicht angeboten, der Host nutzt sie:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>StoragePlanner</name>
    <message>
        <source>%1 is not a block device the scan found; it is used as it is.</source>
        <translation>%1 ist kein Blockgerät, das die Untersuchung fand; es wird so verwendet, wie es ist.</translation>
    </message>
    <message>
        <source>While the VM runs, do not scrub pool %1: a scrub reads every disk of the pool and the guest&apos;s I/O waits behind it.</source>
        <translation>Solange die VM läuft, den Pool %1 nicht scrubben: Ein Scrub liest jede Platte des Pools, und die E/A des Gasts wartet dahinter.</translation>
    </message>
    <message>
        <source>%1 lives on spinning disks. The guest is told so (rotation rate 7200 on virtio-scsi), so Windows schedules for an HDD instead of an SSD; an SSD pool is still much faster for a system disk.</source>
        <translation>%1 liegt auf drehenden Platten. Der Gast erfährt das (Drehzahl 7200 über virtio-scsi), damit Windows für eine HDD statt einer SSD plant; ein SSD-Pool ist für eine Systemplatte trotzdem viel schneller.</translation>
    </message>
    <message>
        <source>Driver staging: the boot disk stays on SATA and a small virtio disk is added. Windows installs the virtio driver for it from the ISO; once it has, switch the boot disk to virtio. Switching first leaves Windows unable to boot.</source>
        <translation>Treiber-Vorbereitung: Der Boot-Datenträger bleibt auf SATA, und eine kleine virtio-Platte kommt hinzu. Windows installiert dafür den virtio-Treiber vom ISO; danach stellen Sie den Boot-Datenträger auf virtio um. Wer zuerst umstellt, dessen Windows startet nicht mehr.</translation>
    </message>
    <message>
        <source>Windows has no virtio drivers of its own: the virtio-win ISO (%1) is attached as a CD-ROM to install them from.</source>
        <translation>Windows bringt keine eigenen virtio-Treiber mit: Das virtio-win-ISO (%1) wird als CD-ROM eingelegt, um sie davon zu installieren.</translation>
    </message>
    <message>
        <source>No disk chosen: a new %1 image file %2. A zvol, logical volume or whole disk is faster.</source>
        <translation>Keine Platte gewählt: eine neue Abbilddatei %2 mit %1. Ein zvol, ein logisches Volume oder eine ganze Platte ist schneller.</translation>
    </message>
    <message>
        <source>The installer %1 is not there yet: the VM cannot start until it is.</source>
        <translation>Das Installations-ISO %1 ist noch nicht vorhanden: Die VM kann erst starten, wenn es da ist.</translation>
    </message>
    <message>
        <source>The boot disk is a new, empty image and no installer ISO is attached: the VM has nothing to boot. Choose an installer ISO.</source>
        <translation>Die Startplatte ist ein neues, leeres Abbild, und kein Installations-ISO ist eingebunden: Die VM hat nichts zu starten. Wählen Sie ein Installations-ISO.</translation>
    </message>
    <message>
        <source>%1 boots as it is: an installed system (like the article&apos;s Windows disk) starts directly.</source>
        <translation>%1 startet unverändert: Ein installiertes System (wie die Windows-Platte des Artikels) startet direkt.</translation>
    </message>
</context>
<context>
    <name>StorageStep</name>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>zvol %1/%2</source>
        <translation>zvol %1/%2</translation>
    </message>
    <message>
        <source>LV %1/%2</source>
        <translation>LV %1/%2</translation>
    </message>
    <message>
        <source>disk %1 %2</source>
        <translation>Platte %1 %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (not on the scanned host)</source>
        <translation>%1 (nicht auf dem untersuchten Host)</translation>
    </message>
    <message>
        <source>An image file</source>
        <translation>Eine Abbilddatei</translation>
    </message>
    <message>
        <source>Choose the installer ISO (Windows or Linux), or say that the disk already holds an installed system.</source>
        <translation>Wählen Sie das Installations-ISO (Windows oder Linux), oder geben Sie an, dass die Platte schon ein installiertes System enthält.</translation>
    </message>
    <message>
        <source>The installer ISO</source>
        <translation>Das Installations-ISO</translation>
    </message>
    <message>
        <source>Name the image file.</source>
        <translation>Geben Sie einen Namen für die Abbilddatei an.</translation>
    </message>
    <message>
        <source>%1 is not there yet: download virtio-win.iso from the Fedora project&apos;s virtio-win page and put it there before the VM starts.</source>
        <translation>%1 ist noch nicht vorhanden: Laden Sie virtio-win.iso von der virtio-win-Seite des Fedora-Projekts herunter und legen Sie es dort ab, bevor die VM startet.</translation>
    </message>
    <message>
        <source>The disk spins, but only virtio-scsi tells the guest so: on this bus Windows takes it for an SSD.</source>
        <translation>Die Platte dreht sich, aber nur virtio-scsi teilt das dem Gast mit: An diesem Bus hält Windows sie für eine SSD.</translation>
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
    <name>TestBoot</name>
    <message>
        <source>the domain XML does not parse</source>
        <translation>das Domain-XML lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>%1 vCPUs run; the XML has %2</source>
        <translation>%1 vCPUs laufen; das XML hat %2</translation>
    </message>
    <message>
        <source>vCPU %1 sits at socket %2 core %3 thread %4, not where a %5x%6x%7 topology puts it</source>
        <translation>vCPU %1 sitzt auf Sockel %2 Kern %3 Thread %4, nicht dort, wo eine %5x%6x%7-Topologie sie hinsetzt</translation>
    </message>
    <message>
        <source>libvirt pins vCPU %1 to %2, the XML to %3</source>
        <translation>libvirt pinnt vCPU %1 auf %2, das XML auf %3</translation>
    </message>
    <message>
        <source>vCPU %1&apos;s thread %2 may run on %3, the XML pins it to %4</source>
        <translation>Der Thread %2 der vCPU %1 darf auf %3 laufen, das XML pinnt ihn auf %4</translation>
    </message>
    <message>
        <source>the XML asks for hugepages, but QEMU maps no hugetlbfs file</source>
        <translation>das XML verlangt Hugepages, aber QEMU bildet keine hugetlbfs-Datei ab</translation>
    </message>
    <message>
        <source>QEMU maps %1 though the XML asks for no hugepages</source>
        <translation>QEMU bildet %1 ab, obwohl das XML keine Hugepages verlangt</translation>
    </message>
    <message>
        <source>that KVM runs this VM (%1)</source>
        <translation>dass KVM diese VM ausführt (%1)</translation>
    </message>
    <message>
        <source>the %1 CPU and its features: the copy ran with the named model qemu64</source>
        <translation>die CPU %1 und ihre Merkmale: Die Kopie lief mit dem benannten Modell qemu64</translation>
    </message>
    <message>
        <source>the Hyper-V enlightenments, which need KVM and were left out of the copy</source>
        <translation>die Hyper-V-Erweiterungen, die KVM brauchen und in der Kopie weggelassen wurden</translation>
    </message>
    <message>
        <source>the hidden KVM signature of the Error 43 fix, left out of the copy</source>
        <translation>die verborgene KVM-Signatur der Fehler-43-Korrektur, in der Kopie weggelassen</translation>
    </message>
    <message>
        <source>the in-kernel I/O APIC, left out of the copy</source>
        <translation>der I/O-APIC im Kernel, in der Kopie weggelassen</translation>
    </message>
    <message>
        <source>libvirt at %1 offers no KVM for %2: no /dev/kvm, or QEMU&apos;s user cannot open it</source>
        <translation>libvirt auf %1 bietet kein KVM für %2: kein /dev/kvm, oder QEMUs Benutzer kann es nicht öffnen</translation>
    </message>
    <message>
        <source>the copy stopped as soon as it started under KVM (its QEMU log says why)</source>
        <translation>die Kopie hielt gleich nach dem Start unter KVM an (ihr QEMU-Protokoll sagt, warum)</translation>
    </message>
    <message>
        <source>%1 (it was tried under TCG because KVM refused it: %2)</source>
        <translation>%1 (unter TCG versucht, weil KVM sie ablehnte: %2)</translation>
    </message>
    <message>
        <source>each vCPU thread&apos;s affinity: TCG ran every vCPU on one host thread</source>
        <translation>die Affinität jedes vCPU-Threads: TCG ließ alle vCPUs auf einem Host-Thread laufen</translation>
    </message>
    <message>
        <source>the VM&apos;s memory needs %1 hugepages of %2 MiB, but the host at %3 has %4 free: reserve more (the NixOS module does it at boot), or stop what uses them, and test again</source>
        <translation>der Arbeitsspeicher der VM braucht %1 Hugepages zu %2 MiB, der Host unter %3 hat aber nur %4 frei: reservieren Sie mehr (das NixOS-Modul tut es beim Start) oder beenden Sie, was sie belegt, und testen Sie erneut</translation>
    </message>
</context>
<context>
    <name>VmOutput</name>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: das Verzeichnis lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: exists already; nothing was written.</source>
        <translation>%1: existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>VmPlanner</name>
    <message>
        <source>Windows 11 requires TPM 2.0 and Secure Boot: an emulated TPM (swtpm) and OVMF with enrolled keys are added.</source>
        <translation>Windows 11 verlangt TPM 2.0 und Secure Boot: Ein emuliertes TPM (swtpm) und OVMF mit eingetragenen Schlüsseln kommen hinzu.</translation>
    </message>
    <message>
        <source>While the VM runs, the host&apos;s own tasks keep to CPUs %1: a libvirt hook from the NixOS module confines system.slice, user.slice and init.scope there, and gives every CPU back when the VM stops or crashes.</source>
        <translation>Solange die VM läuft, bleiben die eigenen Aufgaben des Hosts auf den CPUs %1: Ein libvirt-Hook aus dem NixOS-Modul grenzt system.slice, user.slice und init.scope dort ein und gibt jede CPU zurück, wenn die VM endet oder abstürzt.</translation>
    </message>
    <message>
        <source>Isolation is off: the host&apos;s own tasks can still run on the vCPUs&apos; threads while the VM runs.</source>
        <translation>Isolation ist aus: Die eigenen Aufgaben des Hosts können weiter auf den Threads der vCPUs laufen, solange die VM läuft.</translation>
    </message>
    <message>
        <source>KVM cannot run the VM here (%1). Without it the VM would run emulated, many times slower.</source>
        <translation>KVM kann die VM hier nicht ausführen (%1). Ohne KVM liefe die VM emuliert, um ein Vielfaches langsamer.</translation>
    </message>
</context>
<context>
    <name>VmSpecJson</name>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1: kein JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a profile is a JSON object</source>
        <translation>%1: Ein Profil ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: profile version %2 is newer than this VFIO Wizard reads (%3)</source>
        <translation>%1: Profilversion %2 ist neuer als die, die dieser VFIO-Assistent liest (%3)</translation>
    </message>
    <message>
        <source>gpu.address: &quot;%1&quot; is not a PCI address</source>
        <translation>gpu.address: „%1“ ist keine PCI-Adresse</translation>
    </message>
    <message>
        <source>gpu.functions: &quot;%1&quot; is not a PCI address</source>
        <translation>gpu.functions: „%1“ ist keine PCI-Adresse</translation>
    </message>
    <message>
        <source>%1%2: wrong type</source>
        <translation>%1%2: falscher Typ</translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is not one of %4</source>
        <translation>%1%2: „%3“ ist nicht eins von %4</translation>
    </message>
    <message>
        <source>input.usbController: &quot;%1&quot; is not a PCI address</source>
        <translation>input.usbController: „%1“ ist keine PCI-Adresse</translation>
    </message>
    <message>
        <source>gpu.groupDevices: &quot;%1&quot; is not a PCI address</source>
        <translation>gpu.groupDevices: „%1“ ist keine PCI-Adresse</translation>
    </message>
</context>
<context>
    <name>VmSummary</name>
    <message numerus="yes">
        <source>%n vCPU(s), not pinned</source>
        <translation>
            <numerusform>%n vCPU, nicht gepinnt</numerusform>
            <numerusform>%n vCPUs, nicht gepinnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n whole host core(s) (threads %1)</source>
        <translation>
            <numerusform>auf %n ganzen Host-Kern (Threads %1)</numerusform>
            <numerusform>auf %n ganzen Host-Kernen (Threads %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>on host threads %1</source>
        <translation>auf den Host-Threads %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>; QEMU&apos;s own threads on %1</source>
        <translation>; die eigenen Threads von QEMU auf %1</translation>
    </message>
    <message>
        <source>%1 of memory on 1 GiB pages</source>
        <translation>%1 Arbeitsspeicher auf Seiten zu 1 GiB</translation>
    </message>
    <message>
        <source>%1 of memory on 2 MiB pages</source>
        <translation>%1 Arbeitsspeicher auf Seiten zu 2 MiB</translation>
    </message>
    <message>
        <source>%1 of memory</source>
        <translation>%1 Arbeitsspeicher</translation>
    </message>
    <message>
        <source>No GPU passed through: the VM is shown in a window</source>
        <translation>Keine GPU durchgereicht: Die VM wird in einem Fenster gezeigt</translation>
    </message>
    <message>
        <source>, Error 43 fix on</source>
        <translation>, Fehler-43-Korrektur an</translation>
    </message>
    <message>
        <source>Keyboard and mouse: the USB controller %1</source>
        <translation>Tastatur und Maus: der USB-Controller %1</translation>
    </message>
    <message numerus="yes">
        <source>Keyboard and mouse: %n of the host&apos;s, switched with both Ctrl keys</source>
        <translation>
            <numerusform>Tastatur und Maus: %n Gerät des Hosts, umgeschaltet mit beiden Strg-Tasten</numerusform>
            <numerusform>Tastatur und Maus: %n Geräte des Hosts, umgeschaltet mit beiden Strg-Tasten</numerusform>
        </translation>
    </message>
    <message>
        <source>No keyboard or mouse</source>
        <translation>Keine Tastatur oder Maus</translation>
    </message>
    <message>
        <source>%1 NIC on bridge %2</source>
        <translation>%1-Netzwerkkarte an Bridge %2</translation>
    </message>
    <message>
        <source>%1 NIC on a new bridge %2 over %3</source>
        <translation>%1-Netzwerkkarte an einer neuen Bridge %2 über %3</translation>
    </message>
    <message>
        <source>%1 NIC behind NAT</source>
        <translation>%1-Netzwerkkarte hinter NAT</translation>
    </message>
    <message>
        <source>No disk</source>
        <translation>Keine Platte</translation>
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
        <source>zvol %1/%2 on %3</source>
        <translation>zvol %1/%2 auf %3</translation>
    </message>
    <message>
        <source>LV %1/%2 on %3</source>
        <translation>LV %1/%2 auf %3</translation>
    </message>
    <message>
        <source>disk %1 (%2)</source>
        <translation>Platte %1 (%2)</translation>
    </message>
    <message>
        <source>a new %1 image %2</source>
        <translation>ein neues Abbild %2 mit %1</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>das Abbild %1</translation>
    </message>
    <message>
        <source>Boot disk: %1</source>
        <translation>Startplatte: %1</translation>
    </message>
    <message>
        <source>, booted as it is</source>
        <translation>, unverändert gestartet</translation>
    </message>
    <message>
        <source>, installed from %1</source>
        <translation>, installiert von %1</translation>
    </message>
    <message>
        <source>; driver staging</source>
        <translation>; Treiber-Staging</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot and an emulated TPM 2.0</source>
        <translation>UEFI mit Secure Boot und einem emulierten TPM 2.0</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>USB-C</source>
        <translation>USB-C</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n more function(s) of the card (%2)</source>
        <translation>
            <numerusform>%1 mit %n weiteren Funktion der Karte (%2)</numerusform>
            <numerusform>%1 mit %n weiteren Funktionen der Karte (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n more function(s) of the card</source>
        <translation>
            <numerusform>%1 mit %n weiteren Funktion der Karte</numerusform>
            <numerusform>%1 mit %n weiteren Funktionen der Karte</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows 10</source>
        <translation>Windows 10</translation>
    </message>
    <message>
        <source>Windows 11</source>
        <translation>Windows 11</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
    <message>
        <source>Boot disk on %1, cache %2, I/O %3, discard %4</source>
        <translation>Startplatte an %1, Cache %2, E/A %3, Discard %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>MAC address %1</source>
        <translation>MAC-Adresse %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>No longer: %1</source>
        <translation>Nicht mehr: %1</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <translation>%1 (vorher: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n Sockel</numerusform>
            <numerusform>%n Sockel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) per core</source>
        <translation>
            <numerusform>%n Thread pro Kern</numerusform>
            <numerusform>%n Threads pro Kern</numerusform>
        </translation>
    </message>
    <message>
        <source>Topology: %1 (was: %2)</source>
        <translation>Topologie: %1 (vorher: %2)</translation>
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
        <source>VFIO Wizard</source>
        <translation>VFIO-Assistent</translation>
    </message>
    <message>
        <source>The libvirt URI to define VMs on.</source>
        <translation>Die libvirt-URI, auf der VMs definiert werden.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Run on a built-in sample host with libvirt&apos;s test driver.</source>
        <translation>Auf einem eingebauten Beispielhost mit dem Testtreiber von libvirt laufen.</translation>
    </message>
    <message>
        <source>VFIO Wizard (demo)</source>
        <translation>VFIO-Assistent (Demo)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The demo host is missing from this build.</source>
        <translation>Der Demo-Host fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>No temporary directory for the demo host: %1</source>
        <translation>Kein temporäres Verzeichnis für den Demo-Host: %1</translation>
    </message>
    <message>
        <source>Cannot load the libvirt module: %1</source>
        <translation>Das libvirt-Modul lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>This build of VFIO Wizard cannot talk to libvirt.</source>
        <translation>Dieser Build des VFIO-Assistenten kann nicht mit libvirt sprechen.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Den Assistenten verlassen?</translation>
    </message>
    <message>
        <source>Nothing has been written yet: the choices you made are lost if you leave now.</source>
        <translation>Noch ist nichts geschrieben: Ihre Auswahl geht verloren, wenn Sie jetzt gehen.</translation>
    </message>
    <message>
        <source>&amp;Leave and lose them</source>
        <comment>button</comment>
        <translation>&amp;Verlassen und verwerfen</translation>
    </message>
    <message>
        <source>&amp;Stay in the wizard</source>
        <comment>button</comment>
        <translation>Im Assistenten &amp;bleiben</translation>
    </message>
</context>
<context>
    <name>WizardSession</name>
    <message>
        <source>%1: not XML: %2 (line %3, column %4)</source>
        <translation>%1: kein XML: %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>%1: not a libvirt domain (the root element is &lt;%2&gt;)</source>
        <translation>%1: keine libvirt-Domain (das Wurzelelement ist &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>%1: the domain has no name</source>
        <translation>%1: die Domain hat keinen Namen</translation>
    </message>
</context>
</TS>
