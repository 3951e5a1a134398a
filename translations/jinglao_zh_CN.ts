<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>A4Pdf</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>AccountsModule</name>
    <message>
        <source>Accounts and audit</source>
        <translation>账户与审计</translation>
    </message>
    <message>
        <source>The account %1 is locked after failed logins until %2.</source>
        <translation>账户 %1 因多次登录失败被锁定，至 %2 解除。</translation>
    </message>
</context>
<context>
    <name>AgreementSheet</name>
    <message>
        <source>Family care bed service agreement</source>
        <translation>家庭养老床位服务协议</translation>
    </message>
    <message>
        <source>Agreement from %1 to %2</source>
        <translation>协议期限：%1 至 %2</translation>
    </message>
    <message>
        <source>no agreed end</source>
        <translation>未约定终止日期</translation>
    </message>
    <message>
        <source>Party A: the service provider</source>
        <translation>甲方（服务机构）</translation>
    </message>
    <message>
        <source>Party B: the elder</source>
        <translation>乙方（老年人）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The services agreed</source>
        <translation>约定服务</translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s) a month</source>
        <translation>
            <numerusform>每月上门探访 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned by the center</source>
        <translation>由本院指派</translation>
    </message>
    <message>
        <source>Home adaptations</source>
        <translation>适老化改造</translation>
    </message>
    <message>
        <source>made</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>未实施</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Party A visits Party B and provides the services above during the period of this agreement; each visit is recorded. Either party may end the agreement early, stating the reason.</source>
        <translation>协议期内，甲方上门为乙方提供上述服务，每次服务均予记录。任何一方可说明理由后提前终止本协议。</translation>
    </message>
    <message>
        <source>Party A (seal): ______________</source>
        <translation>甲方（盖章）：______________</translation>
    </message>
    <message>
        <source>Party B (signature or fingerprint): ______________</source>
        <translation>乙方（签字或按手印）：______________</translation>
    </message>
    <message>
        <source>Representative: ______________</source>
        <translation>经办人：______________</translation>
    </message>
    <message>
        <source>Guardian or family member: ______________</source>
        <translation>监护人或家属：______________</translation>
    </message>
    <message>
        <source>Date: ________ (yyyy-MM-dd)</source>
        <translation>日期：________（年-月-日）</translation>
    </message>
    <message>
        <source>Printed on %1 by %2</source>
        <translation>%1 由%2打印</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AssessmentChecks</name>
    <message>
        <source>The assessment of %1 on %2</source>
        <extracomment>%1 resident&apos;s name, %2 assessment date</extracomment>
        <translation>%1 在 %2 的评估</translation>
    </message>
    <message>
        <source>%1 has preliminary level %2, but a total of %3 gives %4.</source>
        <translation>%1 的初步等级为 %2，但总分 %3 对应的等级为 %4。</translation>
    </message>
    <message>
        <source>%1 has item scores that are missing or out of range.</source>
        <translation>%1 的项目得分缺失或超出范围。</translation>
    </message>
    <message>
        <source>%1: the items of %2 add up to %3, but %4 is stored.</source>
        <translation>%1：%2 各项合计为 %3，但记录的是 %4。</translation>
    </message>
    <message>
        <source>%1, admitted on %2, has never been assessed: the care level is unknown.</source>
        <translation>%1（%2 入住）从未做过能力评估，照护等级不明。</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>Assessment item</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <source>is not an item of GB/T 42195-2022</source>
        <translation>不是 GB/T 42195-2022 的评估项目</translation>
    </message>
    <message>
        <source>has no score</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>is not a score of this item (0 to %1)</source>
        <translation>不是该项目的有效分值（0–%1）</translation>
    </message>
    <message>
        <source>Risk events</source>
        <translation>风险事件</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>There is no resident %1.</source>
        <translation>没有老人 %1。</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>晚于今天</translation>
    </message>
    <message>
        <source>is before the resident&apos;s birth date</source>
        <translation>早于老人的出生日期</translation>
    </message>
    <message>
        <source>Self-harm events</source>
        <translation>自伤次数</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>超过 64 个字符</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>没有评估记录 %1。</translation>
    </message>
    <message>
        <source>The assessment %1 was already withdrawn.</source>
        <translation>评估记录 %1 已撤销。</translation>
    </message>
    <message>
        <source>Re-assessment interval</source>
        <translation>复评间隔</translation>
    </message>
    <message>
        <source>must be between 1 and %1 months</source>
        <translation>应为 1 至 %1 个月</translation>
    </message>
    <message>
        <source>Family bed</source>
        <translation>家庭养老床位</translation>
    </message>
    <message>
        <source>an assessment is about one person: a resident or a family bed</source>
        <translation>一次评估只针对一人：入住老人或家庭养老床位老人</translation>
    </message>
    <message>
        <source>is not a registered family bed</source>
        <translation>不是已登记的家庭养老床位</translation>
    </message>
    <message>
        <source>is before the elder&apos;s birth date</source>
        <translation>早于老人的出生日期</translation>
    </message>
    <message>
        <source>is after the family bed&apos;s last agreement ended on %1</source>
        <translation>晚于该家庭养老床位最后一份服务协议的终止日期 %1</translation>
    </message>
    <message>
        <source>Reported risk events</source>
        <translation>报告的风险事件</translation>
    </message>
    <message>
        <source>a resident&apos;s come from the shift log</source>
        <translation>入住老人的风险事件取自交接班记录</translation>
    </message>
</context>
<context>
    <name>AssessmentsCountyFile</name>
    <message>
        <source>names a family bed&apos;s assessment.</source>
        <translation>指向的是家庭养老床位的评估。</translation>
    </message>
    <message>
        <source>is not the sum of the four parts (%1).</source>
        <translation>不等于四个维度之和（%1）。</translation>
    </message>
    <message>
        <source>is below %1, the preliminary level of the total %2.</source>
        <translation>低于总分 %2 对应的初步等级 %1。</translation>
    </message>
    <message>
        <source>is more than one step above %1, the preliminary level of the total %2; only a coma gives level 4.</source>
        <translation>比总分 %2 对应的初步等级 %1 高出一级以上；只有昏迷才直接评为 4 级。</translation>
    </message>
    <message>
        <source>Raised one step in the county package.</source>
        <translation>县级数据包中已上调一级。</translation>
    </message>
</context>
<context>
    <name>AssessmentsModule</name>
    <message>
        <source>Ability assessments</source>
        <translation>能力评估</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is overdue for re-assessment by %n day(s).</source>
        <translation>
            <numerusform>%1（%2）复评已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has not been assessed since admission %n day(s) ago.</source>
        <translation>
            <numerusform>%1（%2）入住 %n 天，尚未做能力评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Care levels</source>
        <translation>能力等级</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Audit row %1 (%2, %3, %4 %5) was changed outside the program: it no longer matches its seal.</source>
        <translation>审计记录第 %1 条（%2，%3，%4 %5）在程序之外被改动过：它与自己的封记不再相符。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more audit row(s) that no longer match their seals.</source>
        <translation>
            <numerusform>……另有 %n 条审计记录与封记不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rows %1 are missing: they were deleted outside the program.</source>
        <translation>审计记录 %1 缺失：它们在程序之外被删除了。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（空值）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>记录内容</translation>
    </message>
</context>
<context>
    <name>AuditSubjects</name>
    <message>
        <source>Bed %1</source>
        <translation>床位 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user account: its user name, then the person&apos;s name.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, stay from %2</source>
        <translation>%1，%2 入住</translation>
    </message>
    <message>
        <source>%1 in bed %2 from %3</source>
        <translation>%1，%3 起住 %2 床</translation>
    </message>
    <message>
        <source>%1, assessment of %2</source>
        <translation>%1 的能力评估（%2）</translation>
    </message>
    <message>
        <source>%1, certificate: %2</source>
        <translation>%1 的证书：%2</translation>
    </message>
    <message>
        <source>%1, leave %2 to %3</source>
        <translation>%1 请假 %2 至 %3</translation>
    </message>
    <message>
        <source>Shift %1 (%2)</source>
        <translation>班次 %1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <extracomment>A shift in the roster: the person, the shift&apos;s name (早班) and its day.</extracomment>
        <translation>%1，%3 %2</translation>
    </message>
    <message>
        <source>%1 on duty, %2 on %3</source>
        <translation>%1 当班，%3 %2</translation>
    </message>
    <message>
        <source>Entry by %1 at %2</source>
        <translation>%1 于 %2 写的记录</translation>
    </message>
    <message>
        <source>Entry by %1 at %2 about %3</source>
        <translation>%1 于 %2 写的记录（%3）</translation>
    </message>
    <message>
        <source>Bed %1 in service from %2</source>
        <translation>床位 %1 自 %2 启用</translation>
    </message>
    <message>
        <source>Time of the last backup</source>
        <translation>上次备份时间</translation>
    </message>
    <message>
        <source>File of the last backup</source>
        <translation>上次备份文件</translation>
    </message>
    <message>
        <source>Idle-lock time</source>
        <translation>空闲锁屏时间</translation>
    </message>
    <message>
        <source>Monthly norm of working hours</source>
        <translation>月标准工时</translation>
    </message>
    <message>
        <source>Re-assessment interval</source>
        <translation>复评间隔</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>入住老人</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Bed assignments</source>
        <translation>床位分配</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Shift templates</source>
        <translation>班次设置</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Duty sessions</source>
        <translation>当班记录</translation>
    </message>
    <message>
        <source>Shift log</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Bed service periods</source>
        <translation>床位启用期</translation>
    </message>
</context>
<context>
    <name>AuditedExport</name>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Exports are recorded in the audit log, which cannot be written while the database is read-only. Copy the database to a folder you can write to and export from the copy.</source>
        <translation>导出都要记入审计日志，而数据库为只读，无法写入。请把数据库复制到可写的文件夹，再从副本导出。</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>schema version %1 instead of %2</source>
        <translation>结构版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>The backup copy failed its check and was removed: %1</source>
        <translation>备份副本未通过校验，已删除：%1</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日备份</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1.</source>
        <translation>必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2 The previous file there, if any, is unchanged.</source>
        <translation>无法写入备份 %1：%2 那里原有的文件（如有）保持不变。</translation>
    </message>
</context>
<context>
    <name>BedChecks</name>
    <message>
        <source>%1 holds bed %2, but the bed history has no open entry for it.</source>
        <translation>%1 占用床位 %2，但床位记录中没有对应的在住记录。</translation>
    </message>
    <message>
        <source>%1 was discharged but still holds a bed in the bed history.</source>
        <translation>%1 已出院，但床位记录中仍占用床位。</translation>
    </message>
    <message>
        <source>Bed %1 is out of service but %2 holds it.</source>
        <translation>床位 %1 已停用，但仍由 %2 占用。</translation>
    </message>
    <message>
        <source>%1 is a current resident but holds no bed.</source>
        <translation>%1 是在住老人，但没有床位。</translation>
    </message>
    <message>
        <source>%1 held bed %2 from %3 to %4, but the bed was not in service all that time.</source>
        <translation>%1 自 %3 至 %4 占用床位 %2，但该床位在此期间并非一直在用。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>Bed %1 is marked in service, but its service history ends before today.</source>
        <translation>床位 %1 标记为在用，但其启用记录在今天之前已结束。</translation>
    </message>
    <message>
        <source>Bed %1 is marked out of service, but its service history has it in service today.</source>
        <translation>床位 %1 标记为停用，但其启用记录显示今天在用。</translation>
    </message>
</context>
<context>
    <name>BedService</name>
    <message>
        <source>Nursing bed</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <source>General bed</source>
        <translation>普通床位</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Held (away on referral)</source>
        <translation>保留（外出转诊）</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>may have at most 32 characters.</source>
        <translation>最多 32 个字符。</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>may have at most 16 characters.</source>
        <translation>最多 16 个字符。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>Bed code</source>
        <translation>床位编号</translation>
    </message>
    <message>
        <source>may have 1 to 32 letters, digits and dashes, such as A-101-2.</source>
        <translation>只能包含 1–32 个字母、数字和短横线，如 A-101-2。</translation>
    </message>
    <message>
        <source>is already used by another bed.</source>
        <translation>已被其他床位使用。</translation>
    </message>
    <message>
        <source>Number of beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>must be between 1 and 20.</source>
        <translation>须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>Bed %1 is occupied by %2; transfer or discharge the resident before taking the bed out of service.</source>
        <translation>床位 %1 住着 %2，请先为老人调床或办理出院，再停用该床位。</translation>
    </message>
    <message>
        <source>There is no bed %1.</source>
        <translation>床位 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no bed with the code %1.</source>
        <translation>没有编号为 %1 的床位。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>is not a valid date.</source>
        <translation>不是有效日期。</translation>
    </message>
    <message>
        <source>In service since</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>晚于今天。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>may have at most 200 characters.</source>
        <translation>最多 200 个字符。</translation>
    </message>
    <message>
        <source>Bed %1 is already out of service.</source>
        <translation>床位 %1 已经停用。</translation>
    </message>
    <message>
        <source>Bed %1 was held by %2 until %3, after %4.</source>
        <translation>床位 %1 在 %4 之后仍由 %2 占用至 %3。</translation>
    </message>
    <message>
        <source>is required to take a bed out of service.</source>
        <translation>停用床位时必须填写。</translation>
    </message>
    <message>
        <source>lies before %1, when bed %2 went into service.</source>
        <translation>早于床位 %2 的启用日期 %1。</translation>
    </message>
    <message>
        <source>Bed %1 is already in service.</source>
        <translation>床位 %1 已经在用。</translation>
    </message>
    <message>
        <source>lies before %1, when bed %2 went out of service.</source>
        <translation>早于床位 %2 的停用日期 %1。</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>is out of service.</source>
        <translation>已停用。</translation>
    </message>
    <message>
        <source>was out of service from %1 to %2, after %3.</source>
        <translation>在 %3 之后曾于 %1 至 %2 停用。</translation>
    </message>
</context>
<context>
    <name>CenterModule</name>
    <message>
        <source>The center</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>The center has no facility code yet; the county package needs it. Enter it under Settings.</source>
        <translation>本机构还没有机构代码；县级数据包需要它。请在“设置”中填写。</translation>
    </message>
    <message>
        <source>The database has never been backed up.</source>
        <translation>数据库从未备份过。</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>上次备份已是 %n 天前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterService</name>
    <message>
        <source>Name of the center</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>机构代码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>所属县（区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所属乡镇</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Elderly-care center records</source>
        <translation>敬老院信息管理</translation>
    </message>
    <message>
        <source>may hold 1 to 32 letters A–Z, digits and hyphens (the county&apos;s code, e.g. HB130821-003).</source>
        <translation>只能包含 1 到 32 个大写字母 A–Z、数字和连字符（县里分配的代码，如 HB130821-003）。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Kind of sheet</source>
        <translation>表格类型</translation>
    </message>
    <message>
        <source>is neither residents nor staff.</source>
        <translation>既不是 residents（老人）也不是 staff（工作人员）。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>入住老人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>  %1  %2 (required)</source>
        <extracomment>In the command&apos;s help: a field id, its label, and &quot;required&quot; when it is.</extracomment>
        <translation>  %1  %2（必填）</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>is not a field of this kind of sheet (%1).</source>
        <translation>不是这类表格的字段（%1）。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>is not in the sheet&apos;s header (%1).</source>
        <translation>不在表头中（%1）。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>is not written as COLUMN=field.</source>
        <translation>没有按“列名=字段”的格式书写。</translation>
    </message>
    <message>
        <source>No column holds %1, which is required; choose its column.</source>
        <translation>没有任何列对应必填项“%1”；请为它选择一列。</translation>
    </message>
</context>
<context>
    <name>CountyModule</name>
    <message>
        <source>County packages</source>
        <translation>县级数据包</translation>
    </message>
    <message>
        <source>No county package has been exported yet.</source>
        <translation>尚未导出过县级数据包。</translation>
    </message>
    <message>
        <source>The last county package was exported on %1, more than %2 days ago.</source>
        <translation>上次导出县级数据包是在 %1，已超过 %2 天。</translation>
    </message>
    <message>
        <source>Change sequence of the last county package</source>
        <translation>上次县级数据包的变更序号</translation>
    </message>
    <message>
        <source>Time of the last county package</source>
        <translation>上次县级数据包的时间</translation>
    </message>
    <message>
        <source>Folder of the last county package</source>
        <translation>上次县级数据包的文件夹</translation>
    </message>
</context>
<context>
    <name>CountyPackage</name>
    <message>
        <source>Full</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Changes since the last export</source>
        <translation>上次导出后的变更</translation>
    </message>
</context>
<context>
    <name>CountyRow</name>
    <message>
        <source>is not one of the codes %1.</source>
        <translation>不是以下代码之一：%1。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>may have at most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>is not a date of the form yyyy-MM-dd.</source>
        <translation>不是 yyyy-MM-dd 格式的日期。</translation>
    </message>
    <message>
        <source>is not a timestamp with its offset, like 2026-11-02T08:30:00+08:00.</source>
        <translation>不是带时区的时间，应形如 2026-11-02T08:30:00+08:00。</translation>
    </message>
    <message>
        <source>must be 0 or 1.</source>
        <translation>只能是 0 或 1。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>names %1 twice.</source>
        <translation>重复列出了 %1。</translation>
    </message>
    <message>
        <source>names no record in %1 of the package or the database.</source>
        <translation>在数据包和数据库的 %1 中都找不到对应记录。</translation>
    </message>
    <message>
        <source>must have 18 characters, X in upper case.</source>
        <translation>必须是 18 位，X 须大写。</translation>
    </message>
    <message>
        <source>does not agree with the ID number, which gives %1.</source>
        <translation>与身份证号不符，身份证号对应 %1。</translation>
    </message>
    <message>
        <source>does not agree with the ID number.</source>
        <translation>与身份证号不符。</translation>
    </message>
