<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AppearancePage</name>
        <message>
            <source>&amp;System (follows the desktop)</source>
            <translation>[&amp;Sýšţéɱ (ƒöĺĺöŵš ţĥé đéšķţöþ)~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Li&amp;ght</source>
            <translation>[Ĺî&amp;gĥţ~]</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>[&amp;Dàŕķ~]</translation>
        </message>
        <message>
            <source>%</source>
            <translation>[%~]</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>[Ţéẋţ šîžé~~]</translation>
        </message>
        <message>
            <source>The size of all text, in percent of the system's font. It changes at once.</source>
            <translation>[Ţĥé šîžé öƒ àĺĺ ţéẋţ, îñ þéŕçéñţ öƒ ţĥé šýšţéɱ'š ƒöñţ. Îţ çĥàñĝéš àţ öñçé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>[Çöĺöûŕš:~~]</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>[&amp;Téẋţ šîžé:~~~]</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Back &amp;Up Now…</source>
            <translation>[Ɓàçķ &amp;Uþ Ñöŵ…~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore From Backup…</source>
            <translation>[&amp;Réšţöŕé Ƒŕöɱ Ɓàçķûþ…~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Today's backup could not be made: {message} Try File ▸ Back Up Now… later.</source>
            <translation>[Ţöđàý'š ƀàçķûþ çöûĺđ ñöţ ƀé ɱàđé: {message} Ţŕý Ƒîĺé ▸ Ɓàçķ Ûþ Ñöŵ… ĺàţéŕ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Backing up your data…</source>
            <translation>[Ɓàçķîñĝ ûþ ýöûŕ đàţà…~~~~~~ ~]</translation>
        </message>
        <message>
            <source>A backup is being made right now; try again in a moment.</source>
            <translation>[À ƀàçķûþ îš ƀéîñĝ ɱàđé ŕîĝĥţ ñöŵ; ţŕý àĝàîñ îñ à ɱöɱéñţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Backed up your data ({size}).</source>
            <translation>[Ɓàçķéđ ûþ ýöûŕ đàţà ({size}).~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Backed up your data ({size}) to {path}.</source>
            <translation>[Ɓàçķéđ ûþ ýöûŕ đàţà ({size}) ţö {path}.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Back Up Now</source>
            <translation>[Ɓàçķ Ûþ Ñöŵ~~~]</translation>
        </message>
        <message>
            <source>Your data could not be backed up.</source>
            <translation>[Ýöûŕ đàţà çöûĺđ ñöţ ƀé ƀàçķéđ ûþ.~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Your data as it was before is kept in {path}</source>
            <translation>[Ýöûŕ đàţà àš îţ ŵàš ƀéƒöŕé îš ķéþţ îñ {path}~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation>[Ŕéšţöŕé Ƒŕöɱ Ɓàçķûþ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>BackupWorker</name>
        <message>
            <source>ValuesDesk could not make a backup.</source>
            <translation>[ṼàĺûéšĐéšķ çöûĺđ ñöţ ɱàķé à ƀàçķûþ.~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>{kind}. Your data was not changed.</source>
            <translation>[{kind}. Ýöûŕ đàţà ŵàš ñöţ çĥàñĝéđ.~~~~~~ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Date</source>
            <translation>[Đàţé~]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñđ~]</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>[Šîžé~]</translation>
        </message>
        <message>
            <source>Diary days</source>
            <translation>[Đîàŕý đàýš~~]</translation>
        </message>
        <message>
            <source>Everything written since then is taken out of the diary, but not lost: your data as it is now is kept as a backup first, and you can restore that one again.</source>
            <translation>[Éṽéŕýţĥîñĝ ŵŕîţţéñ šîñçé ţĥéñ îš ţàķéñ öûţ öƒ ţĥé đîàŕý, ƀûţ ñöţ ĺöšţ: ýöûŕ đàţà àš îţ îš ñöŵ îš ķéþţ àš à ƀàçķûþ ƒîŕšţ, àñđ ýöû çàñ ŕéšţöŕé ţĥàţ öñé àĝàîñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>[{day} {time}~~~]</translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation>[Ŕéšţöŕé Ƒŕöɱ Ɓàçķûþ~~~~~~]</translation>
        </message>
        <message>
            <source>Choose the backup to bring back. Your data as it is now is kept as a backup first.</source>
            <translation>[Çĥööšé ţĥé ƀàçķûþ ţö ƀŕîñĝ ƀàçķ. Ýöûŕ đàţà àš îţ îš ñöŵ îš ķéþţ àš à ƀàçķûþ ƒîŕšţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>[Ţĥéŕé àŕé ñö ƀàçķûþš ýéţ.~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>[Ɓàçķûþš~]</translation>
        </message>
        <message>
            <source>{kind} — damaged</source>
            <translation>[{kind} — đàɱàĝéđ~~~~~]</translation>
        </message>
        <message>
            <source>Damaged, cannot be restored: {problem}</source>
            <translation>[Đàɱàĝéđ, çàññöţ ƀé ŕéšţöŕéđ: {problem}~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>[Ɓàçķûþš àŕé ķéþţ îñ {folder}~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>[&amp;Réšţöŕé…~~]</translation>
        </message>
        <message>
            <source>Choose a &amp;File…</source>
            <translation>[Çĥööšé à &amp;Fîĺé…~~~~]</translation>
        </message>
        <message>
            <source>Restored “{name}”.</source>
            <translation>[Ŕéšţöŕéđ “{name}”.~~~~~~]</translation>
        </message>
        <message>
            <source>Restored the backup from {taken_at}.</source>
            <translation>[Ŕéšţöŕéđ ţĥé ƀàçķûþ ƒŕöɱ {taken_at}.~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored ({problem}).</source>
            <translation>[Ţĥîš ƀàçķûþ îš đàɱàĝéđ àñđ çàññöţ ƀé ŕéšţöŕéđ ({problem}).~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Replace your data with the backup from {taken_at}?</source>
            <translation>[Ŕéþĺàçé ýöûŕ đàţà ŵîţĥ ţĥé ƀàçķûþ ƒŕöɱ {taken_at}?~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>[&amp;Réšţöŕé~~]</translation>
        </message>
        <message>
            <source>Restore From a File</source>
            <translation>[Ŕéšţöŕé Ƒŕöɱ à Ƒîĺé~~~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk data (*.sqlite3);;All files (*)</source>
            <translation>[ṼàĺûéšĐéšķ đàţà (*.šǫĺîţé3);;Àĺĺ ƒîĺéš (*)~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Replace your data with “{name}”?</source>
            <translation>[Ŕéþĺàçé ýöûŕ đàţà ŵîţĥ “{name}”?~~~~~~ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>BehaveStep</name>
        <message>
            <source>I will &amp;just behave and not tell others</source>
            <translation>[Î ŵîĺĺ &amp;jûšţ ƀéĥàṽé àñđ ñöţ ţéĺĺ öţĥéŕš~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>I will just behave and not tell others</source>
            <translation>[Î ŵîĺĺ ĵûšţ ƀéĥàṽé àñđ ñöţ ţéĺĺ öţĥéŕš~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Tick this to go on.</source>
            <translation>[Ţîçķ ţĥîš ţö ĝö öñ.~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CheckForm</name>
        <message>
            <source>For each part of life, give two numbers from 1 to 10: how much it matters to you, and how much you have lived by it this past week. Not every part matters to everyone: 1 for how much it matters is as good an answer as 10. Leave a part empty to skip it; a skipped part is left out of the composite score. Everything is saved as you go.</source>
            <translation>[Ƒöŕ éàçĥ þàŕţ öƒ ĺîƒé, ĝîṽé ţŵö ñûɱƀéŕš ƒŕöɱ 1 ţö 10: ĥöŵ ɱûçĥ îţ ɱàţţéŕš ţö ýöû, àñđ ĥöŵ ɱûçĥ ýöû ĥàṽé ĺîṽéđ ƀý îţ ţĥîš þàšţ ŵééķ. Ñöţ éṽéŕý þàŕţ ɱàţţéŕš ţö éṽéŕýöñé: 1 ƒöŕ ĥöŵ ɱûçĥ îţ ɱàţţéŕš îš àš ĝööđ àñ àñšŵéŕ àš 10. Ĺéàṽé à þàŕţ éɱþţý ţö šķîþ îţ; à šķîþþéđ þàŕţ îš ĺéƒţ öûţ öƒ ţĥé çöɱþöšîţé šçöŕé. Éṽéŕýţĥîñĝ îš šàṽéđ àš ýöû ĝö.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Matters to me</source>
            <translation>[Ṁàţţéŕš ţö ɱé~~~~]</translation>
        </message>
        <message>
            <source>Lived it this week</source>
            <translation>[Ĺîṽéđ îţ ţĥîš ŵééķ~~~~~~]</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>[Ñöţ ŕàţéđ~~]</translation>
        </message>
        <message>
            <source>1 to 10; 0 or Not rated leaves it empty.</source>
            <translation>[1 ţö 10; 0 öŕ Ñöţ ŕàţéđ ĺéàṽéš îţ éɱþţý.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>%1: matters to me</source>
            <translation>[%1: ɱàţţéŕš ţö ɱé~~~~~]</translation>
        </message>
        <message>
            <source>%1: lived it this week</source>
            <translation>[%1: ĺîṽéđ îţ ţĥîš ŵééķ~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>CheckOffer</name>
        <message>
            <source>Take a Values Check</source>
            <translation>[Ţàķé à Ṽàĺûéš Çĥéçķ~~~~~~]</translation>
        </message>
        <message>
            <source>Opens the Values area with a check linked to this try-on.</source>
            <translation>[Öþéñš ţĥé Ṽàĺûéš àŕéà ŵîţĥ à çĥéçķ ĺîñķéđ ţö ţĥîš ţŕý-öñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>[Ñöţ Ñöŵ~]</translation>
        </message>
        <message>
            <source>Puts this offer aside; the Values area still has it.</source>
            <translation>[Þûţš ţĥîš öƒƒéŕ àšîđé; ţĥé Ṽàĺûéš àŕéà šţîĺĺ ĥàš îţ.~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>A values check shows which parts of life matter most to you, and where your life is furthest from them. It takes a few minutes.</source>
            <translation>[À ṽàĺûéš çĥéçķ šĥöŵš ŵĥîçĥ þàŕţš öƒ ĺîƒé ɱàţţéŕ ɱöšţ ţö ýöû, àñđ ŵĥéŕé ýöûŕ ĺîƒé îš ƒûŕţĥéšţ ƒŕöɱ ţĥéɱ. Îţ ţàķéš à ƒéŵ ɱîñûţéš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Opens the Values area with a new check.</source>
            <translation>[Öþéñš ţĥé Ṽàĺûéš àŕéà ŵîţĥ à ñéŵ çĥéçķ.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Put aside. The Values area still offers the check.</source>
            <translation>[Þûţ àšîđé. Ţĥé Ṽàĺûéš àŕéà šţîĺĺ öƒƒéŕš ţĥé çĥéçķ.~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ChooseStep</name>
        <message>
            <source>Committed &amp;until</source>
            <translation>[Çöɱɱîţţéđ &amp;uñţîĺ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Choose one or a set to commit to</source>
            <translation>[&amp;Cĥööšé öñé öŕ à šéţ ţö çöɱɱîţ ţö~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Choose at least one behaviour to go on.</source>
            <translation>[Çĥööšé àţ ĺéàšţ öñé ƀéĥàṽîöûŕ ţö ĝö öñ.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
    </context>
    <context>
        <name>ClientCheckView</name>
        <message>
            <source>Skip</source>
            <translation>[Šķîþ~]</translation>
        </message>
        <message>
            <source>%1: not rated</source>
            <translation>[%1: ñöţ ŕàţéđ~~~~]</translation>
        </message>
        <message>
            <source>Values Check</source>
            <translation>[Ṽàĺûéš Çĥéçķ~~~]</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>[Þŕéṽîöûš~~]</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>[Ñéẋţ~]</translation>
        </message>
        <message>
            <source>Esc to leave</source>
            <translation>[Éšç ţö ĺéàṽé~~~]</translation>
        </message>
        <message>
            <source>Domain %1 of %2</source>
            <translation>[Đöɱàîñ %1 öƒ %2~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ClientView</name>
        <message>
            <source>Question {question} of {questions}</source>
            <translation>[Ǫûéšţîöñ {question} öƒ {questions}~~~~~~ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CommitStep</name>
        <message>
            <source>Every day of the try-on, the Diary asks one question: did I enact my value today? Answer Yes, Partly or No, and note anything that showed up as you did. If a set time helps you remember, choose it here.</source>
            <translation>[Éṽéŕý đàý öƒ ţĥé ţŕý-öñ, ţĥé Đîàŕý àšķš öñé ǫûéšţîöñ: đîđ Î éñàçţ ɱý ṽàĺûé ţöđàý? Àñšŵéŕ Ýéš, Þàŕţĺý öŕ Ñö, àñđ ñöţé àñýţĥîñĝ ţĥàţ šĥöŵéđ ûþ àš ýöû đîđ. Îƒ à šéţ ţîɱé ĥéĺþš ýöû ŕéɱéɱƀéŕ, çĥööšé îţ ĥéŕé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Check in each day at</source>
            <translation>[&amp;Cĥéçķ îñ éàçĥ đàý àţ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Check in each day at</source>
            <translation>[Çĥéçķ îñ éàçĥ đàý àţ~~~~~~]</translation>
        </message>
        <message>
            <source>Daily check-in time</source>
            <translation>[Đàîĺý çĥéçķ-îñ ţîɱé~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>[%Ln đàý~]</numerusform>
                <numerusform>[%Ln đàýš~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln times</source>
            <translation>
                <numerusform>[öñçé~]</numerusform>
                <numerusform>[%Ln ţîɱéš~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln check-ins</source>
            <translation>
                <numerusform>[%Ln çĥéçķ-îñ~~~]</numerusform>
                <numerusform>[%Ln çĥéçķ-îñš~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayView</name>
        <message>
            <source>{day} · today</source>
            <translation>[{day} · ţöđàý~~~~]</translation>
        </message>
        <message>
            <source>Experiments of the day</source>
            <translation>[Éẋþéŕîɱéñţš öƒ ţĥé đàý~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>[Öþéñîñĝ ýöûŕ đàţà…~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DaysCalendar</name>
        <message>
            <source>Days of {title}</source>
            <translation>[Đàýš öƒ {title}~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Everything you write in ValuesDesk stays on this computer. ValuesDesk has no account and sends nothing over the network.</source>
            <translation>[Éṽéŕýţĥîñĝ ýöû ŵŕîţé îñ ṼàĺûéšĐéšķ šţàýš öñ ţĥîš çöɱþûţéŕ. ṼàĺûéšĐéšķ ĥàš ñö àççöûñţ àñđ šéñđš ñöţĥîñĝ öṽéŕ ţĥé ñéţŵöŕķ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>It creates its files so that only your user account can read them.</source>
            <translation>[Îţ çŕéàţéš îţš ƒîĺéš šö ţĥàţ öñĺý ýöûŕ ûšéŕ àççöûñţ çàñ ŕéàđ ţĥéɱ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Your diary is encrypted with your passphrase.</source>
            <translation>[Ýöûŕ đîàŕý îš éñçŕýþţéđ ŵîţĥ ýöûŕ þàššþĥŕàšé.~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Your diary is not encrypted; you can set a passphrase in File ▸ Privacy.</source>
            <translation>[Ýöûŕ đîàŕý îš ñöţ éñçŕýþţéđ; ýöû çàñ šéţ à þàššþĥŕàšé îñ Ƒîĺé ▸ Þŕîṽàçý.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>[Àƀöûţ %1~~]</translation>
        </message>
        <message>
            <source>A private companion for values work in Acceptance and Commitment Therapy: “Ten Steps to Trying on a Value”, a Daily Reactions Diary, and the “Parallel Values Processes” questions for therapists.</source>
            <translation>[À þŕîṽàţé çöɱþàñîöñ ƒöŕ ṽàĺûéš ŵöŕķ îñ Àççéþţàñçé àñđ Çöɱɱîţɱéñţ Ţĥéŕàþý: “Ţéñ Šţéþš ţö Ţŕýîñĝ öñ à Ṽàĺûé”, à Đàîĺý Ŕéàçţîöñš Đîàŕý, àñđ ţĥé “Þàŕàĺĺéĺ Ṽàĺûéš Þŕöçéššéš” ǫûéšţîöñš ƒöŕ ţĥéŕàþîšţš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Your privacy.</source>
            <translation>[Ýöûŕ þŕîṽàçý.~~~~]</translation>
        </message>
        <message>
            <source>Your data file:</source>
            <translation>[Ýöûŕ đàţà ƒîĺé:~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DiaryCalendar</name>
        <message>
            <source>Previous month</source>
            <translation>[Þŕéṽîöûš ɱöñţĥ~~~~]</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>[Ñéẋţ ɱöñţĥ~~]</translation>
        </message>
        <message>
            <source>The month shown: opens a list of the months</source>
            <translation>[Ţĥé ɱöñţĥ šĥöŵñ: öþéñš à ĺîšţ öƒ ţĥé ɱöñţĥš~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>[Ýéàŕ~]</translation>
        </message>
        <message>
            <source>The year shown: type a year, or Up and Down to change it</source>
            <translation>[Ţĥé ýéàŕ šĥöŵñ: ţýþé à ýéàŕ, öŕ Ûþ àñđ Đöŵñ ţö çĥàñĝé îţ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>[Çàĺéñđàŕ~~]</translation>
        </message>
        <message>
            <source>Arrow keys move the day, Page Up and Page Down the month, Home and End to its first and last day</source>
            <translation>[Àŕŕöŵ ķéýš ɱöṽé ţĥé đàý, Þàĝé Ûþ àñđ Þàĝé Đöŵñ ţĥé ɱöñţĥ, Ĥöɱé àñđ Éñđ ţö îţš ƒîŕšţ àñđ ĺàšţ đàý~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>today</source>
            <translation>[ţöđàý~]</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>[šéĺéçţéđ~~]</translation>
        </message>
        <message>
            <source>outside the month shown</source>
            <translation>[öûţšîđé ţĥé ɱöñţĥ šĥöŵñ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>try-on day {number}</source>
            <translation>[ţŕý-öñ đàý {number}~~~~~~]</translation>
        </message>
        <message>
            <source>try-on day {number} of {value}</source>
            <translation>[ţŕý-öñ đàý {number} öƒ {value}~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>try-on day</source>
            <translation>[ţŕý-öñ đàý~~]</translation>
        </message>
        <message>
            <source>diary entry</source>
            <translation>[đîàŕý éñţŕý~~~]</translation>
        </message>
        <message>
            <source>enacted</source>
            <translation>[éñàçţéđ~]</translation>
        </message>
        <message>
            <source>partly enacted</source>
            <translation>[þàŕţĺý éñàçţéđ~~~~]</translation>
        </message>
        <message>
            <source>not enacted</source>
            <translation>[ñöţ éñàçţéđ~~~]</translation>
        </message>
    </context>
    <context>
        <name>DiaryPage</name>
        <message>
            <source>All experiments</source>
            <translation>[Àĺĺ éẋþéŕîɱéñţš~~~~]</translation>
        </message>
        <message>
            <source>The note below is this day's.</source>
            <translation>[Ţĥé ñöţé ƀéĺöŵ îš ţĥîš đàý'š.~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Daily Reactions Diary</source>
            <translation>[Đàîĺý Ŕéàçţîöñš Đîàŕý~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>[Éẋþéŕîɱéñţ~~]</translation>
        </message>
        <message>
            <source>&amp;Experiment</source>
            <translation>[&amp;Eẋþéŕîɱéñţ~~~]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéàŕçĥ~]</translation>
        </message>
        <message>
            <source>Search the diary</source>
            <translation>[Šéàŕçĥ ţĥé đîàŕý~~~~~]</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>[Çĺéàŕ šéàŕçĥ~~~]</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>[&amp;Séàŕçĥ~]</translation>
        </message>
        <message>
            <source>Search the Diary</source>
            <translation>[Šéàŕçĥ ţĥé Đîàŕý~~~~~]</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>[Ţöđàý~]</translation>
        </message>
        <message>
            <source>Show today ({keys})</source>
            <translation>[Šĥöŵ ţöđàý ({keys})~~~~~~]</translation>
        </message>
        <message>
            <source>Diary views</source>
            <translation>[Đîàŕý ṽîéŵš~~~]</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>[&amp;Dàý~]</translation>
        </message>
        <message>
            <source>Pro&amp;gress</source>
            <translation>[Þŕö&amp;gŕéšš~~]</translation>
        </message>
        <message>
            <source>No value is being tried on yet: once you start one, its days appear here.</source>
            <translation>[Ñö ṽàĺûé îš ƀéîñĝ ţŕîéđ öñ ýéţ: öñçé ýöû šţàŕţ öñé, îţš đàýš àþþéàŕ ĥéŕé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>No experiment ran on {day}: shaded days are those of a try-on.</source>
            <translation>[Ñö éẋþéŕîɱéñţ ŕàñ öñ {day}: šĥàđéđ đàýš àŕé ţĥöšé öƒ à ţŕý-öñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DiaryStep</name>
        <message>
            <source>Each day of the try-on, write in this experiment's diary: others' reactions; what you thought, felt and sensed before, during and after; how often you did it; the evaluations your mind made; and whether you thanked your mind for them.</source>
            <translation>[Éàçĥ đàý öƒ ţĥé ţŕý-öñ, ŵŕîţé îñ ţĥîš éẋþéŕîɱéñţ'š đîàŕý: öţĥéŕš' ŕéàçţîöñš; ŵĥàţ ýöû ţĥöûĝĥţ, ƒéĺţ àñđ šéñšéđ ƀéƒöŕé, đûŕîñĝ àñđ àƒţéŕ; ĥöŵ öƒţéñ ýöû đîđ îţ; ţĥé éṽàĺûàţîöñš ýöûŕ ɱîñđ ɱàđé; àñđ ŵĥéţĥéŕ ýöû ţĥàñķéđ ýöûŕ ɱîñđ ƒöŕ ţĥéɱ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Open this experiment's diary</source>
            <translation>[&amp;Oþéñ ţĥîš éẋþéŕîɱéñţ'š đîàŕý~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Open this experiment's diary</source>
            <translation>[Öþéñ ţĥîš éẋþéŕîɱéñţ'š đîàŕý~~~~~~ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DomainTexts</name>
        <message>
            <source>Draft</source>
            <translation>[Đŕàƒţ~]</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>[Àçţîṽé~]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Çöɱþĺéţéđ~~]</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>[Àƀàñđöñéđ~~]</translation>
        </message>
        <message>
            <source>Enacted</source>
            <translation>[Éñàçţéđ~]</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>[Þàŕţĺý~]</translation>
        </message>
        <message>
            <source>Not enacted</source>
            <translation>[Ñöţ éñàçţéđ~~~]</translation>
        </message>
        <message>
            <source>No check-in</source>
            <translation>[Ñö çĥéçķ-îñ~~~]</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>[Ûþçöɱîñĝ~~]</translation>
        </message>
        <message>
            <source>enacted</source>
            <translation>[éñàçţéđ~]</translation>
        </message>
        <message>
            <source>partly</source>
            <translation>[þàŕţĺý~]</translation>
        </message>
        <message>
            <source>not enacted</source>
            <translation>[ñöţ éñàçţéđ~~~]</translation>
        </message>
        <message>
            <source>no check-in</source>
            <translation>[ñö çĥéçķ-îñ~~~]</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation>[ûþçöɱîñĝ~~]</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>[đŕàƒţ~]</translation>
        </message>
        <message>
            <source>active</source>
            <translation>[àçţîṽé~]</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>[çöɱþĺéţéđ~~]</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>[àƀàñđöñéđ~~]</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>[&amp;Yéš~]</translation>
        </message>
        <message>
            <source>&amp;Partly</source>
            <translation>[&amp;Pàŕţĺý~]</translation>
        </message>
        <message>
            <source>N&amp;o</source>
            <translation>[Ñ&amp;o~]</translation>
        </message>
        <message>
            <source>A value not yet named</source>
            <translation>[À ṽàĺûé ñöţ ýéţ ñàɱéđ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Diary as a PDF, to print or bring to session</source>
            <translation>[Đîàŕý àš à ÞĐƑ, ţö þŕîñţ öŕ ƀŕîñĝ ţö šéššîöñ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Diary as Markdown text</source>
            <translation>[Đîàŕý àš Ṁàŕķđöŵñ ţéẋţ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Diary as a spreadsheet (CSV)</source>
            <translation>[Đîàŕý àš à šþŕéàđšĥééţ (ÇŠṼ)~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Values checks as a spreadsheet (CSV)</source>
            <translation>[Ṽàĺûéš çĥéçķš àš à šþŕéàđšĥééţ (ÇŠṼ)~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Plan and daily check-ins as calendar events</source>
            <translation>[Þĺàñ àñđ đàîĺý çĥéçķ-îñš àš çàĺéñđàŕ éṽéñţš~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Everything, to keep a copy or move to another computer</source>
            <translation>[Éṽéŕýţĥîñĝ, ţö ķééþ à çöþý öŕ ɱöṽé ţö àñöţĥéŕ çöɱþûţéŕ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>[ÞĐƑ đöçûɱéñţ (*.þđƒ)~~~~~~]</translation>
        </message>
        <message>
            <source>Markdown text (*.md)</source>
            <translation>[Ṁàŕķđöŵñ ţéẋţ (*.ɱđ)~~~~~~]</translation>
        </message>
        <message>
            <source>CSV spreadsheet (*.csv)</source>
            <translation>[ÇŠṼ šþŕéàđšĥééţ (*.çšṽ)~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>iCalendar file (*.ics)</source>
            <translation>[îÇàĺéñđàŕ ƒîĺé (*.îçš)~~~~~~ ~]</translation>
        </message>
        <message>
            <source>ValuesDesk export (*.json)</source>
            <translation>[ṼàĺûéšĐéšķ éẋþöŕţ (*.ĵšöñ)~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>[Đàîĺý~]</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>[Ṁàđé ƀý ýöû~~~]</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>[Ɓéƒöŕé àñ ûþđàţé~~~~~]</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>[Ɓéƒöŕé àñ îɱþöŕţ~~~~~]</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>[Ɓéƒöŕé à ŕéšţöŕé~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>This day has not come yet, so it cannot be written in: you can check in and write about it on the day itself, or any day after.</source>
            <translation>[Ţĥîš đàý ĥàš ñöţ çöɱé ýéţ, šö îţ çàññöţ ƀé ŵŕîţţéñ îñ: ýöû çàñ çĥéçķ îñ àñđ ŵŕîţé àƀöûţ îţ öñ ţĥé đàý îţšéĺƒ, öŕ àñý đàý àƒţéŕ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Suggested from the earlier days you enacted this value, fully or partly</source>
            <translation>[Šûĝĝéšţéđ ƒŕöɱ ţĥé éàŕĺîéŕ đàýš ýöû éñàçţéđ ţĥîš ṽàĺûé, ƒûĺĺý öŕ þàŕţĺý~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Not enough disk space</source>
            <translation>[Ñöţ éñöûĝĥ đîšķ šþàçé~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>[Ñöţ ƒöûñđ~~]</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>[Ñöţĥîñĝ ţö éẋþöŕţ~~~~~]</translation>
        </message>
        <message>
            <source>Please check what you entered</source>
            <translation>[Þĺéàšé çĥéçķ ŵĥàţ ýöû éñţéŕéđ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>The file could not be written</source>
            <translation>[Ţĥé ƒîĺé çöûĺđ ñöţ ƀé ŵŕîţţéñ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>This backup cannot be restored</source>
            <translation>[Ţĥîš ƀàçķûþ çàññöţ ƀé ŕéšţöŕéđ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation>[Ţĥîš ƒîĺé çàññöţ ƀé îɱþöŕţéđ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk</source>
            <translation>[ṼàĺûéšĐéšķ~~]</translation>
        </message>
        <message>
            <source>ValuesDesk cannot open your data</source>
            <translation>[ṼàĺûéšĐéšķ çàññöţ öþéñ ýöûŕ đàţà~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Your data could not be backed up</source>
            <translation>[Ýöûŕ đàţà çöûĺđ ñöţ ƀé ƀàçķéđ ûþ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Your data could not be saved</source>
            <translation>[Ýöûŕ đàţà çöûĺđ ñöţ ƀé šàṽéđ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Your data is busy</source>
            <translation>[Ýöûŕ đàţà îš ƀûšý~~~~~]</translation>
        </message>
        <message>
            <source>Your diary is locked</source>
            <translation>[Ýöûŕ đîàŕý îš ĺöçķéđ~~~~~~]</translation>
        </message>
        <message>
            <source>A check linked to a try-on says whether it was taken as it began or as it ended.</source>
            <translation>[À çĥéçķ ĺîñķéđ ţö à ţŕý-öñ šàýš ŵĥéţĥéŕ îţ ŵàš ţàķéñ àš îţ ƀéĝàñ öŕ àš îţ éñđéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>A value needs a name.</source>
            <translation>[À ṽàĺûé ñééđš à ñàɱé.~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Please choose another passphrase.</source>
            <translation>[Þĺéàšé çĥööšé àñöţĥéŕ þàššþĥŕàšé.~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Please write something first.</source>
            <translation>[Þĺéàšé ŵŕîţé šöɱéţĥîñĝ ƒîŕšţ.~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Please write your reflection before completing the experiment.</source>
            <translation>[Þĺéàšé ŵŕîţé ýöûŕ ŕéƒĺéçţîöñ ƀéƒöŕé çöɱþĺéţîñĝ ţĥé éẋþéŕîɱéñţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Some steps still need an answer.</source>
            <translation>[Šöɱé šţéþš šţîĺĺ ñééđ àñ àñšŵéŕ.~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>That experiment no longer exists or has not started yet.</source>
            <translation>[Ţĥàţ éẋþéŕîɱéñţ ñö ĺöñĝéŕ éẋîšţš öŕ ĥàš ñöţ šţàŕţéđ ýéţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>That experiment no longer exists.</source>
            <translation>[Ţĥàţ éẋþéŕîɱéñţ ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>That item no longer exists.</source>
            <translation>[Ţĥàţ îţéɱ ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>[Ţĥàţ ñöţé ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>That text cannot be saved.</source>
            <translation>[Ţĥàţ ţéẋţ çàññöţ ƀé šàṽéđ.~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>That value no longer exists.</source>
            <translation>[Ţĥàţ ṽàĺûé ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>That values check no longer exists.</source>
            <translation>[Ţĥàţ ṽàĺûéš çĥéçķ ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>The diary could not be drawn.</source>
            <translation>[Ţĥé đîàŕý çöûĺđ ñöţ ƀé đŕàŵñ.~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>The experiment of this check-in no longer exists.</source>
            <translation>[Ţĥé éẋþéŕîɱéñţ öƒ ţĥîš çĥéçķ-îñ ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>The experiment of this diary entry no longer exists.</source>
            <translation>[Ţĥé éẋþéŕîɱéñţ öƒ ţĥîš đîàŕý éñţŕý ñö ĺöñĝéŕ éẋîšţš.~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>The first day comes after the last day.</source>
            <translation>[Ţĥé ƒîŕšţ đàý çöɱéš àƒţéŕ ţĥé ĺàšţ đàý.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>ValuesDesk was closed before the diary was unlocked.</source>
            <translation>[ṼàĺûéšĐéšķ ŵàš çĺöšéđ ƀéƒöŕé ţĥé đîàŕý ŵàš ûñĺöçķéđ.~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Your diary already has a passphrase.</source>
            <translation>[Ýöûŕ đîàŕý àĺŕéàđý ĥàš à þàššþĥŕàšé.~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Your diary has no passphrase.</source>
            <translation>[Ýöûŕ đîàŕý ĥàš ñö þàššþĥŕàšé.~~~~~~ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Export…</source>
            <translation>[&amp;Eẋþöŕţ…~~]</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>[&amp;Iɱþöŕţ…~~]</translation>
        </message>
        <message>
            <source>Save Diary as P&amp;DF…</source>
            <translation>[Šàṽé Đîàŕý àš Þ&amp;DƑ…~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Print Diary…</source>
            <translation>[&amp;Pŕîñţ Đîàŕý…~~~~]</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>[Éẋþöŕţ~]</translation>
        </message>
        <message>
            <source>Save Diary as PDF</source>
            <translation>[Šàṽé Đîàŕý àš ÞĐƑ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>[&amp;Sàṽé àš ÞĐƑ…~~~~]</translation>
        </message>
        <message>
            <source>Print Diary</source>
            <translation>[Þŕîñţ Đîàŕý~~~]</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>[&amp;Pŕîñţ…~]</translation>
        </message>
        <message numerus="yes">
            <source>Sent %Ln pages of your diary to the printer.</source>
            <translation>
                <numerusform>[Šéñţ %Ln þàĝé öƒ ýöûŕ đîàŕý ţö ţĥé þŕîñţéŕ.~~~~~~ ~~~~~~ ~~~~]</numerusform>
                <numerusform>[Šéñţ %Ln þàĝéš öƒ ýöûŕ đîàŕý ţö ţĥé þŕîñţéŕ.~~~~~~ ~~~~~~ ~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>[Îɱþöŕţ~]</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>[Àĺĺ ƒîĺéš (*)~~~~]</translation>
        </message>
        <message>
            <source>Add everything in “{name}” to your data?

Nothing is deleted and nothing is doubled. Where the file holds a newer version of something you have here, such as a diary day, the newer version is kept.</source>
            <translation>[Àđđ éṽéŕýţĥîñĝ îñ “{name}” ţö ýöûŕ đàţà?

Ñöţĥîñĝ îš đéĺéţéđ àñđ ñöţĥîñĝ îš đöûƀĺéđ. Ŵĥéŕé ţĥé ƒîĺé ĥöĺđš à ñéŵéŕ ṽéŕšîöñ öƒ šöɱéţĥîñĝ ýöû ĥàṽé ĥéŕé, šûçĥ àš à đîàŕý đàý, ţĥé ñéŵéŕ ṽéŕšîöñ îš ķéþţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>[&amp;Iɱþöŕţ~]</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>[Îɱþöŕţ ƒîñîšĥéđ~~~~]</translation>
        </message>
        <message>
            <source>Saved {name}. Unlike your diary, this file is not encrypted.</source>
            <translation>[Šàṽéđ {name}. Ûñĺîķé ýöûŕ đîàŕý, ţĥîš ƒîĺé îš ñöţ éñçŕýþţéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>[Šàṽéđ {name}.~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ExperimentDayEditor</name>
        <message>
            <source>Clear</source>
            <translation>[Çĺéàŕ~]</translation>
        </message>
        <message>
            <source>Forget this day's answer</source>
            <translation>[Ƒöŕĝéţ ţĥîš đàý'š àñšŵéŕ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>{title} · day {day} of {days}</source>
            <translation>[{title} · đàý {day} öƒ {days}~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>{title} · day {day}</source>
            <translation>[{title} · đàý {day}~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ExperimentList</name>
        <message>
            <source>Active</source>
            <translation>[Àçţîṽé~]</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>[Þĺàññéđ~]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Çöɱþĺéţéđ~~]</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>[Àƀàñđöñéđ~~]</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>[Šţéþ {step} öƒ {steps}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Starts {day} · {days}</source>
            <translation>[Šţàŕţš {day} · {days}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Day {day} of {days} · {check_ins}</source>
            <translation>[Đàý {day} öƒ {days} · {check_ins}~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Ended · {check_ins} · ready to reflect</source>
            <translation>[Éñđéđ · {check_ins} · ŕéàđý ţö ŕéƒĺéçţ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>{days} · {check_ins}</source>
            <translation>[{days} · {check_ins}~~~~~~]</translation>
        </message>
        <message>
            <source>{span} · next session {day}</source>
            <translation>[{span} · ñéẋţ šéššîöñ {day}~~~~~~ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ExperimentListModel</name>
        <message>
            <source>{group} ({count})</source>
            <translation>[{group} ({count})~~~~~]</translation>
        </message>
        <message>
            <source>{title}, {status}: {standing}; {details}</source>
            <translation>[{title}, {status}: {standing}; {details}~~~~~~ ~~~~~~ ~~]</translation>
        </message>
    </context>
    <context>
        <name>ExperimentsPage</name>
        <message>
            <source>Trying on a value means choosing something you care about — being kind, being brave, being there for someone — and living it on purpose for a week or so, to see what happens.</source>
            <translation>[Ţŕýîñĝ öñ à ṽàĺûé ɱéàñš çĥööšîñĝ šöɱéţĥîñĝ ýöû çàŕé àƀöûţ — ƀéîñĝ ķîñđ, ƀéîñĝ ƀŕàṽé, ƀéîñĝ ţĥéŕé ƒöŕ šöɱéöñé — àñđ ĺîṽîñĝ îţ öñ þûŕþöšé ƒöŕ à ŵééķ öŕ šö, ţö šéé ŵĥàţ ĥàþþéñš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Ten short steps from the worksheet “Ten Steps to Trying on a Value” guide you: choose the value, notice your reactions, pick something to do, make a plan, and keep a diary of what you notice each day. You can stop at any step and come back later; everything is kept as you type.</source>
            <translation>[Ţéñ šĥöŕţ šţéþš ƒŕöɱ ţĥé ŵöŕķšĥééţ “Ţéñ Šţéþš ţö Ţŕýîñĝ öñ à Ṽàĺûé” ĝûîđé ýöû: çĥööšé ţĥé ṽàĺûé, ñöţîçé ýöûŕ ŕéàçţîöñš, þîçķ šöɱéţĥîñĝ ţö đö, ɱàķé à þĺàñ, àñđ ķééþ à đîàŕý öƒ ŵĥàţ ýöû ñöţîçé éàçĥ đàý. Ýöû çàñ šţöþ àţ àñý šţéþ àñđ çöɱé ƀàçķ ĺàţéŕ; éṽéŕýţĥîñĝ îš ķéþţ àš ýöû ţýþé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Everything you write stays on this computer. Nothing is sent anywhere.</source>
            <translation>[Éṽéŕýţĥîñĝ ýöû ŵŕîţé šţàýš öñ ţĥîš çöɱþûţéŕ. Ñöţĥîñĝ îš šéñţ àñýŵĥéŕé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>[Öþéñîñĝ ýöûŕ đàţà…~~~~~~]</translation>
        </message>
        <message>
            <source>Trying on a Value</source>
            <translation>[Ţŕýîñĝ öñ à Ṽàĺûé~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Begin trying on a value</source>
            <translation>[&amp;Béĝîñ ţŕýîñĝ öñ à ṽàĺûé~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Start trying on a new value</source>
            <translation>[&amp;Sţàŕţ ţŕýîñĝ öñ à ñéŵ ṽàĺûé~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Experiments</source>
            <translation>[Éẋþéŕîɱéñţš~~~]</translation>
        </message>
        <message>
            <source>Delete the selected experiment (in the list)</source>
            <translation>[Đéĺéţé ţĥé šéĺéçţéđ éẋþéŕîɱéñţ (îñ ţĥé ĺîšţ)~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>[&amp;Réšûɱé~]</translation>
        </message>
        <message>
            <source>&amp;Complete…</source>
            <translation>[&amp;Cöɱþĺéţé…~~]</translation>
        </message>
        <message>
            <source>&amp;Abandon…</source>
            <translation>[&amp;Aƀàñđöñ…~~]</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>[&amp;Déĺéţé…~~]</translation>
        </message>
        <message>
            <source>Diary as &amp;PDF…</source>
            <translation>[Đîàŕý àš &amp;PĐƑ…~~~~]</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>[&amp;Réṽîéŵ~]</translation>
        </message>
        <message>
            <source>Abandon this experiment?</source>
            <translation>[Àƀàñđöñ ţĥîš éẋþéŕîɱéñţ?~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Stop trying on “{title}”? What you wrote is kept and can still be read, but the experiment can no longer be changed.</source>
            <translation>[Šţöþ ţŕýîñĝ öñ “{title}”? Ŵĥàţ ýöû ŵŕöţé îš ķéþţ àñđ çàñ šţîĺĺ ƀé ŕéàđ, ƀûţ ţĥé éẋþéŕîɱéñţ çàñ ñö ĺöñĝéŕ ƀé çĥàñĝéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Abandon</source>
            <translation>[Àƀàñđöñ~]</translation>
        </message>
        <message>
            <source>Delete this experiment?</source>
            <translation>[Đéĺéţé ţĥîš éẋþéŕîɱéñţ?~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Delete “{title}” with its behaviours, plan, diary and check-ins? This cannot be undone.</source>
            <translation>[Đéĺéţé “{title}” ŵîţĥ îţš ƀéĥàṽîöûŕš, þĺàñ, đîàŕý àñđ çĥéçķ-îñš? Ţĥîš çàññöţ ƀé ûñđöñé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Đéĺéţé~]</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Your diary is encrypted, but the file you export is not: anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
            <translation>[Ýöûŕ đîàŕý îš éñçŕýþţéđ, ƀûţ ţĥé ƒîĺé ýöû éẋþöŕţ îš ñöţ: àñýöñé ŵĥö çàñ öþéñ ţĥé ƒîĺé çàñ ŕéàđ îţ. Ķééþ îţ šöɱéŵĥéŕé þŕîṽàţé, àñđ đéĺéţé îţ ŵĥéñ ýöû ñö ĺöñĝéŕ ñééđ îţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Unticked, the events are called only “{check_in}” and “{session}”: calendars are often kept online or shared with others.</source>
            <translation>[Ûñţîçķéđ, ţĥé éṽéñţš àŕé çàĺĺéđ öñĺý “{check_in}” àñđ “{session}”: çàĺéñđàŕš àŕé öƒţéñ ķéþţ öñĺîñé öŕ šĥàŕéđ ŵîţĥ öţĥéŕš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>[Éẋþöŕţ~]</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>[&amp;Eẋþöŕţ…~~]</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>[&amp;Föŕɱàţ~]</translation>
        </message>
        <message>
            <source>All experiments</source>
            <translation>[Àĺĺ éẋþéŕîɱéñţš~~~~]</translation>
        </message>
        <message>
            <source>E&amp;xperiment</source>
            <translation>[É&amp;xþéŕîɱéñţ~~~]</translation>
        </message>
        <message>
            <source>Only days &amp;between</source>
            <translation>[Öñĺý đàýš &amp;béţŵééñ~~~~~~]</translation>
        </message>
        <message>
            <source>Only days between</source>
            <translation>[Öñĺý đàýš ƀéţŵééñ~~~~~]</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <translation>[Ƒ&amp;röɱ~]</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>[&amp;Tö~]</translation>
        </message>
        <message>
            <source>Name my &amp;value and plan in the events</source>
            <translation>[Ñàɱé ɱý &amp;vàĺûé àñđ þĺàñ îñ ţĥé éṽéñţš~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Name my value and plan in the events</source>
            <translation>[Ñàɱé ɱý ṽàĺûé àñđ þĺàñ îñ ţĥé éṽéñţš~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéĺ~]</translation>
        </message>
        <message>
            <source>The first day comes after the last day.</source>
            <translation>[Ţĥé ƒîŕšţ đàý çöɱéš àƒţéŕ ţĥé ĺàšţ đàý.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
    </context>
    <context>
        <name>FaultHandler</name>
        <message>
            <source>Something went wrong</source>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ~~~~~~]</translation>
        </message>
        <message>
            <source>Your writing is safe: everything you typed has been saved.</source>
            <translation>[Ýöûŕ ŵŕîţîñĝ îš šàƒé: éṽéŕýţĥîñĝ ýöû ţýþéđ ĥàš ƀééñ šàṽéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Your writing saved before this is safe, but what you typed last could not be saved yet: please copy it.</source>
            <translation>[Ýöûŕ ŵŕîţîñĝ šàṽéđ ƀéƒöŕé ţĥîš îš šàƒé, ƀûţ ŵĥàţ ýöû ţýþéđ ĺàšţ çöûĺđ ñöţ ƀé šàṽéđ ýéţ: þĺéàšé çöþý îţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>You can go on working. If this happens again, please restart ValuesDesk.</source>
            <translation>[Ýöû çàñ ĝö öñ ŵöŕķîñĝ. Îƒ ţĥîš ĥàþþéñš àĝàîñ, þĺéàšé ŕéšţàŕţ ṼàĺûéšĐéšķ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk met an unexpected problem ({kind}) and stopped what it was doing.</source>
            <translation>[ṼàĺûéšĐéšķ ɱéţ àñ ûñéẋþéçţéđ þŕöƀĺéɱ ({kind}) àñđ šţöþþéđ ŵĥàţ îţ ŵàš đöîñĝ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FirstStartPage</name>
        <message>
            <source>I'm using ValuesDesk for myself</source>
            <translation>[Î'ɱ ûšîñĝ ṼàĺûéšĐéšķ ƒöŕ ɱýšéĺƒ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>My own values and diary; the therapist's Parallel Questions stay closed.</source>
            <translation>[Ṁý öŵñ ṽàĺûéš àñđ đîàŕý; ţĥé ţĥéŕàþîšţ'š Þàŕàĺĺéĺ Ǫûéšţîöñš šţàý çĺöšéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>I'm using ValuesDesk with clients, as a therapist</source>
            <translation>[Î'ɱ ûšîñĝ ṼàĺûéšĐéšķ ŵîţĥ çĺîéñţš, àš à ţĥéŕàþîšţ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>The Parallel Questions open beside the work, ready for a session.</source>
            <translation>[Ţĥé Þàŕàĺĺéĺ Ǫûéšţîöñš öþéñ ƀéšîđé ţĥé ŵöŕķ, ŕéàđý ƒöŕ à šéššîöñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Everything you write stays on this computer.</source>
            <translation>[Éṽéŕýţĥîñĝ ýöû ŵŕîţé šţàýš öñ ţĥîš çöɱþûţéŕ.~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>You can change this later in View ▸ Use ValuesDesk For.</source>
            <translation>[Ýöû çàñ çĥàñĝé ţĥîš ĺàţéŕ îñ Ṽîéŵ ▸ Ûšé ṼàĺûéšĐéšķ Ƒöŕ.~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Welcome to ValuesDesk</source>
            <translation>[Ŵéĺçöɱé ţö ṼàĺûéšĐéšķ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>ValuesDesk</source>
            <translation>[ṼàĺûéšĐéšķ~~]</translation>
        </message>
        <message>
            <source>How will you use it?</source>
            <translation>[Ĥöŵ ŵîĺĺ ýöû ûšé îţ?~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>GapChart</name>
        <message>
            <source>Gaps between importance and living, as a chart</source>
            <translation>[Ĝàþš ƀéţŵééñ îɱþöŕţàñçé àñđ ĺîṽîñĝ, àš à çĥàŕţ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>The same numbers are in the table that follows.</source>
            <translation>[Ţĥé šàɱé ñûɱƀéŕš àŕé îñ ţĥé ţàƀĺé ţĥàţ ƒöĺĺöŵš.~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Matters to me</source>
            <translation>[Ṁàţţéŕš ţö ɱé~~~~]</translation>
        </message>
        <message>
            <source>Lived it</source>
            <translation>[Ĺîṽéđ îţ~~]</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>[Ĝàþ~]</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Guide</source>
            <translation>[Ĝûîđé~]</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>[Ķéýƀöàŕđ Šĥöŕţçûţš~~~~~~]</translation>
        </message>
        <message>
            <source>Anywhere in the window</source>
            <translation>[Àñýŵĥéŕé îñ ţĥé ŵîñđöŵ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>ValuesDesk Guide</source>
            <translation>[ṼàĺûéšĐéšķ Ĝûîđé~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Guide</source>
            <translation>[&amp;Gûîđé~]</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>[&amp;Kéýƀöàŕđ Šĥöŕţçûţš~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ItemListEditor</name>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ~]</translation>
        </message>
        <message>
            <source>Write one, then press Enter</source>
            <translation>[Ŵŕîţé öñé, ţĥéñ þŕéšš Éñţéŕ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>[&amp;Ađđ~]</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>[&amp;Réɱöṽé~]</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>[Ṁöṽé &amp;uþ~~]</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>[Ṁöṽé &amp;döŵñ~~]</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>System default</source>
            <translation>[Šýšţéɱ đéƒàûĺţ~~~~]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ĺàñĝûàĝé~~]</translation>
        </message>
        <message>
            <source>ValuesDesk speaks the language chosen here from its next start.</source>
            <translation>[ṼàĺûéšĐéšķ šþéàķš ţĥé ĺàñĝûàĝé çĥöšéñ ĥéŕé ƒŕöɱ îţš ñéẋţ šţàŕţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>The worksheets keep their own words, in English, unless they have been translated into the language chosen.</source>
            <translation>[Ţĥé ŵöŕķšĥééţš ķééþ ţĥéîŕ öŵñ ŵöŕđš, îñ Éñĝĺîšĥ, ûñĺéšš ţĥéý ĥàṽé ƀééñ ţŕàñšĺàţéđ îñţö ţĥé ĺàñĝûàĝé çĥöšéñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>[&amp;Làñĝûàĝé:~~]</translation>
        </message>
        <message>
            <source>Pseudo-translation (to check layouts)</source>
            <translation>[Þšéûđö-ţŕàñšĺàţîöñ (ţö çĥéçķ ĺàýöûţš)~~~~~~ ~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>ListStep</name>
        <message>
            <source>Behaviours related &amp;to the value</source>
            <translation>[Ɓéĥàṽîöûŕš ŕéĺàţéđ &amp;tö ţĥé ṽàĺûé~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Wr&amp;ite a behaviour</source>
            <translation>[Ŵŕ&amp;iţé à ƀéĥàṽîöûŕ~~~~~~]</translation>
        </message>
        <message>
            <source>List at least one behaviour to go on.</source>
            <translation>[Ĺîšţ àţ ĺéàšţ öñé ƀéĥàṽîöûŕ ţö ĝö öñ.~~~~~~ ~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>LocalDates</name>
        <message>
            <source>{first} – {last}</source>
            <translation>[{first} – {last}~~~~~]</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>[ñöţ šţàŕţéđ~~~]</translation>
        </message>
        <message>
            <source>{title} · {span}</source>
            <translation>[{title} · {span}~~~~~]</translation>
        </message>
        <message>
            <source>{title} · {span} ({status})</source>
            <translation>[{title} · {span} ({status})~~~~~~ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>Only a diary with a passphrase can be locked: set one in File ▸ Privacy.</source>
            <translation>[Öñĺý à đîàŕý ŵîţĥ à þàššþĥŕàšé çàñ ƀé ĺöçķéđ: šéţ öñé îñ Ƒîĺé ▸ Þŕîṽàçý.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>ValuesDesk is locked</source>
            <translation>[ṼàĺûéšĐéšķ îš ĺöçķéđ~~~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk</source>
            <translation>[ṼàĺûéšĐéšķ~~]</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your diary.</source>
            <translation>[Éñţéŕ ýöûŕ þàššþĥŕàšé ţö öþéñ ýöûŕ đîàŕý.~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>[Þàššþĥŕàšé~~]</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>[&amp;Uñĺöçķ~]</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>[Ûñĺöçķ~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ~]</translation>
        </message>
        <message>
            <source>Quit ValuesDesk</source>
            <translation>[Ǫûîţ ṼàĺûéšĐéšķ~~~~]</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>[Ûñĺöçķîñĝ…~~]</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>[Éñţéŕ ýöûŕ þàššþĥŕàšé.~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>Locker</name>
        <message>
            <source>&amp;Lock Now</source>
            <translation>[&amp;Löçķ Ñöŵ~~]</translation>
        </message>
        <message>
            <source>Hide your diary until your passphrase is entered (Ctrl+L)</source>
            <translation>[Ĥîđé ýöûŕ đîàŕý ûñţîĺ ýöûŕ þàššþĥŕàšé îš éñţéŕéđ (Çţŕĺ+Ĺ)~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Lock Now (Ctrl+L)</source>
            <translation>[Ĺöçķ Ñöŵ (Çţŕĺ+Ĺ)~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The Parallel Questions need a wider window: View ▸ Parallel Questions (Ctrl+3) opens them.</source>
            <translation>[Ţĥé Þàŕàĺĺéĺ Ǫûéšţîöñš ñééđ à ŵîđéŕ ŵîñđöŵ: Ṽîéŵ ▸ Þàŕàĺĺéĺ Ǫûéšţîöñš (Çţŕĺ+3) öþéñš ţĥéɱ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Trying on a Value</source>
            <translation>[&amp;Tŕýîñĝ öñ à Ṽàĺûé~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>[&amp;Dîàŕý~]</translation>
        </message>
        <message>
            <source>&amp;Values</source>
            <translation>[&amp;Vàĺûéš~]</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>[Šéçţîöñš~~]</translation>
        </message>
        <message>
            <source>Parallel Questions</source>
            <translation>[Þàŕàĺĺéĺ Ǫûéšţîöñš~~~~~~]</translation>
        </message>
        <message>
            <source>Pri&amp;vacy…</source>
            <translation>[Þŕî&amp;vàçý…~~]</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>[Öþéñîñĝ ýöûŕ đàţà…~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîĺé~]</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>[Šé&amp;tţîñĝš…~~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ~]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Vîéŵ~]</translation>
        </message>
        <message>
            <source>&amp;Parallel Questions</source>
            <translation>[&amp;Pàŕàĺĺéĺ Ǫûéšţîöñš~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Use ValuesDesk For</source>
            <translation>[&amp;Ušé ṼàĺûéšĐéšķ Ƒöŕ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Myself</source>
            <translation>[&amp;Mýšéĺƒ~]</translation>
        </message>
        <message>
            <source>&amp;Clients, as a Therapist</source>
            <translation>[&amp;Cĺîéñţš, àš à Ţĥéŕàþîšţ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Héĺþ~]</translation>
        </message>
        <message>
            <source>&amp;About ValuesDesk</source>
            <translation>[&amp;Aƀöûţ ṼàĺûéšĐéšķ~~~~~]</translation>
        </message>
        <message>
            <source>Your data stays on this computer</source>
            <translation>[Ýöûŕ đàţà šţàýš öñ ţĥîš çöɱþûţéŕ~~~~~~ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MarksLegend</name>
        <message>
            <source>Diary entry</source>
            <translation>[Đîàŕý éñţŕý~~~]</translation>
        </message>
        <message>
            <source>Try-on</source>
            <translation>[Ţŕý-öñ~]</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>[Ĺéĝéñđ~]</translation>
        </message>
        <message>
            <source>Calendar marks: {marks}; today has a ring.</source>
            <translation>[Çàĺéñđàŕ ɱàŕķš: {marks}; ţöđàý ĥàš à ŕîñĝ.~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>, </source>
            <translation>[, ~]</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note of {day}</source>
            <translation>[Ñöţé öƒ {day}~~~~]</translation>
        </message>
        <message>
            <source>Your private note…</source>
            <translation>[Ýöûŕ þŕîṽàţé ñöţé…~~~~~~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Đéĺéţé~]</translation>
        </message>
        <message>
            <source>Delete the note of {day}</source>
            <translation>[Đéĺéţé ţĥé ñöţé öƒ {day}~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Delete your note of {day}? This cannot be undone.</source>
            <translation>[Đéĺéţé ýöûŕ ñöţé öƒ {day}? Ţĥîš çàññöţ ƀé ûñđöñé.~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Delete Note</source>
            <translation>[Đéĺéţé Ñöţé~~~]</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>Your private notes on question {question_number}</source>
            <translation>[Ýöûŕ þŕîṽàţé ñöţéš öñ ǫûéšţîöñ {question_number}~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Add Note</source>
            <translation>[Àđđ Ñöţé~~]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>[Ñöţéš~]</translation>
        </message>
        <message>
            <source>Notes ({count})</source>
            <translation>[Ñöţéš ({count})~~~~]</translation>
        </message>
    </context>
    <context>
        <name>NoticeSteps</name>
        <message>
            <source>What came &amp;up about this value</source>
            <translation>[Ŵĥàţ çàɱé &amp;uþ àƀöûţ ţĥîš ṽàĺûé~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Thoughts as they come; this may stay empty.</source>
            <translation>[Ţĥöûĝĥţš àš ţĥéý çöɱé; ţĥîš ɱàý šţàý éɱþţý.~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>What came &amp;up about this behaviour</source>
            <translation>[Ŵĥàţ çàɱé &amp;uþ àƀöûţ ţĥîš ƀéĥàṽîöûŕ~~~~~~ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Keep your passphrase safe</source>
            <translation>[Ķééþ ýöûŕ þàššþĥŕàšé šàƒé~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Your diary will not be encrypted</source>
            <translation>[Ýöûŕ đîàŕý ŵîĺĺ ñöţ ƀé éñçŕýþţéđ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>[Çûŕŕéñţ þàššþĥŕàšé~~~~~~]</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>[Ñéŵ þàššþĥŕàšé~~~~]</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>[Ŕéþéàţ ţĥé ñéŵ þàššþĥŕàšé~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>[Ç&amp;uŕŕéñţ þàššþĥŕàšé:~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>[&amp;Néŵ þàššþĥŕàšé:~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;peat it:</source>
            <translation>[Ŕé&amp;péàţ îţ:~~~]</translation>
        </message>
        <message>
            <source>At least {count} characters</source>
            <translation>[Àţ ĺéàšţ {count} çĥàŕàçţéŕš~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéĺ~]</translation>
        </message>
        <message>
            <source>Enter your current passphrase.</source>
            <translation>[Éñţéŕ ýöûŕ çûŕŕéñţ þàššþĥŕàšé.~~~~~~ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PlanStep</name>
        <message>
            <source>What you will do, where, with whom</source>
            <translation>[Ŵĥàţ ýöû ŵîĺĺ đö, ŵĥéŕé, ŵîţĥ ŵĥöɱ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>When — the &amp;sooner the better</source>
            <translation>[Ŵĥéñ — ţĥé &amp;sööñéŕ ţĥé ƀéţţéŕ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Things to arrange first</source>
            <translation>[&amp;Tĥîñĝš ţö àŕŕàñĝé ƒîŕšţ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Something to arran&amp;ge</source>
            <translation>[Šöɱéţĥîñĝ ţö àŕŕàñ&amp;gé~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>[Đûé~]</translation>
        </message>
        <message>
            <source>Due b&amp;y</source>
            <translation>[Đûé ƀ&amp;y~]</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>[Đûé ƀý~]</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>[Đûé đàţé~~]</translation>
        </message>
        <message>
            <source>How I will &amp;enact it</source>
            <translation>[Ĥöŵ Î ŵîĺĺ &amp;eñàçţ îţ~~~~~~]</translation>
        </message>
        <message>
            <source>Write how you will enact the value to go on.</source>
            <translation>[Ŵŕîţé ĥöŵ ýöû ŵîĺĺ éñàçţ ţĥé ṽàĺûé ţö ĝö öñ.~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>If you forget this passphrase, nobody can read your diary again: not you, not your therapist, and not us, the makers of ValuesDesk. There is no way to recover or reset it. Keep it somewhere safe, for example written down at home.</source>
            <translation>[Îƒ ýöû ƒöŕĝéţ ţĥîš þàššþĥŕàšé, ñöƀöđý çàñ ŕéàđ ýöûŕ đîàŕý àĝàîñ: ñöţ ýöû, ñöţ ýöûŕ ţĥéŕàþîšţ, àñđ ñöţ ûš, ţĥé ɱàķéŕš öƒ ṼàĺûéšĐéšķ. Ţĥéŕé îš ñö ŵàý ţö ŕéçöṽéŕ öŕ ŕéšéţ îţ. Ķééþ îţ šöɱéŵĥéŕé šàƒé, ƒöŕ éẋàɱþĺé ŵŕîţţéñ đöŵñ àţ ĥöɱé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Your diary is encrypted. It opens only with your passphrase.</source>
            <translation>[Ýöûŕ đîàŕý îš éñçŕýþţéđ. Îţ öþéñš öñĺý ŵîţĥ ýöûŕ þàššþĥŕàšé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Your diary is not encrypted: anyone who can open its file can read it. With a passphrase, the diary and its backups are encrypted on this computer.</source>
            <translation>[Ýöûŕ đîàŕý îš ñöţ éñçŕýþţéđ: àñýöñé ŵĥö çàñ öþéñ îţš ƒîĺé çàñ ŕéàđ îţ. Ŵîţĥ à þàššþĥŕàšé, ţĥé đîàŕý àñđ îţš ƀàçķûþš àŕé éñçŕýþţéđ öñ ţĥîš çöɱþûţéŕ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Without a passphrase your diary and its backups are stored unencrypted: anyone who can open their files can read them.</source>
            <translation>[Ŵîţĥöûţ à þàššþĥŕàšé ýöûŕ đîàŕý àñđ îţš ƀàçķûþš àŕé šţöŕéđ ûñéñçŕýþţéđ: àñýöñé ŵĥö çàñ öþéñ ţĥéîŕ ƒîĺéš çàñ ŕéàđ ţĥéɱ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Set a Passphrase</source>
            <translation>[Šéţ à Þàššþĥŕàšé~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Set Passphrase</source>
            <translation>[&amp;Séţ Þàššþĥŕàšé~~~~]</translation>
        </message>
        <message>
            <source>Change the Passphrase</source>
            <translation>[Çĥàñĝé ţĥé Þàššþĥŕàšé~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Change Passphrase</source>
            <translation>[&amp;Cĥàñĝé Þàššþĥŕàšé~~~~~~]</translation>
        </message>
        <message>
            <source>Remove the Passphrase</source>
            <translation>[Ŕéɱöṽé ţĥé Þàššþĥŕàšé~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Remove Passphrase</source>
            <translation>[&amp;Réɱöṽé Þàššþĥŕàšé~~~~~~]</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>[Þŕîṽàçý~]</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>[Þàššþĥŕàšé~~]</translation>
        </message>
        <message>
            <source>&amp;Set Passphrase…</source>
            <translation>[&amp;Séţ Þàššþĥŕàšé…~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Change Passphrase…</source>
            <translation>[&amp;Cĥàñĝé Þàššþĥŕàšé…~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Remove Passphrase…</source>
            <translation>[&amp;Réɱöṽé Þàššþĥŕàšé…~~~~~~]</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>[Ĺöçķîñĝ~]</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>[Ñéṽéŕ~]</translation>
        </message>
        <message>
            <source> min</source>
            <translation>[ ɱîñ~]</translation>
        </message>
        <message>
            <source>Lock after minutes without use</source>
            <translation>[Ĺöçķ àƒţéŕ ɱîñûţéš ŵîţĥöûţ ûšé~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Lock after no use for:</source>
            <translation>[&amp;Löçķ àƒţéŕ ñö ûšé ƒöŕ:~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>An encrypted diary also locks when the screen locks or the computer sleeps, and with File ▸ Lock Now (Ctrl+L). Exports, printouts and what you copy are not encrypted.</source>
            <translation>[Àñ éñçŕýþţéđ đîàŕý àĺšö ĺöçķš ŵĥéñ ţĥé šçŕééñ ĺöçķš öŕ ţĥé çöɱþûţéŕ šĺééþš, àñđ ŵîţĥ Ƒîĺé ▸ Ĺöçķ Ñöŵ (Çţŕĺ+Ĺ). Éẋþöŕţš, þŕîñţöûţš àñđ ŵĥàţ ýöû çöþý àŕé ñöţ éñçŕýþţéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çĺöšé~]</translation>
        </message>
        <message>
            <source>These backups are damaged and were left as they were:</source>
            <translation>[Ţĥéšé ƀàçķûþš àŕé đàɱàĝéđ àñđ ŵéŕé ĺéƒţ àš ţĥéý ŵéŕé:~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
    </context>
    <context>
        <name>PrivateFolder</name>
        <message>
            <source>Make Private</source>
            <translation>[Ṁàķé Þŕîṽàţé~~~]</translation>
        </message>
        <message>
            <source>Leave As It Is</source>
            <translation>[Ĺéàṽé Àš Îţ Îš~~~~]</translation>
        </message>
        <message>
            <source>Others can read your data folder</source>
            <translation>[Öţĥéŕš çàñ ŕéàđ ýöûŕ đàţà ƒöĺđéŕ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Other people who use this computer can open your ValuesDesk data folder, or files in it.</source>
            <translation>[Öţĥéŕ þéöþĺé ŵĥö ûšé ţĥîš çöɱþûţéŕ çàñ öþéñ ýöûŕ ṼàĺûéšĐéšķ đàţà ƒöĺđéŕ, öŕ ƒîĺéš îñ îţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>{make_private} lets only you open the folder, its backups and its logs. Nothing in them is changed but who may read them, and nothing else you keep in the folder. This is asked once.</source>
            <translation>[{make_private} ĺéţš öñĺý ýöû öþéñ ţĥé ƒöĺđéŕ, îţš ƀàçķûþš àñđ îţš ĺöĝš. Ñöţĥîñĝ îñ ţĥéɱ îš çĥàñĝéđ ƀûţ ŵĥö ɱàý ŕéàđ ţĥéɱ, àñđ ñöţĥîñĝ éĺšé ýöû ķééþ îñ ţĥé ƒöĺđéŕ. Ţĥîš îš àšķéđ öñçé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Open to others:</source>
            <translation>[Öþéñ ţö öţĥéŕš:~~~~]</translation>
        </message>
        <message>
            <source>Not everything could be made private</source>
            <translation>[Ñöţ éṽéŕýţĥîñĝ çöûĺđ ƀé ɱàđé þŕîṽàţé~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>ValuesDesk could not change who may read these (they may belong to another user):</source>
            <translation>[ṼàĺûéšĐéšķ çöûĺđ ñöţ çĥàñĝé ŵĥö ɱàý ŕéàđ ţĥéšé (ţĥéý ɱàý ƀéĺöñĝ ţö àñöţĥéŕ ûšéŕ):~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>ProgressCard</name>
        <message>
            <source>{enacted} enacted, {partly} partly, {not_enacted} not enacted, {no_check_in} no check-in</source>
            <translation>[{enacted} éñàçţéđ, {partly} þàŕţĺý, {not_enacted} ñöţ éñàçţéđ, {no_check_in} ñö çĥéçķ-îñ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>{states}. Acted on the value on {acted}; came back after a missed day {returns}; {runs}. Diary kept on {diary}.</source>
            <translation>[{states}. Àçţéđ öñ ţĥé ṽàĺûé öñ {acted}; çàɱé ƀàçķ àƒţéŕ à ɱîššéđ đàý {returns}; {runs}. Đîàŕý ķéþţ öñ {diary}.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>longest run {longest}</source>
            <translation>[ĺöñĝéšţ ŕûñ {longest}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Longest run {longest}</source>
            <translation>[Ĺöñĝéšţ ŕûñ {longest}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>current run {current} · longest {longest}</source>
            <translation>[çûŕŕéñţ ŕûñ {current} · ĺöñĝéšţ {longest}~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Current run {current} · longest {longest}</source>
            <translation>[Çûŕŕéñţ ŕûñ {current} · ĺöñĝéšţ {longest}~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>{day}: {state}</source>
            <translation>[{day}: {state}~~~~]</translation>
        </message>
        <message>
            <source>{title} · {status}</source>
            <translation>[{title} · {status}~~~~~~]</translation>
        </message>
        <message>
            <source>Acted on the value on {acted} of {lived}</source>
            <translation>[Àçţéđ öñ ţĥé ṽàĺûé öñ {acted} öƒ {lived}~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Acted on the value on {acted} of {lived} so far</source>
            <translation>[Àçţéđ öñ ţĥé ṽàĺûé öñ {acted} öƒ {lived} šö ƒàŕ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Yes {enacted} · partly {partly} · no {not_enacted} · {missing} without a check-in</source>
            <translation>[Ýéš {enacted} · þàŕţĺý {partly} · ñö {not_enacted} · {missing} ŵîţĥöûţ à çĥéçķ-îñ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Yes {enacted} · partly {partly} · no {not_enacted}</source>
            <translation>[Ýéš {enacted} · þàŕţĺý {partly} · ñö {not_enacted}~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Came back after a missed day {times}</source>
            <translation>[Çàɱé ƀàçķ àƒţéŕ à ɱîššéđ đàý {times}~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>A run is days in a row on which you acted on the value, fully or partly.</source>
            <translation>[À ŕûñ îš đàýš îñ à ŕöŵ öñ ŵĥîçĥ ýöû àçţéđ öñ ţĥé ṽàĺûé, ƒûĺĺý öŕ þàŕţĺý.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Diary kept on {days}</source>
            <translation>[Đîàŕý ķéþţ öñ {days}~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Progress</source>
            <translation>[Þŕöĝŕéšš~~]</translation>
        </message>
        <message>
            <source>Once you try on a value, its days appear here.</source>
            <translation>[Öñçé ýöû ţŕý öñ à ṽàĺûé, îţš đàýš àþþéàŕ ĥéŕé.~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QuestionLabel</name>
        <message>
            <source>Pair {number}, {heading}</source>
            <translation>[Þàîŕ {number}, {heading}~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Copy &amp;Selection</source>
            <translation>[Çöþý &amp;Séĺéçţîöñ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Copy Question</source>
            <translation>[&amp;Cöþý Ǫûéšţîöñ~~~~]</translation>
        </message>
        <message>
            <source>Copy &amp;Pair</source>
            <translation>[Çöþý &amp;Pàîŕ~~]</translation>
        </message>
    </context>
    <context>
        <name>QuestionsControls</name>
        <message>
            <source>Show</source>
            <translation>[Šĥöŵ~]</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>[Šĥö&amp;w:~]</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <source>&amp;Hide Private Notes</source>
            <translation>[&amp;Hîđé Þŕîṽàţé Ñöţéš~~~~~~]</translation>
        </message>
        <message>
            <source>S&amp;how Private Notes</source>
            <translation>[Š&amp;höŵ Þŕîṽàţé Ñöţéš~~~~~~]</translation>
        </message>
        <message>
            <source>Private notes hidden</source>
            <translation>[Þŕîṽàţé ñöţéš ĥîđđéñ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Session Mode</source>
            <translation>[&amp;Séššîöñ Ṁöđé~~~~]</translation>
        </message>
        <message>
            <source>Show the sheet in a window of its own, e.g. full screen (Ctrl+Shift+M)</source>
            <translation>[Šĥöŵ ţĥé šĥééţ îñ à ŵîñđöŵ öƒ îţš öŵñ, é.ĝ. ƒûĺĺ šçŕééñ (Çţŕĺ+Šĥîƒţ+Ṁ)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Print Sheet…</source>
            <translation>[&amp;Pŕîñţ Šĥééţ…~~~~]</translation>
        </message>
        <message>
            <source>Save Sheet as P&amp;DF…</source>
            <translation>[Šàṽé Šĥééţ àš Þ&amp;DƑ…~~~~~~]</translation>
        </message>
        <message>
            <source>More</source>
            <translation>[Ṁöŕé~]</translation>
        </message>
        <message>
            <source>Session Mode</source>
            <translation>[Šéššîöñ Ṁöđé~~~]</translation>
        </message>
        <message>
            <source>{label} and their counts again (Ctrl+Shift+H)</source>
            <translation>[{label} àñđ ţĥéîŕ çöûñţš àĝàîñ (Çţŕĺ+Šĥîƒţ+Ĥ)~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>{label} and their counts, e.g. while sharing your screen (Ctrl+Shift+H)</source>
            <translation>[{label} àñđ ţĥéîŕ çöûñţš, é.ĝ. ŵĥîĺé šĥàŕîñĝ ýöûŕ šçŕééñ (Çţŕĺ+Šĥîƒţ+Ĥ)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>The sheet went to the printer.</source>
            <translation>[Ţĥé šĥééţ ŵéñţ ţö ţĥé þŕîñţéŕ.~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Save Sheet as PDF</source>
            <translation>[Šàṽé Šĥééţ àš ÞĐƑ~~~~~]</translation>
        </message>
        <message>
            <source>Saved the sheet as {name}</source>
            <translation>[Šàṽéđ ţĥé šĥééţ àš {name}~~~~~~ ~~]</translation>
        </message>
    </context>
    <context>
        <name>ReflectStep</name>
        <message>
            <source>You are ending the try-on of “{value}” early. What did you notice?</source>
            <translation>[Ýöû àŕé éñđîñĝ ţĥé ţŕý-öñ öƒ “{value}” éàŕĺý. Ŵĥàţ đîđ ýöû ñöţîçé?~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>When you are ready, begin: you will try on “{value}” from {start} until {end}. Your diary and daily check-ins start then.</source>
            <translation>[Ŵĥéñ ýöû àŕé ŕéàđý, ƀéĝîñ: ýöû ŵîĺĺ ţŕý öñ “{value}” ƒŕöɱ {start} ûñţîĺ {end}. Ýöûŕ đîàŕý àñđ đàîĺý çĥéçķ-îñš šţàŕţ ţĥéñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>You will try on “{value}” from {start} until {end}. Once it has ended, come back here to reflect on what you noticed.</source>
            <translation>[Ýöû ŵîĺĺ ţŕý öñ “{value}” ƒŕöɱ {start} ûñţîĺ {end}. Öñçé îţ ĥàš éñđéđ, çöɱé ƀàçķ ĥéŕé ţö ŕéƒĺéçţ öñ ŵĥàţ ýöû ñöţîçéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>You are trying on “{value}”: day {day} of {days}, until {end}. Once it has ended, come back here to reflect on what you noticed.</source>
            <translation>[Ýöû àŕé ţŕýîñĝ öñ “{value}”: đàý {day} öƒ {days}, ûñţîĺ {end}. Öñçé îţ ĥàš éñđéđ, çöɱé ƀàçķ ĥéŕé ţö ŕéƒĺéçţ öñ ŵĥàţ ýöû ñöţîçéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Your try-on of “{value}” ended on {end}. Take a moment to reflect.</source>
            <translation>[Ýöûŕ ţŕý-öñ öƒ “{value}” éñđéđ öñ {end}. Ţàķé à ɱöɱéñţ ţö ŕéƒĺéçţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>You completed trying on “{value}” on {day}.</source>
            <translation>[Ýöû çöɱþĺéţéđ ţŕýîñĝ öñ “{value}” öñ {day}.~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>You set trying on “{value}” aside.</source>
            <translation>[Ýöû šéţ ţŕýîñĝ öñ “{value}” àšîđé.~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Be&amp;gin trying it on</source>
            <translation>[Ɓé&amp;gîñ ţŕýîñĝ îţ öñ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;End the try-on early and reflect</source>
            <translation>[&amp;Eñđ ţĥé ţŕý-öñ éàŕĺý àñđ ŕéƒĺéçţ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Open the &amp;diary</source>
            <translation>[Öþéñ ţĥé &amp;dîàŕý~~~~]</translation>
        </message>
        <message>
            <source>Save the diary as &amp;PDF…</source>
            <translation>[Šàṽé ţĥé đîàŕý àš &amp;PĐƑ…~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>What did you notice, living this value?</source>
            <translation>[Ŵĥàţ đîđ ýöû ñöţîçé, ĺîṽîñĝ ţĥîš ṽàĺûé?~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Your &amp;reflection</source>
            <translation>[Ýöûŕ &amp;réƒĺéçţîöñ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>[&amp;Cöɱþĺéţé~~]</translation>
        </message>
        <message>
            <source>Write your reflection to complete.</source>
            <translation>[Ŵŕîţé ýöûŕ ŕéƒĺéçţîöñ ţö çöɱþĺéţé.~~~~~~ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <source>ValuesDesk</source>
            <translation>[ṼàĺûéšĐéšķ~~]</translation>
        </message>
        <message>
            <source>&amp;Open ValuesDesk</source>
            <translation>[&amp;Oþéñ ṼàĺûéšĐéšķ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Check In Now</source>
            <translation>[&amp;Cĥéçķ Îñ Ñöŵ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Save the Diary as PDF…</source>
            <translation>[&amp;Sàṽé ţĥé Đîàŕý àš ÞĐƑ…~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Pause Reminders</source>
            <translation>[&amp;Pàûšé Ŕéɱîñđéŕš~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Quit ValuesDesk</source>
            <translation>[&amp;Qûîţ ṼàĺûéšĐéšķ~~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk: reminders paused</source>
            <translation>[ṼàĺûéšĐéšķ: ŕéɱîñđéŕš þàûšéđ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk: no reminder coming</source>
            <translation>[ṼàĺûéšĐéšķ: ñö ŕéɱîñđéŕ çöɱîñĝ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk: next reminder at %1</source>
            <translation>[ṼàĺûéšĐéšķ: ñéẋţ ŕéɱîñđéŕ àţ %1~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk: next reminder on %1 at %2</source>
            <translation>[ṼàĺûéšĐéšķ: ñéẋţ ŕéɱîñđéŕ öñ %1 àţ %2~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>This is how ValuesDesk reminds you.</source>
            <translation>[Ţĥîš îš ĥöŵ ṼàĺûéšĐéšķ ŕéɱîñđš ýöû.~~~~~~ ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>You missed %n ValuesDesk reminder(s) while it was not running.</source>
            <translation>
                <numerusform>[Ýöû ɱîššéđ %n ṼàĺûéšĐéšķ ŕéɱîñđéŕ ŵĥîĺé îţ ŵàš ñöţ ŕûññîñĝ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</numerusform>
                <numerusform>[Ýöû ɱîššéđ %n ṼàĺûéšĐéšķ ŕéɱîñđéŕš ŵĥîĺé îţ ŵàš ñöţ ŕûññîñĝ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n ValuesDesk reminders.</source>
            <translation>
                <numerusform>[Ýöû ĥàṽé %n ṼàĺûéšĐéšķ ŕéɱîñđéŕ.~~~~~~ ~~~~~]</numerusform>
                <numerusform>[Ýöû ĥàṽé %n ṼàĺûéšĐéšķ ŕéɱîñđéŕš.~~~~~~ ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Did you enact “%1” today? Time for your check-in.</source>
            <translation>[Đîđ ýöû éñàçţ “%1” ţöđàý? Ţîɱé ƒöŕ ýöûŕ çĥéçķ-îñ.~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Time for your ValuesDesk check-in</source>
            <translation>[Ţîɱé ƒöŕ ýöûŕ ṼàĺûéšĐéšķ çĥéçķ-îñ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Your plan for “%1” starts now.</source>
            <translation>[Ýöûŕ þĺàñ ƒöŕ “%1” šţàŕţš ñöŵ.~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Time for your ValuesDesk plan</source>
            <translation>[Ţîɱé ƒöŕ ýöûŕ ṼàĺûéšĐéšķ þĺàñ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Due today on your checklist: %1</source>
            <translation>[Đûé ţöđàý öñ ýöûŕ çĥéçķĺîšţ: %1~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Something on your ValuesDesk checklist is due today</source>
            <translation>[Šöɱéţĥîñĝ öñ ýöûŕ ṼàĺûéšĐéšķ çĥéçķĺîšţ îš đûé ţöđàý~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>A ValuesDesk reminder for tomorrow: bring your diary.</source>
            <translation>[À ṼàĺûéšĐéšķ ŕéɱîñđéŕ ƒöŕ ţöɱöŕŕöŵ: ƀŕîñĝ ýöûŕ đîàŕý.~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>A ValuesDesk reminder for today: bring your diary.</source>
            <translation>[À ṼàĺûéšĐéšķ ŕéɱîñđéŕ ƒöŕ ţöđàý: ƀŕîñĝ ýöûŕ đîàŕý.~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>S&amp;nooze for %n minute(s)</source>
            <translation>
                <numerusform>[Š&amp;nööžé ƒöŕ %n ɱîñûţé~~~~~~ ~]</numerusform>
                <numerusform>[Š&amp;nööžé ƒöŕ %n ɱîñûţéš~~~~~~ ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlock ValuesDesk to Check In…</source>
            <translation>[Ûñĺöçķ ṼàĺûéšĐéšķ ţö Çĥéçķ Îñ…~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Nothing to check in today</source>
            <translation>[Ñöţĥîñĝ ţö çĥéçķ îñ ţöđàý~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Did I enact the value?</source>
            <translation>[Đîđ Î éñàçţ ţĥé ṽàĺûé?~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>[&amp;Yéš~]</translation>
        </message>
        <message>
            <source>&amp;Partly</source>
            <translation>[&amp;Pàŕţĺý~]</translation>
        </message>
        <message>
            <source>N&amp;o</source>
            <translation>[Ñ&amp;o~]</translation>
        </message>
        <message>
            <source>Checked in for today.</source>
            <translation>[Çĥéçķéđ îñ ƒöŕ ţöđàý.~~~~~~ ~]</translation>
        </message>
        <message>
            <source>ValuesDesk keeps running in the tray to remind you. Quit it from the tray icon's menu.</source>
            <translation>[ṼàĺûéšĐéšķ ķééþš ŕûññîñĝ îñ ţĥé ţŕàý ţö ŕéɱîñđ ýöû. Ǫûîţ îţ ƒŕöɱ ţĥé ţŕàý îçöñ'š ɱéñû.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Keep Reminding You?</source>
            <translation>[Ķééþ Ŕéɱîñđîñĝ Ýöû?~~~~~~]</translation>
        </message>
        <message>
            <source>Your reminders come only while ValuesDesk runs.</source>
            <translation>[Ýöûŕ ŕéɱîñđéŕš çöɱé öñĺý ŵĥîĺé ṼàĺûéšĐéšķ ŕûñš.~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>ValuesDesk can keep running in the system tray with its window closed, and remind you. You can change this in File ▸ Settings ▸ Reminders.</source>
            <translation>[ṼàĺûéšĐéšķ çàñ ķééþ ŕûññîñĝ îñ ţĥé šýšţéɱ ţŕàý ŵîţĥ îţš ŵîñđöŵ çĺöšéđ, àñđ ŕéɱîñđ ýöû. Ýöû çàñ çĥàñĝé ţĥîš îñ Ƒîĺé ▸ Šéţţîñĝš ▸ Ŕéɱîñđéŕš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Keep Running in the Tray</source>
            <translation>[&amp;Kééþ Ŕûññîñĝ îñ ţĥé Ţŕàý~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ~]</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source>Remind me of</source>
            <translation>[Ŕéɱîñđ ɱé öƒ~~~]</translation>
        </message>
        <message>
            <source>The daily &amp;check-in, on each day of a try-on</source>
            <translation>[Ţĥé đàîĺý &amp;cĥéçķ-îñ, öñ éàçĥ đàý öƒ à ţŕý-öñ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>The &amp;plan's start and its checklist's due days</source>
            <translation>[Ţĥé &amp;pĺàñ'š šţàŕţ àñđ îţš çĥéçķĺîšţ'š đûé đàýš~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>The next &amp;session, the day before and that morning</source>
            <translation>[Ţĥé ñéẋţ &amp;séššîöñ, ţĥé đàý ƀéƒöŕé àñđ ţĥàţ ɱöŕñîñĝ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Check-in time</source>
            <translation>[Çĥéçķ-îñ ţîɱé~~~~]</translation>
        </message>
        <message>
            <source>For a try-on whose plan sets no check-in time; also the evening before a session.</source>
            <translation>[Ƒöŕ à ţŕý-öñ ŵĥöšé þĺàñ šéţš ñö çĥéçķ-îñ ţîɱé; àĺšö ţĥé éṽéñîñĝ ƀéƒöŕé à šéššîöñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Morning reminders at</source>
            <translation>[Ṁöŕñîñĝ ŕéɱîñđéŕš àţ~~~~~~]</translation>
        </message>
        <message>
            <source>Checklist items due that day, and a session's morning.</source>
            <translation>[Çĥéçķĺîšţ îţéɱš đûé ţĥàţ đàý, àñđ à šéššîöñ'š ɱöŕñîñĝ.~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>[%n ɱîñûţé~~]</numerusform>
                <numerusform>[%n ɱîñûţéš~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Show &amp;what a reminder is about (the value, the plan)</source>
            <translation>[Šĥöŵ &amp;wĥàţ à ŕéɱîñđéŕ îš àƀöûţ (ţĥé ṽàĺûé, ţĥé þĺàñ)~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Notifications can show on the lock screen and in the notification history.</source>
            <translation>[Ñöţîƒîçàţîöñš çàñ šĥöŵ öñ ţĥé ĺöçķ šçŕééñ àñđ îñ ţĥé ñöţîƒîçàţîöñ ĥîšţöŕý.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Off, a notification only says that it is time for ValuesDesk: notifications can show on the lock screen. None ever shows your diary.</source>
            <translation>[Öƒƒ, à ñöţîƒîçàţîöñ öñĺý šàýš ţĥàţ îţ îš ţîɱé ƒöŕ ṼàĺûéšĐéšķ: ñöţîƒîçàţîöñš çàñ šĥöŵ öñ ţĥé ĺöçķ šçŕééñ. Ñöñé éṽéŕ šĥöŵš ýöûŕ đîàŕý.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]</translation>
        </message>
        <message>
            <source>Reminders come while ValuesDesk runs, open or in the tray; after you quit it, none come.</source>
            <translation>[Ŕéɱîñđéŕš çöɱé ŵĥîĺé ṼàĺûéšĐéšķ ŕûñš, öþéñ öŕ îñ ţĥé ţŕàý; àƒţéŕ ýöû ǫûîţ îţ, ñöñé çöɱé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>This desktop has no system tray, which reminders need to run in the background: they come only while the ValuesDesk window is open, in its status bar.</source>
            <translation>[Ţĥîš đéšķţöþ ĥàš ñö šýšţéɱ ţŕàý, ŵĥîçĥ ŕéɱîñđéŕš ñééđ ţö ŕûñ îñ ţĥé ƀàçķĝŕöûñđ: ţĥéý çöɱé öñĺý ŵĥîĺé ţĥé ṼàĺûéšĐéšķ ŵîñđöŵ îš öþéñ, îñ îţš šţàţûš ƀàŕ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>What a notification shows</source>
            <translation>[Ŵĥàţ à ñöţîƒîçàţîöñ šĥöŵš~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>In the background</source>
            <translation>[Îñ ţĥé ƀàçķĝŕöûñđ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>[&amp;Kééþ ŕûññîñĝ îñ ţĥé ţŕàý ŵĥéñ ţĥé ŵîñđöŵ îš çĺöšéđ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Start ValuesDesk when I &amp;log in</source>
            <translation>[Šţàŕţ ṼàĺûéšĐéšķ ŵĥéñ Î &amp;löĝ îñ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Send a &amp;Test Notification</source>
            <translation>[Šéñđ à &amp;Téšţ Ñöţîƒîçàţîöñ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>C&amp;heck-in time:</source>
            <translation>[Ç&amp;héçķ-îñ ţîɱé:~~~~]</translation>
        </message>
        <message>
            <source>&amp;Morning reminders at:</source>
            <translation>[&amp;Möŕñîñĝ ŕéɱîñđéŕš àţ:~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Quiet days:</source>
            <translation>[Ǫûîéţ đàýš:~~~]</translation>
        </message>
        <message>
            <source>S&amp;nooze for:</source>
            <translation>[Š&amp;nööžé ƒöŕ:~~~]</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>[Šñööžé ƒöŕ~~]</translation>
        </message>
    </context>
    <context>
        <name>SaveCoordinator</name>
        <message>
            <source>What was typed could not be saved.</source>
            <translation>[Ŵĥàţ ŵàš ţýþéđ çöûĺđ ñöţ ƀé šàṽéđ.~~~~~~ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SaveIndicator</name>
        <message>
            <source>Saving…</source>
            <translation>[Šàṽîñĝ…~]</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>[Šàṽéđ~]</translation>
        </message>
        <message>
            <source>Not saved: {message}</source>
            <translation>[Ñöţ šàṽéđ: {message}~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsView</name>
        <message>
            <source>Search results</source>
            <translation>[Šéàŕçĥ ŕéšûĺţš~~~~]</translation>
        </message>
        <message>
            <source>No diary entry contains “{query}”.</source>
            <translation>[Ñö đîàŕý éñţŕý çöñţàîñš “{query}”.~~~~~~ ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries match; the newest {shown} are shown. Add words to narrow it down.</source>
            <translation>
                <numerusform>[%Ln éñţŕý ɱàţçĥéš; ţĥé ñéŵéšţ {shown} àŕé šĥöŵñ. Àđđ ŵöŕđš ţö ñàŕŕöŵ îţ đöŵñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</numerusform>
                <numerusform>[%Ln éñţŕîéš ɱàţçĥ; ţĥé ñéŵéšţ {shown} àŕé šĥöŵñ. Àđđ ŵöŕđš ţö ñàŕŕöŵ îţ đöŵñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries match.</source>
            <translation>
                <numerusform>[%Ln éñţŕý ɱàţçĥéš.~~~~~~]</numerusform>
                <numerusform>[%Ln éñţŕîéš ɱàţçĥ.~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} · {field}</source>
            <translation>[{day} · {field}~~~~]</translation>
        </message>
        <message>
            <source>{day} · {title} · {field}</source>
            <translation>[{day} · {title} · {field}~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>{heading}: {text}</source>
            <translation>[{heading}: {text}~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SessionEnd</name>
        <message>
            <source>Not quitting: what you typed is not saved. {message}</source>
            <translation>[Ñöţ ǫûîţţîñĝ: ŵĥàţ ýöû ţýþéđ îš ñöţ šàṽéđ. {message}~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Esc to leave</source>
            <translation>[Éšç ţö ĺéàṽé~~~]</translation>
        </message>
        <message>
            <source>{size}, main</source>
            <translation>[{size}, ɱàîñ~~~]</translation>
        </message>
        <message>
            <source>Screen {number}: {name} ({size})</source>
            <translation>[Šçŕééñ {number}: {name} ({size})~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Screen {number} ({size})</source>
            <translation>[Šçŕééñ {number} ({size})~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>{title} — Session</source>
            <translation>[{title} — Šéššîöñ~~~~~]</translation>
        </message>
        <message>
            <source>Session Mode</source>
            <translation>[Šéššîöñ Ṁöđé~~~]</translation>
        </message>
        <message>
            <source>Stay on &amp;Top</source>
            <translation>[Šţàý öñ &amp;Töþ~~~]</translation>
        </message>
        <message>
            <source>&amp;Return to Dock</source>
            <translation>[&amp;Réţûŕñ ţö Đöçķ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Leave Full Screen</source>
            <translation>[&amp;Léàṽé Ƒûĺĺ Šçŕééñ~~~~~~]</translation>
        </message>
        <message>
            <source>Stay on Top</source>
            <translation>[Šţàý öñ Ţöþ~~~]</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>[&amp;Fûĺĺ Šçŕééñ~~~]</translation>
        </message>
        <message>
            <source>Full Screen</source>
            <translation>[Ƒûĺĺ Šçŕééñ~~~]</translation>
        </message>
        <message>
            <source>Return to Dock (Esc)</source>
            <translation>[Ŕéţûŕñ ţö Đöçķ (Éšç)~~~~~~]</translation>
        </message>
        <message>
            <source>Return to Dock</source>
            <translation>[Ŕéţûŕñ ţö Đöçķ~~~~]</translation>
        </message>
        <message>
            <source>Full Screen on {label}</source>
            <translation>[Ƒûĺĺ Šçŕééñ öñ {label}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>Client View on {label}</source>
            <translation>[Çĺîéñţ Ṽîéŵ öñ {label}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>[&amp;Sĥöŵ~]</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>[Šéţţîñĝš~~]</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>[Šéţţîñĝš þàĝéš~~~~]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ĺàñĝûàĝé~~]</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>[Àþþéàŕàñçé~~]</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>[Ŕéɱîñđéŕš~~]</translation>
        </message>
    </context>
    <context>
        <name>SheetMode</name>
        <message>
            <source>Both columns</source>
            <translation>[Ɓöţĥ çöĺûɱñš~~~]</translation>
        </message>
        <message>
            <source>Therapist column</source>
            <translation>[Ţĥéŕàþîšţ çöĺûɱñ~~~~~]</translation>
        </message>
        <message>
            <source>Client column</source>
            <translation>[Çĺîéñţ çöĺûɱñ~~~~]</translation>
        </message>
        <message>
            <source>One pair at a time</source>
            <translation>[Öñé þàîŕ àţ à ţîɱé~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SheetView</name>
        <message>
            <source>Previous</source>
            <translation>[Þŕéṽîöûš~~]</translation>
        </message>
        <message>
            <source>Previous pair (Left or Page Up)</source>
            <translation>[Þŕéṽîöûš þàîŕ (Ĺéƒţ öŕ Þàĝé Ûþ)~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>[Ñéẋţ~]</translation>
        </message>
        <message>
            <source>Next pair (Right or Page Down)</source>
            <translation>[Ñéẋţ þàîŕ (Ŕîĝĥţ öŕ Þàĝé Đöŵñ)~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Pair {pair} of {pairs}</source>
            <translation>[Þàîŕ {pair} öƒ {pairs}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Previous Pair</source>
            <translation>[&amp;Pŕéṽîöûš Þàîŕ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Next Pair</source>
            <translation>[&amp;Néẋţ Þàîŕ~~]</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>[&amp;Làŕĝéŕ Ţéẋţ~~~]</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>[&amp;Sɱàĺĺéŕ Ţéẋţ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Actual Text Size</source>
            <translation>[&amp;Açţûàĺ Ţéẋţ Šîžé~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsTree</name>
        <message>
            <source>Action</source>
            <translation>[Àçţîöñ~]</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>[Ķéýš~]</translation>
        </message>
        <message>
            <source>{action}: {keys}</source>
            <translation>[{action}: {keys}~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>{progress}: {title}</source>
            <translation>[{progress}: {title}~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>TimesSpinBox</name>
        <message>
            <source>{number} (suggested)</source>
            <translation>[{number} (šûĝĝéšţéđ)~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>TryOnWizard</name>
        <message>
            <source>All e&amp;xperiments</source>
            <translation>[Àĺĺ é&amp;xþéŕîɱéñţš~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>[&amp;Bàçķ~]</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>[&amp;Néẋţ~]</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>[Ñéẋţ šţéþ~~]</translation>
        </message>
        <message>
            <source>Trying on “{title}”</source>
            <translation>[Ţŕýîñĝ öñ “{title}”~~~~~~]</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>[Šţéþ {step} öƒ {steps}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>{progress} · {status}</source>
            <translation>[{progress} · {status}~~~~~~ ~]</translation>
        </message>
        <message>
            <source>{progress} · read only</source>
            <translation>[{progress} · ŕéàđ öñĺý~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>ValueStep</name>
        <message>
            <source>A new value</source>
            <translation>[À ñéŵ ṽàĺûé~~~]</translation>
        </message>
        <message>
            <source>Start from &amp;one of my values</source>
            <translation>[Šţàŕţ ƒŕöɱ &amp;oñé öƒ ɱý ṽàĺûéš~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>For example: being a caring friend</source>
            <translation>[Ƒöŕ éẋàɱþĺé: ƀéîñĝ à çàŕîñĝ ƒŕîéñđ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Remember: a value you can enact yourself — not a way to change others.</source>
            <translation>[Ŕéɱéɱƀéŕ: à ṽàĺûé ýöû çàñ éñàçţ ýöûŕšéĺƒ — ñöţ à ŵàý ţö çĥàñĝé öţĥéŕš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>In your own words</source>
            <translation>[Îñ ýöûŕ öŵñ ŵöŕđš~~~~~]</translation>
        </message>
        <message>
            <source>None</source>
            <translation>[Ñöñé~]</translation>
        </message>
        <message>
            <source>Life domain (optional)</source>
            <translation>[Ĺîƒé đöɱàîñ (öþţîöñàĺ)~~~~~~ ~]</translation>
        </message>
        <message>
            <source> days</source>
            <translation>[ đàýš~]</translation>
        </message>
        <message>
            <source>The value I &amp;choose</source>
            <translation>[Ţĥé ṽàĺûé Î &amp;cĥööšé~~~~~~]</translation>
        </message>
        <message>
            <source>What it &amp;means to me</source>
            <translation>[Ŵĥàţ îţ &amp;méàñš ţö ɱé~~~~~~]</translation>
        </message>
        <message>
            <source>Life &amp;domain (optional)</source>
            <translation>[Ĺîƒé &amp;döɱàîñ (öþţîöñàĺ)~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>&amp;Try it on for</source>
            <translation>[&amp;Tŕý îţ öñ ƒöŕ~~~~]</translation>
        </message>
        <message>
            <source>The worksheet asks for at least a week.</source>
            <translation>[Ţĥé ŵöŕķšĥééţ àšķš ƒöŕ àţ ĺéàšţ à ŵééķ.~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Give your value a name to go on.</source>
            <translation>[Ĝîṽé ýöûŕ ṽàĺûé à ñàɱé ţö ĝö öñ.~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>In your values check of %1: matters to me %2, lived it %3 (of 10).</source>
            <translation>[Îñ ýöûŕ ṽàĺûéš çĥéçķ öƒ %1: ɱàţţéŕš ţö ɱé %2, ĺîṽéđ îţ %3 (öƒ 10).~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Values</source>
            <translation>[Ṽàĺûéš~]</translation>
        </message>
        <message>
            <source>A values check rates ten parts of life: how much each matters to you, and how much you have lived by it lately. Taken now and then, and as a try-on begins and ends, it shows where your life is furthest from what matters to you, and whether that changes.</source>
            <translation>[À ṽàĺûéš çĥéçķ ŕàţéš ţéñ þàŕţš öƒ ĺîƒé: ĥöŵ ɱûçĥ éàçĥ ɱàţţéŕš ţö ýöû, àñđ ĥöŵ ɱûçĥ ýöû ĥàṽé ĺîṽéđ ƀý îţ ĺàţéĺý. Ţàķéñ ñöŵ àñđ ţĥéñ, àñđ àš à ţŕý-öñ ƀéĝîñš àñđ éñđš, îţ šĥöŵš ŵĥéŕé ýöûŕ ĺîƒé îš ƒûŕţĥéšţ ƒŕöɱ ŵĥàţ ɱàţţéŕš ţö ýöû, àñđ ŵĥéţĥéŕ ţĥàţ çĥàñĝéš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>You have not taken a values check yet. It takes a few minutes.</source>
            <translation>[Ýöû ĥàṽé ñöţ ţàķéñ à ṽàĺûéš çĥéçķ ýéţ. Îţ ţàķéš à ƒéŵ ɱîñûţéš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;New Check</source>
            <translation>[&amp;Néŵ Çĥéçķ~~]</translation>
        </message>
        <message>
            <source>C&amp;lient View</source>
            <translation>[Ç&amp;lîéñţ Ṽîéŵ~~~]</translation>
        </message>
        <message>
            <source>The check in large print, one domain at a time, on its own screen for the client.</source>
            <translation>[Ţĥé çĥéçķ îñ ĺàŕĝé þŕîñţ, öñé đöɱàîñ àţ à ţîɱé, öñ îţš öŵñ šçŕééñ ƒöŕ ţĥé çĺîéñţ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]</translation>
        </message>
        <message>
            <source>&amp;Delete Check</source>
            <translation>[&amp;Déĺéţé Çĥéçķ~~~~]</translation>
        </message>
        <message>
            <source>Chec&amp;k of</source>
            <translation>[Çĥéç&amp;k öƒ~~]</translation>
        </message>
        <message>
            <source>as “%1” began</source>
            <translation>[àš “%1” ƀéĝàñ~~~~]</translation>
        </message>
        <message>
            <source>as “%1” ended</source>
            <translation>[àš “%1” éñđéđ~~~~]</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>[%1 · %2~]</translation>
        </message>
        <message>
            <source>T&amp;ake the Check</source>
            <translation>[Ţ&amp;aķé ţĥé Çĥéçķ~~~~]</translation>
        </message>
        <message>
            <source>Take My Fi&amp;rst Check</source>
            <translation>[Ţàķé Ṁý Ƒî&amp;ršţ Çĥéçķ~~~~~~]</translation>
        </message>
        <message>
            <source>Taken &amp;on</source>
            <translation>[Ţàķéñ &amp;oñ~~]</translation>
        </message>
        <message>
            <source>The &amp;Check</source>
            <translation>[Ţĥé &amp;Cĥéçķ~~]</translation>
        </message>
        <message>
            <source>The &amp;Picture</source>
            <translation>[Ţĥé &amp;Pîçţûŕé~~~]</translation>
        </message>
        <message>
            <source>Values check and picture</source>
            <translation>[Ṽàĺûéš çĥéçķ àñđ þîçţûŕé~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Your try-on of “%1” has begun. A check now lets you see later what it changed.</source>
            <translation>[Ýöûŕ ţŕý-öñ öƒ “%1” ĥàš ƀéĝûñ. À çĥéçķ ñöŵ ĺéţš ýöû šéé ĺàţéŕ ŵĥàţ îţ çĥàñĝéđ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>The days of your try-on of “%1” are over. A check now shows what changed since it began.</source>
            <translation>[Ţĥé đàýš öƒ ýöûŕ ţŕý-öñ öƒ “%1” àŕé öṽéŕ. À çĥéçķ ñöŵ šĥöŵš ŵĥàţ çĥàñĝéđ šîñçé îţ ƀéĝàñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Delete this check?</source>
            <translation>[Đéĺéţé ţĥîš çĥéçķ?~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the values check of %1 and its ratings? This cannot be undone.</source>
            <translation>[Đéĺéţé ţĥé ṽàĺûéš çĥéçķ öƒ %1 àñđ îţš ŕàţîñĝš? Ţĥîš çàññöţ ƀé ûñđöñé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Đéĺéţé~]</translation>
        </message>
    </context>
    <context>
        <name>ValuesPicture</name>
        <message>
            <source>The latest check</source>
            <translation>[Ţĥé ĺàţéšţ çĥéçķ~~~~~]</translation>
        </message>
        <message>
            <source>Gaps between importance and living, as a table</source>
            <translation>[Ĝàþš ƀéţŵééñ îɱþöŕţàñçé àñđ ĺîṽîñĝ, àš à ţàƀĺé~~~~~~ ~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Try On a Value in This Domain</source>
            <translation>[&amp;Tŕý Öñ à Ṽàĺûé îñ Ţĥîš Đöɱàîñ~~~~~~ ~~~~]</translation>
        </message>
        <message>
            <source>Starts a new try-on with the domain chosen in the table, the largest gap unless you choose another.</source>
            <translation>[Šţàŕţš à ñéŵ ţŕý-öñ ŵîţĥ ţĥé đöɱàîñ çĥöšéñ îñ ţĥé ţàƀĺé, ţĥé ĺàŕĝéšţ ĝàþ ûñĺéšš ýöû çĥööšé àñöţĥéŕ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>[Öṽéŕ ţîɱé~~]</translation>
        </message>
        <message>
            <source>Shaded, with a strip along the bottom: the days of each try-on, named by its value above the composite where there is room (the table names them all). Each line is one number per check.</source>
            <translation>[Šĥàđéđ, ŵîţĥ à šţŕîþ àĺöñĝ ţĥé ƀöţţöɱ: ţĥé đàýš öƒ éàçĥ ţŕý-öñ, ñàɱéđ ƀý îţš ṽàĺûé àƀöṽé ţĥé çöɱþöšîţé ŵĥéŕé ţĥéŕé îš ŕööɱ (ţĥé ţàƀĺé ñàɱéš ţĥéɱ àĺĺ). Éàçĥ ĺîñé îš öñé ñûɱƀéŕ þéŕ çĥéçķ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>Composite (1–100)</source>
            <translation>[Çöɱþöšîţé (1–100)~~~~~]</translation>
        </message>
        <message>
            <source>%1: lived it</source>
            <translation>[%1: ĺîṽéđ îţ~~~]</translation>
        </message>
        <message>
            <source>The checks over time, as a table</source>
            <translation>[Ţĥé çĥéçķš öṽéŕ ţîɱé, àš à ţàƀĺé~~~~~~ ~~~~~]</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>[Đàý~]</translation>
        </message>
        <message>
            <source>Try-on</source>
            <translation>[Ţŕý-öñ~]</translation>
        </message>
        <message>
            <source>Composite</source>
            <translation>[Çöɱþöšîţé~~]</translation>
        </message>
        <message>
            <source>One row per check, newest first: the composite, then how much each domain was lived, 1 to 10.</source>
            <translation>[Öñé ŕöŵ þéŕ çĥéçķ, ñéŵéšţ ƒîŕšţ: ţĥé çöɱþöšîţé, ţĥéñ ĥöŵ ɱûçĥ éàçĥ đöɱàîñ ŵàš ĺîṽéđ, 1 ţö 10.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>No check has a rating yet. Take a check to see your picture here.</source>
            <translation>[Ñö çĥéçķ ĥàš à ŕàţîñĝ ýéţ. Ţàķé à çĥéçķ ţö šéé ýöûŕ þîçţûŕé ĥéŕé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]</translation>
        </message>
        <message>
            <source>The latest check, %1</source>
            <translation>[Ţĥé ĺàţéšţ çĥéçķ, %1~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Composite %1 of 100: the mean of importance × living over %n rated domains.</source>
            <translation>
                <numerusform>[Çöɱþöšîţé %1 öƒ 100: ţĥé ɱéàñ öƒ îɱþöŕţàñçé × ĺîṽîñĝ öṽéŕ %n ŕàţéđ đöɱàîñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</numerusform>
                <numerusform>[Çöɱþöšîţé %1 öƒ 100: ţĥé ɱéàñ öƒ îɱþöŕţàñçé × ĺîṽîñĝ öṽéŕ %n ŕàţéđ đöɱàîñš.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped domains are left out of it.</source>
            <translation>
                <numerusform>[%n šķîþþéđ đöɱàîñ îš ĺéƒţ öûţ öƒ îţ.~~~~~~ ~~~~~~ ~]</numerusform>
                <numerusform>[%n šķîþþéđ đöɱàîñš àŕé ĺéƒţ öûţ öƒ îţ.~~~~~~ ~~~~~~ ~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>[Đöɱàîñ~]</translation>
        </message>
        <message>
            <source>Matters to me</source>
            <translation>[Ṁàţţéŕš ţö ɱé~~~~]</translation>
        </message>
        <message>
            <source>Lived it</source>
            <translation>[Ĺîṽéđ îţ~~]</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>[Ĝàþ~]</translation>
        </message>
        <message>
            <source>Largest gap first. Choose a row, then Try On a Value in This Domain.</source>
            <translation>[Ĺàŕĝéšţ ĝàþ ƒîŕšţ. Çĥööšé à ŕöŵ, ţĥéñ Ţŕý Öñ à Ṽàĺûé îñ Ţĥîš Đöɱàîñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]</translation>
        </message>
    </context>
</TS>
