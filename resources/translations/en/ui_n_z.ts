<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ui_n_z</name>
    <message><source> 到期</source><translation type="unfinished"></translation></message>
    <message><source> 天</source><translation type="unfinished"></translation></message>
    <message><source>1 小时后</source><translation type="unfinished"></translation></message>
    <message><source>10 分钟后</source><translation type="unfinished"></translation></message>
    <message><source>Excel 工作簿 (*.xlsx)</source><translation type="unfinished"></translation></message>
    <message><source>PDF 文件 (*.pdf)</source><translation type="unfinished"></translation></message>
    <message><source>PNG 图片 (*.png)</source><translation type="unfinished"></translation></message>
    <message><source>{label}检视：{first} 至 {last} 的工作，{review} 检视</source><translation type="unfinished"></translation></message>
    <message><source>{n} 天后过期</source><translation type="unfinished"></translation></message>
    <message><source>{n} 天，从未联系</source><translation type="unfinished"></translation></message>
    <message><source>{p}计划</source><translation type="unfinished"></translation></message>
    <message><source>{range}（工作日 {days} 天）　上期 {previous}</source><translation type="unfinished"></translation></message>
    <message><source>{stage}（修改）</source><translation type="unfinished"></translation></message>
    <message><source>{when}　{customers} 位客户，{prospects} 个潜在客户</source><translation type="unfinished"></translation></message>
    <message><source>{when}　无法使用：{problem}</source><translation type="unfinished"></translation></message>
    <message><source>……另有 {n} 项</source><translation type="unfinished"></translation></message>
    <message><source>◀ 上一周</source><translation type="unfinished"></translation></message>
    <message><source>一键记录</source><translation>One-click log</translation></message>
    <message><source>上期</source><translation type="unfinished"></translation></message>
    <message><source>下一周 ▶</source><translation type="unfinished"></translation></message>
    <message><source>不能保存待办</source><translation type="unfinished"></translation></message>
    <message><source>不能送回</source><translation type="unfinished"></translation></message>
    <message><source>业务员姓名</source><translation type="unfinished"></translation></message>
    <message><source>久未联系的客户</source><translation type="unfinished"></translation></message>
    <message><source>今天 {y}年{m}月{d}日 星期{w}</source><translation type="unfinished"></translation></message>
    <message><source>今天没有约会</source><translation type="unfinished"></translation></message>
    <message><source>今天的待办</source><translation type="unfinished"></translation></message>
    <message><source>今天的约会</source><translation type="unfinished"></translation></message>
    <message><source>今日活动（15-7-1）：</source><translation type="unfinished"></translation></message>
    <message><source>从 → 到</source><translation type="unfinished"></translation></message>
    <message><source>从备份恢复</source><translation type="unfinished"></translation></message>
    <message><source>从备份恢复…</source><translation type="unfinished"></translation></message>
    <message><source>修改待办</source><translation type="unfinished"></translation></message>
    <message><source>先保存客户，再为他新建潜在客户。</source><translation type="unfinished"></translation></message>
    <message><source>全局（任何页面）</source><translation>Everywhere</translation></message>
    <message><source>内容：</source><translation type="unfinished"></translation></message>
    <message><source>初次见面 {day}，已 {age} 天</source><translation type="unfinished"></translation></message>
    <message><source>删除待办</source><translation type="unfinished"></translation></message>
    <message><source>删除待办“{t}”？</source><translation type="unfinished"></translation></message>
    <message><source>到期</source><translation type="unfinished"></translation></message>
    <message><source>到期日</source><translation type="unfinished"></translation></message>
    <message><source>功能</source><translation>Command</translation></message>
    <message><source>加权预测</source><translation type="unfinished"></translation></message>
    <message><source>加权预测（25% × 0.25、50% × 0.5、90% × 0.9）</source><translation type="unfinished"></translation></message>
    <message><source>单击一个月份，下面列出它背后的潜在客户；双击客户打开名片</source><translation type="unfinished"></translation></message>
    <message><source>单击打开客户</source><translation type="unfinished"></translation></message>
    <message><source>参考</source><translation type="unfinished"></translation></message>
    <message><source>取消完成</source><translation type="unfinished"></translation></message>
    <message><source>可以从备份恢复（损坏的文件会保留，不会删除），或打开其他数据库文件。</source><translation type="unfinished"></translation></message>
    <message><source>合并部门追踪表</source><translation type="unfinished"></translation></message>
    <message><source>合并部门追踪表…</source><translation type="unfinished"></translation></message>
    <message><source>备份失败</source><translation type="unfinished"></translation></message>
    <message><source>天数</source><translation type="unfinished"></translation></message>
    <message><source>完成 {t}</source><translation type="unfinished"></translation></message>
    <message><source>完成度：</source><translation type="unfinished"></translation></message>
    <message><source>客户列表</source><translation>Customer list</translation></message>
    <message><source>客户名片</source><translation>Customer card</translation></message>
    <message><source>导出 Excel</source><translation type="unfinished"></translation></message>
    <message><source>导出 PDF</source><translation type="unfinished"></translation></message>
    <message><source>导出 PDF…</source><translation type="unfinished"></translation></message>
    <message><source>导出图片 PNG…</source><translation type="unfinished"></translation></message>
    <message><source>导出图表</source><translation type="unfinished"></translation></message>
    <message><source>导出失败</source><translation type="unfinished"></translation></message>
    <message><source>将过期的潜在客户</source><translation type="unfinished"></translation></message>
    <message><source>工具(&amp;T)</source><translation type="unfinished"></translation></message>
    <message><source>已从备份恢复</source><translation type="unfinished"></translation></message>
    <message><source>已备份到 {path}</source><translation type="unfinished"></translation></message>
    <message><source>已恢复 {backup} 的备份。&#10;&#10;损坏的文件没有删除，已移到：{aside}&#10;此备份之后所做的修改不在恢复的数据中。</source><translation type="unfinished"></translation></message>
    <message><source>已超过销售周期</source><translation type="unfinished"></translation></message>
    <message><source>已过期 {n} 天</source><translation type="unfinished"></translation></message>
    <message><source>待办…</source><translation type="unfinished"></translation></message>
    <message><source>快捷键</source><translation>Keyboard shortcuts</translation></message>
    <message><source>快捷键(&amp;K)</source><translation>&amp;Keyboard shortcuts</translation></message>
    <message><source>快捷键一览（本表）</source><translation>Keyboard shortcuts (this list)</translation></message>
    <message><source>成交 {n}</source><translation type="unfinished"></translation></message>
    <message><source>成交少于 5 笔时使用默认值；之后按最近 20 笔成交的中位数计算。</source><translation type="unfinished"></translation></message>
    <message><source>所有客户都在联系间隔内</source><translation type="unfinished"></translation></message>
    <message><source>手动设置</source><translation type="unfinished"></translation></message>
    <message><source>打印</source><translation type="unfinished"></translation></message>
    <message><source>打印报告</source><translation type="unfinished"></translation></message>
    <message><source>打印报告（PDF）…</source><translation type="unfinished"></translation></message>
    <message><source>打印表头和部门追踪表中使用</source><translation type="unfinished"></translation></message>
    <message><source>打印预览</source><translation type="unfinished"></translation></message>
    <message><source>打印预览 — {title}</source><translation type="unfinished"></translation></message>
    <message><source>打开</source><translation type="unfinished"></translation></message>
    <message><source>打开 salesdesk 数据库</source><translation type="unfinished"></translation></message>
    <message><source>打开“{menu}”菜单</source><translation>Open the “{menu}” menu</translation></message>
    <message><source>打开其他文件…</source><translation type="unfinished"></translation></message>
    <message><source>承保标保 {amount}</source><translation type="unfinished"></translation></message>
    <message><source>把“{name}”送回销售机会？（已超出销售周期，按方法不再投入时间）</source><translation type="unfinished"></translation></message>
    <message><source>拨打</source><translation type="unfinished"></translation></message>
    <message><source>按周期推算</source><translation type="unfinished"></translation></message>
    <message><source>按键</source><translation>Keys</translation></message>
    <message><source>接近销售周期</source><translation type="unfinished"></translation></message>
    <message><source>接通</source><translation type="unfinished"></translation></message>
    <message><source>撤销 {what}</source><translation type="unfinished"></translation></message>
    <message><source>新建</source><translation type="unfinished"></translation></message>
    <message><source>新建待办</source><translation type="unfinished"></translation></message>
    <message><source>新建潜在客户</source><translation type="unfinished"></translation></message>
    <message><source>新建潜在客户…</source><translation type="unfinished"></translation></message>
    <message><source>新待办：输入内容后按回车</source><translation type="unfinished"></translation></message>
    <message><source>无法写入备份</source><translation type="unfinished"></translation></message>
    <message><source>无法恢复</source><translation type="unfinished"></translation></message>
    <message><source>日程…</source><translation type="unfinished"></translation></message>
    <message><source>时段：</source><translation type="unfinished"></translation></message>
    <message><source>明天</source><translation type="unfinished"></translation></message>
    <message><source>显示已完成</source><translation type="unfinished"></translation></message>
    <message><source>最近的备份：{backup}</source><translation type="unfinished"></translation></message>
    <message><source>未能新建潜在客户</source><translation type="unfinished"></translation></message>
    <message><source>本周</source><translation type="unfinished"></translation></message>
    <message><source>本周预收保费 {paid}　承保标保 {premium}</source><translation type="unfinished"></translation></message>
    <message><source>本期</source><translation type="unfinished"></translation></message>
    <message><source>查找按键或功能，例如 Ctrl+S 或 保存</source><translation>Find a key or a command, e.g. Ctrl+S or save</translation></message>
    <message><source>正在计算…</source><translation type="unfinished"></translation></message>
    <message><source>正在读取…</source><translation type="unfinished"></translation></message>
    <message><source>正在读取这一周的记录</source><translation type="unfinished"></translation></message>
    <message><source>比例游戏（本期与上期）</source><translation type="unfinished"></translation></message>
    <message><source>没有</source><translation type="unfinished"></translation></message>
    <message><source>没有到期的待办</source><translation type="unfinished"></translation></message>
    <message><source>没有将过期的潜在客户</source><translation type="unfinished"></translation></message>
    <message><source>没有找到此文件可用的备份。</source><translation type="unfinished"></translation></message>
    <message><source>生日与纪念日</source><translation type="unfinished"></translation></message>
    <message><source>看板</source><translation type="unfinished"></translation></message>
    <message><source>知道了</source><translation type="unfinished"></translation></message>
    <message><source>移到{q}</source><translation type="unfinished"></translation></message>
    <message><source>立即备份(&amp;B)</source><translation type="unfinished"></translation></message>
    <message><source>签约日 {d}</source><translation type="unfinished"></translation></message>
    <message><source>签约日期</source><translation type="unfinished"></translation></message>
    <message><source>红色 {mark} = 已超过销售周期，按方法应退回销售机会；单击姓名打开客户</source><translation type="unfinished"></translation></message>
    <message><source>经理用：把几位组员导出的部门追踪表合并为一张</source><translation type="unfinished"></translation></message>
    <message><source>结束：</source><translation type="unfinished"></translation></message>
    <message><source>统计</source><translation type="unfinished"></translation></message>
    <message><source>自 {date} 起</source><translation type="unfinished"></translation></message>
    <message><source>自动计算（现为 {days} 天，{how}）</source><translation type="unfinished"></translation></message>
    <message><source>计划</source><translation type="unfinished"></translation></message>
    <message><source>计划周期：</source><translation type="unfinished"></translation></message>
    <message><source>计划安排…</source><translation type="unfinished"></translation></message>
    <message><source>计划或产品名称（如 重疾险、年金险）：</source><translation type="unfinished"></translation></message>
    <message><source>设置</source><translation type="unfinished"></translation></message>
    <message><source>设置(&amp;S)…</source><translation type="unfinished"></translation></message>
    <message><source>请打开其他数据库文件（例如备份或从其他电脑复制来的文件）。</source><translation type="unfinished"></translation></message>
    <message><source>象限：</source><translation type="unfinished"></translation></message>
    <message><source>趋势</source><translation type="unfinished"></translation></message>
    <message><source>近期没有生日或纪念日</source><translation type="unfinished"></translation></message>
    <message><source>还没有潜在客户：每个计划或产品一个。</source><translation type="unfinished"></translation></message>
    <message><source>退出原因&#10;（每行一条）</source><translation type="unfinished"></translation></message>
    <message><source>送回</source><translation type="unfinished"></translation></message>
    <message><source>送回销售机会 {name}</source><translation type="unfinished"></translation></message>
    <message><source>选择日期：显示包含该日的一周（上周五至本周四）</source><translation type="unfinished"></translation></message>
    <message><source>选择组员导出的部门追踪表（可多选）</source><translation type="unfinished"></translation></message>
    <message><source>选择要恢复的备份（最新的在最前）：</source><translation type="unfinished"></translation></message>
    <message><source>部门追踪表导出</source><translation type="unfinished"></translation></message>
    <message><source>部门追踪表需要您的姓名（业务员姓名）：</source><translation type="unfinished"></translation></message>
    <message><source>重试</source><translation type="unfinished"></translation></message>
    <message><source>金额</source><translation type="unfinished"></translation></message>
    <message><source>阶段</source><translation type="unfinished"></translation></message>
    <message><source>阶段记录</source><translation type="unfinished"></translation></message>
    <message><source>阶段记录（选择一个潜在客户）</source><translation type="unfinished"></translation></message>
    <message><source>面谈 {n}</source><translation type="unfinished"></translation></message>
    <message><source>预收保费 {amount}</source><translation type="unfinished"></translation></message>
    <message><source>预计签约月份</source><translation type="unfinished"></translation></message>
    <message><source>默认销售周期</source><translation type="unfinished"></translation></message>
    <message><source>（不是计划）</source><translation type="unfinished"></translation></message>
    <message><source>（今天）</source><translation type="unfinished"></translation></message>
    <message><source>（未填计划）</source><translation type="unfinished"></translation></message>
    <message><source>（未设置）</source><translation type="unfinished"></translation></message>
    <message><source>（第 {n} 个，选完后点“取消”）</source><translation type="unfinished"></translation></message>
</context>
</TS>