</context>
<context>
    <name>CountySummaryService</name>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Nursing beds</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <source>Nursing-bed ratio %</source>
        <translation>护理型床位占比 %</translation>
    </message>
    <message>
        <source>Beds occupied</source>
        <translation>在住床位</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>入住率 %</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>入住老人</translation>
    </message>
    <message>
        <source>Level 0 intact</source>
        <translation>0级 能力完好</translation>
    </message>
    <message>
        <source>Level 1 mild</source>
        <translation>1级 轻度失能</translation>
    </message>
    <message>
        <source>Level 2 moderate</source>
        <translation>2级 中度失能</translation>
    </message>
    <message>
        <source>Level 3 severe</source>
        <translation>3级 重度失能</translation>
    </message>
    <message>
        <source>Level 4 complete</source>
        <translation>4级 完全失能</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>养老护理员</translation>
    </message>
    <message>
        <source>Residents per caregiver</source>
        <translation>每名护理员照护老人数</translation>
    </message>
    <message>
        <source>Family beds</source>
        <translation>家庭养老床位</translation>
    </message>
    <message>
        <source>Special-difficulty beds</source>
        <translation>特殊困难老年人床位</translation>
    </message>
    <message>
        <source>Special-difficulty beds visited</source>
        <translation>已探访的特殊困难老年人床位</translation>
    </message>
    <message>
        <source>Visit rate %</source>
        <translation>探访率 %</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Referrals out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Referrals returned</source>
        <translation>转回</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>意外事件</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>机构代码</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>nursing-bed ratio below 55 %</source>
        <translation>护理型床位占比低于 55%</translation>
    </message>
    <message>
        <source>visit rate below 100 %</source>
        <translation>探访率低于 100%</translation>
    </message>
    <message numerus="yes">
        <source>County total (%n center(s))</source>
        <translation>
            <numerusform>全县合计（%n 家机构）</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>is not a month of the form yyyy-MM.</source>
        <translation>不是 yyyy-MM 格式的月份。</translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation>数据包所在文件夹</translation>
    </message>
    <message>
        <source>is not an existing folder.</source>
        <translation>不是已有的文件夹。</translation>
    </message>
    <message>
        <source>package not readable: %1 %2</source>
        <translation>数据包无法读取：%1 %2</translation>
    </message>
    <message>
        <source>no figures for %1</source>
        <translation>没有 %1 的数据</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>is not CSV or XLSX.</source>
        <translation>不是 CSV 或 XLSX。</translation>
    </message>
    <message>
        <source>County %1</source>
        <translation>全县 %1</translation>
    </message>
    <message>
        <source>County summary of the centers&apos; packages, %1</source>
        <translation>各机构数据包县级汇总，%1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This program cannot read the encoding %1.</source>
        <translation>本程序无法读取 %1 编码。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that begins on line %1: it is cut off.</source>
        <translation>文件在第 %1 行开始的引号字段内结束：文件不完整。</translation>
    </message>
    <message>
        <source>Line %1 is not valid CSV: a quote inside a field that is not quoted, or text after a closing quote.</source>
        <translation>第 %1 行不是有效的 CSV：未加引号的字段中有引号，或闭合引号后还有文字。</translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text.</source>
        <translation>第 %1 行含有不是有效 %2 文本的字节。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a Jinglao database. It was left unchanged.</source>
        <translation>文件 %1 是其他程序的数据库，不是敬老数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Jinglao (schema version %2; this program knows up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>文件 %1 由更新版本的敬老程序写入（结构版本 %2，本程序最高支持 %3）。请安装新版本。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation>数据库 %1 无法启用预写日志（当前日志模式为 %2）。</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>部分操作失败，本次修改已全部撤销。</translation>
    </message>
    <message>
        <source>The change cannot be saved: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>The file %1 is not a database (or its first page is damaged). It was left unchanged.</source>
        <translation>文件 %1 不是数据库（或其首页已损坏）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was left unchanged; restore a backup.</source>
        <translation>数据库 %1 已损坏。文件未作任何改动；请恢复备份。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. It was left unchanged.</source>
        <translation>无法读取文件 %1：%2。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (write-protected file, folder or medium) and was written by an older version of Jinglao, so it cannot be upgraded to be read. Copy it to a folder you can write to.</source>
        <translation>文件 %1 无法写入（文件、文件夹或存储介质写保护），且由旧版敬老写入，无法升级后读取。请把它复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>a file name is needed.</source>
        <translation>需要填写文件名。</translation>
    </message>
    <message>
        <source>is an address of a database server; this version of Jinglao opens database files only.</source>
        <translation>是数据库服务器地址；此版本的敬老只能打开数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was created.</source>
        <translation>%1 处没有数据库。未创建任何文件。</translation>
    </message>
    <message>
        <source>The file %1 is empty, not a Jinglao database. It was left unchanged.</source>
        <translation>文件 %1 是空文件，不是敬老数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is open read-only (the file, its folder or the medium is write-protected); nothing can be changed.</source>
        <translation>数据库 %1 以只读方式打开（文件、文件夹或存储介质写保护），不能做任何修改。</translation>
    </message>
    <message>
        <source>A change cannot be started: %1</source>
        <translation>无法开始修改：%1</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded from schema version %2 to %3, and a backup is made first; it failed, so the file was left unchanged. %4</source>
        <translation>数据库 %1 需要从结构版本 %2 升级到 %3，升级前要先做备份；备份失败了，因此文件保持原样，未作改动。%4</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Number of beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>must be between 10 and 2000.</source>
        <translation>须在 10 到 2000 之间。</translation>
    </message>
    <message>
        <source>Years of history</source>
        <translation>历史年数</translation>
    </message>
    <message>
        <source>must be between 1 and 20.</source>
        <translation>须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>The database %1 already holds records; demo data is only written into an empty database.</source>
        <translation>数据库 %1 中已有数据；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>FamilyBedService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Reasons for special difficulty</source>
        <translation>特殊困难原因</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>照护等级</translation>
    </message>
    <message>
        <source>Care level assessed on</source>
        <translation>等级评估日期</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <source>Agreement start</source>
        <translation>协议开始日期</translation>
    </message>
    <message>
        <source>Agreement end</source>
        <translation>协议结束日期</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>每月计划探访次数</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>责任人员</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>already belongs to %1, registered for a family bed.</source>
        <translation>已属于已登记家庭养老床位的 %1。</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>门牌地址</translation>
    </message>
    <message>
        <source>is required (at least the village or the street).</source>
        <translation>为必填项（至少填写村或门牌地址）。</translation>
    </message>
    <message>
        <source>at least one is needed for a special-difficulty elder.</source>
        <translation>特殊困难老年人至少需要一项原因。</translation>
    </message>
    <message>
        <source>must be 0 to 4.</source>
        <translation>必须在 0 到 4 之间。</translation>
    </message>
    <message>
        <source>is needed with a care level.</source>
        <translation>填写照护等级时必填。</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>晚于今天。</translation>
    </message>
    <message>
        <source>There is no family bed %1.</source>
        <translation>没有家庭养老床位 %1。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>lies before the start %1.</source>
        <translation>早于开始日期 %1。</translation>
    </message>
    <message>
        <source>must be 1 to 31.</source>
        <translation>必须在 1 到 31 之间。</translation>
    </message>
    <message>
        <source>at least one service is needed.</source>
        <translation>至少需要一项服务。</translation>
    </message>
    <message>
        <source>is not a staff record.</source>
        <translation>不是工作人员档案。</translation>
    </message>
    <message>
        <source>overlaps the agreement from %1 to %2; end or renew that one instead.</source>
        <translation>与 %1 至 %2 的协议重叠；请终止或续签那份协议。</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>the agreement from %1 has no end; end it before renewing it.</source>
        <translation>%1 开始的协议没有结束日期；请先终止再续签。</translation>
    </message>
    <message>
        <source>a renewal starts after the renewed agreement&apos;s last day %1.</source>
        <translation>续签协议须在原协议最后一天 %1 之后开始。</translation>
    </message>
    <message>
        <source>The agreement from %1 already ended on %2.</source>
        <translation>%1 开始的协议已于 %2 终止。</translation>
    </message>
    <message>
        <source>lies after the agreed end %1.</source>
        <translation>晚于约定结束日期 %1。</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>没有协议 %1。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <source>Assessment by %1</source>
        <translation>能力评估（%1）</translation>
    </message>
    <message>
        <source>%1 (source: %2; %3)</source>
        <extracomment>A family bed&apos;s care level: %1 the level, %2 where it comes from, %3 its date</extracomment>
        <translation>%1（来源：%2；%3）</translation>
    </message>
</context>
<context>
    <name>FamilyBedsCountyFiles</name>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>are given only for special-difficulty elders.</source>
        <translation>只有特殊困难老年人才填写。</translation>
    </message>
    <message>
        <source>lies before the contract start.</source>
        <translation>早于签约开始日期。</translation>
    </message>
    <message>
        <source>already belongs to %1, another family bed.</source>
        <translation>已属于另一张家庭养老床位 %1。</translation>
    </message>
    <message>
        <source>County package</source>
        <translation>县级数据包</translation>
    </message>
    <message>
        <source>does not fall on the visit day %1.</source>
        <translation>不在探访日期 %1 当天。</translation>
    </message>
</context>
<context>
    <name>FamilyBedsModule</name>
    <message>
        <source>Family care beds</source>
        <translation>家庭养老床位</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 lies outside every service agreement.</source>
        <translation>%2 对 %1 的探访不在任何服务协议期内。</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 was made by %3, who was not employed that day.</source>
        <translation>%2 对 %1 的探访由 %3 完成，但其当天不在职。</translation>
    </message>
    <message numerus="yes">
        <source>%1, a special-difficulty elder, has not been visited this month (%n day(s) left).</source>
        <translation>
            <numerusform>特殊困难老年人 %1 本月尚未探访（还剩 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Family beds</source>
        <translation>家庭养老床位</translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>%1, agreement from %2</source>
        <translation>%1，%2起的服务协议</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>%1, visit on %2</source>
        <translation>%1，%2的上门服务</translation>
    </message>
    <message>
        <source>Family beds active in the month</source>
        <translation>本月服务中的家庭养老床位</translation>
    </message>
    <message>
        <source>Special-difficulty elders</source>
        <translation>特殊困难老年人</translation>
    </message>
    <message>
        <source>Special-difficulty elders visited</source>
        <translation>已探访的特殊困难老年人</translation>
    </message>
    <message>
        <source>Monthly visit rate</source>
        <translation>月探访率</translation>
    </message>
    <message>
        <source>Home visits in person</source>
        <translation>其中入户服务</translation>
    </message>
</context>
<context>
    <name>HandoverSheet</name>
    <message>
        <source>Handover sheet %1</source>
        <translation>交接班记录单 %1</translation>
    </message>
    <message>
        <source>%1 handover sheet %2</source>
        <translation>%1 交接班记录单 %2</translation>
    </message>
    <message>
        <source>No shift was logged on this day.</source>
        <translation>当天没有班次记录。</translation>
    </message>
    <message>
        <source>Shift %1 (%2 – %3), nurse on duty: %4</source>
        <translation>班次 %1（%2–%3），当班护士：%4</translation>
    </message>
    <message>
        <source>Opened %1 · handover accepted %2 · closed %3</source>
        <translation>接班 %1 · 确认接班 %2 · 交班 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未交班</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Handover note:</source>
        <translation>交班内容：</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Handed over by: ____________    Received by: ____________</source>
        <translation>交班人：____________    接班人：____________</translation>
    </message>
    <message>
        <source>Opened, accepted or closed on the nurse&apos;s behalf by: %1</source>
        <translation>代为接班、确认或交班的账号：%1</translation>
    </message>
    <message>
        <source>%1 (entered by %2)</source>
        <translation>%1（由 %2 代录）</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Damaged database structure: %1</source>
        <translation>数据库结构损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing record in %3.</source>
        <translation>表 %2 第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Table %1 has change number %2, above the database counter %3.</source>
        <translation>表 %1 的变更序号 %2 超过了数据库计数器 %3。</translation>
    </message>
    <message>
        <source>Table %1 has %2 records without a uid.</source>
        <translation>表 %1 有 %2 条记录缺少 uid。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these.</source>
        <translation>
            <numerusform>……另有 %n 条同类问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeVisitService</name>
    <message>
        <source>Family bed</source>
        <translation>家庭养老床位</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>探访人员</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>探访日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>is not a registered family bed.</source>
        <translation>不是已登记的家庭养老床位。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>晚于现在。</translation>
    </message>
    <message>
        <source>must be 1 to %1.</source>
        <translation>必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>at least one service is needed.</source>
        <translation>至少需要一项服务。</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3 (or not asked).</source>
        <translation>必须是 1、2 或 3（或未询问）。</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>lies outside every service agreement of %1; a visit needs an agreement covering its day.</source>
        <translation>不在 %1 的任何服务协议期内；探访日期须在协议有效期内。</translation>
    </message>
    <message>
        <source>is not a staff record.</source>
        <translation>不是工作人员档案。</translation>
    </message>
    <message>
        <source>was not employed on %1.</source>
        <translation>%1 当天不在职。</translation>
    </message>
    <message>
        <source>overlaps %1&apos;s visit to %2 from %3 to %4.</source>
        <translation>与 %1 %3 至 %4 对 %2 的探访时间重叠。</translation>
    </message>
    <message>
        <source>There is no home visit %1.</source>
        <translation>没有探访记录 %1。</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Not assigned to anyone employed this month</source>
        <translation>本月未指派在职人员</translation>
    </message>
    <message>
        <source>is required: choose the family bed visited.</source>
        <translation>为必填项：请选择探访的家庭养老床位。</translation>
    </message>
    <message>
        <source>is required: choose who made the visit.</source>
        <translation>为必填项：请选择探访人员。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a 15-digit number may contain digits only.</source>
        <translation>15 位号码只能包含数字</translation>
    </message>
    <message>
        <source>contains no valid birth date.</source>
        <translation>出生日期无效</translation>
    </message>
    <message>
        <source>must have 18 characters (or 15 digits for an old number).</source>
        <translation>应为 18 位（旧号码为 15 位数字）</translation>
    </message>
    <message>
        <source>the first 17 characters must be digits.</source>
        <translation>前 17 位必须是数字</translation>
    </message>
    <message>
        <source>the last character must be a digit or X.</source>
        <translation>最后一位必须是数字或 X</translation>
    </message>
    <message>
        <source>has a wrong check digit.</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <source>does not agree with the birth date %1.</source>
        <translation>与出生日期 %1 不符</translation>
    </message>
    <message>
        <source>belongs to a woman, but the gender entered is male.</source>
        <translation>属于女性，但填写的性别为男</translation>
    </message>
    <message>
        <source>belongs to a man, but the gender entered is female.</source>
        <translation>属于男性，但填写的性别为女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>This number stands for born %1, %2.</source>
        <translation>此号码对应出生日期 %1、性别 %2。</translation>
    </message>
    <message>
        <source>An old 15-character ID number has digits only; please check it.</source>
        <translation>旧的 15 位身份证号只含数字，请核对。</translation>
    </message>
    <message>
        <source>Characters 7 to 12 should be the birth date, but %1 is no date; please check the number.</source>
        <translation>身份证号第 7 至 12 位应为出生日期，%1 不是有效日期，请核对。</translation>
    </message>
    <message>
        <source>An old 15-digit number, saved as %1.</source>
        <translation>这是旧的 15 位号码，将保存为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters (an old one 15 digits); this one has %n; please check it.</source>
        <translation>
            <numerusform>身份证号应为 18 位（旧号码为 15 位数字），这里是 %n 位，请核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>An ID number is digits only, except that the last character may be X; please check it.</source>
        <translation>身份证号除最后一位可以是 X 外，都应为数字，请核对。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 should be the birth date, but %1 is no date; please check the number.</source>
        <translation>身份证号第 7 至 14 位应为出生日期，%1 不是有效日期，请核对。</translation>
    </message>
    <message>
        <source>The last character should be %1; please check the number.</source>
        <translation>身份证号最后一位应为 %1，请核对。</translation>
    </message>
    <message>
        <source>This number stands for born %1, %2, but the birth date entered is %3; please check.</source>
        <translation>此号码对应出生日期 %1、性别 %2，与填写的出生日期 %3 不符，请核对。</translation>
    </message>
    <message>
        <source>This number stands for born %1, %2, but the gender entered is %3; please check.</source>
        <translation>此号码对应出生日期 %1、性别 %2，与填写的性别 %3 不符，请核对。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Chinese needs no space between them).</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database was written by a newer version of Jinglao (schema version %1; this program knows up to %2).</source>
        <translation>该数据库由更新版本的敬老程序写入（结构版本 %1，本程序最高支持 %2）。</translation>
    </message>
    <message>
        <source>The schema step %1 is missing from the program.</source>
        <translation>程序中缺少结构升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; the file was left at version %3. %4</source>
        <translation>将数据库升级到结构版本 %1（%2）失败，文件保持在版本 %3。%4</translation>
    </message>
</context>
<context>
    <name>MonthDetails</name>
    <message>
        <source>Special-difficulty elders not visited in the month</source>
        <translation>本月未探访的特殊困难老年人</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次探访</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Referrals open on %1</source>
        <translation>%1 未结束的转诊</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>离院天数</translation>
    </message>
    <message>
        <source>Residents by care level on %1</source>
        <translation>%1 各照护等级的在院老人</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>照护等级</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDocument</name>
    <message>
        <source>Residents</source>
        <translation>在院老人</translation>
    </message>
    <message>
        <source>Residents by care level, %1</source>
        <translation>各照护等级在院老人（%1）</translation>
    </message>
    <message>
        <source>Occupancy and nursing-bed ratio by month</source>
        <translation>各月入住率与护理型床位占比</translation>
    </message>
    <message>
        <source>Months from %1</source>
        <translation>自 %1 起的月数</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>Nursing-bed ratio</source>
        <translation>护理型床位占比</translation>
    </message>
    <message>
        <source>Target 55 %</source>
        <translation>目标 55%</translation>
    </message>
</context>
<context>
    <name>MonthlyReportExport</name>
    <message>
        <source>%1 monthly report %2</source>
        <extracomment>%1 the center&apos;s name, %2 the month or range of months</extracomment>
        <translation>%1 月报 %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Center: %1 (code %2)</source>
        <extracomment>%1 the center&apos;s name, %2 its county code</extracomment>
        <translation>机构：%1（机构代码 %2）</translation>
    </message>
    <message>
        <source>Period: %1. Made %2 by %3.</source>
        <extracomment>%1 the month or range, %2 a timestamp, %3 who made it</extracomment>
        <translation>统计期：%1。由 %3 于 %2 生成。</translation>
    </message>
    <message>
        <source>The running month is reported as of %1.</source>
        <translation>本月尚未结束，数据截至 %1。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>County column</source>
        <translation>县级数据字段</translation>
    </message>
    <message>
        <source>Details of %1 as of %2.</source>
        <extracomment>%1 a month, %2 a date</extracomment>
        <translation>%1 明细，截至 %2。</translation>
    </message>
    <message>
        <source>Details of the period&apos;s last month, %1, as of %2.</source>
        <translation>期间最后一个月（%1）的明细，截至 %2。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>is painted by the program, not written here.</source>
        <translation>由程序绘制，不在此处写出。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a file name is needed.</source>
        <translation>需要填写文件名。</translation>
    </message>
    <message>
        <source>is the open database or one of its working files; choose another file. Nothing was written.</source>
        <translation>是正在使用的数据库或其工作文件，请另选文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>is a folder; a file name is needed.</source>
        <translation>是文件夹，需要填写文件名。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is write-protected and was left unchanged.</source>
        <translation>%1 写保护，未作任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk did not accept the data.</source>
        <translation>无法写入 %1：磁盘未能写入数据。</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Package folder</source>
        <translation>数据包文件夹</translation>
    </message>
    <message>
        <source>The database is open read-only, so the export could not be recorded; nothing was exported.</source>
        <translation>数据库以只读方式打开，无法记录本次导出；未导出任何内容。</translation>
    </message>
    <message>
        <source>must be set in the center&apos;s details (1–32 characters of A–Z, 0–9 and -) before a county package is exported.</source>
        <translation>须先在机构信息中填写（1–32 位 A–Z、0–9 和 -），才能导出县级数据包。</translation>
    </message>
    <message>
        <source>is not an existing folder.</source>
        <translation>不是已有的文件夹。</translation>
    </message>
    <message>
        <source>cannot be written to.</source>
        <translation>无法写入。</translation>
    </message>
    <message>
        <source>already exists; export again in a second.</source>
        <translation>已存在；请稍候一秒再导出。</translation>
    </message>
    <message>
        <source>could not be created.</source>
        <translation>无法创建。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1 to the disk.</source>
        <translation>无法把 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>could not be put in place.</source>
        <translation>无法放到目标位置。</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflict (ours is newer)</source>
        <translation>冲突（本库记录较新）</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Computed figures (not stored)</source>
        <translation>计算所得数据（不保存）</translation>
    </message>
    <message>
        <source>The database is open read-only; a package cannot be imported into it.</source>
        <translation>数据库以只读方式打开，不能导入数据包。</translation>
    </message>
    <message>
        <source>is not this center&apos;s code %1: the package is another center&apos;s.</source>
        <translation>不是本机构代码 %1：这是其他机构的数据包。</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits and . _ : - without spaces.</source>
        <translation>必须是 1–64 位字母、数字及 . _ : -，不含空格。</translation>
    </message>
    <message>
        <source>appears twice in this file.</source>
        <translation>在本文件中出现了两次。</translation>
    </message>
    <message>
        <source>is older than this database&apos;s record (%1); the record was left as it is.</source>
        <translation>早于本库记录的时间（%1）；该记录保持不变。</translation>
    </message>
    <message>
        <source>County package %1 (%2, %3): %4</source>
        <translation>县级数据包 %1（%2，%3）：%4</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>Package folder</source>
        <translation>数据包文件夹</translation>
    </message>
    <message>
        <source>is not an existing folder.</source>
        <translation>不是已有的文件夹。</translation>
    </message>
    <message>
        <source>is a symbolic link; a package holds its own files.</source>
        <translation>是符号链接；数据包只能包含自身的文件。</translation>
    </message>
    <message>
        <source>is missing from the package.</source>
        <translation>数据包中缺少此文件。</translation>
    </message>
    <message>
        <source>is larger than %1 MB.</source>
        <translation>超过 %1 MB。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>must begin with the header key,value.</source>
        <translation>必须以表头 key,value 开始。</translation>
    </message>
    <message>
        <source>appears twice.</source>
        <translation>出现了两次。</translation>
    </message>
    <message>
        <source>is a required key and is missing.</source>
        <translation>是必填项，但缺失。</translation>
    </message>
    <message>
        <source>is not 1, the only format this program reads.</source>
        <translation>不是 1，本程序只能读取第 1 版格式。</translation>
    </message>
    <message>
        <source>is not 1–32 characters of A–Z, 0–9 and -.</source>
        <translation>不是 1–32 位的 A–Z、0–9 和 -。</translation>
    </message>
    <message>
        <source>is neither full nor incremental.</source>
        <translation>既不是 full 也不是 incremental。</translation>
    </message>
    <message>
        <source>is not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <source>is not a timestamp with its offset.</source>
        <translation>不是带时区的时间。</translation>
    </message>
    <message>
        <source>is neither UTF-8 nor GB18030.</source>
        <translation>既不是 UTF-8 也不是 GB18030。</translation>
    </message>
    <message>
        <source>is in the folder but not in the manifest.</source>
        <translation>在文件夹中，但清单（manifest）中没有。</translation>
    </message>
    <message>
        <source>is missing: every data file has its rows and sha256 keys.</source>
        <translation>缺失：每个数据文件都须有 rows 和 sha256 两项。</translation>
    </message>
    <message>
        <source>is not a file of format 1; it is ignored.</source>
        <translation>不是第 1 版格式的文件，已忽略。</translation>
    </message>
    <message>
        <source>does not match its SHA-256 checksum in the manifest: the file was changed or damaged after the export.</source>
        <translation>与清单中的 SHA-256 校验值不符：文件在导出后被改动或已损坏。</translation>
    </message>
    <message>
        <source>has no header row.</source>
        <translation>没有表头行。</translation>
    </message>
    <message>
        <source>has %1 data rows, not the number the manifest gives.</source>
        <translation>有 %1 行数据，与清单给出的行数不符。</translation>
    </message>
    <message>
        <source>appears twice in the header.</source>
        <translation>在表头中出现了两次。</translation>
    </message>
    <message>
        <source>is not a column of this file; it is ignored.</source>
        <translation>不是此文件的列，已忽略。</translation>
    </message>
    <message>
        <source>is a required column and is missing.</source>
        <translation>是必填列，但缺失。</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2.</source>
        <translation>有 %1 个字段，而表头有 %2 个。</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将%1保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordRuleChecks</name>
    <message>
        <source>Resident %1</source>
        <translation>老人 %1</translation>
    </message>
    <message>
        <source>The stay of %1 from %2</source>
        <translation>%1 自 %2 起的入住记录</translation>
    </message>
    <message>
        <source>%1 in bed %2 from %3</source>
        <translation>%1 自 %3 起占用床位 %2 的记录</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>床位 %1</translation>
    </message>
    <message>
        <source>Bed %1 in service from %2</source>
        <translation>床位 %1 自 %2 起的启用记录</translation>
    </message>
    <message>
        <source>The assessment of %1 on %2 (preliminary level %3)</source>
        <translation>%1 在 %2 的评估（初步等级：%3）</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <source>A leave of %1</source>
        <translation>%1 的一条休假记录</translation>
    </message>
    <message>
        <source>A certificate of %1</source>
        <translation>%1 的一张证书</translation>
    </message>
    <message>
        <source>Shift template %1</source>
        <translation>班次模板 %1</translation>
    </message>
    <message>
        <source>The shift of %1 on %2 (%3)</source>
        <translation>%1 在 %2 的班次（%3）</translation>
    </message>
    <message>
        <source>The shift log of %1 on %2 (%3)</source>
        <translation>%1 在 %2 的交接班记录（%3）</translation>
    </message>
    <message>
        <source>The shift-log entry of %1 written at %2</source>
        <translation>%1 于 %2 写的交接班条目</translation>
    </message>
    <message>
        <source>User account %1</source>
        <translation>用户账号 %1</translation>
    </message>
    <message>
        <source>Record %1 of table %2</source>
        <translation>数据表 %2 的记录 %1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a real date (yyyy-MM-dd).</source>
        <translation>%1“%2”不是有效日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a real time of day (HH:mm).</source>
        <translation>%1“%2”不是有效时间（HH:mm）。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a real time with its offset (like 2026-11-02T08:30:00+08:00).</source>
        <translation>%1“%2”不是带时区的有效时间（如 2026-11-02T08:30:00+08:00）。</translation>
    </message>
    <message>
        <source>the ID number %1 is not valid (GB 11643: 17 digits, a real birth date, the check character).</source>
        <translation>身份证号 %1 无效（GB 11643：17 位数字、有效出生日期和校验位）。</translation>
    </message>
    <message>
        <source>the ID number %1 is also another staff member&apos;s.</source>
        <translation>身份证号 %1 与另一名工作人员重复。</translation>
    </message>
    <message>
        <source>was changed (%1) before it was created.</source>
        <translation>修改时间（%1）早于创建时间。</translation>
    </message>
    <message>
        <source>ends (%1) before it starts.</source>
        <translation>结束时间（%1）不晚于开始时间。</translation>
    </message>
    <message>
        <source>has the shift code %1, which no shift template has.</source>
        <translation>班次代码 %1 不属于任何班次模板。</translation>
    </message>
    <message>
        <source>is one of several open entries for the same bed.</source>
        <translation>同一床位有多条未结束的占用记录。</translation>
    </message>
    <message>
        <source>is one of several beds the same resident holds at once.</source>
        <translation>同一老人同时占用多张床位。</translation>
    </message>
    <message>
        <source>overlaps another period of the same bed.</source>
        <translation>与该床位的另一段启用期重叠。</translation>
    </message>
    <message>
        <source>has a total of %1 that is not the sum of its four parts.</source>
        <translation>总分 %1 不等于四个维度得分之和。</translation>
    </message>
    <message>
        <source>has item scores that are not a JSON object.</source>
        <translation>项目得分不是 JSON 对象。</translation>
    </message>
    <message>
        <source>has the final level %1, more than one step above the preliminary level; GB/T 42195-2022 raises one step at most. An assessor should review it.</source>
        <translation>最终等级为%1，比初步等级高出一级以上；GB/T 42195-2022 最多提高一级，请评估员复核。</translation>
    </message>
    <message>
        <source>%1 “%2” breaks the rule %3.</source>
        <translation>%1“%2”违反规则 %3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>has the incident happening at %1, after the entry was written.</source>
        <translation>记录的意外事件发生时间 %1 晚于记录时间。</translation>
    </message>
    <message>
        <source>is a note but has the time of an incident (%1).</source>
        <translation>是普通记录，却带有意外事件的发生时间（%1）。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>No record %1 in %2.</source>
        <translation>%2 中没有记录 %1。</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>is earlier than the record&apos;s creation (%1).</source>
        <translation>早于记录的创建时间（%1）。</translation>
    </message>
