<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AppearancePage</name>
    <message>
        <source>&amp;System (follows the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of all text, in percent of the system&apos;s font. It changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back &amp;Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {message} Try File ▸ Back Up Now… later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being made right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up your data ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up your data ({size}) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data as it was before is kept in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWorker</name>
    <message>
        <source>ValuesDesk could not make a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. Your data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything written since then is taken out of the diary, but not lost: your data as it is now is kept as a backup first, and you can restore that one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your data as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged, cannot be restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {taken_at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with the backup from {taken_at}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore From a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk data (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaveStep</name>
    <message>
        <source>I will &amp;just behave and not tell others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will just behave and not tell others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>For each part of life, give two numbers from 1 to 10: how much it matters to you, and how much you have lived by it this past week. Not every part matters to everyone: 1 for how much it matters is as good an answer as 10. Leave a part empty to skip it; a skipped part is left out of the composite score. Everything is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived it this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 10; 0 or Not rated leaves it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lived it this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckOffer</name>
    <message>
        <source>Take a Values Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Values area with a check linked to this try-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this offer aside; the Values area still has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A values check shows which parts of life matter most to you, and where your life is furthest from them. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Values area with a new check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside. The Values area still offers the check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Committed &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose one or a set to commit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one behaviour to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCheckView</name>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Question {question} of {questions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>Every day of the try-on, the Diary asks one question: did I enact my value today? Answer Yes, Partly or No, and note anything that showed up as you did. If a set time helps you remember, choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in each day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in each day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>{day} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysCalendar</name>
    <message>
        <source>Days of {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Everything you write in ValuesDesk stays on this computer. ValuesDesk has no account and sends nothing over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It creates its files so that only your user account can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is not encrypted; you can set a passphrase in File ▸ Privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private companion for values work in Acceptance and Commitment Therapy: “Ten Steps to Trying on a Value”, a Daily Reactions Diary, and the “Parallel Values Processes” questions for therapists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCalendar</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month shown: opens a list of the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year shown: type a year, or Up and Down to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month, Home and End to its first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the month shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try-on day {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try-on day {number} of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try-on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>All experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note below is this day&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Reactions Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value is being tried on yet: once you start one, its days appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment ran on {day}: shaded days are those of a try-on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryStep</name>
    <message>
        <source>Each day of the try-on, write in this experiment&apos;s diary: others&apos; reactions; what you thought, felt and sensed before, during and after; how often you did it; the evaluations your mind made; and whether you thanked your mind for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this experiment&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this experiment&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainTexts</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value not yet named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary as a PDF, to print or bring to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary as Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values checks as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and daily check-ins as calendar events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, to keep a copy or move to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>This day has not come yet, so it cannot be written in: you can check in and write about it on the day itself, or any day after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the earlier days you enacted this value, fully or partly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not enough disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check what you entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not be backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check linked to a try-on says whether it was taken as it began or as it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose another passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your reflection before completing the experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some steps still need an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That experiment no longer exists or has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That experiment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That text cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That values check no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment of this check-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment of this diary entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk was closed before the diary was unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary already has a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary has no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Diary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Diary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln pages of your diary to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everything in “{name}” to your data?

Nothing is deleted and nothing is doubled. Where the file holds a newer version of something you have here, such as a diary day, the newer version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}. Unlike your diary, this file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentDayEditor</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this day&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · day {day} of {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · day {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentList</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts {day} · {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} of {days} · {check_ins}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended · {check_ins} · ready to reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} · {check_ins}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} · next session {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentListModel</name>
    <message>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {status}: {standing}; {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>Trying on a value means choosing something you care about — being kind, being brave, being there for someone — and living it on purpose for a week or so, to see what happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten short steps from the worksheet “Ten Steps to Trying on a Value” guide you: choose the value, notice your reactions, pick something to do, make a plan, and keep a diary of what you notice each day. You can stop at any step and come back later; everything is kept as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying on a Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin trying on a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start trying on a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected experiment (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon this experiment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trying on “{title}”? What you wrote is kept and can still be read, but the experiment can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this experiment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” with its behaviours, plan, diary and check-ins? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Your diary is encrypted, but the file you export is not: anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the events are called only “{check_in}” and “{session}”: calendars are often kept online or shared with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only days &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only days between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name my &amp;value and plan in the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name my value and plan in the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing is safe: everything you typed has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing saved before this is safe, but what you typed last could not be saved yet: please copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on working. If this happens again, please restart ValuesDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk met an unexpected problem ({kind}) and stopped what it was doing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>I&apos;m using ValuesDesk for myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own values and diary; the therapist&apos;s Parallel Questions stay closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m using ValuesDesk with clients, as a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Parallel Questions open beside the work, ready for a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this later in View ▸ Use ValuesDesk For.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you use it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>Gaps between importance and living, as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same numbers are in the table that follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk speaks the language chosen here from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheets keep their own words, in English, unless they have been translated into the language chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-translation (to check layouts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>Behaviours related &amp;to the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wr&amp;ite a behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one behaviour to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalDates</name>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {span} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Only a diary with a passphrase can be locked: set one in File ▸ Privacy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>ValuesDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide your diary until your passphrase is entered (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The Parallel Questions need a wider window: View ▸ Parallel Questions (Ctrl+3) opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trying on a Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use ValuesDesk For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients, as a Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksLegend</name>
    <message>
        <source>Diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar marks: {marks}; today has a ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your note of {day}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Your private notes on question {question_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeSteps</name>
    <message>
        <source>What came &amp;up about this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts as they come; this may stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came &amp;up about this behaviour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Keep your passphrase safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>What you will do, where, with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When — the &amp;sooner the better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Things to arrange first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to arran&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I will &amp;enact it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write how you will enact the value to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>If you forget this passphrase, nobody can read your diary again: not you, not your therapist, and not us, the makers of ValuesDesk. There is no way to recover or reset it. Keep it somewhere safe, for example written down at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is encrypted. It opens only with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is not encrypted: anyone who can open its file can read it. With a passphrase, the diary and its backups are encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase your diary and its backups are stored unencrypted: anyone who can open their files can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted diary also locks when the screen locks or the computer sleeps, and with File ▸ Lock Now (Ctrl+L). Exports, printouts and what you copy are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups are damaged and were left as they were:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFolder</name>
    <message>
        <source>Make Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave As It Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others can read your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other people who use this computer can open your ValuesDesk data folder, or files in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{make_private} lets only you open the folder, its backups and its logs. Nothing in them is changed but who may read them, and nothing else you keep in the folder. This is asked once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be made private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk could not change who may read these (they may belong to another user):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <source>{enacted} enacted, {partly} partly, {not_enacted} not enacted, {no_check_in} no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{states}. Acted on the value on {acted}; came back after a missed day {returns}; {runs}. Diary kept on {diary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest run {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current run {current} · longest {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current run {current} · longest {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on the value on {acted} of {lived}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on the value on {acted} of {lived} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes {enacted} · partly {partly} · no {not_enacted} · {missing} without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes {enacted} · partly {partly} · no {not_enacted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back after a missed day {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is days in a row on which you acted on the value, fully or partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary kept on {days}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you try on a value, its days appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionLabel</name>
    <message>
        <source>Pair {number}, {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsControls</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>&amp;Hide Private Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how Private Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sheet in a window of its own, e.g. full screen (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} and their counts again (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} and their counts, e.g. while sharing your screen (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sheet as {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectStep</name>
    <message>
        <source>You are ending the try-on of “{value}” early. What did you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready, begin: you will try on “{value}” from {start} until {end}. Your diary and daily check-ins start then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will try on “{value}” from {start} until {end}. Once it has ended, come back here to reflect on what you noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are trying on “{value}”: day {day} of {days}, until {end}. Once it has ended, come back here to reflect on what you noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your try-on of “{value}” ended on {end}. Take a moment to reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You completed trying on “{value}” on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set trying on “{value}” aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;gin trying it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the try-on early and reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diary as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you notice, living this value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reflection to complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check In Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the Diary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit ValuesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk: reminders paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk: no reminder coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk: next reminder at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk: next reminder on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how ValuesDesk reminds you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You missed %n ValuesDesk reminder(s) while it was not running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n ValuesDesk reminders.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Did you enact “%1” today? Time for your check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your ValuesDesk check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for “%1” starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your ValuesDesk plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today on your checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on your ValuesDesk checklist is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValuesDesk reminder for tomorrow: bring your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValuesDesk reminder for today: bring your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze for %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock ValuesDesk to Check In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did I enact the value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk keeps running in the tray to remind you. Quit it from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Reminding You?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders come only while ValuesDesk runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValuesDesk can keep running in the system tray with its window closed, and remind you. You can change this in File ▸ Settings ▸ Reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Remind me of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily &amp;check-in, on each day of a try-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;plan&apos;s start and its checklist&apos;s due days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next &amp;session, the day before and that morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a try-on whose plan sets no check-in time; also the evening before a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning reminders at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items due that day, and a session&apos;s morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;what a reminder is about (the value, the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications can show on the lock screen and in the notification history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, a notification only says that it is time for ValuesDesk: notifications can show on the lock screen. None ever shows your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come while ValuesDesk runs, open or in the tray; after you quit it, none come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, which reminders need to run in the background: they come only while the ValuesDesk window is open, in its status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a notification shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ValuesDesk when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;Test Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck-in time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Morning reminders at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveCoordinator</name>
    <message>
        <source>What was typed could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entry contains “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match; the newest {shown} are shown. Add words to narrow it down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day} · {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {title} · {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEnd</name>
    <message>
        <source>Not quitting: what you typed is not saved. {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}, main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {number} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Dock (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen on {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client View on {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMode</name>
    <message>
        <source>Both columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pair at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pair (Left or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pair (Right or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {pair} of {pairs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Text Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsTree</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>{progress}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesSpinBox</name>
    <message>
        <source>{number} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TryOnWizard</name>
    <message>
        <source>All e&amp;xperiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} · read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueStep</name>
    <message>
        <source>A new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;one of my values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: being a caring friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember: a value you can enact yourself — not a way to change others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value I &amp;choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;means to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;domain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it on for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet asks for at least a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your value a name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your values check of %1: matters to me %2, lived it %3 (of 10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A values check rates ten parts of life: how much each matters to you, and how much you have lived by it lately. Taken now and then, and as a try-on begins and ends, it shows where your life is furthest from what matters to you, and whether that changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not taken a values check yet. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check in large print, one domain at a time, on its own screen for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as “%1” began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as “%1” ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ake the Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take My Fi&amp;rst Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values check and picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your try-on of “%1” has begun. A check now lets you see later what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of your try-on of “%1” are over. A check now shows what changed since it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the values check of %1 and its ratings? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPicture</name>
    <message>
        <source>The latest check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps between importance and living, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try On a Value in This Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new try-on with the domain chosen in the table, the largest gap unless you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded, with a strip along the bottom: the days of each try-on, named by its value above the composite where there is room (the table names them all). Each line is one number per check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite (1–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lived it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks over time, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per check, newest first: the composite, then how much each domain was lived, 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check has a rating yet. Take a check to see your picture here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest check, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Composite %1 of 100: the mean of importance × living over %n rated domains.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped domains are left out of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap first. Choose a row, then Try On a Value in This Domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
