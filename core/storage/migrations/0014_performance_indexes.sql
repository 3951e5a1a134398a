-- Schema version 14: indexes for questions asked once a day or once a record, found by the
-- ten-year benchmark (tests/bench/TenYearBench) on a 300-bed center.
-- Who is away on referral on a day: the shift log, the monthly report and the home page ask it for
-- every day of a period; without this index each question read every referral form whole.
CREATE INDEX referrals_away ON referrals (referred_at, returned_at, closed_at, resident_uid)
    WHERE deleted = 0 AND referred_at IS NOT NULL;
-- The year's last referral number, read for every new referral.
CREATE INDEX referrals_by_number ON referrals (number);
-- Incidents of a month by the day they happened (the monthly report, the home page, the roster's
-- staffing figures), without reading every shift-log entry.
CREATE INDEX shift_logs_incidents_by_day ON shift_logs (substr(coalesce(occurred_at, written_at), 1, 10))
    WHERE incident IS NOT NULL;
-- Referrals back in a month (the monthly report).
CREATE INDEX referrals_by_return ON referrals (returned_at) WHERE deleted = 0;
-- The county packages' history (exports and imports among every audited change).
CREATE INDEX audit_log_by_action ON audit_log (action, table_name);