</context>
<context>
    <name>ReferralForms</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>Two-way referral form (referral out)</source>
        <translation>双向转诊（转出）单</translation>
    </message>
    <message>
        <source>Two-way referral form (return)</source>
        <translation>双向转诊（回转）单</translation>
    </message>
    <message>
        <source>____ (yyyy-MM-dd)</source>
        <translation>____年__月__日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>How the printed forms write a date (Qt date format): Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Referral %1 is %2: the return form is filled from the return record, recorded when the resident comes back.</source>
        <translation>转诊单 %1 当前为%2：回转单根据回转记录填写，须在老人回转时登记。</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1，%2床</translation>
    </message>
    <message>
        <source>Stub</source>
        <translation>存&#x3000;根</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>referral number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>On %1, because of the illness, referred to %2, department %3, receiving doctor %4.</source>
        <translation>于%1因病情需要，转入%2单位%3科室%4接诊医生。</translation>
    </message>
    <message>
        <source>On %1, because of the illness, returned to %2, receiving doctor %3.</source>
        <translation>于%1因病情需要，转回%2单位%3接诊医生。</translation>
    </message>
    <message>
        <source>Referring doctor (signature): %1</source>
        <translation>转诊医生（签字）：%1</translation>
    </message>
    <message>
        <source>%1 (institution):</source>
        <translation>%1（机构名称）：</translation>
    </message>
    <message>
        <source>The patient %1 (%2, age %3, ID number %4) needs, because of the illness, to be admitted to your institution, department %5. Please receive them.</source>
        <translation>现有患者%1（%2，%3岁，身份证号%4）因病情需要，需转入贵单位%5科室，请予以接诊。</translation>
    </message>
    <message>
        <source>The patient %1 (%2, age %3, ID number %4) is, because of the illness, returned to your institution. Please receive them.</source>
        <translation>现有患者%1（%2，%3岁，身份证号%4）因病情需要，现转回贵单位，请予以接诊。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>%1 (institution)</source>
        <translation>%1（机构名称）</translation>
    </message>
    <message>
        <source>%1 · printed on %2 by %3</source>
        <translation>%1 · %3 打印于 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Receiving institution</source>
        <translation>接诊机构</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact doctor</source>
        <translation>联系医生</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>签约开始</translation>
    </message>
    <message>
        <source>Agreement to</source>
        <translation>签约截止</translation>
    </message>
    <message>
        <source>The agreement covers</source>
        <translation>签约服务内容</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Receiving doctor</source>
        <translation>接诊医生</translation>
    </message>
    <message>
        <source>Reason for referral (present illness)</source>
        <translation>转出原因（主要现病史）</translation>
    </message>
    <message>
        <source>Preliminary impression</source>
        <translation>初步印象</translation>
    </message>
    <message>
        <source>Main past history</source>
        <translation>主要既往史</translation>
    </message>
    <message>
        <source>Treatment so far</source>
        <translation>治疗经过</translation>
    </message>
    <message>
        <source>Current medication</source>
        <translation>目前用药</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Referring staff member</source>
        <translation>转诊人员</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>Time sent</source>
        <translation>转出时间</translation>
    </message>
    <message>
        <source>Time admitted</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Time returned</source>
        <translation>回转时间</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>Hospital record number</source>
        <translation>住院病案号</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>主要检查结果</translation>
    </message>
    <message>
        <source>Treatment given, next steps and rehabilitation advice</source>
        <translation>治疗经过、下一步治疗方案及康复建议</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Time of the follow-up</source>
        <translation>随访时间</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>随访记录</translation>
    </message>
    <message>
        <source>Time closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>转归说明</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Days in hospital before an alert</source>
        <translation>住院提醒天数</translation>
    </message>
    <message>
        <source>is required when the agreement has an end (%1).</source>
        <translation>在签约有截止日期（%1）时必须填写。</translation>
    </message>
    <message>
        <source>lies before the agreement&apos;s start, %1.</source>
        <translation>早于签约开始日期 %1。</translation>
    </message>
    <message>
        <source>is already a partner institution.</source>
        <translation>已是合作机构。</translation>
    </message>
    <message>
        <source>%1 cannot be withdrawn: referral %2 to it is still open.</source>
        <translation>不能停用%1：转诊单 %2 尚未结案。</translation>
    </message>
    <message>
        <source>There is no partner institution %1.</source>
        <translation>没有合作机构 %1。</translation>
    </message>
    <message>
        <source>is not a resident of the center.</source>
        <translation>不是本院老人。</translation>
    </message>
    <message>
        <source>is not living in the center now.</source>
        <translation>目前不在院。</translation>
    </message>
    <message>
        <source>is not a partner institution.</source>
        <translation>不是合作机构。</translation>
    </message>
    <message>
        <source>is required once consent is recorded: the resident, or the family member and how related.</source>
        <translation>记录知情同意时必须填写：老人本人，或家属姓名及关系。</translation>
    </message>
    <message>
        <source>is not employed now.</source>
        <translation>目前不在职。</translation>
    </message>
    <message>
        <source>%1 already has an open referral, %2 (%3); close it before starting another.</source>
        <translation>%1已有未结案的转诊单 %2（%3）；结案后才能新建。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>”或“</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>必须填写。</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>晚于当前时间。</translation>
    </message>
    <message>
        <source>lies before %1 (%2).</source>
        <translation>早于%1（%2）。</translation>
    </message>
    <message>
        <source>is required before sending: record whether the resident or the family agreed.</source>
        <translation>转出前必须填写：请记录老人或家属是否同意。</translation>
    </message>
    <message>
        <source>%1 refused the referral; it cannot be sent. Cancel it, or record a new consent if they change their mind.</source>
        <translation>%1不同意转诊，不能转出。请取消此单；如对方改变主意，请重新记录知情同意。</translation>
    </message>
    <message>
        <source>is required before sending.</source>
        <translation>转出前必须填写。</translation>
    </message>
    <message>
        <source>%1 was not living in the center that day.</source>
        <translation>%1当天不在院。</translation>
    </message>
    <message>
        <source>lies before the return, %1.</source>
        <translation>早于回转日期 %1。</translation>
    </message>
    <message>
        <source>Referral %1 is %2: a follow-up comes after the resident&apos;s return.</source>
        <extracomment>%1 the referral&apos;s number, %2 its state.</extracomment>
        <translation>转诊单 %1 当前为“%2”：随访须在老人回转之后。</translation>
    </message>
    <message>
        <source>is given by cancelling the referral, with its reason.</source>
        <translation>请通过“取消转诊”并填写原因来设定。</translation>
    </message>
    <message>
        <source>does not fit a resident who has come back: choose &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>与老人已回转不符：请选择“%1”或“%2”。</translation>
    </message>
    <message>
        <source>needs the return recorded first (the return form).</source>
        <translation>须先登记回转（回转单）。</translation>
    </message>
    <message>
        <source>the referral&apos;s last step</source>
        <translation>转诊的上一步</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>lies before %1 was sent to %2 (%3, referral %4).</source>
        <translation>早于%1转往%2的时间（%3，转诊单 %4）。</translation>
    </message>
    <message>
        <source>Closed by the resident&apos;s discharge on %1.</source>
        <translation>因老人于 %1 出院而结案。</translation>
    </message>
    <message>
        <source>There is no referral %1.</source>
        <translation>没有转诊单 %1。</translation>
    </message>
    <message>
        <source>must be 1 to 365.</source>
        <translation>须为 1 至 365。</translation>
    </message>
    <message>
        <source>Changing the form</source>
        <translation>修改转诊单</translation>
    </message>
    <message>
        <source>Referral %1 is %2. %3 is possible only when it is %4.</source>
        <extracomment>%1 the referral&apos;s number, %2 its state now, %3 the step asked for, %4 the states that allow it.</extracomment>
        <translation>转诊单 %1 当前为“%2”；仅在“%4”时才能%3。</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Recording the admission</source>
        <translation>登记接收</translation>
    </message>
    <message>
        <source>Recording the return</source>
        <translation>登记回转</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消转诊</translation>
    </message>
</context>
<context>
    <name>ReferralsCountyFile</name>
    <message>
        <source>differs from %1, the type this database records for %2.</source>
        <translation>与本库为 %2 记录的类型 %1 不同。</translation>
    </message>
    <message>
        <source>lies before referred_at.</source>
        <translation>早于转出时间 referred_at。</translation>
    </message>
    <message>
        <source>is required for a closed referral.</source>
        <translation>已结案的转诊必须填写。</translation>
    </message>
    <message>
        <source>is given only for a closed referral.</source>
        <translation>只有已结案的转诊才填写。</translation>
    </message>
    <message>
        <source>leaves a second referral open for the resident, beside %1.</source>
        <translation>会使该老人在 %1 之外再有一条未结案的转诊。</translation>
    </message>
</context>
<context>
    <name>ReferralsModule</name>
    <message>
        <source>Referrals</source>
        <translation>双向转诊</translation>
    </message>
    <message numerus="yes">
        <source>%1 was sent to %2 %n hour(s) ago and is not recorded as admitted.</source>
        <translation>
            <numerusform>%1已转往%2 %n 小时，尚未登记接收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been in %2 for %n day(s), longer than the %3 days set.</source>
        <translation>
            <numerusform>%1在%2住院已 %n 天，超过设定的 %3 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up is recorded for %1 since coming back from %2 on %3.</source>
        <translation>%1于 %3 从%2回转后尚无随访记录。</translation>
    </message>
    <message numerus="yes">
        <source>The cooperation agreement with %1 ends on %2 (%n day(s) left).</source>
        <translation>
            <numerusform>与%1的合作协议于 %2 到期（还剩 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral %1 of %2 was sent on a day %2 was not living in the center.</source>
        <translation>转诊单 %1：%2在转出当天不在院。</translation>
    </message>
    <message>
        <source>Referral %1 is still %2 although %3 has been discharged.</source>
        <translation>转诊单 %1 仍为“%2”，但%3已出院。</translation>
    </message>
    <message>
        <source>The steps of referral %1 are out of order or missing their times.</source>
        <translation>转诊单 %1 的各步骤时间顺序有误或缺少时间。</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>合作医疗机构</translation>
    </message>
    <message>
        <source>Referral %1: %2 to %3</source>
        <extracomment>An audit entry&apos;s record: the referral&apos;s number, the resident, the institution.</extracomment>
        <translation>转诊单 %1：%2转往%3</translation>
    </message>
    <message>
        <source>Referrals sent out</source>
        <translation>转出人次</translation>
    </message>
    <message>
        <source>Residents back from referral</source>
        <translation>转回人次</translation>
    </message>
    <message>
        <source>Average days away of those back</source>
        <translation>转回者平均外出天数</translation>
    </message>
    <message>
        <source>Resident-days away on referral</source>
        <translation>转诊外出人日数</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>是将来的月份。</translation>
    </message>
    <message>
        <source>has no records to report: the database holds no residents, beds, staff or family beds yet.</source>
        <translation>没有可统计的记录：数据库中还没有老人、床位、工作人员或家庭养老床位。</translation>
    </message>
    <message>
        <source>lies before the first month with records (%1).</source>
        <extracomment>%1 the first month with records, 2024-03</extracomment>
        <translation>早于有记录的第一个月（%1）。</translation>
    </message>
    <message>
        <source>is not a valid month.</source>
        <translation>不是有效的月份。</translation>
    </message>
    <message>
        <source>Residents per caregiver</source>
        <translation>每名护理员照护老人数</translation>
    </message>
    <message>
        <source>lies before the first month %1.</source>
        <extracomment>%1 the first month of the range</extracomment>
        <translation>早于起始月份 %1。</translation>
    </message>
    <message>
        <source>makes %1 months; at most %2 fit in one report.</source>
        <translation>共 %1 个月；一份报表最多 %2 个月。</translation>
    </message>
</context>
<context>
    <name>ReportsModule</name>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
</context>
<context>
    <name>ResidentDocuments</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>bed-card-%1.pdf</source>
        <translation>床头卡-%1.pdf</translation>
    </message>
    <message>
        <source>admission-record-%1.pdf</source>
        <translation>入住登记表-%1.pdf</translation>
    </message>
    <message>
        <source>assessment-%1-%2.pdf</source>
        <translation>能力评估报告-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Bed-head card</source>
        <translation>床头卡</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>未安排床位</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>床位 %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>照护等级</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Dementia: watch for wandering.</source>
        <translation>认知症：注意防走失。</translation>
    </message>
    <message>
        <source>Mental disorder diagnosed.</source>
        <translation>已确诊精神障碍。</translation>
    </message>
    <message numerus="yes">
        <source>%n care-risk event(s) (falls, choking, wandering …) in the 30 days before the assessment.</source>
        <translation>
            <numerusform>评估前 30 天内发生 %n 次照护风险事件（跌倒、噎食、走失等）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Care level: %1.</source>
        <translation>照护等级：%1。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Allergies, diet and care notes (written by the staff)</source>
        <translation>过敏、饮食及护理注意事项（工作人员填写）</translation>
    </message>
    <message>
        <source>Printed %1 from %2&apos;s records.</source>
        <translation>%1 据%2记录打印。</translation>
    </message>
    <message>
        <source>Admission record</source>
        <translation>入住登记表</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>老人信息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Living in the center</source>
        <translation>在院</translation>
    </message>
    <message>
        <source>Discharged %1 (%2)</source>
        <translation>%1 出院（%2）</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位记录</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Resident or guardian</source>
        <translation>老人或监护人签名</translation>
    </message>
    <message>
        <source>Admitted by</source>
        <translation>经办人签名</translation>
    </message>
    <message>
        <source>Elderly ability assessment report</source>
        <translation>老年人能力评估报告</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Served at</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>home (family care bed)</source>
        <translation>居家（家庭养老床位）</translation>
    </message>
    <message>
        <source>Items (GB/T 42195-2022)</source>
        <translation>评估指标（GB/T 42195-2022）</translation>
    </message>
    <message>
        <source>The item scores were not recorded (imported assessment).</source>
        <translation>未记录各项得分（导入的评估）。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Scores and level</source>
        <translation>得分与等级</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Preliminary level</source>
        <translation>初步等级</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>最终等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>等级依据</translation>
    </message>
    <message>
        <source>The level follows from the total score.</source>
        <translation>按总分确定等级。</translation>
    </message>
    <message>
        <source>dementia diagnosed</source>
        <translation>已确诊认知症</translation>
    </message>
    <message>
        <source>mental disorder diagnosed</source>
        <translation>已确诊精神障碍</translation>
    </message>
    <message>
        <source>in a coma</source>
        <translation>昏迷</translation>
    </message>
    <message numerus="yes">
        <source>%n care-risk event(s) in the 30 days before</source>
        <translation>
            <numerusform>评估前 30 天内照护风险事件 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Second assessor</source>
        <translation>第二评估员</translation>
    </message>
    <message>
        <source>Elder or family</source>
        <translation>老人或家属</translation>
    </message>
</context>
<context>
    <name>ResidentService</name>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Near minimum living allowance</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <source>Self-paying elder</source>
        <translation>社会老人</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>回家</translation>
    </message>
    <message>
        <source>Transferred to another institution</source>
        <translation>转院</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Fully able</source>
        <translation>能力完好</translation>
    </message>
    <message>
        <source>Mildly disabled</source>
        <translation>轻度失能</translation>
    </message>
    <message>
        <source>Moderately disabled</source>
        <translation>中度失能</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>重度失能</translation>
    </message>
    <message>
        <source>Completely disabled</source>
        <translation>完全失能</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>may have at most 64 characters.</source>
        <translation>最多 64 个字符。</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>晚于今天。</translation>
    </message>
    <message>
        <source>already belongs to %1, a current resident.</source>
        <translation>已属于在院老人 %1。</translation>
    </message>
    <message>
        <source>already belongs to %1, a former resident.</source>
        <translation>已属于离院老人 %1。</translation>
    </message>
    <message>
        <source>may contain 3 to 20 digits, spaces, + and -.</source>
        <translation>只能包含 3–20 位数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>There is no bed %1.</source>
        <translation>床位 %1 不存在。</translation>
    </message>
    <message>
        <source>is out of service.</source>
        <translation>已停用。</translation>
    </message>
    <message>
        <source>is occupied by %1.</source>
        <translation>已有 %1 入住。</translation>
    </message>
    <message>
        <source>was held by %1 until %2, after %3.</source>
        <translation>在 %3 之后仍由 %1 使用至 %2。</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>lies before the birth date.</source>
        <translation>早于出生日期。</translation>
    </message>
    <message>
        <source>%1 is already a resident; there is nothing to re-admit.</source>
        <translation>%1 目前在院，无需再次入住。</translation>
    </message>
    <message>
        <source>%1 died on %2 and cannot be re-admitted.</source>
        <translation>%1 已于 %2 去世，不能再次入住。</translation>
    </message>
    <message>
        <source>lies before the last discharge on %1.</source>
        <translation>早于上次出院日期 %1。</translation>
    </message>
    <message>
        <source>%1 was discharged on %2 and cannot change beds.</source>
        <translation>%1 已于 %2 出院，不能调床。</translation>
    </message>
    <message>
        <source>is the resident&apos;s current bed.</source>
        <translation>就是老人现在的床位。</translation>
    </message>
    <message>
        <source>lies before %1, when the resident moved into the current bed.</source>
        <translation>早于老人入住当前床位的日期 %1。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>may have at most 200 characters.</source>
        <translation>最多 200 个字符。</translation>
    </message>
    <message>
        <source>%1 was already discharged on %2.</source>
        <translation>%1 已于 %2 出院。</translation>
    </message>
    <message>
        <source>lies before %1, the resident&apos;s admission or last bed change.</source>
        <translation>早于老人入住或最近一次调床的日期 %1。</translation>
    </message>
    <message>
        <source>There is no resident %1.</source>
        <translation>老人 %1 不存在。</translation>
    </message>
    <message>
        <source>discharged %1</source>
        <translation>%1 出院</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>无床位</translation>
    </message>
    <message>
        <source>The database is open read-only: showing a phone number in full is recorded in the audit log, which cannot be written now.</source>
        <translation>数据库以只读方式打开：完整显示电话号码需要记入审计日志，现在无法写入。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>is not chosen; choose the category the person is admitted under.</source>
        <translation>未选择，请选择老人入住的人员类别。</translation>
    </message>
</context>
<context>
    <name>ResidentsCountyFiles</name>
    <message>
        <source>already names another bed (%1).</source>
        <translation>已是另一张床位（%1）的编号。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>County package</source>
        <translation>县级数据包</translation>
    </message>
    <message>
        <source>lies before the birth date.</source>
        <translation>早于出生日期。</translation>
    </message>
    <message>
        <source>a discharge has both its date and its reason.</source>
        <translation>出院须同时填写日期和原因。</translation>
    </message>
    <message>
        <source>lies before the admission date.</source>
        <translation>早于入住日期。</translation>
    </message>
    <message>
        <source>already belongs to %1, another resident.</source>
        <translation>已属于另一位老人 %1。</translation>
    </message>
    <message>
        <source>names a withdrawn bed.</source>
        <translation>指向一张已作废的床位。</translation>
    </message>
    <message>
        <source>names bed %1, which is out of service.</source>
        <translation>指向已停用的床位 %1。</translation>
    </message>
    <message>
        <source>names bed %1, held by %2.</source>
        <translation>指向床位 %1，该床位由 %2 占用。</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>re-admits a resident recorded as deceased.</source>
        <translation>再次入住的老人已登记为死亡。</translation>
    </message>
    <message>
        <source>differs from this database&apos;s admission on %1; a re-admission starts after the discharge on %2.</source>
        <translation>与本库 %1 的入住不同；再次入住须在 %2 出院之后。</translation>
    </message>
    <message>
        <source>Change of bed</source>
        <translation>调床</translation>
    </message>
    <message>
        <source>lies before %1, the resident&apos;s last change of bed.</source>
        <translation>早于 %1，即该老人最近一次调床。</translation>
    </message>
    <message>
        <source>is empty, but this database records a discharge on %1; a re-admission has a later admission date.</source>
        <translation>为空，但本库记录了 %1 出院；再次入住应有更晚的入住日期。</translation>
    </message>
</context>
<context>
    <name>ResidentsModule</name>
    <message>
        <source>Residents and beds</source>
        <translation>入住老人与床位</translation>
    </message>
    <message>
        <source>Nursing beds are %1% of the beds in service, below the target of %2% (%3 of %4).</source>
        <extracomment>%1 the nursing-bed ratio now, %2 the target, both in percent</extracomment>
        <translation>护理型床位占在用床位的 %1%，低于 %2% 的目标（%4 张中有 %3 张）。</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation>在用床位数</translation>
    </message>
    <message>
        <source>Nursing beds in service</source>
        <translation>在用护理型床位数</translation>
    </message>
    <message>
        <source>Nursing-bed ratio</source>
        <translation>护理型床位占比</translation>
    </message>
    <message>
        <source>Beds occupied (those away included)</source>
        <translation>已占用床位（含转诊外出保留）</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>床位使用率</translation>
    </message>
    <message>
        <source>Beds held for residents away on referral</source>
        <translation>转诊外出保留床位</translation>
    </message>
    <message>
        <source>Beds out of service</source>
        <translation>停用床位</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>入住老人</translation>
    </message>
    <message>
        <source>Residents present</source>
        <translation>在院老人数</translation>
    </message>
    <message>
        <source>Average age (years)</source>
        <translation>平均年龄（岁）</translation>
    </message>
    <message>
        <source>Admissions in the month</source>
        <translation>本月入住</translation>
    </message>
    <message>
        <source>Discharges in the month</source>
        <translation>本月离院</translation>
    </message>
    <message>
        <source>Discharged: %1</source>
        <extracomment>%1 a discharge reason: 回家, 死亡 …</extracomment>
        <translation>离院：%1</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>不存在。</translation>
    </message>
    <message>
        <source>is not a backup of a Jinglao database.</source>
        <translation>不是敬老数据库的备份。</translation>
    </message>
    <message>
        <source>is not a database.</source>
        <translation>不是数据库。</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>已损坏。</translation>
    </message>
    <message>
        <source>is not a Jinglao database.</source>
        <translation>不是敬老数据库。</translation>
    </message>
    <message>
        <source>is damaged (it fails SQLite&apos;s integrity check).</source>
        <translation>已损坏（未通过 SQLite 完整性检查）。</translation>
    </message>
    <message>
        <source>holds no Jinglao records.</source>
        <translation>里面没有敬老的记录。</translation>
    </message>
    <message>
        <source>was written by a newer version of Jinglao (schema version %1; this program knows up to %2).</source>
        <translation>由更新版本的敬老写入（结构版本 %1；本程序只认识到 %2）。</translation>
    </message>
    <message>
        <source>is the database itself, not a backup of it.</source>
        <translation>就是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (write-protected file, folder or medium), so it cannot be replaced.</source>
        <translation>数据库 %1 无法写入（文件、文件夹或存储介质有写保护），因此不能替换。</translation>
    </message>
    <message>
        <source>Another copy of Jinglao (or another program) has the database %1 open. Close it on every computer and try again; nothing was replaced. The current database was backed up to %2.</source>
        <translation>另一个敬老程序（或其他程序）正打开着数据库 %1。请在每台电脑上关闭它后再试；没有替换任何内容。当前数据库已备份到 %2。</translation>
    </message>
    <message>
        <source>The damaged database&apos;s file %1 cannot be moved aside: %2</source>
        <translation>无法把损坏数据库的文件 %1 移到一旁：%2</translation>
    </message>
    <message>
        <source>The damaged database %1 cannot be moved aside: %2</source>
        <translation>无法把损坏的数据库 %1 移到一旁：%2</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup cannot be copied to %1: %2</source>
        <translation>无法把备份复制到 %1：%2</translation>
    </message>
</context>
<context>
    <name>RosterCountyFiles</name>
    <message>
        <source>is given only for caregivers.</source>
        <translation>只有养老护理员才填写。</translation>
    </message>
    <message>
        <source>lies before the hire date.</source>
        <translation>早于入职日期。</translation>
    </message>
    <message>
        <source>does not fall on the shift date %1.</source>
        <translation>不在班次日期 %1 当天。</translation>
    </message>
    <message>
        <source>is not after the start.</source>
        <translation>不晚于开始时间。</translation>
    </message>
    <message>
        <source>is more than 24 hours after the start.</source>
        <translation>比开始时间晚 24 小时以上。</translation>
    </message>
