<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>reports</name>
    <message><source> 等 {count} 处</source><translation> ({count} cells in all)</translation></message>
    <message><source>80% 保费</source><translation>80% of premium</translation></message>
    <message><source>{count} 人</source><translation>{count}</translation></message>
    <message><source>{count} 位客户  保费合计 {total}  前 {share} 的客户贡献 80% 的保费</source><translation>{count} customers  premium total {total}  the top {share} of customers bring 80% of the premium</translation></message>
    <message><source>{first} 和 {second}</source><translation>{first} and {second}</translation></message>
    <message><source>{first}–{last} 天：{count} 件</source><translation>{first}–{last} days: {count}</translation></message>
    <message><source>{mark} 粗体并标 {mark} 者已超过销售周期（{days} 天），按方法应退回销售机会。日期为初次见面日期（销售机会为进入该阶段的日期）。</source><translation>{mark} Bold and marked {mark}: past the sales cycle ({days} days); the method sends it back to Opportunity. Dates are first-meeting dates (for Opportunity, the day it entered the stage).</translation></message>
    <message><source>{mark} 表示已超过销售周期（{days} 天）：按方法应退回销售机会。日期为初次见面日期（销售机会为进入该阶段的日期）。</source><translation>{mark} means past the sales cycle ({days} days): the method sends it back to Opportunity. Dates are first-meeting dates (for Opportunity, the day it entered the stage).</translation></message>
    <message><source>{stage} {count} 人{money}</source><translation>{stage} {count}{money}</translation></message>
    <message><source>{title}（保费合计 {total}）</source><translation>{title} (premium total {total})</translation></message>
    <message><source>{title}（共 {count} 人）</source><translation>{title} ({count} in all)</translation></message>
    <message><source>{title}（共 {count} 件）</source><translation>{title} ({count} deals)</translation></message>
    <message><source>{title}（每周：拨打/天 接通/天 约见/天 面谈 成交）</source><translation>{title} (per week: dials/day reaches/day bookings/day meetings deals)</translation></message>
    <message><source>{title}：参考 {dial}-{reach}-{book}、每周 {meetings} 次面谈 {per_deal}:1</source><translation>{title}: reference {dial}-{reach}-{book}, {meetings} meetings a week, {per_deal}:1</translation></message>
    <message><source>{week}　　{who}</source><translation>{week}    {who}</translation></message>
    <message><source>{week}：{files}</source><translation>{week}: {files}</translation></message>
    <message><source>“{file}”不是 .xlsx 文件（可能是 CSV、旧的 .xls 或加密的文件）</source><translation>“{file}” is not an .xlsx file (it may be a CSV, an old .xls or an encrypted file)</translation></message>
    <message><source>“{file}”不是 Excel 工作簿</source><translation>“{file}” is not an Excel workbook</translation></message>
    <message><source>“{file}”不是 salesdesk 导出的部门追踪表{detail}：{where_from}</source><translation>“{file}” is not a team tracking sheet exported by salesdesk{detail}: {where_from}</translation></message>
    <message><source>“{file}”不是有效的 CSV 文件（{csv_reason}）</source><translation>“{file}” is not a valid CSV file ({csv_reason})</translation></message>
    <message><source>“{file}”不是有效的 Excel 文件（.xlsx），可能是改了扩展名的其他文件或已损坏</source><translation>“{file}” is not a valid Excel file (.xlsx): it may be another kind of file renamed, or damaged</translation></message>
    <message><source>“{file}”不是有效的 Excel 文件（.xlsx），或已损坏</source><translation>“{file}” is not a valid Excel file (.xlsx), or it is damaged</translation></message>
    <message><source>“{file}”不是有效的 Excel 文件（{error}）</source><translation>“{file}” is not a valid Excel file ({error})</translation></message>
    <message><source>“{file}”中没有“{sheet}”工作表，合并按文件内的数据计算</source><translation>“{file}” has no “{sheet}” sheet; the merge uses the data stored in the file</translation></message>
    <message><source>“{file}”中没有工作表</source><translation>“{file}” has no sheets</translation></message>
    <message><source>“{file}”中没有数据（第一张表是空的）</source><translation>“{file}” has no data (its first sheet is empty)</translation></message>
    <message><source>“{file}”中组员“{name}”重复出现</source><translation>Team member “{name}” appears twice in “{file}”</translation></message>
    <message><source>“{file}”内含文件过多，拒绝读取</source><translation>“{file}” refused: it holds too many parts</translation></message>
    <message><source>“{file}”包含的部件太多，不是部门追踪表</source><translation>“{file}” has too many parts: it is not a team tracking sheet</translation></message>
    <message><source>“{file}”含有不安全的 XML 内容（实体定义），拒绝读取</source><translation>“{file}” refused: it has unsafe XML content (entity definitions)</translation></message>
    <message><source>“{file}”太大（{size} MB），不是 salesdesk 导出的部门追踪表</source><translation>“{file}” is too large ({size} MB): it is not a team tracking sheet exported by salesdesk</translation></message>
    <message><source>“{file}”太大，无法读取</source><translation>“{file}” is too large to read</translation></message>
    <message><source>“{file}”无法读取（{error}），不是有效的部门追踪表</source><translation>Cannot read “{file}” ({error}): it is not a valid team tracking sheet</translation></message>
    <message><source>“{file}”是 Excel 文件（.xlsx）而不是 CSV，请把扩展名改为 .xlsx</source><translation>“{file}” is an Excel file (.xlsx), not a CSV: rename it to end in .xlsx</translation></message>
    <message><source>“{file}”是旧版 Excel 文件（.xls）或加密的工作簿，请在 Excel 中另存为 .xlsx 后再导入</source><translation>“{file}” is an old Excel file (.xls) or an encrypted workbook: save it as .xlsx in Excel, then import it</translation></message>
    <message><source>“{file}”是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再导入</source><translation>“{file}” is an old Excel file (.xls): save it as .xlsx in Excel, then import it</translation></message>
    <message><source>“{file}”是空文件，不是部门追踪表</source><translation>“{file}” is empty: it is not a team tracking sheet</translation></message>
    <message><source>“{file}”是行动工具表（salesdesk weekly 导出的工作簿），不是部门追踪表：{where_from}</source><translation>“{file}” is an action table (the workbook salesdesk weekly exports), not a team tracking sheet: {where_from}</translation></message>
    <message><source>“{file}”用中文逗号分隔，请改用英文逗号或制表符</source><translation>“{file}” is separated by full-width (Chinese) commas: use ordinary commas or tabs</translation></message>
    <message><source>“{file}”由更新版本的 salesdesk 生成（格式版本 {version}），请先升级再合并</source><translation>“{file}” was made by a newer salesdesk (format version {version}): upgrade first, then merge</translation></message>
    <message><source>“{file}”的“{sheet}”中 {cells} 与文件内的数据不一致（可能被手工改过），合并按导出时的数据计算</source><translation>In “{file}”, sheet “{sheet}”, {cells} differ from the data stored in the file (edited by hand?); the merge uses the figures as exported</translation></message>
    <message><source>“{file}”的压缩比异常（可能是压缩炸弹），已拒绝</source><translation>“{file}” refused: its compression ratio is abnormal (possibly a zip bomb)</translation></message>
    <message><source>“{file}”的标题行超过 {limit} 列，拒绝读取</source><translation>“{file}” refused: its header row has more than {limit} columns</translation></message>
    <message><source>“{file}”的第一张表不是数据表（可能是图表）</source><translation>The first sheet of “{file}” is not a data sheet (perhaps a chart)</translation></message>
    <message><source>“{file}”被选择了两次（组员重复），请去掉重复的文件后再合并</source><translation>“{file}” was chosen twice (duplicate team member): remove the duplicate file and merge again</translation></message>
    <message><source>“{file}”解压后过大（可能是“压缩炸弹”），拒绝读取</source><translation>“{file}” refused: it is too large once unpacked (possibly a “zip bomb”)</translation></message>
    <message><source>“{file}”解压后过大（可能是压缩炸弹），已拒绝</source><translation>“{file}” refused: it is too large once unpacked (possibly a zip bomb)</translation></message>
    <message><source>“{file}”超过 {limit} 行，拒绝读取（请分成几个文件导入）</source><translation>“{file}” refused: more than {limit} rows (import it as several files)</translation></message>
    <message><source>“{name}”不是 {encoding} 编码（第 {start} 字节处无法解码）</source><translation>“{name}” is not in the {encoding} encoding (cannot decode byte {start})</translation></message>
    <message><source>“{name}”含有空字符（NUL），不是普通的文本表格，拒绝读取</source><translation>“{name}” refused: it holds NUL characters, so it is not a plain text table</translation></message>
    <message><source>“{name}”混用了多种编码（部分是 UTF-8，部分不是），请用 Excel 或记事本另存为 UTF-8 后再导入</source><translation>“{name}” mixes encodings (partly UTF-8, partly not): save it as UTF-8 in Excel or a text editor, then import it</translation></message>
    <message><source>“{name}”的 UTF-16 编码有误，无法读取</source><translation>Cannot read “{name}”: its UTF-16 encoding is broken</translation></message>
    <message><source>上期</source><translation>Previous</translation></message>
    <message><source>上期 {period}    销售周期 {days} 天</source><translation>Previous period {period}    sales cycle {days} days</translation></message>
    <message><source>不支持的文件类型“{value}”：请导入 .xlsx 或 .csv 文件</source><translation>Unsupported file type “{value}”: import an .xlsx or .csv file</translation></message>
    <message><source>不认识的编码“{encoding}”（可用：utf-8、gb18030、gbk、big5…）</source><translation>Unknown encoding “{encoding}” (use utf-8, gb18030, gbk, big5…)</translation></message>
    <message><source>业务员姓名太长（最多 {count} 个字）</source><translation>The agent&apos;s name is too long (at most {count} characters)</translation></message>
    <message><source>业务员：{name}</source><translation>Agent: {name}</translation></message>
    <message><source>二八分割图</source><translation>80/20 chart</translation></message>
    <message><source>价值分级 A–E</source><translation>Value grade A–E</translation></message>
    <message><source>公式没有保存计算结果（请在 Excel 中打开并保存，或“只粘贴数值”）</source><translation>the formula has no saved result (open and save the file in Excel, or “paste values only”)</translation></message>
    <message><source>共 {count} 位组员</source><translation>{count} team members</translation></message>
    <message><source>其他</source><translation>Other</translation></message>
    <message><source>初次见面到成交的天数</source><translation>Days from first meeting to won</translation></message>
    <message><source>前 {share} 的客户贡献 80% 的保费</source><translation>The top {share} of customers bring 80% of the premium</translation></message>
    <message><source>加权预测</source><translation>Weighted forecast</translation></message>
    <message><source>加权预测（25% × 0.25、50% × 0.5、90% × 0.9）</source><translation>Weighted forecast (25% × 0.25, 50% × 0.5, 90% × 0.9)</translation></message>
    <message><source>单元格是错误值 {value}</source><translation>the cell holds the error value {value}</translation></message>
    <message><source>原因</source><translation>Reason</translation></message>
    <message><source>参考</source><translation>Reference</translation></message>
    <message><source>参考 {value}</source><translation>Reference {value}</translation></message>
    <message><source>参考成交 1</source><translation>Reference deals 1</translation></message>
    <message><source>参考面谈 {count}</source><translation>Reference meetings {count}</translation></message>
    <message><source>合计</source><translation>Total</translation></message>
    <message><source>含有空字符</source><translation>it holds NUL characters</translation></message>
    <message><source>周的日期不正确</source><translation>the week&apos;s dates are wrong</translation></message>
    <message><source>客户</source><translation>Customers</translation></message>
    <message><source>客户五级分类与价值分级</source><translation>Customer levels and value grades</translation></message>
    <message><source>客户占比（按保费从高到低，共 {count} 位）</source><translation>Share of customers (by premium, highest first; {count} in all)</translation></message>
    <message><source>客户数</source><translation>Customers</translation></message>
    <message><source>导出文件应以 .xlsx 或 .csv 结尾：{path}</source><translation>The export file must end in .xlsx or .csv: {path}</translation></message>
    <message><source>小计</source><translation>Subtotal</translation></message>
    <message><source>已成交（承保标保）</source><translation>Won (std. premium)</translation></message>
    <message><source>平均分布</source><translation>Even spread</translation></message>
    <message><source>成交/周</source><translation>Deals/week</translation></message>
    <message><source>成交周期分布</source><translation>Sales cycle distribution</translation></message>
    <message><source>我的销售周期: {days} 天</source><translation>My sales cycle: {days} days</translation></message>
    <message><source>找不到文件“{path}”</source><translation>File not found: “{path}”</translation></message>
    <message><source>拨打/天</source><translation>Dials/day</translation></message>
    <message><source>接通/天</source><translation>Reaches/day</translation></message>
    <message><source>数据表头不正确</source><translation>the data header is wrong</translation></message>
    <message><source>文件“{file}”中没有数据</source><translation>File “{file}” has no data</translation></message>
    <message><source>文件“{file}”太大（{value} MB，最多 {value2} MB）</source><translation>File “{file}” is too large ({value} MB, at most {value2} MB)</translation></message>
    <message><source>文件“{file}”是空的</source><translation>File “{file}” is empty</translation></message>
    <message><source>文件不存在：{path}</source><translation>File not found: {path}</translation></message>
    <message><source>文件夹不存在</source><translation>the folder does not exist</translation></message>
    <message><source>新名单:潜在客户:成交</source><translation>New names : prospects : deals</translation></message>
    <message><source>无法写入“{path}”：{reason}</source><translation>Cannot write “{path}”: {reason}</translation></message>
    <message><source>无法写入“{path}”：这是一个文件夹</source><translation>Cannot write “{path}”: it is a folder</translation></message>
    <message><source>无法开始打印（打印机或 PDF 文件不可用）</source><translation>Cannot start printing (the printer or the PDF file is not available)</translation></message>
    <message><source>无法生成 Excel 文件：{reason}</source><translation>Cannot make the Excel file: {reason}</translation></message>
    <message><source>无法识别“{name}”的编码，请另存为 UTF-8 后再导入（或用 --encoding 指定）</source><translation>Cannot tell the encoding of “{name}”: save it as UTF-8, then import it (or give --encoding)</translation></message>
    <message><source>无法读取“{path}”：{reason}</source><translation>Cannot read “{path}”: {reason}</translation></message>
    <message><source>无法读取文件“{file}”：{reason}</source><translation>Cannot read file “{file}”: {reason}</translation></message>
    <message><source>未分级</source><translation>no grade</translation></message>
    <message><source>未加权</source><translation>Unweighted</translation></message>
    <message><source>未导入的行</source><translation>Rows not imported</translation></message>
    <message><source>本周合计</source><translation>Week total</translation></message>
    <message><source>本期</source><translation>This period</translation></message>
    <message><source>某个单元格超过 {csv_field_limit} 个字符</source><translation>a cell is longer than {csv_field_limit} characters</translation></message>
    <message><source>格式错误</source><translation>malformed</translation></message>
    <message><source>检视日</source><translation>Review day</translation></message>
    <message><source>每个工作日</source><translation>Per working day</translation></message>
    <message><source>每周</source><translation>Per week</translation></message>
    <message><source>每日 拨打-接通-约见</source><translation>Daily dials-reaches-bookings</translation></message>
    <message><source>比例游戏</source><translation>The ratio game</translation></message>
    <message><source>比例趋势（按周）</source><translation>Ratio trends (by week)</translation></message>
    <message><source>没有写入权限</source><translation>no permission to write</translation></message>
    <message><source>没有写入权限，或文件正被其他程序（如 Excel）打开</source><translation>no permission to write, or the file is open in another program (such as Excel)</translation></message>
    <message><source>没有要合并的文件</source><translation>No files to merge</translation></message>
    <message><source>潜在客户管理行动工具表</source><translation>Prospect Action Table</translation></message>
    <message><source>潜在客户管理行动工具部门追踪表</source><translation>Prospect Action Table — Team tracking sheet</translation></message>
    <message><source>版本号不正确</source><translation>the version number is wrong</translation></message>
    <message><source>生成 PDF 需要图形界面支持（当前只有 QCoreApplication）</source><translation>Making a PDF needs graphics support (only a QCoreApplication is running)</translation></message>
    <message><source>第 &amp;P 页，共 &amp;N 页</source><translation>Page &amp;P of &amp;N</translation></message>
    <message><source>第 {page} 页，共 {pages} 页</source><translation>Page {page} of {pages}</translation></message>
    <message><source>第 {row} 行不是组员“{name}”的{day}数据</source><translation>row {row} is not {day} data of team member “{name}”</translation></message>
    <message><source>第 {row} 行的数量不正确</source><translation>the counts in row {row} are wrong</translation></message>
    <message><source>第 {row} 行的金额不正确</source><translation>the amounts in row {row} are wrong</translation></message>
    <message><source>第 {row} 行组员姓名不正确</source><translation>the team member&apos;s name in row {row} is wrong</translation></message>
    <message><source>累计保费占比</source><translation>Cumulative share of premium</translation></message>
    <message><source>约定初次见面数</source><translation>First meetings booked</translation></message>
    <message><source>约见/天</source><translation>Bookings/day</translation></message>
    <message><source>组员“{name}”重复出现（{where}），请去掉重复的文件后再合并</source><translation>Team member “{name}” appears twice ({where}): remove the duplicate file and merge again</translation></message>
    <message><source>组员人数不正确</source><translation>the number of team members is wrong</translation></message>
    <message><source>组员太多（最多 {count} 位）</source><translation>Too many team members (at most {count})</translation></message>
    <message><source>组员姓名</source><translation>Team member</translation></message>
    <message><source>组员：{name}</source><translation>Team member: {name}</translation></message>
    <message><source>统计报告</source><translation>Stats report</translation></message>
    <message><source>缺少 defusedxml，无法安全读取 Excel 文件</source><translation>defusedxml is missing: cannot read Excel files safely</translation></message>
    <message><source>行动工具表</source><translation>Action table</translation></message>
    <message><source>行号</source><translation>Row</translation></message>
    <message><source>请先设置业务员姓名（设置 → 业务员姓名），部门追踪表需要它</source><translation>Set the agent&apos;s name first (Settings → Agent name): the team tracking sheet needs it</translation></message>
    <message><source>趋势</source><translation>Trend</translation></message>
    <message><source>转化：</source><translation>Conversion: </translation></message>
    <message><source>输出文件不能是要合并的文件之一：{file}</source><translation>The output file cannot be one of the files to merge: {file}</translation></message>
    <message><source>达到该阶段的潜在客户（人）</source><translation>Prospects who reached the stage</translation></message>
    <message><source>这些文件属于不同的周，只能合并同一周的文件（{weeks}）</source><translation>These files belong to different weeks; only files of one week can be merged ({weeks})</translation></message>
    <message><source>这段时间没有退出的潜在客户</source><translation>No prospects were lost in this period</translation></message>
    <message><source>退出原因</source><translation>Lost reasons</translation></message>
    <message><source>退出的潜在客户（人）</source><translation>Prospects lost</translation></message>
    <message><source>部门追踪表</source><translation>Team tracking sheet</translation></message>
    <message><source>部门追踪表由组员用“salesdesk dept export”（或窗口中行动工具表页的“部门追踪表导出”）生成</source><translation>team members make a team tracking sheet with “salesdesk dept export” (or “Export team tracking sheet” on the window&apos;s Action table page)</translation></message>
    <message><source>销售周期 {days} 天</source><translation>Sales cycle {days} days</translation></message>
    <message><source>销售周期 {days} 天  共 {count} 件</source><translation>Sales cycle {days} days  {count} deals</translation></message>
    <message><source>阶段漏斗</source><translation>Stage funnel</translation></message>
    <message><source>面谈/周</source><translation>Meetings/week</translation></message>
    <message><source>面谈:成交</source><translation>Meetings : deals</translation></message>
    <message><source>项目</source><translation>Item</translation></message>
    <message><source>预计签约月份</source><translation>Expected signing month</translation></message>
    <message><source>（{detail}）</source><translation> ({detail})</translation></message>
    <message><source>（未设置姓名）</source><translation>(name not set)</translation></message>
    <message><source>（续）</source><translation> (cont.)</translation></message>
    <message><source>：</source><translation>: </translation></message>
</context>
</TS>
