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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source> days</source>
        <translation> dagen</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw dossier…</translation>
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
        <source>&amp;Security…</source>
        <translation>&amp;Beveiliging…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>90% answered within {0} days</source>
        <translation>90% beantwoord binnen {0} dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>A change of languages shows in the text fields after saving.</source>
        <translation>Een wijziging van de talen verschijnt in de tekstvelden na het opslaan.</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>About DSAR Desk</source>
        <translation>Over DSAR Desk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
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
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Act in</source>
        <translation>Uitvoeren in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>activity: {0}</source>
        <translation>verwerking: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add a note to the timeline…</source>
        <translation>Een notitie aan de tijdlijn toevoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Address (one line per row)</source>
        <translation>Adres (één regel per rij)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Ask the requester for an ID copy</source>
        <translation>De betrokkene om een kopie van het identiteitsbewijs vragen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>asked</source>
        <translation>gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Asked once per session; DSAR Desk never writes it down.</source>
        <translation>Eén keer per sessie gevraagd; DSAR Desk schrijft hem nooit op.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>asked {0}</source>
        <translation>gevraagd op {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>At least 10 characters. Asked once per session; DSAR Desk never writes it down. You will also get a recovery code.</source>
        <translation>Minstens 10 tekens. Eén keer per sessie gevraagd; DSAR Desk schrijft hem nooit op. U krijgt ook een herstelcode.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Attach ID copy…</source>
        <translation>Kopie identiteitsbewijs bijvoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attachment added</source>
        <translation>Bijlage toegevoegd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Attach…</source>
        <translation>Bijvoegen…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Awaiting identity</source>
        <translation>Wacht op identiteit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Before keeping a copy: black out the photo and the national (citizen) number unless they are needed for this check. The copy is stored encrypted and deleted automatically after the retention period of the organisation&apos;s policy.</source>
        <translation>Voordat u een kopie bewaart: maak de foto en het rijksregister- of burgerservicenummer onleesbaar, tenzij ze nodig zijn voor deze controle. De kopie wordt versleuteld bewaard en automatisch verwijderd na de bewaartermijn van het beleid van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Blacked out</source>
        <translation>Onleesbaar gemaakt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>By hand</source>
        <translation>Afgegeven tegen ontvangstbewijs</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Case {0} created</source>
        <translation>Dossier {0} aangemaakt</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Choose a passphrase for the attachments</source>
        <translation>Kies een wachtzin voor de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Choose an item of the checklist first.</source>
        <translation>Kies eerst een punt van de checklist.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Choose the organisation whose procedure to save.</source>
        <translation>Kies de organisatie waarvan u de procedure wilt opslaan.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Close case…</source>
        <translation>Dossier afsluiten…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Compelling legitimate grounds to go on (empty: processing stopped)</source>
        <translation>Dwingende gerechtvaardigde gronden om door te gaan (leeg: verwerking gestopt)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Copy of the data</source>
        <translation>Kopie van de gegevens</translation>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Data that matched</source>
        <translation>Gegevens die overeenkwamen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Database: {0}</source>
        <translation>Databank: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Date of the check</source>
        <translation>Datum van de controle</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Deadline rules…</source>
        <translation>Regels voor de termijn…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>DSAR Desk now encrypts the attachments of this database (scans, e-mails, ID copies) with a key kept in this computer&apos;s keyring (or derived from your passphrase). Here is the key&apos;s recovery code. It is shown only this once: write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation>DSAR Desk versleutelt nu de bijlagen van deze databank (scans, e-mails, kopieën van identiteitsbewijzen) met een sleutel in de sleutelbos van deze computer (of afgeleid van uw wachtzin). Hier is de herstelcode van de sleutel. Die wordt maar één keer getoond: schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>DSAR Desk {0}: answer GDPR data subject requests on time, offline.</source>
        <translation>DSAR Desk {0}: verzoeken van betrokkenen onder de AVG tijdig beantwoorden, offline.</translation>
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
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Due within 7 days</source>
        <translation>Binnen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Due within {0} days</source>
        <translation>Binnen {0} dagen te beantwoorden</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Electronic identity (eID, itsme, DigiD, FranceConnect…)</source>
        <translation>Elektronische identiteit (eID, itsme, DigiD, FranceConnect…)</translation>
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
        <translation>E-mailadres van het account</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Erasure done</source>
        <translation>Wissing uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>EXPIRED</source>
        <translation>VERLOPEN</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Export organisation profile</source>
        <translation>Organisatieprofiel exporteren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Exporting due dates…</source>
        <translation>Uiterste data worden geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <source>Extension of the deadline</source>
        <translation>Verlenging van de termijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Fee</source>
        <translation>Vergoeding</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee (EUR)</source>
        <translation>Vergoeding (EUR)</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Fee paid</source>
        <translation>Betaalde vergoeding</translation>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>For this letter</source>
        <translation>Voor deze brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Give the reason for answering with open checklist items.</source>
        <translation>Geef de reden om te antwoorden terwijl punten van de checklist nog open zijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Given names on the document</source>
        <translation>Voornamen op het document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>I have written down the recovery code</source>
        <translation>Ik heb de herstelcode opgeschreven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>ID copies deleted at the end of their retention: {0}</source>
        <translation>Kopieën van identiteitsbewijzen verwijderd aan het einde van hun bewaartermijn: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>ID copy</source>
        <translation>Kopie identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>ID copy purged</source>
        <translation>Kopie identiteitsbewijs verwijderd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>id {0}, {1}; {2}</source>
        <translation>id {0}, {1}; {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Identity card</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Identity check</source>
        <translation>Identiteitscontrole</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Identity check — {0}</source>
        <translation>Identiteitscontrole — {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity check…</source>
        <translation>Identiteitscontrole…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Identity document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Identity requested</source>
        <translation>Identiteitsbewijs gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</source>
        <translation>Afbeeldingen en PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import a profile…</source>
        <translation>Een profiel importeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Import an organisation profile first (File → Import organisation profile).</source>
        <translation>Importeer eerst een organisatieprofiel (Bestand → Organisatieprofiel importeren).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import organisation profile</source>
        <translation>Organisatieprofiel importeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import over {0}</source>
        <translation>Importeren over {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>In person</source>
        <translation>In persoon</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>in the keyring</source>
        <translation>in de sleutelbos</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Issuing country</source>
        <translation>Land van afgifte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>JSON export of the data (empty: what the case holds)</source>
        <translation>JSON-export van de gegevens (leeg: wat het dossier bevat)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Keep closed cases (years)</source>
        <translation>Afgesloten dossiers bewaren (jaren)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Keep ID copies (days)</source>
        <translation>Kopieën van identiteitsbewijzen bewaren (dagen)</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Key restored</source>
        <translation>Sleutel hersteld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Languages (default first)</source>
        <translation>Talen (standaardtaal eerst)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Last check: {0} on {1} by {2}</source>
        <translation>Laatste controle: {0} op {1} door {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>late: {0}, past the legal limit: {1}, waiting: {2}</source>
        <translation>te laat: {0}, na de wettelijke termijn: {1}, wacht: {2}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Letters made (never changed: making again makes a new version)</source>
        <translation>Opgestelde brieven (nooit gewijzigd: opnieuw opstellen maakt een nieuwe versie)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Letters that disclose data are blocked</source>
        <translation>Brieven die gegevens verstrekken zijn geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <source>Mark answered</source>
        <translation>Als beantwoord markeren</translation>
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
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Marked: {0}</source>
        <translation>Gemarkeerd: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Matched with data we already hold</source>
        <translation>Vergeleken met gegevens die we al hebben</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>must hold a JSON object</source>
        <translation>moet een JSON-object bevatten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Name the supervisory authority (else the default of the country)</source>
        <translation>Vermeld de toezichthoudende autoriteit (anders die van het land)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Needed for legal claims (Art. 18(1)(c))</source>
        <translation>Nodig voor een rechtsvordering (art. 18, lid 1, c))</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Needs the reason why lesser means are not enough (in &apos;Why an ID copy&apos;)</source>
        <translation>Vraagt de reden waarom minder ingrijpende middelen niet volstaan (bij &apos;Waarom een kopie&apos;)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>No data held</source>
        <translation>Geen gegevens aanwezig</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>No ID copy kept (drop a file here to keep one)</source>
        <translation>Geen kopie bewaard (sleep een bestand hierheen om er een te bewaren)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>No keyring works on this computer, so DSAR Desk cannot keep the attachment key in it. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;), then log out and in again. Or use a passphrase: the key is derived from it and never written anywhere.</source>
        <translation>Op deze computer werkt geen sleutelbos, dus DSAR Desk kan de sleutel van de bijlagen daar niet bewaren. Installeer en ontgrendel op Linux een Secret Service (GNOME Keyring of KWallet, bv. &apos;sudo apt install gnome-keyring&apos;) en meld u af en opnieuw aan. Of gebruik een wachtzin: de sleutel wordt ervan afgeleid en nergens opgeschreven.</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>None works on this computer. On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. &apos;sudo apt install gnome-keyring&apos;). Until then the attachments use a passphrase, asked once per session.</source>
        <translation>Geen enkele werkt op deze computer. Installeer en ontgrendel op Linux een Secret Service (GNOME Keyring of KWallet, bv. &apos;sudo apt install gnome-keyring&apos;). Tot dan gebruiken de bijlagen een wachtzin, één keer per sessie gevraagd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>none yet (made with the first attachment)</source>
        <translation>nog geen (gemaakt bij de eerste bijlage)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>None: everything erased</source>
        <translation>Geen: alles gewist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Not an MRZ</source>
        <translation>Geen MRZ</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Not concerned</source>
        <translation>Niet betrokken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>not sent</source>
        <translation>niet verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Not translated, taken from another language:</source>
        <translation>Niet vertaald, overgenomen uit een andere taal:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>not unlocked yet this session</source>
        <translation>nog niet ontgrendeld in deze sessie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Note for the timeline (why):</source>
        <translation>Notitie voor de tijdlijn (waarom):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>One line per row: street and number, postcode and town</source>
        <translation>Eén regel per rij: straat en nummer, postcode en gemeente</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>one per line</source>
        <translation>één per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>only the last 4 characters are kept</source>
        <translation>alleen de laatste 4 tekens worden bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Optional: type or paste the machine-readable zone (2 or 3 lines). It is checked, never kept.</source>
        <translation>Optioneel: typ of plak de machineleesbare zone (2 of 3 regels). Ze wordt gecontroleerd, nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Order or invoice number</source>
        <translation>Bestel- of factuurnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Organisation profiles (*.toml)</source>
        <translation>Organisatieprofielen (*.toml)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Organisation: {0}</source>
        <translation>Organisatie: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Partly granted</source>
        <translation>Gedeeltelijk toegekend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>partly refused: {0}, repeat requests: {1}</source>
        <translation>gedeeltelijk geweigerd: {0}, herhaalde verzoeken: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passphrase not accepted</source>
        <translation>Wachtzin niet aanvaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passphrase of the attachments</source>
        <translation>Wachtzin van de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Passport</source>
        <translation>Paspoort</translation>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Policy</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Portability (with data files)</source>
        <translation>Overdraagbaarheid (met gegevensbestanden)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Privacy e-mail</source>
        <translation>E-mailadres voor privacy</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Problems (errors stop saving; warnings show a gap):</source>
        <translation>Problemen (fouten verhinderen het opslaan; waarschuwingen wijzen op een leemte):</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Procedure of the organisation (PDF)</source>
        <translation>Procedure van de organisatie (PDF)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>Profile imported</source>
        <translation>Profiel geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Profile refused</source>
        <translation>Profiel geweigerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>promised</source>
        <translation>beloofd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Promised deadline (calendar days)</source>
        <translation>Beloofde termijn (kalenderdagen)</translation>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Reason (required when refused or partly granted)</source>
        <translation>Reden (verplicht bij weigering of gedeeltelijke toekenning)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Record the outcome of each right asked.</source>
        <translation>Leg het resultaat van elk gevraagd recht vast.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Recovery code not accepted</source>
        <translation>Herstelcode niet aanvaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Recovery code of the attachment key</source>
        <translation>Herstelcode van de sleutel van de bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Rectification done</source>
        <translation>Rectificatie uitgevoerd</translation>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>register version</source>
        <translation>versie van het register</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Registered post</source>
        <translation>Aangetekend</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Remind me of cases due within</source>
        <translation>Herinner mij aan dossiers te beantwoorden binnen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Remind me when a requester has not answered an identity request after</source>
        <translation>Herinner mij wanneer een betrokkene niet heeft geantwoord op een vraag om identificatie na</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Reminder: the requester has not answered the identity request for {0} days</source>
        <translation>Herinnering: de betrokkene heeft al {0} dagen niet geantwoord op de vraag om identificatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <source>Request for proof of identity</source>
        <translation>Verzoek om identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Requester</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Restart DSAR Desk to see the new language everywhere.</source>
        <translation>Start DSAR Desk opnieuw om de nieuwe taal overal te zien.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Restore from recovery code…</source>
        <translation>Herstellen met herstelcode…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Restore the attachment key</source>
        <translation>De sleutel van de bijlagen herstellen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Restriction done</source>
        <translation>Beperking uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Rights asked</source>
        <translation>Gevraagde rechten</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Signed letter</source>
        <translation>Ondertekende brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Slug</source>
        <translation>Korte naam (slug)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>Something went wrong and the last action may not have been completed. Your saved data is safe. The error was written to the log file in {0}.</source>
        <translation>Er ging iets mis en de laatste handeling is misschien niet voltooid. Uw opgeslagen gegevens zijn veilig. De fout is genoteerd in het logbestand in {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Source</source>
        <translation>Bron</translation>
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
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/text.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/widgets.py"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Systems (where to search and erase)</source>
        <translation>Systemen (waar zoeken en wissen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The attachments of this database are locked with a passphrase. Type it to open them for this session.</source>
        <translation>De bijlagen van deze databank zijn vergrendeld met een wachtzin. Typ die om ze voor deze sessie te openen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>The data go to no one outside the organisation</source>
        <translation>De gegevens gaan naar niemand buiten de organisatie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/app.py"/>
        <source>The database cannot be opened.</source>
        <translation>De databank kan niet worden geopend.</translation>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The files sent as the copy of the data, one per line</source>
        <translation>De bestanden die als kopie van de gegevens worden verzonden, één per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>the ID copy cannot be encrypted without the key; nothing was saved</source>
        <translation>de kopie kan zonder sleutel niet versleuteld worden; er werd niets bewaard</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The key is back in the keyring.</source>
        <translation>De sleutel staat weer in de sleutelbos.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>The objection is to direct marketing</source>
        <translation>Het bezwaar betreft direct marketing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>The original email or a scan of the letter. You can also drop files here.</source>
        <translation>De oorspronkelijke e-mail of een scan van de brief. U kunt ook bestanden hierheen slepen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The passphrase is empty.</source>
        <translation>De wachtzin is leeg.</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>The profile has {0} error(s); nothing was saved.</source>
        <translation>Het profiel bevat fouten ({0}); er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <source>The profile states no number of free requests per year.</source>
        <translation>Het profiel vermeldt geen aantal kosteloze verzoeken per jaar.</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>This file holds personal data (the requesters&apos; names and e-mail addresses): it is written readable by you only, never over another file. Delete it when done.</source>
        <translation>Dit bestand bevat persoonsgegevens (namen en e-mailadressen van de betrokkenen): het wordt alleen voor u leesbaar weggeschreven, nooit over een ander bestand. Wis het wanneer u klaar bent.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>This ID copy was deleted at the end of its retention.</source>
        <translation>Deze kopie werd verwijderd aan het einde van haar bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>This letter discloses personal data, and {0}. Make it anyway only for a good reason; the reason is recorded with the letter and in the timeline.</source>
        <translation>Deze brief bevat persoonsgegevens, en {0}. Stel hem alleen om een goede reden toch op; de reden wordt bij de brief en in de tijdlijn vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>This profile is the same as the one of {0}.</source>
        <translation>Dit profiel is hetzelfde als dat van {0}.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>This profile replaces the one of {0}. {1} change(s):</source>
        <translation>Dit profiel vervangt dat van {0}. Wijzigingen ({1}):</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Type of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Type the recovery code shown when the key was made (14 groups of 4).</source>
        <translation>Typ de herstelcode die getoond werd toen de sleutel werd gemaakt (14 groepen van 4).</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Unlock with passphrase…</source>
        <translation>Ontgrendelen met wachtzin…</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>unlocked</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>Warnings of the new profile:</source>
        <translation>Waarschuwingen bij het nieuwe profiel:</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Which data are kept, and why</source>
        <translation>Welke gegevens worden bewaard, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Which data matched what the organisation holds</source>
        <translation>Welke gegevens overeenkwamen met wat de organisatie heeft</translation>
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
        <location filename="../../dsar_desk/ui/deadline_rules.py"/>
        <source>Whole country (national holidays only)</source>
        <translation>Heel het land (alleen nationale feestdagen)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Why an ID copy</source>
        <translation>Waarom een kopie</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Why are lesser means (data already held, a signed letter) not enough?</source>
        <translation>Waarom volstaan minder ingrijpende middelen (gegevens die we al hebben, een ondertekende brief) niet?</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Why not needed / how it was checked / why it failed</source>
        <translation>Waarom niet nodig / hoe gecontroleerd / waarom mislukt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/letters.py"/>
        <source>Why the letter may be sent before the identity is verified</source>
        <translation>Waarom de brief mag worden verzonden voordat de identiteit is gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Withdraw consent</source>
        <translation>Intrekking toestemming</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <location filename="../../dsar_desk/ui/checklist.py"/>
        <location filename="../../dsar_desk/ui/main_window.py"/>
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
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>Within {0} days</source>
        <translation>Binnen {0} dagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>Without the key or this code, nobody can read the attachments, not even you. Entering the code restores access on a new computer or for a teammate (File › Security…).</source>
        <translation>Zonder de sleutel of deze code kan niemand de bijlagen lezen, ook u niet. Met de code krijgt u weer toegang op een nieuwe computer of voor een collega (Bestand › Beveiliging…).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your role (under your name on letters)</source>
        <translation>Uw functie (onder uw naam op brieven)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/preferences.py"/>
        <source>Your user name: {0}</source>
        <translation>Uw gebruikersnaam: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>{0} ({1:,} bytes) will be kept encrypted until the purge</source>
        <translation>{0} ({1:,} bytes) wordt versleuteld bewaard tot de verwijdering</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} kan niet worden geschreven: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} cases shown · {1} open · {2} overdue · {3} due within 7 days</source>
        <translation>{0} dossiers getoond · {1} open · {2} over tijd · {3} binnen 7 dagen te beantwoorden</translation>
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
        <location filename="../../dsar_desk/ui/figures.py"/>
        <source>{0} exists: a file with personal data never replaces another. Choose another name.</source>
        <translation>{0} bestaat al: een bestand met persoonsgegevens vervangt nooit een ander bestand. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
        <location filename="../../dsar_desk/ui/intake.py"/>
        <source>{0} is larger than 50 MB</source>
        <translation>{0} is groter dan 50 MB</translation>
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
        <source>{0} updated.</source>
        <translation>{0} bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/main_window.py"/>
        <source>{0} warning(s) to look at:</source>
        <translation>Waarschuwingen om na te kijken: {0}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/identity.py"/>
        <source>{0} — secrets (the attachment key, later passwords) are kept there, never in a file</source>
        <translation>{0} — geheimen (de sleutel van de bijlagen, later wachtwoorden) worden daar bewaard, nooit in een bestand</translation>
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
        <location filename="../../dsar_desk/ui/identity.py"/>
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
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/case_detail.py"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/register.py"/>
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
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 cannot be read as a database (%2)</source>
        <translation>%1 kan niet als databank worden gelezen (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 days is later than the legal limit of one month (GDPR Art. 12(3)); use at most %2, or leave it out for one month (the app never sets a deadline later than the legal limit)</source>
        <translation>%1 dagen is later dan de wettelijke termijn van één maand (AVG art. 12, lid 3); gebruik hoogstens %2, of laat het weg voor één maand (de app stelt nooit een termijn later dan de wettelijke)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 does not look like an e-mail address</source>
        <translation>%1 lijkt geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is already the id of processing[%2]; ids must be unique</source>
        <translation>%1 is al de id van processing[%2]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is already the id of recipient[%2]; ids must be unique</source>
        <translation>%1 is al de id van recipient[%2]; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is before the letter was made (%2)</source>
        <translation>%1 valt vóór het opstellen van de brief (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is in the future</source>
        <translation>%1 ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is groter dan %2 MB</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is larger than 50 MB</source>
        <translation>%1 is groter dan 50 MB</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is listed twice</source>
        <translation>%1 staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is not a language code: use a two-letter ISO 639-1 code such as &quot;nl&quot; or &quot;fr&quot;%2</source>
        <translation>%1 is geen taalcode: gebruik een ISO 639-1-code van twee letters zoals &quot;nl&quot; of &quot;fr&quot;%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is not an ISO 3166-1 alpha-2 country code in capitals%2</source>
        <translation>%1 is geen ISO 3166-1 alpha-2-landcode in hoofdletters%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 is not an MRZ character</source>
        <translation>%1 is geen MRZ-teken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1 was written by a newer DSAR Desk (schema %2; this version knows up to %3). Update DSAR Desk; the file was left untouched.</source>
        <translation>%1 is geschreven door een nieuwere DSAR Desk (schema %2; deze versie kent tot %3). Werk DSAR Desk bij; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1: choose an outcome (%2)</source>
        <translation>%1: kies een resultaat (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>%1: give the reason for &apos;%2&apos;</source>
        <translation>%1: geef de reden voor &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is neither a letter id nor KIND:VERSION</source>
        <translation>&apos;%1&apos; is geen brief-id en geen SOORT:VERSIE</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation>&apos;%1&apos; is geen kanaal (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is geen datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a kind of letter (%2)</source>
        <translation>&apos;%1&apos; is geen soort brief (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a letter language (%2)</source>
        <translation>&apos;%1&apos; is geen taal voor brieven (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a letter language of %2 (%3)</source>
        <translation>&apos;%1&apos; is geen taal voor brieven van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a right (%2)</source>
        <translation>&apos;%1&apos; is geen recht (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a status (%2)</source>
        <translation>&apos;%1&apos; is geen status (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a two-letter country code</source>
        <translation>&apos;%1&apos; is geen landcode van twee letters</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a way of sending (%2)</source>
        <translation>&apos;%1&apos; is geen verzendwijze (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not a window position (%2)</source>
        <translation>&apos;%1&apos; is geen vensterpositie (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not an amount in euros (write e.g. 12.50)</source>
        <translation>&apos;%1&apos; is geen bedrag in euro (schrijf bv. 12,50)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; is not an ISO country code (e.g. BE, FR, NL)</source>
        <translation>&apos;%1&apos; is geen ISO-landcode (bv. BE, FR, NL)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos; was not asked in this case</source>
        <translation>&apos;%1&apos; werd in dit dossier niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;%1&apos;: say the kind too (KIND:VERSION), or give the letter&apos;s id</source>
        <translation>&apos;%1&apos;: vermeld ook de soort (SOORT:VERSIE), of geef de id van de brief</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>&apos;not needed&apos; goes with the method &apos;not needed&apos;</source>
        <translation>&apos;niet nodig&apos; hoort bij de methode &apos;niet nodig&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>0 free requests: the first copy of one&apos;s data is always free of charge (GDPR Art. 15(3)); a fee can only be asked for further copies</source>
        <translation>0 kosteloze verzoeken: de eerste kopie van de eigen gegevens is altijd kosteloos (AVG art. 15, lid 3); een vergoeding kan alleen voor bijkomende kopieën worden gevraagd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing</source>
        <translation>2 regels van 30 tekens; de MRZ van een TD1-identiteitskaart heeft 3 regels van 30: er ontbreekt er één</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a case that is %1 cannot become %2 (possible: %3)</source>
        <translation>een dossier met status %1 kan niet %2 worden (mogelijk: %3)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a check that was not needed has the outcome &apos;not needed&apos;</source>
        <translation>een controle die niet nodig was, heeft als resultaat &apos;niet nodig&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a custom window needs x, y, width and height in millimetres on the A4 page</source>
        <translation>een eigen venster vergt x, y, breedte en hoogte in millimeter op de A4-pagina</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a key must be a string, not %1</source>
        <translation>een sleutel moet een tekenreeks zijn, geen %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a letter sent by %1 has no tracking number</source>
        <translation>een brief verzonden per %1 heeft geen zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>A pause must be a Pause(requested, received).</source>
        <translation>Een pauze moet een Pause(requested, received) zijn.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a profile must be a TOML table</source>
        <translation>een profiel moet een TOML-tabel zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).</source>
        <translation>Een weigering vergt redenen: de betrokkene moet weten waarom (art. 12, lid 4, AVG).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>a registered letter needs its tracking number</source>
        <translation>een aangetekende brief vergt zijn zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>An extension letter needs the new due date.</source>
        <translation>Een verlengingsbrief vergt de nieuwe uiterste datum.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>An extension letter needs the reasons for the extension (Art. 12(3) GDPR).</source>
        <translation>Een verlengingsbrief vergt de redenen voor de verlenging (art. 12, lid 3, AVG).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>an ID copy is kept only with the method &apos;identity document seen&apos;</source>
        <translation>een kopie van het identiteitsbewijs wordt alleen bewaard bij de methode &apos;identiteitsbewijs gezien&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>an MRZ only goes with the method &apos;identity document seen&apos;</source>
        <translation>een MRZ hoort alleen bij de methode &apos;identiteitsbewijs gezien&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>cannot be edited</source>
        <translation>kan niet worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>cannot be in the future</source>
        <translation>kan niet in de toekomst liggen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>cannot be written in TOML: %1</source>
        <translation>kan niet in TOML worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose how the identity was checked (%1)</source>
        <translation>kies hoe de identiteit werd gecontroleerd (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).</source>
        <translation>Kies de grond van de beperking (art. 18, lid 1, a)–d), AVG).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose the organisation the request is for</source>
        <translation>kies de organisatie waarvoor het verzoek bestemd is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose the outcome (%1)</source>
        <translation>kies het resultaat (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>choose the type of document (%1)</source>
        <translation>kies het soort document (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>confirm that the photo and the national number are blacked out, or that they are needed</source>
        <translation>bevestig dat de foto en het rijksregisternummer onleesbaar zijn gemaakt, of dat ze nodig zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>describe how the identity was checked</source>
        <translation>beschrijf hoe de identiteit werd gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Every processing activity is marked as not concerning the requester: send the no-data letter instead of an access answer.</source>
        <translation>Elke verwerking is gemarkeerd als niet betrekking hebbend op de betrokkene: verstuur de brief &apos;geen gegevens&apos; in plaats van een antwoord op het inzageverzoek.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>exception: &apos;%1&apos; is not an exception of Art. 17(3) (%2)</source>
        <translation>uitzondering: &apos;%1&apos; is geen uitzondering van art. 17, lid 3 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>exception: an Art. 17(3) exception applies only to erasure items</source>
        <translation>uitzondering: een uitzondering van art. 17, lid 3, geldt alleen voor punten van wissing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>exception: an item kept under an Art. 17(3) exception is done or not applicable</source>
        <translation>uitzondering: een punt dat op grond van art. 17, lid 3, bewaard wordt, is gedaan of niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>expected %1 at line %2</source>
        <translation>%1 verwacht op regel %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>expected the text of a TOML file, not %1</source>
        <translation>de tekst van een TOML-bestand verwacht, geen %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>fee %1: must be an amount between 0.00 and 100000.00 euros</source>
        <translation>vergoeding %1: moet een bedrag tussen 0,00 en 100000,00 euro zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give an email or a postal address, so that the answer can reach the requester</source>
        <translation>geef een e-mailadres of een postadres, zodat het antwoord de betrokkene kan bereiken</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give the country that issued the document</source>
        <translation>geef het land dat het document heeft afgegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give the reasons for the extension (they go in the letter)</source>
        <translation>geef de redenen voor de verlenging (ze komen in de brief)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>give two file names: the JSON file and the CSV file</source>
        <translation>geef twee bestandsnamen: het JSON-bestand en het CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>has %1 lines; at most %2</source>
        <translation>heeft %1 regels; hoogstens %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>has no %1 version (organisation.languages lists it); letters in %2 will use the %3 one</source>
        <translation>heeft geen versie in het %1 (organisation.languages vermeldt die taal); brieven in het %2 gebruiken de versie in het %3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>has no letters or digits</source>
        <translation>bevat geen letters of cijfers</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Identity/clarification arrived on %1, before it was asked for (%2).</source>
        <translation>Identiteitsbewijs/verduidelijking ontvangen op %1, voordat erom gevraagd was (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Identity/clarification was asked for on %1, before the request was received (%2).</source>
        <translation>Identiteitsbewijs/verduidelijking gevraagd op %1, voordat het verzoek ontvangen was (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>internal error while checking the profile (%1); please report it</source>
        <translation>interne fout bij het controleren van het profiel (%1); meld ze a.u.b.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is %1: this file needs a newer version of DSAR Desk (this version reads format %2)</source>
        <translation>is %1: dit bestand vergt een nieuwere versie van DSAR Desk (deze versie leest formaat %2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is a single %1, taken as %2; it has no %3 version, so letters in %4 will use the %5 one</source>
        <translation>is één enkele %1, opgevat als %2; er is geen versie in het %3, dus brieven in het %4 gebruiken de versie in het %5</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is longer than %1 characters</source>
        <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is not a tracking number (one line, at most %1 characters)</source>
        <translation>is geen zendingsnummer (één regel, hoogstens %1 tekens)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is not something a letter can be given</source>
        <translation>is niet iets wat aan een brief kan worden meegegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required for an organisation in %1: %2; add an [authority] table with name, address and website</source>
        <translation>is verplicht voor een organisatie in %1: %2; voeg een tabel [authority] toe met naam, adres en website</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: 1 to %1 lines</source>
        <translation>is verplicht: 1 tot %1 regels</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: add a %1 table</source>
        <translation>is verplicht: voeg een tabel %1 toe</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;BE&quot;</source>
        <translation>is verplicht: een ISO 3166-1 alpha-2-code zoals &quot;BE&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: an ISO 3166-1 alpha-2 code such as &quot;US&quot;</source>
        <translation>is verplicht: een ISO 3166-1 alpha-2-code zoals &quot;US&quot;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: one of %1</source>
        <translation>is verplicht: een van %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: the letter languages, default first, such as [&quot;nl&quot;, &quot;fr&quot;]</source>
        <translation>is verplicht: de talen van de brieven, standaardtaal eerst, zoals [&quot;nl&quot;, &quot;fr&quot;]</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: the register needs at least one [[%1]] table</source>
        <translation>is verplicht: het register heeft minstens één tabel [[%1]] nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>is required: write format = %1 at the top of the file</source>
        <translation>is verplicht: schrijf format = %1 bovenaan het bestand</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Letters are not available in “%1” (available: %2).</source>
        <translation>Brieven zijn niet beschikbaar in “%1” (beschikbaar: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1 has %2 characters; a %3 line has %4</source>
        <translation>regel %1 heeft %2 tekens; een %3-regel heeft er %4</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1 has a space at position %2; MRZ lines have no spaces (the filler is &lt;)</source>
        <translation>regel %1 heeft een spatie op positie %2; MRZ-regels hebben geen spaties (het opvulteken is &lt;)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1 is longer than %2 characters</source>
        <translation>regel %1 is langer dan %2 tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1, position %2: %3 is not an MRZ character (only A-Z, 0-9 and &lt; are)</source>
        <translation>regel %1, positie %2: %3 is geen MRZ-teken (alleen A-Z, 0-9 en &lt; zijn dat)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line %1, position %2: the sex field holds %3; it must be M, F, X or &lt;</source>
        <translation>regel %1, positie %2: het geslachtsveld bevat %3; het moet M, F, X of &lt; zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>line 1 has %1 characters and line 2 has %2; a 2-line MRZ has 36 (TD2) or 44 (TD3 passport) characters on each line</source>
        <translation>regel 1 heeft %1 tekens en regel 2 heeft er %2; een MRZ van 2 regels heeft 36 (TD2) of 44 (TD3-paspoort) tekens per regel</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be %1, not %2</source>
        <translation>moet %1 zijn, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be 2 to 40 characters from a-z, 0-9 and &apos;-&apos;; not %1</source>
        <translation>moet 2 tot 40 tekens uit a-z, 0-9 en &apos;-&apos; zijn; niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a country code such as &quot;BE&quot;, not %1</source>
        <translation>moet een landcode zoals &quot;BE&quot; zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a list of language codes, not %1%2</source>
        <translation>moet een lijst van taalcodes zijn, niet %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a list of strings, not %1</source>
        <translation>moet een lijst van tekenreeksen zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a list of strings, or a table of language = list; not %1%2</source>
        <translation>moet een lijst van tekenreeksen zijn, of een tabel taal = lijst; niet %1%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a recipient id (a string), not %1</source>
        <translation>moet een id van een ontvanger zijn (een tekenreeks), niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a string, not %1</source>
        <translation>moet een tekenreeks zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a string, or a table of language = string such as { nl = &quot;...&quot;, fr = &quot;...&quot; }; not %1</source>
        <translation>moet een tekenreeks zijn, of een tabel taal = tekenreeks zoals { nl = &quot;...&quot;, fr = &quot;...&quot; }; niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a table (%1), not %2</source>
        <translation>moet een tabel zijn (%1), niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a table, not %1</source>
        <translation>moet een tabel zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>moet een geheel getal van %1 tot %2 zijn, niet %3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be a whole number of days between 1 and 365</source>
        <translation>moet een geheel aantal dagen tussen 1 en 365 zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be one of: %1; not %2%3</source>
        <translation>moet een van deze zijn: %1; niet %2%3</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be the number %1, not %2</source>
        <translation>moet het getal %1 zijn, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must be written as [[%1]] tables, not %2</source>
        <translation>moet als tabellen [[%1]] worden geschreven, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must give the list in at least one language</source>
        <translation>moet de lijst in minstens één taal geven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must give the text in at least one language</source>
        <translation>moet de tekst in minstens één taal geven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must have 1 to %1 lines, not %2</source>
        <translation>moet 1 tot %1 regels hebben, niet %2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must name at least one language</source>
        <translation>moet minstens één taal vermelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must not be an empty line</source>
        <translation>mag geen lege regel zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>needs at least one [[%1]] table</source>
        <translation>heeft minstens één tabel [[%1]] nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no key at line %1</source>
        <translation>geen sleutel op regel %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no organisation &apos;%1&apos; (import its profile first)</source>
        <translation>geen organisatie &apos;%1&apos; (importeer eerst haar profiel)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no organisation: load the samples first</source>
        <translation>geen organisatie: laad eerst de voorbeelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>No processing activity concerning the requester is based on consent or a contract: the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason.</source>
        <translation>Geen enkele verwerking die de betrokkene aangaat, berust op toestemming of een overeenkomst: het recht op overdraagbaarheid van gegevens (art. 20 AVG) is niet van toepassing. Verstuur een weigering met deze reden.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no recipients are listed for this activity: name them, or write recipients = [] if the data goes to no one outside the organisation</source>
        <translation>voor deze verwerking zijn geen ontvangers vermeld: noem ze, of schrijf recipients = [] als de gegevens naar niemand buiten de organisatie gaan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>no value at line %1</source>
        <translation>geen waarde op regel %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>note: give the reason why this item does not apply</source>
        <translation>notitie: geef de reden waarom dit punt niet van toepassing is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>note: is longer than %1 characters</source>
        <translation>notitie: is langer dan %1 tekens</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>note: say which data are kept under the exception, and why</source>
        <translation>notitie: vermeld welke gegevens op grond van de uitzondering bewaard worden, en waarom</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>pause rule must be one of: %1</source>
        <translation>de pauzeregel moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Public holidays are not available for the country “%1”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.</source>
        <translation>Feestdagen zijn niet beschikbaar voor het land “%1”; gebruik een ISO 3166-1 alpha-2-code zoals FR, BE, NL, LU of DE.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>reason: say why the request is manifestly unfounded or excessive (the requester is told, Art. 12(4))</source>
        <translation>reden: vermeld waarom het verzoek kennelijk ongegrond of buitensporig is (de betrokkene krijgt die reden, art. 12, lid 4)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>recipient %1 is listed twice</source>
        <translation>ontvanger %1 staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>recipient %1 is not named by any [[processing]], so no access response will mention it</source>
        <translation>ontvanger %1 wordt door geen enkele [[processing]] genoemd, dus geen antwoord op een inzageverzoek zal hem vermelden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>Say what proof of identity the requester must send: the profile asks for no identity check.</source>
        <translation>Vermeld welk identiteitsbewijs de betrokkene moet sturen: het profiel vraagt geen identiteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say which other data matched</source>
        <translation>vermeld welke andere gegevens overeenkwamen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say who makes the letter</source>
        <translation>vermeld wie de brief opstelt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say who sent the letter</source>
        <translation>vermeld wie de brief heeft verzonden</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy</source>
        <translation>vermeld waarom lichtere middelen (gegevens die al aanwezig zijn, een ondertekende brief) niet volstaan voordat u om een kopie van het identiteitsbewijs vraagt</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy</source>
        <translation>vermeld waarom lichtere middelen (gegevens die al aanwezig zijn, een ondertekende brief) niet volstaan voordat u een kopie van het identiteitsbewijs bewaart</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why no identity check is needed</source>
        <translation>vermeld waarom geen identiteitscontrole nodig is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>say why the check failed</source>
        <translation>vermeld waarom de controle mislukte</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>state: &apos;%1&apos; is not a state (%2)</source>
        <translation>stand: &apos;%1&apos; is geen stand (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The %1 is missing or is not a date.</source>
        <translation>%1 ontbreekt of is geen datum.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The %1 must be a date, not a date and time (use the organisation&apos;s local date, see receipt_date()).</source>
        <translation>%1 moet een datum zijn, geen datum met tijd (gebruik de lokale datum van de organisatie, zie receipt_date()).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the answer cannot arrive before it was asked for</source>
        <translation>het antwoord kan niet aankomen voordat erom gevraagd is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case has no letter &apos;%1&apos;</source>
        <translation>het dossier heeft geen brief &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is already extended</source>
        <translation>het dossier is al verlengd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is already waiting for the requester</source>
        <translation>het dossier wacht al op de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is not extended: extend the deadline first, with its reasons</source>
        <translation>het dossier is niet verlengd: verleng eerst de termijn, met de redenen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is not open</source>
        <translation>het dossier is niet open</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the case is not waiting for the requester</source>
        <translation>het dossier wacht niet op de betrokkene</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the content of this attachment was deleted (purged)</source>
        <translation>de inhoud van deze bijlage is gewist</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The date %1 + %2 months is out of range.</source>
        <translation>De datum %1 + %2 maanden valt buiten het bereik.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the document expired on %1</source>
        <translation>het document is verlopen op %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the file could not be read as TOML (%1)</source>
        <translation>het bestand kon niet als TOML worden gelezen (%1)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the identity is recorded as verified with an expired document</source>
        <translation>de identiteit is als gecontroleerd vastgelegd met een verlopen document</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The language “%1” is not available (available: %2).</source>
        <translation>De taal “%1” is niet beschikbaar (beschikbaar: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the languages have lists of different lengths (%1); check that every item is translated</source>
        <translation>de talen hebben lijsten van verschillende lengte (%1); controleer of elk item vertaald is</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter needs the case reference.</source>
        <translation>De brief vergt de referentie van het dossier.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter needs the requester&apos;s name.</source>
        <translation>De brief vergt de naam van de betrokkene.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter text %1 has a misplaced brace: %2.</source>
        <translation>De brieftekst %1 heeft een verkeerd geplaatste accolade: %2.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter text %1 uses the placeholder {%2}, which DSAR Desk does not fill in.</source>
        <translation>De brieftekst %1 gebruikt het veld {%2}, dat DSAR Desk niet invult.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter text file %1/%2.toml cannot be read: %3.</source>
        <translation>Het brieftekstbestand %1/%2.toml kan niet worden gelezen: %3.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The letter texts for “%1” lack the file %2.toml.</source>
        <translation>Bij de brieventeksten voor “%1” ontbreekt het bestand %2.toml.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the MRZ must be given as text</source>
        <translation>de MRZ moet als tekst worden gegeven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The new due date of an extension must come after the current due date.</source>
        <translation>De nieuwe uiterste datum van een verlenging moet na de huidige uiterste datum vallen.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The organisation&apos;s country is missing.</source>
        <translation>Het land van de organisatie ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the passphrase must be at least 10 characters long</source>
        <translation>de wachtzin moet minstens 10 tekens lang zijn</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the passphrase salt in the database is damaged</source>
        <translation>de salt van de wachtzin in de databank is beschadigd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The pause rule “%1” is not known (known: %2).</source>
        <translation>De pauzeregel “%1” is onbekend (bekend: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The portability data must be a mapping of section name to a list of records.</source>
        <translation>De gegevens voor overdraagbaarheid moeten per sectienaam een lijst van records geven.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The portability section “%1” must be a list of records (field → value).</source>
        <translation>De sectie “%1” voor overdraagbaarheid moet een lijst van records zijn (veld → waarde).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The procedure texts %1 cannot be read: %2.</source>
        <translation>De procedureteksten %1 kunnen niet worden gelezen: %2.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The procedure texts for “%1” are missing (%2).</source>
        <translation>De procedureteksten voor „%1” ontbreken (%2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the profile is nested too deeply to check</source>
        <translation>het profiel is te diep genest om te controleren</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The promised number of days must be a whole number above 0, not “%1”.</source>
        <translation>Het beloofde aantal dagen moet een geheel getal boven 0 zijn, niet “%1”.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the request for information cannot be dated before the case was received</source>
        <translation>het verzoek om informatie kan niet gedateerd zijn vóór de ontvangst van het dossier</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the requester has no postal address: add it to the case, make the letter again, then post it</source>
        <translation>de betrokkene heeft geen postadres: vul het aan in het dossier, maak de brief opnieuw en verstuur hem dan per post</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>the stored letter does not match its SHA-256 any more; it was not written</source>
        <translation>de bewaarde brief komt niet meer overeen met zijn SHA-256; hij is niet geschreven</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The subdivision “%1” is not a text code.</source>
        <translation>De deelregio “%1” is geen tekstcode.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The subdivision “%1” is not known for %2 (known: %3).</source>
        <translation>De deelregio “%1” is onbekend voor %2 (bekend: %3).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>The time zone “%1” is not known.</source>
        <translation>De tijdzone “%1” is onbekend.</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>there is no letter %1</source>
        <translation>er is geen brief %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>There is no letter of the kind “%1” (known: %2).</source>
        <translation>Er is geen brief van de soort “%1” (bekend: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this database has an attachment key already</source>
        <translation>deze databank heeft al een sleutel voor bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this database has no passphrase for its attachments</source>
        <translation>deze databank heeft geen wachtzin voor haar bijlagen</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this file is not a DSAR Desk database (it has other tables and no schema version)</source>
        <translation>dit bestand is geen DSAR Desk-databank (het heeft andere tabellen en geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this is the MRZ of a visa (document code V); visas are not supported</source>
        <translation>dit is de MRZ van een visum (documentcode V); visa worden niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this letter discloses personal data and %1</source>
        <translation>deze brief bevat persoonsgegevens en %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>this recovery code is of another key (key id %1); these attachments need key %2</source>
        <translation>deze herstelcode hoort bij een andere sleutel (sleutel-id %1); deze bijlagen hebben sleutel %2 nodig</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>tick at least one right asked</source>
        <translation>vink minstens één gevraagd recht aan</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>tick which data matched what the organisation holds</source>
        <translation>vink aan welke gegevens overeenkwamen met wat de organisatie bezit</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>TOML syntax error: %1</source>
        <translation>TOML-syntaxfout: %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>TOML syntax error: the file is nested too deeply</source>
        <translation>TOML-syntaxfout: het bestand is te diep genest</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown data: %1 (%2)</source>
        <translation>onbekende gegevens: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown key: this version of DSAR Desk does not use it (it is kept on export)%1</source>
        <translation>onbekende sleutel: deze versie van DSAR Desk gebruikt hem niet (hij blijft behouden bij export)%1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown recipient id %1: no [[recipient]] has this id%2</source>
        <translation>onbekende id van ontvanger %1: geen enkele [[recipient]] heeft deze id%2</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unknown section %1</source>
        <translation>onbekende sectie %1</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>unterminated string</source>
        <translation>niet-afgesloten tekenreeks</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>was already marked sent</source>
        <translation>was al als verzonden gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>was already marked sent on %1 (%2)</source>
        <translation>was al als verzonden gemarkeerd op %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>“%1” is not a ground of Art. 18(1) GDPR (known: %2).</source>
        <translation>“%1” is geen grond van art. 18, lid 1, AVG (bekend: %2).</translation>
    </message>
    <message>
        <location filename="../../dsar_desk/ui/message_catalogue.py"/>
        <source>“%1” is not an exception of Art. 17(3) GDPR (known: %2).</source>
        <translation>“%1” is geen uitzondering van art. 17, lid 3, AVG (bekend: %2).</translation>
    </message>
</context>
</TS>
