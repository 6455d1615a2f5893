<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="222"/>
        <source>Action à mener</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="226"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="229"/>
        <source>&amp;Qui</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="230"/>
        <source>&amp;Quoi</source>
        <translation>W&amp;hat</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="146"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="147"/>
        <source>Fait / à faire</source>
        <translation>Done / to do</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="148"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_model.py" line="33"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="69"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="70"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="71"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="73"/>
        <source>Monter le point (Alt+Haut)</source>
        <translation>Move item up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="75"/>
        <source>Descendre le point (Alt+Bas)</source>
        <translation>Move item down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="96"/>
        <source>Notes du point : l&apos;essentiel des échanges…</source>
        <translation>Item notes: the gist of the discussion…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="103"/>
        <source>Historique des notes…</source>
        <translation>Notes history…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="214"/>
        <source>Modifications en cours…</source>
        <translation>Unsaved changes…</translation>
    </message>
</context>
<context>
    <name>AllExtracts</name>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="27"/>
        <source>Tous les extraits</source>
        <translation>All extracts</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="31"/>
        <source>Ouvrez d&apos;abord une séance.</source>
        <translation>Open a meeting first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="38"/>
        <source>Cette séance n&apos;a pas de délibération à extraire du registre.</source>
        <translation>This meeting has no deliberation to extract from the register.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="44"/>
        <source>Documents Word (.docx)</source>
        <translation>Word documents (.docx)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="45"/>
        <source>Documents PDF/A (.pdf, par LibreOffice)</source>
        <translation>PDF/A documents (.pdf, with LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="50"/>
        <source>Format des extraits :</source>
        <translation>Format of the extracts:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="57"/>
        <source>Dossier des extraits</source>
        <translation>Folder for the extracts</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="62"/>
        <source>Écriture des extraits…</source>
        <translation>Writing the extracts…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="83"/>
        <source>Extraits écrits</source>
        <translation>Extracts written</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/all_extracts.py" line="84"/>
        <source>{count} extrait(s) écrit(s) dans :
{folder}

{names}

Ouvrir le dossier ?</source>
        <translation>{count} extract(s) written in:
{folder}

{names}

Open the folder?</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="257"/>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="327"/>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="417"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="288"/>
        <source>Ouvrir la séance</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="289"/>
        <source>Ouvrir cette séance sur la page Séance</source>
        <translation>Open this meeting on the Meeting page</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="425"/>
        <source>Procès-verbal signé : lecture seule.</source>
        <translation>Minutes signed: read-only.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="428"/>
        <source>Procès-verbal non signé : modifiable sur la page Séance.</source>
        <translation>Minutes not signed: they can be edited on the Meeting page.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="439"/>
        <source>Choisissez une séance dans l&apos;arbre pour la lire en entier.</source>
        <translation>Choose a meeting in the tree to read it in full.</translation>
    </message>
</context>
<context>
    <name>ArchiveRender</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="99"/>
        <source>Procès-verbal signé le {date} — lecture seule</source>
        <translation>Minutes signed on {date} — read-only</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="108"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="109"/>
        <source>Horaires</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="110"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="112"/>
        <source>Présidence</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="116"/>
        <source>Secrétaire de séance</source>
        <translation>Minute secretary</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="119"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="147"/>
        <source>lien : {link}</source>
        <translation>link: {link}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="153"/>
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="157"/>
        <source>Aucune présence enregistrée.</source>
        <translation>No attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="167"/>
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="170"/>
        <source>Représentés</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="171"/>
        <source>Excusés</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="172"/>
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="174"/>
        <source>Autres participants</source>
        <translation>In attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="178"/>
        <source>Présence non pointée</source>
        <translation>Attendance not recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="210"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="217"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="219"/>
        <source>Ordre du jour vide.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="226"/>
        <source>Pas de notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="235"/>
        <source>Délibérations</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="253"/>
        <source>Actions à mener</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="263"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="263"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="272"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="281"/>
        <source>point {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="287"/>
        <source>{n} octets</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="289"/>
        <source>{n} ko</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="290"/>
        <source>{n} Mo</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>ArchiveTreeModel</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="65"/>
        <source>1 séance</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="67"/>
        <source>{count} séances</source>
        <translation>{count} meetings</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="74"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="75"/>
        <source>convoquée</source>
        <translation>convened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="76"/>
        <source>tenue</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="77"/>
        <source>PV en projet</source>
        <translation>draft minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="78"/>
        <source>PV approuvé</source>
        <translation>minutes approved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="79"/>
        <source>PV signé</source>
        <translation>minutes signed</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="120"/>
        <source>{year} — {count}</source>
        <translation>{year} — {count}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="131"/>
        <source>{short} — {name} · {count}</source>
        <translation>{short} — {name} · {count}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="231"/>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="232"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="233"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="188"/>
        <source>Joindre des fichiers…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="189"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="190"/>
        <source>Modifier le &amp;titre…</source>
        <translation>Edit &amp;title…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="191"/>
        <source>Titre de l&apos;annexe dans les documents (F2)</source>
        <translation>Title of the annex in the documents (F2)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="192"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="196"/>
        <source>Déposez des fichiers sur la page pour les joindre.</source>
        <translation>Drop files onto the page to attach them.</translation>
    </message>
</context>
<context>
    <name>AttendanceHistoryDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="55"/>
        <source>Historique de {name}</source>
        <translation>History of {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="62"/>
        <source>Une ligne par période : « 10:15 – 11:02 », « – 11:02 » depuis l&apos;ouverture, « 10:15 – » jusqu&apos;à la fin, « – » toute la séance.</source>
        <translation>One line per stretch: “10:15 – 11:02”, “– 11:02” from the opening, “10:15 –” to the close, “–” the whole meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="72"/>
        <source>10:15 – 11:02
11:20 –</source>
        <translation>10:15 – 11:02
11:20 –</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="73"/>
        <source>&amp;Présences</source>
        <translation>&amp;Presence</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="78"/>
        <source>Buchaillat, 11:02 – 11:20</source>
        <translation>Buchaillat, 11:02 – 11:20</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="79"/>
        <source>P&amp;ouvoirs</source>
        <translation>Pr&amp;oxies</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="82"/>
        <source>Un pouvoir par ligne : le nom de la personne qui le détient, une virgule, la période ; le nom seul pour toute la séance.</source>
        <translation>One proxy per line: the holder&apos;s name, a comma, the stretch; the name alone for the whole meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="107"/>
        <source>Présences — {error}</source>
        <translation>Presence — {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="115"/>
        <source>Pouvoirs — {error}</source>
        <translation>Proxies — {error}</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="39"/>
        <source>attendu·e</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="40"/>
        <source>présent·e</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="41"/>
        <source>excusé·e</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="42"/>
        <source>absent·e</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="43"/>
        <source>représenté·e</source>
        <translation>represented</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="38"/>
        <source>représenté·e (pouvoir à {holder})</source>
        <translation>represented (proxy to {holder})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="64"/>
        <source>pouvoir à {holder} de {start} à {end}</source>
        <translation>proxy to {holder} from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="66"/>
        <source>pouvoir à {holder} à partir de {start}</source>
        <translation>proxy to {holder} from {start}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="68"/>
        <source>pouvoir à {holder} jusqu&apos;à {end}</source>
        <translation>proxy to {holder} until {end}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="70"/>
        <source>pouvoir à {holder}</source>
        <translation>proxy to {holder}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="80"/>
        <source>arrivée {time}</source>
        <translation>arrived {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="81"/>
        <source>départ {time}</source>
        <translation>left {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="82"/>
        <source>retour {time}</source>
        <translation>back {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="93"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="95"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="96"/>
        <source>invité·e</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="98"/>
        <source>Membre représenté</source>
        <translation>Member represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="99"/>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="100"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="112"/>
        <source>droits</source>
        <translation>rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="114"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="119"/>
        <source>Quorum atteint à l&apos;ouverture</source>
        <translation>Quorum reached at the opening</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="121"/>
        <source>Quorum NON atteint à l&apos;ouverture</source>
        <translation>Quorum NOT reached at the opening</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="125"/>
        <source>Quorum atteint</source>
        <translation>Quorum reached</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="127"/>
        <source>Quorum NON atteint</source>
        <translation>Quorum NOT reached</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="129"/>
        <source>{state} : {counted} {unit} présents ou représentés sur {total} (requis : {required}, soit {fraction}) — {heads} présent(s), {proxies} pouvoir(s), {consultative} voix consultative(s)</source>
        <translation>{state}: {counted} {unit} present or represented out of {total} (required: {required}, i.e. {fraction}) — present: {heads}, proxies: {proxies}, non-voting: {consultative}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="191"/>
        <source>Personne sélectionnée</source>
        <translation>Selected person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="193"/>
        <source>&amp;Présent·e</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="194"/>
        <source>E&amp;xcusé·e</source>
        <translation>E&amp;xcused</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="195"/>
        <source>A&amp;bsent·e</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="199"/>
        <source>Pouvoir donné à</source>
        <translation>Proxy given to</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="203"/>
        <source>Donner le pou&amp;voir</source>
        <translation>&amp;Give proxy</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="207"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="209"/>
        <source>Maintenant</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="211"/>
        <source>Noter l&apos;a&amp;rrivée</source>
        <translation>Record a&amp;rrival</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="212"/>
        <source>Noter le &amp;départ</source>
        <translation>Record &amp;departure</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="215"/>
        <source>Modifier l&apos;&amp;historique…</source>
        <translation>Edit &amp;history…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="217"/>
        <source>Corriger les arrivées, départs et pouvoirs de la personne (Ctrl+H)</source>
        <translation>Correct the person&apos;s arrivals, departures and proxies (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="220"/>
        <source>Autre participant</source>
        <translation>Other participant</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="222"/>
        <source>Choisir une personne…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="224"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="226"/>
        <source>Retirer de la liste</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="228"/>
        <source>&amp;Importer un rapport de visioconférence…</source>
        <translation>&amp;Import a videoconference report…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="231"/>
        <source>Reprendre les arrivées et départs d&apos;un rapport de présence Teams ou Zoom, ou d&apos;un tableau (.csv) ; rien n&apos;est écrit avant votre confirmation</source>
        <translation>Take the arrivals and departures from a Teams or Zoom attendance report, or from a table (.csv); nothing is written before you confirm</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="24"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="25"/>
        <source>Collège</source>
        <translation>College</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="27"/>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="33"/>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="64"/>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="93"/>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="102"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="68"/>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="84"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="84"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="89"/>
        <source>Membre représenté</source>
        <translation>Member represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="94"/>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="103"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="97"/>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="106"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/models.py" line="108"/>
        <source>en cours</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="34"/>
        <source>Quorum : {fraction} des {basis} en fonction, présents ou représentés</source>
        <translation>Quorum: {fraction} of the {basis} in office, present or represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="42"/>
        <source>Vote : {weighting} ; {majority}</source>
        <translation>Voting: {weighting}; {majority}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="45"/>
        <source>Pouvoirs : {n} au plus par mandataire</source>
        <translation>Proxies: at most {n} per proxy holder</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="48"/>
        <source>Convocation : {days} jours avant ({urgent} en cas d&apos;urgence)</source>
        <translation>Notice: {days} days ({urgent} if urgent)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="54"/>
        <source>Voix prépondérante de la présidence en cas de partage</source>
        <translation>The chair has a casting vote in the event of a tie</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="53"/>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="245"/>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="304"/>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="319"/>
        <source>Instances et bureau</source>
        <translation>Bodies and board</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="61"/>
        <source>Importer un tableur…</source>
        <translation>Import a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="64"/>
        <source>Ajouter des membres, des personnes et des mandats depuis un tableur</source>
        <translation>Add members, people and mandates from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="90"/>
        <source>Membres du groupement</source>
        <translation>Members of the group</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="99"/>
        <source>Ajouter un membre…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="100"/>
        <source>Modifier le membre…</source>
        <translation>Edit member…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="119"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="126"/>
        <source>Nouvelle personne…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="127"/>
        <source>Modifier la personne…</source>
        <translation>Edit person…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="148"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="149"/>
        <source>&amp;Instance</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="151"/>
        <source>&amp;Situation au</source>
        <translation>As &amp;of</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="167"/>
        <source>Modifier les règles…</source>
        <translation>Edit rules…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="177"/>
        <source>En fonction</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="198"/>
        <source>Historique des mandats</source>
        <translation>Appointment history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="200"/>
        <source>Présidences seulement</source>
        <translation>Chairs only</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="211"/>
        <source>Nouveau mandat…</source>
        <translation>New appointment…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="212"/>
        <source>Terminer le mandat…</source>
        <translation>End appointment…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="213"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="262"/>
        <source>{count} membre(s) — {total} droits statutaires au total</source>
        <translation>Members: {count} — {total} statutory rights in total</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="332"/>
        <source>Aucune présidence au {date}</source>
        <translation>No chair on {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="335"/>
        <source>Présidence au {date} : {name}</source>
        <translation>Chair on {date}: {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="342"/>
        <source>Vice-présidence : {names}</source>
        <translation>Vice-chair: {names}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="425"/>
        <source>Nouveau membre</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="440"/>
        <source>Modifier le membre</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="462"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="483"/>
        <source>Modifier la personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="507"/>
        <source>Règles de l&apos;instance</source>
        <translation>Body rules</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="541"/>
        <source>Nouveau mandat</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="566"/>
        <source>Terminer le mandat</source>
        <translation>End appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/page.py" line="581"/>
        <source>Modifier le mandat</source>
        <translation>Edit appointment</translation>
    </message>
</context>
<context>
    <name>BodyRulesDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="148"/>
        <source>Règles de délibération — {body}</source>
        <translation>Rules of deliberation — {body}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="158"/>
        <source>Les nouvelles règles valent pour les séances de l&apos;instance dont le procès-verbal n&apos;est pas signé ; un procès-verbal signé garde les règles en vigueur à sa signature.</source>
        <translation>The new rules apply to this body&apos;s meetings whose minutes are not signed; signed minutes keep the rules in force when they were signed.</translation>
    </message>
</context>
<context>
    <name>BodyRulesForm</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="90"/>
        <source>&amp;Quorum</source>
        <translation>&amp;Quorum</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="94"/>
        <source>&amp;Base du quorum</source>
        <translation>Quorum &amp;basis</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="96"/>
        <source>&amp;Pondération des votes</source>
        <translation>Vote &amp;weighting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="98"/>
        <source>&amp;Majorité</source>
        <translation>&amp;Majority</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="101"/>
        <source>P&amp;ouvoirs au plus par mandataire</source>
        <translation>Pr&amp;oxies per holder (at most)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="104"/>
        <source>Délai de &amp;convocation (jours)</source>
        <translation>&amp;Notice period (days)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="107"/>
        <source>Délai en cas d&apos;&amp;urgence (jours)</source>
        <translation>&amp;Urgent notice period (days)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/rules.py" line="109"/>
        <source>&amp;Voix prépondérante de la présidence en cas de partage</source>
        <translation>&amp;Casting vote of the chair in case of a tie</translation>
    </message>
</context>
<context>
    <name>Civility</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="19"/>
        <source>Monsieur</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="20"/>
        <source>Madame</source>
        <translation>Ms</translation>
    </message>
</context>
<context>
    <name>ConvocationMailsDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="75"/>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="241"/>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="332"/>
        <source>Courriels de convocation</source>
        <translation>Convocation e-mails</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="85"/>
        <source>Un brouillon de courriel (.eml) par membre, à ouvrir dans votre messagerie pour le relire et l&apos;envoyer : adressé au représentant titulaire, copie au suppléant, avec la convocation à leur nom (formulaire de pouvoir compris) et l&apos;invitation d&apos;agenda (.ics).</source>
        <translation>One e-mail draft (.eml) per member, to open in your mail program to read over and send: addressed to the titular representative, copied to the deputy, with the convocation in their names (proxy form included) and the calendar invitation (.ics).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="96"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="96"/>
        <source>À</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="96"/>
        <source>Copie</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="96"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="124"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="128"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="133"/>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="134"/>
        <source>&amp;PDF (par LibreOffice)</source>
        <translation>&amp;PDF (through LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="142"/>
        <source>LibreOffice n&apos;est pas installé : les convocations seront en Word.</source>
        <translation>LibreOffice is not installed: the convocations will be in Word.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="147"/>
        <source>Convocation jointe :</source>
        <translation>Convocation attached:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="149"/>
        <source>Noter la séance convoquée le {date} (date d&apos;envoi)</source>
        <translation>Record the meeting as convened on {date} (date sent)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="158"/>
        <source>Date de convocation déjà notée : {date}</source>
        <translation>Convocation date already recorded: {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="164"/>
        <source>La date d&apos;envoi ne peut être notée : séance passée ou base en lecture.</source>
        <translation>The date sent cannot be recorded: a past meeting or a read-only database.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="166"/>
        <source>Date d&apos;envoi :</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="176"/>
        <source>&amp;Écrire les brouillons</source>
        <translation>&amp;Write the drafts</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="180"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="183"/>
        <source>Ouvrir le &amp;brouillon</source>
        <translation>Open the &amp;draft</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="201"/>
        <source>sans adresse : {names}</source>
        <translation>no address: {names}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="205"/>
        <source>aucun (pas d&apos;adresse)</source>
        <translation>none (no address)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="220"/>
        <source>Aucun membre n&apos;a d&apos;adresse électronique : ajoutez les adresses aux fiches des personnes (page Instances et membres), puis recommencez.</source>
        <translation>No member has an e-mail address: add the addresses to the people&apos;s records (Bodies and members page), then try again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="225"/>
        <source>Sans adresse électronique, pas de brouillon : {names}. À convoquer autrement (courrier, remise en main propre).</source>
        <translation>No e-mail address, no draft: {names}. To be convened another way (post, by hand).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="232"/>
        <source>Dossier des brouillons</source>
        <translation>Folder of the drafts</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="242"/>
        <source>Écriture des brouillons…</source>
        <translation>Writing the drafts…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="244"/>
        <source>Écriture des brouillons (convocations en PDF, par LibreOffice)…</source>
        <translation>Writing the drafts (convocations in PDF, through LibreOffice)…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="274"/>
        <source>{count} brouillon(s) écrit(s) dans {folder}.</source>
        <translation>{count} draft(s) written in {folder}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="280"/>
        <source>Sans adresse, pas de brouillon : {names}.</source>
        <translation>No address, no draft: {names}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="286"/>
        <source>Séance notée convoquée le {date}.</source>
        <translation>Meeting recorded as convened on {date}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/convocation_mails.py" line="292"/>
        <source>La date d&apos;envoi n&apos;a pas été notée : {reason}</source>
        <translation>The date sent was not recorded: {reason}</translation>
    </message>
</context>
<context>
    <name>DeliberationsTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="111"/>
        <source>Enregistrer un vote…</source>
        <translation>Record a vote…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="112"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>EndMandateDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="220"/>
        <source>Terminer le mandat</source>
        <translation>End appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="224"/>
        <source>{name}, {role} depuis le {start}</source>
        <translation>{name}, {role} since {start}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="234"/>
        <source>&amp;Dernier jour du mandat</source>
        <translation>&amp;Last day of appointment</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="65"/>
        <source>Aucune instance ne porte le sigle « {name} » (instances : {known}).</source>
        <translation>No body has the short name “{name}” (bodies: {known}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="68"/>
        <source>Plusieurs instances portent le sigle « {name} » : nommez-la autrement.</source>
        <translation>Several bodies have the short name “{name}”: name it otherwise.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="71"/>
        <source>L&apos;instance {body} n&apos;a aucune délibération en {year} : il n&apos;y a pas de registre des délibérations à établir.</source>
        <translation>The body {body} has no deliberation in {year}: there is no register of deliberations to write.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="77"/>
        <source>L&apos;option --deliberation ne vaut que pour l&apos;extrait (--kind extrait).</source>
        <translation>The --deliberation option only applies to the extract (--kind extrait).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="80"/>
        <source>L&apos;option --par-membre ne vaut que pour la convocation (--kind convocation).</source>
        <translation>The --par-membre option only applies to the convocation (--kind convocation).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="84"/>
        <source>La séance n° {meeting} n&apos;existe pas.</source>
        <translation>Meeting no. {meeting} does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="86"/>
        <source>L&apos;instance « {short_name} » n&apos;existe pas (instances : {known}).</source>
        <translation>There is no body “{short_name}” (bodies: {known}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="87"/>
        <source>Plusieurs organisations ont une instance « {short_name} » : la recherche ne peut être limitée à l&apos;une d&apos;elles par son sigle.</source>
        <translation>Several organisations have a body “{short_name}”: the search cannot be restricted to one of them by its acronym.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="93"/>
        <source>Le fichier {db} a été créé par une version plus récente du programme (révision {revision}) : mettez IREV Desktop à jour pour l&apos;ouvrir.</source>
        <translation>The file {db} was created by a newer version of the program (revision {revision}): update IREV Desktop to open it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="98"/>
        <source>Le fichier {db} est une base SQLite qui n&apos;appartient pas à IREV Desktop ; il n&apos;a pas été modifié.</source>
        <translation>The file {db} is an SQLite database that does not belong to IREV Desktop; it has not been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="104"/>
        <source>La copie {destination} n&apos;a pas pu être écrite ({cause}) ; aucun fichier partiel n&apos;a été laissé.</source>
        <translation>The copy {destination} could not be written ({cause}); no partial file was left behind.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="109"/>
        <source>{path} est un dossier : indiquez le fichier de données (par exemple irev.sqlite).</source>
        <translation>{path} is a folder: give the data file (for example irev.sqlite).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="113"/>
        <source>Le disque est plein : la copie {destination} n&apos;a pas pu être écrite ; aucun fichier partiel n&apos;a été laissé.</source>
        <translation>The disk is full: the copy {destination} could not be written; no partial file was left behind.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="118"/>
        <source>Le fichier de données {path} ne peut pas être lu : vous n&apos;avez pas le droit de le lire ; il n&apos;a pas été modifié.</source>
        <translation>The data file {path} cannot be read: you do not have permission to read it; it has not been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="124"/>
        <source>Le dossier {folder} n&apos;existe pas : aucune base IREV Desktop à cet endroit. Vérifiez le chemin ; rien n&apos;a été créé.</source>
        <translation>The folder {folder} does not exist: there is no IREV Desktop database there. Check the path; nothing has been created.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="129"/>
        <source>La base {db} n&apos;existe pas ; rien n&apos;a été créé. Vérifiez le chemin, ou créez la base en ouvrant IREV Desktop ou avec « irev-desktop demo ».</source>
        <translation>The database {db} does not exist; nothing has been created. Check the path, or create the database by opening IREV Desktop or with “irev-desktop demo”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="134"/>
        <source>Le fichier {db} est vide : ce n&apos;est pas une base IREV Desktop ; il n&apos;a pas été modifié.</source>
        <translation>The file {db} is empty: it is not an IREV Desktop database; it has not been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="138"/>
        <source>La base {db} est ouverte par une autre instance d&apos;IREV Desktop : elle peut être consultée, mais pas modifiée. Fermez l&apos;autre fenêtre puis réessayez.</source>
        <translation>The store {db} is open in another instance of IREV Desktop: it can be read, not changed. Close the other window and try again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="143"/>
        <source>Le disque est plein : {db} n&apos;a pas pu être écrit.</source>
        <translation>The disk is full: {db} could not be written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="144"/>
        <source>Le fichier {db} (ou son dossier) est en lecture seule : rien n&apos;a été écrit.</source>
        <translation>The file {db} (or its folder) is read-only: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="147"/>
        <source>La base {db} ne peut pas être ouverte : le fichier ou son dossier est inaccessible ; rien n&apos;a été modifié.</source>
        <translation>The database {db} cannot be opened: the file or its folder is inaccessible; nothing has been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="152"/>
        <source>La base {db} ne peut pas être créée : {cause}.</source>
        <translation>The database {db} cannot be created: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="153"/>
        <source>Le verrou {lock} ne peut pas être créé ({cause}) : la base ne peut pas être modifiée.</source>
        <translation>The lock {lock} cannot be created ({cause}): the database cannot be modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="158"/>
        <source>Décrivez l&apos;action à mener.</source>
        <translation>Describe the action to be taken.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="159"/>
        <source>« {text} » n&apos;est pas une date valide.</source>
        <translation>“{text}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="160"/>
        <source>Écrivez « @Nom : action, échéance ».</source>
        <translation>Write “@Name: action, deadline”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="161"/>
        <source>« {name} » ne désigne personne.</source>
        <translation>“{name}” does not match anyone.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="162"/>
        <source>« {name} » ne désigne pas une seule personne : précisez le nom.</source>
        <translation>“{name}” does not match a single person: give the name in full.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="164"/>
        <source>Ligne {number} : {error}</source>
        <translation>Line {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="165"/>
        <source>« {cleaned} » n&apos;est pas une heure : écrivez par exemple 10:15 ou 10 h 15.</source>
        <translation>“{cleaned}” is not a time: write for example 10:15 or 10 h 15.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="168"/>
        <source>« {cleaned} » n&apos;est pas une heure valide.</source>
        <translation>“{cleaned}” is not a valid time.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="169"/>
        <source>écrivez une arrivée et un départ séparés d&apos;un tiret, par exemple {example}.</source>
        <translation>write an arrival and a departure separated by a dash, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="172"/>
        <source>le départ ({end}) doit suivre l&apos;arrivée ({start}).</source>
        <translation>the departure ({end}) must come after the arrival ({start}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="173"/>
        <source>Ligne {number} : la ligne précédente court jusqu&apos;à la fin de la séance, {nothing} ne peut suivre.</source>
        <translation>Line {number}: the previous line runs until the end of the meeting, {nothing} can follow.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="178"/>
        <source>Ligne {number} : seule la première ligne peut partir de l&apos;ouverture de la séance.</source>
        <translation>Line {number}: only the first line may start from the opening of the meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="182"/>
        <source>Ligne {number} : commence à {start}, avant la fin de la ligne précédente ({end}).</source>
        <translation>Line {number}: starts at {start}, before the end of the previous line ({end}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="186"/>
        <source>indiquez à qui le pouvoir est donné.</source>
        <translation>say to whom the proxy is given.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="187"/>
        <source>« {name} » ne désigne aucun votant de la séance.</source>
        <translation>“{name}” does not match any voter of the meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="188"/>
        <source>« {name} » désigne plusieurs personnes ({names}) : précisez le nom.</source>
        <translation>“{name}” matches several people ({names}): give the name in full.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="191"/>
        <source>séparez le nom et les heures par une virgule, par exemple Buchaillat, {example}.</source>
        <translation>separate the name and the times with a comma, for example Buchaillat, {example}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="195"/>
        <source>Une séance au statut «&#xa0;{current}&#xa0;» ne peut pas passer au statut «&#xa0;{target}&#xa0;».</source>
        <translation>A meeting with the status “{current}” cannot move to the status “{target}”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="201"/>
        <source>«&#xa0;{cleaned}&#xa0;» n’est pas un numéro de délibération valide (forme attendue&#xa0;: 2021-03).</source>
        <translation>“{cleaned}” is not a valid deliberation number (expected form: 2021-03).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="206"/>
        <source>L’année d’une délibération doit avoir quatre chiffres ({year}).</source>
        <translation>The year of a deliberation must have four digits ({year}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="207"/>
        <source>Le numéro d’ordre d’une délibération commence à 1 ({sequence}).</source>
        <translation>The sequence number of a deliberation starts at 1 ({sequence}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="209"/>
        <source>« {line} » : il manque le nom de la personne.</source>
        <translation>“{line}”: the person&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="210"/>
        <source>Indiquez le nom de la personne invitée : « +Prénom Nom, qualité ».</source>
        <translation>Give the name of the guest: “+First name Last name, capacity”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="213"/>
        <source>« {word} » n&apos;est pas un état : écrivez « {name} : e » pour excusé·e ou « {name} : a » pour absent·e.</source>
        <translation>“{word}” is not a status: write “{name} : e” for excused or “{name} : a” for absent.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="219"/>
        <source>Le nombre maximal de pouvoirs par personne ne peut pas être négatif ({max_per_holder}).</source>
        <translation>The maximum number of proxies per person cannot be negative ({max_per_holder}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="223"/>
        <source>Les pouvoirs ne sont pas admis dans cette instance.</source>
        <translation>Proxies are not allowed in this body.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="224"/>
        <source>{giver} ne peut pas se donner pouvoir à soi-même.</source>
        <translation>{giver} cannot give a proxy to themselves.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="225"/>
        <source>{giver} n’a pas voix délibérative et ne peut donc pas donner de pouvoir.</source>
        <translation>{giver} has no deliberative vote and therefore cannot give a proxy.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="228"/>
        <source>{holder} n’a pas voix délibérative et ne peut donc pas recevoir de pouvoir.</source>
        <translation>{holder} has no deliberative vote and therefore cannot receive a proxy.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="231"/>
        <source>{holder} a déjà donné pouvoir à {relay} et ne peut donc pas en recevoir (un pouvoir ne se transmet pas).</source>
        <translation>{holder} has already given a proxy to {relay} and therefore cannot receive one (a proxy cannot be passed on).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="236"/>
        <source>{giver} détient déjà le pouvoir de {listed} et ne peut donc pas donner le sien.</source>
        <translation>{giver} already holds the proxy of {listed} and therefore cannot give their own.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="239"/>
        <source>{holder} détient déjà {held}&#xa0;: le plafond de cette instance est de {limit} par personne.</source>
        <translation>{holder} already holds {held}: the limit in this body is {limit} per person.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="245"/>
        <source>L’heure de départ ({end}) précède l’heure d’arrivée ({start}).</source>
        <translation>The departure time ({end}) is before the arrival time ({start}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="246"/>
        <source>Les périodes de présence se chevauchent : chaque arrivée doit suivre le départ précédent.</source>
        <translation>The periods of attendance overlap: each arrival must follow the previous departure.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="250"/>
        <source>La fraction du quorum ({numerator}/{denominator}) doit être strictement positive et au plus égale à 1.</source>
        <translation>The quorum fraction ({numerator}/{denominator}) must be strictly positive and at most 1.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="255"/>
        <source>La personne n° {person} figure deux fois dans la séance.</source>
        <translation>Person no. {person} appears twice in the meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="256"/>
        <source>Les droits statutaires du membre n° {member} ne peuvent pas être négatifs.</source>
        <translation>The statutory rights of member no. {member} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="260"/>
        <source>Le vote doit compter exactement les votants présents ou représentés à cet instant ({missing} sans vote, {extra} hors décompte).</source>
        <translation>The vote must count exactly the voters present or represented at that moment ({missing} without a vote, {extra} not counted).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="266"/>
        <source>Le texte dépasse la longueur maximale de {max_length} caractères.</source>
        <translation>The text exceeds the maximum length of {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="270"/>
        <source>Après «&#xa0;{word}&#xa0;», nommez au moins un votant&#xa0;: «&#xa0;{word} @Nom&#xa0;».</source>
        <translation>After “{word}”, name at least one voter: “{word} @Name”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="274"/>
        <source>Écrivez un nom après «&#xa0;@&#xa0;»&#xa0;: «&#xa0;contre @Nom&#xa0;».</source>
        <translation>Write a name after “@”: “contre @Name”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="277"/>
        <source>«&#xa0;{name}&#xa0;» ne désigne aucun votant.</source>
        <translation>“{name}” does not match any voter.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="278"/>
        <source>«&#xa0;{name}&#xa0;» désigne plusieurs votants&#xa0;: {names}. Précisez le nom.</source>
        <translation>“{name}” matches several voters: {names}. Give the name in full.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="281"/>
        <source>«&#xa0;{word}&#xa0;» n’est pas un vote&#xa0;: écrivez pour (p), contre (c), abstention (a) ou ne prend pas part (npp).</source>
        <translation>“{word}” is not a vote: write pour (p) for, contre (c) against, abstention (a) or ne prend pas part (npp) not taking part.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="286"/>
        <source>Commencez par le vote, puis le nom&#xa0;: «&#xa0;contre @Nom&#xa0;».</source>
        <translation>Start with the vote, then the name: “contre @Name”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="289"/>
        <source>{person} est nommé·e deux fois, avec deux votes différents ({previous}, {current}).</source>
        <translation>{person} is named twice, with two different votes ({previous}, {current}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="294"/>
        <source>Le décompte ({total}) dépasse les voix des présents et représentés ({limit}).</source>
        <translation>The count ({total}) exceeds the votes of those present and represented ({limit}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="297"/>
        <source>La majorité absolue se calcule sur les voix des présents et représentés, qui n’ont pas été indiquées.</source>
        <translation>An absolute majority is calculated on the votes of those present and represented, which have not been given.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="302"/>
        <source>Les voix des présents et représentés ne peuvent pas être négatives.</source>
        <translation>The votes of those present and represented cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="305"/>
        <source>Le nombre de voix «&#xa0;{label}&#xa0;» ne peut pas être négatif ({value}).</source>
        <translation>The number of “{label}” votes cannot be negative ({value}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="309"/>
        <source>Le papier à en-tête « {path} » est introuvable.</source>
        <translation>The letterhead “{path}” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="310"/>
        <source>Le modèle Word intégré « {path} » est illisible ({cause}) : réinstallez le programme.</source>
        <translation>The built-in Word template “{path}” is unreadable ({cause}): reinstall the program.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="314"/>
        <source>Le papier à en-tête « {name} » n&apos;est pas un document Word (.docx) lisible ; enregistrez-le au format .docx depuis Word ou LibreOffice puis recommencez.</source>
        <translation>The letterhead “{name}” is not a readable Word document (.docx); save it as .docx from Word or LibreOffice and try again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="320"/>
        <source>La délibération n° {number} n&apos;appartient pas à la séance du {date} (délibérations de la séance : {known}).</source>
        <translation>Deliberation no. {number} does not belong to the meeting of {date} (deliberations of the meeting: {known}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="325"/>
        <source>La séance du {date} n&apos;a aucune délibération : il n&apos;y a pas d&apos;extrait à établir.</source>
        <translation>The meeting of {date} has no deliberation: there is no extract to produce.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="329"/>
        <source>Le modèle Word intégré « {name} » est introuvable dans {folder} : l&apos;installation du programme est incomplète.</source>
        <translation>The built-in Word template “{name}” cannot be found in {folder}: the program&apos;s installation is incomplete.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="335"/>
        <source>Ce point n&apos;appartient pas à cette séance.</source>
        <translation>This item does not belong to this meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="337"/>
        <source>Un point ne peut se terminer avant d&apos;avoir commencé.</source>
        <translation>An item cannot end before it has started.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="338"/>
        <source>La durée prévue doit être comprise entre 0 et 1 440 minutes.</source>
        <translation>The planned duration must be between 0 and 1,440 minutes.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="339"/>
        <source>Le point de l&apos;ordre du jour n° {item} n&apos;existe pas.</source>
        <translation>Agenda item no. {item} does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="340"/>
        <source>Le point « {title} » figure déjà à l&apos;ordre du jour.</source>
        <translation>The item “{title}” is already on the agenda.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="341"/>
        <source>La version n° {revision} des notes n&apos;existe pas.</source>
        <translation>Version no. {revision} of the notes does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="343"/>
        <source>Archive invalide : {detail}</source>
        <translation>Invalid archive: {detail}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="344"/>
        <source>L&apos;archive {source} est refusée : la chaîne des signatures des procès-verbaux y est rompue ({breaks}). Une séance signée y a été supprimée, modifiée ou dé-signée ; importez plutôt une archive exportée par le programme.</source>
        <translation>The archive {source} is refused: the chain of signatures of the minutes is broken in it ({breaks}). A signed meeting was deleted, altered or un-signed in it; import an archive exported by the program instead.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="350"/>
        <source>Le fichier {source} n&apos;est pas une archive IREV Desktop : {member} en est absent.</source>
        <translation>The file {source} is not an IREV Desktop archive: {member} is missing from it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="353"/>
        <source>Le fichier {source} n&apos;est pas une archive IREV Desktop (format {found} au lieu de « {expected} »).</source>
        <translation>The file {source} is not an IREV Desktop archive (format {found} instead of “{expected}”).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="358"/>
        <source>L&apos;archive {source} a été créée par une version plus récente d&apos;IREV Desktop (format version {version}, ce programme lit jusqu&apos;à la version {supported}) : mettez le programme à jour pour l&apos;importer.</source>
        <translation>The archive {source} was created by a newer version of IREV Desktop (format version {version}, this program reads up to version {supported}): update the program to import it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="364"/>
        <source>Le fichier {source} est introuvable.</source>
        <translation>The file {source} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="365"/>
        <source>Le fichier {source} n&apos;est pas une archive IREV Desktop (ce n&apos;est pas un zip lisible).</source>
        <translation>The file {source} is not an IREV Desktop archive (it is not a readable zip).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="369"/>
        <source>Le fichier {source} ne peut être lu : {cause}.</source>
        <translation>The file {source} cannot be read: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="370"/>
        <source>{destination} est un dossier : indiquez un nom de fichier.</source>
        <translation>{destination} is a folder: give a file name.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="371"/>
        <source>Le dossier {folder} n&apos;existe pas.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="372"/>
        <source>L&apos;archive ne peut remplacer la base elle-même.</source>
        <translation>The archive cannot replace the database itself.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="373"/>
        <source>La base est trop volumineuse pour une archive (2 Gio au plus, dont 512 Mio pour archive.json) : l&apos;archive n&apos;a pas été créée. Faites plutôt une sauvegarde.</source>
        <translation>The database is too large for an archive (2 GiB at most, of which 512 MiB for archive.json): the archive has not been created. Make a backup instead.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="378"/>
        <source>La copie de la pièce jointe « {name} » ({path}) est altérée : son contenu ne correspond plus à celui qui a été joint. L&apos;archive n&apos;a pas été créée ; restaurez une sauvegarde ou joignez le fichier à nouveau.</source>
        <translation>The copy of the attachment “{name}” ({path}) is corrupted: its content no longer matches what was attached. The archive has not been created; restore a backup or attach the file again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="384"/>
        <source>La base n&apos;est pas vide : elle contient déjà {held}. Pour remplacer tout son contenu par celui de l&apos;archive, utilisez --replace (une sauvegarde de la base est faite avant) ; sinon, importez dans une nouvelle base.</source>
        <translation>The database is not empty: it already contains {held}. To replace all its content with that of the archive, use --replace (the database is backed up first); otherwise, import into a new database.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="390"/>
        <source>La pièce {name} n&apos;a pu être copiée dans le dossier des pièces jointes ({folder}) : {cause}. Rien n&apos;a été importé.</source>
        <translation>The attachment {name} could not be copied to the attachments folder ({folder}): {cause}. Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="395"/>
        <source>L&apos;archive {destination} n&apos;a pu être écrite : {cause}.</source>
        <translation>The archive {destination} could not be written: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="396"/>
        <source>La copie de la pièce jointe « {name} » manque dans le dossier des pièces jointes ({path}) : l&apos;archive n&apos;a pas été créée. Restaurez une sauvegarde ou joignez le fichier à nouveau.</source>
        <translation>The copy of the attachment “{name}” is missing from the attachments folder ({path}): the archive has not been created. Restore a backup or attach the file again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="403"/>
        <source>Le nombre d&apos;années doit être compris entre 1 et {max_years}.</source>
        <translation>The number of years must be between 1 and {max_years}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="404"/>
        <source>La base n&apos;est pas vide : l&apos;archive de démonstration ne se mêle pas à des données réelles. Générez-la dans une nouvelle base, par exemple : irev-desktop --db demonstration.sqlite generate-archive --years 20</source>
        <translation>The database is not empty: the demonstration archive does not mix with real data. Generate it in a new database, for example: irev-desktop --db demonstration.sqlite generate-archive --years 20</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="411"/>
        <source>Le fichier dépasse 500 Mo : il ne peut être joint.</source>
        <translation>The file exceeds 500 MB: it cannot be attached.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="412"/>
        <source>La copie de « {name} » manque dans le dossier des pièces jointes ({folder}). Restaurez une sauvegarde ou joignez le fichier à nouveau.</source>
        <translation>The copy of “{name}” is missing from the attachments folder ({folder}). Restore a backup or attach the file again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="418"/>
        <source>La personne n° {person} ne figure pas dans la liste de présence.</source>
        <translation>Person no. {person} is not on the attendance list.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="419"/>
        <source>{person} est parti·e à {time} : le retour ne peut précéder ce départ.</source>
        <translation>{person} left at {time}: the return cannot come before that departure.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="422"/>
        <source>Le mandataire doit figurer dans la liste de présence.</source>
        <translation>The proxy holder must be on the attendance list.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="423"/>
        <source>{person} figure déjà dans la liste de présence.</source>
        <translation>{person} is already on the attendance list.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="424"/>
        <source>Cette personne détient des pouvoirs : retirez-les avant de la retirer de la liste de présence.</source>
        <translation>This person holds proxies: withdraw them before removing the person from the attendance list.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="429"/>
        <source>{person} est déjà présent·e : pour noter son départ, pointez-le ou la à nouveau.</source>
        <translation>{person} is already present: to record their departure, tick them again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="432"/>
        <source>{person} est déjà venu·e : un retour se note après l&apos;ouverture de la séance.</source>
        <translation>{person} has already come: a return is recorded after the opening of the meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="435"/>
        <source>{person} n&apos;est pas en séance : seule une personne présente peut la quitter.</source>
        <translation>{person} is not in the meeting: only someone present can leave it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="438"/>
        <source>{person} n&apos;a pas donné de pouvoir en cours.</source>
        <translation>{person} has not given a proxy that is still running.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="439"/>
        <source>Indiquez le nom de la personne invitée.</source>
        <translation>Give the name of the guest.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="440"/>
        <source>Indiquez à qui le pouvoir est donné.</source>
        <translation>Say to whom the proxy is given.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="441"/>
        <source>Cette personne détient un pouvoir : elle ne peut être notée absente ou excusée tant que le pouvoir n&apos;est pas retiré.</source>
        <translation>This person holds a proxy: they cannot be marked absent or excused until the proxy is withdrawn.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="446"/>
        <source>Le départ ne peut précéder l&apos;arrivée.</source>
        <translation>The departure cannot come before the arrival.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="448"/>
        <source>La sauvegarde ne peut remplacer la base elle-même.</source>
        <translation>The backup cannot replace the database itself.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="449"/>
        <source>Ce fichier est déjà la base en service.</source>
        <translation>This file is already the database in use.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="450"/>
        <source>{source} n&apos;est pas une sauvegarde d&apos;IREV Desktop (ou provient d&apos;une version plus récente) ; rien n&apos;a été modifié.</source>
        <translation>{source} is not an IREV Desktop backup (or comes from a newer version); nothing has been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="455"/>
        <source>{source} n&apos;est pas une sauvegarde d&apos;IREV Desktop ; rien n&apos;a été modifié.</source>
        <translation>{source} is not an IREV Desktop backup; nothing has been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="458"/>
        <source>{source} n&apos;est pas une sauvegarde d&apos;IREV Desktop lisible ; rien n&apos;a été modifié.</source>
        <translation>{source} is not a readable IREV Desktop backup; nothing has been modified.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="462"/>
        <source>{what} n° {ident} n&apos;existe pas.</source>
        <translation>{what} no. {ident} does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="463"/>
        <source>Le point « {title} » a été retiré de l&apos;ordre du jour (Ctrl+Z le remet).</source>
        <translation>The item “{title}” has been removed from the agenda (Ctrl+Z puts it back).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="466"/>
        <source>Le procès-verbal de la séance du {date} est signé : la séance et son contenu ne peuvent plus être modifiés.</source>
        <translation>The minutes of the meeting of {date} are signed: the meeting and its content can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="472"/>
        <source>Le quorum n&apos;est pas atteint ({present} sur {required} requis) : l&apos;instance ne peut pas délibérer valablement.</source>
        <translation>The quorum is not reached ({present} out of {required} required): the body cannot validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="477"/>
        <source>Le numéro de délibération {number} est déjà attribué.</source>
        <translation>Deliberation number {number} is already taken.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="478"/>
        <source>Cette instance vote en droits statutaires : indiquez aussi les voix pondérées.</source>
        <translation>This body votes by statutory rights: give the weighted votes too.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="482"/>
        <source>Le fichier « {name} » doit porter l&apos;extension .docx (document Word).</source>
        <translation>The file “{name}” must have the .docx extension (Word document).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="485"/>
        <source>« {output} » est un dossier, pas un fichier .docx.</source>
        <translation>“{output}” is a folder, not a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="486"/>
        <source>Le dossier « {folder} » n&apos;existe pas.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="487"/>
        <source>Impossible d&apos;écrire « {output} » : le fichier est peut-être ouvert dans Word ou LibreOffice, ou le dossier est protégé. Fermez-le et recommencez.</source>
        <translation>Cannot write “{output}”: the file may be open in Word or LibreOffice, or the folder is protected. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="492"/>
        <source>Impossible d&apos;écrire « {output} » : {cause}.</source>
        <translation>Cannot write “{output}”: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="493"/>
        <source>Le disque est plein : « {output} » n&apos;a pas pu être écrit ; aucun fichier partiel n&apos;a été laissé.</source>
        <translation>The disk is full: “{output}” could not be written; no partial file was left behind.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="499"/>
        <source>Le fichier « {name} » doit porter l&apos;extension .docx (document Word) ou .pdf (document PDF).</source>
        <translation>The file “{name}” must have the extension .docx (Word document) or .pdf (PDF document).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="504"/>
        <source>« {output} » est un dossier, pas un fichier.</source>
        <translation>“{output}” is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="506"/>
        <source>Installez LibreOffice (https://www.libreoffice.org/) pour écrire des PDF, ou choisissez un fichier .docx.</source>
        <translation>Install LibreOffice (https://www.libreoffice.org/) to write PDFs, or choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="511"/>
        <source>LibreOffice n&apos;a pas pu être lancé ({cause}). Installez LibreOffice (https://www.libreoffice.org/) pour écrire des PDF, ou choisissez un fichier .docx.</source>
        <translation>LibreOffice could not be started ({cause}). Install LibreOffice (https://www.libreoffice.org/) to write PDFs, or choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="517"/>
        <source>LibreOffice n&apos;a pas fini la conversion en PDF en {seconds} secondes : elle a été arrêtée et aucun PDF n&apos;a été écrit. Recommencez, ou choisissez un fichier .docx.</source>
        <translation>LibreOffice did not finish the PDF conversion within {seconds} seconds: it was stopped and no PDF was written. Try again, or choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="523"/>
        <source>LibreOffice n&apos;a pas pu convertir le document en PDF ({detail}). Essayez d&apos;ouvrir le document Word dans LibreOffice, ou choisissez un fichier .docx.</source>
        <translation>LibreOffice could not convert the document to PDF ({detail}). Try opening the Word document in LibreOffice, or choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="528"/>
        <source>LibreOffice n&apos;a pas produit de PDF lisible. Recommencez, ou choisissez un fichier .docx.</source>
        <translation>LibreOffice did not produce a readable PDF. Try again, or choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="532"/>
        <source>La version de LibreOffice installée ne sait pas écrire de PDF/A (il faut LibreOffice 7.4 ou plus récent). Mettez LibreOffice à jour (https://www.libreoffice.org/), ou choisissez un fichier .docx.</source>
        <translation>The installed version of LibreOffice cannot write PDF/A (LibreOffice 7.4 or later is needed). Update LibreOffice (https://www.libreoffice.org/), or choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="539"/>
        <source>Cette séance n&apos;a pas de délibération à extraire du registre.</source>
        <translation>This meeting has no deliberation to extract from the register.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="540"/>
        <source>Impossible d&apos;écrire dans le dossier « {folder} » : {cause}.</source>
        <translation>Cannot write to the folder “{folder}”: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="541"/>
        <source>Le dossier « {folder} » contient déjà trop de fichiers nommés « {name} ».</source>
        <translation>The folder “{folder}” already holds too many files named “{name}”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="546"/>
        <source>L&apos;option --all ne vaut que pour l&apos;extrait (--kind extrait).</source>
        <translation>The --all option only applies to the extract (--kind extrait).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="547"/>
        <source>L&apos;option --pdf ne vaut qu&apos;avec --all ; pour un seul document, donnez un fichier .pdf à --output.</source>
        <translation>The --pdf option only applies with --all; for a single document, give --output a .pdf file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="552"/>
        <source>Les options --all et --deliberation s&apos;excluent : --all écrit toutes les délibérations.</source>
        <translation>The --all and --deliberation options exclude each other: --all writes every deliberation.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="557"/>
        <source>La fin du mandat ne peut précéder son début.</source>
        <translation>The end of the term of office cannot come before its start.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="558"/>
        <source>{person} est déjà {role} de cette instance depuis le {date} : terminez d&apos;abord ce mandat.</source>
        <translation>{person} has been {role} of this body since {date}: end that term of office first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="563"/>
        <source>La date de convocation ({convened}) ne peut être postérieure à la séance ({date}).</source>
        <translation>The date of the notice ({convened}) cannot be after the meeting ({date}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="567"/>
        <source>La date de convocation précède la séance de plus d&apos;un an : elle n&apos;est pas plausible.</source>
        <translation>The date of the notice is more than a year before the meeting: it is not plausible.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="571"/>
        <source>La date de la séance n&apos;est pas plausible.</source>
        <translation>The date of the meeting is not plausible.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="572"/>
        <source>La séance ne peut se terminer avant d&apos;avoir commencé.</source>
        <translation>The meeting cannot end before it has started.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="573"/>
        <source>Indiquez la date de la séance qui a approuvé le PV.</source>
        <translation>Give the date of the meeting that approved the minutes.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="574"/>
        <source>Le procès-verbal ne peut être approuvé avant la séance qu&apos;il relate.</source>
        <translation>The minutes cannot be approved before the meeting they record.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="578"/>
        <source>{what} est obligatoire.</source>
        <translation>{what} is required.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="579"/>
        <source>Le quorum doit être une fraction comprise entre 0 (exclu) et 1, par exemple 2/3.</source>
        <translation>The quorum must be a fraction between 0 (excluded) and 1, for example 2/3.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="582"/>
        <source>Le nombre de pouvoirs par mandataire ne peut être négatif.</source>
        <translation>The number of proxies per holder cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="583"/>
        <source>Le délai de convocation ne peut être négatif.</source>
        <translation>The notice period cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="601"/>
        <source>Le registre compte {count} organisations : indiquez laquelle avec --organisation.</source>
        <translation>The register holds {count} organisations: name one with --organisation.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="605"/>
        <source>Donnez la phrase secrète de la clé par --passphrase-file ou par la variable IREV_DESKTOP_KEY_PASSPHRASE.</source>
        <translation>Give the key&apos;s passphrase with --passphrase-file or the IREV_DESKTOP_KEY_PASSPHRASE variable.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="610"/>
        <source>Les deux phrases secrètes saisies diffèrent.</source>
        <translation>The two passphrases typed differ.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="611"/>
        <source>La phrase secrète ne peut être lue dans {path} ({reason}).</source>
        <translation>The passphrase cannot be read from {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="613"/>
        <source>La phrase secrète doit compter au moins {count} caractères.</source>
        <translation>The passphrase must be at least {count} characters long.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="614"/>
        <source>Saisissez la phrase secrète de la clé de signature.</source>
        <translation>Type the signing key&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="615"/>
        <source>Ce fichier n&apos;est pas une clé de signature Ed25519.</source>
        <translation>This file is not an Ed25519 signing key.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="616"/>
        <source>La clé de signature {fingerprint} de l&apos;organisation n&apos;est pas sur cet ordinateur ({folder}) : signez depuis l&apos;ordinateur qui la garde, ou importez son fichier (irev-desktop key import).</source>
        <translation>The organisation&apos;s signing key {fingerprint} is not on this computer ({folder}): sign from the computer that keeps it, or import its file (irev-desktop key import).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="622"/>
        <source>La clé privée gardée pour {fingerprint} ne correspond pas à la clé publique du registre : elle a été remplacée.</source>
        <translation>The private key kept for {fingerprint} does not match the register&apos;s public key: it has been replaced.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="627"/>
        <source>La clé de signature {fingerprint} n&apos;est plus dans le trousseau du système.</source>
        <translation>The signing key {fingerprint} is no longer in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="630"/>
        <source>La phrase secrète de la clé de signature est incorrecte, ou le fichier n&apos;est pas une clé de signature.</source>
        <translation>The signing key&apos;s passphrase is wrong, or the file is not a signing key.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="635"/>
        <source>Le trousseau du système ne répond pas ({reason}) : la clé de signature ne peut être lue.</source>
        <translation>The system keyring does not answer ({reason}): the signing key cannot be read.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="639"/>
        <source>Le fichier de la clé de signature ne peut être lu ({reason}).</source>
        <translation>The signing key&apos;s file cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="640"/>
        <source>Le trousseau du système n&apos;a pas pu garder la clé ({reason}) : protégez-la plutôt par une phrase secrète.</source>
        <translation>The system keyring could not keep the key ({reason}): protect it with a passphrase instead.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="646"/>
        <source>Cette organisation signe ses procès-verbaux avec sa clé {fingerprint} : déverrouillez-la pour signer.</source>
        <translation>This organisation signs its minutes with its key {fingerprint}: unlock it to sign.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="651"/>
        <source>Cette clé de signature n&apos;est plus en service.</source>
        <translation>This signing key is no longer in service.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="653"/>
        <source>Le fichier {path} n&apos;est pas une clé de signature.</source>
        <translation>The file {path} is not a signing key.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="654"/>
        <source>La clé de signature n° {ident} n&apos;existe pas.</source>
        <translation>Signing key no. {ident} does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="655"/>
        <source>Le fichier {path} ne peut être lu ({reason}).</source>
        <translation>The file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="656"/>
        <source>La clé {fingerprint} n&apos;est pas une clé de signature de ce registre.</source>
        <translation>The key {fingerprint} is not a signing key of this register.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="660"/>
        <source>Le procès-verbal est signé, mais le journal de la clé de signature n&apos;a pu être écrit ({reason}) : verify ne pourra pas signaler la suppression de cette séance sur ce poste.</source>
        <translation>The minutes are signed, but the signing key&apos;s journal could not be written ({reason}): verify will not be able to report the deletion of this meeting on this computer.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="667"/>
        <source>Le serveur de la base {db} refuse la connexion : identifiant ou mot de passe incorrect.</source>
        <translation>The server of the database {db} refuses the connection: wrong login or password.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="671"/>
        <source>Le serveur de la base {db} demande un mot de passe : saisissez-le.</source>
        <translation>The server of the database {db} asks for a password: type it in.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="674"/>
        <source>La base {db} n&apos;existe pas sur ce serveur ; vérifiez son nom, ou créez-la (« irev-desktop server init »).</source>
        <translation>The database {db} does not exist on this server; check its name, or create it (“irev-desktop server init”).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="679"/>
        <source>Le serveur « {host} » est introuvable : vérifiez son nom et le réseau.</source>
        <translation>The server “{host}” cannot be found: check its name and the network.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="682"/>
        <source>Le trousseau du système n&apos;a pas gardé le mot de passe ({reason}) ; décochez « Retenir le mot de passe » pour vous connecter sans.</source>
        <translation>The system keyring did not keep the password ({reason}); untick “Remember the password” to connect without it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="688"/>
        <source>Indiquez le serveur avec --db postgresql://propriétaire@serveur/base (ou IREV_DESKTOP_DB) : « server » ne s&apos;applique pas à un fichier.</source>
        <translation>Name the server with --db postgresql://owner@server/database (or IREV_DESKTOP_DB): “server” does not apply to a file.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="693"/>
        <source>La source et la cible sont la même base : rien n&apos;a été copié.</source>
        <translation>The source and the target are the same database: nothing was copied.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="694"/>
        <source>Aucun mot de passe : donnez --password-file, ou la variable IREV_DESKTOP_SERVER_PASSWORD, ou lancez la commande dans un terminal.</source>
        <translation>No password: give --password-file, or the IREV_DESKTOP_SERVER_PASSWORD variable, or run the command in a terminal.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="699"/>
        <source>Les deux mots de passe diffèrent : rien n&apos;a été fait.</source>
        <translation>The two passwords differ: nothing was done.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="700"/>
        <source>Le fichier {file} ne peut pas être lu : {cause}.</source>
        <translation>The file {file} cannot be read: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="702"/>
        <source>Le serveur de la base {db} a refusé l&apos;opération (code {code}) ; rien n&apos;a été écrit.</source>
        <translation>The server of the database {db} refused the operation (code {code}); nothing was written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="706"/>
        <source>Le procès-verbal de cette séance est signé : le serveur refuse toute modification ; rien n&apos;a été écrit.</source>
        <translation>The minutes of this meeting are signed: the server refuses any change; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="711"/>
        <source>Une autre personne modifiait la même chose sur {db} au même instant : rien n&apos;a été écrit ; réessayez.</source>
        <translation>Someone else was changing the same thing on {db} at the same moment: nothing was written; try again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="716"/>
        <source>Le disque du serveur de {db} est plein : rien n&apos;a été écrit.</source>
        <translation>The disk of the server of {db} is full: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="717"/>
        <source>Le serveur de la base {db} ne répond pas : rien n&apos;y a été lu ni écrit. Vérifiez le réseau, puis réessayez.</source>
        <translation>The server of the database {db} does not answer: nothing was read or written there. Check the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="723"/>
        <source>La base {db} a été créée par une version plus récente du programme (révision {revision}) : mettez IREV Desktop à jour pour l&apos;ouvrir.</source>
        <translation>The database {db} was created by a newer version of the program (revision {revision}): update IREV Desktop to open it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="728"/>
        <source>La base {db} a été créée par une version précédente du programme : une consultation ne la modifie pas. Ouvrez-la une fois avec IREV Desktop, qui la met à jour.</source>
        <translation>The database {db} was created by an earlier version of the program: reading it does not change it. Open it once with IREV Desktop, which updates it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="734"/>
        <source>La base {db} n&apos;est pas encore une base IREV Desktop ; rien n&apos;a été créé. Ouvrez-la une fois pour la préparer, ou lancez « irev-desktop server init ».</source>
        <translation>The database {db} is not yet an IREV Desktop database; nothing was created. Open it once to prepare it, or run “irev-desktop server init”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="740"/>
        <source>La base {db} doit être préparée ou mise à jour, et votre rôle ne le permet pas : demandez à la personne qui administre le serveur de lancer « irev-desktop --db URL server init ».</source>
        <translation>The database {db} must be prepared or updated, and your role does not allow it: ask the person who runs the server to run “irev-desktop --db URL server init”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="747"/>
        <source>L&apos;archive de démonstration se génère dans un fichier : générez-la avec « irev-desktop --db demonstration.sqlite generate-archive », puis copiez-la sur le serveur avec « irev-desktop copy-store --from demonstration.sqlite --to URL ».</source>
        <translation>The demonstration archive is generated in a file: generate it with “irev-desktop --db demonstration.sqlite generate-archive”, then copy it to the server with “irev-desktop copy-store --from demonstration.sqlite --to URL”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="755"/>
        <source>Une autre personne a modifié les notes de ce point pendant que vous écriviez : les deux textes sont gardés dans l&apos;historique du point.</source>
        <translation>Someone else changed the notes of this item while you were writing: both texts are kept in the item&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="761"/>
        <source>Ce fichier n&apos;est pas un rapport de présence en texte (.csv) : enregistrez le rapport de Teams ou de Zoom au format CSV, tel qu&apos;il est téléchargé.</source>
        <translation>This file is not a text attendance report (.csv): save the Teams or Zoom report as CSV, as it is downloaded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="766"/>
        <source>Ce fichier n&apos;est pas un rapport de présence lisible : il faut au moins une colonne de noms, une d&apos;arrivée et une de départ (Teams, Zoom, ou un tableau « nom ; courriel ; arrivée ; départ »).</source>
        <translation>This file is not a readable attendance report: it needs at least a column of names, one of joins and one of leaves (Teams, Zoom, or a table &quot;name; e-mail; join; leave&quot;).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="772"/>
        <source>Le fichier fait plus de {limit} Mo : ce n&apos;est pas un rapport de présence.</source>
        <translation>The file is larger than {limit} MB: it is not an attendance report.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="776"/>
        <source>Le rapport dépasse {limit} lignes : ce n&apos;est pas le rapport d&apos;une réunion.</source>
        <translation>The report has more than {limit} lines: it is not the report of a meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="780"/>
        <source>Le rapport ne contient aucune connexion.</source>
        <translation>The report holds no connection.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="784"/>
        <source>Le rapport {file} ne peut pas être lu : {cause}.</source>
        <translation>The report {file} cannot be read: {cause}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="788"/>
        <source>« {text} » n&apos;est pas une date et heure lisible.</source>
        <translation>&quot;{text}&quot; is not a readable date and time.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="792"/>
        <source>« {text} » n&apos;est pas une date.</source>
        <translation>&quot;{text}&quot; is not a date.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="796"/>
        <source>« {text} » n&apos;est pas une heure.</source>
        <translation>&quot;{text}&quot; is not a time.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="801"/>
        <source>Aucune présence à enregistrer : rien n&apos;a été modifié.</source>
        <translation>No attendance to record: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="805"/>
        <source>Le seuil des connexions courtes va de 0 à 240 minutes.</source>
        <translation>The threshold of short joins goes from 0 to 240 minutes.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="810"/>
        <source>Indiquez le tableur à importer (FICHIER.xlsx ou FICHIER.csv), ou --template MODELE.xlsx pour écrire le modèle à remplir.</source>
        <translation>Give the spreadsheet to import (FILE.xlsx or FILE.csv), or --template TEMPLATE.xlsx to write the template to fill in.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="815"/>
        <source>--organisation désigne une organisation du registre, --name et --short-name en créent une : pas les deux.</source>
        <translation>--organisation names an organisation of the register, --name and --short-name create one: not both.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="820"/>
        <source>Donnez soit le tableur à importer, soit --template pour écrire le modèle, pas les deux.</source>
        <translation>Give either the spreadsheet to import or --template to write the template, not both.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="824"/>
        <source>Le registre n&apos;a pas encore d&apos;organisation : nommez-la avec --name et --short-name (et --city).</source>
        <translation>The register has no organisation yet: name it with --name and --short-name (and --city).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="829"/>
        <source>L&apos;organisation n° {ident} n&apos;existe pas.</source>
        <translation>Organisation no. {ident} does not exist.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="833"/>
        <source>Le registre a déjà une organisation ({short}) : le tableur s&apos;y importe, sans --name ni --short-name.</source>
        <translation>The register already has an organisation ({short}): the spreadsheet is imported into it, without --name or --short-name.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="839"/>
        <source>Le tableur {source} contient des erreurs : rien n&apos;a été importé.</source>
        <translation>The spreadsheet {source} has errors: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="843"/>
        <source>Un tableur s&apos;importe dans l&apos;organisation pour laquelle son aperçu a été fait.</source>
        <translation>A spreadsheet is imported into the organisation its preview was made for.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="847"/>
        <source>Le registre a changé depuis l&apos;aperçu du tableur : {detail}. Rien n&apos;a été importé ; refaites l&apos;aperçu.</source>
        <translation>The register changed since the spreadsheet&apos;s preview: {detail}. Nothing was imported; preview it again.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="853"/>
        <source>L&apos;option {option} ne vaut pas pour l&apos;invitation d&apos;agenda (.ics).</source>
        <translation>The option {option} does not apply to the calendar invitation (.ics).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="858"/>
        <source>Aucun membre convoqué n&apos;a d&apos;adresse électronique dans le registre : aucun brouillon n&apos;a été écrit ({names}). Ajoutez les adresses aux fiches des personnes.</source>
        <translation>No convened member has an e-mail address in the register: no draft was written ({names}). Add the addresses to the people&apos;s records.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="864"/>
        <source>Personne n&apos;est en fonction dans {body} le {date} : il n&apos;y a personne à convoquer.</source>
        <translation>Nobody is in office in {body} on {date}: there is nobody to convene.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="868"/>
        <source>Le procès-verbal de cette séance est signé : sa date de convocation ne peut plus être notée.</source>
        <translation>The minutes of this meeting are signed: its convocation date can no longer be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="874"/>
        <source>Seule la convocation s&apos;écrit aussi en invitation d&apos;agenda (.ics) : écrivez ce document ({document}) en .docx (document Word) ou en .pdf.</source>
        <translation>Only the convocation is also written as a calendar invitation (.ics): write this document ({document}) as .docx (Word document) or .pdf.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="880"/>
        <source>Le journal de la séance {file} ne peut pas être écrit ({cause}) : les actes sont envoyés directement au serveur, mais s&apos;il cessait de répondre ils ne pourraient pas être gardés sur ce poste.</source>
        <translation>The séance journal {file} cannot be written ({cause}): acts are sent straight to the server, but if it stopped answering they could not be kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="886"/>
        <source>Le journal de la séance {file} ne peut pas être écrit ({cause}) et le serveur ne répond pas : l&apos;acte n&apos;a été ni gardé sur ce poste ni enregistré. Refaites-le quand le serveur répondra ou que le journal pourra être écrit.</source>
        <translation>The séance journal {file} cannot be written ({cause}) and the server does not answer: the act was neither kept on this computer nor recorded. Do it again when the server answers or the journal can be written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="892"/>
        <source>Le journal de la séance {file} ne peut pas être écrit ({cause}) et le serveur ne répond pas à temps : l&apos;acte n&apos;a pas pu être gardé sur ce poste. Il lui a été envoyé et peut encore y être enregistré : vérifiez-le dès que le serveur répondra.</source>
        <translation>The séance journal {file} cannot be written ({cause}) and the server does not answer in time: the act could not be kept on this computer. It was sent to the server and may still be recorded there: check it as soon as the server answers.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="900"/>
        <source>Une autre personne a modifié {what} pendant que vous faisiez votre modification : rien n&apos;a été écrasé, et vos valeurs sont gardées dans le journal des modifications.</source>
        <translation>Someone else changed {what} while you were making your change: nothing was overwritten, and your values are kept in the change log.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="907"/>
        <source>Sur un serveur, une archive s&apos;importe dans une base vide seulement : créez une nouvelle base, puis importez-y l&apos;archive.</source>
        <translation>On a server, an archive is imported into an empty database only: create a new database, then import the archive into it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="913"/>
        <source>Sur un serveur, la sauvegarde est celle du serveur (pg_dump, par la personne qui l&apos;administre) : exportez plutôt toute l&apos;archive (.zip), ou copiez le registre dans un fichier avec « irev-desktop copy-store ».</source>
        <translation>On a server, the backup is the server&apos;s (pg_dump, by the person who runs it): export the whole archive (.zip) instead, or copy the register into a file with “irev-desktop copy-store”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="920"/>
        <source>Le journal de la séance {file} ne peut pas être écrit ({cause}) : l&apos;acte n&apos;a pas été fait.</source>
        <translation>The meeting journal {file} cannot be written ({cause}): the act was not done.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="926"/>
        <source>Rôle inconnu : {role} (choisissez « secretariat » ou « lecture »).</source>
        <translation>Unknown role: {role} (choose “secretariat” or “lecture”).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="929"/>
        <source>« {name} » ne peut pas être un identifiant : lettres minuscules sans accent, chiffres et « _ », 63 caractères au plus, sans commencer par un chiffre.</source>
        <translation>“{name}” cannot be a login name: lower-case letters without accents, digits and “_”, 63 characters at most, not starting with a digit.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="934"/>
        <source>Le mot de passe doit compter au moins {count} caractères.</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="935"/>
        <source>La préparation de la base {db} demande son propriétaire (ou un administrateur du serveur) : votre rôle ne peut pas créer les tables ni les rôles de l&apos;équipe.</source>
        <translation>Preparing the database {db} needs its owner (or a server administrator): your role cannot create the tables nor the team&apos;s roles.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="941"/>
        <source>La base {db} n&apos;a pas encore les rôles de l&apos;équipe : lancez d&apos;abord « irev-desktop --db URL server init ».</source>
        <translation>The database {db} does not have the team&apos;s roles yet: first run “irev-desktop --db URL server init”.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="946"/>
        <source>Votre rôle sur {db} ne peut pas créer d&apos;identifiants : demandez-le à la personne qui administre le serveur.</source>
        <translation>Your role on {db} cannot create logins: ask the person who runs the server.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="584"/>
        <source>Les droits statutaires ne peuvent être négatifs.</source>
        <translation>Statutory rights cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="47"/>
        <source>ce membre</source>
        <translation>this member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="48"/>
        <source>cette personne</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="49"/>
        <source>les règles de cette instance</source>
        <translation>the rules of this body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="50"/>
        <source>ce mandat</source>
        <translation>this mandate</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="51"/>
        <source>l&apos;en-tête de cette séance</source>
        <translation>the header of this meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="52"/>
        <source>ce point de l&apos;ordre du jour</source>
        <translation>this agenda item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="53"/>
        <source>l&apos;historique de présence de cette personne</source>
        <translation>this person&apos;s attendance history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="585"/>
        <source>Une organisation de sigle « {short} » existe déjà.</source>
        <translation>An organisation with the acronym “{short}” already exists.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="586"/>
        <source>Le membre « {name} » existe déjà.</source>
        <translation>The member “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="587"/>
        <source>Une instance de sigle « {short} » existe déjà.</source>
        <translation>A body with the acronym “{short}” already exists.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="589"/>
        <source>Le {document} de la séance du {date} n&apos;a pas été écrit : le procès-verbal signé ne correspond plus à sa signature ({reasons}). Pour l&apos;écrire quand même, marqué « NON CONFORME AU PROCÈS-VERBAL SIGNÉ » sur chaque page, ajoutez l&apos;option --force.</source>
        <translation>The {document} of the meeting of {date} was not written: the signed minutes no longer match their signature ({reasons}). To write it anyway, marked “NOT CONFORMING TO THE SIGNED MINUTES” on every page, add the --force option.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="597"/>
        <source>« {kind} » n&apos;est pas un type de résultat (types : {known}).</source>
        <translation>“{kind}” is not a result type (types: {known}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/error_texts.py" line="599"/>
        <source>« {text} » n&apos;est pas une date valide (attendu : JJ/MM/AAAA).</source>
        <translation>“{text}” is not a valid date (expected: DD/MM/YYYY).</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="25"/>
        <source>&amp;Convocation…</source>
        <translation>&amp;Notice of meeting…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="26"/>
        <source>&amp;Feuille d&apos;émargement…</source>
        <translation>&amp;Attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="27"/>
        <source>&amp;Procès-verbal…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="28"/>
        <source>Compte &amp;rendu…</source>
        <translation>&amp;Summary report…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="29"/>
        <source>Relevé de &amp;décisions…</source>
        <translation>Record of &amp;decisions…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="30"/>
        <source>E&amp;xtrait du registre…</source>
        <translation>E&amp;xtract from the register…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="52"/>
        <source>Invitation d&apos;&amp;agenda (.ics)…</source>
        <translation>Calendar &amp;invitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="56"/>
        <source>&amp;Tous les extraits…</source>
        <translation>&amp;All extracts…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="59"/>
        <source>Re&amp;gistre des délibérations…</source>
        <translation>Re&amp;gister of deliberations…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="63"/>
        <source>Papier à &amp;en-tête de l&apos;organisation…</source>
        <translation>Organisation &amp;letterhead…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="65"/>
        <source>Modèle &amp;intégré (A4)</source>
        <translation>&amp;Built-in template (A4)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="90"/>
        <source>Papier à en-tête (document Word)</source>
        <translation>Letterhead (Word document)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="91"/>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="103"/>
        <location filename="../../irev_desktop/ui/export_actions.py" line="115"/>
        <location filename="../../irev_desktop/ui/export_actions.py" line="146"/>
        <location filename="../../irev_desktop/ui/export_actions.py" line="159"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="103"/>
        <location filename="../../irev_desktop/ui/export_actions.py" line="183"/>
        <source>Ouvrez d&apos;abord une séance.</source>
        <translation>Open a meeting first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="116"/>
        <source>Cette séance n&apos;a pas de délibération à extraire du registre.</source>
        <translation>This meeting has no resolution to extract from the register.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="121"/>
        <source>Extrait du registre</source>
        <translation>Extract from the register</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="122"/>
        <source>Délibération :</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="135"/>
        <source>Enregistrer le document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="137"/>
        <source>Documents Word (*.docx);;Document PDF (*.pdf)</source>
        <translation>Word documents (*.docx);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="143"/>
        <source>Écriture du document…</source>
        <translation>Writing the document…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="145"/>
        <source>Écriture du document PDF (par LibreOffice)…</source>
        <translation>Writing the PDF document (with LibreOffice)…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="168"/>
        <source>Document écrit</source>
        <translation>Document written</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="169"/>
        <source>Le document a été écrit :
{path}

L&apos;ouvrir maintenant ?</source>
        <translation>The document has been written:
{path}

Open it now?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="180"/>
        <source>Invitation d&apos;agenda</source>
        <translation>Calendar invitation</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="195"/>
        <source>Enregistrer l&apos;invitation d&apos;agenda</source>
        <translation>Save the calendar invitation</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="197"/>
        <source>Invitation d&apos;agenda (*.ics)</source>
        <translation>Calendar invitation (*.ics)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="212"/>
        <source>Invitation écrite</source>
        <translation>Invitation written</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="213"/>
        <source>L&apos;invitation d&apos;agenda a été écrite :
{path}

L&apos;ouvrir maintenant ?</source>
        <translation>The calendar invitation was written:
{path}

Open it now?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history.py" line="27"/>
        <source>Historique des notes</source>
        <translation>Notes history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history.py" line="37"/>
        <source>{date} à {time} — {n} caractères</source>
        <translation>{date} at {time} — {n} characters</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history.py" line="51"/>
        <source>Rétablir cette version</source>
        <translation>Restore this version</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="63"/>
        <source>Point de l&apos;ordre du jour</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="77"/>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="78"/>
        <source>&amp;Nature</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="79"/>
        <source>&amp;Rapporteur</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="80"/>
        <source>&amp;Durée prévue</source>
        <translation>Planned &amp;duration</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="89"/>
        <source>10:15</source>
        <translation>10:15</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="90"/>
        <source>10:15, 10h15 ou vide</source>
        <translation>10:15, 10h15 or empty</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="91"/>
        <source>Dé&amp;but</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="92"/>
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="103"/>
        <source>Début : {error}</source>
        <translation>Start: {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="109"/>
        <source>Fin : {error}</source>
        <translation>End: {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="112"/>
        <source>La fin du point précède son début.</source>
        <translation>The item ends before it starts.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="44"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="45"/>
        <source>débat</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="46"/>
        <source>délibération</source>
        <translation>resolution</translation>
    </message>
</context>
<context>
    <name>KeptActsSender</name>
    <message>
        <location filename="../../irev_desktop/ui/main_window/kept_acts.py" line="55"/>
        <source>Des actes de séance gardés sur ce poste n&apos;ont pas pu être envoyés : nouvel essai dans {seconds} s.</source>
        <translation>Séance acts kept on this computer could not be sent: trying again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/kept_acts.py" line="65"/>
        <source>{count} acte(s) de séance gardé(s) sur ce poste envoyé(s) au serveur.</source>
        <translation>{count} séance act(s) kept on this computer sent to the server.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/kept_acts.py" line="70"/>
        <source>Refusé(s) par le serveur : {reasons}</source>
        <translation>Refused by the server: {reasons}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/kept_acts.py" line="77"/>
        <source>{count} acte(s) encore gardé(s) : le serveur ne répond pas, nouvel essai dans {seconds} s.</source>
        <translation>{count} act(s) still kept: the server does not answer, trying again in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="107"/>
        <source>Ouverture des données…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="115"/>
        <source>Instances et bureau</source>
        <translation>Bodies and board</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="116"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="117"/>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="118"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="119"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="63"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="66"/>
        <source>&amp;Nouvelle séance…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="72"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="78"/>
        <source>&amp;Sauvegarder la base…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="84"/>
        <source>&amp;Clé de signature…</source>
        <translation>Signing &amp;key…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="90"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="96"/>
        <source>Se connecter à un ser&amp;veur…</source>
        <translation>Connect to a ser&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="102"/>
        <source>Revenir à la base de cet &amp;ordinateur</source>
        <translation>Back to this c&amp;omputer&apos;s database</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="112"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="134"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="136"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="139"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="150"/>
        <source>&amp;Rechercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="32"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="42"/>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="45"/>
        <source>&amp;Séance</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="47"/>
        <source>&amp;Mode séance</source>
        <translation>&amp;Live meeting mode</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="51"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="54"/>
        <source>À &amp;propos d&apos;IREV Desktop</source>
        <translation>&amp;About IREV Desktop</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="163"/>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/menus.py" line="174"/>
        <source>Rechercher dans l&apos;archive… (Ctrl+F)</source>
        <translation>Search the archive… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/window.py" line="181"/>
        <source>Base en lecture seule : {reason}</source>
        <translation>Read-only store: {reason}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/pages.py" line="114"/>
        <source>Ouvrez d&apos;abord une séance dans la liste.</source>
        <translation>Open a meeting from the list first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/seance_mode.py" line="22"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/seance_mode.py" line="47"/>
        <source>Mode séance</source>
        <translation>Live meeting mode</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/pages.py" line="155"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="27"/>
        <source>Sauvegarder la base</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="29"/>
        <source>Base IREV (*.sqlite)</source>
        <translation>IREV database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="37"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="41"/>
        <source>Sauvegarde écrite : {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="77"/>
        <source>Clé de signature des procès-verbaux</source>
        <translation>Signing key of the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="78"/>
        <source>Créez d&apos;abord l&apos;organisation (page Instances et bureau).</source>
        <translation>Create the organisation first (Bodies and board page).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="92"/>
        <source>À propos d&apos;IREV Desktop</source>
        <translation>About IREV Desktop</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="93"/>
        <source>{name} {version}

Le registre des instances, séances, délibérations et procès-verbaux d&apos;un groupement d&apos;intérêt public, hors ligne.

Données : {path}</source>
        <translation>{name} {version}

The register of a public interest group’s bodies, meetings, resolutions and minutes, offline.

Data: {path}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="109"/>
        <source>Fermez d&apos;abord le mode séance : ses notes vont dans la base ouverte.</source>
        <translation>Close live meeting mode first: its notes go to the open database.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="119"/>
        <source>Se connecter</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="134"/>
        <source>Revenir à la base de cet ordinateur</source>
        <translation>Back to this computer&apos;s database</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window/store_actions.py" line="145"/>
        <source>Le choix du serveur n&apos;a pas pu être oublié ({reason}).</source>
        <translation>The choice of server could not be forgotten ({reason}).</translation>
    </message>
</context>
<context>
    <name>MajorityRule</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="51"/>
        <source>majorité simple des suffrages exprimés</source>
        <translation>simple majority of votes cast</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="52"/>
        <source>majorité absolue des voix des présents et représentés</source>
        <translation>absolute majority of the votes of those present and represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="53"/>
        <source>majorité des deux tiers des suffrages exprimés</source>
        <translation>two-thirds majority of votes cast</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="54"/>
        <source>unanimité des suffrages exprimés</source>
        <translation>unanimity of votes cast</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="118"/>
        <source>Modifier le mandat</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="118"/>
        <source>Nouveau mandat</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="122"/>
        <source>Personne &amp;existante</source>
        <translation>&amp;Existing person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="123"/>
        <source>&amp;Nouvelle personne</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="133"/>
        <source>conseillère régionale, sous-préfet…</source>
        <translation>regional councillor, sub-prefect…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="140"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="141"/>
        <source>N&amp;om</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="142"/>
        <source>&amp;Fonction</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="153"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="159"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="168"/>
        <source>Mandat terminé le</source>
        <translation>Appointment ended on</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="182"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="183"/>
        <source>&amp;Membre représenté</source>
        <translation>Represented &amp;member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="184"/>
        <source>&amp;Qualité</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="185"/>
        <source>&amp;Début du mandat</source>
        <translation>&amp;Start of appointment</translation>
    </message>
</context>
<context>
    <name>MeetingFormDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="67"/>
        <source>Modifier la séance</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="67"/>
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="88"/>
        <source>&amp;Convoquée le</source>
        <translation>&amp;Convened on</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="95"/>
        <source>Date à laquelle la convocation a été adressée aux membres</source>
        <translation>Date the notice of meeting was sent to the members</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="107"/>
        <source>&amp;Instance</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="108"/>
        <source>In&amp;titulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="109"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="110"/>
        <source>&amp;Heure prévue</source>
        <translation>Planned t&amp;ime</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="113"/>
        <source>&amp;Modalité</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="114"/>
        <source>&amp;Lieu</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="115"/>
        <source>Lien de &amp;visioconférence</source>
        <translation>Video &amp;link</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="116"/>
        <source>&amp;Présidence</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="117"/>
        <source>&amp;Secrétaire de séance</source>
        <translation>Minute &amp;secretary</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="126"/>
        <source>Assemblée générale</source>
        <translation>General assembly</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="55"/>
        <source>Modifier l&apos;en-tête…</source>
        <translation>Edit header…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="62"/>
        <source>Préparer les &amp;courriels de convocation…</source>
        <translation>Prepare the convocation &amp;e-mails…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="83"/>
        <source>horaire à préciser</source>
        <translation>time to be confirmed</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="86"/>
        <source>Présidence : {chair} · Secrétaire de séance : {secretary}</source>
        <translation>Chair: {chair} · Minute secretary: {secretary}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="92"/>
        <source>Convoquée le {date}</source>
        <translation>Convened on {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="96"/>
        <source>Procès-verbal approuvé le {date}</source>
        <translation>Minutes approved on {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="119"/>
        <source>ATTENTION : la signature de ce procès-verbal a été modifiée hors du programme ; ce qui est affiché n&apos;est pas garanti conforme au procès-verbal signé.</source>
        <translation>WARNING: the signature of these minutes was changed outside the program; what is shown is not guaranteed to match the signed minutes.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="125"/>
        <source>empreinte vérifiée</source>
        <translation>fingerprint verified</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="126"/>
        <source>ALTÉRÉ depuis la signature</source>
        <translation>ALTERED since signing</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="128"/>
        <source>Procès-verbal signé : la séance est en lecture seule ({seal}).</source>
        <translation>Minutes signed: the meeting is read-only ({seal}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="107"/>
        <source>La base est ouverte par une autre instance : lecture seule.</source>
        <translation>The database is open in another copy of the program: read-only.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="151"/>
        <source>Marquer convoquée</source>
        <translation>Mark as convened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="152"/>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="154"/>
        <source>Marquer tenue</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="155"/>
        <source>Rédiger le PV (projet)</source>
        <translation>Draft the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="157"/>
        <source>PV approuvé…</source>
        <translation>Minutes approved…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="160"/>
        <source>Revenir au projet</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="161"/>
        <source>Signer et figer…</source>
        <translation>Sign and lock…</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="26"/>
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="27"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="28"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="30"/>
        <source>présentiel</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="31"/>
        <source>visioconférence</source>
        <translation>video conference</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="32"/>
        <source>hybride</source>
        <translation>hybrid</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="63"/>
        <source>&amp;Présences et quorum</source>
        <translation>&amp;Attendance and quorum</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="64"/>
        <source>&amp;Ordre du jour et notes</source>
        <translation>A&amp;genda and notes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="65"/>
        <source>&amp;Délibérations</source>
        <translation>&amp;Resolutions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="66"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="67"/>
        <source>Pièces &amp;jointes</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="201"/>
        <source>Modifier la séance</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="221"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="230"/>
        <source>Convocation</source>
        <translation>Notice of meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="222"/>
        <source>Date d&apos;envoi de la convocation (JJ/MM/AAAA, vide si inconnue) :</source>
        <translation>Date the notice was sent (DD/MM/YYYY, empty if unknown):</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="237"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="245"/>
        <source>Approbation du procès-verbal</source>
        <translation>Approval of the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="238"/>
        <source>Date de la séance qui a approuvé le procès-verbal (JJ/MM/AAAA) :</source>
        <translation>Date of the meeting that approved the minutes (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="253"/>
        <source>Signer le procès-verbal</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="255"/>
        <source>Une fois signé, le procès-verbal est figé : plus aucune modification de la séance ne sera possible. Signer maintenant ?</source>
        <translation>Once signed, the minutes are locked: the meeting can no longer be changed. Sign now?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="266"/>
        <source>Statut de la séance</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="290"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="301"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="307"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="313"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="323"/>
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="346"/>
        <source>Historique de présence</source>
        <translation>Attendance history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="385"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="399"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="418"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="428"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="448"/>
        <source>— Texte de l&apos;autre personne —</source>
        <translation>— The other person&apos;s text —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="458"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="471"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="491"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="494"/>
        <source>Délibération</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="491"/>
        <source>Supprimer cette délibération ?</source>
        <translation>Delete this resolution?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="504"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="516"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="520"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="525"/>
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="531"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="536"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="556"/>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="560"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="548"/>
        <source>Titre de l&apos;annexe</source>
        <translation>Annex title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="550"/>
        <source>Titre sous lequel les documents citent « {name} » (vide : le nom du fichier) :</source>
        <translation>Title under which the documents cite “{name}” (empty: the file name):</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="33"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="34"/>
        <source>convoquée</source>
        <translation>convened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="35"/>
        <source>tenue</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="36"/>
        <source>procès-verbal en projet</source>
        <translation>draft minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="37"/>
        <source>procès-verbal approuvé</source>
        <translation>minutes approved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="38"/>
        <source>procès-verbal signé</source>
        <translation>minutes signed</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="40"/>
        <source> à l&apos;unanimité</source>
        <translation> unanimously</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="42"/>
        <source> (voix prépondérante)</source>
        <translation> (casting vote)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="92"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="93"/>
        <source>Délibération</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="94"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="96"/>
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="99"/>
        <source>Abst.</source>
        <translation>Abst.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="104"/>
        <source>NPPV</source>
        <translation>Not voting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="108"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="137"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="138"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="140"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="143"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="178"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="179"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="181"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="184"/>
        <source>Ajouté le</source>
        <translation>Added on</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="41"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="47"/>
        <source>Filtrer : intitulé, instance, date…</source>
        <translation>Filter: title, body, date…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="54"/>
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="55"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="56"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="88"/>
        <source>Nouvelle séance…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="89"/>
        <source>Dupliquer…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="90"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="91"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="140"/>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="148"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="154"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="181"/>
        <source>%n séance(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="217"/>
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="229"/>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="234"/>
        <source>Dupliquer la séance</source>
        <translation>Duplicate meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="230"/>
        <source>Date de la nouvelle séance (JJ/MM/AAAA) :</source>
        <translation>Date of the new meeting (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="246"/>
        <source>Supprimer la séance « {title} » du {date} ? Son ordre du jour, ses notes et ses délibérations seront supprimés.</source>
        <translation>Delete the meeting ‘{title}’ of {date}? Its agenda, notes and resolutions will be deleted.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="249"/>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="251"/>
        <source>Supprimer la séance</source>
        <translation>Delete meeting</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="36"/>
        <source>Modifier le membre</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="36"/>
        <source>Nouveau membre</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="40"/>
        <source>Région, Département, État…</source>
        <translation>Region, département, State…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="48"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="49"/>
        <source>&amp;Collège</source>
        <translation>&amp;College</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="50"/>
        <source>&amp;Droits statutaires</source>
        <translation>&amp;Statutory rights</translation>
    </message>
</context>
<context>
    <name>NoteAutosaver</name>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="148"/>
        <source>Gardé sur ce poste à {time} (le serveur ne répond pas)</source>
        <translation>Kept on this computer at {time} (the server does not answer)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="150"/>
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="163"/>
        <source>Texte de l&apos;autre personne repris.</source>
        <translation>The other person&apos;s text taken.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="179"/>
        <source>Copie de secours : {path}.</source>
        <translation>Emergency copy: {path}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="181"/>
        <source>Aucune copie de secours n&apos;a pu être écrite.</source>
        <translation>No emergency copy could be written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="185"/>
        <source>NON ENREGISTRÉ depuis {time} — {reason} Le texte reste dans cette fenêtre ; nouvel essai toutes les {seconds} s. {kept}</source>
        <translation>NOT SAVED since {time} — {reason} The text stays in this window; trying again every {seconds} s. {kept}</translation>
    </message>
</context>
<context>
    <name>NotesConflictDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="38"/>
        <source>Notes modifiées par une autre personne</source>
        <translation>Notes changed by someone else</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="43"/>
        <source>Pendant que vous écriviez les notes du point « {item} », une autre personne les a modifiées. Rien n&apos;a été écrasé : les deux textes sont gardés dans l&apos;historique du point. Choisissez ce que deviennent les notes.</source>
        <translation>While you were writing the notes of item “{item}”, someone else changed them. Nothing was overwritten: both texts are kept in the item&apos;s history. Choose what the notes become.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="53"/>
        <source>Votre texte</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="54"/>
        <source>Le texte de l&apos;autre personne</source>
        <translation>The other person&apos;s text</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="64"/>
        <source>Garder mon &amp;texte</source>
        <translation>Keep my &amp;text</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="65"/>
        <source>Reprendre le &amp;sien</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_conflict.py" line="66"/>
        <source>Garder les &amp;deux</source>
        <translation>Keep &amp;both</translation>
    </message>
</context>
<context>
    <name>NoticeWarning</name>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="34"/>
        <source>{n} jour</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="35"/>
        <source>{n} jours</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="43"/>
        <source>Délai de convocation court : {days} au lieu de {required}</source>
        <translation>Short notice: {days} instead of {required}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="47"/>
        <source>, moins que les {urgent} admis en cas d&apos;urgence</source>
        <translation>, less than the {urgent} allowed when urgent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="55"/>
        <source>Convocation à adresser au plus tard le {date} (délai : {days}).</source>
        <translation>Notice to be sent by {date} at the latest (notice period: {days}).</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="24"/>
        <source>Créer mon organisation</source>
        <translation>Create my organisation</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="30"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="31"/>
        <source>&amp;Sigle</source>
        <translation>&amp;Acronym</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="32"/>
        <source>&amp;Ville (pour « Fait à … »)</source>
        <translation>&amp;Town (for ‘Done at …’)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="34"/>
        <source>&amp;Reprendre les membres, les personnes et les mandats d&apos;un tableur</source>
        <translation>&amp;Take the members, people and mandates from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="38"/>
        <source>Un tableur Excel (.xlsx) ou CSV : son aperçu s&apos;affiche, et rien n&apos;est créé avant « Importer ». Le modèle à remplir s&apos;enregistre depuis cet aperçu.</source>
        <translation>An Excel (.xlsx) or CSV spreadsheet: its preview is shown, and nothing is created before &quot;Import&quot;. The template to fill in is saved from that preview.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="64"/>
        <source>Modifier la personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="64"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="77"/>
        <source>conseillère régionale, sous-préfet…</source>
        <translation>regional councillor, sub-prefect…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="79"/>
        <source>&amp;Civilité</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="80"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="81"/>
        <source>N&amp;om</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="82"/>
        <source>&amp;Fonction</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board/dialogs.py" line="83"/>
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>Pointing</name>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="43"/>
        <source>(gardé sur ce poste : envoyé au serveur dès qu&apos;il répondra)</source>
        <translation>(kept on this computer: sent to the server as soon as it answers)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="53"/>
        <source>« {typed} » désigne plusieurs personnes : {names}.</source>
        <translation>“{typed}” matches several people: {names}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="57"/>
        <source>« {typed} » ne désigne personne de la liste.</source>
        <translation>“{typed}” matches nobody on the list.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="66"/>
        <source>à l&apos;ouverture</source>
        <translation>at the opening</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="67"/>
        <source>à {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="90"/>
        <source>Appel : {n} personne(s) notée(s) présente(s) {when}.</source>
        <translation>Roll call: {n} person(s) marked present {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="98"/>
        <source>Invité·e ajouté·e : {name}, présent·e {when}.</source>
        <translation>Guest added: {name}, present {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="138"/>
        <source>Pouvoir de {name} à {holder} {when}.</source>
        <translation>Proxy of {name} to {holder} {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="143"/>
        <source>Fin du pouvoir de {name} {when}.</source>
        <translation>Proxy of {name} ended {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="151"/>
        <source>{name} : {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="157"/>
        <source>{name} n&apos;est plus pointé·e.</source>
        <translation>{name} is no longer marked present.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="160"/>
        <source>Départ de {name} {when}.</source>
        <translation>{name} left {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="166"/>
        <source>Retour de {name} {when}.</source>
        <translation>{name} came back {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="168"/>
        <source>Arrivée de {name} {when}.</source>
        <translation>{name} arrived {when}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="25"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="32"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="35"/>
        <source>Fichier de données</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="40"/>
        <source>Pour utiliser un autre fichier : irev-desktop --db FICHIER, ou la variable IREV_DESKTOP_DB.</source>
        <translation>To use another file: irev-desktop --db FILE, or the IREV_DESKTOP_DB variable.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="50"/>
        <source>Sauvegardes automatiques</source>
        <translation>Automatic backups</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="87"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>QuorumBasis</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="47"/>
        <source>droits statutaires</source>
        <translation>statutory rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="48"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="32"/>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="62"/>
        <source>Registre des délibérations</source>
        <translation>Register of deliberations</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="37"/>
        <source>&amp;Instance</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="41"/>
        <source>&amp;Année</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="66"/>
        <source>Aucune séance.</source>
        <translation>No meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="80"/>
        <source>Enregistrer le registre</source>
        <translation>Save the register</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="82"/>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="89"/>
        <source>Écriture du registre…</source>
        <translation>Writing the register…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="106"/>
        <source>Registre écrit</source>
        <translation>Register written</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_dialog.py" line="107"/>
        <source>Le registre a été écrit :
{path}

L&apos;ouvrir maintenant ?</source>
        <translation>The register was written:
{path}

Open it now?</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="150"/>
        <location filename="../../irev_desktop/ui/register_import.py" line="270"/>
        <location filename="../../irev_desktop/ui/register_import.py" line="279"/>
        <location filename="../../irev_desktop/ui/register_import.py" line="413"/>
        <source>Importer un tableur</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="156"/>
        <source>Un tableur Excel (.xlsx) ou CSV, une ligne par mandat : membre, collège, droits statutaires, civilité, prénom, nom, courriel, fonction, instance, rôle, titulaire ou suppléant, début et fin du mandat. Rien n&apos;est écrit avant « Importer ».</source>
        <translation>An Excel (.xlsx) or CSV spreadsheet, one row per mandate: member, college, statutory rights, title, first name, last name, e-mail, position, body, role, titular or deputy, start and end of the mandate. Nothing is written before &quot;Import&quot;.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="164"/>
        <source>Organisation créée avec le tableur : {name} ({short}).</source>
        <translation>Organisation created with the spreadsheet: {name} ({short}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="176"/>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="177"/>
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="178"/>
        <source>&amp;Relire</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="179"/>
        <source>Relire le fichier après l&apos;avoir corrigé</source>
        <translation>Read the file again after correcting it</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="180"/>
        <source>Enregistrer le &amp;modèle…</source>
        <translation>Save the &amp;template…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="182"/>
        <source>Un tableur à remplir, avec l&apos;exemple de l&apos;IREV et une feuille d&apos;instructions</source>
        <translation>A spreadsheet to fill in, with the IREV&apos;s example and a sheet of instructions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="225"/>
        <location filename="../../irev_desktop/ui/register_import.py" line="303"/>
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="237"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="255"/>
        <source>Choisir un tableur</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="256"/>
        <source>Tableurs (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="270"/>
        <source>Lecture du tableur…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="301"/>
        <source>Choisissez un tableur, ou enregistrez le modèle.</source>
        <translation>Choose a spreadsheet, or save the template.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="313"/>
        <source>Remarque : {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="316"/>
        <source>&amp;Erreurs ({count})</source>
        <translation>&amp;Errors ({count})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="320"/>
        <source>{count} erreur(s) : rien ne peut être importé. Corrigez le fichier, puis « Relire ».</source>
        <translation>{count} error(s): nothing can be imported. Correct the file, then &quot;Read again&quot;.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="326"/>
        <source>La base est en lecture seule : rien à importer.</source>
        <translation>The database is read-only: nothing to import.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="330"/>
        <source>Aucune erreur : « Importer » écrit tout en une seule fois.</source>
        <translation>No error: &quot;Import&quot; writes everything at once.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="338"/>
        <source>« {file} » : aucune ligne lue.</source>
        <translation>&quot;{file}&quot;: no row read.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="340"/>
        <source>{rows} ligne(s) lue(s) dans « {file} ». À créer : {members} membre(s), {people} personne(s), {mandates} mandat(s).</source>
        <translation>{rows} row(s) read in &quot;{file}&quot;. To create: {members} member(s), {people} person(s), {mandates} mandate(s).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="351"/>
        <source>Instances créées : {bodies}.</source>
        <translation>Bodies created: {bodies}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="357"/>
        <source>Déjà au registre, laissés tels quels : {members} membre(s), {people} personne(s), {mandates} mandat(s).</source>
        <translation>Already in the register, left as they are: {members} member(s), {people} person(s), {mandates} mandate(s).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="379"/>
        <location filename="../../irev_desktop/ui/register_import.py" line="387"/>
        <source>Enregistrer le modèle</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="381"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="394"/>
        <source>Le modèle n&apos;a pas pu être écrit : {reason}</source>
        <translation>The template could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="403"/>
        <source>Modèle écrit :
{path}

Remplissez sa feuille « Registre » (les lignes d&apos;exemple sont celles de l&apos;IREV), puis choisissez-le ici.</source>
        <translation>Template written:
{path}

Fill in its &quot;Registre&quot; sheet (the example rows are the IREV&apos;s), then choose it here.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/register_import.py" line="414"/>
        <source>Import du registre…</source>
        <translation>Importing the register…</translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="55"/>
        <source>Présences d&apos;après le rapport de visioconférence</source>
        <translation>Attendance from the videoconference report</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="64"/>
        <source>Ignorer les connexions de moins de</source>
        <translation>Ignore joins shorter than</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="68"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="78"/>
        <source>Dans le rapport</source>
        <translation>In the report</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="79"/>
        <source>Connexions retenues</source>
        <translation>Joins kept</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="80"/>
        <source>Personne du registre</source>
        <translation>Person of the register</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="81"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="98"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="114"/>
        <source>Rapport {kind} : {count} participants. Les correspondances sûres (même courriel, ou nom à {score}/100 au moins) sont choisies ; vérifiez les autres. Les personnes de la liste absentes du rapport ne changent pas.</source>
        <translation>{kind} report: {count} participants. Sure matches (the same e-mail, or a name scoring at least {score}/100) are chosen; check the others. People of the list who are not in the report do not change.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="124"/>
        <source>aucune connexion retenue</source>
        <translation>no join kept</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="126"/>
        <source>({count} courte(s) ignorée(s))</source>
        <translation>({count} short one(s) ignored)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="134"/>
        <source>— rien à enregistrer —</source>
        <translation>— nothing to record —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="150"/>
        <source>courriel</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="154"/>
        <source>— Ne pas importer —</source>
        <translation>— Do not import —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="155"/>
        <source>Ajouter comme invité·e</source>
        <translation>Add as a guest</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="223"/>
        <source>À enregistrer : {people} personne(s) du registre, {guests} invité·e(s) ; {left} participant(s) laissé(s) de côté.</source>
        <translation>To record: {people} person(s) of the register, {guests} guest(s); {left} participant(s) left out.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="234"/>
        <source>Rapport de visioconférence</source>
        <translation>Videoconference report</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="238"/>
        <source>Rapports de présence (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Attendance reports (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Representation</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="28"/>
        <source>titulaire</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="29"/>
        <source>suppléant·e</source>
        <translation>substitute</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="21"/>
        <source>président·e</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="22"/>
        <source>vice-président·e</source>
        <translation>vice-chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="23"/>
        <source>trésorier·ère</source>
        <translation>treasurer</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="24"/>
        <source>secrétaire</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="25"/>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="26"/>
        <source>commissaire du Gouvernement</source>
        <translation>Government commissioner</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="27"/>
        <source>invité·e</source>
        <translation>guest</translation>
    </message>
</context>
<context>
    <name>RowConflict</name>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="38"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="39"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="40"/>
        <source>Heure prévue</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="41"/>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="42"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="43"/>
        <source>Lien de visioconférence</source>
        <translation>Videoconference link</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="44"/>
        <source>Présidence de séance</source>
        <translation>Chair of the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="45"/>
        <source>Secrétaire de séance</source>
        <translation>Secretary of the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="46"/>
        <source>Convoquée le</source>
        <translation>Convened on</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="47"/>
        <source>Nature du point</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="48"/>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="49"/>
        <source>Durée prévue (min)</source>
        <translation>Planned duration (min)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="50"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="51"/>
        <source>Collège</source>
        <translation>College</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="52"/>
        <source>Droits statutaires</source>
        <translation>Statutory rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="53"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="54"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="55"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="56"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="57"/>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="58"/>
        <source>Quorum calculé sur</source>
        <translation>Quorum counted on</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="59"/>
        <source>Quorum (numérateur)</source>
        <translation>Quorum (numerator)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="60"/>
        <source>Quorum (dénominateur)</source>
        <translation>Quorum (denominator)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="61"/>
        <source>Pondération des voix</source>
        <translation>Vote weighting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="62"/>
        <source>Majorité</source>
        <translation>Majority</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="63"/>
        <source>Pouvoirs par personne</source>
        <translation>Proxies per person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="66"/>
        <source>Délai de convocation (jours)</source>
        <translation>Notice period (days)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="67"/>
        <source>Délai en cas d&apos;urgence (jours)</source>
        <translation>Urgent notice period (days)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="70"/>
        <source>Voix prépondérante de la présidence</source>
        <translation>Chair&apos;s casting vote</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="73"/>
        <source>Fonction dans l&apos;instance</source>
        <translation>Role in the body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="74"/>
        <source>Titulaire ou suppléant</source>
        <translation>Titular or deputy</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="75"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="76"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="77"/>
        <source>Membre représenté</source>
        <translation>Member represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="78"/>
        <source>Historique de présence</source>
        <translation>Attendance history</translation>
    </message>
</context>
<context>
    <name>RowConflictDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="86"/>
        <source>Modifié par une autre personne</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="93"/>
        <source>Voici les valeurs qui diffèrent. Gardez les vôtres pour les enregistrer à la place des siennes, ou reprenez celles qui sont enregistrées.</source>
        <translation>Here are the values that differ. Keep yours to save them in place of theirs, or take back the stored ones.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="102"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="102"/>
        <source>Votre valeur</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="102"/>
        <source>Valeur enregistrée</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="115"/>
        <source>Garder &amp;mes valeurs</source>
        <translation>Keep &amp;my values</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/row_conflict.py" line="116"/>
        <source>&amp;Reprendre les valeurs enregistrées</source>
        <translation>&amp;Take the stored values</translation>
    </message>
</context>
<context>
    <name>SeanceWindow</name>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="330"/>
        <source>Mode séance — {title}</source>
        <translation>Live meeting mode — {title}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="362"/>
        <source>Action (Ctrl+Maj+A) : @Nom : ce qu&apos;il faut faire, échéance — puis Entrée</source>
        <translation>Action (Ctrl+Shift+A): @Name: what needs doing, due date — then Enter</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="364"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="365"/>
        <source>Présences (Ctrl+P : pointer)</source>
        <translation>Attendance (Ctrl+P: check in)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="342"/>
        <source>Vote (F9)</source>
        <translation>Vote (F9)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="83"/>
        <source>pointer : Nom (arrivée/départ) · * (tous présents) · Nom : e (excusé) · Nom : a (absent) · Nom &gt; Mandataire (pouvoir) · Nom &gt; (fin) · +Nom, qualité (invité)</source>
        <translation>attendance: Name (arrival/departure) · * (all present) · Name : e (excused) · Name : a (absent) · Name &gt; Holder (proxy) · Name &gt; (end) · +Name, capacity (guest)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="90"/>
        <source>annuler le dernier acte</source>
        <translation>undo the last act</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="334"/>
        <source>Ouvrir (F6)</source>
        <translation>Open (F6)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="71"/>
        <source>point suivant</source>
        <translation>next item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="70"/>
        <source>Ctrl+PgSuiv</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="75"/>
        <source>Ctrl+PgPréc</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="76"/>
        <source>point précédent</source>
        <translation>previous item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="78"/>
        <source>insérer l&apos;heure</source>
        <translation>insert the time</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="79"/>
        <source>nom d&apos;un participant</source>
        <translation>a participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="91"/>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="94"/>
        <source>Ctrl+Maj+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="95"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="99"/>
        <source>Ctrl+Maj+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="100"/>
        <source>présences d&apos;un rapport de visioconférence</source>
        <translation>attendance from a videoconference report</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="102"/>
        <source>ouvrir la séance</source>
        <translation>open the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="105"/>
        <source>Maj+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="106"/>
        <source>clore la séance</source>
        <translation>close the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="108"/>
        <source>enregistrer</source>
        <translation>save</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="111"/>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="112"/>
        <source>fermer la liste ou la ligne en cours</source>
        <translation>close the open list or line</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="116"/>
        <source>Ctrl+Maj+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="117"/>
        <source>quitter le mode séance</source>
        <translation>leave live meeting mode</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="188"/>
        <source>Des notes qui n&apos;avaient pas pu être enregistrées sont gardées en copie de secours : {files}. Reprenez-en le texte, puis supprimez ces fichiers.</source>
        <translation>Notes that could not be saved are kept in emergency copies: {files}. Take the text back from them, then delete these files.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="335"/>
        <source>Ouvrir la séance : l&apos;heure de début est notée</source>
        <translation>Open the meeting: the start time is recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="339"/>
        <source>Clore (Maj+F6)</source>
        <translation>Close (Shift+F6)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="340"/>
        <source>Clore la séance : l&apos;heure de fin est notée</source>
        <translation>Close the meeting: the end time is recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="350"/>
        <source>Premier plan</source>
        <translation>On top</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="351"/>
        <source>Garder cette fenêtre au-dessus de la visioconférence</source>
        <translation>Keep this window above the video conference</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="355"/>
        <source>Quitter (Ctrl+Maj+Q)</source>
        <translation>Leave (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="356"/>
        <source>Quitter le mode séance : tout est enregistré</source>
        <translation>Leave live meeting mode: everything is saved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="367"/>
        <source>Nom : arrivée/départ · * : tous présents · Nom : e · Nom &gt; Mandataire</source>
        <translation>Name: arrival/departure · *: all present · Name : e · Name &gt; Holder</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="629"/>
        <source>Les notes de ce point ne sont pas enregistrées : le point reste affiché tant qu&apos;elles ne le sont pas.</source>
        <translation>The notes of this item are not saved: the item stays on screen until they are.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="679"/>
        <source>Séance ouverte à {time}.</source>
        <translation>Meeting opened at {time}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="706"/>
        <source>Séance close à {time}.</source>
        <translation>Meeting closed at {time}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="720"/>
        <source>Le procès-verbal de cette séance est signé : rien ne peut y être noté.</source>
        <translation>The minutes of this meeting are signed: nothing can be recorded in it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="732"/>
        <source>Cette séance a été close à {time}. Noter quand même ce changement, à {now} ?</source>
        <translation>This meeting was closed at {time}. Record this change anyway, at {now}?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="736"/>
        <source>Le procès-verbal de cette séance est déjà rédigé. Noter quand même ce changement ?</source>
        <translation>The minutes of this meeting are already drafted. Record this change anyway?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="740"/>
        <source>Séance close</source>
        <translation>Meeting closed</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="763"/>
        <source>L&apos;opération a échoué ({error}) ; rien n&apos;a été modifié.</source>
        <translation>The operation failed ({error}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="820"/>
        <source>Une autre personne avait modifié les notes de ce point : votre texte est gardé, le sien est dans l&apos;historique du point (page de la séance).</source>
        <translation>Someone else had changed the notes of this item: your text is kept, theirs is in the item&apos;s history (meeting page).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="846"/>
        <source>Le serveur ne répond pas : {count} acte(s) gardé(s) sur ce poste, envoyé(s) dès qu&apos;il répondra. La séance continue.</source>
        <translation>The server does not answer: {count} act(s) kept on this computer, sent as soon as it answers. The meeting goes on.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="892"/>
        <source>Le serveur a refusé des actes gardés sur ce poste : {reasons}</source>
        <translation>The server refused acts kept on this computer: {reasons}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="899"/>
        <source>Le serveur répond : les actes gardés sur ce poste lui ont été envoyés.</source>
        <translation>The server answers: the acts kept on this computer have been sent to it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="918"/>
        <source>(Ctrl+Z : annuler)</source>
        <translation>(Ctrl+Z: undo)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="939"/>
        <source>Annulé : {act}</source>
        <translation>Undone: {act}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="980"/>
        <source>Le vote demande de savoir qui est là : il s&apos;ouvre dès que le serveur répond. Les notes continuent.</source>
        <translation>A vote needs to know who is there: it opens as soon as the server answers. The notes go on.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1023"/>
        <source>Vote « {title} » gardé sur ce poste : il sera enregistré dès que le serveur répondra.</source>
        <translation>Vote “{title}” kept on this computer: it will be recorded as soon as the server answers.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1034"/>
        <source>Délibération n° {number} {result}.</source>
        <translation>Resolution no. {number} {result}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1054"/>
        <source>Des actes de séance sont encore gardés sur ce poste : importez le rapport quand ils seront partis au serveur.</source>
        <translation>Séance acts are still kept on this computer: import the report once they have gone to the server.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1088"/>
        <source>, pour le {date}</source>
        <translation>, due {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1094"/>
        <source>Action ajoutée : {what}{due}.</source>
        <translation>Action added: {what}{due}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1124"/>
        <source>Actes gardés sur ce poste</source>
        <translation>Acts kept on this computer</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1126"/>
        <source>{count} acte(s) de la séance n&apos;ont pas encore atteint le serveur. Ils sont gardés sur ce poste et partiront à la prochaine ouverture du mode séance sur ce poste. Fermer quand même ?</source>
        <translation>{count} act(s) of the meeting have not reached the server yet. They are kept on this computer and will be sent the next time meeting mode opens on this computer. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1135"/>
        <source>Notes non enregistrées</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="1137"/>
        <source>Les dernières notes n&apos;ont pas pu être enregistrées ({state}). Fermer quand même et les perdre ?</source>
        <translation>The latest notes could not be saved ({state}). Close anyway and lose them?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="475"/>
        <source> ({n} min)</source>
        <translation> ({n} min)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="345"/>
        <source>Annuler (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="346"/>
        <source>Annuler le dernier acte de séance</source>
        <translation>Undo the last act of the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="496"/>
        <source>pouvoir à {holder}</source>
        <translation>proxy to {holder}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="500"/>
        <source>parti·e à {time}</source>
        <translation>left at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="504"/>
        <source>revenu·e à {time}</source>
        <translation>back at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="506"/>
        <source>arrivé·e à {time}</source>
        <translation>arrived at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="530"/>
        <source>Séance non ouverte — quorum à l&apos;ouverture : {counted} sur {total} (requis {required}), atteint</source>
        <translation>Meeting not opened — quorum at the opening: {counted} of {total} (required {required}), reached</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="535"/>
        <source>Séance non ouverte — quorum à l&apos;ouverture : {counted} sur {total} (requis {required}), pas encore atteint</source>
        <translation>Meeting not opened — quorum at the opening: {counted} of {total} (required {required}), not reached yet</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="540"/>
        <source>Quorum atteint : {counted} sur {total} (requis {required})</source>
        <translation>Quorum reached: {counted} of {total} (required {required})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="542"/>
        <source>QUORUM NON ATTEINT : {counted} sur {total} (requis {required})</source>
        <translation>QUORUM NOT REACHED: {counted} of {total} (required {required})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="562"/>
        <source>Séance non ouverte</source>
        <translation>Meeting not opened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="568"/>
        <source>Séance close : {elapsed}</source>
        <translation>Meeting closed: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="570"/>
        <source>Séance : {elapsed}</source>
        <translation>Meeting: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="583"/>
        <source>{elapsed} / {planned} min</source>
        <translation>{elapsed} / {planned} min</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="588"/>
        <source> — en retard de {n} min</source>
        <translation> — {n} min over</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="689"/>
        <source>Clore la séance</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="690"/>
        <source>Clore la séance à {time} ? Le procès-verbal passera en projet.</source>
        <translation>Close the meeting at {time}? The minutes will become a draft.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="65"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="70"/>
        <source>Toutes les instances</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="74"/>
        <source>Partout</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="87"/>
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="88"/>
        <source>Dans</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="89"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="90"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="122"/>
        <source>Tapez un ou plusieurs mots.</source>
        <translation>Type one or more words.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../irev_desktop/ui/pages/search.py" line="136"/>
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="134"/>
        <source>Se connecter à un serveur</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="140"/>
        <source>La base partagée de l&apos;équipe, sur un serveur PostgreSQL. Demandez ces informations à la personne qui l&apos;administre.</source>
        <translation>The team&apos;s shared database, on a PostgreSQL server. Ask the person who administers it for these details.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="147"/>
        <source>serveur.exemple.fr ou 192.168.1.10</source>
        <translation>server.example.org or 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="154"/>
        <source>votre identifiant</source>
        <translation>your login</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="157"/>
        <source>&amp;Serveur</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="158"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="159"/>
        <source>&amp;Base</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="160"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="161"/>
        <source>&amp;Mot de passe</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="162"/>
        <source>&amp;Retenir le mot de passe dans le trousseau du système</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="178"/>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="181"/>
        <source>Se &amp;connecter</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="186"/>
        <source>Ouvrir la base de cet &amp;ordinateur</source>
        <translation>Open this c&amp;omputer&apos;s database</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="230"/>
        <source>Aucun trousseau du système n&apos;est disponible sur ce poste : le mot de passe ne peut pas être retenu, il sera redemandé au prochain démarrage.</source>
        <translation>No system keyring is available on this computer: the password cannot be remembered and will be asked for again at the next start.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="262"/>
        <source>Indiquez le serveur : son nom ou son adresse.</source>
        <translation>Enter the server: its name or its address.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="267"/>
        <source>Le serveur s&apos;écrit sans espace, ni « / » ni « @ » : son nom (serveur.exemple.fr) ou son adresse (192.168.1.10).</source>
        <translation>The server is written without spaces, “/” or “@”: its name (server.example.org) or its address (192.168.1.10).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="274"/>
        <source>Le port est un nombre entre 1 et 65535 (5432 le plus souvent).</source>
        <translation>The port is a number between 1 and 65535 (most often 5432).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="277"/>
        <source>Indiquez le nom de la base.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="279"/>
        <source>Indiquez votre identifiant sur le serveur.</source>
        <translation>Enter your login on the server.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="344"/>
        <source>Connexion à {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="365"/>
        <source>La connexion a échoué de façon inattendue.</source>
        <translation>The connection failed unexpectedly.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="370"/>
        <source>Connexion réussie : le serveur répond et vous accepte.</source>
        <translation>Connection successful: the server answers and accepts you.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="385"/>
        <source>Le choix du serveur n&apos;a pas pu être enregistré ({reason}).</source>
        <translation>The choice of server could not be saved ({reason}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="400"/>
        <source>Le choix du serveur n&apos;a pas pu être oublié ({reason}).</source>
        <translation>The choice of server could not be forgotten ({reason}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/server_dialog.py" line="429"/>
        <source>La base {server} n&apos;a pas pu être ouverte : corrigez la connexion, ou ouvrez la base de cet ordinateur.</source>
        <translation>The database {server} could not be opened: correct the connection, or open this computer&apos;s database.</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="81"/>
        <source>Clé de signature des procès-verbaux</source>
        <translation>Signing key of the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="91"/>
        <source>Dossier des clés de ce poste : {folder}</source>
        <translation>This computer&apos;s key folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="99"/>
        <source>&amp;Créer une nouvelle clé…</source>
        <translation>&amp;Create a new key…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="101"/>
        <source>&amp;Importer une clé…</source>
        <translation>&amp;Import a key…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="120"/>
        <source>Nouvelle clé de signature</source>
        <translation>New signing key</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="124"/>
        <source>La clé {fingerprint} sera mise hors service : les sceaux qu&apos;elle a signés restent vérifiables. </source>
        <translation>The key {fingerprint} will be retired: the seals it signed remain verifiable. </translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="135"/>
        <source>Les prochains procès-verbaux ne pourront être signés que depuis un poste qui garde la nouvelle clé. Créer la clé ?</source>
        <translation>From now on, minutes can only be signed from a computer that keeps the new key. Create the key?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="141"/>
        <source>Le trousseau du système (sans phrase à saisir)</source>
        <translation>The system keyring (no passphrase to type)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="142"/>
        <source>Une phrase secrète, demandée à chaque signature</source>
        <translation>A passphrase, asked at every signature</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="148"/>
        <source>Protéger la clé privée par :</source>
        <translation>Protect the private key with:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="156"/>
        <source>Phrase secrète (10 caractères au moins) :</source>
        <translation>Passphrase (at least 10 characters):</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="160"/>
        <source>La même phrase, encore une fois :</source>
        <translation>The same passphrase, once more:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="164"/>
        <source>Les deux phrases secrètes saisies diffèrent.</source>
        <translation>The two passphrases typed differ.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="172"/>
        <source>Clé de signature créée : empreinte {fingerprint}. Elle sera imprimée sur chaque procès-verbal signé. Gardez une copie du dossier des clés : sans elle, aucun autre poste ne peut signer.</source>
        <translation>Signing key created: fingerprint {fingerprint}. It will be printed on every signed set of minutes. Keep a copy of the key folder: without it, no other computer can sign.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="181"/>
        <source>Importer une clé de signature</source>
        <translation>Import a signing key</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="182"/>
        <source>Clé de signature (*.pem)</source>
        <translation>Signing key (*.pem)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="185"/>
        <source>Phrase secrète de la clé :</source>
        <translation>The key&apos;s passphrase:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/signing.py" line="193"/>
        <source>La clé {fingerprint} est gardée sur ce poste.</source>
        <translation>The key {fingerprint} is kept on this computer.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="48"/>
        <source>Retrait du point « {title} »</source>
        <translation>Remove item ‘{title}’</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="64"/>
        <source>Déplacement du point « {title} »</source>
        <translation>Move item ‘{title}’</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="109"/>
        <source>Retrait de {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="128"/>
        <source>Historique de présence de {name}</source>
        <translation>Attendance history of {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/report_import.py" line="263"/>
        <source>Présences du rapport de visioconférence</source>
        <translation>Attendance from the videoconference report</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorHandler</name>
    <message>
        <location filename="../../irev_desktop/ui/errors.py" line="65"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/errors.py" line="66"/>
        <source>Une erreur inattendue s&apos;est produite ; le programme continue. Les détails ont été enregistrés dans {log}.</source>
        <translation>An unexpected error occurred; the program carries on. The details have been recorded in {log}.</translation>
    </message>
</context>
<context>
    <name>VoteChoice</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="55"/>
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="56"/>
        <source>contre</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="57"/>
        <source>abstention</source>
        <translation>abstention</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="58"/>
        <source>ne prend pas part au vote</source>
        <translation>does not take part in the vote</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="142"/>
        <source>Délibération n° {number}</source>
        <translation>Resolution no. {number}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="152"/>
        <source>L&apos;Assemblée, après en avoir délibéré, …</source>
        <translation>The Assembly, having deliberated, …</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="153"/>
        <source>À l&apos;&amp;unanimité des présents et représentés</source>
        <translation>&amp;Unanimous among those present and represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="166"/>
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="167"/>
        <source>contre</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="168"/>
        <source>abstention</source>
        <translation>abstention</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="171"/>
        <source>&amp;Point</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="172"/>
        <source>In&amp;titulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="173"/>
        <source>Te&amp;xte</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="175"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="175"/>
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="175"/>
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="175"/>
        <source>NPPV</source>
        <translation>Not voting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="180"/>
        <source>Voix</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="186"/>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="187"/>
        <source>Vote du président</source>
        <translation>Chair’s vote</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="165"/>
        <source>Vote — délibération n° {number}</source>
        <translation>Vote — resolution no. {number}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="414"/>
        <source>Quorum atteint à {time} : {n} votant(s) présent(s) ou représenté(s).</source>
        <translation>Quorum reached at {time}: {n} voter(s) present or represented.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="180"/>
        <source>L&apos;Assemblée, après en avoir délibéré, …</source>
        <translation>The Assembly, having deliberated, …</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="186"/>
        <source>contre @Caron, abstention @Benali — les autres votent pour</source>
        <translation>contre @Caron, abstention @Benali — everyone else votes for</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="193"/>
        <source>In&amp;titulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="194"/>
        <source>Te&amp;xte</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="195"/>
        <source>&amp;Exceptions</source>
        <translation>&amp;Exceptions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="202"/>
        <source>Votant</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="202"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="202"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="202"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="211"/>
        <source> (pouvoir à {holder})</source>
        <translation> (proxy to {holder})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="222"/>
        <source>&amp;Votants</source>
        <translation>&amp;Voters</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="228"/>
        <source>P pour · C contre · A abstention · N ne prend pas part · un numéro : aller au votant · Ctrl+U : tous pour · Ctrl+Entrée : enregistrer · Échap : annuler</source>
        <translation>P for · C against · A abstention · N not taking part · a number: go to that voter · Ctrl+U: all for · Ctrl+Enter: record · Esc: cancel</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="243"/>
        <source>Tous « pour » — unanimité (Ctrl+U)</source>
        <translation>All ‘for’ — unanimous (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="248"/>
        <source>Enregistrer le vote (Ctrl+Entrée)</source>
        <translation>Record the vote (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="397"/>
        <source>Séance non ouverte : ouvrez-la (F6) avant de voter ; le vote ne peut être enregistré.</source>
        <translation>Meeting not opened: open it (F6) before voting; the vote cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="402"/>
        <source>QUORUM NON ATTEINT à {time} : {counted} sur {required} requis. L&apos;instance ne peut pas délibérer valablement ; le vote ne peut être enregistré.</source>
        <translation>QUORUM NOT REACHED at {time}: {counted} of {required} required. The body cannot validly deliberate; the vote cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="411"/>
        <source>Personne ne peut voter à {time} : le vote ne peut être enregistré.</source>
        <translation>Nobody can vote at {time}: the vote cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="420"/>
        <source>Personne ne peut voter à cet instant.</source>
        <translation>Nobody can vote at the moment.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="427"/>
        <source>Voix : {f} pour, {a} contre, {s} abstention(s), {p} ne prenant pas part</source>
        <translation>Votes: {f} for, {a} against, {s} abstention(s), {p} not taking part</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="438"/>
        <source>Droits : {f} pour, {a} contre, {s} abstention(s)</source>
        <translation>Rights: {f} for, {a} against, {s} abstention(s)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="443"/>
        <source>Résultat : —</source>
        <translation>Result: —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="459"/>
        <source> à l&apos;unanimité</source>
        <translation> unanimously</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="461"/>
        <source> (voix prépondérante du président)</source>
        <translation> (chair’s casting vote)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="462"/>
        <source>Résultat : délibération {result}</source>
        <translation>Result: resolution {result}</translation>
    </message>
</context>
<context>
    <name>VoteResult</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="59"/>
        <source>adoptée</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="60"/>
        <source>rejetée</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>Weighting</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="49"/>
        <source>pondéré par les droits statutaires</source>
        <translation>weighted by statutory rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="50"/>
        <source>un membre, une voix</source>
        <translation>one member, one vote</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="62"/>
        <source>Bienvenue dans IREV Desktop</source>
        <translation>Welcome to IREV Desktop</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="68"/>
        <source>Le registre de vos instances : membres, mandats, séances, présences et quorum, délibérations et procès-verbaux — hors ligne.
Pour commencer, ouvrez l&apos;exemple ou créez votre organisation.</source>
        <translation>The register of your bodies: members, appointments, meetings, attendance and quorum, resolutions and minutes — offline.
To get started, open the example or create your organisation.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="77"/>
        <source>Ouvrir l&apos;exemple : l&apos;assemblée générale de l&apos;IREV du 8 mars 2021</source>
        <translation>Open the example: the IREV general assembly of 8 March 2021</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="79"/>
        <source>Créer mon organisation…</source>
        <translation>Create my organisation…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="91"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="105"/>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="138"/>
        <source>Créer mon organisation</source>
        <translation>Create my organisation</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="114"/>
        <source>Assemblée générale</source>
        <translation>General assembly</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="120"/>
        <source>Conseil d&apos;administration</source>
        <translation>Board of directors</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="139"/>
        <source>Le nom et le sigle de l&apos;organisation sont obligatoires.</source>
        <translation>The organisation&apos;s name and short name are required.</translation>
    </message>
</context>
</TS>
