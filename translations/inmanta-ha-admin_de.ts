<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>all</source>
        <translation>alle</translation>
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
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Keep a copy of the head (entry count and hash) elsewhere: it anchors the chain, so that a log cut short or rewritten later can be told apart from this one.</source>
        <translation>Bewahren Sie eine Kopie des Kopfes (Anzahl der Einträge und Hash) an anderer Stelle auf: Er verankert die Kette, sodass ein später gekürztes oder umgeschriebenes Protokoll von diesem unterschieden werden kann.</translation>
    </message>
    <message>
        <source>Outside a run</source>
        <translation>Außerhalb eines Laufs</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
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
        <source>%1 bytes of output in all</source>
        <translation>insgesamt %1 Bytes Ausgabe</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
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
        <source>"%1" is not a role (%2)</source>
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
        <source>expected a JSON object with "name", "replication" and "nodes"</source>
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
</context>
<context>
    <name>ClusterValidator</name>
    <message>
        <source>"%1" is not a valid user name</source>
        <translation>„%1“ ist kein gültiger Benutzername</translation>
    </message>
    <message>
        <source>"%1" is not an http:// or https:// URL with a host</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL database name (letters, digits, _ and $, at most 63)</source>
        <translation>„%1“ ist kein PostgreSQL-Datenbankname (Buchstaben, Ziffern, _ und $, höchstens 63)</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL role name (letters, digits, _ and $, at most 63)</source>
        <translation>„%1“ ist kein PostgreSQL-Rollenname (Buchstaben, Ziffern, _ und $, höchstens 63)</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL role name (letters, digits and _, at most 63)</source>
        <translation>„%1“ ist kein PostgreSQL-Rollenname (Buchstaben, Ziffern und _, höchstens 63)</translation>
    </message>
    <message>
        <source>"%1" is not a replication slot name (lower-case letters, digits and _, at most 63)</source>
        <translation>„%1“ ist kein Replikationsslot-Name (Kleinbuchstaben, Ziffern und _, höchstens 63)</translation>
    </message>
    <message>
        <source>"%1" is not an application name (letters, digits and _, at most 63)</source>
        <translation>„%1“ ist kein Anwendungsname (Buchstaben, Ziffern und _, höchstens 63)</translation>
    </message>
    <message>
        <source>"%1" is not supported (scram-sha-256 or md5)</source>
        <translation>„%1“ wird nicht unterstützt (scram-sha-256 oder md5)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>"%1" is not a valid name (letters, digits, '.', '_' and '-', at most 63)</source>
        <translation>„%1“ ist kein gültiger Name (Buchstaben, Ziffern, ‚.‘, ‚_‘ und ‚-‘, höchstens 63)</translation>
    </message>
    <message>
        <source>"%1" is neither an IP address nor a host name</source>
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
        <source>"%1" is a relative path; the host needs an absolute one</source>
        <translation>„%1“ ist ein relativer Pfad; der Host braucht einen absoluten</translation>
    </message>
    <message>
        <source>"%1" contains ".."; write the path without it</source>
        <translation>„%1“ enthält „..“; bitte den Pfad ohne schreiben</translation>
    </message>
    <message>
        <source>"%1" is a relative path; write it absolute or starting with ~/</source>
        <translation>„%1“ ist ein relativer Pfad; absolut oder mit ~/ beginnend angeben</translation>
    </message>
    <message>
        <source>"%1" is not a service unit name</source>
        <translation>„%1“ ist kein Name einer Service-Unit</translation>
    </message>
    <message>
        <source>"%1" is already the name of %2</source>
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
        <source>Fail over to %1: promote it, then point the Inmanta server at it.</source>
        <translation>Auf %1 umschalten: befördern Sie ihn und richten Sie dann den Inmanta-Server darauf aus.</translation>
    </message>
    <message>
        <source>Bring %1 back; there is no standby to fail over to.</source>
        <translation>Bringen Sie %1 zurück; es gibt keinen Standby zum Umschalten.</translation>
    </message>
    <message>
        <source>%1 is down: writes on %2 will block until it streams again.</source>
        <translation>%1 ist ausgefallen: Schreibzugriffe auf %2 blockieren, bis er wieder streamt.</translation>
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
        <source>The Inmanta server on %1 is down or unhealthy.</source>
        <translation>Der Inmanta-Server auf %1 läuft nicht oder ist nicht gesund.</translation>
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
        <source>Point it at %1 (failover-server).</source>
        <translation>Richten Sie ihn auf %1 aus (failover-server).</translation>
    </message>
    <message>
        <source>Healthy: %1 replicates synchronously to %2.</source>
        <translation>Gesund: %1 repliziert synchron nach %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: inmanta-ha-cli [--cluster FILE] [--audit-db FILE] [--known-hosts FILE] COMMAND ...

