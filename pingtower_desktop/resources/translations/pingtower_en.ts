<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChannelList</name>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorFrame</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n day(s) ago.</source>
        <translation>
            <numerusform>Set %n day ago.</numerusform>
            <numerusform>Set %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n deliveries shown</source>
        <translation>
            <numerusform>%n delivery shown</numerusform>
            <numerusform>%n deliveries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message numerus="yes">
        <source>Its secrets were set %n day(s) ago.</source>
        <translation>
            <numerusform>Its secrets were set %n day ago.</numerusform>
            <numerusform>Its secrets were set %n days ago.</numerusform>
        </translation>
    </message>
</context>
</TS>
