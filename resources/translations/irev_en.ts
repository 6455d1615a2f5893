<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="221" />
        <source>Action à mener</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="225" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="228" />
        <source>&amp;Qui</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="229" />
        <source>&amp;Quoi</source>
        <translation>W&amp;hat</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="145" />
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="146" />
        <source>Fait / à faire</source>
        <translation>Done / to do</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="147" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_model.py" line="32" />
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="68" />
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="69" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="70" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="72" />
        <source>Monter le point (Alt+Haut)</source>
        <translation>Move item up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="74" />
        <source>Descendre le point (Alt+Bas)</source>
        <translation>Move item down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="95" />
        <source>Notes du point : l'essentiel des échanges…</source>
        <translation>Item notes: the gist of the discussion…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="102" />
        <source>Historique des notes…</source>
        <translation>Notes history…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/agenda_tab.py" line="209" />
        <source>Modifications en cours…</source>
        <translation>Unsaved changes…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="255" />
        <location filename="../../irev_desktop/ui/pages/archive.py" line="324" />
        <location filename="../../irev_desktop/ui/pages/archive.py" line="411" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="286" />
        <source>Ouvrir la séance</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="287" />
        <source>Ouvrir cette séance sur la page Séance</source>
        <translation>Open this meeting on the Meeting page</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="419" />
        <source>Procès-verbal signé : lecture seule.</source>
        <translation>Minutes signed: read-only.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="422" />
        <source>Procès-verbal non signé : modifiable sur la page Séance.</source>
        <translation>Minutes not signed: they can be edited on the Meeting page.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="433" />
        <source>Choisissez une séance dans l'arbre pour la lire en entier.</source>
        <translation>Choose a meeting in the tree to read it in full.</translation>
    </message>
