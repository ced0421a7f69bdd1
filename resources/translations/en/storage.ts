<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>storage</name>
    <message><source>{problem}，未备份。现有的备份没有被替换。</source><translation>{problem}; not backed up. The existing backups were not replaced.</translation></message>
    <message><source>不是 salesdesk 备份文件：{path}</source><translation>Not a salesdesk backup: {path}</translation></message>
    <message><source>不能从此文件恢复：{problem}</source><translation>Cannot restore from this file: {problem}</translation></message>
    <message><source>备份文件不存在或为空：{path}</source><translation>The backup file is missing or empty: {path}</translation></message>
    <message><source>备份文件已损坏，未恢复：{problem}</source><translation>The backup is damaged, nothing was restored: {problem}</translation></message>
    <message><source>复制的数据库没有通过检查（{problem}）</source><translation>The copied database failed its check ({problem})</translation></message>
    <message><source>复制的文件与原文件不一致：{path}</source><translation>The copy differs from the original file: {path}</translation></message>
    <message><source>外键错误：表 {table} 第 {row} 行</source><translation>Foreign key error: table {table}, row {row}</translation></message>
    <message><source>数据库完好，但所在的文件夹不能写入（只读或没有权限）：{folder}</source><translation>The database is intact, but its folder cannot be written to (read-only or no permission): {folder}</translation></message>
    <message><source>数据库完好，但文件是只读的（或没有写入权限）：{path}</source><translation>The database is intact, but the file is read-only (or not writable): {path}</translation></message>
    <message><source>数据库完好，但磁盘空间已满（剩余 {kb} KB），无法保存新的更改：{path}</source><translation>The database is intact, but the disk is full ({kb} KB free); new changes cannot be saved: {path}</translation></message>
    <message><source>数据库所在的文件夹不能写入（只读或没有权限）：{folder}</source><translation>Cannot write to the database&apos;s folder (read-only or no permission): {folder}</translation></message>
    <message><source>数据库操作失败（{problem}），未做任何更改：{path}</source><translation>The database operation failed ({problem}); nothing was changed: {path}</translation></message>
    <message><source>数据库文件不存在：{path}</source><translation>The database file does not exist: {path}</translation></message>
    <message><source>数据库文件不完整（{size} 字节，应有 {expected} 字节，可能复制或下载中断）：{path}</source><translation>The database file is incomplete ({size} bytes, should be {expected}; a copy or download may have stopped): {path}</translation></message>
    <message><source>数据库文件不完整（只有 {size} 字节，可能复制或下载中断）：{path}</source><translation>The database file is incomplete (only {size} bytes; a copy or download may have stopped): {path}</translation></message>
    <message><source>数据库文件已损坏（{problem}），未备份：{path}。现有的备份没有被替换。</source><translation>The database file is damaged ({problem}), not backed up: {path}. The existing backups were not replaced.</translation></message>
    <message><source>数据库文件已损坏（{problem}）：{path}</source><translation>The database file is damaged ({problem}): {path}</translation></message>
    <message><source>数据库文件已损坏（文件头无效）：{path}</source><translation>The database file is damaged (invalid header): {path}</translation></message>
    <message><source>数据库文件已损坏（缺少数据表 {tables}）：{path}</source><translation>The database file is damaged (missing tables {tables}): {path}</translation></message>
    <message><source>数据库文件是只读的（或没有写入权限），无法保存更改：{path}</source><translation>The database file is read-only (or not writable), changes cannot be saved: {path}</translation></message>
    <message><source>数据库文件是空的（0 字节）：{path}</source><translation>The database file is empty (0 bytes): {path}</translation></message>
    <message><source>数据库文件正被其他程序占用（另一个 salesdesk 窗口或程序正在写入），请关闭后重试：{path}</source><translation>The database file is in use by another program (another salesdesk window or program is writing to it); close it and try again: {path}</translation></message>
    <message><source>数据库有 {count} 处损坏（{problem}）：{path}</source><translation>The database is damaged in {count} places ({problem}): {path}</translation></message>
    <message><source>文件不是 salesdesk 数据库（是其他程序的数据库），未做任何更改：{path}</source><translation>The file is not a salesdesk database (it is another program&apos;s); nothing was changed: {path}</translation></message>
    <message><source>文件不是 salesdesk 数据库：{path}</source><translation>The file is not a salesdesk database: {path}</translation></message>
    <message><source>文件夹不存在：{folder}</source><translation>The folder does not exist: {folder}</translation></message>
    <message><source>文件已损坏或不是有效的 salesdesk 数据库（不是 SQLite 数据库文件）：{path}</source><translation>The file is damaged or not a valid salesdesk database (not an SQLite database file): {path}</translation></message>
    <message><source>无法写入备份（{reason}）：{path}</source><translation>Cannot write the backup ({reason}): {path}</translation></message>
    <message><source>无法打开数据库文件：{path}</source><translation>Cannot open the database file: {path}</translation></message>
    <message><source>无法读写数据库文件（{reason}）：{path}</source><translation>Cannot read or write the database file ({reason}): {path}</translation></message>
    <message><source>此数据库由更新版本的 salesdesk 创建（数据版本 {version}，本程序支持到 {newest}），请升级 salesdesk 后再打开；文件未做任何更改。</source><translation>This database was made by a newer salesdesk (data version {version}, this version supports up to {newest}); upgrade salesdesk, then open it again; the file was not changed.</translation></message>
    <message><source>此数据库需要升级数据版本（{old} → {new}）才能打开，但现在不能写入：{path}</source><translation>This database needs a data upgrade ({old} → {new}) before it can open, but it cannot be written now: {path}</translation></message>
    <message><source>磁盘空间已满（database or disk is full），这次的更改未保存：{path}</source><translation>The disk is full (database or disk is full); this change was not saved: {path}</translation></message>
    <message><source>磁盘空间已满，无法写入，未做任何更改：{path}</source><translation>Cannot write: the disk is full; nothing was changed: {path}</translation></message>
    <message><source>磁盘空间已满，无法读写数据库，这次的更改未保存：{path}</source><translation>The disk is full, the database cannot be read or written; this change was not saved: {path}</translation></message>
    <message><source>表 {tables} 的行数与原文件不同</source><translation>the row counts of {tables} differ from the original</translation></message>
    <message><source>请从备份恢复（salesdesk restore 备份文件），或选择另一个数据库文件。</source><translation>Restore from a backup (salesdesk restore BACKUP-FILE), or choose another database file.</translation></message>
    <message><source>请关闭正在使用此文件的其他 salesdesk 窗口或程序后重试；不要从备份恢复，数据完好。</source><translation>Close the other salesdesk window or program using this file, then try again; do not restore from a backup, the data is intact.</translation></message>
    <message><source>请升级 salesdesk 后再打开此文件；文件未做任何更改。</source><translation>Upgrade salesdesk, then open this file again; the file was not changed.</translation></message>
    <message><source>请在文件属性中取消“只读”或给予写入权限后重试；数据完好，不需要从备份恢复。</source><translation>Clear the file&apos;s &quot;read-only&quot; attribute or allow writing to it, then try again; the data is intact, no need to restore from a backup.</translation></message>
    <message><source>请把数据库放到可写入的文件夹（或给予该文件夹写入权限）后重试；数据完好，不需要从备份恢复。</source><translation>Move the database to a folder you can write to (or allow writing to this folder), then try again; the data is intact, no need to restore from a backup.</translation></message>
    <message><source>请检查路径是否正确。</source><translation>Check that the path is right.</translation></message>
    <message><source>请检查路径是否正确（移动硬盘或网络盘是否已连接）。</source><translation>Check that the path is right (is the external or network drive connected?).</translation></message>
    <message><source>请清理磁盘空间后重试；未做任何更改，数据完好，不需要从备份恢复。</source><translation>Free some disk space, then try again; nothing was changed, the data is intact, no need to restore from a backup.</translation></message>
    <message><source>请稍后重试；如果问题持续，请联系技术支持。</source><translation>Try again later; if the problem persists, contact support.</translation></message>
    <message><source>请选择 salesdesk 的数据库文件（.db），或从备份恢复。</source><translation>Choose a salesdesk database file (.db), or restore from a backup.</translation></message>
    <message><source>读写磁盘出错（{problem}），未做任何更改：{path}</source><translation>Disk read/write error ({problem}); nothing was changed: {path}</translation></message>
    <message><source>这是一个文件夹，不是数据库文件：{path}</source><translation>This is a folder, not a database file: {path}</translation></message>
    <message><source>这是其他程序的数据库，请选择 salesdesk 的数据库文件；此文件未做任何更改。</source><translation>This is another program&apos;s database: choose a salesdesk database file; this file was not changed.</translation></message>
</context>
</TS>