</context>
<context>
    <name>RosterPdfWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次数</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>休息天数</translation>
    </message>
    <message>
        <source>Caregivers %1 (min. %2)</source>
        <translation>%1 班护理员（最少 %2）</translation>
    </message>
    <message>
        <source>Shifts: %1</source>
        <translation>班次：%1</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>提醒（%1 条）</translation>
    </message>
</context>
<context>
    <name>RosterRules</name>
    <message>
        <source>%1 is rostered on %2 before the hire date %3.</source>
        <translation>%1 在入职日期 %3 之前的 %2 被排班。</translation>
    </message>
    <message>
        <source>%1 is rostered on %2 but left on %3.</source>
        <translation>%1 已于 %3 离职，但 %2 仍被排班。</translation>
    </message>
    <message>
        <source>%1 is rostered on %2 while on leave (%3 to %4).</source>
        <translation>%1 在请假期间（%3 至 %4）的 %2 被排班。</translation>
    </message>
    <message>
        <source>%1 works %2 hours on %3 (more than 8).</source>
        <translation>%1 在 %3 工作 %2 小时（超过 8 小时）。</translation>
    </message>
    <message>
        <source>%1 has no rest day in the 7 days up to %2.</source>
        <translation>%1 截至 %2 连续 7 天没有休息日。</translation>
    </message>
    <message>
        <source>%1 averages %2 hours a week in %3 (more than 44).</source>
        <translation>%1 在 %3 平均每周工作 %2 小时（超过 44 小时）。</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 of %5 caregivers.</source>
        <translation>%1 %2（%3）：护理员 %4 人，最少需 %5 人。</translation>
    </message>
    <message>
        <source>8 hours for every Monday to Friday of the month the person is employed</source>
        <translation>在职期间每个周一至周五按 8 小时计</translation>
    </message>
    <message>
        <source>the statutory average of 174 hours a month (21.75 days × 8 hours), prorated by the days employed</source>
        <translation>法定月平均 174 小时（21.75 天 × 8 小时），按在职天数折算</translation>
    </message>
    <message>
        <source>%1 has %2 overtime hours in %3 (more than 36; %4 hours worked, monthly norm %5 hours).</source>
        <translation>%1 在 %3 加班 %2 小时（超过 36 小时；工作 %4 小时，月标准工时 %5 小时）。</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>Shift name</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>Shift times</source>
        <translation>班次时间</translation>
    </message>
    <message>
        <source>need a start and a different end</source>
        <translation>需要开始时间和不同的结束时间</translation>
    </message>
    <message>
        <source>Minimum caregivers</source>
        <translation>最少护理员人数</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>No shift template %1.</source>
        <translation>没有班次 %1。</translation>
    </message>
    <message>
        <source>No staff member %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>Shift date</source>
        <translation>排班日期</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>Shift code</source>
        <translation>班次代码</translation>
    </message>
    <message>
        <source>is not an active shift template</source>
        <translation>不是在用的班次</translation>
    </message>
    <message>
        <source>%1&apos;s %2 shift on %3 already has a shift log and cannot be removed.</source>
        <translation>%1 在 %3 的 %2 班已有交接班记录，不能删除。</translation>
    </message>
    <message>
        <source>%1: the %2 shift on %3 overlaps the %4 shift on %5.</source>
        <translation>%1：%3 的 %2 班与 %5 的 %4 班时间重叠。</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>轮班规律</translation>
    </message>
    <message>
        <source>needs at least one day</source>
        <translation>至少需要一天</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>the last day is before the first</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>is longer than a year</source>
        <translation>超过一年</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 with one decimal at most.</source>
        <translation>应为 %1 到 %2 之间的数，最多一位小数。</translation>
    </message>
    <message>
        <source>Target residents per caregiver</source>
        <translation>每名护理员照护老人目标</translation>
    </message>
</context>
<context>
    <name>RosterXlsxExport</name>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次数</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>休息天数</translation>
    </message>
    <message>
        <source>Caregivers %1 (%2, min. %3)</source>
        <translation>%1 班护理员（%2，最少 %3）</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒内容</translation>
    </message>
    <message>
        <source>%1 staff roster %2</source>
        <extracomment>%1 the center&apos;s name, %2 the month</extracomment>
        <translation>%1 排班表 %2</translation>
    </message>
</context>
<context>
    <name>SchemaObjectsCheck</name>
    <message>
        <source>The safeguard (trigger) %1 is missing: it was removed outside the program, so the rule it enforces was not enforced.</source>
        <translation>保护规则（触发器）%1 缺失：它在程序之外被删除，它所保证的规则因此没有得到执行。</translation>
    </message>
    <message>
        <source>The safeguard (trigger) %1 differs from the one this program installs: it was changed outside the program.</source>
        <translation>保护规则（触发器）%1 与本程序安装的不同：它在程序之外被改动过。</translation>
    </message>
    <message>
        <source>The database has a trigger %1 that this program did not install.</source>
        <translation>数据库中有一个不是本程序安装的触发器 %1。</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>is not a date; write it as 2024-03-05 or make the cell a date.</source>
        <translation>不是日期；请写成 2024-03-05，或把单元格设为日期格式。</translation>
    </message>
    <message>
        <source>is neither %1, %2, 1 nor 2.</source>
        <translation>既不是“%1”“%2”，也不是 1 或 2。</translation>
    </message>
    <message>
        <source>is none of %1.</source>
        <translation>不是以下任何一种：%1。</translation>
    </message>
    <message>
        <source>is not a bed of this center; add it on the beds page first.</source>
        <translation>不是本院的床位；请先在“床位”页添加。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>is not a level from 1 to 5 (一级 … 五级).</source>
        <translation>不是 1 到 5 级（一级 … 五级）。</translation>
    </message>
    <message>
        <source>The sheet has no rows below its header; there is nothing to import.</source>
        <translation>表头下面没有任何行，没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>holds no rows; the first row must name the columns.</source>
        <translation>没有任何行；第一行须写明各列的名称。</translation>
    </message>
    <message>
        <source>is not an XLSX workbook; save it again as .xlsx or .csv.</source>
        <translation>不是 XLSX 工作簿；请重新另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>has no workbook part; save it again as .xlsx or .csv.</source>
        <translation>缺少工作簿部分；请重新另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>has no worksheet; save it again as .xlsx or .csv.</source>
        <translation>没有工作表；请重新另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>has a part (%1) larger than %2 MB when unpacked; it is not a roster, or it is damaged.</source>
        <translation>其中的部分（%1）解压后超过 %2 MB；这不是花名册，或者文件已损坏。</translation>
    </message>
    <message>
        <source>cannot be unpacked (part %1).</source>
        <translation>无法解压（部分 %1）。</translation>
    </message>
    <message>
        <source>is damaged (part %1 fails its checksum).</source>
        <translation>已损坏（部分 %1 校验失败）。</translation>
    </message>
    <message>
        <source>has a damaged workbook part: %1</source>
        <translation>工作簿部分已损坏：%1</translation>
    </message>
    <message>
        <source>has damaged shared strings: %1</source>
        <translation>共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>refers to a shared string %1 it does not have.</source>
        <translation>引用了不存在的共享字符串 %1。</translation>
    </message>
    <message>
        <source>has more than %1 rows; it is not a roster.</source>
        <translation>超过 %1 行；这不是花名册。</translation>
    </message>
    <message>
        <source>has a cell with the bad reference %1.</source>
        <translation>有一个单元格的引用 %1 无效。</translation>
    </message>
    <message>
        <source>has a value in column %1, beyond the %2 columns a roster may have.</source>
        <translation>在 %1 列有内容，超出了花名册最多 %2 列的范围。</translation>
    </message>
    <message>
        <source>has a damaged worksheet: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>is not an .xlsx or .csv file; save the sheet as one of these in Excel or WPS.</source>
        <translation>不是 .xlsx 或 .csv 文件；请在 Excel 或 WPS 中另存为其中一种格式。</translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot be read: %2</source>
        <translation>无法读取表格 %1：%2</translation>
    </message>
    <message>
        <source>is larger than %1 MB; it is not a roster.</source>
        <translation>大于 %1 MB；这不是花名册。</translation>
    </message>
    <message>
        <source>cannot be read as CSV at line %1: %2</source>
        <translation>第 %1 行无法按 CSV 读取：%2</translation>
    </message>
    <message>
        <source>has more than %1 columns on line %2.</source>
        <translation>第 %2 行超过 %1 列。</translation>
    </message>
    <message>
        <source>has a row numbered %1, beyond the %2 rows a sheet can have.</source>
        <translation>有一行的行号为 %1，超出了表格最多 %2 行的范围。</translation>
    </message>
</context>
<context>
    <name>ShiftLogChecks</name>
    <message>
        <source>%1 accepted the handover of shift %2 %3 at %4, before %5 closed shift %6 %7 (%8).</source>
        <translation>%1 于 %4 确认接班（%2 %3），早于 %5 交班（%6 %7，%8）。</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未交班</translation>
    </message>
    <message>
        <source>%1 read the handover of shift %2 %3 for shift %4 %5, but a later shift came between them.</source>
        <translation>%1 在 %4 %5 班次读的是 %2 %3 班次的交班，但两者之间还有一个班次。</translation>
    </message>
</context>
<context>
    <name>ShiftLogModule</name>
    <message>
        <source>Shift logs</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>%1 of %2 has no follow-up yet.</source>
        <extracomment>%1 the incident (跌倒 …), %2 the resident, %3 when it was written</extracomment>
        <translation>%2 的%1尚无跟进记录。</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 has no follow-up yet.</source>
        <translation>%2 在 %3 的%1尚无跟进记录。</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>意外事件</translation>
    </message>
    <message>
        <source>Incidents written in the month</source>
        <translation>本月记录的意外事件</translation>
    </message>
</context>
<context>
    <name>ShiftLogService</name>
    <message>
        <source>There is no shift session %1.</source>
        <translation>没有班次记录 %1。</translation>
    </message>
    <message>
        <source>There is no shift %1 in the roster.</source>
        <translation>排班表中没有班次 %1。</translation>
    </message>
    <message>
        <source>The shift %1 is marked absent in the roster and cannot be opened.</source>
        <translation>班次 %1 在排班表中标记为缺勤，不能接班。</translation>
    </message>
    <message>
        <source>The shift %1 was closed at %2 and cannot be opened again.</source>
        <translation>班次 %1 已于 %2 交班，不能再次接班。</translation>
    </message>
    <message>
        <source>The shift %1 %2 was closed at %3; nothing more can be written to it.</source>
        <translation>班次 %1 %2 已于 %3 交班，不能再添加记录。</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>write what happened</source>
        <translation>请填写发生的情况</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>no such resident</source>
        <translation>没有这位老人</translation>
    </message>
    <message>
        <source>was discharged on %1</source>
        <translation>已于 %1 出院</translation>
    </message>
    <message>
        <source>Corrected entry</source>
        <translation>被更正的记录</translation>
    </message>
    <message>
        <source>no such log entry</source>
        <translation>没有这条记录</translation>
    </message>
    <message>
        <source>Followed-up incident</source>
        <translation>跟进的事件</translation>
    </message>
    <message>
        <source>no such incident</source>
        <translation>没有这个事件</translation>
    </message>
    <message>
        <source>The entry written at %1 belongs to a closed shift and cannot be changed or deleted. Write a correction instead.</source>
        <translation>%1 的记录属于已交班的班次，不能修改或删除。请另写一条更正记录。</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交班内容</translation>
    </message>
    <message>
        <source>a shift is closed only with a handover note</source>
        <translation>填写交班内容后才能交班</translation>
    </message>
    <message>
        <source>There is no shift log entry %1.</source>
        <translation>没有交接班记录 %1。</translation>
    </message>
    <message>
        <source>The shift %1 belongs to %2; you can open and write only your own shifts.</source>
        <translation>班次 %1 属于 %2；您只能接班和填写自己的班次。</translation>
    </message>
    <message>
        <source>%1&apos;s shift %2 is still open. Her handover shows here when she closes it; accept it then.</source>
        <translation>%1 的班次 %2 尚未交班。她交班后交班内容会显示在这里，届时再确认接班。</translation>
    </message>
    <message>
        <source>The preceding shift %1 (%2) has not been handed over yet. Its handover shows here when it is closed; accept it then.</source>
        <translation>上一班 %1（%2）尚未交班。交班后交班内容会显示在这里，届时再确认接班。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nobody logged the preceding shift %1 (%2); there is no handover note to read.</source>
        <translation>上一班 %1（%2）没有人填写交接班记录，没有交班内容可读。</translation>
    </message>
    <message>
        <source>No earlier shift has been handed over.</source>
        <translation>此前没有交班记录。</translation>
    </message>
    <message>
        <source>The account %1 is not linked to a staff record, so it cannot write shift logs. Ask an administrator to link it to your staff record on the User accounts page.</source>
        <translation>账号 %1 未关联工作人员档案，不能填写交接班记录。请管理员在“用户账号”页面把它关联到您的工作人员档案。</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>事件发生时间</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>晚于现在</translation>
    </message>
    <message>
        <source>is after the entry was written (%1)</source>
        <translation>晚于记录时间（%1）</translation>
    </message>
    <message>
        <source>is more than %1 hours before the shift began (%2); an incident is written in the shift it happened in or the next one</source>
        <translation>早于本班开始时间（%2）超过 %1 小时；意外事件应记在发生的班次或下一班</translation>
    </message>
</context>
<context>
    <name>StaffRosterModule</name>
    <message>
        <source>Staff and rosters</source>
        <translation>工作人员与排班</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff employed</source>
        <translation>在职工作人员</translation>
    </message>
    <message>
        <source>Shifts rostered in the month</source>
        <translation>本月排班班次</translation>
    </message>
    <message>
        <source>Shifts short of caregivers</source>
        <translation>护理员不足的班次</translation>
    </message>
    <message>
        <source>Residents per caregiver %1: more than the center&apos;s target of %2.</source>
        <translation>护理员与老人之比为 %1，超过本院目标 %2。</translation>
    </message>
    <message>
        <source>Monthly norm for overtime</source>
        <translation>加班计算的月标准工时</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Leave period</source>
        <translation>请假期间</translation>
    </message>
    <message>
        <source>must be 1 to 64 characters</source>
        <translation>须为 1 至 64 个字符</translation>
    </message>
    <message>
        <source>must be 1 to 5</source>
        <translation>须为 1 至 5</translation>
    </message>
    <message>
        <source>only caregivers have a skill level</source>
        <translation>只有养老护理员有技能等级</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is before the hire date %1</source>
        <translation>早于入职日期 %1</translation>
    </message>
    <message>
        <source>is not a phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <source>ID number %1 is already recorded for %2.</source>
        <translation>身份证号 %1 已登记给 %2。</translation>
    </message>
    <message>
        <source>No staff member %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>需要填写名称</translation>
    </message>
    <message>
        <source>%1: %2 expired on %3.</source>
        <translation>%1：%2 已于 %3 过期。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 expires on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1：%2 将于 %3 到期（还有 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>needs a first and a last day, the last not before the first</source>
        <translation>需要开始和结束日期，结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>is neither the uid nor the exact name of a staff record</source>
        <translation>既不是工作人员档案的 uid，也不是其完整姓名</translation>
    </message>
    <message numerus="yes">
        <source>is the name of %n staff records; give the uid instead: %1</source>
        <translation>
            <numerusform>是 %n 名工作人员的姓名，请改用 uid：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, former</source>
        <translation>%1，已离职</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>All records, no filter.</source>
        <translation>全部记录，未筛选。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>%1 a row number, %2 and %3 counts of cells</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>it has %1 cells, the list only %2 columns</source>
        <translation>该行有 %1 个单元格，而表格只有 %2 列</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>name it .xlsx for a workbook or .csv for a CSV file</source>
        <translation>文件名须以 .xlsx（Excel 工作簿）或 .csv（CSV 文件）结尾</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 by %2; %n row(s).</source>
        <extracomment>%1 a timestamp, %2 who made it, %n the number of rows</extracomment>
        <translation>
            <numerusform>%2 于 %1 导出，共 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>至少需要 %1 位</translation>
    </message>
    <message>
        <source>There is no user account %1.</source>
        <translation>没有用户账号 %1。</translation>
    </message>
    <message>
        <source>The first administrator already exists; log in instead.</source>
        <translation>管理员账号已存在，请直接登录。</translation>
    </message>
    <message>
        <source>Only %1 or an administrator can unlock this session.</source>
        <translation>只有 %1 或管理员可以解锁。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation>账号 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed attempts. Try again after %3.</source>
        <translation>账号 %1 连续 %2 次密码错误，已被锁定，请于 %3 之后再试。</translation>
    </message>
    <message>
        <source>A user account %1 already exists.</source>
        <translation>用户账号 %1 已存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 是唯一在用的管理员，不能停用。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and must keep that role.</source>
        <translation>%1 是唯一在用的管理员，不能更改其角色。</translation>
    </message>
    <message>
        <source>%1 has no user account whose password could be changed.</source>
        <translation>%1 没有可修改密码的用户账号。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>is wrong</source>
        <translation>不正确</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>自动锁定时间</translation>
    </message>
    <message>
        <source>must be between 1 and 240 minutes</source>
        <translation>须在 1 到 240 分钟之间</translation>
    </message>
    <message>
        <source>Staff record</source>
        <translation>工作人员档案</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>已于 %1 离职</translation>
    </message>
    <message>
        <source>%1&apos;s staff record is already linked to the account %2.</source>
        <translation>%1 的工作人员档案已关联到账号 %2。</translation>
    </message>
    <message numerus="yes">
        <source>After %n more wrong password(s) the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>再输错 %n 次密码，账号将被锁定 %1 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation>账号 %1 未被锁定。</translation>
    </message>
    <message>
        <source>may not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>may not contain control or invisible characters (U+%1)</source>
        <translation>不能包含控制字符或不可见字符（U+%1）</translation>
    </message>
    <message>
        <source>may not contain a colon (: or ：)</source>
        <translation>不能包含冒号（: 或 ：）</translation>
    </message>
    <message>
        <source>The user name %1 looks like the existing account %2 (the letters differ only in case, width or alphabet), so the audit log could not tell them apart. Choose a name that cannot be mistaken for it.</source>
        <translation>用户名 %1 看起来和已有账号 %2 一样（字母只在大小写、全角半角或字母表上不同），审计日志将无法区分二者。请换一个不会被混淆的名字。</translation>
    </message>
</context>
<context>
    <name>VisitPlanSheet</name>
    <message>
        <source>No family bed has an agreement in this month.</source>
        <translation>本月没有签订协议的家庭养老床位。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n family bed(s)</source>
        <translation>
            <numerusform>%1：%n 张家庭养老床位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n visit(s) planned</source>
        <translation>
            <numerusform>，计划探访 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Special-difficulty elders (names in bold) are visited at least once every month.</source>
        <translation>特殊困难老年人（姓名加粗）每月至少探访一次。</translation>
    </message>
</context>
<context>
    <name>VisitPlanXlsxExport</name>
    <message>
        <source>%1 home-visit plan %2</source>
        <extracomment>%1 the center&apos;s name, %2 the month</extracomment>
        <translation>%1 上门探访计划 %2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划次数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已探访</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近探访</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be saved (disk full, or no permission to write there).</source>
        <translation>无法写入 %1：工作簿未能保存（磁盘已满，或没有写入该位置的权限）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the text in row %2, column %3 is longer than a spreadsheet cell holds.</source>
        <extracomment>%1 the file, %2 a row number, %3 a column number</extracomment>
        <translation>无法写入 %1：第 %2 行第 %3 列的文字超出了表格单元格能容纳的长度。</translation>
    </message>
