#include "referrals/ReferralsDemo.h"

#include "common/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "referrals/ReferralService.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace jinglao::core {

using namespace demo;

namespace {

// One kind of illness that takes a resident to a partner, with what the forms say about it. The
// demo's forms are Chinese whatever language the program runs in.
struct Case {
    InstitutionType type;
    ReferralUrgency urgency;
    int shortestStay; // days in hospital
    int longestStay;
    const char* department;
    const char* reason;
    const char* impression;
    const char* treatment;
    const char* diagnosis;
    const char* findings;
    const char* advice;
};

const QList<Case>& cases()
{
    using T = InstitutionType;
    using U = ReferralUrgency;
    static const QList<Case> all{
        {T::TownshipHealthCenter, U::Urgent, 5, 9, "内科", "咳嗽、咳痰3天，发热1天，体温38.2℃，食欲差。",
         "肺部感染？", "院内予物理降温、多饮水，体温仍反复。", "社区获得性肺炎",
         "血常规：白细胞12.5×10⁹/L，中性粒细胞82%；胸片：右下肺斑片影。",
         "静脉抗感染治疗7天，体温正常，咳嗽减轻。回院后继续口服头孢克肟3天，多饮温水，注意保暖，"
         "一周后复查血常规。"},
        {T::TownshipHealthCenter, U::Routine, 3, 6, "内科", "近一周血压波动，最高180/100mmHg，伴头晕。",
         "高血压病3级（很高危）", "加服卡托普利12.5mg后血压仍控制不佳。", "高血压病3级",
         "心电图：左室高电压；血钾3.6mmol/L；肾功能正常。",
         "调整降压方案为氨氯地平5mg每日一次联合厄贝沙坦150mg每日一次。回院后每日早晚各测血压一次，"
         "低盐饮食，两周后复诊。"},
        {T::TownshipHealthCenter, U::Routine, 4, 8, "内科", "口干、多饮、多尿两周，空腹血糖13.6mmol/L。",
         "2型糖尿病血糖控制不佳", "控制饮食，二甲双胍0.5g每日三次。", "2型糖尿病",
         "糖化血红蛋白9.2%；尿酮体阴性。",
         "加用甘精胰岛素10单位睡前皮下注射，血糖平稳。回院后每日测空腹及餐后血糖，糖尿病饮食，"
         "防低血糖，一月后复查糖化血红蛋白。"},
        {T::TownshipHealthCenter, U::Routine, 3, 5, "中医科", "尿频、尿急、尿痛2天，小腹不适。", "泌尿系感染",
         "嘱多饮水，症状未缓解。", "急性膀胱炎", "尿常规：白细胞（+++），亚硝酸盐阳性。",
         "口服左氧氟沙星5天，症状消失。回院后多饮水，勤换尿垫，保持会阴清洁。"},
        {T::CountyHospital, U::Emergency, 10, 18, "神经内科", "晨起发现右侧肢体无力、言语不清约2小时。",
         "急性脑梗死？", "立即测血压、血糖，保持呼吸道通畅，拨打急救电话。", "急性脑梗死（左侧基底节区）",
         "头颅CT：左侧基底节区低密度灶；头颅MRI：急性脑梗死。",
         "抗血小板、调脂、改善循环治疗，右侧肌力恢复至4级。回院后继续阿司匹林100mg每日一次、"
         "阿托伐他汀20mg每晚一次，每日肢体康复训练，防跌倒，一月后神经内科复诊。"},
        {T::CountyHospital, U::Emergency, 14, 21, "骨科", "在卫生间跌倒后右髋部疼痛，不能站立。",
         "右股骨颈骨折？", "平卧制动，冰敷，通知家属。", "右股骨颈骨折", "X线：右股骨颈骨折（GardenⅢ型）。",
         "行右人工股骨头置换术，术后恢复良好。回院后助行器辅助下床，防压疮、防下肢静脉血栓，"
         "术后六周骨科复查。"},
        {T::CountyHospital, U::Urgent, 7, 14, "心内科", "活动后气短加重一周，夜间不能平卧，双下肢水肿。",
         "慢性心力衰竭急性加重", "半卧位，低流量吸氧，限制饮水。", "慢性心力衰竭（心功能Ⅲ级）",
         "BNP 1860pg/mL；心脏彩超：左室射血分数38%。",
         "利尿、强心治疗后症状缓解。回院后每日饮水不超过1500毫升，每日晨起称体重，继续呋塞米20mg"
         "每日一次，两周后心内科复诊。"},
        {T::CountyHospital, U::Urgent, 6, 12, "消化内科", "解黑便两次，伴头晕、乏力。", "上消化道出血？",
         "禁食，卧床休息，监测血压脉搏。", "胃溃疡伴出血", "胃镜：胃角溃疡A2期；血红蛋白86g/L。",
         "抑酸、止血、补液治疗，大便转黄。回院后继续奥美拉唑20mg每日两次共八周，软食，"
         "观察大便颜色，一月后复查血常规。"},
        {T::CountyHospital, U::Urgent, 8, 14, "呼吸内科", "咳嗽、咳痰加重一周，喘憋，口唇发绀。",
         "慢性阻塞性肺疾病急性加重", "低流量吸氧，雾化吸入。", "慢性阻塞性肺疾病急性加重期",
         "血气分析：氧分压58mmHg；胸部CT：双肺气肿，右下肺感染。",
         "抗感染、平喘、化痰治疗，喘憋缓解。回院后继续吸入噻托溴铵每日一次，低流量吸氧，"
         "练习缩唇呼吸，两周后复诊。"},
        {T::OtherHospital, U::Routine, 14, 21, "康复科", "脑梗死后左侧肢体活动不利，需系统康复训练。",
         "脑梗死恢复期", "院内每日被动活动肢体。", "脑梗死恢复期", "左侧肌力3级，Barthel指数45分。",
         "针灸、康复训练三周，左侧肌力提高至4-级。回院后每日床旁康复训练两次，护理员协助，"
         "一月后复诊。"},
        {T::OtherHospital, U::Routine, 10, 16, "针灸科", "腰腿痛加重两周，行走困难。", "腰椎间盘突出症",
         "卧床休息，外用膏药。", "腰椎管狭窄症", "腰椎MRI：L4/5椎间盘突出，椎管狭窄。",
         "针灸、理疗、中药熏蒸治疗，疼痛明显减轻。回院后避免久坐弯腰，睡硬板床，适度步行。"},
    };
    return all;
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

const QStringList pastHistories = utf8("高血压病史十余年|2型糖尿病病史8年|慢性支气管炎病史二十年|"
                                       "脑梗死病史3年，遗留轻度肢体无力|冠心病病史5年|骨质疏松症")
                                      .split(QLatin1Char('|'));
const QStringList medications = utf8("硝苯地平缓释片10mg 每日两次|阿司匹林肠溶片100mg 每日一次|"
                                     "二甲双胍0.5g 每日三次|阿托伐他汀钙片20mg 每晚一次|"
                                     "单硝酸异山梨酯片20mg 每日两次")
                                    .split(QLatin1Char('|'));

struct Stay {
    QString uid;
    QString name;
    QString contact; // emergency contact: "王建国（儿子）" or the village committee
    QDate admitted;
    QDate discharged; // invalid while present
    QString dischargeReason;
};

struct Clinician {
    QString uid;
    QDate hired;
    QDate left;
    bool doctor = false;
    bool employedOn(const QDate& day) const { return hired <= day && (!left.isValid() || left > day); }
};

enum class Step { Draft, Send, Admit, Return, FollowUp, Close, Cancel, CloseAway };

// One referral as planned: its form and the times of its steps.
struct Planned {
    Referral form;
    ReferralReturn back;
    QString followUpNote;
    QString cancelReason;
    ReferralOutcome awayOutcome = ReferralOutcome::Other; // CloseAway: died or transferred
    QString awayNote;
    QString receivingDoctor;
    QList<std::pair<QDateTime, Step>> steps;
};

struct Timed {
    QDateTime at;
    int referral = 0;
    Step step = Step::Draft;
};

} // namespace

void ReferralsDemo::step(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options)
{
    const QDate first = options.firstDay();
    const QDate last = options.lastDay();
    const QDateTime end = options.endMoment();
    const QTimeZone zone(end.offsetFromUtc());
    const auto at = [&](const QDate& day, int minutes) {
        return QDateTime(day, QTime(0, 0), zone).addSecs(60LL * minutes);
    };
    ReferralService service(db);
    Clock::Override clock(end);

    // ---- the partners -----------------------------------------------------------------------
    QString town = Settings(db).value(Settings::FacilityName);
    town = town.endsWith(utf8("敬老院")) ? town.chopped(3) : utf8("下板城镇");
    PartnerInstitution center;
    center.name = town + utf8("卫生院");
    center.type = InstitutionType::TownshipHealthCenter;
    center.departments = utf8("内科 外科 中医科 公共卫生科").split(QLatin1Char(' '));
    center.phone = QStringLiteral("0314-31%1").arg(uniform(rng, 10000, 99999));
    center.contactDoctor = fullName(rng, 1, uniform(rng, 1968, 1985));
    center.agreementFrom = QDate(first.year() - 1, 1, 1);
    center.agreementCovers =
        utf8("每年一次健康体检；每周一次到院巡诊；电话随时咨询；常见病、多发病优先接诊。");
    PartnerInstitution county;
    county.name = utf8("承德县医院");
    county.type = InstitutionType::CountyHospital;
    county.departments = utf8("急诊科 神经内科 心内科 呼吸内科 消化内科 骨科 普外科").split(QLatin1Char(' '));
    county.phone = QStringLiteral("0314-30%1").arg(uniform(rng, 10000, 99999));
    county.contactDoctor = fullName(rng, 2, uniform(rng, 1970, 1985));
    county.agreementFrom = first.addMonths(-6);
    // Runs out soon after the demo's last day, so that the agreement alert has something to show.
    county.agreementTo = last.addDays(20);
    county.agreementCovers = utf8("急危重症绿色通道优先收治；专家每季度到院会诊；出院回转后的康复指导。");
    PartnerInstitution other;
    other.name = utf8("承德县中医院");
    other.type = InstitutionType::OtherHospital;
    other.departments = utf8("康复科 针灸科 内科").split(QLatin1Char(' '));
    other.phone = QStringLiteral("0314-30%1").arg(uniform(rng, 10000, 99999));
    other.contactDoctor = fullName(rng, 1, uniform(rng, 1965, 1985));
    other.agreementFrom = first;
    other.agreementTo = last.addYears(1);
    other.agreementCovers = utf8("脑卒中、骨折术后康复训练；针灸理疗。");
    QMap<InstitutionType, QString> partners;
    for (const PartnerInstitution& partner : {center, county, other}) {
        clock.set(at(std::min(partner.agreementFrom, first), 10 * 60));
        partners.insert(partner.type, service.addInstitution(actor, partner));
    }

    // ---- who may be referred and who refers -------------------------------------------------
    QList<Stay> stays;
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral("SELECT uid, name, emergency_contact, admission_date, discharge_date, "
                                      "discharge_reason FROM residents WHERE deleted = 0 "
                                      "ORDER BY admission_date, id_number")))
        stays.append({row.value(QStringLiteral("uid")).toString(),
                      row.value(QStringLiteral("name")).toString(),
                      row.value(QStringLiteral("emergency_contact")).toString(),
                      QDate::fromString(row.value(QStringLiteral("admission_date")).toString(), Qt::ISODate),
                      QDate::fromString(row.value(QStringLiteral("discharge_date")).toString(), Qt::ISODate),
                      row.value(QStringLiteral("discharge_reason")).toString()});
    QList<Clinician> clinicians;
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral("SELECT uid, role, hire_date, leave_date FROM staff WHERE deleted = 0 AND "
                                "role IN ('DOCTOR', 'NURSE') ORDER BY hire_date, id_number")))
        clinicians.append({row.value(QStringLiteral("uid")).toString(),
                           QDate::fromString(row.value(QStringLiteral("hire_date")).toString(), Qt::ISODate),
                           QDate::fromString(row.value(QStringLiteral("leave_date")).toString(), Qt::ISODate),
                           row.value(QStringLiteral("role")).toString() == QStringLiteral("DOCTOR")});
    if (stays.isEmpty() || clinicians.isEmpty())
        return;
    const auto referrer = [&](const QDate& day) {
        QList<const Clinician*> doctors;
        QList<const Clinician*> nurses;
        for (const Clinician& clinician : std::as_const(clinicians)) {
            if (clinician.employedOn(day))
                (clinician.doctor ? doctors : nurses).append(&clinician);
        }
        if (!doctors.isEmpty() && (nurses.isEmpty() || chance(rng, 0.75)))
            return pick(rng, doctors)->uid;
        return nurses.isEmpty() ? QString() : pick(rng, nurses)->uid;
    };

    QList<Planned> plans;
    // A referral's form for stay, sent on day (an empty referrer: nobody could sign it).
    const auto form = [&](const Stay& stay, const Case& illness, const QDate& day) {
        Planned plan;
        Referral& referral = plan.form;
        referral.residentUid = stay.uid;
        referral.institutionUid = partners.value(illness.type);
        referral.department = utf8(illness.department);
        referral.reason = utf8(illness.reason);
        referral.impression = utf8(illness.impression);
        referral.pastHistory = pick(rng, pastHistories);
        referral.treatment = utf8(illness.treatment);
        referral.medication = pick(rng, medications);
        referral.urgency = illness.urgency;
        referral.referringStaffUid = referrer(day);
        referral.consent = Consent::Agreed;
        referral.consentBy =
            stay.contact.contains(utf8("（")) && chance(rng, 0.6) ? stay.contact : utf8("本人");
        plan.receivingDoctor = fullName(rng, uniform(rng, 1, 2), uniform(rng, 1965, 1992));
        plan.back.diagnosis = utf8(illness.diagnosis);
        plan.back.findings = utf8(illness.findings);
        plan.back.advice = utf8(illness.advice);
        plan.back.hospitalRecordNumber =
            QStringLiteral("ZY%1%2").arg(day.year()).arg(uniform(rng, 1, 99999), 5, 10, QLatin1Char('0'));
        return plan;
    };
    const auto drawCase = [&](std::initializer_list<InstitutionType> types) -> const Case& {
        QList<const Case*> fitting;
        for (const Case& illness : cases()) {
            if (std::find(types.begin(), types.end(), illness.type) != types.end())
                fitting.append(&illness);
        }
        return *pick(rng, fitting);
    };
    const auto drawType = [&] {
        const int roll = uniform(rng, 1, 100);
        return roll <= 50   ? InstitutionType::TownshipHealthCenter
               : roll <= 85 ? InstitutionType::CountyHospital
                            : InstitutionType::OtherHospital;
    };
    // Days to the next referral: exponential, so that they average ReferralsPerResidentYear.
    const auto gap = [&] {
        const double u = (static_cast<double>(rng()) + 1.0) / 4294967297.0;
        return 1 + static_cast<int>(-std::log(u) * 365.0 / ReferralsPerResidentYear);
    };

    // ---- the ones still open at the end -----------------------------------------------------
    QHash<QString, QDate> historyEnds; // resident uid → no closed referral may reach this day
    {
        QList<int> candidates;
        for (int i = 0; i < stays.size(); ++i) {
            if (!stays.at(i).discharged.isValid() && stays.at(i).admitted <= last.addDays(-90))
                candidates.append(i);
        }
        const int open = std::min<int>(OpenSent + OpenAdmitted, static_cast<int>(candidates.size()));
        for (int n = 0; n < open; ++n) {
            const Stay& stay =
                stays.at(candidates.takeAt(uniform(rng, 0, static_cast<int>(candidates.size()) - 1)));
            const bool sentOnly = n < OpenSent;
            // Sent on the last day; admitted a few days ago, one longer than the admitted-days alert.
            const QDate day =
                sentOnly ? last : last.addDays(n == OpenSent ? -uniform(rng, 2, 6) : -uniform(rng, 15, 20));
            Planned plan = form(stay,
                                drawCase({sentOnly ? InstitutionType::TownshipHealthCenter
                                                   : InstitutionType::CountyHospital}),
                                day);
            if (plan.form.referringStaffUid.isEmpty())
                continue;
            const QDateTime drafted = at(day, uniform(rng, 8 * 60, 13 * 60));
            const QDateTime sent = drafted.addSecs(60LL * uniform(rng, 20, 60));
            plan.steps = {{drafted, Step::Draft}, {sent, Step::Send}};
            if (!sentOnly)
                plan.steps.append({sent.addSecs(60LL * uniform(rng, 60, 240)), Step::Admit});
            historyEnds.insert(stay.uid, day.addDays(-10));
            plans.append(plan);
        }
    }

    // ---- the history ------------------------------------------------------------------------
    for (const Stay& stay : std::as_const(stays)) {
        const QDate from = std::max(stay.admitted, first);
        QDate until = stay.discharged.isValid() ? std::min(stay.discharged.addDays(-1), last) : last;
        if (historyEnds.contains(stay.uid))
            until = std::min(until, historyEnds.value(stay.uid));
        if (until < from)
            continue;
        // Some who died or were transferred went to hospital first and did not come back: closed
        // with that outcome on the discharge day.
        const bool died = stay.dischargeReason == QStringLiteral("DEATH");
        const bool transferred = stay.dischargeReason == QStringLiteral("TRANSFER");
        if (stay.discharged.isValid() && stay.discharged <= last && (died || transferred) &&
            chance(rng, died ? 0.4 : 0.6)) {
            const QDate day = stay.discharged.addDays(-uniform(rng, 3, 15));
            if (day > from) {
                Planned plan = form(stay, drawCase({InstitutionType::CountyHospital}), day);
                if (!plan.form.referringStaffUid.isEmpty()) {
                    const QDateTime drafted = at(day, uniform(rng, 7 * 60, 20 * 60));
                    const QDateTime sent = drafted.addSecs(60LL * uniform(rng, 15, 45));
                    plan.awayOutcome = died ? ReferralOutcome::Died : ReferralOutcome::Transferred;
                    plan.awayNote = died ? utf8("在县医院经抢救无效去世。")
                                         : utf8("病情需要，由县医院转往上级医院继续治疗。");
                    plan.steps = {{drafted, Step::Draft},
                                  {sent, Step::Send},
                                  {sent.addSecs(60LL * uniform(rng, 60, 180)), Step::Admit},
                                  {at(stay.discharged, uniform(rng, 8 * 60, 17 * 60)), Step::CloseAway}};
                    plans.append(plan);
                    until = std::min(until, day.addDays(-10));
                }
            }
        }

        for (QDate day = from.addDays(gap()); day <= until; day = day.addDays(gap())) {
            const Case& illness = drawCase({drawType()});
            Planned plan = form(stay, illness, day);
            if (plan.form.referringStaffUid.isEmpty())
                continue;
            const QDateTime drafted = at(day, uniform(rng, 7 * 60, 19 * 60));
            const int roll = uniform(rng, 1, 100);
            if (roll <= 4) {
                // The family would rather keep the resident in the center: refused, then cancelled.
                plan.form.consent = Consent::Refused;
                if (plan.form.consentBy == utf8("本人"))
                    plan.form.consentBy = utf8("本人（拒绝）");
                plan.cancelReason = utf8("老人及家属不同意转诊，要求在院观察治疗。");
                plan.steps = {{drafted, Step::Draft},
                              {drafted.addSecs(60LL * uniform(rng, 20, 90)), Step::Cancel}};
                plans.append(plan);
                continue;
            }
            const QDateTime sent = drafted.addSecs(60LL * uniform(rng, 15, 60));
            if (roll <= 7) {
                plan.cancelReason = utf8("送诊途中病情好转，经医生电话会诊后返回，取消转诊。");
                plan.steps = {{drafted, Step::Draft},
                              {sent, Step::Send},
                              {sent.addSecs(60LL * uniform(rng, 90, 300)), Step::Cancel}};
                plans.append(plan);
                day = sent.date();
                continue;
            }
            const QDateTime admitted = sent.addSecs(60LL * uniform(rng, 40, 300));
            const QDate backOn =
                admitted.date().addDays(uniform(rng, illness.shortestStay, illness.longestStay));
            plan.back.at = at(backOn, uniform(rng, 9 * 60, 16 * 60));
            plan.back.nextReviewOn = backOn.addDays(uniform(rng, 14, 30));
            const QDateTime followUp = at(backOn.addDays(uniform(rng, 1, 6)), uniform(rng, 9 * 60, 17 * 60));
            const QDateTime closed = followUp.addSecs(60LL * uniform(rng, 5, 120));
            // The whole way out and back lies within the resident's stay and the demo's history.
            if (closed.date() > until)
                break;
            plan.followUpNote = pick(rng, utf8("回院后精神、食欲好，生命体征平稳，按医嘱服药。|"
                                               "回院后情况稳定，已按回转单调整护理计划，家属已知晓。|"
                                               "随访：症状未再出现，继续观察，按期复诊。|"
                                               "老人诉稍乏力，测血压、体温正常，已加强巡视。")
                                              .split(QLatin1Char('|')));
            plan.steps = {{drafted, Step::Draft},       {sent, Step::Send},         {admitted, Step::Admit},
                          {plan.back.at, Step::Return}, {followUp, Step::FollowUp}, {closed, Step::Close}};
            plans.append(plan);
            day = closed.date();
        }
    }

    // ---- written in the order it happened, the clock moved to each step ---------------------
    QList<Timed> timeline;
    for (int i = 0; i < plans.size(); ++i) {
        for (const auto& [when, what] : std::as_const(plans[i].steps))
            timeline.append({when, i, what});
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const Timed& a, const Timed& b) {
        return a.at < b.at || (a.at == b.at && a.referral < b.referral);
    });
    QList<QString> uids(plans.size());
    for (const Timed& item : std::as_const(timeline)) {
        Planned& plan = plans[item.referral];
        QString& uid = uids[item.referral];
        clock.set(item.at);
        switch (item.step) {
        case Step::Draft:
            uid = service.createDraft(actor, plan.form);
            break;
        case Step::Send:
            service.send(actor, uid, item.at);
            break;
        case Step::Admit:
            service.admit(actor, uid, item.at, plan.receivingDoctor);
            break;
        case Step::Return:
            service.recordReturn(actor, uid, plan.back);
            break;
        case Step::FollowUp:
            service.recordFollowUp(actor, uid, item.at, plan.followUpNote);
            break;
        case Step::Close:
            service.close(actor, uid, item.at, ReferralOutcome::Returned, {});
            break;
        case Step::Cancel:
            service.cancel(actor, uid, item.at, plan.cancelReason);
            break;
        case Step::CloseAway:
            service.close(actor, uid, item.at, plan.awayOutcome, plan.awayNote);
            break;
        }
    }
}

} // namespace jinglao::core
