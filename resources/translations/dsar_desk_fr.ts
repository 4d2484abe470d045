<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en_GB">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Awaiting identity</source>
        <translation>En attente d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Due within {0} days</source>
        <translation>Échéance dans les {0} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Overdue: the answer was due on {0}</source>
        <translation>En retard : la réponse était due le {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Withdraw consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>dsar_desk</name>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n à traiter aujourd&apos;hui</numerusform>
            <numerusform>%n à traiter aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n due within {0} days</source>
        <translation>
            <numerusform>%n à traiter dans les {0} jours</numerusform>
            <numerusform>%n à traiter dans les {0} jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>%n message(s) added to their case</source>
        <translation>
            <numerusform>%n message ajouté à son dossier</numerusform>
            <numerusform>%n messages ajoutés à leur dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>%n new message(s) in the Inbox</source>
        <translation>
            <numerusform>%n nouveau message dans la boîte de réception</numerusform>
            <numerusform>%n nouveaux messages dans la boîte de réception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;About DSAR Desk</source>
        <translation>À &amp;propos de DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Annual report…</source>
        <translation>&amp;Rapport annuel…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Figures</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Import organisation profile…</source>
        <translation>&amp;Importer un profil d&apos;organisation…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Security…</source>
        <translation>&amp;Sécurité…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Team server…</source>
        <translation>Serveur d’é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>&amp;Verify the record</source>
        <translation>&amp;Vérifier l’historique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>(no mail settings)</source>
        <translation>(aucun paramètre de messagerie)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>90% answered within {0} days</source>
        <translation>90 % des réponses en {0} jours au plus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>A case</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>A change of languages shows in the text fields after saving.</source>
        <translation>Un changement de langues apparaît dans les champs de texte après l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>A further copy (Art. 15(3))</source>
        <translation>Une copie supplémentaire (art. 15, paragraphe 3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>A new interface language is used by the windows you open from now on, and everywhere after DSAR Desk is restarted.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique aux fenêtres que vous ouvrez désormais, et partout après le redémarrage de DSAR Desk.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>A request counts in the period in which it was received; open requests as of today. On time: answered by the legal limit (one month, three when extended, moved by the days waited for the requester&apos;s identity).</source>
        <translation>Une demande compte dans la période au cours de laquelle elle a été reçue ; les demandes ouvertes telles qu&apos;elles sont aujourd&apos;hui. Dans les délais : réponse au plus tard à l&apos;échéance légale (un mois, trois en cas de prolongation, reportée des jours d&apos;attente de l&apos;identité de la personne concernée).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>A team works on one PostgreSQL server: every clerk sees the others&apos; changes. Your administrator gives you the address and your own login. The password is kept in this computer&apos;s keyring, never in the settings.</source>
        <translation>Une équipe travaille sur un seul serveur PostgreSQL : chaque collaborateur voit les modifications des autres. Votre administrateur vous donne l’adresse et votre propre identifiant. Le mot de passe est conservé dans le trousseau de cet ordinateur, jamais dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>About a deceased person</source>
        <translation>Au sujet d&apos;une personne décédée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>About DSAR Desk</source>
        <translation>À propos de DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Access answer (Art. 15)</source>
        <translation>Réponse à la demande d&apos;accès (art. 15)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Accuracy contested (Art. 18(1)(a))</source>
        <translation>Exactitude contestée (art. 18, § 1er, a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Act in</source>
        <translation>Agir dans</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>activity: {0}</source>
        <translation>traitement : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add a note to the timeline…</source>
        <translation>Ajouter une note à l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Add an annex…</source>
        <translation>Ajouter une annexe…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Add annexes</source>
        <translation>Ajouter des annexes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Add to a case</source>
        <translation>Ajouter à un dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Add to a case…</source>
        <translation>Ajouter à un dossier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>added to a case</source>
        <translation>ajouté à un dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Address (one line per row)</source>
        <translation>Adresse (une ligne par rangée)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Again</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>all answered on time: {0}</source>
        <translation>toutes réponses dans les délais : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>Also open by: {0}</source>
        <translation>Également ouvert par : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>and {0} more</source>
        <translation>et {0} de plus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Annual report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Annual report (PDF)</source>
        <translation>Rapport annuel (PDF)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Annual report…</source>
        <translation>Rapport annuel…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>answered by the letter “{0}” (version {1}) sent on {2}</source>
        <translation>répondu par la lettre « {0} » (version {1}) envoyée le {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered late (not paused for identity)</source>
        <translation>réponses hors délai (sans attente d&apos;identité)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered on time (not paused for identity)</source>
        <translation>réponses dans les délais (sans attente d&apos;identité)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Answered on time, per month</source>
        <translation>Réponses dans les délais, par mois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered on time: {0}, late: {1}</source>
        <translation>dans les délais : {0}, hors délai : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered requests</source>
        <translation>réponses données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Answered with open items</source>
        <translation>Réponse envoyée avec des points ouverts</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Answered without a letter</source>
        <translation>Répondu sans lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>answered without a letter: {0}</source>
        <translation>répondu sans lettre : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered: {0}, withdrawn: {1}</source>
        <translation>réponses : {0}, retirées : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Archiving or research (Art. 17(3)(d))</source>
        <translation>Archivage ou recherche (art. 17, § 3, d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation>Archivage, recherche ou statistiques (art. 17, § 3, d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>As it goes under the letters, e.g. Anna Peeters</source>
        <translation>Tel qu&apos;il figure sous les lettres, p. ex. Anna Peeters</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Ask the requester for an ID copy</source>
        <translation>Demander une copie de pièce d&apos;identité à la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>asked</source>
        <translation>demandés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Asked once per session; DSAR Desk never writes it down.</source>
        <translation>Demandée une fois par session ; DSAR Desk ne l&apos;écrit jamais.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>asked {0}</source>
        <translation>demandée le {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Asking to specify the request (recital 63)</source>
        <translation>Demande de précision (considérant 63)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>At least 10 characters. Asked once per session; DSAR Desk never writes it down. You will also get a recovery code.</source>
        <translation>Au moins 10 caractères. Demandée une fois par session ; DSAR Desk ne l&apos;écrit jamais. Vous recevrez aussi un code de récupération.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Attach an ID copy</source>
        <translation>Joindre une copie de pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Attach ID copy…</source>
        <translation>Joindre une copie d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Attachment key</source>
        <translation>Clé des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attachment opened</source>
        <translation>Pièce jointe ouverte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Attachments: {0}</source>
        <translation>Pièces jointes : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Automated decisions</source>
        <translation>Décisions automatisées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Awaiting identity</source>
        <translation>En attente d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Back to my own file</source>
        <translation>Revenir à mon propre fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Back to work</source>
        <translation>Reprendre le traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Backup written and checked: {0}</source>
        <translation>Sauvegarde écrite et vérifiée : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Bank account and reference to quote (optional)</source>
        <translation>Compte bancaire et référence à indiquer (facultatif)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Before keeping a copy: black out the photo and the national (citizen) number unless they are needed for this check. The copy is stored encrypted and deleted automatically after the retention period of the organisation&apos;s policy.</source>
        <translation>Avant de garder une copie : masquez la photo et le numéro national, sauf s&apos;ils sont nécessaires à cette vérification. La copie est conservée chiffrée et supprimée automatiquement à la fin de la durée de conservation prévue par la politique de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Blacked out</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>By hand</source>
        <translation>Remis en main propre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>by post</source>
        <translation>par la poste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>by telephone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>by text message</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>CA certificate file</source>
        <translation>Fichier de certificat de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Calendar not exported</source>
        <translation>Agenda non exporté</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>cannot be read ({0})</source>
        <translation>ne peut pas être lu ({0})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Case list with requester data (CSV)</source>
        <translation>Liste des dossiers avec les données des personnes concernées (CSV)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>case made</source>
        <translation>dossier créé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Case reference in the subject: {0}</source>
        <translation>Référence du dossier dans l&apos;objet : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Case {0} created</source>
        <translation>Dossier {0} créé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Changed by a colleague</source>
        <translation>Modifié par un collègue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>Changed by a colleague while you were editing: your edits are kept; Save asks what to keep.</source>
        <translation>Modifié par un collègue pendant que vous travailliez : vos modifications sont conservées ; Enregistrer vous demandera quoi garder.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>Changed by {0} while you were editing: your edits are kept; Save asks what to keep.</source>
        <translation>Modifié par {0} pendant que vous travailliez : vos modifications sont conservées ; Enregistrer vous demandera quoi garder.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Check before sending:</source>
        <translation>À vérifier avant l&apos;envoi :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Check every</source>
        <translation>Vérifier toutes les</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Check the mailbox now</source>
        <translation>Vérifier la boîte maintenant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>Checking the mailbox…</source>
        <translation>Vérification de la boîte aux lettres…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Checking the record…</source>
        <translation>Vérification de l’historique…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Checklist ({0} open)</source>
        <translation>Liste de contrôle (ouverts : {0})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Checklist items still open</source>
        <translation>Points de la liste de contrôle encore ouverts</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Choose a passphrase for the attachments</source>
        <translation>Choisissez une phrase secrète pour les pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Choose an item</source>
        <translation>Choisir un point</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Choose an item of the checklist first.</source>
        <translation>Choisissez d&apos;abord un point de la liste de contrôle.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Choose an open item that informs a recipient.</source>
        <translation>Choisissez un point ouvert qui informe un destinataire.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Choose the organisation whose procedure to save.</source>
        <translation>Choisissez l&apos;organisation dont vous voulez enregistrer la procédure.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Close case…</source>
        <translation>Clôturer le dossier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Close the window (asks when something is not saved)</source>
        <translation>Fermer la fenêtre (demande si quelque chose n&apos;est pas enregistré)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Closed cases deleted: {0}; their figures are kept, anonymous. Backups cleaned: {1}.</source>
        <translation>Dossiers clôturés supprimés : {0} ; leurs chiffres sont conservés, anonymes. Sauvegardes nettoyées : {1}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Closed cases past their retention period, due for deletion: {0}</source>
        <translation>Dossiers clôturés dont la durée de conservation est écoulée, à supprimer : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Closed: no proof of identity</source>
        <translation>Clôture : pas de justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Compelling legitimate grounds to go on (empty: processing stopped)</source>
        <translation>Motifs légitimes impérieux de poursuivre (vide : traitement arrêté)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Connecting to the team server…</source>
        <translation>Connexion au serveur d’équipe…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>connection (no answer)</source>
        <translation>connexion (pas de réponse)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Copy of the data</source>
        <translation>Copie des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Copy the code, to paste it into your password manager</source>
        <translation>Copier le code pour le coller dans votre gestionnaire de mots de passe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Could not load the samples</source>
        <translation>Impossible de charger les exemples</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Covering text</source>
        <translation>Texte d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Customer number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Data files saved beside the PDF: {0}, {1}</source>
        <translation>Fichiers de données enregistrés à côté du PDF : {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Data that matched</source>
        <translation>Données concordantes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Date of the check</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>days from receipt (a bar a week)</source>
        <translation>jours depuis la réception (une barre par semaine)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Days left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Days to answer</source>
        <translation>Jours jusqu&apos;à la réponse</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>days to answer, median</source>
        <translation>jours jusqu&apos;à la réponse, médiane</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Deadline extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Deadline rules — {0}</source>
        <translation>Règles du délai — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Deadline rules…</source>
        <translation>Règles du délai…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Deceased person</source>
        <translation>Personne décédée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Delete closed cases</source>
        <translation>Supprimer des dossiers clôturés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Delete them…</source>
        <translation>Les supprimer…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Delete {0} closed case(s) whose retention period is over, with their timelines, letters and attachments? Their figures are kept without any requester data; the deletion is recorded, and the cases are removed from the backups too. This cannot be undone.</source>
        <translation>Supprimer {0} dossier(s) clôturé(s) dont la durée de conservation est écoulée, avec leur historique, leurs courriers et leurs pièces jointes ? Leurs chiffres sont conservés sans aucune donnée de la personne concernée ; la suppression est consignée et les dossiers sont aussi retirés des sauvegardes. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Deleting the closed cases past their retention…</source>
        <translation>Suppression des dossiers clôturés dont la durée de conservation est écoulée…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>derived from a passphrase</source>
        <translation>dérivée d&apos;une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>Discard it, or go back to it?</source>
        <translation>L&apos;abandonner, ou y revenir ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk &amp;guide</source>
        <translation>&amp;Guide de DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>DSAR Desk ({0}) — {1} overdue, {2} due within {3} days</source>
        <translation>DSAR Desk ({0}) — {1} en retard, {2} à traiter dans les {3} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk answers requests for an organisation described by its profile (who it is, its register of processing). Import your organisation&apos;s profile, or load three sample organisations with demo cases to look around.</source>
        <translation>DSAR Desk traite les demandes pour une organisation décrite par son profil (qui elle est, son registre des traitements). Importez le profil de votre organisation, ou chargez trois organisations d&apos;exemple avec des dossiers de démonstration pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>DSAR Desk databases (*.sqlite3 *.sqlite)</source>
        <translation>Bases de données DSAR Desk (*.sqlite3 *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>DSAR Desk guide</source>
        <translation>Guide de DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>DSAR Desk now encrypts the attachments of this database (scans, e-mails, ID copies) with a key kept in this computer&apos;s keyring (or derived from your passphrase). Here is the key&apos;s recovery code. It is shown only this once: write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation>DSAR Desk chiffre désormais les pièces jointes de cette base de données (scans, e-mails, copies de pièces d&apos;identité) avec une clé conservée dans le trousseau de cet ordinateur (ou dérivée de votre phrase secrète). Voici le code de récupération de la clé. Il n&apos;est affiché qu&apos;une fois : notez-le ou imprimez-le et gardez-le en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk {0}: answer GDPR data subject requests on time, offline.</source>
        <translation>DSAR Desk {0} : répondre à temps aux demandes des personnes concernées au titre du RGPD, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>DSAR Desk: recovery code of the attachment key</source>
        <translation>DSAR Desk : code de récupération de la clé des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>DSAR Desk: {0} request(s) to answer soon</source>
        <translation>DSAR Desk : demandes à traiter bientôt : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Due date moved</source>
        <translation>Échéance déplacée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due today</source>
        <translation>À traiter aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>due today</source>
        <translation>à traiter aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="obsolete">Dans les 7 jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due within {0} days</source>
        <translation>Échéance dans les {0} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>E-mail messages (*.eml *.msg)</source>
        <translation>Messages électroniques (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>e.g. 12.50</source>
        <translation>p. ex. 12,50</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>e.g. Anna Peeters</source>
        <translation>p. ex. Anna Peeters</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>e.g. Data protection officer</source>
        <translation>p. ex. Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Earlier requests in the last 12 months:</source>
        <translation>Demandes antérieures au cours des 12 derniers mois :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Electronic identity (eID, itsme, DigiD, FranceConnect…)</source>
        <translation>Identité électronique (eID, itsme, DigiD, FranceConnect…)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Email address of the account</source>
        <translation>Adresse e-mail du compte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Empty: the letter goes to the requester</source>
        <translation>Vide : la lettre est adressée à la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Erasure done</source>
        <translation>Effacement effectué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Establishment, exercise or defence of legal claims (Art. 17(3)(e))</source>
        <translation>Constatation, exercice ou défense de droits en justice (art. 17, § 3, e))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>euros, e.g. 12.50</source>
        <translation>euros, p. ex. 12,50</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Every search still open marked done, with one note (Ctrl+Shift+D)</source>
        <translation>Chaque recherche encore ouverte marquée comme faite, avec une seule note (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Export due dates to &amp;calendar…</source>
        <translation>Exporter les échéances vers l&apos;&amp;agenda…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Export due dates to calendar</source>
        <translation>Exporter les échéances vers l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Export organisation profile</source>
        <translation>Exporter le profil d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>Export the list as C&amp;SV…</source>
        <translation>Exporter la liste en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Export the list as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Exporting due dates…</source>
        <translation>Exportation des échéances…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>Exporting the list…</source>
        <translation>Exportation de la liste…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Extended</source>
        <translation>Prolongé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>extended</source>
        <translation>prolongé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>extended (three months)</source>
        <translation>prolongé (trois mois)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>extended by two months</source>
        <translation>prolongées de deux mois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Extension letter</source>
        <translation>Lettre de prolongation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Extension letter…</source>
        <translation>Lettre de prolongation…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Extension of the deadline</source>
        <translation>Prolongation du délai</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Fee (Art. 12(5), 15(3))</source>
        <translation>Frais (art. 12, paragraphe 5, 15, paragraphe 3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Fee (EUR)</source>
        <translation>Frais (EUR)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee and refusal</source>
        <translation>Frais et refus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee asked</source>
        <translation>Frais demandés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Fee for</source>
        <translation>Frais pour</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee paid</source>
        <translation>Frais payés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Figures (CSV)</source>
        <translation>Chiffres (CSV)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Figures (JSON)</source>
        <translation>Chiffres (JSON)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Filled in from the e-mail of {0}. The highlighted fields are proposals: check them before saving.</source>
        <translation>Rempli à partir du courriel de {0}. Les champs surlignés sont des propositions : vérifiez-les avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Find a case (reference, name, e-mail)</source>
        <translation>Rechercher un dossier (référence, nom, e-mail)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Folder</source>
        <translation>Dossier de messagerie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>folder</source>
        <translation>dossier de messagerie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>For this letter</source>
        <translation>Pour cette lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Forwarded to the controller (we are its processor)</source>
        <translation>Transmise au responsable du traitement (nous sommes sous-traitant)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Free access requests per 12 months</source>
        <translation>Demandes d&apos;accès gratuites par 12 mois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Freedom of expression (Art. 17(3)(a))</source>
        <translation>Liberté d&apos;expression (art. 17, § 3, a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation>Liberté d&apos;expression et d&apos;information (art. 17, § 3, a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>From the checklist: mark its “inform” item done to name this recipient</source>
        <translation>D&apos;après la liste de contrôle : marquez son point « informer » comme fait pour nommer ce destinataire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>From the message: check it</source>
        <translation>Tiré du message : vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Give the reason for answering with open checklist items.</source>
        <translation>Indiquez pourquoi vous répondez alors que des points de la liste de contrôle sont encore ouverts.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Give the server address: postgresql://user@host:port/database</source>
        <translation>Indiquez l’adresse du serveur : postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Give this password to the requester {0}. It is shown only now and never stored:</source>
        <translation>Donnez ce mot de passe au demandeur {0}. Il n&apos;est affiché que maintenant et n&apos;est jamais conservé :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Given names on the document</source>
        <translation>Prénoms sur le document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Ground</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Holiday region</source>
        <translation>Région des jours fériés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Holiday region: {0}</source>
        <translation>Région des jours fériés : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>How to pay</source>
        <translation>Modalités de paiement</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation type="obsolete">J&apos;ai noté le code de récupération</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>I have written down, printed or stored the recovery code</source>
        <translation>J&apos;ai noté, imprimé ou conservé le code de récupération</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/purge.py"/>
        <source>ID copies deleted at the end of their retention: {0}</source>
        <translation>Copies d&apos;identité supprimées à la fin de leur conservation : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>ID copy</source>
        <translation>Copie d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>ID copy purged</source>
        <translation>Copie d&apos;identité supprimée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>id {0}, {1}; {2}</source>
        <translation>id {0}, {1} ; {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/help.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity check — {0}</source>
        <translation>Vérification d&apos;identité — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity check…</source>
        <translation>Vérification d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity document seen</source>
        <translation>Pièce d&apos;identité vue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Identity not verified</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Identity not verified: {0}. Making this letter asks for a reason.</source>
        <translation>Identité non vérifiée : {0}. Cette lettre ne peut être établie qu&apos;en indiquant un motif.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity received</source>
        <translation>Preuve d&apos;identité reçue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Identity received?</source>
        <translation>Identité reçue ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Identity received? {0} may be a proof of identity: check it and record the check on the case.</source>
        <translation>Identité reçue ? {0} est peut-être une preuve d&apos;identité : vérifiez-la et enregistrez la vérification dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity requested</source>
        <translation>Preuve d&apos;identité demandée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</source>
        <translation>Images et PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>IMAP security</source>
        <translation>Sécurité IMAP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>Import a &amp;message…</source>
        <translation>Importer un &amp;message…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>Import a message</source>
        <translation>Importer un message</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import a profile…</source>
        <translation>Importer un profil…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import an organisation profile first (File → Import organisation profile).</source>
        <translation>Importez d&apos;abord un profil d&apos;organisation (Fichier → Importer un profil d&apos;organisation).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import organisation profile</source>
        <translation>Importer un profil d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import over {0}</source>
        <translation>Importer par-dessus {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>in the keyring</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>In the list: go to the item&apos;s note; in the note: record it and go to the next open item</source>
        <translation>Dans la liste : aller à la note du point ; dans la note : l&apos;enregistrer et passer au point ouvert suivant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Inbox ({0})</source>
        <translation>Boîte de réception ({0})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Inform</source>
        <translation>Informer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>is not a JSON file</source>
        <translation>n&apos;est pas un fichier JSON</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>JSON export of the data (empty: what the case holds)</source>
        <translation>Export JSON des données (vide : ce que contient le dossier)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Keep closed cases (years)</source>
        <translation>Conserver les dossiers clôturés (années)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Keep ID copies (days)</source>
        <translation>Conserver les copies de pièces d&apos;identité (jours)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Keep the daily backups of the last</source>
        <translation>Conserver les sauvegardes quotidiennes des derniers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Keep this page somewhere safe, away from the computer. With it, the attachments of the database can be opened on a new computer (File › Security…).</source>
        <translation>Conservez cette page en lieu sûr, loin de l&apos;ordinateur. Elle permet d&apos;ouvrir les pièces jointes de la base de données sur un nouvel ordinateur (Fichier › Sécurité…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Kept over a colleague&apos;s change</source>
        <translation>Conservé par-dessus la modification d’un collègue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Kept under</source>
        <translation>Conservées en vertu de</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Kept under (Art. 17(3))</source>
        <translation>Conservées en vertu de (art. 17, § 3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Key restored</source>
        <translation>Clé restaurée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Language proposed from the text: {0}.</source>
        <translation>Langue proposée d&apos;après le texte : {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Languages (default first)</source>
        <translation>Langues (langue par défaut en premier)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Last check: {0} on {1} by {2}</source>
        <translation>Dernière vérification : {0} le {1} par {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>late: {0}, past the legal limit: {1}, waiting: {2}</source>
        <translation>en retard : {0}, après le délai légal : {1}, en attente : {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation>Droits en justice (art. 17, § 3, e))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>legal limit</source>
        <translation>délai légal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>legal limit (one month)</source>
        <translation>délai légal (un mois)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Legal obligation or public task (Art. 17(3)(b))</source>
        <translation>Obligation légale ou mission d&apos;intérêt public (art. 17, § 3, b))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Legal obligation to keep, or public task (Art. 17(3)(b))</source>
        <translation>Obligation légale de conservation ou mission d&apos;intérêt public (art. 17, § 3, b))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Letter made</source>
        <translation>Lettre établie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters made (never changed: making again makes a new version)</source>
        <translation>Lettres établies (jamais modifiées : les refaire crée une nouvelle version)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Letters that disclose data are blocked</source>
        <translation>Les lettres qui communiquent des données sont bloquées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Letters that disclose data: allowed</source>
        <translation>Lettres qui communiquent des données : autorisées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters — {0}</source>
        <translation>Lettres — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters…</source>
        <translation>Lettres…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>List exported</source>
        <translation>Liste exportée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Load the &amp;sample organisations</source>
        <translation>Charger les organisations d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Load the samples</source>
        <translation>Charger les exemples</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>login</source>
        <translation>connexion au compte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Machine-readable zone (MRZ)</source>
        <translation>Zone de lecture automatique (MRZ)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Made</source>
        <translation>Établie le</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Made before the identity was verified, because: {0}</source>
        <translation>Établie avant la vérification d&apos;identité, parce que : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Mail settings of {0}</source>
        <translation>Paramètres de messagerie de {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Mail…</source>
        <translation>Messagerie…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Make a case…</source>
        <translation>Créer un dossier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Make letter</source>
        <translation>Établir la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Making the letter…</source>
        <translation>Établissement de la lettre…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Manifestly unfounded or excessive</source>
        <translation>Manifestement infondée ou excessive</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Manifestly unfounded or excessive (Art. 12(5)(a))</source>
        <translation>Manifestement infondée ou excessive (art. 12, paragraphe 5, point a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Manifestement infondée ou excessive (art. 12, § 5)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Manifestly unfounded or excessive…</source>
        <translation>Manifestement infondée ou excessive…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Mark answered</source>
        <translation>Marquer comme répondu</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Mark every open search done, with one note</source>
        <translation>Marquer chaque recherche ouverte comme faite, avec une seule note</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Mark every search done</source>
        <translation>Toutes les recherches faites</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Mark every search done…</source>
        <translation>Toutes les recherches faites…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Mark fetched messages read on the server</source>
        <translation>Marquer les messages relevés comme lus sur le serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Mark sent…</source>
        <translation>Marquer comme envoyée…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Mark the letter sent</source>
        <translation>Marquer la lettre comme envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Marked by</source>
        <translation>Marqué par</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Marked: {0}</source>
        <translation>Marquée : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Marking {0} answered: each right asked is answered by a letter sent, or by its outcome with the reason no letter is needed (kept in the timeline).</source>
        <translation>Marquer {0} comme répondu : chaque droit demandé a reçu une réponse par une lettre envoyée, ou par son issue et la raison pour laquelle aucune lettre n&apos;est nécessaire (conservée dans l&apos;historique).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Matched with data we already hold</source>
        <translation>Comparé aux données déjà détenues</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Meant for</source>
        <translation>Destinée à</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>More than {0} cases match: the newest {0} are shown; narrow the search</source>
        <translation>Plus de {0} dossiers correspondent : les {0} plus récents sont affichés ; affinez la recherche</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Move handled to</source>
        <translation>Déplacer les messages traités vers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Move {0} back from “{1}”? The change and its undo both stay in the timeline.</source>
        <translation>Ramener {0} depuis « {1} » ? Le changement et son annulation restent tous deux dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>MRZ</source>
        <translation>ZLA (MRZ)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="obsolete">doit contenir un objet JSON</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>My version</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Name the supervisory authority (else the default of the country)</source>
        <translation>Indiquez l&apos;autorité de contrôle (sinon celle du pays)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Needed for legal claims (Art. 18(1)(c))</source>
        <translation>Nécessaires à des droits en justice (art. 18, § 1er, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Needs the reason why lesser means are not enough (in &apos;Why an ID copy&apos;)</source>
        <translation>Demande la raison pour laquelle des moyens moins intrusifs ne suffisent pas (dans « Pourquoi une copie »)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>New case from an e-mail</source>
        <translation>Nouveau dossier à partir d&apos;un courriel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>New recipient</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>No case matches the filter.</source>
        <translation>Aucun dossier ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>No checklist: the rights asked need no search or action in the register.</source>
        <translation>Pas de liste de contrôle : les droits demandés n&apos;exigent aucune recherche ni action dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>No earlier request from this requester in the last 12 months.</source>
        <translation>Aucune demande antérieure de cette personne au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>No effect</source>
        <translation>Sans effet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>No event or letter was changed, removed or added behind DSAR Desk&apos;s back.</source>
        <translation>Aucun événement ni courrier n’a été modifié, supprimé ou ajouté à l’insu de DSAR Desk.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>No ID copy kept (drop a file here to keep one)</source>
        <translation>Aucune copie conservée (déposez un fichier ici pour en garder une)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>No keyring works on this computer, so DSAR Desk cannot keep the attachment key in it. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;), then log out and in again. Or use a passphrase: the key is derived from it and never written anywhere.</source>
        <translation>Aucun trousseau ne fonctionne sur cet ordinateur : DSAR Desk ne peut pas y garder la clé des pièces jointes. Sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet, p. ex. &apos;sudo apt install gnome-keyring&apos;), puis fermez et rouvrez la session. Ou utilisez une phrase secrète : la clé en est dérivée et n&apos;est écrite nulle part.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>No letter because</source>
        <translation>Pas de lettre car</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>No organisation</source>
        <translation>Aucune organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>No organisation yet. Import an organisation profile (File menu) or load the sample organisations to try DSAR Desk.</source>
        <translation>Aucune organisation pour l&apos;instant. Importez un profil d&apos;organisation (menu Fichier) ou chargez les organisations d&apos;exemple pour essayer DSAR Desk.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>No reason given: the letter was not made.</source>
        <translation>Aucun motif indiqué : la lettre n&apos;a pas été établie.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>No requester is named in this file.</source>
        <translation>Aucune personne concernée n&apos;est nommée dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>No right was recognised in the text: tick the rights asked.</source>
        <translation>Aucun droit n&apos;a été reconnu dans le texte : cochez les droits demandés.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>No server to test: give the IMAP or the SMTP server.</source>
        <translation>Aucun serveur à tester : indiquez le serveur IMAP ou SMTP.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>None works on this computer. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;). Until then the attachments use a passphrase, asked once per session.</source>
        <translation>Aucun ne fonctionne sur cet ordinateur. Sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet, p. ex. &apos;sudo apt install gnome-keyring&apos;). D&apos;ici là, les pièces jointes utilisent une phrase secrète, demandée une fois par session.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>none yet (made with the first attachment)</source>
        <translation>aucune pour l&apos;instant (créée avec la première pièce jointe)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>None: everything erased</source>
        <translation>Aucune : tout a été effacé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Not a request</source>
        <translation>Pas une demande</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>not a request</source>
        <translation>pas une demande</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Not an MRZ</source>
        <translation>Pas une MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Not concerned</source>
        <translation>Non concerné</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>not paused for identity</source>
        <translation>sans attente d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Not sent: {0}</source>
        <translation>Non envoyé : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>not stored yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Not translated, taken from another language:</source>
        <translation>Non traduit, repris d&apos;une autre langue :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>not unlocked yet this session</source>
        <translation>pas encore déverrouillée dans cette session</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note for the timeline (why):</source>
        <translation type="obsolete">Note pour l&apos;historique (pourquoi) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Notice</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Now open: the team server {0}</source>
        <translation>Ouvert maintenant : le serveur d’équipe {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Now open: your own file {0}</source>
        <translation>Ouvert maintenant : votre propre fichier {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Objection being verified (Art. 18(1)(d))</source>
        <translation>Opposition en cours de vérification (art. 18, § 1er, d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Objection handled</source>
        <translation>Opposition traitée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>On which date did the proof of identity arrive? The deadline moves by the days waited.</source>
        <translation>À quelle date la preuve d&apos;identité est-elle arrivée ? Le délai est reporté du nombre de jours d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>On which date did you ask the requester to confirm their identity? The deadline is suspended from that day.</source>
        <translation>À quelle date avez-vous demandé à la personne concernée de confirmer son identité ? Le délai est suspendu à partir de ce jour.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>One answer to every right asked</source>
        <translation>Une seule réponse à tous les droits exercés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>One line per line of the address</source>
        <translation>Une ligne par ligne de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>One line per row: street and number, postcode and town</source>
        <translation>Une ligne par rangée : rue et numéro, code postal et localité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>one per line</source>
        <translation>un par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>only the last 4 characters are kept</source>
        <translation>seuls les 4 derniers caractères sont conservés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Open (not answered yet)</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Open requests as of {0}.</source>
        <translation>Demandes ouvertes telles qu&apos;au {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Open the case chosen in the list</source>
        <translation>Ouvrir le dossier choisi dans la liste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Optional: type or paste the machine-readable zone (2 or 3 lines). It is checked, never kept.</source>
        <translation>Facultatif : tapez ou collez la zone de lecture automatique (2 ou 3 lignes). Elle est vérifiée, jamais conservée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Order or invoice number</source>
        <translation>Numéro de commande ou de facture</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Organisation profiles (*.toml)</source>
        <translation>Profils d&apos;organisation (*.toml)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Organisation: {0}</source>
        <translation>Organisation : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Other data held</source>
        <translation>Autres données détenues</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Other period</source>
        <translation>Autre période</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>over the change by {0}: {1}</source>
        <translation>par-dessus la modification de {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>paid</source>
        <translation>payés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Partial access, others&apos; data withheld (Art. 15(4))</source>
        <translation>Accès partiel, données de tiers retenues (art. 15, paragraphe 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Partly granted</source>
        <translation>Partiellement accordé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>partly refused: {0}, repeat requests: {1}</source>
        <translation>refusées en partie : {0}, demandes répétées : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Passphrase not accepted</source>
        <translation>Phrase secrète refusée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Passphrase of the attachments</source>
        <translation>Phrase secrète des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Password given</source>
        <translation>Mot de passe donné</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>paused for identity</source>
        <translation>avec attente d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>paused for identity, kept apart</source>
        <translation>attente d&apos;identité, comptées à part</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Per assignee (open cases)</source>
        <translation>Par responsable (dossiers ouverts)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Personal data</source>
        <translation>Données à caractère personnel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Portability (with data files)</source>
        <translation>Portabilité (avec fichiers de données)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Print the figures</source>
        <translation>Imprimer les chiffres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Printed on {0}</source>
        <translation>Imprimé le {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Privacy address</source>
        <translation>Adresse vie privée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Privacy e-mail</source>
        <translation>E-mail pour la vie privée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Problems (errors stop saving; warnings show a gap):</source>
        <translation>Problèmes (les erreurs empêchent l&apos;enregistrement ; les avertissements signalent une lacune) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Procedure of the organisation (PDF)</source>
        <translation>Procédure de l&apos;organisation (PDF)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Profile imported</source>
        <translation>Profil importé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Profile refused</source>
        <translation>Profil refusé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>promised</source>
        <translation>promis</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Promised deadline (calendar days)</source>
        <translation>Délai promis (jours calendrier)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Proposed from the text of the message</source>
        <translation>Proposé d&apos;après le texte du message</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Proposed from the text of the message: confirm or change</source>
        <translation>Proposé d&apos;après le texte du message : confirmez ou modifiez</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Proposed from the words: {0}</source>
        <translation>Proposé d&apos;après les mots : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Public health (Art. 17(3)(c))</source>
        <translation>Santé publique (art. 17, § 3, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Public holidays are those of the organisation&apos;s country ({0}). Where some regions have more (German states, Alsace-Moselle), choose the region.</source>
        <translation>Les jours fériés sont ceux du pays de l&apos;organisation ({0}). Là où certaines régions en ont davantage (Länder allemands, Alsace-Moselle), choisissez la région.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Public interest in public health (Art. 17(3)(c))</source>
        <translation>Intérêt public dans le domaine de la santé publique (art. 17, § 3, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Put the content of {0} back? What the database holds now is first kept aside as a backup, so this can be undone.</source>
        <translation>Restaurer le contenu de {0} ? Le contenu actuel de la base de données est d’abord mis de côté comme sauvegarde, pour pouvoir revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Reason (required when refused or partly granted)</source>
        <translation>Motif (obligatoire en cas de refus ou d&apos;accord partiel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Reasonable doubt</source>
        <translation>Doute raisonnable</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Received by e-mail: {0} may be a proof of identity. Check it, then confirm.</source>
        <translation>Reçu par courriel : {0} est peut-être une preuve d&apos;identité. Vérifiez-la, puis confirmez.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Recipients told (Art. 19)</source>
        <translation>Destinataires informés (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Record that the requester withdrew the request: the case stops owing an answer. How did the requester withdraw it?</source>
        <translation>Enregistrer que la personne concernée a retiré sa demande : le dossier ne doit plus de réponse. Comment l&apos;a-t-elle retirée ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Record the chosen item</source>
        <translation>Enregistrer le point choisi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Record the item and go to the next open one (Return in the note, or Ctrl+Return)</source>
        <translation>Enregistrer le point et passer au point ouvert suivant (Entrée dans la note, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Record the outcome of each right asked.</source>
        <translation type="obsolete">Indiquez le résultat de chaque droit demandé.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Record the outcome of each right asked. Closing means finished: the outcome is what the letters sent said.</source>
        <translation>Enregistrez l&apos;issue de chaque droit demandé. Clôturer signifie terminé : l&apos;issue est ce que disaient les lettres envoyées.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Recovery code not accepted</source>
        <translation>Code de récupération refusé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Recovery code of the attachment key</source>
        <translation>Code de récupération de la clé des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Rectification done</source>
        <translation>Rectification effectuée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Rectification refused (Art. 16)</source>
        <translation>Rectification refusée (art. 16)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Refresh the list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Refuse the request: the case stops owing an answer, and the requester must be told why (a refusal letter). Why is it refused?</source>
        <translation>Refuser la demande : le dossier ne doit plus de réponse, et la personne concernée doit en connaître la raison (une lettre de refus). Pourquoi est-elle refusée ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>refused</source>
        <translation>refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Register of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>register version</source>
        <translation>version du registre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Registered post</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Reload shows their version and drops your edits. Keep mine writes your edits on top of theirs; the timeline records that their change was overwritten.</source>
        <translation>Recharger affiche leur version et abandonne vos modifications. Garder ma version écrit vos modifications par-dessus les leurs ; l’historique indique que leur modification a été remplacée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Remind me of cases due within</source>
        <translation>Me rappeler les dossiers à traiter dans les</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Remind me when a requester has not answered an identity request after</source>
        <translation>Me rappeler quand une personne concernée n&apos;a pas répondu à une demande d&apos;identité après</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Reminder: proof of identity</source>
        <translation>Rappel : justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Reminder: the requester has not answered the identity request for {0} days</source>
        <translation>Rappel : la personne concernée n&apos;a pas répondu à la demande d&apos;identité depuis {0} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Repeat access request beyond the {0} free per 12 months: a reasonable fee may be asked (GDPR Art. 15(3)).</source>
        <translation>Demande d&apos;accès répétée au-delà des {0} gratuites par 12 mois : des frais raisonnables peuvent être exigés (RGPD art. 15, § 3).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Representative&apos;s address</source>
        <translation>Adresse du représentant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Representative: asking for the mandate</source>
        <translation>Représentant : demande du mandat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Request for proof of identity</source>
        <translation>Demande de preuve d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Requester</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Requester name</source>
        <translation>Nom de la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Requests per month, by right</source>
        <translation>Demandes par mois, par droit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>requests received</source>
        <translation>demandes reçues</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Required for registered post</source>
        <translation>Obligatoire pour un envoi recommandé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Restart DSAR Desk to see the new language everywhere.</source>
        <translation>Redémarrez DSAR Desk pour voir la nouvelle langue partout.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Restore from recovery code…</source>
        <translation>Restaurer avec le code de récupération…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Restore the attachment key</source>
        <translation>Restaurer la clé des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Restriction done</source>
        <translation>Limitation effectuée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Rights asked</source>
        <translation>Droits demandés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Rights proposed from the text: {0}.</source>
        <translation>Droits proposés d&apos;après le texte : {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Safeguards (transfers outside the EEA)</source>
        <translation>Garanties (transferts hors de l&apos;EEE)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Sample organisations loaded: {0}; {1} demo cases</source>
        <translation>Organisations d&apos;exemple chargées : {0} ; dossiers de démonstration : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Save fee</source>
        <translation>Enregistrer les frais</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Save the changes to the fields</source>
        <translation>Enregistrer les modifications des champs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save the changes to the fields (Ctrl+S)</source>
        <translation>Enregistrer les modifications des champs (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Save the figures as PDF</source>
        <translation>Enregistrer les chiffres en PDF</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>Save them, discard them, or go back to them?</source>
        <translation>Les enregistrer, les abandonner, ou y revenir ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Saved: {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Search</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Search reference, name or email…</source>
        <translation>Référence, nom ou e-mail…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>secure connection (TLS)</source>
        <translation>connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Send the annexes in an encrypted ZIP (AES-256); you give the password by another channel</source>
        <translation>Envoyer les annexes dans un ZIP chiffré (AES-256) ; vous donnez le mot de passe par un autre canal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Send the notice (Art. 19)</source>
        <translation>Envoyer la notification (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Send the notice by e-mail…</source>
        <translation>Envoyer la notification par courriel…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Sending the notice…</source>
        <translation>Envoi de la notification…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Sent folder</source>
        <translation>dossier Envoyés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Sent to {0}; the server accepted it ({1}).</source>
        <translation>Envoyé à {0} ; le serveur l&apos;a accepté ({1}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>server name (DNS)</source>
        <translation>nom du serveur (DNS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>server&apos;s answer</source>
        <translation>réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Show today</source>
        <translation>Afficher aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>sign-in (OAuth)</source>
        <translation>connexion (OAuth)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Signed letter</source>
        <translation>Lettre signée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Slug</source>
        <translation>Nom court (slug)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Something was changed behind DSAR Desk&apos;s back. First: {0}</source>
        <translation>Quelque chose a été modifié à l’insu de DSAR Desk. Premier constat : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>Something went wrong and the last action may not have been completed. Your saved data is safe. The error was written to the log file in {0}.</source>
        <translation>Un problème est survenu et la dernière action n&apos;a peut-être pas abouti. Vos données enregistrées sont intactes. L&apos;erreur a été consignée dans le fichier journal dans {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Start the month again when identity is confirmed (UK regulator)</source>
        <translation>Recommencer le mois dès que l&apos;identité est confirmée (autorité britannique)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Start work</source>
        <translation>Commencer le traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>State: done</source>
        <translation>État : fait</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>State: not applicable</source>
        <translation>État : sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>State: not concerned</source>
        <translation>État : non concerné</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Status change undone</source>
        <translation>Changement de statut annulé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>still open</source>
        <translation>encore ouvertes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>stored in the keyring (type to replace)</source>
        <translation>conservé dans le trousseau (tapez pour le remplacer)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Surname on the document</source>
        <translation>Nom sur le document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Suspend the clock while waiting (EDPB Guidelines 01/2022)</source>
        <translation>Suspendre le délai pendant l&apos;attente (lignes directrices 01/2022 du CEPD)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Systems (where to search and erase)</source>
        <translation>Systèmes (où rechercher et effacer)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Take back the last status change made here (Ctrl+Z); the timeline keeps both</source>
        <translation>Annuler le dernier changement de statut fait ici (Ctrl+Z) ; l&apos;historique garde les deux</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Take the selected file off the list (Delete)</source>
        <translation>Retirer le fichier choisi de la liste (Suppr)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Take this message out of the Inbox as not a request? Its content is not kept; it will not come back.</source>
        <translation>Retirer ce message de la boîte de réception comme n&apos;étant pas une demande ? Son contenu n&apos;est pas conservé ; il ne reviendra pas.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Tenant</source>
        <translation>Locataire (tenant)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>The attachments of this database are locked with a passphrase. Type it to open them for this session.</source>
        <translation>Les pièces jointes de cette base de données sont verrouillées par une phrase secrète. Tapez-la pour les ouvrir pendant cette session.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The backup is back. What the database held before is kept in {0}.</source>
        <translation>La sauvegarde est restaurée. Le contenu précédent de la base de données est conservé dans {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>The cases the list shows, as a spreadsheet file (it holds personal data)</source>
        <translation>Les dossiers que montre la liste, en fichier tableur (il contient des données personnelles)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>The checklist</source>
        <translation>La liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The connection</source>
        <translation>La connexion</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>The copy to the Sent folder failed: {0}</source>
        <translation>La copie dans le dossier Envoyés a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>The data go to no one outside the organisation</source>
        <translation>Les données ne sont transmises à personne en dehors de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The database</source>
        <translation>La base de données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>The database cannot be opened.</source>
        <translation>La base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The day&apos;s backup is written: {0}</source>
        <translation>La sauvegarde du jour est écrite : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>The deadline is now {0}. The requester must be told of the extension and its reasons within the first month (by {1}). Prepare the extension letter now?</source>
        <translation>Le délai est maintenant le {0}. La personne concernée doit être informée de la prolongation et de ses motifs dans le premier mois (au plus tard le {1}). Préparer la lettre de prolongation maintenant ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>The deadline moves to three months from receipt (GDPR Art. 12(3)). Give the reasons: they are recorded and go in the extension letter to the requester.</source>
        <translation>Le délai passe à trois mois à compter de la réception (RGPD art. 12, § 3). Indiquez les motifs : ils sont enregistrés et figurent dans la lettre de prolongation adressée à la personne concernée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>The due date moves by the days between asking and receiving the information.</source>
        <translation>L&apos;échéance est reportée du nombre de jours entre la demande et la réception des informations.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>The due dates of this organisation&apos;s open cases are computed again when you save.</source>
        <translation>Les échéances des dossiers ouverts de cette organisation sont recalculées lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The file could not be written ({0}).</source>
        <translation>Le fichier n&apos;a pas pu être écrit ({0}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>The file holds personal data. Only you can read it on this computer; delete it once you no longer need it, and never send it unprotected.</source>
        <translation>Le fichier contient des données personnelles. Vous seul pouvez le lire sur cet ordinateur ; supprimez-le dès que vous n&apos;en avez plus besoin, et ne l&apos;envoyez jamais sans protection.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The files sent as the copy of the data, one per line</source>
        <translation>Les fichiers envoyés comme copie des données, un par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>the ID copy cannot be encrypted without the key; nothing was saved</source>
        <translation>la copie ne peut pas être chiffrée sans la clé ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>the IMAP user</source>
        <translation>l&apos;utilisateur IMAP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>The key is back in the keyring.</source>
        <translation>La clé est de retour dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>The key opens the attachments for this session (no keyring works here).</source>
        <translation>La clé ouvre les pièces jointes pour cette session (aucun trousseau ne fonctionne ici).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The letter could not be kept with the case ({0}).</source>
        <translation>La lettre n&apos;a pas pu être conservée dans le dossier ({0}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The letter was not made</source>
        <translation>La lettre n&apos;a pas été établie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>The list was not exported</source>
        <translation>La liste n&apos;a pas été exportée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The login</source>
        <translation>L’identifiant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>The mailbox could not be checked: {0}</source>
        <translation>La boîte aux lettres n&apos;a pas pu être vérifiée : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>The message and its {0} attachment(s) are kept with the case, encrypted.</source>
        <translation>Le message et ses {0} pièce(s) jointe(s) sont conservés chiffrés avec le dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>The message cannot be read: fill in the intake from what you know; the message is kept with the case.</source>
        <translation>Le message est illisible : remplissez l&apos;enregistrement avec ce que vous savez ; le message est conservé avec le dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>The message is kept with the case, encrypted.</source>
        <translation>Le message est conservé chiffré avec le dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>The next check tries again.</source>
        <translation>La prochaine vérification réessaie.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>The notice was not sent: {0}</source>
        <translation>La notification n&apos;a pas été envoyée : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The objection is to direct marketing</source>
        <translation>L&apos;opposition vise la prospection commerciale</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The organisation the request seems meant for (optional)</source>
        <translation>L&apos;organisation à laquelle la demande semble destinée (facultatif)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>The original email or a scan of the letter. You can also drop files here.</source>
        <translation>L&apos;e-mail d&apos;origine ou un scan de la lettre. Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The password</source>
        <translation>Le mot de passe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>The password was not stored</source>
        <translation>Le mot de passe n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>The period ends before it starts: choose the dates again.</source>
        <translation>La période se termine avant de commencer : choisissez à nouveau les dates.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>The period is counted anew from the day the information arrives.</source>
        <translation>Le délai recommence à courir à partir du jour où les informations arrivent.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>The photo and national number are blacked out (or needed for this check)</source>
        <translation>La photo et le numéro national sont masqués (ou nécessaires à cette vérification)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>the privacy address</source>
        <translation>l&apos;adresse vie privée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>The profile has {0} error(s); nothing was saved.</source>
        <translation>Le profil contient des erreurs ({0}) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>The profile states no number of free requests per year.</source>
        <translation>Le profil n&apos;indique aucun nombre de demandes gratuites par an.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>the recipient&apos;s contact address ([[recipient]] email in the profile)</source>
        <translation>l&apos;adresse de contact du destinataire ([[recipient]] email dans le profil)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The recipients the checklist marks as told (Art. 19)</source>
        <translation>Les destinataires que la liste de contrôle marque comme informés (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The record does not hold</source>
        <translation>L’historique n’est pas intègre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The record holds</source>
        <translation>L’historique est intègre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>the records of {0}</source>
        <translation>les données de {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>The request is refused as manifestly unfounded or excessive (GDPR Art. 12(5)); the refusal letter gives the requester this reason. Why?</source>
        <translation>La demande est refusée comme manifestement infondée ou excessive (RGPD art. 12, § 5) ; la lettre de refus communique ce motif à la personne concernée. Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The requester must be told of the extension and its reasons before the first due date.</source>
        <translation>La personne concernée doit être informée de la prolongation et de ses motifs avant la première échéance.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The requester&apos;s supplementary statement was added to the data</source>
        <translation>La déclaration complémentaire de la personne concernée a été jointe aux données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The server&apos;s name</source>
        <translation>Le nom du serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The server&apos;s port</source>
        <translation>Le port du serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>the system&apos;s trust store</source>
        <translation>le magasin de certificats du système</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The team database</source>
        <translation>La base de données de l’équipe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>The team server cannot be reached: read-only until it is back. DSAR Desk reconnects by itself; nothing you do now is saved.</source>
        <translation>Le serveur d’équipe est injoignable : lecture seule jusqu’à son retour. DSAR Desk se reconnecte de lui-même ; rien de ce que vous faites maintenant n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>The team server cannot be reached: read-only until it is back. Nothing was saved.</source>
        <translation>Le serveur d’équipe est injoignable : lecture seule jusqu’à son retour. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>The team server is back: you can work again. The list has been read again.</source>
        <translation>Le serveur d’équipe est de retour : vous pouvez à nouveau travailler. La liste a été relue.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The TLS certificate</source>
        <translation>Le certificat TLS</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>The ZIP password</source>
        <translation>Le mot de passe du ZIP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>This file holds personal data (the requesters&apos; names and e-mail addresses): it is written readable by you only, never over another file. Delete it when done.</source>
        <translation>Ce fichier contient des données à caractère personnel (noms et adresses électroniques des personnes concernées) : il est enregistré lisible par vous seul, jamais à la place d&apos;un autre fichier. Supprimez-le lorsque vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>This file holds personal data: the names and e-mail addresses of requesters. Keep it only where no one else can read it and delete it once done.</source>
        <translation>Ce fichier contient des données personnelles : les noms et adresses e-mail des personnes concernées. Conservez-le uniquement là où personne d&apos;autre ne peut le lire et supprimez-le une fois terminé.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>This guide</source>
        <translation>Ce guide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>This ID copy was deleted at the end of its retention.</source>
        <translation>Cette copie a été supprimée à la fin de sa conservation.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>This is a file, not a server address: write postgresql://user@host:port/database (or use Back to my own file)</source>
        <translation>Ceci est un fichier, pas une adresse de serveur : écrivez postgresql://utilisateur@hôte:port/base (ou utilisez Revenir à mon propre fichier)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>This letter discloses personal data, and {0}. Make it anyway only for a good reason; the reason is recorded with the letter and in the timeline.</source>
        <translation>Cette lettre communique des données à caractère personnel, et {0}. Ne l&apos;établissez quand même que pour une bonne raison ; le motif est enregistré avec la lettre et dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>This message cannot be read: {0}</source>
        <translation>Ce message est illisible : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>This message cannot be shown ({0}).</source>
        <translation>Ce message ne peut pas être affiché ({0}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>This profile is the same as the one of {0}.</source>
        <translation>Ce profil est identique à celui de {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>This profile replaces the one of {0}. {1} change(s):</source>
        <translation>Ce profil remplace celui de {0}. Modifications ({1}) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>This window has changes that are not saved yet.</source>
        <translation>Cette fenêtre contient des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>This window has input that was not used yet.</source>
        <translation>Cette fenêtre contient une saisie qui n&apos;a pas encore été utilisée.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="obsolete">Historique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Timeline and attachments</source>
        <translation>Historique et pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Today, {0}</source>
        <translation>Aujourd&apos;hui, {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>told in time: {0}, late: {1}, not by letter: {2}</source>
        <translation>notifiées à temps : {0}, en retard : {1}, pas par lettre : {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Type of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Type the recovery code shown when the key was made (14 groups of 4).</source>
        <translation>Tapez le code de récupération affiché à la création de la clé (14 groupes de 4).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Undo the last status change made in this window</source>
        <translation>Annuler le dernier changement de statut fait dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Undo the status change</source>
        <translation>Annuler le changement de statut</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Undo “{0}”</source>
        <translation>Annuler « {0} »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Unfounded or excessive</source>
        <translation>Infondée ou excessive</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Unlawful, erasure opposed (Art. 18(1)(b))</source>
        <translation>Illicite, effacement refusé (art. 18, § 1er, b))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Unlock with passphrase…</source>
        <translation>Déverrouiller avec la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>unlocked</source>
        <translation>déverrouillée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>waited %n day(s)</source>
        <translation>
            <numerusform>%n jour d&apos;attente</numerusform>
            <numerusform>%n jours d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Waiting for requester</source>
        <translation>En attente de la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Waiting for the requester</source>
        <translation>En attente de la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>waiting for the requester ({0} days so far)</source>
        <translation>en attente de la personne concernée ({0} jours jusqu&apos;ici)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Waiting for the requester does not move the due date.</source>
        <translation>L&apos;attente de la personne concernée ne reporte pas l&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Warnings of the new profile:</source>
        <translation>Avertissements du nouveau profil :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Welcome to DSAR Desk</source>
        <translation>Bienvenue dans DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>What it does</source>
        <translation>Ce qu&apos;il fait</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>What the requester could specify (optional)</source>
        <translation>Ce que la personne concernée pourrait préciser (facultatif)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>What to specify</source>
        <translation>À préciser</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>What was corrected, separated by commas</source>
        <translation>Ce qui a été corrigé, séparé par des virgules</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>What was found or done; the reason when not applicable</source>
        <translation>Ce qui a été trouvé ou fait ; le motif si sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>When you opened it</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Which data are kept, and why</source>
        <translation>Quelles données sont conservées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Which data matched what the organisation holds</source>
        <translation>Quelles données concordent avec celles de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Which data of other persons are withheld, and why</source>
        <translation>Quelles données de tiers sont retenues, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>While waiting for the requester (identity, or narrowing a large request):</source>
        <translation>Pendant l&apos;attente de la personne concernée (identité, ou précision d&apos;une demande volumineuse) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>Who answers the requests?</source>
        <translation>Qui répond aux demandes ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Whole country (national holidays only)</source>
        <translation>Tout le pays (jours fériés nationaux uniquement)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why an ID copy</source>
        <translation>Pourquoi une copie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why another method than the policy&apos;s (required)</source>
        <translation>Pourquoi une autre méthode que celle de la politique (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why are lesser means (data already held, a signed letter) not enough?</source>
        <translation>Pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent-ils pas ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why is there a reasonable doubt about the requester&apos;s identity? (the letter says it)</source>
        <translation>Pourquoi y a-t-il un doute raisonnable sur l&apos;identité de la personne concernée ? (la lettre l&apos;indique)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Why no letter is needed (e.g. answered by phone and confirmed by e-mail)</source>
        <translation>Pourquoi aucune lettre n&apos;est nécessaire (p. ex. réponse par téléphone, confirmée par e-mail)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why not needed / how it was checked / why it failed</source>
        <translation>Pourquoi pas nécessaire / comment vérifié / pourquoi échoué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why not rectified</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why the data were not rectified</source>
        <translation>Pourquoi les données n&apos;ont pas été rectifiées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why the letter may be sent before the identity is verified</source>
        <translation>Pourquoi la lettre peut être envoyée avant la vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Withdraw consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Withdrawn by requester</source>
        <translation>Retiré par la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Withheld, and why</source>
        <translation>Données retenues, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Within {0} days</source>
        <translation>Dans les {0} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Without the key or this code, nobody can read the attachments, not even you. Entering the code restores access on a new computer or for a teammate (File › Security…).</source>
        <translation>Sans la clé ou ce code, personne ne peut lire les pièces jointes, pas même vous. Saisir le code rend l&apos;accès sur un nouvel ordinateur ou à un collègue (Fichier › Sécurité…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Writing a backup…</source>
        <translation>Écriture d’une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Writing the day&apos;s backup…</source>
        <translation>Écriture de la sauvegarde du jour…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Wrong organisation</source>
        <translation>Mauvaise organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>XOAUTH2 (Microsoft 365, Google)</source>
        <translation>XOAUTH2 (Microsoft 365, Google)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>Your name and role go under every letter you make and name you as the assignee of the cases you take. A letter is never signed with the computer&apos;s login name. You can change them later in Preferences (Ctrl+,).</source>
        <translation>Votre nom et votre fonction figurent sous chaque lettre que vous établissez et vous désignent comme responsable des dossiers que vous prenez. Une lettre n&apos;est jamais signée du nom de connexion de l&apos;ordinateur. Vous pourrez les modifier plus tard dans les Préférences (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>Your role</source>
        <translation>Votre fonction</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your role (under your name on letters)</source>
        <translation>Votre fonction (sous votre nom dans les lettres)</translation>
    </message>
    <message>
        <source>Your user name: {0}</source>
        <translation type="obsolete">Votre nom d&apos;utilisateur : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0} (the policy)</source>
        <translation>{0} (la politique)</translation>
    </message>
    <message>
        <source>{0} ({1:,} bytes) will be kept encrypted until the purge</source>
        <translation type="obsolete">{0} ({1:,} octets) sera conservé chiffré jusqu&apos;à la suppression</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0} ({1}) will be kept encrypted until the purge</source>
        <translation>{0} ({1}) sera conservé chiffré jusqu&apos;à la purge</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>{0} ({1}), closed on {2}</source>
        <translation>{0} ({1}), clôturé le {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>{0} cannot be read as an e-mail: {1}</source>
        <translation>{0} ne peut pas être lu comme un courriel : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} ne peut pas être lu : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} ne peut pas être écrit : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>{0} case(s) written to {1}.</source>
        <translation>{0} dossier(s) écrit(s) dans {1}.</translation>
    </message>
    <message>
        <source>{0} cases shown · {1} open · {2} overdue · {3} due within 7 days</source>
        <translation type="obsolete">{0} dossiers affichés · {1} ouverts · {2} en retard · {3} à traiter dans les 7 jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} cases shown · {1} open · {2} overdue · {3} due within {4} days</source>
        <translation>{0} dossiers affichés · {1} ouverts · {2} en retard · {3} à traiter dans les {4} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>{0} changed this after you opened it. Nothing of yours was saved yet.</source>
        <translation>{0} a modifié ceci après que vous l’avez ouvert. Rien de vos modifications n’a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>{0} changed this at {1}, after you opened it. Nothing of yours was saved yet.</source>
        <translation>{0} a modifié ceci le {1}, après que vous l’avez ouvert. Rien de vos modifications n’a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>{0} checklist item(s) are still open. Mark them first, or give the reason to answer now (it is kept in the timeline).</source>
        <translation>Points de la liste de contrôle encore ouverts : {0}. Traitez-les d&apos;abord, ou indiquez pourquoi vous répondez maintenant (le motif est conservé dans l&apos;historique).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>{0} due dates exported to {1} ({2} no longer due)</source>
        <translation>{0} échéances exportées vers {1} ({2} qui ne s&apos;appliquent plus)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>{0} events, {1} letters, {2} backups compared.</source>
        <translation>{0} événements, {1} courriers, {2} sauvegardes comparées.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} exists: a file with personal data never replaces another. Choose another name.</source>
        <translation>{0} existe déjà : un fichier contenant des données à caractère personnel ne remplace jamais un autre fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>{0} failed: {1}</source>
        <translation>{0} a échoué : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>{0} has no SMTP server in its mail settings (Organisations… → Mail…).</source>
        <translation>{0} n&apos;a pas de serveur SMTP dans ses paramètres de messagerie (Organisations… → Messagerie…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>{0} has {1} error(s); nothing was imported.</source>
        <translation>{0} contient des erreurs ({1}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} imported.</source>
        <translation>{0} importé.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>{0} in {1}, line {2}</source>
        <translation>{0} dans {1}, ligne {2}</translation>
    </message>
    <message>
        <source>{0} is larger than 50 MB</source>
        <translation type="obsolete">{0} dépasse 50 Mo</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>{0} is {1}. Move it back to “{2}”? Its letters and outcomes stay in the timeline; it needs a new answer before it is answered again.</source>
        <translation>{0} est {1}. Le ramener à « {2} » ? Ses lettres et ses issues restent dans l&apos;historique ; il lui faudra une nouvelle réponse avant d&apos;être de nouveau répondu.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} of them deleted under the retention rule, counted anonymously.</source>
        <translation>dont {0} effacées selon la règle de conservation, comptées de manière anonyme.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>{0} of {1} item(s) open · register version {2}</source>
        <translation>{0} point(s) ouvert(s) sur {1} · version du registre {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>{0} on {1}</source>
        <translation>{0} le {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} open · {1} overdue · {2} due within {3} days</source>
        <translation>{0} ouverts · {1} en retard · {2} à traiter dans les {3} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>{0} search item(s) are still open. Mark them all done, with this note (what was found: the access answer lists each of these activities):</source>
        <translation>{0} recherche(s) encore ouverte(s). Les marquer toutes comme faites, avec cette note (ce qui a été trouvé : la réponse d&apos;accès mentionne chacune de ces activités) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} updated.</source>
        <translation>{0} mis à jour.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} warning(s) to look at:</source>
        <translation>Avertissements à examiner : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>{0} — secrets (the attachment key, later passwords) are kept there, never in a file</source>
        <translation>{0} — les secrets (la clé des pièces jointes, plus tard les mots de passe) y sont gardés, jamais dans un fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0}&apos;s policy asks for no routine identity check: ask for proof only when there is a reasonable doubt (Art. 12(6)).</source>
        <translation>La politique de {0} ne demande pas de vérification d&apos;identité systématique : ne demandez une preuve qu&apos;en cas de doute raisonnable (art. 12, § 6).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0}&apos;s policy asks for: {1}. Another method needs the reason, below.</source>
        <translation>La politique de {0} demande : {1}. Une autre méthode demande la raison, ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>{0}, version {1}, made on {2}</source>
        <translation>{0}, version {1}, établie le {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>{0}, version {1}: SHA-256 {2}</source>
        <translation>{0}, version {1} : SHA-256 {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0}: attach an image or a PDF</source>
        <translation>{0} : joignez une image ou un PDF</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>{0}: remind the requester</source>
        <translation>{0} : relancer la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0}: requests received from {1} to {2}</source>
        <translation>{0} : demandes reçues du {1} au {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>{0}: the mailbox could not be read: {1}</source>
        <translation>{0} : la boîte aux lettres n&apos;a pas pu être lue : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>— default —</source>
        <translation>— par défaut —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>— none: everything erased —</source>
        <translation>— aucune : tout a été effacé —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>… and {0} more: use the filters of the case list</source>
        <translation>… et {0} de plus : utilisez les filtres de la liste des dossiers</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (a {word} is a {choice})</source>
        <comment>profile.hint-alias</comment>
        <translation> (un {word} est un {choice})</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation type="obsolete"> (vouliez-vous dire %1 ?)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (did you mean {choice}?)</source>
        <comment>profile.hint-did-you-mean</comment>
        <translation> (vouliez-vous dire {choice} ?)</translation>
    </message>
    <message>
        <source> (write [&quot;...&quot;] for one item)</source>
        <translation type="obsolete"> (écrivez [&quot;...&quot;] pour un seul élément)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (write [&quot;...&quot;] for one item)</source>
        <comment>profile.hint-one-item</comment>
        <translation> (écrivez [&quot;...&quot;] pour un seul élément)</translation>
    </message>
    <message>
        <source> (write [&quot;line 1&quot;, &quot;line 2&quot;])</source>
        <translation type="obsolete"> (écrivez [&quot;ligne 1&quot;, &quot;ligne 2&quot;])</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (write [&quot;line 1&quot;, &quot;line 2&quot;])</source>
        <comment>profile.hint-lines</comment>
        <translation> (écrivez [&quot;ligne 1&quot;, &quot;ligne 2&quot;])</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source> (write [{value}])</source>
        <comment>profile.hint-list</comment>
        <translation> (écrivez [{value}])</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (write {value})</source>
        <comment>profile.hint-write</comment>
        <translation> (écrivez {value})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>#{position} is already {state}</source>
        <comment>mail.item-closed</comment>
        <translation>le point n°{position} est déjà {state}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>#{position} is not an item that informs a recipient</source>
        <comment>mail.not-inform-item</comment>
        <translation>le point n°{position} n&apos;informe pas un destinataire</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2)</source>
        <translation type="obsolete">%1 ne peut pas être lu comme base de données (%2)</translation>
    </message>
    <message>
        <source>%1 days is later than the legal limit of one month (GDPR Art. 12(3)); use at most %2, or leave it out for one month (the app never sets a deadline later than the legal limit)</source>
        <translation type="obsolete">%1 jours dépasse le délai légal d&apos;un mois (RGPD art. 12, § 3) ; utilisez au plus %2, ou laissez vide pour un mois (l&apos;application ne fixe jamais un délai au-delà du délai légal)</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address</source>
        <translation type="obsolete">%1 ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <source>%1 has no TOML form (leave the key out instead)</source>
        <translation type="obsolete">%1 n&apos;a pas de forme TOML (omettez plutôt la clé)</translation>
    </message>
    <message>
        <source>%1 is already the id of controller[%2]; ids must be unique</source>
        <translation type="obsolete">%1 est déjà l&apos;identifiant de controller[%2] ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>%1 is already the id of processing[%2]; ids must be unique</source>
        <translation type="obsolete">%1 est déjà l&apos;id de processing[%2] ; les id doivent être uniques</translation>
    </message>
    <message>
        <source>%1 is already the id of recipient[%2]; ids must be unique</source>
        <translation type="obsolete">%1 est déjà l&apos;id de recipient[%2] ; les id doivent être uniques</translation>
    </message>
    <message>
        <source>%1 is before the letter was made (%2)</source>
        <translation type="obsolete">%1 est antérieur à l&apos;établissement de la lettre (%2)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="obsolete">%1 est vide</translation>
    </message>
    <message>
        <source>%1 is in %2, outside the EEA and without an adequacy decision, and no safeguards are stated: state them in safeguards (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <translation type="obsolete">%1 est établi en %2, hors de l&apos;EEE et sans décision d&apos;adéquation, et aucune garantie n&apos;est indiquée : indiquez-les dans safeguards (p. ex. clauses contractuelles types) - RGPD art. 44-46 ; d&apos;ici là, les réponses d&apos;accès qui le citent sont refusées</translation>
    </message>
    <message>
        <source>%1 is in %2, outside the EEA, and no safeguards are stated; %3: if %4 is certified, say so in safeguards, else state the safeguards used (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <translation type="obsolete">%1 est établi en %2, hors de l&apos;EEE, et aucune garantie n&apos;est indiquée ; %3 : si %4 est certifié, indiquez-le dans safeguards, sinon les garanties utilisées (p. ex. clauses contractuelles types) - RGPD art. 44-46 ; d&apos;ici là, les réponses d&apos;accès qui le citent sont refusées</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="obsolete">%1 est dans le futur</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="obsolete">%1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB</source>
        <translation type="obsolete">%1 dépasse 50 Mo</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="obsolete">%1 figure deux fois</translation>
    </message>
    <message>
        <source>%1 is not a language code: use a two-letter ISO 639-1 code such as &quot;nl&quot; or &quot;fr&quot;%2</source>
        <translation type="obsolete">%1 n&apos;est pas un code de langue : utilisez un code ISO 639-1 de deux lettres comme &quot;nl&quot; ou &quot;fr&quot;%2</translation>
    </message>
    <message>
        <source>%1 is not a retention period: give the period, or the criteria that decide it (GDPR Art. 15(1)(d)); until then access answers are refused</source>
        <translation type="obsolete">%1 n&apos;est pas une durée de conservation : indiquez la durée, ou les critères qui la déterminent (RGPD art. 15, paragraphe 1, point d)) ; d&apos;ici là, les réponses d&apos;accès sont refusées</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code in capitals%2</source>
        <translation type="obsolete">%1 n&apos;est pas un code de pays ISO 3166-1 alpha-2 en majuscules%2</translation>
    </message>
    <message>
        <source>%1 is not an MRZ character</source>
        <translation type="obsolete">%1 n&apos;est pas un caractère de la MRZ</translation>
    </message>
    <message>
        <source>%1 was written by a newer DSAR Desk (schema %2; this version knows up to %3). Update DSAR Desk; the file was left untouched.</source>
        <translation type="obsolete">%1 a été écrit par une version plus récente de DSAR Desk (schéma %2 ; cette version connaît jusqu&apos;à %3). Mettez DSAR Desk à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: choose an outcome (%2)</source>
        <translation type="obsolete">%1 : choisissez un résultat (%2)</translation>
    </message>
    <message>
        <source>%1: give the reason for &apos;%2&apos;</source>
        <translation type="obsolete">%1 : indiquez le motif de « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a letter id nor KIND:VERSION</source>
        <translation type="obsolete">« %1 » n&apos;est ni un id de lettre ni TYPE:VERSION</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un canal (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="obsolete">« %1 » n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of letter (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un type de lettre (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a letter language (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas une langue de lettre (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a letter language of %2 (%3)</source>
        <translation type="obsolete">« %1 » n&apos;est pas une langue de lettre de %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a right (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un droit (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un statut (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a two-letter country code</source>
        <translation type="obsolete">« %1 » n&apos;est pas un code de pays à deux lettres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a way of sending (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un mode d&apos;envoi (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window position (%2)</source>
        <translation type="obsolete">« %1 » n&apos;est pas une position de fenêtre (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in euros (write e.g. 12.50)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un montant en euros (écrivez p. ex. 12,50)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation type="obsolete">« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO country code (e.g. BE, FR, NL)</source>
        <translation type="obsolete">« %1 » n&apos;est pas un code de pays ISO (p. ex. BE, FR, NL)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not asked in this case</source>
        <translation type="obsolete">« %1 » n&apos;a pas été demandé dans ce dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: say the kind too (KIND:VERSION), or give the letter&apos;s id</source>
        <translation type="obsolete">« %1 » : indiquez aussi le type (TYPE:VERSION), ou donnez l&apos;id de la lettre</translation>
    </message>
    <message>
        <source>&apos;not needed&apos; goes with the method &apos;not needed&apos;</source>
        <translation type="obsolete">« pas nécessaire » va avec la méthode « pas nécessaire »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>&apos;not needed&apos; goes with the method &apos;not needed&apos;</source>
        <comment>identity.needed-goes-with-method</comment>
        <translation>« pas nécessaire » va avec la méthode « pas nécessaire »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>&apos;{address}&apos; is not an e-mail address</source>
        <comment>mail.privacy-address-invalid</comment>
        <translation>« {address} » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{channel}&apos; is not a channel ({known})</source>
        <comment>case.channel</comment>
        <translation>« {channel} » n&apos;est pas un canal ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{country}&apos; is not an ISO country code (e.g. BE, FR, NL)</source>
        <comment>case.iso-country-code-e</comment>
        <translation>« {country} » n&apos;est pas un code de pays ISO (p. ex. BE, FR, NL)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{email}&apos; is not an email address</source>
        <comment>case.email-address</comment>
        <translation>« {email} » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>&apos;{email}&apos; is not an email address</source>
        <comment>case.email-invalid</comment>
        <translation>« {email} » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>&apos;{given}&apos; is neither a letter id nor KIND:VERSION</source>
        <comment>letter.ref-invalid</comment>
        <translation>« {given} » n&apos;est ni un id de lettre ni TYPE:VERSION</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>&apos;{given}&apos;: say the kind too (KIND:VERSION), or give the letter&apos;s id</source>
        <comment>letter.ref-needs-kind</comment>
        <translation>« {given} » : indiquez aussi le type (TYPE:VERSION), ou donnez l&apos;id de la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>&apos;{host}&apos; is not a server name</source>
        <comment>mail.host-invalid</comment>
        <translation>« {host} » n’est pas un nom de serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>&apos;{issuing_country}&apos; is not a two-letter country code</source>
        <comment>identity.two-letter-country-code</comment>
        <translation>« {issuing_country} » n&apos;est pas un code de pays à deux lettres</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of letter ({known})</source>
        <comment>letter.kind-unknown</comment>
        <translation type="obsolete">« {kind} » n&apos;est pas un type de lettre ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{kind}&apos; is not a kind of letter ({known})</source>
        <comment>letter.not-a-kind</comment>
        <translation>« {kind} » n&apos;est pas un type de lettre ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{language}&apos; is not a letter language ({known})</source>
        <comment>letter.language-unknown</comment>
        <translation>« {language} » n&apos;est pas une langue de lettre ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{language}&apos; is not a letter language of {org} ({languages})</source>
        <comment>case.letter-language</comment>
        <translation>« {language} » n&apos;est pas une langue de lettre de {org} ({languages})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{method}&apos; is not a way of sending ({known})</source>
        <comment>letter.method-unknown</comment>
        <translation>« {method} » n&apos;est pas un mode d&apos;envoi ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{right}&apos; is not a right ({known})</source>
        <comment>case.right</comment>
        <translation>« {right} » n&apos;est pas un droit ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>&apos;{right}&apos; was not asked in this case</source>
        <comment>case.was-asked-case</comment>
        <translation>« {right} » n&apos;a pas été demandé dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>&apos;{status}&apos; is not a status ({known})</source>
        <comment>case.status-unknown</comment>
        <translation>« {status} » n&apos;est pas un statut ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>&apos;{text}&apos; is not an amount in euros (write e.g. 12.50)</source>
        <comment>checklist.amount-euros-write-e</comment>
        <translation>« {text} » n&apos;est pas un montant en euros (écrivez p. ex. 12,50)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <comment>case.date-use-yyyy-mm</comment>
        <translation>« {value} » n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{window}&apos; is not a window position ({known})</source>
        <comment>letter.window-unknown</comment>
        <translation>« {window} » n&apos;est pas une position de fenêtre ({known})</translation>
    </message>
    <message>
        <source>0 free requests: the first copy of one&apos;s data is always free of charge (GDPR Art. 15(3)); a fee can only be asked for further copies</source>
        <translation type="obsolete">0 demande gratuite : la première copie de ses données est toujours gratuite (RGPD art. 15, § 3) ; des frais ne peuvent être demandés que pour des copies supplémentaires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>0 free requests: the first copy of one&apos;s data is always free of charge (GDPR Art. 15(3)); a fee can only be asked for further copies</source>
        <comment>profile.free-requests-zero</comment>
        <translation>0 demande gratuite : la première copie de ses données est toujours gratuite (RGPD art. 15, § 3) ; des frais ne peuvent être demandés que pour des copies supplémentaires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>1 line holding {count} {label} lines separated by spaces; put each line on its own line</source>
        <comment>mrz.lines-on-one-line</comment>
        <translation>1 ligne contenant {count} lignes {label} séparées par des espaces ; mettez chaque ligne sur sa propre ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>1 line of {length} characters; this looks like {count} {label} lines run together: put a line break after every {width} characters</source>
        <comment>mrz.lines-run-together</comment>
        <translation>1 ligne de {length} caractères ; on dirait {count} lignes {label} collées : insérez un saut de ligne tous les {width} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>1 line; an MRZ has 2 lines (TD2, TD3 passport) or 3 lines (TD1 identity card)</source>
        <comment>mrz.one-line</comment>
        <translation>1 ligne ; une MRZ compte 2 lignes (TD2, TD3 passeport) ou 3 lignes (TD1 carte d’identité)</translation>
    </message>
    <message>
        <source>2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing</source>
        <translation type="obsolete">2 lignes de 30 caractères ; la MRZ d&apos;une carte d&apos;identité TD1 a 3 lignes de 30 : il en manque une</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing</source>
        <comment>mrz.2-lines-30-characters</comment>
        <translation>2 lignes de 30 caractères ; la MRZ d&apos;une carte d&apos;identité TD1 a 3 lignes de 30 : il en manque une</translation>
    </message>
    <message>
        <source>a case that is %1 cannot become %2 (possible: %3)</source>
        <translation type="obsolete">un dossier au statut « %1 » ne peut pas passer à « %2 » (possible : %3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>a case that is {old} cannot become {new} (possible: {possible})</source>
        <comment>case.status-not-allowed</comment>
        <translation>un dossier au statut « {old} » ne peut pas passer à « {new} » (possible : {possible})</translation>
    </message>
    <message>
        <source>a check that was not needed has the outcome &apos;not needed&apos;</source>
        <translation type="obsolete">une vérification qui n&apos;était pas nécessaire a pour résultat « pas nécessaire »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>a check that was not needed has the outcome &apos;not needed&apos;</source>
        <comment>identity.check-was-needed-has</comment>
        <translation>une vérification qui n&apos;était pas nécessaire a pour résultat « pas nécessaire »</translation>
    </message>
    <message>
        <source>a combined answer needs the rights it answers: the case asks for none of access, rectification, erasure, restriction, objection, withdrawal of consent or portability</source>
        <translation type="obsolete">une réponse groupée a besoin des droits auxquels elle répond : le dossier ne demande ni accès, ni rectification, ni effacement, ni limitation, ni opposition, ni retrait du consentement, ni portabilité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>a combined answer needs the rights it answers: the case asks for none of access, rectification, erasure, restriction, objection, withdrawal of consent or portability</source>
        <comment>letter.gap-no-sections</comment>
        <translation>une réponse groupée a besoin des droits auxquels elle répond : le dossier ne demande ni accès, ni rectification, ni effacement, ni limitation, ni opposition, ni retrait du consentement, ni portabilité</translation>
    </message>
    <message>
        <source>a custom window needs x, y, width and height in millimetres on the A4 page</source>
        <translation type="obsolete">une fenêtre personnalisée demande x, y, largeur et hauteur en millimètres sur la page A4</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>a custom window needs x, y, width and height in millimetres on the A4 page</source>
        <comment>letter.window-custom</comment>
        <translation>une fenêtre personnalisée demande x, y, largeur et hauteur en millimètres sur la page A4</translation>
    </message>
    <message>
        <source>a decision of Art. 22 needs automated_logic (the logic involved) and automated_consequences (its significance and envisaged consequences) for access answers (GDPR Art. 15(1)(h)); until then they are refused</source>
        <translation type="obsolete">une décision au sens de l&apos;art. 22 exige, pour les réponses d&apos;accès, automated_logic (la logique sous-jacente) et automated_consequences (l&apos;importance et les conséquences prévues) (RGPD art. 15, paragraphe 1, point h)) ; d&apos;ici là, elles sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>a decision of Art. 22 needs automated_logic (the logic involved) and automated_consequences (its significance and envisaged consequences) for access answers (GDPR Art. 15(1)(h)); until then they are refused</source>
        <comment>profile.automated-logic-missing</comment>
        <translation>une décision au sens de l&apos;art. 22 exige, pour les réponses d&apos;accès, automated_logic (la logique sous-jacente) et automated_consequences (l&apos;importance et les conséquences prévues) (RGPD art. 15, paragraphe 1, point h)) ; d&apos;ici là, elles sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>a file has one clerk: team members live on a team server (--db postgresql://...)</source>
        <comment>team.file-no-members</comment>
        <translation>un fichier n’a qu’un agent : les membres d’une équipe sont sur un serveur d’équipe (--db postgresql://...)</translation>
    </message>
    <message>
        <source>a key must be a string, not %1</source>
        <translation type="obsolete">une clé doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>a key must be a string, not {type}</source>
        <comment>profile.key-not-string</comment>
        <translation>une clé doit être une chaîne, pas {type}</translation>
    </message>
    <message>
        <source>a letter is signed by the clerk: give your name (and role) in the preferences (clerk_name); the login name is never used</source>
        <translation type="obsolete">une lettre est signée par l&apos;agent : indiquez votre nom (et votre fonction) dans les préférences (clerk_name) ; le nom d&apos;utilisateur du système n&apos;est jamais utilisé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>a letter is signed by the clerk: give your name (and role) in the preferences (clerk_name); the login name is never used</source>
        <comment>letter.gap-signer</comment>
        <translation>une lettre est signée par l&apos;agent : indiquez votre nom (et votre fonction) dans les préférences (clerk_name) ; le nom d&apos;utilisateur du système n&apos;est jamais utilisé</translation>
    </message>
    <message>
        <source>a letter sent by %1 has no tracking number</source>
        <translation type="obsolete">une lettre envoyée par %1 n&apos;a pas de numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>a letter sent by {method} has no tracking number</source>
        <comment>letter.tracking-not-for-method</comment>
        <translation>une lettre envoyée par {method} n&apos;a pas de numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>A notice under Art. 19 follows a rectification, an erasure or a restriction, not {action}</source>
        <comment>mail.notice-action</comment>
        <translation>Une notification au titre de l’article 19 fait suite à une rectification, un effacement ou une limitation, pas à {action}</translation>
    </message>
    <message>
        <source>A pause must be a Pause(requested, received).</source>
        <translation type="obsolete">Une pause doit être une Pause(requested, received).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>A pause must be a Pause(requested, received).</source>
        <comment>deadline.pause-must-pause-requested</comment>
        <translation>Une pause doit être une Pause(requested, received).</translation>
    </message>
    <message>
        <source>a profile must be a TOML table</source>
        <translation type="obsolete">un profil doit être une table TOML</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>a profile must be a TOML table</source>
        <comment>profile.not-table</comment>
        <translation>un profil doit être une table TOML</translation>
    </message>
    <message>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).</source>
        <translation type="obsolete">Un refus doit être motivé : la personne concernée doit savoir pourquoi (art. 12, § 4, RGPD).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/outcomes.py"/>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).</source>
        <comment>letter.refusal-no-reasons</comment>
        <translation>Un refus doit être motivé : la personne concernée doit savoir pourquoi (art. 12, § 4, RGPD).</translation>
    </message>
    <message>
        <source>a registered letter needs its tracking number</source>
        <translation type="obsolete">une lettre recommandée doit avoir son numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>a registered letter needs its tracking number</source>
        <comment>letter.tracking-required</comment>
        <translation>une lettre recommandée doit avoir son numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>A secure (TLS) connection with {host}:{port} failed ({reason})</source>
        <comment>mail.tls-failed</comment>
        <translation>La connexion sécurisée (TLS) avec {host}:{port} a échoué ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>a team server is backed up by its administrator (pg_dump, the server&apos;s own backups), not by DSAR Desk</source>
        <comment>backup.server</comment>
        <translation>un serveur d’équipe est sauvegardé par son administrateur (pg_dump, les sauvegardes du serveur), pas par DSAR Desk</translation>
    </message>
    <message>
        <source>An extension letter needs the new due date.</source>
        <translation type="obsolete">Une lettre de prolongation doit indiquer la nouvelle échéance.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>An extension letter needs the new due date.</source>
        <comment>letter.extension-no-date</comment>
        <translation>Une lettre de prolongation doit indiquer la nouvelle échéance.</translation>
    </message>
    <message>
        <source>An extension letter needs the reasons for the extension (Art. 12(3) GDPR).</source>
        <translation type="obsolete">Une lettre de prolongation doit indiquer les motifs de la prolongation (art. 12, § 3, RGPD).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>An extension letter needs the reasons for the extension (Art. 12(3) GDPR).</source>
        <comment>letter.extension-no-reasons</comment>
        <translation>Une lettre de prolongation doit indiquer les motifs de la prolongation (art. 12, § 3, RGPD).</translation>
    </message>
    <message>
        <source>an ID copy is kept only with the method &apos;identity document seen&apos;</source>
        <translation type="obsolete">une copie de la pièce d&apos;identité n&apos;est conservée qu&apos;avec la méthode « pièce d&apos;identité vue »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>an ID copy is kept only with the method &apos;identity document seen&apos;</source>
        <comment>identity.id-copy-kept-only</comment>
        <translation>une copie de la pièce d&apos;identité n&apos;est conservée qu&apos;avec la méthode « pièce d&apos;identité vue »</translation>
    </message>
    <message>
        <source>an MRZ only goes with the method &apos;identity document seen&apos;</source>
        <translation type="obsolete">une MRZ ne va qu&apos;avec la méthode « pièce d&apos;identité vue »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>an MRZ only goes with the method &apos;identity document seen&apos;</source>
        <comment>identity.mrz-only-goes-with</comment>
        <translation>une MRZ ne va qu&apos;avec la méthode « pièce d&apos;identité vue »</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation type="obsolete">ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>cannot be edited</source>
        <comment>case.not-editable</comment>
        <translation>ne peut pas être modifié</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation type="obsolete">ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>cannot be in the future</source>
        <comment>identity.cannot-future</comment>
        <translation>ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>cannot be written in TOML: %1</source>
        <translation type="obsolete">ne peut pas être écrit en TOML : %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>cannot be written in TOML: {why}</source>
        <comment>profile.not-toml</comment>
        <translation>ne peut pas être écrit en TOML : {why}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>cannot read {name} ({why})</source>
        <comment>attachment.unreadable</comment>
        <translation>impossible de lire {name} ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>cannot write {path} ({why})</source>
        <comment>backup.cannot-write</comment>
        <translation>impossible d’écrire {path} ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>case {reference} was changed by {who} at {at} UTC since it was read; reload it (nothing was written)</source>
        <comment>case.changed-meanwhile</comment>
        <translation>le dossier {reference} a été modifié par {who} à {at} UTC depuis sa lecture ; rechargez-le (rien n’a été écrit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>case {reference} was changed since it was read; reload it (nothing was written)</source>
        <comment>case.changed-meanwhile-unknown</comment>
        <translation>le dossier {reference} a été modifié depuis sa lecture ; rechargez-le (rien n’a été écrit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: dated before the event written before it</source>
        <comment>record.back-dated</comment>
        <translation>dossier {reference}, événement {event} : daté d’avant l’événement enregistré avant lui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: the event before it is missing or was changed</source>
        <comment>record.link-broken</comment>
        <translation>dossier {reference}, événement {event} : l’événement qui le précède manque ou a été modifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: the letter it records is missing</source>
        <comment>record.letter-missing</comment>
        <translation>dossier {reference}, événement {event} : le courrier qu’il enregistre manque</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: {what}</source>
        <comment>record.event-changed</comment>
        <translation>dossier {reference}, événement {event} : {what}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/record.py"/>
        <source>case {reference}: the bytes of the {kind} letter v{version} do not match its SHA-256</source>
        <comment>record.letter-bytes</comment>
        <translation>dossier {reference} : le contenu du courrier {kind} v{version} ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/record.py"/>
        <source>case {reference}: the case says {status} but its timeline ends with {last}</source>
        <comment>record.status-differs</comment>
        <translation>dossier {reference} : le dossier indique {status}, mais son historique se termine par {last}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/record.py"/>
        <source>case {reference}: the {kind} letter v{version} is in no event of the record</source>
        <comment>record.letter-unrecorded</comment>
        <translation>dossier {reference} : le courrier {kind} v{version} ne figure dans aucun événement de l’historique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>Check the mailbox every 1 to 1440 minutes, not {value}</source>
        <comment>mail.check-minutes-invalid</comment>
        <translation>La boîte aux lettres doit être vérifiée toutes les 1 à 1440 minutes, pas toutes les {value}</translation>
    </message>
    <message>
        <source>choose how the identity was checked (%1)</source>
        <translation type="obsolete">choisissez comment l&apos;identité a été vérifiée (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>choose how the identity was checked ({known})</source>
        <comment>identity.choose-how-identity-was</comment>
        <translation>choisissez comment l&apos;identité a été vérifiée ({known})</translation>
    </message>
    <message>
        <source>Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).</source>
        <translation type="obsolete">Choisissez le motif de la limitation (art. 18, § 1er, a)–d), RGPD).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).</source>
        <comment>letter.restriction-no-ground</comment>
        <translation>Choisissez le motif de la limitation (art. 18, § 1er, a)–d), RGPD).</translation>
    </message>
    <message>
        <source>choose the organisation the request is for</source>
        <translation type="obsolete">choisissez l&apos;organisation à laquelle la demande est adressée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>choose the organisation the request is for</source>
        <comment>case.choose-organisation-request</comment>
        <translation>choisissez l&apos;organisation à laquelle la demande est adressée</translation>
    </message>
    <message>
        <source>choose the outcome (%1)</source>
        <translation type="obsolete">choisissez le résultat (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>choose the outcome ({known})</source>
        <comment>identity.choose-outcome</comment>
        <translation>choisissez le résultat ({known})</translation>
    </message>
    <message>
        <source>choose the type of document (%1)</source>
        <translation type="obsolete">choisissez le type de document (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>choose the type of document ({known})</source>
        <comment>identity.choose-type-document</comment>
        <translation>choisissez le type de document ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>composite (whole line)</source>
        <comment>mrz.field-composite</comment>
        <translation>composite (ligne entière)</translation>
    </message>
    <message>
        <source>confirm that the photo and the national number are blacked out, or that they are needed</source>
        <translation type="obsolete">confirmez que la photo et le numéro de registre national sont masqués, ou qu&apos;ils sont nécessaires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>confirm that the photo and the national number are blacked out, or that they are needed</source>
        <comment>identity.confirm-photo-national-number</comment>
        <translation>confirmez que la photo et le numéro de registre national sont masqués, ou qu&apos;ils sont nécessaires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>Connected to {host} as {user}: {count} message(s) in {folder}</source>
        <comment>mail.imap-test-ok</comment>
        <translation>Connecté à {host} en tant que {user} : {count} message(s) dans {folder}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>Connected to {host} as {user}; ready to send</source>
        <comment>mail.smtp-test-ok</comment>
        <translation>Connecté à {host} en tant que {user} ; prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>connected to {label}: the server took the login and the team database is ready (schema {version})</source>
        <comment>team.test-ok</comment>
        <translation>connecté à {label} : le serveur a accepté l’identifiant et la base de données de l’équipe est prête (schéma {version})</translation>
    </message>
    <message>
        <source>controller &apos;{id}&apos; {key} ({language})</source>
        <comment>letter.fell-back-controller</comment>
        <translation type="obsolete">responsable du traitement « {id} » {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>controller “{name}”: {key} ({language})</source>
        <comment>letter.fell-back-controller-named</comment>
        <translation>responsable du traitement « {name} » : {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>damaged data: the encrypted file is too short</source>
        <comment>vault.damaged-data-encrypted-file</comment>
        <translation>données endommagées : le fichier chiffré est trop court</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>date of birth</source>
        <comment>mrz.field-birth-date</comment>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>date of expiry</source>
        <comment>mrz.field-expiry-date</comment>
        <translation>date d’expiration</translation>
    </message>
    <message>
        <source>describe how the identity was checked</source>
        <translation type="obsolete">décrivez comment l&apos;identité a été vérifiée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>describe how the identity was checked</source>
        <comment>identity.describe-how-identity-was</comment>
        <translation>décrivez comment l&apos;identité a été vérifiée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>document number</source>
        <comment>mrz.field-document-number</comment>
        <translation>numéro du document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>document number agrees</source>
        <comment>mrz.number-agrees</comment>
        <translation>le numéro du document concorde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>document number differs</source>
        <comment>mrz.number-differs</comment>
        <translation>le numéro du document diffère</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>document number: the MRZ number does not end in {tail}</source>
        <comment>identity.document-number-mrz-number</comment>
        <translation>numéro du document : le numéro de la MRZ ne se termine pas par {tail}</translation>
    </message>
    <message>
        <source>DSAR Desk knows the supervisory authority of %1 only</source>
        <translation type="obsolete">DSAR Desk ne connaît que l&apos;autorité de contrôle de %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>DSAR Desk knows the supervisory authority of {known} only</source>
        <comment>profile.authority-why-known</comment>
        <translation>DSAR Desk ne connaît que l&apos;autorité de contrôle de {known}</translation>
    </message>
    <message>
        <source>Every processing activity is marked as not concerning the requester: send the no-data letter instead of an access answer.</source>
        <translation type="obsolete">Chaque traitement est marqué comme ne concernant pas la personne : envoyez la lettre « aucune donnée » au lieu d&apos;une réponse à la demande d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/access.py"/>
        <source>Every processing activity is marked as not concerning the requester: send the no-data letter instead of an access answer.</source>
        <comment>letter.access-nothing-concerned</comment>
        <translation>Chaque traitement est marqué comme ne concernant pas la personne : envoyez la lettre « aucune donnée » au lieu d&apos;une réponse à la demande d&apos;accès.</translation>
    </message>
    <message>
        <source>exception: &apos;%1&apos; is not an exception of Art. 17(3) (%2)</source>
        <translation type="obsolete">exception : « %1 » n&apos;est pas une exception de l&apos;art. 17, § 3 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>exception: &apos;{exception}&apos; is not an exception of Art. 17(3) ({known})</source>
        <comment>checklist.exception-exception-art-17</comment>
        <translation>exception : « {exception} » n&apos;est pas une exception de l&apos;art. 17, § 3 ({known})</translation>
    </message>
    <message>
        <source>exception: an Art. 17(3) exception applies only to erasure items</source>
        <translation type="obsolete">exception : une exception de l&apos;art. 17, § 3, ne s&apos;applique qu&apos;aux points d&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>exception: an Art. 17(3) exception applies only to erasure items</source>
        <comment>checklist.exception-art-17-3</comment>
        <translation>exception : une exception de l&apos;art. 17, § 3, ne s&apos;applique qu&apos;aux points d&apos;effacement</translation>
    </message>
    <message>
        <source>exception: an item kept under an Art. 17(3) exception is done or not applicable</source>
        <translation type="obsolete">exception : un point conservé en vertu d&apos;une exception de l&apos;art. 17, § 3, est fait ou sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>exception: an item kept under an Art. 17(3) exception is done or not applicable</source>
        <comment>checklist.exception-item-kept-under</comment>
        <translation>exception : un point conservé en vertu d&apos;une exception de l&apos;art. 17, § 3, est fait ou sans objet</translation>
    </message>
    <message>
        <source>expected %1 at line %2</source>
        <translation type="obsolete">%1 attendu à la ligne %2</translation>
    </message>
    <message>
        <source>expected the text of a TOML file, not %1</source>
        <translation type="obsolete">texte d&apos;un fichier TOML attendu, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>expected the text of a TOML file, not {type}</source>
        <comment>profile.not-text</comment>
        <translation>texte d&apos;un fichier TOML attendu, pas {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>expiry date agrees</source>
        <comment>mrz.expiry-agrees</comment>
        <translation>la date d’expiration concorde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>expiry date differs</source>
        <comment>mrz.expiry-differs</comment>
        <translation>la date d’expiration diffère</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>expiry date: the MRZ date of expiry cannot be read, you entered {expiry}</source>
        <comment>mrz.expiry-date-mrz-date</comment>
        <translation>date d’expiration : la date d’expiration de la MRZ est illisible, vous avez saisi {expiry}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>expiry date: the MRZ has {expiry_date}, you entered {expiry}</source>
        <comment>mrz.expiry-date-mrz-has</comment>
        <translation>date d’expiration : la MRZ indique {expiry_date}, vous avez saisi {expiry}</translation>
    </message>
    <message>
        <source>fee %1: must be an amount between 0.00 and 100000.00 euros</source>
        <translation type="obsolete">frais %1 : doivent être un montant entre 0,00 et 100000,00 euros</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>fee {which}: must be an amount between 0.00 and 100000.00 euros</source>
        <comment>case.fee-range</comment>
        <translation>frais {which} : doivent être un montant entre 0,00 et 100000,00 euros</translation>
    </message>
    <message>
        <source>give an email or a postal address, so that the answer can reach the requester</source>
        <translation type="obsolete">indiquez un e-mail ou une adresse postale, pour que la réponse parvienne à la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>give an email or a postal address, so that the answer can reach the requester</source>
        <comment>case.give-email-postal-address</comment>
        <translation>indiquez un e-mail ou une adresse postale, pour que la réponse parvienne à la personne concernée</translation>
    </message>
    <message>
        <source>give the country that issued the document</source>
        <translation type="obsolete">indiquez le pays qui a délivré le document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>give the country that issued the document</source>
        <comment>identity.give-country-issued-document</comment>
        <translation>indiquez le pays qui a délivré le document</translation>
    </message>
    <message>
        <source>give the fee asked (Art. 12(5), 15(3)), in euros</source>
        <translation type="obsolete">indiquez les frais demandés (art. 12, paragraphe 5, 15, paragraphe 3), en euros</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>give the fee asked (Art. 12(5), 15(3)), in euros</source>
        <comment>letter.gap-fee</comment>
        <translation>indiquez les frais demandés (art. 12, paragraphe 5, 15, paragraphe 3), en euros</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/figures.py"/>
        <source>give the first and the last day of the period</source>
        <comment>figures.period-not-dates</comment>
        <translation>indiquez le premier et le dernier jour de la période</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>Give the IMAP server, the SMTP server or both</source>
        <comment>mail.no-server</comment>
        <translation>Indiquez le serveur IMAP, le serveur SMTP ou les deux</translation>
    </message>
    <message>
        <source>give the name of the deceased person</source>
        <translation type="obsolete">indiquez le nom de la personne décédée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>give the name of the deceased person</source>
        <comment>letter.gap-deceased</comment>
        <translation>indiquez le nom de la personne décédée</translation>
    </message>
    <message>
        <source>give the name of the person who made the request on the requester&apos;s behalf</source>
        <translation type="obsolete">indiquez le nom de la personne qui a présenté la demande au nom de la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>give the name of the person who made the request on the requester&apos;s behalf</source>
        <comment>letter.gap-representative</comment>
        <translation>indiquez le nom de la personne qui a présenté la demande au nom de la personne concernée</translation>
    </message>
    <message>
        <source>give the reasons for the extension (they go in the letter)</source>
        <translation type="obsolete">indiquez les motifs de la prolongation (ils figurent dans la lettre)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>give the reasons for the extension (they go in the letter)</source>
        <comment>case.extension-reasons</comment>
        <translation>indiquez les motifs de la prolongation (ils figurent dans la lettre)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Give the reasons for the extension: the requester must be told them.</source>
        <comment>deadline.extension-reasons</comment>
        <translation>Indiquez les motifs de la prolongation : ils doivent être communiqués à la personne concernée.</translation>
    </message>
    <message>
        <source>give two file names: the JSON file and the CSV file</source>
        <translation type="obsolete">indiquez deux noms de fichier : le fichier JSON et le fichier CSV</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>give two file names: the JSON file and the CSV file</source>
        <comment>letter.portability-files</comment>
        <translation>indiquez deux noms de fichier : le fichier JSON et le fichier CSV</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>given names</source>
        <comment>mrz.label-given-names</comment>
        <translation>prénoms</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>Handled messages cannot move to the folder they are read from ({folder})</source>
        <comment>mail.move-to-same</comment>
        <translation>Les messages traités ne peuvent pas être déplacés vers le dossier où ils sont lus ({folder})</translation>
    </message>
    <message>
        <source>has %1 lines; at most %2</source>
        <translation type="obsolete">a %1 lignes ; au plus %2</translation>
    </message>
    <message>
        <source>has no %1 version (organisation.languages lists it); letters in %2 will use the %3 one</source>
        <translation type="obsolete">n&apos;a pas de version en %1 (organisation.languages la mentionne) ; les lettres en %2 utiliseront la version en %3</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation type="obsolete">ne contient ni lettres ni chiffres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>has no letters or digits</source>
        <comment>identity.has-no-letters-digits</comment>
        <translation>ne contient ni lettres ni chiffres</translation>
    </message>
    <message>
        <source>has no line with a postcode and a town: letters cannot be posted (they say so, and cannot be marked sent by post); give the postal address</source>
        <translation type="obsolete">n&apos;a aucune ligne avec un code postal et une localité : les lettres ne peuvent pas être postées (elles l&apos;indiquent et ne peuvent pas être marquées comme envoyées par la poste) ; indiquez l&apos;adresse postale</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>has no line with a postcode and a town: letters cannot be posted (they say so, and cannot be marked sent by post); give the postal address</source>
        <comment>profile.address-not-postal</comment>
        <translation>n&apos;a aucune ligne avec un code postal et une localité : les lettres ne peuvent pas être postées (elles l&apos;indiquent et ne peuvent pas être marquées comme envoyées par la poste) ; indiquez l&apos;adresse postale</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>has no {lang} version (organisation.languages lists it); letters in {lang} will use the {fallback} one</source>
        <comment>profile.language-missing</comment>
        <translation>n&apos;a pas de version en {lang} (organisation.languages la mentionne) ; les lettres en {lang} utiliseront la version en {fallback}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>has {count} lines; at most {max}</source>
        <comment>case.has-lines-at-most</comment>
        <translation>a {count} lignes ; au plus {max}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/text.py"/>
        <source>holds a control character ({code})</source>
        <comment>text.control-character</comment>
        <translation>contient un caractère de contrôle ({code})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/text.py"/>
        <source>holds a right-to-left override or isolate character ({code}), which makes text display differently from what it is</source>
        <comment>text.bidi-control</comment>
        <translation>contient un caractère qui inverse ou isole le sens d’écriture ({code}), de sorte que le texte s’affiche autrement qu’il n’est</translation>
    </message>
    <message>
        <source>Identity/clarification arrived on %1, before it was asked for (%2).</source>
        <translation type="obsolete">Identité/précisions reçues le %1, avant d&apos;avoir été demandées (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Identity/clarification arrived on {got}, before it was asked for ({req}).</source>
        <comment>deadline.identity-clarification-arrived-on</comment>
        <translation>Identité/précisions reçues le {got}, avant d&apos;avoir été demandées ({req}).</translation>
    </message>
    <message>
        <source>Identity/clarification was asked for on %1, before the request was received (%2).</source>
        <translation type="obsolete">Identité/précisions demandées le %1, avant la réception de la demande (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Identity/clarification was asked for on {req}, before the request was received ({received}).</source>
        <comment>deadline.identity-clarification-was-asked</comment>
        <translation>Identité/précisions demandées le {req}, avant la réception de la demande ({received}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>IMAP security must be tls or starttls, not {value}</source>
        <comment>mail.imap-security-unknown</comment>
        <translation>La sécurité IMAP doit être tls ou starttls, pas {value}</translation>
    </message>
    <message>
        <source>in Germany each Land has its own supervisory authority</source>
        <translation type="obsolete">en Allemagne, chaque Land a sa propre autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>in Germany each Land has its own supervisory authority</source>
        <comment>profile.authority-why-de</comment>
        <translation>en Allemagne, chaque Land a sa propre autorité de contrôle</translation>
    </message>
    <message>
        <source>internal error while checking the profile (%1); please report it</source>
        <translation type="obsolete">erreur interne lors de la vérification du profil (%1) ; merci de la signaler</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>internal error while checking the profile ({type}); please report it</source>
        <comment>profile.internal-error</comment>
        <translation>erreur interne lors de la vérification du profil ({type}) ; merci de la signaler</translation>
    </message>
    <message>
        <source>is %1: this file needs a newer version of DSAR Desk (this version reads format %2)</source>
        <translation type="obsolete">vaut %1 : ce fichier nécessite une version plus récente de DSAR Desk (cette version lit le format %2)</translation>
    </message>
    <message>
        <source>is a category of recipients: the Court of Justice (C-154/21, Österreichische Post) expects the recipients themselves to be named where they are known; name each as its own [[recipient]] if you can</source>
        <translation type="obsolete">est une catégorie de destinataires : la Cour de justice (C-154/21, Österreichische Post) attend que les destinataires eux-mêmes soient nommés lorsqu&apos;ils sont connus ; indiquez si possible chacun d&apos;eux comme un [[recipient]] distinct</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>is a category of recipients: the Court of Justice (C-154/21, Österreichische Post) expects the recipients themselves to be named where they are known; name each as its own [[recipient]] if you can</source>
        <comment>profile.recipient-category</comment>
        <translation>est une catégorie de destinataires : la Cour de justice (C-154/21, Österreichische Post) attend que les destinataires eux-mêmes soient nommés lorsqu&apos;ils sont connus ; indiquez si possible chacun d&apos;eux comme un [[recipient]] distinct</translation>
    </message>
    <message>
        <source>is a single %1, taken as %2; it has no %3 version, so letters in %4 will use the %5 one</source>
        <translation type="obsolete">est un seul %1, pris comme %2 ; il n&apos;a pas de version en %3, donc les lettres en %4 utiliseront la version en %5</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>is a single {noun}, taken as {default}; it has no {others} version, so letters in {which} will use the {default} one</source>
        <comment>profile.single-language</comment>
        <translation>est un seul {noun}, pris comme {default} ; il n&apos;a pas de version en {others}, donc les lettres en {which} utiliseront la version en {default}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="obsolete">est vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>is empty</source>
        <comment>case.note-empty</comment>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>is larger than {mb} MB</source>
        <comment>letter.data-too-large</comment>
        <translation>dépasse {mb} Mo</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="obsolete">dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>is longer than {max} characters</source>
        <comment>case.longer-than-characters</comment>
        <translation>dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>is longer than {max} characters</source>
        <comment>case.note-too-long</comment>
        <translation>dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>is longer than {max} characters</source>
        <comment>profile.name-too-long</comment>
        <translation>dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>is not a JSON file</source>
        <comment>letter.data-not-json</comment>
        <translation>n’est pas un fichier JSON</translation>
    </message>
    <message>
        <source>is not a tracking number (one line, at most %1 characters)</source>
        <translation type="obsolete">n&apos;est pas un numéro de suivi (une ligne, au plus %1 caractères)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>is not a tracking number (one line, at most {max} characters)</source>
        <comment>letter.tracking-invalid</comment>
        <translation>n&apos;est pas un numéro de suivi (une ligne, au plus {max} caractères)</translation>
    </message>
    <message>
        <source>is not something a letter can be given</source>
        <translation type="obsolete">n&apos;est pas une donnée qu&apos;une lettre peut recevoir</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>is not something a letter can be given</source>
        <comment>letter.detail-unknown</comment>
        <translation>n&apos;est pas une donnée qu&apos;une lettre peut recevoir</translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="obsolete">est obligatoire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>is required</source>
        <comment>case.required</comment>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required</source>
        <comment>profile.required</comment>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is required for an organisation in %1: %2; add an [authority] table with name, address and website</source>
        <translation type="obsolete">est obligatoire pour une organisation en %1 : %2 ; ajoutez une table [authority] avec nom, adresse et site web</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required for an organisation in {country}: {why}; add an [authority] table with name, address and website</source>
        <comment>profile.authority-required</comment>
        <translation>est obligatoire pour une organisation en {country} : {why} ; ajoutez une table [authority] avec nom, adresse et site web</translation>
    </message>
    <message>
        <source>is required: 1 to %1 lines</source>
        <translation type="obsolete">est obligatoire : 1 à %1 lignes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: 1 to {most} lines</source>
        <comment>profile.address-required</comment>
        <translation>est obligatoire : 1 à {most} lignes</translation>
    </message>
    <message>
        <source>is required: add a %1 table</source>
        <translation type="obsolete">est obligatoire : ajoutez une table %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required: add a {how} table</source>
        <comment>profile.table-required</comment>
        <translation>est obligatoire : ajoutez une table {how}</translation>
    </message>
    <message>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;BE&quot;</source>
        <translation type="obsolete">est obligatoire : un code ISO 3166-1 alpha-2 comme &quot;BE&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;BE&quot;</source>
        <comment>profile.country-required</comment>
        <translation>est obligatoire : un code ISO 3166-1 alpha-2 comme &quot;BE&quot;</translation>
    </message>
    <message>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;US&quot;</source>
        <translation type="obsolete">est obligatoire : un code ISO 3166-1 alpha-2 comme &quot;US&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;US&quot;</source>
        <comment>profile.recipient-country-required</comment>
        <translation>est obligatoire : un code ISO 3166-1 alpha-2 comme &quot;US&quot;</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation type="obsolete">est obligatoire : l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required: one of {choices}</source>
        <comment>profile.choice-required</comment>
        <translation>est obligatoire : l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>is required: the letter languages, default first, such as [&quot;nl&quot;, &quot;fr&quot;]</source>
        <translation type="obsolete">est obligatoire : les langues des lettres, langue par défaut en premier, comme [&quot;nl&quot;, &quot;fr&quot;]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: the letter languages, default first, such as [&quot;nl&quot;, &quot;fr&quot;]</source>
        <comment>profile.languages-required</comment>
        <translation>est obligatoire : les langues des lettres, langue par défaut en premier, comme [&quot;nl&quot;, &quot;fr&quot;]</translation>
    </message>
    <message>
        <source>is required: the register needs at least one [[%1]] table</source>
        <translation type="obsolete">est obligatoire : le registre doit contenir au moins une table [[%1]]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required: the register needs at least one [[{name}]] table</source>
        <comment>profile.array-required</comment>
        <translation>est obligatoire : le registre doit contenir au moins une table [[{name}]]</translation>
    </message>
    <message>
        <source>is required: write format = %1 at the top of the file</source>
        <translation type="obsolete">est obligatoire : écrivez format = %1 en tête du fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: write format = {format} at the top of the file</source>
        <comment>profile.format-required</comment>
        <translation>est obligatoire : écrivez format = {format} en tête du fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is {value}: this file needs a newer version of DSAR Desk (this version reads format {format})</source>
        <comment>profile.format-newer</comment>
        <translation>vaut {value} : ce fichier nécessite une version plus récente de DSAR Desk (cette version lit le format {format})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>issuing country agrees</source>
        <comment>mrz.country-agrees</comment>
        <translation>le pays de délivrance concorde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>issuing country differs</source>
        <comment>mrz.country-differs</comment>
        <translation>le pays de délivrance diffère</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>issuing country: the MRZ says {issuing_state} ({mrz_country}), not {entered}</source>
        <comment>identity.issuing-country-mrz-says</comment>
        <translation>pays de délivrance : la MRZ indique {issuing_state} ({mrz_country}), et non {entered}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>it does not start with mail headers</source>
        <comment>mail.no-header</comment>
        <translation>il ne commence pas par des en-têtes de message</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>it has no sender address (From)</source>
        <comment>mail.no-sender</comment>
        <translation>il n’a pas d’adresse d’expéditeur (From)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>it is not an Outlook .msg file</source>
        <comment>mail.not-outlook</comment>
        <translation>ce n’est pas un fichier Outlook .msg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>item #{position} was marked by {who} at {at} UTC since it was read; reload it (nothing was written)</source>
        <comment>checklist.changed-meanwhile</comment>
        <translation>le point n° {position} a été marqué par {who} à {at} UTC depuis sa lecture ; rechargez-le (rien n’a été écrit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>its structure cannot be read ({what})</source>
        <comment>mail.unreadable-structure</comment>
        <translation>sa structure ne peut pas être lue ({what})</translation>
    </message>
    <message>
        <source>Letters are not available in “%1” (available: %2).</source>
        <translation type="obsolete">Les lettres ne sont pas disponibles en « %1 » (disponibles : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>Letters are not available in “{language}” (available: {available}).</source>
        <comment>letter.language-unavailable</comment>
        <translation>Les lettres ne sont pas disponibles en « {language} » (disponibles : {available}).</translation>
    </message>
    <message>
        <source>line %1 has %2 characters; a %3 line has %4</source>
        <translation type="obsolete">la ligne %1 a %2 caractères ; une ligne %3 en a %4</translation>
    </message>
    <message>
        <source>line %1 has a space at position %2; MRZ lines have no spaces (the filler is &lt;)</source>
        <translation type="obsolete">la ligne %1 contient une espace en position %2 ; les lignes de la MRZ n&apos;ont pas d&apos;espaces (le caractère de remplissage est &lt;)</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters</source>
        <translation type="obsolete">la ligne %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>line %1, position %2: %3 is not an MRZ character (only A-Z, 0-9 and &lt; are)</source>
        <translation type="obsolete">ligne %1, position %2 : %3 n&apos;est pas un caractère de la MRZ (seuls A-Z, 0-9 et &lt; le sont)</translation>
    </message>
    <message>
        <source>line %1, position %2: the sex field holds %3; it must be M, F, X or &lt;</source>
        <translation type="obsolete">ligne %1, position %2 : le champ du sexe contient %3 ; il doit valoir M, F, X ou &lt;</translation>
    </message>
    <message>
        <source>line 1 has %1 characters and line 2 has %2; a 2-line MRZ has 36 (TD2) or 44 (TD3 passport) characters on each line</source>
        <translation type="obsolete">la ligne 1 a %1 caractères et la ligne 2 en a %2 ; une MRZ de 2 lignes a 36 (TD2) ou 44 (passeport TD3) caractères par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line 1 has {first} characters and line 2 has {second}; a 2-line MRZ has 36 (TD2) or 44 (TD3 passport) characters on each line</source>
        <comment>mrz.line-1-has-characters</comment>
        <translation>la ligne 1 a {first} caractères et la ligne 2 en a {second} ; une MRZ de 2 lignes a 36 (TD2) ou 44 (passeport TD3) caractères par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {line}, position {position}: the sex field holds {ch!r}; it must be M, F, X or &lt;</source>
        <comment>mrz.line-position-sex-field</comment>
        <translation>ligne {line}, position {position} : le champ du sexe contient {ch!r} ; il doit valoir M, F, X ou &lt;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {number} has a space at position {position}; MRZ lines have no spaces (the filler is &lt;)</source>
        <comment>mrz.line-has-space-at</comment>
        <translation>la ligne {number} contient une espace en position {position} ; les lignes de la MRZ n&apos;ont pas d&apos;espaces (le caractère de remplissage est &lt;)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {number} has {count} characters; a {label} line has {width}</source>
        <comment>mrz.line-has-characters-line</comment>
        <translation>la ligne {number} a {count} caractères ; une ligne {label} en a {width}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>line {number} is longer than {max} characters</source>
        <comment>case.line-longer-than-characters</comment>
        <translation>la ligne {number} dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {number}, position {position}: {ch!r} is not an MRZ character (only A-Z, 0-9 and &lt; are)</source>
        <comment>mrz.line-position-mrz-character</comment>
        <translation>ligne {number}, position {position} : {ch!r} n&apos;est pas un caractère de la MRZ (seuls A-Z, 0-9 et &lt; le sont)</translation>
    </message>
    <message>
        <source>list the files sent as the copy of the data: an access answer gives the copy (Art. 15(3)) and says only what is enclosed</source>
        <translation type="obsolete">énumérez les fichiers envoyés comme copie des données : une réponse d&apos;accès fournit la copie (art. 15, paragraphe 3) et ne mentionne que ce qui est joint</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>list the files sent as the copy of the data: an access answer gives the copy (Art. 15(3)) and says only what is enclosed</source>
        <comment>letter.gap-no-copy</comment>
        <translation>énumérez les fichiers envoyés comme copie des données : une réponse d&apos;accès fournit la copie (art. 15, paragraphe 3) et ne mentionne que ce qui est joint</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>MRZ {format}: check digit wrong: {fields}</source>
        <comment>mrz.summary-wrong</comment>
        <translation>MRZ {format} : chiffre de contrôle erroné : {fields}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>MRZ {format}: every check digit holds</source>
        <comment>mrz.summary-ok</comment>
        <translation>MRZ {format} : tous les chiffres de contrôle sont corrects</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="obsolete">doit être %1, pas %2</translation>
    </message>
    <message>
        <source>must be 2 to 40 characters from a-z, 0-9 and &apos;-&apos;; not %1</source>
        <translation type="obsolete">doit compter 2 à 40 caractères parmi a-z, 0-9 et « - » ; pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be 2 to 40 characters from a-z, 0-9 and &apos;-&apos;; not {value}</source>
        <comment>profile.slug-invalid</comment>
        <translation>doit compter 2 à 40 caractères parmi a-z, 0-9 et « - » ; pas {value}</translation>
    </message>
    <message>
        <source>must be a country code such as &quot;BE&quot;, not %1</source>
        <translation type="obsolete">doit être un code de pays comme &quot;BE&quot;, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a country code such as &quot;BE&quot;, not {type}</source>
        <comment>profile.country-type</comment>
        <translation>doit être un code de pays comme &quot;BE&quot;, pas {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>must be a JSON object of section name → list of records</source>
        <comment>letter.data-not-object</comment>
        <translation>doit être un objet JSON « nom de section → liste d’enregistrements »</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 lines, not %2%3</source>
        <translation type="obsolete">doit être une liste de 1 à %1 lignes, pas %2%3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a list of 1 to {most} lines, not {type}{hint}</source>
        <comment>profile.lines-type</comment>
        <translation>doit être une liste de 1 à {most} lignes, pas {type}{hint}</translation>
    </message>
    <message>
        <source>must be a list of language codes, not %1%2</source>
        <translation type="obsolete">doit être une liste de codes de langue, pas %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be a list of language codes, not {type}{hint}</source>
        <comment>profile.languages-type</comment>
        <translation>doit être une liste de codes de langue, pas {type}{hint}</translation>
    </message>
    <message>
        <source>must be a list of recipient ids, not %1%2</source>
        <translation type="obsolete">doit être une liste d&apos;identifiants de destinataires, pas %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>must be a list of recipient ids, not {type}{hint}</source>
        <comment>profile.recipients-type</comment>
        <translation>doit être une liste d&apos;identifiants de destinataires, pas {type}{hint}</translation>
    </message>
    <message>
        <source>must be a list of strings, not %1</source>
        <translation type="obsolete">doit être une liste de chaînes, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a list of strings, not {type}</source>
        <comment>profile.list-of-strings</comment>
        <translation>doit être une liste de chaînes, pas {type}</translation>
    </message>
    <message>
        <source>must be a list of strings, or a table of language = list; not %1%2</source>
        <translation type="obsolete">doit être une liste de chaînes, ou une table langue = liste ; pas %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a list of strings, or a table of language = list; not {type}{hint}</source>
        <comment>profile.list-type</comment>
        <translation>doit être une liste de chaînes, ou une table langue = liste ; pas {type}{hint}</translation>
    </message>
    <message>
        <source>must be a recipient id (a string), not %1</source>
        <translation type="obsolete">doit être un id de destinataire (une chaîne), pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>must be a recipient id (a string), not {type}</source>
        <comment>profile.recipient-id-type</comment>
        <translation>doit être un id de destinataire (une chaîne), pas {type}</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="obsolete">doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a string, not {type}</source>
        <comment>profile.not-string</comment>
        <translation>doit être une chaîne, pas {type}</translation>
    </message>
    <message>
        <source>must be a string, or a table of language = string such as { nl = &quot;...&quot;, fr = &quot;...&quot; }; not %1</source>
        <translation type="obsolete">doit être une chaîne, ou une table langue = chaîne comme { nl = &quot;...&quot;, fr = &quot;...&quot; } ; pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a string, or a table of language = string such as {{ nl = &quot;...&quot;, fr = &quot;...&quot; }}; not {type}</source>
        <comment>profile.text-type</comment>
        <translation>doit être une chaîne, ou une table langue = chaîne comme {{ nl = &quot;...&quot;, fr = &quot;...&quot; }} ; pas {type}</translation>
    </message>
    <message>
        <source>must be a table (%1), not %2</source>
        <translation type="obsolete">doit être une table (%1), pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a table ({how}), not {type}</source>
        <comment>profile.table-type</comment>
        <translation>doit être une table ({how}), pas {type}</translation>
    </message>
    <message>
        <source>must be a table, not %1</source>
        <translation type="obsolete">doit être une table, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a table, not {type}</source>
        <comment>profile.array-item-type</comment>
        <translation>doit être une table, pas {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>must be a whole number between 1 and 365</source>
        <comment>backup.kept-range</comment>
        <translation>doit être un nombre entier entre 1 et 365</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="obsolete">doit être un nombre entier de %1 à %2, pas %3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be a whole number from {low} to {high}, not {type}</source>
        <comment>profile.policy-number-type</comment>
        <translation>doit être un nombre entier de {low} à {high}, pas {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <comment>profile.policy-number-range</comment>
        <translation>doit être un nombre entier de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <source>must be a whole number of days between 1 and 365</source>
        <translation type="obsolete">doit être un nombre entier de jours entre 1 et 365</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/identity.py"/>
        <source>must be a whole number of days between 1 and 365</source>
        <comment>identity.reminder-days</comment>
        <translation>doit être un nombre entier de jours entre 1 et 365</translation>
    </message>
    <message>
        <source>must be one of: %1; not %2%3</source>
        <translation type="obsolete">doit être l&apos;une de ces valeurs : %1 ; pas %2%3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be one of: {choices}; not {value}{hint}</source>
        <comment>profile.choice-invalid</comment>
        <translation>doit être l&apos;une de ces valeurs : {choices} ; pas {value}{hint}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>must be one of: {known}</source>
        <comment>deadline.pause-rule-unknown</comment>
        <translation>doit être l’une des valeurs suivantes : {known}</translation>
    </message>
    <message>
        <source>must be the number %1, not %2</source>
        <translation type="obsolete">doit être le nombre %1, pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be the number {format}, not {type}</source>
        <comment>profile.format-type</comment>
        <translation>doit être le nombre {format}, pas {type}</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="obsolete">doit être true ou false, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be true or false, not {type}</source>
        <comment>profile.not-boolean</comment>
        <translation>doit être true ou false, pas {type}</translation>
    </message>
    <message>
        <source>must be written as [[%1]] tables, not %2</source>
        <translation type="obsolete">doit être écrit sous forme de tables [[%1]], pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be written as [[{name}]] tables, not {type}</source>
        <comment>profile.array-type</comment>
        <translation>doit être écrit sous forme de tables [[{name}]], pas {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be {format}, not {value}</source>
        <comment>profile.format-wrong</comment>
        <translation>doit être {format}, pas {value}</translation>
    </message>
    <message>
        <source>must give the list in at least one language</source>
        <translation type="obsolete">doit donner la liste dans au moins une langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must give the list in at least one language</source>
        <comment>profile.list-no-language</comment>
        <translation>doit donner la liste dans au moins une langue</translation>
    </message>
    <message>
        <source>must give the text in at least one language</source>
        <translation type="obsolete">doit donner le texte dans au moins une langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must give the text in at least one language</source>
        <comment>profile.text-no-language</comment>
        <translation>doit donner le texte dans au moins une langue</translation>
    </message>
    <message>
        <source>must have 1 to %1 lines, not %2</source>
        <translation type="obsolete">doit avoir 1 à %1 lignes, pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must have 1 to {most} lines, not {count}</source>
        <comment>profile.lines-count</comment>
        <translation>doit avoir 1 à {most} lignes, pas {count}</translation>
    </message>
    <message>
        <source>must name at least one language</source>
        <translation type="obsolete">doit nommer au moins une langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must name at least one language</source>
        <comment>profile.languages-empty</comment>
        <translation>doit nommer au moins une langue</translation>
    </message>
    <message>
        <source>must not be an empty line</source>
        <translation type="obsolete">ne doit pas être une ligne vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must not be an empty line</source>
        <comment>profile.empty-line</comment>
        <translation>ne doit pas être une ligne vide</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="obsolete">ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must not be empty</source>
        <comment>profile.empty</comment>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be empty; leave the key out instead</source>
        <translation type="obsolete">ne doit pas être vide ; omettez plutôt la clé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must not be empty; leave the key out instead</source>
        <comment>profile.empty-optional</comment>
        <translation>ne doit pas être vide ; omettez plutôt la clé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>name agrees</source>
        <comment>mrz.name-agrees</comment>
        <translation>le nom concorde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>name differs</source>
        <comment>mrz.name-differs-short</comment>
        <translation>le nom diffère</translation>
    </message>
    <message>
        <source>name the controller the request is forwarded to (a [[controller]] of the profile, or its name)</source>
        <translation type="obsolete">indiquez le responsable du traitement auquel la demande est transmise (un [[controller]] du profil, ou son nom)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <location filename="../../dsar_desk/domain/letter_content/outcomes.py"/>
        <source>name the controller the request is forwarded to (a [[controller]] of the profile, or its name)</source>
        <comment>letter.gap-controller</comment>
        <translation>indiquez le responsable du traitement auquel la demande est transmise (un [[controller]] du profil, ou son nom)</translation>
    </message>
    <message>
        <source>needs at least one [[%1]] table</source>
        <translation type="obsolete">doit contenir au moins une table [[%1]]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>needs at least one [[{name}]] table</source>
        <comment>profile.array-empty</comment>
        <translation>doit contenir au moins une table [[{name}]]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>nests deeper than {max} levels: not an export of records</source>
        <comment>letter.data-too-deep</comment>
        <translation>est imbriqué sur plus de {max} niveaux : ce n’est pas un export d’enregistrements</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>No access token: sign in to the mail provider first</source>
        <comment>mail.token-missing</comment>
        <translation>Pas de jeton d’accès : connectez-vous d’abord auprès du fournisseur de messagerie</translation>
    </message>
    <message>
        <source>no activity concerning the requester is based on consent or a contract and fed by data the requester provided: Art. 20 does not apply; answer with a refusal giving this reason</source>
        <translation type="obsolete">aucun traitement concernant la personne n&apos;est fondé sur le consentement ou un contrat et alimenté par des données qu&apos;elle a fournies : l&apos;art. 20 ne s&apos;applique pas ; répondez par un refus indiquant ce motif</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>no activity concerning the requester is based on consent or a contract and fed by data the requester provided: Art. 20 does not apply; answer with a refusal giving this reason</source>
        <comment>letter.gap-portability</comment>
        <translation>aucun traitement concernant la personne n&apos;est fondé sur le consentement ou un contrat et alimenté par des données qu&apos;elle a fournies : l&apos;art. 20 ne s&apos;applique pas ; répondez par un refus indiquant ce motif</translation>
    </message>
    <message>
        <source>no activity concerning the requester is based on consent: there is no consent to withdraw; answer with a refusal or an objection letter instead</source>
        <translation type="obsolete">aucun traitement concernant la personne n&apos;est fondé sur le consentement : il n&apos;y a pas de consentement à retirer ; répondez plutôt par un refus ou une réponse à une opposition</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>no activity concerning the requester is based on consent: there is no consent to withdraw; answer with a refusal or an objection letter instead</source>
        <comment>letter.gap-no-consent</comment>
        <translation>aucun traitement concernant la personne n&apos;est fondé sur le consentement : il n&apos;y a pas de consentement à retirer ; répondez plutôt par un refus ou une réponse à une opposition</translation>
    </message>
    <message>
        <source>no activity concerning the requester rests on a public task or legitimate interests (Art. 6(1)(e) or (f)): the objection of Art. 21(1) does not apply; answer with a refusal giving this reason</source>
        <translation type="obsolete">aucun traitement concernant la personne ne repose sur une mission d&apos;intérêt public ou des intérêts légitimes (art. 6, paragraphe 1, point e) ou f)) : l&apos;opposition de l&apos;art. 21, paragraphe 1, ne s&apos;applique pas ; répondez par un refus indiquant ce motif</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>no activity concerning the requester rests on a public task or legitimate interests (Art. 6(1)(e) or (f)): the objection of Art. 21(1) does not apply; answer with a refusal giving this reason</source>
        <comment>letter.gap-objection-basis</comment>
        <translation>aucun traitement concernant la personne ne repose sur une mission d&apos;intérêt public ou des intérêts légitimes (art. 6, paragraphe 1, point e) ou f)) : l&apos;opposition de l&apos;art. 21, paragraphe 1, ne s&apos;applique pas ; répondez par un refus indiquant ce motif</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/cases.py"/>
        <source>no case &apos;{reference}&apos;</source>
        <comment>case.unknown</comment>
        <translation>aucun dossier « {reference} »</translation>
    </message>
    <message>
        <source>no company number: every letter shows it in the letterhead; give the number from %1</source>
        <translation type="obsolete">pas de numéro d&apos;entreprise : chaque lettre l&apos;indique dans l&apos;en-tête ; indiquez le numéro figurant dans %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>no company number: every letter shows it in the letterhead; give the number from {register}</source>
        <comment>profile.registration-missing</comment>
        <translation>pas de numéro d&apos;entreprise : chaque lettre l&apos;indique dans l&apos;en-tête ; indiquez le numéro figurant dans {register}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>No connection with {host}:{port} ({reason})</source>
        <comment>mail.connect-failed</comment>
        <translation>Pas de connexion avec {host}:{port} ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>no database is open</source>
        <comment>backup.no-database</comment>
        <translation>aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>no key at line %1</source>
        <translation type="obsolete">pas de clé à la ligne %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>no key yet</source>
        <comment>keyring.no-key-yet</comment>
        <translation>pas encore de clé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>no keyring works on this computer; on Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. `sudo apt install gnome-keyring`), then log out and in again; or use a passphrase instead</source>
        <comment>keyring.none</comment>
        <translation>aucun trousseau ne fonctionne sur cet ordinateur ; sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet, p. ex. `sudo apt install gnome-keyring`), puis déconnectez-vous et reconnectez-vous ; ou utilisez plutôt une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>no MRZ lines: the text is empty</source>
        <comment>mrz.empty</comment>
        <translation>aucune ligne de MRZ : le texte est vide</translation>
    </message>
    <message>
        <source>no organisation &apos;%1&apos; (import its profile first)</source>
        <translation type="obsolete">aucune organisation « %1 » (importez d&apos;abord son profil)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>no organisation &apos;{org}&apos; (import its profile first)</source>
        <comment>case.no-organisation-import-profile</comment>
        <translation>aucune organisation « {org} » (importez d&apos;abord son profil)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/figures.py"/>
        <source>no organisation &apos;{slug}&apos;</source>
        <comment>figures.unknown-organisation</comment>
        <translation>aucune organisation « {slug} »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/organisations.py"/>
        <source>no organisation &apos;{slug}&apos;</source>
        <comment>organisation.unknown</comment>
        <translation>aucune organisation « {slug} »</translation>
    </message>
    <message>
        <source>no organisation: load the samples first</source>
        <translation type="obsolete">aucune organisation : chargez d&apos;abord les exemples</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>No password for {user}: set it in the mail settings</source>
        <comment>mail.password-missing</comment>
        <translation>Pas de mot de passe pour {user} : définissez-le dans les paramètres de messagerie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>no password is stored for {label}: store it with `dsar-desk team password {url}` (or in File → Team server…)</source>
        <comment>team.no-password</comment>
        <translation>aucun mot de passe n’est enregistré pour {label} : enregistrez-le avec `dsar-desk team password {url}` (ou dans Fichier → Serveur d’équipe…)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>no password is stored for {label}: type it (it is kept in the keyring, never in the settings)</source>
        <comment>team.test-no-password</comment>
        <translation>aucun mot de passe n’est enregistré pour {label} : tapez-le (il est conservé dans le trousseau, jamais dans les paramètres)</translation>
    </message>
    <message>
        <source>no postal address of the requester: this letter can go by e-mail, not by post</source>
        <translation type="obsolete">pas d&apos;adresse postale de la personne concernée : cette lettre peut partir par courrier électronique, pas par la poste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>no postal address of the requester: this letter can go by e-mail, not by post</source>
        <comment>letter.requester-no-postal-address</comment>
        <translation>pas d&apos;adresse postale de la personne concernée : cette lettre peut partir par courrier électronique, pas par la poste</translation>
    </message>
    <message>
        <source>No processing activity concerning the requester is based on consent or a contract: the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason.</source>
        <translation type="obsolete">Aucun traitement concernant la personne ne repose sur le consentement ou un contrat : le droit à la portabilité des données (art. 20 RGPD) ne s&apos;applique pas. Envoyez un refus avec ce motif.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>No processing activity concerning the requester is based on consent or a contract: the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason.</source>
        <comment>letter.portability-not-applicable</comment>
        <translation>Aucun traitement concernant la personne ne repose sur le consentement ou un contrat : le droit à la portabilité des données (art. 20 RGPD) ne s&apos;applique pas. Envoyez un refus avec ce motif.</translation>
    </message>
    <message>
        <source>no recipient marked as informed (Art. 19), though the register lists recipients for: %1</source>
        <translation type="obsolete">aucun destinataire marqué comme informé (art. 19), alors que le registre indique des destinataires pour : %1</translation>
    </message>
    <message>
        <source>no recipient marked as informed (Art. 19), though the register lists recipients for: {activities}</source>
        <comment>letter.recipients-not-informed</comment>
        <translation type="obsolete">aucun destinataire marqué comme informé (art. 19), alors que le registre indique des destinataires pour : {activities}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>no recipient marked as informed (Art. 19), though the register lists recipients for: {activities}</source>
        <comment>letter.recipients-not-told</comment>
        <translation>aucun destinataire marqué comme informé (art. 19), alors que le registre indique des destinataires pour : {activities}</translation>
    </message>
    <message>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation</source>
        <translation type="obsolete">aucun destinataire n&apos;est indiqué pour ce traitement : nommez-les, ou écrivez recipients = [] si les données ne sont transmises à personne en dehors de l&apos;organisation</translation>
    </message>
    <message>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation; until then access answers that include it are refused</source>
        <translation type="obsolete">aucun destinataire n&apos;est indiqué pour ce traitement : nommez-les, ou écrivez recipients = [] si les données ne sont communiquées à personne hors de l&apos;organisation ; d&apos;ici là, les réponses d&apos;accès qui le comprennent sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation; until then access answers that include it are refused</source>
        <comment>profile.recipients-unknown</comment>
        <translation>aucun destinataire n&apos;est indiqué pour ce traitement : nommez-les, ou écrivez recipients = [] si les données ne sont communiquées à personne hors de l&apos;organisation ; d&apos;ici là, les réponses d&apos;accès qui le comprennent sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>no search item of the checklist is still open</source>
        <comment>checklist.no-open-search</comment>
        <translation>aucune recherche de la liste de contrôle n&apos;est encore ouverte</translation>
    </message>
    <message>
        <source>no supervisory authority for %1</source>
        <translation type="obsolete">aucune autorité de contrôle pour %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>no supervisory authority for {country}</source>
        <comment>letter.no-authority</comment>
        <translation>aucune autorité de contrôle pour {country}</translation>
    </message>
    <message>
        <source>no value at line %1</source>
        <translation type="obsolete">pas de valeur à la ligne %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>No {which} password is stored for {slug} (mail password {slug} {which})</source>
        <comment>mail.no-password</comment>
        <translation>Aucun mot de passe {which} n&apos;est enregistré pour {slug} (mail password {slug} {which})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>not a DSAR Desk encrypted file (unknown header)</source>
        <comment>vault.dsar-desk-encrypted-file</comment>
        <translation>ce n’est pas un fichier chiffré par DSAR Desk (en-tête inconnu)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>Not connected to the mail server</source>
        <comment>mail.not-connected</comment>
        <translation>Non connecté au serveur de messagerie</translation>
    </message>
    <message>
        <source>note: give the reason why this item does not apply</source>
        <translation type="obsolete">note : indiquez pourquoi ce point est sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: give the reason why this item does not apply</source>
        <comment>checklist.note-give-reason-why</comment>
        <translation>note : indiquez pourquoi ce point est sans objet</translation>
    </message>
    <message>
        <source>note: is longer than %1 characters</source>
        <translation type="obsolete">note : dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: is longer than {max} characters</source>
        <comment>checklist.note-longer-than-characters</comment>
        <translation>note : dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: say what was found (the note goes on every search item marked done)</source>
        <comment>checklist.searches-note</comment>
        <translation>note : dites ce qui a été trouvé (la note va sur chaque recherche marquée comme faite)</translation>
    </message>
    <message>
        <source>note: say which data are kept under the exception, and why</source>
        <translation type="obsolete">note : indiquez quelles données sont conservées en vertu de l&apos;exception, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: say which data are kept under the exception, and why</source>
        <comment>checklist.note-say-which-data</comment>
        <translation>note : indiquez quelles données sont conservées en vertu de l&apos;exception, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>nothing answers at {host} port {port}: the server is not running there, or the port is not the right one</source>
        <comment>team.test-refused</comment>
        <translation>rien ne répond sur {host} port {port} : le serveur n’y tourne pas, ou le port n’est pas le bon</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>only for a portability answer</source>
        <comment>letter.data-only-portability</comment>
        <translation>uniquement pour une réponse à une demande de portabilité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>only goes in a letter of the kind {kinds}</source>
        <comment>letter.detail-wrong-kind</comment>
        <translation>ne figure que dans un courrier du type {kinds}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>optional data</source>
        <comment>mrz.field-optional-data</comment>
        <translation>données facultatives</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>organisation {key} ({language})</source>
        <comment>letter.fell-back-organisation</comment>
        <translation>organisation {key} ({language})</translation>
    </message>
    <message>
        <source>partial erasure: say which data are kept and why</source>
        <translation type="obsolete">effacement partiel : indiquez quelles données sont conservées et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>partial erasure: say which data are kept and why</source>
        <comment>letter.erasure-detail-missing</comment>
        <translation>effacement partiel : indiquez quelles données sont conservées et pourquoi</translation>
    </message>
    <message>
        <source>pause rule must be one of: %1</source>
        <translation type="obsolete">la règle de pause doit être l&apos;une de : %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>personal number</source>
        <comment>mrz.field-personal-number</comment>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): a decision of Art. 22 needs its logic and its consequences; fill in processing[%3].automated_logic and processing[%4].automated_consequences (Art. 15(1)(h))</source>
        <translation type="obsolete">traitement &apos;%1&apos; (%2) : une décision au sens de l&apos;art. 22 exige sa logique et ses conséquences ; complétez processing[%3].automated_logic et processing[%4].automated_consequences (art. 15, paragraphe 1, point h))</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): its search is still open in the checklist; mark it done (data found: the answer lists it) or not concerned (left out)</source>
        <translation type="obsolete">traitement &apos;%1&apos; (%2) : sa recherche est encore ouverte dans la liste de contrôle ; marquez-la comme faite (données trouvées : la réponse le mentionne) ou comme non concernée (omis)</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): the checklist has no search for it, as the case does not ask for access; add the right of access to the case, then mark the search</source>
        <translation type="obsolete">traitement &apos;%1&apos; (%2) : la liste de contrôle ne prévoit aucune recherche, le dossier ne demandant pas l&apos;accès ; ajoutez le droit d&apos;accès au dossier, puis marquez la recherche</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): the register does not say whether its automated decisions fall under Art. 22; fill in processing[%3].automated_art22 (true or false)</source>
        <translation type="obsolete">traitement &apos;%1&apos; (%2) : le registre n&apos;indique pas si ses décisions automatisées relèvent de l&apos;art. 22 ; complétez processing[%3].automated_art22 (true ou false)</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): the register does not say who receives these data, and unknown is not none; fill in processing[%3].recipients (recipients = [] if no one outside the organisation does)</source>
        <translation type="obsolete">traitement &apos;%1&apos; (%2) : le registre n&apos;indique pas qui reçoit ces données, et inconnu ne veut pas dire aucun ; complétez processing[%3].recipients (recipients = [] si personne hors de l&apos;organisation ne les reçoit)</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): “%3” is not a retention period; fill in processing[%4].retention with the period, or the criteria that decide it (Art. 15(1)(d))</source>
        <translation type="obsolete">traitement &apos;%1&apos; (%2) : « %3 » n&apos;est pas une durée de conservation ; indiquez dans processing[%4].retention la durée, ou les critères qui la déterminent (art. 15, paragraphe 1, point d))</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; names an unknown recipient &apos;%2&apos;</source>
        <translation type="obsolete">le traitement &apos;%1&apos; cite un destinataire inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): a decision of Art. 22 needs its logic and its consequences; fill in processing[{n}].automated_logic and processing[{n}].automated_consequences (Art. 15(1)(h))</source>
        <comment>letter.gap-automated-logic</comment>
        <translation>traitement &apos;{id}&apos; ({name}) : une décision au sens de l&apos;art. 22 exige sa logique et ses conséquences ; complétez processing[{n}].automated_logic et processing[{n}].automated_consequences (art. 15, paragraphe 1, point h))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): its search is still open in the checklist; mark it done (data found: the answer lists it) or not concerned (left out)</source>
        <comment>letter.gap-search-open</comment>
        <translation>traitement &apos;{id}&apos; ({name}) : sa recherche est encore ouverte dans la liste de contrôle ; marquez-la comme faite (données trouvées : la réponse le mentionne) ou comme non concernée (omis)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): the checklist has no search for it, as the case does not ask for access; add the right of access to the case, then mark the search</source>
        <comment>letter.gap-search-missing</comment>
        <translation>traitement &apos;{id}&apos; ({name}) : la liste de contrôle ne prévoit aucune recherche, le dossier ne demandant pas l&apos;accès ; ajoutez le droit d&apos;accès au dossier, puis marquez la recherche</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): the register does not say whether its automated decisions fall under Art. 22; fill in processing[{n}].automated_art22 (true or false)</source>
        <comment>letter.gap-automated-art22</comment>
        <translation>traitement &apos;{id}&apos; ({name}) : le registre n&apos;indique pas si ses décisions automatisées relèvent de l&apos;art. 22 ; complétez processing[{n}].automated_art22 (true ou false)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): the register does not say who receives these data, and unknown is not none; fill in processing[{n}].recipients (recipients = [] if no one outside the organisation does)</source>
        <comment>letter.gap-recipients-unknown</comment>
        <translation>traitement &apos;{id}&apos; ({name}) : le registre n&apos;indique pas qui reçoit ces données, et inconnu ne veut pas dire aucun ; complétez processing[{n}].recipients (recipients = [] si personne hors de l&apos;organisation ne les reçoit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): “{retention}” is not a retention period; fill in processing[{n}].retention with the period, or the criteria that decide it (Art. 15(1)(d))</source>
        <comment>letter.gap-retention</comment>
        <translation>traitement &apos;{id}&apos; ({name}) : « {retention} » n&apos;est pas une durée de conservation ; indiquez dans processing[{n}].retention la durée, ou les critères qui la déterminent (art. 15, paragraphe 1, point d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>processing &apos;{id}&apos; names an unknown recipient &apos;{recipient}&apos;</source>
        <comment>letter.unknown-recipient</comment>
        <translation>le traitement &apos;{id}&apos; cite un destinataire inconnu &apos;{recipient}&apos;</translation>
    </message>
    <message>
        <source>processing &apos;{id}&apos; {key} ({language})</source>
        <comment>letter.fell-back-processing</comment>
        <translation type="obsolete">traitement « {id} » {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>processing “{name}”: {key} ({language})</source>
        <comment>letter.fell-back-processing-named</comment>
        <translation>traitement « {name} » : {key} ({language})</translation>
    </message>
    <message>
        <source>Public holidays are not available for the country “%1”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.</source>
        <translation type="obsolete">Les jours fériés ne sont pas disponibles pour le pays « %1 » ; utilisez un code ISO 3166-1 alpha-2 comme FR, BE, NL, LU ou DE.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Public holidays are not available for the country “{country}”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.</source>
        <comment>deadline.public-holidays-are-available</comment>
        <translation>Les jours fériés ne sont pas disponibles pour le pays « {country} » ; utilisez un code ISO 3166-1 alpha-2 comme FR, BE, NL, LU ou DE.</translation>
    </message>
    <message>
        <source>reason: say why the request is manifestly unfounded or excessive (the requester is told, Art. 12(4))</source>
        <translation type="obsolete">motif : indiquez pourquoi la demande est manifestement infondée ou excessive (la personne concernée en est informée, art. 12, § 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>reason: say why the request is manifestly unfounded or excessive (the requester is told, Art. 12(4))</source>
        <comment>case.unfounded-reason</comment>
        <translation>motif : indiquez pourquoi la demande est manifestement infondée ou excessive (la personne concernée en est informée, art. 12, § 4)</translation>
    </message>
    <message>
        <source>recipient %1 is listed twice</source>
        <translation type="obsolete">le destinataire %1 figure deux fois</translation>
    </message>
    <message>
        <source>recipient %1 is not named by any [[processing]], so no access response will mention it</source>
        <translation type="obsolete">le destinataire %1 n&apos;est cité par aucun [[processing]], donc aucune réponse à une demande d&apos;accès ne le mentionnera</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (%2) is in %3, outside the EEA, with no adequacy decision and no safeguards in the register: the letter cannot say how the transfer is protected; fill in recipient[%4].safeguards (Art. 15(2), 46)</source>
        <translation type="obsolete">le destinataire &apos;%1&apos; (%2) est établi en %3, hors de l&apos;EEE, sans décision d&apos;adéquation ni garanties dans le registre : la lettre ne peut pas indiquer comment le transfert est protégé ; complétez recipient[%4].safeguards (art. 15, paragraphe 2, 46)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>recipient &apos;{id}&apos; ({name}) is in {country}, outside the EEA, with no adequacy decision and no safeguards in the register: the letter cannot say how the transfer is protected; fill in recipient[{n}].safeguards (Art. 15(2), 46)</source>
        <comment>letter.gap-transfer</comment>
        <translation>le destinataire &apos;{id}&apos; ({name}) est établi en {country}, hors de l&apos;EEE, sans décision d&apos;adéquation ni garanties dans le registre : la lettre ne peut pas indiquer comment le transfert est protégé ; complétez recipient[{n}].safeguards (art. 15, paragraphe 2, 46)</translation>
    </message>
    <message>
        <source>recipient &apos;{id}&apos; {key} ({language})</source>
        <comment>letter.fell-back-recipient</comment>
        <translation type="obsolete">destinataire « {id} » {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>recipient {id} is listed twice</source>
        <comment>profile.recipient-twice</comment>
        <translation>le destinataire {id} figure deux fois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>recipient {id} is not named by any [[processing]], so no access response will mention it</source>
        <comment>profile.recipient-unused</comment>
        <translation>le destinataire {id} n&apos;est cité par aucun [[processing]], donc aucune réponse à une demande d&apos;accès ne le mentionnera</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>recipient “{name}”: {key} ({language})</source>
        <comment>letter.fell-back-recipient-named</comment>
        <translation>destinataire « {name} » : {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>Say how the password reaches the requester: phone, sms or post</source>
        <comment>mail.password-channel</comment>
        <translation>Indiquez comment le mot de passe parvient à la personne concernée : téléphone, SMS ou courrier postal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>say imap or smtp, not {which}</source>
        <comment>mail.which-server</comment>
        <translation>indiquez imap ou smtp, pas {which}</translation>
    </message>
    <message>
        <source>Say what proof of identity the requester must send: the profile asks for no identity check.</source>
        <translation type="obsolete">Indiquez quelle preuve d&apos;identité la personne concernée doit envoyer : le profil ne prévoit aucune vérification d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>Say what proof of identity the requester must send: the profile asks for no identity check.</source>
        <comment>letter.identity-proof-needed</comment>
        <translation>Indiquez quelle preuve d&apos;identité la personne concernée doit envoyer : le profil ne prévoit aucune vérification d&apos;identité.</translation>
    </message>
    <message>
        <source>say what proof of identity to ask for: the profile names no method, and a copy of an identity document is never asked by default</source>
        <translation type="obsolete">indiquez le justificatif d&apos;identité à demander : le profil ne prévoit aucune méthode, et une copie de pièce d&apos;identité n&apos;est jamais demandée par défaut</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say what proof of identity to ask for: the profile names no method, and a copy of an identity document is never asked by default</source>
        <comment>letter.gap-proof</comment>
        <translation>indiquez le justificatif d&apos;identité à demander : le profil ne prévoit aucune méthode, et une copie de pièce d&apos;identité n&apos;est jamais demandée par défaut</translation>
    </message>
    <message>
        <source>say whether these are decisions based solely on automated processing with legal or similarly significant effects: automated_art22 = true or false (GDPR Art. 22); until then access answers are refused</source>
        <translation type="obsolete">indiquez s&apos;il s&apos;agit de décisions fondées exclusivement sur un traitement automatisé produisant des effets juridiques ou des effets similaires significatifs : automated_art22 = true ou false (RGPD art. 22) ; d&apos;ici là, les réponses d&apos;accès sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>say whether these are decisions based solely on automated processing with legal or similarly significant effects: automated_art22 = true or false (GDPR Art. 22); until then access answers are refused</source>
        <comment>profile.automated-art22-unknown</comment>
        <translation>indiquez s&apos;il s&apos;agit de décisions fondées exclusivement sur un traitement automatisé produisant des effets juridiques ou des effets similaires significatifs : automated_art22 = true ou false (RGPD art. 22) ; d&apos;ici là, les réponses d&apos;accès sont refusées</translation>
    </message>
    <message>
        <source>say which data of other persons are withheld, and why (Art. 15(4))</source>
        <translation type="obsolete">indiquez quelles données de tiers sont retenues, et pourquoi (art. 15, paragraphe 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say which data of other persons are withheld, and why (Art. 15(4))</source>
        <comment>letter.gap-withheld</comment>
        <translation>indiquez quelles données de tiers sont retenues, et pourquoi (art. 15, paragraphe 4)</translation>
    </message>
    <message>
        <source>say which other data matched</source>
        <translation type="obsolete">indiquez quelles autres données correspondaient</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say which other data matched</source>
        <comment>identity.say-which-other-data</comment>
        <translation>indiquez quelles autres données correspondaient</translation>
    </message>
    <message>
        <source>say who makes the letter</source>
        <translation type="obsolete">indiquez qui établit la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>say who makes the letter</source>
        <comment>letter.who-missing</comment>
        <translation>indiquez qui établit la lettre</translation>
    </message>
    <message>
        <source>say who sent the letter</source>
        <translation type="obsolete">indiquez qui a envoyé la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>say who sent the letter</source>
        <comment>letter.sender-missing</comment>
        <translation>indiquez qui a envoyé la lettre</translation>
    </message>
    <message>
        <source>say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy</source>
        <translation type="obsolete">indiquez pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent pas avant de demander une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy</source>
        <comment>identity.say-why-lesser-means</comment>
        <translation>indiquez pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent pas avant de demander une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy</source>
        <translation type="obsolete">indiquez pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent pas avant de conserver une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy</source>
        <comment>identity.say-why-lesser-means-2</comment>
        <translation>indiquez pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent pas avant de conserver une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>say why no identity check is needed</source>
        <translation type="obsolete">indiquez pourquoi aucune vérification d&apos;identité n&apos;est nécessaire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why no identity check is needed</source>
        <comment>identity.say-why-no-identity</comment>
        <translation>indiquez pourquoi aucune vérification d&apos;identité n&apos;est nécessaire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>say why the case is {status} (the note is kept in the timeline)</source>
        <comment>case.status-note-required</comment>
        <translation>indiquez pourquoi le dossier est {status} (la note est conservée dans l’historique)</translation>
    </message>
    <message>
        <source>say why the check failed</source>
        <translation type="obsolete">indiquez pourquoi la vérification a échoué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why the check failed</source>
        <comment>identity.say-why-check-failed</comment>
        <translation>indiquez pourquoi la vérification a échoué</translation>
    </message>
    <message>
        <source>say why the data were not rectified: the requester must be told (Art. 12(4))</source>
        <translation type="obsolete">indiquez pourquoi les données n&apos;ont pas été rectifiées : la personne doit en être informée (art. 12, paragraphe 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say why the data were not rectified: the requester must be told (Art. 12(4))</source>
        <comment>letter.gap-rectification-reasons</comment>
        <translation>indiquez pourquoi les données n&apos;ont pas été rectifiées : la personne doit en être informée (art. 12, paragraphe 4)</translation>
    </message>
    <message>
        <source>say why the request is manifestly unfounded or excessive (Art. 12(5))</source>
        <translation type="obsolete">indiquez pourquoi la demande est manifestement infondée ou excessive (art. 12, paragraphe 5)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say why the request is manifestly unfounded or excessive (Art. 12(5))</source>
        <comment>letter.gap-fee-reasons</comment>
        <translation>indiquez pourquoi la demande est manifestement infondée ou excessive (art. 12, paragraphe 5)</translation>
    </message>
    <message>
        <source>say why there is a reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter states it</source>
        <translation type="obsolete">indiquez pourquoi il existe un doute raisonnable sur l&apos;identité de la personne (art. 12, paragraphe 6) : la lettre l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say why there is a reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter states it</source>
        <comment>letter.gap-doubt</comment>
        <translation>indiquez pourquoi il existe un doute raisonnable sur l&apos;identité de la personne (art. 12, paragraphe 6) : la lettre l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>Sign in to the mail provider again for {user}</source>
        <comment>mail.oauth-sign-in-again</comment>
        <translation>Reconnectez-vous auprès du fournisseur de messagerie pour {user}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>SMTP security must be ssl or starttls, not {value}</source>
        <comment>mail.smtp-security-unknown</comment>
        <translation>La sécurité SMTP doit être ssl ou starttls, pas {value}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>something was recorded on the case after the change to {status} (a letter, a note, a checklist mark…): only a status change that is the last thing done can be undone</source>
        <comment>undo.not-last</comment>
        <translation>quelque chose a été enregistré dans le dossier après le passage à {status} (une lettre, une note, un point de la liste de contrôle…) : seul un changement de statut qui est la dernière chose faite peut être annulé</translation>
    </message>
    <message>
        <source>speaks of %1 as a privacy policy does; an access answer is written to the requester: write it to &quot;you&quot;, or without the person (EDPB Guidelines 01/2022)</source>
        <translation type="obsolete">parle de %1 comme une politique de confidentialité ; une réponse d&apos;accès s&apos;adresse à la personne concernée : écrivez à la deuxième personne (« vous »), ou sans nommer la personne (lignes directrices 01/2022 du CEPD)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>speaks of {words} as a privacy policy does; an access answer is written to the requester: write it to &quot;you&quot;, or without the person (EDPB Guidelines 01/2022)</source>
        <comment>profile.third-person</comment>
        <translation>parle de {words} comme une politique de confidentialité ; une réponse d&apos;accès s&apos;adresse à la personne concernée : écrivez à la deuxième personne (« vous »), ou sans nommer la personne (lignes directrices 01/2022 du CEPD)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>sslmode “{value}” is not one of {known}</source>
        <comment>location.sslmode-unknown</comment>
        <translation>sslmode « {value} » n’est pas l’une des valeurs {known}</translation>
    </message>
    <message>
        <source>state: &apos;%1&apos; is not a state (%2)</source>
        <translation type="obsolete">état : « %1 » n&apos;est pas un état (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>state: &apos;{state}&apos; is not a state ({known})</source>
        <comment>checklist.state-state</comment>
        <translation>état : « {state} » n&apos;est pas un état ({known})</translation>
    </message>
    <message>
        <source>supervisory authority (%1)</source>
        <translation type="obsolete">autorité de contrôle (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>supervisory authority ({language})</source>
        <comment>letter.fell-back-authority</comment>
        <translation>autorité de contrôle ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>surname</source>
        <comment>mrz.label-surname</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>The %1 is missing or is not a date.</source>
        <translation type="obsolete">%1 manque ou n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The %1 must be a date, not a date and time (use the organisation&apos;s local date, see receipt_date()).</source>
        <translation type="obsolete">%1 doit être une date, pas une date avec heure (utilisez la date locale de l&apos;organisation, voir receipt_date()).</translation>
    </message>
    <message>
        <source>the answer cannot arrive before it was asked for</source>
        <translation type="obsolete">la réponse ne peut pas arriver avant d&apos;avoir été demandée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>the answer cannot arrive before it was asked for</source>
        <comment>case.answer-before-asked</comment>
        <translation>la réponse ne peut pas arriver avant d&apos;avoir été demandée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>the attachment key in the keyring is damaged</source>
        <comment>keyring.attachment-key-keyring-damaged-3</comment>
        <translation>la clé des pièces jointes dans le trousseau est endommagée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>the attachment key in the keyring is damaged (unknown format)</source>
        <comment>keyring.attachment-key-keyring-damaged</comment>
        <translation>la clé des pièces jointes dans le trousseau est endommagée (format inconnu)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>the attachment key in the keyring is damaged (wrong length)</source>
        <comment>keyring.attachment-key-keyring-damaged-2</comment>
        <translation>la clé des pièces jointes dans le trousseau est endommagée (longueur incorrecte)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The attachments are larger than {limit} MB; send them another way (for example on a USB stick or through a download link)</source>
        <comment>mail.send-too-large</comment>
        <translation>Les pièces jointes dépassent {limit} Mo ; envoyez-les autrement (par exemple sur une clé USB ou par un lien de téléchargement)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the attachments are locked: enter the passphrase of this database</source>
        <comment>key.attachments-are-locked-enter</comment>
        <translation>les pièces jointes sont verrouillées : saisissez la phrase secrète de cette base de données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>the backup {name} ends with event {event}, which the database does not hold as it was: the record was rewritten after that backup</source>
        <comment>record.backup-head-missing</comment>
        <translation>la sauvegarde {name} se termine par l’événement {event}, que la base de données ne contient plus tel quel : l’historique a été réécrit après cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the CA certificate file named by sslrootcert cannot be read: {file}</source>
        <comment>team.test-ca-file</comment>
        <translation>le fichier du certificat CA indiqué par sslrootcert est illisible : {file}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/tls.py"/>
        <source>The CA certificate file {path} cannot be read ({reason})</source>
        <comment>mail.ca-file-unreadable</comment>
        <translation>Le fichier de certificat CA {path} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the case has no letter &apos;%1&apos;</source>
        <translation type="obsolete">le dossier n&apos;a pas de lettre « %1 »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>the case has no letter &apos;{given}&apos;</source>
        <comment>letter.ref-not-found</comment>
        <translation>le dossier n&apos;a pas de lettre « {given} »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the case has no status change to undo</source>
        <comment>undo.nothing</comment>
        <translation>le dossier n&apos;a pas de changement de statut à annuler</translation>
    </message>
    <message>
        <source>the case is already extended</source>
        <translation type="obsolete">le dossier est déjà prolongé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is already extended</source>
        <comment>case.already-extended</comment>
        <translation>le dossier est déjà prolongé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The case is already extended; the limit can be extended only once, by two further months.</source>
        <comment>deadline.already-extended</comment>
        <translation>Le dossier est déjà prolongé ; le délai ne peut être prolongé qu’une fois, de deux mois.</translation>
    </message>
    <message>
        <source>the case is already waiting for the requester</source>
        <translation type="obsolete">le dossier attend déjà la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is already waiting for the requester</source>
        <comment>case.already-waiting</comment>
        <translation>le dossier attend déjà la personne concernée</translation>
    </message>
    <message>
        <source>the case is not extended: extend the deadline first, with its reasons</source>
        <translation type="obsolete">le dossier n&apos;est pas prolongé : prolongez d&apos;abord le délai, avec ses motifs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the case is not extended: extend the deadline first, with its reasons</source>
        <comment>letter.extension-not-extended</comment>
        <translation>le dossier n&apos;est pas prolongé : prolongez d&apos;abord le délai, avec ses motifs</translation>
    </message>
    <message>
        <source>the case is not open</source>
        <translation type="obsolete">le dossier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>the case is not waiting for the requester</source>
        <translation type="obsolete">le dossier n&apos;attend pas la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is not waiting for the requester</source>
        <comment>case.not-waiting</comment>
        <translation>le dossier n&apos;attend pas la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the case is waiting for the requester&apos;s proof of identity: record the identity check before disclosing data</source>
        <comment>identity.block-waiting</comment>
        <translation>le dossier attend la preuve d&apos;identité de la personne concernée : enregistrez la vérification d&apos;identité avant de communiquer des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is {status}: {what} only while it still owes an answer</source>
        <comment>case.action-needs-open-case</comment>
        <translation>le dossier est {status} : {what} uniquement tant qu’une réponse est due</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>The certificate of {host} is not trusted ({reason})</source>
        <comment>mail.certificate-refused</comment>
        <translation>Le certificat de {host} n’est pas reconnu comme fiable ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the change to {status} was made by {who}: only they can undo it</source>
        <comment>undo.other-clerk</comment>
        <translation>le passage à {status} a été fait par {who} : seule cette personne peut l&apos;annuler</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the change to {status} was made more than {minutes} minutes ago: change the status again instead</source>
        <comment>undo.too-late</comment>
        <translation>le passage à {status} date de plus de {minutes} minutes : changez de nouveau le statut</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>the check digit of the {field} is {found!r}; the data gives {expected!r}</source>
        <comment>mrz.check-digit-wrong</comment>
        <translation>le chiffre de contrôle du champ {field} est {found!r} ; les données donnent {expected!r}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>the checklist keeps data under an exception of Art. 17(3) ({exceptions}): the erasure letter must say so; choose it</source>
        <comment>letter.gap-exception-checklist</comment>
        <translation>la liste de contrôle conserve des données au titre d&apos;une exception de l&apos;art. 17, § 3 ({exceptions}) : la lettre d&apos;effacement doit le dire ; choisissez-la</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The connection with {host} was lost ({reason})</source>
        <comment>mail.connection-lost</comment>
        <translation>La connexion avec {host} a été perdue ({reason})</translation>
    </message>
    <message>
        <source>the content of this attachment was deleted (purged)</source>
        <translation type="obsolete">le contenu de cette pièce jointe a été supprimé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the content of this attachment was deleted (purged)</source>
        <comment>key.content-attachment-was-deleted</comment>
        <translation>le contenu de cette pièce jointe a été supprimé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The copy could not be put in {folder} ({reply})</source>
        <comment>mail.imap-append-failed</comment>
        <translation>La copie n’a pas pu être placée dans {folder} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the copy on {label} does not match the file ({problem}); the team database should be emptied and the copy run again</source>
        <comment>team.migrate-check-failed</comment>
        <translation>la copie sur {label} ne correspond pas au fichier ({problem}) ; videz la base d’équipe et recommencez la copie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the database is busy: another DSAR Desk is writing; try again</source>
        <comment>database.busy</comment>
        <translation>la base de données est occupée : un autre DSAR Desk y écrit ; réessayez</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the database {label} on the server is not a DSAR Desk database (it has other tables and no schema version): nothing was written</source>
        <comment>database.server-not-dsar-desk</comment>
        <translation>la base {label} du serveur n’est pas une base DSAR Desk (elle a d’autres tables et aucune version de schéma) : rien n’a été écrit</translation>
    </message>
    <message>
        <source>The date %1 + %2 months is out of range.</source>
        <translation type="obsolete">La date %1 + %2 mois est hors limites.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The date {start} + {months} months is out of range.</source>
        <comment>deadline.date-months-out-range</comment>
        <translation>La date {start} + {months} mois est hors limites.</translation>
    </message>
    <message>
        <source>the document expired on %1</source>
        <translation type="obsolete">le document a expiré le %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the document expired on {expiry}</source>
        <comment>identity.document-expired-on</comment>
        <translation>le document a expiré le {expiry}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail text {where} in {language} uses an unknown {{{name}}}</source>
        <comment>mail.text-placeholder</comment>
        <translation>Le texte d’e-mail {where} ({language}) utilise un {{{name}}} inconnu</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail texts file {name} cannot be read: {reason}</source>
        <comment>mail.texts-unreadable</comment>
        <translation>Le fichier de textes d’e-mail {name} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail texts file {name} is missing</source>
        <comment>mail.texts-missing</comment>
        <translation>Le fichier de textes d’e-mail {name} est absent</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail texts in {language} lack {section}.{key}</source>
        <comment>mail.text-missing</comment>
        <translation>Il manque {section}.{key} dans les textes d’e-mail ({language})</translation>
    </message>
    <message>
        <source>the file could not be read as TOML (%1)</source>
        <translation type="obsolete">le fichier n&apos;a pas pu être lu comme TOML (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>the file could not be read as TOML ({type})</source>
        <comment>profile.toml-unreadable</comment>
        <translation>le fichier n&apos;a pas pu être lu comme TOML ({type})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>the file is empty</source>
        <comment>mail.empty</comment>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="obsolete">le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>the file is not UTF-8 text</source>
        <comment>profile.not-utf8</comment>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the file is too large to encrypt (the limit is 2 GiB)</source>
        <comment>vault.file-too-large-encrypt</comment>
        <translation>le fichier est trop volumineux pour être chiffré (la limite est de 2 Gio)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The folder {folder} cannot be opened ({reply})</source>
        <comment>mail.folder-missing</comment>
        <translation>Le dossier {folder} ne peut pas être ouvert ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The folder {folder} for sent mail does not exist</source>
        <comment>mail.sent-folder-missing</comment>
        <translation>Le dossier {folder} des messages envoyés n’existe pas</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the identity check failed on {day}: record a new check, or record that no check is needed with the reason, before disclosing data</source>
        <comment>identity.block-failed-on</comment>
        <translation>la vérification d&apos;identité a échoué le {day} : enregistrez une nouvelle vérification, ou qu&apos;aucune n&apos;est nécessaire avec la raison, avant de communiquer des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the identity check failed: record a new check, or record that no check is needed with the reason, before disclosing data</source>
        <comment>identity.block-failed</comment>
        <translation>la vérification d&apos;identité a échoué : enregistrez une nouvelle vérification, ou qu&apos;aucune n&apos;est nécessaire avec la raison, avant de communiquer des données</translation>
    </message>
    <message>
        <source>the identity is recorded as verified with an expired document</source>
        <translation type="obsolete">l&apos;identité est enregistrée comme vérifiée avec un document expiré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the identity is recorded as verified with an expired document</source>
        <comment>identity.identity-recorded-as-verified</comment>
        <translation>l&apos;identité est enregistrée comme vérifiée avec un document expiré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The IMAP server is not set</source>
        <comment>mail.imap-host-missing</comment>
        <translation>Le serveur IMAP n’est pas configuré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the key must be {size} bytes</source>
        <comment>vault.key-must-bytes</comment>
        <translation>la clé doit compter {size} octets</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the key of these attachments (key id {kid}) is not in this computer&apos;s keyring: enter its recovery code (shown when the key was made) to restore it</source>
        <comment>key.key-these-attachments-key</comment>
        <translation>la clé de ces pièces jointes (identifiant {kid}) n’est pas dans le trousseau de cet ordinateur : saisissez son code de récupération (affiché à la création de la clé) pour la restaurer</translation>
    </message>
    <message>
        <source>The language “%1” is not available (available: %2).</source>
        <translation type="obsolete">La langue « %1 » n&apos;est pas disponible (disponibles : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The language “{language}” is not available (available: {known}).</source>
        <comment>deadline.language-available-available</comment>
        <translation>La langue « {language} » n&apos;est pas disponible (disponibles : {known}).</translation>
    </message>
    <message>
        <source>the languages have lists of different lengths (%1); check that every item is translated</source>
        <translation type="obsolete">les langues ont des listes de longueurs différentes (%1) ; vérifiez que chaque élément est traduit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>the languages have lists of different lengths ({sizes}); check that every item is translated</source>
        <comment>profile.list-lengths</comment>
        <translation>les langues ont des listes de longueurs différentes ({sizes}) ; vérifiez que chaque élément est traduit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the last status change was already undone; change the status again instead</source>
        <comment>undo.already-undone</comment>
        <translation>le dernier changement de statut a déjà été annulé ; changez de nouveau le statut</translation>
    </message>
    <message>
        <source>The letter needs the case reference.</source>
        <translation type="obsolete">La lettre doit indiquer la référence du dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>The letter needs the case reference.</source>
        <comment>letter.reference-needed</comment>
        <translation>La lettre doit indiquer la référence du dossier.</translation>
    </message>
    <message>
        <source>The letter needs the requester&apos;s name.</source>
        <translation type="obsolete">La lettre doit indiquer le nom de la personne concernée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>The letter needs the requester&apos;s name.</source>
        <comment>letter.requester-name-needed</comment>
        <translation>La lettre doit indiquer le nom de la personne concernée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>the letter says data are kept under an exception of Art. 17(3), but no item of the checklist records it: record the exception on the item concerned, or choose none</source>
        <comment>letter.gap-exception-not-in-checklist</comment>
        <translation>la lettre dit que des données sont conservées au titre d&apos;une exception de l&apos;art. 17, § 3, mais aucun point de la liste de contrôle ne l&apos;enregistre : enregistrez l&apos;exception sur le point concerné, ou n&apos;en choisissez aucune</translation>
    </message>
    <message>
        <source>the letter shows no postal address of the organisation: add it to the profile, make the letter again, then post it</source>
        <translation type="obsolete">la lettre n&apos;indique aucune adresse postale de l&apos;organisation : ajoutez-la au profil, établissez à nouveau la lettre, puis postez-la</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the letter shows no postal address of the organisation: add it to the profile, make the letter again, then post it</source>
        <comment>letter.sender-not-postable</comment>
        <translation>la lettre n&apos;indique aucune adresse postale de l&apos;organisation : ajoutez-la au profil, établissez à nouveau la lettre, puis postez-la</translation>
    </message>
    <message>
        <source>The letter text %1 has a misplaced brace: %2.</source>
        <translation type="obsolete">Le texte de lettre %1 contient une accolade mal placée : %2.</translation>
    </message>
    <message>
        <source>The letter text %1 uses the placeholder {%2}, which DSAR Desk does not fill in.</source>
        <translation type="obsolete">Le texte de lettre %1 utilise le champ {%2}, que DSAR Desk ne remplit pas.</translation>
    </message>
    <message>
        <source>The letter text file %1/%2.toml cannot be read: %3.</source>
        <translation type="obsolete">Le fichier de texte de lettre %1/%2.toml ne peut pas être lu : %3.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter text file {language}/{name}.toml cannot be read: {error}.</source>
        <comment>letter.texts-file-unreadable</comment>
        <translation>Le fichier de texte de lettre {language}/{name}.toml ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter text {where} has a misplaced brace: {error}.</source>
        <comment>letter.text-misplaced-brace</comment>
        <translation>Le texte de lettre {where} contient une accolade mal placée : {error}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter text {where} uses the placeholder {{{name}}}, which DSAR Desk does not fill in.</source>
        <comment>letter.text-unknown-placeholder</comment>
        <translation>Le texte de lettre {where} utilise le champ {{{name}}}, que DSAR Desk ne remplit pas.</translation>
    </message>
    <message>
        <source>The letter texts for “%1” lack the file %2.toml.</source>
        <translation type="obsolete">Il manque le fichier %2.toml aux textes de lettre pour « %1 ».</translation>
    </message>
    <message>
        <source>The letter texts for “%1” lack “%2” in %3.</source>
        <translation type="obsolete">Les textes des lettres en « %1 » n&apos;ont pas « %2 » dans %3.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter texts for “{language}” lack the file {name}.toml.</source>
        <comment>letter.texts-file-missing</comment>
        <translation>Il manque le fichier {name}.toml aux textes de lettre pour « {language} ».</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>The letter texts for “{language}” lack “{key}” in {where}.</source>
        <comment>letter.text-missing</comment>
        <translation>Les textes des lettres en « {language} » n&apos;ont pas « {key} » dans {where}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the login “{name}” must be 2 to 41 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <comment>team.login-name</comment>
        <translation>l’identifiant « {name} » doit compter de 2 à 41 lettres minuscules, chiffres, points, tirets ou soulignés, et commencer par une lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The message could not be moved to {folder} ({reply})</source>
        <comment>mail.imap-move-failed</comment>
        <translation>Le message n’a pas pu être déplacé vers {folder} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message has more than {limit} parts; it is not read</source>
        <comment>mail.too-many-parts</comment>
        <translation>Le message comporte plus de {limit} parties ; il n’est pas lu</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message has no readable date; enter the date received</source>
        <comment>mail.no-date</comment>
        <translation>Le message n’a pas de date lisible ; saisissez la date de réception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The message has no recipient</source>
        <comment>mail.no-recipient</comment>
        <translation>Le message n’a pas de destinataire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message is {size} MB; messages over {limit} MB are not read</source>
        <comment>mail.too-large</comment>
        <translation>Le message fait {size} Mo ; les messages de plus de {limit} Mo ne sont pas lus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message nests parts more than {limit} levels deep; it is not read</source>
        <comment>mail.too-deep</comment>
        <translation>Le message imbrique des parties sur plus de {limit} niveaux ; il n’est pas lu</translation>
    </message>
    <message>
        <source>the MRZ must be given as text</source>
        <translation type="obsolete">la MRZ doit être donnée sous forme de texte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>the MRZ must be given as text</source>
        <comment>mrz.mrz-must-given-as</comment>
        <translation>la MRZ doit être donnée sous forme de texte</translation>
    </message>
    <message>
        <source>The new due date of an extension must come after the current due date.</source>
        <translation type="obsolete">La nouvelle échéance d&apos;une prolongation doit être postérieure à l&apos;échéance actuelle.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>The new due date of an extension must come after the current due date.</source>
        <comment>letter.extension-not-later</comment>
        <translation>La nouvelle échéance d&apos;une prolongation doit être postérieure à l&apos;échéance actuelle.</translation>
    </message>
    <message>
        <source>The organisation&apos;s country is missing.</source>
        <translation type="obsolete">Le pays de l&apos;organisation manque.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The organisation&apos;s country is missing.</source>
        <comment>deadline.organisation-s-country-missing</comment>
        <translation>Le pays de l&apos;organisation manque.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the organisation&apos;s policy asks for an identity check (“{method}”) and none is recorded: record it (or that it is not needed, with the reason) before disclosing data</source>
        <comment>identity.block-policy</comment>
        <translation>la politique de l&apos;organisation demande une vérification d&apos;identité (« {method} ») et aucune n&apos;est enregistrée : enregistrez-la (ou qu&apos;elle n&apos;est pas nécessaire, avec la raison) avant de communiquer des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the organisation&apos;s policy asks for “{policy}”: say why the identity was checked another way</source>
        <comment>identity.other-method-reason</comment>
        <translation>la politique de l&apos;organisation demande « {policy} » : dites pourquoi l&apos;identité a été vérifiée autrement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>the Outlook file cannot be read ({what})</source>
        <comment>mail.outlook-unreadable</comment>
        <translation>le fichier Outlook ne peut pas être lu ({what})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the passphrase is empty</source>
        <comment>vault.passphrase-empty</comment>
        <translation>la phrase secrète est vide</translation>
    </message>
    <message>
        <source>the passphrase must be at least 10 characters long</source>
        <translation type="obsolete">la phrase secrète doit compter au moins 10 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the passphrase must be at least 10 characters long</source>
        <comment>key.passphrase-must-at-least</comment>
        <translation>la phrase secrète doit compter au moins 10 caractères</translation>
    </message>
    <message>
        <source>the passphrase salt in the database is damaged</source>
        <translation type="obsolete">le sel de la phrase secrète dans la base de données est endommagé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the passphrase salt in the database is damaged</source>
        <comment>key.passphrase-salt-database-damaged</comment>
        <translation>le sel de la phrase secrète dans la base de données est endommagé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the passphrase salt is missing or too short</source>
        <comment>vault.passphrase-salt-missing-too</comment>
        <translation>le sel de la phrase secrète est absent ou trop court</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>The password does not open this ZIP</source>
        <comment>mail.zip-password-wrong</comment>
        <translation>Le mot de passe n’ouvre pas ce ZIP</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the password is empty</source>
        <comment>team.password-empty</comment>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>the password is empty or has more than one line</source>
        <comment>mail.password-empty</comment>
        <translation>le mot de passe est vide ou compte plus d&apos;une ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the password must have 12 characters or more</source>
        <comment>team.password-short</comment>
        <translation>le mot de passe doit compter au moins 12 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>The password of an encrypted ZIP must have at least 12 characters</source>
        <comment>mail.zip-password-short</comment>
        <translation>Le mot de passe d’un ZIP chiffré doit comporter au moins 12 caractères</translation>
    </message>
    <message>
        <source>The pause rule “%1” is not known (known: %2).</source>
        <translation type="obsolete">La règle de pause « %1 » est inconnue (connues : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The pause rule “{rule}” is not known (known: {known}).</source>
        <comment>deadline.pause-rule-known-known</comment>
        <translation>La règle de pause « {rule} » est inconnue (connues : {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/figures.py"/>
        <source>the period ends on {end}, before it starts on {start}</source>
        <comment>figures.period-reversed</comment>
        <translation>la période se termine le {end}, avant de commencer le {start}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>The port must be a number from 1 to 65535, not {value}</source>
        <comment>mail.port-invalid</comment>
        <translation>Le port doit être un nombre de 1 à 65535, pas {value}</translation>
    </message>
    <message>
        <source>The portability data must be a mapping of section name to a list of records.</source>
        <translation type="obsolete">Les données de portabilité doivent associer à chaque nom de section une liste d&apos;enregistrements.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/portability.py"/>
        <source>The portability data must be a mapping of section name to a list of records.</source>
        <comment>letter.portability-data-type</comment>
        <translation>Les données de portabilité doivent associer à chaque nom de section une liste d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>The portability section “%1” must be a list of records (field → value).</source>
        <translation type="obsolete">La section de portabilité « %1 » doit être une liste d&apos;enregistrements (champ → valeur).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/portability.py"/>
        <source>The portability section “{name}” must be a list of records (field → value).</source>
        <comment>letter.portability-section-type</comment>
        <translation>La section de portabilité « {name} » doit être une liste d&apos;enregistrements (champ → valeur).</translation>
    </message>
    <message>
        <source>the profile asks for no routine identity check: an identity request needs the reasonable doubt about this requester (Art. 12(6)), which the letter states</source>
        <translation type="obsolete">le profil ne prévoit aucune vérification d&apos;identité systématique : une demande de justificatif exige le doute raisonnable concernant cette personne (art. 12, paragraphe 6), que la lettre indique</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>the profile asks for no routine identity check: an identity request needs the reasonable doubt about this requester (Art. 12(6)), which the letter states</source>
        <comment>letter.gap-doubt-no-routine</comment>
        <translation>le profil ne prévoit aucune vérification d&apos;identité systématique : une demande de justificatif exige le doute raisonnable concernant cette personne (art. 12, paragraphe 6), que la lettre indique</translation>
    </message>
    <message>
        <source>the profile gives no company number for the letterhead (organisation.registration)</source>
        <translation type="obsolete">le profil n&apos;indique aucun numéro d&apos;entreprise pour l&apos;en-tête (organisation.registration)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>the profile gives no company number for the letterhead (organisation.registration)</source>
        <comment>letter.no-registration</comment>
        <translation>le profil n&apos;indique aucun numéro d&apos;entreprise pour l&apos;en-tête (organisation.registration)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>the profile gives no e-mail address of {recipient} ([[recipient]] email): give one</source>
        <comment>mail.recipient-no-email</comment>
        <translation>le profil ne donne pas d&apos;adresse électronique de {recipient} ([[recipient]] email) : indiquez-en une</translation>
    </message>
    <message>
        <source>the profile gives no postal address of the organisation: the letter cannot be posted (add organisation.address)</source>
        <translation type="obsolete">le profil n&apos;indique aucune adresse postale de l&apos;organisation : la lettre ne peut pas être postée (complétez organisation.address)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>the profile gives no postal address of the organisation: the letter cannot be posted (add organisation.address)</source>
        <comment>letter.sender-no-postal-address</comment>
        <translation>le profil n&apos;indique aucune adresse postale de l&apos;organisation : la lettre ne peut pas être postée (complétez organisation.address)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>the profile is larger than {max} KiB; a register of processing fits in far less</source>
        <comment>profile.too-large</comment>
        <translation>le profil dépasse {max} Kio ; un registre des traitements tient dans bien moins</translation>
    </message>
    <message>
        <source>the profile is nested too deeply to check</source>
        <translation type="obsolete">le profil est trop profondément imbriqué pour être vérifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>the profile is nested too deeply to check</source>
        <comment>profile.too-deep</comment>
        <translation>le profil est trop profondément imbriqué pour être vérifié</translation>
    </message>
    <message>
        <source>The promised number of days must be a whole number above 0, not “%1”.</source>
        <translation type="obsolete">Le nombre de jours promis doit être un nombre entier supérieur à 0, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The promised number of days must be a whole number above 0, not “{promise_days}”.</source>
        <comment>deadline.promised-number-days-must</comment>
        <translation>Le nombre de jours promis doit être un nombre entier supérieur à 0, pas « {promise_days} ».</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>the record of the retention purge of {at} was changed</source>
        <comment>record.gap-forged</comment>
        <translation>l’enregistrement de la purge de conservation du {at} a été modifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the record of {path} does not hold ({problem}): nothing was copied; run `dsar-desk --db {path} verify`</source>
        <comment>team.migrate-record-broken</comment>
        <translation>le registre de {path} n’est pas intègre ({problem}) : rien n’a été copié ; lancez `dsar-desk --db {path} verify`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the recovery code contains {ch!r} (character {position}, not counting dashes); recovery codes only use the letters A-Z and the digits 2-7</source>
        <comment>vault.recovery-code-contains-character</comment>
        <translation>le code de récupération contient {ch!r} (caractère {position}, tirets non compris) ; les codes de récupération n’utilisent que les lettres A-Z et les chiffres 2-7</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the recovery code has {count} letters and digits; it should have {expected} ({groups} groups of {size}); check for a missing or doubled group</source>
        <comment>vault.recovery-code-has-letters</comment>
        <translation>le code de récupération compte {count} lettres et chiffres ; il devrait en compter {expected} ({groups} groupes de {size}) ; vérifiez qu’aucun groupe ne manque ou n’est doublé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the recovery code must be text</source>
        <comment>vault.recovery-code-must-text</comment>
        <translation>le code de récupération doit être du texte</translation>
    </message>
    <message>
        <source>the request for information cannot be dated before the case was received</source>
        <translation type="obsolete">la demande d&apos;informations ne peut pas être datée d&apos;avant la réception du dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>the request for information cannot be dated before the case was received</source>
        <comment>case.pause-before-received</comment>
        <translation>la demande d&apos;informations ne peut pas être datée d&apos;avant la réception du dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>the requester has no e-mail address: give one</source>
        <comment>mail.no-address</comment>
        <translation>le demandeur n&apos;a pas d&apos;adresse électronique : indiquez-en une</translation>
    </message>
    <message>
        <source>the requester has no postal address: add it to the case, make the letter again, then post it</source>
        <translation type="obsolete">la personne concernée n&apos;a pas d&apos;adresse postale : complétez-la dans le dossier, refaites le courrier, puis envoyez-le par la poste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the requester has no postal address: add it to the case, make the letter again, then post it</source>
        <comment>letter.no-postal-address</comment>
        <translation>la personne concernée n&apos;a pas d&apos;adresse postale : complétez-la dans le dossier, refaites le courrier, puis envoyez-le par la poste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address cannot be read ({why}); write it as postgresql://user@host:port/database</source>
        <comment>location.url-unreadable</comment>
        <translation>l’adresse du serveur est illisible ({why}) ; écrivez-la sous la forme postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address has an option “{key}” DSAR Desk does not pass on (known: {known})</source>
        <comment>location.option-unknown</comment>
        <translation>l’adresse du serveur contient une option « {key} » que DSAR Desk ne transmet pas (connues : {known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address must not hold the password; give the address without it and store the password in the keyring with `dsar-desk team password URL` (or in File → Team server…)</source>
        <comment>location.password-in-url</comment>
        <translation>l’adresse du serveur ne doit pas contenir le mot de passe ; donnez l’adresse sans lui et enregistrez le mot de passe dans le trousseau avec `dsar-desk team password URL` (ou dans Fichier → Serveur d’équipe…)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address names no database: write postgresql://user@host:port/DATABASE</source>
        <comment>location.database-missing</comment>
        <translation>l’adresse du serveur ne nomme aucune base : écrivez postgresql://utilisateur@hôte:port/BASE</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address names no host: write postgresql://user@HOST:port/database</source>
        <comment>location.host-missing</comment>
        <translation>l’adresse du serveur ne nomme aucun hôte : écrivez postgresql://utilisateur@HÔTE:port/base</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address names no user: write postgresql://USER@host:port/database (each clerk has a login of their own)</source>
        <comment>location.user-missing</comment>
        <translation>l’adresse du serveur ne nomme aucun utilisateur : écrivez postgresql://UTILISATEUR@hôte:port/base (chaque agent a son propre identifiant)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server cannot be reached ({why})</source>
        <comment>team.test-other</comment>
        <translation>le serveur est injoignable ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server cannot move a single message safely (no MOVE or UIDPLUS)</source>
        <comment>mail.imap-move-unsupported</comment>
        <translation>Le serveur ne peut pas déplacer un seul message en toute sécurité (ni MOVE ni UIDPLUS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server could not list new messages ({reply})</source>
        <comment>mail.imap-search-failed</comment>
        <translation>Le serveur n’a pas pu lister les nouveaux messages ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server could not mark the message read ({reply})</source>
        <comment>mail.imap-store-failed</comment>
        <translation>Le serveur n’a pas pu marquer le message comme lu ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server could not send the messages ({reply})</source>
        <comment>mail.imap-fetch-failed</comment>
        <translation>Le serveur n’a pas pu transmettre les messages ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server did not accept the message ({reply})</source>
        <comment>mail.send-refused</comment>
        <translation>Le serveur n’a pas accepté le message ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server does not admit {user} from this computer (pg_hba.conf): ask its administrator</source>
        <comment>team.test-not-admitted</comment>
        <translation>le serveur n’admet pas {user} depuis cet ordinateur (pg_hba.conf) : demandez à son administrateur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server gave no UIDVALIDITY for {folder}</source>
        <comment>mail.no-uidvalidity</comment>
        <translation>Le serveur n’a fourni aucun UIDVALIDITY pour {folder}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the server has a login “{name}” already</source>
        <comment>team.login-exists</comment>
        <translation>le serveur a déjà un identifiant « {name} »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server has no database {dbname}: check the database in the address</source>
        <comment>team.test-no-database</comment>
        <translation>le serveur n’a pas de base de données {dbname} : vérifiez la base de données dans l’adresse</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>The server name {host} cannot be found (DNS)</source>
        <comment>mail.dns-failed</comment>
        <translation>Le nom de serveur {host} est introuvable (DNS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server name {host} is not known (DNS): check the host in the address, and that this computer is on the organisation&apos;s network</source>
        <comment>team.test-dns</comment>
        <translation>le nom de serveur {host} est inconnu (DNS) : vérifiez l’hôte dans l’adresse, et que cet ordinateur est sur le réseau de l’organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server refused the login of {user} ({reply})</source>
        <comment>mail.login-refused</comment>
        <translation>Le serveur a refusé l’authentification de {user} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server refused the login of {user}: the password is wrong, or there is no such login</source>
        <comment>team.test-login</comment>
        <translation>le serveur a refusé l’identifiant {user} : le mot de passe est erroné, ou cet identifiant n’existe pas</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server refused the recipient {address} ({reply})</source>
        <comment>mail.recipient-refused</comment>
        <translation>Le serveur a refusé le destinataire {address} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server refused the sender {address} ({reply})</source>
        <comment>mail.sender-refused</comment>
        <translation>Le serveur a refusé l’expéditeur {address} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server refused {what} ({reply})</source>
        <comment>mail.imap-refused</comment>
        <translation>Le serveur a refusé {what} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host} closed the connection before accepting the message</source>
        <comment>mail.smtp-lost</comment>
        <translation>Le serveur {host} a fermé la connexion avant d’accepter le message</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host} offers no login this desk can use</source>
        <comment>mail.smtp-auth-unsupported</comment>
        <translation>Le serveur {host} ne propose aucune méthode de connexion utilisable par DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server {host} stopped answering ({what})</source>
        <comment>mail.read-timeout</comment>
        <translation>Le serveur {host} ne répond plus ({what})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host} stopped answering before accepting the message</source>
        <comment>mail.smtp-timeout</comment>
        <translation>Le serveur {host} a cessé de répondre avant d’accepter le message</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host}:{port} closed the connection</source>
        <comment>mail.smtp-disconnected</comment>
        <translation>Le serveur {host}:{port} a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>The server {host}:{port} did not answer within {seconds} s</source>
        <comment>mail.connect-timeout</comment>
        <translation>Le serveur {host}:{port} n’a pas répondu dans les {seconds} s</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host}:{port} does not offer STARTTLS</source>
        <comment>mail.starttls-unsupported</comment>
        <translation>Le serveur {host}:{port} ne propose pas STARTTLS</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server {host}:{port} does not speak IMAP as expected ({reply})</source>
        <comment>mail.imap-greeting</comment>
        <translation>Le serveur {host}:{port} ne répond pas comme un serveur IMAP ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host}:{port} does not speak SMTP as expected ({reply})</source>
        <comment>mail.smtp-greeting</comment>
        <translation>Le serveur {host}:{port} ne répond pas comme un serveur SMTP ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server&apos;s certificate is not made out to {host}: write the host as the certificate names it</source>
        <comment>team.test-tls-name</comment>
        <translation>le certificat du serveur n’est pas établi au nom de {host} : écrivez l’hôte tel que le certificat le nomme</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server&apos;s TLS certificate cannot be trusted: it is not signed by the CA of sslrootcert, or the server offers no TLS ({why})</source>
        <comment>team.test-tls</comment>
        <translation>le certificat TLS du serveur n’est pas fiable : il n’est pas signé par l’autorité de sslrootcert, ou le serveur n’offre pas TLS ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The sign-in did not give an access token ({reason})</source>
        <comment>mail.oauth-refused</comment>
        <translation>La connexion n’a pas fourni de jeton d’accès ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>The sign-in must be password or xoauth2, not {value}</source>
        <comment>mail.auth-unknown</comment>
        <translation>La méthode de connexion doit être password ou xoauth2, pas {value}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The sign-in service cannot be reached ({reason})</source>
        <comment>mail.oauth-unreachable</comment>
        <translation>Le service de connexion est injoignable ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The sign-in was not finished within {minutes} minutes</source>
        <comment>mail.oauth-timeout</comment>
        <translation>La connexion n’a pas été terminée dans les {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The SMTP server is not set</source>
        <comment>mail.smtp-host-missing</comment>
        <translation>Le serveur SMTP n’est pas configuré</translation>
    </message>
    <message>
        <source>the stored letter does not match its SHA-256 any more; it was not written</source>
        <translation type="obsolete">la lettre conservée ne correspond plus à son SHA-256 ; elle n&apos;a pas été écrite</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the stored letter does not match its SHA-256 any more; it was not written</source>
        <comment>letter.hash-mismatch</comment>
        <translation>la lettre conservée ne correspond plus à son SHA-256 ; elle n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>The subdivision “%1” is not a text code.</source>
        <translation type="obsolete">La subdivision « %1 » n&apos;est pas un code texte.</translation>
    </message>
    <message>
        <source>The subdivision “%1” is not known for %2 (known: %3).</source>
        <translation type="obsolete">La subdivision « %1 » est inconnue pour %2 (connues : %3).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The subdivision “{subdivision}” is not a text code.</source>
        <comment>deadline.subdivision-text-code</comment>
        <translation>La subdivision « {subdivision} » n&apos;est pas un code texte.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The subdivision “{subdivision}” is not known for {code} (known: {known}).</source>
        <comment>deadline.subdivision-known-known</comment>
        <translation>La subdivision « {subdivision} » est inconnue pour {code} (connues : {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team database {label} has no DSAR Desk tables yet: an administrator creates them with `dsar-desk team init {url}`</source>
        <comment>database.server-empty</comment>
        <translation>la base d’équipe {label} n’a pas encore de tables DSAR Desk : un administrateur les crée avec `dsar-desk team init {url}`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the team database {label} holds cases already: a file is copied only into an empty team database (two records are never merged)</source>
        <comment>team.migrate-not-empty</comment>
        <translation>la base d’équipe {label} contient déjà des dossiers : un fichier n’est copié que dans une base d’équipe vide (deux registres ne sont jamais fusionnés)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team database {label} is at schema {version} and this DSAR Desk needs {latest}: an administrator upgrades it with `dsar-desk team init {url}`</source>
        <comment>database.server-older</comment>
        <translation>la base d’équipe {label} est au schéma {version} et ce DSAR Desk a besoin du {latest} : un administrateur la met à niveau avec `dsar-desk team init {url}`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team database {label} was upgraded by a newer DSAR Desk (schema {version}; this version knows up to {latest}): update DSAR Desk</source>
        <comment>database.server-newer</comment>
        <translation>la base d’équipe {label} a été mise à niveau par un DSAR Desk plus récent (schéma {version} ; cette version connaît jusqu’au {latest}) : mettez DSAR Desk à jour</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server refused this for {user}: {why}</source>
        <comment>database.not-allowed</comment>
        <translation>le serveur d’équipe a refusé ceci pour {user} : {why}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server {label} cannot be reached ({why}); nothing was written</source>
        <comment>database.server-unreachable</comment>
        <translation>le serveur d’équipe {label} est injoignable ({why}) ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server {label} cannot be reached: DSAR Desk is read-only until it is back (nothing was written)</source>
        <comment>database.read-only</comment>
        <translation>le serveur d’équipe {label} est injoignable : DSAR Desk est en lecture seule jusqu’à son retour (rien n’a été écrit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server {label} refused the login of {user} (wrong or missing password): store it again with `dsar-desk team password {url}` (or in File → Team server…)</source>
        <comment>database.server-login-refused</comment>
        <translation>le serveur d’équipe {label} a refusé la connexion de {user} (mot de passe erroné ou absent) : enregistrez-le à nouveau avec `dsar-desk team password {url}` (ou dans Fichier → Serveur d’équipe…)</translation>
    </message>
    <message>
        <source>The time zone “%1” is not known.</source>
        <translation type="obsolete">Le fuseau horaire « %1 » est inconnu.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The time zone “{tz}” is not known.</source>
        <comment>deadline.time-zone-known</comment>
        <translation>Le fuseau horaire « {tz} » est inconnu.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The user or the access token for XOAUTH2 is empty or invalid</source>
        <comment>mail.xoauth2-invalid</comment>
        <translation>L’utilisateur ou le jeton d’accès pour XOAUTH2 est vide ou invalide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The {field} address &apos;{address}&apos; is not an e-mail address</source>
        <comment>mail.address-invalid</comment>
        <translation>L’adresse « {address} » ({field}) n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The {what} is missing or is not a date.</source>
        <comment>deadline.missing-date</comment>
        <translation>{what} manque ou n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The {what} must be a date, not a date and time (use the organisation&apos;s local date, see receipt_date()).</source>
        <comment>deadline.must-date-date-time</comment>
        <translation>{what} doit être une date, pas une date avec heure (utilisez la date locale de l&apos;organisation, voir receipt_date()).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>There are no e-mail texts in the language {language}</source>
        <comment>mail.language-unknown</comment>
        <translation>Il n’y a pas de textes d’e-mail dans la langue {language}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>there is already an attachment key in the keyring; making a new one would make the attachments encrypted with it unreadable</source>
        <comment>keyring.there-already-attachment-key</comment>
        <translation>il y a déjà une clé des pièces jointes dans le trousseau ; en créer une nouvelle rendrait illisibles les pièces jointes chiffrées avec elle</translation>
    </message>
    <message>
        <source>there is no letter %1</source>
        <translation type="obsolete">il n&apos;y a pas de lettre %1</translation>
    </message>
    <message>
        <source>There is no letter of the kind “%1” (known: %2).</source>
        <translation type="obsolete">Il n&apos;existe pas de lettre du type « %1 » (connus : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>There is no letter of the kind “{kind}” (known: {known}).</source>
        <comment>letter.kind-unknown</comment>
        <translation>Il n&apos;existe pas de lettre du type « {kind} » (connus : {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>there is no letter {id}</source>
        <comment>letter.unknown-id</comment>
        <translation>il n&apos;y a pas de lettre {id}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>There is nothing to put in the encrypted ZIP</source>
        <comment>mail.zip-empty</comment>
        <translation>Il n’y a rien à mettre dans le ZIP chiffré</translation>
    </message>
    <message>
        <source>this database has an attachment key already</source>
        <translation type="obsolete">cette base de données a déjà une clé pour les pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>this database has an attachment key already</source>
        <comment>key.database-has-attachment-key</comment>
        <translation>cette base de données a déjà une clé pour les pièces jointes</translation>
    </message>
    <message>
        <source>this database has no passphrase for its attachments</source>
        <translation type="obsolete">cette base de données n&apos;a pas de phrase secrète pour ses pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>this database has no passphrase for its attachments</source>
        <comment>key.database-has-no-passphrase</comment>
        <translation>cette base de données n&apos;a pas de phrase secrète pour ses pièces jointes</translation>
    </message>
    <message>
        <source>this file is not a DSAR Desk database (it has other tables and no schema version)</source>
        <translation type="obsolete">ce fichier n&apos;est pas une base de données DSAR Desk (il contient d&apos;autres tables et aucune version de schéma)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>this file is not a DSAR Desk database (it has other tables and no schema version)</source>
        <comment>database.file-dsar-desk-database</comment>
        <translation>ce fichier n&apos;est pas une base de données DSAR Desk (il contient d&apos;autres tables et aucune version de schéma)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>This file is not an e-mail message that can be read: {reason}</source>
        <comment>mail.not-a-message</comment>
        <translation>Ce fichier n’est pas un message e-mail lisible : {reason}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>This is not a ZIP file that can be opened</source>
        <comment>mail.zip-unreadable</comment>
        <translation>Ce n’est pas un fichier ZIP qui peut être ouvert</translation>
    </message>
    <message>
        <source>this is the MRZ of a visa (document code V); visas are not supported</source>
        <translation type="obsolete">c&apos;est la MRZ d&apos;un visa (code de document V) ; les visas ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>this is the MRZ of a visa (document code V); visas are not supported</source>
        <comment>mrz.mrz-visa-document-code</comment>
        <translation>c&apos;est la MRZ d&apos;un visa (code de document V) ; les visas ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>this letter discloses personal data and %1</source>
        <translation type="obsolete">cette lettre communique des données à caractère personnel et %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>this letter discloses personal data and {why}</source>
        <comment>letter.identity-blocked</comment>
        <translation>cette lettre communique des données à caractère personnel et {why}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>This message reached the mailbox of {name}</source>
        <comment>mail.other-organisation</comment>
        <translation>Ce message est arrivé dans la boîte de {name}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>This message was already handled</source>
        <comment>mail.message-handled</comment>
        <translation>Ce message a déjà été traité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>This message was already kept ({where})</source>
        <comment>mail.already-kept</comment>
        <translation>Ce message a déjà été conservé ({where})</translation>
    </message>
    <message>
        <source>this recovery code is of another key (key id %1); these attachments need key %2</source>
        <translation type="obsolete">ce code de récupération appartient à une autre clé (id de clé %1) ; ces pièces jointes nécessitent la clé %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>this recovery code is of another key (key id {found}); these attachments need key {kid}</source>
        <comment>key.recovery-code-another-key</comment>
        <translation>ce code de récupération appartient à une autre clé (id de clé {found}) ; ces pièces jointes nécessitent la clé {kid}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>this was changed by someone else since it was read; reload it (nothing was written)</source>
        <comment>row.changed-meanwhile</comment>
        <translation>ceci a été modifié par quelqu’un d’autre depuis sa lecture ; rechargez-le (rien n’a été écrit)</translation>
    </message>
    <message>
        <source>tick at least one right asked</source>
        <translation type="obsolete">cochez au moins un droit demandé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>tick at least one right asked</source>
        <comment>case.tick-at-least-one</comment>
        <translation>cochez au moins un droit demandé</translation>
    </message>
    <message>
        <source>tick which data matched what the organisation holds</source>
        <translation type="obsolete">cochez les données qui correspondaient à celles que détient l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>tick which data matched what the organisation holds</source>
        <comment>identity.tick-which-data-matched</comment>
        <translation>cochez les données qui correspondaient à celles que détient l&apos;organisation</translation>
    </message>
    <message>
        <source>TOML syntax error: %1</source>
        <translation type="obsolete">Erreur de syntaxe TOML : %1</translation>
    </message>
    <message>
        <source>TOML syntax error: the file is nested too deeply</source>
        <translation type="obsolete">Erreur de syntaxe TOML : le fichier est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>TOML syntax error: the file is nested too deeply</source>
        <comment>profile.toml-too-deep</comment>
        <translation>Erreur de syntaxe TOML : le fichier est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>TOML syntax error: {error}</source>
        <comment>profile.toml-syntax</comment>
        <translation>Erreur de syntaxe TOML : {error}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Too late to extend: the extension had to be decided by {first:long}, the first limit; it is now {on:long}.</source>
        <comment>deadline.extension-too-late</comment>
        <translation>Trop tard pour prolonger : la prolongation devait être décidée au plus tard le {first:long} (premier délai) ; nous sommes le {on:long}.</translation>
    </message>
    <message>
        <source>unknown data: %1 (%2)</source>
        <translation type="obsolete">données inconnues : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>unknown data: {unknown} ({known})</source>
        <comment>identity.unknown-data</comment>
        <translation>données inconnues : {unknown} ({known})</translation>
    </message>
    <message>
        <source>unknown key: this version of DSAR Desk does not use it (it is kept on export)%1</source>
        <translation type="obsolete">clé inconnue : cette version de DSAR Desk ne l&apos;utilise pas (elle est conservée à l&apos;exportation)%1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>unknown key: this version of DSAR Desk does not use it (it is kept on export){hint}</source>
        <comment>profile.unknown-key</comment>
        <translation>clé inconnue : cette version de DSAR Desk ne l&apos;utilise pas (elle est conservée à l&apos;exportation){hint}</translation>
    </message>
    <message>
        <source>unknown recipient id %1: no [[recipient]] has this id%2</source>
        <translation type="obsolete">id de destinataire inconnu %1 : aucun [[recipient]] n&apos;a cet id%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>unknown recipient id {id}: no [[recipient]] has this id{hint}</source>
        <comment>profile.recipient-unknown</comment>
        <translation>id de destinataire inconnu {id} : aucun [[recipient]] n&apos;a cet id{hint}</translation>
    </message>
    <message>
        <source>unknown section %1</source>
        <translation type="obsolete">section inconnue %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="obsolete">chaîne non terminée</translation>
    </message>
    <message>
        <source>was already marked sent</source>
        <translation type="obsolete">était déjà marquée comme envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>was already marked sent</source>
        <comment>letter.sent-meanwhile</comment>
        <translation>était déjà marquée comme envoyée</translation>
    </message>
    <message>
        <source>was already marked sent on %1 (%2)</source>
        <translation type="obsolete">était déjà marquée comme envoyée le %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>was already marked sent on {day} ({method})</source>
        <comment>letter.already-sent</comment>
        <translation>était déjà marquée comme envoyée le {day} ({method})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>wrong key or damaged data</source>
        <comment>vault.wrong-key-damaged-data</comment>
        <translation>clé incorrecte ou données endommagées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>wrong passphrase: it does not give the key of these attachments</source>
        <comment>keyring.wrong-passphrase-does-give</comment>
        <translation>phrase secrète incorrecte : elle ne donne pas la clé de ces pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>XOAUTH2 needs the client ID of the application your organisation registered</source>
        <comment>mail.client-id-needed</comment>
        <translation>XOAUTH2 nécessite l’ID client de l’application que votre organisation a enregistrée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>XOAUTH2 needs the provider: microsoft or google</source>
        <comment>mail.provider-needed</comment>
        <translation>XOAUTH2 nécessite le fournisseur : microsoft ou google</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{ch!r} is not an MRZ character</source>
        <comment>mrz.mrz-character</comment>
        <translation>{ch!r} n&apos;est pas un caractère de la MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/checklist.py"/>
        <source>{count} checklist item(s) still open (first: #{first} {label}); mark them, or override with a reason</source>
        <comment>checklist.items-open</comment>
        <translation>{count} point(s) de la liste de contrôle encore ouvert(s) (premier : n° {first} {label}) ; cochez-les, ou passez outre en donnant une raison</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>{count} error(s) in the profile</source>
        <comment>profile.rejected</comment>
        <translation>{count} erreur(s) dans le profil</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{count} lines; an MRZ has 2 lines (TD2, TD3 passport) or 3 lines (TD1 identity card)</source>
        <comment>mrz.line-count</comment>
        <translation>{count} lignes ; une MRZ compte 2 lignes (TD2, TD3 passeport) ou 3 lignes (TD1 carte d’identité)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>{day} is before the GDPR applied (25 May 2018)</source>
        <comment>case.received-before-gdpr</comment>
        <translation>{day} est antérieur à l’entrée en application du RGPD (25 mai 2018)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>{day} is before the letter was made ({made})</source>
        <comment>letter.sent-before-made</comment>
        <translation>{day} est antérieur à l&apos;établissement de la lettre ({made})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>{day} is in the future</source>
        <comment>case.pause-in-future</comment>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>{day} is in the future</source>
        <comment>case.received-in-future</comment>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>{day} is in the future</source>
        <comment>letter.sent-in-future</comment>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>{help}. Attachments are encrypted: choose a passphrase for them (asked once per session), or install a keyring first</source>
        <comment>key.attachments-are-encrypted-choose</comment>
        <translation>{help}. Les pièces jointes sont chiffrées : choisissez une phrase secrète (demandée une fois par session), ou installez d’abord un trousseau</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>{help}. The attachments of this database were encrypted with key {kid}: enter its recovery code to open them this session</source>
        <comment>key.attachments-database-were-encrypted</comment>
        <translation>{help}. Les pièces jointes de cette base de données ont été chiffrées avec la clé {kid} : saisissez son code de récupération pour les ouvrir pendant cette session</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{host} port {port} does not answer in time: the network or a firewall keeps the server out of reach</source>
        <comment>team.test-timeout</comment>
        <translation>{host} port {port} ne répond pas à temps : le réseau ou un pare-feu rend le serveur injoignable</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{id} is already the id of controller[{other}]; ids must be unique</source>
        <comment>profile.controller-id-twice</comment>
        <translation>{id} est déjà l&apos;identifiant de controller[{other}] ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{id} is already the id of processing[{other}]; ids must be unique</source>
        <comment>profile.processing-id-twice</comment>
        <translation>{id} est déjà l&apos;id de processing[{other}] ; les id doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{id} is already the id of recipient[{other}]; ids must be unique</source>
        <comment>profile.recipient-id-twice</comment>
        <translation>{id} est déjà l&apos;id de recipient[{other}] ; les id doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{label}: choose an outcome ({known})</source>
        <comment>case.choose-outcome</comment>
        <translation>{label} : choisissez un résultat ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{label}: give the reason for &apos;{value}&apos;</source>
        <comment>case.give-reason</comment>
        <translation>{label} : indiquez le motif de « {value} »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{label}: the MRZ has {mrz}, you entered {entered}</source>
        <comment>mrz.name-differs</comment>
        <translation>{label} : la MRZ indique {mrz}, vous avez saisi {entered}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{label}: the MRZ has {mrz}, you entered {entered} (the MRZ name may be cut short)</source>
        <comment>mrz.name-differs-cut</comment>
        <translation>{label} : la MRZ indique {mrz}, vous avez saisi {entered} (le nom de la MRZ peut être tronqué)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{label}: {ch!r} in {entered!r} has no MRZ spelling; compare with {value} by eye</source>
        <comment>mrz.has-no-mrz-spelling</comment>
        <translation>{label} : {ch!r} dans {entered!r} n’a pas d’écriture MRZ ; comparez à l’œil avec {value}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{location} is a file, not a team server: a file needs no password</source>
        <comment>team.not-a-server</comment>
        <translation>{location} est un fichier, pas un serveur d’équipe : un fichier n’a pas besoin de mot de passe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{location} is a file: the copy goes to a team server (postgresql://...)</source>
        <comment>team.migrate-to-file</comment>
        <translation>{location} est un fichier : la copie va vers un serveur d’équipe (postgresql://...)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>{name!r} could not be {action} in {where} ({reason})</source>
        <comment>keyring.could</comment>
        <translation>{name!r} n’a pas pu être {action} dans {where} ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>{names}: not marked as told in the checklist; the letter names the recipients whose “inform” item is done</source>
        <comment>letter.gap-informed-not-in-checklist</comment>
        <translation>{names} : non marqué(s) comme informé(s) dans la liste de contrôle ; la lettre nomme les destinataires dont le point « informer » est fait</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} has no IMAP server in its mail settings</source>
        <comment>mail.no-imap</comment>
        <translation>{name} n&apos;a pas de serveur IMAP dans ses paramètres de messagerie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} has no mail settings yet (mail setup)</source>
        <comment>mail.no-account</comment>
        <translation>{name} n&apos;a pas encore de paramètres de messagerie (mail setup)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} has no SMTP server in its mail settings</source>
        <comment>mail.no-smtp</comment>
        <translation>{name} n&apos;a pas de serveur SMTP dans ses paramètres de messagerie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/identity.py"/>
        <source>{name} is empty</source>
        <comment>identity.copy-empty</comment>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>{name} is larger than {mb} MB</source>
        <comment>case.attachment-too-large</comment>
        <translation>{name} dépasse {mb} Mo</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} is not a file</source>
        <comment>attachment.not-a-file</comment>
        <translation>{name} n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <source>{name} is the database itself (or one of its files): it cannot be attached</source>
        <comment>attachment.is-the-database</comment>
        <translation>{name} est la base de données elle-même (ou l’un de ses fichiers) : elle ne peut pas être jointe</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({exc})</source>
        <comment>database.cannot-read-as-database</comment>
        <translation type="obsolete">{path} ne peut pas être lu comme base de données ({exc})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} cannot be read as a database ({why})</source>
        <comment>database.cannot-read-database</comment>
        <translation>{path} ne peut pas être lu comme base de données ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} cannot hold a database: {parent} is a file, not a folder</source>
        <comment>database.parent-not-folder</comment>
        <translation>{path} ne peut pas contenir de base de données : {parent} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} exists already: choose another name</source>
        <comment>backup.exists</comment>
        <translation>{path} existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} is damaged ({detail})</source>
        <comment>backup.damaged</comment>
        <translation>{path} est endommagé ({detail})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} is damaged ({detail}); nothing was written, and no backup of it was found</source>
        <comment>database.damaged</comment>
        <translation>{path} est endommagé ({detail}) ; rien n’a été écrit, et aucune sauvegarde n’a été trouvée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} is damaged ({detail}); nothing was written. The newest backup is {backup}: restore it with `dsar-desk --db {path} restore {backup}`</source>
        <comment>database.damaged-backup</comment>
        <translation>{path} est endommagé ({detail}) ; rien n’a été écrit. La sauvegarde la plus récente est {backup} : restaurez-la avec `dsar-desk --db {path} restore {backup}`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{path} is not a database file</source>
        <comment>team.migrate-no-file</comment>
        <translation>{path} n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} is not a database file (it is a folder or a device)</source>
        <comment>database.not-a-file</comment>
        <translation>{path} n’est pas un fichier de base de données (c’est un dossier ou un périphérique)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} is not a DSAR Desk database ({why})</source>
        <comment>backup.not-a-database</comment>
        <translation>{path} n’est pas une base de données DSAR Desk ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} is not a file</source>
        <comment>backup.not-found</comment>
        <translation>{path} n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} was written by a newer DSAR Desk (schema {version})</source>
        <comment>backup.newer</comment>
        <translation>{path} a été écrit par une version plus récente de DSAR Desk (schéma {version})</translation>
    </message>
    <message>
        <source>{path} was written by a newer DSAR Desk (schema {version}; this version knows up to {LATEST}). Update DSAR Desk; the file was left untouched.</source>
        <comment>database.was-written-by-newer</comment>
        <translation type="obsolete">{path} a été écrit par une version plus récente de DSAR Desk (schéma {version} ; cette version connaît jusqu&apos;à {LATEST}). Mettez DSAR Desk à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} was written by a newer DSAR Desk (schema {version}; this version knows up to {latest}). Update DSAR Desk; the file was left untouched.</source>
        <comment>database.written-newer-dsar-desk</comment>
        <translation>{path} a été écrit par une version plus récente de DSAR Desk (schéma {version} ; cette version connaît jusqu&apos;à {latest}). Mettez DSAR Desk à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path}: the record does not hold ({first})</source>
        <comment>backup.record-broken</comment>
        <translation>{path} : l’historique n’est pas intègre ({first})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>{reason}</source>
        <comment>mail.bad-time-zone</comment>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{reason}</source>
        <comment>mail.keyring</comment>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/checklist.py"/>
        <source>{reference} has no checklist item {item}</source>
        <comment>checklist.unknown-item</comment>
        <translation>{reference} n’a pas de point {item} dans la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{reference} is a case of another organisation</source>
        <comment>mail.case-other-organisation</comment>
        <translation>{reference} est un dossier d&apos;une autre organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: choose the outcome ({allowed}: the letter “{letter}” allows either)</source>
        <comment>answer.choose-between</comment>
        <translation>{right} : choisissez l&apos;issue ({allowed} : la lettre « {letter} » permet l&apos;une ou l&apos;autre)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: it was answered as “{outcome}” without a letter; to change that, reopen the case</source>
        <comment>answer.no-letter-fixed</comment>
        <translation>{right} : répondu « {outcome} » sans lettre ; pour le changer, rouvrez le dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: no letter answering it was sent; send one and mark it sent, or record the outcome with the reason no letter is needed (e.g. answered by phone and confirmed by e-mail)</source>
        <comment>answer.right-unanswered</comment>
        <translation>{right} : aucune lettre y répondant n&apos;a été envoyée ; envoyez-en une et marquez-la comme envoyée, ou enregistrez l&apos;issue avec la raison pour laquelle aucune lettre n&apos;est nécessaire (p. ex. réponse par téléphone, confirmée par e-mail)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>{right}: the checklist still has {count} item(s) to act on open ({items}); the letter says it is done: mark them first</source>
        <comment>letter.gap-act-open</comment>
        <translation>{right} : la liste de contrôle compte encore {count} point(s) d&apos;action ouvert(s) ({items}) ; la lettre dit que c&apos;est fait : marquez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: the letter “{sent}” sent on {day:long} told the requester which data are held; a “{letter}” letter would say the opposite</source>
        <comment>answer.no-data-after-answer</comment>
        <translation>{right} : la lettre « {sent} » envoyée le {day:long} a indiqué à la personne concernée quelles données sont détenues ; une lettre « {letter} » dirait le contraire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: the reason is longer than {max} characters</source>
        <comment>answer.no-letter-too-long</comment>
        <translation>{right} : la raison dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: this letter answers {new}, but the letter “{sent}” sent on {day:long} answered {old}; a case gives one answer per right (to answer anew, reopen the case and say why in the timeline)</source>
        <comment>answer.letter-contradicts</comment>
        <translation>{right} : cette lettre répond {new}, mais la lettre « {sent} » envoyée le {day:long} a répondu {old} ; un dossier donne une seule réponse par droit (pour répondre à nouveau, rouvrez le dossier et dites pourquoi dans l&apos;historique)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>{right}: {names} still to be told (checklist {items}); mark each done (the letter names it) or not applicable with the reason (Art. 19: impossible or a disproportionate effort)</source>
        <comment>letter.gap-inform-open</comment>
        <translation>{right} : {names} encore à informer (liste de contrôle {items}) ; marquez chacun comme fait (la lettre le nomme) ou sans objet avec la raison (art. 19 : impossible ou effort disproportionné)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: “{outcome}” does not match what was sent: the letter “{letter}” of {day:long} answers {allowed}</source>
        <comment>answer.outcome-mismatch</comment>
        <translation>{right} : « {outcome} » ne correspond pas à ce qui a été envoyé : la lettre « {letter} » du {day:long} répond {allowed}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>{source} is not the one these attachments were encrypted with (key id {found}, expected {key_id_hint})</source>
        <comment>keyring.one-these-attachments-were</comment>
        <translation>{source} n’est pas celle avec laquelle ces pièces jointes ont été chiffrées (identifiant {found}, attendu {key_id_hint})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>{type} has no TOML form (leave the key out instead)</source>
        <comment>profile.no-toml-form</comment>
        <translation>{type} n&apos;a pas de forme TOML (omettez plutôt la clé)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{user} may not add team members on this server (it needs the CREATEROLE right): ask the server&apos;s administrator</source>
        <comment>team.add-not-allowed</comment>
        <translation>{user} n’a pas le droit d’ajouter des membres sur ce serveur (il faut le droit CREATEROLE) : demandez-le à l’administrateur du serveur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{user} may not create or change the tables of {label} (the server said: {why}); run this as the database&apos;s owner</source>
        <comment>database.server-init-not-allowed</comment>
        <translation>{user} n’a pas le droit de créer ou de modifier les tables de {label} (le serveur a dit : {why}) ; exécutez ceci en tant que propriétaire de la base</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{user} may not read the team&apos;s tables (the server said: {why}): ask an administrator to add the login to the team</source>
        <comment>team.test-no-rights</comment>
        <translation>{user} ne peut pas lire les tables de l’équipe (le serveur a répondu : {why}) : demandez à un administrateur d’ajouter l’identifiant à l’équipe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>{value} days is later than the legal limit of one month (GDPR Art. 12(3)); use at most {high}, or leave it out for one month (the app never sets a deadline later than the legal limit)</source>
        <comment>profile.deadline-too-late</comment>
        <translation>{value} jours dépasse le délai légal d&apos;un mois (RGPD art. 12, § 3) ; utilisez au plus {high}, ou laissez vide pour un mois (l&apos;application ne fixe jamais un délai au-delà du délai légal)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{value} does not look like an e-mail address</source>
        <comment>profile.email-invalid</comment>
        <translation>{value} ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>{value} is listed twice</source>
        <comment>profile.language-twice</comment>
        <translation>{value} figure deux fois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>{value} is not a language code: use a two-letter ISO 639-1 code such as &quot;nl&quot; or &quot;fr&quot;{hint}</source>
        <comment>profile.language-invalid</comment>
        <translation>{value} n&apos;est pas un code de langue : utilisez un code ISO 639-1 de deux lettres comme &quot;nl&quot; ou &quot;fr&quot;{hint}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{value} is not a retention period: give the period, or the criteria that decide it (GDPR Art. 15(1)(d)); until then access answers are refused</source>
        <comment>profile.retention-vague</comment>
        <translation>{value} n&apos;est pas une durée de conservation : indiquez la durée, ou les critères qui la déterminent (RGPD art. 15, paragraphe 1, point d)) ; d&apos;ici là, les réponses d&apos;accès sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>{value} is not an ISO 3166-1 alpha-2 country code in capitals{hint}</source>
        <comment>profile.country-invalid</comment>
        <translation>{value} n&apos;est pas un code de pays ISO 3166-1 alpha-2 en majuscules{hint}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>{where} is locked or refused access, so {name!r} could not be {action}; unlock it (log in again or open the keyring app) and retry, or use a passphrase instead</source>
        <comment>keyring.locked-refused-access-so</comment>
        <translation>{where} est verrouillé ou refuse l’accès, donc {name!r} n’a pas pu être {action} ; déverrouillez-le (reconnectez-vous ou ouvrez l’application du trousseau) et réessayez, ou utilisez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{who} is in {country}, outside the EEA and without an adequacy decision, and no safeguards are stated: state them in safeguards (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <comment>profile.transfer-unsafe</comment>
        <translation>{who} est établi en {country}, hors de l&apos;EEE et sans décision d&apos;adéquation, et aucune garantie n&apos;est indiquée : indiquez-les dans safeguards (p. ex. clauses contractuelles types) - RGPD art. 44-46 ; d&apos;ici là, les réponses d&apos;accès qui le citent sont refusées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{who} is in {country}, outside the EEA, and no safeguards are stated; {partial}: if {who} is certified, say so in safeguards, else state the safeguards used (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <comment>profile.transfer-partial-blocks</comment>
        <translation>{who} est établi en {country}, hors de l&apos;EEE, et aucune garantie n&apos;est indiquée ; {partial} : si {who} est certifié, indiquez-le dans safeguards, sinon les garanties utilisées (p. ex. clauses contractuelles types) - RGPD art. 44-46 ; d&apos;ici là, les réponses d&apos;accès qui le citent sont refusées</translation>
    </message>
    <message>
        <source>“%1” is not a ground of Art. 18(1) GDPR (known: %2).</source>
        <translation type="obsolete">« %1 » n&apos;est pas un motif de l&apos;art. 18, § 1er, RGPD (connus : %2).</translation>
    </message>
    <message>
        <source>“%1” is not a reason for a fee (known: %2).</source>
        <translation type="obsolete">« %1 » n&apos;est pas un motif de frais (connus : %2).</translation>
    </message>
    <message>
        <source>“%1” is not an exception of Art. 17(3) GDPR (known: %2).</source>
        <translation type="obsolete">« %1 » n&apos;est pas une exception de l&apos;art. 17, § 3, RGPD (connues : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>“{exception}” is not an exception of Art. 17(3) GDPR (known: {known}).</source>
        <comment>letter.erasure-exception-unknown</comment>
        <translation>« {exception} » n&apos;est pas une exception de l&apos;art. 17, § 3, RGPD (connues : {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>“{ground}” is not a ground of Art. 18(1) GDPR (known: {known}).</source>
        <comment>letter.restriction-ground-unknown</comment>
        <translation>« {ground} » n&apos;est pas un motif de l&apos;art. 18, § 1er, RGPD (connus : {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>“{reason}” is not a reason for a fee (known: {known}).</source>
        <comment>letter.fee-reason-unknown</comment>
        <translation>« {reason} » n&apos;est pas un motif de frais (connus : {known}).</translation>
    </message>
</context>
</TS>
