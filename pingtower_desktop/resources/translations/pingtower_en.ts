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
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>%1 of %n conflict(s) decided. Undecided ones stay listed; nothing of theirs is overwritten.</source>
        <translation>
            <numerusform>%1 of %n conflict decided. Undecided ones stay listed; nothing of theirs is overwritten.</numerusform>
            <numerusform>%1 of %n conflicts decided. Undecided ones stay listed; nothing of theirs is overwritten.</numerusform>
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
    <name>HealthModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
    <message numerus="yes">
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>Exported %n delivery to %1.</numerusform>
            <numerusform>Exported %n deliveries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %n channel(s) to %1.</source>
        <translation>
            <numerusform>Exported %n channel to %1.</numerusform>
            <numerusform>Exported %n channels to %1.</numerusform>
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
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>Sync with %1 (%2): %n channel(s) here, %3 on the server.</source>
        <translation>
            <numerusform>Sync with %1 (%2): %n channel here, %3 on the server.</numerusform>
            <numerusform>Sync with %1 (%2): %n channels here, %3 on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change. Apply remembers which channels are the same on both sides (%n), so that later changes go to the right one.</source>
        <translation>
            <numerusform>Nothing to change. Apply remembers that this channel is the same on both sides, so that later changes go to the right one.</numerusform>
            <numerusform>Nothing to change. Apply remembers which channels are the same on both sides (%n), so that later changes go to the right one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make</source>
        <translation>
            <numerusform>%n change to make</numerusform>
            <numerusform>%n changes to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made</source>
        <translation>
            <numerusform>%n change made</numerusform>
            <numerusform>%n changes made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchBox</name>
    <message numerus="yes">
        <source>A check every %1, canary test %2, failing after %n failure(s) in a row.</source>
        <translation>
            <numerusform>A check every %1, canary test %2, failing after %n failure in a row.</numerusform>
            <numerusform>A check every %1, canary test %2, failing after %n failures in a row.</numerusform>
        </translation>
    </message>
</context>
</TS>
