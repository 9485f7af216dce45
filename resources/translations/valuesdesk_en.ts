<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>Sent %Ln pages of your diary to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page of your diary to the printer.</numerusform>
            <numerusform>Sent %Ln pages of your diary to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <source>You missed %n ValuesDesk reminder(s) while it was not running.</source>
        <translation>
            <numerusform>You missed %n ValuesDesk reminder while it was not running.</numerusform>
            <numerusform>You missed %n ValuesDesk reminders while it was not running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n ValuesDesk reminders.</source>
        <translation>
            <numerusform>You have %n ValuesDesk reminder.</numerusform>
            <numerusform>You have %n ValuesDesk reminders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze for %n minute(s)</source>
        <translation>
            <numerusform>S&amp;nooze for %n minute</numerusform>
            <numerusform>S&amp;nooze for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message numerus="yes">
        <source>%Ln entries match; the newest {shown} are shown. Add words to narrow it down.</source>
        <translation>
            <numerusform>%Ln entry matches; the newest {shown} are shown. Add words to narrow it down.</numerusform>
            <numerusform>%Ln entries match; the newest {shown} are shown. Add words to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match.</source>
        <translation>
            <numerusform>%Ln entry matches.</numerusform>
            <numerusform>%Ln entries match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesPicture</name>
    <message numerus="yes">
        <source>Composite %1 of 100: the mean of importance × living over %n rated domains.</source>
        <translation>
            <numerusform>Composite %1 of 100: the mean of importance × living over %n rated domain.</numerusform>
            <numerusform>Composite %1 of 100: the mean of importance × living over %n rated domains.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped domains are left out of it.</source>
        <translation>
            <numerusform>%n skipped domain is left out of it.</numerusform>
            <numerusform>%n skipped domains are left out of it.</numerusform>
        </translation>
    </message>
</context>
</TS>
