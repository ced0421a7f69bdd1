<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>app</name>
    <message><source>salesdesk 遇到了一个意外错误。已保存的数据不受影响；正在编辑、尚未保存的内容可能需要重新输入。&#10;&#10;详细信息已记录在：{path}</source><translation>salesdesk ran into an unexpected error. Saved data is not affected; anything being edited and not yet saved may need to be entered again.&#10;&#10;The details are in: {path}</translation></message>
    <message><source>salesdesk 销售管理</source><translation>salesdesk</translation></message>
    <message><source>不是文件夹</source><translation>Not a folder</translation></message>
    <message><source>出现意外错误</source><translation>Unexpected error</translation></message>
    <message><source>数据已移到 {folder}，但原来的这些文件没能删除，可以自己删除：&#10;{files}</source><translation>The data moved to {folder}, but these original files could not be removed; you may delete them yourself:&#10;{files}</translation></message>
    <message><source>数据库所在的文件夹不能写入，只能查看、不能修改，也不会自动备份。要修改，请把文件放到可写入的文件夹后重新打开。</source><translation>The database&apos;s folder cannot be written to: you can look but not change anything, and no automatic backups are made. To make changes, move the file to a folder you can write to and open it again.</translation></message>
    <message><source>数据库文件是只读的（或没有写入权限），只能查看、不能修改。要修改，请在文件属性中取消“只读”或给予写入权限后重新打开。</source><translation>The database file is read-only (or you may not write to it): you can look but not change anything. To make changes, clear &quot;Read-only&quot; in the file&apos;s properties or give yourself write permission, then open it again.</translation></message>
    <message><source>数据文件夹已移到：{folder}</source><translation>Data folder moved to: {folder}</translation></message>
    <message><source>数据文件夹已移动</source><translation>Data folder moved</translation></message>
    <message><source>文件已存在，演示数据不会覆盖它：{path}</source><translation>The file already exists; the demo data will not overwrite it: {path}</translation></message>
    <message><source>无法保存设置</source><translation>Cannot save the settings</translation></message>
    <message><source>无法创建演示数据（{reason}）：{path}</source><translation>Cannot create the demo data ({reason}): {path}</translation></message>
    <message><source>无法打开数据库</source><translation>Cannot open the database</translation></message>
    <message><source>此文件已在另一个 salesdesk 窗口中打开。为免两处修改互相覆盖，这里只能查看、不能修改；要修改，请回到那个窗口（或关闭它后重新打开）。</source><translation>This file is open in another salesdesk window. So that the two do not overwrite each other&apos;s changes, this one can only look; to make changes, go back to that window (or close it and open the file again).</translation></message>
    <message><source>演示业务员</source><translation>Demo agent</translation></message>
    <message><source>（无法写入日志文件）</source><translation>(the log file could not be written)</translation></message>
</context>
</TS>
