<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ui_card</name>
    <message><source>&#10;{name}（编号 {id}，{why}）</source><translation>&#10;{name} (no. {id}, {why})</translation></message>
    <message><source>&#10;等 {n} 位</source><translation>&#10;and {n} more</translation></message>
    <message><source> · 另 {n} 人</source><translation> · {n} more</translation></message>
    <message><source> 层</source><translation> levels</translation></message>
    <message><source> 年</source><translation> </translation></message>
    <message><source>18 位，末位可以是 X</source><translation>18 characters; the last may be X</translation></message>
    <message><source>TA 介绍了 {n} 位客户，成交 {d} 单，承保标保 {p}</source><translation>Referred {n} customers: {d} deals, standard premium {p}</translation></message>
    <message><source>TA 介绍的客户：</source><translation>Referred: </translation></message>
    <message><source>{at} {before} → {after}（{how}）</source><translation>{at} {before} → {after} ({how})</translation></message>
    <message><source>{date}（{when}）</source><translation>{date} ({when})</translation></message>
    <message><source>{label}“{text}”不是有效日期，请按 YYYY-MM-DD 填写</source><translation>{label} “{text}” is not a date: write it as YYYY-MM-DD</translation></message>
    <message><source>{label}　{date}（{when}）</source><translation>{label}  {date} ({when})</translation></message>
    <message><source>“{name}”的名片有未保存的修改。要保存吗？</source><translation>The card of “{name}” has unsaved changes. Save them?</translation></message>
    <message><source>下次 {when}（{lunar}）</source><translation>next {when} ({lunar})</translation></message>
    <message><source>主题：</source><translation>Subject: </translation></message>
    <message><source>交流纪要，按回车记下（更多字段用“详细记录…”）</source><translation>Contact notes, Enter to record (more fields: Full record…)</translation></message>
    <message><source>交流纪要：</source><translation>Notes: </translation></message>
    <message><source>人脉关系</source><translation>Referrals</translation></message>
    <message><source>介绍 {n} 人 · 成交 {d} 单</source><translation>referred {n} · {d} deals</translation></message>
    <message><source>仍然保存</source><translation>Save anyway</translation></message>
    <message><source>价值分级 A–E：可手动选择，或由 客户 → 重新计算价值分级 按保费计算</source><translation>Value grade A–E: choose it by hand, or compute it from premiums with Customers → Recompute value grades</translation></message>
    <message><source>保存客户</source><translation>Save customer</translation></message>
    <message><source>保存客户后可查看人脉关系</source><translation>Save the customer to see their referrals</translation></message>
    <message><source>保存客户后可记下孩子生日、公司成立日等其他日期</source><translation>Save the customer to note other dates (a child&apos;s birthday, a company&apos;s founding day…)</translation></message>
    <message><source>保存客户（{key}）</source><translation>Save customer ({key})</translation></message>
    <message><source>修改选中的日期</source><translation>Edit the selected date</translation></message>
    <message><source>先保存客户，再记交流</source><translation>Save the customer first, then record contacts</translation></message>
    <message><source>公历</source><translation>Solar</translation></message>
    <message><source>兴趣</source><translation>Interest</translation></message>
    <message><source>其他日期</source><translation>Other dates</translation></message>
    <message><source>农历</source><translation>Lunar</translation></message>
    <message><source>出生的农历年份；不知道可留“年份不详”</source><translation>Lunar year of birth; leave “Year unknown” if you do not know it</translation></message>
    <message><source>分类与分级</source><translation>Classification</translation></message>
    <message><source>删除</source><translation>Delete</translation></message>
    <message><source>删除 {at} 的交流记录“{what}”吗？&#10;删除后可以撤销（Ctrl+Z）。</source><translation>Delete the contact record “{what}” of {at}?&#10;You can undo it (Ctrl+Z).</translation></message>
    <message><source>删除“{text}”吗？</source><translation>Delete “{text}”?</translation></message>
    <message><source>删除交流记录</source><translation>Delete contact record</translation></message>
    <message><source>删除日期</source><translation>Delete date</translation></message>
    <message><source>删除选中的日期</source><translation>Delete the selected date</translation></message>
    <message><source>双击修改</source><translation>Double-click to edit</translation></message>
    <message><source>可能重复的客户</source><translation>Possible duplicate</translation></message>
    <message><source>合并…</source><translation>Merge…</translation></message>
    <message><source>同学</source><translation>Classmate</translation></message>
    <message><source>名片</source><translation>Card</translation></message>
    <message><source>名片已在别处修改</source><translation>Card changed elsewhere</translation></message>
    <message><source>名称，如 孩子生日</source><translation>Name, e.g. Child&apos;s birthday</translation></message>
    <message><source>向下 </source><translation>Down </translation></message>
    <message><source>基本信息</source><translation>Basic details</translation></message>
    <message><source>多个标签用空格或逗号分开</source><translation>Separate tags with spaces or commas</translation></message>
    <message><source>如 010-12345678</source><translation>e.g. 010-12345678</translation></message>
    <message><source>如 13812345678</source><translation>e.g. 13812345678</translation></message>
    <message><source>如 3-18、闰4-8、八月十五</source><translation>e.g. 3-18, leap 4-8, 8-15</translation></message>
    <message><source>如 name@example.com</source><translation>e.g. name@example.com</translation></message>
    <message><source>如 了解需求、送计划书</source><translation>e.g. learn the needs, bring the proposal</translation></message>
    <message><source>如 周一上午、午休时间</source><translation>e.g. Monday mornings, lunch break</translation></message>
    <message><source>如 周三下午送计划书</source><translation>e.g. bring the proposal Wednesday afternoon</translation></message>
    <message><source>如 重疾险方案</source><translation>e.g. critical illness plan</translation></message>
    <message><source>姓名 *</source><translation>Name *</translation></message>
    <message><source>客户五级分类：随潜在客户的进展自动提升，也可手动选择</source><translation>Customer level: rises with the prospects&apos; progress, or choose it by hand</translation></message>
    <message><source>客户兴趣程度：{n}</source><translation>Customer&apos;s interest: {n}</translation></message>
    <message><source>展会</source><translation>Trade fair</translation></message>
    <message><source>已删除 1 条交流记录。&lt;a href=&quot;undo&quot;&gt;撤销&lt;/a&gt;（Ctrl+Z）</source><translation>Deleted 1 contact record. &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt; (Ctrl+Z)</translation></message>
    <message><source>年份不详</source><translation>Year unknown</translation></message>
    <message><source>手动</source><translation>by hand</translation></message>
    <message><source>手动设置：不再随潜在客户自动变化</source><translation>Set by hand: no longer follows the prospects</translation></message>
    <message><source>手动设置：重新计算价值分级时保留（清空后改为按保费计算）</source><translation>Set by hand: kept when value grades are recomputed (clear it to compute from premiums)</translation></message>
    <message><source>打开</source><translation>Open</translation></message>
    <message><source>打开 {name}</source><translation>Open {name}</translation></message>
    <message><source>找不到客户</source><translation>Customer not found</translation></message>
    <message><source>按保费计算（客户 → 重新计算价值分级）；在此选择即为手动设置</source><translation>Computed from premiums (Customers → Recompute value grades); choosing here sets it by hand</translation></message>
    <message><source>按公历还是农历（阴历）过生日</source><translation>Whether the birthday follows the solar or the lunar calendar</translation></message>
    <message><source>撤销修改</source><translation>Undo changes</translation></message>
    <message><source>新客户</source><translation>New customer</translation></message>
    <message><source>新建交流记录 — {name}</source><translation>New contact record — {name}</translation></message>
    <message><source>方式</source><translation>Method</translation></message>
    <message><source>无法删除</source><translation>Cannot delete</translation></message>
    <message><source>无法打开交流记录</source><translation>Cannot open the contact record</translation></message>
    <message><source>无法撤销</source><translation>Cannot undo</translation></message>
    <message><source>朋友介绍</source><translation>Friend&apos;s introduction</translation></message>
    <message><source>未介绍客户</source><translation>no referrals</translation></message>
    <message><source>未保存的修改</source><translation>Unsaved changes</translation></message>
    <message><source>未保存：名片已在别处修改。请重新打开这位客户后再修改。</source><translation>Not saved: the card was changed elsewhere. Open this customer again, then make your changes.</translation></message>
    <message><source>未保存：请更正标红的 {n} 处。</source><translation>Not saved: correct the {n} fields marked in red.</translation></message>
    <message><source>活动：{label}</source><translation>Activity: {label}</translation></message>
    <message><source>添加</source><translation>Add</translation></message>
    <message><source>添加交流记录</source><translation>Add contact record</translation></message>
    <message><source>清除</source><translation>Clear</translation></message>
    <message><source>生日“{text}”不是有效日期，请按 YYYY-MM-DD 填写</source><translation>Birthday “{text}” is not a date: write it as YYYY-MM-DD</translation></message>
    <message><source>电话营销</source><translation>Telemarketing</translation></message>
    <message><source>相关信息</source><translation>Related</translation></message>
    <message><source>社区活动</source><translation>Community event</translation></message>
    <message><source>编辑…</source><translation>Edit…</translation></message>
    <message><source>编辑交流记录</source><translation>Edit contact record</translation></message>
    <message><source>编辑交流记录 — {name}</source><translation>Edit contact record — {name}</translation></message>
    <message><source>网络</source><translation>Online</translation></message>
    <message><source>老客户转介绍</source><translation>Referral from a customer</translation></message>
    <message><source>认识信息</source><translation>How we met</translation></message>
    <message><source>记下</source><translation>Record</translation></message>
    <message><source>记下孩子生日、公司成立日等其他日期</source><translation>Note other dates: a child&apos;s birthday, a company&apos;s founding day…</translation></message>
    <message><source>详细记录…</source><translation>Full record…</translation></message>
    <message><source>请先写下交流纪要</source><translation>Write the notes of the contact first</translation></message>
    <message><source>身份证号码只在编辑时完整显示</source><translation>The ID number is shown in full only while editing</translation></message>
    <message><source>身份证号码只在编辑时完整显示，其他时候（包括列表和导出）只显示前 4 位和后 4 位。</source><translation>The ID number is shown in full only while editing; elsewhere (lists and exports too) only its first 4 and last 4 characters show.</translation></message>
    <message><source>还没有分类变化记录</source><translation>No level changes yet</translation></message>
    <message><source>这位客户可能已经记录过了：&#10;{others}{more}&#10;&#10;要打开那位客户、把两位合并，还是仍然保存为另一位客户？</source><translation>This customer may be on file already:&#10;{others}{more}&#10;&#10;Open that customer, merge the two, or save this one as another customer?</translation></message>
    <message><source>这位客户的名片在你打开之后已在别处（另一个窗口或程序）修改过，你的修改没有保存。&#10;&#10;要重新载入最新的名片吗？这里未保存的修改将被放弃（选“否”可先把它们记下来）。</source><translation>This customer&apos;s card was changed elsewhere (another window or program) after you opened it; your changes were not saved.&#10;&#10;Load the latest card? The unsaved changes here will be lost (choose “No” to note them down first).</translation></message>
    <message><source>选择…</source><translation>Choose…</translation></message>
    <message><source>选择介绍人</source><translation>Choose the referrer</translation></message>
    <message><source>陌生拜访</source><translation>Cold call in person</translation></message>
    <message><source>随潜在客户的进展自动提升；在此选择即为手动设置</source><translation>Rises with the prospects&apos; progress; choosing here sets it by hand</translation></message>
    <message><source>需求体会：</source><translation>Needs noticed: </translation></message>
    <message><source>（介绍关系中有循环，已在重复处截断）</source><translation>(the referrals loop back; cut where they repeat)</translation></message>
    <message><source>（无）</source><translation>(none)</translation></message>
    <message><source>（未填）</source><translation>(not set)</translation></message>
    <message><source>＋其他日期</source><translation>+ Other date</translation></message>
    <message><source>；</source><comment>list separator</comment><translation>; </translation></message>
    <message><source>；再往下 {n} 位，成交 {d} 单，{p}</source><translation>; further down {n}, {d} deals, {p}</translation></message>
</context>
</TS>
