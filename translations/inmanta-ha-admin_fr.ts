<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditExport</name>
    <message>
        <source>not verified: %1</source>
        <translation>non vérifié : %1</translation>
    </message>
    <message>
        <source>a PDF needs the graphical part of Qt; run inmanta-ha-cli itself, not a library call</source>
        <translation>un PDF a besoin de la partie graphique de Qt ; lancez inmanta-ha-cli lui-même, pas un appel de bibliothèque</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report</source>
        <translation>Inmanta HA Admin – rapport d’audit</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report: %1</source>
        <translation>Inmanta HA Admin – rapport d’audit : %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Run %1 (%2)</source>
        <translation>Exécution %1 (%2)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>Appendix: the raw record</source>
        <translation>Annexe : l’enregistrement brut</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>Rapport d’audit : %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>a PDF of %1 entries would run to thousands of pages and take minutes to lay out (the limit is %2): export it as HTML or JSON, or a PDF of fewer runs</source>
        <translation>un PDF de %1 entrées ferait des milliers de pages et sa mise en page prendrait des minutes (la limite est %2) : exportez-le en HTML ou JSON, ou un PDF de moins d’exécutions</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Inmanta HA Admin audit report</source>
        <translation>Inmanta HA Admin – rapport d’audit</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Log head</source>
        <translation>Tête du journal</translation>
    </message>
    <message>
        <source>Keychain head</source>
        <translation>Tête dans le trousseau</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Keep a copy of the head (entry count and hash) elsewhere: it anchors the chain, so that a log cut short or rewritten later can be told apart from this one.</source>
        <translation>Conservez ailleurs une copie de la tête (nombre d’entrées et hachage) : elle ancre la chaîne, de sorte qu’un journal tronqué ou réécrit plus tard se distingue de celui-ci.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Aucune entrée.</translation>
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
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Vérification %1</translation>
    </message>
    <message>
        <source>Pre-flight checks %1: %2</source>
        <translation>Vérifications préalables %1 : %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>[%1 lines, %2 bytes in all: whole in the audit log and the JSON export]</source>
        <translation>[%1 lignes, %2 octets en tout : en entier dans le journal d’audit et l’export JSON]</translation>
    </message>
    <message>
        <source>Inmanta HA Admin audit report: %1</source>
        <translation>Inmanta HA Admin – rapport d’audit : %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>toutes (%1)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>files: %1, other steps: %2</source>
        <translation>fichiers : %1, autres étapes : %2</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (reprise)</translation>
    </message>
    <message>
        <source>No runs in this log.</source>
        <translation>Aucune exécution dans ce journal.</translation>
    </message>
    <message>
        <source>Entries outside any run (secrets set or deleted, host keys accepted): %1, in the raw record.</source>
        <translation>Entrées hors exécution (secrets définis ou supprimés, clés d’hôte acceptées) : %1, dans l’enregistrement brut.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Appendix: the raw record</source>
        <translation>Annexe : l’enregistrement brut</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Runbook section</source>
        <translation>Section du runbook</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Statements and confirmations</source>
        <translation>Déclarations et confirmations</translation>
    </message>
    <message>
        <source>What the run reported</source>
        <translation>Ce que l’exécution a signalé</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Modifications faites</translation>
    </message>
    <message>
        <source>No changes: every step it reached was already done.</source>
        <translation>Aucune modification : chaque étape atteinte était déjà faite.</translation>
    </message>
    <message>
        <source>%1 on %2 (step %3)</source>
        <translation>%1 sur %2 (étape %3)</translation>
    </message>
    <message>
        <source>Other changes (roles, slots, services, data directories), by the steps that made them:</source>
        <translation>Autres modifications (rôles, slots, services, répertoires de données), par les étapes qui les ont faites :</translation>
    </message>
    <message>
        <source>The plan: in the run&apos;s step table.</source>
        <translation>Le plan : dans le tableau des étapes de l’exécution.</translation>
    </message>
    <message>
        <source>%1 changed: the diff is under the run&apos;s changes.</source>
        <translation>%1 modifié : le diff est dans les modifications de l’exécution.</translation>
    </message>
    <message>
        <source>Every entry, with its command and output; long ones shortened to their first and last lines.</source>
        <translation>Chaque entrée, avec sa commande et sa sortie ; les longues réduites à leurs premières et dernières lignes.</translation>
    </message>
    <message>
        <source>%1 (entries: %2)</source>
        <translation>%1 (entrées : %2)</translation>
    </message>
    <message>
        <source>Outside any run (entries: %1)</source>
        <translation>Hors exécution (entrées : %1)</translation>
    </message>
    <message>
        <source>step %1 %2 part-way</source>
        <translation>étape %1 : %2 en cours de route</translation>
    </message>
    <message>
        <source>Step %1 %2 part-way: what its commands changed is in the raw record.</source>
        <translation>Étape %1 : %2 en cours de route ; ce que ses commandes ont changé est dans l’enregistrement brut.</translation>
    </message>
    <message>
        <source>Cluster, operator</source>
        <translation>Cluster, opérateur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1 in its attempts, without the waits between them</source>
        <translation>%1 dans ses tentatives, sans les attentes entre elles</translation>
    </message>
    <message>
        <source>PRACTICE - %1 (the practice cluster&apos;s runs are drills on this machine, not on real systems)</source>
        <translation>ENTRAÎNEMENT - %1 (les exécutions du cluster d’entraînement sont des exercices sur cette machine, pas sur des systèmes réels)</translation>
    </message>
    <message>
        <source>PRACTICE %1</source>
        <translation>ENTRAÎNEMENT %1</translation>
    </message>
