<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>core</name>
    <message><source>1 小时后</source><translation>In 1 hour</translation></message>
    <message><source>1-销售机会</source><translation>1-Opportunity</translation></message>
    <message><source>10 分钟后</source><translation>In 10 minutes</translation></message>
    <message><source>2-约定初次见面</source><translation>2-First meeting booked</translation></message>
    <message><source>50% 中 {count} 位已超出 {days} 天的销售周期</source><translation>{count} at 50% are past the {days}-day sales cycle</translation></message>
    <message><source>50% 有 {count} 位，不少于 25% 的 {p25} 位</source><translation>{count} at 50%, no fewer than the {p25} at 25%</translation></message>
    <message><source>6-成交</source><translation>6-Won</translation></message>
    <message><source>90% 中 {count} 位已过约定的签约日期，仍未确认收款承保。</source><translation>{count} at 90% are past their signing date, with payment and cover still not confirmed.</translation></message>
    <message><source>QQ 号“{value}”格式不正确（5–12 位数字）</source><translation>QQ number &quot;{value}&quot; is not valid (5–12 digits)</translation></message>
    <message><source>{criterion}（{needs}）</source><translation>{criterion} ({needs})</translation></message>
    <message><source>{criterion}（签约日期超出销售周期 {days} 天）</source><translation>{criterion} (the signing date is beyond the {days}-day sales cycle)</translation></message>
    <message><source>{criterion}（需填写{needs}）</source><translation>{criterion} (fill in: {needs})</translation></message>
    <message><source>{date}（{next}）</source><translation>{date} ({next})</translation></message>
    <message><source>{findings}：计划书可能不符合客户需要，或者看板没有及时更新。</source><translation>{findings}: the proposals may not fit the customers&apos; needs, or the board is not up to date.</translation></message>
    <message><source>{label} {date} 太早（应在 1900 年以后）</source><translation>{label} {date} is too early (must be after 1900)</translation></message>
    <message><source>{label}“{value}”不是有效日期，请按 YYYY-MM-DD 填写</source><translation>{label} &quot;{value}&quot; is not a valid date; use YYYY-MM-DD</translation></message>
    <message><source>{label}“{value}”不是有效日期，请按 [年-]月-日 填写，如 1990-5-20、8-15、1990-闰5-20 或 农历八月十五</source><translation>{label} &quot;{value}&quot; is not a valid date; use [year-]month-day, e.g. 1990-5-20, 8-15, 1990-L5-20 (L: leap month) or lunar 8-15</translation></message>
    <message><source>{label}“{value}”是公历日期，这里应填农历日期</source><translation>{label} &quot;{value}&quot; is a solar date; a lunar date is needed here</translation></message>
    <message><source>{label}“{value}”是农历日期，这里应填公历日期</source><translation>{label} &quot;{value}&quot; is a lunar date; a solar date is needed here</translation></message>
    <message><source>{label}“{value}”：公历没有闰月</source><translation>{label} &quot;{value}&quot;: the solar calendar has no leap months</translation></message>
    <message><source>{label}不正确</source><translation>{label} is not valid</translation></message>
    <message><source>{label}不能晚于今天</source><translation>{label} cannot be later than today</translation></message>
    <message><source>{label}为空</source><translation>{label} is empty</translation></message>
    <message><source>{label}只能写一行：含有{char}，请删除后再保存</source><translation>{label} must be one line: it contains a {char}; remove it, then save</translation></message>
    <message><source>{label}含有不可见的控制字符（{char}），请删除后再保存</source><translation>{label} contains an invisible control character ({char}); remove it, then save</translation></message>
    <message><source>{label}太长（最多 {limit} 个字）</source><translation>{label} is too long (at most {limit} characters)</translation></message>
    <message><source>{label}应为文字</source><translation>{label} must be text</translation></message>
    <message><source>{label}应为日期</source><translation>{label} must be a date</translation></message>
    <message><source>{label}的年、月、日应为整数</source><translation>{label}: year, month and day must be whole numbers</translation></message>
    <message><source>{label}的年份应在 {first}–{last} 之间（{year} 不是）</source><translation>{label}: the year must be between {first} and {last} ({year} is not)</translation></message>
    <message><source>{label}的月份应为 1–12（{month} 不是）</source><translation>{label}: the month must be 1–12 ({month} is not)</translation></message>
    <message><source>{label}：公历{month}月没有{day}日（最多 {last} 日）</source><translation>{label}: month {month} has no day {day} (at most {last})</translation></message>
    <message><source>{label}：公历{year}年{month}月没有{day}日（最多 {last} 日）</source><translation>{label}: month {month} of {year} has no day {day} (at most {last})</translation></message>
    <message><source>{label}：公历没有闰月</source><translation>{label}: the solar calendar has no leap months</translation></message>
    <message><source>{label}：农历{year}年{month}只有二十九天，没有三十</source><translation>{label}: month {month} of lunar {year} has only 29 days, no 30th</translation></message>
    <message><source>{label}：农历{year}年没有闰{month}（{that}）</source><translation>{label}: lunar {year} has no leap month {month} ({that})</translation></message>
    <message><source>{label}：农历{year}年闰{month}只有二十九天，没有三十</source><translation>{label}: leap month {month} of lunar {year} has only 29 days, no 30th</translation></message>
    <message><source>{label}：农历日应为初一至三十（{day} 不是）</source><translation>{label}: a lunar day must be 1–30 ({day} is not)</translation></message>
    <message><source>{start} 至 {end}</source><translation>{start} to {end}</translation></message>
    <message><source>{value} 不是日期</source><translation>{value} is not a date</translation></message>
    <message><source>{what} {done}，按计划此时应为 {expected}，{state}。</source><translation>{what}: {done}; the plan expects {expected} by now, {state}.</translation></message>
    <message><source>“{stage}”的客户必须保持：{names}。如果确实不再成立，请把它退回“25%”（或更早的阶段）并写明原因</source><translation>A prospect at &quot;{stage}&quot; must keep: {names}. If that no longer holds, move it back to &quot;25%&quot; (or an earlier stage) and give the reason</translation></message>
    <message><source>“{value}”不是农历日期（可写 8-15、1990-闰5-20 或 农历八月十五）</source><translation>&quot;{value}&quot; is not a lunar date (write 8-15, 1990-L5-20 or lunar 8-15)</translation></message>
    <message><source>“{value}”不是存在的日期</source><translation>&quot;{value}&quot; is not a real date</translation></message>
    <message><source>“{value}”不是性别（男 或 女）</source><translation>&quot;{value}&quot; is not a gender (Male or Female)</translation></message>
    <message><source>“{value}”不是日期（可写 2026-1-5、2026/01/05 或 2026年1月5日）</source><translation>&quot;{value}&quot; is not a date (write 2026-1-5, 2026/01/05 or 2026-01-05)</translation></message>
    <message><source>、</source><translation>, </translation></message>
    <message><source>下一步</source><translation>Next step</translation></message>
    <message><source>不再成立的标准</source><translation>criteria that no longer hold</translation></message>
    <message><source>不宜拜访时间</source><translation>Times not to visit</translation></message>
    <message><source>不是日期</source><translation>Not a date</translation></message>
    <message><source>不能跨磁盘移动文件</source><translation>cannot move files across disks</translation></message>
    <message><source>不能进入“{stage}”，缺少：{names}</source><translation>Cannot move to &quot;{stage}&quot;: missing {names}</translation></message>
    <message><source>不重要不紧急</source><translation>Neither</translation></message>
    <message><source>丧偶</source><translation>Widowed</translation></message>
    <message><source>五项标准都已成立：应进入“50%”，而不是“25%”</source><translation>All five criteria hold: this belongs at &quot;50%&quot;, not &quot;25%&quot;</translation></message>
    <message><source>五项标准都已成立：请把它前进到“50%”，而不是留在“25%”</source><translation>All five criteria hold: move it on to &quot;50%&quot; instead of keeping it at &quot;25%&quot;</translation></message>
    <message><source>人脉圈</source><translation>Circle</translation></message>
    <message><source>今天</source><comment>日期</comment><translation>today</translation></message>
    <message><source>今天拨打</source><translation>Dials today</translation></message>
    <message><source>今天逐一追收款和承保；签约日期前确认不了收款的，退回 50%。</source><translation>Today, chase payment and cover one by one; move any whose payment cannot be confirmed by the signing date back to 50%.</translation></message>
    <message><source>介绍人</source><translation>Referrer</translation></message>
    <message><source>介绍人不存在</source><translation>The referrer does not exist</translation></message>
    <message><source>价值分级</source><translation>Value grade</translation></message>
    <message><source>价值分级只能是 A–E</source><translation>Value grade must be A–E</translation></message>
    <message><source>信用等级</source><translation>Credit grade</translation></message>
    <message><source>公司</source><translation>Company</translation></message>
    <message><source>内容太长（{count} 个字符，最多 {limit}）</source><translation>Too long ({count} characters, at most {limit})</translation></message>
    <message><source>再度访问</source><translation>Visit again</translation></message>
    <message><source>农历{year}年没有闰{month}</source><translation>Lunar {year} has no leap month {month}</translation></message>
    <message><source>农历{year}年超出可换算的范围</source><translation>Lunar year {year} is outside the range that can be converted</translation></message>
    <message><source>农历年份 {year} 超出范围（1900–2100）</source><translation>Lunar year {year} is out of range (1900–2100)</translation></message>
    <message><source>农历没有 {month} 月 {day} 日</source><translation>The lunar calendar has no month {month}, day {day}</translation></message>
    <message><source>农历生日</source><translation>Lunar birthday</translation></message>
    <message><source>农历生日不能晚于今天</source><translation>The lunar birthday cannot be later than today</translation></message>
    <message><source>农历生日应为农历日期</source><translation>The lunar birthday must be a lunar date</translation></message>
    <message><source>准客户</source><comment>客户五级分类</comment><translation>Qualified</translation></message>
    <message><source>分级界限“{part}”不是整数（应如 90,80,70,60）</source><translation>Grade limit &quot;{part}&quot; is not a whole number (e.g. 90,80,70,60)</translation></message>
    <message><source>分级界限应为 4 个整数百分位数（A、B、C、D），如 90,80,70,60</source><translation>Grade limits must be 4 whole percentiles (A, B, C, D), e.g. 90,80,70,60</translation></message>
    <message><source>分级界限应为 4 个百分位数，如 90,80,70,60</source><translation>Grade limits must be 4 percentiles, e.g. 90,80,70,60</translation></message>
    <message><source>分级界限应从 A 到 D 依次变小，如 90,80,70,60</source><translation>Grade limits must get smaller from A to D, e.g. 90,80,70,60</translation></message>
    <message><source>分级界限的每个百分位数应在 1–99 之间</source><translation>Each grade limit must be a percentile between 1 and 99</translation></message>
    <message><source>初次见面日期</source><translation>First meeting date</translation></message>
    <message><source>初次见面（{date}）尚未发生</source><translation>The first meeting ({date}) has not happened yet</translation></message>
    <message><source>删除符 DEL</source><translation>delete character (DEL)</translation></message>
    <message><source>制表符 Tab</source><translation>tab</translation></message>
    <message><source>区域</source><translation>Region</translation></message>
    <message><source>卡在90%</source><translation>Stuck at 90%</translation></message>
    <message><source>只能从“90%”进入“成交”</source><translation>Only a prospect at &quot;90%&quot; can move to &quot;Won&quot;</translation></message>
    <message><source>各项比例都达到或超过参考值：保持每天的拨打量，按周期推进潜在客户。</source><translation>Every ratio meets or beats its reference: keep up the daily calls and move prospects on within the cycle.</translation></message>
    <message><source>合适的人</source><translation>Right person</translation></message>
    <message><source>合适的时间</source><translation>Right time</translation></message>
    <message><source>周</source><comment>时段</comment><translation>Week</translation></message>
    <message><source>周</source><comment>计划周期</comment><translation>Week</translation></message>
    <message><source>周一</source><translation>Mon</translation></message>
    <message><source>周三</source><translation>Wed</translation></message>
    <message><source>周五</source><translation>Fri</translation></message>
    <message><source>响铃符 BEL</source><translation>bell character (BEL)</translation></message>
    <message><source>商谈成功</source><translation>Deal agreed</translation></message>
    <message><source>回车符</source><translation>carriage return</translation></message>
    <message><source>地址</source><translation>Address</translation></message>
    <message><source>城市</source><translation>City</translation></message>
    <message><source>备注</source><translation>Notes</translation></message>
    <message><source>女</source><translation>Female</translation></message>
    <message><source>姓名</source><translation>Name</translation></message>
    <message><source>姓名不能为空</source><translation>The name cannot be empty</translation></message>
    <message><source>婚姻状况</source><translation>Marital status</translation></message>
    <message><source>婚姻状况只能是 未婚、已婚、离异 或 丧偶</source><translation>Marital status must be Single, Married, Divorced or Widowed</translation></message>
    <message><source>季</source><comment>计划周期</comment><translation>Quarter</translation></message>
    <message><source>季度</source><translation>Quarter</translation></message>
    <message><source>客户五级分类</source><translation>Customer level</translation></message>
    <message><source>客户五级分类不正确</source><translation>The customer level is not valid</translation></message>
    <message><source>客户清楚下次见面的内容</source><translation>The customer knows what the next meeting is about</translation></message>
    <message><source>家庭地址</source><translation>Home address</translation></message>
    <message><source>已在“{stage}”阶段</source><translation>Already at &quot;{stage}&quot;</translation></message>
    <message><source>已婚</source><translation>Married</translation></message>
    <message><source>已成交的客户不能再修改标准、预算和签约日期</source><translation>A won prospect&apos;s criteria, budget and signing date cannot be changed</translation></message>
    <message><source>已签署投保单/合同</source><translation>Application/contract signed</translation></message>
    <message><source>已约定销售周期内的具体签约日期</source><translation>A signing date within the sales cycle is agreed</translation></message>
    <message><source>已讨论价格或价格范围</source><translation>The price or a price range has been discussed</translation></message>
    <message><source>已退出的客户不能修改；请先把它重新放回“销售机会”</source><translation>A lost prospect cannot be changed; first put it back into &quot;Opportunity&quot;</translation></message>
    <message><source>已退出的客户只能重新放回“销售机会”</source><translation>A lost prospect can only go back into &quot;Opportunity&quot;</translation></message>
    <message><source>年</source><comment>时段</comment><translation>Year</translation></message>
    <message><source>年</source><comment>计划周期</comment><translation>Year</translation></message>
    <message><source>年度目标 {goal} 件（{source}）：每周成交 {deals} 件、面谈 {meetings} 次、新约见 {books} 个、拨打 {dials} 通，每天拨打 {dials_day} 通。</source><translation>Yearly goal {goal} deals ({source}): each week {deals} deals, {meetings} meetings, {books} new bookings and {dials} calls; {dials_day} calls a day.</translation></message>
    <message><source>微信</source><translation>WeChat</translation></message>
    <message><source>忠诚客户</source><comment>客户五级分类</comment><translation>Loyal</translation></message>
    <message><source>性别</source><translation>Gender</translation></message>
    <message><source>性别只能是 男 或 女</source><translation>Gender must be Male or Female</translation></message>
    <message><source>成交</source><translation>Won</translation></message>
    <message><source>成交件数</source><translation>Deals</translation></message>
    <message><source>成交客户</source><comment>客户五级分类</comment><translation>Customer</translation></message>
    <message><source>成交（活动）</source><translation>Deals (activity)</translation></message>
    <message><source>手动设置</source><translation>set by hand</translation></message>
    <message><source>手机</source><translation>Mobile</translation></message>
    <message><source>手机号码“{value}”格式不正确（应为 11 位，如 13812345678）</source><translation>Mobile number &quot;{value}&quot; is not valid (11 digits, e.g. 13812345678)</translation></message>
    <message><source>打开的文件太多</source><translation>too many open files</translation></message>
    <message><source>承保标保</source><translation>Standard premium underwritten</translation></message>
    <message><source>把每天的拨打数加倍，先做到每天 15 通：量是一切比例的起点</source><translation>double your daily calls, up to 15 a day first: volume is where every ratio starts</translation></message>
    <message><source>把这些客户送回销售机会（看板上的“送回销售机会”一次完成），把时间留给周期内的客户。</source><translation>Send these prospects back to Opportunity (&quot;Send back to Opportunity&quot; on the board does it in one go) and spend your time on those within the cycle.</translation></message>
    <message><source>拜访</source><translation>Visit</translation></message>
    <message><source>拨打</source><translation>Dials</translation></message>
    <message><source>按参考比例 20:5:1、15-7-1、每周 8 次面谈 8:1</source><translation>from the reference ratios 20:5:1, 15-7-1, 8 meetings a week, 8:1</translation></message>
    <message><source>按您最近一年的实际比例</source><translation>from your ratios over the last year</translation></message>
    <message><source>按最近 {count} 笔成交计算</source><translation>from the last {count} deals</translation></message>
    <message><source>换行符</source><translation>line break</translation></message>
    <message><source>接通</source><translation>Reached</translation></message>
    <message><source>接通后约不到见面：练习电话约访话术，电话里只约见面、不谈产品，给出两个时间让客户选</source><translation>calls reached but no meetings booked: practise your booking call, only ask for a meeting (no product talk), and offer two times to choose from</translation></message>
    <message><source>接通率</source><translation>Reach rate</translation></message>
    <message><source>接通率偏低：换个时段拨打（午饭前、傍晚），先用短信或微信打招呼，名单要先筛选</source><translation>few calls get through: call at other times (before lunch, early evening), say hello first by SMS or WeChat, and screen your list</translation></message>
    <message><source>推荐的计划符合客户需要</source><translation>The recommended plan fits the customer&apos;s needs</translation></message>
    <message><source>提高拨打量：今天打 15 个电话（15-7-1），先从这 {count} 位销售机会开始，约定初次见面。</source><translation>Make more calls: 15 calls today (15-7-1), starting with these {count} in Opportunity, to book first meetings.</translation></message>
    <message><source>提高拨打量：先收集 20 个新名单（20:5:1），每天打 15 个电话，约 1 次初次见面。</source><translation>Make more calls: first collect 20 new names (20:5:1), then 15 calls a day to book 1 first meeting.</translation></message>
    <message><source>文件名太长</source><translation>the file name is too long</translation></message>
    <message><source>文件名或参数无效</source><translation>invalid file name or argument</translation></message>
    <message><source>文件已存在</source><translation>the file already exists</translation></message>
    <message><source>文件或文件夹不存在</source><translation>no such file or folder</translation></message>
    <message><source>文件正被占用</source><translation>the file is in use</translation></message>
    <message><source>断层</source><translation>Dry top</translation></message>
    <message><source>新名单</source><translation>New names</translation></message>
    <message><source>新名单→潜在客户</source><translation>New names → prospects</translation></message>
    <message><source>新名单转成潜在客户太少：提高名单质量，多要转介绍，初次面谈要问出需要</source><translation>too few new names become prospects: improve your list, ask for more referrals, and find the need at the first meeting</translation></message>
    <message><source>无希望</source><translation>No chance</translation></message>
    <message><source>日</source><comment>时段</comment><translation>Day</translation></message>
    <message><source>日</source><comment>计划周期</comment><translation>Day</translation></message>
    <message><source>日期</source><translation>Date</translation></message>
    <message><source>日期超出可换算的范围</source><translation>The date is outside the range that can be converted</translation></message>
    <message><source>明天早上</source><translation>Tomorrow morning</translation></message>
    <message><source>月</source><comment>时段</comment><translation>Month</translation></message>
    <message><source>月</source><comment>计划周期</comment><translation>Month</translation></message>
    <message><source>有希望</source><translation>Promising</translation></message>
    <message><source>有进一步发展</source><translation>Clear next step</translation></message>
    <message><source>未婚</source><translation>Single</translation></message>
    <message><source>未知的阶段“{text}”，可用：{names}（或中文名称，如 销售机会、25%、成交、退出）</source><translation>Unknown stage &quot;{text}&quot;; use one of: {names} (or a name such as Opportunity, First meeting booked, 25%, Won, Lost)</translation></message>
    <message><source>本周拨打</source><translation>Dials this week</translation></message>
    <message><source>标签</source><translation>Tags</translation></message>
    <message><source>正在与决策人商谈</source><translation>Talking with the decision maker</translation></message>
    <message><source>正好跟上计划</source><translation>right on plan</translation></message>
    <message><source>段分隔符</source><translation>paragraph separator</translation></message>
    <message><source>每周面谈</source><translation>Meetings a week</translation></message>
    <message><source>每日拨打</source><translation>Dials a day</translation></message>
    <message><source>没有权限</source><translation>permission denied</translation></message>
    <message><source>潜在客户</source><comment>客户五级分类</comment><translation>Potential</translation></message>
    <message><source>潜在客户→成交</source><translation>Prospects → deals</translation></message>
    <message><source>潜在客户成交太少：遵循周期，超期的退回销售机会，把时间花在 50% 和 90% 上</source><translation>too few prospects close: follow the cycle, send those past it back to Opportunity, and spend your time on 50% and 90%</translation></message>
    <message><source>潜在客户进入“{stage}”</source><translation>A prospect reached &quot;{stage}&quot;</translation></message>
    <message><source>潜在客户（达25%）</source><translation>Prospects (reached 25%)</translation></message>
    <message><source>生日</source><translation>Birthday</translation></message>
    <message><source>生日只能填一个：公历或农历</source><translation>Fill in one birthday only: solar or lunar</translation></message>
    <message><source>电话</source><translation>Phone</translation></message>
    <message><source>电话号码“{value}”格式不正确（如 010-12345678）</source><translation>Phone number &quot;{value}&quot; is not valid (e.g. 010-12345678)</translation></message>
    <message><source>男</source><translation>Male</translation></message>
    <message><source>目标客户</source><comment>客户五级分类</comment><translation>Target</translation></message>
    <message><source>看板上 {total} 位有初次见面日期的客户中，{count} 位已超出 {days} 天的销售周期（超过 {num}/{den}）。</source><translation>Of the {total} prospects on the board with a first meeting date, {count} are past the {days}-day sales cycle (more than {num}/{den}).</translation></message>
    <message><source>短信</source><translation>SMS</translation></message>
    <message><source>磁盘为只读</source><translation>the disk is read-only</translation></message>
    <message><source>磁盘空间不足</source><translation>the disk is full</translation></message>
    <message><source>磁盘配额已满</source><translation>the disk quota is used up</translation></message>
    <message><source>离参考值最远的是{ratio}（只有参考值的 {percent}%）：{advice}。</source><translation>Furthest from its reference: {ratio} (only {percent}% of it): {advice}.</translation></message>
    <message><source>离异</source><translation>Divorced</translation></message>
    <message><source>空字符 NUL</source><translation>null character (NUL)</translation></message>
    <message><source>第 {count} 次成交</source><translation>Deal number {count}</translation></message>
    <message><source>第一印象</source><translation>First impression</translation></message>
    <message><source>签约日期</source><translation>Signing date</translation></message>
    <message><source>籍贯</source><translation>Native place</translation></message>
    <message><source>系统错误</source><translation>system error</translation></message>
    <message><source>系统错误（错误码 {code}）</source><translation>system error (code {code})</translation></message>
    <message><source>紧急不重要</source><translation>Urgent, not important</translation></message>
    <message><source>约定初次见面</source><translation>First meeting booked</translation></message>
    <message><source>约定初次见面和 25% 一共只有 {top} 位（至少需要 {least} 位）：新接触的客户不够，几周后就会没有成交。</source><translation>Only {top} at First meeting booked and 25% (at least {least} needed): too few new contacts, so in a few weeks there will be no deals.</translation></message>
    <message><source>约定初次见面和 25% 共 {top} 位，少于 50% 和 90% 的 {deeper} 位：漏斗上窄下宽，后续没有新客户补充。</source><translation>{top} at First meeting booked and 25%, fewer than the {deeper} at 50% and 90%: the funnel is narrow at the top, no new prospects are coming in.</translation></message>
    <message><source>约见</source><translation>Booked</translation></message>
    <message><source>约见率</source><translation>Booking rate</translation></message>
    <message><source>结婚纪念日</source><translation>Wedding anniversary</translation></message>
    <message><source>继续观察</source><translation>Keep watching</translation></message>
    <message><source>网址</source><translation>Website</translation></message>
    <message><source>职务</source><translation>Job title</translation></message>
    <message><source>自定义</source><comment>时段</comment><translation>Custom</translation></message>
    <message><source>自定义时段的结束日期应不早于开始日期</source><translation>A custom period cannot end before it starts</translation></message>
    <message><source>落后 {count}</source><translation>{count} behind</translation></message>
    <message><source>行业</source><translation>Industry</translation></message>
    <message><source>行分隔符</source><translation>line separator</translation></message>
    <message><source>计划书待定式</source><translation>Proposals pending</translation></message>
    <message><source>计划符合需要</source><translation>Plan fits</translation></message>
    <message><source>认识时间</source><translation>Met on</translation></message>
    <message><source>认识来源</source><translation>Source</translation></message>
    <message><source>设备不存在</source><translation>no such device</translation></message>
    <message><source>读写磁盘出错</source><translation>disk read/write error</translation></message>
    <message><source>路径中有一段不是文件夹</source><translation>part of the path is not a folder</translation></message>
    <message><source>路径中的链接太多（可能循环）</source><translation>too many links in the path (a loop?)</translation></message>
    <message><source>身份证</source><translation>ID number</translation></message>
    <message><source>身份证号码中的出生日期 {date} 不合理</source><translation>The birth date {date} in the ID number is not plausible</translation></message>
    <message><source>身份证号码中的出生日期 {date} 不是有效日期</source><translation>The birth date {date} in the ID number is not a valid date</translation></message>
    <message><source>身份证号码前 17 位应为数字</source><translation>The first 17 characters of the ID number must be digits</translation></message>
    <message><source>身份证号码应为 18 位（现在是 {count} 位）</source><translation>The ID number must have 18 characters (it has {count})</translation></message>
    <message><source>身份证号码最后一位应为数字或 X</source><translation>The last character of the ID number must be a digit or X</translation></message>
    <message><source>身份证号码校验位不对，请核对后重新输入</source><translation>The ID number&apos;s check digit is wrong; check it and type it again</translation></message>
    <message><source>过期</source><translation>Overdue</translation></message>
    <message><source>这是一个文件夹</source><translation>it is a folder</translation></message>
    <message><source>这段时间还没有记录：每次拨打、接通、约见、面谈、成交都点一下，比例才算得出来。</source><translation>Nothing recorded in this period yet: tap each call, reach, booking, meeting and deal, and the ratios can be worked out.</translation></message>
    <message><source>退出</source><translation>Lost</translation></message>
    <message><source>退出需要填写原因</source><translation>Give a reason to mark it lost</translation></message>
    <message><source>退回“25%”须说明哪些标准已不再成立（25% 的客户不能五项标准全部成立）</source><translation>Moving back to &quot;25%&quot; needs the criteria that no longer hold (a 25% prospect cannot meet all five)</translation></message>
    <message><source>退回“{stage}”需要填写原因</source><translation>Give a reason to move back to &quot;{stage}&quot;</translation></message>
    <message><source>退格符 BS</source><translation>backspace (BS)</translation></message>
    <message><source>逐一复核这些 50% 的客户：计划不符合需要的退回 25% 重做计划书，超出周期的送回销售机会，其余的约定签约日期。</source><translation>Review these 50% prospects one by one: move those whose plan does not fit back to 25% for a new proposal, send those past the cycle back to Opportunity, and set a signing date for the rest.</translation></message>
    <message><source>那年没有闰月</source><translation>that year has no leap month</translation></message>
    <message><source>那年闰{month}</source><translation>that year&apos;s leap month is month {month}</translation></message>
    <message><source>邮件</source><translation>Email</translation></message>
    <message><source>邮箱</source><translation>Email</translation></message>
    <message><source>邮箱“{value}”格式不正确（如 name@example.com）</source><translation>Email &quot;{value}&quot; is not valid (e.g. name@example.com)</translation></message>
    <message><source>重新放回销售机会需要填写原因</source><translation>Give a reason to put it back into Opportunity</translation></message>
    <message><source>重要不紧急</source><translation>Important, not urgent</translation></message>
    <message><source>重要紧急</source><translation>Important &amp; urgent</translation></message>
    <message><source>金额“{text}”不是有效数字</source><translation>Amount &quot;{text}&quot; is not a valid number</translation></message>
    <message><source>金额不能为负数：{text}</source><translation>The amount cannot be negative: {text}</translation></message>
    <message><source>金额过大：{text}</source><translation>The amount is too large: {text}</translation></message>
    <message><source>销售机会</source><translation>Opportunity</translation></message>
    <message><source>面谈</source><translation>Meeting</translation></message>
    <message><source>面谈</source><comment>次数</comment><translation>Meetings</translation></message>
    <message><source>面谈→成交</source><translation>Meetings → deals</translation></message>
    <message><source>面谈太少：每周安排 8 次面谈（5 个新约见 + 3 个跟进），把约见排进日程</source><translation>too few meetings: plan 8 meetings a week (5 new bookings + 3 follow-ups) and put them in your agenda</translation></message>
    <message><source>面谈成交比低于 8:1：坚持标准，五项条件齐备再递建议书；复盘失败原因，练习促成</source><translation>fewer than 1 deal per 8 meetings: stick to the criteria, only hand over a proposal once all five hold; review why deals failed and practise closing</translation></message>
    <message><source>预收保费</source><translation>Premium received</translation></message>
    <message><source>预收到帐（已收款金额）</source><translation>Payment received (amount paid)</translation></message>
    <message><source>预算</source><translation>Budget</translation></message>
    <message><source>预算合理</source><translation>Budget fits</translation></message>
    <message><source>预算金额</source><translation>Budget amount</translation></message>
    <message><source>领先 {count}</source><translation>{count} ahead</translation></message>
    <message><source>首次成交</source><translation>First deal</translation></message>
    <message><source>默认值</source><translation>default</translation></message>
    <message><source>（未填写原因）</source><translation>(no reason given)</translation></message>
    <message><source>（超长数字）</source><translation>(number too long)</translation></message>
    <message><source>，</source><translation>, </translation></message>
    <message><source>；</source><translation>; </translation></message>
</context>
</TS>
