<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>services</name>
    <message><source>不能写入这个文件夹（只读或没有权限）：{path}</source><translation>Cannot write to this folder (read-only or no permission): {path}</translation></message>
    <message><source>不能移到当前数据文件夹之内：{path}。请选择它以外的文件夹。</source><translation>Cannot move into the current data folder: {path}. Choose a folder outside it.</translation></message>
    <message><source>数据已经在这个文件夹中：{path}</source><translation>The data is already in this folder: {path}</translation></message>
    <message><source>文件夹不存在：{path}</source><translation>The folder does not exist: {path}</translation></message>
    <message><source>无法保存新的数据文件夹位置（{reason}）：{path}</source><translation>Cannot save the new data folder location ({reason}): {path}</translation></message>
    <message><source>无法读取这个文件夹所在磁盘的空间（{reason}）：{path}</source><translation>Cannot read the free space of this folder&apos;s disk ({reason}): {path}</translation></message>
    <message><source>没有移动数据文件夹：{reason}。原来的数据没有改动。</source><translation>The data folder was not moved: {reason}. The original data is unchanged.</translation></message>
    <message><source>目标磁盘空间不足：需要约 {needed}，只剩 {free}。没有移动。</source><translation>Not enough space on the target disk: about {needed} needed, {free} free. Nothing was moved.</translation></message>
    <message><source>请选择一个完整的文件夹位置：{path}</source><translation>Choose a full folder path: {path}</translation></message>
    <message><source>请选择一个文件夹</source><translation>Choose a folder</translation></message>
    <message><source>这个文件夹中已有 salesdesk 数据文件（{name}），为免覆盖，没有移动。请选择另一个文件夹。</source><translation>This folder already holds a salesdesk data file ({name}). Nothing was moved, so that it is not overwritten. Choose another folder.</translation></message>
    <message><source>这个文件夹中已有同名的文件（{name}），为免覆盖，没有移动。请选择另一个文件夹。</source><translation>This folder already holds a file of the same name ({name}). Nothing was moved, so that it is not overwritten. Choose another folder.</translation></message>
</context>
</TS>
