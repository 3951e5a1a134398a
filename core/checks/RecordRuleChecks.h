#pragma once
// The record rules the file enforces since schema 7 (real dates and times, ID numbers, one open
// bed per resident and resident per bed, unique staff ID numbers, shifts that end after they
// start and name a template, assessment sums, JSON item scores, one raising step, stamps in order).
// The database refuses new writes that break them; records written before them are left as they
// were, and HealthCheck lists them here from the view record_rule_violations.

#include "checks/HealthCheck.h"

#include <QCoreApplication>
#include <QList>

namespace jinglao::core {

class Database;

class RecordRuleChecks {
    Q_DECLARE_TR_FUNCTIONS(RecordRuleChecks)

public:
    // Records listed one by one per rule before the rest are summed up; assessments raised two
    // steps are all listed, for an assessor to review.
    static constexpr int ListedPerRule = 5;

    static void run(const Database& db, QList<HealthCheck::Finding>& findings);
    // Which record it is, in words ("the assessment of 张三 on 2026-01-05"), from its table and uid.
    static QString describe(const Database& db, const QString& table, const QString& uid);
    // What is wrong, in words, from the rule code and the field and value the view gives.
    static QString explain(const QString& rule, const QString& field, const QString& value);
};

} // namespace jinglao::core