</context>
<context>
    <name>ArchiveRender</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="97" />
        <source>Procès-verbal signé le {date} — lecture seule</source>
        <translation>Minutes signed on {date} — read-only</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="104" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="105" />
        <source>Horaires</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="106" />
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="108" />
        <source>Présidence</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="109" />
        <source>non renseignée</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="112" />
        <source>Secrétaire de séance</source>
        <translation>Minute secretary</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="113" />
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="168" />
        <source>non renseigné</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="115" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="140" />
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="341" />
        <source>de {start} à {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="144" />
        <source>ouverte à {start}</source>
        <translation>opened at {start}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="146" />
        <source>prévue à {time}</source>
        <translation>scheduled for {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="148" />
        <source>non renseignés</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="150" />
        <source>(prévue à {time})</source>
        <translation>(scheduled for {time})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="158" />
        <source>visioconférence</source>
        <translation>video conference</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="163" />
        <source>{place} et visioconférence</source>
        <translation>{place} and video conference</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="179" />
        <source>lien : {link}</source>
        <translation>link: {link}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="186" />
        <source>approuvé le {date}</source>
        <translation>approved on {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="194" />
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="198" />
        <source>Aucune présence enregistrée.</source>
        <translation>No attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="204" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="208" />
        <source>Représentés</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="213" />
        <source>pouvoir à {holder}</source>
        <translation>proxy to {holder}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="222" />
        <source>Excusés</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="226" />
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="230" />
        <source>Autres participants</source>
        <translation>In attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="234" />
        <source>Présence non pointée</source>
        <translation>Attendance not recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="256" />
        <source>(suppléant·e)</source>
        <translation>(substitute)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="262" />
        <source>arrivée à {time}</source>
        <translation>arrived at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="263" />
        <source>départ à {time}</source>
        <translation>left at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="264" />
        <source>retour à {time}</source>
        <translation>back at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="281" />
        <source>{counted} droits statutaires présents ou représentés sur {total} ; quorum requis : {fraction}, soit {required}</source>
        <translation>{counted} statutory rights present or represented out of {total}; quorum required: {fraction}, i.e. {required}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="287" />
        <source>{counted} membres présents ou représentés sur {total} ; quorum requis : {fraction}, soit {required}</source>
        <translation>{counted} members present or represented out of {total}; quorum required: {fraction}, i.e. {required}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="299" />
        <source>Le quorum étant atteint ({facts}), l'instance peut valablement délibérer.</source>
        <translation>The quorum having been reached ({facts}), the body may validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="304" />
        <source>Le quorum n'étant pas atteint ({facts}), l'instance ne peut valablement délibérer.</source>
        <translation>The quorum not having been reached ({facts}), the body cannot validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="313" />
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="320" />
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="322" />
        <source>Ordre du jour vide.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="329" />
        <source>Pas de notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="337" />
        <source>rapporteur : {name}</source>
        <translation>presented by {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="346" />
        <source>{n} min prévues</source>
        <translation>{n} min planned</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="355" />
        <source>Délibérations</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="358" />
        <source>Délibération n° {number}</source>
        <translation>Resolution no. {number}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="363" />
        <source>Point {n} de l'ordre du jour</source>
        <translation>Agenda item {n}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="375" />
        <source>Votes : pour {f}, contre {a}, abstentions {ab}, ne prenant pas part {n}</source>
        <translation>Votes: for {f}, against {a}, abstentions {ab}, not taking part {n}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="379" />
        <source>en droits statutaires : pour {f}, contre {a}, abstentions {ab}</source>
        <translation>in statutory rights: for {f}, against {a}, abstentions {ab}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="390" />
        <source>Adoptée à l'unanimité</source>
        <translation>Adopted unanimously</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="392" />
        <source>Adoptée</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="395" />
        <source>Rejetée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="397" />
        <source>la voix de la présidence étant prépondérante</source>
        <translation>with the chair’s casting vote</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="404" />
        <source>Actions à mener</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="414" />
        <source>échéance : {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="417" />
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="417" />
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="426" />
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="435" />
        <source>point {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="441" />
        <source>{n} octets</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="443" />
        <source>{n} ko</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive_render.py" line="444" />
        <source>{n} Mo</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>ArchiveTreeModel</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="63" />
        <source>1 séance</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="65" />
        <source>{count} séances</source>
        <translation>{count} meetings</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="72" />
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="73" />
        <source>convoquée</source>
        <translation>convened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="74" />
        <source>tenue</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="75" />
        <source>PV en projet</source>
        <translation>draft minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="76" />
        <source>PV approuvé</source>
        <translation>minutes approved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="77" />
        <source>PV signé</source>
        <translation>minutes signed</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="118" />
        <source>{year} — {count}</source>
        <translation>{year} — {count}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="129" />
        <source>{short} — {name} · {count}</source>
        <translation>{short} — {name} · {count}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="229" />
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="230" />
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/archive.py" line="231" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="183" />
        <source>Joindre des fichiers…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="184" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="185" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="189" />
        <source>Déposez des fichiers sur la page pour les joindre.</source>
        <translation>Drop files onto the page to attach them.</translation>
    </message>
</context>
<context>
    <name>AttendanceHistoryDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="53" />
        <source>Historique de {name}</source>
        <translation>History of {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="60" />
        <source>Une ligne par période : « 10:15 – 11:02 », « – 11:02 » depuis l'ouverture, « 10:15 – » jusqu'à la fin, « – » toute la séance.</source>
        <translation>One line per stretch: “10:15 – 11:02”, “– 11:02” from the opening, “10:15 –” to the close, “–” the whole meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="70" />
        <source>10:15 – 11:02
11:20 –</source>
        <translation>10:15 – 11:02
11:20 –</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="71" />
        <source>&amp;Présences</source>
        <translation>&amp;Presence</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="76" />
        <source>Buchaillat, 11:02 – 11:20</source>
        <translation>Buchaillat, 11:02 – 11:20</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="77" />
        <source>P&amp;ouvoirs</source>
        <translation>Pr&amp;oxies</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="80" />
        <source>Un pouvoir par ligne : le nom de la personne qui le détient, une virgule, la période ; le nom seul pour toute la séance.</source>
        <translation>One proxy per line: the holder's name, a comma, the stretch; the name alone for the whole meeting.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="109" />
        <source>Présences — {error}</source>
        <translation>Presence — {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history_dialog.py" line="117" />
        <source>Pouvoirs — {error}</source>
        <translation>Proxies — {error}</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="39" />
        <source>attendu·e</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="40" />
        <source>présent·e</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="41" />
        <source>excusé·e</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="42" />
        <source>absent·e</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="43" />
        <source>représenté·e</source>
        <translation>represented</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="37" />
        <source>représenté·e (pouvoir à {holder})</source>
        <translation>represented (proxy to {holder})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="63" />
        <source>pouvoir à {holder} de {start} à {end}</source>
        <translation>proxy to {holder} from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="65" />
        <source>pouvoir à {holder} à partir de {start}</source>
        <translation>proxy to {holder} from {start}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="67" />
        <source>pouvoir à {holder} jusqu'à {end}</source>
        <translation>proxy to {holder} until {end}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="69" />
        <source>pouvoir à {holder}</source>
        <translation>proxy to {holder}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="79" />
        <source>arrivée {time}</source>
        <translation>arrived {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="80" />
        <source>départ {time}</source>
        <translation>left {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="81" />
        <source>retour {time}</source>
        <translation>back {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="92" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="94" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="95" />
        <source>invité·e</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="97" />
        <source>Membre représenté</source>
        <translation>Member represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="98" />
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="99" />
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="109" />
        <source>droits</source>
        <translation>rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="111" />
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="115" />
        <source>Quorum atteint</source>
        <translation>Quorum reached</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="117" />
        <source>Quorum NON atteint</source>
        <translation>Quorum NOT reached</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="119" />
        <source>{state} : {counted} {unit} présents ou représentés sur {total} (requis : {required}, soit {fraction}) — {heads} présent(s), {proxies} pouvoir(s), {consultative} voix consultative(s)</source>
        <translation>{state}: {counted} {unit} present or represented out of {total} (required: {required}, i.e. {fraction}) — present: {heads}, proxies: {proxies}, non-voting: {consultative}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="179" />
        <source>Personne sélectionnée</source>
        <translation>Selected person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="181" />
        <source>&amp;Présent·e</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="182" />
        <source>E&amp;xcusé·e</source>
        <translation>E&amp;xcused</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="183" />
        <source>A&amp;bsent·e</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="187" />
        <source>Pouvoir donné à</source>
        <translation>Proxy given to</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="191" />
        <source>Donner le pou&amp;voir</source>
        <translation>&amp;Give proxy</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="195" />
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="197" />
        <source>Maintenant</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="199" />
        <source>Noter l'a&amp;rrivée</source>
        <translation>Record a&amp;rrival</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="200" />
        <source>Noter le &amp;départ</source>
        <translation>Record &amp;departure</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="203" />
        <source>Modifier l'&amp;historique…</source>
        <translation>Edit &amp;history…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="205" />
        <source>Corriger les arrivées, départs et pouvoirs de la personne (Ctrl+H)</source>
        <translation>Correct the person's arrivals, departures and proxies (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="208" />
        <source>Autre participant</source>
        <translation>Other participant</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="210" />
        <source>Choisir une personne…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="212" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/attendance_tab.py" line="214" />
        <source>Retirer de la liste</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="301" />
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="302" />
        <source>Collège</source>
        <translation>College</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="304" />
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="310" />
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="341" />
        <location filename="../../irev_desktop/ui/pages/board.py" line="370" />
        <location filename="../../irev_desktop/ui/pages/board.py" line="379" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="345" />
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="361" />
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="361" />
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="366" />
        <source>Membre représenté</source>
        <translation>Member represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="371" />
        <location filename="../../irev_desktop/ui/pages/board.py" line="380" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="374" />
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="383" />
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="385" />
        <source>en cours</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="419" />
        <source>Quorum : {fraction} des {basis} en fonction, présents ou représentés</source>
        <translation>Quorum: {fraction} of the {basis} in office, present or represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="427" />
        <source>Vote : {weighting} ; {majority}</source>
        <translation>Voting: {weighting}; {majority}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="430" />
        <source>Pouvoirs : {n} au plus par mandataire</source>
        <translation>Proxies: at most {n} per proxy holder</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="433" />
        <source>Convocation : {days} jours avant ({urgent} en cas d'urgence)</source>
        <translation>Notice: {days} days ({urgent} if urgent)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="439" />
        <source>Voix prépondérante de la présidence en cas de partage</source>
        <translation>The chair has a casting vote in the event of a tie</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="457" />
        <location filename="../../irev_desktop/ui/pages/board.py" line="660" />
        <location filename="../../irev_desktop/ui/pages/board.py" line="718" />
        <location filename="../../irev_desktop/ui/pages/board.py" line="733" />
        <source>Instances et bureau</source>
        <translation>Bodies and board</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="518" />
        <source>Membres du groupement</source>
        <translation>Members of the group</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="527" />
        <source>Ajouter un membre…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="528" />
        <source>Modifier le membre…</source>
        <translation>Edit member…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="547" />
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="554" />
        <source>Nouvelle personne…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="555" />
        <source>Modifier la personne…</source>
        <translation>Edit person…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="576" />
        <source>Aujourd'hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="577" />
        <source>&amp;Instance</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="579" />
        <source>&amp;Situation au</source>
        <translation>As &amp;of</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="593" />
        <source>En fonction</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="614" />
        <source>Historique des mandats</source>
        <translation>Appointment history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="616" />
        <source>Présidences seulement</source>
        <translation>Chairs only</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="627" />
        <source>Nouveau mandat…</source>
        <translation>New appointment…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="628" />
        <source>Terminer le mandat…</source>
        <translation>End appointment…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="629" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="677" />
        <source>{count} membre(s) — {total} droits statutaires au total</source>
        <translation>Members: {count} — {total} statutory rights in total</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="746" />
        <source>Aucune présidence au {date}</source>
        <translation>No chair on {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="749" />
        <source>Présidence au {date} : {name}</source>
        <translation>Chair on {date}: {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="756" />
        <source>Vice-présidence : {names}</source>
        <translation>Vice-chair: {names}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="844" />
        <source>Nouveau membre</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="859" />
        <source>Modifier le membre</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="873" />
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="891" />
        <source>Modifier la personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="918" />
        <source>Nouveau mandat</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="946" />
        <source>Terminer le mandat</source>
        <translation>End appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="962" />
        <source>Modifier le mandat</source>
        <translation>Edit appointment</translation>
    </message>
</context>
<context>
    <name>Civility</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="19" />
        <source>Monsieur</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="20" />
        <source>Madame</source>
        <translation>Ms</translation>
    </message>
</context>
<context>
    <name>DeliberationsTab</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="110" />
        <source>Enregistrer un vote…</source>
        <translation>Record a vote…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="111" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>EndMandateDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="273" />
        <source>Terminer le mandat</source>
        <translation>End appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="277" />
        <source>{name}, {role} depuis le {start}</source>
        <translation>{name}, {role} since {start}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="287" />
        <source>&amp;Dernier jour du mandat</source>
        <translation>&amp;Last day of appointment</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="22" />
        <source>&amp;Convocation…</source>
        <translation>&amp;Notice of meeting…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="23" />
        <source>&amp;Feuille d'émargement…</source>
        <translation>&amp;Attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="24" />
        <source>&amp;Procès-verbal…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="25" />
        <source>Compte &amp;rendu…</source>
        <translation>&amp;Summary report…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="26" />
        <source>Relevé de &amp;décisions…</source>
        <translation>Record of &amp;decisions…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="27" />
        <source>E&amp;xtrait du registre…</source>
        <translation>E&amp;xtract from the register…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="49" />
        <source>Papier à &amp;en-tête de l'organisation…</source>
        <translation>Organisation &amp;letterhead…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="51" />
        <source>Modèle &amp;intégré (A4)</source>
        <translation>&amp;Built-in template (A4)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="70" />
        <source>Papier à en-tête (document Word)</source>
        <translation>Letterhead (Word document)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="71" />
        <location filename="../../irev_desktop/ui/export_actions.py" line="114" />
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="83" />
        <location filename="../../irev_desktop/ui/export_actions.py" line="95" />
        <location filename="../../irev_desktop/ui/export_actions.py" line="121" />
        <location filename="../../irev_desktop/ui/export_actions.py" line="141" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="83" />
        <source>Ouvrez d'abord une séance.</source>
        <translation>Open a meeting first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="96" />
        <source>Cette séance n'a pas de délibération à extraire du registre.</source>
        <translation>This meeting has no resolution to extract from the register.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="101" />
        <source>Extrait du registre</source>
        <translation>Extract from the register</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="102" />
        <source>Délibération :</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="112" />
        <source>Enregistrer le document Word</source>
        <translation>Save the Word document</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="120" />
        <source>Écriture du document…</source>
        <translation>Writing the document…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="150" />
        <source>Document écrit</source>
        <translation>Document written</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/export_actions.py" line="151" />
        <source>Le document a été écrit :
{path}

L'ouvrir maintenant ?</source>
        <translation>The document has been written:
{path}

Open it now?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history.py" line="27" />
        <source>Historique des notes</source>
        <translation>Notes history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history.py" line="37" />
        <source>{date} à {time} — {n} caractères</source>
        <translation>{date} at {time} — {n} characters</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/history.py" line="51" />
        <source>Rétablir cette version</source>
        <translation>Restore this version</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="62" />
        <source>Point de l'ordre du jour</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="76" />
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="77" />
        <source>&amp;Nature</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="78" />
        <source>&amp;Rapporteur</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="79" />
        <source>&amp;Durée prévue</source>
        <translation>Planned &amp;duration</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="92" />
        <source>10:15</source>
        <translation>10:15</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="93" />
        <source>10:15, 10h15 ou vide</source>
        <translation>10:15, 10h15 or empty</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="94" />
        <source>Dé&amp;but</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="95" />
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="105" />
        <source>Début : {error}</source>
        <translation>Start: {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="109" />
        <source>Fin : {error}</source>
        <translation>End: {error}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="111" />
        <source>La fin du point précède son début.</source>
        <translation>The item ends before it starts.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="44" />
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="45" />
        <source>débat</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="46" />
        <source>délibération</source>
        <translation>resolution</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="108" />
        <source>Ouverture des données…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="120" />
        <source>Instances et bureau</source>
        <translation>Bodies and board</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="121" />
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="122" />
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="123" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="124" />
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="142" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="144" />
        <source>&amp;Nouvelle séance…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="147" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="149" />
        <source>&amp;Sauvegarder la base…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="151" />
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="153" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="161" />
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="162" />
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="163" />
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="172" />
        <source>&amp;Rechercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="176" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="185" />
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="188" />
        <source>&amp;Séance</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="189" />
        <source>&amp;Mode séance</source>
        <translation>&amp;Live meeting mode</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="192" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="193" />
        <source>À &amp;propos d'IREV Desktop</source>
        <translation>&amp;About IREV Desktop</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="200" />
        <source>Barre d'outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="210" />
        <source>Rechercher dans l'archive… (Ctrl+F)</source>
        <translation>Search the archive… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="278" />
        <source>Base en lecture seule : {reason}</source>
        <translation>Read-only store: {reason}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="397" />
        <source>Ouvrez d'abord une séance dans la liste.</source>
        <translation>Open a meeting from the list first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="435" />
        <source>Choisissez d'abord une séance.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="458" />
        <source>Mode séance</source>
        <translation>Live meeting mode</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="477" />
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="518" />
        <source>Sauvegarder la base</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="520" />
        <source>Base IREV (*.sqlite)</source>
        <translation>IREV database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="527" />
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="530" />
        <source>Sauvegarde écrite : {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="572" />
        <source>À propos d'IREV Desktop</source>
        <translation>About IREV Desktop</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/main_window.py" line="574" />
        <source>{name} {version}

Le registre des instances, séances, délibérations et procès-verbaux d'un groupement d'intérêt public, hors ligne.

Données : {path}</source>
        <translation>{name} {version}

The register of a public interest group’s bodies, meetings, resolutions and minutes, offline.

Data: {path}</translation>
    </message>
</context>
<context>
    <name>MajorityRule</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="51" />
        <source>majorité simple des suffrages exprimés</source>
        <translation>simple majority of votes cast</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="52" />
        <source>majorité absolue des voix des présents et représentés</source>
        <translation>absolute majority of the votes of those present and represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="53" />
        <source>majorité des deux tiers des suffrages exprimés</source>
        <translation>two-thirds majority of votes cast</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="54" />
        <source>unanimité des suffrages exprimés</source>
        <translation>unanimity of votes cast</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="171" />
        <source>Modifier le mandat</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="171" />
        <source>Nouveau mandat</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="175" />
        <source>Personne &amp;existante</source>
        <translation>&amp;Existing person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="176" />
        <source>&amp;Nouvelle personne</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="186" />
        <source>conseillère régionale, sous-préfet…</source>
        <translation>regional councillor, sub-prefect…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="193" />
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="194" />
        <source>N&amp;om</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="195" />
        <source>&amp;Fonction</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="206" />
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="212" />
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="221" />
        <source>Mandat terminé le</source>
        <translation>Appointment ended on</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="235" />
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="236" />
        <source>&amp;Membre représenté</source>
        <translation>Represented &amp;member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="237" />
        <source>&amp;Qualité</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="238" />
        <source>&amp;Début du mandat</source>
        <translation>&amp;Start of appointment</translation>
    </message>
</context>
<context>
    <name>MeetingFormDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="34" />
        <source>Modifier la séance</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="34" />
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="60" />
        <source>&amp;Instance</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="61" />
        <source>In&amp;titulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="62" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="63" />
        <source>&amp;Heure prévue</source>
        <translation>Planned t&amp;ime</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="64" />
        <source>&amp;Modalité</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="65" />
        <source>&amp;Lieu</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="66" />
        <source>Lien de &amp;visioconférence</source>
        <translation>Video &amp;link</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="67" />
        <source>&amp;Présidence</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="68" />
        <source>&amp;Secrétaire de séance</source>
        <translation>Minute &amp;secretary</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/meeting_form.py" line="77" />
        <source>Assemblée générale</source>
        <translation>General assembly</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="42" />
        <source>Modifier l'en-tête…</source>
        <translation>Edit header…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="65" />
        <source>horaire à préciser</source>
        <translation>time to be confirmed</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="68" />
        <source>Présidence : {chair} · Secrétaire de séance : {secretary}</source>
        <translation>Chair: {chair} · Minute secretary: {secretary}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="74" />
        <source>Procès-verbal approuvé le {date}</source>
        <translation>Minutes approved on {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="81" />
        <source>empreinte vérifiée</source>
        <translation>fingerprint verified</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="82" />
        <source>ALTÉRÉ depuis la signature</source>
        <translation>ALTERED since signing</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="86" />
        <source>Procès-verbal signé : la séance est en lecture seule ({seal}).</source>
        <translation>Minutes signed: the meeting is read-only ({seal}).</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="93" />
        <source>La base est ouverte par une autre instance : lecture seule.</source>
        <translation>The database is open in another copy of the program: read-only.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="106" />
        <source>Marquer convoquée</source>
        <translation>Mark as convened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="107" />
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="109" />
        <source>Marquer tenue</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="110" />
        <source>Rédiger le PV (projet)</source>
        <translation>Draft the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="112" />
        <source>PV approuvé…</source>
        <translation>Minutes approved…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="115" />
        <source>Revenir au projet</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/header.py" line="116" />
        <source>Signer et figer…</source>
        <translation>Sign and lock…</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="22" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="26" />
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="27" />
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/models/meetings.py" line="28" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="30" />
        <source>présentiel</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="31" />
        <source>visioconférence</source>
        <translation>video conference</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="32" />
        <source>hybride</source>
        <translation>hybrid</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="53" />
        <source>&amp;Présences et quorum</source>
        <translation>&amp;Attendance and quorum</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="54" />
        <source>&amp;Ordre du jour et notes</source>
        <translation>A&amp;genda and notes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="55" />
        <source>&amp;Délibérations</source>
        <translation>&amp;Resolutions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="56" />
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="57" />
        <source>Pièces &amp;jointes</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="170" />
        <source>Modifier la séance</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="184" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="192" />
        <source>Approbation du procès-verbal</source>
        <translation>Approval of the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="185" />
        <source>Date de la séance qui a approuvé le procès-verbal (JJ/MM/AAAA) :</source>
        <translation>Date of the meeting that approved the minutes (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="198" />
        <source>Signer le procès-verbal</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="200" />
        <source>Une fois signé, le procès-verbal est figé : plus aucune modification de la séance ne sera possible. Signer maintenant ?</source>
        <translation>Once signed, the minutes are locked: the meeting can no longer be changed. Sign now?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="205" />
        <source>Statut de la séance</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="218" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="230" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="237" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="244" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="255" />
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="279" />
        <source>Historique de présence</source>
        <translation>Attendance history</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="307" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="319" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="332" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="343" />
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="357" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="369" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="390" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="393" />
        <source>Délibération</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="390" />
        <source>Supprimer cette délibération ?</source>
        <translation>Delete this resolution?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="404" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="417" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="422" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="428" />
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="434" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="440" />
        <location filename="../../irev_desktop/ui/pages/meeting/page.py" line="445" />
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="33" />
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="34" />
        <source>convoquée</source>
        <translation>convened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="35" />
        <source>tenue</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="36" />
        <source>procès-verbal en projet</source>
        <translation>draft minutes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="37" />
        <source>procès-verbal approuvé</source>
        <translation>minutes approved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="38" />
        <source>procès-verbal signé</source>
        <translation>minutes signed</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="39" />
        <source> à l'unanimité</source>
        <translation> unanimously</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="41" />
        <source> (voix prépondérante)</source>
        <translation> (casting vote)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="91" />
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="92" />
        <source>Délibération</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="93" />
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="95" />
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="98" />
        <source>Abst.</source>
        <translation>Abst.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="103" />
        <source>NPPV</source>
        <translation>Not voting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="107" />
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="136" />
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="137" />
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="139" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="142" />
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="174" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="176" />
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/lists_tabs.py" line="179" />
        <source>Ajouté le</source>
        <translation>Added on</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="40" />
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="46" />
        <source>Filtrer : intitulé, instance, date…</source>
        <translation>Filter: title, body, date…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="53" />
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="54" />
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="55" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="83" />
        <source>Nouvelle séance…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="84" />
        <source>Dupliquer…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="85" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="86" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="120" />
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="126" />
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="132" />
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="158" />
        <source>%n séance(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="194" />
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="207" />
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="212" />
        <source>Dupliquer la séance</source>
        <translation>Duplicate meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="208" />
        <source>Date de la nouvelle séance (JJ/MM/AAAA) :</source>
        <translation>Date of the new meeting (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="225" />
        <source>Supprimer la séance « {title} » du {date} ? Son ordre du jour, ses notes et ses délibérations seront supprimés.</source>
        <translation>Delete the meeting ‘{title}’ of {date}? Its agenda, notes and resolutions will be deleted.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="228" />
        <location filename="../../irev_desktop/ui/pages/meetings.py" line="230" />
        <source>Supprimer la séance</source>
        <translation>Delete meeting</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="89" />
        <source>Modifier le membre</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="89" />
        <source>Nouveau membre</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="93" />
        <source>Région, Département, État…</source>
        <translation>Region, département, State…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="101" />
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="102" />
        <source>&amp;Collège</source>
        <translation>&amp;College</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="103" />
        <source>&amp;Droits statutaires</source>
        <translation>&amp;Statutory rights</translation>
    </message>
</context>
<context>
    <name>NoteAutosaver</name>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="135" />
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="151" />
        <source>Copie de secours : {path}.</source>
        <translation>Emergency copy: {path}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="153" />
        <source>Aucune copie de secours n'a pu être écrite.</source>
        <translation>No emergency copy could be written.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/notes_autosaver.py" line="157" />
        <source>NON ENREGISTRÉ depuis {time} — {reason} Le texte reste dans cette fenêtre ; nouvel essai toutes les {seconds} s. {kept}</source>
        <translation>NOT SAVED since {time} — {reason} The text stays in this window; trying again every {seconds} s. {kept}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="23" />
        <source>Créer mon organisation</source>
        <translation>Create my organisation</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="29" />
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="30" />
        <source>&amp;Sigle</source>
        <translation>&amp;Acronym</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="31" />
        <source>&amp;Ville (pour « Fait à … »)</source>
        <translation>&amp;Town (for ‘Done at …’)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="117" />
        <source>Modifier la personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="117" />
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="130" />
        <source>conseillère régionale, sous-préfet…</source>
        <translation>regional councillor, sub-prefect…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="132" />
        <source>&amp;Civilité</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="133" />
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="134" />
        <source>N&amp;om</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="135" />
        <source>&amp;Fonction</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/board.py" line="136" />
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>Pointing</name>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="41" />
        <source>« {typed} » désigne plusieurs personnes : {names}.</source>
        <translation>“{typed}” matches several people: {names}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="45" />
        <source>« {typed} » ne désigne personne de la liste.</source>
        <translation>“{typed}” matches nobody on the list.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="54" />
        <source>à l'ouverture</source>
        <translation>at the opening</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="55" />
        <source>à {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="78" />
        <source>Appel : {n} personne(s) notée(s) présente(s) {when}.</source>
        <translation>Roll call: {n} person(s) marked present {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="86" />
        <source>Invité·e ajouté·e : {name}, présent·e {when}.</source>
        <translation>Guest added: {name}, present {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="110" />
        <source>Pouvoir de {name} à {holder} {when}.</source>
        <translation>Proxy of {name} to {holder} {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="115" />
        <source>Fin du pouvoir de {name} {when}.</source>
        <translation>Proxy of {name} ended {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="123" />
        <source>{name} : {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="129" />
        <source>{name} n'est plus pointé·e.</source>
        <translation>{name} is no longer marked present.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="130" />
        <source>Départ de {name} {when}.</source>
        <translation>{name} left {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="136" />
        <source>Retour de {name} {when}.</source>
        <translation>{name} came back {when}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/pointing.py" line="138" />
        <source>Arrivée de {name} {when}.</source>
        <translation>{name} arrived {when}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="25" />
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="32" />
        <source>&amp;Langue de l'interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="35" />
        <source>Fichier de données</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="40" />
        <source>Pour utiliser un autre fichier : irev-desktop --db FICHIER, ou la variable IREV_DESKTOP_DB.</source>
        <translation>To use another file: irev-desktop --db FILE, or the IREV_DESKTOP_DB variable.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/preferences.py" line="50" />
        <source>Sauvegardes automatiques</source>
        <translation>Automatic backups</translation>
    </message>
</context>
<context>
    <name>QuorumBasis</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="47" />
        <source>droits statutaires</source>
        <translation>statutory rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="48" />
        <source>membres</source>
        <translation>members</translation>
    </message>
</context>
<context>
    <name>Representation</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="28" />
        <source>titulaire</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="29" />
        <source>suppléant·e</source>
        <translation>substitute</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="21" />
        <source>président·e</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="22" />
        <source>vice-président·e</source>
        <translation>vice-chair</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="23" />
        <source>trésorier·ère</source>
        <translation>treasurer</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="24" />
        <source>secrétaire</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="25" />
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="26" />
        <source>commissaire du Gouvernement</source>
        <translation>Government commissioner</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="27" />
        <source>invité·e</source>
        <translation>guest</translation>
    </message>
</context>
<context>
    <name>SeanceWindow</name>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="281" />
        <source>Mode séance — {title}</source>
        <translation>Live meeting mode — {title}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="313" />
        <source>Action (Ctrl+Maj+A) : @Nom : ce qu'il faut faire, échéance — puis Entrée</source>
        <translation>Action (Ctrl+Shift+A): @Name: what needs doing, due date — then Enter</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="315" />
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="316" />
        <source>Présences (Ctrl+P : pointer)</source>
        <translation>Attendance (Ctrl+P: check in)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="293" />
        <source>Vote (F9)</source>
        <translation>Vote (F9)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="69" />
        <source>pointer : Nom (arrivée/départ) · * (tous présents) · Nom : e (excusé) · Nom : a (absent) · Nom &gt; Mandataire (pouvoir) · Nom &gt; (fin) · +Nom, qualité (invité)</source>
        <translation>attendance: Name (arrival/departure) · * (all present) · Name : e (excused) · Name : a (absent) · Name &gt; Holder (proxy) · Name &gt; (end) · +Name, capacity (guest)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="76" />
        <source>annuler le dernier acte</source>
        <translation>undo the last act</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="285" />
        <source>Ouvrir (F6)</source>
        <translation>Open (F6)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="57" />
        <source>point suivant</source>
        <translation>next item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="56" />
        <source>Ctrl+PgSuiv</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="61" />
        <source>Ctrl+PgPréc</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="62" />
        <source>point précédent</source>
        <translation>previous item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="64" />
        <source>insérer l'heure</source>
        <translation>insert the time</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="65" />
        <source>nom d'un participant</source>
        <translation>a participant's name</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="77" />
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="80" />
        <source>Ctrl+Maj+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="81" />
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="83" />
        <source>ouvrir la séance</source>
        <translation>open the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="86" />
        <source>Maj+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="87" />
        <source>clore la séance</source>
        <translation>close the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="89" />
        <source>enregistrer</source>
        <translation>save</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="92" />
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="93" />
        <source>fermer la liste ou la ligne en cours</source>
        <translation>close the open list or line</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="97" />
        <source>Ctrl+Maj+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="98" />
        <source>quitter le mode séance</source>
        <translation>leave live meeting mode</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="156" />
        <source>Des notes qui n'avaient pas pu être enregistrées sont gardées en copie de secours : {files}. Reprenez-en le texte, puis supprimez ces fichiers.</source>
        <translation>Notes that could not be saved are kept in emergency copies: {files}. Take the text back from them, then delete these files.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="286" />
        <source>Ouvrir la séance : l'heure de début est notée</source>
        <translation>Open the meeting: the start time is recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="290" />
        <source>Clore (Maj+F6)</source>
        <translation>Close (Shift+F6)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="291" />
        <source>Clore la séance : l'heure de fin est notée</source>
        <translation>Close the meeting: the end time is recorded</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="301" />
        <source>Premier plan</source>
        <translation>On top</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="302" />
        <source>Garder cette fenêtre au-dessus de la visioconférence</source>
        <translation>Keep this window above the video conference</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="306" />
        <source>Quitter (Ctrl+Maj+Q)</source>
        <translation>Leave (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="307" />
        <source>Quitter le mode séance : tout est enregistré</source>
        <translation>Leave live meeting mode: everything is saved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="318" />
        <source>Nom : arrivée/départ · * : tous présents · Nom : e · Nom &gt; Mandataire</source>
        <translation>Name: arrival/departure · *: all present · Name : e · Name &gt; Holder</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="541" />
        <source>Les notes de ce point ne sont pas enregistrées : le point reste affiché tant qu'elles ne le sont pas.</source>
        <translation>The notes of this item are not saved: the item stays on screen until they are.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="583" />
        <source>Séance ouverte à {time}.</source>
        <translation>Meeting opened at {time}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="607" />
        <source>Séance close à {time}.</source>
        <translation>Meeting closed at {time}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="619" />
        <source>Le procès-verbal de cette séance est signé : rien ne peut y être noté.</source>
        <translation>The minutes of this meeting are signed: nothing can be recorded in it.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="631" />
        <source>Cette séance a été close à {time}. Noter quand même ce changement, à {now} ?</source>
        <translation>This meeting was closed at {time}. Record this change anyway, at {now}?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="635" />
        <source>Le procès-verbal de cette séance est déjà rédigé. Noter quand même ce changement ?</source>
        <translation>The minutes of this meeting are already drafted. Record this change anyway?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="639" />
        <source>Séance close</source>
        <translation>Meeting closed</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="656" />
        <source>L'opération a échoué ({error}) ; rien n'a été modifié.</source>
        <translation>The operation failed ({error}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="674" />
        <source>(Ctrl+Z : annuler)</source>
        <translation>(Ctrl+Z: undo)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="694" />
        <source>Annulé : {act}</source>
        <translation>Undone: {act}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="761" />
        <source>Délibération n° {number} {result}.</source>
        <translation>Resolution no. {number} {result}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="794" />
        <source>, pour le {date}</source>
        <translation>, due {date}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="800" />
        <source>Action ajoutée : {what}{due}.</source>
        <translation>Action added: {what}{due}.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="829" />
        <source>Notes non enregistrées</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="831" />
        <source>Les dernières notes n'ont pas pu être enregistrées ({state}). Fermer quand même et les perdre ?</source>
        <translation>The latest notes could not be saved ({state}). Close anyway and lose them?</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="383" />
        <source> ({n} min)</source>
        <translation> ({n} min)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="296" />
        <source>Annuler (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="297" />
        <source>Annuler le dernier acte de séance</source>
        <translation>Undo the last act of the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="404" />
        <source>pouvoir à {holder}</source>
        <translation>proxy to {holder}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="408" />
        <source>parti·e à {time}</source>
        <translation>left at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="412" />
        <source>revenu·e à {time}</source>
        <translation>back at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="414" />
        <source>arrivé·e à {time}</source>
        <translation>arrived at {time}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="434" />
        <source>Séance non ouverte — quorum à l'ouverture : {counted} sur {total} (requis {required}), atteint</source>
        <translation>Meeting not opened — quorum at the opening: {counted} of {total} (required {required}), reached</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="439" />
        <source>Séance non ouverte — quorum à l'ouverture : {counted} sur {total} (requis {required}), pas encore atteint</source>
        <translation>Meeting not opened — quorum at the opening: {counted} of {total} (required {required}), not reached yet</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="444" />
        <source>Quorum atteint : {counted} sur {total} (requis {required})</source>
        <translation>Quorum reached: {counted} of {total} (required {required})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="446" />
        <source>QUORUM NON ATTEINT : {counted} sur {total} (requis {required})</source>
        <translation>QUORUM NOT REACHED: {counted} of {total} (required {required})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="468" />
        <source>Séance non ouverte</source>
        <translation>Meeting not opened</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="474" />
        <source>Séance close : {elapsed}</source>
        <translation>Meeting closed: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="476" />
        <source>Séance : {elapsed}</source>
        <translation>Meeting: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="489" />
        <source>{elapsed} / {planned} min</source>
        <translation>{elapsed} / {planned} min</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="494" />
        <source> — en retard de {n} min</source>
        <translation> — {n} min over</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="593" />
        <source>Clore la séance</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/window.py" line="594" />
        <source>Clore la séance à {time} ? Le procès-verbal passera en projet.</source>
        <translation>Close the meeting at {time}? The minutes will become a draft.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="64" />
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="69" />
        <source>Toutes les instances</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="73" />
        <source>Partout</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="86" />
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="87" />
        <source>Dans</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="88" />
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="89" />
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/search.py" line="121" />
        <source>Tapez un ou plusieurs mots.</source>
        <translation>Type one or more words.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../irev_desktop/ui/pages/search.py" line="135" />
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="55" />
        <source>Retrait du point « {title} »</source>
        <translation>Remove item ‘{title}’</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="74" />
        <source>Déplacement du point « {title} »</source>
        <translation>Move item ‘{title}’</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="122" />
        <source>Retrait de {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/undo.py" line="143" />
        <source>Historique de présence de {name}</source>
        <translation>Attendance history of {name}</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorHandler</name>
    <message>
        <location filename="../../irev_desktop/ui/errors.py" line="65" />
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/errors.py" line="66" />
        <source>Une erreur inattendue s'est produite ; le programme continue. Les détails ont été enregistrés dans {log}.</source>
        <translation>An unexpected error occurred; the program carries on. The details have been recorded in {log}.</translation>
    </message>
</context>
<context>
    <name>VoteChoice</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="55" />
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="56" />
        <source>contre</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="57" />
        <source>abstention</source>
        <translation>abstention</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="58" />
        <source>ne prend pas part au vote</source>
        <translation>does not take part in the vote</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="141" />
        <source>Délibération n° {number}</source>
        <translation>Resolution no. {number}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="151" />
        <source>L'Assemblée, après en avoir délibéré, …</source>
        <translation>The Assembly, having deliberated, …</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="152" />
        <source>À l'&amp;unanimité des présents et représentés</source>
        <translation>&amp;Unanimous among those present and represented</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="165" />
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="166" />
        <source>contre</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="167" />
        <source>abstention</source>
        <translation>abstention</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="170" />
        <source>&amp;Point</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="171" />
        <source>In&amp;titulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="172" />
        <source>Te&amp;xte</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="174" />
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="174" />
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="174" />
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="174" />
        <source>NPPV</source>
        <translation>Not voting</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="179" />
        <source>Voix</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="185" />
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/meeting/forms.py" line="186" />
        <source>Vote du président</source>
        <translation>Chair’s vote</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="164" />
        <source>Vote — délibération n° {number}</source>
        <translation>Vote — resolution no. {number}</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="413" />
        <source>Quorum atteint à {time} : {n} votant(s) présent(s) ou représenté(s).</source>
        <translation>Quorum reached at {time}: {n} voter(s) present or represented.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="179" />
        <source>L'Assemblée, après en avoir délibéré, …</source>
        <translation>The Assembly, having deliberated, …</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="185" />
        <source>contre @Caron, abstention @Benali — les autres votent pour</source>
        <translation>contre @Caron, abstention @Benali — everyone else votes for</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="192" />
        <source>In&amp;titulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="193" />
        <source>Te&amp;xte</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="194" />
        <source>&amp;Exceptions</source>
        <translation>&amp;Exceptions</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="201" />
        <source>Votant</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="201" />
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="201" />
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="201" />
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="210" />
        <source> (pouvoir à {holder})</source>
        <translation> (proxy to {holder})</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="221" />
        <source>&amp;Votants</source>
        <translation>&amp;Voters</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="227" />
        <source>P pour · C contre · A abstention · N ne prend pas part · un numéro : aller au votant · Ctrl+U : tous pour · Ctrl+Entrée : enregistrer · Échap : annuler</source>
        <translation>P for · C against · A abstention · N not taking part · a number: go to that voter · Ctrl+U: all for · Ctrl+Enter: record · Esc: cancel</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="242" />
        <source>Tous « pour » — unanimité (Ctrl+U)</source>
        <translation>All ‘for’ — unanimous (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="247" />
        <source>Enregistrer le vote (Ctrl+Entrée)</source>
        <translation>Record the vote (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="396" />
        <source>Séance non ouverte : ouvrez-la (F6) avant de voter ; le vote ne peut être enregistré.</source>
        <translation>Meeting not opened: open it (F6) before voting; the vote cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="401" />
        <source>QUORUM NON ATTEINT à {time} : {counted} sur {required} requis. L'instance ne peut pas délibérer valablement ; le vote ne peut être enregistré.</source>
        <translation>QUORUM NOT REACHED at {time}: {counted} of {required} required. The body cannot validly deliberate; the vote cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="410" />
        <source>Personne ne peut voter à {time} : le vote ne peut être enregistré.</source>
        <translation>Nobody can vote at {time}: the vote cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="419" />
        <source>Personne ne peut voter à cet instant.</source>
        <translation>Nobody can vote at the moment.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="426" />
        <source>Voix : {f} pour, {a} contre, {s} abstention(s), {p} ne prenant pas part</source>
        <translation>Votes: {f} for, {a} against, {s} abstention(s), {p} not taking part</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="437" />
        <source>Droits : {f} pour, {a} contre, {s} abstention(s)</source>
        <translation>Rights: {f} for, {a} against, {s} abstention(s)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="442" />
        <source>Résultat : —</source>
        <translation>Result: —</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="458" />
        <source> à l'unanimité</source>
        <translation> unanimously</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="460" />
        <source> (voix prépondérante du président)</source>
        <translation> (chair’s casting vote)</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/seance/vote_panel.py" line="461" />
        <source>Résultat : délibération {result}</source>
        <translation>Result: resolution {result}</translation>
    </message>
</context>
<context>
    <name>VoteResult</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="59" />
        <source>adoptée</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="60" />
        <source>rejetée</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>Weighting</name>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="49" />
        <source>pondéré par les droits statutaires</source>
        <translation>weighted by statutory rights</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/vocabulary.py" line="50" />
        <source>un membre, une voix</source>
        <translation>one member, one vote</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="51" />
        <source>Bienvenue dans IREV Desktop</source>
        <translation>Welcome to IREV Desktop</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="57" />
        <source>Le registre de vos instances : membres, mandats, séances, présences et quorum, délibérations et procès-verbaux — hors ligne.
Pour commencer, ouvrez l'exemple ou créez votre organisation.</source>
        <translation>The register of your bodies: members, appointments, meetings, attendance and quorum, resolutions and minutes — offline.
To get started, open the example or create your organisation.</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="66" />
        <source>Ouvrir l'exemple : l'assemblée générale de l'IREV du 8 mars 2021</source>
        <translation>Open the example: the IREV general assembly of 8 March 2021</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="68" />
        <source>Créer mon organisation…</source>
        <translation>Create my organisation…</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="80" />
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="91" />
        <source>Créer mon organisation</source>
        <translation>Create my organisation</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="99" />
        <source>Assemblée générale</source>
        <translation>General assembly</translation>
    </message>
    <message>
        <location filename="../../irev_desktop/ui/pages/welcome.py" line="105" />
        <source>Conseil d'administration</source>
        <translation>Board of directors</translation>
    </message>
</context>
</TS>