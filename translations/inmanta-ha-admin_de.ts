<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditExport</name>
    <message>
        <source>not verified: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>a PDF needs the graphical part of Qt; run inmanta-ha-cli itself, not a library call</source>
        <translation>ein PDF braucht den grafischen Teil von Qt; inmanta-ha-cli selbst aufrufen, nicht als Bibliotheksaufruf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report</source>
        <translation>Inmanta HA Admin – Audit-Bericht</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report: %1</source>
        <translation>Inmanta HA Admin – Audit-Bericht: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Appendix: the raw record</source>
        <translation>Anhang: die Rohaufzeichnung</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>Audit-Bericht: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>a PDF of %1 entries would run to thousands of pages and take minutes to lay out (the limit is %2): export it as HTML or JSON, or a PDF of fewer runs</source>
        <translation>ein PDF mit %1 Einträgen hätte Tausende Seiten und bräuchte Minuten für das Layout (die Grenze ist %2): exportieren Sie es als HTML oder JSON oder ein PDF mit weniger Läufen</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Inmanta HA Admin audit report</source>
        <translation>Inmanta HA Admin – Audit-Bericht</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Log head</source>
        <translation>Kopf des Protokolls</translation>
    </message>
    <message>
        <source>Keychain head</source>
        <translation>Kopf im Schlüsselbund</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Keep a copy of the head (entry count and hash) elsewhere: it anchors the chain, so that a log cut short or rewritten later can be told apart from this one.</source>
        <translation>Bewahren Sie eine Kopie des Kopfes (Anzahl der Einträge und Hash) an anderer Stelle auf: Er verankert die Kette, sodass ein später gekürztes oder umgeschriebenes Protokoll von diesem unterschieden werden kann.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Pre-flight checks %1: %2</source>
        <translation>Vorabprüfungen %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>[%1 lines, %2 bytes in all: whole in the audit log and the JSON export]</source>
        <translation>[%1 Zeilen, insgesamt %2 Bytes: vollständig im Audit-Log und im JSON-Export]</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report: %1</source>
        <translation>Inmanta HA Admin – Audit-Bericht: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>files: %1, other steps: %2</source>
        <translation>Dateien: %1, andere Schritte: %2</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (fortgesetzt)</translation>
    </message>
    <message>
        <source>No runs in this log.</source>
        <translation>Keine Läufe in diesem Log.</translation>
    </message>
    <message>
        <source>Entries outside any run (secrets set or deleted, host keys accepted): %1, in the raw record.</source>
        <translation>Einträge außerhalb eines Laufs (Geheimnisse gesetzt oder gelöscht, Host-Schlüssel angenommen): %1, in der Rohaufzeichnung.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Appendix: the raw record</source>
        <translation>Anhang: die Rohaufzeichnung</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Runbook section</source>
        <translation>Runbook-Abschnitt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Statements and confirmations</source>
        <translation>Erklärungen und Bestätigungen</translation>
    </message>
    <message>
        <source>What the run reported</source>
        <translation>Was der Lauf meldete</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>No changes: every step it reached was already done.</source>
        <translation>Keine Änderungen: jeder erreichte Schritt war bereits erledigt.</translation>
    </message>
    <message>
        <source>%1 on %2 (step %3)</source>
        <translation>%1 auf %2 (Schritt %3)</translation>
    </message>
    <message>
        <source>Other changes (roles, slots, services, data directories), by the steps that made them:</source>
        <translation>Andere Änderungen (Rollen, Slots, Dienste, Datenverzeichnisse), nach den Schritten, die sie vornahmen:</translation>
    </message>
    <message>
        <source>The plan: in the run&apos;s step table.</source>
        <translation>Der Plan: in der Schritttabelle des Laufs.</translation>
    </message>
    <message>
        <source>%1 changed: the diff is under the run&apos;s changes.</source>
        <translation>%1 geändert: der Diff steht bei den Änderungen des Laufs.</translation>
    </message>
    <message>
        <source>Every entry, with its command and output; long ones shortened to their first and last lines.</source>
        <translation>Jeder Eintrag mit Befehl und Ausgabe; lange auf ihre ersten und letzten Zeilen gekürzt.</translation>
    </message>
    <message>
        <source>%1 (entries: %2)</source>
        <translation>%1 (Einträge: %2)</translation>
    </message>
    <message>
        <source>Outside any run (entries: %1)</source>
        <translation>Außerhalb eines Laufs (Einträge: %1)</translation>
    </message>
    <message>
        <source>step %1 %2 part-way</source>
        <translation>Schritt %1: %2 mittendrin</translation>
    </message>
    <message>
        <source>Step %1 %2 part-way: what its commands changed is in the raw record.</source>
        <translation>Schritt %1: %2 mittendrin; was seine Befehle änderten, steht in der Rohaufzeichnung.</translation>
    </message>
    <message>
        <source>Cluster, operator</source>
        <translation>Cluster, Bediener</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 in its attempts, without the waits between them</source>
        <translation>%1 in seinen Versuchen, ohne die Wartezeit dazwischen</translation>
    </message>
    <message>
        <source>PRACTICE - %1 (the practice cluster&apos;s runs are drills on this machine, not on real systems)</source>
        <translation>ÜBUNG - %1 (die Läufe des Übungsclusters sind Übungen auf diesem Rechner, nicht auf echten Systemen)</translation>
    </message>
    <message>
        <source>PRACTICE %1</source>
        <translation>ÜBUNG %1</translation>
    </message>
