#include "demo/ShiftLogDemo.h"

#include "common/Clock.h"
#include "modules/ModuleSet.h"
#include "shiftlog/Incident.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace jinglao::core {

namespace {

struct Slot {
    QString shiftUid;
    QString staffUid;
    QString code;
    QDate date;
    QDateTime start;
    QDateTime end;
    bool planned;
};

struct Person {
    QString uid;
    QString name;
    QDate admitted;
    QDate discharged; // invalid while present
};

struct OpenIncident {
    QString uid;
    QString residentUid;
    QString residentName;
    Incident kind;
};

QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

int between(std::mt19937& rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}
bool chance(std::mt19937& rng, double p)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p;
}
const QString& pick(std::mt19937& rng, const QStringList& items)
{
    return items.at(between(rng, 0, static_cast<int>(items.size()) - 1));
}

// Notes about one resident; %1 is filled with a number where the phrase has one.
// A note about one resident that fits the time of the shift (meals by day, sleep by night).
QString residentNote(std::mt19937& rng, const QString& code)
{
    static const QStringList dayMeals =
        split("早餐进食正常|午饭吃了大半碗，食欲一般|进食好，饮水约1500毫升|软食进食顺利，无呛咳|"
              "拒绝吃午饭，劝说后进食少量");
    static const QStringList eveningMeals =
        split("晚饭进食少，只喝了半碗粥，已加餐|晚饭进食正常|晚饭后诉腹胀，已报告医生|软食进食顺利，无呛咳");
    static const QStringList nightSleep = split("睡眠好|起夜两次，能自行入睡|入睡困难，凌晨两点后才睡着|"
                                                "睡眠差，多次呼叫，已安抚|咳嗽较多，已协助饮温水");
    static const QStringList daySleep = split("夜间睡眠好，精神佳|午睡约一小时|白天嗜睡，已鼓励下床活动");
    static const QStringList mood =
        split("情绪稳定，与同屋老人聊天|情绪低落，想念家人，已陪同聊天|"
              "情绪烦躁，安抚后好转|精神好，参加了手工活动|家属来探望，老人很高兴");
    static const QStringList dayCare = split("协助洗澡，皮肤完好|按时服药|大便正常|两天未解大便，已报告医生|"
                                             "协助下床活动约二十分钟|更换床单被罩");
    static const QStringList nightCare =
        split("协助翻身，骶尾部皮肤无发红|协助如厕一次|更换尿垫，皮肤完好|按时服睡前药");
    const bool night = code == QStringLiteral("N");
    switch (between(rng, 0, 4)) {
    case 0: {
        const int systolic = between(rng, 110, 170);
        const int diastolic = between(rng, 65, 100);
        QString note = QStringLiteral("测血压 %1/%2 mmHg").arg(systolic).arg(diastolic);
        if (systolic >= 160)
            note += QString::fromUtf8("，偏高，已报告医生");
        return note;
    }
    case 1:
        return night ? pick(rng, nightSleep)
                     : pick(rng, code == QStringLiteral("E") ? eveningMeals : dayMeals);
    case 2:
        return pick(rng, night ? nightSleep : daySleep);
    case 3:
        return night ? pick(rng, nightCare) : pick(rng, mood);
    default:
        return pick(rng, night ? nightCare : dayCare);
    }
}

QString generalNote(std::mt19937& rng, const QString& code)
{
    static const QStringList day =
        split("上午巡视各房间，老人情况平稳|协助老人到院内晒太阳|组织晨练，参加约二十人|"
              "检查呼叫器和消防通道，无异常|发放午间药品，核对无误");
    static const QStringList evening =
        split("晚饭后巡视，老人情况平稳|组织看电视、聊天活动|检查门窗水电，无异常|"
              "协助老人洗漱，按时就寝");
    static const QStringList night = split("夜间每两小时巡视一次，老人睡眠平稳|夜间巡视，各房间无异常|"
                                           "凌晨巡视，协助三位老人如厕|检查门禁，夜间无外出");
    if (code == QStringLiteral("N"))
        return pick(rng, night);
    if (code == QStringLiteral("E"))
        return pick(rng, evening);
    return pick(rng, day);
}

