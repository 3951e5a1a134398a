<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessmentsModule</name>
    <message numerus="yes">
        <source>%1 (%2) is overdue for re-assessment by %n day(s).</source>
        <translation>
            <numerusform>%1 (%2) is overdue for re-assessment by %n day.</numerusform>
            <numerusform>%1 (%2) is overdue for re-assessment by %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has not been assessed since admission %n day(s) ago.</source>
        <translation>
            <numerusform>%1 (%2) has not been assessed since admission %n day ago.</numerusform>
            <numerusform>%1 (%2) has not been assessed since admission %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterModule</name>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>The last backup is %n day old.</numerusform>
            <numerusform>The last backup is %n days old.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyBedsModule</name>
    <message numerus="yes">
        <source>%1, a special-difficulty elder, has not been visited this month (%n day(s) left).</source>
        <translation>
            <numerusform>%1, a special-difficulty elder, has not been visited this month (%n day left).</numerusform>
            <numerusform>%1, a special-difficulty elder, has not been visited this month (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>… and %n more like these.</source>
        <translation>
            <numerusform>… and %n more like these.</numerusform>
            <numerusform>… and %n more like these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message numerus="yes">
        <source>%1: %2 expires on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1: %2 expires on %3 (in %n day).</numerusform>
            <numerusform>%1: %2 expires on %3 (in %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is the name of %n staff records; give the uid instead: %1</source>
        <translation>
            <numerusform>is the name of %n staff records; give the uid instead: %1</numerusform>
            <numerusform>is the name of %n staff records; give the uid instead: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::cli</name>
    <message numerus="yes">
        <source>%n resident(s) due for assessment.</source>
        <translation>
            <numerusform>%n resident due for assessment.</numerusform>
            <numerusform>%n residents due for assessment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residents are re-assessed every %n month(s).</source>
        <translation>
            <numerusform>Residents are re-assessed every %n month.</numerusform>
            <numerusform>Residents are re-assessed every %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data written to %1: %2 beds in service (%3 nursing beds, %4%), %5 occupied (%6%), %7 residents over %n year(s).</source>
        <translation>
            <numerusform>Demo data written to %1: %2 beds in service (%3 nursing beds, %4%), %5 occupied (%6%), %7 residents over %n year.</numerusform>
            <numerusform>Demo data written to %1: %2 beds in service (%3 nursing beds, %4%), %5 occupied (%6%), %7 residents over %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roster warning(s).</source>
        <translation>
            <numerusform>%n roster warning.</numerusform>
            <numerusform>%n roster warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roster of %1 (%n shift(s)) written to %2.</source>
        <translation>
            <numerusform>Roster of %1 (%n shift) written to %2.</numerusform>
            <numerusform>Roster of %1 (%n shifts) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::core::Error</name>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AssessmentDialog</name>
    <message numerus="yes">
        <source>Total %1 / %2 — %n item(s) not scored yet</source>
        <translation>
            <numerusform>Total %1 / %2 — %n item not scored yet</numerusform>
            <numerusform>Total %1 / %2 — %n items not scored yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AssessmentsPage</name>
    <message numerus="yes">
        <source>%n resident(s) due or overdue</source>
        <translation>
            <numerusform>%n resident due or overdue</numerusform>
            <numerusform>%n residents due or overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::DueListModel</name>
    <message numerus="yes">
        <source>Never assessed (%n day(s) since admission)</source>
        <translation>
            <numerusform>Never assessed (%n day since admission)</numerusform>
            <numerusform>Never assessed (%n days since admission)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FillPatternDialog</name>
    <message numerus="yes">
        <source>Fills %n selected person(s). One entry per day, separated by commas; &quot;-&quot; is a rest day.</source>
        <translation>
            <numerusform>Fills %n selected person. One entry per day, separated by commas; &quot;-&quot; is a rest day.</numerusform>
            <numerusform>Fills %n selected people. One entry per day, separated by commas; &quot;-&quot; is a rest day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentShiftLogSection</name>
    <message numerus="yes">
        <source>%n risk event(s) (falls, choking, wandering) in the last 30 days.</source>
        <translation>
            <numerusform>%n risk event (falls, choking, wandering) in the last 30 days.</numerusform>
            <numerusform>%n risk events (falls, choking, wandering) in the last 30 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) among %1 entries.</source>
        <translation>
            <numerusform>%n incident among %1 entries.</numerusform>
            <numerusform>%n incidents among %1 entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentsPage</name>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n resident</numerusform>
            <numerusform>%n residents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::RosterPage</name>
    <message numerus="yes">
        <source>%n warning(s) for this month:</source>
        <translation>
            <numerusform>%n warning for this month:</numerusform>
            <numerusform>%n warnings for this month:</numerusform>
        </translation>
    </message>
</context>
</TS>