</context>
<context>
    <name>jinglao::cli</name>
    <message>
        <source>Database %1 is ready at schema version %2.</source>
        <translation>数据库 %1 已就绪，结构版本 %2。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 bytes).</source>
        <translation>备份已写入并通过校验：%1（%2 字节）。</translation>
    </message>
    <message>
        <source>Print the program version.</source>
        <translation>显示程序版本。</translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to this program&apos;s schema.</source>
        <translation>创建数据库，或将其升级到本程序的结构版本。</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, references and rules.</source>
        <translation>检查数据库的完整性、引用关系和业务规则。</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to FILE.</source>
        <translation>将经过校验的数据库副本写入 FILE。</translation>
    </message>
    <message>
        <source>Usage: jinglao-cli [--db FILE] [--lang zh_CN|en] COMMAND [ARGUMENTS]</source>
        <translation>用法：jinglao-cli [--db 文件] [--lang zh_CN|en] 命令 [参数]</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Demo data written to %1: %2 beds in service (%3 nursing beds, %4%), %5 occupied (%6%), %7 residents over %n year(s).</source>
        <translation>
            <numerusform>演示数据已写入 %1：在用床位 %2 张（护理型床位 %3 张，占 %4%），已入住 %5 张（%6%），%n 年内共 %7 位老人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roster warning(s).</source>
        <translation>
            <numerusform>共 %n 条排班提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the shift templates, or choose the three-shift or 12-hour two-shift set.</source>
        <translation>列出班次，或选择三班制或 12 小时两班制。</translation>
    </message>
    <message>
        <source>List the labour-law and staffing warnings of a month&apos;s roster.</source>
        <translation>列出某月排班的劳动法与人手提醒。</translation>
    </message>
    <message>
        <source>Export a month&apos;s roster as an XLSX workbook.</source>
        <translation>将某月排班表导出为 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>请输入 %1 的新密码：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>none was given on standard input</source>
        <translation>标准输入中没有提供密码</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>请再次输入密码：</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>两次输入不一致</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>There is no user account %1.</source>
        <translation>没有用户账号 %1。</translation>
    </message>
    <message>
        <source>Password of %1 changed; any lockout is lifted.</source>
        <translation>已修改 %1 的密码，锁定（如有）已解除。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 is now %2.</source>
        <translation>用户 %1 的角色已改为%2。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>No user accounts yet.</source>
        <translation>还没有用户账号。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) due for assessment.</source>
        <translation>
            <numerusform>%n 位老人待评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-assessment interval</source>
        <translation>复评间隔</translation>
    </message>
    <message numerus="yes">
        <source>Residents are re-assessed every %n month(s).</source>
        <translation>
            <numerusform>老人每 %n 个月复评一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>List current residents due for an ability assessment.</source>
        <translation>列出到期待做能力评估的在院老人。</translation>
    </message>
    <message>
        <source>Show or set the re-assessment interval in months.</source>
        <translation>查看或设置复评间隔（月）。</translation>
    </message>
    <message>
        <source>The database is read-only, so the time of this backup could not be recorded in it.</source>
        <translation>数据库为只读，本次备份的时间无法记入数据库。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>上次评估</translation>
    </message>
    <message>
        <source>Last level</source>
        <translation>上次等级</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应评估日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Beds held</source>
        <translation>占用床位</translation>
    </message>
    <message>
        <source>Global options, accepted anywhere on the line:</source>
        <translation>全局选项（可写在命令行任意位置）：</translation>
    </message>
    <message>
        <source>  --db FILE         the database (default: %1)</source>
        <translation>  --db 文件         数据库（默认：%1）</translation>
    </message>
    <message>
        <source>  --lang zh_CN|en   the language of messages and listings</source>
        <translation>  --lang zh_CN|en   提示信息和列表的语言</translation>
    </message>
    <message>
        <source>  --help            this help; COMMAND --help for one command</source>
        <translation>  --help            显示本帮助；“命令 --help”显示单个命令的帮助</translation>
    </message>
    <message>
        <source>  --version         the program and schema version</source>
        <translation>  --version         程序版本和数据库结构版本</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 input refused by a rule, 3 database or file failure.</source>
        <translation>退出码：0 成功，1 用法错误，2 输入不符合规则被拒绝，3 数据库或文件故障。</translation>
    </message>
    <message>
        <source>Usage: jinglao-cli %1</source>
        <translation>用法：jinglao-cli %1</translation>
    </message>
    <message>
        <source>An argument is missing.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <source>is not a date; write it as 2026-11-02.</source>
        <translation>不是日期；请按 2026-11-02 的格式填写。</translation>
    </message>
    <message>
        <source>is not a month; write it as 2026-11.</source>
        <translation>不是月份；请按 2026-11 的格式填写。</translation>
    </message>
    <message>
        <source>is not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Number of beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>Years of history</source>
        <translation>历史年数</translation>
    </message>
    <message>
        <source>Last day of the history</source>
        <translation>历史截止日期</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo center (120 beds, 3 years up to today by default); the same seed and --until give the same records.</source>
        <translation>向空数据库填入一个逼真的演示敬老院（默认 120 张床位、截至今天的 3 年数据）；相同的种子和 --until 得到相同的记录。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>--out FILE is needed.</source>
        <translation>需要 --out 文件。</translation>
    </message>
    <message>
        <source>Shift template set</source>
        <translation>班次模板组</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Minimum caregivers</source>
        <translation>最少护理员</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>--role admin|nurse|readonly is needed.</source>
        <translation>需要 --role admin|nurse|readonly。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unknown user action %1.</source>
        <translation>未知的用户操作 %1。</translation>
    </message>
    <message>
        <source>The center&apos;s details were saved.</source>
        <translation>机构信息已保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Show the center&apos;s details, or change those given (administrators).</source>
        <translation>显示机构信息，或修改所给的项目（管理员）。</translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation>在用床位</translation>
    </message>
    <message>
        <source>Nursing beds</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <source>Nursing-bed ratio %</source>
        <translation>护理型床位占比 %</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>入住率 %</translation>
    </message>
    <message>
        <source>Print the beds in service, nursing beds and beds held on a day up to today (default today).</source>
        <translation>显示某一天（不晚于今天，默认今天）的在用床位、护理型床位和已占用床位。</translation>
    </message>
    <message numerus="yes">
        <source>Roster of %1 (%n shift(s)) written to %2.</source>
        <translation>
            <numerusform>%1 排班表（%n 个班次）已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly norm</source>
        <translation>月工时标准</translation>
    </message>
    <message>
        <source>must be statutory or weekdays.</source>
        <translation>必须是 statutory（法定）或 weekdays（按工作日）。</translation>
    </message>
    <message>
        <source>Overtime is counted above %1 (%2).</source>
        <translation>加班按超出%1的部分计算（%2）。</translation>
    </message>
    <message>
        <source>Show or choose the monthly norm overtime is counted against: the statutory 174 hours (default) or 8 hours per weekday.</source>
        <translation>显示或选择计算加班的月标准工时：法定 174 小时（默认）或每个工作日 8 小时。</translation>
    </message>
    <message>
        <source>User %1 added (%2), linked to %3.</source>
        <translation>已添加用户 %1（%2），关联到 %3。</translation>
    </message>
    <message>
        <source>--staff STAFF is needed.</source>
        <translation>需要 --staff 工作人员。</translation>
    </message>
    <message>
        <source>User %1 is linked to %2.</source>
        <translation>用户 %1 已关联到 %2。</translation>
    </message>
    <message>
        <source>User %1 is linked to no staff record.</source>
        <translation>用户 %1 已取消关联工作人员档案。</translation>
    </message>
    <message>
        <source>Staff record</source>
        <translation>工作人员档案</translation>
    </message>
    <message>
        <source>Manage user accounts; passwords are read from the terminal or standard input. STAFF is a staff record&apos;s uid or exact name: a nurse account writes shift logs only as that person.</source>
        <translation>管理用户账号；密码从终端或标准输入读取。STAFF 为工作人员档案的 uid 或完整姓名：护士账号只能以该人员身份填写交接班记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>尽快</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record uid</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>List what needs attention today, from every module (most urgent first).</source>
        <translation>列出今天需要处理的事项，来自各个模块（最紧急的在前）。</translation>
    </message>
    <message>
        <source>The program and its database</source>
        <translation>程序与数据库</translation>
    </message>
    <message>
        <source>Residents shown</source>
        <translation>显示的老人</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>照护等级</translation>
    </message>
    <message>
        <source>List residents, by pinyin; --search takes a name, pinyin, initials or bed.</source>
        <translation>按拼音列出入住老人；--search 可按姓名、拼音、首字母或床位查找。</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>lies before --from %1.</source>
        <translation>早于 --from %1。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>List the shift-log entries written from --from to --to (default today), newest first; --incidents lists only incidents.</source>
        <translation>列出 --from 至 --to（默认今天）记录的交接班条目，最新的在前；--incidents 只列出事件。</translation>
    </message>
    <message>
        <source>Staff shown</source>
        <translation>显示的工作人员</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>List staff by role and pinyin; --search takes a name, pinyin or initials.</source>
        <translation>按岗位和拼音列出工作人员；--search 可按姓名、拼音或首字母查找。</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A heading in the help: the module&apos;s title and a colon (full-width in Chinese).</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>探访次数</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>入户</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近探访</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>责任人员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>none (no special-difficulty elders)</source>
        <translation>无（没有特殊困难老年人）</translation>
    </message>
    <message>
        <source>%1: %2 family beds active, %3 special-difficulty, %4 of them visited (visit rate %5); %6 visits, %7 in person.</source>
        <translation>%1：有效家庭养老床位 %2 张，其中特殊困难老年人 %3 位、已探访 %4 位（探访率 %5）；探访 %6 次，其中入户 %7 次。</translation>
    </message>
    <message>
        <source>A month&apos;s home-visit coverage of the family care beds (default this month); --unvisited lists the special-difficulty elders not yet visited.</source>
        <translation>家庭养老床位某月的上门探访情况（默认本月）；--unvisited 列出尚未探访的特殊困难老年人。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回转</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>离院天数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <source>%1: %2 referred out, %3 returned, %4 days away on average.</source>
        <translation>%1：转出 %2 人次，回转 %3 人次，平均离院 %4 天。</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s).</source>
        <translation>
            <numerusform>共 %n 份转诊单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-way medical referrals: all, only the open ones (--open), or those sent or returned in a month with the month&apos;s figures.</source>
        <translation>双向转诊：全部、仅未结案的（--open），或某月转出或回转的及当月数字。</translation>
    </message>
    <message numerus="yes">
        <source>Visit plan of %1 (%n family bed(s)) written to %2.</source>
        <translation>
            <numerusform>%1 的探访计划（%n 张家庭养老床位）已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a month&apos;s home-visit plan for the staff (each person&apos;s family beds, with address and phone) as an XLSX workbook.</source>
        <translation>将某月的上门探访计划（每位工作人员负责的家庭养老床位及地址、电话）导出为 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>User %1 is unlocked and may log in again.</source>
        <translation>用户 %1 已解锁，可以重新登录。</translation>
    </message>
    <message>
        <source>--month YYYY-MM is needed.</source>
        <translation>需要 --month YYYY-MM。</translation>
    </message>
    <message numerus="yes">
        <source>Monthly report %1 (%n month(s)) written to %2.</source>
        <translation>
            <numerusform>月报 %1（%n 个月）已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not over yet: its figures are as of %2.</source>
        <translation>%1 尚未结束：数据截至 %2。</translation>
    </message>
    <message>
        <source>must be a number such as 4.5, or none.</source>
        <translation>应为数字（如 4.5）或 none。</translation>
    </message>
    <message>
        <source>Target: at most %1 residents per caregiver (%2).</source>
        <translation>目标：每名护理员最多照护 %1 位老人（%2）。</translation>
    </message>
    <message>
        <source>No target of residents per caregiver is set.</source>
        <translation>尚未设定每名护理员照护老人目标。</translation>
    </message>
    <message>
        <source>Show, set or clear the center&apos;s target of residents per caregiver (the monthly report and the alerts compare with it).</source>
        <translation>显示、设定或清除本院每名护理员照护老人目标（月报和提醒据此比较）。</translation>
    </message>
    <message>
        <source>Write the monthly report of a month, or of each month of a range, as CSV (the county&apos;s monthly_indicators.csv), XLSX, JSON or PDF.</source>
        <translation>写出某月或某期间各月的月报：CSV（县里的 monthly_indicators.csv）、XLSX、JSON 或 PDF。</translation>
    </message>
    <message>
        <source>--out DIR is needed.</source>
        <translation>需要 --out DIR。</translation>
    </message>
    <message>
        <source>Choose --full or --incremental, not both.</source>
        <translation>--full 与 --incremental 只能选一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported (change sequence %1 to %2).</source>
        <translation>
            <numerusform>已导出 %n 条记录（变更序号 %1 至 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--in DIR is needed.</source>
        <translation>需要 --in DIR。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个问题写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package was refused: %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>数据包被拒绝：%n 个问题。未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n record(s) would change. Nothing was changed.</source>
        <translation>
            <numerusform>试运行：将更改 %n 条记录。未作任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this package.</source>
        <translation>无需更改：数据库中已有此数据包的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed. Backup before the import: %1</source>
        <translation>
            <numerusform>已更改 %n 条记录。导入前的备份：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>--in DIR and --out FILE are needed.</source>
        <translation>需要 --in DIR 和 --out FILE。</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>must end in .xlsx or .csv.</source>
        <translation>必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation>数据包所在文件夹</translation>
    </message>
    <message>
        <source>holds no package with monthly figures.</source>
        <translation>中没有含月度数据的数据包。</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n center(s), written to %2</source>
        <translation>
            <numerusform>%1：%n 家机构，已写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a county package (a folder of CSV files and its manifest) into DIR and print its path: every record (--full, the default) or those changed since the last export (--incremental).</source>
        <translation>把县级数据包（一个含 CSV 文件和清单的文件夹）写入 DIR 并输出其路径：全部记录（--full，默认）或上次导出后变更的记录（--incremental）。</translation>
    </message>
    <message>
        <source>Import a county package: all of it or nothing. --dry-run shows per file what would happen; --errors writes the refused rows and conflicts to a CSV file. Exit 2 when the package is refused.</source>
        <translation>导入县级数据包：要么全部导入，要么不导入。--dry-run 按文件显示将会发生的变化；--errors 把被拒绝的行和冲突写入 CSV 文件。数据包被拒绝时退出码为 2。</translation>
    </message>
    <message>
        <source>For the county: read a folder of centers&apos; packages (nothing is imported) and write each center&apos;s figures of the month (default the latest) and the county&apos;s totals, flagging centers below the 55 % nursing-bed ratio or the 100 % visit rate.</source>
        <translation>供县级使用：读取一个存放各机构数据包的文件夹（不导入任何内容），输出各机构当月（默认最近一个月）的数据和全县合计，并标出护理型床位占比低于 55% 或探访率低于 100% 的机构。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1, column %2, value &quot;%3&quot;: %4</source>
        <translation>第 %1 行，“%2”列，值“%3”：%4</translation>
    </message>
    <message>
        <source>--kind residents|staff is needed.</source>
        <translation>需要 --kind residents|staff。</translation>
    </message>
    <message>
        <source>--in FILE is needed.</source>
        <translation>需要 --in 文件。</translation>
    </message>
    <message>
        <source>Kind of sheet</source>
        <translation>表格类型</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked</source>
        <translation>
            <numerusform>%1：已检查 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 accepted, %2 refused.</source>
        <translation>，%1 行通过，%2 行被拒。</translation>
    </message>
    <message>
        <source>The sheet was refused; nothing was changed. Correct the rows named above and import it again.</source>
        <translation>表格被拒绝，未做任何更改。请更正上面列出的行后重新导入。</translation>
    </message>
    <message>
        <source>Dry run: every row would be imported; nothing was changed.</source>
        <translation>试运行：所有行都可以导入；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Backup made before the import: %1</source>
        <translation>
            <numerusform>已导入 %n 条记录。导入前的备份：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sheet of the workbook (or the CSV, UTF-8 or GB18030) is read; its header row names the columns. Columns are matched to fields by their header (姓名, 身份证号, 床位号, 入住日期 …); --map COLUMN=field (repeatable) sets a column&apos;s field, COLUMN=- leaves it out. Every row goes through the same checks as the dialogs; when one row is refused nothing is imported. A backup is written into backups/ beside the database first. Exit 0 imported (or a clean dry run), 2 refused, 3 file or database failure.</source>
        <translation>读取工作簿的第一个工作表（或 UTF-8、GB18030 编码的 CSV），以表头行为各列命名。按表头（姓名、身份证号、床位号、入住日期 …）把列对应到字段；--map 列名=字段（可重复）指定某列的字段，列名=- 表示不导入该列。每一行都按对话框中的同样规则检查；只要有一行被拒，就什么都不导入。导入前先在数据库旁的 backups/ 文件夹写入备份。退出码：0 已导入（或试运行无误），2 被拒，3 文件或数据库故障。</translation>
    </message>
    <message>
        <source>Fields of --kind residents:</source>
        <translation>--kind residents 的字段：</translation>
    </message>
    <message>
        <source>Fields of --kind staff:</source>
        <translation>--kind staff 的字段：</translation>
    </message>
    <message>
        <source>Import residents (with their beds) or staff from a roster spreadsheet; all rows or none. import-sheet --help lists the fields.</source>
        <translation>从花名册表格导入入住老人（连同床位）或工作人员；要么全部导入，要么都不导入。import-sheet --help 列出各字段。</translation>
    </message>
    <message>
        <source>--from FILE is needed.</source>
        <translation>需要 --from 文件。</translation>
    </message>
    <message>
        <source>The database %1 was restored from %2.</source>
        <translation>数据库 %1 已从 %2 恢复。</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>损坏的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>The database as it was is backed up in %1.</source>
        <translation>恢复前的数据库已备份在 %1。</translation>
    </message>
    <message>
        <source>Replace the database with the backup FILE, after checking it and backing up the database as it is (other programs using the database must be closed).</source>
        <translation>用备份文件替换数据库：先检查备份，并把当前数据库备份（正在使用该数据库的其他程序须先关闭）。</translation>
    </message>
</context>
<context>
    <name>jinglao::core::Actor</name>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>view records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>view personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <source>manage residents</source>
        <translation>管理入住老人</translation>
    </message>
    <message>
        <source>manage rooms and beds</source>
        <translation>管理房间和床位</translation>
    </message>
    <message>
        <source>record ability assessments</source>
        <translation>录入能力评估</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>管理工作人员</translation>
    </message>
    <message>
        <source>plan rosters</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>write shift logs</source>
        <translation>填写交接班记录</translation>
    </message>
    <message>
        <source>log home visits</source>
        <translation>登记上门服务</translation>
    </message>
    <message>
        <source>manage family care beds</source>
        <translation>管理家庭养老床位</translation>
    </message>
    <message>
        <source>record referrals</source>
        <translation>登记转诊</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>export the county package</source>
        <translation>导出县级数据包</translation>
    </message>
    <message>
        <source>import a county package</source>
        <translation>导入县级数据包</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>see emergency contacts&apos; phone numbers</source>
        <translation>查看紧急联系人电话</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
</context>
<context>
    <name>jinglao::core::AssessmentItems</name>
    <message>
        <source>fully dependent</source>
        <translation>完全依赖</translation>
    </message>
    <message>
        <source>needs much help</source>
        <translation>需大量协助</translation>
    </message>
    <message>
        <source>needs a little help</source>
        <translation>需少量协助</translation>
    </message>
    <message>
        <source>with prompting or aids</source>
        <translation>需指导或辅具</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>独立完成</translation>
    </message>
    <message>
        <source>incontinent or catheter</source>
        <translation>失禁或留置导管</translation>
    </message>
    <message>
        <source>mostly incontinent</source>
        <translation>大部分时间不能控制</translation>
    </message>
    <message>
        <source>occasional accidents</source>
        <translation>偶有失控</translation>
    </message>
    <message>
        <source>poorer at night or uses pads</source>
        <translation>夜间较差或用尿垫</translation>
    </message>
    <message>
        <source>continent</source>
        <translation>控制正常</translation>
    </message>
    <message>
        <source>cannot, or fully dependent</source>
        <translation>不能或完全依赖</translation>
    </message>
    <message>
        <source>needs help</source>
        <translation>需他人协助</translation>
    </message>
    <message>
        <source>with prompting or supervision</source>
        <translation>需指导或看护</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>完全丧失</translation>
    </message>
    <message>
        <source>severely impaired</source>
        <translation>重度受损</translation>
    </message>
    <message>
        <source>moderately impaired</source>
        <translation>中度受损</translation>
    </message>
    <message>
        <source>slightly impaired</source>
        <translation>轻度受损</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>aggressive behaviour</source>
        <translation>有攻击行为</translation>
    </message>
    <message>
        <source>depressive symptoms</source>
        <translation>有抑郁症状</translation>
    </message>
    <message>
        <source>coma</source>
        <translation>昏迷</translation>
    </message>
    <message>
        <source>drowsy or stuporous</source>
        <translation>嗜睡或昏睡</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>神志清醒</translation>
    </message>
    <message>
        <source>light and shapes only, or blind</source>
        <translation>仅见光影或失明</translation>
    </message>
    <message>
        <source>large print only</source>
        <translation>仅能看清大字</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>hears almost nothing</source>
        <translation>几乎听不见</translation>
    </message>
    <message>
        <source>needs a loud voice or aid</source>
        <translation>需大声或助听器</translation>
    </message>
    <message>
        <source>withdrawn, no contact</source>
        <translation>封闭，无交往</translation>
    </message>
    <message>
        <source>hardly interacts</source>
        <translation>很少交往</translation>
    </message>
    <message>
        <source>interacts when drawn in</source>
        <translation>被动接触</translation>
    </message>
    <message>
        <source>mostly adapts</source>
        <translation>基本适应</translation>
    </message>
    <message>
        <source>takes part actively</source>
        <translation>主动参与</translation>
    </message>
    <message>
        <source>Eating</source>
        <translation>进食</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>修饰</translation>
    </message>
    <message>
        <source>Bathing</source>
        <translation>洗澡</translation>
    </message>
    <message>
        <source>Dressing (upper body)</source>
        <translation>穿/脱上衣</translation>
    </message>
    <message>
        <source>Dressing (trousers, shoes, socks)</source>
        <translation>穿/脱裤子和鞋袜</translation>
    </message>
    <message>
        <source>Bladder control</source>
        <translation>小便控制</translation>
    </message>
    <message>
        <source>Bowel control</source>
        <translation>大便控制</translation>
    </message>
    <message>
        <source>Toileting</source>
        <translation>如厕</translation>
    </message>
    <message>
        <source>Turning in bed</source>
        <translation>床上体位转移</translation>
    </message>
    <message>
        <source>Bed–chair transfer</source>
        <translation>床椅转移</translation>
    </message>
    <message>
        <source>Walking on level ground</source>
        <translation>平地行走</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>上下楼梯</translation>
    </message>
    <message>
        <source>Orientation in time</source>
        <translation>时间定向</translation>
    </message>
    <message>
        <source>Orientation in place</source>
        <translation>空间定向</translation>
    </message>
    <message>
        <source>Orientation to people</source>
        <translation>人物定向</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>Understanding</source>
        <translation>理解能力</translation>
    </message>
    <message>
        <source>Expressing oneself</source>
        <translation>表达能力</translation>
    </message>
    <message>
        <source>Aggressive behaviour</source>
        <translation>攻击行为</translation>
    </message>
    <message>
        <source>Depressive symptoms</source>
        <translation>抑郁症状</translation>
    </message>
    <message>
        <source>Level of consciousness</source>
        <translation>意识水平</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>视力</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>Handling daily affairs</source>
        <translation>执行日常事务</translation>
    </message>
    <message>
        <source>Going out by transport</source>
        <translation>使用交通工具外出</translation>
    </message>
    <message>
        <source>Social interaction</source>
        <translation>社会交往能力</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <source>Basic mobility</source>
        <translation>基础运动能力</translation>
    </message>
    <message>
        <source>Mental state</source>
        <translation>精神状态</translation>
    </message>
    <message>
        <source>Perception and social participation</source>
        <translation>感知觉与社会参与</translation>
    </message>
    <message>
        <source>no aggressive behaviour</source>
        <translation>无攻击行为</translation>
    </message>
    <message>
        <source>no depressive symptoms</source>
        <translation>无抑郁症状</translation>
    </message>
</context>
<context>
    <name>jinglao::core::AssessmentLevel</name>
    <message>
        <source>Fully able</source>
        <translation>能力完好</translation>
    </message>
    <message>
        <source>Mildly disabled</source>
        <translation>轻度失能</translation>
    </message>
    <message>
        <source>Moderately disabled</source>
        <translation>中度失能</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>重度失能</translation>
    </message>
    <message>
        <source>Completely disabled</source>
        <translation>完全失能</translation>
    </message>
    <message>
        <source>in a coma</source>
        <translation>处于昏迷状态</translation>
    </message>
    <message>
        <source>dementia</source>
        <translation>认知症</translation>
    </message>
    <message>
        <source>risk events</source>
        <translation>风险事件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <extracomment>%1 preliminary level, %2 final level, %3 why it was raised</extracomment>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>psychiatric diagnosis</source>
        <translation>精神科诊断</translation>
    </message>
    <message>
        <source>raised one step for %1</source>
        <extracomment>%1 lists why the level was raised (one step however many): dementia, risk events</extracomment>
        <translation>因%1提高一级</translation>
    </message>
</context>
<context>
    <name>jinglao::core::AssessmentReason</name>
    <message>
        <source>First</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规评估</translation>
    </message>
    <message>
        <source>Change of condition</source>
        <translation>即时评估</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复评</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>jinglao::core::Consent</name>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>jinglao::core::CountyRow</name>
    <message>
        <source>may contain 3 to 20 digits, spaces, + and -.</source>
        <translation>只能包含 3–20 位数字、空格、+ 和 -。</translation>
    </message>
</context>
<context>
    <name>jinglao::core::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>jinglao::core::Error</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A rejected input: %1 is the field&apos;s name, %2 the value entered, %3 what is wrong with it.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（共 %n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::core::FileFormat</name>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV（逗号分隔文本）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
</context>
<context>
    <name>jinglao::core::Incident</name>
    <message>
        <source>No incident</source>
        <translation>无事件</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <source>Choking</source>
        <translation>噎食</translation>
    </message>
    <message>
        <source>Pressure sore</source>
        <translation>压疮</translation>
    </message>
    <message>
        <source>Wandering</source>
        <translation>走失</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>jinglao::core::InstitutionType</name>
    <message>
        <source>Township health center</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>县级医院</translation>
    </message>
    <message>
        <source>Other hospital</source>
        <translation>其他医院</translation>
    </message>
</context>
<context>
    <name>jinglao::core::ReferralOutcome</name>
    <message>
        <source>Returned</source>
        <translation>已回转</translation>
    </message>
    <message>
        <source>Stayed in hospital</source>
        <translation>留院治疗</translation>
    </message>
    <message>
        <source>Transferred elsewhere</source>
        <translation>转往他处</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>jinglao::core::ReferralStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回转</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>jinglao::core::ReferralUrgency</name>
    <message>
        <source>Routine</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>急诊</translation>
    </message>
</context>
<context>
    <name>jinglao::core::Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士/护理员</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>jinglao::core::RosterWarning</name>
    <message>
        <source>Over 8 hours a day</source>
        <translation>日工作超 8 小时</translation>
    </message>
    <message>
        <source>Over 44 hours a week</source>
        <translation>周均工作超 44 小时</translation>
    </message>
    <message>
        <source>No rest day in 7</source>
        <translation>连续 7 天无休</translation>
    </message>
    <message>
        <source>Overtime over 36 hours</source>
        <translation>月加班超 36 小时</translation>
    </message>
    <message>
        <source>Too few caregivers</source>
        <translation>护理员人手不足</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假期间排班</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>非在职期间排班</translation>
    </message>
</context>
<context>
    <name>jinglao::core::Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>jinglao::core::ShiftStatus</name>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>已上班</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
