<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>Pain, 0 to 10: average of every %n days</source>
        <translation>
            <numerusform>Pain, 0 to 10: average of every %n day</numerusform>
            <numerusform>Pain, 0 to 10: average of every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How far down the leg the pain typically reaches, every %n days (lower is better)</source>
        <translation>
            <numerusform>How far down the leg the pain typically reaches, every %n day (lower is better)</numerusform>
            <numerusform>How far down the leg the pain typically reaches, every %n days (lower is better)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with a routine, last %n weeks (darker: more routines that day)</source>
        <translation>
            <numerusform>Days with a routine, last %n week (darker: more routines that day)</numerusform>
            <numerusform>Days with a routine, last %n weeks (darker: more routines that day)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average back %1, leg %2 (%n entries)</source>
        <translation>
            <numerusform>Average back %1, leg %2 (%n entry)</numerusform>
            <numerusform>Average back %1, leg %2 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a routine in the last %1 weeks</source>
        <extracomment>%n is the number of days with a routine, %1 the number of weeks shown.</extracomment>
        <translation>
            <numerusform>%n day with a routine in the last %1 weeks</numerusform>
            <numerusform>%n days with a routine in the last %1 weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message numerus="yes">
        <source>%n text(s) of this routine are not translated into your language yet and are shown in English.</source>
        <translation>
            <numerusform>%n text of this routine is not translated into your language yet and is shown in English.</numerusform>
            <numerusform>%n texts of this routine are not translated into your language yet and are shown in English.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineFacts</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSummary</name>
    <message numerus="yes">
        <source>%1 of %n timed parts</source>
        <translation>
            <numerusform>%1 of %n timed part</numerusform>
            <numerusform>%1 of %n timed parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>both sides and repeats, %n timed parts</source>
        <translation>
            <numerusform>both sides and repeats, %n timed part</numerusform>
            <numerusform>both sides and repeats, %n timed parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>both sides, %n timed parts</source>
        <translation>
            <numerusform>both sides, %n timed part</numerusform>
            <numerusform>both sides, %n timed parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>repeats, %n timed parts</source>
        <translation>
            <numerusform>repeats, %n timed part</numerusform>
            <numerusform>repeats, %n timed parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed parts</source>
        <translation>
            <numerusform>%n timed part</numerusform>
            <numerusform>%n timed parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>all %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps</source>
        <translation>
            <numerusform>%1 of %n step</numerusform>
            <numerusform>%1 of %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCounts</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepFacts</name>
    <message numerus="yes">
        <source>%n times each side</source>
        <translation>
            <numerusform>%n time each side</numerusform>
            <numerusform>%n times each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRows</name>
    <message numerus="yes">
        <source>Routine completed (%1 of %n timed parts)</source>
        <translation>
            <numerusform>Routine completed (%1 of %n timed part)</numerusform>
            <numerusform>Routine completed (%1 of %n timed parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine stopped early (%1 of %n timed parts)</source>
        <translation>
            <numerusform>Routine stopped early (%1 of %n timed part)</numerusform>
            <numerusform>Routine stopped early (%1 of %n timed parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine not finished (%1 of %n timed parts)</source>
        <translation>
            <numerusform>Routine not finished (%1 of %n timed part)</numerusform>
            <numerusform>Routine not finished (%1 of %n timed parts)</numerusform>
        </translation>
    </message>
</context>
</TS>
