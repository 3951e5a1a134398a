<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementSheet</name>
    <message numerus="yes">
        <source>%n home visit(s) a month</source>
        <translation>
            <numerusform>%n home visit a month</numerusform>
            <numerusform>%n home visits a month</numerusform>
        </translation>
    </message>
</context>
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
    <name>AuditChain</name>
    <message numerus="yes">
        <source>… and %n more audit row(s) that no longer match their seals.</source>
        <translation>
            <numerusform>… and %n more audit row that no longer matches its seal.</numerusform>
            <numerusform>… and %n more audit rows that no longer match their seals.</numerusform>
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
    <name>CountySummaryService</name>
    <message numerus="yes">
        <source>County total (%n center(s))</source>
        <translation>
            <numerusform>County total (%n center)</numerusform>
            <numerusform>County total (%n centers)</numerusform>
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
    <name>IdNumber</name>
    <message numerus="yes">
        <source>An ID number has 18 characters (an old one 15 digits); this one has %n; please check it.</source>
        <translation>
            <numerusform>An ID number has 18 characters (an old one 15 digits); this one has %n; please check it.</numerusform>
            <numerusform>An ID number has 18 characters (an old one 15 digits); this one has %n; please check it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsModule</name>
    <message numerus="yes">
        <source>%1 was sent to %2 %n hour(s) ago and is not recorded as admitted.</source>
        <translation>
            <numerusform>%1 was sent to %2 %n hour ago and is not recorded as admitted.</numerusform>
            <numerusform>%1 was sent to %2 %n hours ago and is not recorded as admitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been in %2 for %n day(s), longer than the %3 days set.</source>
        <translation>
            <numerusform>%1 has been in %2 for %n day, longer than the %3 days set.</numerusform>
            <numerusform>%1 has been in %2 for %n days, longer than the %3 days set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cooperation agreement with %1 ends on %2 (%n day(s) left).</source>
        <translation>
            <numerusform>The cooperation agreement with %1 ends on %2 (%n day left).</numerusform>
            <numerusform>The cooperation agreement with %1 ends on %2 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentDocuments</name>
    <message numerus="yes">
        <source>%n care-risk event(s) (falls, choking, wandering …) in the 30 days before the assessment.</source>
        <translation>
            <numerusform>%n care-risk event (falls, choking, wandering …) in the 30 days before the assessment.</numerusform>
            <numerusform>%n care-risk events (falls, choking, wandering …) in the 30 days before the assessment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care-risk event(s) in the 30 days before</source>
        <translation>
            <numerusform>%n care-risk event in the 30 days before</numerusform>
            <numerusform>%n care-risk events in the 30 days before</numerusform>
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
    <name>TableExport</name>
    <message numerus="yes">
        <source>Made %1 by %2; %n row(s).</source>
        <extracomment>%1 a timestamp, %2 who made it, %n the number of rows</extracomment>
        <translation>
            <numerusform>Made %1 by %2; %n row.</numerusform>
            <numerusform>Made %1 by %2; %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message numerus="yes">
        <source>After %n more wrong password(s) the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>After %n more wrong password the account is locked for %1 minutes.</numerusform>
            <numerusform>After %n more wrong passwords the account is locked for %1 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitPlanSheet</name>
    <message numerus="yes">
        <source>%1: %n family bed(s)</source>
        <translation>
            <numerusform>%1: %n family bed</numerusform>
            <numerusform>%1: %n family beds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n visit(s) planned</source>
        <translation>
            <numerusform>, %n visit planned</numerusform>
            <numerusform>, %n visits planned</numerusform>
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
    <message numerus="yes">
        <source>%n referral(s).</source>
        <translation>
            <numerusform>%n referral.</numerusform>
            <numerusform>%n referrals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visit plan of %1 (%n family bed(s)) written to %2.</source>
        <translation>
            <numerusform>Visit plan of %1 (%n family bed) written to %2.</numerusform>
            <numerusform>Visit plan of %1 (%n family beds) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monthly report %1 (%n month(s)) written to %2.</source>
        <translation>
            <numerusform>Monthly report %1 (%n month) written to %2.</numerusform>
            <numerusform>Monthly report %1 (%n months) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported (change sequence %1 to %2).</source>
        <translation>
            <numerusform>%n record exported (change sequence %1 to %2).</numerusform>
            <numerusform>%n records exported (change sequence %1 to %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) written to %1.</source>
        <translation>
            <numerusform>%n problem written to %1.</numerusform>
            <numerusform>%n problems written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package was refused: %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>The package was refused: %n problem. Nothing was changed.</numerusform>
            <numerusform>The package was refused: %n problems. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n record(s) would change. Nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n record would change. Nothing was changed.</numerusform>
            <numerusform>Dry run: %n records would change. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed. Backup before the import: %1</source>
        <translation>
            <numerusform>%n record changed. Backup before the import: %1</numerusform>
            <numerusform>%n records changed. Backup before the import: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n center(s), written to %2</source>
        <translation>
            <numerusform>%1: %n center, written to %2</numerusform>
            <numerusform>%1: %n centers, written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked</source>
        <translation>
            <numerusform>%1: %n row checked</numerusform>
            <numerusform>%1: %n rows checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Backup made before the import: %1</source>
        <translation>
            <numerusform>Imported %n record. Backup made before the import: %1</numerusform>
            <numerusform>Imported %n records. Backup made before the import: %1</numerusform>
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
        <source>%n resident(s) due or overdue for an ability assessment (GB/T 42195-2022)</source>
        <extracomment>The assessments page&apos;s summary: who is due, then the interval.</extracomment>
        <translation>
            <numerusform>%n resident due or overdue for an ability assessment (GB/T 42195-2022)</numerusform>
            <numerusform>%n residents due or overdue for an ability assessment (GB/T 42195-2022)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; re-assessed every %n month(s).</source>
        <translation>
            <numerusform>; re-assessed every %n month.</numerusform>
            <numerusform>; re-assessed every %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n entry(ies) match the filters; entries cannot be changed or deleted.</source>
        <translation>
            <numerusform>%n entry matches the filters; entries cannot be changed or deleted.</numerusform>
            <numerusform>%n entries match the filters; entries cannot be changed or deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies): every change, login and export, kept unchangeable.</source>
        <translation>
            <numerusform>%n entry: every change, login and export, kept unchangeable.</numerusform>
            <numerusform>%n entries: every change, login and export, kept unchangeable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CountyPage</name>
    <message numerus="yes">
        <source>%1: %n center(s)</source>
        <translation>
            <numerusform>%1: %n center</numerusform>
            <numerusform>%1: %n centers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CoveragePanel</name>
    <message numerus="yes">
        <source>Special-difficulty elders not yet visited: %n</source>
        <translation>
            <numerusform>Special-difficulty elders not yet visited: %n</numerusform>
            <numerusform>Special-difficulty elders not yet visited: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) left in the month)</source>
        <translation>
            <numerusform> (%n day left in the month)</numerusform>
            <numerusform> (%n days left in the month)</numerusform>
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
    <name>jinglao::ui::FamilyBedDetailView</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedRegistry</name>
    <message numerus="yes">
        <source>%n elder(s)</source>
        <translation>
            <numerusform>%n elder</numerusform>
            <numerusform>%n elders</numerusform>
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
    <name>jinglao::ui::HomePage</name>
    <message numerus="yes">
        <source>Needs attention: %n alert(s), %1 urgent</source>
        <translation>
            <numerusform>Needs attention: %n alert, %1 urgent</numerusform>
            <numerusform>Needs attention: %n alerts, %1 urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n alert(s)</source>
        <translation>
            <numerusform>Needs attention: %n alert</numerusform>
            <numerusform>Needs attention: %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReferralStepDialog</name>
    <message numerus="yes">
        <source>The resident is back: the bed is theirs again. A follow-up is expected within %n day(s).</source>
        <translation>
            <numerusform>The resident is back: the bed is theirs again. A follow-up is expected within %n day.</numerusform>
            <numerusform>The resident is back: the bed is theirs again. A follow-up is expected within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReferralsPage</name>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) open</source>
        <translation>
            <numerusform>%n referral open</numerusform>
            <numerusform>%n referrals open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) away in hospital, their beds held.</source>
        <translation>
            <numerusform>%n resident away in hospital, their beds held.</numerusform>
            <numerusform>%n residents away in hospital, their beds held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away for %n day(s); the bed is held.</source>
        <translation>
            <numerusform>Away for %n day; the bed is held.</numerusform>
            <numerusform>Away for %n days; the bed is held.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReportPage</name>
    <message numerus="yes">
        <source>%n month(s): %1</source>
        <translation>
            <numerusform>%n month: %1</numerusform>
            <numerusform>%n months: %1</numerusform>
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
        <source>%n entry(ies) in the shift log</source>
        <translation>
            <numerusform>%n entry in the shift log</numerusform>
            <numerusform>%n entries in the shift log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n incident(s).</source>
        <translation>
            <numerusform>; %n incident.</numerusform>
            <numerusform>; %n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentsPage</name>
    <message numerus="yes">
        <source>%n current resident(s)</source>
        <translation>
            <numerusform>%n current resident</numerusform>
            <numerusform>%n current residents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former resident(s)</source>
        <translation>
            <numerusform>%n former resident</numerusform>
            <numerusform>%n former residents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s), current and former</source>
        <translation>
            <numerusform>%n resident, current or former</numerusform>
            <numerusform>%n residents, current and former</numerusform>
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
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>, %n warning.</numerusform>
            <numerusform>, %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::SheetImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) refused; nothing is imported until each one is corrected in the sheet (then choose the file again) or its column is given the right field.</source>
        <translation>
            <numerusform>%n row refused; nothing is imported until each one is corrected in the sheet (then choose the file again) or its column is given the right field.</numerusform>
            <numerusform>%n rows refused; nothing is imported until each one is corrected in the sheet (then choose the file again) or its column is given the right field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported. A backup of the database is written first.</source>
        <translation>
            <numerusform>The %n row can be imported. A backup of the database is written first.</numerusform>
            <numerusform>All %n rows can be imported. A backup of the database is written first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported from %1; backup made first: %2</source>
        <translation>
            <numerusform>%n record imported from %1; backup made first: %2</numerusform>
            <numerusform>%n records imported from %1; backup made first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ShiftLogPage</name>
    <message numerus="yes">
        <source>%n shift(s) opened today</source>
        <extracomment>The shift log page&apos;s summary: shifts opened today, incidents this month.</extracomment>
        <translation>
            <numerusform>%n shift opened today</numerusform>
            <numerusform>%n shifts opened today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n incident(s) this month.</source>
        <translation>
            <numerusform>; %n incident this month.</numerusform>
            <numerusform>; %n incidents this month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::StaffPage</name>
    <message numerus="yes">
        <source>%n current staff member(s)</source>
        <translation>
            <numerusform>%n current staff member</numerusform>
            <numerusform>%n current staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former staff member(s)</source>
        <translation>
            <numerusform>%n former staff member</numerusform>
            <numerusform>%n former staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n certificate(s) expiring or expired</source>
        <translation>
            <numerusform>; %n certificate expiring or expired</numerusform>
            <numerusform>; %n certificates expiring or expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::SyncPage</name>
    <message numerus="yes">
        <source>Package imported: %n record(s) changed.</source>
        <translation>
            <numerusform>Package imported: %n record changed.</numerusform>
            <numerusform>Package imported: %n records changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package of %1 cannot be imported: %n problem(s), listed below. Nothing was changed.</source>
        <translation>
            <numerusform>The package of %1 cannot be imported: %n problem, listed below. Nothing was changed.</numerusform>
            <numerusform>The package of %1 cannot be imported: %n problems, listed below. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the package of %1: %n record(s) changed. A backup was taken first: %2</source>
        <translation>
            <numerusform>Imported the package of %1: %n record changed. A backup was taken first: %2</numerusform>
            <numerusform>Imported the package of %1: %n records changed. A backup was taken first: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package of %1 would change %n record(s). Check the list, then import.</source>
        <translation>
            <numerusform>The package of %1 would change %n record. Check the list, then import.</numerusform>
            <numerusform>The package of %1 would change %n records. Check the list, then import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::UsersPage</name>
    <message numerus="yes">
        <source>%n account(s). Nurses write the shift log as the staff record their account is linked to and see personal data masked, as read-only users do.</source>
        <extracomment>The user accounts page&apos;s summary.</extracomment>
        <translation>
            <numerusform>%n account. Nurses write the shift log as the staff record their account is linked to and see personal data masked, as read-only users do.</numerusform>
            <numerusform>%n accounts. Nurses write the shift log as the staff record their account is linked to and see personal data masked, as read-only users do.</numerusform>
        </translation>
    </message>
</context>
</TS>