QString incidentNote(std::mt19937& rng, Incident kind)
{
    switch (kind) {
    case Incident::Fall:
        return pick(rng, split("如厕时在卫生间滑倒，左手腕轻微擦伤，已消毒处理并报告医生|"
                               "起夜时在床边跌倒，无明显外伤，已通知医生检查|"
                               "在走廊行走时跌倒，右膝擦伤，已包扎，通知家属|"
                               "从轮椅起身时坐倒在地，无外伤，已加强看护"));
    case Incident::Choking:
        return pick(rng, split("吃午饭时噎食，立即拍背后吐出，生命体征平稳，已报告医生|"
                               "喝水呛咳噎食，经海姆立克法处理后缓解，改为糊状饮食"));
    case Incident::Wandering:
        return pick(rng, split("傍晚独自走出院门，二十分钟后在村口找到，已通知家属并加强门禁|"
                               "夜间离开房间在院内徘徊，已带回房间安抚"));
    case Incident::PressureSore:
        return pick(
            rng, split("骶尾部发现一处约2厘米压红，已加强翻身并上报|足跟皮肤破损，已请医生处理并用减压垫"));
    default:
        return pick(rng,
                    split("与同屋老人发生口角，已分开安抚|误服他人药品一片，医生评估无碍，已加强药品管理"));
    }
}

QString followUpNote(std::mt19937& rng, Incident kind)
{
    if (kind == Incident::Fall)
        return pick(rng,
                    split("复查伤处，无红肿，活动正常|医生复查无骨折，继续观察|伤口愈合良好，老人情绪稳定"));
    if (kind == Incident::PressureSore)
        return pick(rng, split("压红处面积缩小，继续两小时翻身|创面干燥，无渗出"));
    return pick(rng, split("情况稳定，已跟进处理|老人无不适，已告知下一班继续关注"));
}

// The demo's log is Chinese whatever language the program runs in.
QString chineseLabel(Incident kind)
{
    switch (kind) {
    case Incident::Fall:
        return QString::fromUtf8("跌倒");
    case Incident::Choking:
        return QString::fromUtf8("噎食");
    case Incident::PressureSore:
        return QString::fromUtf8("压疮");
    case Incident::Wandering:
        return QString::fromUtf8("走失");
    default:
        return QString::fromUtf8("意外情况");
    }
}

Incident drawIncident(std::mt19937& rng)
{
    // Drawn for about 60 of the 90 shift slots a month: about three falls a month, an occasional
    // pressure sore, rare choking and wandering.
    const double p = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    if (p < 0.050)
        return Incident::Fall;
    if (p < 0.056)
        return Incident::PressureSore;
    if (p < 0.060)
        return Incident::Choking;
    if (p < 0.063)
        return Incident::Wandering;
    if (p < 0.068)
        return Incident::Other;
    return Incident::None;
}

} // namespace