</context>
<context>
    <name>jinglao::core::ShiftTemplate</name>
    <message>
        <source>Early shift</source>
        <translation>早班</translation>
    </message>
    <message>
        <source>Late shift</source>
        <translation>中班</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Night shift (12 h)</source>
        <translation>夜班（12 小时）</translation>
    </message>
</context>
<context>
    <name>jinglao::core::SpecialReason</name>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Empty nest</source>
        <translation>空巢</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>留守</translation>
    </message>
    <message>
        <source>Widowed and childless</source>
        <translation>孤寡</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>失能</translation>
    </message>
    <message>
        <source>Severe disability</source>
        <translation>重残</translation>
    </message>
    <message>
        <source>Special family-planning family</source>
        <translation>计划生育特殊家庭</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>jinglao::core::StaffRole</name>
    <message>
        <source>Caregiver</source>
        <translation>养老护理员</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>jinglao::core::VisitMethod</name>
    <message>
        <source>In person</source>
        <translation>入户</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>jinglao::core::VisitService</name>
    <message>
        <source>Meal help</source>
        <translation>助餐</translation>
    </message>
    <message>
        <source>Bathing</source>
        <translation>助浴</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>助洁</translation>
    </message>
    <message>
        <source>Walking help</source>
        <translation>助行</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>助医</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>助急</translation>
    </message>
    <message>
        <source>Visit and chat</source>
        <translation>探访</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>康复</translation>
    </message>
</context>
<context>
    <name>jinglao::core::familybeds</name>
    <message>
        <source>is not one of %1.</source>
        <translation>不是以下之一：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list: 助餐、助浴</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>jinglao::core::sql</name>
    <message>
        <source>the database is busy: another program or computer is writing to it and did not finish in time. Try again.</source>
        <translation>数据库正忙：另一个程序或另一台电脑正在写入，未能及时完成。请重试。</translation>
    </message>
    <message>
        <source>the database file cannot be written (write-protected file, folder or medium).</source>
        <translation>数据库文件无法写入（文件、文件夹或存储介质写保护）。</translation>
    </message>
    <message>
        <source>the database file is damaged. Run a check and restore a backup if needed.</source>
        <translation>数据库文件已损坏。请运行检查，必要时恢复备份。</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>the database file cannot be opened (missing, or no permission to read it).</source>
        <translation>无法打开数据库文件（文件不存在，或没有读取权限）。</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database (%1).</source>
        <translation>此修改违反数据库规则（%1）。</translation>
    </message>
    <message>
        <source>database error %1 (%2).</source>
        <translation>数据库错误 %1（%2）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>the disk could not read or write the file (it may be full, the file larger than this account may write, or the medium failing).</source>
        <translation>磁盘无法读写该文件（可能磁盘已满、文件超过了本账号允许写入的大小，或存储介质出现故障）。</translation>
    </message>
</context>
<context>
    <name>jinglao::core::textrules</name>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>may have at most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>may contain 3 to 20 digits, spaces, + and -.</source>
        <translation>只能包含 3 到 20 个数字、空格、+ 和 -。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AboutDialog</name>
    <message>
        <source>About Jinglao</source>
        <translation>关于敬老</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Jinglao %1&lt;/h2&gt;&lt;p&gt;Records for a township elderly-care center: residents, beds, assessments, staff, shift logs, family care beds, referrals and county reports.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · database schema version %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;敬老 %1&lt;/h2&gt;&lt;p&gt;乡镇敬老院信息管理：入住老人、床位、能力评估、工作人员、交接班记录、家庭养老床位、医养转诊与县级上报。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本。&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · 数据库结构版本 %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Staff record:</source>
        <translation>工作人员档案：</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AdmissionDialog</name>
    <message>
        <source>Edit resident</source>
        <translation>编辑老人信息</translation>
    </message>
    <message>
        <source>Admit a resident</source>
        <translation>入住登记</translation>
    </message>
    <message>
        <source>18 characters, or an old 15-digit number</source>
        <translation>18 位，或 15 位旧号码</translation>
    </message>
    <message>
        <source>Name and relation, e.g. 张建国（儿子）</source>
        <translation>姓名及关系，如：张建国（儿子）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>%1 with this ID number died on %2.</source>
        <translation>该身份证号的老人 %1 已于 %2 去世。</translation>
    </message>
    <message>
        <source>%1 lived here until %2; admitting re-admits them and keeps their history.</source>
        <translation>%1 曾在院至 %2，本次将办理再次入住，原有记录保留。</translation>
    </message>
    <message>
        <source>%1 with this ID number already lives here.</source>
        <translation>该身份证号的老人 %1 目前在院。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>The details of %1 were saved.</source>
        <translation>已保存%1的资料。</translation>
    </message>
    <message>
        <source>%1 was admitted.</source>
        <translation>%1已办理入住。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AgreementDialog</name>
    <message>
        <source>New service agreement</source>
        <translation>新建服务协议</translation>
    </message>
    <message>
        <source>Renew the service agreement</source>
        <translation>续签服务协议</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>续签自</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Home adaptations (适老化改造) made</source>
        <translation>已实施适老化改造</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AppContext</name>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AssessmentDialog</name>
    <message>
        <source>Ability assessment — %1</source>
        <translation>老年人能力评估 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>评估日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>评估原因：</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>评估员：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Raising rules</source>
        <translation>等级变更依据</translation>
    </message>
    <message>
        <source>In a coma (completely disabled)</source>
        <translation>处于昏迷状态（直接评定为完全失能）</translation>
    </message>
    <message>
        <source>Self-harm events, last 30 days:</source>
        <translation>近30天自伤次数：</translation>
    </message>
    <message>
        <source>Ability assessment of %1 on %2</source>
        <translation>%1 的能力评估（%2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 / %2 — %n item(s) not scored yet</source>
        <translation>
            <numerusform>总分 %1 / %2 — 尚有 %n 项未评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 / %2</source>
        <translation>总分 %1 / %2</translation>
    </message>
    <message>
        <source>Level: score every item to see it</source>
        <translation>能力等级：全部项目评分后显示</translation>
    </message>
    <message>
        <source>Preliminary level: %1    Final level: %2</source>
        <translation>初步等级：%1    最终等级：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <source>Total %1 / %2 (item scores not recorded)</source>
        <translation>总分 %1 / %2（未记录各项得分）</translation>
    </message>
    <message>
        <source>Any of these raises the level one step (never more):</source>
        <translation>以下任一情况将等级提高一级（最多一级）：</translation>
    </message>
    <message>
        <source>Diagnosed dementia (ICD-10 F00–F03)</source>
        <translation>确诊认知症/痴呆（ICD-10 F00–F03）</translation>
    </message>
    <message>
        <source>Other mental or behavioural disorder diagnosed by a psychiatrist (F04–F99)</source>
        <translation>精神科医师诊断的其他精神和行为障碍（F04–F99）</translation>
    </message>
    <message>
        <source>Falls, choking and wandering in the shift log: %1; risk events in all: %2 (two or more count)</source>
        <translation>交接班记录中近30天跌倒、噎食、走失：%1 次；风险事件合计：%2 次（2次及以上计入）</translation>
    </message>
    <message>
        <source>%1: 0 to %2 points; the higher, the more able</source>
        <translation>%1：0–%2 分，分数越高能力越好</translation>
    </message>
    <message>
        <source>Falls, choking, wandering and the like, last 30 days:</source>
        <translation>近30天跌倒、噎食、走失等（报告）：</translation>
    </message>
    <message>
        <source>Risk events in all: %1 (two or more count)</source>
        <translation>风险事件合计：%1 次（2次及以上计入）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AssessmentListModel</name>
    <message>
        <source>Date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>基础运动</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神状态</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>感知觉与社会参与</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>能力等级</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>%1 (family bed)</source>
        <translation>%1（家庭床位）</translation>
    </message>
    <message>
        <source>Person assessed</source>
        <translation>评估对象</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AssessmentsPage</name>
    <message>
        <source>Re-assess every</source>
        <translation>复评间隔</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Save interval</source>
        <translation>保存间隔</translation>
    </message>
    <message>
        <source>Due for assessment</source>
        <translation>待评估老人</translation>
    </message>
    <message>
        <source>Assess selected resident…</source>
        <translation>评估所选老人…</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>最近的评估</translation>
    </message>
    <message>
        <source>View selected assessment…</source>
        <translation>查看所选评估…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Withdraw an assessment entered by mistake</source>
        <translation>撤销误录的评估</translation>
    </message>
    <message>
        <source>Withdraw assessment</source>
        <translation>撤销评估</translation>
    </message>
    <message>
        <source>Withdraw the assessment of %1 on %2? It stays in the records as withdrawn and no longer counts for the care level.</source>
        <translation>撤销 %1 在 %2 的评估吗？该记录将保留并标记为已撤销，不再作为照护等级的依据。</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <source>Your role may not record assessments.</source>
        <translation>您的角色无权录入评估。</translation>
    </message>
    <message>
        <source>Nobody is due or overdue for an assessment.</source>
        <translation>目前没有到期或逾期待评估的老人。</translation>
    </message>
    <message>
        <source>No assessments recorded yet — select a resident above and use “Assess selected resident…”.</source>
        <translation>还没有评估记录——在上方选择一位老人，点击“评估所选老人…”。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) due or overdue for an ability assessment (GB/T 42195-2022)</source>
        <extracomment>The assessments page&apos;s summary: who is due, then the interval.</extracomment>
        <translation>
            <numerusform>%n 位老人能力评估到期或逾期（GB/T 42195-2022）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; re-assessed every %n month(s).</source>
        <translation>
            <numerusform>；每 %n 个月复评一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>评估报告</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部数据表</translation>
    </message>
    <message>
        <source>Only administrators can read the audit log.</source>
        <translation>只有管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%2 于 %3 %1</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>record uid (shown when pointing at a record)</source>
        <translation>记录 uid（鼠标指向记录时显示）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) match the filters; entries cannot be changed or deleted.</source>
        <translation>
            <numerusform>%n 条记录符合筛选条件；记录不能修改或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies): every change, login and export, kept unchangeable.</source>
        <translation>
            <numerusform>共 %n 条记录：每次修改、登录和导出都记录在此，不能更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches the filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — %1, record %2</source>
        <translation> — %1，记录 %2</translation>
    </message>
    <message>
        <source> — %1: %2 (record %3)</source>
        <extracomment>The audit details: the table, what the record is, and its uid for those who need it.</extracomment>
        <translation> — %1：%2（记录 %3）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Record uid: %1</source>
        <translation>记录 uid：%1</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BedComboBox</name>
    <message>
        <source>(no bed yet)</source>
        <translation>（暂不分配床位）</translation>
    </message>
    <message>
        <source>dementia unit</source>
        <translation>失智照护专区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>empty room</source>
        <translation>空房间</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>同室：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Room shared with the other gender</source>
        <translation>与异性同住一室</translation>
    </message>
    <message>
        <source>The room of bed %1 is shared with %2. Place %3 there all the same?</source>
        <translation>床位 %1 所在房间住有 %2。仍要把 %3 安排在这里吗？</translation>
    </message>
    <message>
        <source>Place there</source>
        <translation>仍安排在此</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BedDialog</name>
    <message>
        <source>Add a bed</source>
        <translation>新增床位</translation>
    </message>
    <message>
        <source>Edit bed</source>
        <translation>编辑床位</translation>
    </message>
    <message>
        <source>e.g. A</source>
        <translation>如：A</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>如：1</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>如：101</translation>
    </message>
    <message>
        <source>empty: next number in the room, e.g. A-101-3</source>
        <translation>留空则按房间顺序编号，如 A-101-3</translation>
    </message>
    <message>
        <source>In the dementia care unit</source>
        <translation>属于失智照护专区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Bed code</source>
        <translation>床位编号</translation>
    </message>
    <message>
        <source>Bed type</source>
        <translation>床位类型</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BedMapWidget</name>
    <message>
        <source>Room %1</source>
        <translation>%1 室</translation>
    </message>
    <message>
        <source>Dementia unit</source>
        <translation>失智专区</translation>
    </message>
    <message>
        <source>No beds yet. Add a room&apos;s beds with &quot;Add room&quot;.</source>
        <translation>还没有床位。请用“按房间添加”录入床位。</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1 栋</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1 层</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BedServiceDialog</name>
    <message>
        <source>Return bed %1 to service</source>
        <translation>恢复使用床位 %1</translation>
    </message>
    <message>
        <source>Take bed %1 out of service</source>
        <translation>停用床位 %1</translation>
    </message>
    <message>
        <source>e.g. repair finished (optional)</source>
        <translation>如：维修完成（可不填）</translation>
    </message>
    <message>
        <source>e.g. bed frame broken</source>
        <translation>如：床架损坏</translation>
    </message>
    <message>
        <source>In service from:</source>
        <translation>启用日期：</translation>
    </message>
    <message>
        <source>Out of service from:</source>
        <translation>停用日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Past figures (beds in service, nursing-bed ratio, occupancy) count the bed by these dates.</source>
        <translation>过去日期的统计（在用床位、护理型床位占比、入住率）按这些日期计入该床位。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BedTile</name>
    <message>
        <source>Dementia care unit</source>
        <translation>失智照护专区</translation>
    </message>
    <message>
        <source>Able</source>
        <comment>care level, short</comment>
        <translation>完好</translation>
    </message>
    <message>
        <source>Mild</source>
        <comment>care level, short</comment>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>care level, short</comment>
        <translation>中度</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>care level, short</comment>
        <translation>重度</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>care level, short</comment>
        <translation>完全</translation>
    </message>
    <message>
        <source>—</source>
        <comment>care level not assessed, short</comment>
        <translation>未评</translation>
    </message>
    <message>
        <source>N</source>
        <comment>nursing bed mark</comment>
        <translation>护</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::BedsPage</name>
    <message>
        <source>Beds in service</source>
        <translation>在用床位</translation>
    </message>
    <message>
        <source>Nursing beds</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <source>Nursing-bed ratio (target ≥ 55 %)</source>
        <translation>护理型床位占比（目标 ≥ 55%）</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>按房间添加…</translation>
    </message>
    <message>
        <source>Add several beds to a room at once</source>
        <translation>一次为一个房间添加多张床位</translation>
    </message>
    <message>
        <source>Add bed…</source>
        <translation>新增床位…</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-size:12px; font-weight:normal; color:#777;&apos;&gt;(%2 out of service)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;font-size:12px; font-weight:normal; color:#777;&apos;&gt;（另有 %2 张停用）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nursing-bed ratio: below the 55 % target</source>
        <translation>护理型床位占比：低于 55% 目标</translation>
    </message>
    <message>
        <source>Admit a resident…</source>
        <translation>办理入住…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>查看 %1</translation>
    </message>
    <message>
        <source>Edit bed…</source>
        <translation>编辑床位…</translation>
    </message>
    <message>
        <source>Take out of service…</source>
        <translation>停用床位…</translation>
    </message>
    <message>
        <source>Return to service…</source>
        <translation>恢复使用…</translation>
    </message>
    <message>
        <source>Today&apos;s beds by building and floor: click a free bed to admit, an occupied one to open the resident; right-click for more.</source>
        <translation>今天的床位，按楼栋和楼层排列：点击空床办理入住，点击有人的床位查看老人；右键查看更多操作。</translation>
    </message>
    <message>
        <source>Bed map</source>
        <translation>床位图</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dementia unit</source>
        <translation>失智专区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>照护等级</translation>
    </message>
    <message>
        <source>Bed list</source>
        <translation>床位列表</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CenterForm</name>
    <message>
        <source>e.g. 下板城镇敬老院</source>
        <translation>如：下板城镇敬老院</translation>
    </message>
    <message>
        <source>the code the county gave the center, e.g. HB130821-003</source>
        <translation>县民政局分配的机构代码，如 HB130821-003</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form label: the field&apos;s name and a colon (full-width in Chinese).</extracomment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CertificateDialog</name>
    <message>
        <source>Add a certificate for %1</source>
        <translation>为%1添加证书</translation>
    </message>
    <message>
        <source>e.g. caregiver vocational skill certificate</source>
        <translation>如：养老护理员职业技能等级证书</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::Confirmation</name>
    <message>
        <source>Unsaved input</source>
        <translation>未保存的内容</translation>
    </message>
    <message>
        <source>Discard the unsaved input?</source>
        <translation>放弃未保存的内容？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CountyPage</name>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the county summary</source>
        <translation>导出县级汇总</translation>
    </message>
    <message>
        <source>Choose the packages folder…</source>
        <translation>选择数据包文件夹…</translation>
    </message>
    <message>
        <source>Folder of the centers&apos; packages</source>
        <translation>各机构数据包所在文件夹</translation>
    </message>
    <message>
        <source>Choose the folder that holds the packages the centers sent.</source>
        <translation>请选择存放各机构所报数据包的文件夹。</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>The figures each center reported for a month, side by side; nothing is imported.</source>
        <translation>并列显示各机构所报的某月数据；不导入任何内容。</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>县级汇总</translation>
    </message>
    <message>
        <source>No package in this folder has monthly figures.</source>
        <translation>此文件夹中没有含月度数据的数据包。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n center(s)</source>
        <translation>
            <numerusform>%1：%n 家机构</numerusform>
        </translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>must end in .xlsx or .csv.</source>
        <translation>必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Nursing-bed ratio</source>
        <translation>护理型床位占比</translation>
    </message>
    <message>
        <source>Target 55 %</source>
        <translation>目标 55%</translation>
    </message>
    <message>
        <source>Visit rate of special-difficulty elders</source>
        <translation>特殊困难老年人探访率</translation>
    </message>
    <message>
        <source>Target 100 %</source>
        <translation>目标 100%</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>床位使用率</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CoveragePanel</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Print visit plan…</source>
        <translation>打印探访计划…</translation>
    </message>
    <message>
        <source>Visit plan as PDF…</source>
        <translation>探访计划存为 PDF…</translation>
    </message>
    <message>
        <source>Visit plan as XLSX…</source>
        <translation>探访计划导出 XLSX…</translation>
    </message>
    <message>
        <source>family beds in service</source>
        <translation>服务中的家庭养老床位</translation>
    </message>
    <message>
        <source>special-difficulty elders</source>
        <translation>特殊困难老年人</translation>
    </message>
    <message>
        <source>of them visited</source>
        <translation>其中已探访</translation>
    </message>
    <message>
        <source>monthly visit rate (target 100 %)</source>
        <translation>月探访率（目标 100%）</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>探访次数</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>入户探访</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Special-difficulty elders not yet visited: %n</source>
        <translation>
            <numerusform>尚未探访的特殊困难老年人：%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) left in the month)</source>
        <translation>
            <numerusform>（本月还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source> (the month is over)</source>
        <translation>（本月已结束）</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>未指派人员</translation>
    </message>
    <message>
        <source>assigned: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Exporting the visit plan…</source>
        <translation>正在导出探访计划…</translation>
    </message>
    <message>
        <source>visit-plan-%1</source>
        <translation>探访计划-%1</translation>
    </message>
    <message>
        <source>Save the visit plan as PDF</source>
        <translation>将探访计划保存为 PDF</translation>
    </message>
    <message>
        <source>Export the visit plan as XLSX</source>
        <translation>将探访计划导出为 XLSX</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Monthly home-visit coverage</source>
        <translation>月度探访覆盖</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::CoverageTableModel</name>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已探访</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>入户</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近探访</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>负责人员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::DischargeDialog</name>
    <message>
        <source>Discharge</source>
        <translation>办理出院</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>出院原因</translation>
    </message>
    <message>
        <source>The bed becomes free from the discharge date; the resident&apos;s history is kept.</source>
        <translation>床位自出院日期起空出；老人的历史记录保留。</translation>
    </message>
    <message>
        <source>%1 was discharged on %2 (%3); the bed is free and the record is kept under discharged residents.</source>
        <translation>%1 已于 %2 办理出院（%3）；床位已空出，记录保留在已出院老人中。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::DueListModel</name>
    <message numerus="yes">
        <source>Never assessed (%n day(s) since admission)</source>
        <translation>
            <numerusform>从未评估（入住已 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>从未评估</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>上次评估</translation>
    </message>
    <message>
        <source>Last level</source>
        <translation>上次等级</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应评日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::DutyPanel</name>
    <message>
        <source>You may read the shift log but not write it.</source>
        <translation>您可以查看交接班记录，但不能填写。</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Nurse on duty:</source>
        <translation>当班护士：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Handover from the previous shift</source>
        <translation>上一班交班内容</translation>
    </message>
    <message>
        <source>Open incidents:</source>
        <translation>未处理完的事件：</translation>
    </message>
    <message>
        <source>Follow up incident</source>
        <translation>跟进事件</translation>
    </message>
    <message>
        <source>Accept handover</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Handover note for the next shift (required)</source>
        <translation>写给下一班的交班内容（必填）</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>交班并结束本班</translation>
    </message>
    <message>
        <source>Entries of this shift</source>
        <translation>本班记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What happened, what was done</source>
        <translation>发生了什么，做了哪些处理</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>老人：</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>(no resident)</source>
        <translation>（不针对具体老人）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No shift left to open today.</source>
        <translation>今天没有可接的班次。</translation>
    </message>
    <message>
        <source>Read the handover, then open your shift.</source>
        <translation>请先阅读交班内容，然后接班。</translation>
    </message>
    <message>
        <source>Shift %1 %2 of %3, opened at %4.</source>
        <translation>%3 的班次 %1 %2，接班时间 %4。</translation>
    </message>
    <message>
        <source>Accepted at %1</source>
        <translation>已于 %1 确认接班</translation>
    </message>
    <message>
        <source>Correcting the entry of %1 by %2: “%3”</source>
        <translation>更正 %2 于 %1 写的记录：“%3”</translation>
    </message>
    <message>
        <source>Following up: %1</source>
        <translation>跟进事件：%1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Editing the entry of %1</source>
        <translation>正在修改 %1 的记录</translation>
    </message>
    <message>
        <source>You write on behalf of the nurse chosen; the log records that %1 entered it.</source>
        <translation>您将代所选护士填写，记录中会注明由 %1 代录。</translation>
    </message>
    <message>
        <source> (closed by %1 on her behalf)</source>
        <translation>（由 %1 代为交班）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, shift %2 %3, closed at %4%5:&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，班次 %2 %3，交班时间 %4%5：&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Choose a shift to see the handover it takes over.</source>
        <translation>选择班次后可查看该班次要接的交班内容。</translation>
    </message>
    <message>
        <source>Waiting for the preceding shift to close</source>
        <translation>等待上一班交班</translation>
    </message>
    <message>
        <source>Your account %1 is not linked to a staff record, so you cannot write the shift log. Ask an administrator to link it to your staff record on the User accounts page.</source>
        <translation>您的账号 %1 未关联工作人员档案，不能填写交接班记录。请管理员在“用户账号”页面把它关联到您的工作人员档案。</translation>
    </message>
    <message>
        <source>Takes over the shift: opens it and accepts the handover shown, once it is there to read.</source>
        <translation>接班：开始本班，并确认已阅读上面显示的交班内容（如已交班）。</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>When the incident happened (not when it is written): from %1 hours before the shift began until now.</source>
        <translation>事件实际发生的时间（不是记录的时间）：本班开始前 %1 小时至现在。</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Happened at:</source>
        <translation>发生时间：</translation>
    </message>
    <message>
        <source>You</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>当前当班</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>其他工作人员</translation>
    </message>
    <message>
        <source>Nobody is on duty now according to the roster; choose the nurse.</source>
        <translation>按排班表，现在没有人当班；请选择护士。</translation>
    </message>
    <message>
        <source>Opening the shift accepts the handover.</source>
        <translation>接班即确认交班内容。</translation>
    </message>
    <message>
        <source>The handover is there: accept it.</source>
        <translation>上一班已交班：请确认接班。</translation>
    </message>
    <message>
        <source>Read the handover</source>
        <translation>阅读交班内容</translation>
    </message>
    <message>
        <source>Write entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Hand over and close</source>
        <translation>交班并结束本班</translation>
    </message>
    <message>
        <source>Hand over and close the shift</source>
        <translation>交班并结束本班</translation>
    </message>
    <message>
        <source>Close shift %1 with this handover note? The next shift reads it; entries of a closed shift are no longer changed, only corrected.</source>
        <translation>以这段交班内容结束班次 %1？下一班将阅读它；结束后本班的记录不能再修改，只能更正。</translation>
    </message>
    <message>
        <source>Shift %1 closed and handed over at %2.</source>
        <translation>班次 %1 已于 %2 交班结束。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::EndAgreementDialog</name>
    <message>
        <source>End the service agreement</source>
        <translation>终止服务协议</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Last day of service</source>
        <translation>服务最后一天</translation>
    </message>
    <message>
        <source>e.g. moved in with her son, admitted to the center, died</source>
        <translation>例如：随儿子居住、入住本院、去世</translation>
    </message>
    <message>
        <source>End agreement</source>
        <translation>终止协议</translation>
    </message>
    <message>
        <source>The agreement is kept in the history, marked as ended.</source>
        <translation>协议保留在历史记录中，标记为已终止。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ErrorDialog</name>
    <message>
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Cannot be done now</source>
        <translation>当前无法操作</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedDetailView</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visits a month</source>
        <translation>每月探访次数</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>负责人员</translation>
    </message>
    <message>
        <source>Home adaptations</source>
        <translation>适老化改造</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>新建协议…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续签…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>探访人员</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Problems and actions</source>
        <translation>发现问题及处理</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门探访</translation>
    </message>
    <message>
        <source>No family bed selected</source>
        <translation>未选择家庭养老床位</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>special difficulty: %1</source>
        <translation>特殊困难：%1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>续签自 %1</translation>
    </message>
    <message>
        <source>ended on %1: %2</source>
        <translation>%1 终止：%2</translation>
    </message>
    <message>
        <source>made</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>处理：%1</translation>
    </message>
    <message>
        <source>(corrected: %1)</source>
        <translation>（已更正：%1）</translation>
    </message>
    <message>
        <source>agreement-%1-%2.pdf</source>
        <translation>服务协议-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Ability assessment (GB/T 42195-2022) with the residents&apos; form</source>
        <translation>能力评估（GB/T 42195-2022），与入住老人使用同一评估表</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <source>Care level entered</source>
        <translation>录入的照护等级</translation>
    </message>
    <message>
        <source>%1, assessed on %2 by %3 (the assessment above replaces it)</source>
        <translation>%1，%2 由%3评估（已由上面的评估取代）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedDialog</name>
    <message>
        <source>Register an elder for a family bed</source>
        <translation>登记家庭养老床位老年人</translation>
    </message>
    <message>
        <source>Edit family bed</source>
        <translation>编辑家庭养老床位</translation>
    </message>
    <message>
        <source>The elder</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>18 characters, or an old 15-digit number</source>
        <translation>18 位，或旧的 15 位号码</translation>
    </message>
    <message>
        <source>Name and relation, e.g. 张建国（儿子）</source>
        <translation>姓名及关系，例如 张建国（儿子）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Group, house number</source>
        <translation>组、门牌号</translation>
    </message>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>A special-difficulty elder (visited every month)</source>
        <translation>特殊困难老年人（每月探访）</translation>
    </message>
    <message>
        <source>e.g. 本院评估, 县评估中心</source>
        <translation>例如：本院评估、县评估中心</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>In force: %1. An assessment sets the care level; the level entered here applies only while there is none.</source>
        <translation>现行：%1。照护等级以能力评估为准；此处录入的等级仅在没有评估时适用。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedPicker</name>
    <message>
        <source>Name or pinyin, then Enter</source>
        <translation>输入姓名或拼音后按回车</translation>
    </message>
    <message>
        <source>special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>(no agreement on %1)</source>
        <translation>（%1 无有效协议）</translation>
    </message>
    <message>
        <source>No family bed chosen yet.</source>
        <translation>尚未选择家庭养老床位。</translation>
    </message>
    <message>
        <source>agreement %1, %2</source>
        <translation>协议 %1，%2</translation>
    </message>
    <message>
        <source>no agreement</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedRegistry</name>
    <message>
        <source>Search: name or pinyin (lf / liufang)</source>
        <translation>搜索：姓名或拼音（lf / liufang）</translation>
    </message>
    <message>
        <source>All elders</source>
        <translation>全部老年人</translation>
    </message>
    <message>
        <source>Special-difficulty elders</source>
        <translation>特殊困难老年人</translation>
    </message>
    <message>
        <source>Other elders</source>
        <translation>其他老年人</translation>
    </message>
    <message>
        <source>Any agreement state</source>
        <translation>全部协议状态</translation>
    </message>
    <message>
        <source>Agreement active</source>
        <translation>协议生效中</translation>
    </message>
    <message>
        <source>Agreement upcoming</source>
        <translation>协议未开始</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>协议已终止</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>无协议</translation>
    </message>
    <message numerus="yes">
        <source>%n elder(s)</source>
        <translation>
            <numerusform>%n 位老年人</numerusform>
        </translation>
    </message>
    <message>
        <source>Family care beds</source>
        <translation>家庭养老床位</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedTableModel</name>
    <message>
        <source>Special difficulty</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Township and village</source>
        <translation>乡镇、村</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>负责人员</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FamilyBedsPage</name>
    <message>
        <source>Register an elder…</source>
        <translation>登记老年人…</translation>
    </message>
    <message>
        <source>Registry and agreements</source>
        <translation>登记与协议</translation>
    </message>
    <message>
        <source>Enter home visits</source>
        <translation>录入上门探访</translation>
    </message>
    <message>
        <source>Monthly coverage</source>
        <translation>月度探访覆盖</translation>
    </message>
    <message>
        <source>Family care beds</source>
        <translation>家庭养老床位</translation>
    </message>
    <message>
        <source>no special-difficulty elders</source>
        <translation>无特殊困难老年人</translation>
    </message>
    <message>
        <source>This month: %1 family beds in service, %2 special-difficulty elders, %3 of them visited (visit rate: %4).</source>
        <translation>本月：服务中的家庭养老床位 %1 张，特殊困难老年人 %2 人，其中已探访 %3 人（探访率：%4）。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FillPatternDialog</name>
    <message>
        <source>Fill a rotating pattern</source>
        <translation>按轮班规律排班</translation>
    </message>
    <message numerus="yes">
        <source>Fills %n selected person(s). One entry per day, separated by commas; &quot;-&quot; is a rest day.</source>
        <translation>
            <numerusform>为选中的 %n 人排班。每天一项，用逗号分隔；“-”表示休息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>轮班规律</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Each further person starts the pattern this many days later.</source>
        <translation>每往下一人，轮班规律推后的天数。</translation>
    </message>
    <message>
        <source>Offset per person (days)</source>
        <translation>每人错开天数</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. Create the administrator&apos;s account: the administrator manages users and settings and sees all personal data. The password needs at least %1 characters.</source>
        <translation>此数据库还没有用户账号。请创建管理员账号：管理员负责管理用户和设置，可查看全部个人信息。密码至少 %1 位。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <source>The center (only its name is needed now; the rest can follow in Settings)</source>
        <translation>机构信息（现在只需填写名称，其余可稍后在“设置”中补充）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::GuiApplication</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Unknown page %1 (pages: %2).</source>
        <translation>未知页面 %1（可用页面：%2）。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>There is no database at
