<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts that the zh_CN catalogue shipped with PySide6 lacks: Qt 6.11 added
     mnemonics to the file dialog's labels and moved the icon provider's names to a new
     context. Loaded after Qt's catalogue (salesdesk.app.install_qt_translations).
     Rebuild: pyside6-lrelease qt_gaps_zh_CN.ts -qm qt_gaps_zh_CN.qm -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
    <message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
    <message><source>File name:</source><translation>文件名称：</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><comment>All other platforms</comment><translation>文件夹</translation></message>
    <message><source>File Folder</source><comment>Match Windows Explorer</comment><translation>文件夹</translation></message>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message><source>Today</source><translation>今天</translation></message>
</context>
</TS>
