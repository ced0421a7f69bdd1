<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>cli</name>
    <message><source>  [{id}] {text}（{extra}）</source><translation>  [{id}] {text} ({extra})</translation></message>
    <message><source>  {at}  {step}（{reason}）</source><translation>  {at}  {step} ({reason})</translation></message>
    <message><source>  {column}（{n}）：{entries}</source><translation>  {column} ({n}): {entries}</translation></message>
    <message><source>  新名单:潜在客户:成交  {ratio}（参考 {contacts}:{prospects}:{deals}）</source><translation>  New names:prospects:deals  {ratio} (reference {contacts}:{prospects}:{deals})</translation></message>
    <message><source>  每日 拨打-接通-约见  {ratio}（参考 {dial}-{reach}-{book}）</source><translation>  Daily dials-reached-booked  {ratio} (reference {dial}-{reach}-{book})</translation></message>
    <message><source>  面谈:成交  {ratio}（参考 {meetings}:1）  每周面谈 {week}（参考 {week_ref}）</source><translation>  Meetings:deals  {ratio} (reference {meetings}:1)  meetings a week {week} (reference {week_ref})</translation></message>
    <message><source>--agent 业务员姓名不能为空</source><translation>--agent: the agent&apos;s name cannot be empty</translation></message>
    <message><source>--agent 业务员姓名太长（最多 100 个字）</source><translation>--agent: the agent&apos;s name is too long (100 characters at most)</translation></message>
    <message><source>--customers 应在 1–100000 之间</source><translation>--customers must be between 1 and 100000</translation></message>
    <message><source>--days 应为 0–366 之间的整数</source><translation>--days must be a whole number from 0 to 366</translation></message>
    <message><source>--db 与 --demo 不能同时使用</source><translation>--db and --demo cannot be used together</translation></message>
    <message><source>--deals 应为正整数</source><translation>--deals must be a positive whole number</translation></message>
    <message><source>--note 与 --summary 不能同用：交流纪要请用 --summary</source><translation>--note and --summary cannot be used together: write the summary with --summary</translation></message>
    <message><source>--overwrite 需与 --apply 同用</source><translation>--overwrite needs --apply</translation></message>
    <message><source>--to {end} 早于 --from {start}</source><translation>--to {end} is before --from {start}</translation></message>
    <message><source>--undo 不需要文件名：它撤销上一次导入</source><translation>--undo takes no file name: it undoes the last import</translation></message>
    <message><source>-o 的文件名应以 .xlsx 或 .csv 结尾：{path}</source><translation>-o needs a file name ending in .xlsx or .csv: {path}</translation></message>
    <message><source>90% 已过签约日</source><translation>90% past the signing date</translation></message>
    <message><source>CSV 文件的编码（默认自动识别，如 utf-8、gb18030）</source><translation>Encoding of a CSV file (detected by default; e.g. utf-8, gb18030)</translation></message>
    <message><source>TA 介绍的客户：{n} 位，成交 {deals} 单，承保标保 {premium}（再往下 {indirect} 位，成交 {indirect_deals} 单，{indirect_premium}）</source><translation>Customers they referred: {n}, deals {deals}, standard premium {premium} (further down: {indirect}, deals {indirect_deals}, {indirect_premium})</translation></message>
    <message><source>[{id}] {name}  {grade}  {days} 天{never}（应每 {allowed} 天）</source><translation>[{id}] {name}  {grade}  {days} days{never} (due every {allowed} days)</translation></message>
    <message><source>[{id}] {name} {plan}  {stage}  已 {age} 天{when}</source><translation>[{id}] {name} {plan}  {stage}  {age} days{when}</translation></message>
    <message><source>[{id}] {name} {plan}  签约日 {date}</source><translation>[{id}] {name} {plan}  signing date {date}</translation></message>
    <message><source>[{id}] {text}（{quadrant}）</source><translation>[{id}] {text} ({quadrant})</translation></message>
    <message><source>[{id}] {text}（{quadrant}，{due} 到期）</source><translation>[{id}] {text} ({quadrant}, due {due})</translation></message>
    <message><source>dial、reach、book、meet、close（拨打/接通/约见/面谈/成交），或 contact 表示交流记录</source><translation>dial, reach, book, meet, close (activities), or contact for a contact record (or the method: phone, meeting…)</translation></message>
    <message><source>salesdesk 销售管理：离线的个人客户管理工具</source><translation>salesdesk: an offline personal customer management tool for sales</translation></message>
    <message><source>salesdesk: {n} 行有错误，没有导入任何客户（改正后再导入，或加 --skip-bad-rows 只导入正确的行）</source><translation>salesdesk: rows with errors: {n}; no customer was imported (correct them and import again, or add --skip-bad-rows to import only the correct rows)</translation></message>
    <message><source>salesdesk: 注意：{warning}</source><translation>salesdesk: note: {warning}</translation></message>
    <message><source>{date} 到期</source><translation>due {date}</translation></message>
    <message><source>{date} 没有约会</source><translation>No appointments on {date}</translation></message>
    <message><source>{date}（{when}）  {name}  {label}{lunar}</source><translation>{date} ({when})  {name}  {label}{lunar}</translation></message>
    <message><source>{grade} {n} 位</source><translation>{grade} {n}</translation></message>
    <message><source>{label}“{text}”格式不正确，应为 YYYY-MM-DD</source><translation>{label} &quot;{text}&quot; is not valid: use YYYY-MM-DD</translation></message>
    <message><source>{label}：{value}</source><translation>{label}: {value}</translation></message>
    <message><source>{n} 天后</source><translation>in {n} days</translation></message>
    <message><source>{n} 天后</source><comment>n=1</comment><translation>in {n} day</translation></message>
    <message><source>{option} 只用于交流记录（KIND 为 contact），不能与 {kind} 同用</source><translation>{option} is only for contact records (KIND contact), not with {kind}</translation></message>
    <message><source>{option} 的文件名应以 {suffix} 结尾：{path}</source><translation>{option} needs a file name ending in {suffix}: {path}</translation></message>
    <message><source>{problem}；未备份（损坏的文件不会放进备份）。</source><translation>{problem}; not backed up (a damaged file is never put among the backups).</translation></message>
    <message><source>{refused}：用 --criteria 列出仍然成立的标准（如 --criteria 1,2,5），未列出的即不再成立</source><translation>{refused}: list the criteria that still hold with --criteria (e.g. --criteria 1,2,5); those not listed no longer hold</translation></message>
    <message><source>{title}：</source><translation>{title}:</translation></message>
    <message><source>{title}：无</source><translation>{title}: none</translation></message>
    <message><source>{what} {n} 条</source><translation>{what}: {n}</translation></message>
    <message><source>{what}编号“{text}”不正确，应为正整数</source><translation>Wrong {what} number &quot;{text}&quot;: use a positive whole number</translation></message>
    <message><source>“{text}”不是整数</source><translation>&quot;{text}&quot; is not a whole number</translation></message>
    <message><source>“{value}”不是可选的值（可选：{choices}）</source><translation>&quot;{value}&quot; is not one of the choices ({choices})</translation></message>
    <message><source>……另有 {n} 位</source><translation>…and {n} more</translation></message>
    <message><source>、</source><comment>list separator</comment><translation>, </translation></message>
    <message><source>下一步行动</source><translation>Next step</translation></message>
    <message><source>下一步：{step}</source><translation>Next step: {step}</translation></message>
    <message><source>不支持的语言“{lang}”：可用 zh（中文）或 en（English）</source><translation>Unsupported language &quot;{lang}&quot;: use zh (Chinese) or en (English)</translation></message>
    <message><source>与 --apply 同用：手动设置的分级也重新计算</source><translation>With --apply: grades set by hand are computed again too</translation></message>
    <message><source>与已有客户或文件中前面的行重复时：skip 跳过（默认）、merge 合并、add 仍然添加</source><translation>When a row duplicates a customer or an earlier row: skip (default), merge, or add it anyway</translation></message>
    <message><source>交流方式（{methods}），用于交流记录</source><translation>Contact method ({methods}), for a contact record</translation></message>
    <message><source>交流记录</source><comment>records deleted</comment><translation>contact records</translation></message>
    <message><source>交流记录的主题</source><translation>Topic of the contact record</translation></message>
    <message><source>交流记录的目的</source><translation>Purpose of the contact record</translation></message>
    <message><source>交流记录需要 --method（{methods}）</source><translation>A contact record needs --method ({methods})</translation></message>
    <message><source>交流记录：{n} 条</source><translation>Contact records: {n}</translation></message>
    <message><source>今天</source><comment>in days</comment><translation>today</translation></message>
    <message><source>今天 {date} {weekday}</source><translation>Today {date} {weekday}</translation></message>
    <message><source>今天的日期 YYYY-MM-DD（默认今天）</source><translation>Today&apos;s date YYYY-MM-DD (default: today)</translation></message>
    <message><source>今天：约会、待办、生日纪念日、将过期、未联系的客户</source><translation>Today: appointments, to-dos, birthdays and anniversaries, prospects turning overdue, customers not contacted</translation></message>
    <message><source>今日活动：拨打 {dial}/{dial_ref}  接通 {reach}/{reach_ref}  约见 {book}/{book_ref}</source><translation>Today&apos;s activity: dials {dial}/{dial_ref}  reached {reach}/{reach_ref}  booked {book}/{book_ref}</translation></message>
    <message><source>介绍人：{name}（编号 {id}）</source><translation>Referrer: {name} (ID {id})</translation></message>
    <message><source>介绍人：客户编号或准确的姓名</source><translation>Referrer: a customer ID or exact name</translation></message>
    <message><source>介绍人：客户编号或准确的姓名（空值清除）</source><translation>Referrer: a customer ID or exact name (empty to clear)</translation></message>
    <message><source>从 Excel（.xlsx）或 CSV 文件导入客户</source><translation>Import customers from an Excel (.xlsx) or CSV file</translation></message>
    <message><source>从备份恢复（先自动备份当前数据）</source><translation>Restore from a backup (the current data is backed up first)</translation></message>
    <message><source>从这天起算下次生日（默认今天）</source><translation>Count the next birthday from this day (default: today)</translation></message>
    <message><source>以 JSON 输出</source><translation>Output as JSON</translation></message>
    <message><source>以 JSON 输出图表的数据</source><translation>Output the chart&apos;s data as JSON</translation></message>
    <message><source>以 JSON 输出客户列表</source><translation>Output the customer list as JSON</translation></message>
    <message><source>以 JSON 输出工具表</source><translation>Output the table as JSON</translation></message>
    <message><source>以 JSON 输出新编号：{&quot;id&quot;: N}</source><translation>Output the new ID as JSON: {&quot;id&quot;: N}</translation></message>
    <message><source>以 JSON 输出每位客户的保费和分级</source><translation>Output each customer&apos;s premium and grade as JSON</translation></message>
    <message><source>以 JSON 输出结果</source><translation>Output the result as JSON</translation></message>
    <message><source>以 JSON 输出这次移动</source><translation>Output this move as JSON</translation></message>
    <message><source>以 JSON 输出：[{&quot;customers&quot;: [ID, ID], &quot;why&quot;: &quot;phone&quot;|&quot;name+company&quot;}]</source><translation>Output as JSON: [{&quot;customers&quot;: [ID, ID], &quot;why&quot;: &quot;phone&quot;|&quot;name+company&quot;}]</translation></message>
    <message><source>以 JSON 输出：{&quot;deleted&quot;: [ID], &quot;backup&quot;: FILE}</source><translation>Output as JSON: {&quot;deleted&quot;: [ID], &quot;backup&quot;: FILE}</translation></message>
    <message><source>价值分级“{text}”不正确，应为 A–E</source><translation>Value grade &quot;{text}&quot; is not valid: use A–E</translation></message>
    <message><source>保存为 PDF 文件</source><translation>Save as a PDF file</translation></message>
    <message><source>保存为 PNG 图片</source><translation>Save as a PNG image</translation></message>
    <message><source>保留的客户：编号或准确的姓名</source><translation>The customer to keep: ID or exact name</translation></message>
    <message><source>保费（元）</source><translation>Premium (CNY)</translation></message>
    <message><source>修改一项设置</source><translation>Change a setting</translation></message>
    <message><source>修改客户名片（只改给出的选项；空值清除该项）</source><translation>Edit a customer&apos;s card (only the options given; an empty value clears the field)</translation></message>
    <message><source>全天</source><translation>All day</translation></message>
    <message><source>公历生日 YYYY-MM-DD</source><translation>Birthday (Gregorian) YYYY-MM-DD</translation></message>
    <message><source>共 {n} 位客户</source><translation>Customers: {n}</translation></message>
    <message><source>共 {n} 位客户（分级界限 {thresholds}）：{counts}</source><translation>Customers: {n} (grade thresholds {thresholds}): {counts}</translation></message>
    <message><source>共 {n} 对可能重复的客户</source><translation>Likely duplicate pairs: {n}</translation></message>
    <message><source>写一个演示数据库</source><translation>Write a demo database</translation></message>
    <message><source>写入计算出的分级（手动设置的分级保持不变）</source><translation>Write the computed grades (grades set by hand stay as they are)</translation></message>
    <message><source>农历生日：[年-]月-日，闰月前加 闰（如 1990-闰5-20、8-15）</source><translation>Lunar birthday: [year-]month-day, with L before a leap month (e.g. 1990-L5-20, 8-15)</translation></message>
    <message><source>出现意外错误（加 --debug 查看详细信息）</source><translation>An unexpected error occurred (add --debug for the details)</translation></message>
    <message><source>出现意外错误，详细信息已记录在 {path}（加 --debug 可直接显示）</source><translation>An unexpected error occurred; the details are logged in {path} (add --debug to show them here)</translation></message>
    <message><source>出错时显示详细信息</source><translation>Show the details of an error</translation></message>
    <message><source>分类变化</source><comment>records deleted</comment><translation>level changes</translation></message>
    <message><source>列出全部设置</source><translation>List all settings</translation></message>
    <message><source>列出可能重复的客户（电话相同，或姓名和公司相同）</source><translation>List likely duplicate customers (same phone, or same name and company)</translation></message>
    <message><source>列出客户（可用拼音搜索）</source><translation>List customers (pinyin search works)</translation></message>
    <message><source>列出未完成的待办</source><translation>List the open to-dos</translation></message>
    <message><source>删除前的备份：{path}（恢复：salesdesk restore &quot;{path}&quot;）</source><translation>Backup taken before deleting: {path} (restore: salesdesk restore &quot;{path}&quot;)</translation></message>
    <message><source>删除客户“{name}”（编号 {id}）会同时删除其潜在客户、阶段历史、活动和交流记录：确认请加 --yes</source><translation>Deleting customer &quot;{name}&quot; (ID {id}) also deletes their prospects, stage history, activities and contact records: add --yes to confirm</translation></message>
    <message><source>删除客户及其潜在客户、活动、交流记录（先自动备份）</source><translation>Delete a customer with their prospects, activities and contact records (backed up first)</translation></message>
    <message><source>到期日 YYYY-MM-DD</source><translation>Due date YYYY-MM-DD</translation></message>
    <message><source>加权</source><translation>Weighted</translation></message>
    <message><source>加权预测（销售周期 {days} 天；25% × 0.25、50% × 0.5、90% × 0.9）</source><translation>Weighted forecast (sales cycle {days} days; 25% × 0.25, 50% × 0.5, 90% × 0.9)</translation></message>
    <message><source>加权预测：按预计签约月份</source><translation>Weighted forecast by expected signing month</translation></message>
    <message><source>单位</source><translation>Company</translation></message>
    <message><source>原因（退出、退回时填写）</source><translation>Reason (when dropping or moving back)</translation></message>
    <message><source>参数</source><comment>help section</comment><translation>positional arguments</translation></message>
    <message><source>参数“{argument}”含有无效的字符（不是 UTF-8 编码，� 处），请用 UTF-8 输入</source><translation>Argument &quot;{argument}&quot; has characters that are not UTF-8 (at �): type it in UTF-8</translation></message>
    <message><source>参数错误：{message}（{prog} --help 查看用法）</source><translation>Invalid arguments: {message} (see {prog} --help)</translation></message>
    <message><source>发生时间 YYYY-MM-DD HH:MM（默认现在；补记以前的事，不能是将来）</source><translation>When it happened, YYYY-MM-DD HH:MM (default: now; may be in the past, never in the future)</translation></message>
    <message><source>只导出搜索到的客户（同 customer list --search）</source><translation>Export only the customers found (as customer list --search)</translation></message>
    <message><source>只检查，不导入</source><translation>Check only, import nothing</translation></message>
    <message><source>可能与已有客户重复时仍然保存</source><translation>Save even when it may duplicate a customer</translation></message>
    <message><source>合并前的备份：{path}</source><translation>Backup taken before merging: {path}</translation></message>
    <message><source>合并后的文件（.xlsx）</source><translation>The merged file (.xlsx)</translation></message>
    <message><source>合并多位组员的部门追踪表</source><translation>Merge the team members&apos; tracking sheets</translation></message>
    <message><source>合并编号“{text}”不正确，应为正整数</source><translation>Wrong merge number &quot;{text}&quot;: use a positive whole number</translation></message>
    <message><source>否</source><translation>No</translation></message>
    <message><source>哪一天（默认今天）YYYY-MM-DD</source><translation>Which day (default: today) YYYY-MM-DD</translation></message>
    <message><source>图表：funnel、ratios、cycle 或 pareto</source><translation>Chart: funnel, ratios, cycle or pareto</translation></message>
    <message><source>图表：漏斗、比例趋势、销售周期分布、二八分割图</source><translation>Charts: funnel, ratio trends, sales cycle spread, 80/20 split</translation></message>
    <message><source>在临时演示数据库上打开窗口（不动您的数据）</source><translation>Open the window on a temporary demo database (your data is not touched)</translation></message>
    <message><source>备份数据库（默认放在数据库旁的 backups 文件夹）</source><translation>Back up the database (by default into the backups folder next to it)</translation></message>
    <message><source>备份文件就是当前数据库本身</source><translation>The backup file is the current database itself</translation></message>
    <message><source>备份文件路径</source><translation>Path of the backup file</translation></message>
    <message><source>姓名和单位相同</source><translation>same name and company</translation></message>
    <message><source>客户</source><comment>command</comment><translation>Customers</translation></message>
    <message><source>客户 {id}（{name}）</source><translation>customer {id} ({name})</translation></message>
    <message><source>客户 {id}：{name}</source><translation>Customer {id}: {name}</translation></message>
    <message><source>客户五级分类“{text}”不正确，应为 {levels}</source><translation>Customer level &quot;{text}&quot; is not valid: use {levels}</translation></message>
    <message><source>客户五级分类：{levels}</source><translation>Customer level: {levels}</translation></message>
    <message><source>客户人数（1–100000，默认 80）</source><translation>Number of customers (1–100000, default 80)</translation></message>
    <message><source>客户兴趣程度 1–5</source><translation>Customer&apos;s interest 1–5</translation></message>
    <message><source>客户姓名</source><translation>Customer name</translation></message>
    <message><source>客户编号或准确的姓名</source><translation>Customer ID or exact name</translation></message>
    <message><source>导出为 Excel 文件（.xlsx）</source><translation>Export as an Excel file (.xlsx)</translation></message>
    <message><source>导出为 PDF 文件（.pdf）</source><translation>Export as a PDF file (.pdf)</translation></message>
    <message><source>导出客户</source><translation>Export customers</translation></message>
    <message><source>导出本人的部门追踪表（不含客户资料）</source><translation>Export your own team tracking sheet (no customer details)</translation></message>
    <message><source>将导入 {imported} 位新客户，合并 {merged} 行，跳过 {skipped} 行</source><translation>To import: new customers {imported}, rows merged {merged}, rows skipped {skipped}</translation></message>
    <message><source>将改变 {n} 位客户的价值分级{kept}（加 --apply 写入）</source><translation>Value grades that would change: {n}{kept} (add --apply to write them)</translation></message>
    <message><source>将过期（销售周期 {days} 天）</source><translation>Turning overdue (sales cycle {days} days)</translation></message>
    <message><source>小计  {counts}</source><translation>Subtotal  {counts}</translation></message>
    <message><source>已中断</source><translation>Interrupted</translation></message>
    <message><source>已从 {path} 恢复</source><translation>Restored from {path}</translation></message>
    <message><source>已从 {path} 恢复；恢复前的数据已备份到：{backup}</source><translation>Restored from {path}; the data before the restore is backed up in: {backup}</translation></message>
    <message><source>已保存：{label}（{key}）= {value}</source><translation>Saved: {label} ({key}) = {value}</translation></message>
    <message><source>已修改客户：{name}</source><translation>Customer saved: {name}</translation></message>
    <message><source>已删除客户：{name}（编号 {id}）</source><translation>Customer deleted: {name} (ID {id})</translation></message>
    <message><source>已删除客户：{name}（编号 {id}），连同{related}</source><translation>Customer deleted: {name} (ID {id}), with {related}</translation></message>
    <message><source>已备份到：{path}</source><translation>Backed up to: {path}</translation></message>
    <message><source>已完成：[{id}] {text}</source><translation>Done: [{id}] {text}</translation></message>
    <message><source>已导入 {imported} 位新客户，合并 {merged} 行，跳过 {skipped} 行</source><translation>Imported: new customers {imported}, rows merged {merged}, rows skipped {skipped}</translation></message>
    <message><source>已导出 {n} 位客户：{path}</source><translation>Customers exported: {n}, to {path}</translation></message>
    <message><source>已导出：{path}</source><translation>Exported: {path}</translation></message>
    <message><source>已将潜在客户 {id} 从“{from_stage}”移到“{to_stage}”</source><translation>Moved prospect {id} from &quot;{from_stage}&quot; to &quot;{to_stage}&quot;</translation></message>
    <message><source>已成交</source><translation>Won</translation></message>
    <message><source>已把 {other}（编号 {other_id}）合并到 {keep}（编号 {keep_id}），移过去：{moved}</source><translation>Merged {other} (ID {other_id}) into {keep} (ID {keep_id}), moved: {moved}</translation></message>
    <message><source>已撤销合并：{name}（编号 {id}）和 TA 的记录已恢复</source><translation>Merge undone: {name} (ID {id}) and their records are back</translation></message>
    <message><source>已撤销导入“{file}”：删除 {removed} 位导入的客户，恢复 {reverted} 位合并过的客户</source><translation>Import of &quot;{file}&quot; undone: imported customers removed {removed}, merged customers restored {reverted}</translation></message>
    <message><source>已新建客户：{name}</source><translation>Customer added: {name}</translation></message>
    <message><source>已新建待办：{quadrant}</source><translation>To-do added: {quadrant}</translation></message>
    <message><source>已新建潜在客户（销售机会）：{name} {plan}</source><translation>Prospect added (Opportunity): {name} {plan}</translation></message>
    <message><source>已新建约会：{at} {name}</source><translation>Appointment added: {at} {name}</translation></message>
    <message><source>已更新 {n} 位客户的价值分级{kept}</source><translation>Value grades updated: {n}{kept}</translation></message>
    <message><source>已生成演示数据库：{path}</source><translation>Demo database written: {path}</translation></message>
    <message><source>已签单</source><translation>Signed</translation></message>
    <message><source>已签单：{signed}  已缴费：{paid}  保费：{premium}</source><translation>Signed: {signed}  Paid: {paid}  Premium: {premium}</translation></message>
    <message><source>已缴费金额（元）</source><translation>Amount paid (CNY)</translation></message>
    <message><source>已记录交流：{name}（{method}）</source><translation>Contact recorded: {name} ({method})</translation></message>
    <message><source>已记录活动：{name}</source><translation>Activity recorded: {name}</translation></message>
    <message><source>年度成交件数目标（默认：设置里的目标）</source><translation>Yearly goal in deals (default: the goal in the settings)</translation></message>
    <message><source>并入后删除的客户：编号或准确的姓名</source><translation>The customer merged in and then deleted: ID or exact name</translation></message>
    <message><source>开始日期（默认一年前）</source><translation>Start date (default: a year ago)</translation></message>
    <message><source>开始时间 YYYY-MM-DD HH:MM</source><translation>Start time YYYY-MM-DD HH:MM</translation></message>
    <message><source>当前 {grade}</source><translation>now {grade}</translation></message>
    <message><source>当前 {grade}（手动）</source><translation>now {grade} (by hand)</translation></message>
    <message><source>当前数据库已损坏（{reason}），已移到：{path}</source><translation>The current database is damaged ({reason}); it was moved to: {path}</translation></message>
    <message><source>待办</source><comment>numbered</comment><translation>to-do</translation></message>
    <message><source>待办事项（四象限）</source><translation>To-dos (four quadrants)</translation></message>
    <message><source>待办内容</source><translation>What to do</translation></message>
    <message><source>待办编号</source><translation>To-do ID</translation></message>
    <message><source>微信</source><comment>交流方式</comment><translation>WeChat</translation></message>
    <message><source>恢复前的备份与要恢复的文件同名，未恢复</source><translation>The backup before restoring has the same name as the file to restore: nothing restored</translation></message>
    <message><source>成交</source><comment>count</comment><translation>Deals</translation></message>
    <message><source>成立的 50%% 标准编号，用逗号分隔（前进时追加勾选；退回时列出仍然成立的，未列出的即不再成立）</source><translation>Numbers of the 50%% criteria that hold, separated by commas (moving on: ticked in addition; moving back: those still holding, the others no longer hold)</translation></message>
    <message><source>把 OTHER 合并到 KEEP：潜在客户、交流记录、活动、介绍的客户等全部移到 KEEP，可撤销</source><translation>Merge OTHER into KEEP: prospects, contact records, activities, referred customers and the rest all move to KEEP (can be undone)</translation></message>
    <message><source>把客户导出为 Excel（.xlsx）或 CSV，列与导入相同</source><translation>Export customers to Excel (.xlsx) or CSV, with the same columns as import</translation></message>
    <message><source>把待办标记为完成</source><translation>Mark a to-do as done</translation></message>
    <message><source>把未导入的行（带原因列）写入这个文件（.xlsx 或 .csv）</source><translation>Write the rows not imported (with a reason column) to this file (.xlsx or .csv)</translation></message>
    <message><source>拜访</source><comment>交流方式</comment><translation>Visit</translation></message>
    <message><source>拨打</source><comment>count</comment><translation>Dials</translation></message>
    <message><source>按姓名、拼音（全拼或首字母）、单位、电话搜索</source><translation>Search by name, pinyin (full or initials), company, phone</translation></message>
    <message><source>按承保标保计算价值分级 A–E（--apply 写入）</source><translation>Compute value grades A–E from the standard premium (--apply writes them)</translation></message>
    <message><source>按这一天计算本周和今天的进度（默认今天）</source><translation>Count this week&apos;s and today&apos;s progress from this day (default: today)</translation></message>
    <message><source>撤销上一次导入</source><translation>Undo the last import</translation></message>
    <message><source>撤销合并时不要再写 KEEP 和 OTHER（customer merge --undo [合并编号]）</source><translation>Undoing a merge takes no KEEP and OTHER (customer merge --undo [MERGE_ID])</translation></message>
    <message><source>撤销最近一次合并（或指定编号的合并），不需要 KEEP 和 OTHER</source><translation>Undo the last merge (or the merge with this ID); no KEEP and OTHER needed</translation></message>
    <message><source>撤销：salesdesk customer merge --undo</source><translation>Undo: salesdesk customer merge --undo</translation></message>
    <message><source>数据库完好</source><translation>The database is sound</translation></message>
    <message><source>数据库文件（默认：用户数据目录）</source><translation>Database file (default: in the user data folder)</translation></message>
    <message><source>文件夹不存在：{folder}（请先创建它）</source><translation>The folder does not exist: {folder} (create it first)</translation></message>
    <message><source>文件已存在时覆盖它</source><translation>Overwrite the file if it exists</translation></message>
    <message><source>文件已存在，不会覆盖：{path}</source><translation>The file already exists and is not overwritten: {path}</translation></message>
    <message><source>文件已存在，不会覆盖：{path}（加 --force 覆盖）</source><translation>The file already exists and is not overwritten: {path} (add --force to overwrite)</translation></message>
    <message><source>文件操作失败（{reason}）</source><translation>File operation failed ({reason})</translation></message>
    <message><source>文件操作失败（{reason}）：{file}</source><translation>File operation failed ({reason}): {file}</translation></message>
    <message><source>新值（退出原因每行一条；cycle_override_days 为 0 表示自动计算）</source><translation>New value (lost reasons one per line; cycle_override_days 0 means computed)</translation></message>
    <message><source>新建客户，输出编号</source><translation>Add a customer and print its ID</translation></message>
    <message><source>新建待办，输出编号</source><translation>Add a to-do and print its ID</translation></message>
    <message><source>新建潜在客户（销售机会），输出编号</source><translation>Add a prospect (Opportunity) and print its ID</translation></message>
    <message><source>新建约会，输出编号（时间重叠照样保存，在标准错误上提示）</source><translation>Add an appointment and print its ID (an overlap is saved anyway, with a note on standard error)</translation></message>
    <message><source>新建：{stage}</source><translation>New: {stage}</translation></message>
    <message><source>日期“{text}”格式不正确，应为 YYYY-MM-DD</source><translation>Date &quot;{text}&quot; is not valid: use YYYY-MM-DD</translation></message>
    <message><source>日期“{text}”超出范围（{first}–{last} 年）</source><translation>Date &quot;{text}&quot; is out of range (years {first}–{last})</translation></message>
    <message><source>日程：某天或某周的约会；agenda add 新建约会</source><translation>Agenda: the appointments of a day or a week; agenda add adds one</translation></message>
    <message><source>时段（默认 week：周一至周日）</source><translation>Period (default week: Monday to Sunday)</translation></message>
    <message><source>时长（分钟，默认 60）</source><translation>Length in minutes (default 60)</translation></message>
    <message><source>时间“{text}”格式不正确，应为 YYYY-MM-DD HH:MM</source><translation>Time &quot;{text}&quot; is not valid: use YYYY-MM-DD HH:MM</translation></message>
    <message><source>星期一</source><translation>Monday</translation></message>
    <message><source>星期三</source><translation>Wednesday</translation></message>
    <message><source>星期二</source><translation>Tuesday</translation></message>
    <message><source>星期五</source><translation>Friday</translation></message>
    <message><source>星期六</source><translation>Saturday</translation></message>
    <message><source>星期四</source><translation>Thursday</translation></message>
    <message><source>星期日</source><translation>Sunday</translation></message>
    <message><source>是</source><translation>Yes</translation></message>
    <message><source>显示一项设置</source><translation>Show one setting</translation></message>
    <message><source>显示客户名片、生日、潜在客户、交流记录和转介绍</source><translation>Show a customer&apos;s card, birthday, prospects, contact records and referrals</translation></message>
    <message><source>显示帮助并退出</source><translation>show this help message and exit</translation></message>
    <message><source>显示潜在客户的阶段、标准、金额和阶段历史</source><translation>Show a prospect&apos;s stage, criteria, amounts and stage history</translation></message>
    <message><source>显示这一天所在的一周（周一至周日）</source><translation>Show the week of that day (Monday to Sunday)</translation></message>
    <message><source>月份</source><translation>Month</translation></message>
    <message><source>未备份</source><translation>not backed up</translation></message>
    <message><source>未导入的行已写入：{path}</source><translation>Rows not imported are written to: {path}</translation></message>
    <message><source>未知的设置项“{key}”（可用：{keys}）</source><translation>Unknown setting &quot;{key}&quot; (known: {keys})</translation></message>
    <message><source>未联系（共 {n} 位）</source><translation>Not contacted ({n} in all)</translation></message>
    <message><source>本周（{week}）：{progress}</source><translation>This week ({week}): {progress}</translation></message>
    <message><source>查看或修改设置（业务员姓名、销售周期、目标等）</source><translation>Show or change settings (agent name, sales cycle, goals…)</translation></message>
    <message><source>标准：{ticks}</source><translation>Criteria: {ticks}</translation></message>
    <message><source>标签（多个用逗号分隔）</source><translation>Tags (separated by commas)</translation></message>
    <message><source>标题（如 送计划书）</source><translation>Title (e.g. bring the proposal)</translation></message>
    <message><source>检查数据库是否完好</source><translation>Check that the database is sound</translation></message>
    <message><source>比例游戏  {period}（工作日 {days} 天）</source><translation>Ratio game  {period} ({days} working days)</translation></message>
    <message><source>比例游戏：拨打、接通、约见、面谈、成交与参考比例</source><translation>Ratio game: dials, reached, booked, meetings, deals against the reference ratios</translation></message>
    <message><source>没有可以撤销的合并</source><translation>No merge to undo</translation></message>
    <message><source>没有可能重复的客户</source><translation>No likely duplicate customers</translation></message>
    <message><source>没有子命令“{value}”（可选：{choices}）</source><translation>No sub-command &quot;{value}&quot; (choose from: {choices})</translation></message>
    <message><source>没有未完成的待办</source><translation>No open to-dos</translation></message>
    <message><source>注意：{warning}（已保存）</source><translation>Note: {warning} (saved)</translation></message>
    <message><source>活动</source><comment>records deleted</comment><translation>activities</translation></message>
    <message><source>活动的备注（交流记录用 --summary）</source><translation>Note on the activity (a contact record uses --summary)</translation></message>
    <message><source>演示业务员的姓名（默认：演示业务员）</source><translation>The demo agent&apos;s name (default: Demo agent)</translation></message>
    <message><source>潜在客户</source><comment>command</comment><translation>Prospects</translation></message>
    <message><source>潜在客户</source><comment>numbered</comment><translation>prospect</translation></message>
    <message><source>潜在客户</source><comment>records deleted</comment><translation>prospects</translation></message>
    <message><source>潜在客户 {id}：{name}（客户 {customer}）{plan}</source><translation>Prospect {id}: {name} (customer {customer}) {plan}</translation></message>
    <message><source>潜在客户管理行动工具表  {week}  我的销售周期: {days} 天</source><translation>Prospect Action Table  {week}  My sales cycle: {days} days</translation></message>
    <message><source>潜在客户编号</source><translation>Prospect ID</translation></message>
    <message><source>潜在客户：{n} 个</source><translation>Prospects: {n}</translation></message>
    <message><source>生日、纪念日提前几天（默认设置 reminder_days，7）</source><translation>Days ahead for birthdays and anniversaries (default: the reminder_days setting, 7)</translation></message>
    <message><source>生日（{days} 天内）</source><translation>Birthdays (next {days} days)</translation></message>
    <message><source>生日：{date}</source><translation>Birthday: {date}</translation></message>
    <message><source>生日：{date}（下次 {next}）</source><translation>Birthday: {date} (next {next})</translation></message>
    <message><source>用法：</source><translation>usage: </translation></message>
    <message><source>电话</source><comment>交流方式</comment><translation>Phone</translation></message>
    <message><source>电话：手机号记为手机，其他记为固定电话</source><translation>Phone: a mobile number is saved as the mobile, any other as the landline</translation></message>
    <message><source>界面语言：zh 中文、en English（默认：设置或系统语言；也可用环境变量 SALESDESK_LANG）</source><translation>Language: zh Chinese, en English (default: the setting or the system&apos;s language; the SALESDESK_LANG environment variable works too)</translation></message>
    <message><source>目标规划：从年度目标倒推每周面谈、每天拨打</source><translation>Goal planning: from the yearly goal back to meetings a week and dials a day</translation></message>
    <message><source>目标阶段：opportunity appointment p25 p50 p90 won lost（或中文名称）</source><translation>Target stage: opportunity appointment p25 p50 p90 won lost (or the Chinese name)</translation></message>
    <message><source>相关客户：编号或准确的姓名</source><translation>Customer concerned: ID or exact name</translation></message>
    <message><source>看哪一天（默认今天）YYYY-MM-DD</source><translation>Which day to show (default: today) YYYY-MM-DD</translation></message>
    <message><source>短信</source><comment>交流方式</comment><translation>SMS</translation></message>
    <message><source>确认删除</source><translation>Confirm the deletion</translation></message>
    <message><source>移动潜在客户到另一阶段</source><translation>Move a prospect to another stage</translation></message>
    <message><source>窗口显示完毕、空闲后立即退出（退出码 0），用于冒烟测试和启动计时</source><translation>Quit as soon as the window is shown and idle (exit code 0), for smoke tests and start-up timing</translation></message>
    <message><source>第 {row} 行 {name}：与{other}{why}</source><translation>Row {row} {name}: {why} as {other}</translation></message>
    <message><source>第 {row} 行（{name}）</source><translation>row {row} ({name})</translation></message>
    <message><source>第 {row} 行［{column}］：{reason}</source><translation>Row {row} [{column}]: {reason}</translation></message>
    <message><source>约会</source><comment>records deleted</comment><translation>appointments</translation></message>
    <message><source>约见</source><comment>count</comment><translation>Booked</translation></message>
    <message><source>纪念日（{days} 天内）</source><translation>Anniversaries (next {days} days)</translation></message>
    <message><source>组员用 dept export 导出的部门追踪表（.xlsx）</source><translation>Team tracking sheets the members exported with dept export (.xlsx)</translation></message>
    <message><source>结婚纪念日 YYYY-MM-DD</source><translation>Wedding anniversary YYYY-MM-DD</translation></message>
    <message><source>结束日期（默认今天）</source><translation>End date (default: today)</translation></message>
    <message><source>结果：{results}</source><translation>Result: {results}</translation></message>
    <message><source>要导入的文件（.xlsx 或 .csv）</source><translation>The file to import (.xlsx or .csv)</translation></message>
    <message><source>要恢复的备份文件</source><translation>The backup file to restore</translation></message>
    <message><source>计划推荐的产品或方案（如 重疾险）</source><translation>The product or plan you mean to propose (e.g. critical illness cover)</translation></message>
    <message><source>认识来源（如 转介绍、陌拜）</source><translation>Where you met (e.g. referral, cold call)</translation></message>
    <message><source>记录活动（拨打/接通/约见/面谈/成交）或交流记录</source><translation>Log an activity (dial/reach/book/meet/close) or a contact record</translation></message>
    <message><source>设置项，例如 agent_name（settings list 列出全部）</source><translation>The setting, e.g. agent_name (settings list shows them all)</translation></message>
    <message><source>请先设置业务员姓名（设置 → 业务员姓名，或 salesdesk settings set agent_name 姓名），部门追踪表需要它</source><translation>Set the agent&apos;s name first (Settings → Agent name, or salesdesk settings set agent_name NAME): the team tracking sheet needs it</translation></message>
    <message><source>请写出两位客户：customer merge KEEP OTHER（撤销上次合并：customer merge --undo）</source><translation>Name two customers: customer merge KEEP OTHER (to undo the last merge: customer merge --undo)</translation></message>
    <message><source>请指定 customer add 或 customer list</source><translation>Say customer add or customer list</translation></message>
    <message><source>请指定 dept export 或 dept merge</source><translation>Say dept export or dept merge</translation></message>
    <message><source>请指定 export customers -o FILE</source><translation>Say export customers -o FILE</translation></message>
    <message><source>请指定 prospect add 或 prospect show</source><translation>Say prospect add or prospect show</translation></message>
    <message><source>请指定 settings list、settings get KEY 或 settings set KEY VALUE</source><translation>Say settings list, settings get KEY or settings set KEY VALUE</translation></message>
    <message><source>请指定 todo add、todo list 或 todo done ID</source><translation>Say todo add, todo list or todo done ID</translation></message>
    <message><source>请指定要导入的文件（salesdesk import FILE），或用 --undo 撤销上一次导入</source><translation>Name the file to import (salesdesk import FILE), or undo the last import with --undo</translation></message>
    <message><source>请用 --db PATH 指定演示数据库的位置</source><translation>Say where to write the demo database with --db PATH</translation></message>
    <message><source>路径中有一段不是文件夹：{folder}</source><translation>A part of the path is not a folder: {folder}</translation></message>
    <message><source>跳过有错误的行，只导入正确的行</source><translation>Skip rows with errors, import only the correct ones</translation></message>
    <message><source>输出文件（.xlsx 或 .csv）</source><translation>Output file (.xlsx or .csv)</translation></message>
    <message><source>输出文件（.xlsx）</source><translation>Output file (.xlsx)</translation></message>
    <message><source>这一周没有约会</source><translation>No appointments this week</translation></message>
    <message><source>这一天所在的时段 YYYY-MM-DD（默认今天）</source><translation>The period of this day YYYY-MM-DD (default: today)</translation></message>
    <message><source>这一天所在的那一周 YYYY-MM-DD（默认本周）</source><translation>The week of this day YYYY-MM-DD (default: this week)</translation></message>
    <message><source>这是一个文件夹，不能作为输出文件：{path}</source><translation>This is a folder, not an output file: {path}</translation></message>
    <message><source>退出原因：{reason}</source><translation>Lost reason: {reason}</translation></message>
    <message><source>选项</source><comment>help section</comment><translation>options</translation></message>
    <message><source>邮件</source><comment>交流方式</comment><translation>Email</translation></message>
    <message><source>重要日期</source><comment>records deleted</comment><translation>important dates</translation></message>
    <message><source>阶段历史</source><comment>records deleted</comment><translation>stage changes</translation></message>
    <message><source>阶段历史：</source><translation>Stage history:</translation></message>
    <message><source>阶段：{stage}（自 {since} 起）</source><translation>Stage: {stage} (since {since})</translation></message>
    <message><source>随机种子：相同的种子生成相同的数据（默认 7）</source><translation>Random seed: the same seed makes the same data (default 7)</translation></message>
    <message><source>面谈</source><comment>count</comment><translation>Meetings</translation></message>
    <message><source>面谈</source><comment>交流方式</comment><translation>Meeting</translation></message>
    <message><source>预算金额（元）</source><translation>Budget (CNY)</translation></message>
    <message><source>预算：{amount}</source><translation>Budget: {amount}</translation></message>
    <message><source>预计签单日期</source><translation>Expected signing date</translation></message>
    <message><source>预计签单：{date}</source><translation>Expected signing: {date}</translation></message>
    <message><source>首次面谈日期（约见时需要）</source><translation>Date of the first meeting (needed when booking)</translation></message>
    <message><source>首次面谈：{date}</source><translation>First meeting: {date}</translation></message>
    <message><source>（{days} 天后过期）</source><translation> (overdue in {days} days)</translation></message>
    <message><source>（{days} 天后过期）</source><comment>n=1</comment><translation> (overdue in {days} day)</translation></message>
    <message><source>（{n} 行有错误）</source><translation> (rows with errors: {n})</translation></message>
    <message><source>（从未联系）</source><translation> (never contacted)</translation></message>
    <message><source>（初次见面）</source><translation> (first meeting)</translation></message>
    <message><source>（已过期）</source><translation> (overdue)</translation></message>
    <message><source>（确是另一位客户：加 --force 仍然保存）</source><translation> (if it really is another customer: add --force to save anyway)</translation></message>
    <message><source>（试运行，未做任何修改）</source><translation> (dry run, nothing changed)</translation></message>
    <message><source>，</source><comment>list separator</comment><translation>, </translation></message>
    <message><source>，手动设置的 {n} 位保持不变</source><translation>; kept as set by hand: {n}</translation></message>
</context>
</TS>
