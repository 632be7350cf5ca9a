<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AuditExport</name>
    <message>
        <source>not verified: %1</source>
        <translation>niet gecontroleerd: %1</translation>
    </message>
    <message>
        <source>a PDF needs the graphical part of Qt; run inmanta-ha-cli itself, not a library call</source>
        <translation>een PDF heeft het grafische deel van Qt nodig; voer inmanta-ha-cli zelf uit, niet via een bibliotheekaanroep</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>AuditPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report</source>
        <translation>Inmanta HA Admin – auditrapport</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report: %1</source>
        <translation>Inmanta HA Admin – auditrapport: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Run %1 (%2)</source>
        <translation>Run %1 (%2)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>Appendix: the raw record</source>
        <translation>Bijlage: de ruwe registratie</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>Auditrapport: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>a PDF of %1 entries would run to thousands of pages and take minutes to lay out (the limit is %2): export it as HTML or JSON, or a PDF of fewer runs</source>
        <translation>een pdf van %1 items zou duizenden pagina’s beslaan en minuten opmaak kosten (de grens is %2): exporteer het als HTML of JSON, of een pdf van minder runs</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Inmanta HA Admin audit report</source>
        <translation>Inmanta HA Admin – auditrapport</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <source>Log head</source>
        <translation>Kop van het logboek</translation>
    </message>
    <message>
        <source>Keychain head</source>
        <translation>Kop in de sleutelbos</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>Keep a copy of the head (entry count and hash) elsewhere: it anchors the chain, so that a log cut short or rewritten later can be told apart from this one.</source>
        <translation>Bewaar elders een kopie van de kop (aantal items en hash): die verankert de keten, zodat een later ingekort of herschreven logboek van dit te onderscheiden is.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exitcode</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Geen items.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>niet afgerond</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>al gedaan</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Controle %1</translation>
    </message>
    <message>
        <source>Pre-flight checks %1: %2</source>
        <translation>Voorafcontroles %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Run %1: %2</translation>
    </message>
    <message>
        <source>[%1 lines, %2 bytes in all: whole in the audit log and the JSON export]</source>
        <translation>[%1 regels, %2 bytes in totaal: volledig in het auditlog en de JSON-export]</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report: %1</source>
        <translation>Inmanta HA Admin – auditrapport: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet geverifieerd</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestart (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>files: %1, other steps: %2</source>
        <translation>bestanden: %1, andere stappen: %2</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controle</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (hervat)</translation>
    </message>
    <message>
        <source>No runs in this log.</source>
        <translation>Geen runs in dit log.</translation>
    </message>
    <message>
        <source>Entries outside any run (secrets set or deleted, host keys accepted): %1, in the raw record.</source>
        <translation>Items buiten een run (geheimen ingesteld of verwijderd, hostsleutels aanvaard): %1, in de ruwe registratie.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Appendix: the raw record</source>
        <translation>Bijlage: de ruwe registratie</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Runbook section</source>
        <translation>Runbook-sectie</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Statements and confirmations</source>
        <translation>Verklaringen en bevestigingen</translation>
    </message>
    <message>
        <source>What the run reported</source>
        <translation>Wat de run meldde</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Aangebrachte wijzigingen</translation>
    </message>
    <message>
        <source>No changes: every step it reached was already done.</source>
        <translation>Geen wijzigingen: elke bereikte stap was al gedaan.</translation>
    </message>
    <message>
        <source>%1 on %2 (step %3)</source>
        <translation>%1 op %2 (stap %3)</translation>
    </message>
    <message>
        <source>Other changes (roles, slots, services, data directories), by the steps that made them:</source>
        <translation>Andere wijzigingen (rollen, slots, services, datamappen), per stap die ze maakte:</translation>
    </message>
    <message>
        <source>The plan: in the run&apos;s step table.</source>
        <translation>Het plan: in de stappentabel van de run.</translation>
    </message>
    <message>
        <source>%1 changed: the diff is under the run&apos;s changes.</source>
        <translation>%1 gewijzigd: de diff staat bij de wijzigingen van de run.</translation>
    </message>
    <message>
        <source>Every entry, with its command and output; long ones shortened to their first and last lines.</source>
        <translation>Elk item, met zijn opdracht en uitvoer; lange ingekort tot hun eerste en laatste regels.</translation>
    </message>
    <message>
        <source>%1 (entries: %2)</source>
        <translation>%1 (items: %2)</translation>
    </message>
    <message>
        <source>Outside any run (entries: %1)</source>
        <translation>Buiten een run (items: %1)</translation>
    </message>
    <message>
        <source>step %1 %2 part-way</source>
        <translation>stap %1: %2 halverwege</translation>
    </message>
    <message>
        <source>Step %1 %2 part-way: what its commands changed is in the raw record.</source>
        <translation>Stap %1: %2 halverwege; wat de opdrachten ervan wijzigden, staat in de ruwe registratie.</translation>
    </message>
    <message>
        <source>Cluster, operator</source>
        <translation>Cluster, operator</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>%1 in its attempts, without the waits between them</source>
        <translation>%1 in de pogingen, zonder het wachten ertussen</translation>
    </message>
    <message>
        <source>PRACTICE - %1 (the practice cluster&apos;s runs are drills on this machine, not on real systems)</source>
        <translation>OEFENING - %1 (de runs van de oefencluster zijn oefeningen op deze machine, niet op echte systemen)</translation>
    </message>
    <message>
        <source>PRACTICE %1</source>
        <translation>OEFENING %1</translation>
    </message>
</context>
<context>
    <name>AuditStoreLocation</name>
    <message>
        <source>store %1: only postgresql:// URLs and file paths are stores</source>
        <translation>opslag %1: alleen postgresql://-URL&apos;s en bestandspaden kunnen als opslag dienen</translation>
    </message>
    <message>
        <source>store %1: not a valid URL (%2)</source>
        <translation>opslag %1: geen geldige URL (%2)</translation>
    </message>
    <message>
        <source>store: the URL holds a password; remove it and keep it in the keychain (inmanta-ha-cli --store URL team password)</source>
        <translation>opslag: de URL bevat een wachtwoord; verwijder het en bewaar het in de sleutelbos (inmanta-ha-cli --store URL team password)</translation>
    </message>
    <message>
        <source>store %1: the URL names no host</source>
        <translation>opslag %1: de URL noemt geen host</translation>
    </message>
    <message>
        <source>store %1: the URL names no role (postgresql://ROLE@HOST/DATABASE)</source>
        <translation>opslag %1: de URL noemt geen rol (postgresql://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>store %1: the URL names no database (postgresql://ROLE@HOST/DATABASE)</source>
        <translation>opslag %1: de URL noemt geen database (postgresql://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>store %1: sslrootcert must be an absolute path</source>
        <translation>opslag %1: sslrootcert moet een absoluut pad zijn</translation>
    </message>
    <message>
        <source>store %1: sslrootcert may not hold spaces, quotes, backslashes, &apos;;&apos; or &apos;=&apos;</source>
        <translation>opslag %1: sslrootcert mag geen spaties, aanhalingstekens, backslashes, &apos;;&apos; of &apos;=&apos; bevatten</translation>
    </message>
    <message>
        <source>store %1: sslmode=%2 is refused; the team&apos;s store is reached over TLS with its certificate and name verified (verify-full)</source>
        <translation>opslag %1: sslmode=%2 wordt geweigerd; de opslag van het team wordt via TLS bereikt, met gecontroleerd certificaat en gecontroleerde naam (verify-full)</translation>
    </message>
    <message>
        <source>store %1: unknown URL parameter &quot;%2&quot; (known: sslrootcert, sslmode)</source>
        <translation>opslag %1: onbekende URL-parameter &quot;%2&quot; (bekend: sslrootcert, sslmode)</translation>
    </message>
</context>
<context>
    <name>AuditedSecretStore</name>
    <message>
        <source>not done: the application ends</source>
        <translation>niet gedaan: de toepassing sluit af</translation>
    </message>
    <message>
        <source>not done, as the audit log could not record it: %1</source>
        <translation>niet gedaan, omdat het auditlog het niet kon vastleggen: %1</translation>
    </message>
    <message>
        <source>there is no audit log</source>
        <translation>er is geen auditlog</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <source>%1 (PRACTICE)</source>
        <translation>%1 (OEFENING)</translation>
    </message>
</context>
<context>
    <name>ClusterFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2; nothing was changed</source>
        <translation>kan geen reservekopie van %1 maken in %2; er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>ClusterImport</name>
    <message>
        <source>no PostgreSQL server runs</source>
        <translation>er draait geen PostgreSQL-server</translation>
    </message>
    <message>
        <source>PostgreSQL %1 %2</source>
        <translation>PostgreSQL %1 %2</translation>
    </message>
    <message>
        <source>in recovery, from %1</source>
        <translation>in herstel, vanaf %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>accepting writes, no standby</source>
        <translation>aanvaardt schrijfopdrachten, geen standby</translation>
    </message>
    <message>
        <source>accepting writes, streaming to %1</source>
        <translation>aanvaardt schrijfopdrachten, streamt naar %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>gegevens %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>poort %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>dienst %1</translation>
    </message>
    <message>
        <source>configuration %1</source>
        <translation>configuratie %1</translation>
    </message>
    <message>
        <source>programs %1</source>
        <translation>programma&apos;s %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <source>Inmanta server %1, no database configured, API %2</source>
        <translation>Inmanta-server %1, geen database geconfigureerd, API %2</translation>
    </message>
    <message>
        <source>Inmanta server %1, database %2 on %3 as %4, API %5</source>
        <translation>Inmanta-server %1, database %2 op %3 als %4, API %5</translation>
    </message>
    <message>
        <source>No PostgreSQL server runs on %1 (%2): its settings are the runbook&apos;s defaults; check them.</source>
        <translation>Op %1 (%2) draait geen PostgreSQL-server: zijn instellingen zijn de standaardwaarden van het runbook; controleer ze.</translation>
    </message>
    <message>
        <source>%1 runs %2 PostgreSQL servers: the one in %3 is imported.</source>
        <translation>Op %1 draaien %2 PostgreSQL-servers: die in %3 wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>No active service unit of PostgreSQL was found on %1: &quot;%2&quot; is assumed.</source>
        <translation>Op %1 is geen actieve service-unit van PostgreSQL gevonden: &quot;%2&quot; wordt aangenomen.</translation>
    </message>
    <message>
        <source>No Inmanta server runs on the orchestrator hosts: choose the orchestrator in the table.</source>
        <translation>Op de orchestratorhosts draait geen Inmanta-server: kies de orchestrator in de tabel.</translation>
    </message>
    <message>
        <source>The Inmanta server runs on %1 hosts (%2): two orchestrators. Stop all but one, and choose the orchestrator in the table.</source>
        <translation>De Inmanta-server draait op %1 hosts (%2): twee orchestrators. Stop ze allemaal op één na, en kies de orchestrator in de tabel.</translation>
    </message>
    <message>
        <source>The Inmanta server uses the database on %1, which is none of the database hosts given: add it, or choose the primary in the table.</source>
        <translation>De Inmanta-server gebruikt de database op %1, die niet bij de opgegeven databasehosts hoort: voeg hem toe, of kies de primary in de tabel.</translation>
    </message>
    <message>
        <source>The Inmanta server uses the database on %1, which does not accept writes: choose the primary in the table.</source>
        <translation>De Inmanta-server gebruikt de database op %1, die geen schrijfopdrachten aanvaardt: kies de primary in de tabel.</translation>
    </message>
    <message>
        <source>Several database hosts accept writes (%1) and the orchestrator names none of them: choose the primary in the table.</source>
        <translation>Meerdere databasehosts aanvaarden schrijfopdrachten (%1) en de orchestrator noemt er geen van: kies de primary in de tabel.</translation>
    </message>
    <message>
        <source>%1 accepts writes too and holds the database %2 or has standbys: two primaries? It is imported as a spare; make sure nothing writes to it.</source>
        <translation>%1 aanvaardt ook schrijfopdrachten en bevat de database %2 of heeft standby&apos;s: twee primaries? Hij wordt als reserve geïmporteerd; zorg dat er niets naar schrijft.</translation>
    </message>
    <message>
        <source>%1 is in recovery but streams from %2, not from the primary %3.</source>
        <translation>%1 is in herstel maar streamt vanaf %2, niet vanaf de primary %3.</translation>
    </message>
    <message>
        <source>no host it names</source>
        <translation>een niet genoemde host</translation>
    </message>
    <message>
        <source>Where %1&apos;s PostgreSQL reads its configuration could not be read: its configuration directory is left as the data directory; check it.</source>
        <translation>Waar PostgreSQL op %1 zijn configuratie leest, kon niet gelezen worden: als configuratiemap blijft de gegevensmap staan; controleer dit.</translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL reads its client authentication from %2, not from %3, which the procedures change: point hba_file there (or move the file) before running them.</source>
        <translation>PostgreSQL op %1 leest de clientauthenticatie uit %2, niet uit %3, dat de procedures wijzigen: laat hba_file daarheen wijzen (of verplaats het bestand) voordat u ze uitvoert.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 listens on %2 only: its API cannot be reached from here (status, the failover&apos;s checks). Set bind-address in its [server] section to %3 (or 0.0.0.0) and restart it.</source>
        <translation>De Inmanta-server op %1 luistert alleen op %2: zijn API is van hieruit niet bereikbaar (status, de controles van de failover). Zet bind-address in zijn sectie [server] op %3 (of 0.0.0.0) en herstart hem.</translation>
    </message>
</context>
<context>
    <name>ClusterReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>een booleaanse waarde</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekenreeks</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>tekenreeks verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>getal verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is geen geheel getal</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>object verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>unknown key, ignored and kept on save (a typo?)</source>
        <translation>onbekende sleutel, genegeerd en bewaard bij opslaan (een tikfout?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>&quot;%1&quot; is geen rol (%2)</translation>
    </message>
    <message>
        <source>is empty; one of %1</source>
        <translation>is leeg; een van %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>geen geldige JSON: %1 op regel %2, kolom %3</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;name&quot;, &quot;replication&quot; and &quot;nodes&quot;</source>
        <translation>JSON-object verwacht met &quot;name&quot;, &quot;replication&quot; en &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>is required: the list of hosts of the cluster</source>
        <translation>is verplicht: de lijst met hosts van de cluster</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>lijst verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>is empty; a cluster needs at least one node</source>
        <translation>is leeg; een cluster heeft minstens één node nodig</translation>
    </message>
    <message>
        <source>expected a number of bytes, got %1</source>
        <translation>een aantal bytes verwacht, gekregen: %1</translation>
    </message>
    <message>
        <source>%1 is not a number of bytes (a whole number, 0 or more)</source>
        <translation>%1 is geen aantal bytes (een geheel getal, 0 of meer)</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true of false verwacht, kreeg %1</translation>
    </message>
</context>
<context>
    <name>ClusterValidator</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation>&quot;%1&quot; is geen geldige gebruikersnaam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>&quot;%1&quot; is geen http://- of https://-URL met een host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL database name (letters, digits, _ and $, at most 63)</source>
        <translation>&quot;%1&quot; is geen PostgreSQL-databasenaam (letters, cijfers, _ en $, hoogstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name (letters, digits, _ and $, at most 63)</source>
        <translation>&quot;%1&quot; is geen PostgreSQL-rolnaam (letters, cijfers, _ en $, hoogstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name (letters, digits and _, at most 63)</source>
        <translation>&quot;%1&quot; is geen PostgreSQL-rolnaam (letters, cijfers en _, hoogstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replication slot name (lower-case letters, digits and _, at most 63)</source>
        <translation>&quot;%1&quot; is geen naam voor een replicatieslot (kleine letters, cijfers en _, hoogstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (scram-sha-256 or md5)</source>
        <translation>&quot;%1&quot; wordt niet ondersteund (scram-sha-256 of md5)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 63)</source>
        <translation>&quot;%1&quot; is geen geldige naam (letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos;, hoogstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name</source>
        <translation>&quot;%1&quot; is geen IP-adres en geen hostnaam</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 is geen poort (1-65535)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>bevat stuurtekens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; the host needs an absolute one</source>
        <translation>&quot;%1&quot; is een relatief pad; de host heeft een absoluut pad nodig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;..&quot;; write the path without it</source>
        <translation>&quot;%1&quot; bevat &quot;..&quot;; schrijf het pad zonder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; write it absolute or starting with ~/</source>
        <translation>&quot;%1&quot; is een relatief pad; schrijf het absoluut of beginnend met ~/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service unit name</source>
        <translation>&quot;%1&quot; is geen naam van een service-unit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>&quot;%1&quot; is al de naam van %2</translation>
    </message>
    <message>
        <source>a second %1; %2 is one already, and a cluster has at most one</source>
        <translation>een tweede %1; %2 is er al een, en een cluster heeft er hoogstens één</translation>
    </message>
    <message>
        <source>%1 is also the database of %2; primary and standby must be different servers</source>
        <translation>%1 is ook de database van %2; primary en standby moeten verschillende servers zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application name that synchronous_standby_names accepts (letters, digits and _, not starting with a digit, not FIRST or ANY, at most 63)</source>
        <translation>&quot;%1&quot; is geen applicatienaam die synchronous_standby_names aanvaardt (letters, cijfers en _, niet beginnend met een cijfer, niet FIRST of ANY, hoogstens 63)</translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3): a warning comes before the critical state</source>
        <translation>%1 is meer dan %2 (%3): een waarschuwing komt vóór de kritieke toestand</translation>
    </message>
    <message>
        <source>%1: the API token goes to %2 unencrypted, readable on the way; give the node an https:// apiUrl</source>
        <translation>%1: het API-token gaat onversleuteld naar %2 en is onderweg leesbaar; geef de node een https://-apiUrl</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: spaces, quotes, backslashes and &apos;;&apos; are not supported in this path</source>
        <translation>&quot;%1&quot;: spaties, aanhalingstekens, backslashes en &apos;;&apos; worden in dit pad niet ondersteund</translation>
    </message>
    <message>
        <source>a practice cluster is named &quot;%1&quot;</source>
        <translation>een oefencluster heet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the practice cluster&apos;s name; give this cluster another</source>
        <translation>&quot;%1&quot; is de naam van de oefencluster; geef deze cluster een andere</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the practice cluster&apos;s network (%2)</source>
        <translation>&quot;%1&quot; ligt buiten het netwerk van de oefencluster (%2)</translation>
    </message>
    <message>
        <source>a user or password in the proxy&apos;s URL is not supported (SOCKS5 without authentication only, and no password in this file)</source>
        <translation>een gebruiker of wachtwoord in de URL van de proxy wordt niet ondersteund (alleen SOCKS5 zonder authenticatie, en geen wachtwoord in dit bestand)</translation>
    </message>
    <message>
        <source>the practice cluster&apos;s proxy must be on this machine (127.0.0.1), not %1</source>
        <translation>de proxy van het oefencluster moet op deze machine staan (127.0.0.1), niet %1</translation>
    </message>
    <message>
        <source>direct database logins cannot go through the cluster&apos;s proxy; remove caFile (PostgreSQL is then read over SSH) or the proxy</source>
        <translation>directe databaseaanmeldingen kunnen niet via de proxy van het cluster; verwijder caFile (PostgreSQL wordt dan via SSH gelezen) of de proxy</translation>
    </message>
    <message>
        <source>expected socks5://HOST:PORT, a SOCKS5 proxy without authentication</source>
        <translation>verwacht socks5://HOST:POORT, een SOCKS5-proxy zonder authenticatie</translation>
    </message>
</context>
<context>
    <name>ClusterVerdict</name>
    <message>
        <source>Replication is not set up yet: %1 are independent servers.</source>
        <translation>Replicatie is nog niet opgezet: %1 zijn onafhankelijke servers.</translation>
    </message>
    <message>
        <source>Configure the primary, then the standby.</source>
        <translation>Configureer de primary, daarna de standby.</translation>
    </message>
    <message>
        <source>Split brain: %1 all accept writes.</source>
        <translation>Split brain: %1 aanvaarden allemaal schrijfopdrachten.</translation>
    </message>
    <message>
        <source>Stop every one of them but the primary the Inmanta server uses, before anything else.</source>
        <translation>Stop ze allemaal behalve de primary die de Inmanta-server gebruikt, vóór al het andere.</translation>
    </message>
    <message>
        <source>The cluster file names no primary.</source>
        <translation>Het clusterbestand noemt geen primary.</translation>
    </message>
    <message>
        <source>Nothing is known about %1 yet.</source>
        <translation>Over %1 is nog niets bekend.</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 antwoordt niet</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is down</source>
        <translation>PostgreSQL op %1 ligt plat</translation>
    </message>
    <message>
        <source>%1 is in recovery</source>
        <translation>%1 is in herstel</translation>
    </message>
    <message>
        <source>%1: writes are not possible.</source>
        <translation>%1: schrijven is niet mogelijk.</translation>
    </message>
    <message>
        <source>Bring %1 back; there is no standby to fail over to.</source>
        <translation>Breng %1 terug; er is geen standby om naar over te schakelen.</translation>
    </message>
    <message>
        <source>Bring %1 back, or rebuild it (configure-standby).</source>
        <translation>Breng %1 terug, of bouw hem opnieuw op (configure-standby).</translation>
    </message>
    <message>
        <source>No synchronous standby: writes on %1 will block until %2 streams again.</source>
        <translation>Geen synchrone standby: schrijfopdrachten op %1 blokkeren tot %2 weer streamt.</translation>
    </message>
    <message>
        <source>Add a standby (configure-standby).</source>
        <translation>Voeg een standby toe (configure-standby).</translation>
    </message>
    <message>
        <source>Look at the inmanta-server service on %1.</source>
        <translation>Bekijk de dienst inmanta-server op %1.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 uses the database on %2, which is not the primary (%3).</source>
        <translation>De Inmanta-server op %1 gebruikt de database op %2, die niet de primary is (%3).</translation>
    </message>
    <message>
        <source>Healthy: %1 replicates synchronously to %2.</source>
        <translation>Gezond: %1 repliceert synchroon naar %2.</translation>
    </message>
    <message>
        <source>Replication is not set up yet: %1 has no replication slot %2.</source>
        <translation>Replicatie is nog niet opgezet: %1 heeft geen replicatieslot %2.</translation>
    </message>
    <message>
        <source>%1 accepts connections but does not answer</source>
        <translation>%1 neemt verbindingen aan maar antwoordt niet</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 is uitgevallen</translation>
    </message>
    <message>
        <source>%1: writes on %2 will block until it streams again.</source>
        <translation>%1: schrijfacties op %2 blokkeren tot er weer gestreamd wordt.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 accepts connections but does not answer.</source>
        <translation>De Inmanta-server op %1 neemt verbindingen aan maar antwoordt niet.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 does not answer.</source>
        <translation>De Inmanta-server op %1 antwoordt niet.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is unhealthy: it is not connected to its database.</source>
        <translation>De Inmanta-server op %1 is niet gezond: hij is niet verbonden met zijn database.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is unhealthy.</source>
        <translation>De Inmanta-server op %1 is niet gezond.</translation>
    </message>
    <message>
        <source>its host key is not known yet</source>
        <translation>zijn hostsleutel is nog niet bekend</translation>
    </message>
    <message>
        <source>its host key has changed</source>
        <translation>zijn hostsleutel is gewijzigd</translation>
    </message>
    <message>
        <source>its host key is revoked</source>
        <translation>zijn hostsleutel is ingetrokken</translation>
    </message>
    <message>
        <source>the SSH login was refused</source>
        <translation>de SSH-aanmelding werd geweigerd</translation>
    </message>
    <message>
        <source>sudo was refused</source>
        <translation>sudo werd geweigerd</translation>
    </message>
    <message>
        <source>The state of %1 cannot be read: %2.</source>
        <translation>De toestand van %1 is niet leesbaar: %2.</translation>
    </message>
    <message>
        <source>Compare %1&apos;s host key fingerprint with the host&apos;s own and accept it, then check again.</source>
        <translation>Vergelijk de vingerafdruk van de hostsleutel van %1 met die van de host zelf en aanvaard hem, en controleer dan opnieuw.</translation>
    </message>
    <message>
        <source>Find out why %1&apos;s host key changed; only if the host was reinstalled, remove its old entry from known_hosts, then check again.</source>
        <translation>Zoek uit waarom de hostsleutel van %1 veranderd is; alleen als de host opnieuw geïnstalleerd is, verwijder dan zijn oude regel uit known_hosts en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Let the SSH user on %1 use sudo (or fix its sudo password in the credentials), then check again.</source>
        <translation>Laat de SSH-gebruiker op %1 sudo gebruiken (of verbeter zijn sudo-wachtwoord bij de aanmeldgegevens), en controleer dan opnieuw.</translation>
    </message>
    <message>
        <source>Fix the SSH login of %1 (user, key or password), then check again.</source>
        <translation>Herstel de SSH-aanmelding van %1 (gebruiker, sleutel of wachtwoord), en controleer dan opnieuw.</translation>
    </message>
    <message>
        <source>Treat %1 as compromised: give it new host keys, then check again.</source>
        <translation>Beschouw %1 als gecompromitteerd: geef hem nieuwe hostsleutels, en controleer dan opnieuw.</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>nog niet gezien</translation>
    </message>
    <message>
        <source>spare, not watched</source>
        <translation>reserve, niet bewaakt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwoordt niet</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>niet leesbaar</translation>
    </message>
    <message>
        <source>Inmanta server unreachable</source>
        <translation>Inmanta-server onbereikbaar</translation>
    </message>
    <message>
        <source>PostgreSQL stopped</source>
        <translation>PostgreSQL gestopt</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>standby (in herstel)</translation>
    </message>
    <message>
        <source>accepts writes</source>
        <translation>aanvaardt schrijfopdrachten</translation>
    </message>
    <message>
        <source>Inmanta server healthy</source>
        <translation>Inmanta-server gezond</translation>
    </message>
    <message>
        <source>Inmanta server unhealthy</source>
        <translation>Inmanta-server niet gezond</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 answers but asks for an API token, and none is stored: which database it uses is not known.</source>
        <translation>De Inmanta-server op %1 antwoordt maar vraagt om een API-token, en er is er geen opgeslagen: welke database hij gebruikt is niet bekend.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 answers but refused the API token (wrong, expired, revoked, or limited to one environment): which database it uses is not known.</source>
        <translation>De Inmanta-server op %1 antwoordt maar weigerde het API-token (fout, verlopen, ingetrokken of beperkt tot één omgeving): welke database hij gebruikt is niet bekend.</translation>
    </message>
    <message>
        <source>Store a token with the API&apos;s scope: inmanta-ha-cli --cluster FILE secret set api-token.</source>
        <translation>Sla een token op met het bereik van de API: inmanta-ha-cli --cluster FILE secret set api-token.</translation>
    </message>
    <message>
        <source>Look at the inmanta-server service on %1. It listens on 127.0.0.1 only unless [server] bind-address says otherwise.</source>
        <translation>Kijk naar de dienst inmanta-server op %1. Hij luistert alleen op 127.0.0.1 tenzij [server] bind-address iets anders zegt.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 uses the database on %2, a name that does not resolve on this machine: whether it is the primary (%3) cannot be told.</source>
        <translation>De Inmanta-server op %1 gebruikt de database op %2, een naam die op deze machine niet opgelost wordt: of dat de primaire (%3) is, valt niet te zeggen.</translation>
    </message>
    <message>
        <source>Make the name resolve here, or name the database by its address in the server&apos;s configuration.</source>
        <translation>Zorg dat de naam hier opgelost wordt, of noem de database bij haar adres in de configuratie van de server.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is not running (18.2 and later stop themselves when their database is lost): start it again once it points at the new primary.</source>
        <translation>De Inmanta-server op %1 draait niet (vanaf 18.2 stopt hij zichzelf wanneer zijn database verloren gaat): start hem opnieuw zodra hij naar de nieuwe primaire wijst.</translation>
    </message>
    <message>
        <source>Fail over to %1: promote it, then point the Inmanta server at it (failover-server).</source>
        <translation>Overschakelen naar %1: promoveer hem en richt dan de Inmanta-server erop (failover-server).</translation>
    </message>
    <message>
        <source>Fail over to %1: promote it.</source>
        <translation>Overschakelen naar %1: promoveer hem.</translation>
    </message>
    <message>
        <source>%1 runs alone as the primary: no standby replicates it, so no failover is possible.</source>
        <translation>%1 draait alleen als primary: geen standby repliceert hem, dus overschakelen is niet mogelijk.</translation>
    </message>
    <message>
        <source>Add a standby to the new primary: add-standby --node %1.</source>
        <translation>Voeg een standby toe aan de nieuwe primary: add-standby --node %1.</translation>
    </message>
    <message>
        <source>Add a standby to the new primary (add-standby).</source>
        <translation>Voeg een standby toe aan de nieuwe primary (add-standby).</translation>
    </message>
    <message>
        <source>Point it at %1: set [database] host in its database.cfg and restart it.</source>
        <translation>Richt hem op %1: zet [database] host in zijn database.cfg en herstart hem.</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gezond</translation>
    </message>
    <message>
        <source>no synchronous standby</source>
        <translation>geen synchrone standby</translation>
    </message>
    <message>
        <source>primary down</source>
        <translation>primary uitgevallen</translation>
    </message>
    <message>
        <source>two primaries</source>
        <translation>twee primaries</translation>
    </message>
    <message>
        <source>orchestrator down</source>
        <translation>orchestrator uitgevallen</translation>
    </message>
    <message>
        <source>orchestrator on the wrong database</source>
        <translation>orchestrator op de verkeerde database</translation>
    </message>
    <message>
        <source>replication not set up</source>
        <translation>replicatie niet opgezet</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>toestand onbekend</translation>
    </message>
    <message>
        <source>the cluster&apos;s proxy does not answer</source>
        <translation>de proxy van het cluster antwoordt niet</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s gateway is gone: see inmanta-ha-cli practice status, or take it down and up again.</source>
        <translation>De gateway van het oefencluster is weg: zie inmanta-ha-cli practice status, of haal het neer en start het opnieuw.</translation>
    </message>
    <message>
        <source>Bring the cluster&apos;s proxy back (the &quot;proxy&quot; of the cluster file: an ssh -D tunnel, for instance), then check again.</source>
        <translation>Breng de proxy van het cluster terug (de &quot;proxy&quot; van het clusterbestand: bijvoorbeeld een ssh -D-tunnel) en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Nothing answers through the cluster&apos;s proxy (%1): whether the hosts or the way to them failed cannot be told.</source>
        <translation>Niets antwoordt via de proxy van het cluster (%1): of de hosts of de weg ernaartoe uitgevallen zijn, valt niet te zeggen.</translation>
    </message>
    <message>
        <source>this machine&apos;s SSH configuration asks for what this tool cannot do</source>
        <translation>de SSH-configuratie van deze machine vraagt wat dit hulpmiddel niet kan</translation>
    </message>
    <message>
        <source>Change ~/.ssh/config for %1 as its details say, then check again.</source>
        <translation>Pas ~/.ssh/config voor %1 aan zoals de details zeggen en controleer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: missing argument</source>
        <translation>%1: argument ontbreekt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: onverwacht argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The cluster file.</source>
        <translation>Het clusterbestand.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The audit database.</source>
        <translation>De auditdatabase.</translation>
    </message>
    <message>
        <source>The product&apos;s known_hosts file.</source>
        <translation>Het known_hosts-bestand van het programma.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht opgegeven</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run inmanta-ha-cli --help for the commands and their options.</source>
        <translation>Voer inmanta-ha-cli --help uit voor de opdrachten en hun opties.</translation>
    </message>
    <message>
        <source>no cluster file: pass --cluster FILE</source>
        <translation>geen clusterbestand: geef --cluster BESTAND op</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>%1: 1 problem found; nothing was run.</source>
        <translation>%1: 1 probleem gevonden; er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>%1: %2 problems found; nothing was run.</source>
        <translation>%1: %2 problemen gevonden; er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: 1 node</source>
        <translation>Cluster &quot;%1&quot;: 1 node</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: %2 nodes</source>
        <translation>Cluster &quot;%1&quot;: %2 nodes</translation>
    </message>
    <message>
        <source>Replication: user %1, slot %2, application name %3, authentication %4</source>
        <translation>Replicatie: gebruiker %1, slot %2, applicatienaam %3, authenticatie %4</translation>
    </message>
    <message>
        <source>  postgres :%1 %2</source>
        <translation>  postgres :%1 %2</translation>
    </message>
    <message>
        <source>  inmanta %1</source>
        <translation>  inmanta %1</translation>
    </message>
    <message>
        <source>Accept and remember unknown host keys.</source>
        <translation>Onbekende hostsleutels aanvaarden en onthouden.</translation>
    </message>
    <message>
        <source>unknown procedure &quot;%1&quot;; one of %2</source>
        <translation>onbekende procedure &quot;%1&quot;; een van %2</translation>
    </message>
    <message>
        <source>Confirm dangerous steps without asking.</source>
        <translation>Gevaarlijke stappen bevestigen zonder te vragen.</translation>
    </message>
    <message>
        <source>RUN_ID</source>
        <translation>RUN_ID</translation>
    </message>
    <message>
        <source>html, pdf or json.</source>
        <translation>html, pdf of json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Het rapportbestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Only this run.</source>
        <translation>Alleen deze uitvoering.</translation>
    </message>
    <message>
        <source>audit export: --format must be html, pdf or json</source>
        <translation>audit export: --format moet html, pdf of json zijn</translation>
    </message>
    <message>
        <source>audit export: --output FILE is required</source>
        <translation>audit export: --output BESTAND is verplicht</translation>
    </message>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation>Waarde voor %1 (niet getoond): </translation>
    </message>
    <message>
        <source>warning: %1 The check goes on without stored passwords and passphrases.</source>
        <translation>waarschuwing: %1 De controle gaat verder zonder opgeslagen wachtwoorden en wachtzinnen.</translation>
    </message>
    <message>
        <source>warning: this check is not recorded in the audit log: %1</source>
        <translation>waarschuwing: deze controle wordt niet in het auditlogboek vastgelegd: %1</translation>
    </message>
    <message>
        <source>All %1 nodes passed the pre-flight check.</source>
        <translation>Alle %1 nodes zijn door de voorafgaande controle gekomen.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes failed the pre-flight check.</source>
        <translation>%1 van %2 nodes zijn niet door de voorafgaande controle gekomen.</translation>
    </message>
    <message>
        <source>Unknown host keys were refused. Compare their fingerprints with the hosts&apos; own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on each host), then run again with --accept-new-host-keys.</source>
        <translation>Onbekende hostsleutels zijn geweigerd. Vergelijk hun vingerafdrukken met die van de hosts (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub op elke host) en voer daarna opnieuw uit met --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>secret set %1: no value; give it on standard input (first line)</source>
        <translation>secret set %1: geen waarde; geef ze op de standaardinvoer (eerste regel)</translation>
    </message>
    <message>
        <source>%1 is not set (or the keychain is locked).</source>
        <translation>%1 is niet ingesteld (of de sleutelbos is vergrendeld).</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 is ingesteld.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
    <message>
        <source>%1 was not set.</source>
        <translation>%1 was niet ingesteld.</translation>
    </message>
    <message>
        <source>cannot verify the audit log: %1</source>
        <translation>kan het auditlogboek niet controleren: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entries; %3</source>
        <translation>%1 geschreven: %2 items; %3</translation>
    </message>
    <message>
        <source>Plan: %1 on cluster %2 (runbook: &quot;%3&quot;)</source>
        <translation>Plan: %1 op cluster %2 (runbook: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Pre-flight checks (nothing changes if one fails):</source>
        <translation>Voorafgaande controles (faalt er een, dan verandert er niets):</translation>
    </message>
    <message>
        <source>Steps (each is skipped when already done):</source>
        <translation>Stappen (elke stap wordt overgeslagen als hij al gedaan is):</translation>
    </message>
    <message>
        <source>  (DANGEROUS: erases data; needs --yes)</source>
        <translation>  (GEVAARLIJK: wist gegevens; vraagt --yes)</translation>
    </message>
    <message>
        <source>Nothing has been run.</source>
        <translation>Er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>de uitvoering kan niet in het auditlogboek worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Run %1: %2 on cluster %3</source>
        <translation>Uitvoering %1: %2 op cluster %3</translation>
    </message>
    <message>
        <source>pre-flight</source>
        <translation>voorafgaande controle</translation>
    </message>
    <message>
        <source>output:</source>
        <translation>uitvoer:</translation>
    </message>
    <message>
        <source>Run %1 succeeded.</source>
        <translation>Uitvoering %1 is gelukt.</translation>
    </message>
    <message>
        <source>Refused before anything changed: %1</source>
        <translation>Geweigerd voordat er iets veranderde: %1</translation>
    </message>
    <message>
        <source>Run %1 stopped: %2</source>
        <translation>Uitvoering %1 gestopt: %2</translation>
    </message>
    <message>
        <source>Run %1 was cancelled: %2</source>
        <translation>Uitvoering %1 is geannuleerd: %2</translation>
    </message>
    <message>
        <source>Fix the cause, then resume with: inmanta-ha-cli --cluster FILE run %1 --resume %2</source>
        <translation>Verhelp de oorzaak en hervat dan met: inmanta-ha-cli --cluster BESTAND run %1 --resume %2</translation>
    </message>
    <message>
        <source>Cancelling: the running command is stopped; the run can be resumed.</source>
        <translation>Annuleren: de lopende opdracht wordt gestopt; de uitvoering kan hervat worden.</translation>
    </message>
    <message>
        <source>warning: %1 The status is read without stored passwords and passphrases.</source>
        <translation>waarschuwing: %1 De status wordt gelezen zonder opgeslagen wachtwoorden en wachtzinnen.</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>; replica %1 at %2: %3, %4, %5 bytes behind</source>
        <translation>; replica %1 op %2: %3, %4, %5 bytes achter</translation>
    </message>
    <message>
        <source>; slot %1 %2</source>
        <translation>; slot %1 %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>, database %1</source>
        <translation>, database %1</translation>
    </message>
    <message>
        <source>lock status | lock release RUN_ID</source>
        <translation>lock status | lock release RUN_ID</translation>
    </message>
    <message>
        <source>Allow erasing NODE although it holds data of its own (configure-standby); NODE must be typed out.</source>
        <translation>Sta toe dat NODE gewist wordt hoewel het eigen gegevens bevat (configure-standby); NODE moet voluit getypt worden.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>Resume a failed or cancelled run: every step is checked again.</source>
        <translation>Een mislukte of geannuleerde run hervatten: elke stap wordt opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>The node the procedure works on (add-standby, new-orchestrator; promote-standby: the standby).</source>
        <translation>Het knooppunt waarop de procedure werkt (add-standby, new-orchestrator; promote-standby: de standby).</translation>
    </message>
    <message>
        <source>The node the procedure works on: the standby to build or promote, the node that becomes the new orchestrator.</source>
        <translation>Het knooppunt waarop de procedure werkt: de standby die wordt opgebouwd of gepromoveerd, het knooppunt dat de nieuwe orchestrator wordt.</translation>
    </message>
    <message>
        <source>Attest that NODE, which does not answer, is powered off or cut off the network (recorded in the audit log with your name). May be given more than once.</source>
        <translation>Verklaar dat NODE, die niet antwoordt, uitgeschakeld of van het netwerk afgesloten is (met uw naam in het auditlogboek vastgelegd). Mag meermaals.</translation>
    </message>
    <message>
        <source>Promote although the standby may lack commits the primary acknowledged (the plan&apos;s pre-flight names how much, from the last sample); recorded in the audit log.</source>
        <translation>Promoveren hoewel de standby commits kan missen die de primary bevestigde (de voorafcontrole noemt hoeveel, uit de laatste meting); vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>new-orchestrator: the command (run as root on the node) that installs the Inmanta server where it is missing.</source>
        <translation>new-orchestrator: het commando (als root op het knooppunt uitgevoerd) dat de Inmanta-server installeert waar hij ontbreekt.</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <source>--%1 %2: no node of that name in cluster %3</source>
        <translation>--%1 %2: geen knooppunt met die naam in cluster %3</translation>
    </message>
    <message>
        <source>Refused; this attempt changed nothing, what run %1 did before stays: %2</source>
        <translation>Geweigerd; deze poging veranderde niets, wat run %1 eerder deed blijft: %2</translation>
    </message>
    <message>
        <source>The run succeeded, but the cluster file %1 could not be updated (%2); change the roles by hand: %3</source>
        <translation>De run is gelukt, maar het clusterbestand %1 kon niet worden bijgewerkt (%2); wijzig de rollen met de hand: %3</translation>
    </message>
    <message>
        <source>Cluster file %1 updated (the previous one is %1.bak): %2</source>
        <translation>Clusterbestand %1 bijgewerkt (het vorige is %1.bak): %2</translation>
    </message>
    <message>
        <source>warning: the replication sample is not kept: %1</source>
        <translation>waarschuwing: de replicatiemeting wordt niet bewaard: %1</translation>
    </message>
    <message>
        <source>Where to serve /metrics: ADDR:PORT, [IPv6]:PORT or :PORT (every address).</source>
        <translation>Waar /metrics wordt aangeboden: ADRES:POORT, [IPv6]:POORT of :POORT (elk adres).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRES:POORT</translation>
    </message>
    <message>
        <source>Seconds between rounds (default 15).</source>
        <translation>Seconden tussen twee rondes (standaard 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>exporter: --listen ADDR:PORT is required (e.g. 127.0.0.1:9877, [::1]:9877 or :9877)</source>
        <translation>exporter: --listen ADRES:POORT is verplicht (bv. 127.0.0.1:9877, [::1]:9877 of :9877)</translation>
    </message>
    <message>
        <source>exporter: --interval must be 1 to 3600 seconds</source>
        <translation>exporter: --interval moet 1 tot 3600 seconden zijn</translation>
    </message>
    <message>
        <source>inmanta-ha-cli: exporter: cannot listen on %1: %2</source>
        <translation>inmanta-ha-cli: exporter: kan niet luisteren op %1: %2</translation>
    </message>
    <message>
        <source>warning: %1 The cluster is watched without stored passwords and passphrases.</source>
        <translation>waarschuwing: %1 De cluster wordt bewaakt zonder opgeslagen wachtwoorden en wachtzinnen.</translation>
    </message>
    <message>
        <source>Serving the metrics of cluster %1 at http://%2/metrics, a round every %3 s.</source>
        <translation>De metrics van cluster %1 op http://%2/metrics, een ronde elke %3 s.</translation>
    </message>
    <message>
        <source>text (default), json, nagios (a plugin&apos;s line and exit code) or prometheus (the text exposition format).</source>
        <translation>text (standaard), json, nagios (de regel en exitcode van een plug-in) of prometheus (het tekstformaat voor exposition).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Hetzelfde als --format json.</translation>
    </message>
    <message>
        <source>prometheus: write to FILE, replaced at once (node_exporter&apos;s textfile collector never reads half a file).</source>
        <translation>prometheus: naar BESTAND schrijven, in één keer vervangen (de textfile-collector van node_exporter leest nooit een half bestand).</translation>
    </message>
    <message>
        <source>Replay lag that is a warning.</source>
        <translation>Replay-achterstand die een waarschuwing is.</translation>
    </message>
    <message>
        <source>Replay lag that is critical.</source>
        <translation>Replay-achterstand die kritiek is.</translation>
    </message>
    <message>
        <source>WAL a replication slot retains that is a warning.</source>
        <translation>WAL dat een replicatieslot vasthoudt en een waarschuwing is.</translation>
    </message>
    <message>
        <source>WAL a replication slot retains that is critical.</source>
        <translation>WAL dat een replicatieslot vasthoudt en kritiek is.</translation>
    </message>
    <message>
        <source>Bytes, or with a unit: kB, MB, GB, TB (1024-based). Default: the cluster file&apos;s, else the built-in one.</source>
        <translation>Bytes, of met een eenheid: kB, MB, GB, TB (basis 1024). Standaard: die van het clusterbestand, anders de ingebouwde.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GROOTTE</translation>
    </message>
    <message>
        <source>status: --format must be text, json, nagios or prometheus</source>
        <translation>status: --format moet text, json, nagios of prometheus zijn</translation>
    </message>
    <message>
        <source>status: --output goes with --format prometheus</source>
        <translation>status: --output hoort bij --format prometheus</translation>
    </message>
    <message>
        <source>the cluster file %1 has problems; see `inmanta-ha-cli --cluster %1 validate`</source>
        <translation>het clusterbestand %1 heeft problemen; zie `inmanta-ha-cli --cluster %1 validate`</translation>
    </message>
    <message>
        <source>status: --%1 &quot;%2&quot; is not a size (bytes, or a number with kB, MB, GB or TB)</source>
        <translation>status: --%1 &quot;%2&quot; is geen grootte (bytes, of een getal met kB, MB, GB of TB)</translation>
    </message>
    <message>
        <source>status: a warning threshold is above its critical one</source>
        <translation>status: een waarschuwingsdrempel ligt boven zijn kritieke</translation>
    </message>
    <message>
        <source>inmanta-ha-cli: cannot write %1: %2</source>
        <translation>inmanta-ha-cli: kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>secret %1 %2: not done, as the audit log could not record it: %3</source>
        <translation>secret %1 %2: niet gedaan, omdat het auditlog het niet kon vastleggen: %3</translation>
    </message>
    <message>
        <source>warning: recorded, but the keychain&apos;s copy of the audit log&apos;s head is not updated: %1</source>
        <translation>waarschuwing: vastgelegd, maar de kopie van de kop van het auditlog in de sleutelbos is niet bijgewerkt: %1</translation>
    </message>
    <message>
        <source>The only host key NODE may present (as ssh-keygen -lf prints it); repeatable.</source>
        <translation>De enige hostsleutel die NODE mag tonen (zoals ssh-keygen -lf hem toont); herhaalbaar.</translation>
    </message>
    <message>
        <source>NODE=SHA256:...</source>
        <translation>NODE=SHA256:...</translation>
    </message>
    <message>
        <source>--host-key %1: the cluster has no node &quot;%2&quot;</source>
        <translation>--host-key %1: het cluster heeft geen node &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--host-key %1: %2</source>
        <translation>--host-key %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown host key accepted (--accept-new-host-keys) and recorded: %2 %3</source>
        <translation>%1: onbekende hostsleutel aanvaard (--accept-new-host-keys) en vastgelegd: %2 %3</translation>
    </message>
    <message>
        <source>there is no audit log here (and the keychain cannot say whether there was one: %1)</source>
        <translation>hier is geen auditlog (en de sleutelhanger kan niet zeggen of er een was: %1)</translation>
    </message>
    <message>
        <source>MISSING: the keychain remembers the audit log %1 here; it was deleted or moved</source>
        <translation>ONTBREEKT: de sleutelhanger kent hier het auditlog %1; het is verwijderd of verplaatst</translation>
    </message>
    <message>
        <source>there is no audit log here yet</source>
        <translation>hier is nog geen auditlog</translation>
    </message>
    <message>
        <source>cannot adopt the audit log: %1</source>
        <translation>het auditlog kan niet worden aangenomen: %1</translation>
    </message>
    <message>
        <source>%1 is already the audit log the keychain remembers there</source>
        <translation>%1 is al het auditlog dat de sleutelhanger daar kent</translation>
    </message>
    <message>
        <source>%1 is now the audit log the keychain remembers there</source>
        <translation>%1 is nu het auditlog dat de sleutelhanger daar kent</translation>
    </message>
    <message>
        <source>warning: held back: %1; %2</source>
        <translation>waarschuwing: achtergehouden: %1; %2</translation>
    </message>
    <message>
        <source>secret: unknown action &quot;%1&quot;; one of set, delete, check, confirm</source>
        <translation>secret: onbekende actie &quot;%1&quot;; een van set, delete, check, confirm</translation>
    </message>
    <message>
        <source>%1 is set, but held back from this file: %2; %3</source>
        <translation>%1 is ingesteld, maar wordt voor dit bestand achtergehouden: %2; %3</translation>
    </message>
    <message>
        <source>%1 is set in the keychain, for %2.</source>
        <translation>%1 is ingesteld in de sleutelbos, voor %2.</translation>
    </message>
    <message>
        <source>%1 may now go to %2 (and nowhere else).</source>
        <translation>%1 mag nu naar %2 (en nergens anders heen).</translation>
    </message>
    <message>
        <source>secret confirm %1: it is not set; nothing to confirm</source>
        <translation>secret confirm %1: het is niet ingesteld; niets te bevestigen</translation>
    </message>
    <message>
        <source>practice up | practice status | practice down</source>
        <translation>practice up | practice status | practice down</translation>
    </message>
    <message>
        <source>practice: --cluster is not for the practice cluster, which has its own file</source>
        <translation>practice: --cluster is niet voor de oefencluster, die zijn eigen bestand heeft</translation>
    </message>
    <message>
        <source>The practice cluster is up (marked PRACTICE; nothing in it is real). Open it with: inmanta-ha-admin --practice</source>
        <translation>De oefencluster draait (gemarkeerd als OEFENING; niets erin is echt). Open hem met: inmanta-ha-admin --practice</translation>
    </message>
    <message>
        <source>The practice cluster is gone: its hosts, files and keychain entries.</source>
        <translation>De oefencluster is verwijderd: zijn hosts, bestanden en sleutelbositems.</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s hosts and files are gone.</source>
        <translation>De hosts en bestanden van de oefencluster zijn verwijderd.</translation>
    </message>
    <message>
        <source>PRACTICE cluster %1 (on this machine, not a real system): %2</source>
        <translation>OEFEN-cluster %1 (op deze machine, geen echt systeem): %2</translation>
    </message>
    <message>
        <source>Print the SSH settings of each node, with where each comes from (the cluster file, ~/.ssh/config and its line, or the default), and connect to nothing.</source>
        <translation>De SSH-instellingen van elke node tonen, elk met waar ze vandaan komen (het clusterbestand, ~/.ssh/config en de regel, of de standaard), zonder verbinding te maken.</translation>
    </message>
    <message>
        <source>Usage: inmanta-ha-cli [--cluster FILE] [--audit-db FILE | --store URL] [--known-hosts FILE]
                      [--host-key NODE=SHA256:...] COMMAND ...

Commands:
  validate                        check the cluster file and print a summary
  check [--accept-new-host-keys]  pre-flight reachability of every node
  plan PROCEDURE [options]        print every step and its exact command; run nothing
  run PROCEDURE [--yes] [--accept-new-host-keys] [--resume RUN_ID] [options]
  status [--format text|json|nagios|prometheus] [--warn-lag SIZE] ...
                                  the state of the cluster (nagios: exit 0-3)
  exporter --listen ADDR:PORT [--interval SECONDS]
                                  serve Prometheus metrics at /metrics
  secret set|delete|check NAME    manage a secret in the OS keychain (value on stdin)
  secret confirm NAME             let a secret go where this cluster file sends it
  audit export --format html|pdf|json --output FILE [--run RUN_ID]
  audit verify                    re-check the audit log&apos;s hash chain
  audit adopt                     accept a new audit log in place of a deleted one
  audit key export|import         share the audit log&apos;s key with a teammate (stdout/stdin)
  audit migrate --to FILE|URL     copy the audit log to another store, and verify the copy
  team password                   the --store role&apos;s password, into the keychain (stdin)
  team status                     who runs what now, and the team&apos;s recent runs
  team publish                    publish --cluster FILE to the store (refused on conflict)
  team open NAME --output FILE    a published cluster file [--version N]
  team clusters | history NAME    the published clusters, and who changed them
  lock status                     who holds the cluster lock, on every node
  lock release RUN_ID             release the lock a failed or cancelled run kept
  practice up|status|down         a practice cluster on this machine (up prints its file)

--store postgresql://ROLE@HOST[:PORT]/DATABASE[?sslrootcert=FILE]: the team&apos;s shared
audit log, run lock and clusters (TLS verified; default: the setting team/store, else
the local SQLite file).

Procedures: %1

Exit codes: 0 success, 1 a step failed, 2 usage or invalid input,
            3 refused by a safety or pre-flight check, 4 cancelled.
</source>
        <translation>Gebruik: inmanta-ha-cli [--cluster FILE] [--audit-db FILE | --store URL] [--known-hosts FILE]
                        [--host-key NODE=SHA256:...] OPDRACHT ...

Opdrachten:
  validate                        het clusterbestand controleren en een overzicht tonen
  check [--accept-new-host-keys]  voorafgaande controle van de bereikbaarheid van elke node
  plan PROCEDURE [opties]         elke stap met zijn exacte opdracht tonen; niets uitvoeren
  run PROCEDURE [--yes] [--accept-new-host-keys] [--resume RUN_ID] [opties]
  status [--format text|json|nagios|prometheus] [--warn-lag GROOTTE] ...
                                  de toestand van de cluster (nagios: exit 0-3)
  exporter --listen ADRES:POORT [--interval SECONDEN]
                                  Prometheus-metrics aanbieden op /metrics
  secret set|delete|check NAME    een geheim in de sleutelbos van het systeem beheren (waarde via stdin)
  secret confirm NAME             een geheim laten gaan waar dit clusterbestand het heen stuurt
  audit export --format html|pdf|json --output FILE [--run RUN_ID]
  audit verify                    de hashketen van het auditlogboek opnieuw controleren
  audit adopt                     een nieuw auditlog aannemen in plaats van een verwijderd
  audit key export|import         de sleutel van het auditlogboek delen met een teamgenoot (stdout/stdin)
  audit migrate --to FILE|URL     het auditlogboek naar een andere opslag kopiëren, en de kopie controleren
  team password                   het wachtwoord van de --store-rol, in de sleutelbos (stdin)
  team status                     wie nu wat uitvoert, en de recente uitvoeringen van het team
  team publish                    --cluster FILE publiceren in de opslag (geweigerd bij een conflict)
  team open NAME --output FILE    een gepubliceerd clusterbestand [--version N]
  team clusters | history NAME    de gepubliceerde clusters, en wie ze wijzigde
  lock status                     wie de clustervergrendeling houdt, op elke node
  lock release RUN_ID             geef de vergrendeling vrij die een mislukte of geannuleerde run hield
  practice up|status|down         een oefencluster op deze machine (up toont zijn bestand)

--store postgresql://ROLE@HOST[:PORT]/DATABASE[?sslrootcert=FILE]: het gedeelde
auditlogboek, de uitvoeringsvergrendeling en de clusters van het team (TLS gecontroleerd;
standaard: de instelling team/store, anders het lokale SQLite-bestand).

Procedures: %1

Exitcodes: 0 gelukt, 1 een stap is mislukt, 2 fout gebruik of ongeldige invoer,
           3 geweigerd door een veiligheids- of voorafgaande controle, 4 geannuleerd.
</translation>
    </message>
    <message>
        <source>The team&apos;s shared store (postgresql://...).</source>
        <translation>De gedeelde opslag van het team (postgresql://...).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--audit-db and --store name two stores; pass one</source>
        <translation>--audit-db en --store noemen twee opslagplaatsen; geef er één op</translation>
    </message>
    <message>
        <source>--store %1: not a postgresql:// URL (a local file is --audit-db FILE)</source>
        <translation>--store %1: geen postgresql://-URL (een lokaal bestand is --audit-db FILE)</translation>
    </message>
    <message>
        <source>audit: missing action; one of export, verify, adopt, key, migrate</source>
        <translation>audit: actie ontbreekt; een van export, verify, adopt, key, migrate</translation>
    </message>
    <message>
        <source>The store to copy the log into (a file or a URL).</source>
        <translation>De opslag waarnaar het logboek gekopieerd wordt (een bestand of een URL).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>audit migrate: --to FILE|URL is required</source>
        <translation>audit migrate: --to FILE|URL is verplicht</translation>
    </message>
    <message>
        <source>audit: unknown action &quot;%1&quot;; one of export, verify, adopt, key, migrate</source>
        <translation>audit: onbekende actie &quot;%1&quot;; een van export, verify, adopt, key, migrate</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>team password | status | clusters | history NAME | publish | open NAME --output FILE [--version N]</source>
        <translation>team password | status | clusters | history NAME | publish | open NAME --output FILE [--version N]</translation>
    </message>
    <message>
        <source>The cluster file to write.</source>
        <translation>Het clusterbestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>That version, not the latest.</source>
        <translation>Die versie, niet de nieuwste.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>team %1: no shared store; pass --store postgresql://ROLE@HOST/DATABASE (or set it in the settings)</source>
        <translation>team %1: geen gedeelde opslag; geef --store postgresql://ROLE@HOST/DATABASE op (of stel ze in bij de instellingen)</translation>
    </message>
    <message>
        <source>team password: no value on standard input</source>
        <translation>team password: geen waarde op de standaardinvoer</translation>
    </message>
    <message>
        <source>The password of role %1 for %2 is in the keychain.</source>
        <translation>Het wachtwoord van rol %1 voor %2 staat in de sleutelbos.</translation>
    </message>
    <message>
        <source>team %1: --version must be a version number, not &quot;%2&quot;</source>
        <translation>team %1: --version moet een versienummer zijn, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>team open: --output FILE is required</source>
        <translation>team open: --output FILE is verplicht</translation>
    </message>
    <message>
        <source>team: unknown action &quot;%1&quot;; %2</source>
        <translation>team: onbekende actie &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>Team store: %1 (you are role %2)</source>
        <translation>Teamopslag: %1 (u bent rol %2)</translation>
    </message>
    <message>
        <source>%1 entries of yours wait here to be appended to it.</source>
        <translation>%1 items van u wachten hier om eraan toegevoegd te worden.</translation>
    </message>
    <message>
        <source>No cluster named: pass --cluster FILE, or publish one.</source>
        <translation>Geen cluster genoemd: geef --cluster FILE op, of publiceer er een.</translation>
    </message>
    <message>
        <source>Cluster %1: no run now</source>
        <translation>Cluster %1: nu geen uitvoering</translation>
    </message>
    <message>
        <source>Cluster %1: no run now; INTERRUPTED: %2 (its client ended without giving the lock back; the cluster may be half-way)</source>
        <translation>Cluster %1: nu geen uitvoering; INTERRUPTED: %2 (de client ervan stopte zonder de vergrendeling terug te geven; de cluster is mogelijk halverwege)</translation>
    </message>
    <message>
        <source>Cluster %1: RUNNING NOW: %2</source>
        <translation>Cluster %1: RUNNING NOW: %2</translation>
    </message>
    <message>
        <source>%1 holds no published cluster</source>
        <translation>%1 bevat geen gepubliceerde cluster</translation>
    </message>
    <message>
        <source>cluster %1 is not published in %2</source>
        <translation>cluster %1 is niet gepubliceerd in %2</translation>
    </message>
    <message>
        <source>team publish: not done, as the audit log could not record it: %1</source>
        <translation>team publish: niet gedaan, omdat het auditlog het niet kon vastleggen: %1</translation>
    </message>
    <message>
        <source>Published cluster %1 as version %2 to %3</source>
        <translation>Cluster %1 gepubliceerd als versie %2 in %3</translation>
    </message>
    <message>
        <source>cluster %1 has no version %2 in %3</source>
        <translation>cluster %1 heeft geen versie %2 in %3</translation>
    </message>
    <message>
        <source>%1 exists and has changes that are not published: nothing was written (publish them, or write elsewhere)</source>
        <translation>%1 bestaat en bevat wijzigingen die niet gepubliceerd zijn: er is niets geschreven (publiceer ze, of schrijf elders)</translation>
    </message>
    <message>
        <source>Wrote %1: cluster %2, version %3, published by %4 at %5</source>
        <translation>%1 geschreven: cluster %2, versie %3, gepubliceerd door %4 op %5</translation>
    </message>
    <message>
        <source>audit key export: %1</source>
        <translation>audit key export: %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>geen sleutel</translation>
    </message>
    <message>
        <source>This is the secret key of the audit log %1: give it to a teammate over a safe channel; they run audit key import.</source>
        <translation>Dit is de geheime sleutel van het auditlogboek %1: geef hem via een veilig kanaal aan een teamgenoot; die voert audit key import uit.</translation>
    </message>
    <message>
        <source>audit key export | audit key import (the key on stdin)</source>
        <translation>audit key export | audit key import (de sleutel via stdin)</translation>
    </message>
    <message>
        <source>the audit key</source>
        <translation>de auditsleutel</translation>
    </message>
    <message>
        <source>audit key import: not a key (audit key export prints one line of base64)</source>
        <translation>audit key import: geen sleutel (audit key export toont één regel base64)</translation>
    </message>
    <message>
        <source>the key does not verify the log %1: %2</source>
        <translation>het logboek %1 doorstaat de controle met deze sleutel niet: %2</translation>
    </message>
    <message>
        <source>audit key import: refused: %1</source>
        <translation>audit key import: geweigerd: %1</translation>
    </message>
    <message>
        <source>The key of the audit log %1 is in the keychain.</source>
        <translation>De sleutel van het auditlogboek %1 staat in de sleutelbos.</translation>
    </message>
    <message>
        <source>audit migrate: %1</source>
        <translation>audit migrate: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was copied</source>
        <translation>%1: %2; er is niets gekopieerd</translation>
    </message>
    <message>
        <source>%1 is this log already</source>
        <translation>%1 is dit logboek al</translation>
    </message>
    <message>
        <source>the copy in %1 does not verify: %2</source>
        <translation>de kopie in %1 doorstaat de controle niet: %2</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and verified the copy: %3</source>
        <translation>%1 gekopieerd naar %2 en de kopie gecontroleerd: %3</translation>
    </message>
</context>
<context>
    <name>GuiRunService</name>
    <message>
        <source>another run is going on in this window; wait for its end</source>
        <translation>in dit venster loopt al een andere uitvoering; wacht tot die afgelopen is</translation>
    </message>
    <message>
        <source>the audit log is not open: a run that cannot be recorded does not start</source>
        <translation>het auditlogboek is niet geopend: een uitvoering die niet vastgelegd kan worden, start niet</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>de uitvoering kan niet in het auditlogboek worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>(ticked in the wizard)</source>
        <translation>(aangevinkt in de wizard)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing changed</source>
        <translation>geannuleerd voordat ze startte; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>(ticked for %1 in the wizard)</source>
        <translation>(aangevinkt voor %1 in de wizard)</translation>
    </message>
    <message>
        <source>tick &quot;%1 does not answer...&quot; on the Preview page</source>
        <translation>&quot;%1 antwoordt niet...&quot; aanvinken op de pagina Voorbeeld</translation>
    </message>
    <message>
        <source>tick &quot;I accept that these commits may be lost&quot; on the Preview page</source>
        <translation>&quot;Ik aanvaard dat deze commits verloren kunnen gaan&quot; aanvinken op de pagina Voorbeeld</translation>
    </message>
</context>
<context>
    <name>HostKey</name>
    <message>
        <source>&quot;%1&quot; is not a host key fingerprint as ssh-keygen -lf prints it (SHA256: and 43 characters)</source>
        <translation>&quot;%1&quot; is geen vingerafdruk van een hostsleutel zoals ssh-keygen -lf hem toont (SHA256: en 43 tekens)</translation>
    </message>
</context>
<context>
    <name>InmantaConfig</name>
    <message>
        <source>%1 sets %2 = %3 and is read later</source>
        <translation>%1 zet %2 = %3 en wordt later gelezen</translation>
    </message>
    <message>
        <source>[database] %1 in %2 would not take effect: %3</source>
        <extracomment>[database] is the section of the Inmanta configuration file; keep it as it is.</extracomment>
        <translation>[database] %1 in %2 zou geen effect hebben: %3</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>%1 is not set</source>
        <translation>%1 is niet ingesteld</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service provider, such as gnome-keyring or KWallet, in a desktop or D-Bus session, then try again. Secrets are never stored in plain text instead.</source>
        <translation>Geen sleutelbos beschikbaar (%1). Installeer en start een Secret Service-aanbieder, zoals gnome-keyring of KWallet, in een desktop- of D-Bus-sessie en probeer opnieuw. Geheimen worden nooit in platte tekst bewaard in de plaats.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it (log in to the desktop session, or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>De sleutelbos is vergrendeld of weigert de toegang (%1). Ontgrendel hem (meld u aan bij de desktopsessie, of voer gnome-keyring-daemon --unlock uit) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>De sleutelbos faalde: %1</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>De sleutelbos is vergrendeld. Ontgrendel hem (meld u aan bij de bureaubladsessie, of voer gnome-keyring-daemon --unlock uit) en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>%1 is a binary key revocation list (KRL), which this tool cannot read</source>
        <translation>%1 is een binaire sleutelintrekkingslijst (KRL), die dit hulpmiddel niet kan lezen</translation>
    </message>
    <message>
        <source>%1: not a public key (&quot;type base64&quot; expected)</source>
        <translation>%1: geen publieke sleutel (&quot;type base64&quot; verwacht)</translation>
    </message>
    <message>
        <source>(a @cert-authority line covers this host (%1): host certificates are not supported here, the key stands on its own)</source>
        <translation>(een @cert-authority-regel geldt voor deze host (%1): hostcertificaten worden hier niet ondersteund, de sleutel staat op zichzelf)</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>replay lag %1 bytes (critical from %2)</source>
        <translation>replay-achterstand %1 bytes (kritiek vanaf %2)</translation>
    </message>
    <message>
        <source>replay lag %1 bytes (warning from %2)</source>
        <translation>replay-achterstand %1 bytes (waarschuwing vanaf %2)</translation>
    </message>
    <message>
        <source>a slot retains %1 bytes of WAL (critical from %2)</source>
        <translation>een slot houdt %1 bytes WAL vast (kritiek vanaf %2)</translation>
    </message>
    <message>
        <source>a slot retains %1 bytes of WAL (warning from %2)</source>
        <translation>een slot houdt %1 bytes WAL vast (waarschuwing vanaf %2)</translation>
    </message>
    <message>
        <source>the Inmanta server on %1 does not answer or is unhealthy</source>
        <translation>de Inmanta-server op %1 antwoordt niet of is niet gezond</translation>
    </message>
    <message>
        <source>the standby %1 is down</source>
        <translation>de standby %1 is uitgevallen</translation>
    </message>
    <message>
        <source>%1 has no synchronous standby: writes block</source>
        <translation>%1 heeft geen synchrone standby: schrijfacties blokkeren</translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>just now</source>
        <translation>zonet</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s geleden</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min geleden</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 u geleden</translation>
    </message>
    <message>
        <source>From the cluster file</source>
        <translation>Uit het clusterbestand</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH-sleutel</translation>
    </message>
    <message>
        <source>agent and default keys</source>
        <translation>agent en standaardsleutels</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-poort</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuratie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Inmanta API</source>
        <translation>Inmanta-API</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Database-instellingen</translation>
    </message>
    <message>
        <source>Live facts</source>
        <translation>Actuele toestand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Live facts, checked %1</source>
        <translation>Actuele toestand, gecontroleerd %1</translation>
    </message>
    <message>
        <source>Last answered</source>
        <translation>Laatst geantwoord</translation>
    </message>
    <message>
        <source>never, since this window opened</source>
        <translation>nooit, sinds dit venster openging</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed or unreachable</source>
        <translation>gesloten of onbereikbaar</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-poort</translation>
    </message>
    <message>
        <source>API port</source>
        <translation>API-poort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>running</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>In recovery</source>
        <translation>In herstel</translation>
    </message>
    <message>
        <source>yes (a standby)</source>
        <translation>ja (een standby)</translation>
    </message>
    <message>
        <source>no (accepts writes)</source>
        <translation>nee (aanvaardt schrijfopdrachten)</translation>
    </message>
    <message>
        <source>Control file</source>
        <translation>Controlebestand</translation>
    </message>
    <message>
        <source>%1, timeline %2</source>
        <translation>%1, tijdlijn %2</translation>
    </message>
    <message>
        <source>standby.signal</source>
        <translation>standby.signal</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>niet geprobeerd</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replica %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4 behind</source>
        <translation>%1 op %2, %3, %4 achter</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>%1, retains %2</source>
        <translation>%1, houdt %2 vast</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>Inmanta server</source>
        <translation>Inmanta-server</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gezond</translation>
    </message>
    <message>
        <source>unhealthy or down</source>
        <translation>niet gezond of onbereikbaar</translation>
    </message>
    <message>
        <source>Uses database</source>
        <translation>Gebruikt database</translation>
    </message>
    <message>
        <source>read over SSH (a direct login needs a CA: postgres.caFile)</source>
        <translation>via SSH gelezen (een directe login vraagt een CA: postgres.caFile)</translation>
    </message>
    <message>
        <source>logged in over verified TLS</source>
        <translation>ingelogd via geverifieerde TLS</translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation>Bereikt via</translation>
    </message>
</context>
<context>
    <name>PracticeCluster</name>
    <message>
        <source>The practice cluster is five hosts on this machine: each a set of Linux namespaces with its own network address (198.19.7.0/24, never routed), OpenSSH server and PostgreSQL 15. Creating and removing namespaces needs root, so only its helper, %1, runs as root (&quot;%2&quot;); this program does not.</source>
        <translation>De oefencluster bestaat uit vijf hosts op deze machine: elk een set Linux-namespaces met een eigen netwerkadres (198.19.7.0/24, nooit gerouteerd), OpenSSH-server en PostgreSQL 15. Namespaces aanmaken en verwijderen vereist root, dus alleen zijn helper, %1, draait als root (&quot;%2&quot;); dit programma niet.</translation>
    </message>
    <message>
        <source>sudo will ask for your password.</source>
        <translation>sudo zal om uw wachtwoord vragen.</translation>
    </message>
    <message>
        <source>Your system will ask for an administrator&apos;s password (pkexec).</source>
        <translation>Uw systeem zal om het wachtwoord van een beheerder vragen (pkexec).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 kon niet worden gestart: %2</translation>
    </message>
    <message>
        <source>The practice helper %1 is missing; reinstall inmanta-ha-admin.</source>
        <translation>De oefenhelper %1 ontbreekt; installeer inmanta-ha-admin opnieuw.</translation>
    </message>
    <message>
        <source>practice %1: root was not granted (pkexec: %2); nothing was changed.</source>
        <translation>practice %1: root werd niet toegestaan (pkexec: %2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>practice %1 failed (exit %2): %3</source>
        <translation>practice %1 is mislukt (exit %2): %3</translation>
    </message>
    <message>
        <source>The practice cluster is up already (%1); practice down removes it.</source>
        <translation>De oefencluster draait al (%1); practice down verwijdert hem.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Kan %1 niet aanmaken</translation>
    </message>
    <message>
        <source>Making the practice cluster&apos;s SSH key (%1)</source>
        <translation>De SSH-sleutel van de oefencluster wordt gemaakt (%1)</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen is mislukt: %1</translation>
    </message>
    <message>
        <source>The practice helper wrote no usable cluster file at &quot;%1&quot;</source>
        <translation>De oefenhelper schreef geen bruikbaar clusterbestand op &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Stopping the practice hosts</source>
        <translation>De oefenhosts worden gestopt</translation>
    </message>
    <message>
        <source>Removing the practice cluster&apos;s secrets from the keychain</source>
        <translation>De geheimen van de oefencluster worden uit de sleutelbos verwijderd</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s secrets may still be in the keychain: %1</source>
        <translation>De geheimen van de oefencluster staan mogelijk nog in de sleutelbos: %1</translation>
    </message>
    <message>
        <source>The practice cluster is down.</source>
        <translation>De oefencluster draait niet.</translation>
    </message>
    <message>
        <source>Starting the practice hosts (a few seconds)</source>
        <translation>De oefenhosts worden gestart (enkele seconden)</translation>
    </message>
    <message>
        <source>Keeping its passwords in the keychain (practice scope)</source>
        <translation>Zijn wachtwoorden worden in de sleutelbos bewaard (oefenbereik)</translation>
    </message>
    <message>
        <source>The practice cluster needs the keychain for its passwords: %1</source>
        <translation>De oefencluster heeft de sleutelbos nodig voor zijn wachtwoorden: %1</translation>
    </message>
    <message>
        <source>Taking the practice hosts down again</source>
        <translation>De oefenhosts worden weer verwijderd</translation>
    </message>
    <message>
        <source>%1. The practice hosts were taken down again.</source>
        <translation>%1. De oefenhosts zijn weer verwijderd.</translation>
    </message>
    <message>
        <source>%1. Taking the practice hosts down failed too (%2): run inmanta-ha-cli practice down.</source>
        <translation>%1. Ook het verwijderen van de oefenhosts is mislukt (%2): voer inmanta-ha-cli practice down uit.</translation>
    </message>
    <message>
        <source>It would run without root in user namespaces of yours, but %1.</source>
        <translation>Zonder root zou het in gebruikersnaamruimten van u draaien, maar %1.</translation>
    </message>
    <message>
        <source>Starting the practice hosts without root, in user namespaces of yours (a few seconds)</source>
        <translation>De oefenhosts starten zonder root, in gebruikersnaamruimten van u (enkele seconden)</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Configure the primary</source>
        <translation>Primary configureren</translation>
    </message>
    <message>
        <source>Configure the standby</source>
        <translation>Standby configureren</translation>
    </message>
    <message>
        <source>Promote the standby</source>
        <translation>Standby promoveren</translation>
    </message>
    <message>
        <source>Add a standby to the new primary</source>
        <translation>Standby toevoegen aan de nieuwe primary</translation>
    </message>
    <message>
        <source>Fail the Inmanta server over to the standby</source>
        <translation>Inmanta-server overschakelen naar de standby</translation>
    </message>
    <message>
        <source>Start a new orchestrator</source>
        <translation>Nieuwe orchestrator starten</translation>
    </message>
    <message>
        <source>%1: %2 lets %3 read it for pg_rewind; the old file is %4</source>
        <translation>%1: %2 staat %3 toe hem te lezen voor pg_rewind; het oude bestand is %4</translation>
    </message>
    <message>
        <source>looking for the rewind</source>
        <translation>zoeken naar de terugspoelmarkering</translation>
    </message>
    <message>
        <source>removing the rewind mark</source>
        <translation>verwijderen van de terugspoelmarkering</translation>
    </message>
    <message>
        <source>Rewind %1 onto %2 with pg_rewind where its history allows (else the full copy below does the work)</source>
        <translation>%1 met pg_rewind terugspoelen op %2 waar zijn geschiedenis dat toelaat (anders doet de volledige kopie hieronder het werk)</translation>
    </message>
    <message>
        <source>it is not a copy of %1&apos;s cluster</source>
        <translation>hij is geen kopie van de cluster van %1</translation>
    </message>
    <message>
        <source>its timeline %1 is not before %2&apos;s %3</source>
        <translation>zijn tijdlijn %1 ligt niet vóór tijdlijn %3 van %2</translation>
    </message>
    <message>
        <source>neither wal_log_hints nor data checksums were on there</source>
        <translation>daar stonden wal_log_hints noch data checksums aan</translation>
    </message>
    <message>
        <source>writing a password file</source>
        <translation>schrijven van een wachtwoordbestand</translation>
    </message>
    <message>
        <source>%1 is not rewound: %2. A full base backup follows.</source>
        <translation>%1 is niet teruggespoeld: %2. Er volgt een volledige basisback-up.</translation>
    </message>
    <message>
        <source>%1 rewound onto %2 (pg_rewind); its own configuration files were put back</source>
        <translation>%1 teruggespoeld op %2 (pg_rewind); zijn eigen configuratiebestanden zijn teruggezet</translation>
    </message>
    <message>
        <source>marking the rewind</source>
        <translation>markeren van het terugspoelen</translation>
    </message>
    <message>
        <source>%1: no standby.signal after pg_rewind</source>
        <translation>%1: geen standby.signal na pg_rewind</translation>
    </message>
    <message>
        <source>add-standby needs the node to add: --node NODE</source>
        <translation>add-standby heeft de toe te voegen node nodig: --node NODE</translation>
    </message>
    <message>
        <source>no node %1 in cluster %2</source>
        <translation>geen node %1 in cluster %2</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s %2: it cannot become a standby</source>
        <translation>%1 is de %2 van de cluster: hij kan geen standby worden</translation>
    </message>
    <message>
        <source>%1 has no postgres settings in the cluster file: it runs no PostgreSQL</source>
        <translation>%1 heeft geen postgres-instellingen in het clusterbestand: er draait geen PostgreSQL op</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s standby already; the replication slot serves one standby (make %1 a spare or retired first)</source>
        <translation>%1 is al de standby van de cluster; het replicatieslot bedient één standby (geef %1 eerst de rol spare of retired)</translation>
    </message>
    <message>
        <source>Take the cluster lock on every node that answers (one operator at a time)</source>
        <translation>De clustervergrendeling nemen op elke node die antwoordt (één operator tegelijk)</translation>
    </message>
    <message>
        <source>cluster %1 is locked by %2 (on %3). If that run is over, release its lock: inmanta-ha-cli --cluster FILE lock release %4</source>
        <translation>cluster %1 is vergrendeld door %2 (op %3). Is die uitvoering voorbij, geef dan haar vergrendeling vrij: inmanta-ha-cli --cluster FILE lock release %4</translation>
    </message>
    <message>
        <source>%1 does not answer: the lock is not recorded there</source>
        <translation>%1 antwoordt niet: de vergrendeling wordt daar niet vastgelegd</translation>
    </message>
    <message>
        <source>taking the cluster lock (%1)</source>
        <translation>nemen van de clustervergrendeling (%1)</translation>
    </message>
    <message>
        <source>the cluster lock could not be taken on any node of the run</source>
        <translation>de clustervergrendeling kon op geen enkele node van de uitvoering genomen worden</translation>
    </message>
    <message>
        <source>The cluster lock stays held by run %1 until a resume of it succeeds or it is released (inmanta-ha-cli --cluster FILE lock release %1)</source>
        <translation>De clustervergrendeling blijft in handen van uitvoering %1 tot een hervatting ervan slaagt of ze vrijgegeven wordt (inmanta-ha-cli --cluster FILE lock release %1)</translation>
    </message>
    <message>
        <source>Read the cluster lock on %1</source>
        <translation>De clustervergrendeling op %1 lezen</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: vrij</translation>
    </message>
    <message>
        <source>%1: held by %2</source>
        <translation>%1: in handen van %2</translation>
    </message>
    <message>
        <source>%1: does not answer (%2)</source>
        <translation>%1: antwoordt niet (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id (see `lock status`)</source>
        <translation>&quot;%1&quot; is geen uitvoerings-id (zie `lock status`)</translation>
    </message>
    <message>
        <source>Release the cluster lock of run %1 on %2</source>
        <translation>De clustervergrendeling van uitvoering %1 op %2 vrijgeven</translation>
    </message>
    <message>
        <source>%1 does not answer: a lock there stays</source>
        <translation>%1 antwoordt niet: een vergrendeling daar blijft bestaan</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>verwijderen van %1</translation>
    </message>
    <message>
        <source>Create the replication role %1 (REPLICATION LOGIN) from a SCRAM-SHA-256 verifier</source>
        <translation>De replicatierol %1 (REPLICATION LOGIN) aanmaken met een SCRAM-SHA-256-verifier</translation>
    </message>
    <message>
        <source>%1: the role %2 does not have the new password</source>
        <translation>%1: de rol %2 heeft het nieuwe wachtwoord niet</translation>
    </message>
    <message>
        <source>Allow replication from both database nodes in %1, then reload</source>
        <translation>Replicatie vanaf beide databasenodes toestaan in %1, daarna herladen</translation>
    </message>
    <message>
        <source>%1: PostgreSQL refused the new %2 (%3); the previous file was put back and reloaded</source>
        <translation>%1: PostgreSQL weigerde de nieuwe %2 (%3); het vorige bestand is teruggezet en herladen</translation>
    </message>
    <message>
        <source>removing the stopped mark</source>
        <translation>verwijderen van de stopmarkering</translation>
    </message>
    <message>
        <source>%1: whether the Inmanta server runs cannot be told (%2); if it does, it may stop itself during the restart</source>
        <translation>%1: of de Inmanta-server draait, valt niet te zeggen (%2); zo ja, dan stopt hij zichzelf mogelijk tijdens de herstart</translation>
    </message>
    <message>
        <source>marking the server stopped</source>
        <translation>markeren van de server als gestopt</translation>
    </message>
    <message>
        <source>%1: the Inmanta server was stopped for the restart and started again (18.2 and later would have stopped themselves)</source>
        <translation>%1: de Inmanta-server is voor de herstart gestopt en weer gestart (vanaf 18.2 zou hij zichzelf gestopt hebben)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server was stopped for the restart and did not start again: %2</source>
        <translation>%1: de Inmanta-server is voor de herstart gestopt en niet opnieuw gestart: %2</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 runs again if this tool stopped it</source>
        <translation>De Inmanta-server op %1 draait weer als dit programma hem gestopt heeft</translation>
    </message>
    <message>
        <source>Restart PostgreSQL on %1 to apply listen_addresses, wal_level and wal_log_hints</source>
        <translation>PostgreSQL op %1 herstarten om listen_addresses, wal_level en wal_log_hints toe te passen</translation>
    </message>
    <message>
        <source>%1: the restart applies every setting changed since the last start: %2</source>
        <translation>%1: de herstart past elke instelling toe die sinds de laatste start gewijzigd is: %2</translation>
    </message>
    <message>
        <source>%1: after the restart PostgreSQL runs with listen_addresses, wal_level ok, synchronous_commit, wal_log_hints, hot_standby = %2 (wanted %3); another file (postgresql.auto.conf?) may override them</source>
        <translation>%1: na de herstart draait PostgreSQL met listen_addresses, wal_level ok, synchronous_commit, wal_log_hints, hot_standby = %2 (gewenst: %3); een ander bestand (postgresql.auto.conf?) overschrijft ze mogelijk</translation>
    </message>
    <message>
        <source>cluster %1 has no primary node</source>
        <translation>cluster %1 heeft geen primary-node</translation>
    </message>
    <message>
        <source>Set the replication settings in %1</source>
        <translation>De replicatie-instellingen zetten in %1</translation>
    </message>
    <message>
        <source>Keep %1&apos;s replication password file in step with the role</source>
        <translation>Het replicatiewachtwoordbestand van %1 gelijk houden met de rol</translation>
    </message>
    <message>
        <source>%1 holds nothing the primary does not have: a standby of %2, or a fresh cluster (system identifier and timeline compared)</source>
        <translation>%1 bevat niets wat de primary niet heeft: een standby van %2, of een nieuwe cluster (system identifier en tijdlijn vergeleken)</translation>
    </message>
    <message>
        <source>reading what its data directory holds</source>
        <translation>lezen van wat zijn gegevensmap bevat</translation>
    </message>
    <message>
        <source>%1 is the old primary (system identifier %2, timeline %3 before %4&apos;s %5): it becomes %4&apos;s standby, and what it wrote after the failover&apos;s branch point, never confirmed by a standby, is discarded</source>
        <translation>%1 is de oude primary (system identifier %2, tijdlijn %3 vóór tijdlijn %5 van %4): hij wordt de standby van %4, en wat hij na het vertakkingspunt van de failover schreef, nooit bevestigd door een standby, wordt verworpen</translation>
    </message>
    <message>
        <source>%1; the operator confirmed that it is erased (--overwrite %2)</source>
        <translation>%1; de operator heeft bevestigd dat dit gewist wordt (--overwrite %2)</translation>
    </message>
    <message>
        <source>%1. Its data will not be erased. If it must be, run again with --overwrite %2.</source>
        <translation>%1. Zijn gegevens worden niet gewist. Moet dat wel, voer dan opnieuw uit met --overwrite %2.</translation>
    </message>
    <message>
        <source>The stored replication password is the one of role %1 on %2</source>
        <translation>Het bewaarde replicatiewachtwoord is dat van rol %1 op %2</translation>
    </message>
    <message>
        <source>%1: the role %2 does not exist, cannot replicate, or has another password than the one stored (secret replication-password); run configure-primary, or store the right password</source>
        <translation>%1: de rol %2 bestaat niet, mag niet repliceren of heeft een ander wachtwoord dan het bewaarde (geheim replication-password); voer configure-primary uit, of bewaar het juiste wachtwoord</translation>
    </message>
    <message>
        <source>The slot %1 exists on %2 and serves no other standby</source>
        <translation>Het slot %1 bestaat op %2 en bedient geen andere standby</translation>
    </message>
    <message>
        <source>%1: the replication slot %2 does not exist; run configure-primary first (or add-standby after a promotion)</source>
        <translation>%1: het replicatieslot %2 bestaat niet; voer eerst configure-primary uit (of add-standby na een promotie)</translation>
    </message>
    <message>
        <source>%1: the slot %2 is in use by another standby (%3, application name %4); a slot serves one standby</source>
        <translation>%1: het slot %2 wordt gebruikt door een andere standby (%3, applicatienaam %4); een slot bedient één standby</translation>
    </message>
    <message>
        <source>cluster %1 has no standby node</source>
        <translation>cluster %1 heeft geen standby-node</translation>
    </message>
    <message>
        <source>%1 is the primary (%2): a standby is never built on top of it</source>
        <translation>%1 is de primary (%2): een standby wordt er nooit overheen gebouwd</translation>
    </message>
    <message>
        <source>Store the replication password for postgres in %1 (mode 0600)</source>
        <translation>Het replicatiewachtwoord voor postgres bewaren in %1 (modus 0600)</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 before its data directory is replaced</source>
        <translation>PostgreSQL op %1 stoppen voordat zijn gegevensmap vervangen wordt</translation>
    </message>
    <message>
        <source>%1: PostgreSQL still runs</source>
        <translation>%1: PostgreSQL draait nog</translation>
    </message>
    <message>
        <source>Take a base backup of %1 into %2 (inside %3 when it is a mount point)</source>
        <translation>Een basisback-up van %1 maken in %2 (binnen %3 als dat een koppelpunt is)</translation>
    </message>
    <message>
        <source>checking the copy</source>
        <translation>controleren van de kopie</translation>
    </message>
    <message>
        <source>%1: the copy an earlier run took is in place, the old data kept (%2); it is not copied again. To take a new copy, move the old data back or remove it first.</source>
        <translation>%1: de kopie van een eerdere uitvoering staat op zijn plaats, de oude gegevens zijn bewaard (%2); er wordt niet opnieuw gekopieerd. Voor een nieuwe kopie: zet eerst de oude gegevens terug of verwijder ze.</translation>
    </message>
    <message>
        <source>Replace the data directory %1 of %2 with the base backup (the old one is kept as %3, or as .iha-old inside it when it is a mount point)</source>
        <translation>De gegevensmap %1 van %2 vervangen door de basisback-up (de oude blijft bewaard als %3, of als .iha-old erin als het een koppelpunt is)</translation>
    </message>
    <message>
        <source>replacing the data directory</source>
        <translation>vervangen van de gegevensmap</translation>
    </message>
    <message>
        <source>checking the data directory</source>
        <translation>controleren van de gegevensmap</translation>
    </message>
    <message>
        <source>Name the standby %1 in primary_conninfo (%2)</source>
        <translation>De standby %1 noemen in primary_conninfo (%2)</translation>
    </message>
    <message>
        <source>Comment out synchronous_standby_names and set the primary&apos;s settings (hot_standby = off) in %1</source>
        <translation>synchronous_standby_names uitcommentariëren en de instellingen van de primary (hot_standby = off) zetten in %1</translation>
    </message>
    <message>
        <source>Allow replication and the Inmanta server in %1 (for when %2 is promoted)</source>
        <translation>Replicatie en de Inmanta-server toestaan in %1 (voor als %2 gepromoveerd wordt)</translation>
    </message>
    <message>
        <source>The rewound server was stopped; a resume (--resume) takes a full base backup instead.</source>
        <translation>De teruggespoelde server is gestopt; een hervatting (--resume) maakt in plaats daarvan een volledige basisback-up.</translation>
    </message>
    <message>
        <source>Remove %2&apos;s old data directory %1</source>
        <translation>De oude gegevensmap %1 van %2 verwijderen</translation>
    </message>
    <message>
        <source>cluster %1 needs a primary, a standby and an orchestrator for a failover of the Inmanta server</source>
        <translation>cluster %1 heeft een primary, een standby en een orchestrator nodig voor een failover van de Inmanta-server</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>the Inmanta server</source>
        <translation>de Inmanta-server</translation>
    </message>
    <message>
        <source>reading its state</source>
        <translation>lezen van zijn toestand</translation>
    </message>
    <message>
        <source>asking whether %1 still answers</source>
        <translation>navragen of %1 nog antwoordt</translation>
    </message>
    <message>
        <source>pg_ctl status could not tell</source>
        <translation>pg_ctl status kon het niet zeggen</translation>
    </message>
    <message>
        <source>%1 is up but cannot be read (%2): whether %3 runs there cannot be told, and an attestation cannot replace that. Fix the login, or power the host off.</source>
        <translation>%1 is actief maar niet leesbaar (%2): of %3 daar draait, valt niet te zeggen, en een verklaring kan dat niet vervangen. Herstel de aanmelding, of schakel de host uit.</translation>
    </message>
    <message>
        <source>%1 answers as a primary: PostgreSQL runs there and accepts writes. Promoting %2 now would make two primaries, and what %1 commits from then on would be lost.</source>
        <translation>%1 antwoordt als primary: PostgreSQL draait daar en aanvaardt schrijfopdrachten. %2 nu promoveren zou twee primaries opleveren, en wat %1 vanaf dan commit, zou verloren gaan.</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL in recovery: it is a standby, not the primary the cluster file names; see `status` for which node is the primary</source>
        <translation>%1 draait PostgreSQL in herstel: hij is een standby, niet de primary die het clusterbestand noemt; zie `status` voor welke node de primary is</translation>
    </message>
    <message>
        <source>PostgreSQL runs on %1 and cannot be asked whether it is a primary (%2); it is treated as alive</source>
        <translation>PostgreSQL draait op %1 en kan niet gevraagd worden of het een primary is (%2); het wordt als levend behandeld</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 is stopped and its unit masked</source>
        <translation>%1 antwoordt via SSH: %2 is gestopt en de unit is gemaskeerd</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>toestand onbekend</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 runs (unit %3); it is stopped, disabled and masked</source>
        <translation>%1 antwoordt via SSH: %2 draait (unit %3); de dienst wordt gestopt, gedeactiveerd en gemaskeerd</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 is stopped (unit %3); it is stopped, disabled and masked</source>
        <translation>%1 antwoordt via SSH: %2 is gestopt (unit %3); de dienst wordt gestopt, gedeactiveerd en gemaskeerd</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), and whether %3 still answers could not be asked from %4</source>
        <translation>%1 antwoordt niet via SSH (%2), en of %3 nog antwoordt, kon vanaf %4 niet nagevraagd worden</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), but %3 answers on %4 as seen from %5: it is alive. Starting another would make two.</source>
        <translation>%1 antwoordt niet via SSH (%2), maar %3 antwoordt op %4, gezien vanaf %5: de dienst leeft. Nog een starten zou er twee opleveren.</translation>
    </message>
    <message>
        <source>ATTESTED by %1: %2 is powered off or isolated %3. Evidence: it does not answer over SSH (%4), and %5 does not answer on %6 as seen from %7.</source>
        <translation>VERKLAARD door %1: %2 is uitgeschakeld of geïsoleerd %3. Bewijs: hij antwoordt niet via SSH (%4), en %5 antwoordt niet op %6, gezien vanaf %7.</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), and %3 does not answer on %4 as seen from %5; no evidence can be gathered from a host that does not answer. Make sure it is powered off or cut off the network, then attest it: %6.</source>
        <translation>%1 antwoordt niet via SSH (%2), en %3 antwoordt niet op %4, gezien vanaf %5; van een host die niet antwoordt, kan geen bewijs verzameld worden. Zorg dat hij uitgeschakeld of van het netwerk afgesloten is, en verklaar dat dan: %6.</translation>
    </message>
    <message>
        <source>%1 is not fenced yet: %2</source>
        <translation>%1 is nog niet afgeschermd: %2</translation>
    </message>
    <message>
        <source>reading the Inmanta configuration</source>
        <translation>lezen van de Inmanta-configuratie</translation>
    </message>
    <message>
        <source>asking the Inmanta API</source>
        <translation>bevragen van de Inmanta-API</translation>
    </message>
    <message>
        <source>%1: the Inmanta API check printed no answer</source>
        <translation>%1: de controle van de Inmanta-API gaf geen antwoord weer</translation>
    </message>
    <message>
        <source>%1: the Inmanta server does not answer on %2 (%3)</source>
        <translation>%1: de Inmanta-server antwoordt niet op %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the Inmanta API wants a token (401): store it with `secret set api-token`</source>
        <translation>%1: de Inmanta-API vraagt een token (401): bewaar het met `secret set api-token`</translation>
    </message>
    <message>
        <source>%1: the Inmanta API refused the stored token (403: wrong, expired, revoked, or limited to one environment)</source>
        <translation>%1: de Inmanta-API weigerde het bewaarde token (403: fout, verlopen, ingetrokken of beperkt tot één omgeving)</translation>
    </message>
    <message>
        <source>%1: GET %2/api/v1/serverstatus answered %3</source>
        <translation>%1: GET %2/api/v1/serverstatus antwoordde %3</translation>
    </message>
    <message>
        <source>%1: the Inmanta server uses the database on %2 (%3), not %4</source>
        <translation>%1: de Inmanta-server gebruikt de database op %2 (%3), niet %4</translation>
    </message>
    <message>
        <source>%1: the Inmanta server is not connected to its database on %2</source>
        <translation>%1: de Inmanta-server is niet verbonden met zijn database op %2</translation>
    </message>
    <message>
        <source>%1: GET %2/api/v2/health answered %3</source>
        <translation>%1: GET %2/api/v2/health antwoordde %3</translation>
    </message>
    <message>
        <source>[database] host in %1 decides on %2: no later file or variable of the server&apos;s environment overrides it</source>
        <translation>[database] host in %1 is bepalend op %2: geen later bestand of variabele in de omgeving van de server overschrijft het</translation>
    </message>
    <message>
        <source>%1: an edit of %2 would not take effect: %3. Remove that setting first (nothing was changed).</source>
        <translation>%1: een wijziging van %2 zou geen effect hebben: %3. Verwijder eerst die instelling (er is niets gewijzigd).</translation>
    </message>
    <message>
        <source>Set [database] host = %1 in %2 on %3 (every other key kept; mode 0600; the file never leaves the host)</source>
        <translation>[database] host = %1 zetten in %2 op %3 (alle andere sleutels blijven; modus 0600; het bestand verlaat de host nooit)</translation>
    </message>
    <message>
        <source>changing %1 (it was left as it was)</source>
        <translation>wijzigen van %1 (het bleef zoals het was)</translation>
    </message>
    <message>
        <source>%1: %2 changed; the old file is %3</source>
        <translation>%1: %2 gewijzigd; het oude bestand is %3</translation>
    </message>
    <message>
        <source>%1: %2 does not set [database] host = %3 after the edit</source>
        <translation>%1: %2 zet na de wijziging geen [database] host = %3</translation>
    </message>
    <message>
        <source>Start the Inmanta server on %1</source>
        <translation>De Inmanta-server op %1 starten</translation>
    </message>
    <message>
        <source>Stop the Inmanta server on %1</source>
        <translation>De Inmanta-server op %1 stoppen</translation>
    </message>
    <message>
        <source>%1: the Inmanta server does not run (it may have stopped itself: see its log)</source>
        <translation>%1: de Inmanta-server draait niet (hij heeft zichzelf mogelijk gestopt: zie zijn log)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server still runs</source>
        <translation>%1: de Inmanta-server draait nog</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 works on the new primary: its API says its database is connected there, and health answers 200</source>
        <translation>De Inmanta-server op %1 werkt op de nieuwe primary: zijn API meldt dat zijn database daar verbonden is, en health antwoordt 200</translation>
    </message>
    <message>
        <source>after %1 s: %2</source>
        <translation>na %1 s: %2</translation>
    </message>
    <message>
        <source>Whether %1 has failed: only then is %2 promoted</source>
        <translation>Of %1 uitgevallen is: alleen dan wordt %2 gepromoveerd</translation>
    </message>
    <message>
        <source>%1 left recovery already: it is the primary; %2 must be fenced</source>
        <translation>%1 heeft herstel al verlaten: hij is de primary; %2 moet afgeschermd worden</translation>
    </message>
    <message>
        <source>%1 answers as the primary: it is not failed over; the new orchestrator uses it</source>
        <translation>%1 antwoordt als de primary: er wordt niet overgeschakeld; de nieuwe orchestrator gebruikt hem</translation>
    </message>
    <message>
        <source>%1 has failed (%2): %3 is promoted</source>
        <translation>%1 is uitgevallen (%2): %3 wordt gepromoveerd</translation>
    </message>
    <message>
        <source>no answer over SSH: %1</source>
        <translation>geen antwoord via SSH: %1</translation>
    </message>
    <message>
        <source>PostgreSQL does not serve as a primary there</source>
        <translation>PostgreSQL dient daar niet als primary</translation>
    </message>
    <message>
        <source>Install the Inmanta server on %1 (skipped when it is there)</source>
        <translation>De Inmanta-server installeren op %1 (overgeslagen als hij er al is)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server (unit %2) is not installed; install it as the runbook&apos;s &quot;Install Inmanta&quot; section says, or give the command: --install-command CMD</source>
        <translation>%1: de Inmanta-server (unit %2) is niet geïnstalleerd; installeer hem zoals de sectie &quot;Install Inmanta&quot; van het runbook zegt, of geef de opdracht op: --install-command CMD</translation>
    </message>
    <message>
        <source>the install command</source>
        <translation>de installatieopdracht</translation>
    </message>
    <message>
        <source>%1: after the install command the unit %2 is not there</source>
        <translation>%1: na de installatieopdracht is de unit %2 er niet</translation>
    </message>
    <message>
        <source>Write %1 on %2: the primary&apos;s address, database %3, user %4 and its password (mode 0600)</source>
        <translation>%1 schrijven op %2: het adres van de primary, database %3, gebruiker %4 en zijn wachtwoord (modus 0600)</translation>
    </message>
    <message>
        <source>no usable database password is stored for the Inmanta server: store it with `secret set database-password`</source>
        <translation>er is geen bruikbaar databasewachtwoord bewaard voor de Inmanta-server: bewaar het met `secret set database-password`</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>schrijven van %1</translation>
    </message>
    <message>
        <source>%1: %2 written; the old file: %3</source>
        <translation>%1: %2 geschreven; het oude bestand: %3</translation>
    </message>
    <message>
        <source>%1: database.cfg does not name the primary</source>
        <translation>%1: database.cfg noemt de primary niet</translation>
    </message>
    <message>
        <source>End the database sessions %1 left open (one may hold the Inmanta server&apos;s singleton lock)</source>
        <translation>De databasesessies beëindigen die %1 open liet (een ervan kan de singleton-lock van de Inmanta-server houden)</translation>
    </message>
    <message>
        <source>%1&apos;s database sessions on %2 are still active (last activity %3): its Inmanta server runs. Two orchestrators would deploy at once.</source>
        <translation>De databasesessies van %1 op %2 zijn nog actief (laatste activiteit %3): zijn Inmanta-server draait. Twee orchestrators zouden tegelijk deployen.</translation>
    </message>
    <message>
        <source>%1: %2 session(s) of %3 ended</source>
        <translation>%1: %2 sessie(s) van %3 beëindigd</translation>
    </message>
    <message>
        <source>Allow %1&apos;s Inmanta server in the primary&apos;s pg_hba.conf, then reload</source>
        <translation>De Inmanta-server van %1 toestaan in pg_hba.conf van de primary, daarna herladen</translation>
    </message>
    <message>
        <source>Enable the Inmanta server on %1</source>
        <translation>De Inmanta-server op %1 activeren</translation>
    </message>
    <message>
        <source>Request a recompile of every environment on %1, once each</source>
        <translation>Op %1 voor elke omgeving één keer een hercompilatie aanvragen</translation>
    </message>
    <message>
        <source>the recompile requests</source>
        <translation>de hercompilatieaanvragen</translation>
    </message>
    <message>
        <source>new-orchestrator needs the node that becomes the orchestrator: --node NODE</source>
        <translation>new-orchestrator heeft de node nodig die de orchestrator wordt: --node NODE</translation>
    </message>
    <message>
        <source>%1 is a %2; the new orchestrator is a spare node</source>
        <translation>%1 is een %2; de nieuwe orchestrator is een reservenode</translation>
    </message>
    <message>
        <source>cluster %1 has no primary</source>
        <translation>cluster %1 heeft geen primary</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one</source>
        <translation>%1: &quot;%2&quot; is geen IP-adres; pg_hba.conf heeft er een nodig</translation>
    </message>
    <message>
        <source>%1 answers over SSH and root is available</source>
        <translation>%1 antwoordt via SSH en root is beschikbaar</translation>
    </message>
    <message>
        <source>%1: the command did not run as root</source>
        <translation>%1: de opdracht draaide niet als root</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs are on %1</source>
        <translation>De programma&apos;s van PostgreSQL staan op %1</translation>
    </message>
    <message>
        <source>finding PostgreSQL&apos;s programs (set postgres.binDir)</source>
        <translation>zoeken naar de programma&apos;s van PostgreSQL (stel postgres.binDir in)</translation>
    </message>
    <message>
        <source>%1 run the same major version of PostgreSQL</source>
        <translation>%1 draaien dezelfde hoofdversie van PostgreSQL</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 heeft %2</translation>
    </message>
    <message>
        <source>the database nodes run different major versions of PostgreSQL (%1): install the same major version on both</source>
        <translation>de databasenodes draaien verschillende hoofdversies van PostgreSQL (%1): installeer op beide dezelfde hoofdversie</translation>
    </message>
    <message>
        <source>%1 is the primary: running, not in recovery, with the data directory of the cluster file</source>
        <translation>%1 is de primary: actief, niet in herstel, met de gegevensmap uit het clusterbestand</translation>
    </message>
    <message>
        <source>%1 (is PostgreSQL running there?)</source>
        <translation>%1 (draait PostgreSQL daar?)</translation>
    </message>
    <message>
        <source>%1 is in recovery: it is a standby, not the primary the cluster file says</source>
        <translation>%1 is in herstel: hij is een standby, niet de primary die het clusterbestand noemt</translation>
    </message>
    <message>
        <source>%1: PostgreSQL runs with data directory %2, the cluster file says %3 (postgres.dataDir)</source>
        <translation>%1: PostgreSQL draait met gegevensmap %2, het clusterbestand zegt %3 (postgres.dataDir)</translation>
    </message>
    <message>
        <source>run again with --attest-fenced %1</source>
        <translation>voer opnieuw uit met --attest-fenced %1</translation>
    </message>
    <message>
        <source>run again with --accept-data-loss</source>
        <translation>voer opnieuw uit met --accept-data-loss</translation>
    </message>
    <message>
        <source>%1: pg_controldata did not say the cluster&apos;s state</source>
        <translation>%1: pg_controldata gaf de toestand van de cluster niet</translation>
    </message>
    <message>
        <source>%1 is a standby (in recovery), or was promoted already</source>
        <translation>%1 is een standby (in herstel), of is al gepromoveerd</translation>
    </message>
    <message>
        <source>%1 left recovery already (pg_controldata: %2, timeline %3): the promotion is done, the steps after it are checked</source>
        <translation>%1 heeft herstel al verlaten (pg_controldata: %2, tijdlijn %3): de promotie is gedaan, de stappen erna worden gecontroleerd</translation>
    </message>
    <message>
        <source>%1: its data directory is %2, not a standby&apos;s; it cannot be promoted</source>
        <translation>%1: zijn gegevensmap is %2, niet die van een standby; hij kan niet gepromoveerd worden</translation>
    </message>
    <message>
        <source>No commit %1 acknowledged is missing on %2, or the operator accepts it</source>
        <translation>Op %2 ontbreekt geen commit die %1 bevestigde, of de operator aanvaardt dat</translation>
    </message>
    <message>
        <source>%1 To promote anyway, %2 (recorded in the audit log).</source>
        <translation>%1 Om toch te promoveren: %2 (wordt vastgelegd in het auditlogboek).</translation>
    </message>
    <message>
        <source>ACCEPTED by %1 %2: %3</source>
        <translation>AANVAARD door %1 %2: %3</translation>
    </message>
    <message>
        <source>Promote %1 (pg_ctl promote) once %2 is proven fenced, and wait until it leaves recovery</source>
        <translation>%1 promoveren (pg_ctl promote) zodra bewezen is dat %2 afgeschermd is, en wachten tot hij herstel verlaat</translation>
    </message>
    <message>
        <source>%1: PostgreSQL was not running; it is started (in recovery) to be promoted</source>
        <translation>%1: PostgreSQL draaide niet; het wordt gestart (in herstel) om gepromoveerd te worden</translation>
    </message>
    <message>
        <source>%1: after pg_ctl promote PostgreSQL does not leave recovery within 60 s (%2); look at its log</source>
        <translation>%1: na pg_ctl promote verlaat PostgreSQL herstel niet binnen 60 s (%2); bekijk zijn log</translation>
    </message>
    <message>
        <source>%1: still on timeline %2 after the promotion</source>
        <translation>%1: na de promotie nog op tijdlijn %2</translation>
    </message>
    <message>
        <source>%1 is the primary now, on timeline %2</source>
        <translation>%1 is nu de primary, op tijdlijn %2</translation>
    </message>
    <message>
        <source>Take the replication settings out of %1 (a copy is kept beside it; other settings stay) and remove the password file a standby used</source>
        <translation>De replicatie-instellingen uit %1 halen (een kopie blijft ernaast bewaard; andere instellingen blijven) en het wachtwoordbestand verwijderen dat een standby gebruikte</translation>
    </message>
    <message>
        <source>keeping a copy of %1</source>
        <translation>bewaren van een kopie van %1</translation>
    </message>
    <message>
        <source>%1: a copy of %2 is kept as %3</source>
        <translation>%1: een kopie van %2 is bewaard als %3</translation>
    </message>
    <message>
        <source>removing the standby&apos;s password file</source>
        <translation>verwijderen van het wachtwoordbestand van de standby</translation>
    </message>
    <message>
        <source>Name no synchronous standby on %1 in any file (or every write waits for one it does not have), then reload</source>
        <translation>Op %1 in geen enkel bestand een synchrone standby noemen (anders wacht elke schrijfopdracht op een die er niet is), daarna herladen</translation>
    </message>
    <message>
        <source>%1: synchronous_standby_names commented out in %2; the old file is %3</source>
        <translation>%1: synchronous_standby_names uitgecommentarieerd in %2; het oude bestand is %3</translation>
    </message>
    <message>
        <source>%1: synchronous_standby_names is still &apos;%2&apos; (set in %3)</source>
        <translation>%1: synchronous_standby_names is nog &apos;%2&apos; (gezet in %3)</translation>
    </message>
    <message>
        <source>A test write commits on %1 within 20 s</source>
        <translation>Een testschrijfopdracht commit op %1 binnen 20 s</translation>
    </message>
    <message>
        <source>the test write</source>
        <translation>de testschrijfopdracht</translation>
    </message>
    <message>
        <source>%1: the test write waited for a synchronous standby: %2</source>
        <translation>%1: de testschrijfopdracht wachtte op een synchrone standby: %2</translation>
    </message>
    <message>
        <source>No sample of %1&apos;s replication state is on record: whether it has every commit %2 acknowledged cannot be told (samples come from the GUI&apos;s monitor and `status` while %2 is up).</source>
        <translation>Er is geen meting van de replicatietoestand van %1 vastgelegd: of hij elke commit heeft die %2 bevestigde, valt niet te zeggen (metingen komen van de monitor van de GUI en van `status` terwijl %2 draait).</translation>
    </message>
    <message>
        <source>The last sample of %1&apos;s replication on record is from %2, %3 minutes ago (%4 then): whether it has every commit %5 acknowledged since cannot be told.</source>
        <translation>De laatste vastgelegde meting van de replicatie van %1 is van %2, %3 minuten geleden (toen %4): of hij sindsdien elke commit heeft die %5 bevestigde, valt niet te zeggen.</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>niet streamend</translation>
    </message>
    <message>
        <source>At %1 (%2) %3 was %4&apos;s synchronous standby: every commit %4 acknowledged was on its disk (%5 bytes of WAL in flight then, not yet acknowledged).</source>
        <translation>Op %1 (%2) was %3 de synchrone standby van %4: elke commit die %4 bevestigde, stond op zijn schijf (toen %5 bytes WAL onderweg, nog niet bevestigd).</translation>
    </message>
    <message>
        <source>At %1 (%2, the last sample on record) %3 was %4/%5, not %6&apos;s synchronous standby, %7 behind what %6 had flushed: commits %6 acknowledged may be missing on %3.</source>
        <translation>Op %1 (%2, de laatste vastgelegde meting) was %3 %4/%5, niet de synchrone standby van %6, %7 achter op wat %6 had weggeschreven (flush): commits die %6 bevestigde, kunnen op %3 ontbreken.</translation>
    </message>
    <message>
        <source>an unknown number of bytes</source>
        <translation>een onbekend aantal bytes</translation>
    </message>
    <message>
        <source>%1 bytes of WAL</source>
        <translation>%1 bytes WAL</translation>
    </message>
    <message>
        <source>cluster %1 has no primary node: nothing to fail over from</source>
        <translation>cluster %1 heeft geen primary-node: er is niets om van over te schakelen</translation>
    </message>
    <message>
        <source>cluster %1 has no standby node to promote</source>
        <translation>cluster %1 heeft geen standby-node om te promoveren</translation>
    </message>
    <message>
        <source>%1 is a %2, not a standby: only a standby is promoted</source>
        <translation>%1 is een %2, geen standby: alleen een standby wordt gepromoveerd</translation>
    </message>
    <message>
        <source>looking for a copy an earlier run put in place</source>
        <translation>zoeken naar een kopie die een eerdere uitvoering heeft geplaatst</translation>
    </message>
    <message>
        <source>%1 has room for a copy of %2&apos;s data</source>
        <translation>%1 heeft ruimte voor een kopie van de gegevens van %2</translation>
    </message>
    <message>
        <source>%1: no room needed, the copy an earlier run took is in place</source>
        <translation>%1: geen ruimte nodig, de kopie van een eerdere uitvoering staat op zijn plaats</translation>
    </message>
    <message>
        <source>%1: cannot tell the free space where the copy of %2 goes (df said: %3)</source>
        <translation>%1: kan de vrije ruimte niet bepalen waar de kopie van %2 komt (df zei: %3)</translation>
    </message>
    <message>
        <source>%1 has %2 MB free in %3; a copy of %4 needs about %5 MB</source>
        <translation>%1 heeft %2 MB vrij in %3; een kopie van %4 heeft ongeveer %5 MB nodig</translation>
    </message>
    <message>
        <source>removing the partial copy</source>
        <translation>verwijderen van de onvolledige kopie</translation>
    </message>
    <message>
        <source>The standby&apos;s data directory was not touched.</source>
        <translation>De gegevensmap van de standby is niet aangeraakt.</translation>
    </message>
    <message>
        <source>removing the old data directory</source>
        <translation>verwijderen van de oude gegevensmap</translation>
    </message>
    <message>
        <source>looking for the old data</source>
        <translation>zoeken naar de oude gegevens</translation>
    </message>
    <message>
        <source>%1: after %2 s the standby does not stream synchronously (pg_stat_replication shows no %3 in state streaming / sync); look at the standby&apos;s PostgreSQL log</source>
        <translation>%1: na %2 s streamt de standby niet synchroon (pg_stat_replication toont geen %3 in toestand streaming / sync); bekijk het PostgreSQL-log van de standby</translation>
    </message>
    <message>
        <source>%1: after %2 s the standby does not stream (pg_stat_replication shows no %3 in state streaming); look at the standby&apos;s PostgreSQL log</source>
        <translation>%1: na %2 s streamt de standby niet (pg_stat_replication toont geen %3 in toestand streaming); bekijk het PostgreSQL-log van de standby</translation>
    </message>
    <message>
        <source>Start and enable PostgreSQL on %1</source>
        <translation>PostgreSQL op %1 starten en activeren</translation>
    </message>
    <message>
        <source>%1: PostgreSQL is not running and enabled</source>
        <translation>%1: PostgreSQL draait niet of is niet geactiveerd</translation>
    </message>
    <message>
        <source>Check on %1 that %2 streams through slot %3</source>
        <translation>Op %1 controleren dat %2 via slot %3 streamt</translation>
    </message>
    <message>
        <source>%1: the slot %2 is not in use</source>
        <translation>%1: het slot %2 is niet in gebruik</translation>
    </message>
    <message>
        <source>Turn on synchronous replication on %1 (synchronous_standby_names in %2), reload, and check that the standby is in sync</source>
        <translation>Synchrone replicatie inschakelen op %1 (synchronous_standby_names in %2), herladen en controleren dat de standby synchroon is</translation>
    </message>
    <message>
        <source>%1: no standby streams as %2; synchronous replication is left off</source>
        <translation>%1: geen standby streamt als %2; synchrone replicatie blijft uit</translation>
    </message>
    <message>
        <source>synchronous_standby_names was commented out again and %1 reloaded, so that writes do not wait.</source>
        <translation>synchronous_standby_names is weer uitgecommentarieerd en %1 herladen, zodat schrijfopdrachten niet wachten.</translation>
    </message>
    <message>
        <source>what %1&apos;s data directory holds cannot be told (pg_controldata gave no system identifier, state or timeline)</source>
        <translation>wat de gegevensmap van %1 bevat, valt niet te zeggen (pg_controldata gaf geen system identifier, toestand of tijdlijn)</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, after the primary&apos;s %3: it was promoted since it was copied and may hold commits the primary does not have</source>
        <translation>%1 staat op tijdlijn %2, na tijdlijn %3 van de primary: hij is gepromoveerd sinds hij gekopieerd werd en kan commits bevatten die de primary niet heeft</translation>
    </message>
    <message>
        <source>%1 is a standby of another cluster (system identifier %2; the primary&apos;s is %3)</source>
        <translation>%1 is een standby van een andere cluster (system identifier %2; die van de primary is %3)</translation>
    </message>
    <message>
        <source>%1 is not in recovery but is a copy of the primary (same system identifier %2): it was promoted, or is the primary itself, and may hold commits the primary does not have</source>
        <translation>%1 is niet in herstel maar is een kopie van de primary (dezelfde system identifier %2): hij is gepromoveerd, of is de primary zelf, en kan commits bevatten die de primary niet heeft</translation>
    </message>
    <message>
        <source>%1 databases besides template0, template1 and postgres</source>
        <translation>%1 databases naast template0, template1 en postgres</translation>
    </message>
    <message>
        <source>%1 files of tables or indexes made after initdb</source>
        <translation>%1 bestanden van tabellen of indexen aangemaakt na initdb</translation>
    </message>
    <message>
        <source>%1 holds a database cluster of its own (%2; system identifier %3)</source>
        <translation>%1 bevat een eigen databasecluster (%2; system identifier %3)</translation>
    </message>
    <message>
        <source>%1: %2 does not hold the change after writing it</source>
        <translation>%1: %2 bevat de wijziging niet na het schrijven</translation>
    </message>
    <message>
        <source>Find settings on %1 that a file read later overrides (postgresql.auto.conf, includes) and set them there</source>
        <translation>Op %1 instellingen zoeken die een later gelezen bestand overschrijft (postgresql.auto.conf, includes) en ze daar zetten</translation>
    </message>
    <message>
        <source>%1: %2 = &apos;%3&apos; in %4 line %5 overrides the value set here</source>
        <translation>%1: %2 = &apos;%3&apos; in %4 regel %5 overschrijft de hier gezette waarde</translation>
    </message>
    <message>
        <source>%1: ALTER SYSTEM SET %2 = &apos;%3&apos; (it was &apos;%4&apos;)</source>
        <translation>%1: ALTER SYSTEM SET %2 = &apos;%3&apos; (was &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 = &apos;%3&apos; set in %4 (it was &apos;%5&apos;); the old file is %6</source>
        <translation>%1: %2 = &apos;%3&apos; gezet in %4 (was &apos;%5&apos;); het oude bestand is %6</translation>
    </message>
    <message>
        <source>%1: %2 is still overridden in %3 line %4</source>
        <translation>%1: %2 wordt nog overschreven in %3 regel %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one for the replication rule</source>
        <translation>%1: &quot;%2&quot; is geen IP-adres; pg_hba.conf heeft er een nodig voor de replicatieregel</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one for the Inmanta server&apos;s rule</source>
        <translation>%1: &quot;%2&quot; is geen IP-adres; pg_hba.conf heeft er een nodig voor de regel van de Inmanta-server</translation>
    </message>
    <message>
        <source>%1: %2 holds the rules but was changed after PostgreSQL last loaded its configuration: it is reloaded</source>
        <translation>%1: %2 bevat de regels maar is gewijzigd nadat PostgreSQL zijn configuratie het laatst laadde: de configuratie wordt herladen</translation>
    </message>
    <message>
        <source>Create the physical replication slot %1 (an existing one is reused)</source>
        <translation>Het fysieke replicatieslot %1 aanmaken (een bestaand slot wordt hergebruikt)</translation>
    </message>
    <message>
        <source>%1: the slot %2 is missing</source>
        <translation>%1: het slot %2 ontbreekt</translation>
    </message>
    <message>
        <source>comparing the password file %1</source>
        <translation>vergelijken van het wachtwoordbestand %1</translation>
    </message>
    <message>
        <source>%1 has no %2 (not set up as a standby yet): nothing to update</source>
        <translation>%1 heeft geen %2 (nog niet als standby opgezet): niets bij te werken</translation>
    </message>
    <message>
        <source>%1: %2 is not as written</source>
        <translation>%1: %2 is niet zoals geschreven</translation>
    </message>
    <message>
        <source>%1 cannot act any more: PostgreSQL there is stopped, or the host is silent and attested (never two primaries)</source>
        <translation>%1 kan niet meer handelen: PostgreSQL is daar gestopt, of de host antwoordt niet en zijn afscherming is verklaard (nooit twee primaries)</translation>
    </message>
    <message>
        <source>%1 cannot act any more: the Inmanta server there is stopped, or the host is silent and attested (never two orchestrators)</source>
        <translation>%1 kan niet meer handelen: de Inmanta-server is daar gestopt, of de host antwoordt niet en zijn afscherming is verklaard (nooit twee orchestrators)</translation>
    </message>
    <message>
        <source>Fence %1: stop, disable and mask PostgreSQL there (or the operator&apos;s attestation when it does not answer)</source>
        <translation>%1 afschermen: PostgreSQL daar stoppen, deactiveren en maskeren (of verklaring van de operator als hij niet antwoordt)</translation>
    </message>
    <message>
        <source>Fence %1: stop, disable and mask the Inmanta server there (or the operator&apos;s attestation when it does not answer)</source>
        <translation>%1 afschermen: de Inmanta-server daar stoppen, deactiveren en maskeren (of verklaring van de operator als hij niet antwoordt)</translation>
    </message>
    <message>
        <source>%1 This sample is newer than the one accepted: to promote anyway, %2 again (recorded in the audit log).</source>
        <translation>%1 Deze steekproef is nieuwer dan de geaccepteerde. Om toch te promoveren: %2, opnieuw (wordt vastgelegd in het auditlogboek).</translation>
    </message>
    <message>
        <source>Remote work of this run: commands %1 on hosts %2, network round trips %3, login shells started %4.</source>
        <translation>Werk op afstand van deze uitvoering: opdrachten %1 op hosts %2, netwerkrondes %3, gestarte login-shells %4.</translation>
    </message>
    <message>
        <source>The runbook by hand: commands %1, each a login shell of its own and at least 3 round trips.</source>
        <translation>Het runbook met de hand: opdrachten %1, elk met een eigen login-shell en minstens 3 netwerkrondes.</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>The primary gets a replication user, a replication slot for the standby and the settings that let a standby stream from it. Synchronous replication is switched on only once the standby streams, so writes never wait for a standby that is not there yet.</source>
        <translation>De primary krijgt een replicatiegebruiker, een replicatieslot voor de standby en de instellingen waarmee een standby van hem kan streamen. Synchrone replicatie wordt pas ingeschakeld zodra de standby streamt, zodat schrijfopdrachten nooit wachten op een standby die er nog niet is.</translation>
    </message>
    <message>
        <source>The standby&apos;s PostgreSQL is stopped, its data directory replaced by a base backup of the primary, and it starts streaming from the primary&apos;s slot. Then the primary waits for it: replication becomes synchronous, so a failover loses no acknowledged commit.</source>
        <translation>PostgreSQL op de standby wordt gestopt, zijn gegevensmap wordt vervangen door een basisback-up van de primary, en hij begint te streamen vanuit het slot van de primary. Daarna wacht de primary op hem: de replicatie wordt synchroon, zodat een failover geen bevestigde commit verliest.</translation>
    </message>
    <message>
        <source>The old primary is fenced first (stopped and masked, or, when it does not answer at all, your word that it is powered off), so that there are never two primaries. Then the standby is promoted and accepts writes.</source>
        <translation>Eerst wordt de oude primary afgeschermd (gestopt en gemaskeerd of, als hij helemaal niet antwoordt, door uw verklaring dat hij uitgeschakeld is), zodat er nooit twee primaries zijn. Daarna wordt de standby gepromoveerd en aanvaardt hij schrijfopdrachten.</translation>
    </message>
    <message>
        <source>A node, typically the old primary, becomes the standby of the promoted primary: rewound with pg_rewind where its history allows it, copied anew otherwise, and streaming synchronously again at the end.</source>
        <translation>Een node, meestal de oude primary, wordt de standby van de gepromoveerde primary: teruggespoeld met pg_rewind waar zijn geschiedenis dat toelaat, anders opnieuw gekopieerd, en aan het einde weer synchroon streamend.</translation>
    </message>
    <message>
        <source>The primary is gone: the standby is promoted (after the old primary is fenced, so there are never two), and the Inmanta server is pointed at it and restarted. At the end the orchestrator answers again on its new database.</source>
        <translation>De primary is weg: de standby wordt gepromoveerd (nadat de oude primary afgeschermd is, zodat er nooit twee zijn), en de Inmanta-server wordt erop gericht en herstart. Aan het einde antwoordt de orchestrator weer, op zijn nieuwe database.</translation>
    </message>
    <message>
        <source>The orchestrator is gone: the old one is fenced (never two), the standby is promoted if the primary is gone too, and an Inmanta server is started on the chosen node against the database that serves writes.</source>
        <translation>De orchestrator is weg: de oude wordt afgeschermd (nooit twee), de standby wordt gepromoveerd als ook de primary weg is, en op de gekozen node wordt een Inmanta-server gestart met de database die schrijfopdrachten aanvaardt.</translation>
    </message>
    <message>
        <source>Standby to build:</source>
        <translation>Op te bouwen standby:</translation>
    </message>
    <message>
        <source>Standby to promote:</source>
        <translation>Te promoveren standby:</translation>
    </message>
    <message>
        <source>Node that becomes the standby:</source>
        <translation>Node die de standby wordt:</translation>
    </message>
    <message>
        <source>Node that becomes the orchestrator:</source>
        <translation>Node die de orchestrator wordt:</translation>
    </message>
</context>
<context>
    <name>ProcedureRun</name>
    <message>
        <source>no replication password is stored for cluster %1: store it with `inmanta-ha-cli --cluster FILE secret set replication-password` or in the Credentials dialog</source>
        <translation>er is geen replicatiewachtwoord bewaard voor cluster %1: bewaar het met `inmanta-ha-cli --cluster BESTAND secret set replication-password` of in het venster &quot;Inloggegevens&quot;</translation>
    </message>
    <message>
        <source>no database password is stored for cluster %1 (the new Inmanta server&apos;s database.cfg needs it): store it with `inmanta-ha-cli --cluster FILE secret set database-password` or in the Credentials dialog</source>
        <translation>er is geen databasewachtwoord bewaard voor cluster %1 (de database.cfg van de nieuwe Inmanta-server heeft het nodig): bewaar het met `inmanta-ha-cli --cluster BESTAND secret set database-password` of in het venster &quot;Inloggegevens&quot;</translation>
    </message>
    <message>
        <source>no run %1 in the audit log %2</source>
        <translation>geen uitvoering %1 in het auditlogboek %2</translation>
    </message>
    <message>
        <source>run %1 was %2 on cluster %3, not %4 on %5</source>
        <translation>uitvoering %1 was %2 op cluster %3, niet %4 op %5</translation>
    </message>
    <message>
        <source>run %1 already succeeded; start a new run to check again</source>
        <translation>uitvoering %1 is al gelukt; start een nieuwe uitvoering om opnieuw te controleren</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: the audit log does not verify (%2)</source>
        <translation>uitvoering %1 kan niet hervat worden: het auditlogboek doorstaat de controle niet (%2)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>uitvoering %1 kan niet hervat worden: %2</translation>
    </message>
    <message>
        <source>It stopped at step %1. Every step is checked again: what is done already is skipped, what is not (any more) is done.</source>
        <translation>Ze stopte bij stap %1. Elke stap wordt opnieuw gecontroleerd: wat al gedaan is, wordt overgeslagen, wat niet (meer) gedaan is, wordt gedaan.</translation>
    </message>
    <message>
        <source>this plan erases data (see `plan %1`): run it again with --yes to confirm</source>
        <translation>dit plan wist gegevens (zie `plan %1`): voer het opnieuw uit met --yes om te bevestigen</translation>
    </message>
    <message>
        <source>fencing attested: %1 is powered off or cut off the network %2</source>
        <translation>afscherming verklaard: %1 is uitgeschakeld of van het netwerk afgesloten %2</translation>
    </message>
    <message>
        <source>data loss accepted: the standby is promoted even if it lacks commits the primary acknowledged %1</source>
        <translation>gegevensverlies aanvaard: de standby wordt gepromoveerd, ook als hij commits mist die de primary bevestigde %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing changed</source>
        <translation>geannuleerd voordat ze startte; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>the operator&apos;s statement could not be recorded in the audit log (%1); the run does not start without it</source>
        <translation>de verklaring van de operator kon niet in het auditlogboek worden vastgelegd (%1); zonder die verklaring start de uitvoering niet</translation>
    </message>
    <message>
        <source>Operator&apos;s statement</source>
        <translation>Verklaring van de operator</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(deze machine)</translation>
    </message>
    <message>
        <source>Update the cluster file</source>
        <translation>Het clusterbestand bijwerken</translation>
    </message>
    <message>
        <source>not started: secrets are held back from this cluster file, as it would send them where they were not set for. Nothing ran. Confirm each only if the file&apos;s addresses are right:
%1</source>
        <translation>niet gestart: geheimen worden voor dit clusterbestand achtergehouden, omdat het ze zou sturen waarvoor ze niet zijn ingesteld. Er is niets uitgevoerd. Bevestig elk alleen als de adressen van het bestand kloppen:
%1</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: its record in the audit log was changed outside the product (`audit verify` says more)</source>
        <translation>run %1 kan niet worden hervat: het record ervan in het auditlog is buiten het product gewijzigd (`audit verify` zegt meer)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: its record in the audit log is not signed (written by an earlier version, or its signature removed); start a new run</source>
        <translation>run %1 kan niet worden hervat: het record ervan in het auditlog is niet ondertekend (geschreven door een eerdere versie, of de handtekening verwijderd); start een nieuwe run</translation>
    </message>
</context>
<context>
    <name>ProcedureSession</name>
    <message>
        <source>%1 is not implemented yet in this version</source>
        <translation>%1 is in deze versie nog niet geïmplementeerd</translation>
    </message>
    <message>
        <source>another run on cluster %1 is going on on this machine (%2, process %3)</source>
        <translation>op deze machine loopt al een andere uitvoering op cluster %1 (%2, proces %3)</translation>
    </message>
</context>
<context>
    <name>RemoteOps</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 mislukt: %3</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit code %3)</source>
        <translation>%1: %2 mislukt (exitcode %3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit code %3): %4</source>
        <translation>%1: %2 mislukt (exitcode %3): %4</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lezen van %1</translation>
    </message>
    <message>
        <source>writing %1 (it was left as it was)</source>
        <translation>schrijven van %1 (het bleef zoals het was)</translation>
    </message>
    <message>
        <source>SQL on PostgreSQL</source>
        <translation>SQL op PostgreSQL</translation>
    </message>
    <message>
        <source>%1: systemctl %2 %3 failed (exit code %4)</source>
        <translation>%1: systemctl %2 %3 mislukt (exitcode %4)</translation>
    </message>
</context>
<context>
    <name>ResumePoint</name>
    <message>
        <source>the audit log has no record of how this run started (its plan fingerprint): start a new run</source>
        <translation>het auditlogboek bevat niet hoe deze uitvoering startte (de vingerafdruk van haar plan): start een nieuwe uitvoering</translation>
    </message>
    <message>
        <source>the plan changed since the run started (another node chosen, or the cluster file, settings or version): choose the node the run worked on, or start a new run, which checks every step again</source>
        <translation>het plan is gewijzigd sinds de uitvoering startte (een andere node gekozen, of het clusterbestand, de instellingen of de versie gewijzigd): kies de node waarop de uitvoering werkte, of start een nieuwe uitvoering, die elke stap opnieuw controleert</translation>
    </message>
    <message>
        <source>the run was started by an earlier version, whose record of the plan this one cannot compare: start a new run (the cluster lock the run may hold is released with: inmanta-ha-cli --cluster FILE lock release %1)</source>
        <translation>de uitvoering is gestart door een eerdere versie, waarvan deze versie de vastlegging van het plan niet kan vergelijken: start een nieuwe uitvoering (de clustervergrendeling die de uitvoering mogelijk houdt, wordt vrijgegeven met: inmanta-ha-cli --cluster FILE lock release %1)</translation>
    </message>
</context>
<context>
    <name>RunReportExport</name>
    <message>
        <source>Export the Report of Run %1</source>
        <translation>Rapport van run %1 exporteren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-rapport (*.html);;PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Het rapport wordt geschreven...</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport geschreven naar %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Het rapport kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>SecretBinding</name>
    <message>
        <source>%1 (%2) was stored without the places it may go to; this file would send it to %3</source>
        <translation>%1 (%2) is opgeslagen zonder de plaatsen waar het heen mag; dit bestand zou het naar %3 sturen</translation>
    </message>
    <message>
        <source>%1 (%2) was not set for %3, where this file would send it</source>
        <translation>%1 (%2) is niet ingesteld voor %3, waar dit bestand het heen zou sturen</translation>
    </message>
    <message>
        <source>if that is right: inmanta-ha-cli --cluster %1 secret confirm %2</source>
        <translation>als dat klopt: inmanta-ha-cli --cluster %1 secret confirm %2</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <source>&quot;%1&quot; names no node of cluster %2</source>
        <translation>&quot;%1&quot; is geen node van cluster %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name; one of replication-password, database-password, api-token, sudo-password:NODE, ssh-password:NODE, key-passphrase:NODE</source>
        <translation>&quot;%1&quot; is geen naam van een geheim; een van replication-password, database-password, api-token, sudo-password:NODE, ssh-password:NODE, key-passphrase:NODE</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL replication user</source>
        <translation>Wachtwoord van de PostgreSQL-replicatiegebruiker</translation>
    </message>
    <message>
        <source>Password of the Inmanta server&apos;s database user</source>
        <translation>Wachtwoord van de databasegebruiker van de Inmanta-server</translation>
    </message>
    <message>
        <source>Token for the Inmanta server&apos;s API</source>
        <translation>Token voor de API van de Inmanta-server</translation>
    </message>
    <message>
        <source>sudo password of the SSH user on %1</source>
        <translation>sudo-wachtwoord van de SSH-gebruiker op %1</translation>
    </message>
    <message>
        <source>SSH password on %1</source>
        <translation>SSH-wachtwoord op %1</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1</source>
        <translation>Wachtwoordzin van de SSH-sleutel voor %1</translation>
    </message>
</context>
<context>
    <name>SocksConnect</name>
    <message>
        <source>not allowed by the proxy&apos;s rules</source>
        <translation>niet toegestaan door de regels van de proxy</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>netwerk onbereikbaar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>host onbereikbaar</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL verlopen</translation>
    </message>
    <message>
        <source>command not supported by the proxy</source>
        <translation>opdracht niet ondersteund door de proxy</translation>
    </message>
    <message>
        <source>address type not supported by the proxy</source>
        <translation>adrestype niet ondersteund door de proxy</translation>
    </message>
    <message>
        <source>general failure (SOCKS reply %1)</source>
        <translation>algemene fout (SOCKS-antwoord %1)</translation>
    </message>
    <message>
        <source>cannot reach the SOCKS proxy %1: %2</source>
        <translation>kan de SOCKS-proxy %1 niet bereiken: %2</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 did not answer as SOCKS5 within %2 s</source>
        <translation>de SOCKS-proxy %1 antwoordde niet als SOCKS5 binnen %2 s</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 wants authentication, which is not supported</source>
        <translation>de SOCKS-proxy %1 vraagt authenticatie, die niet ondersteund wordt</translation>
    </message>
    <message>
        <source>%1: a name too long for SOCKS5</source>
        <translation>%1: een naam die te lang is voor SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 could not connect to %2:%3: %4</source>
        <translation>de SOCKS-proxy %1 kon geen verbinding maken met %2:%3: %4</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 could not connect to %2:%3 within %4 s</source>
        <translation>de SOCKS-proxy %1 kon binnen %4 s geen verbinding maken met %2:%3</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1: Include nested more than %2 levels deep</source>
        <translation>%1: Include meer dan %2 niveaus diep genest</translation>
    </message>
    <message>
        <source>%1: &quot;Match %2&quot; is not supported (only Host blocks and Match all are); this tool cannot tell whether its %3 applies</source>
        <translation>%1: &quot;Match %2&quot; wordt niet ondersteund (alleen Host-blokken en Match all); dit hulpmiddel kan niet zeggen of zijn %3 van toepassing is</translation>
    </message>
    <message>
        <source>%1: %2 takes one value, not &quot;%3&quot;</source>
        <translation>%1: %2 neemt één waarde, niet &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>connection lost before `%1`: %2. The command may or may not have completed.</source>
        <translation>verbinding verloren vóór `%1`: %2. Of de opdracht voltooid is, is onbekend.</translation>
    </message>
    <message>
        <source>connection lost when starting `%1`: %2. The command may or may not have completed.</source>
        <translation>verbinding verloren bij het starten van `%1`: %2. Of de opdracht voltooid is, is onbekend.</translation>
    </message>
    <message>
        <source>connection lost while running `%1`: %2. The command may or may not have completed.</source>
        <translation>verbinding verloren terwijl `%1` draaide: %2. Of de opdracht voltooid is, is onbekend.</translation>
    </message>
    <message>
        <source>connection lost at the end of `%1`: %2. The command may or may not have completed.</source>
        <translation>verbinding verloren aan het einde van `%1`: %2. Of de opdracht voltooid is, is onbekend.</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>kan geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>de server heeft geen hostsleutel gestuurd</translation>
    </message>
    <message>
        <source>the host key has CHANGED. On record (%1): %2. Presented now: %3 %4. This may be an attack or a reinstalled host; nothing was sent to it. If the change is expected, remove the old entry from %1 and connect again.</source>
        <translation>de hostsleutel is GEWIJZIGD. Vastgelegd (%1): %2. Nu aangeboden: %3 %4. Dit kan een aanval zijn of een opnieuw geïnstalleerde host; er is niets naar gestuurd. Is de wijziging verwacht, verwijder dan de oude regel uit %1 en maak opnieuw verbinding.</translation>
    </message>
    <message>
        <source>the host key %1 %2 is marked @revoked in %3</source>
        <translation>de hostsleutel %1 %2 is als @revoked gemarkeerd in %3</translation>
    </message>
    <message>
        <source>the host key is not known yet: %1 %2. Check this fingerprint with the host&apos;s administrator, then accept it.</source>
        <translation>de hostsleutel is nog niet bekend: %1 %2. Controleer deze vingerafdruk bij de beheerder van de host en aanvaard hem dan.</translation>
    </message>
    <message>
        <source>cannot record the new host key: %1</source>
        <translation>kan de nieuwe hostsleutel niet vastleggen: %1</translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted</source>
        <translation>ssh-agent: geen sleutel aanvaard</translation>
    </message>
    <message>
        <source>key %1: cannot be read</source>
        <translation>sleutel %1: niet leesbaar</translation>
    </message>
    <message>
        <source>key %1: needs its passphrase (store it as key-passphrase:%2)</source>
        <translation>sleutel %1: heeft zijn wachtwoordzin nodig (bewaar die als key-passphrase:%2)</translation>
    </message>
    <message>
        <source>key %1: wrong passphrase</source>
        <translation>sleutel %1: verkeerde wachtwoordzin</translation>
    </message>
    <message>
        <source>key %1: refused by the server</source>
        <translation>sleutel %1: geweigerd door de server</translation>
    </message>
    <message>
        <source>default keys (~/.ssh/id_*): none accepted</source>
        <translation>standaardsleutels (~/.ssh/id_*): geen enkele aanvaard</translation>
    </message>
    <message>
        <source>password: wrong password</source>
        <translation>wachtwoord: verkeerd wachtwoord</translation>
    </message>
    <message>
        <source>keyboard-interactive: wrong password</source>
        <translation>keyboard-interactive: verkeerd wachtwoord</translation>
    </message>
    <message>
        <source>password: none stored (secret ssh-password:%1)</source>
        <translation>wachtwoord: geen bewaard (secret ssh-password:%1)</translation>
    </message>
    <message>
        <source>authentication as %1 failed: %2</source>
        <translation>authenticatie als %1 mislukt: %2</translation>
    </message>
    <message>
        <source>`%1` was cancelled; its channel was closed</source>
        <translation>`%1` is geannuleerd; het kanaal is gesloten</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s; its channel was closed</source>
        <translation>`%1` was niet binnen %2 s klaar; het kanaal is gesloten</translation>
    </message>
    <message>
        <source>`%1` was killed by signal %2</source>
        <translation>`%1` is beëindigd door signaal %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>the host key presented, %1 %2, is not the one pinned for this node (%3); nothing was sent to it.</source>
        <translation>de getoonde hostsleutel %1 %2 is niet de voor deze node vastgezette (%3); er is niets naar verzonden.</translation>
    </message>
    <message>
        <source>the revoked host keys (RevokedHostKeys) cannot be checked: %1; nothing was sent to the host.</source>
        <translation>de ingetrokken hostsleutels (RevokedHostKeys) kunnen niet gecontroleerd worden: %1; er is niets naar de host verzonden.</translation>
    </message>
    <message>
        <source>keyboard-interactive: the server asked more than %1 rounds of questions</source>
        <translation>keyboard-interactive: de server stelde meer dan %1 rondes vragen</translation>
    </message>
    <message>
        <source>keyboard-interactive: the server asked &quot;%1&quot;, which is not the password; it was not answered</source>
        <translation>keyboard-interactive: de server vroeg &quot;%1&quot;, wat niet het wachtwoord is; er is niet geantwoord</translation>
    </message>
    <message>
        <source>ssh.hostKey in the cluster file (or --host-key)</source>
        <translation>ssh.hostKey in het clusterbestand (of --host-key)</translation>
    </message>
    <message>
        <source>the remote shell ended while running `%1`. The command may or may not have completed.</source>
        <translation>de shell op afstand eindigde terwijl `%1` liep. De opdracht is misschien wel, misschien niet voltooid.</translation>
    </message>
    <message>
        <source>%1&apos;s bastion</source>
        <translation>bastion van %1</translation>
    </message>
    <message>
        <source>cannot connect through its bastion: %1</source>
        <translation>geen verbinding via zijn bastion: %1</translation>
    </message>
    <message>
        <source>cannot connect through %1: %2</source>
        <translation>geen verbinding via %1: %2</translation>
    </message>
    <message>
        <source>connection lost before `%1` was sent (%2); it did not run</source>
        <translation>verbinding verloren voordat `%1` werd verzonden (%2); het is niet uitgevoerd</translation>
    </message>
    <message>
        <source>`%1` was cancelled before it started</source>
        <translation>`%1` is geannuleerd voordat het begon</translation>
    </message>
    <message>
        <source>`%1` was sent SIGTERM and SIGKILL but did not end; the tool&apos;s shell there was closed</source>
        <translation>`%1` kreeg SIGTERM en SIGKILL maar eindigde niet; de shell van het programma daar is gesloten</translation>
    </message>
    <message>
        <source>`%1` was cancelled: its process group on the host was sent SIG%2</source>
        <translation>`%1` is geannuleerd: de procesgroep ervan op de host kreeg SIG%2</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s: its process group on the host was sent SIG%3</source>
        <translation>`%1` was niet binnen %2 s klaar: de procesgroep ervan op de host kreeg SIG%3</translation>
    </message>
    <message>
        <source>the server refused a new session for `%1` (its MaxSessions?); it did not run</source>
        <translation>de server weigerde een nieuwe sessie voor `%1` (zijn MaxSessions?); het is niet uitgevoerd</translation>
    </message>
    <message>
        <source>`%1` was stopped before it reported its process group, which was sent no signal; the tool&apos;s shell there was closed</source>
        <translation>`%1` is gestopt voordat het zijn procesgroep meldde, die geen signaal kreeg; de shell van het programma daar is gesloten</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>not connected: %1</source>
        <translation>niet verbonden: %1</translation>
    </message>
</context>
<context>
    <name>SshWorker</name>
    <message>
        <source>the sudo check</source>
        <translation>sudo-controle</translation>
    </message>
    <message>
        <source>sudo for %1 asks for a password and none is stored (secret sudo-password:%2)</source>
        <translation>sudo voor %1 vraagt een wachtwoord en er is er geen bewaard (secret sudo-password:%2)</translation>
    </message>
    <message>
        <source>the sudo password check</source>
        <translation>controle van het sudo-wachtwoord</translation>
    </message>
    <message>
        <source>wrong sudo password for %1</source>
        <translation>verkeerd sudo-wachtwoord voor %1</translation>
    </message>
    <message>
        <source>%1 may not use sudo: %2</source>
        <translation>%1 mag sudo niet gebruiken: %2</translation>
    </message>
    <message>
        <source>`%1` was cancelled before it started</source>
        <translation>`%1` is geannuleerd voordat het startte</translation>
    </message>
    <message>
        <source>sudo refused the password for %1</source>
        <translation>sudo weigerde het wachtwoord voor %1</translation>
    </message>
    <message>
        <source>could not tell whether sudo for %1 asks for a password (%2); nothing ran as root and no password was sent</source>
        <translation>kon niet vaststellen of sudo voor %1 om een wachtwoord vraagt (%2); niets draaide als root en er is geen wachtwoord verzonden</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>al gedaan</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>vraagt uw verklaring</translation>
    </message>
</context>
<context>
    <name>iha::AuditEntryModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>iha::AuditViewDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Clusterfilter</translation>
    </message>
    <message>
        <source>Run filter</source>
        <translation>Uitvoeringsfilter</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Items vanaf</translation>
    </message>
    <message>
        <source>Entries until</source>
        <translation>Items tot</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Uitvoering:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audititems</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Het gekozen item volledig</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <source>Re-compute every entry&apos;s HMAC and compare the end of the log with the head the keychain remembers</source>
        <translation>De HMAC van elk item herberekenen en het einde van het logboek vergelijken met de kop die de sleutelbos onthoudt</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporteren...</translation>
    </message>
    <message>
        <source>Write the entries shown to an HTML, PDF or JSON report</source>
        <translation>De getoonde items naar een HTML-, PDF- of JSON-rapport schrijven</translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Het auditlogboek is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Audit Log - %1</source>
        <translation>Auditlogboek - %1</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle clusters</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle uitvoeringen</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries shown.</source>
        <translation>
            <numerusform>%n van %1 items getoond.</numerusform>
            <numerusform>%n van %1 items getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  %3 by %4
</source>
        <translation>Nr. %1  %2  %3 door %4
</translation>
    </message>
    <message>
        <source>Step: %1
</source>
        <translation>Stap: %1
</translation>
    </message>
    <message>
        <source>Host: %1
</source>
        <translation>Host: %1
</translation>
    </message>
    <message>
        <source>Command:
%1
</source>
        <translation>Opdracht:
%1
</translation>
    </message>
    <message>
        <source>Exit code: %1
</source>
        <translation>Exitcode: %1
</translation>
    </message>
    <message>
        <source>Decision: %1
</source>
        <translation>Beslissing: %1
</translation>
    </message>
    <message>
        <source>Output (%1 bytes):
%2
</source>
        <translation>Uitvoer (%1 bytes):
%2
</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Bezig met controleren...</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>Keten intact: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain NOT intact:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keten NIET intact:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>uitvoering %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wordt geschreven...</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n entries).</source>
        <translation>
            <numerusform>%1 geschreven (%n item).</numerusform>
            <numerusform>%1 geschreven (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-rapport (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for machines (*.json)</source>
        <translation>JSON voor machines (*.json)</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Auditrapport exporteren</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Hostfilter</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Resultaatfilter</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultaat:</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle hosts</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle resultaten</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>resultaat %1</translation>
    </message>
</context>
<context>
    <name>iha::ClusterDiagram</name>
    <message>
        <source>Cluster diagram</source>
        <translation>Clusterdiagram</translation>
    </message>
    <message>
        <source>no replication</source>
        <translation>geen replicatie</translation>
    </message>
    <message>
        <source>%1 · %2
slot %3%4 · lag %5</source>
        <translation>%1 · %2
slot %3%4 · achterstand %5</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactief)</translation>
    </message>
    <message>
        <source>no replication: %1 is down</source>
        <translation>geen replicatie: %1 ligt plat</translation>
    </message>
    <message>
        <source>replication not seen yet</source>
        <translation>replicatie nog niet gezien</translation>
    </message>
    <message>
        <source>database unknown</source>
        <translation>database onbekend</translation>
    </message>
    <message>
        <source>uses the database on %1</source>
        <translation>gebruikt de database op %1</translation>
    </message>
</context>
<context>
    <name>iha::ClusterFileActions</name>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Clusterbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open Cluster File</source>
        <translation>Clusterbestand openen</translation>
    </message>
    <message>
        <source>New Cluster File</source>
        <translation>Nieuw clusterbestand</translation>
    </message>
    <message>
        <source>Cannot create cluster file</source>
        <translation>Kan clusterbestand niet aanmaken</translation>
    </message>
    <message>
        <source>Created %1: replace the example addresses (192.0.2.x) with your hosts&apos;.</source>
        <translation>%1 aangemaakt: vervang de voorbeeldadressen (192.0.2.x) door die van uw hosts.</translation>
    </message>
    <message>
        <source>Import a Running Cluster</source>
        <translation>Een draaiende cluster importeren</translation>
    </message>
    <message>
        <source>Hosts cannot be read from this window.</source>
        <translation>Vanuit dit venster kunnen geen hosts gelezen worden.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 geïmporteerd in %2.</translation>
    </message>
    <message>
        <source>Export Cluster File</source>
        <translation>Clusterbestand exporteren</translation>
    </message>
    <message>
        <source>Cannot export cluster file</source>
        <translation>Kan clusterbestand niet exporteren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>sudo password not kept</source>
        <translation>sudo-wachtwoord niet bewaard</translation>
    </message>
    <message>
        <source>The keychain already holds another sudo password of cluster %1 for %2 (of another file of that name?); it is left as it was.</source>
        <translation>De sleutelbos bevat al een ander sudo-wachtwoord van cluster %1 voor %2 (van een ander bestand met die naam?); het blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>The sudo password was not kept in the keychain for every host of %1; it will be asked for when needed.
%2</source>
        <translation>Het sudo-wachtwoord is niet voor elke host van %1 in de sleutelbos bewaard; het wordt gevraagd wanneer nodig.
%2</translation>
    </message>
</context>
<context>
    <name>iha::ClusterImporter</name>
    <message>
        <source>reading the host</source>
        <translation>lezen van de host</translation>
    </message>
</context>
<context>
    <name>iha::ClusterListPanel</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Open another cluster file</source>
        <translation>Nog een clusterbestand openen</translation>
    </message>
    <message>
        <source>Add a cluster</source>
        <translation>Een cluster toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Stop watching the selected cluster (its file is kept)</source>
        <translation>De gekozen cluster niet meer bewaken (zijn bestand blijft bewaard)</translation>
    </message>
    <message>
        <source>Remove the selected cluster from the list</source>
        <translation>De gekozen cluster uit de lijst verwijderen</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 loopt</translation>
    </message>
</context>
<context>
    <name>iha::ClusterPage</name>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Nodes</translation>
    </message>
    <message>
        <source>Recent &amp;Runs</source>
        <translation>Recente &amp;uitvoeringen</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Warnings in the cluster file:
%1</source>
        <translation>Waarschuwingen in het clusterbestand:
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRACTICE&lt;/b&gt; - a practice cluster on this machine, not a real system. Run any procedure or failover drill on it; &lt;tt&gt;inmanta-ha-cli practice down&lt;/tt&gt; removes it.</source>
        <translation>&lt;b&gt;OEFENING&lt;/b&gt; - een oefencluster op deze machine, geen echt systeem. Voer er elke procedure of failover-oefening op uit; &lt;tt&gt;inmanta-ha-cli practice down&lt;/tt&gt; verwijdert hem.</translation>
    </message>
    <message>
        <source>PRACTICE cluster %1</source>
        <translation>OEFEN-cluster %1</translation>
    </message>
    <message>
        <source>Recent &amp;Runs (a run is going on)</source>
        <translation>Recente &amp;uitvoeringen (er loopt een uitvoering)</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>Loopt nu: %1</translation>
    </message>
</context>
<context>
    <name>iha::ConnectionTest</name>
    <message>
        <source>reach</source>
        <translation>bereikbaarheid</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>hostsleutel</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>authenticatie</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>shell</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1 answers on port %2</source>
        <translation>%1 antwoordt op poort %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>kan %1 niet bereiken: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer within %2 s</source>
        <translation>kan %1 niet bereiken: geen antwoord binnen %2 s</translation>
    </message>
    <message>
        <source>accepted now and recorded: %1 %2</source>
        <translation>nu aanvaard en vastgelegd: %1 %2</translation>
    </message>
    <message>
        <source>known: %1 %2</source>
        <translation>bekend: %1 %2</translation>
    </message>
    <message>
        <source>logged in as %1 (%2)</source>
        <translation>aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exitcode %1</translation>
    </message>
    <message>
        <source>sudo ran the command as uid %1, not root</source>
        <translation>sudo voerde de opdracht uit als uid %1, niet als root</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo</source>
        <translation>%1 wordt root met sudo</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Inmanta configuration</source>
        <translation>Inmanta-configuratie</translation>
    </message>
    <message>
        <source>no Inmanta configuration here (no server installed)</source>
        <translation>geen Inmanta-configuratie hier (geen server geïnstalleerd)</translation>
    </message>
    <message>
        <source>the server connects to %1 (%2)</source>
        <translation>de server verbindt met %1 (%2)</translation>
    </message>
    <message>
        <source>the server connects to localhost (no [database] host is set)</source>
        <translation>de server verbindt met localhost (geen [database] host ingesteld)</translation>
    </message>
    <message>
        <source>%1. A failover that points the server at a new primary must change it there, or remove it.</source>
        <translation>%1. Een failover die de server naar een nieuwe primaire laat wijzen, moet het daar wijzigen of verwijderen.</translation>
    </message>
    <message>
        <source>%1; but its API listens on %2 only (%3), out of reach of %4: set [server] bind-address</source>
        <translation>%1; maar zijn API luistert alleen op %2 (%3), buiten bereik van %4: stel [server] bind-address in</translation>
    </message>
    <message>
        <source>the default: no [server] bind-address</source>
        <translation>de standaard: geen [server] bind-address</translation>
    </message>
    <message>
        <source>%1; its API listens on %2</source>
        <translation>%1; zijn API luistert op %2</translation>
    </message>
    <message>
        <source>pinned: %1 %2</source>
        <translation>vastgezet: %1 %2</translation>
    </message>
    <message>
        <source>reached through bastion %1@%2:%3 (ProxyJump, %4 hop(s)); the login tests the way</source>
        <translation>bereikt via bastion %1@%2:%3 (ProxyJump, %4 sprong(en)); het inloggen test de weg</translation>
    </message>
</context>
<context>
    <name>iha::CredentialsDialog</name>
    <message>
        <source>Credentials of %1</source>
        <translation>Inloggegevens van %1</translation>
    </message>
    <message>
        <source>The secrets of cluster %1 live in your keychain, never in files. Their values are never shown: select one to set, replace or delete it.</source>
        <translation>De geheimen van cluster %1 staan in uw sleutelbos, nooit in bestanden. Hun waarden worden nooit getoond: kies er een om het in te stellen, te vervangen of te verwijderen.</translation>
    </message>
    <message>
        <source>Secrets of the cluster</source>
        <translation>Geheimen van de cluster</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>New value, again</source>
        <translation>Nieuwe waarde, nogmaals</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Nieuwe &amp;waarde:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Instellen</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <source>No keychain is available to this program.</source>
        <translation>Er is geen sleutelbos beschikbaar voor dit programma.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 Nothing can be read or stored here until it is; secrets are never kept in plain text instead.</source>
        <translation>%1 Tot dan kan hier niets gelezen of bewaard worden; geheimen worden nooit in plaats daarvan als platte tekst bewaard.</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>bezig met controleren...</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>niet te bepalen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>The two values differ.</source>
        <translation>De twee waarden verschillen.</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 is niet bewaard: %2</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Delete %1 of cluster %2 from the keychain? Procedures that need it will ask for it again.</source>
        <translation>%1 van cluster %2 uit de sleutelbos verwijderen? Procedures die het nodig hebben, vragen er opnieuw om.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 is niet verwijderd: %2</translation>
    </message>
    <message>
        <source>%1 is deleted from the keychain.</source>
        <translation>%1 is uit de sleutelbos verwijderd.</translation>
    </message>
    <message>
        <source>. Replace it to let it go where this file sends it.</source>
        <translation>. Vervang het om het te laten gaan waar dit bestand het heen stuurt.</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>achtergehouden</translation>
    </message>
    <message>
        <source>%1 is stored in the keychain, for this file&apos;s hosts.</source>
        <translation>%1 is opgeslagen in de sleutelbos, voor de hosts van dit bestand.</translation>
    </message>
</context>
<context>
    <name>iha::EmptyState</name>
    <message>
        <source>No cluster loaded</source>
        <translation>Geen cluster geladen</translation>
    </message>
    <message>
        <source>Open Cluster File...</source>
        <translation>Clusterbestand openen...</translation>
    </message>
    <message>
        <source>New from Template...</source>
        <translation>Nieuw uit sjabloon...</translation>
    </message>
    <message>
        <source>Import Running Cluster...</source>
        <translation>Draaiende cluster importeren...</translation>
    </message>
    <message>
        <source>New here? &lt;b&gt;Try it on a practice cluster&lt;/b&gt;: five hosts on this machine with real PostgreSQL 15 and OpenSSH servers, marked PRACTICE, to run every procedure and a failover drill on without risk.&lt;br&gt;&lt;br&gt;A cluster file describes your PostgreSQL primary, its standby and the Inmanta orchestrator: their addresses, SSH logins and where PostgreSQL keeps its data.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import&lt;/b&gt; a cluster that already runs (everything is read from its hosts), &lt;b&gt;open&lt;/b&gt; a cluster file you already have, or create a &lt;b&gt;new one from the template&lt;/b&gt; (the runbook&apos;s defaults) and replace the example addresses with your hosts&apos; addresses.</source>
        <translation>Nieuw hier? &lt;b&gt;Probeer het op een oefencluster&lt;/b&gt;: vijf hosts op deze machine met echte PostgreSQL 15- en OpenSSH-servers, gemarkeerd als OEFENING, om elke procedure en een failover-oefening zonder risico uit te voeren.&lt;br&gt;&lt;br&gt;Een clusterbestand beschrijft uw PostgreSQL-primary, zijn standby en de Inmanta-orchestrator: hun adressen, SSH-logins en waar PostgreSQL zijn gegevens bewaart.&lt;br&gt;&lt;br&gt;&lt;b&gt;Importeer&lt;/b&gt; een cluster die al draait (alles wordt van zijn hosts gelezen), &lt;b&gt;open&lt;/b&gt; een clusterbestand dat u al hebt, of maak een &lt;b&gt;nieuw bestand uit het sjabloon&lt;/b&gt; (de standaardwaarden van het runbook) en vervang de voorbeeldadressen door de adressen van uw hosts.</translation>
    </message>
    <message>
        <source>Try It on a Practice Cluster...</source>
        <translation>Uitproberen op een oefencluster...</translation>
    </message>
</context>
<context>
    <name>iha::GuiController</name>
    <message>
        <source>%1 The cluster is watched without stored passwords.</source>
        <translation>%1 De cluster wordt bewaakt zonder bewaarde wachtwoorden.</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: it is not read until its key is accepted (Check Now asks again).</source>
        <translation>Hostsleutel van %1 geweigerd: de host wordt niet gelezen tot zijn sleutel aanvaard is (&quot;Nu controleren&quot; vraagt opnieuw).</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: %2</source>
        <translation>Kan de hostsleutel van %1 niet vastleggen: %2</translation>
    </message>
    <message>
        <source>The decision is not in the audit log: %1</source>
        <translation>De beslissing staat niet in het auditlogboek: %1</translation>
    </message>
    <message>
        <source>Host key of %1 recorded in %2.</source>
        <translation>Hostsleutel van %1 vastgelegd in %2.</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: it is not read until its key is accepted (Read Again asks again).</source>
        <translation>Hostsleutel van %1 geweigerd: de host wordt niet gelezen tot zijn sleutel aanvaard is (&quot;Opnieuw lezen&quot; vraagt het nog eens).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>the audit log is not open</source>
        <translation>het auditlog is niet geopend</translation>
    </message>
    <message>
        <source>⚠ The audit log is not the one remembered at its path</source>
        <translation>⚠ Het auditlog is niet het op dit pad bekende</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>achtergehouden: %1</translation>
    </message>
    <message>
        <source>The secrets stay held back: %1</source>
        <translation>De geheimen blijven achtergehouden: %1</translation>
    </message>
    <message>
        <source>Confirmed; the cluster file was read again meanwhile: the secrets are used once it is shown again.</source>
        <translation>Bevestigd; het clusterbestand is intussen opnieuw gelezen: de geheimen worden gebruikt zodra het weer getoond wordt.</translation>
    </message>
</context>
<context>
    <name>iha::GuiPractice</name>
    <message>
        <source>Practice Cluster</source>
        <translation>Oefencluster</translation>
    </message>
    <message>
        <source>Start a practice cluster on this machine?</source>
        <translation>Een oefencluster op deze machine starten?</translation>
    </message>
    <message>
        <source>Start It</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>The practice cluster could not be started.</source>
        <translation>De oefencluster kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>iha::HeldBackSecretsDialog</name>
    <message>
        <source>Secrets Held Back</source>
        <translation>Geheimen achtergehouden</translation>
    </message>
    <message>
        <source>%1 is a file of cluster %2, but it would send the cluster&apos;s secrets where they were not set for. They are held back.</source>
        <translation>%1 is een bestand van cluster %2, maar het zou de geheimen van de cluster sturen waarvoor ze niet zijn ingesteld. Ze worden achtergehouden.</translation>
    </message>
    <message>
        <source>
would go to:
</source>
        <translation>
zouden gaan naar:
</translation>
    </message>
    <message>
        <source>

Let them go there only if you changed these addresses yourself: a copied or planted file of the same name would collect them. Until then the cluster is watched without them.</source>
        <translation>

Laat ze er alleen heen gaan als u deze adressen zelf hebt gewijzigd: een gekopieerd of ondergeschoven bestand met dezelfde naam zou ze verzamelen. Tot dan wordt de cluster zonder ze bewaakt.</translation>
    </message>
    <message>
        <source>&amp;Let Them Go There</source>
        <translation>Er heen &amp;laten gaan</translation>
    </message>
    <message>
        <source>&amp;Keep Them Back</source>
        <translation>&amp;Achterhouden</translation>
    </message>
    <message>
        <source>Let the secrets go where this file sends them</source>
        <translation>De geheimen laten gaan waar dit bestand ze heen stuurt</translation>
    </message>
    <message>
        <source>Keep the secrets back</source>
        <translation>De geheimen achterhouden</translation>
    </message>
</context>
<context>
    <name>iha::HostKeyDialog</name>
    <message>
        <source>Host key changed: connection refused</source>
        <translation>Hostsleutel gewijzigd: verbinding geweigerd</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Onbekende hostsleutel</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; This may be an attack, or the host was reinstalled. Nothing was sent to it, and it cannot be accepted here. If the change is expected, remove the old entry from %2 and connect again.</source>
        <translation>&lt;b&gt;De hostsleutel van %1 is gewijzigd.&lt;/b&gt; Dit kan een aanval zijn, of de host is opnieuw geïnstalleerd. Er is niets naar verzonden, en hier kan hij niet aanvaard worden. Is de wijziging verwacht, verwijder dan het oude item uit %2 en maak opnieuw verbinding.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not known yet.&lt;/b&gt; Compare the fingerprint below with the host&apos;s own (run &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; on it, or ask its administrator) before you accept it.</source>
        <translation>&lt;b&gt;%1 is nog niet bekend.&lt;/b&gt; Vergelijk de vingerafdruk hieronder met die van de host (voer er &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; uit, of vraag het aan de beheerder) voor u hem aanvaardt.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Sleuteltype:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Nu aangeboden:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>On record:</source>
        <translation>Vastgelegd:</translation>
    </message>
    <message>
        <source>&amp;Accept and Remember</source>
        <translation>&amp;Aanvaarden en onthouden</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Weigeren</translation>
    </message>
</context>
<context>
    <name>iha::ImportHostsPage</name>
    <message>
        <source>The hosts of the running cluster</source>
        <translation>De hosts van de draaiende cluster</translation>
    </message>
    <message>
        <source>Their roles, PostgreSQL&apos;s directories, port, service and programs, and the orchestrator&apos;s database are read from the hosts: nothing is typed, nothing changes on them.</source>
        <translation>Hun rollen, de mappen, poort, dienst en programma&apos;s van PostgreSQL en de database van de orchestrator worden van de hosts gelezen: er hoeft niets getypt te worden en er verandert niets op de hosts.</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Clusternaam</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>bv. prod</translation>
    </message>
    <message>
        <source>Database hosts</source>
        <translation>Databasehosts</translation>
    </message>
    <message>
        <source>addresses, separated by spaces or commas</source>
        <translation>adressen, gescheiden door spaties of komma&apos;s</translation>
    </message>
    <message>
        <source>Orchestrator hosts</source>
        <translation>Orchestratorhosts</translation>
    </message>
    <message>
        <source>the Inmanta server&apos;s host, and any spare</source>
        <translation>de host van de Inmanta-server, en eventuele reserves</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-gebruiker</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-poort</translation>
    </message>
    <message>
        <source>SSH key file</source>
        <translation>SSH-sleutelbestand</translation>
    </message>
    <message>
        <source>ssh-agent and the default keys</source>
        <translation>ssh-agent en de standaardsleutels</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-wachtwoord</translation>
    </message>
    <message>
        <source>only when the SSH user is not root and sudo asks</source>
        <translation>alleen als de SSH-gebruiker geen root is en sudo erom vraagt</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>Het SSH-sleutelbestand kiezen</translation>
    </message>
    <message>
        <source>SSH Key File</source>
        <translation>SSH-sleutelbestand</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Database hosts:</source>
        <translation>&amp;Databasehosts:</translation>
    </message>
    <message>
        <source>&amp;Orchestrator hosts:</source>
        <translation>&amp;Orchestratorhosts:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;gebruiker:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;poort:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;sleutelbestand:</translation>
    </message>
    <message>
        <source>s&amp;udo password:</source>
        <translation>s&amp;udo-wachtwoord:</translation>
    </message>
    <message>
        <source>Cluster name: %1</source>
        <translation>Clusternaam: %1</translation>
    </message>
    <message>
        <source>Database hosts: give at least the primary&apos;s address.</source>
        <translation>Databasehosts: geef minstens het adres van de primary op.</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <translation>Host %1: %2</translation>
    </message>
    <message>
        <source>Host %1 is listed twice.</source>
        <translation>Host %1 staat er twee keer in.</translation>
    </message>
    <message>
        <source>SSH key file: %1</source>
        <translation>SSH-sleutelbestand: %1</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keychain for these hosts</source>
        <translation>In de &amp;sleutelbos bewaren voor deze hosts</translation>
    </message>
    <message>
        <source>Keep the sudo password in the keychain for these hosts</source>
        <translation>Het sudo-wachtwoord voor deze hosts in de sleutelbos bewaren</translation>
    </message>
</context>
<context>
    <name>iha::ImportReadPage</name>
    <message>
        <source>&amp;Read Again</source>
        <translation>Opnieuw &amp;lezen</translation>
    </message>
    <message>
        <source>Reading the hosts</source>
        <translation>De hosts worden gelezen</translation>
    </message>
    <message>
        <source>Over SSH, as root: read-only, nothing changes on the hosts.</source>
        <translation>Via SSH, als root: alleen-lezen, er verandert niets op de hosts.</translation>
    </message>
    <message>
        <source>Hosts and what reading them gave</source>
        <translation>Hosts en wat het lezen opleverde</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every host was read.</source>
        <translation>Alle hosts zijn gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be read: fix what is said above (an unknown host key is asked about), then Read Again.</source>
        <translation>
            <numerusform>%n host kon niet gelezen worden: herstel wat hierboven staat (naar een onbekende hostsleutel wordt gevraagd) en klik dan op &quot;Opnieuw lezen&quot;.</numerusform>
            <numerusform>%n hosts konden niet gelezen worden: herstel wat hierboven staat (naar een onbekende hostsleutel wordt gevraagd) en klik dan op &quot;Opnieuw lezen&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>orchestrator</source>
        <translation>orchestrator</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n host(s)...</source>
        <translation>
            <numerusform>%n host wordt gelezen...</numerusform>
            <numerusform>%n hosts worden gelezen...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iha::ImportReviewPage</name>
    <message>
        <source>What was found</source>
        <translation>Wat er gevonden is</translation>
    </message>
    <message>
        <source>Check the roles; Finish writes the cluster file and opens it.</source>
        <translation>Controleer de rollen; &quot;Clusterbestand schrijven&quot; schrijft het bestand en opent het.</translation>
    </message>
    <message>
        <source>&amp;Write Cluster File</source>
        <translation>Clusterbestand &amp;schrijven</translation>
    </message>
    <message>
        <source>Nodes found, with their roles and settings</source>
        <translation>Gevonden nodes, met hun rollen en instellingen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Cluster file to write</source>
        <translation>Te schrijven clusterbestand</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>Choose where the cluster file goes</source>
        <translation>Kiezen waar het clusterbestand komt</translation>
    </message>
    <message>
        <source>Cluster File</source>
        <translation>Clusterbestand</translation>
    </message>
    <message>
        <source>Cluster files (*.json)</source>
        <translation>Clusterbestanden (*.json)</translation>
    </message>
    <message>
        <source>Cluster &amp;file:</source>
        <translation>&amp;Clusterbestand:</translation>
    </message>
    <message>
        <source>Nothing unusual was found.</source>
        <translation>Er is niets ongewoons gevonden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look at this:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Let hierop:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol van %1</translation>
    </message>
    <message>
        <source>The hosts were not read.</source>
        <translation>De hosts zijn niet gelezen.</translation>
    </message>
    <message>
        <source>Choose the primary.</source>
        <translation>Kies de primary.</translation>
    </message>
    <message>
        <source>Choose the orchestrator.</source>
        <translation>Kies de orchestrator.</translation>
    </message>
    <message>
        <source>Cluster file: say where it goes.</source>
        <translation>Clusterbestand: geef aan waar het moet komen.</translation>
    </message>
    <message>
        <source>Cluster file: &quot;%1&quot; is a relative path.</source>
        <translation>Clusterbestand: &quot;%1&quot; is een relatief pad.</translation>
    </message>
    <message>
        <source>%1 exists: it is replaced, and a copy kept as %1.bak.</source>
        <translation>%1 bestaat al: het wordt vervangen, en een kopie blijft bewaard als %1.bak.</translation>
    </message>
    <message>
        <source>Cannot write the cluster file</source>
        <translation>Kan het clusterbestand niet schrijven</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replace the Cluster File?</source>
        <translation>Clusterbestand vervangen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported cluster? The old file is kept as %1.bak.</source>
        <translation>%1 bestaat al. Vervangen door de geïmporteerde cluster? Het oude bestand blijft bewaard als %1.bak.</translation>
    </message>
</context>
<context>
    <name>iha::ImportWizard</name>
    <message>
        <source>Import a Running Cluster</source>
        <translation>Een draaiende cluster importeren</translation>
    </message>
</context>
<context>
    <name>iha::IntroPage</name>
    <message>
        <source>Cluster %1. Runbook section: &quot;%2&quot;.</source>
        <translation>Cluster %1. Runbooksectie: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nothing changes until you confirm on the preview page: first the pre-flight checks, read-only, then every step with its exact command.</source>
        <translation>Er verandert niets tot u bevestigt op de voorbeeldpagina: eerst de voorafgaande controles, alleen-lezen, daarna elke stap met zijn exacte opdracht.</translation>
    </message>
    <message>
        <source>This goes on with run %1, which did not finish. Every step is checked again: what is done already is skipped.</source>
        <translation>Dit zet uitvoering %1 voort, die niet afgerond werd. Elke stap wordt opnieuw gecontroleerd: wat al gedaan is, wordt overgeslagen.</translation>
    </message>
</context>
<context>
    <name>iha::InventoryDialog</name>
    <message>
        <source>Inventory of %1</source>
        <translation>Inventaris van %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>&amp;Add Node</source>
        <translation>Node &amp;toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move Node</source>
        <translation>Node &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importeren...</translation>
    </message>
    <message>
        <source>Replace what is edited here by the content of another cluster file</source>
        <translation>Wat hier bewerkt wordt vervangen door de inhoud van een ander clusterbestand</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporteren...</translation>
    </message>
    <message>
        <source>Write what is edited here to another file</source>
        <translation>Wat hier bewerkt wordt naar een ander bestand schrijven</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>scram-sha-256 (PostgreSQL 15&apos;s default)</source>
        <translation>scram-sha-256 (standaard van PostgreSQL 15)</translation>
    </message>
    <message>
        <source>md5 (what the runbook writes)</source>
        <translation>md5 (wat het runbook schrijft)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>slot:</source>
        <translation>slot:</translation>
    </message>
    <message>
        <source>application name:</source>
        <translation>applicatienaam:</translation>
    </message>
    <message>
        <source>&amp;Replication user:</source>
        <translation>&amp;Replicatiegebruiker:</translation>
    </message>
    <message>
        <source>Replication &amp;authentication:</source>
        <translation>Replicatie-&amp;authenticatie:</translation>
    </message>
    <message>
        <source>Replication user</source>
        <translation>Replicatiegebruiker</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Replicatieslot</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Applicatienaam</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Gekozen node</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP-adres of hostnaam</translation>
    </message>
    <message>
        <source>as OpenSSH: your local user name</source>
        <translation>zoals OpenSSH: uw lokale gebruikersnaam</translation>
    </message>
    <message>
        <source>empty: ssh-agent and the default keys</source>
        <translation>leeg: ssh-agent en de standaardsleutels</translation>
    </message>
    <message>
        <source>Runs &amp;PostgreSQL</source>
        <translation>Draait &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>empty: in the data directory</source>
        <translation>leeg: in de gegevensmap</translation>
    </message>
    <message>
        <source>empty: found on the host</source>
        <translation>leeg: op de host gezocht</translation>
    </message>
    <message>
        <source>Runs an &amp;Inmanta server</source>
        <translation>Draait een &amp;Inmanta-server</translation>
    </message>
    <message>
        <source>empty: http://&lt;address&gt;:8888</source>
        <translation>leeg: http://&lt;adres&gt;:8888</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;gebruiker:</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>SSH-p&amp;oort:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;sleutelbestand:</translation>
    </message>
    <message>
        <source>PostgreSQL port:</source>
        <translation>PostgreSQL-poort:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Configuration directory:</source>
        <translation>Configuratiemap:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Programs directory:</source>
        <translation>Programmamap:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Database settings file:</source>
        <translation>Bestand met database-instellingen:</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-poort</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Configuration directory</source>
        <translation>Configuratiemap</translation>
    </message>
    <message>
        <source>PostgreSQL service</source>
        <translation>PostgreSQL-dienst</translation>
    </message>
    <message>
        <source>Programs directory</source>
        <translation>Programmamap</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Database settings file</source>
        <translation>Bestand met database-instellingen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before saving:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Herstel dit vóór het opslaan:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was changed.</source>
        <translation>%1 kan niet gelezen worden; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Import Cluster File</source>
        <translation>Clusterbestand importeren</translation>
    </message>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Clusterbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Cluster File</source>
        <translation>Clusterbestand exporteren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standaard)</translation>
    </message>
    <message>
        <source>Bytes, or with kB, MB, GB or TB (1024-based); empty: the default.</source>
        <translation>Bytes, of met kB, MB, GB of TB (basis 1024); leeg: de standaard.</translation>
    </message>
    <message>
        <source>warning from</source>
        <translation>waarschuwing vanaf</translation>
    </message>
    <message>
        <source>Replay lag warning threshold</source>
        <translation>Waarschuwingsdrempel van de replay-achterstand</translation>
    </message>
    <message>
        <source>critical from</source>
        <translation>kritiek vanaf</translation>
    </message>
    <message>
        <source>Replay lag critical threshold</source>
        <translation>Kritieke drempel van de replay-achterstand</translation>
    </message>
    <message>
        <source>Replay &amp;lag alerts:</source>
        <translation>Meldingen over replay-&amp;achterstand:</translation>
    </message>
    <message>
        <source>Retained WAL warning threshold</source>
        <translation>Waarschuwingsdrempel van vastgehouden WAL</translation>
    </message>
    <message>
        <source>Retained WAL critical threshold</source>
        <translation>Kritieke drempel van vastgehouden WAL</translation>
    </message>
    <message>
        <source>Retained &amp;WAL alerts:</source>
        <translation>Meldingen over vastgehouden &amp;WAL:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size (bytes, or a number with kB, MB, GB or TB)</source>
        <translation>&quot;%1&quot; is geen grootte (bytes, of een getal met kB, MB, GB of TB)</translation>
    </message>
</context>
<context>
    <name>iha::MainWindow</name>
    <message>
        <source>Inmanta HA Admin</source>
        <translation>Inmanta HA Admin</translation>
    </message>
    <message>
        <source>No cluster loaded</source>
        <translation>Geen cluster geladen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open Cluster File...</source>
        <translation>Clusterbestand &amp;openen...</translation>
    </message>
    <message>
        <source>&amp;New Cluster File from Template...</source>
        <translation>&amp;Nieuw clusterbestand uit sjabloon...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Inmanta HA Admin</source>
        <translation>&amp;Over Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Cannot open cluster file</source>
        <translation>Kan clusterbestand niet openen</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was loaded. Fix them and open it again.</source>
        <translation>%1 bevat fouten; er is niets geladen. Verbeter ze en open het bestand opnieuw.</translation>
    </message>
    <message>
        <source>%1 - Inmanta HA Admin</source>
        <translation>%1 - Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen uit %1</translation>
    </message>
    <message>
        <source>About Inmanta HA Admin</source>
        <translation>Over Inmanta HA Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inmanta HA Admin&lt;/b&gt; %1&lt;br&gt;Sets up and fails over the high-availability PostgreSQL pair behind an Inmanta orchestrator.</source>
        <translation>&lt;b&gt;Inmanta HA Admin&lt;/b&gt; %1&lt;br&gt;Zet het hoogbeschikbare PostgreSQL-paar achter een Inmanta-orchestrator op en schakelt het bij storing over.</translation>
    </message>
    <message>
        <source>&amp;Export Cluster File...</source>
        <translation>Clusterbestand e&amp;xporteren...</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Uit de lijst &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Edit &amp;Inventory...</source>
        <translation>&amp;Inventaris bewerken...</translation>
    </message>
    <message>
        <source>&amp;Credentials...</source>
        <translation>&amp;Inloggegevens...</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Nu &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Audit Log...</source>
        <translation>&amp;Auditlogboek...</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Gekopieerd: %1</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is kept as %2.bak)</source>
        <translation>%1 opgeslagen (de vorige versie blijft bewaard als %2.bak)</translation>
    </message>
    <message>
        <source>No longer found, removed from the list: %1</source>
        <translation>Niet meer gevonden, uit de lijst verwijderd: %1</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Procedures</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>&amp;Import Running Cluster...</source>
        <translation>Draaiende cluster &amp;importeren...</translation>
    </message>
    <message>
        <source>Try It on a &amp;Practice Cluster...</source>
        <translation>Uitproberen op een &amp;oefencluster...</translation>
    </message>
    <message>
        <source>PRACTICE: %1 (not a real cluster) - Inmanta HA Admin</source>
        <translation>OEFENING: %1 (geen echte cluster) - Inmanta HA Admin</translation>
    </message>
</context>
<context>
    <name>iha::NodeDetailsView</name>
    <message>
        <source>Details of the selected node</source>
        <translation>Details van de gekozen node</translation>
    </message>
    <message>
        <source>Select a node to see its details.</source>
        <translation>Kies een node om zijn details te zien.</translation>
    </message>
</context>
<context>
    <name>iha::NodeMenu</name>
    <message>
        <source>Check Now</source>
        <translation>Nu controleren</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>%1: Copy the CLI Command</source>
        <translation>%1: CLI-opdracht kopiëren</translation>
    </message>
</context>
<context>
    <name>iha::NodeTableModel</name>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <translation>Orchestrator</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten dienst</translation>
    </message>
    <message>
        <source>PostgreSQL :%1, %2</source>
        <translation>PostgreSQL :%1, %2</translation>
    </message>
    <message>
        <source>Inmanta %1</source>
        <translation>Inmanta %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-login</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
</context>
<context>
    <name>iha::NodeTableView</name>
    <message>
        <source>Nodes of the cluster</source>
        <translation>Nodes van de cluster</translation>
    </message>
</context>
<context>
    <name>iha::ParametersPage</name>
    <message>
        <source>Replication password:</source>
        <translation>Replicatiewachtwoord:</translation>
    </message>
    <message>
        <source>Inmanta database password:</source>
        <translation>Inmanta-databasewachtwoord:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Command that installs the Inmanta server</source>
        <translation>Opdracht die de Inmanta-server installeert</translation>
    </message>
    <message>
        <source>only where the server is missing, e.g. dnf install -y inmanta-service-orchestrator-server</source>
        <translation>alleen waar de server ontbreekt, bv. dnf install -y inmanta-service-orchestrator-server</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Node:</translation>
    </message>
    <message>
        <source>Install command:</source>
        <translation>Installatieopdracht:</translation>
    </message>
    <message>
        <source>Not in the keychain yet: it is stored there when you go on, never in a file.</source>
        <translation>Nog niet in de sleutelbos: het wordt daar bewaard wanneer u verdergaat, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Checked as you go; the pre-flight checks on the next page ask the nodes.</source>
        <translation>Wordt gecontroleerd terwijl u typt; de voorafgaande controles op de volgende pagina bevragen de nodes.</translation>
    </message>
    <message>
        <source>No keychain is available: the run needs %1, which is kept only in a keychain.</source>
        <translation>Er is geen sleutelbos beschikbaar: de uitvoering heeft %1 nodig, en dat wordt alleen in een sleutelbos bewaard.</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Dit venster kan geen procedures uitvoeren.</translation>
    </message>
    <message>
        <source>Cannot go on:</source>
        <translation>Kan niet verdergaan:</translation>
    </message>
    <message>
        <source>Held back: %1. Type it again to let it go there.</source>
        <translation>Achtergehouden: %1. Typ het opnieuw om het er heen te laten gaan.</translation>
    </message>
</context>
<context>
    <name>iha::PreflightPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Voorafgaande controles</translation>
    </message>
    <message>
        <source>Read-only: nothing changes on the nodes. A failed check says what to fix.</source>
        <translation>Alleen-lezen: er verandert niets op de nodes. Een mislukte controle zegt wat er hersteld moet worden.</translation>
    </message>
    <message>
        <source>Pre-flight checks and their results</source>
        <translation>Voorafgaande controles en hun resultaten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Bezig met controleren...</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Dit venster kan geen procedures uitvoeren.</translation>
    </message>
    <message>
        <source>The checks did not run:</source>
        <translation>De controles zijn niet uitgevoerd:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what they say, then Re-check.</source>
        <translation>
            <numerusform>%n controle is mislukt. Herstel wat ze meldt en klik dan op &quot;Opnieuw controleren&quot;.</numerusform>
            <numerusform>%n controles zijn mislukt. Herstel wat ze melden en klik dan op &quot;Opnieuw controleren&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks passed, except what only your word can settle: you are asked on the next page.</source>
        <translation>De controles zijn geslaagd, behalve wat alleen uw verklaring kan beslechten: dat wordt u op de volgende pagina gevraagd.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle controles zijn geslaagd.</translation>
    </message>
    <message>
        <source>Needs your word:</source>
        <translation>Vraagt uw verklaring:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Mislukt:</translation>
    </message>
</context>
<context>
    <name>iha::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Every step with the exact command it runs; secrets are placeholders. A step that is done already is skipped. Nothing has run yet.</source>
        <translation>Elke stap met de exacte opdracht die hij uitvoert; geheimen zijn plaatshouders. Een stap die al gedaan is, wordt overgeslagen. Er is nog niets uitgevoerd.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>Steps of the plan and their commands</source>
        <translation>Stappen van het plan en hun opdrachten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>&amp;Copy as Shell Script</source>
        <translation>&amp;Kopiëren als shellscript</translation>
    </message>
    <message>
        <source>I accept that these commits may be lost (recorded in the audit log with my name)</source>
        <translation>Ik aanvaard dat deze commits verloren kunnen gaan (met mijn naam vastgelegd in het auditlogboek)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Runbook: &quot;%1&quot;</source>
        <translation>Runbook: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(ERASES DATA)</source>
        <translation>(WIST GEGEVENS)</translation>
    </message>
    <message>
        <source>dangerous: erases data</source>
        <translation>gevaarlijk: wist gegevens</translation>
    </message>
    <message>
        <source>%1 does not answer, so no evidence can be gathered from it. I made sure it is powered off or cut off the network (recorded in the audit log with my name).</source>
        <translation>%1 antwoordt niet, dus er kan geen bewijs van verzameld worden. Ik heb me ervan verzekerd dat hij uitgeschakeld of van het netwerk afgesloten is (met mijn naam vastgelegd in het auditlogboek).</translation>
    </message>
    <message>
        <source>Data at risk:</source>
        <translation>Gegevens in gevaar:</translation>
    </message>
    <message>
        <source>The steps marked ERASES DATA replace what is on %1. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>De stappen gemarkeerd met WIST GEGEVENS vervangen wat er op %1 staat. Typ &lt;b&gt;%1&lt;/b&gt; om te bevestigen:</translation>
    </message>
    <message>
        <source>%1 takes over. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>%1 neemt het over. Typ &lt;b&gt;%1&lt;/b&gt; om te bevestigen:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Typ %1 om te bevestigen</translation>
    </message>
</context>
<context>
    <name>iha::ProcedureLauncher</name>
    <message>
        <source>A Procedure Is Running</source>
        <translation>Er loopt een procedure</translation>
    </message>
    <message>
        <source>Cancel the Run and &amp;Quit</source>
        <translation>Uitvoering annuleren en &amp;afsluiten</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Laten doorlopen</translation>
    </message>
    <message>
        <source>%1 is running. Quitting cancels it: the command in progress is stopped where that is safe (else it finishes first), the step is recorded, and the run can be resumed from Recent Runs. Quit once it stopped?</source>
        <translation>De procedure &quot;%1&quot; loopt. Afsluiten annuleert ze: de lopende opdracht wordt gestopt waar dat veilig is (anders wordt ze eerst afgewerkt), de stap wordt vastgelegd en de uitvoering kan hervat worden vanuit &quot;Recente uitvoeringen&quot;. Afsluiten zodra de uitvoering gestopt is?</translation>
    </message>
</context>
<context>
    <name>iha::ProcedureWizard</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancel the Run?</source>
        <translation>Uitvoering annuleren?</translation>
    </message>
    <message>
        <source>&amp;Cancel the Run</source>
        <translation>Uitvoering &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Laten doorlopen</translation>
    </message>
    <message>
        <source>A step is running. Cancelling stops the run there: the command in progress is stopped where that is safe, else it finishes first (a promotion, the swap of a data directory). The run can be resumed later; the window closes once the step is recorded.</source>
        <translation>Er loopt een stap. Annuleren stopt de uitvoering op dat punt: de lopende opdracht wordt gestopt waar dat veilig is, anders wordt ze eerst afgewerkt (een promotie, het vervangen van een gegevensmap). De uitvoering kan later hervat worden; het venster sluit zodra de stap vastgelegd is.</translation>
    </message>
</context>
<context>
    <name>iha::RecentRunsView</name>
    <message>
        <source>Recent runs of procedures on this cluster</source>
        <translation>Recente uitvoeringen van procedures op deze cluster</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Het auditlogboek is niet beschikbaar.</translation>
    </message>
    <message>
        <source>No procedure has run on this cluster yet.</source>
        <translation>Er is nog geen procedure uitgevoerd op deze cluster.</translation>
    </message>
    <message>
        <source>&amp;Resume Run %1...</source>
        <translation>Uitvoering %1 &amp;hervatten...</translation>
    </message>
    <message>
        <source>&amp;Export Report of Run %1...</source>
        <translation>Rapport van run %1 &amp;exporteren...</translation>
    </message>
    <message>
        <source>%1 (record changed outside the product!)</source>
        <translation>%1 (record buiten het product gewijzigd!)</translation>
    </message>
    <message>
        <source>%1 (record not signed)</source>
        <translation>%1 (record niet ondertekend)</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>Loopt nu: %1</translation>
    </message>
</context>
<context>
    <name>iha::RunPage</name>
    <message>
        <source>Run</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Each step is checked first: what is done already is skipped. Cancel stops the running command; the run can be resumed.</source>
        <translation>Elke stap wordt eerst gecontroleerd: wat al gedaan is, wordt overgeslagen. Annuleren stopt de lopende opdracht; de uitvoering kan hervat worden.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Voltooide stappen</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v van %m stappen</translation>
    </message>
    <message>
        <source>Base backup progress</source>
        <translation>Voortgang van de basisback-up</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Stappen en hun toestand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Output of the running command</source>
        <translation>Uitvoer van de lopende opdracht</translation>
    </message>
    <message>
        <source>Pre-flight checks...</source>
        <translation>Voorafgaande controles...</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Dit venster kan geen procedures uitvoeren.</translation>
    </message>
    <message>
        <source>Pre-flight: %1</source>
        <translation>Voorafgaande controle: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Pre-flight check failed: %1</source>
        <translation>Voorafgaande controle mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, nog ongeveer %n s</numerusform>
            <numerusform>, nog ongeveer %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Base backup: %1 of %2%3</source>
        <translation>Basisback-up: %1 van %2%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run succeeded.&lt;/b&gt;</source>
        <translation>&lt;b&gt;De uitvoering is gelukt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused before anything changed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Geweigerd voordat er iets veranderde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run stopped:&lt;/b&gt; %1&lt;br&gt;Fix the cause, then resume it from the summary or from Recent Runs.</source>
        <translation>&lt;b&gt;De uitvoering is gestopt:&lt;/b&gt; %1&lt;br&gt;Verhelp de oorzaak en hervat ze dan vanuit de samenvatting of vanuit &quot;Recente uitvoeringen&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run was cancelled:&lt;/b&gt; %1&lt;br&gt;It can be resumed from the summary or from Recent Runs.</source>
        <translation>&lt;b&gt;De uitvoering is geannuleerd:&lt;/b&gt; %1&lt;br&gt;Ze kan hervat worden vanuit de samenvatting of vanuit &quot;Recente uitvoeringen&quot;.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;This attempt changed nothing; what run %2 did before stays. Fix the cause, then resume it again.</source>
        <translation>&lt;b&gt;Geweigerd:&lt;/b&gt; %1&lt;br&gt;Deze poging heeft niets veranderd; wat uitvoering %2 eerder deed, blijft behouden. Verhelp de oorzaak en hervat ze dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>iha::RunWorker</name>
    <message>
        <source>the audit log cannot be written (%1): the run stops, as a run without its record is not allowed</source>
        <translation>het auditlogboek kan niet geschreven worden (%1): de uitvoering stopt, want een uitvoering zonder vastlegging is niet toegestaan</translation>
    </message>
    <message>
        <source>%1: what the abandoned command started there was stopped</source>
        <translation>%1: wat de afgebroken opdracht daar startte, is gestopt</translation>
    </message>
    <message>
        <source>%1: what the abandoned command started there could not be stopped now (%2); the next attempt stops it first</source>
        <translation>%1: wat de afgebroken opdracht daar startte, kon nu niet gestopt worden (%2); de volgende poging stopt het eerst</translation>
    </message>
    <message>
        <source>%1: no connection to this node was prepared</source>
        <translation>%1: er is geen verbinding met deze node voorbereid</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>cancelled during the pre-flight checks; nothing changed</source>
        <translation>geannuleerd tijdens de voorafgaande controles; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>%1: not satisfied</source>
        <translation>%1: niet voldaan</translation>
    </message>
    <message>
        <source>cancelled before step %1</source>
        <translation>geannuleerd vóór stap %1</translation>
    </message>
    <message>
        <source>%1: the run stops, as a teammate may run on the cluster now; resume it once the cluster is yours again</source>
        <translation>%1: de uitvoering stopt, want een teamgenoot kan nu een uitvoering op de cluster starten; hervat ze zodra de cluster weer van u is</translation>
    </message>
    <message>
        <source>Cluster %1 is locked by the team&apos;s %2: a run now would be refused</source>
        <translation>Cluster %1 is binnen het team vergrendeld door %2: een uitvoering zou nu geweigerd worden</translation>
    </message>
    <message>
        <source>refused: cluster %1 is locked by the team&apos;s %2; one run per cluster at a time (wait for it, or ask that operator)</source>
        <translation>geweigerd: cluster %1 is binnen het team vergrendeld door %2; één uitvoering per cluster tegelijk (wacht tot die afgelopen is, of vraag het die operator)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>%1 was interrupted: its client ended without giving the team&apos;s lock back (its database session is gone); the cluster may be half-way, see the run&apos;s entries</source>
        <translation>%1 is onderbroken: de client ervan stopte zonder de vergrendeling van het team terug te geven (de databasesessie ervan bestaat niet meer); de cluster is mogelijk halverwege, zie de items van de uitvoering</translation>
    </message>
</context>
<context>
    <name>iha::StatusMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another origin: not followed (the API token goes only to the URL of the cluster file; set apiUrl to where it should go)</source>
        <translation>%1 verwijst door naar %2, een andere oorsprong: niet gevolgd (het API-token gaat alleen naar de URL van het clusterbestand; zet apiUrl op de juiste bestemming)</translation>
    </message>
</context>
<context>
    <name>iha::SummaryPage</name>
    <message>
        <source>&amp;Export Report...</source>
        <translation>Rapport &amp;exporteren...</translation>
    </message>
    <message>
        <source>Re&amp;sume the Run</source>
        <translation>Uitvoering &amp;hervatten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Samenvatting van de uitvoering</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Refused before anything changed</source>
        <translation>Geweigerd voordat er iets veranderde</translation>
    </message>
    <message>
        <source>Stopped at a failed step</source>
        <translation>Gestopt bij een mislukte stap</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Uitvoering:</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(niet gestart)</translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>What the steps verified and noted</source>
        <translation>Wat de stappen gecontroleerd en genoteerd hebben</translation>
    </message>
    <message>
        <source>The cluster file</source>
        <translation>Het clusterbestand</translation>
    </message>
    <message>
        <source>%1 now says: %2 (the previous version is kept as .bak). The diagram shows the cluster with these roles.</source>
        <translation>%1 zegt nu: %2 (de vorige versie blijft bewaard als .bak). Het diagram toont de cluster met deze rollen.</translation>
    </message>
    <message>
        <source>could not be updated (%1); change the roles by hand: %2</source>
        <translation>kon niet worden bijgewerkt (%1); wijzig de rollen met de hand: %2</translation>
    </message>
    <message>
        <source>Refused; what run %1 did before stays</source>
        <translation>Geweigerd; wat uitvoering %1 eerder deed, blijft behouden</translation>
    </message>
</context>
<context>
    <name>iha::VerdictBanner</name>
    <message>
        <source>Reading the state of the cluster...</source>
        <translation>De toestand van de cluster wordt gelezen...</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>Opens the wizard: checks first, a preview of every step, nothing runs before you confirm.</source>
        <translation>Opent de wizard: eerst controles, dan een voorbeeld van elke stap; er wordt niets uitgevoerd voordat u bevestigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is running on this cluster.&lt;/b&gt;&lt;br&gt;Monitoring is paused until it ends: the run reads the hosts itself, and a restart it makes is not an outage. The diagram shows the cluster as it was before the run; a failure of the run&apos;s hosts stops the run and is said there.</source>
        <translation>&lt;b&gt;%1 loopt op deze cluster.&lt;/b&gt;&lt;br&gt;De bewaking staat stil tot het einde: de run leest de hosts zelf, en een herstart die hij doet is geen storing. Het diagram toont de cluster zoals hij vóór de run was; een storing van de hosts van de run stopt de run en wordt daar gemeld.</translation>
    </message>
</context>
<context>
    <name>iha::VerdictTray</name>
    <message>
        <source>Show the Window</source>
        <translation>Venster tonen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Inmanta HA Admin</source>
        <translation>Inmanta HA Admin</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 loopt</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inmanta HA Admin</source>
        <translation>Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Cluster files to open.</source>
        <translation>Te openen clusterbestanden.</translation>
    </message>
    <message>
        <source>Seconds between two checks of each cluster (1-3600; default 5, or the last value given).</source>
        <translation>Seconden tussen twee controles van elke cluster (1-3600; standaard 5, of de laatst opgegeven waarde).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation>--interval: &quot;%1&quot; is geen aantal seconden van 1 tot 3600</translation>
    </message>
    <message>
        <source>Open the practice cluster: five hosts on this machine, marked PRACTICE, started first if they are not up (the helper that starts them asks for root; this program never runs as root).</source>
        <translation>De oefencluster openen: vijf hosts op deze machine, gemarkeerd als OEFENING, eerst gestart als ze niet draaien (de helper die ze start vraagt om root; dit programma draait nooit als root).</translation>
    </message>
</context>
</TS>