</context>
<context>
    <name>AuditStoreLocation</name>
    <message>
        <source>store %1: only postgresql:// URLs and file paths are stores</source>
        <translation>Speicher %1: nur postgresql://-URLs und Dateipfade sind Speicher</translation>
    </message>
    <message>
        <source>store %1: not a valid URL (%2)</source>
        <translation>Speicher %1: keine gültige URL (%2)</translation>
    </message>
    <message>
        <source>store: the URL holds a password; remove it and keep it in the keychain (inmanta-ha-cli --store URL team password)</source>
        <translation>Speicher: die URL enthält ein Passwort; entfernen Sie es und bewahren Sie es im Schlüsselbund auf (inmanta-ha-cli --store URL team password)</translation>
    </message>
    <message>
        <source>store %1: the URL names no host</source>
        <translation>Speicher %1: die URL nennt keinen Host</translation>
    </message>
    <message>
        <source>store %1: the URL names no role (postgresql://ROLE@HOST/DATABASE)</source>
        <translation>Speicher %1: die URL nennt keine Rolle (postgresql://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>store %1: the URL names no database (postgresql://ROLE@HOST/DATABASE)</source>
        <translation>Speicher %1: die URL nennt keine Datenbank (postgresql://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>store %1: sslrootcert must be an absolute path</source>
        <translation>Speicher %1: sslrootcert muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>store %1: sslrootcert may not hold spaces, quotes, backslashes, &apos;;&apos; or &apos;=&apos;</source>
        <translation>Speicher %1: sslrootcert darf keine Leerzeichen, Anführungszeichen, Backslashes, &apos;;&apos; oder &apos;=&apos; enthalten</translation>
    </message>
    <message>
        <source>store %1: sslmode=%2 is refused; the team&apos;s store is reached over TLS with its certificate and name verified (verify-full)</source>
        <translation>Speicher %1: sslmode=%2 wird abgelehnt; der Speicher des Teams wird über TLS erreicht, mit geprüftem Zertifikat und Namen (verify-full)</translation>
    </message>
    <message>
        <source>store %1: unknown URL parameter &quot;%2&quot; (known: sslrootcert, sslmode)</source>
        <translation>Speicher %1: unbekannter URL-Parameter „%2“ (bekannt: sslrootcert, sslmode)</translation>
    </message>
</context>
<context>
    <name>AuditedSecretStore</name>
    <message>
        <source>not done: the application ends</source>
        <translation>nicht ausgeführt: die Anwendung wird beendet</translation>
    </message>
    <message>
        <source>not done, as the audit log could not record it: %1</source>
        <translation>nicht ausgeführt, da das Audit-Log es nicht aufzeichnen konnte: %1</translation>
    </message>
    <message>
        <source>there is no audit log</source>
        <translation>es gibt kein Audit-Log</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>%1 (ÜBUNG)</translation>
    </message>
</context>
<context>
    <name>ClusterFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2; nothing was changed</source>
        <translation>%1 kann nicht nach %2 gesichert werden; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>ClusterImport</name>
    <message>
        <source>no PostgreSQL server runs</source>
        <translation>kein PostgreSQL-Server läuft</translation>
    </message>
    <message>
        <source>PostgreSQL %1 %2</source>
        <translation>PostgreSQL %1 %2</translation>
    </message>
    <message>
        <source>in recovery, from %1</source>
        <translation>im Recovery-Modus, von %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>accepting writes, no standby</source>
        <translation>nimmt Schreibzugriffe an, kein Standby</translation>
    </message>
    <message>
        <source>accepting writes, streaming to %1</source>
        <translation>nimmt Schreibzugriffe an, streamt nach %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>programs %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Inmanta server %1, no database configured, API %2</source>
        <translation>Inmanta-Server %1, keine Datenbank konfiguriert, API %2</translation>
    </message>
    <message>
        <source>Inmanta server %1, database %2 on %3 as %4, API %5</source>
        <translation>Inmanta-Server %1, Datenbank %2 auf %3 als %4, API %5</translation>
    </message>
    <message>
        <source>No PostgreSQL server runs on %1 (%2): its settings are the runbook&apos;s defaults; check them.</source>
        <translation>Auf %1 (%2) läuft kein PostgreSQL-Server: Seine Einstellungen sind die Standardwerte des Runbooks; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>%1 runs %2 PostgreSQL servers: the one in %3 is imported.</source>
        <translation>Auf %1 laufen %2 PostgreSQL-Server: Der in %3 wird importiert.</translation>
    </message>
    <message>
        <source>No active service unit of PostgreSQL was found on %1: &quot;%2&quot; is assumed.</source>
        <translation>Auf %1 wurde keine aktive Service-Unit von PostgreSQL gefunden: „%2“ wird angenommen.</translation>
    </message>
    <message>
        <source>No Inmanta server runs on the orchestrator hosts: choose the orchestrator in the table.</source>
        <translation>Auf den Orchestrator-Hosts läuft kein Inmanta-Server: Wählen Sie den Orchestrator in der Tabelle.</translation>
    </message>
    <message>
        <source>The Inmanta server runs on %1 hosts (%2): two orchestrators. Stop all but one, and choose the orchestrator in the table.</source>
        <translation>Der Inmanta-Server läuft auf %1 Hosts (%2): zwei Orchestratoren. Halten Sie alle bis auf einen an und wählen Sie den Orchestrator in der Tabelle.</translation>
    </message>
    <message>
        <source>The Inmanta server uses the database on %1, which is none of the database hosts given: add it, or choose the primary in the table.</source>
        <translation>Der Inmanta-Server nutzt die Datenbank auf %1, einem Host, der unter den angegebenen Datenbank-Hosts fehlt: Fügen Sie ihn hinzu oder wählen Sie den Primary in der Tabelle.</translation>
    </message>
    <message>
        <source>The Inmanta server uses the database on %1, which does not accept writes: choose the primary in the table.</source>
        <translation>Der Inmanta-Server nutzt die Datenbank auf %1, die keine Schreibzugriffe annimmt: Wählen Sie den Primary in der Tabelle.</translation>
    </message>
    <message>
        <source>Several database hosts accept writes (%1) and the orchestrator names none of them: choose the primary in the table.</source>
        <translation>Mehrere Datenbank-Hosts nehmen Schreibzugriffe an (%1), und der Orchestrator nennt keinen von ihnen: Wählen Sie den Primary in der Tabelle.</translation>
    </message>
    <message>
        <source>%1 accepts writes too and holds the database %2 or has standbys: two primaries? It is imported as a spare; make sure nothing writes to it.</source>
        <translation>%1 nimmt ebenfalls Schreibzugriffe an und enthält die Datenbank %2 oder hat Standbys: zwei Primaries? Er wird als Reserve importiert; stellen Sie sicher, dass nichts darauf schreibt.</translation>
    </message>
    <message>
        <source>%1 is in recovery but streams from %2, not from the primary %3.</source>
        <translation>%1 ist im Recovery-Modus, streamt aber von %2, nicht vom Primary %3.</translation>
    </message>
    <message>
        <source>no host it names</source>
        <translation>einem nicht genannten Host</translation>
    </message>
    <message>
        <source>Where %1&apos;s PostgreSQL reads its configuration could not be read: its configuration directory is left as the data directory; check it.</source>
        <translation>Es konnte nicht gelesen werden, woher PostgreSQL auf %1 seine Konfiguration liest: Als Konfigurationsverzeichnis bleibt das Datenverzeichnis eingetragen; prüfen Sie es.</translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL reads its client authentication from %2, not from %3, which the procedures change: point hba_file there (or move the file) before running them.</source>
        <translation>PostgreSQL auf %1 liest seine Client-Authentifizierung aus %2, nicht aus %3, das die Prozeduren ändern: Setzen Sie hba_file dorthin (oder verschieben Sie die Datei), bevor Sie sie ausführen.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 listens on %2 only: its API cannot be reached from here (status, the failover&apos;s checks). Set bind-address in its [server] section to %3 (or 0.0.0.0) and restart it.</source>
        <translation>Der Inmanta-Server auf %1 lauscht nur auf %2: seine API ist von hier aus nicht erreichbar (Status, die Prüfungen des Failovers). Setzen Sie bind-address in seinem Abschnitt [server] auf %3 (oder 0.0.0.0) und starten Sie ihn neu.</translation>
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
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown key, ignored and kept on save (a typo?)</source>
        <translation>unbekannter Schlüssel, ignoriert und beim Speichern beibehalten (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>„%1“ ist keine Rolle (%2)</translation>
    </message>
    <message>
        <source>is empty; one of %1</source>
        <translation>ist leer; erlaubt: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;name&quot;, &quot;replication&quot; and &quot;nodes&quot;</source>
        <translation>JSON-Objekt mit „name“, „replication“ und „nodes“ erwartet</translation>
    </message>
    <message>
        <source>is required: the list of hosts of the cluster</source>
        <translation>ist erforderlich: die Liste der Hosts des Clusters</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>is empty; a cluster needs at least one node</source>
        <translation>ist leer; ein Cluster braucht mindestens einen Knoten</translation>
    </message>
    <message>
        <source>expected a number of bytes, got %1</source>
        <translation>eine Anzahl Bytes erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is not a number of bytes (a whole number, 0 or more)</source>
        <translation>%1 ist keine Anzahl Bytes (eine ganze Zahl, 0 oder mehr)</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>ClusterValidator</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation>„%1“ ist kein gültiger Benutzername</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL database name (letters, digits, _ and $, at most 63)</source>
        <translation>„%1“ ist kein PostgreSQL-Datenbankname (Buchstaben, Ziffern, _ und $, höchstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name (letters, digits, _ and $, at most 63)</source>
        <translation>„%1“ ist kein PostgreSQL-Rollenname (Buchstaben, Ziffern, _ und $, höchstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name (letters, digits and _, at most 63)</source>
        <translation>„%1“ ist kein PostgreSQL-Rollenname (Buchstaben, Ziffern und _, höchstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replication slot name (lower-case letters, digits and _, at most 63)</source>
        <translation>„%1“ ist kein Replikationsslot-Name (Kleinbuchstaben, Ziffern und _, höchstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (scram-sha-256 or md5)</source>
        <translation>„%1“ wird nicht unterstützt (scram-sha-256 oder md5)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 63)</source>
        <translation>„%1“ ist kein gültiger Name (Buchstaben, Ziffern, ‚.‘, ‚_‘ und ‚-‘, höchstens 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; the host needs an absolute one</source>
        <translation>„%1“ ist ein relativer Pfad; der Host braucht einen absoluten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;..&quot;; write the path without it</source>
        <translation>„%1“ enthält „..“; bitte den Pfad ohne schreiben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; write it absolute or starting with ~/</source>
        <translation>„%1“ ist ein relativer Pfad; absolut oder mit ~/ beginnend angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service unit name</source>
        <translation>„%1“ ist kein Name einer Service-Unit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>„%1“ ist bereits der Name von %2</translation>
    </message>
    <message>
        <source>a second %1; %2 is one already, and a cluster has at most one</source>
        <translation>ein zweiter %1; %2 ist bereits einer, und ein Cluster hat höchstens einen</translation>
    </message>
    <message>
        <source>%1 is also the database of %2; primary and standby must be different servers</source>
        <translation>%1 ist auch die Datenbank von %2; Primary und Standby müssen verschiedene Server sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application name that synchronous_standby_names accepts (letters, digits and _, not starting with a digit, not FIRST or ANY, at most 63)</source>
        <translation>„%1“ ist kein Anwendungsname, den synchronous_standby_names annimmt (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend, nicht FIRST oder ANY, höchstens 63)</translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3): a warning comes before the critical state</source>
        <translation>%1 ist mehr als %2 (%3): eine Warnung kommt vor dem kritischen Zustand</translation>
    </message>
    <message>
        <source>%1: the API token goes to %2 unencrypted, readable on the way; give the node an https:// apiUrl</source>
        <translation>%1: das API-Token geht unverschlüsselt an %2 und ist unterwegs lesbar; geben Sie dem Knoten eine https://-apiUrl</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: spaces, quotes, backslashes and &apos;;&apos; are not supported in this path</source>
        <translation>„%1“: Leerzeichen, Anführungszeichen, Backslashes und &apos;;&apos; sind in diesem Pfad nicht unterstützt</translation>
    </message>
    <message>
        <source>a practice cluster is named &quot;%1&quot;</source>
        <translation>ein Übungscluster heißt „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the practice cluster&apos;s name; give this cluster another</source>
        <translation>„%1“ ist der Name des Übungsclusters; geben Sie diesem Cluster einen anderen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the practice cluster&apos;s network (%2)</source>
        <translation>„%1“ liegt außerhalb des Netzes des Übungsclusters (%2)</translation>
    </message>
    <message>
        <source>a user or password in the proxy&apos;s URL is not supported (SOCKS5 without authentication only, and no password in this file)</source>
        <translation>ein Benutzer oder Passwort in der URL des Proxys wird nicht unterstützt (nur SOCKS5 ohne Authentifizierung, und kein Passwort in dieser Datei)</translation>
    </message>
    <message>
        <source>the practice cluster&apos;s proxy must be on this machine (127.0.0.1), not %1</source>
        <translation>der Proxy des Übungsclusters muss auf diesem Rechner liegen (127.0.0.1), nicht %1</translation>
    </message>
    <message>
        <source>direct database logins cannot go through the cluster&apos;s proxy; remove caFile (PostgreSQL is then read over SSH) or the proxy</source>
        <translation>direkte Datenbankanmeldungen können nicht über den Proxy des Clusters gehen; entfernen Sie caFile (PostgreSQL wird dann über SSH gelesen) oder den Proxy</translation>
    </message>
    <message>
        <source>expected socks5://HOST:PORT, a SOCKS5 proxy without authentication</source>
        <translation>erwartet socks5://HOST:PORT, ein SOCKS5-Proxy ohne Authentifizierung</translation>
    </message>
</context>
<context>
    <name>ClusterVerdict</name>
    <message>
        <source>Replication is not set up yet: %1 are independent servers.</source>
        <translation>Die Replikation ist noch nicht eingerichtet: %1 sind unabhängige Server.</translation>
    </message>
    <message>
        <source>Configure the primary, then the standby.</source>
        <translation>Richten Sie den Primary ein, dann den Standby.</translation>
    </message>
    <message>
        <source>Split brain: %1 all accept writes.</source>
        <translation>Split Brain: %1 nehmen alle Schreibzugriffe an.</translation>
    </message>
    <message>
        <source>Stop every one of them but the primary the Inmanta server uses, before anything else.</source>
        <translation>Halten Sie vor allem anderen jeden davon an außer dem Primary, den der Inmanta-Server nutzt.</translation>
    </message>
    <message>
        <source>The cluster file names no primary.</source>
        <translation>Die Cluster-Datei nennt keinen Primary.</translation>
    </message>
    <message>
        <source>Nothing is known about %1 yet.</source>
        <translation>Über %1 ist noch nichts bekannt.</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 antwortet nicht</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is down</source>
        <translation>PostgreSQL auf %1 läuft nicht</translation>
    </message>
    <message>
        <source>%1 is in recovery</source>
        <translation>%1 ist im Recovery-Modus</translation>
    </message>
    <message>
        <source>%1: writes are not possible.</source>
        <translation>%1: Schreiben ist nicht möglich.</translation>
    </message>
    <message>
        <source>Bring %1 back; there is no standby to fail over to.</source>
        <translation>Bringen Sie %1 zurück; es gibt keinen Standby zum Umschalten.</translation>
    </message>
    <message>
        <source>Bring %1 back, or rebuild it (configure-standby).</source>
        <translation>Bringen Sie %1 zurück oder bauen Sie ihn neu auf (configure-standby).</translation>
    </message>
    <message>
        <source>No synchronous standby: writes on %1 will block until %2 streams again.</source>
        <translation>Kein synchroner Standby: Schreibzugriffe auf %1 blockieren, bis %2 wieder streamt.</translation>
    </message>
    <message>
        <source>Add a standby (configure-standby).</source>
        <translation>Fügen Sie einen Standby hinzu (configure-standby).</translation>
    </message>
    <message>
        <source>Look at the inmanta-server service on %1.</source>
        <translation>Prüfen Sie den Dienst inmanta-server auf %1.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 uses the database on %2, which is not the primary (%3).</source>
        <translation>Der Inmanta-Server auf %1 nutzt die Datenbank auf %2, die nicht der Primary ist (%3).</translation>
    </message>
    <message>
        <source>Healthy: %1 replicates synchronously to %2.</source>
        <translation>Gesund: %1 repliziert synchron nach %2.</translation>
    </message>
    <message>
        <source>Replication is not set up yet: %1 has no replication slot %2.</source>
        <translation>Die Replikation ist noch nicht eingerichtet: %1 hat keinen Replikationsslot %2.</translation>
    </message>
    <message>
        <source>%1 accepts connections but does not answer</source>
        <translation>%1 nimmt Verbindungen an, antwortet aber nicht</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1: writes on %2 will block until it streams again.</source>
        <translation>%1: Schreibvorgänge auf %2 blockieren, bis wieder gestreamt wird.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 accepts connections but does not answer.</source>
        <translation>Der Inmanta-Server auf %1 nimmt Verbindungen an, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 does not answer.</source>
        <translation>Der Inmanta-Server auf %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is unhealthy: it is not connected to its database.</source>
        <translation>Der Inmanta-Server auf %1 ist nicht gesund: Er ist nicht mit seiner Datenbank verbunden.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is unhealthy.</source>
        <translation>Der Inmanta-Server auf %1 ist nicht gesund.</translation>
    </message>
    <message>
        <source>its host key is not known yet</source>
        <translation>sein Host-Schlüssel ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>its host key has changed</source>
        <translation>sein Host-Schlüssel hat sich geändert</translation>
    </message>
    <message>
        <source>its host key is revoked</source>
        <translation>sein Host-Schlüssel ist widerrufen</translation>
    </message>
    <message>
        <source>the SSH login was refused</source>
        <translation>die SSH-Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <source>sudo was refused</source>
        <translation>sudo wurde verweigert</translation>
    </message>
    <message>
        <source>The state of %1 cannot be read: %2.</source>
        <translation>Der Zustand von %1 ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>Compare %1&apos;s host key fingerprint with the host&apos;s own and accept it, then check again.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Host-Schlüssels von %1 mit dem des Hosts selbst und akzeptieren Sie ihn, dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Find out why %1&apos;s host key changed; only if the host was reinstalled, remove its old entry from known_hosts, then check again.</source>
        <translation>Finden Sie heraus, warum sich der Host-Schlüssel von %1 geändert hat; nur wenn der Host neu installiert wurde, entfernen Sie seinen alten Eintrag aus known_hosts und prüfen dann erneut.</translation>
    </message>
    <message>
        <source>Let the SSH user on %1 use sudo (or fix its sudo password in the credentials), then check again.</source>
        <translation>Erlauben Sie dem SSH-Benutzer auf %1 sudo (oder korrigieren Sie sein sudo-Passwort in den Zugangsdaten), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Fix the SSH login of %1 (user, key or password), then check again.</source>
        <translation>Korrigieren Sie die SSH-Anmeldung von %1 (Benutzer, Schlüssel oder Passwort), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Treat %1 as compromised: give it new host keys, then check again.</source>
        <translation>Behandeln Sie %1 als kompromittiert: Geben Sie ihm neue Host-Schlüssel, dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <source>spare, not watched</source>
        <translation>Reserve, nicht überwacht</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Inmanta server unreachable</source>
        <translation>Inmanta-Server nicht erreichbar</translation>
    </message>
    <message>
        <source>PostgreSQL stopped</source>
        <translation>PostgreSQL angehalten</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>Standby (im Recovery-Modus)</translation>
    </message>
    <message>
        <source>accepts writes</source>
        <translation>nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Inmanta server healthy</source>
        <translation>Inmanta-Server gesund</translation>
    </message>
    <message>
        <source>Inmanta server unhealthy</source>
        <translation>Inmanta-Server nicht gesund</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 answers but asks for an API token, and none is stored: which database it uses is not known.</source>
        <translation>Der Inmanta-Server auf %1 antwortet, verlangt aber ein API-Token, und keines ist gespeichert: welche Datenbank er nutzt, ist unbekannt.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 answers but refused the API token (wrong, expired, revoked, or limited to one environment): which database it uses is not known.</source>
        <translation>Der Inmanta-Server auf %1 antwortet, hat aber das API-Token abgelehnt (falsch, abgelaufen, widerrufen oder auf eine Umgebung beschränkt): welche Datenbank er nutzt, ist unbekannt.</translation>
    </message>
    <message>
        <source>Store a token with the API&apos;s scope: inmanta-ha-cli --cluster FILE secret set api-token.</source>
        <translation>Ein Token mit dem Geltungsbereich der API speichern: inmanta-ha-cli --cluster FILE secret set api-token.</translation>
    </message>
    <message>
        <source>Look at the inmanta-server service on %1. It listens on 127.0.0.1 only unless [server] bind-address says otherwise.</source>
        <translation>Den Dienst inmanta-server auf %1 prüfen. Er lauscht nur auf 127.0.0.1, sofern [server] bind-address nichts anderes sagt.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 uses the database on %2, a name that does not resolve on this machine: whether it is the primary (%3) cannot be told.</source>
        <translation>Der Inmanta-Server auf %1 nutzt die Datenbank auf %2, einen Namen, der auf diesem Rechner nicht aufgelöst wird: ob es der Primärknoten (%3) ist, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>Make the name resolve here, or name the database by its address in the server&apos;s configuration.</source>
        <translation>Den Namen hier auflösbar machen oder die Datenbank in der Konfiguration des Servers mit ihrer Adresse angeben.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is not running (18.2 and later stop themselves when their database is lost): start it again once it points at the new primary.</source>
        <translation>Der Inmanta-Server auf %1 läuft nicht (ab 18.2 beendet er sich selbst, wenn seine Datenbank verloren geht): ihn wieder starten, sobald er auf den neuen Primärknoten zeigt.</translation>
    </message>
    <message>
        <source>Fail over to %1: promote it, then point the Inmanta server at it (failover-server).</source>
        <translation>Auf %1 umschalten: ihn hochstufen, dann den Inmanta-Server auf ihn richten (failover-server).</translation>
    </message>
    <message>
        <source>Fail over to %1: promote it.</source>
        <translation>Auf %1 umschalten: ihn hochstufen.</translation>
    </message>
    <message>
        <source>%1 runs alone as the primary: no standby replicates it, so no failover is possible.</source>
        <translation>%1 läuft allein als Primary: kein Standby repliziert ihn, ein Umschalten ist also nicht möglich.</translation>
    </message>
    <message>
        <source>Add a standby to the new primary: add-standby --node %1.</source>
        <translation>Dem neuen Primary einen Standby hinzufügen: add-standby --node %1.</translation>
    </message>
    <message>
        <source>Add a standby to the new primary (add-standby).</source>
        <translation>Dem neuen Primary einen Standby hinzufügen (add-standby).</translation>
    </message>
    <message>
        <source>Point it at %1: set [database] host in its database.cfg and restart it.</source>
        <translation>Auf %1 richten: [database] host in seiner database.cfg setzen und ihn neu starten.</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>no synchronous standby</source>
        <translation>kein synchroner Standby</translation>
    </message>
    <message>
        <source>primary down</source>
        <translation>Primary ausgefallen</translation>
    </message>
    <message>
        <source>two primaries</source>
        <translation>zwei Primaries</translation>
    </message>
    <message>
        <source>orchestrator down</source>
        <translation>Orchestrator ausgefallen</translation>
    </message>
    <message>
        <source>orchestrator on the wrong database</source>
        <translation>Orchestrator an der falschen Datenbank</translation>
    </message>
    <message>
        <source>replication not set up</source>
        <translation>Replikation nicht eingerichtet</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>the cluster&apos;s proxy does not answer</source>
        <translation>der Proxy des Clusters antwortet nicht</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s gateway is gone: see inmanta-ha-cli practice status, or take it down and up again.</source>
        <translation>Das Gateway des Übungsclusters ist weg: siehe inmanta-ha-cli practice status, oder den Cluster ab- und wieder aufbauen.</translation>
    </message>
    <message>
        <source>Bring the cluster&apos;s proxy back (the &quot;proxy&quot; of the cluster file: an ssh -D tunnel, for instance), then check again.</source>
        <translation>Bringen Sie den Proxy des Clusters zurück (&quot;proxy&quot; der Clusterdatei, etwa ein ssh -D-Tunnel) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Nothing answers through the cluster&apos;s proxy (%1): whether the hosts or the way to them failed cannot be told.</source>
        <translation>Über den Proxy des Clusters (%1) antwortet nichts: ob die Hosts oder der Weg zu ihnen ausgefallen sind, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>this machine&apos;s SSH configuration asks for what this tool cannot do</source>
        <translation>die SSH-Konfiguration dieses Rechners verlangt, was dieses Werkzeug nicht kann</translation>
    </message>
    <message>
        <source>Change ~/.ssh/config for %1 as its details say, then check again.</source>
        <translation>Ändern Sie ~/.ssh/config für %1, wie die Details sagen, und prüfen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: missing argument</source>
        <translation>%1: Argument fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>The cluster file.</source>
        <translation>Die Cluster-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The audit database.</source>
        <translation>Die Audit-Datenbank.</translation>
    </message>
    <message>
        <source>The product&apos;s known_hosts file.</source>
        <translation>Die known_hosts-Datei des Programms.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Run inmanta-ha-cli --help for the commands and their options.</source>
        <translation>Mit inmanta-ha-cli --help werden die Befehle und ihre Optionen angezeigt.</translation>
    </message>
    <message>
        <source>no cluster file: pass --cluster FILE</source>
        <translation>keine Cluster-Datei: --cluster DATEI angeben</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: 1 problem found; nothing was run.</source>
        <translation>%1: 1 Problem gefunden; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1: %2 problems found; nothing was run.</source>
        <translation>%1: %2 Probleme gefunden; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: 1 node</source>
        <translation>Cluster „%1“: 1 Knoten</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: %2 nodes</source>
        <translation>Cluster „%1“: %2 Knoten</translation>
    </message>
    <message>
        <source>Replication: user %1, slot %2, application name %3, authentication %4</source>
        <translation>Replikation: Benutzer %1, Slot %2, Anwendungsname %3, Authentifizierung %4</translation>
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
        <translation>Unbekannte Host-Schlüssel annehmen und speichern.</translation>
    </message>
    <message>
        <source>unknown procedure &quot;%1&quot;; one of %2</source>
        <translation>unbekannte Prozedur „%1“; erlaubt: %2</translation>
    </message>
    <message>
        <source>Confirm dangerous steps without asking.</source>
        <translation>Gefährliche Schritte ohne Rückfrage bestätigen.</translation>
    </message>
    <message>
        <source>RUN_ID</source>
        <translation>LAUF_ID</translation>
    </message>
    <message>
        <source>html, pdf or json.</source>
        <translation>html, pdf oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Die zu schreibende Berichtsdatei.</translation>
    </message>
    <message>
        <source>Only this run.</source>
        <translation>Nur dieser Lauf.</translation>
    </message>
    <message>
        <source>audit export: --format must be html, pdf or json</source>
        <translation>audit export: --format muss html, pdf oder json sein</translation>
    </message>
    <message>
        <source>audit export: --output FILE is required</source>
        <translation>audit export: --output DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation>Wert für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>warning: %1 The check goes on without stored passwords and passphrases.</source>
        <translation>Warnung: %1 Die Prüfung läuft ohne gespeicherte Passwörter und Passphrasen weiter.</translation>
    </message>
    <message>
        <source>warning: this check is not recorded in the audit log: %1</source>
        <translation>Warnung: Diese Prüfung wird nicht im Audit-Protokoll festgehalten: %1</translation>
    </message>
    <message>
        <source>All %1 nodes passed the pre-flight check.</source>
        <translation>Alle %1 Knoten haben die Vorabprüfung bestanden.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes failed the pre-flight check.</source>
        <translation>%1 von %2 Knoten haben die Vorabprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Unknown host keys were refused. Compare their fingerprints with the hosts&apos; own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on each host), then run again with --accept-new-host-keys.</source>
        <translation>Unbekannte Host-Schlüssel wurden abgelehnt. Vergleichen Sie ihre Fingerabdrücke mit denen der Hosts (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf jedem Host) und starten Sie dann erneut mit --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>secret set %1: no value; give it on standard input (first line)</source>
        <translation>secret set %1: kein Wert; geben Sie ihn auf der Standardeingabe an (erste Zeile)</translation>
    </message>
    <message>
        <source>%1 is not set (or the keychain is locked).</source>
        <translation>%1 ist nicht gesetzt (oder der Schlüsselbund ist gesperrt).</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 ist gesetzt.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 ist gelöscht.</translation>
    </message>
    <message>
        <source>%1 was not set.</source>
        <translation>%1 war nicht gesetzt.</translation>
    </message>
    <message>
        <source>cannot verify the audit log: %1</source>
        <translation>das Audit-Protokoll kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entries; %3</source>
        <translation>%1 geschrieben: %2 Einträge; %3</translation>
    </message>
    <message>
        <source>Plan: %1 on cluster %2 (runbook: &quot;%3&quot;)</source>
        <translation>Plan: %1 auf Cluster %2 (Runbook: „%3“)</translation>
    </message>
    <message>
        <source>Pre-flight checks (nothing changes if one fails):</source>
        <translation>Vorabprüfungen (schlägt eine fehl, wird nichts geändert):</translation>
    </message>
    <message>
        <source>Steps (each is skipped when already done):</source>
        <translation>Schritte (bereits erledigte werden übersprungen):</translation>
    </message>
    <message>
        <source>  (DANGEROUS: erases data; needs --yes)</source>
        <translation>  (GEFÄHRLICH: löscht Daten; braucht --yes)</translation>
    </message>
    <message>
        <source>Nothing has been run.</source>
        <translation>Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>der Lauf kann nicht im Audit-Protokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Run %1: %2 on cluster %3</source>
        <translation>Lauf %1: %2 auf Cluster %3</translation>
    </message>
    <message>
        <source>pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Run %1 succeeded.</source>
        <translation>Lauf %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>Refused before anything changed: %1</source>
        <translation>Abgelehnt, bevor etwas geändert wurde: %1</translation>
    </message>
    <message>
        <source>Run %1 stopped: %2</source>
        <translation>Lauf %1 angehalten: %2</translation>
    </message>
    <message>
        <source>Run %1 was cancelled: %2</source>
        <translation>Lauf %1 wurde abgebrochen: %2</translation>
    </message>
    <message>
        <source>Fix the cause, then resume with: inmanta-ha-cli --cluster FILE run %1 --resume %2</source>
        <translation>Beheben Sie die Ursache und setzen Sie dann fort mit: inmanta-ha-cli --cluster DATEI run %1 --resume %2</translation>
    </message>
    <message>
        <source>Cancelling: the running command is stopped; the run can be resumed.</source>
        <translation>Abbruch: Der laufende Befehl wird angehalten; der Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>warning: %1 The status is read without stored passwords and passphrases.</source>
        <translation>Warnung: %1 Der Status wird ohne gespeicherte Passwörter und Passphrasen gelesen.</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>; replica %1 at %2: %3, %4, %5 bytes behind</source>
        <translation>; Replikat %1 auf %2: %3, %4, %5 Bytes zurück</translation>
    </message>
    <message>
        <source>; slot %1 %2</source>
        <translation>; Slot %1 %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>, database %1</source>
        <translation>, Datenbank %1</translation>
    </message>
    <message>
        <source>lock status | lock release RUN_ID</source>
        <translation>lock status | lock release RUN_ID</translation>
    </message>
    <message>
        <source>Allow erasing NODE although it holds data of its own (configure-standby); NODE must be typed out.</source>
        <translation>Erlaubt das Löschen von NODE, obwohl er eigene Daten enthält (configure-standby); NODE muss ausgeschrieben werden.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>Resume a failed or cancelled run: every step is checked again.</source>
        <translation>Einen fehlgeschlagenen oder abgebrochenen Lauf fortsetzen: jeder Schritt wird erneut geprüft.</translation>
    </message>
    <message>
        <source>The node the procedure works on (add-standby, new-orchestrator; promote-standby: the standby).</source>
        <translation>Der Knoten, an dem die Prozedur arbeitet (add-standby, new-orchestrator; promote-standby: der Standby).</translation>
    </message>
    <message>
        <source>The node the procedure works on: the standby to build or promote, the node that becomes the new orchestrator.</source>
        <translation>Der Knoten, an dem die Prozedur arbeitet: der aufzubauende oder hochzustufende Standby, der Knoten, der der neue Orchestrator wird.</translation>
    </message>
    <message>
        <source>Attest that NODE, which does not answer, is powered off or cut off the network (recorded in the audit log with your name). May be given more than once.</source>
        <translation>Bestätigen, dass NODE, der nicht antwortet, ausgeschaltet oder vom Netz getrennt ist (mit Ihrem Namen im Audit-Protokoll festgehalten). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Promote although the standby may lack commits the primary acknowledged (the plan&apos;s pre-flight names how much, from the last sample); recorded in the audit log.</source>
        <translation>Hochstufen, obwohl dem Standby vom Primary bestätigte Commits fehlen können (die Vorabprüfung nennt, wie viel, aus der letzten Stichprobe); im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>new-orchestrator: the command (run as root on the node) that installs the Inmanta server where it is missing.</source>
        <translation>new-orchestrator: der Befehl (als root auf dem Knoten ausgeführt), der den Inmanta-Server installiert, wo er fehlt.</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>--%1 %2: no node of that name in cluster %3</source>
        <translation>--%1 %2: kein Knoten dieses Namens im Cluster %3</translation>
    </message>
    <message>
        <source>Refused; this attempt changed nothing, what run %1 did before stays: %2</source>
        <translation>Abgelehnt; dieser Versuch hat nichts geändert, was Lauf %1 vorher getan hat, bleibt: %2</translation>
    </message>
    <message>
        <source>The run succeeded, but the cluster file %1 could not be updated (%2); change the roles by hand: %3</source>
        <translation>Der Lauf ist gelungen, aber die Cluster-Datei %1 konnte nicht aktualisiert werden (%2); die Rollen von Hand ändern: %3</translation>
    </message>
    <message>
        <source>Cluster file %1 updated (the previous one is %1.bak): %2</source>
        <translation>Cluster-Datei %1 aktualisiert (die vorige ist %1.bak): %2</translation>
    </message>
    <message>
        <source>warning: the replication sample is not kept: %1</source>
        <translation>Warnung: die Replikations-Stichprobe wird nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Where to serve /metrics: ADDR:PORT, [IPv6]:PORT or :PORT (every address).</source>
        <translation>Wo /metrics bereitgestellt wird: ADR:PORT, [IPv6]:PORT oder :PORT (jede Adresse).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADR:PORT</translation>
    </message>
    <message>
        <source>Seconds between rounds (default 15).</source>
        <translation>Sekunden zwischen zwei Runden (Standard 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>exporter: --listen ADDR:PORT is required (e.g. 127.0.0.1:9877, [::1]:9877 or :9877)</source>
        <translation>exporter: --listen ADR:PORT ist erforderlich (z. B. 127.0.0.1:9877, [::1]:9877 oder :9877)</translation>
    </message>
    <message>
        <source>exporter: --interval must be 1 to 3600 seconds</source>
        <translation>exporter: --interval muss 1 bis 3600 Sekunden sein</translation>
    </message>
    <message>
        <source>inmanta-ha-cli: exporter: cannot listen on %1: %2</source>
        <translation>inmanta-ha-cli: exporter: kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>warning: %1 The cluster is watched without stored passwords and passphrases.</source>
        <translation>Warnung: %1 Der Cluster wird ohne gespeicherte Passwörter und Passphrasen überwacht.</translation>
    </message>
    <message>
        <source>Serving the metrics of cluster %1 at http://%2/metrics, a round every %3 s.</source>
        <translation>Die Metriken des Clusters %1 unter http://%2/metrics, eine Runde alle %3 s.</translation>
    </message>
    <message>
        <source>text (default), json, nagios (a plugin&apos;s line and exit code) or prometheus (the text exposition format).</source>
        <translation>text (Standard), json, nagios (Zeile und Exit-Code eines Plugins) oder prometheus (das Text-Expositionsformat).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Dasselbe wie --format json.</translation>
    </message>
    <message>
        <source>prometheus: write to FILE, replaced at once (node_exporter&apos;s textfile collector never reads half a file).</source>
        <translation>prometheus: in DATEI schreiben, auf einmal ersetzt (der Textfile-Collector von node_exporter liest nie eine halbe Datei).</translation>
    </message>
    <message>
        <source>Replay lag that is a warning.</source>
        <translation>Replay-Verzögerung, die eine Warnung ist.</translation>
    </message>
    <message>
        <source>Replay lag that is critical.</source>
        <translation>Replay-Verzögerung, die kritisch ist.</translation>
    </message>
    <message>
        <source>WAL a replication slot retains that is a warning.</source>
        <translation>WAL, das ein Replikations-Slot zurückhält und eine Warnung ist.</translation>
    </message>
    <message>
        <source>WAL a replication slot retains that is critical.</source>
        <translation>WAL, das ein Replikations-Slot zurückhält und kritisch ist.</translation>
    </message>
    <message>
        <source>Bytes, or with a unit: kB, MB, GB, TB (1024-based). Default: the cluster file&apos;s, else the built-in one.</source>
        <translation>Bytes oder mit Einheit: kB, MB, GB, TB (Basis 1024). Standard: der Wert der Cluster-Datei, sonst der eingebaute.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>status: --format must be text, json, nagios or prometheus</source>
        <translation>status: --format muss text, json, nagios oder prometheus sein</translation>
    </message>
    <message>
        <source>status: --output goes with --format prometheus</source>
        <translation>status: --output gehört zu --format prometheus</translation>
    </message>
    <message>
        <source>the cluster file %1 has problems; see `inmanta-ha-cli --cluster %1 validate`</source>
        <translation>die Cluster-Datei %1 hat Probleme; siehe `inmanta-ha-cli --cluster %1 validate`</translation>
    </message>
    <message>
        <source>status: --%1 &quot;%2&quot; is not a size (bytes, or a number with kB, MB, GB or TB)</source>
        <translation>status: --%1 „%2“ ist keine Größe (Bytes oder eine Zahl mit kB, MB, GB oder TB)</translation>
    </message>
    <message>
        <source>status: a warning threshold is above its critical one</source>
        <translation>status: eine Warnschwelle liegt über ihrer kritischen</translation>
    </message>
    <message>
        <source>inmanta-ha-cli: cannot write %1: %2</source>
        <translation>inmanta-ha-cli: kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>secret %1 %2: not done, as the audit log could not record it: %3</source>
        <translation>secret %1 %2: nicht ausgeführt, da das Audit-Log es nicht aufzeichnen konnte: %3</translation>
    </message>
    <message>
        <source>warning: recorded, but the keychain&apos;s copy of the audit log&apos;s head is not updated: %1</source>
        <translation>Warnung: aufgezeichnet, aber die Kopie des Log-Kopfes im Schlüsselbund ist nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>The only host key NODE may present (as ssh-keygen -lf prints it); repeatable.</source>
        <translation>Der einzige Host-Schlüssel, den NODE vorzeigen darf (wie ssh-keygen -lf ihn ausgibt); wiederholbar.</translation>
    </message>
    <message>
        <source>NODE=SHA256:...</source>
        <translation>KNOTEN=SHA256:...</translation>
    </message>
    <message>
        <source>--host-key %1: the cluster has no node &quot;%2&quot;</source>
        <translation>--host-key %1: der Cluster hat keinen Knoten „%2“</translation>
    </message>
    <message>
        <source>--host-key %1: %2</source>
        <translation>--host-key %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown host key accepted (--accept-new-host-keys) and recorded: %2 %3</source>
        <translation>%1: unbekannter Host-Schlüssel angenommen (--accept-new-host-keys) und gespeichert: %2 %3</translation>
    </message>
    <message>
        <source>there is no audit log here (and the keychain cannot say whether there was one: %1)</source>
        <translation>hier gibt es kein Audit-Protokoll (und der Schlüsselbund kann nicht sagen, ob es eines gab: %1)</translation>
    </message>
    <message>
        <source>MISSING: the keychain remembers the audit log %1 here; it was deleted or moved</source>
        <translation>FEHLT: der Schlüsselbund kennt hier das Audit-Protokoll %1; es wurde gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>there is no audit log here yet</source>
        <translation>hier gibt es noch kein Audit-Protokoll</translation>
    </message>
    <message>
        <source>cannot adopt the audit log: %1</source>
        <translation>das Audit-Protokoll kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>%1 is already the audit log the keychain remembers there</source>
        <translation>%1 ist bereits das Audit-Protokoll, das der Schlüsselbund dort kennt</translation>
    </message>
    <message>
        <source>%1 is now the audit log the keychain remembers there</source>
        <translation>%1 ist jetzt das Audit-Protokoll, das der Schlüsselbund dort kennt</translation>
    </message>
    <message>
        <source>warning: held back: %1; %2</source>
        <translation>Warnung: zurückgehalten: %1; %2</translation>
    </message>
    <message>
        <source>secret: unknown action &quot;%1&quot;; one of set, delete, check, confirm</source>
        <translation>secret: unbekannte Aktion „%1“; eine von set, delete, check, confirm</translation>
    </message>
    <message>
        <source>%1 is set, but held back from this file: %2; %3</source>
        <translation>%1 ist gesetzt, wird dieser Datei aber vorenthalten: %2; %3</translation>
    </message>
    <message>
        <source>%1 is set in the keychain, for %2.</source>
        <translation>%1 ist im Schlüsselbund gesetzt, für %2.</translation>
    </message>
    <message>
        <source>%1 may now go to %2 (and nowhere else).</source>
        <translation>%1 darf jetzt an %2 gehen (und nirgendwo sonst hin).</translation>
    </message>
    <message>
        <source>secret confirm %1: it is not set; nothing to confirm</source>
        <translation>secret confirm %1: es ist nicht gesetzt; nichts zu bestätigen</translation>
    </message>
    <message>
        <source>practice up | practice status | practice down</source>
        <translation>practice up | practice status | practice down</translation>
    </message>
    <message>
        <source>practice: --cluster is not for the practice cluster, which has its own file</source>
        <translation>practice: --cluster gilt nicht für den Übungscluster, der seine eigene Datei hat</translation>
    </message>
    <message>
        <source>The practice cluster is up (marked PRACTICE; nothing in it is real). Open it with: inmanta-ha-admin --practice</source>
        <translation>Der Übungscluster läuft (als ÜBUNG markiert; nichts darin ist echt). Öffnen Sie ihn mit: inmanta-ha-admin --practice</translation>
    </message>
    <message>
        <source>The practice cluster is gone: its hosts, files and keychain entries.</source>
        <translation>Der Übungscluster ist entfernt: seine Hosts, Dateien und Schlüsselbundeinträge.</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s hosts and files are gone.</source>
        <translation>Die Hosts und Dateien des Übungsclusters sind entfernt.</translation>
    </message>
    <message>
        <source>PRACTICE cluster %1 (on this machine, not a real system): %2</source>
        <translation>ÜBUNGS-Cluster %1 (auf diesem Rechner, kein echtes System): %2</translation>
    </message>
    <message>
        <source>Print the SSH settings of each node, with where each comes from (the cluster file, ~/.ssh/config and its line, or the default), and connect to nothing.</source>
        <translation>Die SSH-Einstellungen jedes Knotens ausgeben, jeweils mit ihrer Herkunft (Clusterdatei, ~/.ssh/config mit Zeile oder Vorgabe), ohne Verbindung aufzubauen.</translation>
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
        <translation>Aufruf: inmanta-ha-cli [--cluster FILE] [--audit-db FILE | --store URL] [--known-hosts FILE]
                       [--host-key KNOTEN=SHA256:...] BEFEHL ...

Befehle:
  validate                        die Cluster-Datei prüfen und eine Übersicht ausgeben
  check [--accept-new-host-keys]  Vorabprüfung der Erreichbarkeit aller Knoten
  plan PROZEDUR [Optionen]        jeden Schritt mit seinem genauen Befehl ausgeben; nichts ausführen
  run PROZEDUR [--yes] [--accept-new-host-keys] [--resume LAUF_ID] [Optionen]
  status [--format text|json|nagios|prometheus] [--warn-lag GRÖSSE] ...
                                  der Zustand des Clusters (nagios: Exit 0-3)
  exporter --listen ADR:PORT [--interval SEKUNDEN]
                                  Prometheus-Metriken unter /metrics bereitstellen
  secret set|delete|check NAME    ein Geheimnis im Schlüsselbund des Systems verwalten (Wert über stdin)
  secret confirm NAME             ein Geheimnis dorthin lassen, wohin diese Cluster-Datei es schickt
  audit export --format html|pdf|json --output FILE [--run LAUF_ID]
  audit verify                    die Hash-Kette des Audit-Protokolls erneut prüfen
  audit adopt                     ein neues Audit-Protokoll anstelle eines gelöschten annehmen
  audit key export|import         den Schlüssel des Audit-Protokolls mit einem Teammitglied teilen (stdout/stdin)
  audit migrate --to FILE|URL     das Audit-Protokoll in einen anderen Speicher kopieren und die Kopie prüfen
  team password                   das Passwort der --store-Rolle in den Schlüsselbund legen (stdin)
  team status                     wer gerade was ausführt, und die letzten Läufe des Teams
  team publish                    --cluster FILE im Speicher veröffentlichen (bei Konflikt abgelehnt)
  team open NAME --output FILE    eine veröffentlichte Cluster-Datei [--version N]
  team clusters | history NAME    die veröffentlichten Cluster und wer sie geändert hat
  lock status                     wer die Cluster-Sperre hält, auf jedem Knoten
  lock release RUN_ID             gibt die Sperre frei, die ein fehlgeschlagener oder abgebrochener Lauf hielt
  practice up|status|down         ein Übungscluster auf diesem Rechner (up gibt seine Datei aus)

--store postgresql://ROLE@HOST[:PORT]/DATABASE[?sslrootcert=FILE]: das gemeinsame
Audit-Protokoll, die Lauf-Sperre und die Cluster des Teams (TLS geprüft; Standard: die
Einstellung team/store, sonst die lokale SQLite-Datei).

Prozeduren: %1

Exit-Codes: 0 Erfolg, 1 ein Schritt ist fehlgeschlagen, 2 Aufruf- oder Eingabefehler,
            3 von einer Sicherheits- oder Vorabprüfung abgelehnt, 4 abgebrochen.
</translation>
    </message>
    <message>
        <source>The team&apos;s shared store (postgresql://...).</source>
        <translation>Der gemeinsame Speicher des Teams (postgresql://...).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--audit-db and --store name two stores; pass one</source>
        <translation>--audit-db und --store nennen zwei Speicher; geben Sie nur einen an</translation>
    </message>
    <message>
        <source>--store %1: not a postgresql:// URL (a local file is --audit-db FILE)</source>
        <translation>--store %1: keine postgresql://-URL (eine lokale Datei ist --audit-db FILE)</translation>
    </message>
    <message>
        <source>audit: missing action; one of export, verify, adopt, key, migrate</source>
        <translation>audit: Aktion fehlt; eine von export, verify, adopt, key, migrate</translation>
    </message>
    <message>
        <source>The store to copy the log into (a file or a URL).</source>
        <translation>Der Speicher, in den das Protokoll kopiert wird (eine Datei oder eine URL).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>audit migrate: --to FILE|URL is required</source>
        <translation>audit migrate: --to FILE|URL ist erforderlich</translation>
    </message>
    <message>
        <source>audit: unknown action &quot;%1&quot;; one of export, verify, adopt, key, migrate</source>
        <translation>audit: unbekannte Aktion „%1“; eine von export, verify, adopt, key, migrate</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>team password | status | clusters | history NAME | publish | open NAME --output FILE [--version N]</source>
        <translation>team password | status | clusters | history NAME | publish | open NAME --output FILE [--version N]</translation>
    </message>
    <message>
        <source>The cluster file to write.</source>
        <translation>Die zu schreibende Cluster-Datei.</translation>
    </message>
    <message>
        <source>That version, not the latest.</source>
        <translation>Diese Version, nicht die neueste.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>team %1: no shared store; pass --store postgresql://ROLE@HOST/DATABASE (or set it in the settings)</source>
        <translation>team %1: kein gemeinsamer Speicher; geben Sie --store postgresql://ROLE@HOST/DATABASE an (oder legen Sie ihn in den Einstellungen fest)</translation>
    </message>
    <message>
        <source>team password: no value on standard input</source>
        <translation>team password: kein Wert auf der Standardeingabe</translation>
    </message>
    <message>
        <source>The password of role %1 for %2 is in the keychain.</source>
        <translation>Das Passwort der Rolle %1 für %2 ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>team %1: --version must be a version number, not &quot;%2&quot;</source>
        <translation>team %1: --version muss eine Versionsnummer sein, nicht „%2“</translation>
    </message>
    <message>
        <source>team open: --output FILE is required</source>
        <translation>team open: --output FILE ist erforderlich</translation>
    </message>
    <message>
        <source>team: unknown action &quot;%1&quot;; %2</source>
        <translation>team: unbekannte Aktion „%1“; %2</translation>
    </message>
    <message>
        <source>Team store: %1 (you are role %2)</source>
        <translation>Team-Speicher: %1 (Sie sind Rolle %2)</translation>
    </message>
    <message>
        <source>%1 entries of yours wait here to be appended to it.</source>
        <translation>%1 Ihrer Einträge warten hier darauf, an ihn angehängt zu werden.</translation>
    </message>
    <message>
        <source>No cluster named: pass --cluster FILE, or publish one.</source>
        <translation>Kein Cluster angegeben: geben Sie --cluster FILE an, oder veröffentlichen Sie einen.</translation>
    </message>
    <message>
        <source>Cluster %1: no run now</source>
        <translation>Cluster %1: derzeit kein Lauf</translation>
    </message>
    <message>
        <source>Cluster %1: no run now; INTERRUPTED: %2 (its client ended without giving the lock back; the cluster may be half-way)</source>
        <translation>Cluster %1: derzeit kein Lauf; INTERRUPTED: %2 (sein Client endete, ohne die Sperre zurückzugeben; der Cluster ist womöglich auf halbem Weg)</translation>
    </message>
    <message>
        <source>Cluster %1: RUNNING NOW: %2</source>
        <translation>Cluster %1: RUNNING NOW: %2</translation>
    </message>
    <message>
        <source>%1 holds no published cluster</source>
        <translation>%1 enthält keinen veröffentlichten Cluster</translation>
    </message>
    <message>
        <source>cluster %1 is not published in %2</source>
        <translation>Cluster %1 ist in %2 nicht veröffentlicht</translation>
    </message>
    <message>
        <source>team publish: not done, as the audit log could not record it: %1</source>
        <translation>team publish: nicht ausgeführt, da das Audit-Log es nicht aufzeichnen konnte: %1</translation>
    </message>
    <message>
        <source>Published cluster %1 as version %2 to %3</source>
        <translation>Cluster %1 als Version %2 in %3 veröffentlicht</translation>
    </message>
    <message>
        <source>cluster %1 has no version %2 in %3</source>
        <translation>Cluster %1 hat keine Version %2 in %3</translation>
    </message>
    <message>
        <source>%1 exists and has changes that are not published: nothing was written (publish them, or write elsewhere)</source>
        <translation>%1 existiert und enthält nicht veröffentlichte Änderungen: es wurde nichts geschrieben (veröffentlichen Sie sie, oder schreiben Sie an einen anderen Ort)</translation>
    </message>
    <message>
        <source>Wrote %1: cluster %2, version %3, published by %4 at %5</source>
        <translation>%1 geschrieben: Cluster %2, Version %3, veröffentlicht von %4 am %5</translation>
    </message>
    <message>
        <source>audit key export: %1</source>
        <translation>audit key export: %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>This is the secret key of the audit log %1: give it to a teammate over a safe channel; they run audit key import.</source>
        <translation>Dies ist der geheime Schlüssel des Audit-Protokolls %1: geben Sie ihn über einen sicheren Kanal an ein Teammitglied weiter; dieses führt audit key import aus.</translation>
    </message>
    <message>
        <source>audit key export | audit key import (the key on stdin)</source>
        <translation>audit key export | audit key import (der Schlüssel über stdin)</translation>
    </message>
    <message>
        <source>the audit key</source>
        <translation>den Audit-Schlüssel</translation>
    </message>
    <message>
        <source>audit key import: not a key (audit key export prints one line of base64)</source>
        <translation>audit key import: kein Schlüssel (audit key export gibt eine Zeile base64 aus)</translation>
    </message>
    <message>
        <source>the key does not verify the log %1: %2</source>
        <translation>das Protokoll %1 besteht die Prüfung mit diesem Schlüssel nicht: %2</translation>
    </message>
    <message>
        <source>audit key import: refused: %1</source>
        <translation>audit key import: abgelehnt: %1</translation>
    </message>
    <message>
        <source>The key of the audit log %1 is in the keychain.</source>
        <translation>Der Schlüssel des Audit-Protokolls %1 ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>audit migrate: %1</source>
        <translation>audit migrate: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was copied</source>
        <translation>%1: %2; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>%1 is this log already</source>
        <translation>%1 ist bereits dieses Protokoll</translation>
    </message>
    <message>
        <source>the copy in %1 does not verify: %2</source>
        <translation>die Kopie in %1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and verified the copy: %3</source>
        <translation>%1 nach %2 kopiert und die Kopie geprüft: %3</translation>
    </message>
</context>
<context>
    <name>GuiRunService</name>
    <message>
        <source>another run is going on in this window; wait for its end</source>
        <translation>in diesem Fenster läuft bereits ein anderer Lauf; warten Sie, bis er endet</translation>
    </message>
    <message>
        <source>the audit log is not open: a run that cannot be recorded does not start</source>
        <translation>das Audit-Protokoll ist nicht geöffnet: ein Lauf, der nicht festgehalten werden kann, startet nicht</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>der Lauf kann nicht im Audit-Protokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <source>(ticked in the wizard)</source>
        <translation>(im Assistenten angekreuzt)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing changed</source>
        <translation>vor dem Start abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>(ticked for %1 in the wizard)</source>
        <translation>(für %1 im Assistenten angekreuzt)</translation>
    </message>
    <message>
        <source>tick &quot;%1 does not answer...&quot; on the Preview page</source>
        <translation>„%1 antwortet nicht...“ auf der Seite Vorschau ankreuzen</translation>
    </message>
    <message>
        <source>tick &quot;I accept that these commits may be lost&quot; on the Preview page</source>
        <translation>„Ich akzeptiere, dass diese Commits verloren gehen können“ auf der Seite Vorschau ankreuzen</translation>
    </message>
</context>
<context>
    <name>HostKey</name>
    <message>
        <source>&quot;%1&quot; is not a host key fingerprint as ssh-keygen -lf prints it (SHA256: and 43 characters)</source>
        <translation>„%1“ ist kein Host-Schlüssel-Fingerabdruck, wie ssh-keygen -lf ihn ausgibt (SHA256: und 43 Zeichen)</translation>
    </message>
</context>
<context>
    <name>InmantaConfig</name>
    <message>
        <source>%1 sets %2 = %3 and is read later</source>
        <translation>%1 setzt %2 = %3 und wird später gelesen</translation>
    </message>
    <message>
        <source>[database] %1 in %2 would not take effect: %3</source>
        <extracomment>[database] is the section of the Inmanta configuration file; keep it as it is.</extracomment>
        <translation>[database] %1 in %2 würde nicht wirksam werden: %3</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service provider, such as gnome-keyring or KWallet, in a desktop or D-Bus session, then try again. Secrets are never stored in plain text instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Installieren und starten Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet in einer Desktop- oder D-Bus-Sitzung und versuchen Sie es erneut. Geheimnisse werden niemals stattdessen im Klartext gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it (log in to the desktop session, or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff (%1). Entsperren Sie ihn (Anmeldung an der Desktop-Sitzung oder gnome-keyring-daemon --unlock) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (an der Desktop-Sitzung anmelden oder gnome-keyring-daemon --unlock ausführen) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>%1 is a binary key revocation list (KRL), which this tool cannot read</source>
        <translation>%1 ist eine binäre Schlüssel-Sperrliste (KRL), die dieses Werkzeug nicht lesen kann</translation>
    </message>
    <message>
        <source>%1: not a public key (&quot;type base64&quot; expected)</source>
        <translation>%1: kein öffentlicher Schlüssel („Typ base64“ erwartet)</translation>
    </message>
    <message>
        <source>(a @cert-authority line covers this host (%1): host certificates are not supported here, the key stands on its own)</source>
        <translation>(eine @cert-authority-Zeile gilt für diesen Host (%1): Host-Zertifikate werden hier nicht unterstützt, der Schlüssel steht für sich)</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>replay lag %1 bytes (critical from %2)</source>
        <translation>Replay-Verzögerung %1 Bytes (kritisch ab %2)</translation>
    </message>
    <message>
        <source>replay lag %1 bytes (warning from %2)</source>
        <translation>Replay-Verzögerung %1 Bytes (Warnung ab %2)</translation>
    </message>
    <message>
        <source>a slot retains %1 bytes of WAL (critical from %2)</source>
        <translation>ein Slot hält %1 Bytes WAL zurück (kritisch ab %2)</translation>
    </message>
    <message>
        <source>a slot retains %1 bytes of WAL (warning from %2)</source>
        <translation>ein Slot hält %1 Bytes WAL zurück (Warnung ab %2)</translation>
    </message>
    <message>
        <source>the Inmanta server on %1 does not answer or is unhealthy</source>
        <translation>der Inmanta-Server auf %1 antwortet nicht oder ist nicht gesund</translation>
    </message>
    <message>
        <source>the standby %1 is down</source>
        <translation>der Standby %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 has no synchronous standby: writes block</source>
        <translation>%1 hat keinen synchronen Standby: Schreibzugriffe blockieren</translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>From the cluster file</source>
        <translation>Aus der Cluster-Datei</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>agent and default keys</source>
        <translation>Agent und Standardschlüssel</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-Port</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
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
        <translation>Datenbankeinstellungen</translation>
    </message>
    <message>
        <source>Live facts</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Live facts, checked %1</source>
        <translation>Aktueller Zustand, geprüft %1</translation>
    </message>
    <message>
        <source>Last answered</source>
        <translation>Zuletzt geantwortet</translation>
    </message>
    <message>
        <source>never, since this window opened</source>
        <translation>nie, seit dieses Fenster offen ist</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed or unreachable</source>
        <translation>geschlossen oder nicht erreichbar</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>API port</source>
        <translation>API-Port</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>In recovery</source>
        <translation>Im Recovery</translation>
    </message>
    <message>
        <source>yes (a standby)</source>
        <translation>ja (ein Standby)</translation>
    </message>
    <message>
        <source>no (accepts writes)</source>
        <translation>nein (nimmt Schreibzugriffe an)</translation>
    </message>
    <message>
        <source>Control file</source>
        <translation>Kontrolldatei</translation>
    </message>
    <message>
        <source>%1, timeline %2</source>
        <translation>%1, Timeline %2</translation>
    </message>
    <message>
        <source>standby.signal</source>
        <translation>standby.signal</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4 behind</source>
        <translation>%1 auf %2, %3, %4 zurück</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>%1, retains %2</source>
        <translation>%1, hält %2 zurück</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Inmanta server</source>
        <translation>Inmanta-Server</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy or down</source>
        <translation>nicht gesund oder ausgefallen</translation>
    </message>
    <message>
        <source>Uses database</source>
        <translation>Verwendet Datenbank</translation>
    </message>
    <message>
        <source>read over SSH (a direct login needs a CA: postgres.caFile)</source>
        <translation>über SSH gelesen (eine direkte Anmeldung braucht eine CA: postgres.caFile)</translation>
    </message>
    <message>
        <source>logged in over verified TLS</source>
        <translation>über geprüftes TLS angemeldet</translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation>Erreicht über</translation>
    </message>
</context>
<context>
    <name>PracticeCluster</name>
    <message>
        <source>The practice cluster is five hosts on this machine: each a set of Linux namespaces with its own network address (198.19.7.0/24, never routed), OpenSSH server and PostgreSQL 15. Creating and removing namespaces needs root, so only its helper, %1, runs as root (&quot;%2&quot;); this program does not.</source>
        <translation>Der Übungscluster besteht aus fünf Hosts auf diesem Rechner: jeder eine Gruppe von Linux-Namespaces mit eigener Netzwerkadresse (198.19.7.0/24, nie geroutet), OpenSSH-Server und PostgreSQL 15. Namespaces anzulegen und zu entfernen erfordert root, daher läuft nur sein Helfer, %1, als root („%2“); dieses Programm nicht.</translation>
    </message>
    <message>
        <source>sudo will ask for your password.</source>
        <translation>sudo wird nach Ihrem Passwort fragen.</translation>
    </message>
    <message>
        <source>Your system will ask for an administrator&apos;s password (pkexec).</source>
        <translation>Ihr System wird nach dem Passwort eines Administrators fragen (pkexec).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The practice helper %1 is missing; reinstall inmanta-ha-admin.</source>
        <translation>Der Übungshelfer %1 fehlt; installieren Sie inmanta-ha-admin neu.</translation>
    </message>
    <message>
        <source>practice %1: root was not granted (pkexec: %2); nothing was changed.</source>
        <translation>practice %1: root wurde nicht gewährt (pkexec: %2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>practice %1 failed (exit %2): %3</source>
        <translation>practice %1 ist fehlgeschlagen (Exit %2): %3</translation>
    </message>
    <message>
        <source>The practice cluster is up already (%1); practice down removes it.</source>
        <translation>Der Übungscluster läuft bereits (%1); practice down entfernt ihn.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Making the practice cluster&apos;s SSH key (%1)</source>
        <translation>Der SSH-Schlüssel des Übungsclusters wird erzeugt (%1)</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The practice helper wrote no usable cluster file at &quot;%1&quot;</source>
        <translation>Der Übungshelfer hat unter „%1“ keine brauchbare Cluster-Datei geschrieben</translation>
    </message>
    <message>
        <source>Stopping the practice hosts</source>
        <translation>Die Übungshosts werden angehalten</translation>
    </message>
    <message>
        <source>Removing the practice cluster&apos;s secrets from the keychain</source>
        <translation>Die Geheimnisse des Übungsclusters werden aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s secrets may still be in the keychain: %1</source>
        <translation>Die Geheimnisse des Übungsclusters sind möglicherweise noch im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The practice cluster is down.</source>
        <translation>Der Übungscluster läuft nicht.</translation>
    </message>
    <message>
        <source>Starting the practice hosts (a few seconds)</source>
        <translation>Die Übungshosts werden gestartet (einige Sekunden)</translation>
    </message>
    <message>
        <source>Keeping its passwords in the keychain (practice scope)</source>
        <translation>Seine Passwörter werden im Schlüsselbund abgelegt (Übungsbereich)</translation>
    </message>
    <message>
        <source>The practice cluster needs the keychain for its passwords: %1</source>
        <translation>Der Übungscluster braucht den Schlüsselbund für seine Passwörter: %1</translation>
    </message>
    <message>
        <source>Taking the practice hosts down again</source>
        <translation>Die Übungshosts werden wieder entfernt</translation>
    </message>
    <message>
        <source>%1. The practice hosts were taken down again.</source>
        <translation>%1. Die Übungshosts wurden wieder entfernt.</translation>
    </message>
    <message>
        <source>%1. Taking the practice hosts down failed too (%2): run inmanta-ha-cli practice down.</source>
        <translation>%1. Auch das Entfernen der Übungshosts ist fehlgeschlagen (%2): führen Sie inmanta-ha-cli practice down aus.</translation>
    </message>
    <message>
        <source>It would run without root in user namespaces of yours, but %1.</source>
        <translation>Ohne Root liefe er in Benutzer-Namensräumen von Ihnen, aber %1.</translation>
    </message>
    <message>
        <source>Starting the practice hosts without root, in user namespaces of yours (a few seconds)</source>
        <translation>Die Übungshosts starten ohne Root, in Benutzer-Namensräumen von Ihnen (einige Sekunden)</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Configure the primary</source>
        <translation>Primary einrichten</translation>
    </message>
    <message>
        <source>Configure the standby</source>
        <translation>Standby einrichten</translation>
    </message>
    <message>
        <source>Promote the standby</source>
        <translation>Standby befördern</translation>
    </message>
    <message>
        <source>Add a standby to the new primary</source>
        <translation>Standby zum neuen Primary hinzufügen</translation>
    </message>
    <message>
        <source>Fail the Inmanta server over to the standby</source>
        <translation>Inmanta-Server auf den Standby umschalten</translation>
    </message>
    <message>
        <source>Start a new orchestrator</source>
        <translation>Neuen Orchestrator starten</translation>
    </message>
    <message>
        <source>%1: %2 lets %3 read it for pg_rewind; the old file is %4</source>
        <translation>%1: %2 erlaubt %3 das Lesen für pg_rewind; die alte Datei ist %4</translation>
    </message>
    <message>
        <source>looking for the rewind</source>
        <translation>Suche nach der Rewind-Markierung</translation>
    </message>
    <message>
        <source>removing the rewind mark</source>
        <translation>Entfernen der Rewind-Markierung</translation>
    </message>
    <message>
        <source>Rewind %1 onto %2 with pg_rewind where its history allows (else the full copy below does the work)</source>
        <translation>%1 mit pg_rewind auf %2 zurückspulen, wo seine Historie es erlaubt (sonst übernimmt die vollständige Kopie unten)</translation>
    </message>
    <message>
        <source>it is not a copy of %1&apos;s cluster</source>
        <translation>er ist keine Kopie des Clusters von %1</translation>
    </message>
    <message>
        <source>its timeline %1 is not before %2&apos;s %3</source>
        <translation>seine Timeline %1 liegt nicht vor der Timeline %3 von %2</translation>
    </message>
    <message>
        <source>neither wal_log_hints nor data checksums were on there</source>
        <translation>dort waren weder wal_log_hints noch die Datenprüfsummen eingeschaltet</translation>
    </message>
    <message>
        <source>writing a password file</source>
        <translation>Schreiben einer Passwortdatei</translation>
    </message>
    <message>
        <source>%1 is not rewound: %2. A full base backup follows.</source>
        <translation>%1 wird nicht zurückgespult: %2. Es folgt ein vollständiges Basis-Backup.</translation>
    </message>
    <message>
        <source>%1 rewound onto %2 (pg_rewind); its own configuration files were put back</source>
        <translation>%1 auf %2 zurückgespult (pg_rewind); seine eigenen Konfigurationsdateien wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>marking the rewind</source>
        <translation>Markieren des Rewinds</translation>
    </message>
    <message>
        <source>%1: no standby.signal after pg_rewind</source>
        <translation>%1: kein standby.signal nach pg_rewind</translation>
    </message>
    <message>
        <source>add-standby needs the node to add: --node NODE</source>
        <translation>add-standby braucht den hinzuzufügenden Knoten: --node NODE</translation>
    </message>
    <message>
        <source>no node %1 in cluster %2</source>
        <translation>kein Knoten %1 im Cluster %2</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s %2: it cannot become a standby</source>
        <translation>%1 hat im Cluster die Rolle %2: er kann kein Standby werden</translation>
    </message>
    <message>
        <source>%1 has no postgres settings in the cluster file: it runs no PostgreSQL</source>
        <translation>%1 hat keine postgres-Einstellungen in der Cluster-Datei: auf ihm läuft kein PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s standby already; the replication slot serves one standby (make %1 a spare or retired first)</source>
        <translation>%1 ist bereits der Standby des Clusters; der Replikationsslot bedient einen Standby (%1 zuerst zur Reserve machen oder außer Dienst stellen)</translation>
    </message>
    <message>
        <source>Take the cluster lock on every node that answers (one operator at a time)</source>
        <translation>Die Cluster-Sperre auf jedem antwortenden Knoten setzen (immer nur ein Bediener)</translation>
    </message>
    <message>
        <source>cluster %1 is locked by %2 (on %3). If that run is over, release its lock: inmanta-ha-cli --cluster FILE lock release %4</source>
        <translation>Cluster %1 ist gesperrt durch %2 (auf %3). Ist dieser Lauf beendet, seine Sperre freigeben: inmanta-ha-cli --cluster DATEI lock release %4</translation>
    </message>
    <message>
        <source>%1 does not answer: the lock is not recorded there</source>
        <translation>%1 antwortet nicht: die Sperre wird dort nicht eingetragen</translation>
    </message>
    <message>
        <source>taking the cluster lock (%1)</source>
        <translation>Setzen der Cluster-Sperre (%1)</translation>
    </message>
    <message>
        <source>the cluster lock could not be taken on any node of the run</source>
        <translation>die Cluster-Sperre konnte auf keinem Knoten des Laufs gesetzt werden</translation>
    </message>
    <message>
        <source>The cluster lock stays held by run %1 until a resume of it succeeds or it is released (inmanta-ha-cli --cluster FILE lock release %1)</source>
        <translation>Die Cluster-Sperre bleibt von Lauf %1 gehalten, bis eine Fortsetzung des Laufs gelingt oder sie freigegeben wird (inmanta-ha-cli --cluster DATEI lock release %1)</translation>
    </message>
    <message>
        <source>Read the cluster lock on %1</source>
        <translation>Die Cluster-Sperre auf %1 lesen</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: frei</translation>
    </message>
    <message>
        <source>%1: held by %2</source>
        <translation>%1: gehalten von %2</translation>
    </message>
    <message>
        <source>%1: does not answer (%2)</source>
        <translation>%1: antwortet nicht (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id (see `lock status`)</source>
        <translation>„%1“ ist keine Lauf-ID (siehe `lock status`)</translation>
    </message>
    <message>
        <source>Release the cluster lock of run %1 on %2</source>
        <translation>Die Cluster-Sperre von Lauf %1 auf %2 freigeben</translation>
    </message>
    <message>
        <source>%1 does not answer: a lock there stays</source>
        <translation>%1 antwortet nicht: eine Sperre dort bleibt bestehen</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>Create the replication role %1 (REPLICATION LOGIN) from a SCRAM-SHA-256 verifier</source>
        <translation>Die Replikationsrolle %1 (REPLICATION LOGIN) aus einem SCRAM-SHA-256-Verifier anlegen</translation>
    </message>
    <message>
        <source>%1: the role %2 does not have the new password</source>
        <translation>%1: die Rolle %2 hat nicht das neue Passwort</translation>
    </message>
    <message>
        <source>Allow replication from both database nodes in %1, then reload</source>
        <translation>Replikation von beiden Datenbankknoten in %1 erlauben, dann neu laden</translation>
    </message>
    <message>
        <source>%1: PostgreSQL refused the new %2 (%3); the previous file was put back and reloaded</source>
        <translation>%1: PostgreSQL hat die neue Datei %2 abgelehnt (%3); die vorige Datei wurde wiederhergestellt und neu geladen</translation>
    </message>
    <message>
        <source>removing the stopped mark</source>
        <translation>Entfernen der Stopp-Markierung</translation>
    </message>
    <message>
        <source>%1: whether the Inmanta server runs cannot be told (%2); if it does, it may stop itself during the restart</source>
        <translation>%1: ob der Inmanta-Server läuft, lässt sich nicht feststellen (%2); falls ja, beendet er sich womöglich während des Neustarts selbst</translation>
    </message>
    <message>
        <source>marking the server stopped</source>
        <translation>Markieren des Servers als angehalten</translation>
    </message>
    <message>
        <source>%1: the Inmanta server was stopped for the restart and started again (18.2 and later would have stopped themselves)</source>
        <translation>%1: der Inmanta-Server wurde für den Neustart angehalten und wieder gestartet (ab 18.2 hätte er sich selbst beendet)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server was stopped for the restart and did not start again: %2</source>
        <translation>%1: der Inmanta-Server wurde für den Neustart angehalten und startete nicht wieder: %2</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 runs again if this tool stopped it</source>
        <translation>Der Inmanta-Server auf %1 läuft wieder, falls dieses Programm ihn angehalten hat</translation>
    </message>
    <message>
        <source>Restart PostgreSQL on %1 to apply listen_addresses, wal_level and wal_log_hints</source>
        <translation>PostgreSQL auf %1 neu starten, um listen_addresses, wal_level und wal_log_hints anzuwenden</translation>
    </message>
    <message>
        <source>%1: the restart applies every setting changed since the last start: %2</source>
        <translation>%1: der Neustart wendet jede seit dem letzten Start geänderte Einstellung an: %2</translation>
    </message>
    <message>
        <source>%1: after the restart PostgreSQL runs with listen_addresses, wal_level ok, synchronous_commit, wal_log_hints, hot_standby = %2 (wanted %3); another file (postgresql.auto.conf?) may override them</source>
        <translation>%1: nach dem Neustart läuft PostgreSQL mit listen_addresses, wal_level ok, synchronous_commit, wal_log_hints, hot_standby = %2 (gewünscht %3); eine andere Datei (postgresql.auto.conf?) überschreibt sie womöglich</translation>
    </message>
    <message>
        <source>cluster %1 has no primary node</source>
        <translation>Cluster %1 hat keinen Primary-Knoten</translation>
    </message>
    <message>
        <source>Set the replication settings in %1</source>
        <translation>Die Replikationseinstellungen in %1 setzen</translation>
    </message>
    <message>
        <source>Keep %1&apos;s replication password file in step with the role</source>
        <translation>Die Replikations-Passwortdatei von %1 mit der Rolle abgleichen</translation>
    </message>
    <message>
        <source>%1 holds nothing the primary does not have: a standby of %2, or a fresh cluster (system identifier and timeline compared)</source>
        <translation>%1 enthält nichts, was der Primary nicht hat: ein Standby von %2 oder ein frischer Cluster (Systemkennung und Timeline verglichen)</translation>
    </message>
    <message>
        <source>reading what its data directory holds</source>
        <translation>Lesen des Inhalts seines Datenverzeichnisses</translation>
    </message>
    <message>
        <source>%1 is the old primary (system identifier %2, timeline %3 before %4&apos;s %5): it becomes %4&apos;s standby, and what it wrote after the failover&apos;s branch point, never confirmed by a standby, is discarded</source>
        <translation>%1 ist der alte Primary (Systemkennung %2, Timeline %3 vor der Timeline %5 von %4): er wird Standby von %4, und was er nach dem Abzweigpunkt des Failovers geschrieben hat, nie von einem Standby bestätigt, wird verworfen</translation>
    </message>
    <message>
        <source>%1; the operator confirmed that it is erased (--overwrite %2)</source>
        <translation>%1; der Bediener hat das Löschen bestätigt (--overwrite %2)</translation>
    </message>
    <message>
        <source>%1. Its data will not be erased. If it must be, run again with --overwrite %2.</source>
        <translation>%1. Seine Daten werden nicht gelöscht. Falls das nötig ist, erneut mit --overwrite %2 starten.</translation>
    </message>
    <message>
        <source>The stored replication password is the one of role %1 on %2</source>
        <translation>Das gespeicherte Replikationspasswort ist das der Rolle %1 auf %2</translation>
    </message>
    <message>
        <source>%1: the role %2 does not exist, cannot replicate, or has another password than the one stored (secret replication-password); run configure-primary, or store the right password</source>
        <translation>%1: die Rolle %2 existiert nicht, darf nicht replizieren oder hat ein anderes Passwort als das gespeicherte (Geheimnis replication-password); configure-primary ausführen oder das richtige Passwort speichern</translation>
    </message>
    <message>
        <source>The slot %1 exists on %2 and serves no other standby</source>
        <translation>Der Slot %1 existiert auf %2 und bedient keinen anderen Standby</translation>
    </message>
    <message>
        <source>%1: the replication slot %2 does not exist; run configure-primary first (or add-standby after a promotion)</source>
        <translation>%1: der Replikationsslot %2 existiert nicht; zuerst configure-primary ausführen (oder add-standby nach einer Hochstufung)</translation>
    </message>
    <message>
        <source>%1: the slot %2 is in use by another standby (%3, application name %4); a slot serves one standby</source>
        <translation>%1: der Slot %2 wird von einem anderen Standby genutzt (%3, Anwendungsname %4); ein Slot bedient einen Standby</translation>
    </message>
    <message>
        <source>cluster %1 has no standby node</source>
        <translation>Cluster %1 hat keinen Standby-Knoten</translation>
    </message>
    <message>
        <source>%1 is the primary (%2): a standby is never built on top of it</source>
        <translation>%1 ist der Primary (%2): auf ihm wird nie ein Standby aufgebaut</translation>
    </message>
    <message>
        <source>Store the replication password for postgres in %1 (mode 0600)</source>
        <translation>Das Replikationspasswort für postgres in %1 speichern (Modus 0600)</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 before its data directory is replaced</source>
        <translation>PostgreSQL auf %1 anhalten, bevor sein Datenverzeichnis ersetzt wird</translation>
    </message>
    <message>
        <source>%1: PostgreSQL still runs</source>
        <translation>%1: PostgreSQL läuft noch</translation>
    </message>
    <message>
        <source>Take a base backup of %1 into %2 (inside %3 when it is a mount point)</source>
        <translation>Ein Basis-Backup von %1 nach %2 erstellen (innerhalb von %3, wenn es ein Mountpoint ist)</translation>
    </message>
    <message>
        <source>checking the copy</source>
        <translation>Prüfen der Kopie</translation>
    </message>
    <message>
        <source>%1: the copy an earlier run took is in place, the old data kept (%2); it is not copied again. To take a new copy, move the old data back or remove it first.</source>
        <translation>%1: die Kopie eines früheren Laufs liegt bereit, die alten Daten sind aufbewahrt (%2); es wird nicht erneut kopiert. Für eine neue Kopie die alten Daten zuerst zurückverschieben oder entfernen.</translation>
    </message>
    <message>
        <source>Replace the data directory %1 of %2 with the base backup (the old one is kept as %3, or as .iha-old inside it when it is a mount point)</source>
        <translation>Das Datenverzeichnis %1 von %2 durch das Basis-Backup ersetzen (das alte bleibt als %3 erhalten oder, wenn es ein Mountpoint ist, als .iha-old darin)</translation>
    </message>
    <message>
        <source>replacing the data directory</source>
        <translation>Ersetzen des Datenverzeichnisses</translation>
    </message>
    <message>
        <source>checking the data directory</source>
        <translation>Prüfen des Datenverzeichnisses</translation>
    </message>
    <message>
        <source>Name the standby %1 in primary_conninfo (%2)</source>
        <translation>Den Standby %1 in primary_conninfo benennen (%2)</translation>
    </message>
    <message>
        <source>Comment out synchronous_standby_names and set the primary&apos;s settings (hot_standby = off) in %1</source>
        <translation>synchronous_standby_names auskommentieren und die Einstellungen des Primary (hot_standby = off) in %1 setzen</translation>
    </message>
    <message>
        <source>Allow replication and the Inmanta server in %1 (for when %2 is promoted)</source>
        <translation>Replikation und den Inmanta-Server in %1 erlauben (für den Fall, dass %2 hochgestuft wird)</translation>
    </message>
    <message>
        <source>The rewound server was stopped; a resume (--resume) takes a full base backup instead.</source>
        <translation>Der zurückgespulte Server wurde angehalten; eine Fortsetzung (--resume) erstellt stattdessen ein vollständiges Basis-Backup.</translation>
    </message>
    <message>
        <source>Remove %2&apos;s old data directory %1</source>
        <translation>Das alte Datenverzeichnis %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>cluster %1 needs a primary, a standby and an orchestrator for a failover of the Inmanta server</source>
        <translation>Cluster %1 braucht einen Primary, einen Standby und einen Orchestrator für ein Failover des Inmanta-Servers</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>the Inmanta server</source>
        <translation>der Inmanta-Server</translation>
    </message>
    <message>
        <source>reading its state</source>
        <translation>Lesen seines Zustands</translation>
    </message>
    <message>
        <source>asking whether %1 still answers</source>
        <translation>Abfrage der Erreichbarkeit von %1</translation>
    </message>
    <message>
        <source>pg_ctl status could not tell</source>
        <translation>pg_ctl status konnte es nicht feststellen</translation>
    </message>
    <message>
        <source>%1 is up but cannot be read (%2): whether %3 runs there cannot be told, and an attestation cannot replace that. Fix the login, or power the host off.</source>
        <translation>%1 ist erreichbar, aber nicht lesbar (%2): ob %3 dort läuft, lässt sich nicht feststellen, und eine Bestätigung kann das nicht ersetzen. Korrigieren Sie die Anmeldung oder schalten Sie den Host aus.</translation>
    </message>
    <message>
        <source>%1 answers as a primary: PostgreSQL runs there and accepts writes. Promoting %2 now would make two primaries, and what %1 commits from then on would be lost.</source>
        <translation>%1 antwortet als Primary: PostgreSQL läuft dort und nimmt Schreibzugriffe an. %2 jetzt hochzustufen ergäbe zwei Primaries, und was %1 ab dann committet, ginge verloren.</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL in recovery: it is a standby, not the primary the cluster file names; see `status` for which node is the primary</source>
        <translation>%1 betreibt PostgreSQL im Recovery-Modus: er ist ein Standby, nicht der Primary, den die Cluster-Datei nennt; welcher Knoten der Primary ist, zeigt `status`</translation>
    </message>
    <message>
        <source>PostgreSQL runs on %1 and cannot be asked whether it is a primary (%2); it is treated as alive</source>
        <translation>PostgreSQL läuft auf %1 und lässt sich nicht fragen, ob es ein Primary ist (%2); es gilt als aktiv</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 is stopped and its unit masked</source>
        <translation>%1 antwortet über SSH: %2 ist angehalten und seine Unit maskiert</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 runs (unit %3); it is stopped, disabled and masked</source>
        <translation>%1 antwortet über SSH: %2 läuft (Unit %3); der Dienst wird angehalten, deaktiviert und maskiert</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 is stopped (unit %3); it is stopped, disabled and masked</source>
        <translation>%1 antwortet über SSH: %2 ist angehalten (Unit %3); der Dienst wird angehalten, deaktiviert und maskiert</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), and whether %3 still answers could not be asked from %4</source>
        <translation>%1 antwortet nicht über SSH (%2), und ob %3 noch antwortet, ließ sich von %4 aus nicht erfragen</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), but %3 answers on %4 as seen from %5: it is alive. Starting another would make two.</source>
        <translation>%1 antwortet nicht über SSH (%2), aber %3 antwortet auf %4, von %5 aus gesehen: der Dienst lebt. Einen weiteren zu starten ergäbe zwei.</translation>
    </message>
    <message>
        <source>ATTESTED by %1: %2 is powered off or isolated %3. Evidence: it does not answer over SSH (%4), and %5 does not answer on %6 as seen from %7.</source>
        <translation>BESTÄTIGT von %1: %2 ist ausgeschaltet oder isoliert %3. Belege: er antwortet nicht über SSH (%4), und %5 antwortet nicht auf %6, von %7 aus gesehen.</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), and %3 does not answer on %4 as seen from %5; no evidence can be gathered from a host that does not answer. Make sure it is powered off or cut off the network, then attest it: %6.</source>
        <translation>%1 antwortet nicht über SSH (%2), und %3 antwortet nicht auf %4, von %5 aus gesehen; von einem Host, der nicht antwortet, lassen sich keine Belege sammeln. Stellen Sie sicher, dass er ausgeschaltet oder vom Netz getrennt ist, und bestätigen Sie es dann: %6.</translation>
    </message>
    <message>
        <source>%1 is not fenced yet: %2</source>
        <translation>%1 ist noch nicht abgeschottet: %2</translation>
    </message>
    <message>
        <source>reading the Inmanta configuration</source>
        <translation>Lesen der Inmanta-Konfiguration</translation>
    </message>
    <message>
        <source>asking the Inmanta API</source>
        <translation>Abfrage der Inmanta-API</translation>
    </message>
    <message>
        <source>%1: the Inmanta API check printed no answer</source>
        <translation>%1: die Prüfung der Inmanta-API gab keine Antwort aus</translation>
    </message>
    <message>
        <source>%1: the Inmanta server does not answer on %2 (%3)</source>
        <translation>%1: der Inmanta-Server antwortet nicht auf %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the Inmanta API wants a token (401): store it with `secret set api-token`</source>
        <translation>%1: die Inmanta-API verlangt ein Token (401): speichern Sie es mit `secret set api-token`</translation>
    </message>
    <message>
        <source>%1: the Inmanta API refused the stored token (403: wrong, expired, revoked, or limited to one environment)</source>
        <translation>%1: die Inmanta-API hat das gespeicherte Token abgelehnt (403: falsch, abgelaufen, widerrufen oder auf eine Umgebung beschränkt)</translation>
    </message>
    <message>
        <source>%1: GET %2/api/v1/serverstatus answered %3</source>
        <translation>%1: GET %2/api/v1/serverstatus antwortete %3</translation>
    </message>
    <message>
        <source>%1: the Inmanta server uses the database on %2 (%3), not %4</source>
        <translation>%1: der Inmanta-Server nutzt die Datenbank auf %2 (%3), nicht %4</translation>
    </message>
    <message>
        <source>%1: the Inmanta server is not connected to its database on %2</source>
        <translation>%1: der Inmanta-Server ist nicht mit seiner Datenbank auf %2 verbunden</translation>
    </message>
    <message>
        <source>%1: GET %2/api/v2/health answered %3</source>
        <translation>%1: GET %2/api/v2/health antwortete %3</translation>
    </message>
    <message>
        <source>[database] host in %1 decides on %2: no later file or variable of the server&apos;s environment overrides it</source>
        <translation>[database] host in %1 gilt auf %2: keine später gelesene Datei und keine Variable in der Umgebung des Servers überschreibt ihn</translation>
    </message>
    <message>
        <source>%1: an edit of %2 would not take effect: %3. Remove that setting first (nothing was changed).</source>
        <translation>%1: eine Änderung von %2 würde nicht wirksam werden: %3. Entfernen Sie zuerst diese Einstellung (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Set [database] host = %1 in %2 on %3 (every other key kept; mode 0600; the file never leaves the host)</source>
        <translation>[database] host = %1 in %2 auf %3 setzen (alle anderen Schlüssel bleiben; Modus 0600; die Datei verlässt nie den Host)</translation>
    </message>
    <message>
        <source>changing %1 (it was left as it was)</source>
        <translation>Ändern von %1 (Datei blieb unverändert)</translation>
    </message>
    <message>
        <source>%1: %2 changed; the old file is %3</source>
        <translation>%1: %2 geändert; die alte Datei ist %3</translation>
    </message>
    <message>
        <source>%1: %2 does not set [database] host = %3 after the edit</source>
        <translation>%1: %2 setzt nach der Änderung nicht [database] host = %3</translation>
    </message>
    <message>
        <source>Start the Inmanta server on %1</source>
        <translation>Den Inmanta-Server auf %1 starten</translation>
    </message>
    <message>
        <source>Stop the Inmanta server on %1</source>
        <translation>Den Inmanta-Server auf %1 anhalten</translation>
    </message>
    <message>
        <source>%1: the Inmanta server does not run (it may have stopped itself: see its log)</source>
        <translation>%1: der Inmanta-Server läuft nicht (er hat sich womöglich selbst beendet: siehe sein Log)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server still runs</source>
        <translation>%1: der Inmanta-Server läuft noch</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 works on the new primary: its API says its database is connected there, and health answers 200</source>
        <translation>Der Inmanta-Server auf %1 arbeitet mit dem neuen Primary: seine API meldet die Datenbank dort als verbunden, und health antwortet 200</translation>
    </message>
    <message>
        <source>after %1 s: %2</source>
        <translation>nach %1 s: %2</translation>
    </message>
    <message>
        <source>Whether %1 has failed: only then is %2 promoted</source>
        <translation>Ob %1 ausgefallen ist: nur dann wird %2 hochgestuft</translation>
    </message>
    <message>
        <source>%1 left recovery already: it is the primary; %2 must be fenced</source>
        <translation>%1 hat den Recovery-Modus bereits verlassen: er ist der Primary; %2 muss abgeschottet werden</translation>
    </message>
    <message>
        <source>%1 answers as the primary: it is not failed over; the new orchestrator uses it</source>
        <translation>%1 antwortet als Primary: es wird nicht umgeschaltet; der neue Orchestrator nutzt ihn</translation>
    </message>
    <message>
        <source>%1 has failed (%2): %3 is promoted</source>
        <translation>%1 ist ausgefallen (%2): %3 wird hochgestuft</translation>
    </message>
    <message>
        <source>no answer over SSH: %1</source>
        <translation>keine Antwort über SSH: %1</translation>
    </message>
    <message>
        <source>PostgreSQL does not serve as a primary there</source>
        <translation>PostgreSQL dient dort nicht als Primary</translation>
    </message>
    <message>
        <source>Install the Inmanta server on %1 (skipped when it is there)</source>
        <translation>Den Inmanta-Server auf %1 installieren (übersprungen, wenn er vorhanden ist)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server (unit %2) is not installed; install it as the runbook&apos;s &quot;Install Inmanta&quot; section says, or give the command: --install-command CMD</source>
        <translation>%1: der Inmanta-Server (Unit %2) ist nicht installiert; installieren Sie ihn wie im Runbook-Abschnitt „Install Inmanta“ beschrieben oder geben Sie den Befehl an: --install-command BEFEHL</translation>
    </message>
    <message>
        <source>the install command</source>
        <translation>der Installationsbefehl</translation>
    </message>
    <message>
        <source>%1: after the install command the unit %2 is not there</source>
        <translation>%1: nach dem Installationsbefehl fehlt die Unit %2</translation>
    </message>
    <message>
        <source>Write %1 on %2: the primary&apos;s address, database %3, user %4 and its password (mode 0600)</source>
        <translation>%1 auf %2 schreiben: die Adresse des Primary, Datenbank %3, Benutzer %4 und sein Passwort (Modus 0600)</translation>
    </message>
    <message>
        <source>no usable database password is stored for the Inmanta server: store it with `secret set database-password`</source>
        <translation>für den Inmanta-Server ist kein brauchbares Datenbankpasswort gespeichert: speichern Sie es mit `secret set database-password`</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>Schreiben von %1</translation>
    </message>
    <message>
        <source>%1: %2 written; the old file: %3</source>
        <translation>%1: %2 geschrieben; die alte Datei: %3</translation>
    </message>
    <message>
        <source>%1: database.cfg does not name the primary</source>
        <translation>%1: database.cfg nennt nicht den Primary</translation>
    </message>
    <message>
        <source>End the database sessions %1 left open (one may hold the Inmanta server&apos;s singleton lock)</source>
        <translation>Die von %1 offen gelassenen Datenbanksitzungen beenden (eine kann die Singleton-Sperre des Inmanta-Servers halten)</translation>
    </message>
    <message>
        <source>%1&apos;s database sessions on %2 are still active (last activity %3): its Inmanta server runs. Two orchestrators would deploy at once.</source>
        <translation>Die Datenbanksitzungen von %1 auf %2 sind noch aktiv (letzte Aktivität %3): sein Inmanta-Server läuft. Zwei Orchestratoren würden gleichzeitig ausrollen.</translation>
    </message>
    <message>
        <source>%1: %2 session(s) of %3 ended</source>
        <translation>%1: %2 Sitzung(en) von %3 beendet</translation>
    </message>
    <message>
        <source>Allow %1&apos;s Inmanta server in the primary&apos;s pg_hba.conf, then reload</source>
        <translation>Den Inmanta-Server von %1 in der pg_hba.conf des Primary erlauben, dann neu laden</translation>
    </message>
    <message>
        <source>Enable the Inmanta server on %1</source>
        <translation>Den Inmanta-Server auf %1 aktivieren</translation>
    </message>
    <message>
        <source>Request a recompile of every environment on %1, once each</source>
        <translation>Auf %1 für jede Umgebung einmal eine Neukompilierung anfordern</translation>
    </message>
    <message>
        <source>the recompile requests</source>
        <translation>Anfordern der Neukompilierungen</translation>
    </message>
    <message>
        <source>new-orchestrator needs the node that becomes the orchestrator: --node NODE</source>
        <translation>new-orchestrator braucht den Knoten, der zum Orchestrator wird: --node NODE</translation>
    </message>
    <message>
        <source>%1 is a %2; the new orchestrator is a spare node</source>
        <translation>%1 hat die Rolle %2; der neue Orchestrator muss ein Reserve-Knoten sein</translation>
    </message>
    <message>
        <source>cluster %1 has no primary</source>
        <translation>Cluster %1 hat keinen Primary</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one</source>
        <translation>%1: „%2“ ist keine IP-Adresse; pg_hba.conf braucht eine</translation>
    </message>
    <message>
        <source>%1 answers over SSH and root is available</source>
        <translation>%1 antwortet über SSH, und root ist verfügbar</translation>
    </message>
    <message>
        <source>%1: the command did not run as root</source>
        <translation>%1: der Befehl lief nicht als root</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs are on %1</source>
        <translation>Die Programme von PostgreSQL sind auf %1 vorhanden</translation>
    </message>
    <message>
        <source>finding PostgreSQL&apos;s programs (set postgres.binDir)</source>
        <translation>Suche nach den Programmen von PostgreSQL (postgres.binDir setzen)</translation>
    </message>
    <message>
        <source>%1 run the same major version of PostgreSQL</source>
        <translation>Auf %1 läuft dieselbe Hauptversion von PostgreSQL</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <source>the database nodes run different major versions of PostgreSQL (%1): install the same major version on both</source>
        <translation>auf den Datenbankknoten laufen verschiedene Hauptversionen von PostgreSQL (%1): installieren Sie auf beiden dieselbe Hauptversion</translation>
    </message>
    <message>
        <source>%1 is the primary: running, not in recovery, with the data directory of the cluster file</source>
        <translation>%1 ist der Primary: läuft, nicht im Recovery-Modus, mit dem Datenverzeichnis aus der Cluster-Datei</translation>
    </message>
    <message>
        <source>%1 (is PostgreSQL running there?)</source>
        <translation>%1 (läuft dort PostgreSQL?)</translation>
    </message>
    <message>
        <source>%1 is in recovery: it is a standby, not the primary the cluster file says</source>
        <translation>%1 ist im Recovery-Modus: er ist ein Standby, nicht der Primary, den die Cluster-Datei nennt</translation>
    </message>
    <message>
        <source>%1: PostgreSQL runs with data directory %2, the cluster file says %3 (postgres.dataDir)</source>
        <translation>%1: PostgreSQL läuft mit dem Datenverzeichnis %2, die Cluster-Datei nennt %3 (postgres.dataDir)</translation>
    </message>
    <message>
        <source>run again with --attest-fenced %1</source>
        <translation>erneut mit --attest-fenced %1 starten</translation>
    </message>
    <message>
        <source>run again with --accept-data-loss</source>
        <translation>erneut mit --accept-data-loss starten</translation>
    </message>
    <message>
        <source>%1: pg_controldata did not say the cluster&apos;s state</source>
        <translation>%1: pg_controldata hat den Zustand des Clusters nicht genannt</translation>
    </message>
    <message>
        <source>%1 is a standby (in recovery), or was promoted already</source>
        <translation>%1 ist ein Standby (im Recovery-Modus) oder wurde bereits hochgestuft</translation>
    </message>
    <message>
        <source>%1 left recovery already (pg_controldata: %2, timeline %3): the promotion is done, the steps after it are checked</source>
        <translation>%1 hat den Recovery-Modus bereits verlassen (pg_controldata: %2, Timeline %3): die Hochstufung ist erledigt, die Schritte danach werden geprüft</translation>
    </message>
    <message>
        <source>%1: its data directory is %2, not a standby&apos;s; it cannot be promoted</source>
        <translation>%1: sein Datenverzeichnis ist %2, nicht das eines Standby; er kann nicht hochgestuft werden</translation>
    </message>
    <message>
        <source>No commit %1 acknowledged is missing on %2, or the operator accepts it</source>
        <translation>Auf %2 fehlt kein von %1 bestätigter Commit, oder der Bediener akzeptiert den Verlust</translation>
    </message>
    <message>
        <source>%1 To promote anyway, %2 (recorded in the audit log).</source>
        <translation>%1 Um dennoch hochzustufen: %2 (wird im Audit-Protokoll festgehalten).</translation>
    </message>
    <message>
        <source>ACCEPTED by %1 %2: %3</source>
        <translation>AKZEPTIERT von %1 %2: %3</translation>
    </message>
    <message>
        <source>Promote %1 (pg_ctl promote) once %2 is proven fenced, and wait until it leaves recovery</source>
        <translation>%1 hochstufen (pg_ctl promote), sobald %2 nachweislich abgeschottet ist, und warten, bis er den Recovery-Modus verlässt</translation>
    </message>
    <message>
        <source>%1: PostgreSQL was not running; it is started (in recovery) to be promoted</source>
        <translation>%1: PostgreSQL lief nicht; es wird (im Recovery-Modus) gestartet, um hochgestuft zu werden</translation>
    </message>
    <message>
        <source>%1: after pg_ctl promote PostgreSQL does not leave recovery within 60 s (%2); look at its log</source>
        <translation>%1: nach pg_ctl promote verlässt PostgreSQL den Recovery-Modus nicht innerhalb von 60 s (%2); prüfen Sie sein Log</translation>
    </message>
    <message>
        <source>%1: still on timeline %2 after the promotion</source>
        <translation>%1: nach der Hochstufung noch auf Timeline %2</translation>
    </message>
    <message>
        <source>%1 is the primary now, on timeline %2</source>
        <translation>%1 ist jetzt der Primary, auf Timeline %2</translation>
    </message>
    <message>
        <source>Take the replication settings out of %1 (a copy is kept beside it; other settings stay) and remove the password file a standby used</source>
        <translation>Die Replikationseinstellungen aus %1 entfernen (eine Kopie wird daneben abgelegt; andere Einstellungen bleiben erhalten) und die Passwortdatei entfernen, die ein Standby nutzte</translation>
    </message>
    <message>
        <source>keeping a copy of %1</source>
        <translation>Aufbewahren einer Kopie von %1</translation>
    </message>
    <message>
        <source>%1: a copy of %2 is kept as %3</source>
        <translation>%1: eine Kopie von %2 bleibt als %3 erhalten</translation>
    </message>
    <message>
        <source>removing the standby&apos;s password file</source>
        <translation>Entfernen der Passwortdatei des Standby</translation>
    </message>
    <message>
        <source>Name no synchronous standby on %1 in any file (or every write waits for one it does not have), then reload</source>
        <translation>Auf %1 in keiner Datei einen synchronen Standby nennen (sonst wartet jeder Schreibzugriff auf einen, den es nicht gibt), dann neu laden</translation>
    </message>
    <message>
        <source>%1: synchronous_standby_names commented out in %2; the old file is %3</source>
        <translation>%1: synchronous_standby_names in %2 auskommentiert; die alte Datei ist %3</translation>
    </message>
    <message>
        <source>%1: synchronous_standby_names is still &apos;%2&apos; (set in %3)</source>
        <translation>%1: synchronous_standby_names ist noch &apos;%2&apos; (gesetzt in %3)</translation>
    </message>
    <message>
        <source>A test write commits on %1 within 20 s</source>
        <translation>Ein Testschreibzugriff wird auf %1 innerhalb von 20 s committet</translation>
    </message>
    <message>
        <source>the test write</source>
        <translation>der Testschreibzugriff</translation>
    </message>
    <message>
        <source>%1: the test write waited for a synchronous standby: %2</source>
        <translation>%1: der Testschreibzugriff hat auf einen synchronen Standby gewartet: %2</translation>
    </message>
    <message>
        <source>No sample of %1&apos;s replication state is on record: whether it has every commit %2 acknowledged cannot be told (samples come from the GUI&apos;s monitor and `status` while %2 is up).</source>
        <translation>Es ist keine Stichprobe des Replikationszustands von %1 gespeichert: ob er jeden von %2 bestätigten Commit hat, lässt sich nicht sagen (Stichproben stammen vom Monitor der GUI und von `status`, solange %2 läuft).</translation>
    </message>
    <message>
        <source>The last sample of %1&apos;s replication on record is from %2, %3 minutes ago (%4 then): whether it has every commit %5 acknowledged since cannot be told.</source>
        <translation>Die letzte gespeicherte Stichprobe der Replikation von %1 stammt von %2, vor %3 Minuten (%4 damals): ob er seither jeden von %5 bestätigten Commit hat, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>streamt nicht</translation>
    </message>
    <message>
        <source>At %1 (%2) %3 was %4&apos;s synchronous standby: every commit %4 acknowledged was on its disk (%5 bytes of WAL in flight then, not yet acknowledged).</source>
        <translation>Um %1 (%2) war %3 der synchrone Standby von %4: jeder von %4 bestätigte Commit lag auf seinem Datenträger (%5 Bytes WAL damals unterwegs, noch nicht bestätigt).</translation>
    </message>
    <message>
        <source>At %1 (%2, the last sample on record) %3 was %4/%5, not %6&apos;s synchronous standby, %7 behind what %6 had flushed: commits %6 acknowledged may be missing on %3.</source>
        <translation>Um %1 (%2, die letzte gespeicherte Stichprobe) war %3 %4/%5, nicht der synchrone Standby von %6, %7 hinter dem, was %6 auf Platte geschrieben hatte: von %6 bestätigte Commits können auf %3 fehlen.</translation>
    </message>
    <message>
        <source>an unknown number of bytes</source>
        <translation>eine unbekannte Anzahl Bytes</translation>
    </message>
    <message>
        <source>%1 bytes of WAL</source>
        <translation>%1 Bytes WAL</translation>
    </message>
    <message>
        <source>cluster %1 has no primary node: nothing to fail over from</source>
        <translation>Cluster %1 hat keinen Primary-Knoten: nichts, wovon umgeschaltet werden könnte</translation>
    </message>
    <message>
        <source>cluster %1 has no standby node to promote</source>
        <translation>Cluster %1 hat keinen Standby-Knoten zum Hochstufen</translation>
    </message>
    <message>
        <source>%1 is a %2, not a standby: only a standby is promoted</source>
        <translation>%1 hat die Rolle %2, nicht Standby: nur ein Standby wird hochgestuft</translation>
    </message>
    <message>
        <source>looking for a copy an earlier run put in place</source>
        <translation>Suche nach einer Kopie, die ein früherer Lauf bereitgelegt hat</translation>
    </message>
    <message>
        <source>%1 has room for a copy of %2&apos;s data</source>
        <translation>%1 hat Platz für eine Kopie der Daten von %2</translation>
    </message>
    <message>
        <source>%1: no room needed, the copy an earlier run took is in place</source>
        <translation>%1: kein Platz nötig, die Kopie eines früheren Laufs liegt bereit</translation>
    </message>
    <message>
        <source>%1: cannot tell the free space where the copy of %2 goes (df said: %3)</source>
        <translation>%1: der freie Platz dort, wohin die Kopie von %2 kommt, lässt sich nicht feststellen (df meldete: %3)</translation>
    </message>
    <message>
        <source>%1 has %2 MB free in %3; a copy of %4 needs about %5 MB</source>
        <translation>%1 hat %2 MB frei in %3; eine Kopie von %4 braucht etwa %5 MB</translation>
    </message>
    <message>
        <source>removing the partial copy</source>
        <translation>Entfernen der unvollständigen Kopie</translation>
    </message>
    <message>
        <source>The standby&apos;s data directory was not touched.</source>
        <translation>Das Datenverzeichnis des Standby wurde nicht verändert.</translation>
    </message>
    <message>
        <source>removing the old data directory</source>
        <translation>Entfernen des alten Datenverzeichnisses</translation>
    </message>
    <message>
        <source>looking for the old data</source>
        <translation>Suche nach den alten Daten</translation>
    </message>
    <message>
        <source>%1: after %2 s the standby does not stream synchronously (pg_stat_replication shows no %3 in state streaming / sync); look at the standby&apos;s PostgreSQL log</source>
        <translation>%1: nach %2 s streamt der Standby nicht synchron (pg_stat_replication zeigt kein %3 im Zustand streaming / sync); prüfen Sie das PostgreSQL-Log des Standby</translation>
    </message>
    <message>
        <source>%1: after %2 s the standby does not stream (pg_stat_replication shows no %3 in state streaming); look at the standby&apos;s PostgreSQL log</source>
        <translation>%1: nach %2 s streamt der Standby nicht (pg_stat_replication zeigt kein %3 im Zustand streaming); prüfen Sie das PostgreSQL-Log des Standby</translation>
    </message>
    <message>
        <source>Start and enable PostgreSQL on %1</source>
        <translation>PostgreSQL auf %1 starten und aktivieren</translation>
    </message>
    <message>
        <source>%1: PostgreSQL is not running and enabled</source>
        <translation>%1: PostgreSQL läuft nicht oder ist nicht aktiviert</translation>
    </message>
    <message>
        <source>Check on %1 that %2 streams through slot %3</source>
        <translation>Auf %1 prüfen, dass %2 über Slot %3 streamt</translation>
    </message>
    <message>
        <source>%1: the slot %2 is not in use</source>
        <translation>%1: der Slot %2 wird nicht genutzt</translation>
    </message>
    <message>
        <source>Turn on synchronous replication on %1 (synchronous_standby_names in %2), reload, and check that the standby is in sync</source>
        <translation>Synchrone Replikation auf %1 einschalten (synchronous_standby_names in %2), neu laden und prüfen, dass der Standby synchron ist</translation>
    </message>
    <message>
        <source>%1: no standby streams as %2; synchronous replication is left off</source>
        <translation>%1: kein Standby streamt als %2; die synchrone Replikation bleibt aus</translation>
    </message>
    <message>
        <source>synchronous_standby_names was commented out again and %1 reloaded, so that writes do not wait.</source>
        <translation>synchronous_standby_names wurde wieder auskommentiert und %1 neu geladen, damit Schreibzugriffe nicht warten.</translation>
    </message>
    <message>
        <source>what %1&apos;s data directory holds cannot be told (pg_controldata gave no system identifier, state or timeline)</source>
        <translation>was das Datenverzeichnis von %1 enthält, lässt sich nicht feststellen (pg_controldata gab keine Systemkennung, keinen Zustand und keine Timeline aus)</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, after the primary&apos;s %3: it was promoted since it was copied and may hold commits the primary does not have</source>
        <translation>%1 ist auf Timeline %2, nach der Timeline %3 des Primary: er wurde seit dem Kopieren hochgestuft und enthält womöglich Commits, die der Primary nicht hat</translation>
    </message>
    <message>
        <source>%1 is a standby of another cluster (system identifier %2; the primary&apos;s is %3)</source>
        <translation>%1 ist ein Standby eines anderen Clusters (Systemkennung %2; die des Primary ist %3)</translation>
    </message>
    <message>
        <source>%1 is not in recovery but is a copy of the primary (same system identifier %2): it was promoted, or is the primary itself, and may hold commits the primary does not have</source>
        <translation>%1 ist nicht im Recovery-Modus, ist aber eine Kopie des Primary (gleiche Systemkennung %2): er wurde hochgestuft oder ist selbst der Primary und enthält womöglich Commits, die der Primary nicht hat</translation>
    </message>
    <message>
        <source>%1 databases besides template0, template1 and postgres</source>
        <translation>%1 Datenbanken außer template0, template1 und postgres</translation>
    </message>
    <message>
        <source>%1 files of tables or indexes made after initdb</source>
        <translation>%1 Dateien von Tabellen oder Indizes, die nach initdb angelegt wurden</translation>
    </message>
    <message>
        <source>%1 holds a database cluster of its own (%2; system identifier %3)</source>
        <translation>%1 enthält einen eigenen Datenbankcluster (%2; Systemkennung %3)</translation>
    </message>
    <message>
        <source>%1: %2 does not hold the change after writing it</source>
        <translation>%1: %2 enthält die Änderung nach dem Schreiben nicht</translation>
    </message>
    <message>
        <source>Find settings on %1 that a file read later overrides (postgresql.auto.conf, includes) and set them there</source>
        <translation>Auf %1 Einstellungen finden, die eine später gelesene Datei überschreibt (postgresql.auto.conf, Includes), und sie dort setzen</translation>
    </message>
    <message>
        <source>%1: %2 = &apos;%3&apos; in %4 line %5 overrides the value set here</source>
        <translation>%1: %2 = &apos;%3&apos; in %4 Zeile %5 überschreibt den hier gesetzten Wert</translation>
    </message>
    <message>
        <source>%1: ALTER SYSTEM SET %2 = &apos;%3&apos; (it was &apos;%4&apos;)</source>
        <translation>%1: ALTER SYSTEM SET %2 = &apos;%3&apos; (vorher &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 = &apos;%3&apos; set in %4 (it was &apos;%5&apos;); the old file is %6</source>
        <translation>%1: %2 = &apos;%3&apos; in %4 gesetzt (vorher &apos;%5&apos;); die alte Datei ist %6</translation>
    </message>
    <message>
        <source>%1: %2 is still overridden in %3 line %4</source>
        <translation>%1: %2 wird in %3 Zeile %4 noch überschrieben</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one for the replication rule</source>
        <translation>%1: „%2“ ist keine IP-Adresse; pg_hba.conf braucht eine für die Replikationsregel</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one for the Inmanta server&apos;s rule</source>
        <translation>%1: „%2“ ist keine IP-Adresse; pg_hba.conf braucht eine für die Regel des Inmanta-Servers</translation>
    </message>
    <message>
        <source>%1: %2 holds the rules but was changed after PostgreSQL last loaded its configuration: it is reloaded</source>
        <translation>%1: %2 enthält die Regeln, wurde aber geändert, nachdem PostgreSQL seine Konfiguration zuletzt geladen hat: sie wird neu geladen</translation>
    </message>
    <message>
        <source>Create the physical replication slot %1 (an existing one is reused)</source>
        <translation>Den physischen Replikationsslot %1 anlegen (ein vorhandener wird wiederverwendet)</translation>
    </message>
    <message>
        <source>%1: the slot %2 is missing</source>
        <translation>%1: der Slot %2 fehlt</translation>
    </message>
    <message>
        <source>comparing the password file %1</source>
        <translation>Vergleichen der Passwortdatei %1</translation>
    </message>
    <message>
        <source>%1 has no %2 (not set up as a standby yet): nothing to update</source>
        <translation>%1 hat keine Datei %2 (noch nicht als Standby eingerichtet): nichts zu aktualisieren</translation>
    </message>
    <message>
        <source>%1: %2 is not as written</source>
        <translation>%1: %2 entspricht nicht dem Geschriebenen</translation>
    </message>
    <message>
        <source>%1 cannot act any more: PostgreSQL there is stopped, or the host is silent and attested (never two primaries)</source>
        <translation>%1 kann nicht mehr handeln: PostgreSQL ist dort angehalten, oder der Host antwortet nicht und ist als abgeschottet bestätigt (nie zwei Primaries)</translation>
    </message>
    <message>
        <source>%1 cannot act any more: the Inmanta server there is stopped, or the host is silent and attested (never two orchestrators)</source>
        <translation>%1 kann nicht mehr handeln: der Inmanta-Server ist dort angehalten, oder der Host antwortet nicht und ist als abgeschottet bestätigt (nie zwei Orchestratoren)</translation>
    </message>
    <message>
        <source>Fence %1: stop, disable and mask PostgreSQL there (or the operator&apos;s attestation when it does not answer)</source>
        <translation>%1 abschotten: PostgreSQL dort anhalten, deaktivieren und maskieren (oder Bestätigung durch den Bediener, wenn er nicht antwortet)</translation>
    </message>
    <message>
        <source>Fence %1: stop, disable and mask the Inmanta server there (or the operator&apos;s attestation when it does not answer)</source>
        <translation>%1 abschotten: den Inmanta-Server dort anhalten, deaktivieren und maskieren (oder Bestätigung durch den Bediener, wenn er nicht antwortet)</translation>
    </message>
    <message>
        <source>%1 This sample is newer than the one accepted: to promote anyway, %2 again (recorded in the audit log).</source>
        <translation>%1 Diese Stichprobe ist neuer als die akzeptierte. Um dennoch hochzustufen: %2, erneut (wird im Audit-Protokoll festgehalten).</translation>
    </message>
    <message>
        <source>Remote work of this run: commands %1 on hosts %2, network round trips %3, login shells started %4.</source>
        <translation>Entfernte Arbeit dieses Laufs: Befehle %1 auf Hosts %2, Netzwerk-Roundtrips %3, gestartete Login-Shells %4.</translation>
    </message>
    <message>
        <source>The runbook by hand: commands %1, each a login shell of its own and at least 3 round trips.</source>
        <translation>Das Runbook von Hand: Befehle %1, jeder mit eigener Login-Shell und mindestens 3 Roundtrips.</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>The primary gets a replication user, a replication slot for the standby and the settings that let a standby stream from it. Synchronous replication is switched on only once the standby streams, so writes never wait for a standby that is not there yet.</source>
        <translation>Der Primary erhält einen Replikationsbenutzer, einen Replikationsslot für den Standby und die Einstellungen, mit denen ein Standby von ihm streamen kann. Die synchrone Replikation wird erst eingeschaltet, wenn der Standby streamt, damit Schreibzugriffe nie auf einen Standby warten, der noch nicht da ist.</translation>
    </message>
    <message>
        <source>The standby&apos;s PostgreSQL is stopped, its data directory replaced by a base backup of the primary, and it starts streaming from the primary&apos;s slot. Then the primary waits for it: replication becomes synchronous, so a failover loses no acknowledged commit.</source>
        <translation>PostgreSQL auf dem Standby wird angehalten, sein Datenverzeichnis durch ein Basis-Backup des Primary ersetzt, und er beginnt, über den Slot des Primary zu streamen. Dann wartet der Primary auf ihn: Die Replikation wird synchron, sodass ein Failover keinen bestätigten Commit verliert.</translation>
    </message>
    <message>
        <source>The old primary is fenced first (stopped and masked, or, when it does not answer at all, your word that it is powered off), so that there are never two primaries. Then the standby is promoted and accepts writes.</source>
        <translation>Zuerst wird der alte Primary abgeschottet (angehalten und maskiert oder, wenn er gar nicht antwortet, durch Ihre Bestätigung, dass er ausgeschaltet ist), damit es nie zwei Primaries gibt. Dann wird der Standby hochgestuft und nimmt Schreibzugriffe an.</translation>
    </message>
    <message>
        <source>A node, typically the old primary, becomes the standby of the promoted primary: rewound with pg_rewind where its history allows it, copied anew otherwise, and streaming synchronously again at the end.</source>
        <translation>Ein Knoten, typischerweise der alte Primary, wird zum Standby des hochgestuften Primary: mit pg_rewind zurückgespult, wo seine Historie es erlaubt, sonst neu kopiert, und am Ende wieder synchron streamend.</translation>
    </message>
    <message>
        <source>The primary is gone: the standby is promoted (after the old primary is fenced, so there are never two), and the Inmanta server is pointed at it and restarted. At the end the orchestrator answers again on its new database.</source>
        <translation>Der Primary ist weg: Der Standby wird hochgestuft (nachdem der alte Primary abgeschottet ist, damit es nie zwei gibt), und der Inmanta-Server wird auf ihn gerichtet und neu gestartet. Am Ende antwortet der Orchestrator wieder, nun mit seiner neuen Datenbank.</translation>
    </message>
    <message>
        <source>The orchestrator is gone: the old one is fenced (never two), the standby is promoted if the primary is gone too, and an Inmanta server is started on the chosen node against the database that serves writes.</source>
        <translation>Der Orchestrator ist weg: Der alte wird abgeschottet (nie zwei), der Standby wird hochgestuft, falls auch der Primary weg ist, und auf dem gewählten Knoten wird ein Inmanta-Server gestartet, der die Datenbank nutzt, die Schreibzugriffe annimmt.</translation>
    </message>
    <message>
        <source>Standby to build:</source>
        <translation>Aufzubauender Standby:</translation>
    </message>
    <message>
        <source>Standby to promote:</source>
        <translation>Hochzustufender Standby:</translation>
    </message>
    <message>
        <source>Node that becomes the standby:</source>
        <translation>Knoten, der zum Standby wird:</translation>
    </message>
    <message>
        <source>Node that becomes the orchestrator:</source>
        <translation>Knoten, der zum Orchestrator wird:</translation>
    </message>
</context>
<context>
    <name>ProcedureRun</name>
    <message>
        <source>no replication password is stored for cluster %1: store it with `inmanta-ha-cli --cluster FILE secret set replication-password` or in the Credentials dialog</source>
        <translation>für Cluster %1 ist kein Replikationspasswort gespeichert: speichern Sie es mit `inmanta-ha-cli --cluster DATEI secret set replication-password` oder im Dialog „Zugangsdaten“</translation>
    </message>
    <message>
        <source>no database password is stored for cluster %1 (the new Inmanta server&apos;s database.cfg needs it): store it with `inmanta-ha-cli --cluster FILE secret set database-password` or in the Credentials dialog</source>
        <translation>für Cluster %1 ist kein Datenbankpasswort gespeichert (die database.cfg des neuen Inmanta-Servers braucht es): speichern Sie es mit `inmanta-ha-cli --cluster DATEI secret set database-password` oder im Dialog „Zugangsdaten“</translation>
    </message>
    <message>
        <source>no run %1 in the audit log %2</source>
        <translation>kein Lauf %1 im Audit-Protokoll %2</translation>
    </message>
    <message>
        <source>run %1 was %2 on cluster %3, not %4 on %5</source>
        <translation>Lauf %1 war %2 auf Cluster %3, nicht %4 auf %5</translation>
    </message>
    <message>
        <source>run %1 already succeeded; start a new run to check again</source>
        <translation>Lauf %1 war bereits erfolgreich; starten Sie einen neuen Lauf, um erneut zu prüfen</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: the audit log does not verify (%2)</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: das Audit-Protokoll besteht die Prüfung nicht (%2)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>It stopped at step %1. Every step is checked again: what is done already is skipped, what is not (any more) is done.</source>
        <translation>Er hielt bei Schritt %1 an. Jeder Schritt wird erneut geprüft: was schon erledigt ist, wird übersprungen, was nicht (mehr) erledigt ist, wird ausgeführt.</translation>
    </message>
    <message>
        <source>this plan erases data (see `plan %1`): run it again with --yes to confirm</source>
        <translation>dieser Plan löscht Daten (siehe `plan %1`): starten Sie ihn zur Bestätigung erneut mit --yes</translation>
    </message>
    <message>
        <source>fencing attested: %1 is powered off or cut off the network %2</source>
        <translation>Fencing bestätigt: %1 ist ausgeschaltet oder vom Netz getrennt %2</translation>
    </message>
    <message>
        <source>data loss accepted: the standby is promoted even if it lacks commits the primary acknowledged %1</source>
        <translation>Datenverlust akzeptiert: Der Standby wird hochgestuft, auch wenn ihm vom Primary bestätigte Commits fehlen %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing changed</source>
        <translation>vor dem Start abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the operator&apos;s statement could not be recorded in the audit log (%1); the run does not start without it</source>
        <translation>die Bestätigung des Bedieners konnte nicht im Audit-Protokoll festgehalten werden (%1); ohne sie startet der Lauf nicht</translation>
    </message>
    <message>
        <source>Operator&apos;s statement</source>
        <translation>Bestätigung des Bedieners</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(dieser Rechner)</translation>
    </message>
    <message>
        <source>Update the cluster file</source>
        <translation>Die Cluster-Datei aktualisieren</translation>
    </message>
    <message>
        <source>not started: secrets are held back from this cluster file, as it would send them where they were not set for. Nothing ran. Confirm each only if the file&apos;s addresses are right:
%1</source>
        <translation>nicht gestartet: Geheimnisse werden dieser Cluster-Datei vorenthalten, da sie sie dorthin schicken würde, wofür sie nicht gesetzt wurden. Nichts lief. Bestätigen Sie jedes nur, wenn die Adressen der Datei stimmen:
%1</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: its record in the audit log was changed outside the product (`audit verify` says more)</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: sein Eintrag im Audit-Log wurde außerhalb des Produkts geändert (`audit verify` sagt mehr)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: its record in the audit log is not signed (written by an earlier version, or its signature removed); start a new run</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: sein Eintrag im Audit-Log ist nicht signiert (von einer früheren Version geschrieben, oder seine Signatur entfernt); starten Sie einen neuen Lauf</translation>
    </message>
</context>
<context>
    <name>ProcedureSession</name>
    <message>
        <source>%1 is not implemented yet in this version</source>
        <translation>%1 ist in dieser Version noch nicht implementiert</translation>
    </message>
    <message>
        <source>another run on cluster %1 is going on on this machine (%2, process %3)</source>
        <translation>auf diesem Rechner läuft bereits ein anderer Lauf auf Cluster %1 (%2, Prozess %3)</translation>
    </message>
</context>
<context>
    <name>RemoteOps</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit code %3)</source>
        <translation>%1: %2 fehlgeschlagen (Exit-Code %3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit code %3): %4</source>
        <translation>%1: %2 fehlgeschlagen (Exit-Code %3): %4</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>writing %1 (it was left as it was)</source>
        <translation>Schreiben von %1 (Datei blieb unverändert)</translation>
    </message>
    <message>
        <source>SQL on PostgreSQL</source>
        <translation>SQL auf PostgreSQL</translation>
    </message>
    <message>
        <source>%1: systemctl %2 %3 failed (exit code %4)</source>
        <translation>%1: systemctl %2 %3 fehlgeschlagen (Exit-Code %4)</translation>
    </message>
</context>
<context>
    <name>ResumePoint</name>
    <message>
        <source>the audit log has no record of how this run started (its plan fingerprint): start a new run</source>
        <translation>das Audit-Protokoll enthält keinen Eintrag, wie dieser Lauf begann (Fingerabdruck seines Plans): starten Sie einen neuen Lauf</translation>
    </message>
    <message>
        <source>the plan changed since the run started (another node chosen, or the cluster file, settings or version): choose the node the run worked on, or start a new run, which checks every step again</source>
        <translation>der Plan hat sich seit dem Start des Laufs geändert (anderer Knoten gewählt oder Cluster-Datei, Einstellungen oder Version geändert): wählen Sie den Knoten, an dem der Lauf arbeitete, oder starten Sie einen neuen Lauf, der jeden Schritt erneut prüft</translation>
    </message>
    <message>
        <source>the run was started by an earlier version, whose record of the plan this one cannot compare: start a new run (the cluster lock the run may hold is released with: inmanta-ha-cli --cluster FILE lock release %1)</source>
        <translation>der Lauf wurde von einer früheren Version gestartet, deren Aufzeichnung des Plans diese Version nicht vergleichen kann: starten Sie einen neuen Lauf (die Cluster-Sperre, die der Lauf womöglich hält, wird freigegeben mit: inmanta-ha-cli --cluster DATEI lock release %1)</translation>
    </message>
</context>
<context>
    <name>RunReportExport</name>
    <message>
        <source>Export the Report of Run %1</source>
        <translation>Bericht von Lauf %1 exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Der Bericht wird geschrieben...</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SecretBinding</name>
    <message>
        <source>%1 (%2) was stored without the places it may go to; this file would send it to %3</source>
        <translation>%1 (%2) wurde ohne die Orte gespeichert, an die es gehen darf; diese Datei würde es an %3 schicken</translation>
    </message>
    <message>
        <source>%1 (%2) was not set for %3, where this file would send it</source>
        <translation>%1 (%2) wurde nicht für %3 gesetzt, wohin diese Datei es schicken würde</translation>
    </message>
    <message>
        <source>if that is right: inmanta-ha-cli --cluster %1 secret confirm %2</source>
        <translation>wenn das stimmt: inmanta-ha-cli --cluster %1 secret confirm %2</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <source>&quot;%1&quot; names no node of cluster %2</source>
        <translation>„%1“ ist kein Knoten des Clusters %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name; one of replication-password, database-password, api-token, sudo-password:NODE, ssh-password:NODE, key-passphrase:NODE</source>
        <translation>„%1“ ist kein Name eines Geheimnisses; erlaubt: replication-password, database-password, api-token, sudo-password:KNOTEN, ssh-password:KNOTEN, key-passphrase:KNOTEN</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL replication user</source>
        <translation>Passwort des PostgreSQL-Replikationsbenutzers</translation>
    </message>
    <message>
        <source>Password of the Inmanta server&apos;s database user</source>
        <translation>Passwort des Datenbankbenutzers des Inmanta-Servers</translation>
    </message>
    <message>
        <source>Token for the Inmanta server&apos;s API</source>
        <translation>Token für die API des Inmanta-Servers</translation>
    </message>
    <message>
        <source>sudo password of the SSH user on %1</source>
        <translation>sudo-Passwort des SSH-Benutzers auf %1</translation>
    </message>
    <message>
        <source>SSH password on %1</source>
        <translation>SSH-Passwort auf %1</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1</source>
        <translation>Passphrase des SSH-Schlüssels für %1</translation>
    </message>
</context>
<context>
    <name>SocksConnect</name>
    <message>
        <source>not allowed by the proxy&apos;s rules</source>
        <translation>von den Regeln des Proxys nicht erlaubt</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netz nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL abgelaufen</translation>
    </message>
    <message>
        <source>command not supported by the proxy</source>
        <translation>Befehl vom Proxy nicht unterstützt</translation>
    </message>
    <message>
        <source>address type not supported by the proxy</source>
        <translation>Adresstyp vom Proxy nicht unterstützt</translation>
    </message>
    <message>
        <source>general failure (SOCKS reply %1)</source>
        <translation>allgemeiner Fehler (SOCKS-Antwort %1)</translation>
    </message>
    <message>
        <source>cannot reach the SOCKS proxy %1: %2</source>
        <translation>SOCKS-Proxy %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 did not answer as SOCKS5 within %2 s</source>
        <translation>der SOCKS-Proxy %1 hat nicht innerhalb von %2 s als SOCKS5 geantwortet</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 wants authentication, which is not supported</source>
        <translation>der SOCKS-Proxy %1 verlangt eine Authentifizierung, die nicht unterstützt wird</translation>
    </message>
    <message>
        <source>%1: a name too long for SOCKS5</source>
        <translation>%1: ein Name, zu lang für SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 could not connect to %2:%3: %4</source>
        <translation>der SOCKS-Proxy %1 konnte %2:%3 nicht verbinden: %4</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 could not connect to %2:%3 within %4 s</source>
        <translation>der SOCKS-Proxy %1 konnte %2:%3 nicht innerhalb von %4 s verbinden</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1: Include nested more than %2 levels deep</source>
        <translation>%1: Include mehr als %2 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>%1: &quot;Match %2&quot; is not supported (only Host blocks and Match all are); this tool cannot tell whether its %3 applies</source>
        <translation>%1: &quot;Match %2&quot; wird nicht unterstützt (nur Host-Blöcke und Match all); dieses Werkzeug kann nicht sagen, ob sein %3 gilt</translation>
    </message>
    <message>
        <source>%1: %2 takes one value, not &quot;%3&quot;</source>
        <translation>%1: %2 nimmt einen Wert, nicht &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>connection lost before `%1`: %2. The command may or may not have completed.</source>
        <translation>Verbindung vor `%1` verloren: %2. Ob der Befehl ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>connection lost when starting `%1`: %2. The command may or may not have completed.</source>
        <translation>Verbindung beim Starten von `%1` verloren: %2. Ob der Befehl ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>connection lost while running `%1`: %2. The command may or may not have completed.</source>
        <translation>Verbindung während der Ausführung von `%1` verloren: %2. Ob der Befehl ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>connection lost at the end of `%1`: %2. The command may or may not have completed.</source>
        <translation>Verbindung am Ende von `%1` verloren: %2. Ob der Befehl ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>der Server hat keinen Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>the host key has CHANGED. On record (%1): %2. Presented now: %3 %4. This may be an attack or a reinstalled host; nothing was sent to it. If the change is expected, remove the old entry from %1 and connect again.</source>
        <translation>der Host-Schlüssel hat sich GEÄNDERT. Gespeichert (%1): %2. Jetzt vorgelegt: %3 %4. Das kann ein Angriff oder ein neu installierter Host sein; es wurde nichts an ihn gesendet. Ist die Änderung erwartet, entfernen Sie den alten Eintrag aus %1 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>the host key %1 %2 is marked @revoked in %3</source>
        <translation>der Host-Schlüssel %1 %2 ist in %3 als @revoked markiert</translation>
    </message>
    <message>
        <source>the host key is not known yet: %1 %2. Check this fingerprint with the host&apos;s administrator, then accept it.</source>
        <translation>der Host-Schlüssel ist noch nicht bekannt: %1 %2. Prüfen Sie diesen Fingerabdruck mit dem Administrator des Hosts und akzeptieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>cannot record the new host key: %1</source>
        <translation>der neue Host-Schlüssel lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted</source>
        <translation>ssh-agent: kein Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>key %1: cannot be read</source>
        <translation>Schlüssel %1: nicht lesbar</translation>
    </message>
    <message>
        <source>key %1: needs its passphrase (store it as key-passphrase:%2)</source>
        <translation>Schlüssel %1: braucht seine Passphrase (als key-passphrase:%2 speichern)</translation>
    </message>
    <message>
        <source>key %1: wrong passphrase</source>
        <translation>Schlüssel %1: falsche Passphrase</translation>
    </message>
    <message>
        <source>key %1: refused by the server</source>
        <translation>Schlüssel %1: vom Server abgelehnt</translation>
    </message>
    <message>
        <source>default keys (~/.ssh/id_*): none accepted</source>
        <translation>Standardschlüssel (~/.ssh/id_*): keiner akzeptiert</translation>
    </message>
    <message>
        <source>password: wrong password</source>
        <translation>Passwort: falsches Passwort</translation>
    </message>
    <message>
        <source>keyboard-interactive: wrong password</source>
        <translation>keyboard-interactive: falsches Passwort</translation>
    </message>
    <message>
        <source>password: none stored (secret ssh-password:%1)</source>
        <translation>Passwort: keines gespeichert (secret ssh-password:%1)</translation>
    </message>
    <message>
        <source>authentication as %1 failed: %2</source>
        <translation>Anmeldung als %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>`%1` was cancelled; its channel was closed</source>
        <translation>`%1` wurde abgebrochen; sein Kanal wurde geschlossen</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s; its channel was closed</source>
        <translation>`%1` wurde nicht innerhalb von %2 s fertig; sein Kanal wurde geschlossen</translation>
    </message>
    <message>
        <source>`%1` was killed by signal %2</source>
        <translation>`%1` wurde durch Signal %2 beendet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the host key presented, %1 %2, is not the one pinned for this node (%3); nothing was sent to it.</source>
        <translation>der vorgezeigte Host-Schlüssel %1 %2 ist nicht der für diesen Knoten festgelegte (%3); nichts wurde an ihn gesendet.</translation>
    </message>
    <message>
        <source>the revoked host keys (RevokedHostKeys) cannot be checked: %1; nothing was sent to the host.</source>
        <translation>die gesperrten Host-Schlüssel (RevokedHostKeys) können nicht geprüft werden: %1; nichts wurde an den Host gesendet.</translation>
    </message>
    <message>
        <source>keyboard-interactive: the server asked more than %1 rounds of questions</source>
        <translation>keyboard-interactive: der Server stellte mehr als %1 Runden Fragen</translation>
    </message>
    <message>
        <source>keyboard-interactive: the server asked &quot;%1&quot;, which is not the password; it was not answered</source>
        <translation>keyboard-interactive: der Server fragte „%1“, was nicht das Passwort ist; es wurde nicht beantwortet</translation>
    </message>
    <message>
        <source>ssh.hostKey in the cluster file (or --host-key)</source>
        <translation>ssh.hostKey in der Cluster-Datei (oder --host-key)</translation>
    </message>
    <message>
        <source>the remote shell ended while running `%1`. The command may or may not have completed.</source>
        <translation>die entfernte Shell endete während `%1` lief. Der Befehl wurde möglicherweise abgeschlossen, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>%1&apos;s bastion</source>
        <translation>Bastion von %1</translation>
    </message>
    <message>
        <source>cannot connect through its bastion: %1</source>
        <translation>keine Verbindung über seinen Bastion-Host: %1</translation>
    </message>
    <message>
        <source>cannot connect through %1: %2</source>
        <translation>keine Verbindung über %1: %2</translation>
    </message>
    <message>
        <source>connection lost before `%1` was sent (%2); it did not run</source>
        <translation>Verbindung verloren, bevor `%1` gesendet wurde (%2); es lief nicht</translation>
    </message>
    <message>
        <source>`%1` was cancelled before it started</source>
        <translation>`%1` wurde abgebrochen, bevor es begann</translation>
    </message>
    <message>
        <source>`%1` was sent SIGTERM and SIGKILL but did not end; the tool&apos;s shell there was closed</source>
        <translation>`%1` bekam SIGTERM und SIGKILL, endete aber nicht; die Shell des Werkzeugs dort wurde geschlossen</translation>
    </message>
    <message>
        <source>`%1` was cancelled: its process group on the host was sent SIG%2</source>
        <translation>`%1` wurde abgebrochen: seine Prozessgruppe auf dem Host bekam SIG%2</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s: its process group on the host was sent SIG%3</source>
        <translation>`%1` wurde nicht innerhalb von %2 s fertig: seine Prozessgruppe auf dem Host bekam SIG%3</translation>
    </message>
    <message>
        <source>the server refused a new session for `%1` (its MaxSessions?); it did not run</source>
        <translation>der Server lehnte eine neue Sitzung für `%1` ab (seine MaxSessions?); es lief nicht</translation>
    </message>
    <message>
        <source>`%1` was stopped before it reported its process group, which was sent no signal; the tool&apos;s shell there was closed</source>
        <translation>`%1` wurde gestoppt, bevor es seine Prozessgruppe meldete, die kein Signal bekam; die Shell des Werkzeugs dort wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>not connected: %1</source>
        <translation>nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>SshWorker</name>
    <message>
        <source>the sudo check</source>
        <translation>sudo-Prüfung</translation>
    </message>
    <message>
        <source>sudo for %1 asks for a password and none is stored (secret sudo-password:%2)</source>
        <translation>sudo für %1 verlangt ein Passwort, und keines ist gespeichert (secret sudo-password:%2)</translation>
    </message>
    <message>
        <source>the sudo password check</source>
        <translation>Prüfung des sudo-Passworts</translation>
    </message>
    <message>
        <source>wrong sudo password for %1</source>
        <translation>falsches sudo-Passwort für %1</translation>
    </message>
    <message>
        <source>%1 may not use sudo: %2</source>
        <translation>%1 darf sudo nicht nutzen: %2</translation>
    </message>
    <message>
        <source>`%1` was cancelled before it started</source>
        <translation>`%1` wurde vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>sudo refused the password for %1</source>
        <translation>sudo hat das Passwort für %1 abgelehnt</translation>
    </message>
    <message>
        <source>could not tell whether sudo for %1 asks for a password (%2); nothing ran as root and no password was sent</source>
        <translation>nicht feststellbar, ob sudo für %1 ein Passwort verlangt (%2); nichts lief als root und kein Passwort wurde gesendet</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>braucht Ihre Bestätigung</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
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
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Cluster-Filter</translation>
    </message>
    <message>
        <source>Run filter</source>
        <translation>Lauf-Filter</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Einträge ab</translation>
    </message>
    <message>
        <source>Entries until</source>
        <translation>Einträge bis</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Der gewählte Eintrag vollständig</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-compute every entry&apos;s HMAC and compare the end of the log with the head the keychain remembers</source>
        <translation>Den HMAC jedes Eintrags neu berechnen und das Ende des Protokolls mit dem Kopf vergleichen, den der Schlüsselbund kennt</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Write the entries shown to an HTML, PDF or JSON report</source>
        <translation>Die angezeigten Einträge in einen HTML-, PDF- oder JSON-Bericht schreiben</translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Das Audit-Protokoll ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Audit Log - %1</source>
        <translation>Audit-Protokoll - %1</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries shown.</source>
        <translation>
            <numerusform>%n von %1 Einträgen angezeigt.</numerusform>
            <numerusform>%n von %1 Einträgen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  %3 by %4
</source>
        <translation>Nr. %1  %2  %3 durch %4
</translation>
    </message>
    <message>
        <source>Step: %1
</source>
        <translation>Schritt: %1
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
        <translation>Befehl:
%1
</translation>
    </message>
    <message>
        <source>Exit code: %1
</source>
        <translation>Exit-Code: %1
</translation>
    </message>
    <message>
        <source>Decision: %1
</source>
        <translation>Entscheidung: %1
</translation>
    </message>
    <message>
        <source>Output (%1 bytes):
%2
</source>
        <translation>Ausgabe (%1 Bytes):
%2
</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Wird geprüft...</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>Kette intakt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain NOT intact:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kette NICHT intakt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n entries).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Eintrag).</numerusform>
            <numerusform>%1 geschrieben (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for machines (*.json)</source>
        <translation>JSON für Maschinen (*.json)</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Audit-Bericht exportieren</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Host-Filter</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnis-Filter</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Erge&amp;bnis:</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>Ergebnis %1</translation>
    </message>
</context>
<context>
    <name>iha::ClusterDiagram</name>
    <message>
        <source>Cluster diagram</source>
        <translation>Cluster-Diagramm</translation>
    </message>
    <message>
        <source>no replication</source>
        <translation>keine Replikation</translation>
    </message>
    <message>
        <source>%1 · %2
slot %3%4 · lag %5</source>
        <translation>%1 · %2
Slot %3%4 · Rückstand %5</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>no replication: %1 is down</source>
        <translation>keine Replikation: %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>replication not seen yet</source>
        <translation>Replikation noch nicht gesehen</translation>
    </message>
    <message>
        <source>database unknown</source>
        <translation>Datenbank unbekannt</translation>
    </message>
    <message>
        <source>uses the database on %1</source>
        <translation>nutzt die Datenbank auf %1</translation>
    </message>
</context>
<context>
    <name>iha::ClusterFileActions</name>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Cluster-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Cluster File</source>
        <translation>Cluster-Datei öffnen</translation>
    </message>
    <message>
        <source>New Cluster File</source>
        <translation>Neue Cluster-Datei</translation>
    </message>
    <message>
        <source>Cannot create cluster file</source>
        <translation>Cluster-Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created %1: replace the example addresses (192.0.2.x) with your hosts&apos;.</source>
        <translation>%1 angelegt: Ersetzen Sie die Beispieladressen (192.0.2.x) durch die Ihrer Hosts.</translation>
    </message>
    <message>
        <source>Import a Running Cluster</source>
        <translation>Einen laufenden Cluster importieren</translation>
    </message>
    <message>
        <source>Hosts cannot be read from this window.</source>
        <translation>Aus diesem Fenster können keine Hosts gelesen werden.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 nach %2 importiert.</translation>
    </message>
    <message>
        <source>Export Cluster File</source>
        <translation>Cluster-Datei exportieren</translation>
    </message>
    <message>
        <source>Cannot export cluster file</source>
        <translation>Cluster-Datei kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>sudo password not kept</source>
        <translation>sudo-Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain already holds another sudo password of cluster %1 for %2 (of another file of that name?); it is left as it was.</source>
        <translation>Der Schlüsselbund enthält bereits ein anderes sudo-Passwort des Clusters %1 für %2 (aus einer anderen Datei mit diesem Namen?); es bleibt unverändert.</translation>
    </message>
    <message>
        <source>The sudo password was not kept in the keychain for every host of %1; it will be asked for when needed.
%2</source>
        <translation>Das sudo-Passwort wurde nicht für jeden Host von %1 im Schlüsselbund gespeichert; es wird bei Bedarf abgefragt.
%2</translation>
    </message>
</context>
<context>
    <name>iha::ClusterImporter</name>
    <message>
        <source>reading the host</source>
        <translation>Lesen des Hosts</translation>
    </message>
</context>
<context>
    <name>iha::ClusterListPanel</name>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <source>Open another cluster file</source>
        <translation>Eine weitere Cluster-Datei öffnen</translation>
    </message>
    <message>
        <source>Add a cluster</source>
        <translation>Einen Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop watching the selected cluster (its file is kept)</source>
        <translation>Den gewählten Cluster nicht mehr überwachen (seine Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Remove the selected cluster from the list</source>
        <translation>Den gewählten Cluster aus der Liste entfernen</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 läuft</translation>
    </message>
</context>
<context>
    <name>iha::ClusterPage</name>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>Recent &amp;Runs</source>
        <translation>Letzte &amp;Läufe</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Warnings in the cluster file:
%1</source>
        <translation>Warnungen in der Cluster-Datei:
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRACTICE&lt;/b&gt; - a practice cluster on this machine, not a real system. Run any procedure or failover drill on it; &lt;tt&gt;inmanta-ha-cli practice down&lt;/tt&gt; removes it.</source>
        <translation>&lt;b&gt;ÜBUNG&lt;/b&gt; - ein Übungscluster auf diesem Rechner, kein echtes System. Führen Sie darauf jede Prozedur und jede Failover-Übung aus; &lt;tt&gt;inmanta-ha-cli practice down&lt;/tt&gt; entfernt ihn.</translation>
    </message>
    <message>
        <source>PRACTICE cluster %1</source>
        <translation>ÜBUNGS-Cluster %1</translation>
    </message>
    <message>
        <source>Recent &amp;Runs (a run is going on)</source>
        <translation>Letzte &amp;Läufe (ein Lauf ist im Gang)</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>Läuft gerade: %1</translation>
    </message>
</context>
<context>
    <name>iha::ConnectionTest</name>
    <message>
        <source>reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1 answers on port %2</source>
        <translation>%1 antwortet auf Port %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer within %2 s</source>
        <translation>%1 ist nicht erreichbar: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>accepted now and recorded: %1 %2</source>
        <translation>jetzt angenommen und gespeichert: %1 %2</translation>
    </message>
    <message>
        <source>known: %1 %2</source>
        <translation>bekannt: %1 %2</translation>
    </message>
    <message>
        <source>logged in as %1 (%2)</source>
        <translation>angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>sudo ran the command as uid %1, not root</source>
        <translation>sudo hat den Befehl als UID %1 ausgeführt, nicht als root</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo</source>
        <translation>%1 wird mit sudo zu root</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Inmanta configuration</source>
        <translation>Inmanta-Konfiguration</translation>
    </message>
    <message>
        <source>no Inmanta configuration here (no server installed)</source>
        <translation>keine Inmanta-Konfiguration hier (kein Server installiert)</translation>
    </message>
    <message>
        <source>the server connects to %1 (%2)</source>
        <translation>der Server verbindet sich mit %1 (%2)</translation>
    </message>
    <message>
        <source>the server connects to localhost (no [database] host is set)</source>
        <translation>der Server verbindet sich mit localhost (kein [database] host gesetzt)</translation>
    </message>
    <message>
        <source>%1. A failover that points the server at a new primary must change it there, or remove it.</source>
        <translation>%1. Ein Failover, der den Server auf einen neuen Primärknoten richtet, muss es dort ändern oder entfernen.</translation>
    </message>
    <message>
        <source>%1; but its API listens on %2 only (%3), out of reach of %4: set [server] bind-address</source>
        <translation>%1; aber seine API lauscht nur auf %2 (%3), außer Reichweite von %4: [server] bind-address setzen</translation>
    </message>
    <message>
        <source>the default: no [server] bind-address</source>
        <translation>der Standard: kein [server] bind-address</translation>
    </message>
    <message>
        <source>%1; its API listens on %2</source>
        <translation>%1; seine API lauscht auf %2</translation>
    </message>
    <message>
        <source>pinned: %1 %2</source>
        <translation>festgelegt: %1 %2</translation>
    </message>
    <message>
        <source>reached through bastion %1@%2:%3 (ProxyJump, %4 hop(s)); the login tests the way</source>
        <translation>erreicht über Bastion %1@%2:%3 (ProxyJump, %4 Sprung/Sprünge); die Anmeldung prüft den Weg</translation>
    </message>
</context>
<context>
    <name>iha::CredentialsDialog</name>
    <message>
        <source>Credentials of %1</source>
        <translation>Zugangsdaten von %1</translation>
    </message>
    <message>
        <source>The secrets of cluster %1 live in your keychain, never in files. Their values are never shown: select one to set, replace or delete it.</source>
        <translation>Die Geheimnisse von Cluster %1 liegen in Ihrem Schlüsselbund, nie in Dateien. Ihre Werte werden nie angezeigt: eines auswählen, um es zu setzen, zu ersetzen oder zu löschen.</translation>
    </message>
    <message>
        <source>Secrets of the cluster</source>
        <translation>Geheimnisse des Clusters</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>New value, again</source>
        <translation>Neuer Wert, nochmals</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nochmals:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>No keychain is available to this program.</source>
        <translation>Diesem Programm steht kein Schlüsselbund zur Verfügung.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 Nothing can be read or stored here until it is; secrets are never kept in plain text instead.</source>
        <translation>%1 Bis dahin kann hier nichts gelesen oder gespeichert werden; Geheimnisse werden nie stattdessen im Klartext abgelegt.</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>wird geprüft...</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The two values differ.</source>
        <translation>Die beiden Werte unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 of cluster %2 from the keychain? Procedures that need it will ask for it again.</source>
        <translation>%1 von Cluster %2 aus dem Schlüsselbund löschen? Prozeduren, die es brauchen, fragen erneut danach.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 is deleted from the keychain.</source>
        <translation>%1 ist aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>. Replace it to let it go where this file sends it.</source>
        <translation>. Ersetzen Sie es, damit es dorthin geht, wohin diese Datei es schickt.</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>%1 is stored in the keychain, for this file&apos;s hosts.</source>
        <translation>%1 ist im Schlüsselbund gespeichert, für die Hosts dieser Datei.</translation>
    </message>
</context>
<context>
    <name>iha::EmptyState</name>
    <message>
        <source>No cluster loaded</source>
        <translation>Kein Cluster geladen</translation>
    </message>
    <message>
        <source>Open Cluster File...</source>
        <translation>Cluster-Datei öffnen...</translation>
    </message>
    <message>
        <source>New from Template...</source>
        <translation>Neu aus Vorlage...</translation>
    </message>
    <message>
        <source>Import Running Cluster...</source>
        <translation>Laufenden Cluster importieren...</translation>
    </message>
    <message>
        <source>New here? &lt;b&gt;Try it on a practice cluster&lt;/b&gt;: five hosts on this machine with real PostgreSQL 15 and OpenSSH servers, marked PRACTICE, to run every procedure and a failover drill on without risk.&lt;br&gt;&lt;br&gt;A cluster file describes your PostgreSQL primary, its standby and the Inmanta orchestrator: their addresses, SSH logins and where PostgreSQL keeps its data.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import&lt;/b&gt; a cluster that already runs (everything is read from its hosts), &lt;b&gt;open&lt;/b&gt; a cluster file you already have, or create a &lt;b&gt;new one from the template&lt;/b&gt; (the runbook&apos;s defaults) and replace the example addresses with your hosts&apos; addresses.</source>
        <translation>Neu hier? &lt;b&gt;Probieren Sie es auf einem Übungscluster aus&lt;/b&gt;: fünf Hosts auf diesem Rechner mit echten PostgreSQL-15- und OpenSSH-Servern, als ÜBUNG markiert, um jede Prozedur und eine Failover-Übung ohne Risiko auszuführen.&lt;br&gt;&lt;br&gt;Eine Cluster-Datei beschreibt Ihren PostgreSQL-Primary, seinen Standby und den Inmanta-Orchestrator: ihre Adressen, SSH-Zugänge und wo PostgreSQL seine Daten ablegt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Importieren&lt;/b&gt; Sie einen Cluster, der bereits läuft (alles wird von seinen Hosts gelesen), &lt;b&gt;öffnen&lt;/b&gt; Sie eine vorhandene Cluster-Datei, oder legen Sie eine &lt;b&gt;neue aus der Vorlage&lt;/b&gt; an (die Standardwerte des Runbooks) und ersetzen Sie die Beispieladressen durch die Adressen Ihrer Hosts.</translation>
    </message>
    <message>
        <source>Try It on a Practice Cluster...</source>
        <translation>Auf einem Übungscluster ausprobieren...</translation>
    </message>
</context>
<context>
    <name>iha::GuiController</name>
    <message>
        <source>%1 The cluster is watched without stored passwords.</source>
        <translation>%1 Der Cluster wird ohne gespeicherte Passwörter überwacht.</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: it is not read until its key is accepted (Check Now asks again).</source>
        <translation>Host-Schlüssel von %1 abgelehnt: der Host wird nicht gelesen, bis sein Schlüssel angenommen ist („Jetzt prüfen“ fragt erneut).</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The decision is not in the audit log: %1</source>
        <translation>Die Entscheidung steht nicht im Audit-Protokoll: %1</translation>
    </message>
    <message>
        <source>Host key of %1 recorded in %2.</source>
        <translation>Host-Schlüssel von %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: it is not read until its key is accepted (Read Again asks again).</source>
        <translation>Host-Schlüssel von %1 abgelehnt: der Host wird nicht gelesen, bis sein Schlüssel angenommen ist („Erneut lesen“ fragt noch einmal).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>the audit log is not open</source>
        <translation>das Audit-Log ist nicht geöffnet</translation>
    </message>
    <message>
        <source>⚠ The audit log is not the one remembered at its path</source>
        <translation>⚠ Das Audit-Protokoll ist nicht das an seinem Pfad bekannte</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>zurückgehalten: %1</translation>
    </message>
    <message>
        <source>The secrets stay held back: %1</source>
        <translation>Die Geheimnisse bleiben zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Confirmed; the cluster file was read again meanwhile: the secrets are used once it is shown again.</source>
        <translation>Bestätigt; die Cluster-Datei wurde inzwischen neu gelesen: die Geheimnisse werden verwendet, sobald sie wieder angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>iha::GuiPractice</name>
    <message>
        <source>Practice Cluster</source>
        <translation>Übungscluster</translation>
    </message>
    <message>
        <source>Start a practice cluster on this machine?</source>
        <translation>Einen Übungscluster auf diesem Rechner starten?</translation>
    </message>
    <message>
        <source>Start It</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>The practice cluster could not be started.</source>
        <translation>Der Übungscluster konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>iha::HeldBackSecretsDialog</name>
    <message>
        <source>Secrets Held Back</source>
        <translation>Geheimnisse zurückgehalten</translation>
    </message>
    <message>
        <source>%1 is a file of cluster %2, but it would send the cluster&apos;s secrets where they were not set for. They are held back.</source>
        <translation>%1 ist eine Datei von Cluster %2, würde die Geheimnisse des Clusters aber dorthin schicken, wofür sie nicht gesetzt wurden. Sie werden zurückgehalten.</translation>
    </message>
    <message>
        <source>
would go to:
</source>
        <translation>
würden gehen an:
</translation>
    </message>
    <message>
        <source>

Let them go there only if you changed these addresses yourself: a copied or planted file of the same name would collect them. Until then the cluster is watched without them.</source>
        <translation>

Lassen Sie sie nur dorthin, wenn Sie diese Adressen selbst geändert haben: eine kopierte oder untergeschobene Datei gleichen Namens würde sie einsammeln. Bis dahin wird der Cluster ohne sie überwacht.</translation>
    </message>
    <message>
        <source>&amp;Let Them Go There</source>
        <translation>Dorthin &amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Keep Them Back</source>
        <translation>&amp;Zurückhalten</translation>
    </message>
    <message>
        <source>Let the secrets go where this file sends them</source>
        <translation>Die Geheimnisse dorthin lassen, wohin diese Datei sie schickt</translation>
    </message>
    <message>
        <source>Keep the secrets back</source>
        <translation>Die Geheimnisse zurückhalten</translation>
    </message>
</context>
<context>
    <name>iha::HostKeyDialog</name>
    <message>
        <source>Host key changed: connection refused</source>
        <translation>Host-Schlüssel geändert: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; This may be an attack, or the host was reinstalled. Nothing was sent to it, and it cannot be accepted here. If the change is expected, remove the old entry from %2 and connect again.</source>
        <translation>&lt;b&gt;Der Host-Schlüssel von %1 hat sich geändert.&lt;/b&gt; Das kann ein Angriff sein oder der Host wurde neu installiert. Es wurde nichts an ihn gesendet, und hier kann er nicht angenommen werden. Ist die Änderung erwartet, entfernen Sie den alten Eintrag aus %2 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not known yet.&lt;/b&gt; Compare the fingerprint below with the host&apos;s own (run &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; on it, or ask its administrator) before you accept it.</source>
        <translation>&lt;b&gt;%1 ist noch nicht bekannt.&lt;/b&gt; Vergleichen Sie den Fingerabdruck unten mit dem des Hosts (führen Sie dort &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; aus oder fragen Sie seine Administration), bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>On record:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>&amp;Accept and Remember</source>
        <translation>&amp;Annehmen und merken</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
</context>
<context>
    <name>iha::ImportHostsPage</name>
    <message>
        <source>The hosts of the running cluster</source>
        <translation>Die Hosts des laufenden Clusters</translation>
    </message>
    <message>
        <source>Their roles, PostgreSQL&apos;s directories, port, service and programs, and the orchestrator&apos;s database are read from the hosts: nothing is typed, nothing changes on them.</source>
        <translation>Ihre Rollen, die Verzeichnisse, der Port, der Dienst und die Programme von PostgreSQL sowie die Datenbank des Orchestrators werden von den Hosts gelesen: Nichts muss eingetippt werden, und auf den Hosts ändert sich nichts.</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Cluster-Name</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>z. B. prod</translation>
    </message>
    <message>
        <source>Database hosts</source>
        <translation>Datenbank-Hosts</translation>
    </message>
    <message>
        <source>addresses, separated by spaces or commas</source>
        <translation>Adressen, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <source>Orchestrator hosts</source>
        <translation>Orchestrator-Hosts</translation>
    </message>
    <message>
        <source>the Inmanta server&apos;s host, and any spare</source>
        <translation>der Host des Inmanta-Servers und etwaige Reserven</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>SSH key file</source>
        <translation>SSH-Schlüsseldatei</translation>
    </message>
    <message>
        <source>ssh-agent and the default keys</source>
        <translation>ssh-agent und die Standardschlüssel</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>only when the SSH user is not root and sudo asks</source>
        <translation>nur wenn der SSH-Benutzer nicht root ist und sudo danach fragt</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>Die SSH-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>SSH Key File</source>
        <translation>SSH-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Database hosts:</source>
        <translation>&amp;Datenbank-Hosts:</translation>
    </message>
    <message>
        <source>&amp;Orchestrator hosts:</source>
        <translation>&amp;Orchestrator-Hosts:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>s&amp;udo password:</source>
        <translation>s&amp;udo-Passwort:</translation>
    </message>
    <message>
        <source>Cluster name: %1</source>
        <translation>Cluster-Name: %1</translation>
    </message>
    <message>
        <source>Database hosts: give at least the primary&apos;s address.</source>
        <translation>Datenbank-Hosts: Geben Sie mindestens die Adresse des Primary an.</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <translation>Host %1: %2</translation>
    </message>
    <message>
        <source>Host %1 is listed twice.</source>
        <translation>Host %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>SSH key file: %1</source>
        <translation>SSH-Schlüsseldatei: %1</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keychain for these hosts</source>
        <translation>Im &amp;Schlüsselbund für diese Hosts speichern</translation>
    </message>
    <message>
        <source>Keep the sudo password in the keychain for these hosts</source>
        <translation>Das sudo-Passwort für diese Hosts im Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>iha::ImportReadPage</name>
    <message>
        <source>&amp;Read Again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Reading the hosts</source>
        <translation>Die Hosts werden gelesen</translation>
    </message>
    <message>
        <source>Over SSH, as root: read-only, nothing changes on the hosts.</source>
        <translation>Über SSH, als root: nur lesend, auf den Hosts ändert sich nichts.</translation>
    </message>
    <message>
        <source>Hosts and what reading them gave</source>
        <translation>Hosts und was das Lesen ergab</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every host was read.</source>
        <translation>Alle Hosts wurden gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be read: fix what is said above (an unknown host key is asked about), then Read Again.</source>
        <translation>
            <numerusform>%n Host konnte nicht gelesen werden: Beheben Sie, was oben steht (nach einem unbekannten Host-Schlüssel wird gefragt), und klicken Sie dann auf „Erneut lesen“.</numerusform>
            <numerusform>%n Hosts konnten nicht gelesen werden: Beheben Sie, was oben steht (nach einem unbekannten Host-Schlüssel wird gefragt), und klicken Sie dann auf „Erneut lesen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>orchestrator</source>
        <translation>Orchestrator</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n host(s)...</source>
        <translation>
            <numerusform>%n Host wird gelesen...</numerusform>
            <numerusform>%n Hosts werden gelesen...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iha::ImportReviewPage</name>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Check the roles; Finish writes the cluster file and opens it.</source>
        <translation>Prüfen Sie die Rollen; „Cluster-Datei schreiben“ schreibt die Datei und öffnet sie.</translation>
    </message>
    <message>
        <source>&amp;Write Cluster File</source>
        <translation>Cluster-Datei &amp;schreiben</translation>
    </message>
    <message>
        <source>Nodes found, with their roles and settings</source>
        <translation>Gefundene Knoten mit ihren Rollen und Einstellungen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cluster file to write</source>
        <translation>Zu schreibende Cluster-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>Choose where the cluster file goes</source>
        <translation>Wählen, wohin die Cluster-Datei geschrieben wird</translation>
    </message>
    <message>
        <source>Cluster File</source>
        <translation>Cluster-Datei</translation>
    </message>
    <message>
        <source>Cluster files (*.json)</source>
        <translation>Cluster-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cluster &amp;file:</source>
        <translation>Cluster-&amp;Datei:</translation>
    </message>
    <message>
        <source>Nothing unusual was found.</source>
        <translation>Nichts Ungewöhnliches gefunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look at this:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Bitte beachten:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>The hosts were not read.</source>
        <translation>Die Hosts wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Choose the primary.</source>
        <translation>Wählen Sie den Primary.</translation>
    </message>
    <message>
        <source>Choose the orchestrator.</source>
        <translation>Wählen Sie den Orchestrator.</translation>
    </message>
    <message>
        <source>Cluster file: say where it goes.</source>
        <translation>Cluster-Datei: Geben Sie an, wohin sie geschrieben wird.</translation>
    </message>
    <message>
        <source>Cluster file: &quot;%1&quot; is a relative path.</source>
        <translation>Cluster-Datei: „%1“ ist ein relativer Pfad.</translation>
    </message>
    <message>
        <source>%1 exists: it is replaced, and a copy kept as %1.bak.</source>
        <translation>%1 existiert bereits: Die Datei wird ersetzt, eine Kopie bleibt als %1.bak erhalten.</translation>
    </message>
    <message>
        <source>Cannot write the cluster file</source>
        <translation>Die Cluster-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replace the Cluster File?</source>
        <translation>Cluster-Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported cluster? The old file is kept as %1.bak.</source>
        <translation>%1 existiert bereits. Durch den importierten Cluster ersetzen? Die alte Datei bleibt als %1.bak erhalten.</translation>
    </message>
</context>
<context>
    <name>iha::ImportWizard</name>
    <message>
        <source>Import a Running Cluster</source>
        <translation>Einen laufenden Cluster importieren</translation>
    </message>
</context>
<context>
    <name>iha::IntroPage</name>
    <message>
        <source>Cluster %1. Runbook section: &quot;%2&quot;.</source>
        <translation>Cluster %1. Runbook-Abschnitt: „%2“.</translation>
    </message>
    <message>
        <source>Nothing changes until you confirm on the preview page: first the pre-flight checks, read-only, then every step with its exact command.</source>
        <translation>Nichts wird geändert, bis Sie auf der Vorschauseite bestätigen: zuerst die Vorabprüfungen, nur lesend, dann jeder Schritt mit seinem genauen Befehl.</translation>
    </message>
    <message>
        <source>This goes on with run %1, which did not finish. Every step is checked again: what is done already is skipped.</source>
        <translation>Dies setzt Lauf %1 fort, der nicht zu Ende kam. Jeder Schritt wird erneut geprüft: was schon erledigt ist, wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>iha::InventoryDialog</name>
    <message>
        <source>Inventory of %1</source>
        <translation>Inventar von %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Add Node</source>
        <translation>Knoten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Node</source>
        <translation>Knoten &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Replace what is edited here by the content of another cluster file</source>
        <translation>Das hier Bearbeitete durch den Inhalt einer anderen Cluster-Datei ersetzen</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>Write what is edited here to another file</source>
        <translation>Das hier Bearbeitete in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>scram-sha-256 (PostgreSQL 15&apos;s default)</source>
        <translation>scram-sha-256 (Standard von PostgreSQL 15)</translation>
    </message>
    <message>
        <source>md5 (what the runbook writes)</source>
        <translation>md5 (was das Runbook schreibt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>slot:</source>
        <translation>Slot:</translation>
    </message>
    <message>
        <source>application name:</source>
        <translation>Anwendungsname:</translation>
    </message>
    <message>
        <source>&amp;Replication user:</source>
        <translation>&amp;Replikationsbenutzer:</translation>
    </message>
    <message>
        <source>Replication &amp;authentication:</source>
        <translation>Replikations-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Replication user</source>
        <translation>Replikationsbenutzer</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Replikationsslot</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Gewählter Knoten</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP-Adresse oder Hostname</translation>
    </message>
    <message>
        <source>as OpenSSH: your local user name</source>
        <translation>wie OpenSSH: Ihr lokaler Benutzername</translation>
    </message>
    <message>
        <source>empty: ssh-agent and the default keys</source>
        <translation>leer: ssh-agent und die Standardschlüssel</translation>
    </message>
    <message>
        <source>Runs &amp;PostgreSQL</source>
        <translation>Betreibt &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>empty: in the data directory</source>
        <translation>leer: im Datenverzeichnis</translation>
    </message>
    <message>
        <source>empty: found on the host</source>
        <translation>leer: auf dem Host gesucht</translation>
    </message>
    <message>
        <source>Runs an &amp;Inmanta server</source>
        <translation>Betreibt einen &amp;Inmanta-Server</translation>
    </message>
    <message>
        <source>empty: http://&lt;address&gt;:8888</source>
        <translation>leer: http://&lt;Adresse&gt;:8888</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>SSH-P&amp;ort:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>PostgreSQL port:</source>
        <translation>PostgreSQL-Port:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Configuration directory:</source>
        <translation>Konfigurationsverzeichnis:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Programs directory:</source>
        <translation>Programmverzeichnis:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Database settings file:</source>
        <translation>Datei der Datenbankeinstellungen:</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-Port</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Configuration directory</source>
        <translation>Konfigurationsverzeichnis</translation>
    </message>
    <message>
        <source>PostgreSQL service</source>
        <translation>PostgreSQL-Dienst</translation>
    </message>
    <message>
        <source>Programs directory</source>
        <translation>Programmverzeichnis</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Database settings file</source>
        <translation>Datei der Datenbankeinstellungen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before saving:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Vor dem Speichern beheben:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Import Cluster File</source>
        <translation>Cluster-Datei importieren</translation>
    </message>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Cluster-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Cluster File</source>
        <translation>Cluster-Datei exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Bytes, or with kB, MB, GB or TB (1024-based); empty: the default.</source>
        <translation>Bytes oder mit kB, MB, GB oder TB (Basis 1024); leer: der Standard.</translation>
    </message>
    <message>
        <source>warning from</source>
        <translation>Warnung ab</translation>
    </message>
    <message>
        <source>Replay lag warning threshold</source>
        <translation>Warnschwelle der Replay-Verzögerung</translation>
    </message>
    <message>
        <source>critical from</source>
        <translation>kritisch ab</translation>
    </message>
    <message>
        <source>Replay lag critical threshold</source>
        <translation>Kritische Schwelle der Replay-Verzögerung</translation>
    </message>
    <message>
        <source>Replay &amp;lag alerts:</source>
        <translation>Alarme zur Replay-&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>Retained WAL warning threshold</source>
        <translation>Warnschwelle des zurückgehaltenen WAL</translation>
    </message>
    <message>
        <source>Retained WAL critical threshold</source>
        <translation>Kritische Schwelle des zurückgehaltenen WAL</translation>
    </message>
    <message>
        <source>Retained &amp;WAL alerts:</source>
        <translation>Alarme zu zurückgehaltenem &amp;WAL:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size (bytes, or a number with kB, MB, GB or TB)</source>
        <translation>„%1“ ist keine Größe (Bytes oder eine Zahl mit kB, MB, GB oder TB)</translation>
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
        <translation>Kein Cluster geladen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Cluster File...</source>
        <translation>Cluster-Datei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;New Cluster File from Template...</source>
        <translation>&amp;Neue Cluster-Datei aus Vorlage...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Inmanta HA Admin</source>
        <translation>Ü&amp;ber Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Cannot open cluster file</source>
        <translation>Cluster-Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was loaded. Fix them and open it again.</source>
        <translation>%1 enthält Fehler; es wurde nichts geladen. Beheben Sie sie und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 - Inmanta HA Admin</source>
        <translation>%1 - Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
    </message>
    <message>
        <source>About Inmanta HA Admin</source>
        <translation>Über Inmanta HA Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inmanta HA Admin&lt;/b&gt; %1&lt;br&gt;Sets up and fails over the high-availability PostgreSQL pair behind an Inmanta orchestrator.</source>
        <translation>&lt;b&gt;Inmanta HA Admin&lt;/b&gt; %1&lt;br&gt;Richtet das hochverfügbare PostgreSQL-Paar hinter einem Inmanta-Orchestrator ein und schaltet es im Fehlerfall um.</translation>
    </message>
    <message>
        <source>&amp;Export Cluster File...</source>
        <translation>Cluster-Datei e&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Edit &amp;Inventory...</source>
        <translation>&amp;Inventar bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Credentials...</source>
        <translation>&amp;Zugangsdaten...</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Audit Log...</source>
        <translation>&amp;Audit-Protokoll...</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is kept as %2.bak)</source>
        <translation>%1 gespeichert (die vorige Fassung bleibt als %2.bak)</translation>
    </message>
    <message>
        <source>No longer found, removed from the list: %1</source>
        <translation>Nicht mehr gefunden, aus der Liste entfernt: %1</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Prozeduren</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>&amp;Import Running Cluster...</source>
        <translation>Laufenden Cluster &amp;importieren...</translation>
    </message>
    <message>
        <source>Try It on a &amp;Practice Cluster...</source>
        <translation>Auf einem &amp;Übungscluster ausprobieren...</translation>
    </message>
    <message>
        <source>PRACTICE: %1 (not a real cluster) - Inmanta HA Admin</source>
        <translation>ÜBUNG: %1 (kein echter Cluster) - Inmanta HA Admin</translation>
    </message>
</context>
<context>
    <name>iha::NodeDetailsView</name>
    <message>
        <source>Details of the selected node</source>
        <translation>Details des gewählten Knotens</translation>
    </message>
    <message>
        <source>Select a node to see its details.</source>
        <translation>Wählen Sie einen Knoten, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>iha::NodeMenu</name>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>%1: Copy the CLI Command</source>
        <translation>%1: CLI-Befehl kopieren</translation>
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
        <translation>Außer Dienst</translation>
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
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Zugang</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>iha::NodeTableView</name>
    <message>
        <source>Nodes of the cluster</source>
        <translation>Knoten des Clusters</translation>
    </message>
</context>
<context>
    <name>iha::ParametersPage</name>
    <message>
        <source>Replication password:</source>
        <translation>Replikationspasswort:</translation>
    </message>
    <message>
        <source>Inmanta database password:</source>
        <translation>Inmanta-Datenbankpasswort:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Command that installs the Inmanta server</source>
        <translation>Befehl, der den Inmanta-Server installiert</translation>
    </message>
    <message>
        <source>only where the server is missing, e.g. dnf install -y inmanta-service-orchestrator-server</source>
        <translation>nur wo der Server fehlt, z. B. dnf install -y inmanta-service-orchestrator-server</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Install command:</source>
        <translation>Installationsbefehl:</translation>
    </message>
    <message>
        <source>Not in the keychain yet: it is stored there when you go on, never in a file.</source>
        <translation>Noch nicht im Schlüsselbund: Es wird dort gespeichert, wenn Sie fortfahren, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Checked as you go; the pre-flight checks on the next page ask the nodes.</source>
        <translation>Wird bei der Eingabe geprüft; die Vorabprüfungen auf der nächsten Seite fragen die Knoten selbst ab.</translation>
    </message>
    <message>
        <source>No keychain is available: the run needs %1, which is kept only in a keychain.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Lauf braucht %1, und das wird nur in einem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Dieses Fenster kann keine Prozeduren ausführen.</translation>
    </message>
    <message>
        <source>Cannot go on:</source>
        <translation>Fortfahren nicht möglich:</translation>
    </message>
    <message>
        <source>Held back: %1. Type it again to let it go there.</source>
        <translation>Zurückgehalten: %1. Geben Sie es erneut ein, um es dorthin zu lassen.</translation>
    </message>
</context>
<context>
    <name>iha::PreflightPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Read-only: nothing changes on the nodes. A failed check says what to fix.</source>
        <translation>Nur lesend: Auf den Knoten ändert sich nichts. Eine fehlgeschlagene Prüfung sagt, was zu beheben ist.</translation>
    </message>
    <message>
        <source>Pre-flight checks and their results</source>
        <translation>Vorabprüfungen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft...</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Dieses Fenster kann keine Prozeduren ausführen.</translation>
    </message>
    <message>
        <source>The checks did not run:</source>
        <translation>Die Prüfungen wurden nicht ausgeführt:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what they say, then Re-check.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen. Beheben Sie, was sie meldet, und klicken Sie dann auf „Erneut prüfen“.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen. Beheben Sie, was sie melden, und klicken Sie dann auf „Erneut prüfen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks passed, except what only your word can settle: you are asked on the next page.</source>
        <translation>Die Prüfungen sind bestanden, bis auf das, was nur Ihre Bestätigung klären kann: Sie werden auf der nächsten Seite danach gefragt.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Needs your word:</source>
        <translation>Braucht Ihr Wort:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>iha::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Every step with the exact command it runs; secrets are placeholders. A step that is done already is skipped. Nothing has run yet.</source>
        <translation>Jeder Schritt mit dem genauen Befehl, den er ausführt; Geheimnisse sind Platzhalter. Ein bereits erledigter Schritt wird übersprungen. Bisher wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Steps of the plan and their commands</source>
        <translation>Schritte des Plans und ihre Befehle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Copy as Shell Script</source>
        <translation>Als Shell-Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>I accept that these commits may be lost (recorded in the audit log with my name)</source>
        <translation>Ich akzeptiere, dass diese Commits verloren gehen können (mit meinem Namen im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Runbook: &quot;%1&quot;</source>
        <translation>Runbook: „%1“</translation>
    </message>
    <message>
        <source>(ERASES DATA)</source>
        <translation>(LÖSCHT DATEN)</translation>
    </message>
    <message>
        <source>dangerous: erases data</source>
        <translation>gefährlich: löscht Daten</translation>
    </message>
    <message>
        <source>%1 does not answer, so no evidence can be gathered from it. I made sure it is powered off or cut off the network (recorded in the audit log with my name).</source>
        <translation>%1 antwortet nicht, daher lassen sich von ihm keine Belege sammeln. Ich habe sichergestellt, dass er ausgeschaltet oder vom Netz getrennt ist (mit meinem Namen im Audit-Protokoll festgehalten).</translation>
    </message>
    <message>
        <source>Data at risk:</source>
        <translation>Gefährdete Daten:</translation>
    </message>
    <message>
        <source>The steps marked ERASES DATA replace what is on %1. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Die mit LÖSCHT DATEN markierten Schritte ersetzen, was auf %1 liegt. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>%1 takes over. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>%1 übernimmt. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eingeben</translation>
    </message>
</context>
<context>
    <name>iha::ProcedureLauncher</name>
    <message>
        <source>A Procedure Is Running</source>
        <translation>Eine Prozedur läuft</translation>
    </message>
    <message>
        <source>Cancel the Run and &amp;Quit</source>
        <translation>Lauf abbrechen und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>%1 is running. Quitting cancels it: the command in progress is stopped where that is safe (else it finishes first), the step is recorded, and the run can be resumed from Recent Runs. Quit once it stopped?</source>
        <translation>Die Prozedur „%1“ läuft. Beim Beenden wird sie abgebrochen: Der laufende Befehl wird angehalten, wo das sicher ist (sonst läuft er erst zu Ende), der Schritt wird festgehalten, und der Lauf kann unter „Letzte Läufe“ fortgesetzt werden. Beenden, sobald der Lauf angehalten ist?</translation>
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
        <translation>Lauf abbrechen?</translation>
    </message>
    <message>
        <source>&amp;Cancel the Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>A step is running. Cancelling stops the run there: the command in progress is stopped where that is safe, else it finishes first (a promotion, the swap of a data directory). The run can be resumed later; the window closes once the step is recorded.</source>
        <translation>Ein Schritt läuft. Abbrechen hält den Lauf an dieser Stelle an: Der laufende Befehl wird angehalten, wo das sicher ist, sonst läuft er erst zu Ende (eine Hochstufung, der Austausch eines Datenverzeichnisses). Der Lauf kann später fortgesetzt werden; das Fenster schließt sich, sobald der Schritt festgehalten ist.</translation>
    </message>
</context>
<context>
    <name>iha::RecentRunsView</name>
    <message>
        <source>Recent runs of procedures on this cluster</source>
        <translation>Letzte Prozedurläufe auf diesem Cluster</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Das Audit-Protokoll ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No procedure has run on this cluster yet.</source>
        <translation>Auf diesem Cluster ist noch keine Prozedur gelaufen.</translation>
    </message>
    <message>
        <source>&amp;Resume Run %1...</source>
        <translation>Lauf %1 &amp;fortsetzen...</translation>
    </message>
    <message>
        <source>&amp;Export Report of Run %1...</source>
        <translation>Bericht von Lauf %1 &amp;exportieren...</translation>
    </message>
    <message>
        <source>%1 (record changed outside the product!)</source>
        <translation>%1 (Eintrag außerhalb des Produkts geändert!)</translation>
    </message>
    <message>
        <source>%1 (record not signed)</source>
        <translation>%1 (Eintrag nicht signiert)</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>Läuft gerade: %1</translation>
    </message>
</context>
<context>
    <name>iha::RunPage</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Each step is checked first: what is done already is skipped. Cancel stops the running command; the run can be resumed.</source>
        <translation>Jeder Schritt wird zuerst geprüft: was schon erledigt ist, wird übersprungen. Abbrechen hält den laufenden Befehl an; der Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Base backup progress</source>
        <translation>Fortschritt des Basis-Backups</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Schritte und ihr Zustand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Output of the running command</source>
        <translation>Ausgabe des laufenden Befehls</translation>
    </message>
    <message>
        <source>Pre-flight checks...</source>
        <translation>Vorabprüfungen...</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Dieses Fenster kann keine Prozeduren ausführen.</translation>
    </message>
    <message>
        <source>Pre-flight: %1</source>
        <translation>Vorabprüfung: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Pre-flight check failed: %1</source>
        <translation>Vorabprüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, noch etwa %n s</numerusform>
            <numerusform>, noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Base backup: %1 of %2%3</source>
        <translation>Basis-Backup: %1 von %2%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run succeeded.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Lauf war erfolgreich.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused before anything changed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgelehnt, bevor etwas geändert wurde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run stopped:&lt;/b&gt; %1&lt;br&gt;Fix the cause, then resume it from the summary or from Recent Runs.</source>
        <translation>&lt;b&gt;Der Lauf wurde angehalten:&lt;/b&gt; %1&lt;br&gt;Beheben Sie die Ursache und setzen Sie ihn dann in der Zusammenfassung oder unter „Letzte Läufe“ fort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run was cancelled:&lt;/b&gt; %1&lt;br&gt;It can be resumed from the summary or from Recent Runs.</source>
        <translation>&lt;b&gt;Der Lauf wurde abgebrochen:&lt;/b&gt; %1&lt;br&gt;Er kann in der Zusammenfassung oder unter „Letzte Läufe“ fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;This attempt changed nothing; what run %2 did before stays. Fix the cause, then resume it again.</source>
        <translation>&lt;b&gt;Abgelehnt:&lt;/b&gt; %1&lt;br&gt;Dieser Versuch hat nichts geändert; was Lauf %2 vorher getan hat, bleibt bestehen. Beheben Sie die Ursache und setzen Sie ihn dann erneut fort.</translation>
    </message>
</context>
<context>
    <name>iha::RunWorker</name>
    <message>
        <source>the audit log cannot be written (%1): the run stops, as a run without its record is not allowed</source>
        <translation>das Audit-Protokoll kann nicht geschrieben werden (%1): der Lauf hält an, denn ein Lauf ohne Aufzeichnung ist nicht zulässig</translation>
    </message>
    <message>
        <source>%1: what the abandoned command started there was stopped</source>
        <translation>%1: was der abgebrochene Befehl dort gestartet hatte, wurde angehalten</translation>
    </message>
    <message>
        <source>%1: what the abandoned command started there could not be stopped now (%2); the next attempt stops it first</source>
        <translation>%1: was der abgebrochene Befehl dort gestartet hatte, ließ sich jetzt nicht anhalten (%2); der nächste Versuch hält es zuerst an</translation>
    </message>
    <message>
        <source>%1: no connection to this node was prepared</source>
        <translation>%1: für diesen Knoten wurde keine Verbindung vorbereitet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cancelled during the pre-flight checks; nothing changed</source>
        <translation>während der Vorabprüfungen abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: not satisfied</source>
        <translation>%1: nicht erfüllt</translation>
    </message>
    <message>
        <source>cancelled before step %1</source>
        <translation>vor Schritt %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1: the run stops, as a teammate may run on the cluster now; resume it once the cluster is yours again</source>
        <translation>%1: der Lauf hält an, da jetzt ein Teammitglied auf dem Cluster einen Lauf starten könnte; setzen Sie ihn fort, sobald der Cluster wieder Ihnen gehört</translation>
    </message>
    <message>
        <source>Cluster %1 is locked by the team&apos;s %2: a run now would be refused</source>
        <translation>Cluster %1 ist im Team gesperrt durch %2: ein Lauf würde jetzt abgelehnt</translation>
    </message>
    <message>
        <source>refused: cluster %1 is locked by the team&apos;s %2; one run per cluster at a time (wait for it, or ask that operator)</source>
        <translation>abgelehnt: Cluster %1 ist im Team gesperrt durch %2; nur ein Lauf pro Cluster gleichzeitig (warten Sie, bis er endet, oder fragen Sie diesen Bediener)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 was interrupted: its client ended without giving the team&apos;s lock back (its database session is gone); the cluster may be half-way, see the run&apos;s entries</source>
        <translation>%1 wurde unterbrochen: sein Client endete, ohne die Sperre des Teams zurückzugeben (seine Datenbanksitzung besteht nicht mehr); der Cluster ist womöglich auf halbem Weg, siehe die Einträge des Laufs</translation>
    </message>
</context>
<context>
    <name>iha::StatusMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another origin: not followed (the API token goes only to the URL of the cluster file; set apiUrl to where it should go)</source>
        <translation>%1 leitet auf %2 um, einen anderen Ursprung: nicht gefolgt (das API-Token geht nur an die URL der Cluster-Datei; setzen Sie apiUrl auf das richtige Ziel)</translation>
    </message>
</context>
<context>
    <name>iha::SummaryPage</name>
    <message>
        <source>&amp;Export Report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Re&amp;sume the Run</source>
        <translation>Lauf fort&amp;setzen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Zusammenfassung des Laufs</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Refused before anything changed</source>
        <translation>Abgelehnt, bevor etwas geändert wurde</translation>
    </message>
    <message>
        <source>Stopped at a failed step</source>
        <translation>An einem fehlgeschlagenen Schritt angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Prozedur:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(nicht gestartet)</translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>What the steps verified and noted</source>
        <translation>Was die Schritte geprüft und festgehalten haben</translation>
    </message>
    <message>
        <source>The cluster file</source>
        <translation>Die Cluster-Datei</translation>
    </message>
    <message>
        <source>%1 now says: %2 (the previous version is kept as .bak). The diagram shows the cluster with these roles.</source>
        <translation>%1 sagt jetzt: %2 (die vorige Fassung bleibt als .bak erhalten). Das Diagramm zeigt den Cluster mit diesen Rollen.</translation>
    </message>
    <message>
        <source>could not be updated (%1); change the roles by hand: %2</source>
        <translation>konnte nicht aktualisiert werden (%1); ändern Sie die Rollen von Hand: %2</translation>
    </message>
    <message>
        <source>Refused; what run %1 did before stays</source>
        <translation>Abgelehnt; was Lauf %1 vorher getan hat, bleibt bestehen</translation>
    </message>
</context>
<context>
    <name>iha::VerdictBanner</name>
    <message>
        <source>Reading the state of the cluster...</source>
        <translation>Der Zustand des Clusters wird gelesen...</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>Opens the wizard: checks first, a preview of every step, nothing runs before you confirm.</source>
        <translation>Öffnet den Assistenten: zuerst Prüfungen, dann eine Vorschau jedes Schritts; nichts läuft, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is running on this cluster.&lt;/b&gt;&lt;br&gt;Monitoring is paused until it ends: the run reads the hosts itself, and a restart it makes is not an outage. The diagram shows the cluster as it was before the run; a failure of the run&apos;s hosts stops the run and is said there.</source>
        <translation>&lt;b&gt;%1 läuft auf diesem Cluster.&lt;/b&gt;&lt;br&gt;Die Überwachung ruht, bis der Lauf endet: er liest die Hosts selbst, und ein Neustart, den er macht, ist kein Ausfall. Das Diagramm zeigt den Cluster, wie er vor dem Lauf war; ein Ausfall der Hosts des Laufs hält den Lauf an und wird dort gemeldet.</translation>
    </message>
</context>
<context>
    <name>iha::VerdictTray</name>
    <message>
        <source>Show the Window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
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
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
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
        <translation>Zu öffnende Cluster-Dateien.</translation>
    </message>
    <message>
        <source>Seconds between two checks of each cluster (1-3600; default 5, or the last value given).</source>
        <translation>Sekunden zwischen zwei Prüfungen jedes Clusters (1-3600; Standard 5 oder der zuletzt angegebene Wert).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation>--interval: „%1“ ist keine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>Open the practice cluster: five hosts on this machine, marked PRACTICE, started first if they are not up (the helper that starts them asks for root; this program never runs as root).</source>
        <translation>Den Übungscluster öffnen: fünf Hosts auf diesem Rechner, als ÜBUNG markiert, zuerst gestartet, wenn sie nicht laufen (der Helfer, der sie startet, fragt nach root; dieses Programm läuft nie als root).</translation>
    </message>
</context>
</TS>