Commands:
  validate                        check the cluster file and print a summary
  check [--accept-new-host-keys]  pre-flight reachability of every node
  plan PROCEDURE [options]        print every step and its exact command; run nothing
  run PROCEDURE [--yes] [--accept-new-host-keys] [--resume RUN_ID] [options]
  status [--json]                 the state of the cluster
  secret set|delete|check NAME    manage a secret in the OS keychain (value on stdin)
  audit export --format html|pdf|json --output FILE [--run RUN_ID]
  audit verify                    re-check the audit log's hash chain

Procedures: %1

Exit codes: 0 success, 1 a step failed, 2 usage or invalid input,
            3 refused by a safety or pre-flight check, 4 cancelled.
</source>
        <translation>Aufruf: inmanta-ha-cli [--cluster DATEI] [--audit-db DATEI] [--known-hosts DATEI] BEFEHL ...

Befehle:
  validate                        die Cluster-Datei prüfen und eine Übersicht ausgeben
  check [--accept-new-host-keys]  Vorabprüfung der Erreichbarkeit aller Knoten
  plan PROZEDUR [Optionen]        jeden Schritt mit seinem genauen Befehl ausgeben; nichts ausführen
  run PROZEDUR [--yes] [--accept-new-host-keys] [--resume LAUF_ID] [Optionen]
  status [--json]                 der Zustand des Clusters
  secret set|delete|check NAME    ein Geheimnis im Schlüsselbund des Systems verwalten (Wert über stdin)
  audit export --format html|pdf|json --output DATEI [--run LAUF_ID]
  audit verify                    die Hash-Kette des Audit-Protokolls erneut prüfen

Prozeduren: %1

Exit-Codes: 0 Erfolg, 1 ein Schritt ist fehlgeschlagen, 2 Aufruf- oder Eingabefehler,
            3 von einer Sicherheits- oder Vorabprüfung abgelehnt, 4 abgebrochen.
</translation>
    </message>
    <message>
        <source>%1: missing argument</source>
        <translation>%1: Argument fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument "%2"</source>
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
        <source>The product's known_hosts file.</source>
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
        <source>unknown command "%1"</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Run inmanta-ha-cli --help for the commands and their options.</source>
        <translation>Mit inmanta-ha-cli --help werden die Befehle und ihre Optionen angezeigt.</translation>
    </message>
    <message>
        <source>"%1" is not implemented yet in this version; nothing was done.</source>
        <translation>„%1“ ist in dieser Version noch nicht umgesetzt; es wurde nichts getan.</translation>
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
        <source>Cluster "%1": 1 node</source>
        <translation>Cluster „%1“: 1 Knoten</translation>
    </message>
    <message>
        <source>Cluster "%1": %2 nodes</source>
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
        <source>unknown procedure "%1"; one of %2</source>
        <translation>unbekannte Prozedur „%1“; erlaubt: %2</translation>
    </message>
    <message>
        <source>Confirm dangerous steps without asking.</source>
        <translation>Gefährliche Schritte ohne Rückfrage bestätigen.</translation>
    </message>
    <message>
        <source>Resume a failed or cancelled run from its failed step.</source>
        <translation>Einen fehlgeschlagenen oder abgebrochenen Lauf ab dem fehlgeschlagenen Schritt fortsetzen.</translation>
    </message>
    <message>
        <source>RUN_ID</source>
        <translation>LAUF_ID</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <source>secret: unknown action "%1"; one of set, delete, check</source>
        <translation>secret: unbekannte Aktion „%1“; erlaubt: set, delete, check</translation>
    </message>
    <message>
        <source>audit: missing action; one of export, verify</source>
        <translation>audit: Aktion fehlt; erlaubt: export, verify</translation>
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
        <source>audit: unknown action "%1"; one of export, verify</source>
        <translation>audit: unbekannte Aktion „%1“; erlaubt: export, verify</translation>
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
        <source>Unknown host keys were refused. Compare their fingerprints with the hosts' own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on each host), then run again with --accept-new-host-keys.</source>
        <translation>Unbekannte Host-Schlüssel wurden abgelehnt. Vergleichen Sie ihre Fingerabdrücke mit denen der Hosts (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf jedem Host) und starten Sie dann erneut mit --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>secret set %1: no value; give it on standard input (first line)</source>
        <translation>secret set %1: kein Wert; geben Sie ihn auf der Standardeingabe an (erste Zeile)</translation>
    </message>
    <message>
        <source>%1 is set in the keychain.</source>
        <translation>%1 ist im Schlüsselbund gespeichert.</translation>
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
        <source>not verified: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>a PDF needs the graphical part of Qt; run inmanta-ha-cli itself, not a library call</source>
        <translation>ein PDF braucht den grafischen Teil von Qt; rufen Sie inmanta-ha-cli selbst auf, nicht die Bibliothek</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entries; %3</source>
        <translation>%1 geschrieben: %2 Einträge; %3</translation>
    </message>
    <message>
        <source>Plan: %1 on cluster %2 (runbook: "%3")</source>
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
        <source>no replication password is stored for cluster %1: store it with `inmanta-ha-cli --cluster FILE secret set replication-password`</source>
        <translation>für Cluster %1 ist kein Replikationspasswort gespeichert: speichern Sie es mit `inmanta-ha-cli --cluster DATEI secret set replication-password`</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>der Lauf kann nicht im Audit-Protokoll festgehalten werden: %1</translation>
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
        <source>this plan erases data (see `plan %1`): run it again with --yes to confirm</source>
        <translation>dieser Plan löscht Daten (siehe `plan %1`): starten Sie ihn zur Bestätigung erneut mit --yes</translation>
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
        <source>Inmanta server healthy, database %1</source>
        <translation>Inmanta-Server gesund, Datenbank %1</translation>
    </message>
    <message>
        <source>Inmanta server down or unhealthy</source>
        <translation>Inmanta-Server läuft nicht oder ist nicht gesund</translation>
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
</context>
<context>
    <name>SecretNames</name>
    <message>
        <source>"%1" names no node of cluster %2</source>
        <translation>„%1“ ist kein Knoten des Clusters %2</translation>
    </message>
    <message>
        <source>"%1" is not a secret name; one of replication-password, database-password, api-token, sudo-password:NODE, ssh-password:NODE, key-passphrase:NODE</source>
        <translation>„%1“ ist kein Name eines Geheimnisses; erlaubt: replication-password, database-password, api-token, sudo-password:KNOTEN, ssh-password:KNOTEN, key-passphrase:KNOTEN</translation>
    </message>
