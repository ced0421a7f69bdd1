<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ui_board</name>
    <message><source> 等 {n} 位</source><translation> and {n} more</translation></message>
    <message><source>25% 的客户不能五项标准全部成立：请取消已不再成立的标准，或把它前进到“50%”</source><translation>A 25% prospect cannot meet all five criteria: untick the ones that no longer hold, or move it on to “50%”</translation></message>
    <message><source>50% 的五项标准（勾选 = 成立）</source><translation>The five criteria of 50% (ticked = met)</translation></message>
    <message><source>90% 过签约日</source><translation>90% past signing date</translation></message>
    <message><source>90% 过签约日（{n}）</source><translation>90% past signing date ({n})</translation></message>
    <message><source>&lt;b&gt;✓ {title}&lt;/b&gt;：{text}</source><translation>&lt;b&gt;✓ {title}&lt;/b&gt;: {text}</translation></message>
    <message><source>{age} 天 / 销售周期 {cycle} 天（{state}）</source><translation>{age} days / sales cycle {cycle} days ({state})</translation></message>
    <message><source>{label}应大于 0</source><translation>{label} must be more than 0</translation></message>
    <message><source>{label}：{amount}</source><translation>{label}: {amount}</translation></message>
    <message><source>{names} 退回“{stage}”的原因（记入历史）：</source><translation>Why {names} go back to “{stage}” (kept in the history):</translation></message>
    <message><source>{name} · {stage} · {age} 天</source><translation>{name} · {stage} · {age} days</translation></message>
    <message><source>{name} · 签约日 {day}</source><translation>{name} · signing date {day}</translation></message>
    <message><source>{name} 移到“{stage}”</source><translation>{name} moved to “{stage}”</translation></message>
    <message><source>{name} 退回“{stage}”</source><translation>{name} moved back to “{stage}”</translation></message>
    <message><source>{name}　{plan}　{stage}</source><translation>{name}  {plan}  {stage}</translation></message>
    <message><source>{name}（{plan}）</source><translation>{name} ({plan})</translation></message>
    <message><source>{n}天</source><translation>{n} d</translation></message>
    <message><source>{reason}：{note}</source><translation>{reason}: {note}</translation></message>
    <message><source>{since} 起，{n} 天</source><translation>since {since}, {n} days</translation></message>
    <message><source>{stage} 列</source><translation>{stage} column</translation></message>
    <message><source>{stage}的客户只能查看，不能修改标准和签约信息（备注仍可保存）</source><translation>A {stage} prospect is view only: its criteria and signing details cannot change (notes can still be saved)</translation></message>
    <message><source>{title}　{finding}</source><translation>{title}  {finding}</translation></message>
    <message><source>“{stage}”的客户不能五项标准全部成立。请取消勾选已经不再成立的标准（至少一项），并写明退回的原因，两者都记入历史：</source><translation>A prospect in “{stage}” cannot meet all five criteria. Untick the criteria that no longer hold (at least one) and write why it goes back; both are kept in the history:</translation></message>
    <message><source>→ 下一步未填写</source><translation>→ no next step yet</translation></message>
    <message><source>⚠ 签约日 {md} 已过，未确认收款</source><translation>⚠ Due {md}, not paid</translation></message>
    <message><source>　承保标保 {m}</source><translation>  standard premium {m}</translation></message>
    <message><source>　预收保费 {m}</source><translation>  premium received {m}</translation></message>
    <message><source>【更正】</source><translation>[Correction] </translation></message>
    <message><source>下一步：</source><translation>Next step: </translation></message>
    <message><source>下一步：{text}</source><translation>Next step: {text}</translation></message>
    <message><source>下次可以做得更好的地方、值得保持的做法</source><translation>What to do better next time, what to keep doing</translation></message>
    <message><source>下次见面谈什么</source><translation>What to talk about at the next meeting</translation></message>
    <message><source>不再成立的标准要在退回 25% 时说明（写明原因，记入历史）</source><translation>A criterion that no longer holds is explained when moving back to 25% (write why; kept in the history)</translation></message>
    <message><source>不成立（未勾选，或缺少所需的金额、日期、下一步）</source><translation>Not met (unticked, or the amount, date or next step it needs is missing)</translation></message>
    <message><source>不能撤销</source><translation>Cannot undo</translation></message>
    <message><source>不能移动</source><translation>Cannot move</translation></message>
    <message><source>不能退回</source><translation>Cannot move back</translation></message>
    <message><source>临近周期</source><translation>near the cycle</translation></message>
    <message><source>临近周期（≥75%）</source><translation>Near the cycle (≥75%)</translation></message>
    <message><source>交易总结</source><translation>Deal summary</translation></message>
    <message><source>交易总结…</source><translation>Deal summary…</translation></message>
    <message><source>今天见面</source><translation>Today</translation></message>
    <message><source>仍然成立的标准：</source><translation>Criteria still met:</translation></message>
    <message><source>从</source><translation>From</translation></message>
    <message><source>以下 {n} 位客户已超出 {days} 天的销售周期。按照方法把他们送回销售机会，把时间留给周期内的客户（可取消勾选）：</source><translation>These {n} prospects are past the {days}-day sales cycle. As the method says, send them back to Opportunity and keep your time for prospects within the cycle (untick to keep one):</translation></message>
    <message><source>保存</source><translation>Save</translation></message>
    <message><source>保存修改</source><translation>Save changes</translation></message>
    <message><source>修改 {name} 的标准和签约信息</source><translation>Change the criteria and signing details of {name}</translation></message>
    <message><source>修改…</source><translation>Change…</translation></message>
    <message><source>全部成交</source><translation>All won</translation></message>
    <message><source>全部时间</source><translation>Any age</translation></message>
    <message><source>全部标签</source><translation>All tags</translation></message>
    <message><source>公司已收到的金额（元）</source><translation>Amount the company has received (CNY)</translation></message>
    <message><source>公司：</source><translation>Company:</translation></message>
    <message><source>关闭</source><translation>Close</translation></message>
    <message><source>初次见面：</source><translation>First meeting:</translation></message>
    <message><source>初次见面：{date}</source><translation>First meeting: {date}</translation></message>
    <message><source>初见 {md}</source><translation>met {md}</translation></message>
    <message><source>到</source><translation>To</translation></message>
    <message><source>刷新看板</source><translation>Refresh the board</translation></message>
    <message><source>前进一个阶段</source><translation>Move forward one stage</translation></message>
    <message><source>前进到“{s}”</source><translation>Move forward to “{s}”</translation></message>
    <message><source>原因 / 金额</source><translation>Reason / amount</translation></message>
    <message><source>原因：</source><translation>Reason:</translation></message>
    <message><source>取消</source><translation>Cancel</translation></message>
    <message><source>只读</source><translation>Read only</translation></message>
    <message><source>周期内</source><translation>within the cycle</translation></message>
    <message><source>失败原因</source><translation>Why it was lost</translation></message>
    <message><source>如 没有找到决策人、预算不足</source><translation>e.g. never reached the decision maker, budget too small</translation></message>
    <message><source>如 需求分析到位、老客户转介绍</source><translation>e.g. needs well understood, referral from a customer</translation></message>
    <message><source>实际见面日期</source><translation>Date actually met</translation></message>
    <message><source>已 {age} 天（本阶段 {days} 天）</source><translation>{age} days so far ({days} days in this stage)</translation></message>
    <message><source>已保存</source><translation>Saved</translation></message>
    <message><source>已等 {n} 天</source><translation>waited {n} d</translation></message>
    <message><source>已签单 {s}　预收保费 {p}　承保标保 {w}</source><translation>signed {s}  premium received {p}  standard premium {w}</translation></message>
    <message><source>已约定</source><translation>Booked</translation></message>
    <message><source>已经：</source><translation>So far:</translation></message>
    <message><source>已超出周期</source><translation>Past the cycle</translation></message>
    <message><source>录入 {md}</source><translation>added {md}</translation></message>
    <message><source>录入：</source><translation>Entered:</translation></message>
    <message><source>形态健康</source><translation>Healthy shape</translation></message>
    <message><source>待见面</source><translation>To meet</translation></message>
    <message><source>成交列显示哪段时间的成交</source><translation>Which period the Won column shows</translation></message>
    <message><source>成功原因</source><translation>Why it was won</translation></message>
    <message><source>成立</source><translation>Met</translation></message>
    <message><source>我的销售周期：&lt;b&gt;{days}&lt;/b&gt; 天（{how}）</source><translation>My sales cycle: &lt;b&gt;{days}&lt;/b&gt; days ({how})</translation></message>
    <message><source>手动设置销售周期天数（填 0 按最近 20 笔成交自动计算，现在是 {days} 天）：</source><translation>Sales cycle in days (0 computes it from the last 20 deals; now {days} days):</translation></message>
    <message><source>手动设置销售周期（0 = 按最近的成交自动计算）</source><translation>Set the sales cycle by hand (0 = computed from recent deals)</translation></message>
    <message><source>打开客户名片</source><translation>Open customer card</translation></message>
    <message><source>打开选中卡片的详情</source><translation>Open the selected card&apos;s details</translation></message>
    <message><source>承保 {money}</source><translation>premium {money}</translation></message>
    <message><source>承保标保</source><comment>board column</comment><translation>Premium</translation></message>
    <message><source>承保标保（元）</source><translation>Standard premium (CNY)</translation></message>
    <message><source>把 {names} 标记为退出。它会离开看板，但仍保留在历史和统计中。</source><translation>Mark {names} as lost. It leaves the board but stays in the history and the stats.</translation></message>
    <message><source>撤销</source><translation>Undo</translation></message>
    <message><source>撤销上一次移动</source><translation>Undo last move</translation></message>
    <message><source>撤销：{what}</source><translation>Undo: {what}</translation></message>
    <message><source>放弃未保存的修改</source><translation>Discard unsaved changes</translation></message>
    <message><source>时间</source><translation>Time</translation></message>
    <message><source>本周成交</source><translation>Won this week</translation></message>
    <message><source>本月成交</source><translation>Won this month</translation></message>
    <message><source>本阶段 {n} 天</source><translation>{n} d in stage</translation></message>
    <message><source>本阶段 ≥ 30 天</source><translation>In stage ≥ 30 days</translation></message>
    <message><source>本阶段 ≥ 7 天</source><translation>In stage ≥ 7 days</translation></message>
    <message><source>本阶段：</source><translation>This stage:</translation></message>
    <message><source>标准、预算、签约日期或下一步的修改还没有保存。</source><translation>Changes to the criteria, budget, signing date or next step are not saved yet.</translation></message>
    <message><source>标签：</source><translation>Tags:</translation></message>
    <message><source>标签：{tags}</source><translation>Tags: {tags}</translation></message>
    <message><source>标记为退出</source><translation>Mark as lost</translation></message>
    <message><source>标记为退出（放弃）</source><translation>Mark as lost (give up)</translation></message>
    <message><source>标记为退出（放弃）…</source><translation>Mark as lost (give up)…</translation></message>
    <message><source>每行一条原因：</source><translation>One reason a line:</translation></message>
    <message><source>没有超出销售周期的客户。</source><translation>No prospect is past the sales cycle.</translation></message>
    <message><source>漏斗逐级收窄，日期都在销售周期内。保持每天的拨打量。</source><translation>The funnel narrows stage by stage and dates are within the sales cycle. Keep up the daily calls.</translation></message>
    <message><source>潜在客户 — {name}</source><translation>Prospect — {name}</translation></message>
    <message><source>相关：</source><translation>Who: </translation></message>
    <message><source>看板形态诊断</source><translation>Board shape check</translation></message>
    <message><source>移到</source><translation>Move to</translation></message>
    <message><source>移到“{stage}”</source><translation>Move to “{stage}”</translation></message>
    <message><source>移到“{stage}”— {name}</source><translation>Move to “{stage}” — {name}</translation></message>
    <message><source>移到相邻的一列（卡片不动）</source><translation>Go to the next column (the card stays)</translation></message>
    <message><source>等 {n} 位</source><translation>and {n} more</translation></message>
    <message><source>筛选</source><translation>Filter</translation></message>
    <message><source>筛选：姓名、拼音首字母、计划、标签</source><translation>Filter: name, pinyin initials, plan, tag</translation></message>
    <message><source>签约日期已过仍未确认收款，退回50%</source><translation>Signing date passed without payment confirmed, back to 50%</translation></message>
    <message><source>签约日期已过仍未确认收款：退回 50%</source><translation>Signing date passed without payment confirmed: back to 50%</translation></message>
    <message><source>签约日期须在 {date} 之前（初次见面后 {days} 天内）。已超出销售周期的客户，按方法应送回销售机会。</source><translation>The signing date must be before {date} (within {days} days of the first meeting). A prospect past the sales cycle goes back to Opportunity, as the method says.</translation></message>
    <message><source>签约日期：</source><translation>Signing date:</translation></message>
    <message><source>签约日期：{date}</source><translation>Signing date: {date}</translation></message>
    <message><source>经验总结：</source><translation>Lessons:</translation></message>
    <message><source>编辑列表…</source><translation>Edit list…</translation></message>
    <message><source>补充说明（可选；选“其他”时必填）</source><translation>More detail (optional; required for “Other”)</translation></message>
    <message><source>详情…</source><translation>Details…</translation></message>
    <message><source>说明：</source><translation>Note:</translation></message>
    <message><source>请写明退出的原因</source><translation>Write why it is lost</translation></message>
    <message><source>请填写：</source><translation>Please fill in:</translation></message>
    <message><source>超出销售周期的客户送回销售机会（先确认名单）</source><translation>Send prospects past the sales cycle back to Opportunity (you confirm the list first)</translation></message>
    <message><source>近三个月</source><translation>Last three months</translation></message>
    <message><source>还原</source><translation>Revert</translation></message>
    <message><source>还缺少：{items}</source><translation>Still missing: {items}</translation></message>
    <message><source>还需写明退回的原因</source><translation>Still needed: why it goes back</translation></message>
    <message><source>还需取消至少一项已不再成立的标准</source><translation>Still needed: untick at least one criterion that no longer holds</translation></message>
    <message><source>这些 90% 的客户已过约定的签约日期，仍未确认收款。按照方法退回 50%（已经收款的，请改为移到成交）：</source><translation>These 90% prospects are past the agreed signing date and payment is not confirmed. As the method says, move them back to 50% (if paid, move them to Won instead):</translation></message>
    <message><source>这笔交易已{how}。记下原因和经验（可跳过，以后在潜在客户详情里补写）：</source><translation>This deal ended: {how}. Note why and what you learned (you can skip this and add it later in the prospect&apos;s details):</translation></message>
    <message><source>进入“{stage}”还缺少下面的条件。请如实勾选并填写，完成后即可移动：</source><translation>To enter “{stage}” these conditions are still missing. Tick and fill them in truthfully, then the move can go ahead:</translation></message>
    <message><source>退出原因：</source><translation>Lost reason:</translation></message>
    <message><source>退回</source><translation>Move back</translation></message>
    <message><source>退回 50%</source><translation>Back to 50%</translation></message>
    <message><source>退回 50%（{n} 位）</source><translation>Back to 50% ({n})</translation></message>
    <message><source>退回 50%（签约日已过未收款）</source><translation>Back to 50% (signing date passed, not paid)</translation></message>
    <message><source>退回“25%”…</source><translation>Back to “25%”…</translation></message>
    <message><source>退回“{stage}”</source><translation>Back to “{stage}”</translation></message>
    <message><source>退回“{stage}”— {name}</source><translation>Back to “{stage}” — {name}</translation></message>
    <message><source>退回一个阶段</source><translation>Move back one stage</translation></message>
    <message><source>退回到“{s}”</source><translation>Move back to “{s}”</translation></message>
    <message><source>退回的原因（必填），如：客户要和家人再商量</source><translation>Why (required), e.g. wants to ask the family first</translation></message>
    <message><source>退回需要填写原因，没有做任何更改。</source><translation>Moving back needs a reason; nothing was changed.</translation></message>
    <message><source>送回 {n} 位</source><translation>Send back {n}</translation></message>
    <message><source>送回销售机会</source><translation>Send back to Opportunity</translation></message>
    <message><source>送回销售机会…</source><translation>Send back to Opportunity…</translation></message>
    <message><source>送回销售机会（{n} 位）</source><translation>Send back to Opportunity ({n})</translation></message>
    <message><source>送回销售机会（{n}）</source><translation>Send back to Opportunity ({n})</translation></message>
    <message><source>金额：</source><translation>Amounts:</translation></message>
    <message><source>销售周期</source><translation>Sales cycle</translation></message>
    <message><source>销售周期内：{date} 之前</source><translation>Within the sales cycle: before {date}</translation></message>
    <message><source>阶段历史</source><translation>Stage history</translation></message>
    <message><source>预收保费</source><comment>board column</comment><translation>Received</translation></message>
    <message><source>预收保费金额</source><translation>Premium received</translation></message>
    <message><source>预收到帐，金额：</source><translation>Premium received, amount:</translation></message>
    <message><source>预算</source><comment>board column</comment><translation>Budget</translation></message>
    <message><source>预算金额（元），如 1500</source><translation>Budget (CNY), e.g. 1500</translation></message>
    <message><source>预算金额（元），如 1500；空 = 未谈</source><translation>Budget (CNY), e.g. 1500; empty = not discussed</translation></message>
    <message><source>预算：</source><translation>Budget:</translation></message>
    <message><source>（已超出周期）</source><translation> (past the cycle)</translation></message>
    <message><source>（新建）</source><translation>(new)</translation></message>
    <message><source>（未填写）</source><translation>(not filled in)</translation></message>
</context>
</TS>
