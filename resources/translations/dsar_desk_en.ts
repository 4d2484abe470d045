<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>dsar_desk</name>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n due within {0} days</source>
        <translation>
            <numerusform>%n due within {0} days</numerusform>
            <numerusform>%n due within {0} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>%n message(s) added to their case</source>
        <translation>
            <numerusform>%n message added to its case</numerusform>
            <numerusform>%n messages added to their case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/mail_controller.py"/>
        <source>%n new message(s) in the Inbox</source>
        <translation>
            <numerusform>%n new message in the Inbox</numerusform>
            <numerusform>%n new messages in the Inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/text.py"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dsar_desk/ui/today.py"/>
        <source>waited %n day(s)</source>
        <translation>
            <numerusform>waited %n day</numerusform>
            <numerusform>waited %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
