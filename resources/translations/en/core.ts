<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>core</name>
    <message><source>不能跨磁盘移动文件</source><translation>Cannot move files across disks</translation></message>
    <message><source>打开的文件太多</source><translation>Too many open files</translation></message>
    <message><source>文件名太长</source><translation>File name too long</translation></message>
    <message><source>文件名或参数无效</source><translation>Invalid file name or argument</translation></message>
    <message><source>文件已存在</source><translation>The file already exists</translation></message>
    <message><source>文件或文件夹不存在</source><translation>No such file or folder</translation></message>
    <message><source>文件正被占用</source><translation>The file is in use</translation></message>
    <message><source>没有权限</source><translation>Permission denied</translation></message>
    <message><source>磁盘为只读</source><translation>The disk is read-only</translation></message>
    <message><source>磁盘空间不足</source><translation>Not enough disk space</translation></message>
    <message><source>磁盘配额已满</source><translation>Disk quota exceeded</translation></message>
    <message><source>系统错误</source><translation>System error</translation></message>
    <message><source>系统错误（错误码 {code}）</source><translation>System error (code {code})</translation></message>
    <message><source>设备不存在</source><translation>No such device</translation></message>
    <message><source>读写磁盘出错</source><translation>Disk read/write error</translation></message>
    <message><source>路径中有一段不是文件夹</source><translation>Part of the path is not a folder</translation></message>
    <message><source>路径中的链接太多（可能循环）</source><translation>Too many links in the path (maybe a loop)</translation></message>
    <message><source>这是一个文件夹</source><translation>This is a folder</translation></message>
</context>
</TS>