ShiftLogDemoResult ShiftLogDemo::generate(Database& db, const Actor& actor, std::mt19937& rng,
                                          const QDate& from, const QDate& to)
{
    actor.require(Permission::WriteShiftLogs);
    ShiftLogDemoResult result;
    const QDateTime now = Clock::now();

    // One shift per date and code: a nurse's when there is one, in a stable order.
    QList<Slot> worked;
    QSet<QString> taken;
    const QList<QVariantMap> shifts = sql::rows(
        db,
        QStringLiteral(
            "SELECT s.uid AS uid, s.staff_uid AS staff_uid, s.shift_code AS code, s.shift_date AS "
            "shift_date, "
            "s.start_at AS start_at, s.end_at AS end_at, s.status AS status FROM shifts s JOIN staff st ON "
            "st.uid = s.staff_uid "
            "WHERE s.deleted = 0 AND s.status <> 'ABSENT' AND s.shift_date BETWEEN ? AND ? "
            "AND NOT EXISTS (SELECT 1 FROM duty_sessions d WHERE d.shift_uid = s.uid) "
            "ORDER BY s.start_at, CASE st.role WHEN 'NURSE' THEN 0 WHEN 'CAREGIVER' THEN 1 ELSE 2 END, "
            "st.name, st.hire_date, st.id_number, s.shift_code"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    for (const QVariantMap& row : shifts) {
        Slot slot{row.value(QStringLiteral("uid")).toString(),
                  row.value(QStringLiteral("staff_uid")).toString(),
                  row.value(QStringLiteral("code")).toString(),
                  QDate::fromString(row.value(QStringLiteral("shift_date")).toString(), Qt::ISODate),
                  Clock::parseTimestamp(row.value(QStringLiteral("start_at")).toString()),
                  Clock::parseTimestamp(row.value(QStringLiteral("end_at")).toString()),
                  row.value(QStringLiteral("status")).toString() == QStringLiteral("PLANNED")};
        const QString key = slot.date.toString(Qt::ISODate) + slot.code;
        if (taken.contains(key) || !slot.end.isValid() || slot.end.addSecs(600) > now)
            continue;
        taken.insert(key);
        worked.append(slot);
    }
    std::stable_sort(worked.begin(), worked.end(),
                     [](const Slot& a, const Slot& b) { return a.start < b.start; });

    QList<Person> people;
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral("SELECT uid, name, admission_date, discharge_date FROM residents "
                                      "WHERE deleted = 0 ORDER BY admission_date, id_number"))) {
        people.append(
            {row.value(QStringLiteral("uid")).toString(), row.value(QStringLiteral("name")).toString(),
             QDate::fromString(row.value(QStringLiteral("admission_date")).toString(), Qt::ISODate),
             QDate::fromString(row.value(QStringLiteral("discharge_date")).toString(), Qt::ISODate)});
    }

    QString previousSession =
        sql::scalar(
            db, QStringLiteral("SELECT uid FROM duty_sessions WHERE closed_at IS NOT NULL AND deleted = 0 "
                               "ORDER BY closed_at DESC LIMIT 1"))
            .toString();
    QDateTime previousClosed;
    QList<OpenIncident> open;
    const ModuleSet modules = ModuleSet::standard();
    QDate awayOn;
    QSet<QString> away;
    RecordWriter writer(db, actor);
    std::unique_ptr<Transaction> transaction;
    int month = -1;
    for (const Slot& slot : worked) {
        if (slot.date.month() != month) {
            if (transaction)
                transaction->commit();
            transaction = std::make_unique<Transaction>(db);
            month = slot.date.month();
        }
        // Residents away that day (on referral to a hospital) keep their bed but get no entries.
        if (slot.date != awayOn) {
            awayOn = slot.date;
            away = modules.residentsAwayOn(db, awayOn);
        }
        QList<const Person*> present;
        for (const Person& person : people) {
            if (person.admitted <= slot.date &&
                (!person.discharged.isValid() || person.discharged > slot.date) && !away.contains(person.uid))
                present.append(&person);
        }

        // As ShiftLogService has it: the handover read is the preceding shift's, accepted once
        // that shift is closed. Here the nurse also opens only after her predecessor closed.
        QDateTime opened = slot.start.addSecs(-60 * between(rng, 3, 15));
        if (previousClosed.isValid() && opened <= previousClosed)
            opened = previousClosed.addSecs(60 * between(rng, 1, 5));
        const QDateTime accepted = opened.addSecs(60 * between(rng, 1, 5));
        const QString session =
            writer.insert(QStringLiteral("duty_sessions"),
                          {{QStringLiteral("shift_uid"), slot.shiftUid},
                           {QStringLiteral("opened_at"), Clock::timestamp(opened)},
                           {QStringLiteral("opened_by"), slot.staffUid},
                           {QStringLiteral("previous_uid"),
                            previousSession.isEmpty() ? QVariant() : QVariant(previousSession)},
                           {QStringLiteral("handover_accepted_at"), Clock::timestamp(accepted)},
                           {QStringLiteral("created_at"), Clock::timestamp(opened)},
                           {QStringLiteral("updated_at"), Clock::timestamp(accepted)}});
        ++result.sessions;

        const qint64 length = std::max<qint64>(slot.start.secsTo(slot.end), 3600);
        const int firstWrite = static_cast<int>(std::max<qint64>(600, slot.start.secsTo(accepted) + 60));
        // A few notes a shift for a small house, about one for every 13 residents present in a
        // large one.
        const int residentsPresent = static_cast<int>(present.size());
        int entries = between(rng, std::max(2, residentsPresent / 17), std::max(6, residentsPresent / 10));
        QList<qint64> offsets;
        for (int i = 0; i < entries + static_cast<int>(open.size()) + 1; ++i)
            offsets.append(between(rng, firstWrite, static_cast<int>(length) - 300));
        std::sort(offsets.begin(), offsets.end());
        int next = 0;
        auto writeEntry = [&](const QString& summary, const Person* about, Incident kind,
                              const QString& resolves) {
            const QString at = Clock::timestamp(slot.start.addSecs(offsets.at(next++)));
            const QString uid = writer.insert(
                QStringLiteral("shift_logs"),
                {{QStringLiteral("shift_uid"), slot.shiftUid},
                 {QStringLiteral("written_at"), at},
                 {QStringLiteral("author_staff_uid"), slot.staffUid},
                 {QStringLiteral("summary"), summary},
                 {QStringLiteral("resident_uid"), about ? QVariant(about->uid) : QVariant()},
                 {QStringLiteral("incident"),
                  kind == Incident::None ? QVariant() : QVariant(incidentCodes().code(kind))},
                 {QStringLiteral("resolves_uid"), resolves.isEmpty() ? QVariant() : QVariant(resolves)},
                 {QStringLiteral("created_at"), at},
                 {QStringLiteral("updated_at"), at}});
            ++result.entries;
            return uid;
        };

        // The incidents handed over are followed up first.
        for (const OpenIncident& incident : std::as_const(open)) {
            const Person* about = nullptr;
            for (const Person* person : std::as_const(present)) {
                if (person->uid == incident.residentUid)
                    about = person;
            }
            writeEntry(followUpNote(rng, incident.kind), about, Incident::None, incident.uid);
        }
        open.clear();

        QStringList handover;
        for (int i = 0; i < entries; ++i) {
            const Person* about = present.isEmpty() || chance(rng, 0.3)
                                      ? nullptr
                                      : present.at(between(rng, 0, static_cast<int>(present.size()) - 1));
            const Incident kind = about && i == 0 ? drawIncident(rng) : Incident::None;
            if (kind != Incident::None) {
                const QString note = incidentNote(rng, kind);
                const QString uid = writeEntry(note, about, kind, {});
                open.append({uid, about->uid, about->name, kind});
                handover.append(QString::fromUtf8("%1%2：%3").arg(about->name, chineseLabel(kind), note));
                ++result.incidents;
            } else {
                const QString note = about ? residentNote(rng, slot.code) : generalNote(rng, slot.code);
                writeEntry(note, about, Incident::None, {});
                if (about && note.contains(QString::fromUtf8("报告医生")))
                    handover.append(about->name + note);
            }
        }

        QString note =
            handover.isEmpty()
                ? pick(rng, split("本班老人情况平稳，无特殊交代。|各房间巡视无异常，药品已按时发放。|"
                                  "老人情况稳定，呼叫器、门窗已检查。"))
                : handover.join(QString::fromUtf8("；")) + QString::fromUtf8("。请下一班继续观察。");
        const QDateTime closed = slot.end.addSecs(60 * between(rng, 0, 10));
        const QString closedAt = Clock::timestamp(closed);
        writer.update(QStringLiteral("duty_sessions"), session,
                      {{QStringLiteral("closed_at"), closedAt},
                       {QStringLiteral("handover_note"), note},
                       {QStringLiteral("updated_at"), closedAt}});
        // As closing a shift does in ShiftLogService: a logged shift was worked.
        if (slot.planned)
            writer.update(QStringLiteral("shifts"), slot.shiftUid,
                          {{QStringLiteral("status"), QStringLiteral("WORKED")}});
        previousSession = session;
        previousClosed = closed;
    }
    if (transaction)
        transaction->commit();
    return result;
}

} // namespace jinglao::core
