<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <source>is the open database itself; choose another file.</source>
            <translation>就是当前打开的数据库，请另选文件。</translation>
        </message>
        <message>
            <source>its folder does not exist.</source>
            <translation>所在文件夹不存在。</translation>
        </message>
        <message>
            <source>The backup copy failed its check and was removed: %1</source>
            <translation>备份副本未通过校验，已删除：%1</translation>
        </message>
        <message>
            <source>The old file %1 cannot be replaced.</source>
            <translation>无法替换原有文件 %1。</translation>
        </message>
        <message>
            <source>The backup cannot be written to %1.</source>
            <translation>无法将备份写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The file %1 cannot be opened: %2</source>
            <translation>无法打开文件 %1：%2</translation>
        </message>
        <message>
            <source>The file %1 is not a SQLite database or is damaged (%2). It was left unchanged.</source>
            <translation>文件 %1 不是 SQLite 数据库或已损坏（%2）。文件未作任何改动。</translation>
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
            <source>A transaction cannot be started: %1</source>
            <translation>无法开始事务：%1</translation>
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
            <source>The statement cannot be prepared: %1 (in: %2)</source>
            <translation>无法准备语句：%1（语句：%2）</translation>
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
        <name>RecordWriter</name>
        <message>
            <source>No record %1 in %2.</source>
            <translation>%2 中没有记录 %1。</translation>
        </message>
    </context>
    <context>
        <name>jinglao::cli</name>
        <message>
            <source>Database %1 is ready at schema version %2.</source>
            <translation>数据库 %1 已就绪，结构版本 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>发现 %n 个问题。</numerusform>
            </translation>
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
            <source>Create the database, or upgrade it to this program's schema.</source>
            <translation>创建数据库，或将其升级到本程序的结构版本。</translation>
        </message>
        <message>
            <source>Check the database's integrity, references and rules.</source>
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
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>未知选项 %1。</translation>
        </message>
        <message>
            <source>Usage: jinglao-cli %1 %2</source>
            <translation>用法：jinglao-cli %1 %2</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>未知命令 %1。</translation>
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
    </context>
    <context>
        <name>jinglao::core::Error</name>
        <message>
            <source>%1: %2</source>
            <extracomment>A rejected input: %1 is the field's name, %2 the value entered, %3 what is wrong with it.</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2 %3</translation>
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
        <name>jinglao::core::sql</name>
        <message>
            <source>Database error: %1 (in: %2)</source>
            <translation>数据库错误：%1（语句：%2）</translation>
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
        <name>jinglao::ui::BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
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
        <name>jinglao::ui::GuiApplication</name>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Unknown page %1 (pages: %2).</source>
            <translation>未知页面 %1（可用页面：%2）。</translation>
        </message>
    </context>
    <context>
        <name>jinglao::ui::HomePage</name>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Jinglao elderly-care center records</source>
            <translation>敬老院信息管理</translation>
        </message>
        <message>
            <source>&lt;p&gt;Logged in as &lt;b&gt;%1&lt;/b&gt; (%2).&lt;/p&gt;&lt;p&gt;Database file: %3&lt;br&gt;Schema version: %4&lt;br&gt;Last backup: %5&lt;/p&gt;</source>
            <translation>&lt;p&gt;当前用户：&lt;b&gt;%1&lt;/b&gt;（%2）&lt;/p&gt;&lt;p&gt;数据库文件：%3&lt;br&gt;结构版本：%4&lt;br&gt;最近备份：%5&lt;/p&gt;</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未备份</translation>
        </message>
    </context>
    <context>
        <name>jinglao::ui::MainWindow</name>
        <message>
            <source>Jinglao — elderly-care center records</source>
            <translation>敬老 — 敬老院信息管理</translation>
        </message>
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
    </context>
</TS>
