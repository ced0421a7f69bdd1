<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>services</name>
    <message><source>A 级客户联系间隔天数</source><translation>Days between contacts, grade A customers</translation></message>
    <message><source>B 级客户联系间隔天数</source><translation>Days between contacts, grade B customers</translation></message>
    <message><source>C 级客户联系间隔天数</source><translation>Days between contacts, grade C customers</translation></message>
    <message><source>D 级客户联系间隔天数</source><translation>Days between contacts, grade D customers</translation></message>
    <message><source>E 级客户联系间隔天数</source><translation>Days between contacts, grade E customers</translation></message>
    <message><source>{column}：{reason}</source><translation>{column}: {reason}</translation></message>
    <message><source>{count} 个潜在客户</source><translation>{count} prospect(s)</translation></message>
    <message><source>{count} 个重要日期</source><translation>{count} important date(s)</translation></message>
    <message><source>{count} 位介绍的客户</source><translation>{count} referred customer(s)</translation></message>
    <message><source>{count} 条交流记录</source><translation>{count} contact record(s)</translation></message>
    <message><source>{count} 条分类变化</source><translation>{count} level change(s)</translation></message>
    <message><source>{count} 条导入记录</source><translation>{count} import record(s)</translation></message>
    <message><source>{count} 条活动记录</source><translation>{count} activity record(s)</translation></message>
    <message><source>{count} 次约见</source><translation>{count} appointment(s)</translation></message>
    <message><source>{count} 项待办</source><translation>{count} to-do(s)</translation></message>
    <message><source>{customer_name}：{title}</source><translation>{customer_name}: {title}</translation></message>
    <message><source>{known}应为 {low}–{high} 之间的{unit}：“{text}”</source><translation>{known} must be {unit} from {low} to {high}: “{text}”</translation></message>
    <message><source>{known}的值不正确</source><translation>The value of {known} is not valid</translation></message>
    <message><source>{known}：{exc}</source><translation>{known}: {exc}</translation></message>
    <message><source>{label} {isoformat} 超出范围（{first}–{last} 年）</source><translation>{label} {isoformat} is out of range (years {first}–{last})</translation></message>
    <message><source>{label} {value:%Y-%m-%d} 超出范围（{first_year}–{last_year} 年）</source><translation>{label} {value:%Y-%m-%d} is out of range (years {first_year}–{last_year})</translation></message>
    <message><source>{label}应为 {low}–{high} 之间的整数</source><translation>{label} must be a whole number from {low} to {high}</translation></message>
    <message><source>{label}应为 是 或 否</source><translation>{label} must be yes or no</translation></message>
    <message><source>{label}应为日期和时间</source><translation>{label} must be a date and time</translation></message>
    <message><source>{label}应为本地时间（不带时区）</source><translation>{label} must be a local time (without a time zone)</translation></message>
    <message><source>{name}（编号 {ref}）</source><translation>{name} (no. {ref})</translation></message>
    <message><source>{reason}（不再成立：{criteria_text}）</source><translation>{reason} (no longer met: {criteria_text})</translation></message>
    <message><source>{shown}不宜拜访：{items}</source><translation>{shown} prefers no visits: {items}</translation></message>
    <message><source>{start:%H:%M} 约会</source><translation>{start:%H:%M} appointment</translation></message>
    <message><source>{value}应为 是 或 否</source><translation>{value} must be yes or no</translation></message>
    <message><source>{what}编号“{printable}”不正确，应为数字</source><translation>{what} number “{printable}” is not valid: use digits</translation></message>
    <message><source>{what}编号应为一组数字</source><translation>{what} numbers must be a list of numbers</translation></message>
    <message><source>{year}年</source><translation>, {year}</translation></message>
    <message><source>“{label_of}”对应了不止一列</source><translation>“{label_of}” is matched to more than one column</translation></message>
    <message><source>“{label}”应为 是 或 否</source><translation>“{label}” must be yes or no</translation></message>
    <message><source>“通知”应为 是 或 否</source><translation>“Notify” must be yes or no</translation></message>
    <message><source>一位客户最多记 {limit} 个重要日期</source><translation>A customer can have at most {limit} important dates</translation></message>
    <message><source>一次只能按一个标签筛选</source><translation>Filter by one tag at a time</translation></message>
    <message><source>一次最多处理 {limit} 个{what}</source><translation>At most {limit} at a time ({what})</translation></message>
    <message><source>一次最多查看 {limit} 天的日程</source><translation>The agenda shows at most {limit} days at a time</translation></message>
    <message><source>下一步</source><comment>field</comment><translation>Next step</translation></message>
    <message><source>下一步 {value} → {value2}</source><translation>next step {value} → {value2}</translation></message>
    <message><source>不是已有客户</source><translation>not an existing customer</translation></message>
    <message><source>不能写入这个文件夹（只读或没有权限）：{path}</source><translation>Cannot write to this folder (read-only or no permission): {path}</translation></message>
    <message><source>不能把客户与自己合并</source><translation>A customer cannot be merged with itself</translation></message>
    <message><source>不能移到当前数据文件夹之内：{path}。请选择它以外的文件夹。</source><translation>Cannot move into the current data folder: {path}. Choose a folder outside it.</translation></message>
    <message><source>与 {start:%H:%M}–{end:%H:%M}“{label}”时间重叠</source><translation>Overlaps {start:%H:%M}–{end:%H:%M} “{label}”</translation></message>
    <message><source>业务员姓名</source><translation>Agent&apos;s name</translation></message>
    <message><source>两边的{field}合起来超过 {limit} 字，请选其中一边</source><translation>Both sides&apos; {field} together are longer than {limit} characters: choose one side</translation></message>
    <message><source>主题</source><translation>Subject</translation></message>
    <message><source>交流方式</source><translation>Contact method</translation></message>
    <message><source>交流方式</source><comment>field</comment><translation>Contact method</translation></message>
    <message><source>交流方式“{method}”不正确，可用：{items}</source><translation>Contact method “{method}” is not valid; use: {items}</translation></message>
    <message><source>交流时间</source><translation>Contact time</translation></message>
    <message><source>交流时间</source><comment>field</comment><translation>Contact time</translation></message>
    <message><source>交流时间不能为空</source><translation>The contact time cannot be empty</translation></message>
    <message><source>交流时间应为日期和时间</source><translation>The contact time must be a date and time</translation></message>
    <message><source>交流纪要</source><translation>Summary of the conversation</translation></message>
    <message><source>交流记录</source><translation>Contact records</translation></message>
    <message><source>交流记录</source><comment>field</comment><translation>Contact record</translation></message>
    <message><source>交流记录 {contact_id} 仍然存在，无需恢复</source><translation>Contact record {contact_id} still exists: nothing to restore</translation></message>
    <message><source>今天到期的待办</source><translation>To-do due today</translation></message>
    <message><source>今天是{name}的{label}</source><translation>Today is {name}&apos;s {label}</translation></message>
    <message><source>今天是{name}的生日</source><translation>Today is {name}&apos;s birthday</translation></message>
    <message><source>今天是{name}的结婚纪念日</source><translation>Today is {name}&apos;s wedding anniversary</translation></message>
    <message><source>介绍人不能是客户本人</source><translation>A customer cannot be their own referrer</translation></message>
    <message><source>介绍人：{name}（{why}，未关联）</source><translation>Referrer: {name} ({why}, not linked)</translation></message>
    <message><source>介绍的客户</source><translation>Referred customers</translation></message>
    <message><source>仍然添加</source><translation>Add anyway</translation></message>
    <message><source>价值分级只能是 A–E 或 未分级</source><translation>The value grade must be A–E or ungraded</translation></message>
    <message><source>价值分级界限：A、B、C、D 的百分位数</source><translation>Value grade limits: percentiles of A, B, C, D</translation></message>
    <message><source>保留的客户（编号 {kept_id}）已被删除或又被合并，无法撤销这次合并</source><translation>The kept customer (no. {kept_id}) was deleted or merged again: this merge cannot be undone</translation></message>
    <message><source>修改：</source><translation>Edited: </translation></message>
    <message><source>修改：初次见面 {value} → {isoformat}</source><translation>Edited: first meeting {value} → {isoformat}</translation></message>
    <message><source>关闭窗口时留在系统托盘（1 是，0 否）</source><translation>Stay in the system tray when the window closes (1 yes, 0 no)</translation></message>
    <message><source>农历{year}{leap}{month}月{day}日</source><translation>Lunar {leap}month {month}, day {day}{year}</translation></message>
    <message><source>分类变化</source><translation>Level changes</translation></message>
    <message><source>列的对应关系不正确</source><translation>The column mapping is not valid</translation></message>
    <message><source>列的对应关系中有不存在的列</source><translation>The column mapping names a column that does not exist</translation></message>
    <message><source>创建时间</source><comment>field</comment><translation>Created</translation></message>
    <message><source>初次见面</source><translation>First meeting</translation></message>
    <message><source>初次见面日期</source><comment>field</comment><translation>First meeting date</translation></message>
    <message><source>初次见面（{shown}）</source><translation>First meeting ({shown})</translation></message>
    <message><source>删除前的备份失败，未删除：{reason}</source><translation>The backup before deleting failed, nothing was deleted: {reason}</translation></message>
    <message><source>删除记录已损坏，无法撤销（可从删除前的备份恢复）</source><translation>The deletion record is damaged and cannot be undone (restore the backup made before deleting)</translation></message>
    <message><source>到期日</source><comment>field</comment><translation>Due date</translation></message>
    <message><source>勾选 {criteria_text}</source><translation>ticked {criteria_text}</translation></message>
    <message><source>原因</source><comment>field</comment><translation>Reason</translation></message>
    <message><source>取消 {criteria_text}</source><translation>unticked {criteria_text}</translation></message>
    <message><source>只有成交或退出的潜在客户才能填写交易总结</source><translation>Only a won or lost prospect can have a deal summary</translation></message>
    <message><source>可能与已有客户重复：{printable}（编号 {customer_id}，{why_text}）{more}</source><translation>Possible duplicate of an existing customer: {printable} (no. {customer_id}, {why_text}){more}</translation></message>
    <message><source>合并</source><translation>Merge</translation></message>
    <message><source>合并前的备份没有完成，未做任何修改：{printable}</source><translation>The backup before merging did not finish, nothing was changed: {printable}</translation></message>
    <message><source>合并的选择中没有字段“{printable}”</source><translation>The merge choices have no field “{printable}”</translation></message>
    <message><source>合并的选择应为 字段 → keep 或 other</source><translation>Merge choices must map a field to keep or other</translation></message>
    <message><source>合并记录</source><comment>field</comment><translation>Merge record</translation></message>
    <message><source>地点</source><comment>field</comment><translation>Place</translation></message>
    <message><source>备注</source><comment>field</comment><translation>Notes</translation></message>
    <message><source>天数</source><comment>field</comment><translation>Days</translation></message>
    <message><source>姓名和公司相同</source><translation>same name and company</translation></message>
    <message><source>字段“{field}”应选 keep 或 other</source><translation>Field “{field}” must be keep or other</translation></message>
    <message><source>字段“{field}”应选 keep、other 或 both</source><translation>Field “{field}” must be keep, other or both</translation></message>
    <message><source>完成度</source><comment>field</comment><translation>Progress</translation></message>
    <message><source>完成时间</source><comment>field</comment><translation>Done at</translation></message>
    <message><source>客户</source><comment>field</comment><translation>Customer</translation></message>
    <message><source>客户“{shown}”的介绍人是这次导入的客户，不能撤销这次导入</source><translation>The referrer of customer “{shown}” came in with this import: the import cannot be undone</translation></message>
    <message><source>客户兴趣程度</source><translation>Customer interest</translation></message>
    <message><source>客户兴趣程度</source><comment>field</comment><translation>Customer interest</translation></message>
    <message><source>客户列表不能按这一列排序</source><translation>The customer list cannot be sorted by this column</translation></message>
    <message><source>客户列表的条件不正确</source><translation>The customer list&apos;s filter is not valid</translation></message>
    <message><source>客户资料不正确</source><translation>The customer details are not valid</translation></message>
    <message><source>导入之后客户“{shown}”已被修改，不能撤销这次导入</source><translation>Customer “{shown}” was changed after the import: the import cannot be undone</translation></message>
    <message><source>导入前的备份没有完成，没有导入：{printable}</source><translation>The backup before importing did not finish, nothing was imported: {printable}</translation></message>
    <message><source>导入已取消，没有导入任何客户</source><translation>Import cancelled: no customers were imported</translation></message>
    <message><source>导入的客户“{shown}”已有{what}记录，不能撤销这次导入</source><translation>Imported customer “{shown}” already has records ({what}): the import cannot be undone</translation></message>
    <message><source>导入结果不正确</source><translation>The import result is not valid</translation></message>
    <message><source>导入记录</source><translation>Import records</translation></message>
    <message><source>层数</source><comment>field</comment><translation>Levels</translation></message>
    <message><source>年度保费目标不是有效金额</source><translation>The yearly premium goal is not a valid amount</translation></message>
    <message><source>年度保费目标应大于 0</source><translation>The yearly premium goal must be more than 0</translation></message>
    <message><source>年度保费目标（元）</source><translation>Yearly premium goal (CNY)</translation></message>
    <message><source>年度保费目标：{query}</source><translation>Yearly premium goal: {query}</translation></message>
    <message><source>年度成交件数目标</source><translation>Yearly deals goal</translation></message>
    <message><source>年度成交件数目标</source><comment>field</comment><translation>Yearly deals goal</translation></message>
    <message><source>开始日期</source><comment>field</comment><translation>Start date</translation></message>
    <message><source>开始时间</source><comment>field</comment><translation>Start time</translation></message>
    <message><source>待办</source><translation>To-dos</translation></message>
    <message><source>待办</source><comment>field</comment><translation>To-do</translation></message>
    <message><source>待办内容</source><comment>field</comment><translation>To-do text</translation></message>
    <message><source>成交几次成为忠诚客户</source><translation>Deals that make a customer Loyal</translation></message>
    <message><source>成交起始日期</source><comment>field</comment><translation>Won since</translation></message>
    <message><source>找不到客户“{text}”</source><translation>Customer “{text}” not found</translation></message>
    <message><source>找不到编号为 {activity_id} 的活动记录</source><translation>Activity record {activity_id} not found</translation></message>
    <message><source>找不到编号为 {appointment_id} 的约会</source><translation>Appointment {appointment_id} not found</translation></message>
    <message><source>找不到编号为 {contact_id} 的交流记录</source><translation>Contact record {contact_id} not found</translation></message>
    <message><source>找不到编号为 {customer_id} 的客户</source><translation>Customer {customer_id} not found</translation></message>
    <message><source>找不到编号为 {date_id} 的重要日期</source><translation>Important date {date_id} not found</translation></message>
    <message><source>找不到编号为 {merge_id} 的合并记录</source><translation>Merge record {merge_id} not found</translation></message>
    <message><source>找不到编号为 {missing} 的客户</source><translation>Customer {missing} not found</translation></message>
    <message><source>找不到编号为 {printable} 的{what}</source><translation>{what} {printable} not found</translation></message>
    <message><source>找不到编号为 {prospect_id} 的潜在客户</source><translation>Prospect {prospect_id} not found</translation></message>
    <message><source>找不到编号为 {todo_id} 的待办</source><translation>To-do {todo_id} not found</translation></message>
    <message><source>找不到编号为 {unknown} 的潜在客户</source><translation>Prospect {unknown} not found</translation></message>
    <message><source>找不到要撤销的阶段变化</source><translation>The stage change to undo was not found</translation></message>
    <message><source>排序方向不正确</source><translation>The sort order is not valid</translation></message>
    <message><source>提醒</source><comment>field</comment><translation>Reminder</translation></message>
    <message><source>撤销{reason}</source><translation>Undone: {reason}</translation></message>
    <message><source>撤销：{label} → {label2}</source><translation>Undone: {label} → {label2}</translation></message>
    <message><source>数据已经在这个文件夹中：{path}</source><translation>The data is already in this folder: {path}</translation></message>
    <message><source>整数</source><translation>a whole number</translation></message>
    <message><source>整数天数</source><translation>a whole number of days</translation></message>
    <message><source>文件夹不存在：{path}</source><translation>The folder does not exist: {path}</translation></message>
    <message><source>新建的潜在客户不能用撤销退回</source><translation>A new prospect cannot be taken back with undo</translation></message>
    <message><source>无法保存新的数据文件夹位置（{reason}）：{path}</source><translation>Cannot save the new data folder location ({reason}): {path}</translation></message>
    <message><source>无法写入备份</source><translation>Cannot write the backup</translation></message>
    <message><source>无法写入备份（{os_reason}）：{value}</source><translation>Cannot write the backup ({os_reason}): {value}</translation></message>
    <message><source>无法读取这个文件夹所在磁盘的空间（{reason}）：{path}</source><translation>Cannot read the free space of this folder&apos;s disk ({reason}): {path}</translation></message>
    <message><source>日期</source><comment>field</comment><translation>Date</translation></message>
    <message><source>日期名称</source><comment>field</comment><translation>Date name</translation></message>
    <message><source>日期名称不能为空（如 孩子生日、公司成立日）</source><translation>The date needs a name (such as “Child&apos;s birthday” or “Company founded”)</translation></message>
    <message><source>时段“{text}”不正确，可用：day、week、month、quarter、year、custom</source><translation>Period “{text}” is not valid; use: day, week, month, quarter, year, custom</translation></message>
    <message><source>时长（分钟）</source><comment>field</comment><translation>Duration (minutes)</translation></message>
    <message><source>时间</source><comment>field</comment><translation>Time</translation></message>
    <message><source>时间 {at:%Y-%m-%d %H:%M} 在将来：只能记录已经发生的事</source><translation>The time {at:%Y-%m-%d %H:%M} is in the future: only what has happened can be recorded</translation></message>
    <message><source>时间 {at:%Y-%m-%d %H:%M} 早于该客户上一次阶段变化（{at2:%Y-%m-%d %H:%M}）</source><translation>The time {at:%Y-%m-%d %H:%M} is before this customer&apos;s last stage change ({at2:%Y-%m-%d %H:%M})</translation></message>
    <message><source>时间 {at:%Y-%m-%d} 不正确</source><translation>The time {at:%Y-%m-%d} is not valid</translation></message>
    <message><source>时间应为日期和时间</source><translation>The time must be a date and time</translation></message>
    <message><source>时间应为本地时间（不带时区）</source><translation>The time must be a local time (without a time zone)</translation></message>
    <message><source>是否签约应为 是 或 否</source><translation>“Signed” must be yes or no</translation></message>
    <message><source>是否覆盖手动设置的分级</source><translation>Overwrite grades set by hand</translation></message>
    <message><source>显示条数</source><comment>field</comment><translation>Number of rows</translation></message>
    <message><source>暂无需求</source><translation>No need for now</translation></message>
    <message><source>最近一年还没有带保费的成交，算不出每件平均保费：请改用成交件数目标</source><translation>No deal with a premium in the last year, so no average premium per deal: use a deals goal instead</translation></message>
    <message><source>月份</source><comment>field</comment><translation>Month</translation></message>
    <message><source>月份“{text}”格式不正确，应为 YYYY-MM</source><translation>Month “{text}” is not valid: use YYYY-MM</translation></message>
    <message><source>有多位同名客户</source><translation>several customers have this name</translation></message>
    <message><source>有多位客户叫“{text}”，请改用客户编号</source><translation>Several customers are called “{text}”: use the customer&apos;s number</translation></message>
    <message><source>未知的活动类型“{text}”，可用：dial、reach、book、meet、close（拨打/接通/约见/面谈/成交）</source><translation>Unknown activity “{text}”; use: dial, reach, book, meet, close</translation></message>
    <message><source>未知的设置项“{query}”</source><translation>Unknown setting “{query}”</translation></message>
    <message><source>未知的设置项“{query}”（可用：{items}）</source><translation>Unknown setting “{query}” (use: {items})</translation></message>
    <message><source>未联系天数</source><comment>field</comment><translation>Days without contact</translation></message>
    <message><source>条数</source><comment>field</comment><translation>Number of entries</translation></message>
    <message><source>标准 {number} 的备注</source><comment>field</comment><translation>Note on criterion {number}</translation></message>
    <message><source>标准 {number} 的备注太长（最多 {limit} 个字）</source><translation>The note on criterion {number} is too long (at most {limit} characters)</translation></message>
    <message><source>标准备注应为 编号→文字</source><translation>Criterion notes must map a number to a text</translation></message>
    <message><source>标准编号“{query}”不正确，应为 1–5</source><translation>Criterion number “{query}” is not valid: use 1–5</translation></message>
    <message><source>标准编号应为 1–5 的一组数字</source><translation>Criterion numbers must be a list of numbers 1–5</translation></message>
    <message><source>标题</source><comment>field</comment><translation>Title</translation></message>
    <message><source>每页条数</source><comment>field</comment><translation>Rows per page</translation></message>
    <message><source>没有可以撤销的删除</source><translation>There is no deletion to undo</translation></message>
    <message><source>没有可以撤销的导入</source><translation>There is no import to undo</translation></message>
    <message><source>没有可恢复的待办</source><translation>There is no to-do to restore</translation></message>
    <message><source>没有可恢复的约会</source><translation>There is no appointment to restore</translation></message>
    <message><source>没有指定提醒</source><translation>No reminder given</translation></message>
    <message><source>没有相关记录</source><translation>no related records</translation></message>
    <message><source>没有移动数据文件夹：{reason}。原来的数据没有改动。</source><translation>The data folder was not moved: {reason}. The original data is unchanged.</translation></message>
    <message><source>没有这个字段：“{printable}”</source><translation>No such field: “{printable}”</translation></message>
    <message><source>没有选择要删除的客户</source><translation>No customers chosen to delete</translation></message>
    <message><source>活动</source><comment>field</comment><translation>Activity</translation></message>
    <message><source>活动记录</source><translation>Activity records</translation></message>
    <message><source>潜在客户</source><translation>Prospects</translation></message>
    <message><source>潜在客户</source><comment>field</comment><translation>Prospect</translation></message>
    <message><source>潜在客户 {prospect_id} 不属于客户 {customer_id}</source><translation>Prospect {prospect_id} does not belong to customer {customer_id}</translation></message>
    <message><source>生日、纪念日提前提醒天数</source><translation>Days of notice before birthdays and anniversaries</translation></message>
    <message><source>电话相同</source><translation>same phone</translation></message>
    <message><source>目标只能给成交件数或保费其中之一</source><translation>Give a goal in deals or in premium, not both</translation></message>
    <message><source>目标磁盘空间不足：需要约 {needed}，只剩 {free}。没有移动。</source><translation>Not enough space on the target disk: about {needed} needed, {free} free. Nothing was moved.</translation></message>
    <message><source>目的</source><translation>Purpose</translation></message>
    <message><source>稍后提醒应为 {items} 之一</source><translation>Remind me later must be one of {items}</translation></message>
    <message><source>等 {count} 位客户</source><translation> and others ({count} customers)</translation></message>
    <message><source>签约日期</source><comment>field</comment><translation>Signing date</translation></message>
    <message><source>签约日期 {day} → {day2}</source><translation>signing date {day} → {day2}</translation></message>
    <message><source>紧急</source><translation>Urgent</translation></message>
    <message><source>约会</source><translation>Appointments</translation></message>
    <message><source>约会</source><comment>field</comment><translation>Appointment</translation></message>
    <message><source>约会提前提醒分钟数</source><translation>Minutes of notice before appointments</translation></message>
    <message><source>经验总结</source><comment>field</comment><translation>Lessons learned</translation></message>
    <message><source>结束日期</source><comment>field</comment><translation>End date</translation></message>
    <message><source>结束日期 {isoformat} 早于开始日期 {isoformat2}</source><translation>The end date {isoformat} is before the start date {isoformat2}</translation></message>
    <message><source>结束日期不能早于起始日期</source><translation>The end date cannot be before the start date</translation></message>
    <message><source>结束日期早于开始日期</source><translation>The end date is before the start date</translation></message>
    <message><source>结果</source><translation>Result</translation></message>
    <message><source>结果</source><comment>field</comment><translation>Result</translation></message>
    <message><source>结果“{result}”不正确，可用：{choices}</source><translation>Result “{result}” is not valid; use: {choices}</translation></message>
    <message><source>编号 {wrong} 的客户在“{label}”，只能把约定初次见面到 90% 的客户送回销售机会</source><translation>Customer {wrong} is in “{label}”: only customers from First meeting booked to 90% can be sent back to Opportunity</translation></message>
    <message><source>编号已被新记录使用，无法撤销删除（可从删除前的备份恢复{where}）</source><translation>The numbers are now used by new records, so the deletion cannot be undone (restore the backup made before deleting{where})</translation></message>
    <message><source>联系不上</source><translation>Cannot be reached</translation></message>
    <message><source>自定义时段最长三年</source><translation>A custom period is at most three years</translation></message>
    <message><source>自定义时段需要结束日期</source><translation>A custom period needs an end date</translation></message>
    <message><source>表格中没有“姓名”列（可在导入向导中指定哪一列是姓名）</source><translation>The table has no “Name” column (the import wizard can say which column holds the name)</translation></message>
    <message><source>表格的标题行不正确</source><translation>The table&apos;s header row is not valid</translation></message>
    <message><source>要导入的表格不正确</source><translation>The table to import is not valid</translation></message>
    <message><source>要导入的表格不正确（最多 {limit} 行）</source><translation>The table to import is not valid (at most {limit} rows)</translation></message>
    <message><source>要导入的表格中有一行不正确</source><translation>A row of the table to import is not valid</translation></message>
    <message><source>要恢复的交流记录不正确</source><translation>The contact record to restore is not valid</translation></message>
    <message><source>计划名称</source><comment>field</comment><translation>Plan name</translation></message>
    <message><source>计划周期</source><comment>field</comment><translation>Plan period</translation></message>
    <message><source>计划周期应为 {items} 之一</source><translation>The plan period must be one of {items}</translation></message>
    <message><source>计划安排需要开始日期</source><translation>A plan needs a start date</translation></message>
    <message><source>计划的结束日期早于开始日期</source><translation>The plan&apos;s end date is before its start date</translation></message>
    <message><source>设置应为 设置项→值</source><translation>Settings must map a setting to a value</translation></message>
    <message><source>试运行</source><translation>Dry run</translation></message>
    <message><source>该潜在客户在“{label}”，初次见面日期不能再改：只能改时间</source><translation>This prospect is in “{label}”: the first meeting&apos;s date cannot change any more, only its time</translation></message>
    <message><source>该潜在客户已在“{label}”：初次见面已经发生，不能改到将来</source><translation>This prospect is already in “{label}”: the first meeting has happened and cannot move to the future</translation></message>
    <message><source>该潜在客户还没有约定初次见面：请先在看板上移到“约定初次见面”</source><translation>This prospect has no first meeting booked: first move it to “First meeting booked” on the board</translation></message>
    <message><source>请填写待办内容</source><translation>Write what the to-do is</translation></message>
    <message><source>请填写约会的开始时间</source><translation>Give the appointment&apos;s start time</translation></message>
    <message><source>请指定日期</source><translation>Give a date</translation></message>
    <message><source>请给出开始日期</source><translation>Give a start date</translation></message>
    <message><source>请给出日期</source><translation>Give a date</translation></message>
    <message><source>请选择一个完整的文件夹位置：{path}</source><translation>Choose a full folder path: {path}</translation></message>
    <message><source>请选择一个文件夹</source><translation>Choose a folder</translation></message>
    <message><source>象限“{name}”不正确，可用：{items}</source><translation>Quadrant “{name}” is not valid; use: {items}</translation></message>
    <message><source>起始位置</source><comment>field</comment><translation>Offset</translation></message>
    <message><source>起始日期</source><comment>field</comment><translation>Start date</translation></message>
    <message><source>起始时间</source><comment>field</comment><translation>Since</translation></message>
    <message><source>超出销售周期，送回销售机会</source><translation>Past the sales cycle: sent back to Opportunity</translation></message>
    <message><source>跳过</source><translation>Skip</translation></message>
    <message><source>跳过错误行</source><translation>Skip bad rows</translation></message>
    <message><source>还没有设定年度目标：请在设置里填写年度成交件数目标或年度保费目标</source><translation>No yearly goal yet: set a yearly deals goal or a yearly premium goal in Settings</translation></message>
    <message><source>这不是该客户最近一次阶段变化，不能撤销</source><translation>This is not the customer&apos;s latest stage change: it cannot be undone</translation></message>
    <message><source>这个文件夹中已有 salesdesk 数据文件（{name}），为免覆盖，没有移动。请选择另一个文件夹。</source><translation>This folder already holds a salesdesk data file ({name}). Nothing was moved, so that it is not overwritten. Choose another folder.</translation></message>
    <message><source>这个文件夹中已有同名的文件（{name}），为免覆盖，没有移动。请选择另一个文件夹。</source><translation>This folder already holds a file of the same name ({name}). Nothing was moved, so that it is not overwritten. Choose another folder.</translation></message>
    <message><source>这位客户的名片在别处（另一个窗口或程序）已被修改，你的修改未保存</source><translation>This customer&apos;s card was changed elsewhere (another window or program): your changes were not saved</translation></message>
    <message><source>这是一次撤销，不能再撤销；请直接移动到需要的阶段</source><translation>This is an undo and cannot be undone again: move the prospect to the stage you want</translation></message>
    <message><source>这是潜在客户的初次见面：不能改成别的客户</source><translation>This is a prospect&apos;s first meeting: it cannot move to another customer</translation></message>
    <message><source>这是潜在客户的初次见面：请在看板上把该客户送回销售机会，约会随之取消</source><translation>This is a prospect&apos;s first meeting: send the customer back to Opportunity on the board, and the appointment is cancelled with it</translation></message>
    <message><source>这次合并已经撤销过了</source><translation>This merge has already been undone</translation></message>
    <message><source>这次合并的记录不完整，无法撤销（可从合并前的备份恢复）</source><translation>This merge&apos;s record is incomplete and cannot be undone (restore the backup made before merging)</translation></message>
    <message><source>进度回调不正确</source><translation>The progress callback is not valid</translation></message>
    <message><source>退出原因</source><comment>field</comment><translation>Lost reason</translation></message>
    <message><source>退出原因“{reason}…”太长（最多 {limit} 个字）</source><translation>Lost reason “{reason}…” is too long (at most {limit} characters)</translation></message>
    <message><source>退出原因列表不能为空</source><translation>The list of lost reasons cannot be empty</translation></message>
    <message><source>退出原因应为一组文字</source><translation>Lost reasons must be a list of texts</translation></message>
    <message><source>退出原因最多 {limit} 条</source><translation>At most {limit} lost reasons</translation></message>
    <message><source>退出原因（每行一条）</source><translation>Lost reasons (one a line)</translation></message>
    <message><source>退回时只能保留原本已勾选的标准：{criteria_text} 原本就未勾选</source><translation>Moving back keeps only criteria that were ticked: {criteria_text} were not ticked</translation></message>
    <message><source>选择了其他公司</source><translation>Chose another company</translation></message>
    <message><source>通知</source><translation>Notify</translation></message>
    <message><source>重复客户的处理方式不正确</source><translation>The choice for duplicate customers is not valid</translation></message>
    <message><source>重复客户的处理方式应为 skip（跳过）、merge（合并）或 add（仍然添加）</source><translation>The choice for duplicate customers must be skip, merge or add</translation></message>
    <message><source>重复客户的行号不正确</source><translation>The row number of a duplicate customer is not valid</translation></message>
    <message><source>重要</source><translation>Important</translation></message>
    <message><source>重要日期</source><translation>Important dates</translation></message>
    <message><source>重要日期</source><comment>field</comment><translation>Important date</translation></message>
    <message><source>金额不是有效数字</source><translation>The amount is not a valid number</translation></message>
    <message><source>销售周期</source><comment>field</comment><translation>Sales cycle</translation></message>
    <message><source>销售周期（手动设置，0 表示自动计算）</source><translation>Sales cycle (set by hand; 0 means worked out)</translation></message>
    <message><source>闰</source><translation>leap </translation></message>
    <message><source>阶段“{query}”不正确</source><translation>Stage “{query}” is not valid</translation></message>
    <message><source>阶段变化</source><comment>field</comment><translation>Stage change</translation></message>
    <message><source>需求体会</source><translation>Needs noticed</translation></message>
    <message><source>预算 {value} → {value2}</source><translation>budget {value} → {value2}</translation></message>
    <message><source>预算不足</source><translation>Not enough budget</translation></message>
    <message><source>预算金额应大于 0</source><translation>The budget must be more than 0</translation></message>
    <message><source>默认销售周期</source><translation>Default sales cycle</translation></message>
    <message><source>（{place}）</source><translation> ({place})</translation></message>
    <message><source>（农历）</source><translation> (lunar)</translation></message>
    <message><source>（已删除）</source><translation>(deleted)</translation></message>
    <message><source>（手动）</source><translation> (by hand)</translation></message>
    <message><source>（未设置）</source><translation>(not set)</translation></message>
    <message><source>：{backup}</source><translation>: {backup}</translation></message>
</context>
</TS>
