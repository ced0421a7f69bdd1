<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>reports</name>
    <message><source> 等 {count} 处</source><translation> ({count} cells in all)</translation></message>
    <message><source>{first} 和 {second}</source><translation>{first} and {second}</translation></message>
    <message><source>{mark} 粗体并标 {mark} 者已超过销售周期（{days} 天），按方法应退回销售机会。日期为初次见面日期（销售机会为进入该阶段的日期）。</source><translation>{mark} Bold and marked {mark}: past the sales cycle ({days} days); the method sends it back to Opportunity. Dates are first-meeting dates (for Opportunity, the day it entered the stage).</translation></message>
    <message><source>{mark} 表示已超过销售周期（{days} 天）：按方法应退回销售机会。日期为初次见面日期（销售机会为进入该阶段的日期）。</source><translation>{mark} means past the sales cycle ({days} days): the method sends it back to Opportunity. Dates are first-meeting dates (for Opportunity, the day it entered the stage).</translation></message>
    <message><source>{week}　　{who}</source><translation>{week}    {who}</translation></message>
    <message><source>{week}：{files}</source><translation>{week}: {files}</translation></message>
    <message><source>“{file}”不是 .xlsx 文件（可能是 CSV、旧的 .xls 或加密的文件）</source><translation>“{file}” is not an .xlsx file (it may be a CSV, an old .xls or an encrypted file)</translation></message>
    <message><source>“{file}”不是 Excel 工作簿</source><translation>“{file}” is not an Excel workbook</translation></message>
    <message><source>“{file}”不是 salesdesk 导出的部门追踪表{detail}：{where_from}</source><translation>“{file}” is not a team tracking sheet exported by salesdesk{detail}: {where_from}</translation></message>
    <message><source>“{file}”不是有效的 Excel 文件（{error}）</source><translation>“{file}” is not a valid Excel file ({error})</translation></message>
    <message><source>“{file}”中没有“{sheet}”工作表，合并按文件内的数据计算</source><translation>“{file}” has no “{sheet}” sheet; the merge uses the data stored in the file</translation></message>
    <message><source>“{file}”中组员“{name}”重复出现</source><translation>Team member “{name}” appears twice in “{file}”</translation></message>
    <message><source>“{file}”包含的部件太多，不是部门追踪表</source><translation>“{file}” has too many parts: it is not a team tracking sheet</translation></message>
    <message><source>“{file}”太大（{size} MB），不是 salesdesk 导出的部门追踪表</source><translation>“{file}” is too large ({size} MB): it is not a team tracking sheet exported by salesdesk</translation></message>
    <message><source>“{file}”无法读取（{error}），不是有效的部门追踪表</source><translation>Cannot read “{file}” ({error}): it is not a valid team tracking sheet</translation></message>
    <message><source>“{file}”是空文件，不是部门追踪表</source><translation>“{file}” is empty: it is not a team tracking sheet</translation></message>
    <message><source>“{file}”是行动工具表（salesdesk weekly 导出的工作簿），不是部门追踪表：{where_from}</source><translation>“{file}” is an action table (the workbook salesdesk weekly exports), not a team tracking sheet: {where_from}</translation></message>
    <message><source>“{file}”由更新版本的 salesdesk 生成（格式版本 {version}），请先升级再合并</source><translation>“{file}” was made by a newer salesdesk (format version {version}): upgrade first, then merge</translation></message>
    <message><source>“{file}”的“{sheet}”中 {cells} 与文件内的数据不一致（可能被手工改过），合并按导出时的数据计算</source><translation>In “{file}”, sheet “{sheet}”, {cells} differ from the data stored in the file (edited by hand?); the merge uses the figures as exported</translation></message>
    <message><source>“{file}”的压缩比异常（可能是压缩炸弹），已拒绝</source><translation>“{file}” refused: its compression ratio is abnormal (possibly a zip bomb)</translation></message>
    <message><source>“{file}”被选择了两次（组员重复），请去掉重复的文件后再合并</source><translation>“{file}” was chosen twice (duplicate team member): remove the duplicate file and merge again</translation></message>
    <message><source>“{file}”解压后过大（可能是压缩炸弹），已拒绝</source><translation>“{file}” refused: it is too large once unpacked (possibly a zip bomb)</translation></message>
    <message><source>、</source><translation>, </translation></message>
    <message><source>业务员姓名太长（最多 {count} 个字）</source><translation>The agent&apos;s name is too long (at most {count} characters)</translation></message>
    <message><source>业务员：{name}</source><translation>Agent: {name}</translation></message>
    <message><source>共 {count} 位组员</source><translation>{count} team members</translation></message>
    <message><source>合计</source><translation>Total</translation></message>
    <message><source>周的日期不正确</source><translation>the week&apos;s dates are wrong</translation></message>
    <message><source>小计</source><translation>Subtotal</translation></message>
    <message><source>成交</source><translation>Won</translation></message>
    <message><source>我的销售周期: {days} 天</source><translation>My sales cycle: {days} days</translation></message>
    <message><source>找不到文件“{path}”</source><translation>File not found: “{path}”</translation></message>
    <message><source>承保标保</source><translation>Standard premium underwritten</translation></message>
    <message><source>数据表头不正确</source><translation>the data header is wrong</translation></message>
    <message><source>文件名太长</source><translation>the file name is too long</translation></message>
    <message><source>文件夹不存在</source><translation>the folder does not exist</translation></message>
    <message><source>无法写入“{path}”：{reason}</source><translation>Cannot write “{path}”: {reason}</translation></message>
    <message><source>无法写入“{path}”：这是一个文件夹</source><translation>Cannot write “{path}”: it is a folder</translation></message>
    <message><source>无法开始打印（打印机或 PDF 文件不可用）</source><translation>Cannot start printing (the printer or the PDF file is not available)</translation></message>
    <message><source>无法生成 Excel 文件：{reason}</source><translation>Cannot make the Excel file: {reason}</translation></message>
    <message><source>无法读取“{path}”：{reason}</source><translation>Cannot read “{path}”: {reason}</translation></message>
    <message><source>本周合计</source><translation>Week total</translation></message>
    <message><source>检视日</source><translation>Review day</translation></message>
    <message><source>没有写入权限</source><translation>no permission to write</translation></message>
    <message><source>没有写入权限，或文件正被其他程序（如 Excel）打开</source><translation>no permission to write, or the file is open in another program (such as Excel)</translation></message>
    <message><source>没有要合并的文件</source><translation>No files to merge</translation></message>
    <message><source>潜在客户管理行动工具表</source><translation>Prospect Action Table</translation></message>
    <message><source>潜在客户管理行动工具部门追踪表</source><translation>Prospect Action Table — Team tracking sheet</translation></message>
    <message><source>版本号不正确</source><translation>the version number is wrong</translation></message>
    <message><source>生成 PDF 需要图形界面支持（当前只有 QCoreApplication）</source><translation>Making a PDF needs graphics support (only a QCoreApplication is running)</translation></message>
    <message><source>磁盘为只读</source><translation>the disk is read-only</translation></message>
    <message><source>磁盘空间不足</source><translation>the disk is full</translation></message>
    <message><source>磁盘配额已满</source><translation>the disk quota is used up</translation></message>
    <message><source>第 &amp;P 页，共 &amp;N 页</source><translation>Page &amp;P of &amp;N</translation></message>
    <message><source>第 {page} 页，共 {pages} 页</source><translation>Page {page} of {pages}</translation></message>
    <message><source>第 {row} 行不是组员“{name}”的{day}数据</source><translation>row {row} is not {day} data of team member “{name}”</translation></message>
    <message><source>第 {row} 行的数量不正确</source><translation>the counts in row {row} are wrong</translation></message>
    <message><source>第 {row} 行的金额不正确</source><translation>the amounts in row {row} are wrong</translation></message>
    <message><source>第 {row} 行组员姓名不正确</source><translation>the team member&apos;s name in row {row} is wrong</translation></message>
    <message><source>约定初次见面数</source><translation>First meetings booked</translation></message>
    <message><source>组员“{name}”重复出现（{where}），请去掉重复的文件后再合并</source><translation>Team member “{name}” appears twice ({where}): remove the duplicate file and merge again</translation></message>
    <message><source>组员人数不正确</source><translation>the number of team members is wrong</translation></message>
    <message><source>组员太多（最多 {count} 位）</source><translation>Too many team members (at most {count})</translation></message>
    <message><source>组员姓名</source><translation>Team member</translation></message>
    <message><source>组员：{name}</source><translation>Team member: {name}</translation></message>
    <message><source>行动工具表</source><translation>Action table</translation></message>
    <message><source>请先设置业务员姓名（设置 → 业务员姓名），部门追踪表需要它</source><translation>Set the agent&apos;s name first (Settings → Agent name): the team tracking sheet needs it</translation></message>
    <message><source>路径中有一段不是文件夹</source><translation>part of the path is not a folder</translation></message>
    <message><source>输出文件不能是要合并的文件之一：{file}</source><translation>The output file cannot be one of the files to merge: {file}</translation></message>
    <message><source>这些文件属于不同的周，只能合并同一周的文件（{weeks}）</source><translation>These files belong to different weeks; only files of one week can be merged ({weeks})</translation></message>
    <message><source>这是一个文件夹</source><translation>it is a folder</translation></message>
    <message><source>部门追踪表</source><translation>Team tracking sheet</translation></message>
    <message><source>部门追踪表由组员用“salesdesk dept export”（或窗口中行动工具表页的“部门追踪表导出”）生成</source><translation>team members make a team tracking sheet with “salesdesk dept export” (or “Export team tracking sheet” on the window&apos;s Action table page)</translation></message>
    <message><source>预收保费</source><translation>Premium received</translation></message>
    <message><source>（{detail}）</source><translation> ({detail})</translation></message>
    <message><source>（未设置姓名）</source><translation>(name not set)</translation></message>
    <message><source>（续）</source><translation> (cont.)</translation></message>
    <message><source>；</source><translation>; </translation></message>
</context>
</TS>
