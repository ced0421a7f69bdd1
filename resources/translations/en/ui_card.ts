<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ui_card</name>
    <message><source>&#10;{name}（编号 {id}，{why}）</source><translation type="unfinished"></translation></message>
    <message><source>&#10;等 {n} 位</source><translation type="unfinished"></translation></message>
    <message><source> · 另 {n} 人</source><translation type="unfinished"></translation></message>
    <message><source> 层</source><translation type="unfinished"></translation></message>
    <message><source> 年</source><translation type="unfinished"></translation></message>
    <message><source>18 位，末位可以是 X</source><translation type="unfinished"></translation></message>
    <message><source>TA 介绍了 {n} 位客户，成交 {d} 单，承保标保 {p}</source><translation type="unfinished"></translation></message>
    <message><source>TA 介绍的客户：</source><translation type="unfinished"></translation></message>
    <message><source>{date}（{when}）</source><translation type="unfinished"></translation></message>
    <message><source>{label}“{text}”不是有效日期，请按 YYYY-MM-DD 填写</source><translation type="unfinished"></translation></message>
    <message><source>{label}　{date}（{when}）</source><translation type="unfinished"></translation></message>
    <message><source>“{name}”的名片有未保存的修改。要保存吗？</source><translation type="unfinished"></translation></message>
    <message><source>下次 {when}（{lunar}）</source><translation type="unfinished"></translation></message>
    <message><source>主题：</source><translation type="unfinished"></translation></message>
    <message><source>交流纪要，按回车记下（更多字段用“详细记录…”）</source><translation type="unfinished"></translation></message>
    <message><source>交流纪要：</source><translation type="unfinished"></translation></message>
    <message><source>人脉关系</source><translation type="unfinished"></translation></message>
    <message><source>介绍 {n} 人 · 成交 {d} 单</source><translation type="unfinished"></translation></message>
    <message><source>价值分级 A–E：可手动选择，或由 客户 → 重新计算价值分级 按保费计算</source><translation type="unfinished"></translation></message>
    <message><source>保存客户</source><translation type="unfinished"></translation></message>
    <message><source>保存客户后可查看人脉关系</source><translation type="unfinished"></translation></message>
    <message><source>保存客户后可记下孩子生日、公司成立日等其他日期</source><translation type="unfinished"></translation></message>
    <message><source>保存客户（{key}）</source><translation type="unfinished"></translation></message>
    <message><source>修改选中的日期</source><translation>Edit the selected date</translation></message>
    <message><source>先保存客户，再记交流</source><translation type="unfinished"></translation></message>
    <message><source>公历</source><translation type="unfinished"></translation></message>
    <message><source>其他日期</source><translation type="unfinished"></translation></message>
    <message><source>农历</source><translation type="unfinished"></translation></message>
    <message><source>出生的农历年份；不知道可留“年份不详”</source><translation type="unfinished"></translation></message>
    <message><source>删除</source><translation type="unfinished"></translation></message>
    <message><source>删除 {at} 的交流记录“{what}”吗？&#10;删除后可以撤销（Ctrl+Z）。</source><translation type="unfinished"></translation></message>
    <message><source>删除“{text}”吗？</source><translation type="unfinished"></translation></message>
    <message><source>删除交流记录</source><translation type="unfinished"></translation></message>
    <message><source>删除日期</source><translation type="unfinished"></translation></message>
    <message><source>删除选中的日期</source><translation>Delete the selected date</translation></message>
    <message><source>双击修改</source><translation type="unfinished"></translation></message>
    <message><source>可能重复的客户</source><translation type="unfinished"></translation></message>
    <message><source>名片</source><translation type="unfinished"></translation></message>
    <message><source>名片已在别处修改</source><translation type="unfinished"></translation></message>
    <message><source>名称，如 孩子生日</source><translation type="unfinished"></translation></message>
    <message><source>向下 </source><translation type="unfinished"></translation></message>
    <message><source>如 3-18、闰4-8、八月十五</source><translation type="unfinished"></translation></message>
    <message><source>如 了解需求、送计划书</source><translation type="unfinished"></translation></message>
    <message><source>如 周三下午送计划书</source><translation type="unfinished"></translation></message>
    <message><source>如 重疾险方案</source><translation type="unfinished"></translation></message>
    <message><source>客户五级分类：随潜在客户的进展自动提升，也可手动选择</source><translation type="unfinished"></translation></message>
    <message><source>客户兴趣程度：{n}</source><translation type="unfinished"></translation></message>
    <message><source>已删除 1 条交流记录。&lt;a href=&quot;undo&quot;&gt;撤销&lt;/a&gt;（Ctrl+Z）</source><translation type="unfinished"></translation></message>
    <message><source>年份不详</source><translation type="unfinished"></translation></message>
    <message><source>手动</source><translation type="unfinished"></translation></message>
    <message><source>手动设置：不再随潜在客户自动变化</source><translation type="unfinished"></translation></message>
    <message><source>手动设置：重新计算价值分级时保留（清空后改为按保费计算）</source><translation type="unfinished"></translation></message>
    <message><source>打开 {name}</source><translation type="unfinished"></translation></message>
    <message><source>找不到客户</source><translation type="unfinished"></translation></message>
    <message><source>按保费计算（客户 → 重新计算价值分级）；在此选择即为手动设置</source><translation type="unfinished"></translation></message>
    <message><source>按公历还是农历（阴历）过生日</source><translation type="unfinished"></translation></message>
    <message><source>撤销修改</source><translation type="unfinished"></translation></message>
    <message><source>新客户</source><translation type="unfinished"></translation></message>
    <message><source>新建交流记录 — {name}</source><translation type="unfinished"></translation></message>
    <message><source>方式</source><translation type="unfinished"></translation></message>
    <message><source>无法删除</source><translation type="unfinished"></translation></message>
    <message><source>无法打开交流记录</source><translation type="unfinished"></translation></message>
    <message><source>无法撤销</source><translation type="unfinished"></translation></message>
    <message><source>未介绍客户</source><translation type="unfinished"></translation></message>
    <message><source>未保存的修改</source><translation type="unfinished"></translation></message>
    <message><source>未保存：名片已在别处修改。请重新打开这位客户后再修改。</source><translation type="unfinished"></translation></message>
    <message><source>未保存：请更正标红的 {n} 处。</source><translation type="unfinished"></translation></message>
    <message><source>活动：{label}</source><translation type="unfinished"></translation></message>
    <message><source>添加</source><translation type="unfinished"></translation></message>
    <message><source>添加交流记录</source><translation type="unfinished"></translation></message>
    <message><source>清除</source><translation type="unfinished"></translation></message>
    <message><source>生日“{text}”不是有效日期，请按 YYYY-MM-DD 填写</source><translation type="unfinished"></translation></message>
    <message><source>相关信息</source><translation type="unfinished"></translation></message>
    <message><source>编辑…</source><translation type="unfinished"></translation></message>
    <message><source>编辑交流记录</source><translation type="unfinished"></translation></message>
    <message><source>编辑交流记录 — {name}</source><translation type="unfinished"></translation></message>
    <message><source>记下</source><translation type="unfinished"></translation></message>
    <message><source>记下孩子生日、公司成立日等其他日期</source><translation type="unfinished"></translation></message>
    <message><source>详细记录…</source><translation type="unfinished"></translation></message>
    <message><source>请先写下交流纪要</source><translation type="unfinished"></translation></message>
    <message><source>身份证号码只在编辑时完整显示</source><translation type="unfinished"></translation></message>
    <message><source>身份证号码只在编辑时完整显示，其他时候（包括列表和导出）只显示前 4 位和后 4 位。</source><translation type="unfinished"></translation></message>
    <message><source>还没有分类变化记录</source><translation type="unfinished"></translation></message>
    <message><source>这位客户可能已经记录过了：&#10;{others}{more}&#10;&#10;要打开那位客户、把两位合并，还是仍然保存为另一位客户？</source><translation type="unfinished"></translation></message>
    <message><source>这位客户的名片在你打开之后已在别处（另一个窗口或程序）修改过，你的修改没有保存。&#10;&#10;要重新载入最新的名片吗？这里未保存的修改将被放弃（选“否”可先把它们记下来）。</source><translation type="unfinished"></translation></message>
    <message><source>选择…</source><translation type="unfinished"></translation></message>
    <message><source>选择介绍人</source><translation type="unfinished"></translation></message>
    <message><source>随潜在客户的进展自动提升；在此选择即为手动设置</source><translation type="unfinished"></translation></message>
    <message><source>需求体会：</source><translation type="unfinished"></translation></message>
    <message><source>（介绍关系中有循环，已在重复处截断）</source><translation type="unfinished"></translation></message>
    <message><source>（无）</source><translation type="unfinished"></translation></message>
    <message><source>（未填）</source><translation type="unfinished"></translation></message>
    <message><source>＋其他日期</source><translation type="unfinished"></translation></message>
    <message><source>；再往下 {n} 位，成交 {d} 单，{p}</source><translation type="unfinished"></translation></message>
</context>
</TS>
