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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source> days</source>
        <translation> jours</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
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
        <source>&amp;Security…</source>
        <translation>&amp;Sécurité…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>90% answered within {0} days</source>
        <translation>90 % des réponses en {0} jours au plus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>A change of languages shows in the text fields after saving.</source>
        <translation>Un changement de langues apparaît dans les champs de texte après l&apos;enregistrement.</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>About DSAR Desk</source>
        <translation>À propos de DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
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
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Act in</source>
        <translation>Agir dans</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>activity: {0}</source>
        <translation>traitement : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add a note to the timeline…</source>
        <translation>Ajouter une note à l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Address (one line per row)</source>
        <translation>Adresse (une ligne par rangée)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Ask the requester for an ID copy</source>
        <translation>Demander une copie de pièce d&apos;identité à la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>asked</source>
        <translation>demandés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Asked once per session; DSAR Desk never writes it down.</source>
        <translation>Demandée une fois par session ; DSAR Desk ne l&apos;écrit jamais.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>asked {0}</source>
        <translation>demandée le {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>At least 10 characters. Asked once per session; DSAR Desk never writes it down. You will also get a recovery code.</source>
        <translation>Au moins 10 caractères. Demandée une fois par session ; DSAR Desk ne l&apos;écrit jamais. Vous recevrez aussi un code de récupération.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Attach ID copy…</source>
        <translation>Joindre une copie d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Automated decisions</source>
        <translation>Décisions automatisées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Awaiting identity</source>
        <translation>En attente d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Before keeping a copy: black out the photo and the national (citizen) number unless they are needed for this check. The copy is stored encrypted and deleted automatically after the retention period of the organisation&apos;s policy.</source>
        <translation>Avant de garder une copie : masquez la photo et le numéro national, sauf s&apos;ils sont nécessaires à cette vérification. La copie est conservée chiffrée et supprimée automatiquement à la fin de la durée de conservation prévue par la politique de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Blacked out</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>By hand</source>
        <translation>Remis en main propre</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Case {0} created</source>
        <translation>Dossier {0} créé</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Choose a passphrase for the attachments</source>
        <translation>Choisissez une phrase secrète pour les pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Choose an item of the checklist first.</source>
        <translation>Choisissez d&apos;abord un point de la liste de contrôle.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Choose the organisation whose procedure to save.</source>
        <translation>Choisissez l&apos;organisation dont vous voulez enregistrer la procédure.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Close case…</source>
        <translation>Clôturer le dossier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Compelling legitimate grounds to go on (empty: processing stopped)</source>
        <translation>Motifs légitimes impérieux de poursuivre (vide : traitement arrêté)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Copy of the data</source>
        <translation>Copie des données</translation>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Data that matched</source>
        <translation>Données concordantes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Date of the check</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Deadline rules…</source>
        <translation>Règles du délai…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>DSAR Desk now encrypts the attachments of this database (scans, e-mails, ID copies) with a key kept in this computer&apos;s keyring (or derived from your passphrase). Here is the key&apos;s recovery code. It is shown only this once: write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation>DSAR Desk chiffre désormais les pièces jointes de cette base de données (scans, e-mails, copies de pièces d&apos;identité) avec une clé conservée dans le trousseau de cet ordinateur (ou dérivée de votre phrase secrète). Voici le code de récupération de la clé. Il n&apos;est affiché qu&apos;une fois : notez-le ou imprimez-le et gardez-le en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk {0}: answer GDPR data subject requests on time, offline.</source>
        <translation>DSAR Desk {0} : répondre à temps aux demandes des personnes concernées au titre du RGPD, hors ligne.</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Due within 7 days</source>
        <translation>Dans les 7 jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due within {0} days</source>
        <translation>Échéance dans les {0} jours</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Electronic identity (eID, itsme, DigiD, FranceConnect…)</source>
        <translation>Identité électronique (eID, itsme, DigiD, FranceConnect…)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Email address of the account</source>
        <translation>Adresse e-mail du compte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Erasure done</source>
        <translation>Effacement effectué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Export organisation profile</source>
        <translation>Exporter le profil d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Exporting due dates…</source>
        <translation>Exportation des échéances…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <source>Extension of the deadline</source>
        <translation>Prolongation du délai</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee (EUR)</source>
        <translation>Frais (EUR)</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee paid</source>
        <translation>Frais payés</translation>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>For this letter</source>
        <translation>Pour cette lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Give the reason for answering with open checklist items.</source>
        <translation>Indiquez pourquoi vous répondez alors que des points de la liste de contrôle sont encore ouverts.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Given names on the document</source>
        <translation>Prénoms sur le document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>I have written down the recovery code</source>
        <translation>J&apos;ai noté le code de récupération</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>ID copies deleted at the end of their retention: {0}</source>
        <translation>Copies d&apos;identité supprimées à la fin de leur conservation : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>ID copy</source>
        <translation>Copie d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>ID copy purged</source>
        <translation>Copie d&apos;identité supprimée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>id {0}, {1}; {2}</source>
        <translation>id {0}, {1} ; {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Identity check — {0}</source>
        <translation>Vérification d&apos;identité — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity check…</source>
        <translation>Vérification d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity requested</source>
        <translation>Preuve d&apos;identité demandée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</source>
        <translation>Images et PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import a profile…</source>
        <translation>Importer un profil…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import an organisation profile first (File → Import organisation profile).</source>
        <translation>Importez d&apos;abord un profil d&apos;organisation (Fichier → Importer un profil d&apos;organisation).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import organisation profile</source>
        <translation>Importer un profil d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import over {0}</source>
        <translation>Importer par-dessus {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>in the keyring</source>
        <translation>dans le trousseau</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>JSON export of the data (empty: what the case holds)</source>
        <translation>Export JSON des données (vide : ce que contient le dossier)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Keep closed cases (years)</source>
        <translation>Conserver les dossiers clôturés (années)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Keep ID copies (days)</source>
        <translation>Conserver les copies de pièces d&apos;identité (jours)</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Key restored</source>
        <translation>Clé restaurée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Languages (default first)</source>
        <translation>Langues (langue par défaut en premier)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Last check: {0} on {1} by {2}</source>
        <translation>Dernière vérification : {0} le {1} par {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>late: {0}, past the legal limit: {1}, waiting: {2}</source>
        <translation>en retard : {0}, après le délai légal : {1}, en attente : {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters made (never changed: making again makes a new version)</source>
        <translation>Lettres établies (jamais modifiées : les refaire crée une nouvelle version)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Letters that disclose data are blocked</source>
        <translation>Les lettres qui communiquent des données sont bloquées</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <source>Mark answered</source>
        <translation>Marquer comme répondu</translation>
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
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Marked: {0}</source>
        <translation>Marquée : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Matched with data we already hold</source>
        <translation>Comparé aux données déjà détenues</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>MRZ</source>
        <translation>ZLA (MRZ)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>must hold a JSON object</source>
        <translation>doit contenir un objet JSON</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Name the supervisory authority (else the default of the country)</source>
        <translation>Indiquez l&apos;autorité de contrôle (sinon celle du pays)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Needed for legal claims (Art. 18(1)(c))</source>
        <translation>Nécessaires à des droits en justice (art. 18, § 1er, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Needs the reason why lesser means are not enough (in &apos;Why an ID copy&apos;)</source>
        <translation>Demande la raison pour laquelle des moyens moins intrusifs ne suffisent pas (dans « Pourquoi une copie »)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>No ID copy kept (drop a file here to keep one)</source>
        <translation>Aucune copie conservée (déposez un fichier ici pour en garder une)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>No keyring works on this computer, so DSAR Desk cannot keep the attachment key in it. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;), then log out and in again. Or use a passphrase: the key is derived from it and never written anywhere.</source>
        <translation>Aucun trousseau ne fonctionne sur cet ordinateur : DSAR Desk ne peut pas y garder la clé des pièces jointes. Sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet, p. ex. &apos;sudo apt install gnome-keyring&apos;), puis fermez et rouvrez la session. Ou utilisez une phrase secrète : la clé en est dérivée et n&apos;est écrite nulle part.</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>None works on this computer. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;). Until then the attachments use a passphrase, asked once per session.</source>
        <translation>Aucun ne fonctionne sur cet ordinateur. Sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet, p. ex. &apos;sudo apt install gnome-keyring&apos;). D&apos;ici là, les pièces jointes utilisent une phrase secrète, demandée une fois par session.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>none yet (made with the first attachment)</source>
        <translation>aucune pour l&apos;instant (créée avec la première pièce jointe)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>None: everything erased</source>
        <translation>Aucune : tout a été effacé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Not an MRZ</source>
        <translation>Pas une MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Not concerned</source>
        <translation>Non concerné</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Not translated, taken from another language:</source>
        <translation>Non traduit, repris d&apos;une autre langue :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>not unlocked yet this session</source>
        <translation>pas encore déverrouillée dans cette session</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Note for the timeline (why):</source>
        <translation>Note pour l&apos;historique (pourquoi) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>One line per row: street and number, postcode and town</source>
        <translation>Une ligne par rangée : rue et numéro, code postal et localité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>one per line</source>
        <translation>un par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>only the last 4 characters are kept</source>
        <translation>seuls les 4 derniers caractères sont conservés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Optional: type or paste the machine-readable zone (2 or 3 lines). It is checked, never kept.</source>
        <translation>Facultatif : tapez ou collez la zone de lecture automatique (2 ou 3 lignes). Elle est vérifiée, jamais conservée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Order or invoice number</source>
        <translation>Numéro de commande ou de facture</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Organisation profiles (*.toml)</source>
        <translation>Profils d&apos;organisation (*.toml)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Organisation: {0}</source>
        <translation>Organisation : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Partly granted</source>
        <translation>Partiellement accordé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>partly refused: {0}, repeat requests: {1}</source>
        <translation>refusées en partie : {0}, demandes répétées : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passphrase not accepted</source>
        <translation>Phrase secrète refusée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passphrase of the attachments</source>
        <translation>Phrase secrète des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passport</source>
        <translation>Passeport</translation>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Personal data</source>
        <translation>Données à caractère personnel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Portability (with data files)</source>
        <translation>Portabilité (avec fichiers de données)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Privacy e-mail</source>
        <translation>E-mail pour la vie privée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Problems (errors stop saving; warnings show a gap):</source>
        <translation>Problèmes (les erreurs empêchent l&apos;enregistrement ; les avertissements signalent une lacune) :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Procedure of the organisation (PDF)</source>
        <translation>Procédure de l&apos;organisation (PDF)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Profile imported</source>
        <translation>Profil importé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Profile refused</source>
        <translation>Profil refusé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>promised</source>
        <translation>promis</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Promised deadline (calendar days)</source>
        <translation>Délai promis (jours calendrier)</translation>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Reason (required when refused or partly granted)</source>
        <translation>Motif (obligatoire en cas de refus ou d&apos;accord partiel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Record the outcome of each right asked.</source>
        <translation>Indiquez le résultat de chaque droit demandé.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Recovery code not accepted</source>
        <translation>Code de récupération refusé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Recovery code of the attachment key</source>
        <translation>Code de récupération de la clé des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Rectification done</source>
        <translation>Rectification effectuée</translation>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>register version</source>
        <translation>version du registre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Registered post</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Remind me of cases due within</source>
        <translation>Me rappeler les dossiers à traiter dans les</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Remind me when a requester has not answered an identity request after</source>
        <translation>Me rappeler quand une personne concernée n&apos;a pas répondu à une demande d&apos;identité après</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Reminder: the requester has not answered the identity request for {0} days</source>
        <translation>Rappel : la personne concernée n&apos;a pas répondu à la demande d&apos;identité depuis {0} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <source>Request for proof of identity</source>
        <translation>Demande de preuve d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Requester</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Restart DSAR Desk to see the new language everywhere.</source>
        <translation>Redémarrez DSAR Desk pour voir la nouvelle langue partout.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Restore from recovery code…</source>
        <translation>Restaurer avec le code de récupération…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Restore the attachment key</source>
        <translation>Restaurer la clé des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Restriction done</source>
        <translation>Limitation effectuée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Rights asked</source>
        <translation>Droits demandés</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Security</source>
        <translation>Sécurité</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Signed letter</source>
        <translation>Lettre signée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Slug</source>
        <translation>Nom court (slug)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>Something went wrong and the last action may not have been completed. Your saved data is safe. The error was written to the log file in {0}.</source>
        <translation>Un problème est survenu et la dernière action n&apos;a peut-être pas abouti. Vos données enregistrées sont intactes. L&apos;erreur a été consignée dans le fichier journal dans {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Source</source>
        <translation>Source</translation>
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
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Systems (where to search and erase)</source>
        <translation>Systèmes (où rechercher et effacer)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The attachments of this database are locked with a passphrase. Type it to open them for this session.</source>
        <translation>Les pièces jointes de cette base de données sont verrouillées par une phrase secrète. Tapez-la pour les ouvrir pendant cette session.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>The data go to no one outside the organisation</source>
        <translation>Les données ne sont transmises à personne en dehors de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>The database cannot be opened.</source>
        <translation>La base de données ne peut pas être ouverte.</translation>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The files sent as the copy of the data, one per line</source>
        <translation>Les fichiers envoyés comme copie des données, un par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>the ID copy cannot be encrypted without the key; nothing was saved</source>
        <translation>la copie ne peut pas être chiffrée sans la clé ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The key is back in the keyring.</source>
        <translation>La clé est de retour dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The objection is to direct marketing</source>
        <translation>L&apos;opposition vise la prospection commerciale</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>The original email or a scan of the letter. You can also drop files here.</source>
        <translation>L&apos;e-mail d&apos;origine ou un scan de la lettre. Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>The profile has {0} error(s); nothing was saved.</source>
        <translation>Le profil contient des erreurs ({0}) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>The profile states no number of free requests per year.</source>
        <translation>Le profil n&apos;indique aucun nombre de demandes gratuites par an.</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>This file holds personal data (the requesters&apos; names and e-mail addresses): it is written readable by you only, never over another file. Delete it when done.</source>
        <translation>Ce fichier contient des données à caractère personnel (noms et adresses électroniques des personnes concernées) : il est enregistré lisible par vous seul, jamais à la place d&apos;un autre fichier. Supprimez-le lorsque vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>This ID copy was deleted at the end of its retention.</source>
        <translation>Cette copie a été supprimée à la fin de sa conservation.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>This letter discloses personal data, and {0}. Make it anyway only for a good reason; the reason is recorded with the letter and in the timeline.</source>
        <translation>Cette lettre communique des données à caractère personnel, et {0}. Ne l&apos;établissez quand même que pour une bonne raison ; le motif est enregistré avec la lettre et dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>This profile is the same as the one of {0}.</source>
        <translation>Ce profil est identique à celui de {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>This profile replaces the one of {0}. {1} change(s):</source>
        <translation>Ce profil remplace celui de {0}. Modifications ({1}) :</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Type of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Type the recovery code shown when the key was made (14 groups of 4).</source>
        <translation>Tapez le code de récupération affiché à la création de la clé (14 groupes de 4).</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Unlock with passphrase…</source>
        <translation>Déverrouiller avec la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>unlocked</source>
        <translation>déverrouillée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Warnings of the new profile:</source>
        <translation>Avertissements du nouveau profil :</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Which data are kept, and why</source>
        <translation>Quelles données sont conservées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Which data matched what the organisation holds</source>
        <translation>Quelles données concordent avec celles de l&apos;organisation</translation>
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
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Whole country (national holidays only)</source>
        <translation>Tout le pays (jours fériés nationaux uniquement)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Why an ID copy</source>
        <translation>Pourquoi une copie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Why are lesser means (data already held, a signed letter) not enough?</source>
        <translation>Pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent-ils pas ?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Why not needed / how it was checked / why it failed</source>
        <translation>Pourquoi pas nécessaire / comment vérifié / pourquoi échoué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why the letter may be sent before the identity is verified</source>
        <translation>Pourquoi la lettre peut être envoyée avant la vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Withdraw consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
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
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Within {0} days</source>
        <translation>Dans les {0} jours</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Without the key or this code, nobody can read the attachments, not even you. Entering the code restores access on a new computer or for a teammate (File › Security…).</source>
        <translation>Sans la clé ou ce code, personne ne peut lire les pièces jointes, pas même vous. Saisir le code rend l&apos;accès sur un nouvel ordinateur ou à un collègue (Fichier › Sécurité…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your role (under your name on letters)</source>
        <translation>Votre fonction (sous votre nom dans les lettres)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your user name: {0}</source>
        <translation>Votre nom d&apos;utilisateur : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>{0} ({1:,} bytes) will be kept encrypted until the purge</source>
        <translation>{0} ({1:,} octets) sera conservé chiffré jusqu&apos;à la suppression</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} ne peut pas être lu : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} ne peut pas être écrit : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} cases shown · {1} open · {2} overdue · {3} due within 7 days</source>
        <translation>{0} dossiers affichés · {1} ouverts · {2} en retard · {3} à traiter dans les 7 jours</translation>
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
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} exists: a file with personal data never replaces another. Choose another name.</source>
        <translation>{0} existe déjà : un fichier contenant des données à caractère personnel ne remplace jamais un autre fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>{0} is larger than 50 MB</source>
        <translation>{0} dépasse 50 Mo</translation>
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
        <source>{0} updated.</source>
        <translation>{0} mis à jour.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} warning(s) to look at:</source>
        <translation>Avertissements à examiner : {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>{0} — secrets (the attachment key, later passwords) are kept there, never in a file</source>
        <translation>{0} — les secrets (la clé des pièces jointes, plus tard les mots de passe) y sont gardés, jamais dans un fichier</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 cannot be read as a database (%2)</source>
        <translation>%1 ne peut pas être lu comme base de données (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 days is later than the legal limit of one month (GDPR Art. 12(3)); use at most %2, or leave it out for one month (the app never sets a deadline later than the legal limit)</source>
        <translation>%1 jours dépasse le délai légal d&apos;un mois (RGPD art. 12, § 3) ; utilisez au plus %2, ou laissez vide pour un mois (l&apos;application ne fixe jamais un délai au-delà du délai légal)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 does not look like an e-mail address</source>
        <translation>%1 ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is already the id of processing[%2]; ids must be unique</source>
        <translation>%1 est déjà l&apos;id de processing[%2] ; les id doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is already the id of recipient[%2]; ids must be unique</source>
        <translation>%1 est déjà l&apos;id de recipient[%2] ; les id doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is before the letter was made (%2)</source>
        <translation>%1 est antérieur à l&apos;établissement de la lettre (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 dépasse %2 Mo</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is larger than 50 MB</source>
        <translation>%1 dépasse 50 Mo</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is not a language code: use a two-letter ISO 639-1 code such as &quot;nl&quot; or &quot;fr&quot;%2</source>
        <translation>%1 n&apos;est pas un code de langue : utilisez un code ISO 639-1 de deux lettres comme &quot;nl&quot; ou &quot;fr&quot;%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is not an ISO 3166-1 alpha-2 country code in capitals%2</source>
        <translation>%1 n&apos;est pas un code de pays ISO 3166-1 alpha-2 en majuscules%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is not an MRZ character</source>
        <translation>%1 n&apos;est pas un caractère de la MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 was written by a newer DSAR Desk (schema %2; this version knows up to %3). Update DSAR Desk; the file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de DSAR Desk (schéma %2 ; cette version connaît jusqu&apos;à %3). Mettez DSAR Desk à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1: choose an outcome (%2)</source>
        <translation>%1 : choisissez un résultat (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1: give the reason for &apos;%2&apos;</source>
        <translation>%1 : indiquez le motif de « %2 »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is neither a letter id nor KIND:VERSION</source>
        <translation>« %1 » n&apos;est ni un id de lettre ni TYPE:VERSION</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation>« %1 » n&apos;est pas un canal (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a kind of letter (%2)</source>
        <translation>« %1 » n&apos;est pas un type de lettre (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a letter language (%2)</source>
        <translation>« %1 » n&apos;est pas une langue de lettre (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a letter language of %2 (%3)</source>
        <translation>« %1 » n&apos;est pas une langue de lettre de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a right (%2)</source>
        <translation>« %1 » n&apos;est pas un droit (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a status (%2)</source>
        <translation>« %1 » n&apos;est pas un statut (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a two-letter country code</source>
        <translation>« %1 » n&apos;est pas un code de pays à deux lettres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a way of sending (%2)</source>
        <translation>« %1 » n&apos;est pas un mode d&apos;envoi (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a window position (%2)</source>
        <translation>« %1 » n&apos;est pas une position de fenêtre (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not an amount in euros (write e.g. 12.50)</source>
        <translation>« %1 » n&apos;est pas un montant en euros (écrivez p. ex. 12,50)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not an ISO country code (e.g. BE, FR, NL)</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO (p. ex. BE, FR, NL)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; was not asked in this case</source>
        <translation>« %1 » n&apos;a pas été demandé dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos;: say the kind too (KIND:VERSION), or give the letter&apos;s id</source>
        <translation>« %1 » : indiquez aussi le type (TYPE:VERSION), ou donnez l&apos;id de la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;not needed&apos; goes with the method &apos;not needed&apos;</source>
        <translation>« pas nécessaire » va avec la méthode « pas nécessaire »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>0 free requests: the first copy of one&apos;s data is always free of charge (GDPR Art. 15(3)); a fee can only be asked for further copies</source>
        <translation>0 demande gratuite : la première copie de ses données est toujours gratuite (RGPD art. 15, § 3) ; des frais ne peuvent être demandés que pour des copies supplémentaires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing</source>
        <translation>2 lignes de 30 caractères ; la MRZ d&apos;une carte d&apos;identité TD1 a 3 lignes de 30 : il en manque une</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a case that is %1 cannot become %2 (possible: %3)</source>
        <translation>un dossier au statut « %1 » ne peut pas passer à « %2 » (possible : %3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a check that was not needed has the outcome &apos;not needed&apos;</source>
        <translation>une vérification qui n&apos;était pas nécessaire a pour résultat « pas nécessaire »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a custom window needs x, y, width and height in millimetres on the A4 page</source>
        <translation>une fenêtre personnalisée demande x, y, largeur et hauteur en millimètres sur la page A4</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a key must be a string, not %1</source>
        <translation>une clé doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a letter sent by %1 has no tracking number</source>
        <translation>une lettre envoyée par %1 n&apos;a pas de numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>A pause must be a Pause(requested, received).</source>
        <translation>Une pause doit être une Pause(requested, received).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a profile must be a TOML table</source>
        <translation>un profil doit être une table TOML</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).</source>
        <translation>Un refus doit être motivé : la personne concernée doit savoir pourquoi (art. 12, § 4, RGPD).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a registered letter needs its tracking number</source>
        <translation>une lettre recommandée doit avoir son numéro de suivi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>An extension letter needs the new due date.</source>
        <translation>Une lettre de prolongation doit indiquer la nouvelle échéance.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>An extension letter needs the reasons for the extension (Art. 12(3) GDPR).</source>
        <translation>Une lettre de prolongation doit indiquer les motifs de la prolongation (art. 12, § 3, RGPD).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>an ID copy is kept only with the method &apos;identity document seen&apos;</source>
        <translation>une copie de la pièce d&apos;identité n&apos;est conservée qu&apos;avec la méthode « pièce d&apos;identité vue »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>an MRZ only goes with the method &apos;identity document seen&apos;</source>
        <translation>une MRZ ne va qu&apos;avec la méthode « pièce d&apos;identité vue »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>cannot be edited</source>
        <translation>ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>cannot be in the future</source>
        <translation>ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>cannot be written in TOML: %1</source>
        <translation>ne peut pas être écrit en TOML : %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose how the identity was checked (%1)</source>
        <translation>choisissez comment l&apos;identité a été vérifiée (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).</source>
        <translation>Choisissez le motif de la limitation (art. 18, § 1er, a)–d), RGPD).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose the organisation the request is for</source>
        <translation>choisissez l&apos;organisation à laquelle la demande est adressée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose the outcome (%1)</source>
        <translation>choisissez le résultat (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose the type of document (%1)</source>
        <translation>choisissez le type de document (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>confirm that the photo and the national number are blacked out, or that they are needed</source>
        <translation>confirmez que la photo et le numéro de registre national sont masqués, ou qu&apos;ils sont nécessaires</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>describe how the identity was checked</source>
        <translation>décrivez comment l&apos;identité a été vérifiée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Every processing activity is marked as not concerning the requester: send the no-data letter instead of an access answer.</source>
        <translation>Chaque traitement est marqué comme ne concernant pas la personne : envoyez la lettre « aucune donnée » au lieu d&apos;une réponse à la demande d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>exception: &apos;%1&apos; is not an exception of Art. 17(3) (%2)</source>
        <translation>exception : « %1 » n&apos;est pas une exception de l&apos;art. 17, § 3 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>exception: an Art. 17(3) exception applies only to erasure items</source>
        <translation>exception : une exception de l&apos;art. 17, § 3, ne s&apos;applique qu&apos;aux points d&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>exception: an item kept under an Art. 17(3) exception is done or not applicable</source>
        <translation>exception : un point conservé en vertu d&apos;une exception de l&apos;art. 17, § 3, est fait ou sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>expected %1 at line %2</source>
        <translation>%1 attendu à la ligne %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>expected the text of a TOML file, not %1</source>
        <translation>texte d&apos;un fichier TOML attendu, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>fee %1: must be an amount between 0.00 and 100000.00 euros</source>
        <translation>frais %1 : doivent être un montant entre 0,00 et 100000,00 euros</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give an email or a postal address, so that the answer can reach the requester</source>
        <translation>indiquez un e-mail ou une adresse postale, pour que la réponse parvienne à la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give the country that issued the document</source>
        <translation>indiquez le pays qui a délivré le document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give the reasons for the extension (they go in the letter)</source>
        <translation>indiquez les motifs de la prolongation (ils figurent dans la lettre)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give two file names: the JSON file and the CSV file</source>
        <translation>indiquez deux noms de fichier : le fichier JSON et le fichier CSV</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>has %1 lines; at most %2</source>
        <translation>a %1 lignes ; au plus %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>has no %1 version (organisation.languages lists it); letters in %2 will use the %3 one</source>
        <translation>n&apos;a pas de version en %1 (organisation.languages la mentionne) ; les lettres en %2 utiliseront la version en %3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>has no letters or digits</source>
        <translation>ne contient ni lettres ni chiffres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Identity/clarification arrived on %1, before it was asked for (%2).</source>
        <translation>Identité/précisions reçues le %1, avant d&apos;avoir été demandées (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Identity/clarification was asked for on %1, before the request was received (%2).</source>
        <translation>Identité/précisions demandées le %1, avant la réception de la demande (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>internal error while checking the profile (%1); please report it</source>
        <translation>erreur interne lors de la vérification du profil (%1) ; merci de la signaler</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is %1: this file needs a newer version of DSAR Desk (this version reads format %2)</source>
        <translation>vaut %1 : ce fichier nécessite une version plus récente de DSAR Desk (cette version lit le format %2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is a single %1, taken as %2; it has no %3 version, so letters in %4 will use the %5 one</source>
        <translation>est un seul %1, pris comme %2 ; il n&apos;a pas de version en %3, donc les lettres en %4 utiliseront la version en %5</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is not a tracking number (one line, at most %1 characters)</source>
        <translation>n&apos;est pas un numéro de suivi (une ligne, au plus %1 caractères)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is not something a letter can be given</source>
        <translation>n&apos;est pas une donnée qu&apos;une lettre peut recevoir</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required for an organisation in %1: %2; add an [authority] table with name, address and website</source>
        <translation>est obligatoire pour une organisation en %1 : %2 ; ajoutez une table [authority] avec nom, adresse et site web</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: 1 to %1 lines</source>
        <translation>est obligatoire : 1 à %1 lignes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: add a %1 table</source>
        <translation>est obligatoire : ajoutez une table %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;BE&quot;</source>
        <translation>est obligatoire : un code ISO 3166-1 alpha-2 comme &quot;BE&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;US&quot;</source>
        <translation>est obligatoire : un code ISO 3166-1 alpha-2 comme &quot;US&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: one of %1</source>
        <translation>est obligatoire : l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: the letter languages, default first, such as [&quot;nl&quot;, &quot;fr&quot;]</source>
        <translation>est obligatoire : les langues des lettres, langue par défaut en premier, comme [&quot;nl&quot;, &quot;fr&quot;]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: the register needs at least one [[%1]] table</source>
        <translation>est obligatoire : le registre doit contenir au moins une table [[%1]]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: write format = %1 at the top of the file</source>
        <translation>est obligatoire : écrivez format = %1 en tête du fichier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Letters are not available in “%1” (available: %2).</source>
        <translation>Les lettres ne sont pas disponibles en « %1 » (disponibles : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1 has %2 characters; a %3 line has %4</source>
        <translation>la ligne %1 a %2 caractères ; une ligne %3 en a %4</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1 has a space at position %2; MRZ lines have no spaces (the filler is &lt;)</source>
        <translation>la ligne %1 contient une espace en position %2 ; les lignes de la MRZ n&apos;ont pas d&apos;espaces (le caractère de remplissage est &lt;)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1 is longer than %2 characters</source>
        <translation>la ligne %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1, position %2: %3 is not an MRZ character (only A-Z, 0-9 and &lt; are)</source>
        <translation>ligne %1, position %2 : %3 n&apos;est pas un caractère de la MRZ (seuls A-Z, 0-9 et &lt; le sont)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1, position %2: the sex field holds %3; it must be M, F, X or &lt;</source>
        <translation>ligne %1, position %2 : le champ du sexe contient %3 ; il doit valoir M, F, X ou &lt;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line 1 has %1 characters and line 2 has %2; a 2-line MRZ has 36 (TD2) or 44 (TD3 passport) characters on each line</source>
        <translation>la ligne 1 a %1 caractères et la ligne 2 en a %2 ; une MRZ de 2 lignes a 36 (TD2) ou 44 (passeport TD3) caractères par ligne</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be 2 to 40 characters from a-z, 0-9 and &apos;-&apos;; not %1</source>
        <translation>doit compter 2 à 40 caractères parmi a-z, 0-9 et « - » ; pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a country code such as &quot;BE&quot;, not %1</source>
        <translation>doit être un code de pays comme &quot;BE&quot;, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a list of language codes, not %1%2</source>
        <translation>doit être une liste de codes de langue, pas %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a list of strings, not %1</source>
        <translation>doit être une liste de chaînes, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a list of strings, or a table of language = list; not %1%2</source>
        <translation>doit être une liste de chaînes, ou une table langue = liste ; pas %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a recipient id (a string), not %1</source>
        <translation>doit être un id de destinataire (une chaîne), pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a string, or a table of language = string such as { nl = &quot;...&quot;, fr = &quot;...&quot; }; not %1</source>
        <translation>doit être une chaîne, ou une table langue = chaîne comme { nl = &quot;...&quot;, fr = &quot;...&quot; } ; pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a table (%1), not %2</source>
        <translation>doit être une table (%1), pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a table, not %1</source>
        <translation>doit être une table, pas %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>doit être un nombre entier de %1 à %2, pas %3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a whole number of days between 1 and 365</source>
        <translation>doit être un nombre entier de jours entre 1 et 365</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be one of: %1; not %2%3</source>
        <translation>doit être l&apos;une de ces valeurs : %1 ; pas %2%3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be the number %1, not %2</source>
        <translation>doit être le nombre %1, pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be written as [[%1]] tables, not %2</source>
        <translation>doit être écrit sous forme de tables [[%1]], pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must give the list in at least one language</source>
        <translation>doit donner la liste dans au moins une langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must give the text in at least one language</source>
        <translation>doit donner le texte dans au moins une langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must have 1 to %1 lines, not %2</source>
        <translation>doit avoir 1 à %1 lignes, pas %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must name at least one language</source>
        <translation>doit nommer au moins une langue</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must not be an empty line</source>
        <translation>ne doit pas être une ligne vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>needs at least one [[%1]] table</source>
        <translation>doit contenir au moins une table [[%1]]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no key at line %1</source>
        <translation>pas de clé à la ligne %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no organisation &apos;%1&apos; (import its profile first)</source>
        <translation>aucune organisation « %1 » (importez d&apos;abord son profil)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no organisation: load the samples first</source>
        <translation>aucune organisation : chargez d&apos;abord les exemples</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>No processing activity concerning the requester is based on consent or a contract: the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason.</source>
        <translation>Aucun traitement concernant la personne ne repose sur le consentement ou un contrat : le droit à la portabilité des données (art. 20 RGPD) ne s&apos;applique pas. Envoyez un refus avec ce motif.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation</source>
        <translation>aucun destinataire n&apos;est indiqué pour ce traitement : nommez-les, ou écrivez recipients = [] si les données ne sont transmises à personne en dehors de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no value at line %1</source>
        <translation>pas de valeur à la ligne %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>note: give the reason why this item does not apply</source>
        <translation>note : indiquez pourquoi ce point est sans objet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>note: is longer than %1 characters</source>
        <translation>note : dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>note: say which data are kept under the exception, and why</source>
        <translation>note : indiquez quelles données sont conservées en vertu de l&apos;exception, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>pause rule must be one of: %1</source>
        <translation>la règle de pause doit être l&apos;une de : %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Public holidays are not available for the country “%1”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.</source>
        <translation>Les jours fériés ne sont pas disponibles pour le pays « %1 » ; utilisez un code ISO 3166-1 alpha-2 comme FR, BE, NL, LU ou DE.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>reason: say why the request is manifestly unfounded or excessive (the requester is told, Art. 12(4))</source>
        <translation>motif : indiquez pourquoi la demande est manifestement infondée ou excessive (la personne concernée en est informée, art. 12, § 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>recipient %1 is listed twice</source>
        <translation>le destinataire %1 figure deux fois</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>recipient %1 is not named by any [[processing]], so no access response will mention it</source>
        <translation>le destinataire %1 n&apos;est cité par aucun [[processing]], donc aucune réponse à une demande d&apos;accès ne le mentionnera</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Say what proof of identity the requester must send: the profile asks for no identity check.</source>
        <translation>Indiquez quelle preuve d&apos;identité la personne concernée doit envoyer : le profil ne prévoit aucune vérification d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say which other data matched</source>
        <translation>indiquez quelles autres données correspondaient</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say who makes the letter</source>
        <translation>indiquez qui établit la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say who sent the letter</source>
        <translation>indiquez qui a envoyé la lettre</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy</source>
        <translation>indiquez pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent pas avant de demander une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy</source>
        <translation>indiquez pourquoi des moyens moins intrusifs (données déjà détenues, lettre signée) ne suffisent pas avant de conserver une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why no identity check is needed</source>
        <translation>indiquez pourquoi aucune vérification d&apos;identité n&apos;est nécessaire</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why the check failed</source>
        <translation>indiquez pourquoi la vérification a échoué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>state: &apos;%1&apos; is not a state (%2)</source>
        <translation>état : « %1 » n&apos;est pas un état (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The %1 is missing or is not a date.</source>
        <translation>%1 manque ou n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The %1 must be a date, not a date and time (use the organisation&apos;s local date, see receipt_date()).</source>
        <translation>%1 doit être une date, pas une date avec heure (utilisez la date locale de l&apos;organisation, voir receipt_date()).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the answer cannot arrive before it was asked for</source>
        <translation>la réponse ne peut pas arriver avant d&apos;avoir été demandée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case has no letter &apos;%1&apos;</source>
        <translation>le dossier n&apos;a pas de lettre « %1 »</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is already extended</source>
        <translation>le dossier est déjà prolongé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is already waiting for the requester</source>
        <translation>le dossier attend déjà la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is not extended: extend the deadline first, with its reasons</source>
        <translation>le dossier n&apos;est pas prolongé : prolongez d&apos;abord le délai, avec ses motifs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is not open</source>
        <translation>le dossier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is not waiting for the requester</source>
        <translation>le dossier n&apos;attend pas la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the content of this attachment was deleted (purged)</source>
        <translation>le contenu de cette pièce jointe a été supprimé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The date %1 + %2 months is out of range.</source>
        <translation>La date %1 + %2 mois est hors limites.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the document expired on %1</source>
        <translation>le document a expiré le %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the file could not be read as TOML (%1)</source>
        <translation>le fichier n&apos;a pas pu être lu comme TOML (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the identity is recorded as verified with an expired document</source>
        <translation>l&apos;identité est enregistrée comme vérifiée avec un document expiré</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The language “%1” is not available (available: %2).</source>
        <translation>La langue « %1 » n&apos;est pas disponible (disponibles : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the languages have lists of different lengths (%1); check that every item is translated</source>
        <translation>les langues ont des listes de longueurs différentes (%1) ; vérifiez que chaque élément est traduit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter needs the case reference.</source>
        <translation>La lettre doit indiquer la référence du dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter needs the requester&apos;s name.</source>
        <translation>La lettre doit indiquer le nom de la personne concernée.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter text %1 has a misplaced brace: %2.</source>
        <translation>Le texte de lettre %1 contient une accolade mal placée : %2.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter text %1 uses the placeholder {%2}, which DSAR Desk does not fill in.</source>
        <translation>Le texte de lettre %1 utilise le champ {%2}, que DSAR Desk ne remplit pas.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter text file %1/%2.toml cannot be read: %3.</source>
        <translation>Le fichier de texte de lettre %1/%2.toml ne peut pas être lu : %3.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter texts for “%1” lack the file %2.toml.</source>
        <translation>Il manque le fichier %2.toml aux textes de lettre pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the MRZ must be given as text</source>
        <translation>la MRZ doit être donnée sous forme de texte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The new due date of an extension must come after the current due date.</source>
        <translation>La nouvelle échéance d&apos;une prolongation doit être postérieure à l&apos;échéance actuelle.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The organisation&apos;s country is missing.</source>
        <translation>Le pays de l&apos;organisation manque.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the passphrase must be at least 10 characters long</source>
        <translation>la phrase secrète doit compter au moins 10 caractères</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the passphrase salt in the database is damaged</source>
        <translation>le sel de la phrase secrète dans la base de données est endommagé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The pause rule “%1” is not known (known: %2).</source>
        <translation>La règle de pause « %1 » est inconnue (connues : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The portability data must be a mapping of section name to a list of records.</source>
        <translation>Les données de portabilité doivent associer à chaque nom de section une liste d&apos;enregistrements.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The portability section “%1” must be a list of records (field → value).</source>
        <translation>La section de portabilité « %1 » doit être une liste d&apos;enregistrements (champ → valeur).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The procedure texts %1 cannot be read: %2.</source>
        <translation>Les textes de la procédure %1 ne peuvent pas être lus : %2.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The procedure texts for “%1” are missing (%2).</source>
        <translation>Les textes de la procédure en « %1 » sont absents (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the profile is nested too deeply to check</source>
        <translation>le profil est trop profondément imbriqué pour être vérifié</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The promised number of days must be a whole number above 0, not “%1”.</source>
        <translation>Le nombre de jours promis doit être un nombre entier supérieur à 0, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the request for information cannot be dated before the case was received</source>
        <translation>la demande d&apos;informations ne peut pas être datée d&apos;avant la réception du dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the requester has no postal address: add it to the case, make the letter again, then post it</source>
        <translation>la personne concernée n&apos;a pas d&apos;adresse postale : complétez-la dans le dossier, refaites le courrier, puis envoyez-le par la poste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the stored letter does not match its SHA-256 any more; it was not written</source>
        <translation>la lettre conservée ne correspond plus à son SHA-256 ; elle n&apos;a pas été écrite</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The subdivision “%1” is not a text code.</source>
        <translation>La subdivision « %1 » n&apos;est pas un code texte.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The subdivision “%1” is not known for %2 (known: %3).</source>
        <translation>La subdivision « %1 » est inconnue pour %2 (connues : %3).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The time zone “%1” is not known.</source>
        <translation>Le fuseau horaire « %1 » est inconnu.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>there is no letter %1</source>
        <translation>il n&apos;y a pas de lettre %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>There is no letter of the kind “%1” (known: %2).</source>
        <translation>Il n&apos;existe pas de lettre du type « %1 » (connus : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this database has an attachment key already</source>
        <translation>cette base de données a déjà une clé pour les pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this database has no passphrase for its attachments</source>
        <translation>cette base de données n&apos;a pas de phrase secrète pour ses pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this file is not a DSAR Desk database (it has other tables and no schema version)</source>
        <translation>ce fichier n&apos;est pas une base de données DSAR Desk (il contient d&apos;autres tables et aucune version de schéma)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this is the MRZ of a visa (document code V); visas are not supported</source>
        <translation>c&apos;est la MRZ d&apos;un visa (code de document V) ; les visas ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this letter discloses personal data and %1</source>
        <translation>cette lettre communique des données à caractère personnel et %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this recovery code is of another key (key id %1); these attachments need key %2</source>
        <translation>ce code de récupération appartient à une autre clé (id de clé %1) ; ces pièces jointes nécessitent la clé %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>tick at least one right asked</source>
        <translation>cochez au moins un droit demandé</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>tick which data matched what the organisation holds</source>
        <translation>cochez les données qui correspondaient à celles que détient l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>TOML syntax error: %1</source>
        <translation>Erreur de syntaxe TOML : %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>TOML syntax error: the file is nested too deeply</source>
        <translation>Erreur de syntaxe TOML : le fichier est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown data: %1 (%2)</source>
        <translation>données inconnues : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown key: this version of DSAR Desk does not use it (it is kept on export)%1</source>
        <translation>clé inconnue : cette version de DSAR Desk ne l&apos;utilise pas (elle est conservée à l&apos;exportation)%1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown recipient id %1: no [[recipient]] has this id%2</source>
        <translation>id de destinataire inconnu %1 : aucun [[recipient]] n&apos;a cet id%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown section %1</source>
        <translation>section inconnue %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>was already marked sent</source>
        <translation>était déjà marquée comme envoyée</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>was already marked sent on %1 (%2)</source>
        <translation>était déjà marquée comme envoyée le %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>“%1” is not a ground of Art. 18(1) GDPR (known: %2).</source>
        <translation>« %1 » n&apos;est pas un motif de l&apos;art. 18, § 1er, RGPD (connus : %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>“%1” is not an exception of Art. 17(3) GDPR (known: %2).</source>
        <translation>« %1 » n&apos;est pas une exception de l&apos;art. 17, § 3, RGPD (connues : %2).</translation>
    </message>
</context>
</TS>
