<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en_GB">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Awaiting identity</source>
        <translation>Wacht op identiteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Due within {0} days</source>
        <translation>Binnen {0} dagen te beantwoorden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Overdue: the answer was due on {0}</source>
        <translation>Over tijd: het antwoord moest uiterlijk op {0} worden gegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Withdraw consent</source>
        <translation>Intrekking toestemming</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_model.py"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>dsar_desk</name>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n vandaag te beantwoorden</numerusform>
            <numerusform>%n vandaag te beantwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n due within {0} days</source>
        <translation>
            <numerusform>%n te beantwoorden binnen {0} dagen</numerusform>
            <numerusform>%n te beantwoorden binnen {0} dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>%n message(s) added to their case</source>
        <translation>
            <numerusform>%n bericht bij zijn dossier gevoegd</numerusform>
            <numerusform>%n berichten bij hun dossier gevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>%n new message(s) in the Inbox</source>
        <translation>
            <numerusform>%n nieuw bericht in de Inbox</numerusform>
            <numerusform>%n nieuwe berichten in de Inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n over tijd</numerusform>
            <numerusform>%n over tijd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;About DSAR Desk</source>
        <translation>&amp;Over DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Annual report…</source>
        <translation>&amp;Jaarverslag…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Nu een back-up maken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Figures</source>
        <translation>&amp;Cijfers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Import organisation profile…</source>
        <translation>Organisatieprofiel &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Options…</source>
        <translation>&amp;Opties…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisaties…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Report</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Security…</source>
        <translation>&amp;Beveiliging…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Team server…</source>
        <translation>&amp;Teamserver…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>&amp;Verify the record</source>
        <translation>Het dossier &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>(cannot be read)</source>
        <translation>(onleesbaar)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>(no mail settings)</source>
        <translation>(geen e-mailinstellingen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>90% answered within {0} days</source>
        <translation>90% beantwoord binnen {0} dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>A case</source>
        <translation>Een dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>A change of languages shows in the text fields after saving.</source>
        <translation>Een wijziging van de talen verschijnt in de tekstvelden na het opslaan.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>A further copy (Art. 15(3))</source>
        <translation>Een bijkomende kopie (art. 15, lid 3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>A new interface language is used by the windows you open from now on, and everywhere after DSAR Desk is restarted.</source>
        <translation>Een nieuwe interfacetaal geldt voor de vensters die u vanaf nu opent, en overal nadat DSAR Desk opnieuw is gestart.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>A request counts in the period in which it was received; open requests as of today. On time: answered by the legal limit (one month, three when extended, moved by the days waited for the requester&apos;s identity).</source>
        <translation>Een verzoek telt mee in de periode waarin het werd ontvangen; openstaande verzoeken zoals ze vandaag zijn. Tijdig: beantwoord binnen de wettelijke termijn (een maand, drie bij verlenging, verschoven met de dagen gewacht op de identiteit van de betrokkene).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>A team works on one PostgreSQL server: every clerk sees the others&apos; changes. Your administrator gives you the address and your own login. The password is kept in this computer&apos;s keyring, never in the settings.</source>
        <translation>Een team werkt op één PostgreSQL-server: elke medewerker ziet de wijzigingen van de anderen. Uw beheerder geeft u het adres en uw eigen login. Het wachtwoord wordt bewaard in de sleutelbos van deze computer, nooit in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>About a deceased person</source>
        <translation>Over een overleden persoon</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>About DSAR Desk</source>
        <translation>Over DSAR Desk</translation>
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
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Access answer (Art. 15)</source>
        <translation>Antwoord op inzageverzoek (art. 15)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Accuracy contested (Art. 18(1)(a))</source>
        <translation>Juistheid betwist (art. 18, lid 1, a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Act in</source>
        <translation>Uitvoeren in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>activity: {0}</source>
        <translation>verwerking: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add a note to the timeline…</source>
        <translation>Een notitie aan de tijdlijn toevoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Add an annex…</source>
        <translation>Bijlage toevoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Add annexes</source>
        <translation>Bijlagen toevoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Add to a case</source>
        <translation>Aan een dossier toevoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Add to a case…</source>
        <translation>Aan een dossier toevoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>added to a case</source>
        <translation>aan een dossier toegevoegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Address (one line per row)</source>
        <translation>Adres (één regel per rij)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Again</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>all answered on time: {0}</source>
        <translation>alle tijdig beantwoord: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>Also open by: {0}</source>
        <translation>Ook geopend door: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Annual report (PDF)</source>
        <translation>Jaarverslag (PDF)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Annual report…</source>
        <translation>Jaarverslag…</translation>
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
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>answered by the letter “{0}” (version {1}) sent on {2}</source>
        <translation>beantwoord met de brief ‘{0}’ (versie {1}), verzonden op {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered late (not paused for identity)</source>
        <translation>te laat beantwoord (niet gewacht op identiteit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered on time (not paused for identity)</source>
        <translation>tijdig beantwoord (niet gewacht op identiteit)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Answered on time, per month</source>
        <translation>Tijdig beantwoord, per maand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered on time: {0}, late: {1}</source>
        <translation>tijdig beantwoord: {0}, te laat: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered requests</source>
        <translation>beantwoorde verzoeken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Answered with open items</source>
        <translation>Beantwoord met openstaande punten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Answered without a letter</source>
        <translation>Beantwoord zonder brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>answered without a letter: {0}</source>
        <translation>beantwoord zonder brief: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>answered: {0}, withdrawn: {1}</source>
        <translation>beantwoord: {0}, ingetrokken: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Archiving or research (Art. 17(3)(d))</source>
        <translation>Archivering of onderzoek (art. 17, lid 3, d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation>Archivering, onderzoek of statistiek (art. 17, lid 3, d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>As it goes under the letters, e.g. Anna Peeters</source>
        <translation>Zoals onder de brieven, bv. Anna Peeters</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Ask the requester for an ID copy</source>
        <translation>De betrokkene om een kopie van het identiteitsbewijs vragen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>asked</source>
        <translation>gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Asked once per session; DSAR Desk never writes it down.</source>
        <translation>Eén keer per sessie gevraagd; DSAR Desk schrijft hem nooit op.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>asked {0}</source>
        <translation>gevraagd op {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Asking to specify the request (recital 63)</source>
        <translation>Vraag om het verzoek te preciseren (overweging 63)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>At least 10 characters. Asked once per session; DSAR Desk never writes it down. You will also get a recovery code.</source>
        <translation>Minstens 10 tekens. Eén keer per sessie gevraagd; DSAR Desk schrijft hem nooit op. U krijgt ook een herstelcode.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Attach an ID copy</source>
        <translation>Een kopie van het identiteitsbewijs bijvoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Attach file…</source>
        <translation>Bestand bijvoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Attach ID copy…</source>
        <translation>Kopie identiteitsbewijs bijvoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attachment added</source>
        <translation>Bijlage toegevoegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Attachment key</source>
        <translation>Sleutel van de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attachment opened</source>
        <translation>Bijlage geopend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Attachments: {0}</source>
        <translation>Bijlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attach…</source>
        <translation>Bijvoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
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
        <translation>Wacht op identiteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Back to my own file</source>
        <translation>Terug naar mijn eigen bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Back to work</source>
        <translation>Opnieuw in behandeling</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Backup written and checked: {0}</source>
        <translation>Back-up geschreven en gecontroleerd: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Bank account and reference to quote (optional)</source>
        <translation>Rekeningnummer en te vermelden referentie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Before keeping a copy: black out the photo and the national (citizen) number unless they are needed for this check. The copy is stored encrypted and deleted automatically after the retention period of the organisation&apos;s policy.</source>
        <translation>Voordat u een kopie bewaart: maak de foto en het rijksregister- of burgerservicenummer onleesbaar, tenzij ze nodig zijn voor deze controle. De kopie wordt versleuteld bewaard en automatisch verwijderd na de bewaartermijn van het beleid van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Blacked out</source>
        <translation>Onleesbaar gemaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>By hand</source>
        <translation>Afgegeven tegen ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>by telephone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>by text message</source>
        <translation>per sms</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Calendar not exported</source>
        <translation>Agenda niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>cannot be read ({0})</source>
        <translation>kan niet worden gelezen ({0})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Case created</source>
        <translation>Dossier aangemaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Case list with requester data (CSV)</source>
        <translation>Lijst van dossiers met gegevens van de betrokkenen (CSV)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>case made</source>
        <translation>dossier aangemaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Case reference</source>
        <translation>Dossierreferentie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Case reference in the subject: {0}</source>
        <translation>Dossierreferentie in het onderwerp: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Case {0} created</source>
        <translation>Dossier {0} aangemaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>Changed by a colleague while you were editing: your edits are kept; Save asks what to keep.</source>
        <translation>Gewijzigd door een collega terwijl u bewerkte: uw wijzigingen blijven staan; bij Opslaan wordt gevraagd wat u wilt behouden.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>Changed by {0} while you were editing: your edits are kept; Save asks what to keep.</source>
        <translation>Gewijzigd door {0} terwijl u bewerkte: uw wijzigingen blijven staan; bij Opslaan wordt gevraagd wat u wilt behouden.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Check before sending:</source>
        <translation>Controleer voor verzending:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Check every</source>
        <translation>Controleren elke</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Check the mailbox now</source>
        <translation>Mailbox nu controleren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>Checking the mailbox…</source>
        <translation>Mailbox wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Checking the record…</source>
        <translation>Het dossier wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Checklist ({0} open)</source>
        <translation>Checklist ({0} open)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Checklist items still open</source>
        <translation>Punten van de checklist nog open</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Choose a passphrase for the attachments</source>
        <translation>Kies een wachtzin voor de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Choose an item</source>
        <translation>Een punt kiezen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Choose an item of the checklist first.</source>
        <translation>Kies eerst een punt van de checklist.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Choose an open item that informs a recipient.</source>
        <translation>Kies een open punt dat een ontvanger informeert.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Choose the organisation whose procedure to save.</source>
        <translation>Kies de organisatie waarvan u de procedure wilt opslaan.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Close case…</source>
        <translation>Dossier afsluiten…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Close the window (asks when something is not saved)</source>
        <translation>Het venster sluiten (vraagt het als iets niet opgeslagen is)</translation>
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
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Closed cases deleted: {0}; their figures are kept, anonymous. Backups cleaned: {1}.</source>
        <translation>Gesloten dossiers verwijderd: {0}; hun cijfers blijven bewaard, anoniem. Back-ups opgeschoond: {1}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Closed cases past their retention period, due for deletion: {0}</source>
        <translation>Gesloten dossiers waarvan de bewaartermijn verstreken is, te verwijderen: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Closed: no proof of identity</source>
        <translation>Afgesloten: geen identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Compelling legitimate grounds to go on (empty: processing stopped)</source>
        <translation>Dwingende gerechtvaardigde gronden om door te gaan (leeg: verwerking gestopt)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Connecting to the team server…</source>
        <translation>Verbinden met de teamserver…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>connection</source>
        <translation>verbinding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>connection (no answer)</source>
        <translation>verbinding (geen antwoord)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Copy of the data</source>
        <translation>Kopie van de gegevens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Copy the code, to paste it into your password manager</source>
        <translation>De code kopiëren om ze in uw wachtwoordbeheerder te plakken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Corrected</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Could not load the samples</source>
        <translation>De voorbeelden konden niet worden geladen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Covering text</source>
        <translation>Begeleidende tekst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Data file</source>
        <translation>Gegevensbestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Data files saved beside the PDF: {0}, {1}</source>
        <translation>Gegevensbestanden naast de PDF opgeslagen: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Data that matched</source>
        <translation>Gegevens die overeenkwamen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Database: {0}</source>
        <translation>Databank: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Date of the check</source>
        <translation>Datum van de controle</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Date received</source>
        <translation>Datum van ontvangst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>days from receipt (a bar a week)</source>
        <translation>dagen na ontvangst (een staaf per week)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Days left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Days to answer</source>
        <translation>Dagen tot het antwoord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>days to answer, median</source>
        <translation>dagen tot het antwoord, mediaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Deadline extended</source>
        <translation>Termijn verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Deadline rules — {0}</source>
        <translation>Regels voor de termijn — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Deadline rules…</source>
        <translation>Regels voor de termijn…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Deceased person</source>
        <translation>Overleden persoon</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Delete closed cases</source>
        <translation>Gesloten dossiers verwijderen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Delete them…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Delete {0} closed case(s) whose retention period is over, with their timelines, letters and attachments? Their figures are kept without any requester data; the deletion is recorded, and the cases are removed from the backups too. This cannot be undone.</source>
        <translation>{0} gesloten dossier(s) waarvan de bewaartermijn verstreken is verwijderen, met hun tijdlijn, brieven en bijlagen? Hun cijfers blijven bewaard zonder gegevens van de betrokkene; de verwijdering wordt vastgelegd en de dossiers worden ook uit de back-ups verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>Deleting the closed cases past their retention…</source>
        <translation>De gesloten dossiers waarvan de bewaartermijn verstreken is, worden verwijderd…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>derived from a passphrase</source>
        <translation>afgeleid van een wachtzin</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>Discard it, or go back to it?</source>
        <translation>Verwerpen, of ernaar teruggaan?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk &amp;guide</source>
        <translation>&amp;Handleiding van DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>DSAR Desk ({0}) — {1} overdue, {2} due within {3} days</source>
        <translation>DSAR Desk ({0}) — {1} over tijd, {2} te beantwoorden binnen {3} dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk answers requests for an organisation described by its profile (who it is, its register of processing). Import your organisation&apos;s profile, or load three sample organisations with demo cases to look around.</source>
        <translation>DSAR Desk beantwoordt verzoeken voor een organisatie die door haar profiel wordt beschreven (wie ze is, haar verwerkingsregister). Importeer het profiel van uw organisatie, of laad drie voorbeeldorganisaties met demodossiers om rond te kijken.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>DSAR Desk databases (*.sqlite3 *.sqlite)</source>
        <translation>DSAR Desk-databases (*.sqlite3 *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>DSAR Desk guide</source>
        <translation>Handleiding van DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>DSAR Desk now encrypts the attachments of this database (scans, e-mails, ID copies) with a key kept in this computer&apos;s keyring (or derived from your passphrase). Here is the key&apos;s recovery code. It is shown only this once: write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation>DSAR Desk versleutelt nu de bijlagen van deze databank (scans, e-mails, kopieën van identiteitsbewijzen) met een sleutel in de sleutelbos van deze computer (of afgeleid van uw wachtzin). Hier is de herstelcode van de sleutel. Die wordt maar één keer getoond: schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk {0}: answer GDPR data subject requests on time, offline.</source>
        <translation>DSAR Desk {0}: verzoeken van betrokkenen onder de AVG tijdig beantwoorden, offline.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>DSAR Desk: recovery code of the attachment key</source>
        <translation>DSAR Desk: herstelcode van de sleutel van de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>DSAR Desk: {0} request(s) to answer soon</source>
        <translation>DSAR Desk: binnenkort te beantwoorden verzoeken: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Due date moved</source>
        <translation>Uiterste datum verschoven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due today</source>
        <translation>Vandaag te beantwoorden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>due today</source>
        <translation>vandaag te beantwoorden</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="obsolete">Binnen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due within {0} days</source>
        <translation>Binnen {0} dagen te beantwoorden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>E-mail messages (*.eml *.msg)</source>
        <translation>E-mailberichten (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>e.g. 12.50</source>
        <translation>bv. 12,50</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>e.g. Anna Peeters</source>
        <translation>bv. Anna Peeters</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>e.g. Data protection officer</source>
        <translation>bv. Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Earlier requests in the last 12 months:</source>
        <translation>Eerdere verzoeken in de laatste 12 maanden:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Edited</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Electronic identity (eID, itsme, DigiD, FranceConnect…)</source>
        <translation>Elektronische identiteit (eID, itsme, DigiD, FranceConnect…)</translation>
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
        <translation>E-mailadres van het account</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Empty: the letter goes to the requester</source>
        <translation>Leeg: de brief gaat naar de betrokkene</translation>
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
        <translation>Wissing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Erasure done</source>
        <translation>Wissing uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Establishment, exercise or defence of legal claims (Art. 17(3)(e))</source>
        <translation>Instelling, uitoefening of onderbouwing van een rechtsvordering (art. 17, lid 3, e))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>euros, e.g. 12.50</source>
        <translation>euro, bv. 12,50</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Every search still open marked done, with one note (Ctrl+Shift+D)</source>
        <translation>Elke zoekopdracht die nog open is, op gedaan gezet met één notitie (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>EXPIRED</source>
        <translation>VERLOPEN</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Expiry date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Export due dates to &amp;calendar…</source>
        <translation>Uiterste data exporteren naar a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Export due dates to calendar</source>
        <translation>Uiterste data exporteren naar agenda</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Export organisation profile</source>
        <translation>Organisatieprofiel exporteren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>Export the list as C&amp;SV…</source>
        <translation>De lijst als C&amp;SV exporteren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Export the list as CSV</source>
        <translation>De lijst als CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Exporting due dates…</source>
        <translation>Uiterste data worden geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>Exporting the list…</source>
        <translation>De lijst wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Extend the deadline</source>
        <translation>De termijn verlengen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>extended</source>
        <translation>verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>extended (three months)</source>
        <translation>verlengd (drie maanden)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>extended by two months</source>
        <translation>met twee maanden verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Extension letter</source>
        <translation>Verlengingsbrief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Extension letter…</source>
        <translation>Verlengingsbrief…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Extension of the deadline</source>
        <translation>Verlenging van de termijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Fee</source>
        <translation>Vergoeding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Fee (Art. 12(5), 15(3))</source>
        <translation>Vergoeding (art. 12, lid 5, 15, lid 3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Fee (EUR)</source>
        <translation>Vergoeding (EUR)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee and refusal</source>
        <translation>Vergoeding en weigering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee asked</source>
        <translation>Gevraagde vergoeding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Fee for</source>
        <translation>Vergoeding voor</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee paid</source>
        <translation>Betaalde vergoeding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Figures (CSV)</source>
        <translation>Cijfers (CSV)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Figures (JSON)</source>
        <translation>Cijfers (JSON)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Filled in from the e-mail of {0}. The highlighted fields are proposals: check them before saving.</source>
        <translation>Ingevuld uit de e-mail van {0}. De gemarkeerde velden zijn voorstellen: controleer ze vóór het bewaren.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Find a case (reference, name, e-mail)</source>
        <translation>Een dossier zoeken (referentie, naam, e-mailadres)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>For this letter</source>
        <translation>Voor deze brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Forwarded to the controller (we are its processor)</source>
        <translation>Doorgestuurd aan de verwerkingsverantwoordelijke (wij zijn verwerker)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Free access requests per 12 months</source>
        <translation>Kosteloze inzageverzoeken per 12 maanden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Freedom of expression (Art. 17(3)(a))</source>
        <translation>Vrijheid van meningsuiting (art. 17, lid 3, a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation>Vrijheid van meningsuiting en informatie (art. 17, lid 3, a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>From the checklist: mark its “inform” item done to name this recipient</source>
        <translation>Uit de checklist: zet het punt ‘verwittigen’ op gedaan om deze ontvanger te vermelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>From the message: check it</source>
        <translation>Uit het bericht: controleer het</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Give the reason for answering with open checklist items.</source>
        <translation>Geef de reden om te antwoorden terwijl punten van de checklist nog open zijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Give the server address: postgresql://user@host:port/database</source>
        <translation>Geef het serveradres: postgresql://gebruiker@host:poort/database</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Give this password to the requester {0}. It is shown only now and never stored:</source>
        <translation>Geef dit wachtwoord {0} aan de verzoeker. Het wordt alleen nu getoond en nooit bewaard:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Given names on the document</source>
        <translation>Voornamen op het document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Grounds</source>
        <translation>Gronden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Holiday region</source>
        <translation>Regio voor feestdagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Holiday region: {0}</source>
        <translation>Regio voor feestdagen: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>How to pay</source>
        <translation>Hoe betalen</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation type="obsolete">Ik heb de herstelcode opgeschreven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>I have written down, printed or stored the recovery code</source>
        <translation>Ik heb de herstelcode opgeschreven, afgedrukt of bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/purge.py"/>
        <source>ID copies deleted at the end of their retention: {0}</source>
        <translation>Kopieën van identiteitsbewijzen verwijderd aan het einde van hun bewaartermijn: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>ID copy</source>
        <translation>Kopie identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>ID copy purged</source>
        <translation>Kopie identiteitsbewijs verwijderd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>id {0}, {1}; {2}</source>
        <translation>id {0}, {1}; {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity card</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/help.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Identity check</source>
        <translation>Identiteitscontrole</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity check — {0}</source>
        <translation>Identiteitscontrole — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity check…</source>
        <translation>Identiteitscontrole…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Identity document seen</source>
        <translation>Identiteitsbewijs gezien</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Identity not verified</source>
        <translation>Identiteit niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Identity not verified: {0}. Making this letter asks for a reason.</source>
        <translation>Identiteit niet gecontroleerd: {0}. Voor deze brief moet u een reden opgeven.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity received</source>
        <translation>Identiteitsbewijs ontvangen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Identity received?</source>
        <translation>Identiteit ontvangen?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Identity received? {0} may be a proof of identity: check it and record the check on the case.</source>
        <translation>Identiteit ontvangen? {0} is mogelijk een identiteitsbewijs: controleer het en leg de controle vast in het dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity requested</source>
        <translation>Identiteitsbewijs gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</source>
        <translation>Afbeeldingen en PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>IMAP port</source>
        <translation>IMAP-poort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>IMAP security</source>
        <translation>IMAP-beveiliging</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>IMAP server</source>
        <translation>IMAP-server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>Import a &amp;message…</source>
        <translation>&amp;Bericht importeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>Import a message</source>
        <translation>Bericht importeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import a profile…</source>
        <translation>Een profiel importeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import an organisation profile first (File → Import organisation profile).</source>
        <translation>Importeer eerst een organisatieprofiel (Bestand → Organisatieprofiel importeren).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import organisation profile</source>
        <translation>Organisatieprofiel importeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import over {0}</source>
        <translation>Importeren over {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>In person</source>
        <translation>In persoon</translation>
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
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>in the keyring</source>
        <translation>in de sleutelbos</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>In the list: go to the item&apos;s note; in the note: record it and go to the next open item</source>
        <translation>In de lijst: naar de notitie van het punt; in de notitie: vastleggen en naar het volgende open punt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Inbox ({0})</source>
        <translation>Inbox ({0})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Inkomende e-mail (IMAP)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Inform</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Interface language</source>
        <translation>Interfacetaal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>is not a JSON file</source>
        <translation>is geen JSON-bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Issuing country</source>
        <translation>Land van afgifte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>JSON export of the data (empty: what the case holds)</source>
        <translation>JSON-export van de gegevens (leeg: wat het dossier bevat)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Keep closed cases (years)</source>
        <translation>Afgesloten dossiers bewaren (jaren)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Keep ID copies (days)</source>
        <translation>Kopieën van identiteitsbewijzen bewaren (dagen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Keep mine</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Keep the daily backups of the last</source>
        <translation>De dagelijkse back-ups bewaren van de laatste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Keep this page somewhere safe, away from the computer. With it, the attachments of the database can be opened on a new computer (File › Security…).</source>
        <translation>Bewaar deze pagina op een veilige plaats, weg van de computer. Hiermee kunnen de bijlagen van de databank op een nieuwe computer geopend worden (Bestand › Beveiliging…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Kept over a colleague&apos;s change</source>
        <translation>Behouden over de wijziging van een collega</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Kept under</source>
        <translation>Bewaard op grond van</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Kept under (Art. 17(3))</source>
        <translation>Bewaard op grond van (art. 17, lid 3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Key restored</source>
        <translation>Sleutel hersteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Language proposed from the text: {0}.</source>
        <translation>Taal voorgesteld op basis van de tekst: {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Languages (default first)</source>
        <translation>Talen (standaardtaal eerst)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Last check: {0} on {1} by {2}</source>
        <translation>Laatste controle: {0} op {1} door {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>late: {0}, past the legal limit: {1}, waiting: {2}</source>
        <translation>te laat: {0}, na de wettelijke termijn: {1}, wacht: {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation>Rechtsvorderingen (art. 17, lid 3, e))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>legal limit</source>
        <translation>wettelijke termijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>legal limit (one month)</source>
        <translation>wettelijke termijn (een maand)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Legal obligation or public task (Art. 17(3)(b))</source>
        <translation>Wettelijke verplichting of taak van algemeen belang (art. 17, lid 3, b))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Legal obligation to keep, or public task (Art. 17(3)(b))</source>
        <translation>Wettelijke bewaarplicht of taak van algemeen belang (art. 17, lid 3, b))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Letter made</source>
        <translation>Brief opgesteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Letter sent</source>
        <translation>Brief verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters made (never changed: making again makes a new version)</source>
        <translation>Opgestelde brieven (nooit gewijzigd: opnieuw opstellen maakt een nieuwe versie)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Letters that disclose data are blocked</source>
        <translation>Brieven die gegevens verstrekken zijn geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Letters that disclose data: allowed</source>
        <translation>Brieven die gegevens verstrekken: toegestaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters — {0}</source>
        <translation>Brieven — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters…</source>
        <translation>Brieven…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>List exported</source>
        <translation>Lijst geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Load the &amp;sample organisations</source>
        <translation>Voorbeeld&amp;organisaties laden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Load the samples</source>
        <translation>De voorbeelden laden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>login</source>
        <translation>aanmelding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Machine-readable zone (MRZ)</source>
        <translation>Machineleesbare zone (MRZ)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Made</source>
        <translation>Opgesteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Made before the identity was verified, because: {0}</source>
        <translation>Opgesteld voordat de identiteit was gecontroleerd, omdat: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Mail settings of {0}</source>
        <translation>E-mailinstellingen van {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Main window</source>
        <translation>Hoofdvenster</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Make a case…</source>
        <translation>Dossier aanmaken…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Make letter</source>
        <translation>Brief opstellen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Making the letter…</source>
        <translation>De brief wordt opgesteld…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Manifestly unfounded or excessive</source>
        <translation>Kennelijk ongegrond of buitensporig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Manifestly unfounded or excessive (Art. 12(5)(a))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12, lid 5, onder a))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12, lid 5)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Manifestly unfounded or excessive…</source>
        <translation>Kennelijk ongegrond of buitensporig…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Mark answered</source>
        <translation>Als beantwoord markeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Mark every open search done, with one note</source>
        <translation>Elke open zoekopdracht op gedaan zetten, met één notitie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Mark every search done</source>
        <translation>Elke zoekopdracht gedaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Mark every search done…</source>
        <translation>Elke zoekopdracht gedaan…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Mark fetched messages read on the server</source>
        <translation>Opgehaalde berichten op de server als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Mark sent…</source>
        <translation>Als verzonden markeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Mark the letter sent</source>
        <translation>De brief als verzonden markeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Marked by</source>
        <translation>Aangeduid door</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Marked: {0}</source>
        <translation>Gemarkeerd: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Marking {0} answered: each right asked is answered by a letter sent, or by its outcome with the reason no letter is needed (kept in the timeline).</source>
        <translation>{0} als beantwoord markeren: elk gevraagd recht is beantwoord met een verzonden brief, of met de uitkomst en de reden waarom geen brief nodig is (bewaard in de tijdlijn).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Matched with data we already hold</source>
        <translation>Vergeleken met gegevens die we al hebben</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Meant for</source>
        <translation>Bedoeld voor</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>More than {0} cases match: the newest {0} are shown; narrow the search</source>
        <translation>Meer dan {0} dossiers voldoen: de nieuwste {0} worden getoond; verfijn de zoekopdracht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Move handled to</source>
        <translation>Behandelde verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Move {0} back from “{1}”? The change and its undo both stay in the timeline.</source>
        <translation>{0} terugzetten van ‘{1}’? De wijziging en het ongedaan maken blijven allebei in de tijdlijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="obsolete">moet een JSON-object bevatten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Name the supervisory authority (else the default of the country)</source>
        <translation>Vermeld de toezichthoudende autoriteit (anders die van het land)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Needed for legal claims (Art. 18(1)(c))</source>
        <translation>Nodig voor een rechtsvordering (art. 18, lid 1, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Needs the reason why lesser means are not enough (in &apos;Why an ID copy&apos;)</source>
        <translation>Vraagt de reden waarom minder ingrijpende middelen niet volstaan (bij &apos;Waarom een kopie&apos;)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>New case from an e-mail</source>
        <translation>Nieuw dossier uit een e-mail</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>No case matches the filter.</source>
        <translation>Geen dossier voldoet aan de filter.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>No checklist: the rights asked need no search or action in the register.</source>
        <translation>Geen checklist: de gevraagde rechten vergen geen opzoeking of handeling in het register.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>No data held</source>
        <translation>Geen gegevens aanwezig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>No earlier request from this requester in the last 12 months.</source>
        <translation>Geen eerder verzoek van deze betrokkene in de laatste 12 maanden.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>No effect</source>
        <translation>Geen gevolg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>No event or letter was changed, removed or added behind DSAR Desk&apos;s back.</source>
        <translation>Geen enkele gebeurtenis of brief werd buiten DSAR Desk om gewijzigd, verwijderd of toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>No ID copy kept (drop a file here to keep one)</source>
        <translation>Geen kopie bewaard (sleep een bestand hierheen om er een te bewaren)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>No keyring works on this computer, so DSAR Desk cannot keep the attachment key in it. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;), then log out and in again. Or use a passphrase: the key is derived from it and never written anywhere.</source>
        <translation>Op deze computer werkt geen sleutelbos, dus DSAR Desk kan de sleutel van de bijlagen daar niet bewaren. Installeer en ontgrendel op Linux een Secret Service (GNOME Keyring of KWallet, bv. &apos;sudo apt install gnome-keyring&apos;) en meld u af en opnieuw aan. Of gebruik een wachtzin: de sleutel wordt ervan afgeleid en nergens opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>No letter because</source>
        <translation>Geen brief omdat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>No organisation yet. Import an organisation profile (File menu) or load the sample organisations to try DSAR Desk.</source>
        <translation>Nog geen organisatie. Importeer een organisatieprofiel (menu Bestand) of laad de voorbeeldorganisaties om DSAR Desk uit te proberen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>No reason given: the letter was not made.</source>
        <translation>Geen reden opgegeven: de brief is niet opgesteld.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>No requester is named in this file.</source>
        <translation>Geen enkele betrokkene wordt in dit bestand genoemd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>No right was recognised in the text: tick the rights asked.</source>
        <translation>In de tekst is geen recht herkend: vink de gevraagde rechten aan.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>No server to test: give the IMAP or the SMTP server.</source>
        <translation>Geen server om te testen: geef de IMAP- of de SMTP-server op.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>None works on this computer. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;). Until then the attachments use a passphrase, asked once per session.</source>
        <translation>Geen enkele werkt op deze computer. Installeer en ontgrendel op Linux een Secret Service (GNOME Keyring of KWallet, bv. &apos;sudo apt install gnome-keyring&apos;). Tot dan gebruiken de bijlagen een wachtzin, één keer per sessie gevraagd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>none yet (made with the first attachment)</source>
        <translation>nog geen (gemaakt bij de eerste bijlage)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>None: everything erased</source>
        <translation>Geen: alles gewist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Not a request</source>
        <translation>Geen verzoek</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>not a request</source>
        <translation>geen verzoek</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Not an MRZ</source>
        <translation>Geen MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Not concerned</source>
        <translation>Niet betrokken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>not paused for identity</source>
        <translation>niet gewacht op identiteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>not sent</source>
        <translation>niet verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Not sent: {0}</source>
        <translation>Niet verzonden: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>not stored yet</source>
        <translation>nog niet bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Not translated, taken from another language:</source>
        <translation>Niet vertaald, overgenomen uit een andere taal:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>not unlocked yet this session</source>
        <translation>nog niet ontgrendeld in deze sessie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Note for the timeline (why):</source>
        <translation type="obsolete">Notitie voor de tijdlijn (waarom):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Notice</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Now open: the team server {0}</source>
        <translation>Nu geopend: de teamserver {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Now open: your own file {0}</source>
        <translation>Nu geopend: uw eigen bestand {0}</translation>
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
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Objection being verified (Art. 18(1)(d))</source>
        <translation>Bezwaar in onderzoek (art. 18, lid 1, d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Objection handled</source>
        <translation>Bezwaar behandeld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>On which date did the proof of identity arrive? The deadline moves by the days waited.</source>
        <translation>Op welke datum is het identiteitsbewijs aangekomen? De termijn schuift op met het aantal wachtdagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>On which date did you ask the requester to confirm their identity? The deadline is suspended from that day.</source>
        <translation>Op welke datum hebt u de betrokkene gevraagd zijn of haar identiteit te bevestigen? De termijn is vanaf die dag opgeschort.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>One answer to every right asked</source>
        <translation>Eén antwoord op alle gevraagde rechten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>One line per line of the address</source>
        <translation>Eén regel per adresregel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>One line per row: street and number, postcode and town</source>
        <translation>Eén regel per rij: straat en nummer, postcode en gemeente</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>one per line</source>
        <translation>één per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>only the last 4 characters are kept</source>
        <translation>alleen de laatste 4 tekens worden bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Open (not answered yet)</source>
        <translation>Open (onbeantwoord)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Open requests as of {0}.</source>
        <translation>Openstaande verzoeken zoals op {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Open the case chosen in the list</source>
        <translation>Het in de lijst gekozen dossier openen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Optional: type or paste the machine-readable zone (2 or 3 lines). It is checked, never kept.</source>
        <translation>Optioneel: typ of plak de machineleesbare zone (2 of 3 regels). Ze wordt gecontroleerd, nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Order or invoice number</source>
        <translation>Bestel- of factuurnummer</translation>
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
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Organisation profiles (*.toml)</source>
        <translation>Organisatieprofielen (*.toml)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Organisation: {0}</source>
        <translation>Organisatie: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
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
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Other data held</source>
        <translation>Andere gegevens die we hebben</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Other period</source>
        <translation>Andere periode</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande e-mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>over the change by {0}: {1}</source>
        <translation>over de wijziging van {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag over tijd</numerusform>
            <numerusform>%n dagen over tijd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Partial access, others&apos; data withheld (Art. 15(4))</source>
        <translation>Gedeeltelijke inzage, gegevens van anderen achtergehouden (art. 15, lid 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Partly granted</source>
        <translation>Gedeeltelijk toegekend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>partly refused: {0}, repeat requests: {1}</source>
        <translation>gedeeltelijk geweigerd: {0}, herhaalde verzoeken: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Passphrase not accepted</source>
        <translation>Wachtzin niet aanvaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Passphrase of the attachments</source>
        <translation>Wachtzin van de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Passport</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Password given</source>
        <translation>Wachtwoord gegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>paused for identity</source>
        <translation>gewacht op identiteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>paused for identity, kept apart</source>
        <translation>gewacht op identiteit, apart geteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Per assignee (open cases)</source>
        <translation>Per behandelaar (open dossiers)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Policy</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Port</source>
        <translation>Poort</translation>
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
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Portability (with data files)</source>
        <translation>Overdraagbaarheid (met gegevensbestanden)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Print the figures</source>
        <translation>De cijfers afdrukken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Print the letter</source>
        <translation>De brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Print the recovery code</source>
        <translation>De herstelcode afdrukken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Printed on {0}</source>
        <translation>Afgedrukt op {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Privacy address</source>
        <translation>Privacyadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Privacy e-mail</source>
        <translation>E-mailadres voor privacy</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Problems (errors stop saving; warnings show a gap):</source>
        <translation>Problemen (fouten verhinderen het opslaan; waarschuwingen wijzen op een leemte):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Procedure of the organisation (PDF)</source>
        <translation>Procedure van de organisatie (PDF)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Profile imported</source>
        <translation>Profiel geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Profile refused</source>
        <translation>Profiel geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>promised</source>
        <translation>beloofd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Promised deadline (calendar days)</source>
        <translation>Beloofde termijn (kalenderdagen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Proposed from the text of the message</source>
        <translation>Voorgesteld op basis van de tekst van het bericht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Proposed from the text of the message: confirm or change</source>
        <translation>Voorgesteld op basis van de tekst van het bericht: bevestig of wijzig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Proposed from the words: {0}</source>
        <translation>Voorgesteld op basis van de woorden: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Public health (Art. 17(3)(c))</source>
        <translation>Volksgezondheid (art. 17, lid 3, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Public holidays are those of the organisation&apos;s country ({0}). Where some regions have more (German states, Alsace-Moselle), choose the region.</source>
        <translation>De feestdagen zijn die van het land van de organisatie ({0}). Waar sommige regio&apos;s er meer hebben (Duitse deelstaten, Elzas-Moezel), kiest u de regio.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Public interest in public health (Art. 17(3)(c))</source>
        <translation>Algemeen belang op het gebied van volksgezondheid (art. 17, lid 3, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Put the content of {0} back? What the database holds now is first kept aside as a backup, so this can be undone.</source>
        <translation>De inhoud van {0} terugzetten? Wat de database nu bevat, wordt eerst apart bewaard als back-up, zodat dit ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Reason (required when refused or partly granted)</source>
        <translation>Reden (verplicht bij weigering of gedeeltelijke toekenning)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Reasonable doubt</source>
        <translation>Redelijke twijfel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
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
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Received by e-mail: {0} may be a proof of identity. Check it, then confirm.</source>
        <translation>Per e-mail ontvangen: {0} is mogelijk een identiteitsbewijs. Controleer het en bevestig dan.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Recipients told (Art. 19)</source>
        <translation>Ontvangers ingelicht (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Record that the requester withdrew the request: the case stops owing an answer. How did the requester withdraw it?</source>
        <translation>Vastleggen dat de betrokkene het verzoek introk: het dossier is geen antwoord meer verschuldigd. Hoe trok de betrokkene het in?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Record the chosen item</source>
        <translation>Het gekozen punt vastleggen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Record the item and go to the next open one (Return in the note, or Ctrl+Return)</source>
        <translation>Het punt vastleggen en naar het volgende open punt gaan (Enter in de notitie, of Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record the outcome of each right asked.</source>
        <translation type="obsolete">Leg het resultaat van elk gevraagd recht vast.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Record the outcome of each right asked. Closing means finished: the outcome is what the letters sent said.</source>
        <translation>Leg de uitkomst van elk gevraagd recht vast. Afsluiten betekent afgehandeld: de uitkomst is wat de verzonden brieven zeiden.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Recovery code not accepted</source>
        <translation>Herstelcode niet aanvaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Recovery code of the attachment key</source>
        <translation>Herstelcode van de sleutel van de bijlagen</translation>
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
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Rectification done</source>
        <translation>Rectificatie uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Rectification refused (Art. 16)</source>
        <translation>Rectificatie geweigerd (art. 16)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Refresh the list</source>
        <translation>De lijst vernieuwen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Refuse the request: the case stops owing an answer, and the requester must be told why (a refusal letter). Why is it refused?</source>
        <translation>Het verzoek weigeren: het dossier is geen antwoord meer verschuldigd en de betrokkene moet de reden vernemen (een weigeringsbrief). Waarom wordt het geweigerd?</translation>
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
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Register of processing</source>
        <translation>Register van de verwerkingen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>register version</source>
        <translation>versie van het register</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Registered post</source>
        <translation>Aangetekend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Reload shows their version and drops your edits. Keep mine writes your edits on top of theirs; the timeline records that their change was overwritten.</source>
        <translation>Opnieuw laden toont hun versie en laat uw wijzigingen vallen. Mijn versie behouden schrijft uw wijzigingen over die van hen; de tijdlijn vermeldt dat hun wijziging werd overschreven.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Remind me of cases due within</source>
        <translation>Herinner mij aan dossiers te beantwoorden binnen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Remind me when a requester has not answered an identity request after</source>
        <translation>Herinner mij wanneer een betrokkene niet heeft geantwoord op een vraag om identificatie na</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Reminder: proof of identity</source>
        <translation>Herinnering: identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Reminder: the requester has not answered the identity request for {0} days</source>
        <translation>Herinnering: de betrokkene heeft al {0} dagen niet geantwoord op de vraag om identificatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Repeat access request beyond the {0} free per 12 months: a reasonable fee may be asked (GDPR Art. 15(3)).</source>
        <translation>Herhaald inzageverzoek boven de {0} kosteloze per 12 maanden: een redelijke vergoeding mag worden gevraagd (AVG art. 15, lid 3).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Representative&apos;s address</source>
        <translation>Adres van de vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Representative: asking for the mandate</source>
        <translation>Vertegenwoordiger: vraag om de volmacht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Request for proof of identity</source>
        <translation>Verzoek om identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Requester</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Requester name</source>
        <translation>Naam van de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Requests per month, by right</source>
        <translation>Verzoeken per maand, per recht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>requests received</source>
        <translation>ontvangen verzoeken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Required for registered post</source>
        <translation>Verplicht voor aangetekende zending</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Restart DSAR Desk to see the new language everywhere.</source>
        <translation>Start DSAR Desk opnieuw om de nieuwe taal overal te zien.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Restore from recovery code…</source>
        <translation>Herstellen met herstelcode…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Restore the attachment key</source>
        <translation>De sleutel van de bijlagen herstellen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
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
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Restriction done</source>
        <translation>Beperking uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Rights asked</source>
        <translation>Gevraagde rechten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>Rights proposed from the text: {0}.</source>
        <translation>Rechten voorgesteld op basis van de tekst: {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Safeguards (transfers outside the EEA)</source>
        <translation>Waarborgen (doorgiften buiten de EER)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Sample organisations loaded: {0}; {1} demo cases</source>
        <translation>Voorbeeldorganisaties geladen: {0}; demodossiers: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save a copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save a copy…</source>
        <translation>Een kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Save fee</source>
        <translation>Vergoeding opslaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Save the changes to the fields</source>
        <translation>De wijzigingen aan de velden opslaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Save the changes to the fields (Ctrl+S)</source>
        <translation>De wijzigingen aan de velden opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Save the figures as PDF</source>
        <translation>De cijfers opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>Save them, discard them, or go back to them?</source>
        <translation>Opslaan, verwerpen, of ernaar teruggaan?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Saved: {0}</source>
        <translation>Opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Search</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Search reference, name or email…</source>
        <translation>Referentie, naam of e-mail…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>secure connection (TLS)</source>
        <translation>beveiligde verbinding (TLS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Send by e-mail</source>
        <translation>Per e-mail verzenden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Send the annexes in an encrypted ZIP (AES-256); you give the password by another channel</source>
        <translation>De bijlagen in een versleuteld ZIP-bestand (AES-256) verzenden; u geeft het wachtwoord via een ander kanaal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Send the notice (Art. 19)</source>
        <translation>Kennisgeving verzenden (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Send the notice by e-mail…</source>
        <translation>Kennisgeving per e-mail verzenden…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Sender name</source>
        <translation>Naam van de afzender</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>Sending the notice…</source>
        <translation>Kennisgeving wordt verzonden…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Send…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Sent by</source>
        <translation>Verzonden per</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Sent folder</source>
        <translation>map Verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>Sent to {0}; the server accepted it ({1}).</source>
        <translation>Verzonden naar {0}; de server heeft het aanvaard ({1}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>server name (DNS)</source>
        <translation>servernaam (DNS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>server&apos;s answer</source>
        <translation>antwoord van de server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Show today</source>
        <translation>Vandaag tonen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Sign-in</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>sign-in (OAuth)</source>
        <translation>aanmelding (OAuth)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Signed letter</source>
        <translation>Ondertekende brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Signer</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Slug</source>
        <translation>Korte naam (slug)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SMTP port</source>
        <translation>SMTP-poort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Something was changed behind DSAR Desk&apos;s back. First: {0}</source>
        <translation>Er werd iets buiten DSAR Desk om gewijzigd. Eerste vaststelling: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>Something went wrong and the last action may not have been completed. Your saved data is safe. The error was written to the log file in {0}.</source>
        <translation>Er ging iets mis en de laatste handeling is misschien niet voltooid. Uw opgeslagen gegevens zijn veilig. De fout is genoteerd in het logbestand in {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Start the month again when identity is confirmed (UK regulator)</source>
        <translation>De maand opnieuw laten beginnen zodra de identiteit bevestigd is (Britse toezichthouder)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Start work</source>
        <translation>Behandeling starten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>State: done</source>
        <translation>Stand: gedaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>State: not applicable</source>
        <translation>Stand: niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>State: not concerned</source>
        <translation>Stand: niet betrokken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Status change undone</source>
        <translation>Statuswijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>stored in the keyring (type to replace)</source>
        <translation>bewaard in de sleutelbos (typ om te vervangen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Surname on the document</source>
        <translation>Achternaam op het document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Suspend the clock while waiting (EDPB Guidelines 01/2022)</source>
        <translation>De termijn opschorten tijdens het wachten (EDPB-richtsnoeren 01/2022)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Systems (where to search and erase)</source>
        <translation>Systemen (waar zoeken en wissen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Take back the last status change made here (Ctrl+Z); the timeline keeps both</source>
        <translation>De laatste statuswijziging die hier gebeurde ongedaan maken (Ctrl+Z); de tijdlijn bewaart beide</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Take the selected file off the list (Delete)</source>
        <translation>Het gekozen bestand van de lijst halen (Delete)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>Take this message out of the Inbox as not a request? Its content is not kept; it will not come back.</source>
        <translation>Dit bericht uit de Inbox halen als geen verzoek? De inhoud wordt niet bewaard; het komt niet terug.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Test the connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Testing the connection…</source>
        <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>The attachments of this database are locked with a passphrase. Type it to open them for this session.</source>
        <translation>De bijlagen van deze databank zijn vergrendeld met een wachtzin. Typ die om ze voor deze sessie te openen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The backup is back. What the database held before is kept in {0}.</source>
        <translation>De back-up is teruggezet. Wat de database daarvoor bevatte, staat in {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>The cases the list shows, as a spreadsheet file (it holds personal data)</source>
        <translation>De dossiers die de lijst toont, als rekenbladbestand (het bevat persoonsgegevens)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>The checklist</source>
        <translation>De checklist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The connection</source>
        <translation>De verbinding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>The copy to the Sent folder failed: {0}</source>
        <translation>De kopie naar de map Verzonden is mislukt: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>The data go to no one outside the organisation</source>
        <translation>De gegevens gaan naar niemand buiten de organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The database</source>
        <translation>De database</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>The database cannot be opened.</source>
        <translation>De databank kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The day&apos;s backup is written: {0}</source>
        <translation>De back-up van vandaag is geschreven: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>The deadline is now {0}. The requester must be told of the extension and its reasons within the first month (by {1}). Prepare the extension letter now?</source>
        <translation>De termijn is nu {0}. De betrokkene moet binnen de eerste maand (uiterlijk {1}) van de verlenging en de redenen ervan op de hoogte worden gebracht. Nu de verlengingsbrief voorbereiden?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>The deadline moves to three months from receipt (GDPR Art. 12(3)). Give the reasons: they are recorded and go in the extension letter to the requester.</source>
        <translation>De termijn wordt drie maanden na ontvangst (AVG art. 12, lid 3). Geef de redenen op: ze worden vastgelegd en komen in de verlengingsbrief aan de betrokkene.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>The due date moves by the days between asking and receiving the information.</source>
        <translation>De uiterste datum schuift op met de dagen tussen het vragen en het ontvangen van de informatie.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>The due dates of this organisation&apos;s open cases are computed again when you save.</source>
        <translation>De uiterste data van de open dossiers van deze organisatie worden opnieuw berekend wanneer u opslaat.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The file could not be written ({0}).</source>
        <translation>Het bestand kon niet worden geschreven ({0}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>The file holds personal data. Only you can read it on this computer; delete it once you no longer need it, and never send it unprotected.</source>
        <translation>Het bestand bevat persoonsgegevens. Alleen u kunt het op deze computer lezen; wis het zodra u het niet meer nodig hebt, en verstuur het nooit onbeveiligd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The files sent as the copy of the data, one per line</source>
        <translation>De bestanden die als kopie van de gegevens worden verzonden, één per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>the ID copy cannot be encrypted without the key; nothing was saved</source>
        <translation>de kopie kan zonder sleutel niet versleuteld worden; er werd niets bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>the IMAP user</source>
        <translation>de IMAP-gebruiker</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>The key is back in the keyring.</source>
        <translation>De sleutel staat weer in de sleutelbos.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>The key opens the attachments for this session (no keyring works here).</source>
        <translation>De sleutel opent de bijlagen voor deze sessie (hier werkt geen sleutelbos).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The letter could not be kept with the case ({0}).</source>
        <translation>De brief kon niet bij het dossier worden bewaard ({0}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The letter was not made</source>
        <translation>De brief is niet opgesteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>The list was not exported</source>
        <translation>De lijst werd niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The login</source>
        <translation>De login</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>The mailbox could not be checked: {0}</source>
        <translation>De mailbox kon niet worden gecontroleerd: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>The message and its {0} attachment(s) are kept with the case, encrypted.</source>
        <translation>Het bericht en zijn {0} bijlage(n) worden versleuteld bij het dossier bewaard.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>The message cannot be read: fill in the intake from what you know; the message is kept with the case.</source>
        <translation>Het bericht is onleesbaar: vul de intake in met wat u weet; het bericht wordt bij het dossier bewaard.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>The message is kept with the case, encrypted.</source>
        <translation>Het bericht wordt versleuteld bij het dossier bewaard.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The network</source>
        <translation>Het netwerk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>The next check tries again.</source>
        <translation>De volgende controle probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>The notice was not sent: {0}</source>
        <translation>De kennisgeving is niet verzonden: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The objection is to direct marketing</source>
        <translation>Het bezwaar betreft direct marketing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The organisation the request seems meant for (optional)</source>
        <translation>De organisatie waarvoor het verzoek bedoeld lijkt (optioneel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>The original email or a scan of the letter. You can also drop files here.</source>
        <translation>De oorspronkelijke e-mail of een scan van de brief. U kunt ook bestanden hierheen slepen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>The passphrase is empty.</source>
        <translation>De wachtzin is leeg.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The password</source>
        <translation>Het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>The password was not stored</source>
        <translation>Het wachtwoord is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>The period ends before it starts: choose the dates again.</source>
        <translation>De periode eindigt voordat ze begint: kies de datums opnieuw.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>The period is counted anew from the day the information arrives.</source>
        <translation>De termijn begint opnieuw te lopen vanaf de dag waarop de informatie aankomt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>The photo and national number are blacked out (or needed for this check)</source>
        <translation>De foto en het nationaal nummer zijn onleesbaar gemaakt (of nodig voor deze controle)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>the privacy address</source>
        <translation>het privacyadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>The profile has {0} error(s); nothing was saved.</source>
        <translation>Het profiel bevat fouten ({0}); er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>The profile states no number of free requests per year.</source>
        <translation>Het profiel vermeldt geen aantal kosteloze verzoeken per jaar.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_notice.py"/>
        <source>the recipient&apos;s contact address ([[recipient]] email in the profile)</source>
        <translation>het contactadres van de ontvanger ([[recipient]] email in het profiel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The recipients the checklist marks as told (Art. 19)</source>
        <translation>De ontvangers die de checklist als verwittigd aanduidt (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The record does not hold</source>
        <translation>Het dossier klopt niet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>The record holds</source>
        <translation>Het dossier klopt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>the records of {0}</source>
        <translation>de gegevens van {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>The request is refused as manifestly unfounded or excessive (GDPR Art. 12(5)); the refusal letter gives the requester this reason. Why?</source>
        <translation>Het verzoek wordt geweigerd als kennelijk ongegrond of buitensporig (AVG art. 12, lid 5); de weigeringsbrief geeft de betrokkene deze reden. Waarom?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The requester must be told of the extension and its reasons before the first due date.</source>
        <translation>De betrokkene moet vóór de eerste uiterste datum van de verlenging en de redenen ervan op de hoogte worden gebracht.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The requester&apos;s supplementary statement was added to the data</source>
        <translation>De aanvullende verklaring van de betrokkene is aan de gegevens toegevoegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The server&apos;s name</source>
        <translation>De naam van de server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The server&apos;s port</source>
        <translation>De poort van de server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>the system&apos;s trust store</source>
        <translation>de vertrouwde certificaten van het systeem</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The team database</source>
        <translation>De teamdatabase</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>The team server cannot be reached: read-only until it is back. DSAR Desk reconnects by itself; nothing you do now is saved.</source>
        <translation>De teamserver is niet bereikbaar: alleen-lezen tot hij terug is. DSAR Desk maakt zelf opnieuw verbinding; wat u nu doet, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>The team server cannot be reached: read-only until it is back. Nothing was saved.</source>
        <translation>De teamserver is niet bereikbaar: alleen-lezen tot hij terug is. Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/live.py"/>
        <source>The team server is back: you can work again. The list has been read again.</source>
        <translation>De teamserver is terug: u kunt weer werken. De lijst werd opnieuw ingelezen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>The TLS certificate</source>
        <translation>Het TLS-certificaat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>The ZIP password</source>
        <translation>Het ZIP-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>Their version</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>This file holds personal data (the requesters&apos; names and e-mail addresses): it is written readable by you only, never over another file. Delete it when done.</source>
        <translation>Dit bestand bevat persoonsgegevens (namen en e-mailadressen van de betrokkenen): het wordt alleen voor u leesbaar weggeschreven, nooit over een ander bestand. Wis het wanneer u klaar bent.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>This file holds personal data: the names and e-mail addresses of requesters. Keep it only where no one else can read it and delete it once done.</source>
        <translation>Dit bestand bevat persoonsgegevens: de namen en e-mailadressen van betrokkenen. Bewaar het alleen waar niemand anders het kan lezen en wis het als u klaar bent.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>This guide</source>
        <translation>Deze handleiding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>This ID copy was deleted at the end of its retention.</source>
        <translation>Deze kopie werd verwijderd aan het einde van haar bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>This is a file, not a server address: write postgresql://user@host:port/database (or use Back to my own file)</source>
        <translation>Dit is een bestand, geen serveradres: schrijf postgresql://gebruiker@host:poort/database (of gebruik Terug naar mijn eigen bestand)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>This letter discloses personal data, and {0}. Make it anyway only for a good reason; the reason is recorded with the letter and in the timeline.</source>
        <translation>Deze brief bevat persoonsgegevens, en {0}. Stel hem alleen om een goede reden toch op; de reden wordt bij de brief en in de tijdlijn vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>This message cannot be read: {0}</source>
        <translation>Dit bericht is onleesbaar: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>This message cannot be shown ({0}).</source>
        <translation>Dit bericht kan niet worden getoond ({0}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>This profile is the same as the one of {0}.</source>
        <translation>Dit profiel is hetzelfde als dat van {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>This profile replaces the one of {0}. {1} change(s):</source>
        <translation>Dit profiel vervangt dat van {0}. Wijzigingen ({1}):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>This window has changes that are not saved yet.</source>
        <translation>Dit venster heeft wijzigingen die nog niet opgeslagen zijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>This window has input that was not used yet.</source>
        <translation>Dit venster bevat invoer die nog niet gebruikt werd.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="obsolete">Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Timeline and attachments</source>
        <translation>Tijdlijn en bijlagen</translation>
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
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Today, {0}</source>
        <translation>Vandaag, {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>told in time: {0}, late: {1}, not by letter: {2}</source>
        <translation>tijdig meegedeeld: {0}, te laat: {1}, niet per brief: {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Tracking number</source>
        <translation>Zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Type of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Type the recovery code shown when the key was made (14 groups of 4).</source>
        <translation>Typ de herstelcode die getoond werd toen de sleutel werd gemaakt (14 groepen van 4).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>Undo the last status change made in this window</source>
        <translation>De laatste statuswijziging in dit venster ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Undo the status change</source>
        <translation>De statuswijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Undo “{0}”</source>
        <translation>‘{0}’ ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Unfounded or excessive</source>
        <translation>Ongegrond of buitensporig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Unlawful, erasure opposed (Art. 18(1)(b))</source>
        <translation>Onrechtmatig, wissing geweigerd (art. 18, lid 1, b))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>Unlock with passphrase…</source>
        <translation>Ontgrendelen met wachtzin…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>unlocked</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/unsaved.py"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/team.py"/>
        <source>Use this server</source>
        <translation>Deze server gebruiken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>waited %n day(s)</source>
        <translation>
            <numerusform>%n dag gewacht</numerusform>
            <numerusform>%n dagen gewacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Waiting for requester</source>
        <translation>Wacht op betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Waiting for the requester</source>
        <translation>Wacht op de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>waiting for the requester ({0} days so far)</source>
        <translation>wacht op de betrokkene (tot nu toe {0} dagen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Waiting for the requester does not move the due date.</source>
        <translation>Wachten op de betrokkene verschuift de uiterste datum niet.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>Warnings of the new profile:</source>
        <translation>Waarschuwingen bij het nieuwe profiel:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Welcome to DSAR Desk</source>
        <translation>Welkom bij DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/help.py"/>
        <source>What it does</source>
        <translation>Wat ze doet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>What the requester could specify (optional)</source>
        <translation>Wat de betrokkene kan preciseren (optioneel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>What to specify</source>
        <translation>Te preciseren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>What was corrected, separated by commas</source>
        <translation>Wat werd verbeterd, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>What was found or done; the reason when not applicable</source>
        <translation>Wat werd gevonden of gedaan; de reden als het niet van toepassing is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>When you opened it</source>
        <translation>Toen u het opende</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Which data are kept, and why</source>
        <translation>Welke gegevens worden bewaard, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Which data matched what the organisation holds</source>
        <translation>Welke gegevens overeenkwamen met wat de organisatie heeft</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Which data of other persons are withheld, and why</source>
        <translation>Welke gegevens van anderen worden achtergehouden, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>While waiting for the requester (identity, or narrowing a large request):</source>
        <translation>Tijdens het wachten op de betrokkene (identiteit, of het afbakenen van een omvangrijk verzoek):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>Who answers the requests?</source>
        <translation>Wie beantwoordt de verzoeken?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Whole country (national holidays only)</source>
        <translation>Heel het land (alleen nationale feestdagen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why an ID copy</source>
        <translation>Waarom een kopie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why another method than the policy&apos;s (required)</source>
        <translation>Waarom een andere methode dan die van het beleid (verplicht)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why are lesser means (data already held, a signed letter) not enough?</source>
        <translation>Waarom volstaan minder ingrijpende middelen (gegevens die we al hebben, een ondertekende brief) niet?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why is there a reasonable doubt about the requester&apos;s identity? (the letter says it)</source>
        <translation>Waarom is er redelijke twijfel over de identiteit van de betrokkene? (de brief vermeldt het)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Why no letter is needed (e.g. answered by phone and confirmed by e-mail)</source>
        <translation>Waarom geen brief nodig is (bv. telefonisch beantwoord en per e-mail bevestigd)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>Why not needed / how it was checked / why it failed</source>
        <translation>Waarom niet nodig / hoe gecontroleerd / waarom mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why not rectified</source>
        <translation>Waarom niet gerectificeerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why the data were not rectified</source>
        <translation>Waarom de gegevens niet zijn gerectificeerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why the letter may be sent before the identity is verified</source>
        <translation>Waarom de brief mag worden verzonden voordat de identiteit is gecontroleerd</translation>
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
        <translation>Intrekking toestemming</translation>
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
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Withdrawn by requester</source>
        <translation>Ingetrokken door betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Withheld, and why</source>
        <translation>Achtergehouden, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Within {0} days</source>
        <translation>Binnen {0} dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/keys.py"/>
        <source>Without the key or this code, nobody can read the attachments, not even you. Entering the code restores access on a new computer or for a teammate (File › Security…).</source>
        <translation>Zonder de sleutel of deze code kan niemand de bijlagen lezen, ook u niet. Met de code krijgt u weer toegang op een nieuwe computer of voor een collega (Bestand › Beveiliging…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Writing a backup…</source>
        <translation>Back-up wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>Writing the day&apos;s backup…</source>
        <translation>Back-up van vandaag wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>Wrong organisation</source>
        <translation>Verkeerde organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>XOAUTH2 (Microsoft 365, Google)</source>
        <translation>XOAUTH2 (Microsoft 365, Google)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>Your name and role go under every letter you make and name you as the assignee of the cases you take. A letter is never signed with the computer&apos;s login name. You can change them later in Preferences (Ctrl+,).</source>
        <translation>Uw naam en functie staan onder elke brief die u maakt en duiden u aan als behandelaar van de dossiers die u opneemt. Een brief wordt nooit ondertekend met de aanmeldnaam van de computer. U kunt ze later wijzigen in Voorkeuren (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/first_start.py"/>
        <source>Your role</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your role (under your name on letters)</source>
        <translation>Uw functie (onder uw naam op brieven)</translation>
    </message>
    <message>
        <source>Your user name: {0}</source>
        <translation type="obsolete">Uw gebruikersnaam: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0} (the policy)</source>
        <translation>{0} (het beleid)</translation>
    </message>
    <message>
        <source>{0} ({1:,} bytes) will be kept encrypted until the purge</source>
        <translation type="obsolete">{0} ({1:,} bytes) wordt versleuteld bewaard tot de verwijdering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0} ({1}) will be kept encrypted until the purge</source>
        <translation>{0} ({1}) wordt versleuteld bewaard tot de verwijdering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/retention.py"/>
        <source>{0} ({1}), closed on {2}</source>
        <translation>{0} ({1}), gesloten op {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_intake.py"/>
        <source>{0} cannot be read as an e-mail: {1}</source>
        <translation>{0} kan niet als e-mail worden gelezen: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} kan niet worden geschreven: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/exports.py"/>
        <source>{0} case(s) written to {1}.</source>
        <translation>{0} dossier(s) geschreven naar {1}.</translation>
    </message>
    <message>
        <source>{0} cases shown · {1} open · {2} overdue · {3} due within 7 days</source>
        <translation type="obsolete">{0} dossiers getoond · {1} open · {2} over tijd · {3} binnen 7 dagen te beantwoorden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} cases shown · {1} open · {2} overdue · {3} due within {4} days</source>
        <translation>{0} dossiers getoond · {1} open · {2} over tijd · {3} binnen {4} dagen te beantwoorden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>{0} changed this after you opened it. Nothing of yours was saved yet.</source>
        <translation>{0} heeft dit gewijzigd nadat u het opende. Van uw wijzigingen is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/conflict.py"/>
        <source>{0} changed this at {1}, after you opened it. Nothing of yours was saved yet.</source>
        <translation>{0} heeft dit gewijzigd op {1}, nadat u het opende. Van uw wijzigingen is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>{0} checklist item(s) are still open. Mark them first, or give the reason to answer now (it is kept in the timeline).</source>
        <translation>Punten van de checklist nog open: {0}. Werk ze eerst af, of geef de reden om nu te antwoorden (die wordt in de tijdlijn bewaard).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>{0} due dates exported to {1} ({2} no longer due)</source>
        <translation>{0} uiterste data geëxporteerd naar {1} ({2} niet langer van toepassing)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/backups.py"/>
        <source>{0} events, {1} letters, {2} backups compared.</source>
        <translation>{0} gebeurtenissen, {1} brieven, {2} back-ups vergeleken.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} exists: a file with personal data never replaces another. Choose another name.</source>
        <translation>{0} bestaat al: een bestand met persoonsgegevens vervangt nooit een ander bestand. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_settings.py"/>
        <source>{0} failed: {1}</source>
        <translation>{0} mislukt: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/mail_send.py"/>
        <source>{0} has no SMTP server in its mail settings (Organisations… → Mail…).</source>
        <translation>{0} heeft geen SMTP-server in zijn e-mailinstellingen (Organisaties… → E-mail…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/organisations.py"/>
        <source>{0} has {1} error(s); nothing was imported.</source>
        <translation>{0} bevat fouten ({1}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} imported.</source>
        <translation>{0} geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>{0} in {1}, line {2}</source>
        <translation>{0} in {1}, regel {2}</translation>
    </message>
    <message>
        <source>{0} is larger than 50 MB</source>
        <translation type="obsolete">{0} is groter dan 50 MB</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>{0} is {1}. Move it back to “{2}”? Its letters and outcomes stay in the timeline; it needs a new answer before it is answered again.</source>
        <translation>{0} is {1}. Terugzetten naar ‘{2}’? De brieven en uitkomsten blijven in de tijdlijn; het dossier heeft een nieuw antwoord nodig voor het opnieuw beantwoord is.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} of them deleted under the retention rule, counted anonymously.</source>
        <translation>{0} ervan gewist volgens de bewaarregel, anoniem meegeteld.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>{0} of {1} item(s) open · register version {2}</source>
        <translation>{0} van {1} punten open · versie van het register {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>{0} on {1}</source>
        <translation>{0} op {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} open · {1} overdue · {2} due within {3} days</source>
        <translation>{0} open · {1} over tijd · {2} binnen {3} dagen te beantwoorden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>{0} search item(s) are still open. Mark them all done, with this note (what was found: the access answer lists each of these activities):</source>
        <translation>{0} zoekopdracht(en) staan nog open. Zet ze allemaal op gedaan, met deze notitie (wat gevonden werd: het inzageantwoord vermeldt elk van deze activiteiten):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} updated.</source>
        <translation>{0} bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} warning(s) to look at:</source>
        <translation>Waarschuwingen om na te kijken: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/security.py"/>
        <source>{0} — secrets (the attachment key, later passwords) are kept there, never in a file</source>
        <translation>{0} — geheimen (de sleutel van de bijlagen, later wachtwoorden) worden daar bewaard, nooit in een bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0}&apos;s policy asks for no routine identity check: ask for proof only when there is a reasonable doubt (Art. 12(6)).</source>
        <translation>Het beleid van {0} vraagt geen routinematige identiteitscontrole: vraag alleen om een bewijs bij redelijke twijfel (art. 12, lid 6).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0}&apos;s policy asks for: {1}. Another method needs the reason, below.</source>
        <translation>Het beleid van {0} vraagt: {1}. Een andere methode vraagt de reden, hieronder.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>{0}, version {1}, made on {2}</source>
        <translation>{0}, versie {1}, opgesteld op {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>{0}, version {1}: SHA-256 {2}</source>
        <translation>{0}, versie {1}: SHA-256 {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity_check.py"/>
        <source>{0}: attach an image or a PDF</source>
        <translation>{0}: voeg een afbeelding of een PDF bij</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>{0}: remind the requester</source>
        <translation>{0}: de betrokkene herinneren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0}: requests received from {1} to {2}</source>
        <translation>{0}: verzoeken ontvangen van {1} tot en met {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/inbox.py"/>
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>{0}: the mailbox could not be read: {1}</source>
        <translation>{0}: de mailbox kon niet worden gelezen: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/status_flow.py"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register_editor.py"/>
        <source>— default —</source>
        <translation>— standaard —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>— none: everything erased —</source>
        <translation>— geen: alles gewist —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>… and {0} more: use the filters of the case list</source>
        <translation>… en nog {0}: gebruik de filters van de dossierlijst</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (a {word} is a {choice})</source>
        <comment>profile.hint-alias</comment>
        <translation> (een {word} is een {choice})</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation type="obsolete"> (bedoelt u %1?)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (did you mean {choice}?)</source>
        <comment>profile.hint-did-you-mean</comment>
        <translation> (bedoelt u {choice}?)</translation>
    </message>
    <message>
        <source> (write [&quot;...&quot;] for one item)</source>
        <translation type="obsolete"> (schrijf [&quot;...&quot;] voor één item)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (write [&quot;...&quot;] for one item)</source>
        <comment>profile.hint-one-item</comment>
        <translation> (schrijf [&quot;...&quot;] voor één item)</translation>
    </message>
    <message>
        <source> (write [&quot;line 1&quot;, &quot;line 2&quot;])</source>
        <translation type="obsolete"> (schrijf [&quot;regel 1&quot;, &quot;regel 2&quot;])</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (write [&quot;line 1&quot;, &quot;line 2&quot;])</source>
        <comment>profile.hint-lines</comment>
        <translation> (schrijf [&quot;regel 1&quot;, &quot;regel 2&quot;])</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source> (write [{value}])</source>
        <comment>profile.hint-list</comment>
        <translation> (schrijf [{value}])</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source> (write {value})</source>
        <comment>profile.hint-write</comment>
        <translation> (schrijf {value})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>#{position} is already {state}</source>
        <comment>mail.item-closed</comment>
        <translation>#{position} is al {state}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>#{position} is not an item that informs a recipient</source>
        <comment>mail.not-inform-item</comment>
        <translation>#{position} is geen punt dat een ontvanger informeert</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2)</source>
        <translation type="obsolete">%1 kan niet als databank worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1 days is later than the legal limit of one month (GDPR Art. 12(3)); use at most %2, or leave it out for one month (the app never sets a deadline later than the legal limit)</source>
        <translation type="obsolete">%1 dagen is later dan de wettelijke termijn van één maand (AVG art. 12, lid 3); gebruik hoogstens %2, of laat het weg voor één maand (de app stelt nooit een termijn later dan de wettelijke)</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address</source>
        <translation type="obsolete">%1 lijkt geen e-mailadres</translation>
    </message>
    <message>
        <source>%1 has no TOML form (leave the key out instead)</source>
        <translation type="obsolete">%1 heeft geen TOML-vorm (laat de sleutel liever weg)</translation>
    </message>
    <message>
        <source>%1 is already the id of controller[%2]; ids must be unique</source>
        <translation type="obsolete">%1 is al het id van controller[%2]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <source>%1 is already the id of processing[%2]; ids must be unique</source>
        <translation type="obsolete">%1 is al de id van processing[%2]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <source>%1 is already the id of recipient[%2]; ids must be unique</source>
        <translation type="obsolete">%1 is al de id van recipient[%2]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <source>%1 is before the letter was made (%2)</source>
        <translation type="obsolete">%1 valt vóór het opstellen van de brief (%2)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="obsolete">%1 is leeg</translation>
    </message>
    <message>
        <source>%1 is in %2, outside the EEA and without an adequacy decision, and no safeguards are stated: state them in safeguards (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <translation type="obsolete">%1 is gevestigd in %2, buiten de EER en zonder adequaatheidsbesluit, en er zijn geen waarborgen vermeld: vermeld ze in safeguards (bv. standaardcontractbepalingen) - AVG art. 44-46; tot dan worden inzagebrieven die deze ontvanger noemen geweigerd</translation>
    </message>
    <message>
        <source>%1 is in %2, outside the EEA, and no safeguards are stated; %3: if %4 is certified, say so in safeguards, else state the safeguards used (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <translation type="obsolete">%1 is gevestigd in %2, buiten de EER, en er zijn geen waarborgen vermeld; %3: is %4 gecertificeerd, vermeld dat dan in safeguards, anders de gebruikte waarborgen (bv. standaardcontractbepalingen) - AVG art. 44-46; tot dan worden inzagebrieven die deze ontvanger noemen geweigerd</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="obsolete">%1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="obsolete">%1 is groter dan %2 MB</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB</source>
        <translation type="obsolete">%1 is groter dan 50 MB</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="obsolete">%1 staat er twee keer in</translation>
    </message>
    <message>
        <source>%1 is not a language code: use a two-letter ISO 639-1 code such as &quot;nl&quot; or &quot;fr&quot;%2</source>
        <translation type="obsolete">%1 is geen taalcode: gebruik een ISO 639-1-code van twee letters zoals &quot;nl&quot; of &quot;fr&quot;%2</translation>
    </message>
    <message>
        <source>%1 is not a retention period: give the period, or the criteria that decide it (GDPR Art. 15(1)(d)); until then access answers are refused</source>
        <translation type="obsolete">%1 is geen bewaartermijn: vermeld de termijn, of de criteria die hem bepalen (AVG art. 15, lid 1, onder d)); tot dan worden inzagebrieven geweigerd</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code in capitals%2</source>
        <translation type="obsolete">%1 is geen ISO 3166-1 alpha-2-landcode in hoofdletters%2</translation>
    </message>
    <message>
        <source>%1 is not an MRZ character</source>
        <translation type="obsolete">%1 is geen MRZ-teken</translation>
    </message>
    <message>
        <source>%1 was written by a newer DSAR Desk (schema %2; this version knows up to %3). Update DSAR Desk; the file was left untouched.</source>
        <translation type="obsolete">%1 is geschreven door een nieuwere DSAR Desk (schema %2; deze versie kent tot %3). Werk DSAR Desk bij; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>%1: choose an outcome (%2)</source>
        <translation type="obsolete">%1: kies een resultaat (%2)</translation>
    </message>
    <message>
        <source>%1: give the reason for &apos;%2&apos;</source>
        <translation type="obsolete">%1: geef de reden voor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a letter id nor KIND:VERSION</source>
        <translation type="obsolete">&apos;%1&apos; is geen brief-id en geen SOORT:VERSIE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen kanaal (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="obsolete">&apos;%1&apos; is geen datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of letter (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen soort brief (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a letter language (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen taal voor brieven (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a letter language of %2 (%3)</source>
        <translation type="obsolete">&apos;%1&apos; is geen taal voor brieven van %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a right (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen recht (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen status (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a two-letter country code</source>
        <translation type="obsolete">&apos;%1&apos; is geen landcode van twee letters</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a way of sending (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen verzendwijze (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window position (%2)</source>
        <translation type="obsolete">&apos;%1&apos; is geen vensterpositie (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in euros (write e.g. 12.50)</source>
        <translation type="obsolete">&apos;%1&apos; is geen bedrag in euro (schrijf bv. 12,50)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation type="obsolete">&apos;%1&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO country code (e.g. BE, FR, NL)</source>
        <translation type="obsolete">&apos;%1&apos; is geen ISO-landcode (bv. BE, FR, NL)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not asked in this case</source>
        <translation type="obsolete">&apos;%1&apos; werd in dit dossier niet gevraagd</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: say the kind too (KIND:VERSION), or give the letter&apos;s id</source>
        <translation type="obsolete">&apos;%1&apos;: vermeld ook de soort (SOORT:VERSIE), of geef de id van de brief</translation>
    </message>
    <message>
        <source>&apos;not needed&apos; goes with the method &apos;not needed&apos;</source>
        <translation type="obsolete">&apos;niet nodig&apos; hoort bij de methode &apos;niet nodig&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>&apos;not needed&apos; goes with the method &apos;not needed&apos;</source>
        <comment>identity.needed-goes-with-method</comment>
        <translation>&apos;niet nodig&apos; hoort bij de methode &apos;niet nodig&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>&apos;{address}&apos; is not an e-mail address</source>
        <comment>mail.privacy-address-invalid</comment>
        <translation>&apos;{address}&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{channel}&apos; is not a channel ({known})</source>
        <comment>case.channel</comment>
        <translation>&apos;{channel}&apos; is geen kanaal ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{country}&apos; is not an ISO country code (e.g. BE, FR, NL)</source>
        <comment>case.iso-country-code-e</comment>
        <translation>&apos;{country}&apos; is geen ISO-landcode (bv. BE, FR, NL)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{email}&apos; is not an email address</source>
        <comment>case.email-address</comment>
        <translation>&apos;{email}&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>&apos;{email}&apos; is not an email address</source>
        <comment>case.email-invalid</comment>
        <translation>&apos;{email}&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>&apos;{given}&apos; is neither a letter id nor KIND:VERSION</source>
        <comment>letter.ref-invalid</comment>
        <translation>&apos;{given}&apos; is geen brief-id en geen SOORT:VERSIE</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>&apos;{given}&apos;: say the kind too (KIND:VERSION), or give the letter&apos;s id</source>
        <comment>letter.ref-needs-kind</comment>
        <translation>&apos;{given}&apos;: vermeld ook de soort (SOORT:VERSIE), of geef de id van de brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>&apos;{host}&apos; is not a server name</source>
        <comment>mail.host-invalid</comment>
        <translation>&apos;{host}&apos; is geen servernaam</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>&apos;{issuing_country}&apos; is not a two-letter country code</source>
        <comment>identity.two-letter-country-code</comment>
        <translation>&apos;{issuing_country}&apos; is geen landcode van twee letters</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of letter ({known})</source>
        <comment>letter.kind-unknown</comment>
        <translation type="obsolete">&apos;{kind}&apos; is geen soort brief ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{kind}&apos; is not a kind of letter ({known})</source>
        <comment>letter.not-a-kind</comment>
        <translation>&apos;{kind}&apos; is geen soort brief ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{language}&apos; is not a letter language ({known})</source>
        <comment>letter.language-unknown</comment>
        <translation>&apos;{language}&apos; is geen taal voor brieven ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{language}&apos; is not a letter language of {org} ({languages})</source>
        <comment>case.letter-language</comment>
        <translation>&apos;{language}&apos; is geen taal voor brieven van {org} ({languages})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{method}&apos; is not a way of sending ({known})</source>
        <comment>letter.method-unknown</comment>
        <translation>&apos;{method}&apos; is geen verzendwijze ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{right}&apos; is not a right ({known})</source>
        <comment>case.right</comment>
        <translation>&apos;{right}&apos; is geen recht ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>&apos;{right}&apos; was not asked in this case</source>
        <comment>case.was-asked-case</comment>
        <translation>&apos;{right}&apos; werd in dit dossier niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>&apos;{status}&apos; is not a status ({known})</source>
        <comment>case.status-unknown</comment>
        <translation>&apos;{status}&apos; is geen status ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>&apos;{text}&apos; is not an amount in euros (write e.g. 12.50)</source>
        <comment>checklist.amount-euros-write-e</comment>
        <translation>&apos;{text}&apos; is geen bedrag in euro (schrijf bv. 12,50)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <comment>case.date-use-yyyy-mm</comment>
        <translation>&apos;{value}&apos; is geen datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>&apos;{window}&apos; is not a window position ({known})</source>
        <comment>letter.window-unknown</comment>
        <translation>&apos;{window}&apos; is geen vensterpositie ({known})</translation>
    </message>
    <message>
        <source>0 free requests: the first copy of one&apos;s data is always free of charge (GDPR Art. 15(3)); a fee can only be asked for further copies</source>
        <translation type="obsolete">0 kosteloze verzoeken: de eerste kopie van de eigen gegevens is altijd kosteloos (AVG art. 15, lid 3); een vergoeding kan alleen voor bijkomende kopieën worden gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>0 free requests: the first copy of one&apos;s data is always free of charge (GDPR Art. 15(3)); a fee can only be asked for further copies</source>
        <comment>profile.free-requests-zero</comment>
        <translation>0 kosteloze verzoeken: de eerste kopie van de eigen gegevens is altijd kosteloos (AVG art. 15, lid 3); een vergoeding kan alleen voor bijkomende kopieën worden gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>1 line holding {count} {label} lines separated by spaces; put each line on its own line</source>
        <comment>mrz.lines-on-one-line</comment>
        <translation>1 regel met {count} {label}-regels gescheiden door spaties; zet elke regel op een eigen regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>1 line of {length} characters; this looks like {count} {label} lines run together: put a line break after every {width} characters</source>
        <comment>mrz.lines-run-together</comment>
        <translation>1 regel van {length} tekens; dit lijken {count} {label}-regels aan elkaar: zet na elke {width} tekens een regeleinde</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>1 line; an MRZ has 2 lines (TD2, TD3 passport) or 3 lines (TD1 identity card)</source>
        <comment>mrz.one-line</comment>
        <translation>1 regel; een MRZ heeft 2 regels (TD2, TD3 paspoort) of 3 regels (TD1 identiteitskaart)</translation>
    </message>
    <message>
        <source>2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing</source>
        <translation type="obsolete">2 regels van 30 tekens; de MRZ van een TD1-identiteitskaart heeft 3 regels van 30: er ontbreekt er één</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing</source>
        <comment>mrz.2-lines-30-characters</comment>
        <translation>2 regels van 30 tekens; de MRZ van een TD1-identiteitskaart heeft 3 regels van 30: er ontbreekt er één</translation>
    </message>
    <message>
        <source>a case that is %1 cannot become %2 (possible: %3)</source>
        <translation type="obsolete">een dossier met status %1 kan niet %2 worden (mogelijk: %3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>a case that is {old} cannot become {new} (possible: {possible})</source>
        <comment>case.status-not-allowed</comment>
        <translation>een dossier met status {old} kan niet {new} worden (mogelijk: {possible})</translation>
    </message>
    <message>
        <source>a check that was not needed has the outcome &apos;not needed&apos;</source>
        <translation type="obsolete">een controle die niet nodig was, heeft als resultaat &apos;niet nodig&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>a check that was not needed has the outcome &apos;not needed&apos;</source>
        <comment>identity.check-was-needed-has</comment>
        <translation>een controle die niet nodig was, heeft als resultaat &apos;niet nodig&apos;</translation>
    </message>
    <message>
        <source>a combined answer needs the rights it answers: the case asks for none of access, rectification, erasure, restriction, objection, withdrawal of consent or portability</source>
        <translation type="obsolete">een gecombineerd antwoord heeft de rechten nodig die het beantwoordt: de zaak vraagt geen inzage, rectificatie, wissing, beperking, bezwaar, intrekking van toestemming of overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>a combined answer needs the rights it answers: the case asks for none of access, rectification, erasure, restriction, objection, withdrawal of consent or portability</source>
        <comment>letter.gap-no-sections</comment>
        <translation>een gecombineerd antwoord heeft de rechten nodig die het beantwoordt: de zaak vraagt geen inzage, rectificatie, wissing, beperking, bezwaar, intrekking van toestemming of overdraagbaarheid</translation>
    </message>
    <message>
        <source>a custom window needs x, y, width and height in millimetres on the A4 page</source>
        <translation type="obsolete">een eigen venster vergt x, y, breedte en hoogte in millimeter op de A4-pagina</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>a custom window needs x, y, width and height in millimetres on the A4 page</source>
        <comment>letter.window-custom</comment>
        <translation>een eigen venster vergt x, y, breedte en hoogte in millimeter op de A4-pagina</translation>
    </message>
    <message>
        <source>a decision of Art. 22 needs automated_logic (the logic involved) and automated_consequences (its significance and envisaged consequences) for access answers (GDPR Art. 15(1)(h)); until then they are refused</source>
        <translation type="obsolete">een besluit in de zin van art. 22 heeft voor inzagebrieven automated_logic (de onderliggende logica) en automated_consequences (het belang en de verwachte gevolgen) nodig (AVG art. 15, lid 1, onder h)); tot dan worden ze geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>a decision of Art. 22 needs automated_logic (the logic involved) and automated_consequences (its significance and envisaged consequences) for access answers (GDPR Art. 15(1)(h)); until then they are refused</source>
        <comment>profile.automated-logic-missing</comment>
        <translation>een besluit in de zin van art. 22 heeft voor inzagebrieven automated_logic (de onderliggende logica) en automated_consequences (het belang en de verwachte gevolgen) nodig (AVG art. 15, lid 1, onder h)); tot dan worden ze geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>a file has one clerk: team members live on a team server (--db postgresql://...)</source>
        <comment>team.file-no-members</comment>
        <translation>een bestand heeft één medewerker: teamleden staan op een teamserver (--db postgresql://...)</translation>
    </message>
    <message>
        <source>a key must be a string, not %1</source>
        <translation type="obsolete">een sleutel moet een tekenreeks zijn, geen %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>a key must be a string, not {type}</source>
        <comment>profile.key-not-string</comment>
        <translation>een sleutel moet een tekenreeks zijn, geen {type}</translation>
    </message>
    <message>
        <source>a letter is signed by the clerk: give your name (and role) in the preferences (clerk_name); the login name is never used</source>
        <translation type="obsolete">een brief wordt ondertekend door de medewerker: vul uw naam (en functie) in bij de voorkeuren (clerk_name); de gebruikersnaam van het systeem wordt nooit gebruikt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>a letter is signed by the clerk: give your name (and role) in the preferences (clerk_name); the login name is never used</source>
        <comment>letter.gap-signer</comment>
        <translation>een brief wordt ondertekend door de medewerker: vul uw naam (en functie) in bij de voorkeuren (clerk_name); de gebruikersnaam van het systeem wordt nooit gebruikt</translation>
    </message>
    <message>
        <source>a letter sent by %1 has no tracking number</source>
        <translation type="obsolete">een brief verzonden per %1 heeft geen zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>a letter sent by {method} has no tracking number</source>
        <comment>letter.tracking-not-for-method</comment>
        <translation>een brief verzonden per {method} heeft geen zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>A notice under Art. 19 follows a rectification, an erasure or a restriction, not {action}</source>
        <comment>mail.notice-action</comment>
        <translation>Een kennisgeving op grond van art. 19 volgt op een rectificatie, een wissing of een beperking, niet op {action}</translation>
    </message>
    <message>
        <source>A pause must be a Pause(requested, received).</source>
        <translation type="obsolete">Een pauze moet een Pause(requested, received) zijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>A pause must be a Pause(requested, received).</source>
        <comment>deadline.pause-must-pause-requested</comment>
        <translation>Een pauze moet een Pause(requested, received) zijn.</translation>
    </message>
    <message>
        <source>a profile must be a TOML table</source>
        <translation type="obsolete">een profiel moet een TOML-tabel zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>a profile must be a TOML table</source>
        <comment>profile.not-table</comment>
        <translation>een profiel moet een TOML-tabel zijn</translation>
    </message>
    <message>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).</source>
        <translation type="obsolete">Een weigering vergt redenen: de betrokkene moet weten waarom (art. 12, lid 4, AVG).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/outcomes.py"/>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).</source>
        <comment>letter.refusal-no-reasons</comment>
        <translation>Een weigering vergt redenen: de betrokkene moet weten waarom (art. 12, lid 4, AVG).</translation>
    </message>
    <message>
        <source>a registered letter needs its tracking number</source>
        <translation type="obsolete">een aangetekende brief vergt zijn zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>a registered letter needs its tracking number</source>
        <comment>letter.tracking-required</comment>
        <translation>een aangetekende brief vergt zijn zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>A secure (TLS) connection with {host}:{port} failed ({reason})</source>
        <comment>mail.tls-failed</comment>
        <translation>Een beveiligde (TLS-)verbinding met {host}:{port} is mislukt ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>a team server is backed up by its administrator (pg_dump, the server&apos;s own backups), not by DSAR Desk</source>
        <comment>backup.server</comment>
        <translation>een teamserver wordt geback-upt door de beheerder (pg_dump, de eigen back-ups van de server), niet door DSAR Desk</translation>
    </message>
    <message>
        <source>An extension letter needs the new due date.</source>
        <translation type="obsolete">Een verlengingsbrief vergt de nieuwe uiterste datum.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>An extension letter needs the new due date.</source>
        <comment>letter.extension-no-date</comment>
        <translation>Een verlengingsbrief vergt de nieuwe uiterste datum.</translation>
    </message>
    <message>
        <source>An extension letter needs the reasons for the extension (Art. 12(3) GDPR).</source>
        <translation type="obsolete">Een verlengingsbrief vergt de redenen voor de verlenging (art. 12, lid 3, AVG).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>An extension letter needs the reasons for the extension (Art. 12(3) GDPR).</source>
        <comment>letter.extension-no-reasons</comment>
        <translation>Een verlengingsbrief vergt de redenen voor de verlenging (art. 12, lid 3, AVG).</translation>
    </message>
    <message>
        <source>an ID copy is kept only with the method &apos;identity document seen&apos;</source>
        <translation type="obsolete">een kopie van het identiteitsbewijs wordt alleen bewaard bij de methode &apos;identiteitsbewijs gezien&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>an ID copy is kept only with the method &apos;identity document seen&apos;</source>
        <comment>identity.id-copy-kept-only</comment>
        <translation>een kopie van het identiteitsbewijs wordt alleen bewaard bij de methode &apos;identiteitsbewijs gezien&apos;</translation>
    </message>
    <message>
        <source>an MRZ only goes with the method &apos;identity document seen&apos;</source>
        <translation type="obsolete">een MRZ hoort alleen bij de methode &apos;identiteitsbewijs gezien&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>an MRZ only goes with the method &apos;identity document seen&apos;</source>
        <comment>identity.mrz-only-goes-with</comment>
        <translation>een MRZ hoort alleen bij de methode &apos;identiteitsbewijs gezien&apos;</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation type="obsolete">kan niet worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>cannot be edited</source>
        <comment>case.not-editable</comment>
        <translation>kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation type="obsolete">kan niet in de toekomst liggen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>cannot be in the future</source>
        <comment>identity.cannot-future</comment>
        <translation>kan niet in de toekomst liggen</translation>
    </message>
    <message>
        <source>cannot be written in TOML: %1</source>
        <translation type="obsolete">kan niet in TOML worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>cannot be written in TOML: {why}</source>
        <comment>profile.not-toml</comment>
        <translation>kan niet in TOML worden geschreven: {why}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>cannot read {name} ({why})</source>
        <comment>attachment.unreadable</comment>
        <translation>{name} kan niet worden gelezen ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>cannot write {path} ({why})</source>
        <comment>backup.cannot-write</comment>
        <translation>{path} kan niet worden geschreven ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>case {reference} was changed by {who} at {at} UTC since it was read; reload it (nothing was written)</source>
        <comment>case.changed-meanwhile</comment>
        <translation>zaak {reference} is gewijzigd door {who} om {at} UTC sinds ze werd gelezen; laad haar opnieuw (er is niets geschreven)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>case {reference} was changed since it was read; reload it (nothing was written)</source>
        <comment>case.changed-meanwhile-unknown</comment>
        <translation>zaak {reference} is gewijzigd sinds ze werd gelezen; laad haar opnieuw (er is niets geschreven)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: dated before the event written before it</source>
        <comment>record.back-dated</comment>
        <translation>dossier {reference}, gebeurtenis {event}: gedateerd vóór de gebeurtenis die ervoor werd vastgelegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: the event before it is missing or was changed</source>
        <comment>record.link-broken</comment>
        <translation>dossier {reference}, gebeurtenis {event}: de gebeurtenis ervoor ontbreekt of werd gewijzigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: the letter it records is missing</source>
        <comment>record.letter-missing</comment>
        <translation>dossier {reference}, gebeurtenis {event}: de brief die ze vastlegt ontbreekt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>case {reference}, event {event}: {what}</source>
        <comment>record.event-changed</comment>
        <translation>dossier {reference}, gebeurtenis {event}: {what}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/record.py"/>
        <source>case {reference}: the bytes of the {kind} letter v{version} do not match its SHA-256</source>
        <comment>record.letter-bytes</comment>
        <translation>dossier {reference}: de inhoud van de brief {kind} v{version} komt niet overeen met zijn SHA-256</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/record.py"/>
        <source>case {reference}: the case says {status} but its timeline ends with {last}</source>
        <comment>record.status-differs</comment>
        <translation>dossier {reference}: het dossier zegt {status}, maar de tijdlijn eindigt met {last}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/record.py"/>
        <source>case {reference}: the {kind} letter v{version} is in no event of the record</source>
        <comment>record.letter-unrecorded</comment>
        <translation>dossier {reference}: de brief {kind} v{version} staat in geen enkele gebeurtenis van het dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>Check the mailbox every 1 to 1440 minutes, not {value}</source>
        <comment>mail.check-minutes-invalid</comment>
        <translation>Controleer de mailbox om de 1 tot 1440 minuten, niet om de {value}</translation>
    </message>
    <message>
        <source>choose how the identity was checked (%1)</source>
        <translation type="obsolete">kies hoe de identiteit werd gecontroleerd (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>choose how the identity was checked ({known})</source>
        <comment>identity.choose-how-identity-was</comment>
        <translation>kies hoe de identiteit werd gecontroleerd ({known})</translation>
    </message>
    <message>
        <source>Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).</source>
        <translation type="obsolete">Kies de grond van de beperking (art. 18, lid 1, a)–d), AVG).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).</source>
        <comment>letter.restriction-no-ground</comment>
        <translation>Kies de grond van de beperking (art. 18, lid 1, a)–d), AVG).</translation>
    </message>
    <message>
        <source>choose the organisation the request is for</source>
        <translation type="obsolete">kies de organisatie waarvoor het verzoek bestemd is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>choose the organisation the request is for</source>
        <comment>case.choose-organisation-request</comment>
        <translation>kies de organisatie waarvoor het verzoek bestemd is</translation>
    </message>
    <message>
        <source>choose the outcome (%1)</source>
        <translation type="obsolete">kies het resultaat (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>choose the outcome ({known})</source>
        <comment>identity.choose-outcome</comment>
        <translation>kies het resultaat ({known})</translation>
    </message>
    <message>
        <source>choose the type of document (%1)</source>
        <translation type="obsolete">kies het soort document (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>choose the type of document ({known})</source>
        <comment>identity.choose-type-document</comment>
        <translation>kies het soort document ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>composite (whole line)</source>
        <comment>mrz.field-composite</comment>
        <translation>samengesteld (hele regel)</translation>
    </message>
    <message>
        <source>confirm that the photo and the national number are blacked out, or that they are needed</source>
        <translation type="obsolete">bevestig dat de foto en het rijksregisternummer onleesbaar zijn gemaakt, of dat ze nodig zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>confirm that the photo and the national number are blacked out, or that they are needed</source>
        <comment>identity.confirm-photo-national-number</comment>
        <translation>bevestig dat de foto en het rijksregisternummer onleesbaar zijn gemaakt, of dat ze nodig zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>Connected to {host} as {user}: {count} message(s) in {folder}</source>
        <comment>mail.imap-test-ok</comment>
        <translation>Verbonden met {host} als {user}: {count} bericht(en) in {folder}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>Connected to {host} as {user}; ready to send</source>
        <comment>mail.smtp-test-ok</comment>
        <translation>Verbonden met {host} als {user}; klaar om te verzenden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>connected to {label}: the server took the login and the team database is ready (schema {version})</source>
        <comment>team.test-ok</comment>
        <translation>verbonden met {label}: de server aanvaardde de login en de teamdatabase is klaar (schema {version})</translation>
    </message>
    <message>
        <source>controller &apos;{id}&apos; {key} ({language})</source>
        <comment>letter.fell-back-controller</comment>
        <translation type="obsolete">verwerkingsverantwoordelijke &apos;{id}&apos; {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>controller “{name}”: {key} ({language})</source>
        <comment>letter.fell-back-controller-named</comment>
        <translation>verwerkingsverantwoordelijke “{name}”: {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>damaged data: the encrypted file is too short</source>
        <comment>vault.damaged-data-encrypted-file</comment>
        <translation>beschadigde gegevens: het versleutelde bestand is te kort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>date of birth</source>
        <comment>mrz.field-birth-date</comment>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>date of expiry</source>
        <comment>mrz.field-expiry-date</comment>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <source>describe how the identity was checked</source>
        <translation type="obsolete">beschrijf hoe de identiteit werd gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>describe how the identity was checked</source>
        <comment>identity.describe-how-identity-was</comment>
        <translation>beschrijf hoe de identiteit werd gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>document number</source>
        <comment>mrz.field-document-number</comment>
        <translation>documentnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>document number agrees</source>
        <comment>mrz.number-agrees</comment>
        <translation>documentnummer klopt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>document number differs</source>
        <comment>mrz.number-differs</comment>
        <translation>documentnummer verschilt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>document number: the MRZ number does not end in {tail}</source>
        <comment>identity.document-number-mrz-number</comment>
        <translation>documentnummer: het MRZ-nummer eindigt niet op {tail}</translation>
    </message>
    <message>
        <source>DSAR Desk knows the supervisory authority of %1 only</source>
        <translation type="obsolete">DSAR Desk kent alleen de toezichthoudende autoriteit van %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>DSAR Desk knows the supervisory authority of {known} only</source>
        <comment>profile.authority-why-known</comment>
        <translation>DSAR Desk kent alleen de toezichthoudende autoriteit van {known}</translation>
    </message>
    <message>
        <source>Every processing activity is marked as not concerning the requester: send the no-data letter instead of an access answer.</source>
        <translation type="obsolete">Elke verwerking is gemarkeerd als niet betrekking hebbend op de betrokkene: verstuur de brief &apos;geen gegevens&apos; in plaats van een antwoord op het inzageverzoek.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/access.py"/>
        <source>Every processing activity is marked as not concerning the requester: send the no-data letter instead of an access answer.</source>
        <comment>letter.access-nothing-concerned</comment>
        <translation>Elke verwerking is gemarkeerd als niet betrekking hebbend op de betrokkene: verstuur de brief &apos;geen gegevens&apos; in plaats van een antwoord op het inzageverzoek.</translation>
    </message>
    <message>
        <source>exception: &apos;%1&apos; is not an exception of Art. 17(3) (%2)</source>
        <translation type="obsolete">uitzondering: &apos;%1&apos; is geen uitzondering van art. 17, lid 3 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>exception: &apos;{exception}&apos; is not an exception of Art. 17(3) ({known})</source>
        <comment>checklist.exception-exception-art-17</comment>
        <translation>uitzondering: &apos;{exception}&apos; is geen uitzondering van art. 17, lid 3 ({known})</translation>
    </message>
    <message>
        <source>exception: an Art. 17(3) exception applies only to erasure items</source>
        <translation type="obsolete">uitzondering: een uitzondering van art. 17, lid 3, geldt alleen voor punten van wissing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>exception: an Art. 17(3) exception applies only to erasure items</source>
        <comment>checklist.exception-art-17-3</comment>
        <translation>uitzondering: een uitzondering van art. 17, lid 3, geldt alleen voor punten van wissing</translation>
    </message>
    <message>
        <source>exception: an item kept under an Art. 17(3) exception is done or not applicable</source>
        <translation type="obsolete">uitzondering: een punt dat op grond van art. 17, lid 3, bewaard wordt, is gedaan of niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>exception: an item kept under an Art. 17(3) exception is done or not applicable</source>
        <comment>checklist.exception-item-kept-under</comment>
        <translation>uitzondering: een punt dat op grond van art. 17, lid 3, bewaard wordt, is gedaan of niet van toepassing</translation>
    </message>
    <message>
        <source>expected %1 at line %2</source>
        <translation type="obsolete">%1 verwacht op regel %2</translation>
    </message>
    <message>
        <source>expected the text of a TOML file, not %1</source>
        <translation type="obsolete">de tekst van een TOML-bestand verwacht, geen %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>expected the text of a TOML file, not {type}</source>
        <comment>profile.not-text</comment>
        <translation>de tekst van een TOML-bestand verwacht, geen {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>expiry date agrees</source>
        <comment>mrz.expiry-agrees</comment>
        <translation>vervaldatum klopt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>expiry date differs</source>
        <comment>mrz.expiry-differs</comment>
        <translation>vervaldatum verschilt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>expiry date: the MRZ date of expiry cannot be read, you entered {expiry}</source>
        <comment>mrz.expiry-date-mrz-date</comment>
        <translation>vervaldatum: de vervaldatum in de MRZ is onleesbaar, u gaf {expiry} in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>expiry date: the MRZ has {expiry_date}, you entered {expiry}</source>
        <comment>mrz.expiry-date-mrz-has</comment>
        <translation>vervaldatum: de MRZ vermeldt {expiry_date}, u gaf {expiry} in</translation>
    </message>
    <message>
        <source>fee %1: must be an amount between 0.00 and 100000.00 euros</source>
        <translation type="obsolete">vergoeding %1: moet een bedrag tussen 0,00 en 100000,00 euro zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>fee {which}: must be an amount between 0.00 and 100000.00 euros</source>
        <comment>case.fee-range</comment>
        <translation>vergoeding {which}: moet een bedrag tussen 0,00 en 100000,00 euro zijn</translation>
    </message>
    <message>
        <source>give an email or a postal address, so that the answer can reach the requester</source>
        <translation type="obsolete">geef een e-mailadres of een postadres, zodat het antwoord de betrokkene kan bereiken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>give an email or a postal address, so that the answer can reach the requester</source>
        <comment>case.give-email-postal-address</comment>
        <translation>geef een e-mailadres of een postadres, zodat het antwoord de betrokkene kan bereiken</translation>
    </message>
    <message>
        <source>give the country that issued the document</source>
        <translation type="obsolete">geef het land dat het document heeft afgegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>give the country that issued the document</source>
        <comment>identity.give-country-issued-document</comment>
        <translation>geef het land dat het document heeft afgegeven</translation>
    </message>
    <message>
        <source>give the fee asked (Art. 12(5), 15(3)), in euros</source>
        <translation type="obsolete">vul de gevraagde vergoeding in (art. 12, lid 5, 15, lid 3), in euro</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>give the fee asked (Art. 12(5), 15(3)), in euros</source>
        <comment>letter.gap-fee</comment>
        <translation>vul de gevraagde vergoeding in (art. 12, lid 5, 15, lid 3), in euro</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/figures.py"/>
        <source>give the first and the last day of the period</source>
        <comment>figures.period-not-dates</comment>
        <translation>geef de eerste en de laatste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>Give the IMAP server, the SMTP server or both</source>
        <comment>mail.no-server</comment>
        <translation>Geef de IMAP-server, de SMTP-server of beide op</translation>
    </message>
    <message>
        <source>give the name of the deceased person</source>
        <translation type="obsolete">vul de naam van de overleden persoon in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>give the name of the deceased person</source>
        <comment>letter.gap-deceased</comment>
        <translation>vul de naam van de overleden persoon in</translation>
    </message>
    <message>
        <source>give the name of the person who made the request on the requester&apos;s behalf</source>
        <translation type="obsolete">vul de naam in van de persoon die het verzoek namens de betrokkene heeft ingediend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>give the name of the person who made the request on the requester&apos;s behalf</source>
        <comment>letter.gap-representative</comment>
        <translation>vul de naam in van de persoon die het verzoek namens de betrokkene heeft ingediend</translation>
    </message>
    <message>
        <source>give the reasons for the extension (they go in the letter)</source>
        <translation type="obsolete">geef de redenen voor de verlenging (ze komen in de brief)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>give the reasons for the extension (they go in the letter)</source>
        <comment>case.extension-reasons</comment>
        <translation>geef de redenen voor de verlenging (ze komen in de brief)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Give the reasons for the extension: the requester must be told them.</source>
        <comment>deadline.extension-reasons</comment>
        <translation>Geef de redenen voor de verlenging: de betrokkene moet ze te horen krijgen.</translation>
    </message>
    <message>
        <source>give two file names: the JSON file and the CSV file</source>
        <translation type="obsolete">geef twee bestandsnamen: het JSON-bestand en het CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>give two file names: the JSON file and the CSV file</source>
        <comment>letter.portability-files</comment>
        <translation>geef twee bestandsnamen: het JSON-bestand en het CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>given names</source>
        <comment>mrz.label-given-names</comment>
        <translation>voornamen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>Handled messages cannot move to the folder they are read from ({folder})</source>
        <comment>mail.move-to-same</comment>
        <translation>Afgehandelde berichten kunnen niet worden verplaatst naar de map waaruit ze worden gelezen ({folder})</translation>
    </message>
    <message>
        <source>has %1 lines; at most %2</source>
        <translation type="obsolete">heeft %1 regels; hoogstens %2</translation>
    </message>
    <message>
        <source>has no %1 version (organisation.languages lists it); letters in %2 will use the %3 one</source>
        <translation type="obsolete">heeft geen versie in het %1 (organisation.languages vermeldt die taal); brieven in het %2 gebruiken de versie in het %3</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation type="obsolete">bevat geen letters of cijfers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>has no letters or digits</source>
        <comment>identity.has-no-letters-digits</comment>
        <translation>bevat geen letters of cijfers</translation>
    </message>
    <message>
        <source>has no line with a postcode and a town: letters cannot be posted (they say so, and cannot be marked sent by post); give the postal address</source>
        <translation type="obsolete">heeft geen regel met postcode en plaats: brieven kunnen niet per post worden verstuurd (zij vermelden dat, en kunnen niet als per post verstuurd worden aangeduid); vul het postadres in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>has no line with a postcode and a town: letters cannot be posted (they say so, and cannot be marked sent by post); give the postal address</source>
        <comment>profile.address-not-postal</comment>
        <translation>heeft geen regel met postcode en plaats: brieven kunnen niet per post worden verstuurd (zij vermelden dat, en kunnen niet als per post verstuurd worden aangeduid); vul het postadres in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>has no {lang} version (organisation.languages lists it); letters in {lang} will use the {fallback} one</source>
        <comment>profile.language-missing</comment>
        <translation>heeft geen versie in het {lang} (organisation.languages vermeldt die taal); brieven in het {lang} gebruiken de versie in het {fallback}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>has {count} lines; at most {max}</source>
        <comment>case.has-lines-at-most</comment>
        <translation>heeft {count} regels; hoogstens {max}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/text.py"/>
        <source>holds a control character ({code})</source>
        <comment>text.control-character</comment>
        <translation>bevat een stuurteken ({code})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/text.py"/>
        <source>holds a right-to-left override or isolate character ({code}), which makes text display differently from what it is</source>
        <comment>text.bidi-control</comment>
        <translation>bevat een teken dat de schrijfrichting omkeert of isoleert ({code}), waardoor de tekst anders getoond wordt dan hij is</translation>
    </message>
    <message>
        <source>Identity/clarification arrived on %1, before it was asked for (%2).</source>
        <translation type="obsolete">Identiteitsbewijs/verduidelijking ontvangen op %1, voordat erom gevraagd was (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Identity/clarification arrived on {got}, before it was asked for ({req}).</source>
        <comment>deadline.identity-clarification-arrived-on</comment>
        <translation>Identiteitsbewijs/verduidelijking ontvangen op {got}, voordat erom gevraagd was ({req}).</translation>
    </message>
    <message>
        <source>Identity/clarification was asked for on %1, before the request was received (%2).</source>
        <translation type="obsolete">Identiteitsbewijs/verduidelijking gevraagd op %1, voordat het verzoek ontvangen was (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Identity/clarification was asked for on {req}, before the request was received ({received}).</source>
        <comment>deadline.identity-clarification-was-asked</comment>
        <translation>Identiteitsbewijs/verduidelijking gevraagd op {req}, voordat het verzoek ontvangen was ({received}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>IMAP security must be tls or starttls, not {value}</source>
        <comment>mail.imap-security-unknown</comment>
        <translation>De IMAP-beveiliging moet tls of starttls zijn, niet {value}</translation>
    </message>
    <message>
        <source>in Germany each Land has its own supervisory authority</source>
        <translation type="obsolete">in Duitsland heeft elke deelstaat zijn eigen toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>in Germany each Land has its own supervisory authority</source>
        <comment>profile.authority-why-de</comment>
        <translation>in Duitsland heeft elke deelstaat zijn eigen toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>internal error while checking the profile (%1); please report it</source>
        <translation type="obsolete">interne fout bij het controleren van het profiel (%1); meld ze a.u.b.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>internal error while checking the profile ({type}); please report it</source>
        <comment>profile.internal-error</comment>
        <translation>interne fout bij het controleren van het profiel ({type}); meld ze a.u.b.</translation>
    </message>
    <message>
        <source>is %1: this file needs a newer version of DSAR Desk (this version reads format %2)</source>
        <translation type="obsolete">is %1: dit bestand vergt een nieuwere versie van DSAR Desk (deze versie leest formaat %2)</translation>
    </message>
    <message>
        <source>is a category of recipients: the Court of Justice (C-154/21, Österreichische Post) expects the recipients themselves to be named where they are known; name each as its own [[recipient]] if you can</source>
        <translation type="obsolete">is een categorie van ontvangers: het Hof van Justitie (C-154/21, Österreichische Post) verwacht dat de ontvangers zelf worden genoemd wanneer zij bekend zijn; vermeld elk ervan indien mogelijk als een eigen [[recipient]]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>is a category of recipients: the Court of Justice (C-154/21, Österreichische Post) expects the recipients themselves to be named where they are known; name each as its own [[recipient]] if you can</source>
        <comment>profile.recipient-category</comment>
        <translation>is een categorie van ontvangers: het Hof van Justitie (C-154/21, Österreichische Post) verwacht dat de ontvangers zelf worden genoemd wanneer zij bekend zijn; vermeld elk ervan indien mogelijk als een eigen [[recipient]]</translation>
    </message>
    <message>
        <source>is a single %1, taken as %2; it has no %3 version, so letters in %4 will use the %5 one</source>
        <translation type="obsolete">is één enkele %1, opgevat als %2; er is geen versie in het %3, dus brieven in het %4 gebruiken de versie in het %5</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>is a single {noun}, taken as {default}; it has no {others} version, so letters in {which} will use the {default} one</source>
        <comment>profile.single-language</comment>
        <translation>is één enkele {noun}, opgevat als {default}; er is geen versie in het {others}, dus brieven in het {which} gebruiken de versie in het {default}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="obsolete">is leeg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>is empty</source>
        <comment>case.note-empty</comment>
        <translation>is leeg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>is larger than {mb} MB</source>
        <comment>letter.data-too-large</comment>
        <translation>is groter dan {mb} MB</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="obsolete">is langer dan %1 tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>is longer than {max} characters</source>
        <comment>case.longer-than-characters</comment>
        <translation>is langer dan {max} tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>is longer than {max} characters</source>
        <comment>case.note-too-long</comment>
        <translation>is langer dan {max} tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>is longer than {max} characters</source>
        <comment>profile.name-too-long</comment>
        <translation>is langer dan {max} tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>is not a JSON file</source>
        <comment>letter.data-not-json</comment>
        <translation>is geen JSON-bestand</translation>
    </message>
    <message>
        <source>is not a tracking number (one line, at most %1 characters)</source>
        <translation type="obsolete">is geen zendingsnummer (één regel, hoogstens %1 tekens)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>is not a tracking number (one line, at most {max} characters)</source>
        <comment>letter.tracking-invalid</comment>
        <translation>is geen zendingsnummer (één regel, hoogstens {max} tekens)</translation>
    </message>
    <message>
        <source>is not something a letter can be given</source>
        <translation type="obsolete">is niet iets wat aan een brief kan worden meegegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>is not something a letter can be given</source>
        <comment>letter.detail-unknown</comment>
        <translation>is niet iets wat aan een brief kan worden meegegeven</translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="obsolete">is verplicht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>is required</source>
        <comment>case.required</comment>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required</source>
        <comment>profile.required</comment>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>is required for an organisation in %1: %2; add an [authority] table with name, address and website</source>
        <translation type="obsolete">is verplicht voor een organisatie in %1: %2; voeg een tabel [authority] toe met naam, adres en website</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required for an organisation in {country}: {why}; add an [authority] table with name, address and website</source>
        <comment>profile.authority-required</comment>
        <translation>is verplicht voor een organisatie in {country}: {why}; voeg een tabel [authority] toe met naam, adres en website</translation>
    </message>
    <message>
        <source>is required: 1 to %1 lines</source>
        <translation type="obsolete">is verplicht: 1 tot %1 regels</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: 1 to {most} lines</source>
        <comment>profile.address-required</comment>
        <translation>is verplicht: 1 tot {most} regels</translation>
    </message>
    <message>
        <source>is required: add a %1 table</source>
        <translation type="obsolete">is verplicht: voeg een tabel %1 toe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required: add a {how} table</source>
        <comment>profile.table-required</comment>
        <translation>is verplicht: voeg een tabel {how} toe</translation>
    </message>
    <message>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;BE&quot;</source>
        <translation type="obsolete">is verplicht: een ISO 3166-1 alpha-2-code zoals &quot;BE&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;BE&quot;</source>
        <comment>profile.country-required</comment>
        <translation>is verplicht: een ISO 3166-1 alpha-2-code zoals &quot;BE&quot;</translation>
    </message>
    <message>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;US&quot;</source>
        <translation type="obsolete">is verplicht: een ISO 3166-1 alpha-2-code zoals &quot;US&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;US&quot;</source>
        <comment>profile.recipient-country-required</comment>
        <translation>is verplicht: een ISO 3166-1 alpha-2-code zoals &quot;US&quot;</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation type="obsolete">is verplicht: een van %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required: one of {choices}</source>
        <comment>profile.choice-required</comment>
        <translation>is verplicht: een van {choices}</translation>
    </message>
    <message>
        <source>is required: the letter languages, default first, such as [&quot;nl&quot;, &quot;fr&quot;]</source>
        <translation type="obsolete">is verplicht: de talen van de brieven, standaardtaal eerst, zoals [&quot;nl&quot;, &quot;fr&quot;]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: the letter languages, default first, such as [&quot;nl&quot;, &quot;fr&quot;]</source>
        <comment>profile.languages-required</comment>
        <translation>is verplicht: de talen van de brieven, standaardtaal eerst, zoals [&quot;nl&quot;, &quot;fr&quot;]</translation>
    </message>
    <message>
        <source>is required: the register needs at least one [[%1]] table</source>
        <translation type="obsolete">is verplicht: het register heeft minstens één tabel [[%1]] nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>is required: the register needs at least one [[{name}]] table</source>
        <comment>profile.array-required</comment>
        <translation>is verplicht: het register heeft minstens één tabel [[{name}]] nodig</translation>
    </message>
    <message>
        <source>is required: write format = %1 at the top of the file</source>
        <translation type="obsolete">is verplicht: schrijf format = %1 bovenaan het bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is required: write format = {format} at the top of the file</source>
        <comment>profile.format-required</comment>
        <translation>is verplicht: schrijf format = {format} bovenaan het bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>is {value}: this file needs a newer version of DSAR Desk (this version reads format {format})</source>
        <comment>profile.format-newer</comment>
        <translation>is {value}: dit bestand vergt een nieuwere versie van DSAR Desk (deze versie leest formaat {format})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>issuing country agrees</source>
        <comment>mrz.country-agrees</comment>
        <translation>land van afgifte klopt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>issuing country differs</source>
        <comment>mrz.country-differs</comment>
        <translation>land van afgifte verschilt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>issuing country: the MRZ says {issuing_state} ({mrz_country}), not {entered}</source>
        <comment>identity.issuing-country-mrz-says</comment>
        <translation>land van afgifte: de MRZ vermeldt {issuing_state} ({mrz_country}), niet {entered}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>it does not start with mail headers</source>
        <comment>mail.no-header</comment>
        <translation>het begint niet met e-mailheaders</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>it has no sender address (From)</source>
        <comment>mail.no-sender</comment>
        <translation>het heeft geen afzenderadres (From)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>it is not an Outlook .msg file</source>
        <comment>mail.not-outlook</comment>
        <translation>het is geen Outlook-bestand (.msg)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>item #{position} was marked by {who} at {at} UTC since it was read; reload it (nothing was written)</source>
        <comment>checklist.changed-meanwhile</comment>
        <translation>punt #{position} is gemarkeerd door {who} om {at} UTC sinds het werd gelezen; laad het opnieuw (er is niets geschreven)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>its structure cannot be read ({what})</source>
        <comment>mail.unreadable-structure</comment>
        <translation>de structuur ervan kan niet worden gelezen ({what})</translation>
    </message>
    <message>
        <source>Letters are not available in “%1” (available: %2).</source>
        <translation type="obsolete">Brieven zijn niet beschikbaar in “%1” (beschikbaar: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>Letters are not available in “{language}” (available: {available}).</source>
        <comment>letter.language-unavailable</comment>
        <translation>Brieven zijn niet beschikbaar in “{language}” (beschikbaar: {available}).</translation>
    </message>
    <message>
        <source>line %1 has %2 characters; a %3 line has %4</source>
        <translation type="obsolete">regel %1 heeft %2 tekens; een %3-regel heeft er %4</translation>
    </message>
    <message>
        <source>line %1 has a space at position %2; MRZ lines have no spaces (the filler is &lt;)</source>
        <translation type="obsolete">regel %1 heeft een spatie op positie %2; MRZ-regels hebben geen spaties (het opvulteken is &lt;)</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters</source>
        <translation type="obsolete">regel %1 is langer dan %2 tekens</translation>
    </message>
    <message>
        <source>line %1, position %2: %3 is not an MRZ character (only A-Z, 0-9 and &lt; are)</source>
        <translation type="obsolete">regel %1, positie %2: %3 is geen MRZ-teken (alleen A-Z, 0-9 en &lt; zijn dat)</translation>
    </message>
    <message>
        <source>line %1, position %2: the sex field holds %3; it must be M, F, X or &lt;</source>
        <translation type="obsolete">regel %1, positie %2: het geslachtsveld bevat %3; het moet M, F, X of &lt; zijn</translation>
    </message>
    <message>
        <source>line 1 has %1 characters and line 2 has %2; a 2-line MRZ has 36 (TD2) or 44 (TD3 passport) characters on each line</source>
        <translation type="obsolete">regel 1 heeft %1 tekens en regel 2 heeft er %2; een MRZ van 2 regels heeft 36 (TD2) of 44 (TD3-paspoort) tekens per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line 1 has {first} characters and line 2 has {second}; a 2-line MRZ has 36 (TD2) or 44 (TD3 passport) characters on each line</source>
        <comment>mrz.line-1-has-characters</comment>
        <translation>regel 1 heeft {first} tekens en regel 2 heeft er {second}; een MRZ van 2 regels heeft 36 (TD2) of 44 (TD3-paspoort) tekens per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {line}, position {position}: the sex field holds {ch!r}; it must be M, F, X or &lt;</source>
        <comment>mrz.line-position-sex-field</comment>
        <translation>regel {line}, positie {position}: het geslachtsveld bevat {ch!r}; het moet M, F, X of &lt; zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {number} has a space at position {position}; MRZ lines have no spaces (the filler is &lt;)</source>
        <comment>mrz.line-has-space-at</comment>
        <translation>regel {number} heeft een spatie op positie {position}; MRZ-regels hebben geen spaties (het opvulteken is &lt;)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {number} has {count} characters; a {label} line has {width}</source>
        <comment>mrz.line-has-characters-line</comment>
        <translation>regel {number} heeft {count} tekens; een {label}-regel heeft er {width}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>line {number} is longer than {max} characters</source>
        <comment>case.line-longer-than-characters</comment>
        <translation>regel {number} is langer dan {max} tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>line {number}, position {position}: {ch!r} is not an MRZ character (only A-Z, 0-9 and &lt; are)</source>
        <comment>mrz.line-position-mrz-character</comment>
        <translation>regel {number}, positie {position}: {ch!r} is geen MRZ-teken (alleen A-Z, 0-9 en &lt; zijn dat)</translation>
    </message>
    <message>
        <source>list the files sent as the copy of the data: an access answer gives the copy (Art. 15(3)) and says only what is enclosed</source>
        <translation type="obsolete">som de bestanden op die als kopie van de gegevens worden meegestuurd: een inzageantwoord geeft de kopie (art. 15, lid 3) en vermeldt alleen wat is bijgevoegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>list the files sent as the copy of the data: an access answer gives the copy (Art. 15(3)) and says only what is enclosed</source>
        <comment>letter.gap-no-copy</comment>
        <translation>som de bestanden op die als kopie van de gegevens worden meegestuurd: een inzageantwoord geeft de kopie (art. 15, lid 3) en vermeldt alleen wat is bijgevoegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>MRZ {format}: check digit wrong: {fields}</source>
        <comment>mrz.summary-wrong</comment>
        <translation>MRZ {format}: foutief controlecijfer: {fields}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>MRZ {format}: every check digit holds</source>
        <comment>mrz.summary-ok</comment>
        <translation>MRZ {format}: elk controlecijfer klopt</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="obsolete">moet %1 zijn, niet %2</translation>
    </message>
    <message>
        <source>must be 2 to 40 characters from a-z, 0-9 and &apos;-&apos;; not %1</source>
        <translation type="obsolete">moet 2 tot 40 tekens uit a-z, 0-9 en &apos;-&apos; zijn; niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be 2 to 40 characters from a-z, 0-9 and &apos;-&apos;; not {value}</source>
        <comment>profile.slug-invalid</comment>
        <translation>moet 2 tot 40 tekens uit a-z, 0-9 en &apos;-&apos; zijn; niet {value}</translation>
    </message>
    <message>
        <source>must be a country code such as &quot;BE&quot;, not %1</source>
        <translation type="obsolete">moet een landcode zoals &quot;BE&quot; zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a country code such as &quot;BE&quot;, not {type}</source>
        <comment>profile.country-type</comment>
        <translation>moet een landcode zoals &quot;BE&quot; zijn, niet {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>must be a JSON object of section name → list of records</source>
        <comment>letter.data-not-object</comment>
        <translation>moet een JSON-object zijn van sectienaam → lijst van records</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 lines, not %2%3</source>
        <translation type="obsolete">moet een lijst van 1 tot %1 regels zijn, niet %2%3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a list of 1 to {most} lines, not {type}{hint}</source>
        <comment>profile.lines-type</comment>
        <translation>moet een lijst van 1 tot {most} regels zijn, niet {type}{hint}</translation>
    </message>
    <message>
        <source>must be a list of language codes, not %1%2</source>
        <translation type="obsolete">moet een lijst van taalcodes zijn, niet %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be a list of language codes, not {type}{hint}</source>
        <comment>profile.languages-type</comment>
        <translation>moet een lijst van taalcodes zijn, niet {type}{hint}</translation>
    </message>
    <message>
        <source>must be a list of recipient ids, not %1%2</source>
        <translation type="obsolete">moet een lijst van ontvanger-id&apos;s zijn, niet %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>must be a list of recipient ids, not {type}{hint}</source>
        <comment>profile.recipients-type</comment>
        <translation>moet een lijst van ontvanger-id&apos;s zijn, niet {type}{hint}</translation>
    </message>
    <message>
        <source>must be a list of strings, not %1</source>
        <translation type="obsolete">moet een lijst van tekenreeksen zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a list of strings, not {type}</source>
        <comment>profile.list-of-strings</comment>
        <translation>moet een lijst van tekenreeksen zijn, niet {type}</translation>
    </message>
    <message>
        <source>must be a list of strings, or a table of language = list; not %1%2</source>
        <translation type="obsolete">moet een lijst van tekenreeksen zijn, of een tabel taal = lijst; niet %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a list of strings, or a table of language = list; not {type}{hint}</source>
        <comment>profile.list-type</comment>
        <translation>moet een lijst van tekenreeksen zijn, of een tabel taal = lijst; niet {type}{hint}</translation>
    </message>
    <message>
        <source>must be a recipient id (a string), not %1</source>
        <translation type="obsolete">moet een id van een ontvanger zijn (een tekenreeks), niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>must be a recipient id (a string), not {type}</source>
        <comment>profile.recipient-id-type</comment>
        <translation>moet een id van een ontvanger zijn (een tekenreeks), niet {type}</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="obsolete">moet een tekenreeks zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a string, not {type}</source>
        <comment>profile.not-string</comment>
        <translation>moet een tekenreeks zijn, niet {type}</translation>
    </message>
    <message>
        <source>must be a string, or a table of language = string such as { nl = &quot;...&quot;, fr = &quot;...&quot; }; not %1</source>
        <translation type="obsolete">moet een tekenreeks zijn, of een tabel taal = tekenreeks zoals { nl = &quot;...&quot;, fr = &quot;...&quot; }; niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a string, or a table of language = string such as {{ nl = &quot;...&quot;, fr = &quot;...&quot; }}; not {type}</source>
        <comment>profile.text-type</comment>
        <translation>moet een tekenreeks zijn, of een tabel taal = tekenreeks zoals {{ nl = &quot;...&quot;, fr = &quot;...&quot; }}; niet {type}</translation>
    </message>
    <message>
        <source>must be a table (%1), not %2</source>
        <translation type="obsolete">moet een tabel zijn (%1), niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a table ({how}), not {type}</source>
        <comment>profile.table-type</comment>
        <translation>moet een tabel zijn ({how}), niet {type}</translation>
    </message>
    <message>
        <source>must be a table, not %1</source>
        <translation type="obsolete">moet een tabel zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be a table, not {type}</source>
        <comment>profile.array-item-type</comment>
        <translation>moet een tabel zijn, niet {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>must be a whole number between 1 and 365</source>
        <comment>backup.kept-range</comment>
        <translation>moet een geheel getal tussen 1 en 365 zijn</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="obsolete">moet een geheel getal van %1 tot %2 zijn, niet %3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be a whole number from {low} to {high}, not {type}</source>
        <comment>profile.policy-number-type</comment>
        <translation>moet een geheel getal van {low} tot {high} zijn, niet {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <comment>profile.policy-number-range</comment>
        <translation>moet een geheel getal van {low} tot {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a whole number of days between 1 and 365</source>
        <translation type="obsolete">moet een geheel aantal dagen tussen 1 en 365 zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/identity.py"/>
        <source>must be a whole number of days between 1 and 365</source>
        <comment>identity.reminder-days</comment>
        <translation>moet een geheel aantal dagen tussen 1 en 365 zijn</translation>
    </message>
    <message>
        <source>must be one of: %1; not %2%3</source>
        <translation type="obsolete">moet een van deze zijn: %1; niet %2%3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be one of: {choices}; not {value}{hint}</source>
        <comment>profile.choice-invalid</comment>
        <translation>moet een van deze zijn: {choices}; niet {value}{hint}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>must be one of: {known}</source>
        <comment>deadline.pause-rule-unknown</comment>
        <translation>moet een van de volgende zijn: {known}</translation>
    </message>
    <message>
        <source>must be the number %1, not %2</source>
        <translation type="obsolete">moet het getal %1 zijn, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be the number {format}, not {type}</source>
        <comment>profile.format-type</comment>
        <translation>moet het getal {format} zijn, niet {type}</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="obsolete">moet true of false zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be true or false, not {type}</source>
        <comment>profile.not-boolean</comment>
        <translation>moet true of false zijn, niet {type}</translation>
    </message>
    <message>
        <source>must be written as [[%1]] tables, not %2</source>
        <translation type="obsolete">moet als tabellen [[%1]] worden geschreven, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must be written as [[{name}]] tables, not {type}</source>
        <comment>profile.array-type</comment>
        <translation>moet als tabellen [[{name}]] worden geschreven, niet {type}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must be {format}, not {value}</source>
        <comment>profile.format-wrong</comment>
        <translation>moet {format} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must give the list in at least one language</source>
        <translation type="obsolete">moet de lijst in minstens één taal geven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must give the list in at least one language</source>
        <comment>profile.list-no-language</comment>
        <translation>moet de lijst in minstens één taal geven</translation>
    </message>
    <message>
        <source>must give the text in at least one language</source>
        <translation type="obsolete">moet de tekst in minstens één taal geven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must give the text in at least one language</source>
        <comment>profile.text-no-language</comment>
        <translation>moet de tekst in minstens één taal geven</translation>
    </message>
    <message>
        <source>must have 1 to %1 lines, not %2</source>
        <translation type="obsolete">moet 1 tot %1 regels hebben, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must have 1 to {most} lines, not {count}</source>
        <comment>profile.lines-count</comment>
        <translation>moet 1 tot {most} regels hebben, niet {count}</translation>
    </message>
    <message>
        <source>must name at least one language</source>
        <translation type="obsolete">moet minstens één taal vermelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>must name at least one language</source>
        <comment>profile.languages-empty</comment>
        <translation>moet minstens één taal vermelden</translation>
    </message>
    <message>
        <source>must not be an empty line</source>
        <translation type="obsolete">mag geen lege regel zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must not be an empty line</source>
        <comment>profile.empty-line</comment>
        <translation>mag geen lege regel zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="obsolete">mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must not be empty</source>
        <comment>profile.empty</comment>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must not be empty; leave the key out instead</source>
        <translation type="obsolete">mag niet leeg zijn; laat de sleutel liever weg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>must not be empty; leave the key out instead</source>
        <comment>profile.empty-optional</comment>
        <translation>mag niet leeg zijn; laat de sleutel liever weg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>name agrees</source>
        <comment>mrz.name-agrees</comment>
        <translation>naam klopt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>name differs</source>
        <comment>mrz.name-differs-short</comment>
        <translation>naam verschilt</translation>
    </message>
    <message>
        <source>name the controller the request is forwarded to (a [[controller]] of the profile, or its name)</source>
        <translation type="obsolete">noem de verwerkingsverantwoordelijke aan wie het verzoek wordt doorgestuurd (een [[controller]] van het profiel, of de naam)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <location filename="../../dsar_desk/domain/letter_content/outcomes.py"/>
        <source>name the controller the request is forwarded to (a [[controller]] of the profile, or its name)</source>
        <comment>letter.gap-controller</comment>
        <translation>noem de verwerkingsverantwoordelijke aan wie het verzoek wordt doorgestuurd (een [[controller]] van het profiel, of de naam)</translation>
    </message>
    <message>
        <source>needs at least one [[%1]] table</source>
        <translation type="obsolete">heeft minstens één tabel [[%1]] nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>needs at least one [[{name}]] table</source>
        <comment>profile.array-empty</comment>
        <translation>heeft minstens één tabel [[{name}]] nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>nests deeper than {max} levels: not an export of records</source>
        <comment>letter.data-too-deep</comment>
        <translation>is dieper genest dan {max} niveaus: geen export van records</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>No access token: sign in to the mail provider first</source>
        <comment>mail.token-missing</comment>
        <translation>Geen toegangstoken: meld u eerst aan bij de e-mailprovider</translation>
    </message>
    <message>
        <source>no activity concerning the requester is based on consent or a contract and fed by data the requester provided: Art. 20 does not apply; answer with a refusal giving this reason</source>
        <translation type="obsolete">geen verwerking die de betrokkene aangaat, berust op toestemming of een overeenkomst en bevat gegevens die de betrokkene zelf heeft verstrekt: art. 20 is niet van toepassing; antwoord met een weigering die deze reden vermeldt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>no activity concerning the requester is based on consent or a contract and fed by data the requester provided: Art. 20 does not apply; answer with a refusal giving this reason</source>
        <comment>letter.gap-portability</comment>
        <translation>geen verwerking die de betrokkene aangaat, berust op toestemming of een overeenkomst en bevat gegevens die de betrokkene zelf heeft verstrekt: art. 20 is niet van toepassing; antwoord met een weigering die deze reden vermeldt</translation>
    </message>
    <message>
        <source>no activity concerning the requester is based on consent: there is no consent to withdraw; answer with a refusal or an objection letter instead</source>
        <translation type="obsolete">geen verwerking die de betrokkene aangaat, berust op toestemming: er is geen toestemming om in te trekken; antwoord in plaats daarvan met een weigering of een antwoord op een bezwaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>no activity concerning the requester is based on consent: there is no consent to withdraw; answer with a refusal or an objection letter instead</source>
        <comment>letter.gap-no-consent</comment>
        <translation>geen verwerking die de betrokkene aangaat, berust op toestemming: er is geen toestemming om in te trekken; antwoord in plaats daarvan met een weigering of een antwoord op een bezwaar</translation>
    </message>
    <message>
        <source>no activity concerning the requester rests on a public task or legitimate interests (Art. 6(1)(e) or (f)): the objection of Art. 21(1) does not apply; answer with a refusal giving this reason</source>
        <translation type="obsolete">geen verwerking die de betrokkene aangaat, berust op een taak van algemeen belang of gerechtvaardigde belangen (art. 6, lid 1, onder e) of f)): het bezwaar van art. 21, lid 1, is niet van toepassing; antwoord met een weigering die deze reden vermeldt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>no activity concerning the requester rests on a public task or legitimate interests (Art. 6(1)(e) or (f)): the objection of Art. 21(1) does not apply; answer with a refusal giving this reason</source>
        <comment>letter.gap-objection-basis</comment>
        <translation>geen verwerking die de betrokkene aangaat, berust op een taak van algemeen belang of gerechtvaardigde belangen (art. 6, lid 1, onder e) of f)): het bezwaar van art. 21, lid 1, is niet van toepassing; antwoord met een weigering die deze reden vermeldt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/cases.py"/>
        <source>no case &apos;{reference}&apos;</source>
        <comment>case.unknown</comment>
        <translation>geen dossier &apos;{reference}&apos;</translation>
    </message>
    <message>
        <source>no company number: every letter shows it in the letterhead; give the number from %1</source>
        <translation type="obsolete">geen ondernemingsnummer: elke brief vermeldt het in het briefhoofd; vul het nummer in uit %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>no company number: every letter shows it in the letterhead; give the number from {register}</source>
        <comment>profile.registration-missing</comment>
        <translation>geen ondernemingsnummer: elke brief vermeldt het in het briefhoofd; vul het nummer in uit {register}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>No connection with {host}:{port} ({reason})</source>
        <comment>mail.connect-failed</comment>
        <translation>Geen verbinding met {host}:{port} ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>no database is open</source>
        <comment>backup.no-database</comment>
        <translation>er is geen database geopend</translation>
    </message>
    <message>
        <source>no key at line %1</source>
        <translation type="obsolete">geen sleutel op regel %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>no key yet</source>
        <comment>keyring.no-key-yet</comment>
        <translation>nog geen sleutel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>no keyring works on this computer; on Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. `sudo apt install gnome-keyring`), then log out and in again; or use a passphrase instead</source>
        <comment>keyring.none</comment>
        <translation>op deze computer werkt geen sleutelhanger; installeer en ontgrendel op Linux een Secret Service (GNOME Keyring of KWallet, bv. `sudo apt install gnome-keyring`), meld u daarna af en opnieuw aan; of gebruik in plaats daarvan een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>no MRZ lines: the text is empty</source>
        <comment>mrz.empty</comment>
        <translation>geen MRZ-regels: de tekst is leeg</translation>
    </message>
    <message>
        <source>no organisation &apos;%1&apos; (import its profile first)</source>
        <translation type="obsolete">geen organisatie &apos;%1&apos; (importeer eerst haar profiel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>no organisation &apos;{org}&apos; (import its profile first)</source>
        <comment>case.no-organisation-import-profile</comment>
        <translation>geen organisatie &apos;{org}&apos; (importeer eerst haar profiel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/figures.py"/>
        <source>no organisation &apos;{slug}&apos;</source>
        <comment>figures.unknown-organisation</comment>
        <translation>geen organisatie &apos;{slug}&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/organisations.py"/>
        <source>no organisation &apos;{slug}&apos;</source>
        <comment>organisation.unknown</comment>
        <translation>geen organisatie &apos;{slug}&apos;</translation>
    </message>
    <message>
        <source>no organisation: load the samples first</source>
        <translation type="obsolete">geen organisatie: laad eerst de voorbeelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>No password for {user}: set it in the mail settings</source>
        <comment>mail.password-missing</comment>
        <translation>Geen wachtwoord voor {user}: stel het in bij de e-mailinstellingen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>no password is stored for {label}: store it with `dsar-desk team password {url}` (or in File → Team server…)</source>
        <comment>team.no-password</comment>
        <translation>er is geen wachtwoord bewaard voor {label}: bewaar het met `dsar-desk team password {url}` (of via Bestand → Teamserver…)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>no password is stored for {label}: type it (it is kept in the keyring, never in the settings)</source>
        <comment>team.test-no-password</comment>
        <translation>er is geen wachtwoord bewaard voor {label}: typ het (het wordt bewaard in de sleutelbos, nooit in de instellingen)</translation>
    </message>
    <message>
        <source>no postal address of the requester: this letter can go by e-mail, not by post</source>
        <translation type="obsolete">geen postadres van de betrokkene: deze brief kan per e-mail worden verstuurd, niet per post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>no postal address of the requester: this letter can go by e-mail, not by post</source>
        <comment>letter.requester-no-postal-address</comment>
        <translation>geen postadres van de betrokkene: deze brief kan per e-mail worden verstuurd, niet per post</translation>
    </message>
    <message>
        <source>No processing activity concerning the requester is based on consent or a contract: the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason.</source>
        <translation type="obsolete">Geen enkele verwerking die de betrokkene aangaat, berust op toestemming of een overeenkomst: het recht op overdraagbaarheid van gegevens (art. 20 AVG) is niet van toepassing. Verstuur een weigering met deze reden.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>No processing activity concerning the requester is based on consent or a contract: the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason.</source>
        <comment>letter.portability-not-applicable</comment>
        <translation>Geen enkele verwerking die de betrokkene aangaat, berust op toestemming of een overeenkomst: het recht op overdraagbaarheid van gegevens (art. 20 AVG) is niet van toepassing. Verstuur een weigering met deze reden.</translation>
    </message>
    <message>
        <source>no recipient marked as informed (Art. 19), though the register lists recipients for: %1</source>
        <translation type="obsolete">geen ontvanger als geïnformeerd aangeduid (art. 19), hoewel het register ontvangers vermeldt voor: %1</translation>
    </message>
    <message>
        <source>no recipient marked as informed (Art. 19), though the register lists recipients for: {activities}</source>
        <comment>letter.recipients-not-informed</comment>
        <translation type="obsolete">geen ontvanger als geïnformeerd aangeduid (art. 19), hoewel het register ontvangers vermeldt voor: {activities}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>no recipient marked as informed (Art. 19), though the register lists recipients for: {activities}</source>
        <comment>letter.recipients-not-told</comment>
        <translation>geen ontvanger als geïnformeerd aangeduid (art. 19), hoewel het register ontvangers vermeldt voor: {activities}</translation>
    </message>
    <message>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation</source>
        <translation type="obsolete">voor deze verwerking zijn geen ontvangers vermeld: noem ze, of schrijf recipients = [] als de gegevens naar niemand buiten de organisatie gaan</translation>
    </message>
    <message>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation; until then access answers that include it are refused</source>
        <translation type="obsolete">voor deze verwerking zijn geen ontvangers vermeld: noem ze, of schrijf recipients = [] als de gegevens naar niemand buiten de organisatie gaan; tot dan worden inzagebrieven met deze verwerking geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation; until then access answers that include it are refused</source>
        <comment>profile.recipients-unknown</comment>
        <translation>voor deze verwerking zijn geen ontvangers vermeld: noem ze, of schrijf recipients = [] als de gegevens naar niemand buiten de organisatie gaan; tot dan worden inzagebrieven met deze verwerking geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>no search item of the checklist is still open</source>
        <comment>checklist.no-open-search</comment>
        <translation>geen enkele zoekopdracht van de checklist staat nog open</translation>
    </message>
    <message>
        <source>no supervisory authority for %1</source>
        <translation type="obsolete">geen toezichthoudende autoriteit voor %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>no supervisory authority for {country}</source>
        <comment>letter.no-authority</comment>
        <translation>geen toezichthoudende autoriteit voor {country}</translation>
    </message>
    <message>
        <source>no value at line %1</source>
        <translation type="obsolete">geen waarde op regel %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>No {which} password is stored for {slug} (mail password {slug} {which})</source>
        <comment>mail.no-password</comment>
        <translation>Er is geen {which}-wachtwoord bewaard voor {slug} (mail password {slug} {which})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>not a DSAR Desk encrypted file (unknown header)</source>
        <comment>vault.dsar-desk-encrypted-file</comment>
        <translation>geen door DSAR Desk versleuteld bestand (onbekende kop)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>Not connected to the mail server</source>
        <comment>mail.not-connected</comment>
        <translation>Niet verbonden met de mailserver</translation>
    </message>
    <message>
        <source>note: give the reason why this item does not apply</source>
        <translation type="obsolete">notitie: geef de reden waarom dit punt niet van toepassing is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: give the reason why this item does not apply</source>
        <comment>checklist.note-give-reason-why</comment>
        <translation>notitie: geef de reden waarom dit punt niet van toepassing is</translation>
    </message>
    <message>
        <source>note: is longer than %1 characters</source>
        <translation type="obsolete">notitie: is langer dan %1 tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: is longer than {max} characters</source>
        <comment>checklist.note-longer-than-characters</comment>
        <translation>notitie: is langer dan {max} tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: say what was found (the note goes on every search item marked done)</source>
        <comment>checklist.searches-note</comment>
        <translation>notitie: zeg wat gevonden werd (de notitie komt bij elke zoekopdracht die op gedaan gezet wordt)</translation>
    </message>
    <message>
        <source>note: say which data are kept under the exception, and why</source>
        <translation type="obsolete">notitie: vermeld welke gegevens op grond van de uitzondering bewaard worden, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>note: say which data are kept under the exception, and why</source>
        <comment>checklist.note-say-which-data</comment>
        <translation>notitie: vermeld welke gegevens op grond van de uitzondering bewaard worden, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>nothing answers at {host} port {port}: the server is not running there, or the port is not the right one</source>
        <comment>team.test-refused</comment>
        <translation>niets antwoordt op {host} poort {port}: de server draait daar niet, of de poort is niet de juiste</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>only for a portability answer</source>
        <comment>letter.data-only-portability</comment>
        <translation>alleen voor een antwoord op een verzoek om overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_details.py"/>
        <source>only goes in a letter of the kind {kinds}</source>
        <comment>letter.detail-wrong-kind</comment>
        <translation>hoort alleen in een brief van het soort {kinds}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>optional data</source>
        <comment>mrz.field-optional-data</comment>
        <translation>optionele gegevens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>organisation {key} ({language})</source>
        <comment>letter.fell-back-organisation</comment>
        <translation>organisatie {key} ({language})</translation>
    </message>
    <message>
        <source>partial erasure: say which data are kept and why</source>
        <translation type="obsolete">gedeeltelijke wissing: vermeld welke gegevens bewaard blijven en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>partial erasure: say which data are kept and why</source>
        <comment>letter.erasure-detail-missing</comment>
        <translation>gedeeltelijke wissing: vermeld welke gegevens bewaard blijven en waarom</translation>
    </message>
    <message>
        <source>pause rule must be one of: %1</source>
        <translation type="obsolete">de pauzeregel moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>personal number</source>
        <comment>mrz.field-personal-number</comment>
        <translation>persoonlijk nummer</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): a decision of Art. 22 needs its logic and its consequences; fill in processing[%3].automated_logic and processing[%4].automated_consequences (Art. 15(1)(h))</source>
        <translation type="obsolete">verwerking &apos;%1&apos; (%2): een besluit in de zin van art. 22 vereist de onderliggende logica en de gevolgen; vul processing[%3].automated_logic en processing[%4].automated_consequences in (art. 15, lid 1, onder h))</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): its search is still open in the checklist; mark it done (data found: the answer lists it) or not concerned (left out)</source>
        <translation type="obsolete">verwerking &apos;%1&apos; (%2): de zoekopdracht staat nog open in de checklist; duid ze aan als gedaan (gegevens gevonden: het antwoord vermeldt de verwerking) of als niet van toepassing op de betrokkene (weggelaten)</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): the checklist has no search for it, as the case does not ask for access; add the right of access to the case, then mark the search</source>
        <translation type="obsolete">verwerking &apos;%1&apos; (%2): de checklist bevat er geen zoekopdracht voor, omdat de zaak geen inzage vraagt; voeg het recht van inzage toe aan de zaak en duid dan de zoekopdracht aan</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): the register does not say whether its automated decisions fall under Art. 22; fill in processing[%3].automated_art22 (true or false)</source>
        <translation type="obsolete">verwerking &apos;%1&apos; (%2): het register vermeldt niet of de geautomatiseerde besluiten onder art. 22 vallen; vul processing[%3].automated_art22 in (true of false)</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): the register does not say who receives these data, and unknown is not none; fill in processing[%3].recipients (recipients = [] if no one outside the organisation does)</source>
        <translation type="obsolete">verwerking &apos;%1&apos; (%2): het register vermeldt niet wie deze gegevens ontvangt, en onbekend is niet hetzelfde als geen; vul processing[%3].recipients in (recipients = [] als niemand buiten de organisatie ze ontvangt)</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; (%2): “%3” is not a retention period; fill in processing[%4].retention with the period, or the criteria that decide it (Art. 15(1)(d))</source>
        <translation type="obsolete">verwerking &apos;%1&apos; (%2): “%3” is geen bewaartermijn; vul in processing[%4].retention de termijn in, of de criteria die hem bepalen (art. 15, lid 1, onder d))</translation>
    </message>
    <message>
        <source>processing &apos;%1&apos; names an unknown recipient &apos;%2&apos;</source>
        <translation type="obsolete">verwerking &apos;%1&apos; noemt een onbekende ontvanger &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): a decision of Art. 22 needs its logic and its consequences; fill in processing[{n}].automated_logic and processing[{n}].automated_consequences (Art. 15(1)(h))</source>
        <comment>letter.gap-automated-logic</comment>
        <translation>verwerking &apos;{id}&apos; ({name}): een besluit in de zin van art. 22 vereist de onderliggende logica en de gevolgen; vul processing[{n}].automated_logic en processing[{n}].automated_consequences in (art. 15, lid 1, onder h))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): its search is still open in the checklist; mark it done (data found: the answer lists it) or not concerned (left out)</source>
        <comment>letter.gap-search-open</comment>
        <translation>verwerking &apos;{id}&apos; ({name}): de zoekopdracht staat nog open in de checklist; duid ze aan als gedaan (gegevens gevonden: het antwoord vermeldt de verwerking) of als niet van toepassing op de betrokkene (weggelaten)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): the checklist has no search for it, as the case does not ask for access; add the right of access to the case, then mark the search</source>
        <comment>letter.gap-search-missing</comment>
        <translation>verwerking &apos;{id}&apos; ({name}): de checklist bevat er geen zoekopdracht voor, omdat de zaak geen inzage vraagt; voeg het recht van inzage toe aan de zaak en duid dan de zoekopdracht aan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): the register does not say whether its automated decisions fall under Art. 22; fill in processing[{n}].automated_art22 (true or false)</source>
        <comment>letter.gap-automated-art22</comment>
        <translation>verwerking &apos;{id}&apos; ({name}): het register vermeldt niet of de geautomatiseerde besluiten onder art. 22 vallen; vul processing[{n}].automated_art22 in (true of false)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): the register does not say who receives these data, and unknown is not none; fill in processing[{n}].recipients (recipients = [] if no one outside the organisation does)</source>
        <comment>letter.gap-recipients-unknown</comment>
        <translation>verwerking &apos;{id}&apos; ({name}): het register vermeldt niet wie deze gegevens ontvangt, en onbekend is niet hetzelfde als geen; vul processing[{n}].recipients in (recipients = [] als niemand buiten de organisatie ze ontvangt)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>processing &apos;{id}&apos; ({name}): “{retention}” is not a retention period; fill in processing[{n}].retention with the period, or the criteria that decide it (Art. 15(1)(d))</source>
        <comment>letter.gap-retention</comment>
        <translation>verwerking &apos;{id}&apos; ({name}): “{retention}” is geen bewaartermijn; vul in processing[{n}].retention de termijn in, of de criteria die hem bepalen (art. 15, lid 1, onder d))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>processing &apos;{id}&apos; names an unknown recipient &apos;{recipient}&apos;</source>
        <comment>letter.unknown-recipient</comment>
        <translation>verwerking &apos;{id}&apos; noemt een onbekende ontvanger &apos;{recipient}&apos;</translation>
    </message>
    <message>
        <source>processing &apos;{id}&apos; {key} ({language})</source>
        <comment>letter.fell-back-processing</comment>
        <translation type="obsolete">verwerking &apos;{id}&apos; {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>processing “{name}”: {key} ({language})</source>
        <comment>letter.fell-back-processing-named</comment>
        <translation>verwerking “{name}”: {key} ({language})</translation>
    </message>
    <message>
        <source>Public holidays are not available for the country “%1”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.</source>
        <translation type="obsolete">Feestdagen zijn niet beschikbaar voor het land “%1”; gebruik een ISO 3166-1 alpha-2-code zoals FR, BE, NL, LU of DE.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Public holidays are not available for the country “{country}”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.</source>
        <comment>deadline.public-holidays-are-available</comment>
        <translation>Feestdagen zijn niet beschikbaar voor het land “{country}”; gebruik een ISO 3166-1 alpha-2-code zoals FR, BE, NL, LU of DE.</translation>
    </message>
    <message>
        <source>reason: say why the request is manifestly unfounded or excessive (the requester is told, Art. 12(4))</source>
        <translation type="obsolete">reden: vermeld waarom het verzoek kennelijk ongegrond of buitensporig is (de betrokkene krijgt die reden, art. 12, lid 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>reason: say why the request is manifestly unfounded or excessive (the requester is told, Art. 12(4))</source>
        <comment>case.unfounded-reason</comment>
        <translation>reden: vermeld waarom het verzoek kennelijk ongegrond of buitensporig is (de betrokkene krijgt die reden, art. 12, lid 4)</translation>
    </message>
    <message>
        <source>recipient %1 is listed twice</source>
        <translation type="obsolete">ontvanger %1 staat er twee keer in</translation>
    </message>
    <message>
        <source>recipient %1 is not named by any [[processing]], so no access response will mention it</source>
        <translation type="obsolete">ontvanger %1 wordt door geen enkele [[processing]] genoemd, dus geen antwoord op een inzageverzoek zal hem vermelden</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (%2) is in %3, outside the EEA, with no adequacy decision and no safeguards in the register: the letter cannot say how the transfer is protected; fill in recipient[%4].safeguards (Art. 15(2), 46)</source>
        <translation type="obsolete">ontvanger &apos;%1&apos; (%2) is gevestigd in %3, buiten de EER, zonder adequaatheidsbesluit en zonder waarborgen in het register: de brief kan niet zeggen hoe de doorgifte is beschermd; vul recipient[%4].safeguards in (art. 15, lid 2, 46)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>recipient &apos;{id}&apos; ({name}) is in {country}, outside the EEA, with no adequacy decision and no safeguards in the register: the letter cannot say how the transfer is protected; fill in recipient[{n}].safeguards (Art. 15(2), 46)</source>
        <comment>letter.gap-transfer</comment>
        <translation>ontvanger &apos;{id}&apos; ({name}) is gevestigd in {country}, buiten de EER, zonder adequaatheidsbesluit en zonder waarborgen in het register: de brief kan niet zeggen hoe de doorgifte is beschermd; vul recipient[{n}].safeguards in (art. 15, lid 2, 46)</translation>
    </message>
    <message>
        <source>recipient &apos;{id}&apos; {key} ({language})</source>
        <comment>letter.fell-back-recipient</comment>
        <translation type="obsolete">ontvanger &apos;{id}&apos; {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>recipient {id} is listed twice</source>
        <comment>profile.recipient-twice</comment>
        <translation>ontvanger {id} staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>recipient {id} is not named by any [[processing]], so no access response will mention it</source>
        <comment>profile.recipient-unused</comment>
        <translation>ontvanger {id} wordt door geen enkele [[processing]] genoemd, dus geen antwoord op een inzageverzoek zal hem vermelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>recipient “{name}”: {key} ({language})</source>
        <comment>letter.fell-back-recipient-named</comment>
        <translation>ontvanger “{name}”: {key} ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>Say how the password reaches the requester: phone, sms or post</source>
        <comment>mail.password-channel</comment>
        <translation>Geef aan hoe het wachtwoord de betrokkene bereikt: telefoon, sms of post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>say imap or smtp, not {which}</source>
        <comment>mail.which-server</comment>
        <translation>zeg imap of smtp, niet {which}</translation>
    </message>
    <message>
        <source>Say what proof of identity the requester must send: the profile asks for no identity check.</source>
        <translation type="obsolete">Vermeld welk identiteitsbewijs de betrokkene moet sturen: het profiel vraagt geen identiteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>Say what proof of identity the requester must send: the profile asks for no identity check.</source>
        <comment>letter.identity-proof-needed</comment>
        <translation>Vermeld welk identiteitsbewijs de betrokkene moet sturen: het profiel vraagt geen identiteitscontrole.</translation>
    </message>
    <message>
        <source>say what proof of identity to ask for: the profile names no method, and a copy of an identity document is never asked by default</source>
        <translation type="obsolete">vermeld welk identiteitsbewijs u vraagt: het profiel noemt geen methode, en een kopie van een identiteitsbewijs wordt nooit standaard gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say what proof of identity to ask for: the profile names no method, and a copy of an identity document is never asked by default</source>
        <comment>letter.gap-proof</comment>
        <translation>vermeld welk identiteitsbewijs u vraagt: het profiel noemt geen methode, en een kopie van een identiteitsbewijs wordt nooit standaard gevraagd</translation>
    </message>
    <message>
        <source>say whether these are decisions based solely on automated processing with legal or similarly significant effects: automated_art22 = true or false (GDPR Art. 22); until then access answers are refused</source>
        <translation type="obsolete">vermeld of het om besluiten gaat die uitsluitend op geautomatiseerde verwerking berusten en rechtsgevolgen of vergelijkbare aanmerkelijke gevolgen hebben: automated_art22 = true of false (AVG art. 22); tot dan worden inzagebrieven geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>say whether these are decisions based solely on automated processing with legal or similarly significant effects: automated_art22 = true or false (GDPR Art. 22); until then access answers are refused</source>
        <comment>profile.automated-art22-unknown</comment>
        <translation>vermeld of het om besluiten gaat die uitsluitend op geautomatiseerde verwerking berusten en rechtsgevolgen of vergelijkbare aanmerkelijke gevolgen hebben: automated_art22 = true of false (AVG art. 22); tot dan worden inzagebrieven geweigerd</translation>
    </message>
    <message>
        <source>say which data of other persons are withheld, and why (Art. 15(4))</source>
        <translation type="obsolete">vermeld welke gegevens van anderen worden achtergehouden, en waarom (art. 15, lid 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say which data of other persons are withheld, and why (Art. 15(4))</source>
        <comment>letter.gap-withheld</comment>
        <translation>vermeld welke gegevens van anderen worden achtergehouden, en waarom (art. 15, lid 4)</translation>
    </message>
    <message>
        <source>say which other data matched</source>
        <translation type="obsolete">vermeld welke andere gegevens overeenkwamen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say which other data matched</source>
        <comment>identity.say-which-other-data</comment>
        <translation>vermeld welke andere gegevens overeenkwamen</translation>
    </message>
    <message>
        <source>say who makes the letter</source>
        <translation type="obsolete">vermeld wie de brief opstelt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>say who makes the letter</source>
        <comment>letter.who-missing</comment>
        <translation>vermeld wie de brief opstelt</translation>
    </message>
    <message>
        <source>say who sent the letter</source>
        <translation type="obsolete">vermeld wie de brief heeft verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>say who sent the letter</source>
        <comment>letter.sender-missing</comment>
        <translation>vermeld wie de brief heeft verzonden</translation>
    </message>
    <message>
        <source>say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy</source>
        <translation type="obsolete">vermeld waarom lichtere middelen (gegevens die al aanwezig zijn, een ondertekende brief) niet volstaan voordat u om een kopie van het identiteitsbewijs vraagt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy</source>
        <comment>identity.say-why-lesser-means</comment>
        <translation>vermeld waarom lichtere middelen (gegevens die al aanwezig zijn, een ondertekende brief) niet volstaan voordat u om een kopie van het identiteitsbewijs vraagt</translation>
    </message>
    <message>
        <source>say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy</source>
        <translation type="obsolete">vermeld waarom lichtere middelen (gegevens die al aanwezig zijn, een ondertekende brief) niet volstaan voordat u een kopie van het identiteitsbewijs bewaart</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy</source>
        <comment>identity.say-why-lesser-means-2</comment>
        <translation>vermeld waarom lichtere middelen (gegevens die al aanwezig zijn, een ondertekende brief) niet volstaan voordat u een kopie van het identiteitsbewijs bewaart</translation>
    </message>
    <message>
        <source>say why no identity check is needed</source>
        <translation type="obsolete">vermeld waarom geen identiteitscontrole nodig is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why no identity check is needed</source>
        <comment>identity.say-why-no-identity</comment>
        <translation>vermeld waarom geen identiteitscontrole nodig is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>say why the case is {status} (the note is kept in the timeline)</source>
        <comment>case.status-note-required</comment>
        <translation>zeg waarom het dossier {status} is (de notitie blijft in de tijdlijn)</translation>
    </message>
    <message>
        <source>say why the check failed</source>
        <translation type="obsolete">vermeld waarom de controle mislukte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>say why the check failed</source>
        <comment>identity.say-why-check-failed</comment>
        <translation>vermeld waarom de controle mislukte</translation>
    </message>
    <message>
        <source>say why the data were not rectified: the requester must be told (Art. 12(4))</source>
        <translation type="obsolete">vermeld waarom de gegevens niet zijn gerectificeerd: de betrokkene moet het weten (art. 12, lid 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say why the data were not rectified: the requester must be told (Art. 12(4))</source>
        <comment>letter.gap-rectification-reasons</comment>
        <translation>vermeld waarom de gegevens niet zijn gerectificeerd: de betrokkene moet het weten (art. 12, lid 4)</translation>
    </message>
    <message>
        <source>say why the request is manifestly unfounded or excessive (Art. 12(5))</source>
        <translation type="obsolete">vermeld waarom het verzoek kennelijk ongegrond of buitensporig is (art. 12, lid 5)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say why the request is manifestly unfounded or excessive (Art. 12(5))</source>
        <comment>letter.gap-fee-reasons</comment>
        <translation>vermeld waarom het verzoek kennelijk ongegrond of buitensporig is (art. 12, lid 5)</translation>
    </message>
    <message>
        <source>say why there is a reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter states it</source>
        <translation type="obsolete">vermeld waarom er redelijke twijfel is over de identiteit van de betrokkene (art. 12, lid 6): de brief vermeldt het</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>say why there is a reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter states it</source>
        <comment>letter.gap-doubt</comment>
        <translation>vermeld waarom er redelijke twijfel is over de identiteit van de betrokkene (art. 12, lid 6): de brief vermeldt het</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>Sign in to the mail provider again for {user}</source>
        <comment>mail.oauth-sign-in-again</comment>
        <translation>Meld u opnieuw aan bij de e-mailprovider voor {user}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>SMTP security must be ssl or starttls, not {value}</source>
        <comment>mail.smtp-security-unknown</comment>
        <translation>De SMTP-beveiliging moet ssl of starttls zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>something was recorded on the case after the change to {status} (a letter, a note, a checklist mark…): only a status change that is the last thing done can be undone</source>
        <comment>undo.not-last</comment>
        <translation>na de wijziging naar {status} werd nog iets in het dossier vastgelegd (een brief, een notitie, een punt van de checklist…): alleen een statuswijziging die het laatste is wat gebeurde, kan ongedaan gemaakt worden</translation>
    </message>
    <message>
        <source>speaks of %1 as a privacy policy does; an access answer is written to the requester: write it to &quot;you&quot;, or without the person (EDPB Guidelines 01/2022)</source>
        <translation type="obsolete">spreekt van %1 zoals een privacybeleid; een inzagebrief richt zich tot de betrokkene: schrijf in de tweede persoon (&quot;u&quot;), of zonder de persoon te noemen (EDPB-richtsnoeren 01/2022)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>speaks of {words} as a privacy policy does; an access answer is written to the requester: write it to &quot;you&quot;, or without the person (EDPB Guidelines 01/2022)</source>
        <comment>profile.third-person</comment>
        <translation>spreekt van {words} zoals een privacybeleid; een inzagebrief richt zich tot de betrokkene: schrijf in de tweede persoon (&quot;u&quot;), of zonder de persoon te noemen (EDPB-richtsnoeren 01/2022)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>sslmode “{value}” is not one of {known}</source>
        <comment>location.sslmode-unknown</comment>
        <translation>sslmode “{value}” is niet een van {known}</translation>
    </message>
    <message>
        <source>state: &apos;%1&apos; is not a state (%2)</source>
        <translation type="obsolete">stand: &apos;%1&apos; is geen stand (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/checklist.py"/>
        <source>state: &apos;{state}&apos; is not a state ({known})</source>
        <comment>checklist.state-state</comment>
        <translation>stand: &apos;{state}&apos; is geen stand ({known})</translation>
    </message>
    <message>
        <source>supervisory authority (%1)</source>
        <translation type="obsolete">toezichthoudende autoriteit (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>supervisory authority ({language})</source>
        <comment>letter.fell-back-authority</comment>
        <translation>toezichthoudende autoriteit ({language})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>surname</source>
        <comment>mrz.label-surname</comment>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>The %1 is missing or is not a date.</source>
        <translation type="obsolete">%1 ontbreekt of is geen datum.</translation>
    </message>
    <message>
        <source>The %1 must be a date, not a date and time (use the organisation&apos;s local date, see receipt_date()).</source>
        <translation type="obsolete">%1 moet een datum zijn, geen datum met tijd (gebruik de lokale datum van de organisatie, zie receipt_date()).</translation>
    </message>
    <message>
        <source>the answer cannot arrive before it was asked for</source>
        <translation type="obsolete">het antwoord kan niet aankomen voordat erom gevraagd is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>the answer cannot arrive before it was asked for</source>
        <comment>case.answer-before-asked</comment>
        <translation>het antwoord kan niet aankomen voordat erom gevraagd is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>the attachment key in the keyring is damaged</source>
        <comment>keyring.attachment-key-keyring-damaged-3</comment>
        <translation>de bijlagensleutel in de sleutelhanger is beschadigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>the attachment key in the keyring is damaged (unknown format)</source>
        <comment>keyring.attachment-key-keyring-damaged</comment>
        <translation>de bijlagensleutel in de sleutelhanger is beschadigd (onbekend formaat)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>the attachment key in the keyring is damaged (wrong length)</source>
        <comment>keyring.attachment-key-keyring-damaged-2</comment>
        <translation>de bijlagensleutel in de sleutelhanger is beschadigd (verkeerde lengte)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The attachments are larger than {limit} MB; send them another way (for example on a USB stick or through a download link)</source>
        <comment>mail.send-too-large</comment>
        <translation>De bijlagen zijn groter dan {limit} MB; verstuur ze op een andere manier (bijvoorbeeld op een USB-stick of via een downloadlink)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the attachments are locked: enter the passphrase of this database</source>
        <comment>key.attachments-are-locked-enter</comment>
        <translation>de bijlagen zijn vergrendeld: geef de wachtwoordzin van deze database in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>the backup {name} ends with event {event}, which the database does not hold as it was: the record was rewritten after that backup</source>
        <comment>record.backup-head-missing</comment>
        <translation>de back-up {name} eindigt met gebeurtenis {event}, die de database niet meer zo bevat: het dossier werd na die back-up herschreven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the CA certificate file named by sslrootcert cannot be read: {file}</source>
        <comment>team.test-ca-file</comment>
        <translation>het CA-certificaatbestand dat sslrootcert noemt, kan niet gelezen worden: {file}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/tls.py"/>
        <source>The CA certificate file {path} cannot be read ({reason})</source>
        <comment>mail.ca-file-unreadable</comment>
        <translation>Het CA-certificaatbestand {path} kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the case has no letter &apos;%1&apos;</source>
        <translation type="obsolete">het dossier heeft geen brief &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>the case has no letter &apos;{given}&apos;</source>
        <comment>letter.ref-not-found</comment>
        <translation>het dossier heeft geen brief &apos;{given}&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the case has no status change to undo</source>
        <comment>undo.nothing</comment>
        <translation>het dossier heeft geen statuswijziging om ongedaan te maken</translation>
    </message>
    <message>
        <source>the case is already extended</source>
        <translation type="obsolete">het dossier is al verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is already extended</source>
        <comment>case.already-extended</comment>
        <translation>het dossier is al verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The case is already extended; the limit can be extended only once, by two further months.</source>
        <comment>deadline.already-extended</comment>
        <translation>De zaak is al verlengd; de termijn kan maar één keer worden verlengd, met twee maanden.</translation>
    </message>
    <message>
        <source>the case is already waiting for the requester</source>
        <translation type="obsolete">het dossier wacht al op de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is already waiting for the requester</source>
        <comment>case.already-waiting</comment>
        <translation>het dossier wacht al op de betrokkene</translation>
    </message>
    <message>
        <source>the case is not extended: extend the deadline first, with its reasons</source>
        <translation type="obsolete">het dossier is niet verlengd: verleng eerst de termijn, met de redenen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the case is not extended: extend the deadline first, with its reasons</source>
        <comment>letter.extension-not-extended</comment>
        <translation>het dossier is niet verlengd: verleng eerst de termijn, met de redenen</translation>
    </message>
    <message>
        <source>the case is not open</source>
        <translation type="obsolete">het dossier is niet open</translation>
    </message>
    <message>
        <source>the case is not waiting for the requester</source>
        <translation type="obsolete">het dossier wacht niet op de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is not waiting for the requester</source>
        <comment>case.not-waiting</comment>
        <translation>het dossier wacht niet op de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the case is waiting for the requester&apos;s proof of identity: record the identity check before disclosing data</source>
        <comment>identity.block-waiting</comment>
        <translation>het dossier wacht op het identiteitsbewijs van de betrokkene: leg de identiteitscontrole vast voor u gegevens bekendmaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/actions.py"/>
        <source>the case is {status}: {what} only while it still owes an answer</source>
        <comment>case.action-needs-open-case</comment>
        <translation>het dossier is {status}: {what} alleen zolang het nog een antwoord verschuldigd is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>The certificate of {host} is not trusted ({reason})</source>
        <comment>mail.certificate-refused</comment>
        <translation>Het certificaat van {host} wordt niet vertrouwd ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the change to {status} was made by {who}: only they can undo it</source>
        <comment>undo.other-clerk</comment>
        <translation>de wijziging naar {status} werd gedaan door {who}: alleen die persoon kan ze ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the change to {status} was made more than {minutes} minutes ago: change the status again instead</source>
        <comment>undo.too-late</comment>
        <translation>de wijziging naar {status} gebeurde meer dan {minutes} minuten geleden: wijzig de status opnieuw</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>the check digit of the {field} is {found!r}; the data gives {expected!r}</source>
        <comment>mrz.check-digit-wrong</comment>
        <translation>het controlecijfer van het veld {field} is {found!r}; uit de gegevens volgt {expected!r}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>the checklist keeps data under an exception of Art. 17(3) ({exceptions}): the erasure letter must say so; choose it</source>
        <comment>letter.gap-exception-checklist</comment>
        <translation>de checklist bewaart gegevens op grond van een uitzondering van art. 17, lid 3 ({exceptions}): de wissingsbrief moet dat zeggen; kies ze</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The connection with {host} was lost ({reason})</source>
        <comment>mail.connection-lost</comment>
        <translation>De verbinding met {host} is verbroken ({reason})</translation>
    </message>
    <message>
        <source>the content of this attachment was deleted (purged)</source>
        <translation type="obsolete">de inhoud van deze bijlage is gewist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the content of this attachment was deleted (purged)</source>
        <comment>key.content-attachment-was-deleted</comment>
        <translation>de inhoud van deze bijlage is gewist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The copy could not be put in {folder} ({reply})</source>
        <comment>mail.imap-append-failed</comment>
        <translation>De kopie kon niet in {folder} worden geplaatst ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the copy on {label} does not match the file ({problem}); the team database should be emptied and the copy run again</source>
        <comment>team.migrate-check-failed</comment>
        <translation>de kopie op {label} komt niet overeen met het bestand ({problem}); maak de teamdatabase leeg en kopieer opnieuw</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the database is busy: another DSAR Desk is writing; try again</source>
        <comment>database.busy</comment>
        <translation>de database is bezet: een andere DSAR Desk schrijft erin; probeer opnieuw</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the database {label} on the server is not a DSAR Desk database (it has other tables and no schema version): nothing was written</source>
        <comment>database.server-not-dsar-desk</comment>
        <translation>de database {label} op de server is geen DSAR Desk-database (ze heeft andere tabellen en geen schemaversie): er is niets geschreven</translation>
    </message>
    <message>
        <source>The date %1 + %2 months is out of range.</source>
        <translation type="obsolete">De datum %1 + %2 maanden valt buiten het bereik.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The date {start} + {months} months is out of range.</source>
        <comment>deadline.date-months-out-range</comment>
        <translation>De datum {start} + {months} maanden valt buiten het bereik.</translation>
    </message>
    <message>
        <source>the document expired on %1</source>
        <translation type="obsolete">het document is verlopen op %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the document expired on {expiry}</source>
        <comment>identity.document-expired-on</comment>
        <translation>het document is verlopen op {expiry}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail text {where} in {language} uses an unknown {{{name}}}</source>
        <comment>mail.text-placeholder</comment>
        <translation>De e-mailtekst {where} ({language}) gebruikt een onbekende {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail texts file {name} cannot be read: {reason}</source>
        <comment>mail.texts-unreadable</comment>
        <translation>Het bestand met e-mailteksten {name} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail texts file {name} is missing</source>
        <comment>mail.texts-missing</comment>
        <translation>Het bestand met e-mailteksten {name} ontbreekt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>The e-mail texts in {language} lack {section}.{key}</source>
        <comment>mail.text-missing</comment>
        <translation>In de e-mailteksten ({language}) ontbreekt {section}.{key}</translation>
    </message>
    <message>
        <source>the file could not be read as TOML (%1)</source>
        <translation type="obsolete">het bestand kon niet als TOML worden gelezen (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>the file could not be read as TOML ({type})</source>
        <comment>profile.toml-unreadable</comment>
        <translation>het bestand kon niet als TOML worden gelezen ({type})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>the file is empty</source>
        <comment>mail.empty</comment>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="obsolete">het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>the file is not UTF-8 text</source>
        <comment>profile.not-utf8</comment>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the file is too large to encrypt (the limit is 2 GiB)</source>
        <comment>vault.file-too-large-encrypt</comment>
        <translation>het bestand is te groot om te versleutelen (de grens is 2 GiB)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The folder {folder} cannot be opened ({reply})</source>
        <comment>mail.folder-missing</comment>
        <translation>De map {folder} kan niet worden geopend ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The folder {folder} for sent mail does not exist</source>
        <comment>mail.sent-folder-missing</comment>
        <translation>De map {folder} voor verzonden e-mail bestaat niet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the identity check failed on {day}: record a new check, or record that no check is needed with the reason, before disclosing data</source>
        <comment>identity.block-failed-on</comment>
        <translation>de identiteitscontrole mislukte op {day}: leg een nieuwe controle vast, of leg vast dat geen controle nodig is met de reden, voor u gegevens bekendmaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the identity check failed: record a new check, or record that no check is needed with the reason, before disclosing data</source>
        <comment>identity.block-failed</comment>
        <translation>de identiteitscontrole mislukte: leg een nieuwe controle vast, of leg vast dat geen controle nodig is met de reden, voor u gegevens bekendmaakt</translation>
    </message>
    <message>
        <source>the identity is recorded as verified with an expired document</source>
        <translation type="obsolete">de identiteit is als gecontroleerd vastgelegd met een verlopen document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the identity is recorded as verified with an expired document</source>
        <comment>identity.identity-recorded-as-verified</comment>
        <translation>de identiteit is als gecontroleerd vastgelegd met een verlopen document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The IMAP server is not set</source>
        <comment>mail.imap-host-missing</comment>
        <translation>De IMAP-server is niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the key must be {size} bytes</source>
        <comment>vault.key-must-bytes</comment>
        <translation>de sleutel moet {size} bytes lang zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the key of these attachments (key id {kid}) is not in this computer&apos;s keyring: enter its recovery code (shown when the key was made) to restore it</source>
        <comment>key.key-these-attachments-key</comment>
        <translation>de sleutel van deze bijlagen (sleutel-id {kid}) zit niet in de sleutelhanger van deze computer: geef de herstelcode in (getoond toen de sleutel werd gemaakt) om hem terug te zetten</translation>
    </message>
    <message>
        <source>The language “%1” is not available (available: %2).</source>
        <translation type="obsolete">De taal “%1” is niet beschikbaar (beschikbaar: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The language “{language}” is not available (available: {known}).</source>
        <comment>deadline.language-available-available</comment>
        <translation>De taal “{language}” is niet beschikbaar (beschikbaar: {known}).</translation>
    </message>
    <message>
        <source>the languages have lists of different lengths (%1); check that every item is translated</source>
        <translation type="obsolete">de talen hebben lijsten van verschillende lengte (%1); controleer of elk item vertaald is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>the languages have lists of different lengths ({sizes}); check that every item is translated</source>
        <comment>profile.list-lengths</comment>
        <translation>de talen hebben lijsten van verschillende lengte ({sizes}); controleer of elk item vertaald is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>the last status change was already undone; change the status again instead</source>
        <comment>undo.already-undone</comment>
        <translation>de laatste statuswijziging werd al ongedaan gemaakt; wijzig de status opnieuw</translation>
    </message>
    <message>
        <source>The letter needs the case reference.</source>
        <translation type="obsolete">De brief vergt de referentie van het dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>The letter needs the case reference.</source>
        <comment>letter.reference-needed</comment>
        <translation>De brief vergt de referentie van het dossier.</translation>
    </message>
    <message>
        <source>The letter needs the requester&apos;s name.</source>
        <translation type="obsolete">De brief vergt de naam van de betrokkene.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>The letter needs the requester&apos;s name.</source>
        <comment>letter.requester-name-needed</comment>
        <translation>De brief vergt de naam van de betrokkene.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>the letter says data are kept under an exception of Art. 17(3), but no item of the checklist records it: record the exception on the item concerned, or choose none</source>
        <comment>letter.gap-exception-not-in-checklist</comment>
        <translation>de brief zegt dat gegevens bewaard worden op grond van een uitzondering van art. 17, lid 3, maar geen punt van de checklist legt dat vast: leg de uitzondering vast bij het betrokken punt, of kies er geen</translation>
    </message>
    <message>
        <source>the letter shows no postal address of the organisation: add it to the profile, make the letter again, then post it</source>
        <translation type="obsolete">de brief vermeldt geen postadres van de organisatie: voeg het toe aan het profiel, maak de brief opnieuw en verstuur hem dan per post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the letter shows no postal address of the organisation: add it to the profile, make the letter again, then post it</source>
        <comment>letter.sender-not-postable</comment>
        <translation>de brief vermeldt geen postadres van de organisatie: voeg het toe aan het profiel, maak de brief opnieuw en verstuur hem dan per post</translation>
    </message>
    <message>
        <source>The letter text %1 has a misplaced brace: %2.</source>
        <translation type="obsolete">De brieftekst %1 heeft een verkeerd geplaatste accolade: %2.</translation>
    </message>
    <message>
        <source>The letter text %1 uses the placeholder {%2}, which DSAR Desk does not fill in.</source>
        <translation type="obsolete">De brieftekst %1 gebruikt het veld {%2}, dat DSAR Desk niet invult.</translation>
    </message>
    <message>
        <source>The letter text file %1/%2.toml cannot be read: %3.</source>
        <translation type="obsolete">Het brieftekstbestand %1/%2.toml kan niet worden gelezen: %3.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter text file {language}/{name}.toml cannot be read: {error}.</source>
        <comment>letter.texts-file-unreadable</comment>
        <translation>Het brieftekstbestand {language}/{name}.toml kan niet worden gelezen: {error}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter text {where} has a misplaced brace: {error}.</source>
        <comment>letter.text-misplaced-brace</comment>
        <translation>De brieftekst {where} heeft een verkeerd geplaatste accolade: {error}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter text {where} uses the placeholder {{{name}}}, which DSAR Desk does not fill in.</source>
        <comment>letter.text-unknown-placeholder</comment>
        <translation>De brieftekst {where} gebruikt het veld {{{name}}}, dat DSAR Desk niet invult.</translation>
    </message>
    <message>
        <source>The letter texts for “%1” lack the file %2.toml.</source>
        <translation type="obsolete">Bij de brieventeksten voor “%1” ontbreekt het bestand %2.toml.</translation>
    </message>
    <message>
        <source>The letter texts for “%1” lack “%2” in %3.</source>
        <translation type="obsolete">In de brieventeksten voor “%1” ontbreekt “%2” in %3.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/texts.py"/>
        <source>The letter texts for “{language}” lack the file {name}.toml.</source>
        <comment>letter.texts-file-missing</comment>
        <translation>Bij de brieventeksten voor “{language}” ontbreekt het bestand {name}.toml.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/builder.py"/>
        <source>The letter texts for “{language}” lack “{key}” in {where}.</source>
        <comment>letter.text-missing</comment>
        <translation>In de brieventeksten voor “{language}” ontbreekt “{key}” in {where}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the login “{name}” must be 2 to 41 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <comment>team.login-name</comment>
        <translation>de login “{name}” moet bestaan uit 2 tot 41 kleine letters, cijfers, punten, streepjes of liggende streepjes en met een letter beginnen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The message could not be moved to {folder} ({reply})</source>
        <comment>mail.imap-move-failed</comment>
        <translation>Het bericht kon niet naar {folder} worden verplaatst ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message has more than {limit} parts; it is not read</source>
        <comment>mail.too-many-parts</comment>
        <translation>Het bericht heeft meer dan {limit} onderdelen; het wordt niet gelezen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message has no readable date; enter the date received</source>
        <comment>mail.no-date</comment>
        <translation>Het bericht heeft geen leesbare datum; vul de ontvangstdatum in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The message has no recipient</source>
        <comment>mail.no-recipient</comment>
        <translation>Het bericht heeft geen ontvanger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message is {size} MB; messages over {limit} MB are not read</source>
        <comment>mail.too-large</comment>
        <translation>Het bericht is {size} MB; berichten groter dan {limit} MB worden niet gelezen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>The message nests parts more than {limit} levels deep; it is not read</source>
        <comment>mail.too-deep</comment>
        <translation>In het bericht zijn onderdelen meer dan {limit} niveaus diep genest; het wordt niet gelezen</translation>
    </message>
    <message>
        <source>the MRZ must be given as text</source>
        <translation type="obsolete">de MRZ moet als tekst worden gegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>the MRZ must be given as text</source>
        <comment>mrz.mrz-must-given-as</comment>
        <translation>de MRZ moet als tekst worden gegeven</translation>
    </message>
    <message>
        <source>The new due date of an extension must come after the current due date.</source>
        <translation type="obsolete">De nieuwe uiterste datum van een verlenging moet na de huidige uiterste datum vallen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>The new due date of an extension must come after the current due date.</source>
        <comment>letter.extension-not-later</comment>
        <translation>De nieuwe uiterste datum van een verlenging moet na de huidige uiterste datum vallen.</translation>
    </message>
    <message>
        <source>The organisation&apos;s country is missing.</source>
        <translation type="obsolete">Het land van de organisatie ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The organisation&apos;s country is missing.</source>
        <comment>deadline.organisation-s-country-missing</comment>
        <translation>Het land van de organisatie ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the organisation&apos;s policy asks for an identity check (“{method}”) and none is recorded: record it (or that it is not needed, with the reason) before disclosing data</source>
        <comment>identity.block-policy</comment>
        <translation>het beleid van de organisatie vraagt een identiteitscontrole (“{method}”) en er is er geen vastgelegd: leg ze vast (of dat ze niet nodig is, met de reden) voor u gegevens bekendmaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>the organisation&apos;s policy asks for “{policy}”: say why the identity was checked another way</source>
        <comment>identity.other-method-reason</comment>
        <translation>het beleid van de organisatie vraagt “{policy}”: zeg waarom de identiteit op een andere manier gecontroleerd werd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>the Outlook file cannot be read ({what})</source>
        <comment>mail.outlook-unreadable</comment>
        <translation>het Outlook-bestand kan niet worden gelezen ({what})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the passphrase is empty</source>
        <comment>vault.passphrase-empty</comment>
        <translation>de wachtwoordzin is leeg</translation>
    </message>
    <message>
        <source>the passphrase must be at least 10 characters long</source>
        <translation type="obsolete">de wachtzin moet minstens 10 tekens lang zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the passphrase must be at least 10 characters long</source>
        <comment>key.passphrase-must-at-least</comment>
        <translation>de wachtzin moet minstens 10 tekens lang zijn</translation>
    </message>
    <message>
        <source>the passphrase salt in the database is damaged</source>
        <translation type="obsolete">de salt van de wachtzin in de databank is beschadigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>the passphrase salt in the database is damaged</source>
        <comment>key.passphrase-salt-database-damaged</comment>
        <translation>de salt van de wachtzin in de databank is beschadigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the passphrase salt is missing or too short</source>
        <comment>vault.passphrase-salt-missing-too</comment>
        <translation>de salt van de wachtwoordzin ontbreekt of is te kort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>The password does not open this ZIP</source>
        <comment>mail.zip-password-wrong</comment>
        <translation>Het wachtwoord opent deze ZIP niet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the password is empty</source>
        <comment>team.password-empty</comment>
        <translation>het wachtwoord is leeg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>the password is empty or has more than one line</source>
        <comment>mail.password-empty</comment>
        <translation>het wachtwoord is leeg of telt meer dan één regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the password must have 12 characters or more</source>
        <comment>team.password-short</comment>
        <translation>het wachtwoord moet minstens 12 tekens hebben</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>The password of an encrypted ZIP must have at least 12 characters</source>
        <comment>mail.zip-password-short</comment>
        <translation>Het wachtwoord van een versleutelde ZIP moet minstens 12 tekens hebben</translation>
    </message>
    <message>
        <source>The pause rule “%1” is not known (known: %2).</source>
        <translation type="obsolete">De pauzeregel “%1” is onbekend (bekend: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The pause rule “{rule}” is not known (known: {known}).</source>
        <comment>deadline.pause-rule-known-known</comment>
        <translation>De pauzeregel “{rule}” is onbekend (bekend: {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/figures.py"/>
        <source>the period ends on {end}, before it starts on {start}</source>
        <comment>figures.period-reversed</comment>
        <translation>de periode eindigt op {end}, vóór ze begint op {start}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>The port must be a number from 1 to 65535, not {value}</source>
        <comment>mail.port-invalid</comment>
        <translation>De poort moet een getal van 1 tot 65535 zijn, niet {value}</translation>
    </message>
    <message>
        <source>The portability data must be a mapping of section name to a list of records.</source>
        <translation type="obsolete">De gegevens voor overdraagbaarheid moeten per sectienaam een lijst van records geven.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/portability.py"/>
        <source>The portability data must be a mapping of section name to a list of records.</source>
        <comment>letter.portability-data-type</comment>
        <translation>De gegevens voor overdraagbaarheid moeten per sectienaam een lijst van records geven.</translation>
    </message>
    <message>
        <source>The portability section “%1” must be a list of records (field → value).</source>
        <translation type="obsolete">De sectie “%1” voor overdraagbaarheid moet een lijst van records zijn (veld → waarde).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/portability.py"/>
        <source>The portability section “{name}” must be a list of records (field → value).</source>
        <comment>letter.portability-section-type</comment>
        <translation>De sectie “{name}” voor overdraagbaarheid moet een lijst van records zijn (veld → waarde).</translation>
    </message>
    <message>
        <source>the profile asks for no routine identity check: an identity request needs the reasonable doubt about this requester (Art. 12(6)), which the letter states</source>
        <translation type="obsolete">het profiel vraagt geen routinematige identiteitscontrole: een verzoek om een identiteitsbewijs heeft de redelijke twijfel over deze betrokkene nodig (art. 12, lid 6), die de brief vermeldt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>the profile asks for no routine identity check: an identity request needs the reasonable doubt about this requester (Art. 12(6)), which the letter states</source>
        <comment>letter.gap-doubt-no-routine</comment>
        <translation>het profiel vraagt geen routinematige identiteitscontrole: een verzoek om een identiteitsbewijs heeft de redelijke twijfel over deze betrokkene nodig (art. 12, lid 6), die de brief vermeldt</translation>
    </message>
    <message>
        <source>the profile gives no company number for the letterhead (organisation.registration)</source>
        <translation type="obsolete">het profiel vermeldt geen ondernemingsnummer voor het briefhoofd (organisation.registration)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>the profile gives no company number for the letterhead (organisation.registration)</source>
        <comment>letter.no-registration</comment>
        <translation>het profiel vermeldt geen ondernemingsnummer voor het briefhoofd (organisation.registration)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>the profile gives no e-mail address of {recipient} ([[recipient]] email): give one</source>
        <comment>mail.recipient-no-email</comment>
        <translation>het profiel geeft geen e-mailadres van {recipient} ([[recipient]] email): geef er een op</translation>
    </message>
    <message>
        <source>the profile gives no postal address of the organisation: the letter cannot be posted (add organisation.address)</source>
        <translation type="obsolete">het profiel vermeldt geen postadres van de organisatie: de brief kan niet per post worden verstuurd (vul organisation.address in)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>the profile gives no postal address of the organisation: the letter cannot be posted (add organisation.address)</source>
        <comment>letter.sender-no-postal-address</comment>
        <translation>het profiel vermeldt geen postadres van de organisatie: de brief kan niet per post worden verstuurd (vul organisation.address in)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>the profile is larger than {max} KiB; a register of processing fits in far less</source>
        <comment>profile.too-large</comment>
        <translation>het profiel is groter dan {max} KiB; een register van verwerkingen past in veel minder</translation>
    </message>
    <message>
        <source>the profile is nested too deeply to check</source>
        <translation type="obsolete">het profiel is te diep genest om te controleren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>the profile is nested too deeply to check</source>
        <comment>profile.too-deep</comment>
        <translation>het profiel is te diep genest om te controleren</translation>
    </message>
    <message>
        <source>The promised number of days must be a whole number above 0, not “%1”.</source>
        <translation type="obsolete">Het beloofde aantal dagen moet een geheel getal boven 0 zijn, niet “%1”.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The promised number of days must be a whole number above 0, not “{promise_days}”.</source>
        <comment>deadline.promised-number-days-must</comment>
        <translation>Het beloofde aantal dagen moet een geheel getal boven 0 zijn, niet “{promise_days}”.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/record.py"/>
        <source>the record of the retention purge of {at} was changed</source>
        <comment>record.gap-forged</comment>
        <translation>de vastlegging van de bewaartermijnopruiming van {at} werd gewijzigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the record of {path} does not hold ({problem}): nothing was copied; run `dsar-desk --db {path} verify`</source>
        <comment>team.migrate-record-broken</comment>
        <translation>het dossier van {path} klopt niet ({problem}): er is niets gekopieerd; voer `dsar-desk --db {path} verify` uit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the recovery code contains {ch!r} (character {position}, not counting dashes); recovery codes only use the letters A-Z and the digits 2-7</source>
        <comment>vault.recovery-code-contains-character</comment>
        <translation>de herstelcode bevat {ch!r} (teken {position}, streepjes niet meegeteld); herstelcodes bevatten alleen de letters A-Z en de cijfers 2-7</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the recovery code has {count} letters and digits; it should have {expected} ({groups} groups of {size}); check for a missing or doubled group</source>
        <comment>vault.recovery-code-has-letters</comment>
        <translation>de herstelcode heeft {count} letters en cijfers; hij moet er {expected} hebben ({groups} groepen van {size}); kijk of een groep ontbreekt of dubbel staat</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>the recovery code must be text</source>
        <comment>vault.recovery-code-must-text</comment>
        <translation>de herstelcode moet tekst zijn</translation>
    </message>
    <message>
        <source>the request for information cannot be dated before the case was received</source>
        <translation type="obsolete">het verzoek om informatie kan niet gedateerd zijn vóór de ontvangst van het dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>the request for information cannot be dated before the case was received</source>
        <comment>case.pause-before-received</comment>
        <translation>het verzoek om informatie kan niet gedateerd zijn vóór de ontvangst van het dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>the requester has no e-mail address: give one</source>
        <comment>mail.no-address</comment>
        <translation>de verzoeker heeft geen e-mailadres: geef er een op</translation>
    </message>
    <message>
        <source>the requester has no postal address: add it to the case, make the letter again, then post it</source>
        <translation type="obsolete">de betrokkene heeft geen postadres: vul het aan in het dossier, maak de brief opnieuw en verstuur hem dan per post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the requester has no postal address: add it to the case, make the letter again, then post it</source>
        <comment>letter.no-postal-address</comment>
        <translation>de betrokkene heeft geen postadres: vul het aan in het dossier, maak de brief opnieuw en verstuur hem dan per post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address cannot be read ({why}); write it as postgresql://user@host:port/database</source>
        <comment>location.url-unreadable</comment>
        <translation>het serveradres is niet leesbaar ({why}); schrijf het als postgresql://gebruiker@host:poort/database</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address has an option “{key}” DSAR Desk does not pass on (known: {known})</source>
        <comment>location.option-unknown</comment>
        <translation>het serveradres heeft een optie “{key}” die DSAR Desk niet doorgeeft (bekend: {known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address must not hold the password; give the address without it and store the password in the keyring with `dsar-desk team password URL` (or in File → Team server…)</source>
        <comment>location.password-in-url</comment>
        <translation>het serveradres mag het wachtwoord niet bevatten; geef het adres zonder wachtwoord en bewaar het wachtwoord in de sleutelbos met `dsar-desk team password URL` (of via Bestand → Teamserver…)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address names no database: write postgresql://user@host:port/DATABASE</source>
        <comment>location.database-missing</comment>
        <translation>het serveradres noemt geen database: schrijf postgresql://gebruiker@host:poort/DATABASE</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address names no host: write postgresql://user@HOST:port/database</source>
        <comment>location.host-missing</comment>
        <translation>het serveradres noemt geen host: schrijf postgresql://gebruiker@HOST:poort/database</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/location.py"/>
        <source>the server address names no user: write postgresql://USER@host:port/database (each clerk has a login of their own)</source>
        <comment>location.user-missing</comment>
        <translation>het serveradres noemt geen gebruiker: schrijf postgresql://GEBRUIKER@host:poort/database (elke medewerker heeft een eigen login)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server cannot be reached ({why})</source>
        <comment>team.test-other</comment>
        <translation>de server is niet bereikbaar ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server cannot move a single message safely (no MOVE or UIDPLUS)</source>
        <comment>mail.imap-move-unsupported</comment>
        <translation>De server kan een afzonderlijk bericht niet veilig verplaatsen (geen MOVE of UIDPLUS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server could not list new messages ({reply})</source>
        <comment>mail.imap-search-failed</comment>
        <translation>De server kon geen lijst van de nieuwe berichten geven ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server could not mark the message read ({reply})</source>
        <comment>mail.imap-store-failed</comment>
        <translation>De server kon het bericht niet als gelezen markeren ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server could not send the messages ({reply})</source>
        <comment>mail.imap-fetch-failed</comment>
        <translation>De server kon de berichten niet leveren ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server did not accept the message ({reply})</source>
        <comment>mail.send-refused</comment>
        <translation>De server heeft het bericht niet aanvaard ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server does not admit {user} from this computer (pg_hba.conf): ask its administrator</source>
        <comment>team.test-not-admitted</comment>
        <translation>de server laat {user} niet toe vanaf deze computer (pg_hba.conf): vraag het aan de beheerder</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server gave no UIDVALIDITY for {folder}</source>
        <comment>mail.no-uidvalidity</comment>
        <translation>De server gaf geen UIDVALIDITY voor {folder}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the server has a login “{name}” already</source>
        <comment>team.login-exists</comment>
        <translation>de server heeft al een login “{name}”</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server has no database {dbname}: check the database in the address</source>
        <comment>team.test-no-database</comment>
        <translation>de server heeft geen database {dbname}: controleer de database in het adres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>The server name {host} cannot be found (DNS)</source>
        <comment>mail.dns-failed</comment>
        <translation>De servernaam {host} is niet gevonden (DNS)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server name {host} is not known (DNS): check the host in the address, and that this computer is on the organisation&apos;s network</source>
        <comment>team.test-dns</comment>
        <translation>de servernaam {host} is onbekend (DNS): controleer de host in het adres en of deze computer op het netwerk van de organisatie zit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server refused the login of {user} ({reply})</source>
        <comment>mail.login-refused</comment>
        <translation>De server weigerde de aanmelding van {user} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server refused the login of {user}: the password is wrong, or there is no such login</source>
        <comment>team.test-login</comment>
        <translation>de server weigerde de login van {user}: het wachtwoord is fout, of die login bestaat niet</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server refused the recipient {address} ({reply})</source>
        <comment>mail.recipient-refused</comment>
        <translation>De server weigerde de ontvanger {address} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server refused the sender {address} ({reply})</source>
        <comment>mail.sender-refused</comment>
        <translation>De server weigerde de afzender {address} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server refused {what} ({reply})</source>
        <comment>mail.imap-refused</comment>
        <translation>De server weigerde {what} ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host} closed the connection before accepting the message</source>
        <comment>mail.smtp-lost</comment>
        <translation>De server {host} verbrak de verbinding voordat hij het bericht had aanvaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host} offers no login this desk can use</source>
        <comment>mail.smtp-auth-unsupported</comment>
        <translation>De server {host} biedt geen aanmeldmethode aan die DSAR Desk kan gebruiken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server {host} stopped answering ({what})</source>
        <comment>mail.read-timeout</comment>
        <translation>De server {host} antwoordt niet meer ({what})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host} stopped answering before accepting the message</source>
        <comment>mail.smtp-timeout</comment>
        <translation>De server {host} antwoordde niet meer voordat hij het bericht had aanvaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host}:{port} closed the connection</source>
        <comment>mail.smtp-disconnected</comment>
        <translation>De server {host}:{port} heeft de verbinding verbroken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/net.py"/>
        <source>The server {host}:{port} did not answer within {seconds} s</source>
        <comment>mail.connect-timeout</comment>
        <translation>De server {host}:{port} antwoordde niet binnen {seconds} s</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host}:{port} does not offer STARTTLS</source>
        <comment>mail.starttls-unsupported</comment>
        <translation>De server {host}:{port} biedt geen STARTTLS aan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/imap.py"/>
        <source>The server {host}:{port} does not speak IMAP as expected ({reply})</source>
        <comment>mail.imap-greeting</comment>
        <translation>De server {host}:{port} reageert niet zoals een IMAP-server ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The server {host}:{port} does not speak SMTP as expected ({reply})</source>
        <comment>mail.smtp-greeting</comment>
        <translation>De server {host}:{port} reageert niet zoals een SMTP-server ({reply})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server&apos;s certificate is not made out to {host}: write the host as the certificate names it</source>
        <comment>team.test-tls-name</comment>
        <translation>het certificaat van de server is niet op naam van {host}: schrijf de host zoals het certificaat hem noemt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the server&apos;s TLS certificate cannot be trusted: it is not signed by the CA of sslrootcert, or the server offers no TLS ({why})</source>
        <comment>team.test-tls</comment>
        <translation>het TLS-certificaat van de server is niet te vertrouwen: het is niet ondertekend door de CA van sslrootcert, of de server biedt geen TLS aan ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The sign-in did not give an access token ({reason})</source>
        <comment>mail.oauth-refused</comment>
        <translation>De aanmelding leverde geen toegangstoken op ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>The sign-in must be password or xoauth2, not {value}</source>
        <comment>mail.auth-unknown</comment>
        <translation>De aanmeldmethode moet password of xoauth2 zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The sign-in service cannot be reached ({reason})</source>
        <comment>mail.oauth-unreachable</comment>
        <translation>De aanmelddienst is niet bereikbaar ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The sign-in was not finished within {minutes} minutes</source>
        <comment>mail.oauth-timeout</comment>
        <translation>De aanmelding werd niet binnen {minutes} minuten voltooid</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The SMTP server is not set</source>
        <comment>mail.smtp-host-missing</comment>
        <translation>De SMTP-server is niet ingesteld</translation>
    </message>
    <message>
        <source>the stored letter does not match its SHA-256 any more; it was not written</source>
        <translation type="obsolete">de bewaarde brief komt niet meer overeen met zijn SHA-256; hij is niet geschreven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>the stored letter does not match its SHA-256 any more; it was not written</source>
        <comment>letter.hash-mismatch</comment>
        <translation>de bewaarde brief komt niet meer overeen met zijn SHA-256; hij is niet geschreven</translation>
    </message>
    <message>
        <source>The subdivision “%1” is not a text code.</source>
        <translation type="obsolete">De deelregio “%1” is geen tekstcode.</translation>
    </message>
    <message>
        <source>The subdivision “%1” is not known for %2 (known: %3).</source>
        <translation type="obsolete">De deelregio “%1” is onbekend voor %2 (bekend: %3).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The subdivision “{subdivision}” is not a text code.</source>
        <comment>deadline.subdivision-text-code</comment>
        <translation>De deelregio “{subdivision}” is geen tekstcode.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The subdivision “{subdivision}” is not known for {code} (known: {known}).</source>
        <comment>deadline.subdivision-known-known</comment>
        <translation>De deelregio “{subdivision}” is onbekend voor {code} (bekend: {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team database {label} has no DSAR Desk tables yet: an administrator creates them with `dsar-desk team init {url}`</source>
        <comment>database.server-empty</comment>
        <translation>de teamdatabase {label} heeft nog geen DSAR Desk-tabellen: een beheerder maakt ze met `dsar-desk team init {url}`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>the team database {label} holds cases already: a file is copied only into an empty team database (two records are never merged)</source>
        <comment>team.migrate-not-empty</comment>
        <translation>de teamdatabase {label} bevat al zaken: een bestand wordt alleen in een lege teamdatabase gekopieerd (twee dossiers worden nooit samengevoegd)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team database {label} is at schema {version} and this DSAR Desk needs {latest}: an administrator upgrades it with `dsar-desk team init {url}`</source>
        <comment>database.server-older</comment>
        <translation>de teamdatabase {label} staat op schema {version} en deze DSAR Desk heeft {latest} nodig: een beheerder werkt haar bij met `dsar-desk team init {url}`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team database {label} was upgraded by a newer DSAR Desk (schema {version}; this version knows up to {latest}): update DSAR Desk</source>
        <comment>database.server-newer</comment>
        <translation>de teamdatabase {label} is bijgewerkt door een nieuwere DSAR Desk (schema {version}; deze versie kent tot {latest}): werk DSAR Desk bij</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server refused this for {user}: {why}</source>
        <comment>database.not-allowed</comment>
        <translation>de teamserver weigerde dit voor {user}: {why}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server {label} cannot be reached ({why}); nothing was written</source>
        <comment>database.server-unreachable</comment>
        <translation>de teamserver {label} is niet bereikbaar ({why}); er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server {label} cannot be reached: DSAR Desk is read-only until it is back (nothing was written)</source>
        <comment>database.read-only</comment>
        <translation>de teamserver {label} is niet bereikbaar: DSAR Desk is alleen-lezen tot hij terug is (er werd niets geschreven)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>the team server {label} refused the login of {user} (wrong or missing password): store it again with `dsar-desk team password {url}` (or in File → Team server…)</source>
        <comment>database.server-login-refused</comment>
        <translation>de teamserver {label} weigerde de login van {user} (verkeerd of ontbrekend wachtwoord): bewaar het opnieuw met `dsar-desk team password {url}` (of via Bestand → Teamserver…)</translation>
    </message>
    <message>
        <source>The time zone “%1” is not known.</source>
        <translation type="obsolete">De tijdzone “%1” is onbekend.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The time zone “{tz}” is not known.</source>
        <comment>deadline.time-zone-known</comment>
        <translation>De tijdzone “{tz}” is onbekend.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/oauth.py"/>
        <source>The user or the access token for XOAUTH2 is empty or invalid</source>
        <comment>mail.xoauth2-invalid</comment>
        <translation>De gebruiker of het toegangstoken voor XOAUTH2 is leeg of ongeldig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/smtp.py"/>
        <source>The {field} address &apos;{address}&apos; is not an e-mail address</source>
        <comment>mail.address-invalid</comment>
        <translation>Het adres &apos;{address}&apos; ({field}) is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The {what} is missing or is not a date.</source>
        <comment>deadline.missing-date</comment>
        <translation>{what} ontbreekt of is geen datum.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>The {what} must be a date, not a date and time (use the organisation&apos;s local date, see receipt_date()).</source>
        <comment>deadline.must-date-date-time</comment>
        <translation>{what} moet een datum zijn, geen datum met tijd (gebruik de lokale datum van de organisatie, zie receipt_date()).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/covering.py"/>
        <source>There are no e-mail texts in the language {language}</source>
        <comment>mail.language-unknown</comment>
        <translation>Er zijn geen e-mailteksten in de taal {language}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>there is already an attachment key in the keyring; making a new one would make the attachments encrypted with it unreadable</source>
        <comment>keyring.there-already-attachment-key</comment>
        <translation>er zit al een bijlagensleutel in de sleutelhanger; een nieuwe maken zou de bijlagen die ermee versleuteld zijn onleesbaar maken</translation>
    </message>
    <message>
        <source>there is no letter %1</source>
        <translation type="obsolete">er is geen brief %1</translation>
    </message>
    <message>
        <source>There is no letter of the kind “%1” (known: %2).</source>
        <translation type="obsolete">Er is geen brief van de soort “%1” (bekend: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/build.py"/>
        <source>There is no letter of the kind “{kind}” (known: {known}).</source>
        <comment>letter.kind-unknown</comment>
        <translation>Er is geen brief van de soort “{kind}” (bekend: {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/letters.py"/>
        <source>there is no letter {id}</source>
        <comment>letter.unknown-id</comment>
        <translation>er is geen brief {id}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>There is nothing to put in the encrypted ZIP</source>
        <comment>mail.zip-empty</comment>
        <translation>Er is niets om in de versleutelde ZIP te zetten</translation>
    </message>
    <message>
        <source>this database has an attachment key already</source>
        <translation type="obsolete">deze databank heeft al een sleutel voor bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>this database has an attachment key already</source>
        <comment>key.database-has-attachment-key</comment>
        <translation>deze databank heeft al een sleutel voor bijlagen</translation>
    </message>
    <message>
        <source>this database has no passphrase for its attachments</source>
        <translation type="obsolete">deze databank heeft geen wachtzin voor haar bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>this database has no passphrase for its attachments</source>
        <comment>key.database-has-no-passphrase</comment>
        <translation>deze databank heeft geen wachtzin voor haar bijlagen</translation>
    </message>
    <message>
        <source>this file is not a DSAR Desk database (it has other tables and no schema version)</source>
        <translation type="obsolete">dit bestand is geen DSAR Desk-databank (het heeft andere tabellen en geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>this file is not a DSAR Desk database (it has other tables and no schema version)</source>
        <comment>database.file-dsar-desk-database</comment>
        <translation>dit bestand is geen DSAR Desk-databank (het heeft andere tabellen en geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/message.py"/>
        <source>This file is not an e-mail message that can be read: {reason}</source>
        <comment>mail.not-a-message</comment>
        <translation>Dit bestand is geen leesbaar e-mailbericht: {reason}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/securezip.py"/>
        <source>This is not a ZIP file that can be opened</source>
        <comment>mail.zip-unreadable</comment>
        <translation>Dit is geen ZIP-bestand dat kan worden geopend</translation>
    </message>
    <message>
        <source>this is the MRZ of a visa (document code V); visas are not supported</source>
        <translation type="obsolete">dit is de MRZ van een visum (documentcode V); visa worden niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>this is the MRZ of a visa (document code V); visas are not supported</source>
        <comment>mrz.mrz-visa-document-code</comment>
        <translation>dit is de MRZ van een visum (documentcode V); visa worden niet ondersteund</translation>
    </message>
    <message>
        <source>this letter discloses personal data and %1</source>
        <translation type="obsolete">deze brief bevat persoonsgegevens en %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>this letter discloses personal data and {why}</source>
        <comment>letter.identity-blocked</comment>
        <translation>deze brief bevat persoonsgegevens en {why}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>This message reached the mailbox of {name}</source>
        <comment>mail.other-organisation</comment>
        <translation>Dit bericht kwam aan in de mailbox van {name}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>This message was already handled</source>
        <comment>mail.message-handled</comment>
        <translation>Dit bericht is al behandeld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>This message was already kept ({where})</source>
        <comment>mail.already-kept</comment>
        <translation>Dit bericht is al bewaard ({where})</translation>
    </message>
    <message>
        <source>this recovery code is of another key (key id %1); these attachments need key %2</source>
        <translation type="obsolete">deze herstelcode hoort bij een andere sleutel (sleutel-id %1); deze bijlagen hebben sleutel %2 nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>this recovery code is of another key (key id {found}); these attachments need key {kid}</source>
        <comment>key.recovery-code-another-key</comment>
        <translation>deze herstelcode hoort bij een andere sleutel (sleutel-id {found}); deze bijlagen hebben sleutel {kid} nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/models.py"/>
        <source>this was changed by someone else since it was read; reload it (nothing was written)</source>
        <comment>row.changed-meanwhile</comment>
        <translation>dit is door iemand anders gewijzigd sinds het werd gelezen; laad het opnieuw (er is niets geschreven)</translation>
    </message>
    <message>
        <source>tick at least one right asked</source>
        <translation type="obsolete">vink minstens één gevraagd recht aan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>tick at least one right asked</source>
        <comment>case.tick-at-least-one</comment>
        <translation>vink minstens één gevraagd recht aan</translation>
    </message>
    <message>
        <source>tick which data matched what the organisation holds</source>
        <translation type="obsolete">vink aan welke gegevens overeenkwamen met wat de organisatie bezit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>tick which data matched what the organisation holds</source>
        <comment>identity.tick-which-data-matched</comment>
        <translation>vink aan welke gegevens overeenkwamen met wat de organisatie bezit</translation>
    </message>
    <message>
        <source>TOML syntax error: %1</source>
        <translation type="obsolete">TOML-syntaxfout: %1</translation>
    </message>
    <message>
        <source>TOML syntax error: the file is nested too deeply</source>
        <translation type="obsolete">TOML-syntaxfout: het bestand is te diep genest</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>TOML syntax error: the file is nested too deeply</source>
        <comment>profile.toml-too-deep</comment>
        <translation>TOML-syntaxfout: het bestand is te diep genest</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/parse.py"/>
        <source>TOML syntax error: {error}</source>
        <comment>profile.toml-syntax</comment>
        <translation>TOML-syntaxfout: {error}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/deadlines.py"/>
        <source>Too late to extend: the extension had to be decided by {first:long}, the first limit; it is now {on:long}.</source>
        <comment>deadline.extension-too-late</comment>
        <translation>Te laat om te verlengen: de verlenging moest uiterlijk op {first:long} (de eerste termijn) worden beslist; het is nu {on:long}.</translation>
    </message>
    <message>
        <source>unknown data: %1 (%2)</source>
        <translation type="obsolete">onbekende gegevens: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/identity.py"/>
        <source>unknown data: {unknown} ({known})</source>
        <comment>identity.unknown-data</comment>
        <translation>onbekende gegevens: {unknown} ({known})</translation>
    </message>
    <message>
        <source>unknown key: this version of DSAR Desk does not use it (it is kept on export)%1</source>
        <translation type="obsolete">onbekende sleutel: deze versie van DSAR Desk gebruikt hem niet (hij blijft behouden bij export)%1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>unknown key: this version of DSAR Desk does not use it (it is kept on export){hint}</source>
        <comment>profile.unknown-key</comment>
        <translation>onbekende sleutel: deze versie van DSAR Desk gebruikt hem niet (hij blijft behouden bij export){hint}</translation>
    </message>
    <message>
        <source>unknown recipient id %1: no [[recipient]] has this id%2</source>
        <translation type="obsolete">onbekende id van ontvanger %1: geen enkele [[recipient]] heeft deze id%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>unknown recipient id {id}: no [[recipient]] has this id{hint}</source>
        <comment>profile.recipient-unknown</comment>
        <translation>onbekende id van ontvanger {id}: geen enkele [[recipient]] heeft deze id{hint}</translation>
    </message>
    <message>
        <source>unknown section %1</source>
        <translation type="obsolete">onbekende sectie %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="obsolete">niet-afgesloten tekenreeks</translation>
    </message>
    <message>
        <source>was already marked sent</source>
        <translation type="obsolete">was al als verzonden gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>was already marked sent</source>
        <comment>letter.sent-meanwhile</comment>
        <translation>was al als verzonden gemarkeerd</translation>
    </message>
    <message>
        <source>was already marked sent on %1 (%2)</source>
        <translation type="obsolete">was al als verzonden gemarkeerd op %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>was already marked sent on {day} ({method})</source>
        <comment>letter.already-sent</comment>
        <translation>was al als verzonden gemarkeerd op {day} ({method})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/vault.py"/>
        <source>wrong key or damaged data</source>
        <comment>vault.wrong-key-damaged-data</comment>
        <translation>verkeerde sleutel of beschadigde gegevens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>wrong passphrase: it does not give the key of these attachments</source>
        <comment>keyring.wrong-passphrase-does-give</comment>
        <translation>verkeerde wachtwoordzin: hij geeft niet de sleutel van deze bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>XOAUTH2 needs the client ID of the application your organisation registered</source>
        <comment>mail.client-id-needed</comment>
        <translation>XOAUTH2 vereist de client-ID van de toepassing die uw organisatie heeft geregistreerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/mail/account.py"/>
        <source>XOAUTH2 needs the provider: microsoft or google</source>
        <comment>mail.provider-needed</comment>
        <translation>XOAUTH2 vereist de provider: microsoft of google</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{ch!r} is not an MRZ character</source>
        <comment>mrz.mrz-character</comment>
        <translation>{ch!r} is geen MRZ-teken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/checklist.py"/>
        <source>{count} checklist item(s) still open (first: #{first} {label}); mark them, or override with a reason</source>
        <comment>checklist.items-open</comment>
        <translation>{count} punt(en) van de checklist staan nog open (eerste: #{first} {label}); vink ze af, of ga verder met een reden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/organisations.py"/>
        <source>{count} error(s) in the profile</source>
        <comment>profile.rejected</comment>
        <translation>{count} fout(en) in het profiel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{count} lines; an MRZ has 2 lines (TD2, TD3 passport) or 3 lines (TD1 identity card)</source>
        <comment>mrz.line-count</comment>
        <translation>{count} regels; een MRZ heeft 2 regels (TD2, TD3 paspoort) of 3 regels (TD1 identiteitskaart)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>{day} is before the GDPR applied (25 May 2018)</source>
        <comment>case.received-before-gdpr</comment>
        <translation>{day} ligt vóór de toepassing van de AVG (25 mei 2018)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>{day} is before the letter was made ({made})</source>
        <comment>letter.sent-before-made</comment>
        <translation>{day} valt vóór het opstellen van de brief ({made})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/cases.py"/>
        <source>{day} is in the future</source>
        <comment>case.pause-in-future</comment>
        <translation>{day} ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>{day} is in the future</source>
        <comment>case.received-in-future</comment>
        <translation>{day} ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/letters.py"/>
        <source>{day} is in the future</source>
        <comment>letter.sent-in-future</comment>
        <translation>{day} ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>{help}. Attachments are encrypted: choose a passphrase for them (asked once per session), or install a keyring first</source>
        <comment>key.attachments-are-encrypted-choose</comment>
        <translation>{help}. De bijlagen worden versleuteld: kies er een wachtwoordzin voor (één keer per sessie gevraagd), of installeer eerst een sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/keys.py"/>
        <source>{help}. The attachments of this database were encrypted with key {kid}: enter its recovery code to open them this session</source>
        <comment>key.attachments-database-were-encrypted</comment>
        <translation>{help}. De bijlagen van deze database zijn versleuteld met sleutel {kid}: geef de herstelcode in om ze deze sessie te openen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{host} port {port} does not answer in time: the network or a firewall keeps the server out of reach</source>
        <comment>team.test-timeout</comment>
        <translation>{host} poort {port} antwoordt niet op tijd: het netwerk of een firewall houdt de server onbereikbaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{id} is already the id of controller[{other}]; ids must be unique</source>
        <comment>profile.controller-id-twice</comment>
        <translation>{id} is al het id van controller[{other}]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{id} is already the id of processing[{other}]; ids must be unique</source>
        <comment>profile.processing-id-twice</comment>
        <translation>{id} is al de id van processing[{other}]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{id} is already the id of recipient[{other}]; ids must be unique</source>
        <comment>profile.recipient-id-twice</comment>
        <translation>{id} is al de id van recipient[{other}]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{label}: choose an outcome ({known})</source>
        <comment>case.choose-outcome</comment>
        <translation>{label}: kies een resultaat ({known})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{label}: give the reason for &apos;{value}&apos;</source>
        <comment>case.give-reason</comment>
        <translation>{label}: geef de reden voor &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{label}: the MRZ has {mrz}, you entered {entered}</source>
        <comment>mrz.name-differs</comment>
        <translation>{label}: de MRZ vermeldt {mrz}, u gaf {entered} in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{label}: the MRZ has {mrz}, you entered {entered} (the MRZ name may be cut short)</source>
        <comment>mrz.name-differs-cut</comment>
        <translation>{label}: de MRZ vermeldt {mrz}, u gaf {entered} in (de naam in de MRZ kan ingekort zijn)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/mrz.py"/>
        <source>{label}: {ch!r} in {entered!r} has no MRZ spelling; compare with {value} by eye</source>
        <comment>mrz.has-no-mrz-spelling</comment>
        <translation>{label}: {ch!r} in {entered!r} heeft geen MRZ-spelling; vergelijk met {value} op zicht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{location} is a file, not a team server: a file needs no password</source>
        <comment>team.not-a-server</comment>
        <translation>{location} is een bestand, geen teamserver: een bestand heeft geen wachtwoord nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{location} is a file: the copy goes to a team server (postgresql://...)</source>
        <comment>team.migrate-to-file</comment>
        <translation>{location} is een bestand: de kopie gaat naar een teamserver (postgresql://...)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>{name!r} could not be {action} in {where} ({reason})</source>
        <comment>keyring.could</comment>
        <translation>{name!r} kon niet worden {action} in {where} ({reason})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>{names}: not marked as told in the checklist; the letter names the recipients whose “inform” item is done</source>
        <comment>letter.gap-informed-not-in-checklist</comment>
        <translation>{names}: niet als verwittigd aangeduid in de checklist; de brief vermeldt de ontvangers van wie het punt “verwittigen” gedaan is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} has no IMAP server in its mail settings</source>
        <comment>mail.no-imap</comment>
        <translation>{name} heeft geen IMAP-server in zijn e-mailinstellingen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} has no mail settings yet (mail setup)</source>
        <comment>mail.no-account</comment>
        <translation>{name} heeft nog geen e-mailinstellingen (mail setup)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} has no SMTP server in its mail settings</source>
        <comment>mail.no-smtp</comment>
        <translation>{name} heeft geen SMTP-server in zijn e-mailinstellingen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/identity.py"/>
        <source>{name} is empty</source>
        <comment>identity.copy-empty</comment>
        <translation>{name} is leeg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <location filename="../../dsar_desk/domain/cases.py"/>
        <source>{name} is larger than {mb} MB</source>
        <comment>case.attachment-too-large</comment>
        <translation>{name} is groter dan {mb} MB</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{name} is not a file</source>
        <comment>attachment.not-a-file</comment>
        <translation>{name} is geen bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/attachments.py"/>
        <source>{name} is the database itself (or one of its files): it cannot be attached</source>
        <comment>attachment.is-the-database</comment>
        <translation>{name} is de database zelf (of een van haar bestanden): die kan niet worden bijgevoegd</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({exc})</source>
        <comment>database.cannot-read-as-database</comment>
        <translation type="obsolete">{path} kan niet als databank worden gelezen ({exc})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} cannot be read as a database ({why})</source>
        <comment>database.cannot-read-database</comment>
        <translation>{path} kan niet als databank worden gelezen ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} cannot hold a database: {parent} is a file, not a folder</source>
        <comment>database.parent-not-folder</comment>
        <translation>{path} kan geen database bevatten: {parent} is een bestand, geen map</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} exists already: choose another name</source>
        <comment>backup.exists</comment>
        <translation>{path} bestaat al: kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} is damaged ({detail})</source>
        <comment>backup.damaged</comment>
        <translation>{path} is beschadigd ({detail})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} is damaged ({detail}); nothing was written, and no backup of it was found</source>
        <comment>database.damaged</comment>
        <translation>{path} is beschadigd ({detail}); er werd niets geschreven en er is geen back-up van gevonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} is damaged ({detail}); nothing was written. The newest backup is {backup}: restore it with `dsar-desk --db {path} restore {backup}`</source>
        <comment>database.damaged-backup</comment>
        <translation>{path} is beschadigd ({detail}); er werd niets geschreven. De recentste back-up is {backup}: zet die terug met `dsar-desk --db {path} restore {backup}`</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{path} is not a database file</source>
        <comment>team.migrate-no-file</comment>
        <translation>{path} is geen databasebestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} is not a database file (it is a folder or a device)</source>
        <comment>database.not-a-file</comment>
        <translation>{path} is geen databasebestand (het is een map of een apparaat)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} is not a DSAR Desk database ({why})</source>
        <comment>backup.not-a-database</comment>
        <translation>{path} is geen DSAR Desk-database ({why})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} is not a file</source>
        <comment>backup.not-found</comment>
        <translation>{path} is geen bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path} was written by a newer DSAR Desk (schema {version})</source>
        <comment>backup.newer</comment>
        <translation>{path} werd geschreven door een nieuwere DSAR Desk (schema {version})</translation>
    </message>
    <message>
        <source>{path} was written by a newer DSAR Desk (schema {version}; this version knows up to {LATEST}). Update DSAR Desk; the file was left untouched.</source>
        <comment>database.was-written-by-newer</comment>
        <translation type="obsolete">{path} is geschreven door een nieuwere DSAR Desk (schema {version}; deze versie kent tot {LATEST}). Werk DSAR Desk bij; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{path} was written by a newer DSAR Desk (schema {version}; this version knows up to {latest}). Update DSAR Desk; the file was left untouched.</source>
        <comment>database.written-newer-dsar-desk</comment>
        <translation>{path} is geschreven door een nieuwere DSAR Desk (schema {version}; deze versie kent tot {latest}). Werk DSAR Desk bij; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/backup.py"/>
        <source>{path}: the record does not hold ({first})</source>
        <comment>backup.record-broken</comment>
        <translation>{path}: het dossier klopt niet ({first})</translation>
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
        <translation>{reference} heeft geen checklistpunt {item}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/mail.py"/>
        <source>{reference} is a case of another organisation</source>
        <comment>mail.case-other-organisation</comment>
        <translation>{reference} is een dossier van een andere organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: choose the outcome ({allowed}: the letter “{letter}” allows either)</source>
        <comment>answer.choose-between</comment>
        <translation>{right}: kies de uitkomst ({allowed}: de brief “{letter}” laat beide toe)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: it was answered as “{outcome}” without a letter; to change that, reopen the case</source>
        <comment>answer.no-letter-fixed</comment>
        <translation>{right}: beantwoord als “{outcome}” zonder brief; heropen het dossier om dat te wijzigen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: no letter answering it was sent; send one and mark it sent, or record the outcome with the reason no letter is needed (e.g. answered by phone and confirmed by e-mail)</source>
        <comment>answer.right-unanswered</comment>
        <translation>{right}: er werd geen brief verzonden die het beantwoordt; verzend er een en markeer hem als verzonden, of leg de uitkomst vast met de reden waarom geen brief nodig is (bv. telefonisch beantwoord en per e-mail bevestigd)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>{right}: the checklist still has {count} item(s) to act on open ({items}); the letter says it is done: mark them first</source>
        <comment>letter.gap-act-open</comment>
        <translation>{right}: de checklist heeft nog {count} open punt(en) om uit te voeren ({items}); de brief zegt dat het gedaan is: markeer ze eerst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: the letter “{sent}” sent on {day:long} told the requester which data are held; a “{letter}” letter would say the opposite</source>
        <comment>answer.no-data-after-answer</comment>
        <translation>{right}: de brief “{sent}”, verzonden op {day:long}, liet de betrokkene weten welke gegevens er zijn; een brief “{letter}” zou het tegendeel zeggen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: the reason is longer than {max} characters</source>
        <comment>answer.no-letter-too-long</comment>
        <translation>{right}: de reden is langer dan {max} tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: this letter answers {new}, but the letter “{sent}” sent on {day:long} answered {old}; a case gives one answer per right (to answer anew, reopen the case and say why in the timeline)</source>
        <comment>answer.letter-contradicts</comment>
        <translation>{right}: deze brief antwoordt {new}, maar de brief “{sent}”, verzonden op {day:long}, antwoordde {old}; een dossier geeft één antwoord per recht (heropen het dossier om opnieuw te antwoorden en zeg waarom in de tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/gaps.py"/>
        <source>{right}: {names} still to be told (checklist {items}); mark each done (the letter names it) or not applicable with the reason (Art. 19: impossible or a disproportionate effort)</source>
        <comment>letter.gap-inform-open</comment>
        <translation>{right}: {names} nog te verwittigen (checklist {items}); zet elk op gedaan (de brief vermeldt het) of op niet van toepassing met de reden (art. 19: onmogelijk of een onevenredige inspanning)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/finishing.py"/>
        <source>{right}: “{outcome}” does not match what was sent: the letter “{letter}” of {day:long} answers {allowed}</source>
        <comment>answer.outcome-mismatch</comment>
        <translation>{right}: “{outcome}” klopt niet met wat verzonden werd: de brief “{letter}” van {day:long} antwoordt {allowed}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>{source} is not the one these attachments were encrypted with (key id {found}, expected {key_id_hint})</source>
        <comment>keyring.one-these-attachments-were</comment>
        <translation>{source} is niet de sleutel waarmee deze bijlagen versleuteld zijn (sleutel-id {found}, verwacht {key_id_hint})</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>{type} has no TOML form (leave the key out instead)</source>
        <comment>profile.no-toml-form</comment>
        <translation>{type} heeft geen TOML-vorm (laat de sleutel liever weg)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/desk/team.py"/>
        <source>{user} may not add team members on this server (it needs the CREATEROLE right): ask the server&apos;s administrator</source>
        <comment>team.add-not-allowed</comment>
        <translation>{user} mag op deze server geen teamleden toevoegen (daarvoor is het recht CREATEROLE nodig): vraag het de beheerder van de server</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{user} may not create or change the tables of {label} (the server said: {why}); run this as the database&apos;s owner</source>
        <comment>database.server-init-not-allowed</comment>
        <translation>{user} mag de tabellen van {label} niet aanmaken of wijzigen (de server zei: {why}); voer dit uit als eigenaar van de database</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/store/db.py"/>
        <source>{user} may not read the team&apos;s tables (the server said: {why}): ask an administrator to add the login to the team</source>
        <comment>team.test-no-rights</comment>
        <translation>{user} mag de tabellen van het team niet lezen (de server zei: {why}): vraag een beheerder om de login aan het team toe te voegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>{value} days is later than the legal limit of one month (GDPR Art. 12(3)); use at most {high}, or leave it out for one month (the app never sets a deadline later than the legal limit)</source>
        <comment>profile.deadline-too-late</comment>
        <translation>{value} dagen is later dan de wettelijke termijn van één maand (AVG art. 12, lid 3); gebruik hoogstens {high}, of laat het weg voor één maand (de app stelt nooit een termijn later dan de wettelijke)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{value} does not look like an e-mail address</source>
        <comment>profile.email-invalid</comment>
        <translation>{value} lijkt geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_organisation.py"/>
        <source>{value} is listed twice</source>
        <comment>profile.language-twice</comment>
        <translation>{value} staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>{value} is not a language code: use a two-letter ISO 639-1 code such as &quot;nl&quot; or &quot;fr&quot;{hint}</source>
        <comment>profile.language-invalid</comment>
        <translation>{value} is geen taalcode: gebruik een ISO 639-1-code van twee letters zoals &quot;nl&quot; of &quot;fr&quot;{hint}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{value} is not a retention period: give the period, or the criteria that decide it (GDPR Art. 15(1)(d)); until then access answers are refused</source>
        <comment>profile.retention-vague</comment>
        <translation>{value} is geen bewaartermijn: vermeld de termijn, of de criteria die hem bepalen (AVG art. 15, lid 1, onder d)); tot dan worden inzagebrieven geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/checker.py"/>
        <source>{value} is not an ISO 3166-1 alpha-2 country code in capitals{hint}</source>
        <comment>profile.country-invalid</comment>
        <translation>{value} is geen ISO 3166-1 alpha-2-landcode in hoofdletters{hint}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/secrets.py"/>
        <source>{where} is locked or refused access, so {name!r} could not be {action}; unlock it (log in again or open the keyring app) and retry, or use a passphrase instead</source>
        <comment>keyring.locked-refused-access-so</comment>
        <translation>{where} is vergrendeld of weigert de toegang, dus {name!r} kon niet worden {action}; ontgrendel hem (meld u opnieuw aan of open de sleutelhanger-app) en probeer opnieuw, of gebruik een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{who} is in {country}, outside the EEA and without an adequacy decision, and no safeguards are stated: state them in safeguards (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <comment>profile.transfer-unsafe</comment>
        <translation>{who} is gevestigd in {country}, buiten de EER en zonder adequaatheidsbesluit, en er zijn geen waarborgen vermeld: vermeld ze in safeguards (bv. standaardcontractbepalingen) - AVG art. 44-46; tot dan worden inzagebrieven die deze ontvanger noemen geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/profile/check_register.py"/>
        <source>{who} is in {country}, outside the EEA, and no safeguards are stated; {partial}: if {who} is certified, say so in safeguards, else state the safeguards used (e.g. standard contractual clauses) - GDPR Art. 44-46; until then access answers naming it are refused</source>
        <comment>profile.transfer-partial-blocks</comment>
        <translation>{who} is gevestigd in {country}, buiten de EER, en er zijn geen waarborgen vermeld; {partial}: is {who} gecertificeerd, vermeld dat dan in safeguards, anders de gebruikte waarborgen (bv. standaardcontractbepalingen) - AVG art. 44-46; tot dan worden inzagebrieven die deze ontvanger noemen geweigerd</translation>
    </message>
    <message>
        <source>“%1” is not a ground of Art. 18(1) GDPR (known: %2).</source>
        <translation type="obsolete">“%1” is geen grond van art. 18, lid 1, AVG (bekend: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a reason for a fee (known: %2).</source>
        <translation type="obsolete">“%1” is geen reden voor een vergoeding (bekend: %2).</translation>
    </message>
    <message>
        <source>“%1” is not an exception of Art. 17(3) GDPR (known: %2).</source>
        <translation type="obsolete">“%1” is geen uitzondering van art. 17, lid 3, AVG (bekend: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>“{exception}” is not an exception of Art. 17(3) GDPR (known: {known}).</source>
        <comment>letter.erasure-exception-unknown</comment>
        <translation>“{exception}” is geen uitzondering van art. 17, lid 3, AVG (bekend: {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/answers.py"/>
        <source>“{ground}” is not a ground of Art. 18(1) GDPR (known: {known}).</source>
        <comment>letter.restriction-ground-unknown</comment>
        <translation>“{ground}” is geen grond van art. 18, lid 1, AVG (bekend: {known}).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/domain/letter_content/procedure.py"/>
        <source>“{reason}” is not a reason for a fee (known: {known}).</source>
        <comment>letter.fee-reason-unknown</comment>
        <translation>“{reason}” is geen reden voor een vergoeding (bekend: {known}).</translation>
    </message>
</context>
</TS>
