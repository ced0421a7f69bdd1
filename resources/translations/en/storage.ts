<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>storage</name>
    <message><source>复制的数据库没有通过检查（{problem}）</source><translation>The copied database failed its check ({problem})</translation></message>
    <message><source>复制的文件与原文件不一致：{path}</source><translation>The copy differs from the original file: {path}</translation></message>
    <message><source>表 {tables} 的行数与原文件不同</source><translation>the row counts of {tables} differ from the original</translation></message>
</context>
</TS>
