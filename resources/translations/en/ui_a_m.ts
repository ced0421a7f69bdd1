<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ui_a_m</name>
    <message><source> 分钟</source><translation> min</translation></message>
    <message><source>&lt; 上一步(&amp;B)</source><translation>&lt; &amp;Back</translation></message>
    <message><source>Big5（繁体）</source><translation>Big5 (Traditional Chinese)</translation></message>
    <message><source>CSV 编码：</source><translation>CSV encoding:</translation></message>
    <message><source>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</source><translation>Excel files (*.xlsx);;CSV files (*.csv)</translation></message>
    <message><source>Excel 文件（.xlsx）或 CSV 文件（.csv，UTF-8 或 GBK 编码）。第一行应为标题行（姓名、手机、单位……）。</source><translation>An Excel file (.xlsx) or a CSV file (.csv, UTF-8 or GBK). The first row should be the headings (name, mobile, company…).</translation></message>
    <message><source>GB18030（GBK）</source><translation>GB18030 (GBK)</translation></message>
    <message><source>{action}（{key}）</source><translation>{action} ({key})</translation></message>
    <message><source>{grade} 高于</source><translation>{grade} above</translation></message>
    <message><source>{label}（{key}）：{help}</source><translation>{label} ({key}): {help}</translation></message>
    <message><source>{m}月{d}日 {w}</source><translation>{w} {m}/{d}</translation></message>
    <message><source>{name}有 {n} 个潜在客户在“销售机会”。{when} 的初次见面是哪一个的？</source><translation>{name} has {n} prospects in “Opportunity”. Which one is the first meeting on {when} for?</translation></message>
    <message><source>{name}的潜在客户{plan}还在“约定初次见面”。&#10;已经见过面了：移到 25% 吗？</source><translation>{name}&apos;s prospect {plan} is still in “First meeting booked”.&#10;You have met: move it to 25%?</translation></message>
    <message><source>{name}的潜在客户{plan}还在“销售机会”。&#10;约好了 {when} 初次见面：移到“约定初次见面”吗？</source><translation>{name}&apos;s prospect {plan} is still in “Opportunity”.&#10;First meeting booked for {when}: move it to “First meeting booked”?</translation></message>
    <message><source>{n} 天未联系</source><translation>No contact {n} d</translation></message>
    <message><source>{other}，{why}</source><translation>{other}, {why}</translation></message>
    <message><source>{path}（尚未创建：出现意外错误时才会写入）</source><translation>{path} (not created yet: written only after an unexpected error)</translation></message>
    <message><source>{path}（演示数据：关闭后即删除）</source><translation>{path} (demo data: deleted on close)</translation></message>
    <message><source>{y}年{m}月{d}日 {w}</source><translation>{w}, {m}/{d}/{y}</translation></message>
    <message><source>{y}年{m}月{d}日 – {m2}月{d2}日</source><translation>{m}/{d}/{y} – {m2}/{d2}</translation></message>
    <message><source>“{f}”对应了不止一列</source><translation>“{f}” is matched to more than one column</translation></message>
    <message><source>“{name}”已存在，要替换它吗？</source><translation>“{name}” already exists. Replace it?</translation></message>
    <message><source>⇄ 交换左右</source><translation>⇄ Swap sides</translation></message>
    <message><source>一键记录：</source><translation>Log:</translation></message>
    <message><source>上一天/上一周</source><translation>Previous day/week</translation></message>
    <message><source>下一天/下一周</source><translation>Next day/week</translation></message>
    <message><source>下一步(&amp;N) &gt;</source><translation>&amp;Next &gt;</translation></message>
    <message><source>下次生日</source><translation>Next birthday</translation></message>
    <message><source>不能保存约会</source><translation>Cannot save the appointment</translation></message>
    <message><source>不能修改</source><translation>Cannot change</translation></message>
    <message><source>不能删除约会</source><translation>Cannot delete the appointment</translation></message>
    <message><source>不能移动约会</source><translation>Cannot move the appointment</translation></message>
    <message><source>两张名片的内容完全相同。</source><translation>The two cards are exactly the same.</translation></message>
    <message><source>两边相同：</source><translation>Same on both sides: </translation></message>
    <message><source>两边都保留（左边的在前，右边的接在下一行）</source><translation>Keep both (left first, right on the next line)</translation></message>
    <message><source>为当前客户记一次成交</source><translation>Log a deal for the current customer</translation></message>
    <message><source>为当前客户记一次拨打</source><translation>Log a call for the current customer</translation></message>
    <message><source>为当前客户记一次接通（电话打通了）</source><translation>Log a call that got through for the current customer</translation></message>
    <message><source>为当前客户记一次约见，并把约好的时间放进日程</source><translation>Log an appointment for the current customer and put it in the agenda</translation></message>
    <message><source>为当前客户记一次面谈</source><translation>Log a meeting for the current customer</translation></message>
    <message><source>事由</source><translation>Purpose</translation></message>
    <message><source>今天</source><translation>Today</translation></message>
    <message><source>今天的活动；斜线后为每日参考 15 – 7 – 1（拨打 15、接通 7、约见 1）</source><translation>Today&apos;s activities; after the slash the daily reference 15 – 7 – 1 (15 calls, 7 reached, 1 appointment)</translation></message>
    <message><source>今天：</source><translation>Today: </translation></message>
    <message><source>从搜索框进入客户列表</source><translation>From the search box into the customer list</translation></message>
    <message><source>从日历中选择</source><translation>Pick from the calendar</translation></message>
    <message><source>保存未导入的行</source><translation>Save the rows not imported</translation></message>
    <message><source>保存未导入的行(&amp;S)…</source><translation>&amp;Save the rows not imported…</translation></message>
    <message><source>保存界限</source><translation>Save thresholds</translation></message>
    <message><source>保留右边的客户，把左边的并入</source><translation>Keep the right customer, merge the left one into it</translation></message>
    <message><source>保留：{name}（编号 {id}）</source><translation>Keep: {name} (no. {id})</translation></message>
    <message><source>修改约会</source><translation>Edit appointment</translation></message>
    <message><source>全天 {label}</source><translation>All day {label}</translation></message>
    <message><source>全部</source><translation>All</translation></message>
    <message><source>全部分类</source><translation>Level</translation></message>
    <message><source>全部分级</source><translation>Grade</translation></message>
    <message><source>全部客户</source><translation>All customers</translation></message>
    <message><source>全部应用</source><translation>Apply to all</translation></message>
    <message><source>全部：</source><translation>All:</translation></message>
    <message><source>共 {rows} 行：{good} 行可以导入，{bad} 行有问题，{dups} 行可能重复。</source><translation>{rows} rows: {good} can be imported, {bad} have problems, {dups} may be duplicates.</translation></message>
    <message><source>共 {total} 位客户</source><translation>Customers: {total}</translation></message>
    <message><source>关于 salesdesk</source><translation>About salesdesk</translation></message>
    <message><source>关于 salesdesk(&amp;A)</source><translation>&amp;About salesdesk</translation></message>
    <message><source>内置中文字体：文泉驿微米黑（WenQuanYi Micro Hei）0.2.0-beta，按 Apache-2.0 许可证分发（也可选 GPL-3.0 或更新版本，附字体嵌入例外）。&lt;a href=&quot;{url}&quot;&gt;许可证全文&lt;/a&gt;</source><translation>Bundled Chinese font: WenQuanYi Micro Hei 0.2.0-beta, distributed under the Apache License 2.0 (or, at your choice, GPL-3.0 or later with the font embedding exception). &lt;a href=&quot;{url}&quot;&gt;Full licence&lt;/a&gt;</translation></message>
    <message><source>分类</source><translation>Level</translation></message>
    <message><source>分类变化（双击打开客户）</source><translation>Level changes (double-click to open the customer)</translation></message>
    <message><source>分级</source><translation>Grade</translation></message>
    <message><source>分级界限（百分位数）</source><translation>Grade thresholds (percentiles)</translation></message>
    <message><source>列</source><translation>Column</translation></message>
    <message><source>删除 {when} 的约会“{label}”？</source><translation>Delete the appointment “{label}” on {when}?</translation></message>
    <message><source>删除客户</source><translation>Delete customer</translation></message>
    <message><source>删除客户 {who}？&#10;&#10;他们的潜在客户、阶段历史、活动、交流记录和重要日期会一并删除。删除前会自动备份，删除后可以撤销。</source><translation>Delete customer {who}?&#10;&#10;Their prospects, stage history, activities, contact records and key dates are deleted with them. A backup is made first, and you can undo the delete.</translation></message>
    <message><source>删除客户…</source><translation>Delete customer…</translation></message>
    <message><source>删除约会</source><translation>Delete appointment</translation></message>
    <message><source>前 {n} 行预览：</source><translation>First {n} rows:</translation></message>
    <message><source>双击空白处新建；拖动改时间，拖下边改时长；Delete 删除</source><translation>Double-click an empty slot to add; drag to move, drag the bottom edge to change the length; Delete deletes</translation></message>
    <message><source>取消导入</source><translation>Cancel import</translation></message>
    <message><source>只导出列表中筛选出的 {n} 位</source><translation>Only the {n} filtered in the list</translation></message>
    <message><source>只读：</source><translation>Read only: </translation></message>
    <message><source>可能重复</source><translation>Possible duplicate</translation></message>
    <message><source>可能重复的客户（与已有客户或文件中前面的行）：</source><translation>Possible duplicates (of customers on file or of earlier rows in the file):</translation></message>
    <message><source>各级客户数</source><translation>Customers per level</translation></message>
    <message><source>合并前会自动备份；合并后可用 客户 → 撤销合并 恢复原样。</source><translation>A backup is made before merging; Customers → Undo merge puts everything back.</translation></message>
    <message><source>合并客户</source><translation>Merge customers</translation></message>
    <message><source>周</source><translation>Week</translation></message>
    <message><source>周二</source><translation>Tue</translation></message>
    <message><source>周六</source><translation>Sat</translation></message>
    <message><source>周四</source><translation>Thu</translation></message>
    <message><source>周日</source><translation>Sun</translation></message>
    <message><source>地点：</source><translation>Place:</translation></message>
    <message><source>处理</source><translation>Action</translation></message>
    <message><source>备注：</source><translation>Notes:</translation></message>
    <message><source>失败原因（退出）</source><translation>Why lost</translation></message>
    <message><source>女</source><comment>性别</comment><translation>Female</translation></message>
    <message><source>如 初次面谈、送计划书</source><translation>e.g. first talk, bring the proposal</translation></message>
    <message><source>如 送计划书、初次见面</source><translation>e.g. bring the proposal, first meeting</translation></message>
    <message><source>字体：</source><translation>Font:</translation></message>
    <message><source>完成</source><translation>Finish</translation></message>
    <message><source>客户</source><comment>one customer</comment><translation>Customer</translation></message>
    <message><source>客户(&amp;C)</source><translation>&amp;Customers</translation></message>
    <message><source>客户.xlsx</source><translation>Customers.xlsx</translation></message>
    <message><source>客户五级分类(&amp;L)…</source><translation>Customer &amp;levels…</translation></message>
    <message><source>客户：</source><translation>Customer:</translation></message>
    <message><source>对应各列</source><translation>Match the columns</translation></message>
    <message><source>导入</source><translation>Import</translation></message>
    <message><source>导入为</source><translation>Import as</translation></message>
    <message><source>导入前会自动备份数据库；导入后可用“撤销上一次导入”恢复。</source><translation>The database is backed up before the import; “Undo last import” puts it back.</translation></message>
    <message><source>导入失败，数据库未改变（出现意外错误）。</source><translation>The import failed and the database is unchanged (an unexpected error).</translation></message>
    <message><source>导入失败，数据库未改变：{why}</source><translation>The import failed and the database is unchanged: {why}</translation></message>
    <message><source>导入完成：新增 {added} 位客户，合并 {merged} 行，跳过 {skipped} 行，未导入（有问题）{rejected} 行。</source><translation>Import done. Added: {added}, merged: {merged}, skipped: {skipped}, not imported (problems): {rejected}.</translation></message>
    <message><source>导入客户</source><translation>Import customers</translation></message>
    <message><source>导入客户(&amp;I)…</source><translation>&amp;Import customers…</translation></message>
    <message><source>导出哪些客户？</source><translation>Which customers to export?</translation></message>
    <message><source>导出客户(&amp;E)…</source><translation>&amp;Export customers…</translation></message>
    <message><source>将从右边移到左边：{what}</source><translation>Moves from right to left: {what}</translation></message>
    <message><source>将改变 {n} 位客户的价值分级。</source><translation>Value grades to change: {n} customers. </translation></message>
    <message><source>已删除 {n} 位客户（删除前已备份）</source><translation>Customers deleted: {n} (backed up first)</translation></message>
    <message><source>已取消：没有导入任何客户，数据库未改变。</source><translation>Cancelled: no customer was imported and the database is unchanged.</translation></message>
    <message><source>已合并；可用 客户 → 撤销合并 恢复</source><translation>Merged; Customers → Undo merge puts it back</translation></message>
    <message><source>已导出 {n} 位客户到 {path}</source><translation>Exported {n} customers to {path}</translation></message>
    <message><source>已撤销合并</source><translation>Merge undone</translation></message>
    <message><source>已撤销：</source><translation>Undone: </translation></message>
    <message><source>已撤销：删除 {removed} 位客户，恢复 {reverted} 位客户</source><translation>Undone: {removed} customers removed, {reverted} restored</translation></message>
    <message><source>已有客户 {name}（编号 {id}）</source><translation>{name} on file (no. {id})</translation></message>
    <message><source>已记录：{label} {name}{extra}（Ctrl+Z 撤销）</source><translation>Logged: {label} {name}{extra} (Ctrl+Z undoes)</translation></message>
    <message><source>已重新计算价值分级：{n} 位客户改变</source><translation>Value grades recomputed: {n} customers changed</translation></message>
    <message><source>帮助(&amp;H)</source><translation>&amp;Help</translation></message>
    <message><source>并入：{name}（编号 {id}）</source><translation>Merge in: {name} (no. {id})</translation></message>
    <message><source>开始：</source><translation>Start:</translation></message>
    <message><source>成交与退出原因</source><translation>Won and lost reasons</translation></message>
    <message><source>成交与退出原因(&amp;R)…</source><translation>Won and lost &amp;reasons…</translation></message>
    <message><source>成功原因（成交）</source><translation>Why won</translation></message>
    <message><source>手动设置的 {m} 位保持不变。</source><translation>{m} set by hand stay as they are.</translation></message>
    <message><source>手动设置的分级也按保费重新计算。</source><translation>Grades set by hand are recomputed from premiums too.</translation></message>
    <message><source>手动设置的分级也重新计算</source><translation>Recompute grades set by hand too</translation></message>
    <message><source>手动设置的分级保持不变。</source><translation>Grades set by hand stay as they are.</translation></message>
    <message><source>打开客户</source><translation>Open customer</translation></message>
    <message><source>打开数据文件夹</source><translation>Open data folder</translation></message>
    <message><source>找不到 {path}</source><translation>Cannot find {path}</translation></message>
    <message><source>找到 {n} 对可能重复的客户。选中一对后点“合并…”（或双击），逐项选择保留的内容。</source><translation>Found {n} pairs of possible duplicates. Select a pair and click “Merge…” (or double-click), then choose what to keep, item by item.</translation></message>
    <message><source>找到 {shown} 位客户（共 {total} 位）</source><translation>{shown} of {total} customers</translation></message>
    <message><source>把右边的 &lt;b&gt;{other}&lt;/b&gt;（编号 {oid}）并入左边的 &lt;b&gt;{keep}&lt;/b&gt;（编号 {kid}）：右边的客户将被删除，TA 的潜在客户、交流记录、活动等全部移到左边。下面选择每一项保留哪边的内容。</source><translation>Merge &lt;b&gt;{other}&lt;/b&gt; (no. {oid}) on the right into &lt;b&gt;{keep}&lt;/b&gt; (no. {kid}) on the left: the right customer is deleted and their prospects, contact records, activities and so on all move to the left. Choose below which side to keep for each item.</translation></message>
    <message><source>把数据文件夹移到…</source><translation>Move the data folder to…</translation></message>
    <message><source>把数据文件（{name}）以及它的备份和日志移到：&#10;{target}&#10;&#10;先复制并检查，确认无误后才删除原来的文件；之后窗口会在新位置重新打开。要移动吗？</source><translation>Move the data file ({name}) with its backups and log to:&#10;{target}&#10;&#10;They are copied and checked first; the originals are removed only once the copies are verified. The window then reopens from the new folder. Move now?</translation></message>
    <message><source>按“潜在客户管理系统”管理客户：坚持标准，遵循周期。</source><translation>Customers managed with the prospect management system: stick to the criteria, follow the cycle.</translation></message>
    <message><source>按承保标保给有保费的客户排名：排在前 10% 的为 A，其后 10% 为 B，再后 10% 为 C、D，其余及没有保费的客户为 E。保费相同的客户分级相同。</source><translation>Customers with premiums are ranked by standard premium: the top 10% are A, the next 10% B, the next 10% C, then D; the rest and customers without premiums are E. Equal premiums get the same grade.</translation></message>
    <message><source>搜索姓名、电话、公司、拼音…</source><translation>Search name, phone, company, pinyin…</translation></message>
    <message><source>撤销 {at:%Y-%m-%d %H:%M} 导入的“{file}”？将删除导入的 {added} 位客户，恢复 {merged} 位合并过的客户（撤销前会先备份）。</source><translation>Undo the import of “{file}” on {at:%Y-%m-%d %H:%M}? The {added} customers it added are deleted and the {merged} it merged are restored (a backup is made first).</translation></message>
    <message><source>撤销 {at} 的合并？&#10;&#10;{other}（编号 {oid}）将恢复为单独的客户，合并时移到 {kept}（编号 {kid}）的记录都回到 TA 名下，{kept} 的名片恢复为合并前的内容（合并后改过的项目保留）。</source><translation>Undo the merge of {at}?&#10;&#10;{other} (no. {oid}) becomes a customer of their own again, the records moved to {kept} (no. {kid}) go back to them, and the card of {kept} returns to what it was before the merge (items changed since are kept).</translation></message>
    <message><source>撤销上一次导入(&amp;U)</source><translation>&amp;Undo last import</translation></message>
    <message><source>撤销删除</source><translation>Undo delete</translation></message>
    <message><source>撤销合并</source><translation>Undo merge</translation></message>
    <message><source>撤销合并(&amp;U)</source><translation>&amp;Undo merge</translation></message>
    <message><source>改变 {n} 位</source><translation>Change {n}</translation></message>
    <message><source>改约会时长</source><translation>Change appointment length</translation></message>
    <message><source>放弃</source><translation>Discard</translation></message>
    <message><source>数据文件、备份和日志都在这个文件夹中。移动时先复制并检查，确认无误后才删除原来的文件。</source><translation>The data file, its backups and the log are in this folder. Moving copies and checks them first; the originals are removed only once the copies are verified.</translation></message>
    <message><source>数据文件夹</source><translation>Data folder</translation></message>
    <message><source>数据文件：</source><translation>Data file:</translation></message>
    <message><source>文件(&amp;F)</source><translation>&amp;File</translation></message>
    <message><source>文件中只有标题行，没有客户</source><translation>The file has only a heading row and no customers</translation></message>
    <message><source>文件中的列</source><translation>Column in the file</translation></message>
    <message><source>文件第 {row} 行 {name}</source><translation>{name} on row {row} of the file</translation></message>
    <message><source>文件：</source><translation>File:</translation></message>
    <message><source>新建客户(&amp;N)</source><translation>&amp;New customer</translation></message>
    <message><source>新建约会</source><translation>New appointment</translation></message>
    <message><source>新建约会…</source><translation>New appointment…</translation></message>
    <message><source>方式</source><comment>how a level was set</comment><translation>How</translation></message>
    <message><source>无法保存</source><translation>Cannot save</translation></message>
    <message><source>无法导入</source><translation>Cannot import</translation></message>
    <message><source>无法打开</source><translation>Cannot open</translation></message>
    <message><source>无法撤销删除</source><translation>Cannot undo the delete</translation></message>
    <message><source>无法移到 25%</source><translation>Cannot move to 25%</translation></message>
    <message><source>无法移动数据文件夹</source><translation>Cannot move the data folder</translation></message>
    <message><source>无法记录</source><translation>Cannot log</translation></message>
    <message><source>日</source><translation>Day</translation></message>
    <message><source>日志文件：</source><translation>Log file:</translation></message>
    <message><source>日程</source><translation>Agenda</translation></message>
    <message><source>时长</source><translation>Length</translation></message>
    <message><source>时长：</source><translation>Length:</translation></message>
    <message><source>最近 30 天</source><translation>Last 30 days</translation></message>
    <message><source>最近 90 天</source><translation>Last 90 days</translation></message>
    <message><source>最近一年</source><translation>Last year</translation></message>
    <message><source>最近联系</source><translation>Last contact</translation></message>
    <message><source>有问题的行：</source><translation>Rows with problems:</translation></message>
    <message><source>未删除</source><translation>Not deleted</translation></message>
    <message><source>未导入的行.xlsx</source><translation>Rows not imported.xlsx</translation></message>
    <message><source>未导入的行（含原因列）已保存到 {path}，改正后可再次导入。</source><translation>The rows not imported (with a reason column) were saved to {path}; correct them and import again.</translation></message>
    <message><source>未能合并</source><translation>Could not merge</translation></message>
    <message><source>未能撤销合并</source><translation>Could not undo the merge</translation></message>
    <message><source>查找客户(&amp;F)</source><translation>&amp;Find customer</translation></message>
    <message><source>查找重复客户</source><translation>Find duplicate customers</translation></message>
    <message><source>查找重复客户(&amp;D)…</source><translation>Find &amp;duplicate customers…</translation></message>
    <message><source>标题：</source><translation>Title:</translation></message>
    <message><source>检查</source><translation>Check</translation></message>
    <message><source>检查时出现意外错误</source><translation>An unexpected error happened while checking</translation></message>
    <message><source>次数</source><translation>Times</translation></message>
    <message><source>正在取消……</source><translation>Cancelling…</translation></message>
    <message><source>正在备份并导入……</source><translation>Backing up and importing…</translation></message>
    <message><source>正在导入：{done} / {total}</source><translation>Importing: {done} / {total}</translation></message>
    <message><source>正在检查每一行……</source><translation>Checking every row…</translation></message>
    <message><source>每一列导入为哪一项，已按标题猜好；可以修改。“不导入”的列会被忽略。</source><translation>What each column imports as, guessed from its heading; you can change it. Columns set to “Do not import” are ignored.</translation></message>
    <message><source>没有可以撤销的合并。</source><translation>There is no merge to undo.</translation></message>
    <message><source>没有可以撤销的记录</source><translation>Nothing to undo</translation></message>
    <message><source>没有找到可能重复的客户（电话相同，或姓名和公司都相同）。</source><translation>No possible duplicates found (same phone, or same name and company).</translation></message>
    <message><source>活动</source><translation>Activities</translation></message>
    <message><source>浏览(&amp;O)…</source><translation>Br&amp;owse…</translation></message>
    <message><source>演示数据</source><translation>Demo data</translation></message>
    <message><source>演示数据不能移动</source><translation>The demo data cannot be moved</translation></message>
    <message><source>演示数据库：关闭后即删除，您的数据不受影响</source><translation>Demo database: deleted when closed, your data is not touched</translation></message>
    <message><source>潜在客户：</source><translation>Prospect:</translation></message>
    <message><source>版本 {version}</source><translation>Version {version}</translation></message>
    <message><source>现在</source><translation>Now</translation></message>
    <message><source>男</source><comment>性别</comment><translation>Male</translation></message>
    <message><source>界面语言</source><translation>Language</translation></message>
    <message><source>确定</source><translation>OK</translation></message>
    <message><source>离线的个人客户管理工具：所有数据只保存在本机的一个文件里，从不联网。</source><translation>An offline customer manager for one agent: all data stays in one file on this computer and never goes online.</translation></message>
    <message><source>移动(&amp;M)…</source><translation>&amp;Move…</translation></message>
    <message><source>移动数据文件夹</source><translation>Move the data folder</translation></message>
    <message><source>移动约会</source><translation>Move appointment</translation></message>
    <message><source>第一行的内容</source><translation>First row</translation></message>
    <message><source>系统没有打开 {path}：请在文件管理器中打开它。</source><translation>The system did not open {path}: please open it in your file manager.</translation></message>
    <message><source>约会已保存，请注意</source><translation>Appointment saved, but note</translation></message>
    <message><source>约见</source><comment>button</comment><translation>Book</translation></message>
    <message><source>约见 — {name}</source><translation>Appointment — {name}</translation></message>
    <message><source>编号</source><translation>No.</translation></message>
    <message><source>编辑(&amp;E)</source><translation>&amp;Edit</translation></message>
    <message><source>联系不限</source><translation>Contact</translation></message>
    <message><source>自动识别</source><translation>Detect</translation></message>
    <message><source>行</source><translation>Row</translation></message>
    <message><source>表格文件 (*.xlsx *.csv *.txt)</source><translation>Spreadsheets (*.xlsx *.csv *.txt)</translation></message>
    <message><source>要导入的文件</source><translation>File to import</translation></message>
    <message><source>见面时间</source><translation>Meeting time</translation></message>
    <message><source>视图(&amp;V)</source><translation>&amp;View</translation></message>
    <message><source>记住这些对应关系，下次导入时使用</source><translation>Remember these matches for the next import</translation></message>
    <message><source>请先选择一位客户，再记“{label}”</source><translation>Select a customer first, then log “{label}”</translation></message>
    <message><source>请指定哪一列是“姓名”</source><translation>Say which column is the “Name”</translation></message>
    <message><source>跟随系统</source><translation>Follow the system</translation></message>
    <message><source>跳过有问题的行，只导入正确的行（未导入的行可在最后保存为文件）</source><translation>Skip the rows with problems and import only the good ones (the rows not imported can be saved to a file at the end)</translation></message>
    <message><source>这台电脑</source><translation>This computer</translation></message>
    <message><source>这段时间没有填写原因的成交或退出。</source><translation>No won or lost deal with a reason in this period.</translation></message>
    <message><source>退出程序(&amp;X)</source><translation>E&amp;xit</translation></message>
    <message><source>选择客户</source><translation>Choose customer</translation></message>
    <message><source>选择客户…</source><translation>Choose customer…</translation></message>
    <message><source>选择文件</source><translation>Choose file</translation></message>
    <message><source>都不移动（只记约见）</source><translation>Move none (log the appointment only)</translation></message>
    <message><source>重新启动 salesdesk 后生效。</source><translation>Takes effect the next time salesdesk starts.</translation></message>
    <message><source>重新计算</source><translation>Recompute</translation></message>
    <message><source>重新计算价值分级</source><translation>Recompute value grades</translation></message>
    <message><source>重新计算价值分级(&amp;G)…</source><translation>Recompute value &amp;grades…</translation></message>
    <message><source>重新计算后</source><translation>After recomputing</translation></message>
    <message><source>问题</source><translation>Problem</translation></message>
    <message><source>随潜在客户</source><translation>Follows prospects</translation></message>
    <message><source>面谈之后</source><translation>After the meeting</translation></message>
    <message><source>（不关联）</source><translation>(none)</translation></message>
    <message><source>（不导入）</source><translation>(do not import)</translation></message>
    <message><source>（先列出前 {n} 对，合并后会继续列出其余的）</source><translation>(the first {n} pairs are listed; the rest follow after merging)</translation></message>
    <message><source>（内存中的数据库，不保存到文件）</source><translation>(a database in memory, not saved to a file)</translation></message>
    <message><source>（客户已删除）</source><translation>(customer deleted)</translation></message>
    <message><source>（未写计划）</source><translation>(no plan written)</translation></message>
    <message><source>（未命名）</source><translation>(untitled)</translation></message>
    <message><source>（未选择）</source><translation>(none chosen)</translation></message>
    <message><source>（演示数据，不保存）</source><translation>(demo data, not saved)</translation></message>
    <message><source>（空）</source><translation>(empty)</translation></message>
    <message><source>（第 {n} 列，无标题）</source><translation>(column {n}, no heading)</translation></message>
    <message><source>，移到 25%</source><translation>, moved to 25%</translation></message>
    <message><source>，移到约定初次见面</source><translation>, moved to First meeting booked</translation></message>
</context>
</TS>