%1

Create a new, empty database there? Choose No if the path is mistyped or the drive holding your records is not connected.</source>
        <translation>以下位置没有数据库：
%1

要在此处新建一个空数据库吗？如果路径输错了，或存放数据的磁盘未连接，请选“否”。</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>只读数据库</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (the file, its folder or the medium is write-protected). It is open for reading only: nothing can be changed, and logins are not recorded.</source>
        <translation>数据库 %1 无法写入（文件、文件夹或存储介质写保护），现以只读方式打开：不能做任何修改，登录也不会被记录。</translation>
    </message>
    <message>
        <source>Screenshot file</source>
        <translation>截图文件</translation>
    </message>
    <message>
        <source>No good backup was found in %1. The damaged file was left as it is.</source>
        <translation>在 %1 中没有找到完好的备份。损坏的文件保持原样。</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

The newest good backup is
%2
written %3.

Restore it? The damaged file is kept beside it under a new name, never overwritten; what was entered after the backup is not in it.</source>
        <translation>%1

最新的完好备份是
%2
写于 %3。

要恢复它吗？损坏的文件会改名保留在旁边，绝不会被覆盖；备份之后录入的内容不在备份中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>备份已恢复。损坏的文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation>在用床位</translation>
    </message>
    <message>
        <source>Nursing-bed ratio (target ≥ 55 %)</source>
        <translation>护理型床位占比（目标 ≥ 55%）</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>Residents and staff</source>
        <translation>老人与工作人员</translation>
    </message>
    <message>
        <source>Residents in the center</source>
        <translation>在院老人</translation>
    </message>
    <message>
        <source>Caregivers employed</source>
        <translation>在职护理员</translation>
    </message>
    <message>
        <source>Shifts short of caregivers this month</source>
        <translation>本月人手不足班次</translation>
    </message>
    <message>
        <source>Incidents this month</source>
        <translation>本月意外事件</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Database file: %1&lt;br&gt;Schema version: %2&lt;br&gt;Last backup: %3</source>
        <translation>数据库文件：%1&lt;br&gt;结构版本：%2&lt;br&gt;最近备份：%3</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>待评估老人</translation>
    </message>
    <message>
        <source>No staff yet — add the center&apos;s staff on the Staff page; caregivers, shifts short of caregivers and incidents appear once they are rostered.</source>
        <translation>还没有工作人员——请在“工作人员”页添加；排班以后，这里显示护理员人数、人手不足的班次和事件。</translation>
    </message>
    <message>
        <source>%1 · %2 · logged in as %3 (%4)</source>
        <extracomment>The home page&apos;s summary: the center, the day, who is logged in and their role.</extracomment>
        <translation>%1 · %2 · 当前用户 %3（%4）</translation>
    </message>
    <message>
        <source>No bed is in service today — return beds to service on the Beds page.</source>
        <translation>今天没有在用的床位——请在“床位”页恢复启用床位。</translation>
    </message>
    <message>
        <source>No beds yet — add the center&apos;s rooms and beds on the Beds page (Add room…); the nursing-bed ratio and occupancy follow from them.</source>
        <translation>还没有床位——请在“床位”页用“按房间添加…”登记房间和床位；护理型床位占比和入住率由此计算。</translation>
    </message>
    <message>
        <source>No roster for this month yet</source>
        <translation>本月还没有排班</translation>
    </message>
    <message>
        <source>Caregivers to residents</source>
        <translation>护理员与老人比</translation>
    </message>
    <message>
        <source>Referrals and family care beds</source>
        <translation>转诊与家庭养老床位</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未结转诊</translation>
    </message>
    <message>
        <source>Visit rate this month (target 100 %)</source>
        <translation>本月探访率（目标 100%）</translation>
    </message>
    <message>
        <source>Caregivers on duty now</source>
        <translation>当前在岗护理员</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the record an alert is about.</source>
        <translation>双击或按回车键，打开提醒所涉及的记录。</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>今天没有需要处理的事项。</translation>
    </message>
    <message>
        <source>No history yet — the charts of the last 12 months (occupancy, care levels, the nursing-bed ratio, visits, referrals and incidents) appear once the center has beds, residents, staff or family care beds on record.</source>
        <translation>尚无历史数据——登记床位、入住老人、工作人员或家庭养老床位后，这里显示近 12 个月的图表（床位使用率、护理等级、护理型床位占比、探访、转诊和意外事件）。</translation>
    </message>
    <message>
        <source>Visited this month: %1 of %2 (target 100 %)</source>
        <extracomment>%1 special-difficulty elders visited this month, %2 all of them</extracomment>
        <translation>本月已探访 %1 / %2 人（目标 100%）</translation>
    </message>
    <message>
        <source>No special-difficulty elders with a family bed</source>
        <translation>没有特殊困难老年人的家庭养老床位</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>双击或按回车键打开。</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n alert(s), %1 urgent</source>
        <translation>
            <numerusform>待处理：%n 条提醒，其中 %1 条紧急</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n alert(s)</source>
        <translation>
            <numerusform>待处理：%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>The last 12 months (%1 – %2; this month so far), as the monthly report counts them</source>
        <extracomment>%1 the first month shown, %2 the current month: 2025-12 – 2026-11</extracomment>
        <translation>近 12 个月（%1 – %2，本月截至今天），口径与月报相同</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::HomeVisitEntry</name>
    <message>
        <source>You may read the home visits but not enter them.</source>
        <translation>您可以查看上门探访记录，但不能录入。</translation>
    </message>
    <message>
        <source>Enter a home visit</source>
        <translation>录入上门探访</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>取消更正</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves and starts the next visit of the round; Enter moves to the next field; Alt+1 … Alt+8 tick the services.</source>
        <translation>Ctrl+Enter 保存并开始本轮下一次探访；回车移到下一栏；Alt+1 … Alt+8 勾选服务项目。</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Visits of the round</source>
        <translation>本轮探访</translation>
    </message>
    <message>
        <source>Visits of %1 on %2</source>
        <translation>%1 在 %2 的探访</translation>
    </message>
    <message>
        <source>Corrected: %1 at %2, %3 min.</source>
        <translation>已更正：%1，%2，%3 分钟。</translation>
    </message>
    <message>
        <source>Saved: %1 at %2, %3 min.</source>
        <translation>已保存：%1，%2，%3 分钟。</translation>
    </message>
    <message>
        <source>Correcting the visit to %1 on %2 by %3; say why below.</source>
        <translation>正在更正 %3 于 %2 对 %1 的探访；请在下方说明原因。</translation>
    </message>
    <message>
        <source>Save the correction (Ctrl+Enter)</source>
        <translation>保存更正（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::LeaveDialog</name>
    <message>
        <source>Leave for %1</source>
        <translation>%1 请假</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>annual leave, sick leave …</source>
        <translation>年假、病假……</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::LoginDialog</name>
    <message>
        <source>Log in to Jinglao</source>
        <translation>登录敬老</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>The session was locked after a period of inactivity. %1 or an administrator can unlock it; open forms keep what was typed.</source>
        <translation>长时间未操作，系统已锁定。%1 或管理员输入密码即可解锁；已打开的表单内容会保留。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Another person logs in here, e.g. at a shift change.</source>
        <translation>由另一个人在此登录，例如交接班时。</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Log in as yourself. The forms that %1 left open are closed; none of them holds unsaved input, and the records already saved are kept.</source>
        <translation>请用您自己的账号登录。%1 留下的窗口将被关闭；其中没有未保存的内容，已保存的记录都会保留。</translation>
    </message>
    <message>
        <source>Log in as yourself. What %1 typed and did not save is discarded in: %2. To keep it, %1 unlocks and saves first; the records already saved are kept.</source>
        <translation>请用您自己的账号登录。%1 在以下窗口中填写但未保存的内容将被放弃：%2。如需保留，请 %1 先解锁并保存；已保存的记录都会保留。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jinglao</source>
        <translation>关于敬老(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>结构版本 %1</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Jinglao database (*.sqlite);;All files (*)</source>
        <translation>敬老数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Jinglao database (*.sqlite)</source>
        <translation>敬老数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>数据库：%1（只读）</translation>
    </message>
    <message>
        <source>Jinglao</source>
        <translation>敬老</translation>
    </message>
    <message>
        <source>%1 — Jinglao</source>
        <extracomment>The window title: the center&apos;s name, then the program&apos;s.</extracomment>
        <translation>%1 — 敬老</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user…</source>
        <translation>注销/切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>The record is no longer on the %1 page.</source>
        <translation>在“%1”页面上已找不到这条记录。</translation>
    </message>
    <message>
        <source>No page shows this record.</source>
        <translation>没有页面能显示这条记录。</translation>
    </message>
    <message>
        <source>No county package sent</source>
        <translation>未报送县级数据包</translation>
    </message>
    <message>
        <source>County package: %1</source>
        <translation>县级数据包：%1</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Writing today&apos;s backup…</source>
        <translation>正在写入今天的备份…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1</source>
        <translation>今天的自动备份未能写入：%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>%1
written %2, %3 residents, last change %4</source>
        <translation>%1
写于 %2，老年人 %3 名，最后修改 %4</translation>
    </message>
    <message>
        <source>(no center name)</source>
        <translation>（无机构名称）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Replace the database
%1
with the backup
%2
(%3)?

The database as it is now is backed up first into the backups folder, so this can be undone. Everything entered after the backup was made is then only in that copy. Jinglao closes the database and asks you to log in again; other computers using it must close it first.</source>
        <translation>要用备份
%2
（%3）
替换数据库
%1
吗？

当前的数据库会先备份到 backups 文件夹，因此可以撤回。备份之后录入的内容此后只保存在那份备份中。敬老会关闭数据库并请您重新登录；其他正在使用它的电脑须先关闭。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Jinglao. It is in the docs folder of the source (guide_zh_CN.md, guide_en.md).</source>
        <translation>这份敬老没有安装用户指南。它在源代码的 docs 文件夹中（guide_zh_CN.md、guide_en.md）。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::PartnerDialog</name>
    <message>
        <source>New partner institution</source>
        <translation>新增合作机构</translation>
    </message>
    <message>
        <source>Change the partner institution</source>
        <translation>修改合作机构</translation>
    </message>
    <message>
        <source>e.g. internal medicine, surgery (separated by commas)</source>
        <translation>如：内科、外科（用顿号或逗号分隔）</translation>
    </message>
    <message>
        <source>Signed a cooperation agreement (签约)</source>
        <translation>已签订合作协议（签约）</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>e.g. an annual health check, on-call advice, a green channel for admission</source>
        <translation>如：年度体检、随时咨询、入院绿色通道</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::PartnersPanel</name>
    <message>
        <source>Agreement</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>No partner institutions yet. Add the township health center and the hospitals the center refers residents to with Add partner…</source>
        <translation>还没有合作机构。请用“新增合作机构…”添加本院转诊的乡镇卫生院和医院。</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>新增合作机构…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not yet begun</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Withdraw the partner</source>
        <translation>撤销合作机构</translation>
    </message>
    <message>
        <source>Withdraw %1? Its past referrals keep its name; no new ones can go there.</source>
        <translation>撤销%1？以往的转诊单保留其名称，此后不能再转往该机构。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>合作医疗机构</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 位。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::PersonPicker</name>
    <message>
        <source>Name or pinyin</source>
        <translation>姓名或拼音</translation>
    </message>
    <message>
        <source>Type a name, its pinyin or initials (zhangsan, zs); Enter takes the first match.</source>
        <translation>输入姓名、拼音或首字母（zhangsan、zs），按回车选择第一个匹配。</translation>
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation>没有与“%1”相符的人</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReadmissionDialog</name>
    <message>
        <source>Re-admit</source>
        <translation>再次入住</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>已出院</translation>
    </message>
    <message>
        <source>The bed %1 held before is free and proposed.</source>
        <translation>原床位 %1 空闲，已预先选中。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>新建转诊</translation>
    </message>
    <message>
        <source>Change the referral form</source>
        <translation>修改转诊单</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未征求</translation>
    </message>
    <message>
        <source>the resident, or the family member and how related</source>
        <translation>老人本人，或家属及其关系</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>A draft is sent with Send… once the resident or the family has agreed.</source>
        <translation>老人或家属同意后，用“转出…”发出草稿。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReferralStepDialog</name>
    <message>
        <source>Send the referral</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Record the admission</source>
        <translation>登记接收</translation>
    </message>
    <message>
        <source>Record the return (回转)</source>
        <translation>登记回转</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>登记随访</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>取消转诊</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>转出…</translation>
    </message>
    <message>
        <source>Admitted…</source>
        <translation>已接收…</translation>
    </message>
    <message>
        <source>Returned…</source>
        <translation>回转…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>随访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>取消转诊…</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 (%4)</source>
        <translation>%1 · %2 → %3（%4）</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未征求</translation>
    </message>
    <message>
        <source>the resident, or the family member and how related</source>
        <translation>老人本人，或家属及其关系</translation>
    </message>
    <message>
        <source>The resident leaves now and the bed is held until they come back.</source>
        <translation>老人转出后，床位为其保留，直至回转。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>设定</translation>
    </message>
    <message numerus="yes">
        <source>The resident is back: the bed is theirs again. A follow-up is expected within %n day(s).</source>
        <translation>
            <numerusform>老人已回转，床位恢复使用。应在 %n 天内随访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReferralTableModel</name>
    <message>
        <source>%1 · away</source>
        <translation>%1 · 在外</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转往</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>在外天数</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReferralsPage</name>
    <message>
        <source>New referral…</source>
        <translation>新建转诊…</translation>
    </message>
    <message>
        <source>referrals open</source>
        <translation>未结转诊</translation>
    </message>
    <message>
        <source>residents away now (bed held)</source>
        <translation>当前在外老人（保留床位）</translation>
    </message>
    <message>
        <source>sent this month</source>
        <translation>本月转出</translation>
    </message>
    <message>
        <source>returned this month</source>
        <translation>本月回转</translation>
    </message>
    <message>
        <source>average days away (returned this month)</source>
        <translation>平均在外天数（本月回转）</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未结转诊</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>全部转诊</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Search: resident&apos;s name or pinyin (zsl / zhangshulan)</source>
        <translation>搜索：老人姓名或拼音（zsl / zhangshulan）</translation>
    </message>
    <message>
        <source>Change form…</source>
        <translation>修改转诊单…</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>打印表单</translation>
    </message>
    <message>
        <source>Print the referral form (转出单)…</source>
        <translation>打印转出单…</translation>
    </message>
    <message>
        <source>Save the referral form as PDF…</source>
        <translation>转出单另存为 PDF…</translation>
    </message>
    <message>
        <source>Print the return form (回转单)…</source>
        <translation>打印回转单…</translation>
    </message>
    <message>
        <source>Save the return form as PDF…</source>
        <translation>回转单另存为 PDF…</translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation>转诊记录</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>双向转诊</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n 份转诊单</numerusform>
        </translation>
    </message>
    <message>
        <source>No referral matches. Show all referrals, or another month or name.</source>
        <translation>没有符合条件的转诊。请显示全部转诊，或换一个月份或姓名。</translation>
    </message>
    <message>
        <source>No referrals yet. Refer a resident out with New referral…</source>
        <translation>还没有转诊记录。用“新建转诊…”转出老人。</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) open</source>
        <translation>
            <numerusform>%n 份转诊未结</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) away in hospital, their beds held.</source>
        <translation>
            <numerusform>%n 位老人在外就医，床位保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未征求</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Follow-up due by %1.</source>
        <translation>应于 %1 前随访。</translation>
    </message>
    <message numerus="yes">
        <source>Away for %n day(s); the bed is held.</source>
        <translation>
            <numerusform>已在外 %n 天，床位保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ReportPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Report each month of a range, as a trend table</source>
        <translation>按时段逐月统计，显示为趋势表</translation>
    </message>
    <message>
        <source>nursing-bed ratio (target 55 %)</source>
        <translation>护理型床位占比（目标 55 %）</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>床位使用率</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>在院老人</translation>
    </message>
    <message>
        <source>residents per caregiver</source>
        <translation>每名护理员照护老人数</translation>
    </message>
    <message>
        <source>visit rate (target 100 %)</source>
        <translation>月探访率（目标 100 %）</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>没有可统计的数据。</translation>
    </message>
    <message>
        <source>Choose a month with records.</source>
        <translation>请选择有记录的月份。</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s): %1</source>
        <translation>
            <numerusform>%n 个月：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 is not over yet</source>
        <translation> · %1 尚未结束</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月报…</translation>
    </message>
    <message>
        <source>monthly-report-%1</source>
        <translation>月报-%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentActionDialog</name>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentAssessmentsSection</name>
    <message>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>View assessment…</source>
        <translation>查看评估…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>Care level: &lt;b&gt;%1&lt;/b&gt; (assessed %2, total %3)</source>
        <translation>照护等级：&lt;b&gt;%1&lt;/b&gt;（%2 评估，总分 %3）</translation>
    </message>
    <message>
        <source>Re-assessment was due on %1.</source>
        <translation>应于 %1 复评，已逾期。</translation>
    </message>
    <message>
        <source>Next assessment due on %1.</source>
        <translation>下次评估日期：%1。</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>评估报告</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentDetailDialog</name>
    <message>
        <source>Resident</source>
        <translation>老人信息</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentDetailView</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change bed…</source>
        <translation>调床…</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>出院…</translation>
    </message>
    <message>
        <source>Re-admit…</source>
        <translation>再次入住…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Bed history</source>
        <translation>床位记录</translation>
    </message>
    <message>
        <source>No resident selected</source>
        <translation>未选择老人</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>未分配床位</translation>
    </message>
    <message>
        <source>bed %1</source>
        <translation>床位 %1</translation>
    </message>
    <message>
        <source>discharged %1 (%2)</source>
        <translation>已于 %1 出院（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 years · %3 · %4 · %5</source>
        <translation>%1 · %2 岁 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>能力等级</translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Shows the emergency contact&apos;s phone in full, to call the family. Recorded in the audit log.</source>
        <translation>完整显示紧急联系人电话，以便联系家属。此操作记入审计日志。</translation>
    </message>
    <message>
        <source>bed %1 held: away on referral</source>
        <translation>%1床保留：转诊外出</translation>
    </message>
    <message>
        <source>Bed-head card</source>
        <translation>床头卡</translation>
    </message>
    <message>
        <source>Admission record</source>
        <translation>入住登记表</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentReferralsSection</name>
    <message>
        <source>Referrals</source>
        <translation>双向转诊</translation>
    </message>
    <message>
        <source>Never referred out. Referrals are made on the Referrals page.</source>
        <translation>从未转诊。转诊在“双向转诊”页办理。</translation>
    </message>
    <message>
        <source>Away since %1 at %2 (%3); the bed is held.</source>
        <translation>自 %1 起在%2（%3），床位保留。</translation>
    </message>
    <message>
        <source>Referral %1 is open: %2.</source>
        <translation>转诊单 %1 未结：%2。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentShiftLogSection</name>
    <message>
        <source>Written</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Shift log</source>
        <translation>交接班记录</translation>
    </message>
    <message numerus="yes">
        <source>%n risk event(s) (falls, choking, wandering) in the last 30 days.</source>
        <translation>
            <numerusform>近30天内风险事件（跌倒、噎食、走失）%n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the latest %1 entries; the shift log page has them all.</source>
        <translation>仅显示最近 %1 条记录，全部记录请到“交接班记录”页面查看。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the shift log</source>
        <translation>
            <numerusform>交接班记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n incident(s).</source>
        <translation>
            <numerusform>，其中事件 %n 起。</numerusform>
        </translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentTableModel</name>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>能力等级</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>%1 (away, bed held)</source>
        <translation>%1（外出，保留床位）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ResidentsPage</name>
    <message>
        <source>Search: name, pinyin (zs / zhangsan), ID tail, bed</source>
        <translation>搜索：姓名、拼音（zs / zhangsan）、身份证尾号、床位</translation>
    </message>
    <message>
        <source>Current residents</source>
        <translation>在院老人</translation>
    </message>
    <message>
        <source>Former residents</source>
        <translation>离院老人</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部老人</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All care levels</source>
        <translation>全部能力等级</translation>
    </message>
    <message>
        <source>Admit…</source>
        <translation>入住登记…</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>入住老人</translation>
    </message>
    <message numerus="yes">
        <source>%n current resident(s)</source>
        <translation>
            <numerusform>在院老人 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former resident(s)</source>
        <translation>
            <numerusform>已出院老人 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s), current and former</source>
        <translation>
            <numerusform>在院和已出院老人共 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match the search and filters</source>
        <translation>符合搜索和筛选条件的%1</translation>
    </message>
    <message>
        <source>%1; select one for the details, bed history, assessments and shift-log entries.</source>
        <translation>%1；选择一位查看详情、床位记录、能力评估和交接班记录。</translation>
    </message>
    <message>
        <source>No resident matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的老人。</translation>
    </message>
    <message>
        <source>No former residents.</source>
        <translation>没有已出院的老人。</translation>
    </message>
    <message>
        <source>No residents yet — admit the first one with “Admit…”, or click a free bed on the Beds page.</source>
        <translation>还没有入住老人——用“入住登记…”登记第一位，或在“床位”页点击空床。</translation>
    </message>
    <message>
        <source>Import from spreadsheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <source>Admit the residents of an existing roster (花名册, .xlsx or .csv) into their beds</source>
        <translation>把现有花名册（.xlsx 或 .csv）中的老人办理入住到各自床位</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::RoomBedsDialog</name>
    <message>
        <source>Add a room&apos;s beds</source>
        <translation>按房间添加床位</translation>
    </message>
    <message>
        <source>e.g. A</source>
        <translation>如：A</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>如：1</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>如：101</translation>
    </message>
    <message>
        <source>In the dementia care unit</source>
        <translation>属于失智照护专区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Number of beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>Bed type</source>
        <translation>床位类型</translation>
    </message>
    <message>
        <source>New codes</source>
        <translation>新床位编号</translation>
    </message>
    <message>
        <source>Add beds</source>
        <translation>添加床位</translation>
    </message>
    <message>
        <source>(enter the room)</source>
        <translation>（请先填写房间）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::RosterPage</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Three shifts (D/E/N, 8 h)</source>
        <translation>三班制（D/E/N，8 小时）</translation>
    </message>
    <message>
        <source>Two shifts (A/B, 12 h)</source>
        <translation>两班制（A/B，12 小时）</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>复制上周</translation>
    </message>
    <message>
        <source>Copies the week before onto the week of the current cell, for the selected staff.</source>
        <translation>将上一周的排班复制到当前单元格所在的一周（选中人员）。</translation>
    </message>
    <message>
        <source>Copy last month</source>
        <translation>复制上月</translation>
    </message>
    <message>
        <source>Shifts…</source>
        <translation>班次设置…</translation>
    </message>
    <message>
        <source>Shift times and the minimum of caregivers per shift</source>
        <translation>班次时间及每班最少护理员人数</translation>
    </message>
    <message>
        <source>Fill pattern…</source>
        <translation>轮班排班…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>No warnings for this month.</source>
        <translation>本月排班无提醒。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) for this month:</source>
        <translation>
            <numerusform>本月共 %n 条提醒：</numerusform>
        </translation>
    </message>
    <message>
        <source>You may view the roster but not change it.</source>
        <translation>您可以查看排班，但不能修改。</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>正在导出排班表…</translation>
    </message>
    <message>
        <source>roster-%1</source>
        <translation>排班表-%1</translation>
    </message>
    <message>
        <source>Export the roster as PDF</source>
        <translation>导出排班表（PDF）</translation>
    </message>
    <message>
        <source>Export the roster as XLSX</source>
        <translation>导出排班表（XLSX）</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Mark as worked</source>
        <translation>标为已出勤</translation>
    </message>
    <message>
        <source>Mark as absent</source>
        <translation>标为缺勤</translation>
    </message>
    <message>
        <source>Mark as planned</source>
        <translation>标为计划</translation>
    </message>
    <message>
        <source>Caregivers employed</source>
        <translation>在职护理员</translation>
    </message>
    <message>
        <source>Residents per caregiver</source>
        <translation>每名护理员照护老人数</translation>
    </message>
    <message>
        <source>Shifts short of caregivers</source>
        <translation>人手不足班次</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>No staff yet — add them on the Staff page, then plan their shifts here.</source>
        <translation>还没有工作人员——请先在“工作人员”页添加，再在这里排班。</translation>
    </message>
    <message>
        <source>The roster of %1: </source>
        <extracomment>The roster page&apos;s summary: the month, how many people it plans, how many warnings.</extracomment>
        <translation>%1 排班：</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>，%n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Caregivers employed on %1</source>
        <translation>%1 在职护理员</translation>
    </message>
    <message>
        <source>Shifts short of caregivers in %1</source>
        <translation>%1 人手不足班次</translation>
    </message>
    <message>
        <source>Nobody is rostered in %1 yet</source>
        <translation>%1 还没有排班</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>%1 事件</translation>
    </message>
    <message>
        <source>No staff yet, so there is no roster to check.</source>
        <translation>还没有工作人员，没有可检查的排班。</translation>
    </message>
    <message>
        <source>no staff yet.</source>
        <translation>还没有工作人员。</translation>
    </message>
    <message>
        <source>Type a shift code (D, E, N …) into a cell, &quot;-&quot; for a rest day; the arrows move, Delete clears, F2 enters two shifts as D/N. Red cells have warnings, yellow ones are leave; &quot;-&quot; on green is a rest day, hatched days are not planned yet (after the last day anyone is rostered).</source>
        <translation>在单元格中输入班次代码（D、E、N……），“-”为休息；方向键移动，Delete 清除，F2 可输入两个班次如 D/N。红色单元格有提醒，黄色为请假；绿色的“-”为休息日，斜线为尚未排班（晚于排班表中最后有人上班的一天）。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::RosterTableModel</name>
    <message>
        <source>On leave %1 to %2 %3</source>
        <translation>请假 %1 至 %2 %3</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>二</translation>
    </message>
    <message>
        <source>We</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Caregivers on the %1 shift (%2–%3), minimum %4</source>
        <translation>%1（%2–%3）在岗护理员，最少 %4 人</translation>
    </message>
    <message>
        <source>Caregivers %1</source>
        <translation>%1 班护理员</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Not planned yet: the roster is planned through %1</source>
        <translation>尚未排班：排班表已排到 %1</translation>
    </message>
    <message>
        <source>no day</source>
        <translation>（尚无）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::SearchField</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The center&apos;s details appear in the window title, on every printed or exported document and in the county package.</source>
        <translation>机构信息显示在窗口标题、所有打印或导出的文件以及县级数据包中。</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Each day at the first start, before every upgrade of the database and before every import, a checked backup is written to %1. The daily backups beyond the number below are removed, oldest first; the others are kept until you remove them.</source>
        <translation>每天第一次启动时、每次升级数据库前和每次导入前，都会把一份经过检查的备份写入 %1。每日备份超过下面的份数时，从最旧的开始删除；其他备份一直保留，直到您自己删除。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::SheetImportDialog</name>
    <message>
        <source>Import residents from a spreadsheet</source>
        <translation>从表格导入入住老人</translation>
    </message>
    <message>
        <source>Import staff from a spreadsheet</source>
        <translation>从表格导入工作人员</translation>
    </message>
    <message>
        <source>Choose the roster (花名册) as .xlsx or .csv: the first sheet, its first row naming the columns. Each row is admitted with its bed, checked as the admission dialog checks it; the beds must exist already. Nothing is imported while one row is refused.</source>
        <translation>选择 .xlsx 或 .csv 格式的花名册：读取第一个工作表，其首行为各列名称。每一行都连同床位办理入住，并按入住登记的规则检查；床位须已存在。只要有一行被拒，就什么都不导入。</translation>
    </message>
    <message>
        <source>Choose the staff list as .xlsx or .csv: the first sheet, its first row naming the columns. Each row is checked as the staff dialog checks it. Nothing is imported while one row is refused.</source>
        <translation>选择 .xlsx 或 .csv 格式的工作人员名单：读取第一个工作表，其首行为各列名称。每一行都按添加工作人员的规则检查。只要有一行被拒，就什么都不导入。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Columns of the sheet and the field each one fills:</source>
        <translation>表格中的各列及其对应的字段：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Choose a file to see its rows checked.</source>
        <translation>选择文件后即可看到每一行的检查结果。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>选择表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>（第 %1 列，无表头）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>The columns cannot be imported yet; choose the field of each column named below.</source>
        <translation>这些列还不能导入；请为下面提到的各项选择对应的列。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing is imported until each one is corrected in the sheet (then choose the file again) or its column is given the right field.</source>
        <translation>
            <numerusform>%n 行被拒；在表格中逐一更正（然后重新选择文件），或为相应的列选择正确的字段之前，不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported. A backup of the database is written first.</source>
        <translation>
            <numerusform>全部 %n 行都可以导入。导入前会先备份数据库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported from %1; backup made first: %2</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条记录；导入前已备份：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ShiftLogBrowser</name>
    <message>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>老人：</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Write a correction…</source>
        <translation>写更正…</translation>
    </message>
    <message>
        <source>Entries of a closed shift are not changed: the correction is a new entry of your open shift.</source>
        <translation>已交班的记录不能修改：更正会作为您当前班次的一条新记录。</translation>
    </message>
    <message>
        <source>Print handover sheet…</source>
        <translation>打印交接班记录单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Handover sheet of</source>
        <translation>交接班记录单日期</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部老人</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>全部记录人</translation>
    </message>
    <message>
        <source>Print handover sheet</source>
        <translation>打印交接班记录单</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>交接班记录-%1.pdf</translation>
    </message>
    <message>
        <source>Save handover sheet</source>
        <translation>保存交接班记录单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No entry matches the filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>No shift-log entries yet — the nurse on duty writes them on the On duty tab.</source>
        <translation>还没有交接班记录——由当班护士在“当班”标签页填写。</translation>
    </message>
    <message>
        <source>Shift log</source>
        <translation>交接班记录</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ShiftLogPage</name>
    <message>
        <source>On duty</source>
        <translation>当班</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录查询</translation>
    </message>
    <message>
        <source>Shift log</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>Open your shift first: a correction is written as an entry of the shift on duty.</source>
        <translation>请先接班：更正会作为当班班次的一条记录写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) opened today</source>
        <extracomment>The shift log page&apos;s summary: shifts opened today, incidents this month.</extracomment>
        <translation>
            <numerusform>今天已接班 %n 个班次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n incident(s) this month.</source>
        <translation>
            <numerusform>；本月事件 %n 起。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ShiftLogTableModel</name>
    <message>
        <source>[Correction of the entry of %1: “%2”] %3</source>
        <translation>[更正 %1 的记录：“%2”] %3</translation>
    </message>
    <message>
        <source>[Follow-up] %1</source>
        <translation>[跟进] %1</translation>
    </message>
    <message>
        <source>%1 (corrected later)</source>
        <translation>%1（已更正）</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>%1 (entered by %2)</source>
        <extracomment>%1 the nurse on duty, %2 the administrator&apos;s account that wrote for her</extracomment>
        <translation>%1（由 %2 代录）</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::ShiftTemplatesDialog</name>
    <message>
        <source>Shift templates</source>
        <translation>班次设置</translation>
    </message>
    <message>
        <source>A shift whose end is not after its start ends the next day. Changed times apply to shifts rostered from now on.</source>
        <translation>结束时间不晚于开始时间的班次在次日结束。修改的时间只用于今后新排的班次。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Minimum caregivers</source>
        <translation>最少护理员人数</translation>
    </message>
    <message>
        <source>Overtime (more than 36 hours a month warns) is counted above:</source>
        <translation>加班（每月超过 36 小时将提示）的计算标准：</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <source>%1 (at most this many residents for each caregiver; the monthly report and the alerts compare with it):</source>
        <translation>%1（每名护理员最多照护的老人数；月报和提醒据此比较）：</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑工作人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Vocational skill level 1–5, caregivers only</source>
        <translation>职业技能等级 1–5，仅限养老护理员</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Has left on</source>
        <translation>已离职，日期</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::StaffPage</name>
    <message>
        <source>Current staff</source>
        <translation>在职人员</translation>
    </message>
    <message>
        <source>Former staff</source>
        <translation>离职人员</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>添加证书…</translation>
    </message>
    <message>
        <source>Add leave…</source>
        <translation>登记请假…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source> — expired %1</source>
        <translation> — 已于 %1 过期</translation>
    </message>
    <message>
        <source> — valid until %1</source>
        <translation> — 有效期至 %1</translation>
    </message>
    <message>
        <source>Leave:</source>
        <translation>请假：</translation>
    </message>
    <message>
        <source>Add staff member…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <source>Search: name or pinyin (zs / zhangsan)</source>
        <translation>搜索：姓名、拼音（zs / zhangsan）</translation>
    </message>
    <message numerus="yes">
        <source>%n current staff member(s)</source>
        <translation>
            <numerusform>在职人员 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former staff member(s)</source>
        <translation>
            <numerusform>离职人员 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>工作人员 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for “%2”</source>
        <translation>按“%2”找到%1</translation>
    </message>
    <message numerus="yes">
        <source>; %n certificate(s) expiring or expired</source>
        <translation>
            <numerusform>；%n 个证书即将到期或已过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody here matches “%1”.</source>
        <translation>没有与“%1”相符的人员。</translation>
    </message>
    <message>
        <source>No former staff.</source>
        <translation>没有离职人员。</translation>
    </message>
    <message>
        <source>No staff yet — add the first one with “Add staff member…”.</source>
        <translation>还没有工作人员——用“添加工作人员…”添加第一位。</translation>
    </message>
    <message>
        <source>Select a person</source>
        <translation>请选择一位工作人员</translation>
    </message>
    <message>
        <source>Their role, certificates and leave are shown here.</source>
        <translation>这里显示其岗位、证书和请假。</translation>
    </message>
    <message>
        <source>skill level %1</source>
        <translation>技能等级 %1</translation>
    </message>
    <message>
        <source>hired %1</source>
        <translation>%1 入职</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>Import from spreadsheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <source>Add the staff of an existing list (.xlsx or .csv)</source>
        <translation>添加现有名单（.xlsx 或 .csv）中的工作人员</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::SyncPage</name>
    <message>
        <source>Send to the county</source>
        <translation>报送县级</translation>
    </message>
    <message>
        <source>Every record (full package)</source>
        <translation>全部记录（完整数据包）</translation>
    </message>
    <message>
        <source>Only what changed since the last export</source>
        <translation>仅上次导出后的变更</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Receive from the county</source>
        <translation>接收县级数据</translation>
    </message>
    <message>
        <source>Choose a package folder: the program first checks it and shows what would change. Nothing changes until you import.</source>
        <translation>请选择数据包文件夹：程序先检查数据包并列出将会发生的变化，点击“导入”之前不会更改任何内容。</translation>
    </message>
    <message>
        <source>Check a package…</source>
        <translation>检查数据包…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>导出与导入记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>County packages</source>
        <translation>县级数据包</translation>
    </message>
    <message>
        <source>No package has been exported yet.</source>
        <translation>尚未导出过数据包。</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>上次导出：%1</translation>
    </message>
    <message>
        <source>Export the package into</source>
        <translation>把数据包导出到</translation>
    </message>
    <message>
        <source>Exporting the county package…</source>
        <translation>正在导出县级数据包…</translation>
    </message>
    <message>
        <source>Choose the package folder</source>
        <translation>选择数据包文件夹</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message numerus="yes">
        <source>Package imported: %n record(s) changed.</source>
        <translation>
            <numerusform>数据包已导入：更改了 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>The package of %1 cannot be imported: %n problem(s), listed below. Nothing was changed.</source>
        <translation>
            <numerusform>%1 的数据包不能导入：有 %n 个问题，见下表。未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the package of %1: %n record(s) changed. A backup was taken first: %2</source>
        <translation>
            <numerusform>已导入 %1 的数据包：更改了 %n 条记录。导入前已备份：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The package of %1 holds nothing new: this database already has it.</source>
        <translation>%1 的数据包没有新内容：本数据库已包含。</translation>
    </message>
    <message numerus="yes">
        <source>The package of %1 would change %n record(s). Check the list, then import.</source>
        <translation>
            <numerusform>%1 的数据包将更改 %n 条记录。请核对列表后再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::TableExportButton</name>
    <message>
        <source>Export list…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Saves the list as shown (its filter, columns and order) as an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>按当前显示的内容（筛选、列和顺序）把表格保存为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the parts of a list&apos;s filter</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在导出表格…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出表格</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::TransferDialog</name>
    <message>
        <source>Change bed</source>
        <translation>调床</translation>
    </message>
    <message>
        <source>Current bed</source>
        <translation>当前床位</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New bed</source>
        <translation>新床位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>调床日期</translation>
    </message>
    <message>
        <source>e.g. needs a nursing bed</source>
        <translation>如：需转入护理型床位</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::TrendCharts</name>
    <message>
        <source>Occupancy rate</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>No beds were in service in these months.</source>
        <translation>这些月份没有在用床位。</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Residents by care level</source>
        <translation>各护理等级入住老人</translation>
    </message>
    <message>
        <source>No residents lived at the center in these months.</source>
        <translation>这些月份院内没有入住老人。</translation>
    </message>
    <message>
        <source>Nursing-bed ratio</source>
        <translation>护理型床位占比</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <extracomment>The dashed line of a chart: the nursing-bed ratio&apos;s target</extracomment>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>Visit rate</source>
        <translation>探访率</translation>
    </message>
    <message>
        <source>Monthly visit rate of special-difficulty elders</source>
        <translation>特殊困难老年人月探访率</translation>
    </message>
    <message>
        <source>Target 100 %</source>
        <extracomment>The dashed line of a chart: every special-difficulty elder visited</extracomment>
        <translation>目标 100%</translation>
    </message>
    <message>
        <source>No special-difficulty elder had a family care bed in these months, so there is no visit rate.</source>
        <translation>这些月份没有特殊困难老年人的家庭养老床位，因此没有探访率。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>双向转诊</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Back at the center</source>
        <translation>转回</translation>
    </message>
    <message>
        <source>No resident was referred out or came back in these months.</source>
        <translation>这些月份没有老人转出或转回。</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>各类意外事件</translation>
    </message>
    <message>
        <source>No incidents were written in the shift log in these months.</source>
        <translation>这些月份的交接班记录中没有意外事件。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input:</source>
        <translation>无操作多少分钟后自动锁定：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Only administrators manage user accounts.</source>
        <translation>只有管理员可以管理用户账号。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Staff record</source>
        <translation>工作人员档案</translation>
    </message>
    <message>
        <source>Link to staff record</source>
        <translation>关联工作人员档案</translation>
    </message>
    <message>
        <source>Staff record (nurses write the shift log as this person):</source>
        <translation>工作人员档案（护士以此人身份填写交接班记录）：</translation>
    </message>
    <message>
        <source>not linked: cannot write the shift log</source>
        <translation>未关联：不能填写交接班记录</translation>
    </message>
    <message>
        <source>No user accounts yet — add one with “Add user…”.</source>
        <translation>还没有用户账号——用“添加用户…”添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). Nurses write the shift log as the staff record their account is linked to and see personal data masked, as read-only users do.</source>
        <extracomment>The user accounts page&apos;s summary.</extracomment>
        <translation>
            <numerusform>共 %n 个账号。护士以账号关联的工作人员身份填写交接班记录；护士和只读用户看到的个人信息均已遮盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lets a person locked out after too many wrong passwords log in again now.</source>
        <translation>让因多次输错密码而被锁定的人现在就能重新登录。</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>jinglao::ui::WithdrawVisitDialog</name>
    <message>
        <source>Withdraw a home visit</source>
        <translation>撤销上门探访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>探访</translation>
    </message>
    <message>
        <source>%1 on %2 %3, by %4</source>
        <translation>%1，%2 %3，%4 探访</translation>
    </message>
    <message>
        <source>e.g. entered twice</source>
        <translation>例如：重复录入</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>A withdrawn visit no longer counts; the audit log keeps it.</source>
        <translation>撤销的探访不再计入统计；审计日志仍保留记录。</translation>
    </message>
</context>
</TS>
