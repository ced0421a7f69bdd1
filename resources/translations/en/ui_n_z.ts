<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ui_n_z</name>
    <message><source> 天</source><translation> days</translation></message>
    <message><source>Excel 工作簿 (*.xlsx)</source><translation>Excel workbook (*.xlsx)</translation></message>
    <message><source>PDF 文件 (*.pdf)</source><translation>PDF file (*.pdf)</translation></message>
    <message><source>PNG 图片 (*.png)</source><translation>PNG image (*.png)</translation></message>
    <message><source>salesdesk 数据库 (*.db);;所有文件 (*)</source><translation>salesdesk database (*.db);;All files (*)</translation></message>
    <message><source>{label}检视：{first} 至 {last} 的工作，{review} 检视</source><translation>{label} review: the work of {first} to {last}, reviewed {review}</translation></message>
    <message><source>{n} 天后过期</source><translation>Overdue in {n} days</translation></message>
    <message><source>{n} 天后过期</source><comment>n=1</comment><translation>Overdue in {n} day</translation></message>
    <message><source>{n} 天，从未联系</source><translation>{n} days, never contacted</translation></message>
    <message><source>{range}（工作日 {days} 天）　上期 {previous}</source><translation>{range} ({days} working days)  previous {previous}</translation></message>
    <message><source>{stage}（修改）</source><translation>{stage} (edited)</translation></message>
    <message><source>{text}（{quadrant}）</source><translation>{text} ({quadrant})</translation></message>
    <message><source>{text}（{quadrant}，{due} 到期）</source><translation>{text} ({quadrant}, due {due})</translation></message>
    <message><source>{title}（{n}）</source><translation>{title} ({n})</translation></message>
    <message><source>{when}　{customers} 位客户，{prospects} 个潜在客户</source><translation>{when}  {customers} customers, {prospects} prospects</translation></message>
    <message><source>{when}　无法使用：{problem}</source><translation>{when}  unusable: {problem}</translation></message>
    <message><source>……另有 {n} 项</source><translation>…and {n} more</translation></message>
    <message><source>⏰ {title}：{text}</source><translation>⏰ {title}: {text}</translation></message>
    <message><source>◀ 上一周</source><translation>◀ Previous week</translation></message>
    <message><source>　</source><comment>between counts</comment><translation>  </translation></message>
    <message><source>一键记录</source><translation>One-click log</translation></message>
    <message><source>上周</source><translation>Last week</translation></message>
    <message><source>下一周 ▶</source><translation>Next week ▶</translation></message>
    <message><source>不能保存待办</source><translation>Cannot save the to-do</translation></message>
    <message><source>不能送回</source><translation>Cannot send back</translation></message>
    <message><source>久未联系的客户</source><translation>Customers not contacted for a while</translation></message>
    <message><source>今天 {y}年{m}月{d}日 {weekday}</source><translation>Today: {weekday} {y}-{m:02d}-{d:02d}</translation></message>
    <message><source>今天没有约会</source><translation>No appointments today</translation></message>
    <message><source>今天的待办</source><translation>Today&apos;s to-dos</translation></message>
    <message><source>今天的约会</source><translation>Today&apos;s appointments</translation></message>
    <message><source>今日活动（15-7-1）：</source><translation>Today&apos;s activity (15-7-1):  </translation></message>
    <message><source>从 → 到</source><translation>From → to</translation></message>
    <message><source>从备份恢复</source><translation>Restore from backup</translation></message>
    <message><source>从备份恢复…</source><translation>Restore from backup…</translation></message>
    <message><source>从空白开始</source><translation>Start empty</translation></message>
    <message><source>修改待办</source><translation>Edit to-do</translation></message>
    <message><source>先保存客户，再为他新建潜在客户。</source><translation>Save the customer first, then add a prospect for them.</translation></message>
    <message><source>先看看演示数据</source><translation>Try the demo first</translation></message>
    <message><source>全局（任何页面）</source><translation>Everywhere</translation></message>
    <message><source>内容：</source><translation>Text:</translation></message>
    <message><source>初次见面 {day}，已 {age} 天</source><translation>First meeting {day}, {age} days ago</translation></message>
    <message><source>删除待办</source><translation>Delete to-do</translation></message>
    <message><source>删除待办“{t}”？</source><translation>Delete the to-do “{t}”?</translation></message>
    <message><source>到期</source><translation>Due</translation></message>
    <message><source>到期日</source><translation>Due date</translation></message>
    <message><source>功能</source><translation>Command</translation></message>
    <message><source>单击一个月份，下面列出它背后的潜在客户；双击客户打开名片</source><translation>Click a month to list the prospects behind it; double-click a customer to open the card</translation></message>
    <message><source>单击打开客户</source><translation>Click to open the customer</translation></message>
    <message><source>取消完成</source><translation>Mark not done</translation></message>
    <message><source>可以从备份恢复（损坏的文件会保留，不会删除），或打开其他数据库文件。</source><translation>You can restore from a backup (the damaged file is kept, not deleted), or open another database file.</translation></message>
    <message><source>合并部门追踪表</source><translation>Merge team tracking sheets</translation></message>
    <message><source>合并部门追踪表…</source><translation>Merge team tracking sheets…</translation></message>
    <message><source>周计划</source><translation>Weekly plan</translation></message>
    <message><source>备份失败</source><translation>Backup failed</translation></message>
    <message><source>天数</source><translation>Days</translation></message>
    <message><source>季计划</source><translation>Quarterly plan</translation></message>
    <message><source>完成</source><comment>to-do</comment><translation>Done</translation></message>
    <message><source>完成 {t}</source><translation>Done: {t}</translation></message>
    <message><source>完成度：</source><translation>Done:</translation></message>
    <message><source>客户分级</source><translation>Customer levels</translation></message>
    <message><source>客户列表</source><translation>Customer list</translation></message>
    <message><source>客户名片</source><translation>Customer card</translation></message>
    <message><source>导入表格…</source><translation>Import a spreadsheet…</translation></message>
    <message><source>导出 Excel</source><translation>Export Excel</translation></message>
    <message><source>导出 PDF</source><translation>Export PDF</translation></message>
    <message><source>导出 PDF…</source><translation>Export PDF…</translation></message>
    <message><source>导出图片 PNG…</source><translation>Export image (PNG)…</translation></message>
    <message><source>导出图表</source><translation>Export chart</translation></message>
    <message><source>导出失败</source><translation>Export failed</translation></message>
    <message><source>将过期的潜在客户</source><translation>Prospects turning overdue</translation></message>
    <message><source>工具(&amp;T)</source><translation>&amp;Tools</translation></message>
    <message><source>已从备份恢复</source><translation>Restored from backup</translation></message>
    <message><source>已备份到 {path}</source><translation>Backed up to {path}</translation></message>
    <message><source>已恢复 {backup} 的备份。&#10;&#10;损坏的文件没有删除，已移到：{aside}&#10;此备份之后所做的修改不在恢复的数据中。</source><translation>Restored the backup of {backup}.&#10;&#10;The damaged file was not deleted; it was moved to: {aside}&#10;Changes made after this backup are not in the restored data.</translation></message>
    <message><source>已超过销售周期</source><translation>Past the sales cycle</translation></message>
    <message><source>已过期 {n} 天</source><translation>Overdue by {n} days</translation></message>
    <message><source>已过期 {n} 天</source><comment>n=1</comment><translation>Overdue by {n} day</translation></message>
    <message><source>年计划</source><translation>Yearly plan</translation></message>
    <message><source>开始：</source><comment>plan</comment><translation>Start:</translation></message>
    <message><source>待办…</source><translation>To-do…</translation></message>
    <message><source>快捷键</source><translation>Keyboard shortcuts</translation></message>
    <message><source>快捷键(&amp;K)</source><translation>&amp;Keyboard shortcuts</translation></message>
    <message><source>快捷键一览（本表）</source><translation>Keyboard shortcuts (this list)</translation></message>
    <message><source>您选定的数据文件夹不存在：{folder}。如果它在移动硬盘或网络盘上，请先连接它，再退出并重新打开 salesdesk。</source><translation>The data folder you chose does not exist: {folder}. If it is on a removable or network drive, connect it, then quit and open salesdesk again.</translation></message>
    <message><source>成交 {n}</source><translation>Deals {n}</translation></message>
    <message><source>成交周期</source><translation>Deal cycle</translation></message>
    <message><source>成交少于 5 笔时使用默认值；之后按最近 20 笔成交的中位数计算。</source><translation>Until there are 5 deals the default is used; after that, the median of the last 20 deals.</translation></message>
    <message><source>所有客户都在联系间隔内</source><translation>Every customer is within the contact interval</translation></message>
    <message><source>打印</source><translation>Print</translation></message>
    <message><source>打印报告</source><translation>Print report</translation></message>
    <message><source>打印报告（PDF）…</source><translation>Print report (PDF)…</translation></message>
    <message><source>打印表头和部门追踪表中使用</source><translation>Used in the printout header and the team tracking sheet</translation></message>
    <message><source>打印预览</source><translation>Print preview</translation></message>
    <message><source>打印预览 — {title}</source><translation>Print preview — {title}</translation></message>
    <message><source>打开 salesdesk 数据库</source><translation>Open a salesdesk database</translation></message>
    <message><source>打开“{menu}”菜单</source><translation>Open the “{menu}” menu</translation></message>
    <message><source>打开一份演示数据随意试用，关闭后不留痕迹；不会创建您的数据文件，下次启动还会看到这里。</source><translation>Open demo data to try things out; it leaves nothing behind when closed. Your data file is not created, and this page shows again next time.</translation></message>
    <message><source>打开其他文件…</source><translation>Open another file…</translation></message>
    <message><source>承保标保 {amount}</source><translation>Standard premium {amount}</translation></message>
    <message><source>把“{name}”送回销售机会？（已超出销售周期，按方法不再投入时间）</source><translation>Send “{name}” back to Opportunity? (It is past the sales cycle: the method says stop spending time on it)</translation></message>
    <message><source>按周期推算</source><translation>Estimated from the cycle</translation></message>
    <message><source>按键</source><translation>Keys</translation></message>
    <message><source>接近销售周期</source><translation>Near the sales cycle</translation></message>
    <message><source>撤销 {what}</source><translation>Undo {what}</translation></message>
    <message><source>数据文件将保存在：{path}</source><translation>Your data will be kept in: {path}</translation></message>
    <message><source>新建</source><translation>New</translation></message>
    <message><source>新建一个空的数据文件，然后录入客户。</source><translation>Create an empty data file and enter your customers.</translation></message>
    <message><source>新建待办</source><translation>New to-do</translation></message>
    <message><source>新建数据文件，然后从 Excel 或 CSV 表格导入已有的客户。</source><translation>Create the data file, then import your customers from an Excel or CSV spreadsheet.</translation></message>
    <message><source>新建潜在客户</source><translation>New prospect</translation></message>
    <message><source>新建潜在客户…</source><translation>New prospect…</translation></message>
    <message><source>新待办：输入内容后按回车</source><translation>New to-do: type it and press Enter</translation></message>
    <message><source>无法保存界面语言（{reason}）</source><translation>Cannot save the language ({reason})</translation></message>
    <message><source>无法开始</source><translation>Cannot start</translation></message>
    <message><source>无法恢复</source><translation>Cannot restore</translation></message>
    <message><source>日程…</source><translation>Agenda…</translation></message>
    <message><source>日计划</source><translation>Daily plan</translation></message>
    <message><source>时段：</source><translation>Period:</translation></message>
    <message><source>明天</source><translation>Tomorrow</translation></message>
    <message><source>显示已完成</source><translation>Show done</translation></message>
    <message><source>最近的备份：{backup}</source><translation>Latest backup: {backup}</translation></message>
    <message><source>月计划</source><translation>Monthly plan</translation></message>
    <message><source>未能新建潜在客户</source><translation>Could not add the prospect</translation></message>
    <message><source>本周</source><translation>This week</translation></message>
    <message><source>本周预收保费 {paid}　承保标保 {premium}</source><translation>This week: premium received {paid}  standard premium {premium}</translation></message>
    <message><source>本季度</source><translation>This quarter</translation></message>
    <message><source>本年</source><translation>This year</translation></message>
    <message><source>本月</source><translation>This month</translation></message>
    <message><source>查找按键或功能，例如 Ctrl+S 或 保存</source><translation>Find a key or a command, e.g. Ctrl+S or save</translation></message>
    <message><source>欢迎使用 salesdesk</source><translation>Welcome to salesdesk</translation></message>
    <message><source>欢迎使用 salesdesk 销售管理</source><translation>Welcome to salesdesk</translation></message>
    <message><source>正在计算…</source><translation>Calculating…</translation></message>
    <message><source>正在读取…</source><translation>Reading…</translation></message>
    <message><source>正在读取这一周的记录</source><translation>Reading this week&apos;s records</translation></message>
    <message><source>比例游戏（本期与上期）</source><translation>Ratio game (this period and the previous one)</translation></message>
    <message><source>比例趋势</source><translation>Ratio trend</translation></message>
    <message><source>没有</source><translation>None</translation></message>
    <message><source>没有到期的待办</source><translation>No to-dos due</translation></message>
    <message><source>没有将过期的潜在客户</source><translation>No prospects turning overdue</translation></message>
    <message><source>没有找到此文件可用的备份。</source><translation>No usable backup of this file was found.</translation></message>
    <message><source>生日与纪念日</source><translation>Birthdays and anniversaries</translation></message>
    <message><source>看板</source><translation>Board</translation></message>
    <message><source>知道了</source><translation>OK</translation></message>
    <message><source>移到{q}</source><translation>Move to {q}</translation></message>
    <message><source>立即备份(&amp;B)</source><translation>&amp;Back up now</translation></message>
    <message><source>签约日 {d}</source><translation>Signing date {d}</translation></message>
    <message><source>红色 {mark} = 已超过销售周期，按方法应退回销售机会；单击姓名打开客户</source><translation>Red {mark} = past the sales cycle: by the method, send back to Opportunity; click a name to open the customer</translation></message>
    <message><source>经理用：把几位组员导出的部门追踪表合并为一张</source><translation>For managers: merge the team tracking sheets several members exported into one</translation></message>
    <message><source>结束：</source><translation>End:</translation></message>
    <message><source>统计</source><translation>Stats</translation></message>
    <message><source>统计报告 {date}</source><translation>Stats report {date}</translation></message>
    <message><source>自 {date} 起</source><translation>Since {date}</translation></message>
    <message><source>自动计算（现为 {days} 天，{how}）</source><translation>Automatic (now {days} days, {how})</translation></message>
    <message><source>自定义</source><translation>Custom</translation></message>
    <message><source>计划</source><translation>Plan</translation></message>
    <message><source>计划周期：</source><translation>Plan period:</translation></message>
    <message><source>计划安排…</source><translation>Plan…</translation></message>
    <message><source>计划或产品名称（如 重疾险、年金险）：</source><translation>Plan or product name (e.g. critical illness, annuity):</translation></message>
    <message><source>设置</source><translation>Settings</translation></message>
    <message><source>设置(&amp;S)…</source><translation>&amp;Settings…</translation></message>
    <message><source>请打开其他数据库文件（例如备份或从其他电脑复制来的文件）。</source><translation>Open another database file (for example a backup, or a file copied from another computer).</translation></message>
    <message><source>象限：</source><translation>Quadrant:</translation></message>
    <message><source>近期没有生日或纪念日</source><translation>No birthdays or anniversaries soon</translation></message>
    <message><source>还没有潜在客户：每个计划或产品一个。</source><translation>No prospects yet: one for each plan or product.</translation></message>
    <message><source>这台电脑上还没有 salesdesk 的数据。请先填写下面两项（以后可在“设置”中修改），再选择怎样开始。</source><translation>There is no salesdesk data on this computer yet. Fill in the two fields below (you can change them later in Settings), then choose how to begin.</translation></message>
    <message><source>退出</source><comment>quit the program</comment><translation>Quit</translation></message>
    <message><source>退出原因&#10;（每行一条）</source><translation>Lost reasons&#10;(one per line)</translation></message>
    <message><source>送回</source><translation>Send back</translation></message>
    <message><source>送回销售机会 {name}</source><translation>Send {name} back to Opportunity</translation></message>
    <message><source>选择日期：显示包含该日的一周（上周五至本周四）</source><translation>Pick a date: shows the week containing it (last Friday to this Thursday)</translation></message>
    <message><source>选择组员导出的部门追踪表（可多选）</source><translation>Choose the team tracking sheets the members exported (you can pick several)</translation></message>
    <message><source>选择要恢复的备份（最新的在最前）：</source><translation>Choose the backup to restore (newest first):</translation></message>
    <message><source>部门追踪表_{agent}_{week}</source><translation>Team_tracking_sheet_{agent}_{week}</translation></message>
    <message><source>部门追踪表_合并_{week}</source><translation>Team_tracking_sheet_merged_{week}</translation></message>
    <message><source>部门追踪表导出</source><translation>Export team tracking sheet</translation></message>
    <message><source>部门追踪表需要您的姓名（业务员姓名）：</source><translation>The team tracking sheet needs your name (agent name):</translation></message>
    <message><source>重试</source><translation>Retry</translation></message>
    <message><source>金额</source><translation>Amount</translation></message>
    <message><source>阶段</source><translation>Stage</translation></message>
    <message><source>阶段记录</source><translation>Stage history</translation></message>
    <message><source>阶段记录（选择一个潜在客户）</source><translation>Stage history (choose a prospect)</translation></message>
    <message><source>面谈 {n}</source><translation>Meetings {n}</translation></message>
    <message><source>预收保费 {amount}</source><translation>Premium received {amount}</translation></message>
    <message><source>（{due}）</source><translation> (due {due})</translation></message>
    <message><source>（不是计划）</source><translation>(not a plan)</translation></message>
    <message><source>（今天）</source><translation> (today)</translation></message>
    <message><source>（已过期 {due}）</source><translation> (overdue {due})</translation></message>
    <message><source>（未填计划）</source><translation>(no plan given)</translation></message>
    <message><source>（第 {n} 个，选完后点“取消”）</source><translation>(no. {n}; when done, click “Cancel”)</translation></message>
</context>
</TS>