</context>
<context>
    <name>AuditStoreLocation</name>
    <message>
        <source>store %1: only postgresql:// URLs and file paths are stores</source>
        <translation>stockage %1 : seules les URL postgresql:// et les chemins de fichiers sont des stockages</translation>
    </message>
    <message>
        <source>store %1: not a valid URL (%2)</source>
        <translation>stockage %1 : pas une URL valide (%2)</translation>
    </message>
    <message>
        <source>store: the URL holds a password; remove it and keep it in the keychain (inmanta-ha-cli --store URL team password)</source>
        <translation>stockage : l’URL contient un mot de passe ; retirez-le et conservez-le dans le trousseau (inmanta-ha-cli --store URL team password)</translation>
    </message>
    <message>
        <source>store %1: the URL names no host</source>
        <translation>stockage %1 : l’URL ne désigne aucun hôte</translation>
    </message>
    <message>
        <source>store %1: the URL names no role (postgresql://ROLE@HOST/DATABASE)</source>
        <translation>stockage %1 : l’URL ne désigne aucun rôle (postgresql://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>store %1: the URL names no database (postgresql://ROLE@HOST/DATABASE)</source>
        <translation>stockage %1 : l’URL ne désigne aucune base de données (postgresql://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>store %1: sslrootcert must be an absolute path</source>
        <translation>stockage %1 : sslrootcert doit être un chemin absolu</translation>
    </message>
    <message>
        <source>store %1: sslrootcert may not hold spaces, quotes, backslashes, &apos;;&apos; or &apos;=&apos;</source>
        <translation>stockage %1 : sslrootcert ne doit contenir ni espaces, ni guillemets, ni barres obliques inverses, ni &apos;;&apos; ni &apos;=&apos;</translation>
    </message>
    <message>
        <source>store %1: sslmode=%2 is refused; the team&apos;s store is reached over TLS with its certificate and name verified (verify-full)</source>
        <translation>stockage %1 : sslmode=%2 est refusé ; le stockage de l’équipe est joint par TLS, avec son certificat et son nom vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>store %1: unknown URL parameter &quot;%2&quot; (known: sslrootcert, sslmode)</source>
        <translation>stockage %1 : paramètre d’URL inconnu « %2 » (connus : sslrootcert, sslmode)</translation>
    </message>
</context>
<context>
    <name>AuditedSecretStore</name>
    <message>
        <source>not done: the application ends</source>
        <translation>non fait : l’application se termine</translation>
    </message>
    <message>
        <source>not done, as the audit log could not record it: %1</source>
        <translation>non fait, car le journal d’audit n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <source>there is no audit log</source>
        <translation>il n’y a pas de journal d’audit</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <source>%1 (PRACTICE)</source>
        <translation>%1 (ENTRAÎNEMENT)</translation>
    </message>
</context>
<context>
    <name>ClusterFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2; nothing was changed</source>
        <translation>impossible de sauvegarder %1 vers %2 ; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>ClusterImport</name>
    <message>
        <source>no PostgreSQL server runs</source>
        <translation>aucun serveur PostgreSQL ne tourne</translation>
    </message>
    <message>
        <source>PostgreSQL %1 %2</source>
        <translation>PostgreSQL %1 %2</translation>
    </message>
    <message>
        <source>in recovery, from %1</source>
        <translation>en récupération, depuis %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>accepting writes, no standby</source>
        <translation>accepte les écritures, aucun standby</translation>
    </message>
    <message>
        <source>accepting writes, streaming to %1</source>
        <translation>accepte les écritures, diffuse vers %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>données %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>configuration %1</source>
        <translation>configuration %1</translation>
    </message>
    <message>
        <source>programs %1</source>
        <translation>programmes %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l’arrêt</translation>
    </message>
    <message>
        <source>Inmanta server %1, no database configured, API %2</source>
        <translation>Serveur Inmanta %1, aucune base de données configurée, API %2</translation>
    </message>
    <message>
        <source>Inmanta server %1, database %2 on %3 as %4, API %5</source>
        <translation>Serveur Inmanta %1, base de données %2 sur %3 en tant que %4, API %5</translation>
    </message>
    <message>
        <source>No PostgreSQL server runs on %1 (%2): its settings are the runbook&apos;s defaults; check them.</source>
        <translation>Aucun serveur PostgreSQL ne tourne sur %1 (%2) : ses paramètres sont les valeurs par défaut du runbook ; vérifiez-les.</translation>
    </message>
    <message>
        <source>%1 runs %2 PostgreSQL servers: the one in %3 is imported.</source>
        <translation>%1 fait tourner %2 serveurs PostgreSQL : celui de %3 est importé.</translation>
    </message>
    <message>
        <source>No active service unit of PostgreSQL was found on %1: &quot;%2&quot; is assumed.</source>
        <translation>Aucune unité de service PostgreSQL active n’a été trouvée sur %1 : « %2 » est supposée.</translation>
    </message>
    <message>
        <source>No Inmanta server runs on the orchestrator hosts: choose the orchestrator in the table.</source>
        <translation>Aucun serveur Inmanta ne tourne sur les hôtes d’orchestrateur : choisissez l’orchestrateur dans le tableau.</translation>
    </message>
    <message>
        <source>The Inmanta server runs on %1 hosts (%2): two orchestrators. Stop all but one, and choose the orchestrator in the table.</source>
        <translation>Le serveur Inmanta tourne sur %1 hôtes (%2) : deux orchestrateurs. Arrêtez-les tous sauf un, et choisissez l’orchestrateur dans le tableau.</translation>
    </message>
    <message>
        <source>The Inmanta server uses the database on %1, which is none of the database hosts given: add it, or choose the primary in the table.</source>
        <translation>Le serveur Inmanta utilise la base sur %1, qui ne figure pas parmi les hôtes de base de données indiqués : ajoutez-le, ou choisissez le primaire dans le tableau.</translation>
    </message>
    <message>
        <source>The Inmanta server uses the database on %1, which does not accept writes: choose the primary in the table.</source>
        <translation>Le serveur Inmanta utilise la base sur %1, qui n’accepte pas les écritures : choisissez le primaire dans le tableau.</translation>
    </message>
    <message>
        <source>Several database hosts accept writes (%1) and the orchestrator names none of them: choose the primary in the table.</source>
        <translation>Plusieurs hôtes de base de données acceptent des écritures (%1) et l’orchestrateur n’en désigne aucun : choisissez le primaire dans le tableau.</translation>
    </message>
    <message>
        <source>%1 accepts writes too and holds the database %2 or has standbys: two primaries? It is imported as a spare; make sure nothing writes to it.</source>
        <translation>%1 accepte aussi des écritures et contient la base %2 ou a des standbys : deux primaires ? Il est importé comme réserve ; assurez-vous que rien n’y écrit.</translation>
    </message>
    <message>
        <source>%1 is in recovery but streams from %2, not from the primary %3.</source>
        <translation>%1 est en récupération mais reçoit son flux depuis %2, et non depuis le primaire %3.</translation>
    </message>
    <message>
        <source>no host it names</source>
        <translation>un hôte non nommé</translation>
    </message>
    <message>
        <source>Where %1&apos;s PostgreSQL reads its configuration could not be read: its configuration directory is left as the data directory; check it.</source>
        <translation>Impossible de lire où le PostgreSQL de %1 lit sa configuration : son répertoire de configuration reste le répertoire de données ; vérifiez-le.</translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL reads its client authentication from %2, not from %3, which the procedures change: point hba_file there (or move the file) before running them.</source>
        <translation>Le PostgreSQL de %1 lit son authentification client dans %2, pas dans %3, que les procédures modifient : faites pointer hba_file vers ce dernier (ou déplacez le fichier) avant de les lancer.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 listens on %2 only: its API cannot be reached from here (status, the failover&apos;s checks). Set bind-address in its [server] section to %3 (or 0.0.0.0) and restart it.</source>
        <translation>Le serveur Inmanta sur %1 n’écoute que sur %2 : son API est injoignable d’ici (état, contrôles du basculement). Mettez bind-address de sa section [server] à %3 (ou 0.0.0.0) et redémarrez-le.</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>unknown key, ignored and kept on save (a typo?)</source>
        <translation>clé inconnue, ignorée et conservée à l’enregistrement (une faute de frappe ?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>« %1 » n’est pas un rôle (%2)</translation>
    </message>
    <message>
        <source>is empty; one of %1</source>
        <translation>est vide ; valeurs possibles : %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide : %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;name&quot;, &quot;replication&quot; and &quot;nodes&quot;</source>
        <translation>objet JSON attendu avec « name », « replication » et « nodes »</translation>
    </message>
    <message>
        <source>is required: the list of hosts of the cluster</source>
        <translation>est obligatoire : la liste des hôtes du cluster</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>liste attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>is empty; a cluster needs at least one node</source>
        <translation>est vide ; un cluster doit avoir au moins un nœud</translation>
    </message>
    <message>
        <source>expected a number of bytes, got %1</source>
        <translation>un nombre d’octets attendu, reçu : %1</translation>
    </message>
    <message>
        <source>%1 is not a number of bytes (a whole number, 0 or more)</source>
        <translation>%1 n’est pas un nombre d’octets (un entier, 0 ou plus)</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, reçu %1</translation>
    </message>
</context>
<context>
    <name>ClusterValidator</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation>« %1 » n’est pas un nom d’utilisateur valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>« %1 » n’est pas une URL http:// ou https:// avec un hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL database name (letters, digits, _ and $, at most 63)</source>
        <translation>« %1 » n’est pas un nom de base PostgreSQL (lettres, chiffres, _ et $, 63 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name (letters, digits, _ and $, at most 63)</source>
        <translation>« %1 » n’est pas un nom de rôle PostgreSQL (lettres, chiffres, _ et $, 63 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name (letters, digits and _, at most 63)</source>
        <translation>« %1 » n’est pas un nom de rôle PostgreSQL (lettres, chiffres et _, 63 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replication slot name (lower-case letters, digits and _, at most 63)</source>
        <translation>« %1 » n’est pas un nom de slot de réplication (minuscules, chiffres et _, 63 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (scram-sha-256 or md5)</source>
        <translation>« %1 » n’est pas pris en charge (scram-sha-256 ou md5)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 63)</source>
        <translation>« %1 » n’est pas un nom valide (lettres, chiffres, « . », « _ » et « - », 63 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name</source>
        <translation>« %1 » n’est ni une adresse IP ni un nom d’hôte</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 n’est pas un port (1-65535)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; the host needs an absolute one</source>
        <translation>« %1 » est un chemin relatif ; l’hôte a besoin d’un chemin absolu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;..&quot;; write the path without it</source>
        <translation>« %1 » contient « .. » ; écrivez le chemin sans</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; write it absolute or starting with ~/</source>
        <translation>« %1 » est un chemin relatif ; écrivez-le en absolu ou commençant par ~/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service unit name</source>
        <translation>« %1 » n’est pas un nom d’unité de service</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>« %1 » est déjà le nom de %2</translation>
    </message>
    <message>
        <source>a second %1; %2 is one already, and a cluster has at most one</source>
        <translation>un second %1 ; %2 l’est déjà, et un cluster en a au plus un</translation>
    </message>
    <message>
        <source>%1 is also the database of %2; primary and standby must be different servers</source>
        <translation>%1 est aussi la base de données de %2 ; le primaire et le standby doivent être des serveurs distincts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application name that synchronous_standby_names accepts (letters, digits and _, not starting with a digit, not FIRST or ANY, at most 63)</source>
        <translation>« %1 » n’est pas un nom d’application accepté par synchronous_standby_names (lettres, chiffres et _, sans chiffre au début, ni FIRST ni ANY, 63 au plus)</translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3): a warning comes before the critical state</source>
        <translation>%1 dépasse %2 (%3) : l’avertissement vient avant l’état critique</translation>
    </message>
    <message>
        <source>%1: the API token goes to %2 unencrypted, readable on the way; give the node an https:// apiUrl</source>
        <translation>%1 : le jeton d’API part en clair vers %2, lisible en chemin ; donnez au nœud une apiUrl en https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: spaces, quotes, backslashes and &apos;;&apos; are not supported in this path</source>
        <translation>« %1 » : les espaces, guillemets, barres obliques inverses et &apos;;&apos; ne sont pas pris en charge dans ce chemin</translation>
    </message>
    <message>
        <source>a practice cluster is named &quot;%1&quot;</source>
        <translation>un cluster d’entraînement s’appelle « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the practice cluster&apos;s name; give this cluster another</source>
        <translation>« %1 » est le nom du cluster d’entraînement ; donnez-en un autre à ce cluster</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the practice cluster&apos;s network (%2)</source>
        <translation>« %1 » est hors du réseau du cluster d’entraînement (%2)</translation>
    </message>
    <message>
        <source>a user or password in the proxy&apos;s URL is not supported (SOCKS5 without authentication only, and no password in this file)</source>
        <translation>un utilisateur ou un mot de passe dans l&apos;URL du proxy n&apos;est pas pris en charge (SOCKS5 sans authentification uniquement, et aucun mot de passe dans ce fichier)</translation>
    </message>
    <message>
        <source>the practice cluster&apos;s proxy must be on this machine (127.0.0.1), not %1</source>
        <translation>le proxy du cluster d&apos;entraînement doit être sur cette machine (127.0.0.1), pas %1</translation>
    </message>
    <message>
        <source>direct database logins cannot go through the cluster&apos;s proxy; remove caFile (PostgreSQL is then read over SSH) or the proxy</source>
        <translation>les connexions directes à la base ne peuvent pas passer par le proxy du cluster ; retirez caFile (PostgreSQL est alors lu par SSH) ou le proxy</translation>
    </message>
    <message>
        <source>expected socks5://HOST:PORT, a SOCKS5 proxy without authentication</source>
        <translation>attendu socks5://HÔTE:PORT, un proxy SOCKS5 sans authentification</translation>
    </message>
</context>
<context>
    <name>ClusterVerdict</name>
    <message>
        <source>Replication is not set up yet: %1 are independent servers.</source>
        <translation>La réplication n’est pas encore en place : %1 sont des serveurs indépendants.</translation>
    </message>
    <message>
        <source>Configure the primary, then the standby.</source>
        <translation>Configurez le primaire, puis le standby.</translation>
    </message>
    <message>
        <source>Split brain: %1 all accept writes.</source>
        <translation>Split brain : %1 acceptent tous des écritures.</translation>
    </message>
    <message>
        <source>Stop every one of them but the primary the Inmanta server uses, before anything else.</source>
        <translation>Avant toute autre chose, arrêtez-les tous sauf le primaire qu’utilise le serveur Inmanta.</translation>
    </message>
    <message>
        <source>The cluster file names no primary.</source>
        <translation>Le fichier de cluster ne désigne aucun primaire.</translation>
    </message>
    <message>
        <source>Nothing is known about %1 yet.</source>
        <translation>On ne sait encore rien de %1.</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 ne répond pas</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is down</source>
        <translation>PostgreSQL est arrêté sur %1</translation>
    </message>
    <message>
        <source>%1 is in recovery</source>
        <translation>%1 est en récupération</translation>
    </message>
    <message>
        <source>%1: writes are not possible.</source>
        <translation>%1 : aucune écriture n’est possible.</translation>
    </message>
    <message>
        <source>Bring %1 back; there is no standby to fail over to.</source>
        <translation>Rétablissez %1 ; il n’y a pas de standby vers lequel basculer.</translation>
    </message>
    <message>
        <source>Bring %1 back, or rebuild it (configure-standby).</source>
        <translation>Rétablissez %1, ou reconstruisez-le (configure-standby).</translation>
    </message>
    <message>
        <source>No synchronous standby: writes on %1 will block until %2 streams again.</source>
        <translation>Aucun standby synchrone : les écritures sur %1 resteront bloquées jusqu’à ce que %2 diffuse de nouveau.</translation>
    </message>
    <message>
        <source>Add a standby (configure-standby).</source>
        <translation>Ajoutez un standby (configure-standby).</translation>
    </message>
    <message>
        <source>Look at the inmanta-server service on %1.</source>
        <translation>Examinez le service inmanta-server sur %1.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 uses the database on %2, which is not the primary (%3).</source>
        <translation>Le serveur Inmanta sur %1 utilise la base sur %2, qui n’est pas le primaire (%3).</translation>
    </message>
    <message>
        <source>Healthy: %1 replicates synchronously to %2.</source>
        <translation>En bon état : %1 réplique de façon synchrone vers %2.</translation>
    </message>
    <message>
        <source>Replication is not set up yet: %1 has no replication slot %2.</source>
        <translation>La réplication n’est pas encore en place : %1 n’a pas de slot de réplication %2.</translation>
    </message>
    <message>
        <source>%1 accepts connections but does not answer</source>
        <translation>%1 accepte les connexions mais ne répond pas</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 est hors service</translation>
    </message>
    <message>
        <source>%1: writes on %2 will block until it streams again.</source>
        <translation>%1 : les écritures sur %2 resteront bloquées jusqu’à la reprise du streaming.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 accepts connections but does not answer.</source>
        <translation>Le serveur Inmanta sur %1 accepte les connexions mais ne répond pas.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 does not answer.</source>
        <translation>Le serveur Inmanta sur %1 ne répond pas.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is unhealthy: it is not connected to its database.</source>
        <translation>Le serveur Inmanta sur %1 est en mauvais état : il n’est pas connecté à sa base de données.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is unhealthy.</source>
        <translation>Le serveur Inmanta sur %1 est en mauvais état.</translation>
    </message>
    <message>
        <source>its host key is not known yet</source>
        <translation>sa clé d’hôte n’est pas encore connue</translation>
    </message>
    <message>
        <source>its host key has changed</source>
        <translation>sa clé d’hôte a changé</translation>
    </message>
    <message>
        <source>its host key is revoked</source>
        <translation>sa clé d’hôte est révoquée</translation>
    </message>
    <message>
        <source>the SSH login was refused</source>
        <translation>la connexion SSH a été refusée</translation>
    </message>
    <message>
        <source>sudo was refused</source>
        <translation>sudo a été refusé</translation>
    </message>
    <message>
        <source>The state of %1 cannot be read: %2.</source>
        <translation>L’état de %1 est illisible : %2.</translation>
    </message>
    <message>
        <source>Compare %1&apos;s host key fingerprint with the host&apos;s own and accept it, then check again.</source>
        <translation>Comparez l’empreinte de la clé d’hôte de %1 avec celle de l’hôte lui-même et acceptez-la, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Find out why %1&apos;s host key changed; only if the host was reinstalled, remove its old entry from known_hosts, then check again.</source>
        <translation>Découvrez pourquoi la clé d’hôte de %1 a changé ; seulement si l’hôte a été réinstallé, retirez son ancienne entrée de known_hosts, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Let the SSH user on %1 use sudo (or fix its sudo password in the credentials), then check again.</source>
        <translation>Autorisez l’utilisateur SSH sur %1 à utiliser sudo (ou corrigez son mot de passe sudo dans les identifiants), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Fix the SSH login of %1 (user, key or password), then check again.</source>
        <translation>Corrigez la connexion SSH de %1 (utilisateur, clé ou mot de passe), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Treat %1 as compromised: give it new host keys, then check again.</source>
        <translation>Considérez %1 comme compromis : donnez-lui de nouvelles clés d’hôte, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>pas encore vu</translation>
    </message>
    <message>
        <source>spare, not watched</source>
        <translation>réserve, non surveillé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Inmanta server unreachable</source>
        <translation>Serveur Inmanta injoignable</translation>
    </message>
    <message>
        <source>PostgreSQL stopped</source>
        <translation>PostgreSQL arrêté</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>standby (en récupération)</translation>
    </message>
    <message>
        <source>accepts writes</source>
        <translation>accepte des écritures</translation>
    </message>
    <message>
        <source>Inmanta server healthy</source>
        <translation>Serveur Inmanta en bon état</translation>
    </message>
    <message>
        <source>Inmanta server unhealthy</source>
        <translation>Serveur Inmanta en mauvais état</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 answers but asks for an API token, and none is stored: which database it uses is not known.</source>
        <translation>Le serveur Inmanta sur %1 répond mais demande un jeton d&apos;API, et aucun n&apos;est enregistré : la base de données qu&apos;il utilise n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 answers but refused the API token (wrong, expired, revoked, or limited to one environment): which database it uses is not known.</source>
        <translation>Le serveur Inmanta sur %1 répond mais a refusé le jeton d&apos;API (faux, expiré, révoqué ou limité à un environnement) : la base de données qu&apos;il utilise n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>Store a token with the API&apos;s scope: inmanta-ha-cli --cluster FILE secret set api-token.</source>
        <translation>Enregistrez un jeton ayant la portée de l&apos;API : inmanta-ha-cli --cluster FILE secret set api-token.</translation>
    </message>
    <message>
        <source>Look at the inmanta-server service on %1. It listens on 127.0.0.1 only unless [server] bind-address says otherwise.</source>
        <translation>Examinez le service inmanta-server sur %1. Il n&apos;écoute que sur 127.0.0.1, sauf si [server] bind-address dit autre chose.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 uses the database on %2, a name that does not resolve on this machine: whether it is the primary (%3) cannot be told.</source>
        <translation>Le serveur Inmanta sur %1 utilise la base de données sur %2, un nom qui ne se résout pas sur cette machine : impossible de dire si c&apos;est le primaire (%3).</translation>
    </message>
    <message>
        <source>Make the name resolve here, or name the database by its address in the server&apos;s configuration.</source>
        <translation>Faites en sorte que le nom se résolve ici, ou désignez la base de données par son adresse dans la configuration du serveur.</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 is not running (18.2 and later stop themselves when their database is lost): start it again once it points at the new primary.</source>
        <translation>Le serveur Inmanta sur %1 ne tourne pas (à partir de 18.2, il s&apos;arrête de lui-même quand sa base de données est perdue) : redémarrez-le une fois qu&apos;il pointe vers le nouveau primaire.</translation>
    </message>
    <message>
        <source>Fail over to %1: promote it, then point the Inmanta server at it (failover-server).</source>
        <translation>Basculer vers %1 : le promouvoir, puis y diriger le serveur Inmanta (failover-server).</translation>
    </message>
    <message>
        <source>Fail over to %1: promote it.</source>
        <translation>Basculer vers %1 : le promouvoir.</translation>
    </message>
    <message>
        <source>%1 runs alone as the primary: no standby replicates it, so no failover is possible.</source>
        <translation>%1 tourne seul comme primaire : aucun standby ne le réplique, aucune bascule n’est donc possible.</translation>
    </message>
    <message>
        <source>Add a standby to the new primary: add-standby --node %1.</source>
        <translation>Ajouter un standby au nouveau primaire : add-standby --node %1.</translation>
    </message>
    <message>
        <source>Add a standby to the new primary (add-standby).</source>
        <translation>Ajouter un standby au nouveau primaire (add-standby).</translation>
    </message>
    <message>
        <source>Point it at %1: set [database] host in its database.cfg and restart it.</source>
        <translation>Le diriger vers %1 : régler [database] host dans son database.cfg et le redémarrer.</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en bon état</translation>
    </message>
    <message>
        <source>no synchronous standby</source>
        <translation>aucun standby synchrone</translation>
    </message>
    <message>
        <source>primary down</source>
        <translation>primaire hors service</translation>
    </message>
    <message>
        <source>two primaries</source>
        <translation>deux primaires</translation>
    </message>
    <message>
        <source>orchestrator down</source>
        <translation>orchestrateur hors service</translation>
    </message>
    <message>
        <source>orchestrator on the wrong database</source>
        <translation>orchestrateur sur la mauvaise base de données</translation>
    </message>
    <message>
        <source>replication not set up</source>
        <translation>réplication non mise en place</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>the cluster&apos;s proxy does not answer</source>
        <translation>le proxy du cluster ne répond pas</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s gateway is gone: see inmanta-ha-cli practice status, or take it down and up again.</source>
        <translation>La passerelle du cluster d&apos;entraînement a disparu : voyez inmanta-ha-cli practice status, ou arrêtez-le puis relancez-le.</translation>
    </message>
    <message>
        <source>Bring the cluster&apos;s proxy back (the &quot;proxy&quot; of the cluster file: an ssh -D tunnel, for instance), then check again.</source>
        <translation>Rétablissez le proxy du cluster (le « proxy » du fichier de cluster : un tunnel ssh -D, par exemple), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing answers through the cluster&apos;s proxy (%1): whether the hosts or the way to them failed cannot be told.</source>
        <translation>Rien ne répond à travers le proxy du cluster (%1) : impossible de dire si ce sont les hôtes ou le chemin vers eux qui ont échoué.</translation>
    </message>
    <message>
        <source>this machine&apos;s SSH configuration asks for what this tool cannot do</source>
        <translation>la configuration SSH de cette machine demande ce que cet outil ne sait pas faire</translation>
    </message>
    <message>
        <source>Change ~/.ssh/config for %1 as its details say, then check again.</source>
        <translation>Modifiez ~/.ssh/config pour %1 comme l&apos;indiquent ses détails, puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: missing argument</source>
        <translation>%1 : argument manquant</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>The cluster file.</source>
        <translation>Le fichier de cluster.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The audit database.</source>
        <translation>La base d’audit.</translation>
    </message>
    <message>
        <source>The product&apos;s known_hosts file.</source>
        <translation>Le fichier known_hosts du programme.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Run inmanta-ha-cli --help for the commands and their options.</source>
        <translation>Lancez inmanta-ha-cli --help pour voir les commandes et leurs options.</translation>
    </message>
    <message>
        <source>no cluster file: pass --cluster FILE</source>
        <translation>aucun fichier de cluster : indiquez --cluster FICHIER</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: 1 problem found; nothing was run.</source>
        <translation>%1 : 1 problème trouvé ; rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>%1: %2 problems found; nothing was run.</source>
        <translation>%1 : %2 problèmes trouvés ; rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: 1 node</source>
        <translation>Cluster « %1 » : 1 nœud</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: %2 nodes</source>
        <translation>Cluster « %1 » : %2 nœuds</translation>
    </message>
    <message>
        <source>Replication: user %1, slot %2, application name %3, authentication %4</source>
        <translation>Réplication : utilisateur %1, slot %2, nom d’application %3, authentification %4</translation>
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
        <translation>Accepter et mémoriser les clés d’hôte inconnues.</translation>
    </message>
    <message>
        <source>unknown procedure &quot;%1&quot;; one of %2</source>
        <translation>procédure inconnue « %1 » ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>Confirm dangerous steps without asking.</source>
        <translation>Confirmer les étapes dangereuses sans demander.</translation>
    </message>
    <message>
        <source>RUN_ID</source>
        <translation>ID_EXECUTION</translation>
    </message>
    <message>
        <source>html, pdf or json.</source>
        <translation>html, pdf ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Le fichier de rapport à écrire.</translation>
    </message>
    <message>
        <source>Only this run.</source>
        <translation>Uniquement cette exécution.</translation>
    </message>
    <message>
        <source>audit export: --format must be html, pdf or json</source>
        <translation>audit export : --format doit être html, pdf ou json</translation>
    </message>
    <message>
        <source>audit export: --output FILE is required</source>
        <translation>audit export : --output FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation>Valeur de %1 (non affichée) : </translation>
    </message>
    <message>
        <source>warning: %1 The check goes on without stored passwords and passphrases.</source>
        <translation>avertissement : %1 La vérification continue sans mots de passe ni phrases secrètes enregistrés.</translation>
    </message>
    <message>
        <source>warning: this check is not recorded in the audit log: %1</source>
        <translation>avertissement : cette vérification n’est pas consignée dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>All %1 nodes passed the pre-flight check.</source>
        <translation>Les %1 nœuds ont passé la vérification préalable.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes failed the pre-flight check.</source>
        <translation>%1 nœuds sur %2 ont échoué à la vérification préalable.</translation>
    </message>
    <message>
        <source>Unknown host keys were refused. Compare their fingerprints with the hosts&apos; own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on each host), then run again with --accept-new-host-keys.</source>
        <translation>Des clés d’hôte inconnues ont été refusées. Comparez leurs empreintes avec celles des hôtes (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur chaque hôte), puis relancez avec --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>secret set %1: no value; give it on standard input (first line)</source>
        <translation>secret set %1 : aucune valeur ; donnez-la sur l’entrée standard (première ligne)</translation>
    </message>
    <message>
        <source>%1 is not set (or the keychain is locked).</source>
        <translation>%1 n’est pas défini (ou le trousseau est verrouillé).</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 est défini.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 est supprimé.</translation>
    </message>
    <message>
        <source>%1 was not set.</source>
        <translation>%1 n’était pas défini.</translation>
    </message>
    <message>
        <source>cannot verify the audit log: %1</source>
        <translation>impossible de vérifier le journal d’audit : %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entries; %3</source>
        <translation>%1 écrit : %2 entrées ; %3</translation>
    </message>
    <message>
        <source>Plan: %1 on cluster %2 (runbook: &quot;%3&quot;)</source>
        <translation>Plan : %1 sur le cluster %2 (runbook : « %3 »)</translation>
    </message>
    <message>
        <source>Pre-flight checks (nothing changes if one fails):</source>
        <translation>Vérifications préalables (si l’une échoue, rien ne change) :</translation>
    </message>
    <message>
        <source>Steps (each is skipped when already done):</source>
        <translation>Étapes (chacune est sautée si elle est déjà faite) :</translation>
    </message>
    <message>
        <source>  (DANGEROUS: erases data; needs --yes)</source>
        <translation>  (DANGEREUX : efface des données ; nécessite --yes)</translation>
    </message>
    <message>
        <source>Nothing has been run.</source>
        <translation>Rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>l’exécution ne peut pas être consignée dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>Run %1: %2 on cluster %3</source>
        <translation>Exécution %1 : %2 sur le cluster %3</translation>
    </message>
    <message>
        <source>pre-flight</source>
        <translation>vérification préalable</translation>
    </message>
    <message>
        <source>output:</source>
        <translation>sortie :</translation>
    </message>
    <message>
        <source>Run %1 succeeded.</source>
        <translation>L’exécution %1 a réussi.</translation>
    </message>
    <message>
        <source>Refused before anything changed: %1</source>
        <translation>Refusé avant tout changement : %1</translation>
    </message>
    <message>
        <source>Run %1 stopped: %2</source>
        <translation>Exécution %1 arrêtée : %2</translation>
    </message>
    <message>
        <source>Run %1 was cancelled: %2</source>
        <translation>L’exécution %1 a été annulée : %2</translation>
    </message>
    <message>
        <source>Fix the cause, then resume with: inmanta-ha-cli --cluster FILE run %1 --resume %2</source>
        <translation>Corrigez la cause, puis reprenez avec : inmanta-ha-cli --cluster FICHIER run %1 --resume %2</translation>
    </message>
    <message>
        <source>Cancelling: the running command is stopped; the run can be resumed.</source>
        <translation>Annulation : la commande en cours est arrêtée ; l’exécution pourra être reprise.</translation>
    </message>
    <message>
        <source>warning: %1 The status is read without stored passwords and passphrases.</source>
        <translation>avertissement : %1 L’état est lu sans mots de passe ni phrases secrètes enregistrés.</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1 : %2</translation>
    </message>
    <message>
        <source>; replica %1 at %2: %3, %4, %5 bytes behind</source>
        <translation>; réplique %1 sur %2 : %3, %4, %5 octets de retard</translation>
    </message>
    <message>
        <source>; slot %1 %2</source>
        <translation>; slot %1 %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>, database %1</source>
        <translation>, base de données %1</translation>
    </message>
    <message>
        <source>lock status | lock release RUN_ID</source>
        <translation>lock status | lock release RUN_ID</translation>
    </message>
    <message>
        <source>Allow erasing NODE although it holds data of its own (configure-standby); NODE must be typed out.</source>
        <translation>Autorise l’effacement de NODE bien qu’il contienne ses propres données (configure-standby) ; NODE doit être écrit en entier.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>Resume a failed or cancelled run: every step is checked again.</source>
        <translation>Reprendre une exécution échouée ou annulée : chaque étape est vérifiée à nouveau.</translation>
    </message>
    <message>
        <source>The node the procedure works on (add-standby, new-orchestrator; promote-standby: the standby).</source>
        <translation>Le nœud sur lequel porte la procédure (add-standby, new-orchestrator ; promote-standby : le standby).</translation>
    </message>
    <message>
        <source>The node the procedure works on: the standby to build or promote, the node that becomes the new orchestrator.</source>
        <translation>Le nœud sur lequel porte la procédure : le standby à construire ou à promouvoir, le nœud qui devient le nouvel orchestrateur.</translation>
    </message>
    <message>
        <source>Attest that NODE, which does not answer, is powered off or cut off the network (recorded in the audit log with your name). May be given more than once.</source>
        <translation>Attester que NODE, qui ne répond pas, est éteint ou coupé du réseau (consigné dans le journal d’audit avec votre nom). Peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>Promote although the standby may lack commits the primary acknowledged (the plan&apos;s pre-flight names how much, from the last sample); recorded in the audit log.</source>
        <translation>Promouvoir même si le standby peut manquer de commits que le primaire a confirmés (le contrôle préalable dit combien, d’après le dernier échantillon) ; consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>new-orchestrator: the command (run as root on the node) that installs the Inmanta server where it is missing.</source>
        <translation>new-orchestrator : la commande (exécutée en root sur le nœud) qui installe le serveur Inmanta là où il manque.</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <source>--%1 %2: no node of that name in cluster %3</source>
        <translation>--%1 %2 : aucun nœud de ce nom dans le cluster %3</translation>
    </message>
    <message>
        <source>Refused; this attempt changed nothing, what run %1 did before stays: %2</source>
        <translation>Refusé ; cette tentative n’a rien changé, ce que l’exécution %1 a fait avant reste : %2</translation>
    </message>
    <message>
        <source>The run succeeded, but the cluster file %1 could not be updated (%2); change the roles by hand: %3</source>
        <translation>L’exécution a réussi, mais le fichier de cluster %1 n’a pas pu être mis à jour (%2) ; changez les rôles à la main : %3</translation>
    </message>
    <message>
        <source>Cluster file %1 updated (the previous one is %1.bak): %2</source>
        <translation>Fichier de cluster %1 mis à jour (le précédent est %1.bak) : %2</translation>
    </message>
    <message>
        <source>warning: the replication sample is not kept: %1</source>
        <translation>avertissement : l’échantillon de réplication n’est pas conservé : %1</translation>
    </message>
    <message>
        <source>Where to serve /metrics: ADDR:PORT, [IPv6]:PORT or :PORT (every address).</source>
        <translation>Où servir /metrics : ADR:PORT, [IPv6]:PORT ou :PORT (toutes les adresses).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADR:PORT</translation>
    </message>
    <message>
        <source>Seconds between rounds (default 15).</source>
        <translation>Secondes entre deux tours (15 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>exporter: --listen ADDR:PORT is required (e.g. 127.0.0.1:9877, [::1]:9877 or :9877)</source>
        <translation>exporter : --listen ADR:PORT est requis (par ex. 127.0.0.1:9877, [::1]:9877 ou :9877)</translation>
    </message>
    <message>
        <source>exporter: --interval must be 1 to 3600 seconds</source>
        <translation>exporter : --interval doit être de 1 à 3600 secondes</translation>
    </message>
    <message>
        <source>inmanta-ha-cli: exporter: cannot listen on %1: %2</source>
        <translation>inmanta-ha-cli : exporter : impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>warning: %1 The cluster is watched without stored passwords and passphrases.</source>
        <translation>avertissement : %1 Le cluster est surveillé sans les mots de passe ni les phrases de passe enregistrés.</translation>
    </message>
    <message>
        <source>Serving the metrics of cluster %1 at http://%2/metrics, a round every %3 s.</source>
        <translation>Métriques du cluster %1 servies sur http://%2/metrics, un tour toutes les %3 s.</translation>
    </message>
    <message>
        <source>text (default), json, nagios (a plugin&apos;s line and exit code) or prometheus (the text exposition format).</source>
        <translation>text (par défaut), json, nagios (la ligne et le code de sortie d’un plugin) ou prometheus (le format d’exposition texte).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Identique à --format json.</translation>
    </message>
    <message>
        <source>prometheus: write to FILE, replaced at once (node_exporter&apos;s textfile collector never reads half a file).</source>
        <translation>prometheus : écrire dans FICHIER, remplacé d’un coup (le collecteur textfile de node_exporter ne lit jamais un demi-fichier).</translation>
    </message>
    <message>
        <source>Replay lag that is a warning.</source>
        <translation>Retard de rejeu qui est un avertissement.</translation>
    </message>
    <message>
        <source>Replay lag that is critical.</source>
        <translation>Retard de rejeu qui est critique.</translation>
    </message>
    <message>
        <source>WAL a replication slot retains that is a warning.</source>
        <translation>WAL retenu par un slot de réplication qui est un avertissement.</translation>
    </message>
    <message>
        <source>WAL a replication slot retains that is critical.</source>
        <translation>WAL retenu par un slot de réplication qui est critique.</translation>
    </message>
    <message>
        <source>Bytes, or with a unit: kB, MB, GB, TB (1024-based). Default: the cluster file&apos;s, else the built-in one.</source>
        <translation>Octets, ou avec une unité : kB, MB, GB, TB (base 1024). Par défaut : celui du fichier de cluster, sinon celui intégré.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>status: --format must be text, json, nagios or prometheus</source>
        <translation>status : --format doit être text, json, nagios ou prometheus</translation>
    </message>
    <message>
        <source>status: --output goes with --format prometheus</source>
        <translation>status : --output va avec --format prometheus</translation>
    </message>
    <message>
        <source>the cluster file %1 has problems; see `inmanta-ha-cli --cluster %1 validate`</source>
        <translation>le fichier de cluster %1 a des problèmes ; voir `inmanta-ha-cli --cluster %1 validate`</translation>
    </message>
    <message>
        <source>status: --%1 &quot;%2&quot; is not a size (bytes, or a number with kB, MB, GB or TB)</source>
        <translation>status : --%1 « %2 » n’est pas une taille (octets, ou un nombre avec kB, MB, GB ou TB)</translation>
    </message>
    <message>
        <source>status: a warning threshold is above its critical one</source>
        <translation>status : un seuil d’avertissement dépasse son seuil critique</translation>
    </message>
    <message>
        <source>inmanta-ha-cli: cannot write %1: %2</source>
        <translation>inmanta-ha-cli : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>secret %1 %2: not done, as the audit log could not record it: %3</source>
        <translation>secret %1 %2 : non fait, car le journal d’audit n’a pas pu l’enregistrer : %3</translation>
    </message>
    <message>
        <source>warning: recorded, but the keychain&apos;s copy of the audit log&apos;s head is not updated: %1</source>
        <translation>avertissement : enregistré, mais la copie de la tête du journal dans le trousseau n’est pas à jour : %1</translation>
    </message>
    <message>
        <source>The only host key NODE may present (as ssh-keygen -lf prints it); repeatable.</source>
        <translation>La seule clé d’hôte que NODE peut présenter (telle que ssh-keygen -lf l’affiche) ; répétable.</translation>
    </message>
    <message>
        <source>NODE=SHA256:...</source>
        <translation>NŒUD=SHA256:...</translation>
    </message>
    <message>
        <source>--host-key %1: the cluster has no node &quot;%2&quot;</source>
        <translation>--host-key %1 : le cluster n’a pas de nœud « %2 »</translation>
    </message>
    <message>
        <source>--host-key %1: %2</source>
        <translation>--host-key %1 : %2</translation>
    </message>
    <message>
        <source>%1: unknown host key accepted (--accept-new-host-keys) and recorded: %2 %3</source>
        <translation>%1 : clé d’hôte inconnue acceptée (--accept-new-host-keys) et enregistrée : %2 %3</translation>
    </message>
    <message>
        <source>there is no audit log here (and the keychain cannot say whether there was one: %1)</source>
        <translation>il n’y a pas de journal d’audit ici (et le trousseau ne peut pas dire s’il y en avait un : %1)</translation>
    </message>
    <message>
        <source>MISSING: the keychain remembers the audit log %1 here; it was deleted or moved</source>
        <translation>MANQUANT : le trousseau connaît ici le journal d’audit %1 ; il a été supprimé ou déplacé</translation>
    </message>
    <message>
        <source>there is no audit log here yet</source>
        <translation>il n’y a pas encore de journal d’audit ici</translation>
    </message>
    <message>
        <source>cannot adopt the audit log: %1</source>
        <translation>impossible d’adopter le journal d’audit : %1</translation>
    </message>
    <message>
        <source>%1 is already the audit log the keychain remembers there</source>
        <translation>%1 est déjà le journal d’audit que le trousseau connaît à cet endroit</translation>
    </message>
    <message>
        <source>%1 is now the audit log the keychain remembers there</source>
        <translation>%1 est désormais le journal d’audit que le trousseau connaît à cet endroit</translation>
    </message>
    <message>
        <source>warning: held back: %1; %2</source>
        <translation>avertissement : retenu : %1 ; %2</translation>
    </message>
    <message>
        <source>secret: unknown action &quot;%1&quot;; one of set, delete, check, confirm</source>
        <translation>secret : action inconnue « %1 » ; l&apos;une de set, delete, check, confirm</translation>
    </message>
    <message>
        <source>%1 is set, but held back from this file: %2; %3</source>
        <translation>%1 est défini, mais retenu pour ce fichier : %2 ; %3</translation>
    </message>
    <message>
        <source>%1 is set in the keychain, for %2.</source>
        <translation>%1 est défini dans le trousseau, pour %2.</translation>
    </message>
    <message>
        <source>%1 may now go to %2 (and nowhere else).</source>
        <translation>%1 peut maintenant aller à %2 (et nulle part ailleurs).</translation>
    </message>
    <message>
        <source>secret confirm %1: it is not set; nothing to confirm</source>
        <translation>secret confirm %1 : il n&apos;est pas défini ; rien à confirmer</translation>
    </message>
    <message>
        <source>practice up | practice status | practice down</source>
        <translation>practice up | practice status | practice down</translation>
    </message>
    <message>
        <source>practice: --cluster is not for the practice cluster, which has its own file</source>
        <translation>practice : --cluster ne s’applique pas au cluster d’entraînement, qui a son propre fichier</translation>
    </message>
    <message>
        <source>The practice cluster is up (marked PRACTICE; nothing in it is real). Open it with: inmanta-ha-admin --practice</source>
        <translation>Le cluster d’entraînement tourne (marqué ENTRAÎNEMENT ; rien n’y est réel). Ouvrez-le avec : inmanta-ha-admin --practice</translation>
    </message>
    <message>
        <source>The practice cluster is gone: its hosts, files and keychain entries.</source>
        <translation>Le cluster d’entraînement est supprimé : ses hôtes, ses fichiers et ses entrées du trousseau.</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s hosts and files are gone.</source>
        <translation>Les hôtes et les fichiers du cluster d’entraînement sont supprimés.</translation>
    </message>
    <message>
        <source>PRACTICE cluster %1 (on this machine, not a real system): %2</source>
        <translation>Cluster d’ENTRAÎNEMENT %1 (sur cette machine, pas un système réel) : %2</translation>
    </message>
    <message>
        <source>Print the SSH settings of each node, with where each comes from (the cluster file, ~/.ssh/config and its line, or the default), and connect to nothing.</source>
        <translation>Afficher les réglages SSH de chaque nœud, chacun avec sa provenance (le fichier de cluster, ~/.ssh/config et sa ligne, ou la valeur par défaut), sans se connecter à rien.</translation>
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
        <translation>Usage : inmanta-ha-cli [--cluster FILE] [--audit-db FILE | --store URL] [--known-hosts FILE]
                       [--host-key NŒUD=SHA256:...] COMMANDE ...

Commandes :
  validate                        vérifier le fichier de cluster et afficher un résumé
  check [--accept-new-host-keys]  vérification préalable de l’accessibilité de chaque nœud
  plan PROCÉDURE [options]        afficher chaque étape et sa commande exacte ; ne rien exécuter
  run PROCÉDURE [--yes] [--accept-new-host-keys] [--resume ID_EXECUTION] [options]
  status [--format text|json|nagios|prometheus] [--warn-lag TAILLE] ...
                                  l’état du cluster (nagios : sortie 0-3)
  exporter --listen ADR:PORT [--interval SECONDES]
                                  servir les métriques Prometheus sur /metrics
  secret set|delete|check NAME    gérer un secret dans le trousseau du système (valeur sur stdin)
  secret confirm NAME             laisser un secret aller là où ce fichier de cluster l&apos;envoie
  audit export --format html|pdf|json --output FILE [--run ID_EXECUTION]
  audit verify                    revérifier la chaîne de hachage du journal d’audit
  audit adopt                     accepter un nouveau journal d’audit à la place d’un supprimé
  audit key export|import         partager la clé du journal d’audit avec un coéquipier (stdout/stdin)
  audit migrate --to FILE|URL     copier le journal d’audit vers un autre stockage, et vérifier la copie
  team password                   le mot de passe du rôle de --store, dans le trousseau (stdin)
  team status                     qui exécute quoi en ce moment, et les exécutions récentes de l’équipe
  team publish                    publier --cluster FILE dans le stockage (refusé en cas de conflit)
  team open NAME --output FILE    un fichier de cluster publié [--version N]
  team clusters | history NAME    les clusters publiés, et qui les a modifiés
  lock status                     qui détient le verrou du cluster, sur chaque nœud
  lock release RUN_ID             libère le verrou qu’une exécution échouée ou annulée a gardé
  practice up|status|down         un cluster d’entraînement sur cette machine (up affiche son fichier)

--store postgresql://ROLE@HOST[:PORT]/DATABASE[?sslrootcert=FILE] : le journal d’audit,
le verrou d’exécution et les clusters partagés de l’équipe (TLS vérifié ; par défaut : le
paramètre team/store, sinon le fichier SQLite local).

Procédures : %1

Codes de sortie : 0 succès, 1 une étape a échoué, 2 usage ou saisie invalide,
                  3 refusé par un contrôle de sécurité ou préalable, 4 annulé.
</translation>
    </message>
    <message>
        <source>The team&apos;s shared store (postgresql://...).</source>
        <translation>Le stockage partagé de l’équipe (postgresql://...).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--audit-db and --store name two stores; pass one</source>
        <translation>--audit-db et --store désignent deux stockages ; n’en indiquez qu’un</translation>
    </message>
    <message>
        <source>--store %1: not a postgresql:// URL (a local file is --audit-db FILE)</source>
        <translation>--store %1 : pas une URL postgresql:// (un fichier local, c’est --audit-db FILE)</translation>
    </message>
    <message>
        <source>audit: missing action; one of export, verify, adopt, key, migrate</source>
        <translation>audit : action manquante ; export, verify, adopt, key ou migrate</translation>
    </message>
    <message>
        <source>The store to copy the log into (a file or a URL).</source>
        <translation>Le stockage dans lequel copier le journal (un fichier ou une URL).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>audit migrate: --to FILE|URL is required</source>
        <translation>audit migrate : --to FILE|URL est obligatoire</translation>
    </message>
    <message>
        <source>audit: unknown action &quot;%1&quot;; one of export, verify, adopt, key, migrate</source>
        <translation>audit : action inconnue « %1 » ; export, verify, adopt, key ou migrate</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>team password | status | clusters | history NAME | publish | open NAME --output FILE [--version N]</source>
        <translation>team password | status | clusters | history NAME | publish | open NAME --output FILE [--version N]</translation>
    </message>
    <message>
        <source>The cluster file to write.</source>
        <translation>Le fichier de cluster à écrire.</translation>
    </message>
    <message>
        <source>That version, not the latest.</source>
        <translation>Cette version, pas la plus récente.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>team %1: no shared store; pass --store postgresql://ROLE@HOST/DATABASE (or set it in the settings)</source>
        <translation>team %1 : aucun stockage partagé ; indiquez --store postgresql://ROLE@HOST/DATABASE (ou définissez-le dans les paramètres)</translation>
    </message>
    <message>
        <source>team password: no value on standard input</source>
        <translation>team password : aucune valeur sur l’entrée standard</translation>
    </message>
    <message>
        <source>The password of role %1 for %2 is in the keychain.</source>
        <translation>Le mot de passe du rôle %1 pour %2 est dans le trousseau.</translation>
    </message>
    <message>
        <source>team %1: --version must be a version number, not &quot;%2&quot;</source>
        <translation>team %1 : --version doit être un numéro de version, pas « %2 »</translation>
    </message>
    <message>
        <source>team open: --output FILE is required</source>
        <translation>team open : --output FILE est obligatoire</translation>
    </message>
    <message>
        <source>team: unknown action &quot;%1&quot;; %2</source>
        <translation>team : action inconnue « %1 » ; %2</translation>
    </message>
    <message>
        <source>Team store: %1 (you are role %2)</source>
        <translation>Stockage de l’équipe : %1 (vous êtes le rôle %2)</translation>
    </message>
    <message>
        <source>%1 entries of yours wait here to be appended to it.</source>
        <translation>%1 de vos entrées attendent ici d’y être ajoutées.</translation>
    </message>
    <message>
        <source>No cluster named: pass --cluster FILE, or publish one.</source>
        <translation>Aucun cluster désigné : indiquez --cluster FILE, ou publiez-en un.</translation>
    </message>
    <message>
        <source>Cluster %1: no run now</source>
        <translation>Cluster %1 : aucune exécution en cours</translation>
    </message>
    <message>
        <source>Cluster %1: no run now; INTERRUPTED: %2 (its client ended without giving the lock back; the cluster may be half-way)</source>
        <translation>Cluster %1 : aucune exécution en cours ; INTERRUPTED : %2 (son client s’est terminé sans rendre le verrou ; le cluster est peut-être à mi-chemin)</translation>
    </message>
    <message>
        <source>Cluster %1: RUNNING NOW: %2</source>
        <translation>Cluster %1 : RUNNING NOW : %2</translation>
    </message>
    <message>
        <source>%1 holds no published cluster</source>
        <translation>%1 ne contient aucun cluster publié</translation>
    </message>
    <message>
        <source>cluster %1 is not published in %2</source>
        <translation>le cluster %1 n’est pas publié dans %2</translation>
    </message>
    <message>
        <source>team publish: not done, as the audit log could not record it: %1</source>
        <translation>team publish : non fait, car le journal d’audit n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <source>Published cluster %1 as version %2 to %3</source>
        <translation>Cluster %1 publié en version %2 dans %3</translation>
    </message>
    <message>
        <source>cluster %1 has no version %2 in %3</source>
        <translation>le cluster %1 n’a pas de version %2 dans %3</translation>
    </message>
    <message>
        <source>%1 exists and has changes that are not published: nothing was written (publish them, or write elsewhere)</source>
        <translation>%1 existe et contient des modifications non publiées : rien n’a été écrit (publiez-les, ou écrivez ailleurs)</translation>
    </message>
    <message>
        <source>Wrote %1: cluster %2, version %3, published by %4 at %5</source>
        <translation>%1 écrit : cluster %2, version %3, publiée par %4 le %5</translation>
    </message>
    <message>
        <source>audit key export: %1</source>
        <translation>audit key export : %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>This is the secret key of the audit log %1: give it to a teammate over a safe channel; they run audit key import.</source>
        <translation>Voici la clé secrète du journal d’audit %1 : transmettez-la à un coéquipier par un canal sûr ; il lance audit key import.</translation>
    </message>
    <message>
        <source>audit key export | audit key import (the key on stdin)</source>
        <translation>audit key export | audit key import (la clé sur stdin)</translation>
    </message>
    <message>
        <source>the audit key</source>
        <translation>la clé d’audit</translation>
    </message>
    <message>
        <source>audit key import: not a key (audit key export prints one line of base64)</source>
        <translation>audit key import : pas une clé (audit key export affiche une ligne de base64)</translation>
    </message>
    <message>
        <source>the key does not verify the log %1: %2</source>
        <translation>la vérification du journal %1 avec cette clé échoue : %2</translation>
    </message>
    <message>
        <source>audit key import: refused: %1</source>
        <translation>audit key import : refusé : %1</translation>
    </message>
    <message>
        <source>The key of the audit log %1 is in the keychain.</source>
        <translation>La clé du journal d’audit %1 est dans le trousseau.</translation>
    </message>
    <message>
        <source>audit migrate: %1</source>
        <translation>audit migrate : %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was copied</source>
        <translation>%1 : %2 ; rien n’a été copié</translation>
    </message>
    <message>
        <source>%1 is this log already</source>
        <translation>%1 est déjà ce journal</translation>
    </message>
    <message>
        <source>the copy in %1 does not verify: %2</source>
        <translation>la vérification de la copie dans %1 échoue : %2</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and verified the copy: %3</source>
        <translation>%1 copié vers %2 et copie vérifiée : %3</translation>
    </message>
</context>
<context>
    <name>GuiRunService</name>
    <message>
        <source>another run is going on in this window; wait for its end</source>
        <translation>une autre exécution est en cours dans cette fenêtre ; attendez qu’elle se termine</translation>
    </message>
    <message>
        <source>the audit log is not open: a run that cannot be recorded does not start</source>
        <translation>le journal d’audit n’est pas ouvert : une exécution qui ne peut pas être consignée ne démarre pas</translation>
    </message>
    <message>
        <source>the run cannot be recorded in the audit log: %1</source>
        <translation>l’exécution ne peut pas être consignée dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>(ticked in the wizard)</source>
        <translation>(coché dans l’assistant)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing changed</source>
        <translation>annulée avant son démarrage ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>(ticked for %1 in the wizard)</source>
        <translation>(cochée pour %1 dans l’assistant)</translation>
    </message>
    <message>
        <source>tick &quot;%1 does not answer...&quot; on the Preview page</source>
        <translation>cocher « %1 ne répond pas... » sur la page Aperçu</translation>
    </message>
    <message>
        <source>tick &quot;I accept that these commits may be lost&quot; on the Preview page</source>
        <translation>cocher « J’accepte que ces commits puissent être perdus » sur la page Aperçu</translation>
    </message>
</context>
<context>
    <name>HostKey</name>
    <message>
        <source>&quot;%1&quot; is not a host key fingerprint as ssh-keygen -lf prints it (SHA256: and 43 characters)</source>
        <translation>« %1 » n’est pas une empreinte de clé d’hôte telle que ssh-keygen -lf l’affiche (SHA256: et 43 caractères)</translation>
    </message>
</context>
<context>
    <name>InmantaConfig</name>
    <message>
        <source>%1 sets %2 = %3 and is read later</source>
        <translation>%1 définit %2 = %3 et est lu plus tard</translation>
    </message>
    <message>
        <source>[database] %1 in %2 would not take effect: %3</source>
        <extracomment>[database] is the section of the Inmanta configuration file; keep it as it is.</extracomment>
        <translation>[database] %1 dans %2 resterait sans effet : %3</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>%1 is not set</source>
        <translation>%1 n’est pas défini</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service provider, such as gnome-keyring or KWallet, in a desktop or D-Bus session, then try again. Secrets are never stored in plain text instead.</source>
        <translation>Aucun trousseau disponible (%1). Installez et démarrez un fournisseur Secret Service, comme gnome-keyring ou KWallet, dans une session de bureau ou D-Bus, puis réessayez. Les secrets ne sont jamais enregistrés en clair à la place.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it (log in to the desktop session, or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès (%1). Déverrouillez-le (connexion à la session de bureau, ou gnome-keyring-daemon --unlock) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (ouvrez la session de bureau, ou lancez gnome-keyring-daemon --unlock) et réessayez.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>%1 is a binary key revocation list (KRL), which this tool cannot read</source>
        <translation>%1 est une liste de révocation de clés binaire (KRL), que cet outil ne sait pas lire</translation>
    </message>
    <message>
        <source>%1: not a public key (&quot;type base64&quot; expected)</source>
        <translation>%1 : pas une clé publique (« type base64 » attendu)</translation>
    </message>
    <message>
        <source>(a @cert-authority line covers this host (%1): host certificates are not supported here, the key stands on its own)</source>
        <translation>(une ligne @cert-authority couvre cet hôte (%1) : les certificats d’hôte ne sont pas pris en charge ici, la clé vaut seule)</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>replay lag %1 bytes (critical from %2)</source>
        <translation>retard de rejeu de %1 octets (critique à partir de %2)</translation>
    </message>
    <message>
        <source>replay lag %1 bytes (warning from %2)</source>
        <translation>retard de rejeu de %1 octets (avertissement à partir de %2)</translation>
    </message>
    <message>
        <source>a slot retains %1 bytes of WAL (critical from %2)</source>
        <translation>un slot retient %1 octets de WAL (critique à partir de %2)</translation>
    </message>
    <message>
        <source>a slot retains %1 bytes of WAL (warning from %2)</source>
        <translation>un slot retient %1 octets de WAL (avertissement à partir de %2)</translation>
    </message>
    <message>
        <source>the Inmanta server on %1 does not answer or is unhealthy</source>
        <translation>le serveur Inmanta sur %1 ne répond pas ou n’est pas sain</translation>
    </message>
    <message>
        <source>the standby %1 is down</source>
        <translation>le standby %1 est hors service</translation>
    </message>
    <message>
        <source>%1 has no synchronous standby: writes block</source>
        <translation>%1 n’a pas de standby synchrone : les écritures bloquent</translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>From the cluster file</source>
        <translation>Depuis le fichier de cluster</translation>
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
        <translation>Clé SSH</translation>
    </message>
    <message>
        <source>agent and default keys</source>
        <translation>agent et clés par défaut</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>Port PostgreSQL</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Inmanta API</source>
        <translation>API Inmanta</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Paramètres de base de données</translation>
    </message>
    <message>
        <source>Live facts</source>
        <translation>État en direct</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>Live facts, checked %1</source>
        <translation>État en direct, vérifié %1</translation>
    </message>
    <message>
        <source>Last answered</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>never, since this window opened</source>
        <translation>jamais, depuis l’ouverture de cette fenêtre</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed or unreachable</source>
        <translation>fermé ou injoignable</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>API port</source>
        <translation>Port de l’API</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>In recovery</source>
        <translation>En récupération</translation>
    </message>
    <message>
        <source>yes (a standby)</source>
        <translation>oui (un standby)</translation>
    </message>
    <message>
        <source>no (accepts writes)</source>
        <translation>non (accepte les écritures)</translation>
    </message>
    <message>
        <source>Control file</source>
        <translation>Fichier de contrôle</translation>
    </message>
    <message>
        <source>%1, timeline %2</source>
        <translation>%1, timeline %2</translation>
    </message>
    <message>
        <source>standby.signal</source>
        <translation>standby.signal</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>pas essayé</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplique %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4 behind</source>
        <translation>%1 sur %2, %3, %4 de retard</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>%1, retains %2</source>
        <translation>%1, retient %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Inmanta server</source>
        <translation>Serveur Inmanta</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>unhealthy or down</source>
        <translation>en mauvais état ou arrêté</translation>
    </message>
    <message>
        <source>Uses database</source>
        <translation>Utilise la base de données</translation>
    </message>
    <message>
        <source>read over SSH (a direct login needs a CA: postgres.caFile)</source>
        <translation>lu par SSH (une connexion directe demande une CA : postgres.caFile)</translation>
    </message>
    <message>
        <source>logged in over verified TLS</source>
        <translation>connecté par TLS vérifié</translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation>Joint via</translation>
    </message>
</context>
<context>
    <name>PracticeCluster</name>
    <message>
        <source>The practice cluster is five hosts on this machine: each a set of Linux namespaces with its own network address (198.19.7.0/24, never routed), OpenSSH server and PostgreSQL 15. Creating and removing namespaces needs root, so only its helper, %1, runs as root (&quot;%2&quot;); this program does not.</source>
        <translation>Le cluster d’entraînement, ce sont cinq hôtes sur cette machine : chacun un ensemble d’espaces de noms Linux avec sa propre adresse réseau (198.19.7.0/24, jamais routée), un serveur OpenSSH et PostgreSQL 15. Créer et supprimer des espaces de noms exige root : seul son assistant, %1, s’exécute en root (« %2 ») ; ce programme, non.</translation>
    </message>
    <message>
        <source>sudo will ask for your password.</source>
        <translation>sudo vous demandera votre mot de passe.</translation>
    </message>
    <message>
        <source>Your system will ask for an administrator&apos;s password (pkexec).</source>
        <translation>Votre système demandera le mot de passe d’un administrateur (pkexec).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>The practice helper %1 is missing; reinstall inmanta-ha-admin.</source>
        <translation>L’assistant d’entraînement %1 est absent ; réinstallez inmanta-ha-admin.</translation>
    </message>
    <message>
        <source>practice %1: root was not granted (pkexec: %2); nothing was changed.</source>
        <translation>practice %1 : root n’a pas été accordé (pkexec : %2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>practice %1 failed (exit %2): %3</source>
        <translation>practice %1 a échoué (sortie %2) : %3</translation>
    </message>
    <message>
        <source>The practice cluster is up already (%1); practice down removes it.</source>
        <translation>Le cluster d’entraînement tourne déjà (%1) ; practice down le supprime.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Making the practice cluster&apos;s SSH key (%1)</source>
        <translation>Création de la clé SSH du cluster d’entraînement (%1)</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen a échoué : %1</translation>
    </message>
    <message>
        <source>The practice helper wrote no usable cluster file at &quot;%1&quot;</source>
        <translation>L’assistant d’entraînement n’a écrit aucun fichier de cluster utilisable à « %1 »</translation>
    </message>
    <message>
        <source>Stopping the practice hosts</source>
        <translation>Arrêt des hôtes d’entraînement</translation>
    </message>
    <message>
        <source>Removing the practice cluster&apos;s secrets from the keychain</source>
        <translation>Suppression des secrets du cluster d’entraînement du trousseau</translation>
    </message>
    <message>
        <source>The practice cluster&apos;s secrets may still be in the keychain: %1</source>
        <translation>Les secrets du cluster d’entraînement sont peut-être encore dans le trousseau : %1</translation>
    </message>
    <message>
        <source>The practice cluster is down.</source>
        <translation>Le cluster d’entraînement est arrêté.</translation>
    </message>
    <message>
        <source>Starting the practice hosts (a few seconds)</source>
        <translation>Démarrage des hôtes d’entraînement (quelques secondes)</translation>
    </message>
    <message>
        <source>Keeping its passwords in the keychain (practice scope)</source>
        <translation>Conservation de ses mots de passe dans le trousseau (espace d’entraînement)</translation>
    </message>
    <message>
        <source>The practice cluster needs the keychain for its passwords: %1</source>
        <translation>Le cluster d’entraînement a besoin du trousseau pour ses mots de passe : %1</translation>
    </message>
    <message>
        <source>Taking the practice hosts down again</source>
        <translation>Suppression des hôtes d’entraînement</translation>
    </message>
    <message>
        <source>%1. The practice hosts were taken down again.</source>
        <translation>%1. Les hôtes d’entraînement ont été supprimés.</translation>
    </message>
    <message>
        <source>%1. Taking the practice hosts down failed too (%2): run inmanta-ha-cli practice down.</source>
        <translation>%1. Leur suppression a échoué aussi (%2) : lancez inmanta-ha-cli practice down.</translation>
    </message>
    <message>
        <source>It would run without root in user namespaces of yours, but %1.</source>
        <translation>Il tournerait sans root dans des espaces de noms utilisateur à vous, mais %1.</translation>
    </message>
    <message>
        <source>Starting the practice hosts without root, in user namespaces of yours (a few seconds)</source>
        <translation>Démarrage des hôtes d&apos;entraînement sans root, dans des espaces de noms utilisateur à vous (quelques secondes)</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Configure the primary</source>
        <translation>Configurer le primaire</translation>
    </message>
    <message>
        <source>Configure the standby</source>
        <translation>Configurer le standby</translation>
    </message>
    <message>
        <source>Promote the standby</source>
        <translation>Promouvoir le standby</translation>
    </message>
    <message>
        <source>Add a standby to the new primary</source>
        <translation>Ajouter un standby au nouveau primaire</translation>
    </message>
    <message>
        <source>Fail the Inmanta server over to the standby</source>
        <translation>Basculer le serveur Inmanta vers le standby</translation>
    </message>
    <message>
        <source>Start a new orchestrator</source>
        <translation>Démarrer un nouvel orchestrateur</translation>
    </message>
    <message>
        <source>%1: %2 lets %3 read it for pg_rewind; the old file is %4</source>
        <translation>%1 : %2 autorise %3 à le lire pour pg_rewind ; l’ancien fichier est %4</translation>
    </message>
    <message>
        <source>looking for the rewind</source>
        <translation>la recherche du rembobinage</translation>
    </message>
    <message>
        <source>removing the rewind mark</source>
        <translation>la suppression de la marque de rembobinage</translation>
    </message>
    <message>
        <source>Rewind %1 onto %2 with pg_rewind where its history allows (else the full copy below does the work)</source>
        <translation>Rembobiner %1 sur %2 avec pg_rewind si son historique le permet (sinon la copie complète ci-dessous s’en charge)</translation>
    </message>
    <message>
        <source>it is not a copy of %1&apos;s cluster</source>
        <translation>ce n’est pas une copie du cluster de %1</translation>
    </message>
    <message>
        <source>its timeline %1 is not before %2&apos;s %3</source>
        <translation>sa timeline %1 n’est pas antérieure à la timeline %3 de %2</translation>
    </message>
    <message>
        <source>neither wal_log_hints nor data checksums were on there</source>
        <translation>ni wal_log_hints ni les sommes de contrôle des données n’y étaient activés</translation>
    </message>
    <message>
        <source>writing a password file</source>
        <translation>l’écriture d’un fichier de mots de passe</translation>
    </message>
    <message>
        <source>%1 is not rewound: %2. A full base backup follows.</source>
        <translation>%1 n’est pas rembobiné : %2. Une sauvegarde de base complète suit.</translation>
    </message>
    <message>
        <source>%1 rewound onto %2 (pg_rewind); its own configuration files were put back</source>
        <translation>%1 rembobiné sur %2 (pg_rewind) ; ses propres fichiers de configuration ont été remis en place</translation>
    </message>
    <message>
        <source>marking the rewind</source>
        <translation>le marquage du rembobinage</translation>
    </message>
    <message>
        <source>%1: no standby.signal after pg_rewind</source>
        <translation>%1 : pas de standby.signal après pg_rewind</translation>
    </message>
    <message>
        <source>add-standby needs the node to add: --node NODE</source>
        <translation>add-standby a besoin du nœud à ajouter : --node NODE</translation>
    </message>
    <message>
        <source>no node %1 in cluster %2</source>
        <translation>aucun nœud %1 dans le cluster %2</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s %2: it cannot become a standby</source>
        <translation>%1 a le rôle %2 dans le cluster : il ne peut pas devenir standby</translation>
    </message>
    <message>
        <source>%1 has no postgres settings in the cluster file: it runs no PostgreSQL</source>
        <translation>%1 n’a pas de paramètres postgres dans le fichier de cluster : il ne fait tourner aucun PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s standby already; the replication slot serves one standby (make %1 a spare or retired first)</source>
        <translation>%1 est déjà le standby du cluster ; le slot de réplication ne sert qu’un standby (donnez d’abord à %1 le rôle spare ou retired)</translation>
    </message>
    <message>
        <source>Take the cluster lock on every node that answers (one operator at a time)</source>
        <translation>Prendre le verrou du cluster sur chaque nœud qui répond (un opérateur à la fois)</translation>
    </message>
    <message>
        <source>cluster %1 is locked by %2 (on %3). If that run is over, release its lock: inmanta-ha-cli --cluster FILE lock release %4</source>
        <translation>le cluster %1 est verrouillé par %2 (sur %3). Si cette exécution est terminée, libérez son verrou : inmanta-ha-cli --cluster FICHIER lock release %4</translation>
    </message>
    <message>
        <source>%1 does not answer: the lock is not recorded there</source>
        <translation>%1 ne répond pas : le verrou n’y est pas enregistré</translation>
    </message>
    <message>
        <source>taking the cluster lock (%1)</source>
        <translation>la prise du verrou du cluster (%1)</translation>
    </message>
    <message>
        <source>the cluster lock could not be taken on any node of the run</source>
        <translation>le verrou du cluster n’a pu être pris sur aucun nœud de l’exécution</translation>
    </message>
    <message>
        <source>The cluster lock stays held by run %1 until a resume of it succeeds or it is released (inmanta-ha-cli --cluster FILE lock release %1)</source>
        <translation>Le verrou du cluster reste détenu par l’exécution %1 jusqu’à ce qu’une reprise de celle-ci réussisse ou qu’il soit libéré (inmanta-ha-cli --cluster FICHIER lock release %1)</translation>
    </message>
    <message>
        <source>Read the cluster lock on %1</source>
        <translation>Lire le verrou du cluster sur %1</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1 : libre</translation>
    </message>
    <message>
        <source>%1: held by %2</source>
        <translation>%1 : détenu par %2</translation>
    </message>
    <message>
        <source>%1: does not answer (%2)</source>
        <translation>%1 : ne répond pas (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id (see `lock status`)</source>
        <translation>« %1 » n’est pas un ID d’exécution (voir `lock status`)</translation>
    </message>
    <message>
        <source>Release the cluster lock of run %1 on %2</source>
        <translation>Libérer le verrou du cluster de l’exécution %1 sur %2</translation>
    </message>
    <message>
        <source>%1 does not answer: a lock there stays</source>
        <translation>%1 ne répond pas : un éventuel verrou y reste</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>la suppression de %1</translation>
    </message>
    <message>
        <source>Create the replication role %1 (REPLICATION LOGIN) from a SCRAM-SHA-256 verifier</source>
        <translation>Créer le rôle de réplication %1 (REPLICATION LOGIN) à partir d’un vérificateur SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>%1: the role %2 does not have the new password</source>
        <translation>%1 : le rôle %2 n’a pas le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Allow replication from both database nodes in %1, then reload</source>
        <translation>Autoriser la réplication depuis les deux nœuds de base de données dans %1, puis recharger</translation>
    </message>
    <message>
        <source>%1: PostgreSQL refused the new %2 (%3); the previous file was put back and reloaded</source>
        <translation>%1 : PostgreSQL a refusé le nouveau %2 (%3) ; le fichier précédent a été remis en place et rechargé</translation>
    </message>
    <message>
        <source>removing the stopped mark</source>
        <translation>la suppression de la marque d’arrêt</translation>
    </message>
    <message>
        <source>%1: whether the Inmanta server runs cannot be told (%2); if it does, it may stop itself during the restart</source>
        <translation>%1 : impossible de dire si le serveur Inmanta tourne (%2) ; si c’est le cas, il peut s’arrêter de lui-même pendant le redémarrage</translation>
    </message>
    <message>
        <source>marking the server stopped</source>
        <translation>le marquage du serveur comme arrêté</translation>
    </message>
    <message>
        <source>%1: the Inmanta server was stopped for the restart and started again (18.2 and later would have stopped themselves)</source>
        <translation>%1 : le serveur Inmanta a été arrêté pour le redémarrage puis relancé (à partir de 18.2, il se serait arrêté de lui-même)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server was stopped for the restart and did not start again: %2</source>
        <translation>%1 : le serveur Inmanta a été arrêté pour le redémarrage et n’a pas redémarré : %2</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 runs again if this tool stopped it</source>
        <translation>Le serveur Inmanta sur %1 tourne de nouveau si cet outil l’a arrêté</translation>
    </message>
    <message>
        <source>Restart PostgreSQL on %1 to apply listen_addresses, wal_level and wal_log_hints</source>
        <translation>Redémarrer PostgreSQL sur %1 pour appliquer listen_addresses, wal_level et wal_log_hints</translation>
    </message>
    <message>
        <source>%1: the restart applies every setting changed since the last start: %2</source>
        <translation>%1 : le redémarrage applique chaque paramètre modifié depuis le dernier démarrage : %2</translation>
    </message>
    <message>
        <source>%1: after the restart PostgreSQL runs with listen_addresses, wal_level ok, synchronous_commit, wal_log_hints, hot_standby = %2 (wanted %3); another file (postgresql.auto.conf?) may override them</source>
        <translation>%1 : après le redémarrage, PostgreSQL tourne avec listen_addresses, wal_level ok, synchronous_commit, wal_log_hints, hot_standby = %2 (attendu : %3) ; un autre fichier (postgresql.auto.conf ?) les remplace peut-être</translation>
    </message>
    <message>
        <source>cluster %1 has no primary node</source>
        <translation>le cluster %1 n’a pas de nœud primaire</translation>
    </message>
    <message>
        <source>Set the replication settings in %1</source>
        <translation>Définir les paramètres de réplication dans %1</translation>
    </message>
    <message>
        <source>Keep %1&apos;s replication password file in step with the role</source>
        <translation>Garder le fichier de mots de passe de réplication de %1 en accord avec le rôle</translation>
    </message>
    <message>
        <source>%1 holds nothing the primary does not have: a standby of %2, or a fresh cluster (system identifier and timeline compared)</source>
        <translation>%1 ne contient rien que le primaire n’ait pas : un standby de %2, ou un cluster neuf (identifiant système et timeline comparés)</translation>
    </message>
    <message>
        <source>reading what its data directory holds</source>
        <translation>la lecture du contenu de son répertoire de données</translation>
    </message>
    <message>
        <source>%1 is the old primary (system identifier %2, timeline %3 before %4&apos;s %5): it becomes %4&apos;s standby, and what it wrote after the failover&apos;s branch point, never confirmed by a standby, is discarded</source>
        <translation>%1 est l’ancien primaire (identifiant système %2, timeline %3 antérieure à la timeline %5 de %4) : il devient le standby de %4, et ce qu’il a écrit après le point de branchement de la bascule, jamais confirmé par un standby, est abandonné</translation>
    </message>
    <message>
        <source>%1; the operator confirmed that it is erased (--overwrite %2)</source>
        <translation>%1 ; l’opérateur a confirmé son effacement (--overwrite %2)</translation>
    </message>
    <message>
        <source>%1. Its data will not be erased. If it must be, run again with --overwrite %2.</source>
        <translation>%1. Ses données ne seront pas effacées. S’il le faut, relancez avec --overwrite %2.</translation>
    </message>
    <message>
        <source>The stored replication password is the one of role %1 on %2</source>
        <translation>Le mot de passe de réplication enregistré est celui du rôle %1 sur %2</translation>
    </message>
    <message>
        <source>%1: the role %2 does not exist, cannot replicate, or has another password than the one stored (secret replication-password); run configure-primary, or store the right password</source>
        <translation>%1 : le rôle %2 n’existe pas, ne peut pas répliquer, ou a un autre mot de passe que celui enregistré (secret replication-password) ; lancez configure-primary, ou enregistrez le bon mot de passe</translation>
    </message>
    <message>
        <source>The slot %1 exists on %2 and serves no other standby</source>
        <translation>Le slot %1 existe sur %2 et ne sert aucun autre standby</translation>
    </message>
    <message>
        <source>%1: the replication slot %2 does not exist; run configure-primary first (or add-standby after a promotion)</source>
        <translation>%1 : le slot de réplication %2 n’existe pas ; lancez d’abord configure-primary (ou add-standby après une promotion)</translation>
    </message>
    <message>
        <source>%1: the slot %2 is in use by another standby (%3, application name %4); a slot serves one standby</source>
        <translation>%1 : le slot %2 est utilisé par un autre standby (%3, nom d’application %4) ; un slot ne sert qu’un standby</translation>
    </message>
    <message>
        <source>cluster %1 has no standby node</source>
        <translation>le cluster %1 n’a pas de nœud standby</translation>
    </message>
    <message>
        <source>%1 is the primary (%2): a standby is never built on top of it</source>
        <translation>%1 est le primaire (%2) : un standby n’est jamais construit par-dessus</translation>
    </message>
    <message>
        <source>Store the replication password for postgres in %1 (mode 0600)</source>
        <translation>Enregistrer le mot de passe de réplication pour postgres dans %1 (mode 0600)</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 before its data directory is replaced</source>
        <translation>Arrêter PostgreSQL sur %1 avant le remplacement de son répertoire de données</translation>
    </message>
    <message>
        <source>%1: PostgreSQL still runs</source>
        <translation>%1 : PostgreSQL tourne encore</translation>
    </message>
    <message>
        <source>Take a base backup of %1 into %2 (inside %3 when it is a mount point)</source>
        <translation>Faire une sauvegarde de base de %1 dans %2 (à l’intérieur de %3 si c’est un point de montage)</translation>
    </message>
    <message>
        <source>checking the copy</source>
        <translation>la vérification de la copie</translation>
    </message>
    <message>
        <source>%1: the copy an earlier run took is in place, the old data kept (%2); it is not copied again. To take a new copy, move the old data back or remove it first.</source>
        <translation>%1 : la copie faite par une exécution antérieure est en place, les anciennes données sont conservées (%2) ; elle n’est pas refaite. Pour faire une nouvelle copie, remettez d’abord les anciennes données en place ou supprimez-les.</translation>
    </message>
    <message>
        <source>Replace the data directory %1 of %2 with the base backup (the old one is kept as %3, or as .iha-old inside it when it is a mount point)</source>
        <translation>Remplacer le répertoire de données %1 de %2 par la sauvegarde de base (l’ancien est gardé sous %3, ou sous .iha-old à l’intérieur s’il s’agit d’un point de montage)</translation>
    </message>
    <message>
        <source>replacing the data directory</source>
        <translation>le remplacement du répertoire de données</translation>
    </message>
    <message>
        <source>checking the data directory</source>
        <translation>la vérification du répertoire de données</translation>
    </message>
    <message>
        <source>Name the standby %1 in primary_conninfo (%2)</source>
        <translation>Nommer le standby %1 dans primary_conninfo (%2)</translation>
    </message>
    <message>
        <source>Comment out synchronous_standby_names and set the primary&apos;s settings (hot_standby = off) in %1</source>
        <translation>Commenter synchronous_standby_names et définir les paramètres du primaire (hot_standby = off) dans %1</translation>
    </message>
    <message>
        <source>Allow replication and the Inmanta server in %1 (for when %2 is promoted)</source>
        <translation>Autoriser la réplication et le serveur Inmanta dans %1 (pour le jour où %2 sera promu)</translation>
    </message>
    <message>
        <source>The rewound server was stopped; a resume (--resume) takes a full base backup instead.</source>
        <translation>Le serveur rembobiné a été arrêté ; une reprise (--resume) fait à la place une sauvegarde de base complète.</translation>
    </message>
    <message>
        <source>Remove %2&apos;s old data directory %1</source>
        <translation>Supprimer l’ancien répertoire de données %1 de %2</translation>
    </message>
    <message>
        <source>cluster %1 needs a primary, a standby and an orchestrator for a failover of the Inmanta server</source>
        <translation>le cluster %1 a besoin d’un primaire, d’un standby et d’un orchestrateur pour une bascule du serveur Inmanta</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>the Inmanta server</source>
        <translation>le serveur Inmanta</translation>
    </message>
    <message>
        <source>reading its state</source>
        <translation>la lecture de son état</translation>
    </message>
    <message>
        <source>asking whether %1 still answers</source>
        <translation>la vérification que %1 répond encore</translation>
    </message>
    <message>
        <source>pg_ctl status could not tell</source>
        <translation>pg_ctl status n’a pas pu le dire</translation>
    </message>
    <message>
        <source>%1 is up but cannot be read (%2): whether %3 runs there cannot be told, and an attestation cannot replace that. Fix the login, or power the host off.</source>
        <translation>%1 est joignable mais illisible (%2) : impossible de dire si %3 y tourne, et une attestation ne peut pas le remplacer. Corrigez la connexion, ou éteignez l’hôte.</translation>
    </message>
    <message>
        <source>%1 answers as a primary: PostgreSQL runs there and accepts writes. Promoting %2 now would make two primaries, and what %1 commits from then on would be lost.</source>
        <translation>%1 répond comme primaire : PostgreSQL y tourne et accepte les écritures. Promouvoir %2 maintenant ferait deux primaires, et ce que %1 validerait ensuite serait perdu.</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL in recovery: it is a standby, not the primary the cluster file names; see `status` for which node is the primary</source>
        <translation>%1 fait tourner PostgreSQL en récupération : c’est un standby, pas le primaire que désigne le fichier de cluster ; voir `status` pour savoir quel nœud est le primaire</translation>
    </message>
    <message>
        <source>PostgreSQL runs on %1 and cannot be asked whether it is a primary (%2); it is treated as alive</source>
        <translation>PostgreSQL tourne sur %1 et ne peut pas être interrogé pour savoir s’il est primaire (%2) ; il est considéré comme vivant</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 is stopped and its unit masked</source>
        <translation>%1 répond en SSH : %2 est arrêté et son unité masquée</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 runs (unit %3); it is stopped, disabled and masked</source>
        <translation>%1 répond en SSH : %2 tourne (unité %3) ; il va être arrêté, désactivé et masqué</translation>
    </message>
    <message>
        <source>%1 answers over SSH: %2 is stopped (unit %3); it is stopped, disabled and masked</source>
        <translation>%1 répond en SSH : %2 est arrêté (unité %3) ; il va être arrêté, désactivé et masqué</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), and whether %3 still answers could not be asked from %4</source>
        <translation>%1 ne répond pas en SSH (%2), et il n’a pas été possible de demander depuis %4 si %3 répond encore</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), but %3 answers on %4 as seen from %5: it is alive. Starting another would make two.</source>
        <translation>%1 ne répond pas en SSH (%2), mais %3 répond sur %4 vu depuis %5 : il est vivant. En démarrer un autre en ferait deux.</translation>
    </message>
    <message>
        <source>ATTESTED by %1: %2 is powered off or isolated %3. Evidence: it does not answer over SSH (%4), and %5 does not answer on %6 as seen from %7.</source>
        <translation>ATTESTÉ par %1 : %2 est éteint ou isolé %3. Preuves : il ne répond pas en SSH (%4), et %5 ne répond pas sur %6 vu depuis %7.</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH (%2), and %3 does not answer on %4 as seen from %5; no evidence can be gathered from a host that does not answer. Make sure it is powered off or cut off the network, then attest it: %6.</source>
        <translation>%1 ne répond pas en SSH (%2), et %3 ne répond pas sur %4 vu depuis %5 ; aucune preuve ne peut être obtenue d’un hôte qui ne répond pas. Assurez-vous qu’il est éteint ou coupé du réseau, puis attestez-le : %6.</translation>
    </message>
    <message>
        <source>%1 is not fenced yet: %2</source>
        <translation>%1 n’est pas encore isolé : %2</translation>
    </message>
    <message>
        <source>reading the Inmanta configuration</source>
        <translation>la lecture de la configuration Inmanta</translation>
    </message>
    <message>
        <source>asking the Inmanta API</source>
        <translation>l’interrogation de l’API Inmanta</translation>
    </message>
    <message>
        <source>%1: the Inmanta API check printed no answer</source>
        <translation>%1 : la vérification de l’API Inmanta n’a affiché aucune réponse</translation>
    </message>
    <message>
        <source>%1: the Inmanta server does not answer on %2 (%3)</source>
        <translation>%1 : le serveur Inmanta ne répond pas sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the Inmanta API wants a token (401): store it with `secret set api-token`</source>
        <translation>%1 : l’API Inmanta demande un jeton (401) : enregistrez-le avec `secret set api-token`</translation>
    </message>
    <message>
        <source>%1: the Inmanta API refused the stored token (403: wrong, expired, revoked, or limited to one environment)</source>
        <translation>%1 : l’API Inmanta a refusé le jeton enregistré (403 : faux, expiré, révoqué ou limité à un environnement)</translation>
    </message>
    <message>
        <source>%1: GET %2/api/v1/serverstatus answered %3</source>
        <translation>%1 : GET %2/api/v1/serverstatus a répondu %3</translation>
    </message>
    <message>
        <source>%1: the Inmanta server uses the database on %2 (%3), not %4</source>
        <translation>%1 : le serveur Inmanta utilise la base de données sur %2 (%3), pas %4</translation>
    </message>
    <message>
        <source>%1: the Inmanta server is not connected to its database on %2</source>
        <translation>%1 : le serveur Inmanta n’est pas connecté à sa base de données sur %2</translation>
    </message>
    <message>
        <source>%1: GET %2/api/v2/health answered %3</source>
        <translation>%1 : GET %2/api/v2/health a répondu %3</translation>
    </message>
    <message>
        <source>[database] host in %1 decides on %2: no later file or variable of the server&apos;s environment overrides it</source>
        <translation>[database] host dans %1 fait foi sur %2 : aucun fichier lu ensuite ni aucune variable de l’environnement du serveur ne le remplace</translation>
    </message>
    <message>
        <source>%1: an edit of %2 would not take effect: %3. Remove that setting first (nothing was changed).</source>
        <translation>%1 : une modification de %2 resterait sans effet : %3. Supprimez d’abord ce paramètre (rien n’a été modifié).</translation>
    </message>
    <message>
        <source>Set [database] host = %1 in %2 on %3 (every other key kept; mode 0600; the file never leaves the host)</source>
        <translation>Définir [database] host = %1 dans %2 sur %3 (toutes les autres clés conservées ; mode 0600 ; le fichier ne quitte jamais l’hôte)</translation>
    </message>
    <message>
        <source>changing %1 (it was left as it was)</source>
        <translation>la modification de %1 (laissé tel quel)</translation>
    </message>
    <message>
        <source>%1: %2 changed; the old file is %3</source>
        <translation>%1 : %2 modifié ; l’ancien fichier est %3</translation>
    </message>
    <message>
        <source>%1: %2 does not set [database] host = %3 after the edit</source>
        <translation>%1 : %2 ne définit pas [database] host = %3 après la modification</translation>
    </message>
    <message>
        <source>Start the Inmanta server on %1</source>
        <translation>Démarrer le serveur Inmanta sur %1</translation>
    </message>
    <message>
        <source>Stop the Inmanta server on %1</source>
        <translation>Arrêter le serveur Inmanta sur %1</translation>
    </message>
    <message>
        <source>%1: the Inmanta server does not run (it may have stopped itself: see its log)</source>
        <translation>%1 : le serveur Inmanta ne tourne pas (il s’est peut-être arrêté de lui-même : voir son journal)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server still runs</source>
        <translation>%1 : le serveur Inmanta tourne encore</translation>
    </message>
    <message>
        <source>The Inmanta server on %1 works on the new primary: its API says its database is connected there, and health answers 200</source>
        <translation>Le serveur Inmanta sur %1 fonctionne sur le nouveau primaire : son API indique que sa base de données y est connectée, et health répond 200</translation>
    </message>
    <message>
        <source>after %1 s: %2</source>
        <translation>après %1 s : %2</translation>
    </message>
    <message>
        <source>Whether %1 has failed: only then is %2 promoted</source>
        <translation>Vérifier si %1 est en panne : c’est seulement alors que %2 est promu</translation>
    </message>
    <message>
        <source>%1 left recovery already: it is the primary; %2 must be fenced</source>
        <translation>%1 est déjà sorti de récupération : c’est le primaire ; %2 doit être isolé</translation>
    </message>
    <message>
        <source>%1 answers as the primary: it is not failed over; the new orchestrator uses it</source>
        <translation>%1 répond comme primaire : pas de bascule ; le nouvel orchestrateur l’utilise</translation>
    </message>
    <message>
        <source>%1 has failed (%2): %3 is promoted</source>
        <translation>%1 est en panne (%2) : %3 est promu</translation>
    </message>
    <message>
        <source>no answer over SSH: %1</source>
        <translation>pas de réponse en SSH : %1</translation>
    </message>
    <message>
        <source>PostgreSQL does not serve as a primary there</source>
        <translation>PostgreSQL n’y fonctionne pas comme primaire</translation>
    </message>
    <message>
        <source>Install the Inmanta server on %1 (skipped when it is there)</source>
        <translation>Installer le serveur Inmanta sur %1 (sauté s’il est déjà là)</translation>
    </message>
    <message>
        <source>%1: the Inmanta server (unit %2) is not installed; install it as the runbook&apos;s &quot;Install Inmanta&quot; section says, or give the command: --install-command CMD</source>
        <translation>%1 : le serveur Inmanta (unité %2) n’est pas installé ; installez-le comme l’indique la section « Install Inmanta » du runbook, ou donnez la commande : --install-command CMD</translation>
    </message>
    <message>
        <source>the install command</source>
        <translation>la commande d’installation</translation>
    </message>
    <message>
        <source>%1: after the install command the unit %2 is not there</source>
        <translation>%1 : après la commande d’installation, l’unité %2 est absente</translation>
    </message>
    <message>
        <source>Write %1 on %2: the primary&apos;s address, database %3, user %4 and its password (mode 0600)</source>
        <translation>Écrire %1 sur %2 : l’adresse du primaire, la base de données %3, l’utilisateur %4 et son mot de passe (mode 0600)</translation>
    </message>
    <message>
        <source>no usable database password is stored for the Inmanta server: store it with `secret set database-password`</source>
        <translation>aucun mot de passe de base de données utilisable n’est enregistré pour le serveur Inmanta : enregistrez-le avec `secret set database-password`</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>l’écriture de %1</translation>
    </message>
    <message>
        <source>%1: %2 written; the old file: %3</source>
        <translation>%1 : %2 écrit ; l’ancien fichier : %3</translation>
    </message>
    <message>
        <source>%1: database.cfg does not name the primary</source>
        <translation>%1 : database.cfg ne désigne pas le primaire</translation>
    </message>
    <message>
        <source>End the database sessions %1 left open (one may hold the Inmanta server&apos;s singleton lock)</source>
        <translation>Terminer les sessions de base de données que %1 a laissées ouvertes (l’une peut détenir le verrou singleton du serveur Inmanta)</translation>
    </message>
    <message>
        <source>%1&apos;s database sessions on %2 are still active (last activity %3): its Inmanta server runs. Two orchestrators would deploy at once.</source>
        <translation>Les sessions de base de données de %1 sur %2 sont toujours actives (dernière activité %3) : son serveur Inmanta tourne. Deux orchestrateurs déploieraient en même temps.</translation>
    </message>
    <message>
        <source>%1: %2 session(s) of %3 ended</source>
        <translation>%1 : %2 session(s) de %3 terminée(s)</translation>
    </message>
    <message>
        <source>Allow %1&apos;s Inmanta server in the primary&apos;s pg_hba.conf, then reload</source>
        <translation>Autoriser le serveur Inmanta de %1 dans le pg_hba.conf du primaire, puis recharger</translation>
    </message>
    <message>
        <source>Enable the Inmanta server on %1</source>
        <translation>Activer le serveur Inmanta sur %1</translation>
    </message>
    <message>
        <source>Request a recompile of every environment on %1, once each</source>
        <translation>Demander une recompilation de chaque environnement sur %1, une fois par environnement</translation>
    </message>
    <message>
        <source>the recompile requests</source>
        <translation>l’envoi des demandes de recompilation</translation>
    </message>
    <message>
        <source>new-orchestrator needs the node that becomes the orchestrator: --node NODE</source>
        <translation>new-orchestrator a besoin du nœud qui devient l’orchestrateur : --node NODE</translation>
    </message>
    <message>
        <source>%1 is a %2; the new orchestrator is a spare node</source>
        <translation>%1 a le rôle %2 ; le nouvel orchestrateur doit être un nœud de réserve (spare)</translation>
    </message>
    <message>
        <source>cluster %1 has no primary</source>
        <translation>le cluster %1 n’a pas de primaire</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one</source>
        <translation>%1 : « %2 » n’est pas une adresse IP ; pg_hba.conf en exige une</translation>
    </message>
    <message>
        <source>%1 answers over SSH and root is available</source>
        <translation>%1 répond en SSH et root est disponible</translation>
    </message>
    <message>
        <source>%1: the command did not run as root</source>
        <translation>%1 : la commande ne s’est pas exécutée en root</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs are on %1</source>
        <translation>Les programmes de PostgreSQL sont présents sur %1</translation>
    </message>
    <message>
        <source>finding PostgreSQL&apos;s programs (set postgres.binDir)</source>
        <translation>la recherche des programmes de PostgreSQL (définissez postgres.binDir)</translation>
    </message>
    <message>
        <source>%1 run the same major version of PostgreSQL</source>
        <translation>%1 font tourner la même version majeure de PostgreSQL</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>the database nodes run different major versions of PostgreSQL (%1): install the same major version on both</source>
        <translation>les nœuds de base de données font tourner des versions majeures différentes de PostgreSQL (%1) : installez la même version majeure sur les deux</translation>
    </message>
    <message>
        <source>%1 is the primary: running, not in recovery, with the data directory of the cluster file</source>
        <translation>%1 est le primaire : en marche, pas en récupération, avec le répertoire de données du fichier de cluster</translation>
    </message>
    <message>
        <source>%1 (is PostgreSQL running there?)</source>
        <translation>%1 (PostgreSQL y tourne-t-il ?)</translation>
    </message>
    <message>
        <source>%1 is in recovery: it is a standby, not the primary the cluster file says</source>
        <translation>%1 est en récupération : c’est un standby, pas le primaire qu’indique le fichier de cluster</translation>
    </message>
    <message>
        <source>%1: PostgreSQL runs with data directory %2, the cluster file says %3 (postgres.dataDir)</source>
        <translation>%1 : PostgreSQL tourne avec le répertoire de données %2, le fichier de cluster indique %3 (postgres.dataDir)</translation>
    </message>
    <message>
        <source>run again with --attest-fenced %1</source>
        <translation>relancer avec --attest-fenced %1</translation>
    </message>
    <message>
        <source>run again with --accept-data-loss</source>
        <translation>relancer avec --accept-data-loss</translation>
    </message>
    <message>
        <source>%1: pg_controldata did not say the cluster&apos;s state</source>
        <translation>%1 : pg_controldata n’a pas indiqué l’état du cluster</translation>
    </message>
    <message>
        <source>%1 is a standby (in recovery), or was promoted already</source>
        <translation>%1 est un standby (en récupération), ou a déjà été promu</translation>
    </message>
    <message>
        <source>%1 left recovery already (pg_controldata: %2, timeline %3): the promotion is done, the steps after it are checked</source>
        <translation>%1 est déjà sorti de récupération (pg_controldata : %2, timeline %3) : la promotion est faite, les étapes suivantes sont vérifiées</translation>
    </message>
    <message>
        <source>%1: its data directory is %2, not a standby&apos;s; it cannot be promoted</source>
        <translation>%1 : son répertoire de données est %2, pas celui d’un standby ; il ne peut pas être promu</translation>
    </message>
    <message>
        <source>No commit %1 acknowledged is missing on %2, or the operator accepts it</source>
        <translation>Aucun commit confirmé par %1 ne manque sur %2, ou l’opérateur l’accepte</translation>
    </message>
    <message>
        <source>%1 To promote anyway, %2 (recorded in the audit log).</source>
        <translation>%1 Pour promouvoir malgré tout, %2 (consigné dans le journal d’audit).</translation>
    </message>
    <message>
        <source>ACCEPTED by %1 %2: %3</source>
        <translation>ACCEPTÉ par %1 %2 : %3</translation>
    </message>
    <message>
        <source>Promote %1 (pg_ctl promote) once %2 is proven fenced, and wait until it leaves recovery</source>
        <translation>Promouvoir %1 (pg_ctl promote) une fois l’isolement de %2 prouvé, et attendre qu’il sorte de récupération</translation>
    </message>
    <message>
        <source>%1: PostgreSQL was not running; it is started (in recovery) to be promoted</source>
        <translation>%1 : PostgreSQL ne tournait pas ; il est démarré (en récupération) pour être promu</translation>
    </message>
    <message>
        <source>%1: after pg_ctl promote PostgreSQL does not leave recovery within 60 s (%2); look at its log</source>
        <translation>%1 : après pg_ctl promote, PostgreSQL ne sort pas de récupération en 60 s (%2) ; consultez son journal</translation>
    </message>
    <message>
        <source>%1: still on timeline %2 after the promotion</source>
        <translation>%1 : toujours sur la timeline %2 après la promotion</translation>
    </message>
    <message>
        <source>%1 is the primary now, on timeline %2</source>
        <translation>%1 est maintenant le primaire, sur la timeline %2</translation>
    </message>
    <message>
        <source>Take the replication settings out of %1 (a copy is kept beside it; other settings stay) and remove the password file a standby used</source>
        <translation>Retirer les paramètres de réplication de %1 (une copie est gardée à côté ; les autres paramètres restent) et supprimer le fichier de mots de passe qu’utilisait un standby</translation>
    </message>
    <message>
        <source>keeping a copy of %1</source>
        <translation>la sauvegarde d’une copie de %1</translation>
    </message>
    <message>
        <source>%1: a copy of %2 is kept as %3</source>
        <translation>%1 : une copie de %2 est gardée sous %3</translation>
    </message>
    <message>
        <source>removing the standby&apos;s password file</source>
        <translation>la suppression du fichier de mots de passe du standby</translation>
    </message>
    <message>
        <source>Name no synchronous standby on %1 in any file (or every write waits for one it does not have), then reload</source>
        <translation>Ne désigner aucun standby synchrone sur %1 dans aucun fichier (sinon chaque écriture attend un standby qui n’existe pas), puis recharger</translation>
    </message>
    <message>
        <source>%1: synchronous_standby_names commented out in %2; the old file is %3</source>
        <translation>%1 : synchronous_standby_names commenté dans %2 ; l’ancien fichier est %3</translation>
    </message>
    <message>
        <source>%1: synchronous_standby_names is still &apos;%2&apos; (set in %3)</source>
        <translation>%1 : synchronous_standby_names vaut toujours &apos;%2&apos; (défini dans %3)</translation>
    </message>
    <message>
        <source>A test write commits on %1 within 20 s</source>
        <translation>Une écriture de test est validée sur %1 en moins de 20 s</translation>
    </message>
    <message>
        <source>the test write</source>
        <translation>l’écriture de test</translation>
    </message>
    <message>
        <source>%1: the test write waited for a synchronous standby: %2</source>
        <translation>%1 : l’écriture de test a attendu un standby synchrone : %2</translation>
    </message>
    <message>
        <source>No sample of %1&apos;s replication state is on record: whether it has every commit %2 acknowledged cannot be told (samples come from the GUI&apos;s monitor and `status` while %2 is up).</source>
        <translation>Aucun échantillon de l’état de réplication de %1 n’est enregistré : impossible de dire s’il a chaque commit confirmé par %2 (les échantillons viennent de la surveillance de l’interface graphique et de `status` tant que %2 fonctionne).</translation>
    </message>
    <message>
        <source>The last sample of %1&apos;s replication on record is from %2, %3 minutes ago (%4 then): whether it has every commit %5 acknowledged since cannot be told.</source>
        <translation>Le dernier échantillon enregistré de la réplication de %1 date de %2, il y a %3 minutes (%4 alors) : impossible de dire s’il a chaque commit confirmé depuis par %5.</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>pas en streaming</translation>
    </message>
    <message>
        <source>At %1 (%2) %3 was %4&apos;s synchronous standby: every commit %4 acknowledged was on its disk (%5 bytes of WAL in flight then, not yet acknowledged).</source>
        <translation>À %1 (%2), %3 était le standby synchrone de %4 : chaque commit confirmé par %4 était sur son disque (%5 octets de WAL en transit alors, pas encore confirmés).</translation>
    </message>
    <message>
        <source>At %1 (%2, the last sample on record) %3 was %4/%5, not %6&apos;s synchronous standby, %7 behind what %6 had flushed: commits %6 acknowledged may be missing on %3.</source>
        <translation>À %1 (%2, le dernier échantillon enregistré), %3 était %4/%5, pas le standby synchrone de %6, avec %7 de retard sur ce que %6 avait écrit sur disque : des commits confirmés par %6 peuvent manquer sur %3.</translation>
    </message>
    <message>
        <source>an unknown number of bytes</source>
        <translation>un nombre inconnu d’octets</translation>
    </message>
    <message>
        <source>%1 bytes of WAL</source>
        <translation>%1 octets de WAL</translation>
    </message>
    <message>
        <source>cluster %1 has no primary node: nothing to fail over from</source>
        <translation>le cluster %1 n’a pas de nœud primaire : aucun nœud depuis lequel basculer</translation>
    </message>
    <message>
        <source>cluster %1 has no standby node to promote</source>
        <translation>le cluster %1 n’a pas de nœud standby à promouvoir</translation>
    </message>
    <message>
        <source>%1 is a %2, not a standby: only a standby is promoted</source>
        <translation>%1 a le rôle %2, pas standby : seul un standby est promu</translation>
    </message>
    <message>
        <source>looking for a copy an earlier run put in place</source>
        <translation>la recherche d’une copie mise en place par une exécution antérieure</translation>
    </message>
    <message>
        <source>%1 has room for a copy of %2&apos;s data</source>
        <translation>%1 a la place pour une copie des données de %2</translation>
    </message>
    <message>
        <source>%1: no room needed, the copy an earlier run took is in place</source>
        <translation>%1 : pas de place nécessaire, la copie faite par une exécution antérieure est en place</translation>
    </message>
    <message>
        <source>%1: cannot tell the free space where the copy of %2 goes (df said: %3)</source>
        <translation>%1 : impossible de connaître l’espace libre là où va la copie de %2 (df a répondu : %3)</translation>
    </message>
    <message>
        <source>%1 has %2 MB free in %3; a copy of %4 needs about %5 MB</source>
        <translation>%1 a %2 Mo libres dans %3 ; une copie de %4 nécessite environ %5 Mo</translation>
    </message>
    <message>
        <source>removing the partial copy</source>
        <translation>la suppression de la copie partielle</translation>
    </message>
    <message>
        <source>The standby&apos;s data directory was not touched.</source>
        <translation>Le répertoire de données du standby n’a pas été touché.</translation>
    </message>
    <message>
        <source>removing the old data directory</source>
        <translation>la suppression de l’ancien répertoire de données</translation>
    </message>
    <message>
        <source>looking for the old data</source>
        <translation>la recherche des anciennes données</translation>
    </message>
    <message>
        <source>%1: after %2 s the standby does not stream synchronously (pg_stat_replication shows no %3 in state streaming / sync); look at the standby&apos;s PostgreSQL log</source>
        <translation>%1 : après %2 s, le standby ne reçoit pas le flux de façon synchrone (pg_stat_replication ne montre aucun %3 dans l’état streaming / sync) ; consultez le journal PostgreSQL du standby</translation>
    </message>
    <message>
        <source>%1: after %2 s the standby does not stream (pg_stat_replication shows no %3 in state streaming); look at the standby&apos;s PostgreSQL log</source>
        <translation>%1 : après %2 s, le standby ne reçoit pas le flux (pg_stat_replication ne montre aucun %3 dans l’état streaming) ; consultez le journal PostgreSQL du standby</translation>
    </message>
    <message>
        <source>Start and enable PostgreSQL on %1</source>
        <translation>Démarrer et activer PostgreSQL sur %1</translation>
    </message>
    <message>
        <source>%1: PostgreSQL is not running and enabled</source>
        <translation>%1 : PostgreSQL n’est pas à la fois en marche et activé</translation>
    </message>
    <message>
        <source>Check on %1 that %2 streams through slot %3</source>
        <translation>Vérifier sur %1 que %2 reçoit le flux via le slot %3</translation>
    </message>
    <message>
        <source>%1: the slot %2 is not in use</source>
        <translation>%1 : le slot %2 n’est pas utilisé</translation>
    </message>
    <message>
        <source>Turn on synchronous replication on %1 (synchronous_standby_names in %2), reload, and check that the standby is in sync</source>
        <translation>Activer la réplication synchrone sur %1 (synchronous_standby_names dans %2), recharger et vérifier que le standby est synchrone</translation>
    </message>
    <message>
        <source>%1: no standby streams as %2; synchronous replication is left off</source>
        <translation>%1 : aucun standby ne reçoit le flux sous le nom %2 ; la réplication synchrone reste désactivée</translation>
    </message>
    <message>
        <source>synchronous_standby_names was commented out again and %1 reloaded, so that writes do not wait.</source>
        <translation>synchronous_standby_names a été de nouveau commenté et %1 rechargé, pour que les écritures n’attendent pas.</translation>
    </message>
    <message>
        <source>what %1&apos;s data directory holds cannot be told (pg_controldata gave no system identifier, state or timeline)</source>
        <translation>impossible de dire ce que contient le répertoire de données de %1 (pg_controldata n’a donné ni identifiant système, ni état, ni timeline)</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, after the primary&apos;s %3: it was promoted since it was copied and may hold commits the primary does not have</source>
        <translation>%1 est sur la timeline %2, postérieure à la timeline %3 du primaire : il a été promu depuis sa copie et peut contenir des commits que le primaire n’a pas</translation>
    </message>
    <message>
        <source>%1 is a standby of another cluster (system identifier %2; the primary&apos;s is %3)</source>
        <translation>%1 est un standby d’un autre cluster (identifiant système %2 ; celui du primaire est %3)</translation>
    </message>
    <message>
        <source>%1 is not in recovery but is a copy of the primary (same system identifier %2): it was promoted, or is the primary itself, and may hold commits the primary does not have</source>
        <translation>%1 n’est pas en récupération mais est une copie du primaire (même identifiant système %2) : il a été promu, ou est le primaire lui-même, et peut contenir des commits que le primaire n’a pas</translation>
    </message>
    <message>
        <source>%1 databases besides template0, template1 and postgres</source>
        <translation>%1 bases de données en plus de template0, template1 et postgres</translation>
    </message>
    <message>
        <source>%1 files of tables or indexes made after initdb</source>
        <translation>%1 fichiers de tables ou d’index créés après initdb</translation>
    </message>
    <message>
        <source>%1 holds a database cluster of its own (%2; system identifier %3)</source>
        <translation>%1 contient son propre cluster de bases de données (%2 ; identifiant système %3)</translation>
    </message>
    <message>
        <source>%1: %2 does not hold the change after writing it</source>
        <translation>%1 : %2 ne contient pas la modification après son écriture</translation>
    </message>
    <message>
        <source>Find settings on %1 that a file read later overrides (postgresql.auto.conf, includes) and set them there</source>
        <translation>Trouver sur %1 les paramètres qu’un fichier lu plus tard remplace (postgresql.auto.conf, inclusions) et les y définir</translation>
    </message>
    <message>
        <source>%1: %2 = &apos;%3&apos; in %4 line %5 overrides the value set here</source>
        <translation>%1 : %2 = &apos;%3&apos; dans %4 ligne %5 remplace la valeur définie ici</translation>
    </message>
    <message>
        <source>%1: ALTER SYSTEM SET %2 = &apos;%3&apos; (it was &apos;%4&apos;)</source>
        <translation>%1 : ALTER SYSTEM SET %2 = &apos;%3&apos; (valeur précédente : &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 = &apos;%3&apos; set in %4 (it was &apos;%5&apos;); the old file is %6</source>
        <translation>%1 : %2 = &apos;%3&apos; défini dans %4 (valeur précédente : &apos;%5&apos;) ; l’ancien fichier est %6</translation>
    </message>
    <message>
        <source>%1: %2 is still overridden in %3 line %4</source>
        <translation>%1 : %2 est toujours remplacé dans %3 ligne %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one for the replication rule</source>
        <translation>%1 : « %2 » n’est pas une adresse IP ; pg_hba.conf en exige une pour la règle de réplication</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address; pg_hba.conf needs one for the Inmanta server&apos;s rule</source>
        <translation>%1 : « %2 » n’est pas une adresse IP ; pg_hba.conf en exige une pour la règle du serveur Inmanta</translation>
    </message>
    <message>
        <source>%1: %2 holds the rules but was changed after PostgreSQL last loaded its configuration: it is reloaded</source>
        <translation>%1 : %2 contient les règles mais a été modifié après le dernier chargement de la configuration par PostgreSQL : il est rechargé</translation>
    </message>
    <message>
        <source>Create the physical replication slot %1 (an existing one is reused)</source>
        <translation>Créer le slot de réplication physique %1 (un slot existant est réutilisé)</translation>
    </message>
    <message>
        <source>%1: the slot %2 is missing</source>
        <translation>%1 : le slot %2 est absent</translation>
    </message>
    <message>
        <source>comparing the password file %1</source>
        <translation>la comparaison du fichier de mots de passe %1</translation>
    </message>
    <message>
        <source>%1 has no %2 (not set up as a standby yet): nothing to update</source>
        <translation>%1 n’a pas de %2 (pas encore configuré comme standby) : rien à mettre à jour</translation>
    </message>
    <message>
        <source>%1: %2 is not as written</source>
        <translation>%1 : %2 ne correspond pas à ce qui a été écrit</translation>
    </message>
    <message>
        <source>%1 cannot act any more: PostgreSQL there is stopped, or the host is silent and attested (never two primaries)</source>
        <translation>%1 ne peut plus agir : PostgreSQL y est arrêté, ou l’hôte ne répond pas et son isolement est attesté (jamais deux primaires)</translation>
    </message>
    <message>
        <source>%1 cannot act any more: the Inmanta server there is stopped, or the host is silent and attested (never two orchestrators)</source>
        <translation>%1 ne peut plus agir : le serveur Inmanta y est arrêté, ou l’hôte ne répond pas et son isolement est attesté (jamais deux orchestrateurs)</translation>
    </message>
    <message>
        <source>Fence %1: stop, disable and mask PostgreSQL there (or the operator&apos;s attestation when it does not answer)</source>
        <translation>Isoler %1 : y arrêter, désactiver et masquer PostgreSQL (ou attestation de l’opérateur s’il ne répond pas)</translation>
    </message>
    <message>
        <source>Fence %1: stop, disable and mask the Inmanta server there (or the operator&apos;s attestation when it does not answer)</source>
        <translation>Isoler %1 : y arrêter, désactiver et masquer le serveur Inmanta (ou attestation de l’opérateur s’il ne répond pas)</translation>
    </message>
    <message>
        <source>%1 This sample is newer than the one accepted: to promote anyway, %2 again (recorded in the audit log).</source>
        <translation>%1 Cet échantillon est plus récent que celui accepté. Pour promouvoir malgré tout, %2, à nouveau (consigné dans le journal d’audit).</translation>
    </message>
    <message>
        <source>Remote work of this run: commands %1 on hosts %2, network round trips %3, login shells started %4.</source>
        <translation>Travail distant de cette exécution : commandes %1 sur hôtes %2, allers-retours réseau %3, shells de connexion démarrés %4.</translation>
    </message>
    <message>
        <source>The runbook by hand: commands %1, each a login shell of its own and at least 3 round trips.</source>
        <translation>Le runbook à la main : commandes %1, chacune avec son propre shell de connexion et au moins 3 allers-retours.</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>The primary gets a replication user, a replication slot for the standby and the settings that let a standby stream from it. Synchronous replication is switched on only once the standby streams, so writes never wait for a standby that is not there yet.</source>
        <translation>Le primaire reçoit un utilisateur de réplication, un slot de réplication pour le standby et les paramètres qui permettent à un standby de recevoir son flux en streaming. La réplication synchrone n’est activée qu’une fois que le standby reçoit le flux, de sorte que les écritures n’attendent jamais un standby qui n’est pas encore là.</translation>
    </message>
    <message>
        <source>The standby&apos;s PostgreSQL is stopped, its data directory replaced by a base backup of the primary, and it starts streaming from the primary&apos;s slot. Then the primary waits for it: replication becomes synchronous, so a failover loses no acknowledged commit.</source>
        <translation>Le PostgreSQL du standby est arrêté, son répertoire de données est remplacé par une sauvegarde de base du primaire, et il commence à recevoir le flux depuis le slot du primaire. Ensuite le primaire l’attend : la réplication devient synchrone, si bien qu’une bascule ne perd aucun commit confirmé.</translation>
    </message>
    <message>
        <source>The old primary is fenced first (stopped and masked, or, when it does not answer at all, your word that it is powered off), so that there are never two primaries. Then the standby is promoted and accepts writes.</source>
        <translation>L’ancien primaire est d’abord isolé (arrêté et masqué ou, s’il ne répond pas du tout, par votre attestation qu’il est éteint), afin qu’il n’y ait jamais deux primaires. Ensuite le standby est promu et accepte les écritures.</translation>
    </message>
    <message>
        <source>A node, typically the old primary, becomes the standby of the promoted primary: rewound with pg_rewind where its history allows it, copied anew otherwise, and streaming synchronously again at the end.</source>
        <translation>Un nœud, en général l’ancien primaire, devient le standby du primaire promu : rembobiné avec pg_rewind quand son historique le permet, recopié sinon, et de nouveau en streaming synchrone à la fin.</translation>
    </message>
    <message>
        <source>The primary is gone: the standby is promoted (after the old primary is fenced, so there are never two), and the Inmanta server is pointed at it and restarted. At the end the orchestrator answers again on its new database.</source>
        <translation>Le primaire a disparu : le standby est promu (après l’isolement de l’ancien primaire, pour qu’il n’y en ait jamais deux), et le serveur Inmanta est dirigé vers lui puis redémarré. À la fin, l’orchestrateur répond de nouveau, sur sa nouvelle base de données.</translation>
    </message>
    <message>
        <source>The orchestrator is gone: the old one is fenced (never two), the standby is promoted if the primary is gone too, and an Inmanta server is started on the chosen node against the database that serves writes.</source>
        <translation>L’orchestrateur a disparu : l’ancien est isolé (jamais deux), le standby est promu si le primaire a disparu lui aussi, et un serveur Inmanta est démarré sur le nœud choisi avec la base de données qui accepte les écritures.</translation>
    </message>
    <message>
        <source>Standby to build:</source>
        <translation>Standby à construire :</translation>
    </message>
    <message>
        <source>Standby to promote:</source>
        <translation>Standby à promouvoir :</translation>
    </message>
    <message>
        <source>Node that becomes the standby:</source>
        <translation>Nœud qui devient le standby :</translation>
    </message>
    <message>
        <source>Node that becomes the orchestrator:</source>
        <translation>Nœud qui devient l’orchestrateur :</translation>
    </message>
</context>
<context>
    <name>ProcedureRun</name>
    <message>
        <source>no replication password is stored for cluster %1: store it with `inmanta-ha-cli --cluster FILE secret set replication-password` or in the Credentials dialog</source>
        <translation>aucun mot de passe de réplication n’est enregistré pour le cluster %1 : enregistrez-le avec `inmanta-ha-cli --cluster FICHIER secret set replication-password` ou dans la boîte de dialogue « Identifiants »</translation>
    </message>
    <message>
        <source>no database password is stored for cluster %1 (the new Inmanta server&apos;s database.cfg needs it): store it with `inmanta-ha-cli --cluster FILE secret set database-password` or in the Credentials dialog</source>
        <translation>aucun mot de passe de base de données n’est enregistré pour le cluster %1 (le database.cfg du nouveau serveur Inmanta en a besoin) : enregistrez-le avec `inmanta-ha-cli --cluster FICHIER secret set database-password` ou dans la boîte de dialogue « Identifiants »</translation>
    </message>
    <message>
        <source>no run %1 in the audit log %2</source>
        <translation>aucune exécution %1 dans le journal d’audit %2</translation>
    </message>
    <message>
        <source>run %1 was %2 on cluster %3, not %4 on %5</source>
        <translation>l’exécution %1 était %2 sur le cluster %3, pas %4 sur %5</translation>
    </message>
    <message>
        <source>run %1 already succeeded; start a new run to check again</source>
        <translation>l’exécution %1 a déjà réussi ; lancez une nouvelle exécution pour revérifier</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: the audit log does not verify (%2)</source>
        <translation>l’exécution %1 ne peut pas reprendre : la vérification du journal d’audit échoue (%2)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>l’exécution %1 ne peut pas reprendre : %2</translation>
    </message>
    <message>
        <source>It stopped at step %1. Every step is checked again: what is done already is skipped, what is not (any more) is done.</source>
        <translation>Elle s’est arrêtée à l’étape %1. Chaque étape est vérifiée à nouveau : ce qui est déjà fait est sauté, ce qui ne l’est pas (ou plus) est fait.</translation>
    </message>
    <message>
        <source>this plan erases data (see `plan %1`): run it again with --yes to confirm</source>
        <translation>ce plan efface des données (voir `plan %1`) : relancez-le avec --yes pour confirmer</translation>
    </message>
    <message>
        <source>fencing attested: %1 is powered off or cut off the network %2</source>
        <translation>isolement attesté : %1 est éteint ou coupé du réseau %2</translation>
    </message>
    <message>
        <source>data loss accepted: the standby is promoted even if it lacks commits the primary acknowledged %1</source>
        <translation>perte de données acceptée : le standby est promu même s’il lui manque des commits que le primaire a confirmés %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing changed</source>
        <translation>annulée avant son démarrage ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the operator&apos;s statement could not be recorded in the audit log (%1); the run does not start without it</source>
        <translation>l’attestation de l’opérateur n’a pas pu être consignée dans le journal d’audit (%1) ; l’exécution ne démarre pas sans elle</translation>
    </message>
    <message>
        <source>Operator&apos;s statement</source>
        <translation>Attestation de l’opérateur</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(cette machine)</translation>
    </message>
    <message>
        <source>Update the cluster file</source>
        <translation>Mettre à jour le fichier de cluster</translation>
    </message>
    <message>
        <source>not started: secrets are held back from this cluster file, as it would send them where they were not set for. Nothing ran. Confirm each only if the file&apos;s addresses are right:
%1</source>
        <translation>non démarré : des secrets sont retenus pour ce fichier de cluster, qui les enverrait là où ils n&apos;ont pas été définis. Rien n&apos;a été exécuté. Ne confirmez chacun que si les adresses du fichier sont justes :
%1</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: its record in the audit log was changed outside the product (`audit verify` says more)</source>
        <translation>l&apos;exécution %1 ne peut pas être reprise : son enregistrement dans le journal d&apos;audit a été modifié hors du produit (`audit verify` en dit plus)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: its record in the audit log is not signed (written by an earlier version, or its signature removed); start a new run</source>
        <translation>l&apos;exécution %1 ne peut pas être reprise : son enregistrement dans le journal d&apos;audit n&apos;est pas signé (écrit par une version antérieure, ou sa signature retirée) ; lancez une nouvelle exécution</translation>
    </message>
</context>
<context>
    <name>ProcedureSession</name>
    <message>
        <source>%1 is not implemented yet in this version</source>
        <translation>%1 n’est pas encore implémenté dans cette version</translation>
    </message>
    <message>
        <source>another run on cluster %1 is going on on this machine (%2, process %3)</source>
        <translation>une autre exécution sur le cluster %1 est en cours sur cette machine (%2, processus %3)</translation>
    </message>
</context>
<context>
    <name>RemoteOps</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1 : %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit code %3)</source>
        <translation>%1 : %2 a échoué (code de sortie %3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit code %3): %4</source>
        <translation>%1 : %2 a échoué (code de sortie %3) : %4</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lecture de %1</translation>
    </message>
    <message>
        <source>writing %1 (it was left as it was)</source>
        <translation>l’écriture de %1 (laissé tel quel)</translation>
    </message>
    <message>
        <source>SQL on PostgreSQL</source>
        <translation>la requête SQL sur PostgreSQL</translation>
    </message>
    <message>
        <source>%1: systemctl %2 %3 failed (exit code %4)</source>
        <translation>%1 : systemctl %2 %3 a échoué (code de sortie %4)</translation>
    </message>
</context>
<context>
    <name>ResumePoint</name>
    <message>
        <source>the audit log has no record of how this run started (its plan fingerprint): start a new run</source>
        <translation>le journal d’audit ne garde aucune trace du démarrage de cette exécution (l’empreinte de son plan) : lancez une nouvelle exécution</translation>
    </message>
    <message>
        <source>the plan changed since the run started (another node chosen, or the cluster file, settings or version): choose the node the run worked on, or start a new run, which checks every step again</source>
        <translation>le plan a changé depuis le démarrage de l’exécution (autre nœud choisi, ou fichier de cluster, paramètres ou version modifiés) : choisissez le nœud sur lequel portait l’exécution, ou lancez une nouvelle exécution, qui revérifie chaque étape</translation>
    </message>
    <message>
        <source>the run was started by an earlier version, whose record of the plan this one cannot compare: start a new run (the cluster lock the run may hold is released with: inmanta-ha-cli --cluster FILE lock release %1)</source>
        <translation>l’exécution a été lancée par une version antérieure, dont cette version ne peut pas comparer l’enregistrement du plan : lancez une nouvelle exécution (le verrou du cluster que l’exécution détient peut-être se libère avec : inmanta-ha-cli --cluster FICHIER lock release %1)</translation>
    </message>
</context>
<context>
    <name>RunReportExport</name>
    <message>
        <source>Export the Report of Run %1</source>
        <translation>Exporter le rapport de l’exécution %1</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Rapport HTML (*.html);;Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Écriture du rapport...</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>SecretBinding</name>
    <message>
        <source>%1 (%2) was stored without the places it may go to; this file would send it to %3</source>
        <translation>%1 (%2) a été enregistré sans les endroits où il peut aller ; ce fichier l&apos;enverrait à %3</translation>
    </message>
    <message>
        <source>%1 (%2) was not set for %3, where this file would send it</source>
        <translation>%1 (%2) n&apos;a pas été défini pour %3, où ce fichier l&apos;enverrait</translation>
    </message>
    <message>
        <source>if that is right: inmanta-ha-cli --cluster %1 secret confirm %2</source>
        <translation>si c&apos;est juste : inmanta-ha-cli --cluster %1 secret confirm %2</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <source>&quot;%1&quot; names no node of cluster %2</source>
        <translation>« %1 » ne désigne aucun nœud du cluster %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name; one of replication-password, database-password, api-token, sudo-password:NODE, ssh-password:NODE, key-passphrase:NODE</source>
        <translation>« %1 » n’est pas un nom de secret ; valeurs possibles : replication-password, database-password, api-token, sudo-password:NŒUD, ssh-password:NŒUD, key-passphrase:NŒUD</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL replication user</source>
        <translation>Mot de passe de l’utilisateur de réplication PostgreSQL</translation>
    </message>
    <message>
        <source>Password of the Inmanta server&apos;s database user</source>
        <translation>Mot de passe de l’utilisateur de base de données du serveur Inmanta</translation>
    </message>
    <message>
        <source>Token for the Inmanta server&apos;s API</source>
        <translation>Jeton pour l’API du serveur Inmanta</translation>
    </message>
    <message>
        <source>sudo password of the SSH user on %1</source>
        <translation>Mot de passe sudo de l’utilisateur SSH sur %1</translation>
    </message>
    <message>
        <source>SSH password on %1</source>
        <translation>Mot de passe SSH sur %1</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1</source>
        <translation>Phrase de passe de la clé SSH pour %1</translation>
    </message>
</context>
<context>
    <name>SocksConnect</name>
    <message>
        <source>not allowed by the proxy&apos;s rules</source>
        <translation>non autorisé par les règles du proxy</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL expiré</translation>
    </message>
    <message>
        <source>command not supported by the proxy</source>
        <translation>commande non prise en charge par le proxy</translation>
    </message>
    <message>
        <source>address type not supported by the proxy</source>
        <translation>type d&apos;adresse non pris en charge par le proxy</translation>
    </message>
    <message>
        <source>general failure (SOCKS reply %1)</source>
        <translation>échec général (réponse SOCKS %1)</translation>
    </message>
    <message>
        <source>cannot reach the SOCKS proxy %1: %2</source>
        <translation>impossible de joindre le proxy SOCKS %1 : %2</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 did not answer as SOCKS5 within %2 s</source>
        <translation>le proxy SOCKS %1 n&apos;a pas répondu en SOCKS5 dans les %2 s</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 wants authentication, which is not supported</source>
        <translation>le proxy SOCKS %1 demande une authentification, non prise en charge</translation>
    </message>
    <message>
        <source>%1: a name too long for SOCKS5</source>
        <translation>%1 : un nom trop long pour SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 could not connect to %2:%3: %4</source>
        <translation>le proxy SOCKS %1 n&apos;a pas pu se connecter à %2:%3 : %4</translation>
    </message>
    <message>
        <source>the SOCKS proxy %1 could not connect to %2:%3 within %4 s</source>
        <translation>le proxy SOCKS %1 n&apos;a pas pu se connecter à %2:%3 en %4 s</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1: Include nested more than %2 levels deep</source>
        <translation>%1 : Include imbriqué sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1: &quot;Match %2&quot; is not supported (only Host blocks and Match all are); this tool cannot tell whether its %3 applies</source>
        <translation>%1 : « Match %2 » n&apos;est pas pris en charge (seuls les blocs Host et Match all le sont) ; cet outil ne peut pas dire si son %3 s&apos;applique</translation>
    </message>
    <message>
        <source>%1: %2 takes one value, not &quot;%3&quot;</source>
        <translation>%1 : %2 prend une seule valeur, pas « %3 »</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>connection lost before `%1`: %2. The command may or may not have completed.</source>
        <translation>connexion perdue avant `%1` : %2. La commande a pu aboutir ou non.</translation>
    </message>
    <message>
        <source>connection lost when starting `%1`: %2. The command may or may not have completed.</source>
        <translation>connexion perdue au démarrage de `%1` : %2. La commande a pu aboutir ou non.</translation>
    </message>
    <message>
        <source>connection lost while running `%1`: %2. The command may or may not have completed.</source>
        <translation>connexion perdue pendant que `%1` s’exécutait : %2. La commande a pu aboutir ou non.</translation>
    </message>
    <message>
        <source>connection lost at the end of `%1`: %2. The command may or may not have completed.</source>
        <translation>connexion perdue à la fin de `%1` : %2. La commande a pu aboutir ou non.</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>le serveur n’a envoyé aucune clé d’hôte</translation>
    </message>
    <message>
        <source>the host key has CHANGED. On record (%1): %2. Presented now: %3 %4. This may be an attack or a reinstalled host; nothing was sent to it. If the change is expected, remove the old entry from %1 and connect again.</source>
        <translation>la clé d’hôte a CHANGÉ. Enregistrée (%1) : %2. Présentée maintenant : %3 %4. Il peut s’agir d’une attaque ou d’un hôte réinstallé ; rien ne lui a été envoyé. Si le changement est attendu, retirez l’ancienne entrée de %1 et connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>the host key %1 %2 is marked @revoked in %3</source>
        <translation>la clé d’hôte %1 %2 est marquée @revoked dans %3</translation>
    </message>
    <message>
        <source>the host key is not known yet: %1 %2. Check this fingerprint with the host&apos;s administrator, then accept it.</source>
        <translation>la clé d’hôte n’est pas encore connue : %1 %2. Vérifiez cette empreinte auprès de l’administrateur de l’hôte, puis acceptez-la.</translation>
    </message>
    <message>
        <source>cannot record the new host key: %1</source>
        <translation>impossible d’enregistrer la nouvelle clé d’hôte : %1</translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted</source>
        <translation>ssh-agent : aucune clé acceptée</translation>
    </message>
    <message>
        <source>key %1: cannot be read</source>
        <translation>clé %1 : illisible</translation>
    </message>
    <message>
        <source>key %1: needs its passphrase (store it as key-passphrase:%2)</source>
        <translation>clé %1 : sa phrase de passe est nécessaire (enregistrez-la comme key-passphrase:%2)</translation>
    </message>
    <message>
        <source>key %1: wrong passphrase</source>
        <translation>clé %1 : phrase de passe incorrecte</translation>
    </message>
    <message>
        <source>key %1: refused by the server</source>
        <translation>clé %1 : refusée par le serveur</translation>
    </message>
    <message>
        <source>default keys (~/.ssh/id_*): none accepted</source>
        <translation>clés par défaut (~/.ssh/id_*) : aucune acceptée</translation>
    </message>
    <message>
        <source>password: wrong password</source>
        <translation>mot de passe : mot de passe incorrect</translation>
    </message>
    <message>
        <source>keyboard-interactive: wrong password</source>
        <translation>keyboard-interactive : mot de passe incorrect</translation>
    </message>
    <message>
        <source>password: none stored (secret ssh-password:%1)</source>
        <translation>mot de passe : aucun enregistré (secret ssh-password:%1)</translation>
    </message>
    <message>
        <source>authentication as %1 failed: %2</source>
        <translation>échec de l’authentification en tant que %1 : %2</translation>
    </message>
    <message>
        <source>`%1` was cancelled; its channel was closed</source>
        <translation>annulation de `%1` ; son canal a été fermé</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s; its channel was closed</source>
        <translation>`%1` n’a pas fini en %2 s ; son canal a été fermé</translation>
    </message>
    <message>
        <source>`%1` was killed by signal %2</source>
        <translation>le signal %2 a mis fin à `%1`</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>the host key presented, %1 %2, is not the one pinned for this node (%3); nothing was sent to it.</source>
        <translation>la clé d’hôte présentée, %1 %2, n’est pas celle épinglée pour ce nœud (%3) ; rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>the revoked host keys (RevokedHostKeys) cannot be checked: %1; nothing was sent to the host.</source>
        <translation>les clés d’hôte révoquées (RevokedHostKeys) ne peuvent pas être vérifiées : %1 ; rien n’a été envoyé à l’hôte.</translation>
    </message>
    <message>
        <source>keyboard-interactive: the server asked more than %1 rounds of questions</source>
        <translation>keyboard-interactive : le serveur a posé plus de %1 séries de questions</translation>
    </message>
    <message>
        <source>keyboard-interactive: the server asked &quot;%1&quot;, which is not the password; it was not answered</source>
        <translation>keyboard-interactive : le serveur a demandé « %1 », qui n’est pas le mot de passe ; sans réponse</translation>
    </message>
    <message>
        <source>ssh.hostKey in the cluster file (or --host-key)</source>
        <translation>ssh.hostKey dans le fichier du cluster (ou --host-key)</translation>
    </message>
    <message>
        <source>the remote shell ended while running `%1`. The command may or may not have completed.</source>
        <translation>le shell distant s’est terminé pendant l’exécution de `%1`. La commande s’est peut-être terminée, peut-être pas.</translation>
    </message>
    <message>
        <source>%1&apos;s bastion</source>
        <translation>bastion de %1</translation>
    </message>
    <message>
        <source>cannot connect through its bastion: %1</source>
        <translation>connexion impossible par son bastion : %1</translation>
    </message>
    <message>
        <source>cannot connect through %1: %2</source>
        <translation>connexion impossible par %1 : %2</translation>
    </message>
    <message>
        <source>connection lost before `%1` was sent (%2); it did not run</source>
        <translation>connexion perdue avant l’envoi de `%1` (%2) ; elle n’a pas été exécutée</translation>
    </message>
    <message>
        <source>`%1` was cancelled before it started</source>
        <translation>`%1` a été annulée avant de commencer</translation>
    </message>
    <message>
        <source>`%1` was sent SIGTERM and SIGKILL but did not end; the tool&apos;s shell there was closed</source>
        <translation>`%1` a reçu SIGTERM et SIGKILL mais ne s’est pas terminée ; le shell de l’outil y a été fermé</translation>
    </message>
    <message>
        <source>`%1` was cancelled: its process group on the host was sent SIG%2</source>
        <translation>`%1` a été annulée : son groupe de processus sur l’hôte a reçu SIG%2</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s: its process group on the host was sent SIG%3</source>
        <translation>`%1` ne s’est pas terminée en %2 s : son groupe de processus sur l’hôte a reçu SIG%3</translation>
    </message>
    <message>
        <source>the server refused a new session for `%1` (its MaxSessions?); it did not run</source>
        <translation>le serveur a refusé une nouvelle session pour `%1` (son MaxSessions ?) ; elle n’a pas été exécutée</translation>
    </message>
    <message>
        <source>`%1` was stopped before it reported its process group, which was sent no signal; the tool&apos;s shell there was closed</source>
        <translation>`%1` a été arrêtée avant d’annoncer son groupe de processus, qui n’a reçu aucun signal ; le shell de l’outil y a été fermé</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>not connected: %1</source>
        <translation>non connecté : %1</translation>
    </message>
</context>
<context>
    <name>SshWorker</name>
    <message>
        <source>the sudo check</source>
        <translation>la vérification de sudo</translation>
    </message>
    <message>
        <source>sudo for %1 asks for a password and none is stored (secret sudo-password:%2)</source>
        <translation>sudo pour %1 demande un mot de passe et aucun n’est enregistré (secret sudo-password:%2)</translation>
    </message>
    <message>
        <source>the sudo password check</source>
        <translation>la vérification du mot de passe sudo</translation>
    </message>
    <message>
        <source>wrong sudo password for %1</source>
        <translation>mot de passe sudo incorrect pour %1</translation>
    </message>
    <message>
        <source>%1 may not use sudo: %2</source>
        <translation>%1 n’a pas le droit d’utiliser sudo : %2</translation>
    </message>
    <message>
        <source>`%1` was cancelled before it started</source>
        <translation>annulation de `%1` avant son démarrage</translation>
    </message>
    <message>
        <source>sudo refused the password for %1</source>
        <translation>sudo a refusé le mot de passe de %1</translation>
    </message>
    <message>
        <source>could not tell whether sudo for %1 asks for a password (%2); nothing ran as root and no password was sent</source>
        <translation>impossible de savoir si sudo demande un mot de passe pour %1 (%2) ; rien n’a été exécuté en root et aucun mot de passe n’a été envoyé</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà faite</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>requiert votre attestation</translation>
    </message>
</context>
<context>
    <name>iha::AuditEntryModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
</context>
<context>
    <name>iha::AuditViewDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Filtre de cluster</translation>
    </message>
    <message>
        <source>Run filter</source>
        <translation>Filtre d’exécution</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Entrées depuis</translation>
    </message>
    <message>
        <source>Entries until</source>
        <translation>Entrées jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster :</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Exécution :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’à :</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>L’entrée choisie en entier</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Re-compute every entry&apos;s HMAC and compare the end of the log with the head the keychain remembers</source>
        <translation>Recalculer le HMAC de chaque entrée et comparer la fin du journal à la tête que retient le trousseau</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Write the entries shown to an HTML, PDF or JSON report</source>
        <translation>Écrire les entrées affichées dans un rapport HTML, PDF ou JSON</translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Le journal d’audit n’est pas disponible.</translation>
    </message>
    <message>
        <source>Audit Log - %1</source>
        <translation>Journal d’audit - %1</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries shown.</source>
        <translation>
            <numerusform>%n entrée sur %1 affichée.</numerusform>
            <numerusform>%n entrées sur %1 affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  %3 by %4
</source>
        <translation>N° %1  %2  %3 par %4
</translation>
    </message>
    <message>
        <source>Step: %1
</source>
        <translation>Étape : %1
</translation>
    </message>
    <message>
        <source>Host: %1
</source>
        <translation>Hôte : %1
</translation>
    </message>
    <message>
        <source>Command:
%1
</source>
        <translation>Commande :
%1
</translation>
    </message>
    <message>
        <source>Exit code: %1
</source>
        <translation>Code de sortie : %1
</translation>
    </message>
    <message>
        <source>Decision: %1
</source>
        <translation>Décision : %1
</translation>
    </message>
    <message>
        <source>Output (%1 bytes):
%2
</source>
        <translation>Sortie (%1 octets) :
%2
</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>Chaîne intacte : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain NOT intact:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Chaîne NON intacte :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Écriture de %1...</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n entries).</source>
        <translation>
            <numerusform>%1 écrit (%n entrée).</numerusform>
            <numerusform>%1 écrit (%n entrées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for machines (*.json)</source>
        <translation>JSON pour les machines (*.json)</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Exporter le rapport d’audit</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Filtre d’hôte</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>résultat %1</translation>
    </message>
</context>
<context>
    <name>iha::ClusterDiagram</name>
    <message>
        <source>Cluster diagram</source>
        <translation>Schéma du cluster</translation>
    </message>
    <message>
        <source>no replication</source>
        <translation>aucune réplication</translation>
    </message>
    <message>
        <source>%1 · %2
slot %3%4 · lag %5</source>
        <translation>%1 · %2
slot %3%4 · retard %5</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
    <message>
        <source>no replication: %1 is down</source>
        <translation>aucune réplication : %1 est arrêté</translation>
    </message>
    <message>
        <source>replication not seen yet</source>
        <translation>réplication pas encore vue</translation>
    </message>
    <message>
        <source>database unknown</source>
        <translation>base inconnue</translation>
    </message>
    <message>
        <source>uses the database on %1</source>
        <translation>utilise la base sur %1</translation>
    </message>
</context>
<context>
    <name>iha::ClusterFileActions</name>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Fichiers de cluster (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Cluster File</source>
        <translation>Ouvrir un fichier de cluster</translation>
    </message>
    <message>
        <source>New Cluster File</source>
        <translation>Nouveau fichier de cluster</translation>
    </message>
    <message>
        <source>Cannot create cluster file</source>
        <translation>Impossible de créer le fichier de cluster</translation>
    </message>
    <message>
        <source>Created %1: replace the example addresses (192.0.2.x) with your hosts&apos;.</source>
        <translation>%1 créé : remplacez les adresses d’exemple (192.0.2.x) par celles de vos hôtes.</translation>
    </message>
    <message>
        <source>Import a Running Cluster</source>
        <translation>Importer un cluster en fonctionnement</translation>
    </message>
    <message>
        <source>Hosts cannot be read from this window.</source>
        <translation>Cette fenêtre ne peut pas lire d’hôtes.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>Export Cluster File</source>
        <translation>Exporter le fichier de cluster</translation>
    </message>
    <message>
        <source>Cannot export cluster file</source>
        <translation>Impossible d’exporter le fichier de cluster</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>sudo password not kept</source>
        <translation>Mot de passe sudo non conservé</translation>
    </message>
    <message>
        <source>The keychain already holds another sudo password of cluster %1 for %2 (of another file of that name?); it is left as it was.</source>
        <translation>Le trousseau contient déjà un autre mot de passe sudo du cluster %1 pour %2 (d’un autre fichier de ce nom ?) ; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The sudo password was not kept in the keychain for every host of %1; it will be asked for when needed.
%2</source>
        <translation>Le mot de passe sudo n’a pas été conservé dans le trousseau pour chaque hôte de %1 ; il sera demandé au besoin.
%2</translation>
    </message>
</context>
<context>
    <name>iha::ClusterImporter</name>
    <message>
        <source>reading the host</source>
        <translation>lecture de l’hôte</translation>
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
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Open another cluster file</source>
        <translation>Ouvrir un autre fichier de cluster</translation>
    </message>
    <message>
        <source>Add a cluster</source>
        <translation>Ajouter un cluster</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop watching the selected cluster (its file is kept)</source>
        <translation>Ne plus surveiller le cluster choisi (son fichier est conservé)</translation>
    </message>
    <message>
        <source>Remove the selected cluster from the list</source>
        <translation>Retirer le cluster choisi de la liste</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1 : %2</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
</context>
<context>
    <name>iha::ClusterPage</name>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <source>Recent &amp;Runs</source>
        <translation>&amp;Exécutions récentes</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Warnings in the cluster file:
%1</source>
        <translation>Avertissements dans le fichier de cluster :
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRACTICE&lt;/b&gt; - a practice cluster on this machine, not a real system. Run any procedure or failover drill on it; &lt;tt&gt;inmanta-ha-cli practice down&lt;/tt&gt; removes it.</source>
        <translation>&lt;b&gt;ENTRAÎNEMENT&lt;/b&gt; - un cluster d’entraînement sur cette machine, pas un système réel. Exécutez-y toute procédure ou tout exercice de basculement ; &lt;tt&gt;inmanta-ha-cli practice down&lt;/tt&gt; le supprime.</translation>
    </message>
    <message>
        <source>PRACTICE cluster %1</source>
        <translation>Cluster d’ENTRAÎNEMENT %1</translation>
    </message>
    <message>
        <source>Recent &amp;Runs (a run is going on)</source>
        <translation>&amp;Exécutions récentes (une exécution est en cours)</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>En cours : %1</translation>
    </message>
</context>
<context>
    <name>iha::ConnectionTest</name>
    <message>
        <source>reach</source>
        <translation>accessibilité</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>clé d’hôte</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>authentification</translation>
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
        <translation>%1 répond sur le port %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer within %2 s</source>
        <translation>impossible de joindre %1 : aucune réponse en %2 s</translation>
    </message>
    <message>
        <source>accepted now and recorded: %1 %2</source>
        <translation>acceptée maintenant et enregistrée : %1 %2</translation>
    </message>
    <message>
        <source>known: %1 %2</source>
        <translation>connue : %1 %2</translation>
    </message>
    <message>
        <source>logged in as %1 (%2)</source>
        <translation>connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>sudo ran the command as uid %1, not root</source>
        <translation>sudo a exécuté la commande avec l’uid %1, pas en root</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo</source>
        <translation>%1 devient root avec sudo</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Inmanta configuration</source>
        <translation>Configuration d&apos;Inmanta</translation>
    </message>
    <message>
        <source>no Inmanta configuration here (no server installed)</source>
        <translation>pas de configuration Inmanta ici (aucun serveur installé)</translation>
    </message>
    <message>
        <source>the server connects to %1 (%2)</source>
        <translation>le serveur se connecte à %1 (%2)</translation>
    </message>
    <message>
        <source>the server connects to localhost (no [database] host is set)</source>
        <translation>le serveur se connecte à localhost (aucun [database] host défini)</translation>
    </message>
    <message>
        <source>%1. A failover that points the server at a new primary must change it there, or remove it.</source>
        <translation>%1. Un basculement qui dirige le serveur vers un nouveau primaire doit le modifier là, ou le supprimer.</translation>
    </message>
    <message>
        <source>%1; but its API listens on %2 only (%3), out of reach of %4: set [server] bind-address</source>
        <translation>%1 ; mais son API n&apos;écoute que sur %2 (%3), hors d&apos;atteinte de %4 : définissez [server] bind-address</translation>
    </message>
    <message>
        <source>the default: no [server] bind-address</source>
        <translation>la valeur par défaut : pas de [server] bind-address</translation>
    </message>
    <message>
        <source>%1; its API listens on %2</source>
        <translation>%1 ; son API écoute sur %2</translation>
    </message>
    <message>
        <source>pinned: %1 %2</source>
        <translation>épinglée : %1 %2</translation>
    </message>
    <message>
        <source>reached through bastion %1@%2:%3 (ProxyJump, %4 hop(s)); the login tests the way</source>
        <translation>atteint par le bastion %1@%2:%3 (ProxyJump, %4 saut(s)) ; la connexion vérifie le chemin</translation>
    </message>
</context>
<context>
    <name>iha::CredentialsDialog</name>
    <message>
        <source>Credentials of %1</source>
        <translation>Identifiants de %1</translation>
    </message>
    <message>
        <source>The secrets of cluster %1 live in your keychain, never in files. Their values are never shown: select one to set, replace or delete it.</source>
        <translation>Les secrets du cluster %1 vivent dans votre trousseau, jamais dans des fichiers. Leurs valeurs ne sont jamais affichées : choisissez-en un pour le définir, le remplacer ou le supprimer.</translation>
    </message>
    <message>
        <source>Secrets of the cluster</source>
        <translation>Secrets du cluster</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Sert à</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>New value, again</source>
        <translation>Nouvelle valeur, à nouveau</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Nouvelle &amp;valeur :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;À nouveau :</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>No keychain is available to this program.</source>
        <translation>Aucun trousseau n’est disponible pour ce programme.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 Nothing can be read or stored here until it is; secrets are never kept in plain text instead.</source>
        <translation>%1 Rien ne peut être lu ni enregistré ici d’ici là ; les secrets ne sont jamais gardés en clair à la place.</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>vérification...</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>impossible à dire</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The two values differ.</source>
        <translation>Les deux valeurs diffèrent.</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>Delete %1 of cluster %2 from the keychain? Procedures that need it will ask for it again.</source>
        <translation>Supprimer %1 du cluster %2 du trousseau ? Les procédures qui en ont besoin le redemanderont.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n’a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>%1 is deleted from the keychain.</source>
        <translation>%1 est supprimé du trousseau.</translation>
    </message>
    <message>
        <source>. Replace it to let it go where this file sends it.</source>
        <translation>. Remplacez-le pour qu&apos;il aille là où ce fichier l&apos;envoie.</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>%1 is stored in the keychain, for this file&apos;s hosts.</source>
        <translation>%1 est enregistré dans le trousseau, pour les hôtes de ce fichier.</translation>
    </message>
</context>
<context>
    <name>iha::EmptyState</name>
    <message>
        <source>No cluster loaded</source>
        <translation>Aucun cluster chargé</translation>
    </message>
    <message>
        <source>Open Cluster File...</source>
        <translation>Ouvrir un fichier de cluster...</translation>
    </message>
    <message>
        <source>New from Template...</source>
        <translation>Nouveau depuis le modèle...</translation>
    </message>
    <message>
        <source>Import Running Cluster...</source>
        <translation>Importer un cluster en fonctionnement...</translation>
    </message>
    <message>
        <source>New here? &lt;b&gt;Try it on a practice cluster&lt;/b&gt;: five hosts on this machine with real PostgreSQL 15 and OpenSSH servers, marked PRACTICE, to run every procedure and a failover drill on without risk.&lt;br&gt;&lt;br&gt;A cluster file describes your PostgreSQL primary, its standby and the Inmanta orchestrator: their addresses, SSH logins and where PostgreSQL keeps its data.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import&lt;/b&gt; a cluster that already runs (everything is read from its hosts), &lt;b&gt;open&lt;/b&gt; a cluster file you already have, or create a &lt;b&gt;new one from the template&lt;/b&gt; (the runbook&apos;s defaults) and replace the example addresses with your hosts&apos; addresses.</source>
        <translation>Nouveau ici ? &lt;b&gt;Essayez sur un cluster d’entraînement&lt;/b&gt; : cinq hôtes sur cette machine avec de vrais serveurs PostgreSQL 15 et OpenSSH, marqués ENTRAÎNEMENT, pour exécuter chaque procédure et un exercice de basculement sans risque.&lt;br&gt;&lt;br&gt;Un fichier de cluster décrit votre primaire PostgreSQL, son standby et l’orchestrateur Inmanta : leurs adresses, leurs accès SSH et l’endroit où PostgreSQL garde ses données.&lt;br&gt;&lt;br&gt;&lt;b&gt;Importez&lt;/b&gt; un cluster qui tourne déjà (tout est lu sur ses hôtes), &lt;b&gt;ouvrez&lt;/b&gt; un fichier de cluster que vous avez déjà, ou créez-en un &lt;b&gt;nouveau depuis le modèle&lt;/b&gt; (les valeurs par défaut du runbook) et remplacez les adresses d’exemple par celles de vos hôtes.</translation>
    </message>
    <message>
        <source>Try It on a Practice Cluster...</source>
        <translation>Essayer sur un cluster d’entraînement...</translation>
    </message>
</context>
<context>
    <name>iha::GuiController</name>
    <message>
        <source>%1 The cluster is watched without stored passwords.</source>
        <translation>%1 Le cluster est surveillé sans mots de passe enregistrés.</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: it is not read until its key is accepted (Check Now asks again).</source>
        <translation>Clé d’hôte de %1 refusée : il n’est pas lu tant que sa clé n’est pas acceptée (« Vérifier maintenant » redemande).</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: %2</source>
        <translation>Impossible d’enregistrer la clé d’hôte de %1 : %2</translation>
    </message>
    <message>
        <source>The decision is not in the audit log: %1</source>
        <translation>La décision n’est pas dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>Host key of %1 recorded in %2.</source>
        <translation>Clé d’hôte de %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: it is not read until its key is accepted (Read Again asks again).</source>
        <translation>Clé d’hôte de %1 refusée : il n’est pas lu tant que sa clé n’est pas acceptée (« Relire » redemande).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>the audit log is not open</source>
        <translation>le journal d’audit n’est pas ouvert</translation>
    </message>
    <message>
        <source>⚠ The audit log is not the one remembered at its path</source>
        <translation>⚠ Le journal d’audit n’est pas celui connu à cet emplacement</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>retenu : %1</translation>
    </message>
    <message>
        <source>The secrets stay held back: %1</source>
        <translation>Les secrets restent retenus : %1</translation>
    </message>
    <message>
        <source>Confirmed; the cluster file was read again meanwhile: the secrets are used once it is shown again.</source>
        <translation>Confirmé ; le fichier du cluster a été relu entre-temps : les secrets seront utilisés dès qu&apos;il sera de nouveau affiché.</translation>
    </message>
</context>
<context>
    <name>iha::GuiPractice</name>
    <message>
        <source>Practice Cluster</source>
        <translation>Cluster d’entraînement</translation>
    </message>
    <message>
        <source>Start a practice cluster on this machine?</source>
        <translation>Démarrer un cluster d’entraînement sur cette machine ?</translation>
    </message>
    <message>
        <source>Start It</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>The practice cluster could not be started.</source>
        <translation>Le cluster d’entraînement n’a pas pu être démarré.</translation>
    </message>
</context>
<context>
    <name>iha::HeldBackSecretsDialog</name>
    <message>
        <source>Secrets Held Back</source>
        <translation>Secrets retenus</translation>
    </message>
    <message>
        <source>%1 is a file of cluster %2, but it would send the cluster&apos;s secrets where they were not set for. They are held back.</source>
        <translation>%1 est un fichier du cluster %2, mais il enverrait les secrets du cluster là où ils n&apos;ont pas été définis. Ils sont retenus.</translation>
    </message>
    <message>
        <source>
would go to:
</source>
        <translation>
iraient à :
</translation>
    </message>
    <message>
        <source>

Let them go there only if you changed these addresses yourself: a copied or planted file of the same name would collect them. Until then the cluster is watched without them.</source>
        <translation>

Ne les laissez aller là que si vous avez changé ces adresses vous-même : un fichier copié ou déposé du même nom les recueillerait. D&apos;ici là, le cluster est surveillé sans eux.</translation>
    </message>
    <message>
        <source>&amp;Let Them Go There</source>
        <translation>&amp;Les laisser y aller</translation>
    </message>
    <message>
        <source>&amp;Keep Them Back</source>
        <translation>&amp;Les retenir</translation>
    </message>
    <message>
        <source>Let the secrets go where this file sends them</source>
        <translation>Laisser les secrets aller là où ce fichier les envoie</translation>
    </message>
    <message>
        <source>Keep the secrets back</source>
        <translation>Retenir les secrets</translation>
    </message>
</context>
<context>
    <name>iha::HostKeyDialog</name>
    <message>
        <source>Host key changed: connection refused</source>
        <translation>Clé d’hôte modifiée : connexion refusée</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; This may be an attack, or the host was reinstalled. Nothing was sent to it, and it cannot be accepted here. If the change is expected, remove the old entry from %2 and connect again.</source>
        <translation>&lt;b&gt;La clé d’hôte de %1 a changé.&lt;/b&gt; Il peut s’agir d’une attaque, ou l’hôte a été réinstallé. Rien ne lui a été envoyé, et elle ne peut pas être acceptée ici. Si le changement est attendu, supprimez l’ancienne entrée de %2 et reconnectez-vous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not known yet.&lt;/b&gt; Compare the fingerprint below with the host&apos;s own (run &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; on it, or ask its administrator) before you accept it.</source>
        <translation>&lt;b&gt;%1 n’est pas encore connu.&lt;/b&gt; Comparez l’empreinte ci-dessous avec celle de l’hôte (lancez &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; sur celui-ci, ou demandez à son administrateur) avant de l’accepter.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Présentée maintenant :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>On record:</source>
        <translation>Enregistrée :</translation>
    </message>
    <message>
        <source>&amp;Accept and Remember</source>
        <translation>&amp;Accepter et mémoriser</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
</context>
<context>
    <name>iha::ImportHostsPage</name>
    <message>
        <source>The hosts of the running cluster</source>
        <translation>Les hôtes du cluster en fonctionnement</translation>
    </message>
    <message>
        <source>Their roles, PostgreSQL&apos;s directories, port, service and programs, and the orchestrator&apos;s database are read from the hosts: nothing is typed, nothing changes on them.</source>
        <translation>Leurs rôles, les répertoires, le port, le service et les programmes de PostgreSQL ainsi que la base de données de l’orchestrateur sont lus sur les hôtes : rien n’est à saisir, rien n’y change.</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Nom du cluster</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>p. ex. prod</translation>
    </message>
    <message>
        <source>Database hosts</source>
        <translation>Hôtes de base de données</translation>
    </message>
    <message>
        <source>addresses, separated by spaces or commas</source>
        <translation>adresses, séparées par des espaces ou des virgules</translation>
    </message>
    <message>
        <source>Orchestrator hosts</source>
        <translation>Hôtes d’orchestrateur</translation>
    </message>
    <message>
        <source>the Inmanta server&apos;s host, and any spare</source>
        <translation>l’hôte du serveur Inmanta et les éventuelles réserves</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>SSH key file</source>
        <translation>Fichier de clé SSH</translation>
    </message>
    <message>
        <source>ssh-agent and the default keys</source>
        <translation>ssh-agent et les clés par défaut</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>Mot de passe sudo</translation>
    </message>
    <message>
        <source>only when the SSH user is not root and sudo asks</source>
        <translation>seulement si l’utilisateur SSH n’est pas root et que sudo le demande</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>Choisir le fichier de clé SSH</translation>
    </message>
    <message>
        <source>SSH Key File</source>
        <translation>Fichier de clé SSH</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>&amp;Nom du cluster :</translation>
    </message>
    <message>
        <source>&amp;Database hosts:</source>
        <translation>Hôtes de &amp;base de données :</translation>
    </message>
    <message>
        <source>&amp;Orchestrator hosts:</source>
        <translation>Hôtes d’&amp;orchestrateur :</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Port SSH :</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Fichier de &amp;clé SSH :</translation>
    </message>
    <message>
        <source>s&amp;udo password:</source>
        <translation>&amp;Mot de passe sudo :</translation>
    </message>
    <message>
        <source>Cluster name: %1</source>
        <translation>Nom du cluster : %1</translation>
    </message>
    <message>
        <source>Database hosts: give at least the primary&apos;s address.</source>
        <translation>Hôtes de base de données : indiquez au moins l’adresse du primaire.</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <translation>Hôte %1 : %2</translation>
    </message>
    <message>
        <source>Host %1 is listed twice.</source>
        <translation>L’hôte %1 figure deux fois.</translation>
    </message>
    <message>
        <source>SSH key file: %1</source>
        <translation>Fichier de clé SSH : %1</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keychain for these hosts</source>
        <translation>Le &amp;conserver dans le trousseau pour ces hôtes</translation>
    </message>
    <message>
        <source>Keep the sudo password in the keychain for these hosts</source>
        <translation>Conserver le mot de passe sudo dans le trousseau pour ces hôtes</translation>
    </message>
</context>
<context>
    <name>iha::ImportReadPage</name>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Reading the hosts</source>
        <translation>Lecture des hôtes</translation>
    </message>
    <message>
        <source>Over SSH, as root: read-only, nothing changes on the hosts.</source>
        <translation>Par SSH, en root : lecture seule, rien ne change sur les hôtes.</translation>
    </message>
    <message>
        <source>Hosts and what reading them gave</source>
        <translation>Hôtes et résultat de leur lecture</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Every host was read.</source>
        <translation>Tous les hôtes ont été lus.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be read: fix what is said above (an unknown host key is asked about), then Read Again.</source>
        <translation>
            <numerusform>%n hôte n’a pas pu être lu : corrigez ce qui est indiqué ci-dessus (une clé d’hôte inconnue fait l’objet d’une question), puis cliquez sur « Relire ».</numerusform>
            <numerusform>%n hôtes n’ont pas pu être lus : corrigez ce qui est indiqué ci-dessus (une clé d’hôte inconnue fait l’objet d’une question), puis cliquez sur « Relire ».</numerusform>
        </translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>orchestrator</source>
        <translation>orchestrateur</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n host(s)...</source>
        <translation>
            <numerusform>Lecture de %n hôte...</numerusform>
            <numerusform>Lecture de %n hôtes...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iha::ImportReviewPage</name>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Check the roles; Finish writes the cluster file and opens it.</source>
        <translation>Vérifiez les rôles ; « Écrire le fichier de cluster » l’écrit et l’ouvre.</translation>
    </message>
    <message>
        <source>&amp;Write Cluster File</source>
        <translation>É&amp;crire le fichier de cluster</translation>
    </message>
    <message>
        <source>Nodes found, with their roles and settings</source>
        <translation>Nœuds trouvés, avec leurs rôles et paramètres</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cluster file to write</source>
        <translation>Fichier de cluster à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Choose where the cluster file goes</source>
        <translation>Choisir où écrire le fichier de cluster</translation>
    </message>
    <message>
        <source>Cluster File</source>
        <translation>Fichier de cluster</translation>
    </message>
    <message>
        <source>Cluster files (*.json)</source>
        <translation>Fichiers de cluster (*.json)</translation>
    </message>
    <message>
        <source>Cluster &amp;file:</source>
        <translation>&amp;Fichier de cluster :</translation>
    </message>
    <message>
        <source>Nothing unusual was found.</source>
        <translation>Rien d’inhabituel n’a été trouvé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look at this:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;À examiner :&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>The hosts were not read.</source>
        <translation>Les hôtes n’ont pas été lus.</translation>
    </message>
    <message>
        <source>Choose the primary.</source>
        <translation>Choisissez le primaire.</translation>
    </message>
    <message>
        <source>Choose the orchestrator.</source>
        <translation>Choisissez l’orchestrateur.</translation>
    </message>
    <message>
        <source>Cluster file: say where it goes.</source>
        <translation>Fichier de cluster : indiquez où l’écrire.</translation>
    </message>
    <message>
        <source>Cluster file: &quot;%1&quot; is a relative path.</source>
        <translation>Fichier de cluster : « %1 » est un chemin relatif.</translation>
    </message>
    <message>
        <source>%1 exists: it is replaced, and a copy kept as %1.bak.</source>
        <translation>%1 existe : il est remplacé, et une copie est gardée sous %1.bak.</translation>
    </message>
    <message>
        <source>Cannot write the cluster file</source>
        <translation>Impossible d’écrire le fichier de cluster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Replace the Cluster File?</source>
        <translation>Remplacer le fichier de cluster ?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported cluster? The old file is kept as %1.bak.</source>
        <translation>%1 existe. Le remplacer par le cluster importé ? L’ancien fichier est gardé sous %1.bak.</translation>
    </message>
</context>
<context>
    <name>iha::ImportWizard</name>
    <message>
        <source>Import a Running Cluster</source>
        <translation>Importer un cluster en fonctionnement</translation>
    </message>
</context>
<context>
    <name>iha::IntroPage</name>
    <message>
        <source>Cluster %1. Runbook section: &quot;%2&quot;.</source>
        <translation>Cluster %1. Section du runbook : « %2 ».</translation>
    </message>
    <message>
        <source>Nothing changes until you confirm on the preview page: first the pre-flight checks, read-only, then every step with its exact command.</source>
        <translation>Rien ne change tant que vous n’avez pas confirmé sur la page d’aperçu : d’abord les vérifications préalables, en lecture seule, puis chaque étape avec sa commande exacte.</translation>
    </message>
    <message>
        <source>This goes on with run %1, which did not finish. Every step is checked again: what is done already is skipped.</source>
        <translation>Ceci reprend l’exécution %1, qui ne s’est pas terminée. Chaque étape est vérifiée à nouveau : ce qui est déjà fait est sauté.</translation>
    </message>
</context>
<context>
    <name>iha::InventoryDialog</name>
    <message>
        <source>Inventory of %1</source>
        <translation>Inventaire de %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>&amp;Add Node</source>
        <translation>&amp;Ajouter un nœud</translation>
    </message>
    <message>
        <source>Re&amp;move Node</source>
        <translation>&amp;Retirer le nœud</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Replace what is edited here by the content of another cluster file</source>
        <translation>Remplacer ce qui est édité ici par le contenu d’un autre fichier de cluster</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>Write what is edited here to another file</source>
        <translation>Écrire ce qui est édité ici dans un autre fichier</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>scram-sha-256 (PostgreSQL 15&apos;s default)</source>
        <translation>scram-sha-256 (défaut de PostgreSQL 15)</translation>
    </message>
    <message>
        <source>md5 (what the runbook writes)</source>
        <translation>md5 (ce qu’écrit le runbook)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>slot:</source>
        <translation>slot :</translation>
    </message>
    <message>
        <source>application name:</source>
        <translation>nom d’application :</translation>
    </message>
    <message>
        <source>&amp;Replication user:</source>
        <translation>Utilisateur de &amp;réplication :</translation>
    </message>
    <message>
        <source>Replication &amp;authentication:</source>
        <translation>&amp;Authentification de réplication :</translation>
    </message>
    <message>
        <source>Replication user</source>
        <translation>Utilisateur de réplication</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Slot de réplication</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom d’application</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Nœud choisi</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>Adresse IP ou nom d’hôte</translation>
    </message>
    <message>
        <source>as OpenSSH: your local user name</source>
        <translation>comme OpenSSH : votre nom d’utilisateur local</translation>
    </message>
    <message>
        <source>empty: ssh-agent and the default keys</source>
        <translation>vide : ssh-agent et les clés par défaut</translation>
    </message>
    <message>
        <source>Runs &amp;PostgreSQL</source>
        <translation>Fait tourner &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>empty: in the data directory</source>
        <translation>vide : dans le répertoire de données</translation>
    </message>
    <message>
        <source>empty: found on the host</source>
        <translation>vide : trouvé sur l’hôte</translation>
    </message>
    <message>
        <source>Runs an &amp;Inmanta server</source>
        <translation>Fait tourner un serveur &amp;Inmanta</translation>
    </message>
    <message>
        <source>empty: http://&lt;address&gt;:8888</source>
        <translation>vide : http://&lt;adresse&gt;:8888</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>P&amp;ort SSH :</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Fichier de &amp;clé SSH :</translation>
    </message>
    <message>
        <source>PostgreSQL port:</source>
        <translation>Port PostgreSQL :</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Répertoire de données :</translation>
    </message>
    <message>
        <source>Configuration directory:</source>
        <translation>Répertoire de configuration :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Programs directory:</source>
        <translation>Répertoire des programmes :</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL de l’API :</translation>
    </message>
    <message>
        <source>Database settings file:</source>
        <translation>Fichier des paramètres de base de données :</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>Port PostgreSQL</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <source>Configuration directory</source>
        <translation>Répertoire de configuration</translation>
    </message>
    <message>
        <source>PostgreSQL service</source>
        <translation>Service PostgreSQL</translation>
    </message>
    <message>
        <source>Programs directory</source>
        <translation>Répertoire des programmes</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Database settings file</source>
        <translation>Fichier des paramètres de base de données</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before saving:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;À corriger avant d’enregistrer :&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was changed.</source>
        <translation>%1 ne peut pas être lu ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import Cluster File</source>
        <translation>Importer un fichier de cluster</translation>
    </message>
    <message>
        <source>Cluster files (*.json);;All files (*)</source>
        <translation>Fichiers de cluster (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Cluster File</source>
        <translation>Exporter le fichier de cluster</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Bytes, or with kB, MB, GB or TB (1024-based); empty: the default.</source>
        <translation>Octets, ou avec kB, MB, GB ou TB (base 1024) ; vide : la valeur par défaut.</translation>
    </message>
    <message>
        <source>warning from</source>
        <translation>avertissement à partir de</translation>
    </message>
    <message>
        <source>Replay lag warning threshold</source>
        <translation>Seuil d’avertissement du retard de rejeu</translation>
    </message>
    <message>
        <source>critical from</source>
        <translation>critique à partir de</translation>
    </message>
    <message>
        <source>Replay lag critical threshold</source>
        <translation>Seuil critique du retard de rejeu</translation>
    </message>
    <message>
        <source>Replay &amp;lag alerts:</source>
        <translation>A&amp;lertes de retard de rejeu :</translation>
    </message>
    <message>
        <source>Retained WAL warning threshold</source>
        <translation>Seuil d’avertissement du WAL retenu</translation>
    </message>
    <message>
        <source>Retained WAL critical threshold</source>
        <translation>Seuil critique du WAL retenu</translation>
    </message>
    <message>
        <source>Retained &amp;WAL alerts:</source>
        <translation>Alertes de &amp;WAL retenu :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size (bytes, or a number with kB, MB, GB or TB)</source>
        <translation>« %1 » n’est pas une taille (octets, ou un nombre avec kB, MB, GB ou TB)</translation>
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
        <translation>Aucun cluster chargé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Cluster File...</source>
        <translation>&amp;Ouvrir un fichier de cluster...</translation>
    </message>
    <message>
        <source>&amp;New Cluster File from Template...</source>
        <translation>&amp;Nouveau fichier de cluster depuis le modèle...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Inmanta HA Admin</source>
        <translation>À &amp;propos d’Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Cannot open cluster file</source>
        <translation>Impossible d’ouvrir le fichier de cluster</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was loaded. Fix them and open it again.</source>
        <translation>%1 contient des erreurs ; rien n’a été chargé. Corrigez-les et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 - Inmanta HA Admin</source>
        <translation>%1 - Inmanta HA Admin</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Chargé depuis %1</translation>
    </message>
    <message>
        <source>About Inmanta HA Admin</source>
        <translation>À propos d’Inmanta HA Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inmanta HA Admin&lt;/b&gt; %1&lt;br&gt;Sets up and fails over the high-availability PostgreSQL pair behind an Inmanta orchestrator.</source>
        <translation>&lt;b&gt;Inmanta HA Admin&lt;/b&gt; %1&lt;br&gt;Met en place et bascule la paire PostgreSQL haute disponibilité derrière un orchestrateur Inmanta.</translation>
    </message>
    <message>
        <source>&amp;Export Cluster File...</source>
        <translation>E&amp;xporter le fichier de cluster...</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Edit &amp;Inventory...</source>
        <translation>Modifier l’&amp;inventaire...</translation>
    </message>
    <message>
        <source>&amp;Credentials...</source>
        <translation>&amp;Identifiants...</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Audit Log...</source>
        <translation>Journal d’&amp;audit...</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is kept as %2.bak)</source>
        <translation>%1 enregistré (la version précédente est gardée sous %2.bak)</translation>
    </message>
    <message>
        <source>No longer found, removed from the list: %1</source>
        <translation>Introuvable, retiré de la liste : %1</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Procédures</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>&amp;Import Running Cluster...</source>
        <translation>&amp;Importer un cluster en fonctionnement...</translation>
    </message>
    <message>
        <source>Try It on a &amp;Practice Cluster...</source>
        <translation>Essayer sur un cluster d’&amp;entraînement...</translation>
    </message>
    <message>
        <source>PRACTICE: %1 (not a real cluster) - Inmanta HA Admin</source>
        <translation>ENTRAÎNEMENT : %1 (pas un cluster réel) - Inmanta HA Admin</translation>
    </message>
</context>
<context>
    <name>iha::NodeDetailsView</name>
    <message>
        <source>Details of the selected node</source>
        <translation>Détails du nœud choisi</translation>
    </message>
    <message>
        <source>Select a node to see its details.</source>
        <translation>Choisissez un nœud pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>iha::NodeMenu</name>
    <message>
        <source>Check Now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>%1: Copy the CLI Command</source>
        <translation>%1 : copier la commande CLI</translation>
    </message>
</context>
<context>
    <name>iha::NodeTableModel</name>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <translation>Orchestrateur</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
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
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>Accès SSH</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>iha::NodeTableView</name>
    <message>
        <source>Nodes of the cluster</source>
        <translation>Nœuds du cluster</translation>
    </message>
</context>
<context>
    <name>iha::ParametersPage</name>
    <message>
        <source>Replication password:</source>
        <translation>Mot de passe de réplication :</translation>
    </message>
    <message>
        <source>Inmanta database password:</source>
        <translation>Mot de passe de la base de données Inmanta :</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Command that installs the Inmanta server</source>
        <translation>Commande qui installe le serveur Inmanta</translation>
    </message>
    <message>
        <source>only where the server is missing, e.g. dnf install -y inmanta-service-orchestrator-server</source>
        <translation>uniquement là où le serveur manque, p. ex. dnf install -y inmanta-service-orchestrator-server</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nœud :</translation>
    </message>
    <message>
        <source>Install command:</source>
        <translation>Commande d’installation :</translation>
    </message>
    <message>
        <source>Not in the keychain yet: it is stored there when you go on, never in a file.</source>
        <translation>Pas encore dans le trousseau : il y sera enregistré quand vous continuerez, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Checked as you go; the pre-flight checks on the next page ask the nodes.</source>
        <translation>Vérifié au fil de la saisie ; les vérifications préalables de la page suivante interrogent les nœuds.</translation>
    </message>
    <message>
        <source>No keychain is available: the run needs %1, which is kept only in a keychain.</source>
        <translation>Aucun trousseau n’est disponible : l’exécution a besoin de %1, qui n’est conservé que dans un trousseau.</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Cette fenêtre ne peut pas exécuter de procédures.</translation>
    </message>
    <message>
        <source>Cannot go on:</source>
        <translation>Impossible de continuer :</translation>
    </message>
    <message>
        <source>Held back: %1. Type it again to let it go there.</source>
        <translation>Retenu : %1. Saisissez-le à nouveau pour le laisser y aller.</translation>
    </message>
</context>
<context>
    <name>iha::PreflightPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Read-only: nothing changes on the nodes. A failed check says what to fix.</source>
        <translation>Lecture seule : rien ne change sur les nœuds. Une vérification échouée indique ce qu’il faut corriger.</translation>
    </message>
    <message>
        <source>Pre-flight checks and their results</source>
        <translation>Vérifications préalables et leurs résultats</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Cette fenêtre ne peut pas exécuter de procédures.</translation>
    </message>
    <message>
        <source>The checks did not run:</source>
        <translation>Les vérifications n’ont pas été exécutées :</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what they say, then Re-check.</source>
        <translation>
            <numerusform>%n vérification a échoué. Corrigez ce qu’elle indique, puis cliquez sur « Revérifier ».</numerusform>
            <numerusform>%n vérifications ont échoué. Corrigez ce qu’elles indiquent, puis cliquez sur « Revérifier ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks passed, except what only your word can settle: you are asked on the next page.</source>
        <translation>Les vérifications sont passées, sauf ce que seule votre attestation peut trancher : la question vous est posée à la page suivante.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <source>Needs your word:</source>
        <translation>Attend votre parole :</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Échec :</translation>
    </message>
</context>
<context>
    <name>iha::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Every step with the exact command it runs; secrets are placeholders. A step that is done already is skipped. Nothing has run yet.</source>
        <translation>Chaque étape avec la commande exacte qu’elle exécute ; les secrets sont remplacés par des marqueurs. Une étape déjà faite est sautée. Rien n’a encore été exécuté.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Steps of the plan and their commands</source>
        <translation>Étapes du plan et leurs commandes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>&amp;Copy as Shell Script</source>
        <translation>&amp;Copier comme script shell</translation>
    </message>
    <message>
        <source>I accept that these commits may be lost (recorded in the audit log with my name)</source>
        <translation>J’accepte que ces commits puissent être perdus (consigné dans le journal d’audit avec mon nom)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Runbook: &quot;%1&quot;</source>
        <translation>Runbook : « %1 »</translation>
    </message>
    <message>
        <source>(ERASES DATA)</source>
        <translation>(EFFACE DES DONNÉES)</translation>
    </message>
    <message>
        <source>dangerous: erases data</source>
        <translation>dangereux : efface des données</translation>
    </message>
    <message>
        <source>%1 does not answer, so no evidence can be gathered from it. I made sure it is powered off or cut off the network (recorded in the audit log with my name).</source>
        <translation>%1 ne répond pas, aucune preuve ne peut donc en être obtenue. Je me suis assuré qu’il est éteint ou coupé du réseau (consigné dans le journal d’audit avec mon nom).</translation>
    </message>
    <message>
        <source>Data at risk:</source>
        <translation>Données en danger :</translation>
    </message>
    <message>
        <source>The steps marked ERASES DATA replace what is on %1. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Les étapes marquées EFFACE DES DONNÉES remplacent ce qui se trouve sur %1. Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>%1 takes over. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>%1 prend le relais. Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
</context>
<context>
    <name>iha::ProcedureLauncher</name>
    <message>
        <source>A Procedure Is Running</source>
        <translation>Une procédure est en cours</translation>
    </message>
    <message>
        <source>Cancel the Run and &amp;Quit</source>
        <translation>Annuler l’exécution et &amp;quitter</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>%1 is running. Quitting cancels it: the command in progress is stopped where that is safe (else it finishes first), the step is recorded, and the run can be resumed from Recent Runs. Quit once it stopped?</source>
        <translation>La procédure « %1 » est en cours d’exécution. Quitter l’annule : la commande en cours est arrêtée là où c’est sans risque (sinon elle se termine d’abord), l’étape est consignée, et l’exécution pourra être reprise depuis « Exécutions récentes ». Quitter une fois l’exécution arrêtée ?</translation>
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
        <translation>Annuler l’exécution ?</translation>
    </message>
    <message>
        <source>&amp;Cancel the Run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>A step is running. Cancelling stops the run there: the command in progress is stopped where that is safe, else it finishes first (a promotion, the swap of a data directory). The run can be resumed later; the window closes once the step is recorded.</source>
        <translation>Une étape est en cours. Annuler arrête l’exécution à cet endroit : la commande en cours est arrêtée là où c’est sans risque, sinon elle se termine d’abord (une promotion, le remplacement d’un répertoire de données). L’exécution pourra être reprise plus tard ; la fenêtre se ferme une fois l’étape consignée.</translation>
    </message>
</context>
<context>
    <name>iha::RecentRunsView</name>
    <message>
        <source>Recent runs of procedures on this cluster</source>
        <translation>Dernières exécutions de procédures sur ce cluster</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Le journal d’audit n’est pas disponible.</translation>
    </message>
    <message>
        <source>No procedure has run on this cluster yet.</source>
        <translation>Aucune procédure n’a encore été exécutée sur ce cluster.</translation>
    </message>
    <message>
        <source>&amp;Resume Run %1...</source>
        <translation>&amp;Reprendre l’exécution %1...</translation>
    </message>
    <message>
        <source>&amp;Export Report of Run %1...</source>
        <translation>&amp;Exporter le rapport de l’exécution %1...</translation>
    </message>
    <message>
        <source>%1 (record changed outside the product!)</source>
        <translation>%1 (enregistrement modifié hors du produit !)</translation>
    </message>
    <message>
        <source>%1 (record not signed)</source>
        <translation>%1 (enregistrement non signé)</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>En cours : %1</translation>
    </message>
</context>
<context>
    <name>iha::RunPage</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Each step is checked first: what is done already is skipped. Cancel stops the running command; the run can be resumed.</source>
        <translation>Chaque étape est d’abord vérifiée : ce qui est déjà fait est sauté. Annuler arrête la commande en cours ; l’exécution pourra être reprise.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes terminées</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>Base backup progress</source>
        <translation>Progression de la sauvegarde de base</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Étapes et leur état</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Output of the running command</source>
        <translation>Sortie de la commande en cours</translation>
    </message>
    <message>
        <source>Pre-flight checks...</source>
        <translation>Vérifications préalables...</translation>
    </message>
    <message>
        <source>This window cannot run procedures.</source>
        <translation>Cette fenêtre ne peut pas exécuter de procédures.</translation>
    </message>
    <message>
        <source>Pre-flight: %1</source>
        <translation>Vérification préalable : %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Pre-flight check failed: %1</source>
        <translation>Échec de la vérification préalable : %1</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, encore environ %n s</numerusform>
            <numerusform>, encore environ %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Base backup: %1 of %2%3</source>
        <translation>Sauvegarde de base : %1 sur %2%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run succeeded.&lt;/b&gt;</source>
        <translation>&lt;b&gt;L’exécution a réussi.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused before anything changed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Refusé avant tout changement :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run stopped:&lt;/b&gt; %1&lt;br&gt;Fix the cause, then resume it from the summary or from Recent Runs.</source>
        <translation>&lt;b&gt;L’exécution s’est arrêtée :&lt;/b&gt; %1&lt;br&gt;Corrigez la cause, puis reprenez-la depuis le résumé ou depuis « Exécutions récentes ».</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run was cancelled:&lt;/b&gt; %1&lt;br&gt;It can be resumed from the summary or from Recent Runs.</source>
        <translation>&lt;b&gt;L’exécution a été annulée :&lt;/b&gt; %1&lt;br&gt;Elle peut être reprise depuis le résumé ou depuis « Exécutions récentes ».</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;This attempt changed nothing; what run %2 did before stays. Fix the cause, then resume it again.</source>
        <translation>&lt;b&gt;Refusé :&lt;/b&gt; %1&lt;br&gt;Cette tentative n’a rien changé ; ce que l’exécution %2 a fait auparavant reste acquis. Corrigez la cause, puis reprenez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>iha::RunWorker</name>
    <message>
        <source>the audit log cannot be written (%1): the run stops, as a run without its record is not allowed</source>
        <translation>le journal d’audit ne peut pas être écrit (%1) : l’exécution s’arrête, car une exécution sans trace n’est pas permise</translation>
    </message>
    <message>
        <source>%1: what the abandoned command started there was stopped</source>
        <translation>%1 : ce que la commande abandonnée y avait lancé a été arrêté</translation>
    </message>
    <message>
        <source>%1: what the abandoned command started there could not be stopped now (%2); the next attempt stops it first</source>
        <translation>%1 : ce que la commande abandonnée y avait lancé n’a pas pu être arrêté maintenant (%2) ; la prochaine tentative l’arrêtera d’abord</translation>
    </message>
    <message>
        <source>%1: no connection to this node was prepared</source>
        <translation>%1 : aucune connexion à ce nœud n’a été préparée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>cancelled during the pre-flight checks; nothing changed</source>
        <translation>annulée pendant les vérifications préalables ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: not satisfied</source>
        <translation>%1 : condition non remplie</translation>
    </message>
    <message>
        <source>cancelled before step %1</source>
        <translation>annulée avant l’étape %1</translation>
    </message>
    <message>
        <source>%1: the run stops, as a teammate may run on the cluster now; resume it once the cluster is yours again</source>
        <translation>%1 : l’exécution s’arrête, car un coéquipier peut maintenant lancer une exécution sur le cluster ; reprenez-la quand le cluster sera de nouveau à vous</translation>
    </message>
    <message>
        <source>Cluster %1 is locked by the team&apos;s %2: a run now would be refused</source>
        <translation>Le cluster %1 est verrouillé dans l’équipe par %2 : une exécution serait refusée maintenant</translation>
    </message>
    <message>
        <source>refused: cluster %1 is locked by the team&apos;s %2; one run per cluster at a time (wait for it, or ask that operator)</source>
        <translation>refusé : le cluster %1 est verrouillé dans l’équipe par %2 ; une seule exécution par cluster à la fois (attendez qu’elle se termine, ou demandez à cet opérateur)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>%1 was interrupted: its client ended without giving the team&apos;s lock back (its database session is gone); the cluster may be half-way, see the run&apos;s entries</source>
        <translation>%1 a été interrompu : son client s’est terminé sans rendre le verrou de l’équipe (sa session de base de données n’existe plus) ; le cluster est peut-être à mi-chemin, voir les entrées de l’exécution</translation>
    </message>
</context>
<context>
    <name>iha::StatusMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another origin: not followed (the API token goes only to the URL of the cluster file; set apiUrl to where it should go)</source>
        <translation>%1 redirige vers %2, une autre origine : non suivi (le jeton d’API ne va qu’à l’URL du fichier de cluster ; réglez apiUrl sur la bonne destination)</translation>
    </message>
</context>
<context>
    <name>iha::SummaryPage</name>
    <message>
        <source>&amp;Export Report...</source>
        <translation>&amp;Exporter le rapport...</translation>
    </message>
    <message>
        <source>Re&amp;sume the Run</source>
        <translation>&amp;Reprendre l’exécution</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Résumé de l’exécution</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Refused before anything changed</source>
        <translation>Refusée avant tout changement</translation>
    </message>
    <message>
        <source>Stopped at a failed step</source>
        <translation>Arrêtée à une étape échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procédure :</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(non démarrée)</translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>What the steps verified and noted</source>
        <translation>Ce que les étapes ont vérifié et noté</translation>
    </message>
    <message>
        <source>The cluster file</source>
        <translation>Le fichier de cluster</translation>
    </message>
    <message>
        <source>%1 now says: %2 (the previous version is kept as .bak). The diagram shows the cluster with these roles.</source>
        <translation>%1 indique maintenant : %2 (la version précédente est gardée en .bak). Le schéma montre le cluster avec ces rôles.</translation>
    </message>
    <message>
        <source>could not be updated (%1); change the roles by hand: %2</source>
        <translation>n’a pas pu être mis à jour (%1) ; changez les rôles à la main : %2</translation>
    </message>
    <message>
        <source>Refused; what run %1 did before stays</source>
        <translation>Refusée ; ce que l’exécution %1 a fait auparavant reste acquis</translation>
    </message>
</context>
<context>
    <name>iha::VerdictBanner</name>
    <message>
        <source>Reading the state of the cluster...</source>
        <translation>Lecture de l’état du cluster...</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>Opens the wizard: checks first, a preview of every step, nothing runs before you confirm.</source>
        <translation>Ouvre l’assistant : d’abord des vérifications, puis un aperçu de chaque étape ; rien ne s’exécute avant votre confirmation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is running on this cluster.&lt;/b&gt;&lt;br&gt;Monitoring is paused until it ends: the run reads the hosts itself, and a restart it makes is not an outage. The diagram shows the cluster as it was before the run; a failure of the run&apos;s hosts stops the run and is said there.</source>
        <translation>&lt;b&gt;%1 est en cours sur ce cluster.&lt;/b&gt;&lt;br&gt;La surveillance est suspendue jusqu’à la fin : l’exécution lit elle-même les hôtes, et un redémarrage qu’elle fait n’est pas une panne. Le diagramme montre le cluster tel qu’il était avant l’exécution ; une panne des hôtes de l’exécution l’arrête et y est signalée.</translation>
    </message>
</context>
<context>
    <name>iha::VerdictTray</name>
    <message>
        <source>Show the Window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Inmanta HA Admin</source>
        <translation>Inmanta HA Admin</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
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
        <translation>Fichiers de cluster à ouvrir.</translation>
    </message>
    <message>
        <source>Seconds between two checks of each cluster (1-3600; default 5, or the last value given).</source>
        <translation>Secondes entre deux vérifications de chaque cluster (1-3600 ; 5 par défaut, ou la dernière valeur donnée).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation>--interval : « %1 » n’est pas un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>Open the practice cluster: five hosts on this machine, marked PRACTICE, started first if they are not up (the helper that starts them asks for root; this program never runs as root).</source>
        <translation>Ouvrir le cluster d’entraînement : cinq hôtes sur cette machine, marqués ENTRAÎNEMENT, démarrés d’abord s’ils ne tournent pas (l’assistant qui les démarre demande root ; ce programme ne s’exécute jamais en root).</translation>
    </message>
</context>
</TS>