</context>
<context>
    <name>iha::ClusterDiagram</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Cluster diagram</source>
        <translation>Cluster-Diagramm</translation>
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
        <source>Inmanta server unreachable</source>
        <translation>Inmanta-Server nicht erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
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
        <source>known: %1</source>
        <translation>bekannt: %1</translation>
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
        <source>&lt;b&gt;%1 is not known yet.&lt;/b&gt; Compare the fingerprint below with the host's own (run &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; on it, or ask its administrator) before you accept it.</source>
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
    <name>iha::MainWindow</name>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Cluster-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
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
        <source>A cluster file describes your PostgreSQL primary, its standby and the Inmanta orchestrator: their addresses, SSH logins and where PostgreSQL keeps its data.&lt;br&gt;&lt;br&gt;&lt;b&gt;Open&lt;/b&gt; a cluster file you already have, or create a &lt;b&gt;new one from the template&lt;/b&gt; (the runbook's defaults) and replace the example addresses with your hosts' addresses.</source>
        <translation>Eine Cluster-Datei beschreibt Ihren PostgreSQL-Primary, seinen Standby und den Inmanta-Orchestrator: ihre Adressen, SSH-Zugänge und wo PostgreSQL seine Daten ablegt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Öffnen&lt;/b&gt; Sie eine vorhandene Cluster-Datei oder erstellen Sie eine &lt;b&gt;neue aus der Vorlage&lt;/b&gt; (die Vorgaben des Runbooks) und ersetzen Sie die Beispieladressen durch die Adressen Ihrer Hosts.</translation>
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
        <source>Nodes of the cluster</source>
        <translation>Knoten des Clusters</translation>
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
        <source>%1 - Inmanta HA Admin</source>
        <translation>%1 - Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
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
        <source>Created %1: replace the example addresses (192.0.2.x) with your hosts'.</source>
        <translation>%1 angelegt: Ersetzen Sie die Beispieladressen (192.0.2.x) durch die Ihrer Hosts.</translation>
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
        <source>Reading the state of the cluster...</source>
        <translation>Der Zustand des Clusters wird gelesen...</translation>
    </message>
    <message>
        <source>The procedure wizards are not in this version yet; the CLI runs configure-primary and configure-standby.</source>
        <translation>Die Assistenten für die Prozeduren fehlen in dieser Version noch; die Kommandozeile führt configure-primary und configure-standby aus.</translation>
    </message>
    <message>
        <source>Run %1...</source>
        <translation>%1 ausführen...</translation>
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
    <name>main</name>
    <message>
        <source>Inmanta HA Admin</source>
        <translation>Inmanta HA Admin</translation>
    </message>
    <message>
        <source>A cluster file to open.</source>
        <translation>Eine zu öffnende Cluster-Datei.</translation>
    </message>
</context>
</TS>
